-- SPDX-License-Identifier: Apache-2.0
-- Deutsche Fassung von ../linkedin-think-tank.lua: dieselben IDs und Regeln, eigene Worte.
-- Trainiert: ein falsches Thinktank-Profil auf LinkedIn erkennen und melden, bevor der
-- „kleine Haken“ sitzt (Verbindung -> bezahltes Papier -> interne Daten -> Reise -> Druck),
-- und nach der Meldung aufhören. Halbe Sachen: der Meldeknopf der Plattform, eine Kollegin
-- warnen, ein öffentlicher Beitrag.
-- Fakten aus den Quellen: Kevin Mallory, ein ehemaliger CIA-Offizier, wurde auf LinkedIn von
-- einem Geheimdienstoffizier angeschrieben, der sich als Führungskraft eines Thinktanks ausgab;
-- er schrieb einige gut bezahlte Papiere, wurde nach Shanghai eingeladen und dort angeworben
-- (TorchStone); er reiste im März und April 2017 hin, wurde verurteilt, weil er Geheimnisse für
-- 25.000 Dollar verkauft hatte, und bekam 20 Jahre Haft (BBC). Die Warnung des BfV von 2017:
-- rund 10.000 Deutsche angesprochen, vor allem über LinkedIn, von falschen Beratern,
-- Wissenschaftlern und Headhuntern; ein Profilfoto stammte aus einem Online-Modekatalog
-- (GlobalSecurity).

local marisol = { name = "Marisol Keane", role = "Senior Fellow, Industriedialog", org = "Halvorsen Institute for Maritime Futures" }
local stranger = { name = "Unbekannte Nummer", role = "Messenger-App", org = "Absender nicht erkannt" }
local director = { name = "Viktor Ostrander", role = "Direktor", org = "Halvorsen Institute for Maritime Futures" }

-- Ein Betrag in Euro mit Tausenderpunkt, z. B. 4500 -> "4.500 €".
local function eur(n)
  local digits = tostring(math.floor(n)):reverse():gsub("(%d%d%d)", "%1."):reverse()
  return (digits:gsub("^%.", "")) .. " €"
end

-- Summe der bisher angenommenen Honorare, für Texte, die daran erinnern.
local function fees(s) return s.vars.fees or 0 end

return scenario {
  id = "linkedin-think-tank",
  title = "Das Institut, dem Ihr Beitrag gefiel",
  tactic = "linkedin",
  audience = { "engineering", "research", "everyone" },
  summary = "Eine Senior Fellow eines maritimen Thinktanks hat Ihren Beitrag über die Antriebssteuerung "
    .. "gelesen, an der Sie arbeiten. Jetzt schickt sie Ihnen eine freundliche Kontaktanfrage und hätte Sie gern in ihrem Netzwerk.",
  minutes = 8,
  teaches = { "guard_profile", "connect_selectively", "little_hook", "clearance", "report", "no_fear" },
  start = "invite",
  report = {
    facts = {
      { id = "who_where", text = "Wer Sie kontaktiert hat: Profilname, Link und Plattform", required = true,
        why = "Die Unternehmenssicherheit braucht das genaue Profil. Nur so kann sie es prüfen und andere warnen, die es anschreibt." },
      { id = "asks_offers", text = "Worum Marisol gebeten und was sie angeboten hat, mit Datum", required = true,
        when = function(s) return s.visited("chat1") end,
        why = "Bitte und Honorar zeigen, wie der Haken funktioniert. Das Datum verbindet den Fall mit anderen." },
      { id = "payments", text = "Jede Zahlung, die Sie erhalten haben: von wem und wann", required = true,
        when = function(s) return s.visited("paid1") end,
        why = "Mit den Zahlungen würde man Sie unter Druck setzen. Wenn die Unternehmenssicherheit zuerst davon weiß, verliert das Druckmittel seine Kraft." },
      { id = "screenshots", text = "Die Nachrichten und das Profil, genau so, wie sie ankamen", required = true,
        when = function(s) return not s.vars.deleted end,
        why = "Die Originalnachrichten sind die Beweise. Bewahren Sie sie auf, auch wenn das Profil verschwindet." },
      { id = "test_data", text = "Eine Kopie der gewünschten Testdaten, damit man sieht, worum es ging", decoy = true,
        when = function(s) return s.visited("sensitive") end,
        why = "Kopieren Sie nie sensible Daten in eine Meldung. Sagen Sie, wonach gefragt wurde. Das Original sieht sich die Unternehmenssicherheit auf sicherem Weg an." },
      { id = "nationality_guess", text = "Ihre Vermutung über Marisols wahre Nationalität", decoy = true,
        why = "Anwerbeversuche kommen von Menschen jeder Herkunft, und sie zielen auf alle, die Zugang haben. Entscheidend ist, was Marisol getan hat, nicht, woher sie vielleicht stammt." },
    },
  },
  debrief = "Diese Geschichte folgt dem Weg, auf dem Kevin Mallory angeworben wurde, ein ehemaliger "
    .. "CIA-Offizier. Ein Geheimdienstoffizier gab sich als Führungskraft eines Thinktanks aus. Er bat "
    .. "Mallory auf LinkedIn um ein Papier zur Politik. Mallory schrieb einige gut bezahlte Papiere. Dann "
    .. "wurde er nach Shanghai eingeladen und dort angeworben. Er reiste 2017 hin. Verurteilt wurde er, "
    .. "weil er Geheimnisse für 25.000 Dollar verkauft hatte: 20 Jahre Haft. Ebenfalls 2017 warnte das "
    .. "Bundesamt für Verfassungsschutz (BfV): Rund 10.000 Deutsche waren angesprochen worden, meist über "
    .. "LinkedIn, von falschen Beratern, Wissenschaftlern und Headhuntern. Ein Profilfoto stammte aus einem "
    .. "Online-Modekatalog. Darum: Posten Sie mit Bedacht über Ihre Arbeit. Wählen Sie Ihre Kontakte "
    .. "sorgfältig. Kennen Sie den kleinen Haken. Bezahlte Arbeit rund um Ihren Job nur mit Freigabe. "
    .. "Melden Sie sich früh, oder spät, ohne Angst. Danach brechen Sie jeden Kontakt ab.",
  scenes = {
    invite = {
      channel = "linkedin",
      from = marisol,
      text = "Eine Kontaktanfrage mit einer Nachricht:\n\n„Hallo! Ich habe gerade Ihren Beitrag über die "
        .. "Erprobung Ihrer neuen Antriebssteuerung auf See gelesen. Beeindruckende Arbeit! Am Halvorsen "
        .. "Institute bringen wir Technik und Politik zusammen. Ihre Stimme würde unser Netzwerk "
        .. "bereichern.“\n\nDas Profilfoto zeigt eine lächelnde Frau im Business-Look an einem Hafen.",
      flags = {
        { id = "cites_your_post", text = "Die Nachricht knüpft an Ihren eigenen Beitrag über Ihr Projekt an" },
      },
      innocent = {
        { id = "friendly_tone", text = "Die Nachricht ist herzlich und hat Ausrufezeichen" },
        { id = "harbour_photo", text = "Das Profilfoto entstand an einem Hafen" },
      },
      discuss = {
        "Was kann diese Fremde über Sie nur wissen, weil Sie es gepostet haben?",
        "Was kostet es Sie, die Anfrage anzunehmen, und was gewinnt die andere Seite damit?",
      },
      choices = {
        { "Erst ihr Profil ansehen, dann entscheiden", go = "profile" },
        { "Annehmen und sich für die netten Worte bedanken", go = "chat1", hook = 1,
          gives = "Eine Verbindung zu Ihnen: Marisol sieht jetzt Ihr Netzwerk, und Sie wirken offen für Angebote." },
        { "Die Anfrage an die Adresse vom Plakat „Anwerbeversuch melden“ weiterleiten", go = "rep_early", report = true },
        { "Die Anfrage ablehnen und weiterarbeiten", go = "ignored" },
      },
    },

    profile = {
      channel = "linkedin",
      from = marisol,
      text = "Marisol Keane, Senior Fellow. 168 Kontakte, fast alle aus der Technik von Werften und ihren "
        .. "Zulieferern. Marisols Werdegang auf der Seite beginnt vor drei Jahren. Die Website des Instituts hat "
        .. "eine schicke Seite mit Veranstaltungen, aber keine Liste der Mitarbeitenden. Aus der Nähe wirkt "
        .. "das Foto weich ausgeleuchtet wie eine Werbeaufnahme. Im Profil stehen vier Sprachen.",
      flags = {
        { id = "engineers_only", text = "Fast alle ihre Kontakte sind Ingenieure aus Ihrer Branche" },
        { id = "short_history", text = "Ein hoher Titel, aber ein Werdegang von erst drei Jahren" },
        { id = "ad_photo", text = "Das Foto wirkt wie aus einem Werbe-Shooting" },
      },
      innocent = {
        { id = "four_languages", text = "Im Profil stehen vier Sprachen" },
      },
      discuss = {
        "Welche dieser Details gehören in eine Meldung, und welche sind nur ungewöhnlich?",
        "Warum kann es ein Fehler sein, das Profil selbst zu überprüfen?",
      },
      choices = {
        { "Screenshots machen und an die Unternehmenssicherheit schicken", go = "rep_early", report = true },
        { "Bei LinkedIn auf „Profil melden“ klicken und sie blockieren", go = "platform" },
        { "Selbst nachforschen: das Foto suchen und sie über das Institut ausfragen", go = "detective",
          how = "keep_talking" },
        { "Trotzdem annehmen; ein größeres Netzwerk schadet nie", go = "chat1", hook = 1,
          gives = "Eine Verbindung zu Ihnen: Marisol sieht jetzt Ihr Netzwerk, und Sie wirken offen für Angebote." },
      },
    },

    platform = {
      text = "LinkedIn dankt Ihnen für die Meldung. Drei Tage später ist das Profil verschwunden, und die "
        .. "Sache scheint erledigt. Dann erzählt Ihre Kollegin Ana beim Mittagessen von einer freundlichen "
        .. "„Marit Keene“ von einem maritimen Thinktank, die ihr gestern geschrieben hat. Die Plattform hat "
        .. "ein Konto gelöscht. In Ihrem Unternehmen weiß niemand, dass jemand es auf seine Ingenieure "
        .. "abgesehen hat.",
      flags = {
        { id = "same_pitch_to_ana", text = "Ein fast gleiches Profil schreibt jetzt Ihrer Kollegin" },
      },
      innocent = {
        { id = "lunch_chat", text = "Ana erzählt beim Mittagessen davon" },
      },
      discuss = {
        "Was bewirkt der Meldeknopf der Plattform, und was bleibt dabei liegen?",
      },
      choices = {
        { "Dem Team vom Plakat „Anwerbeversuch melden“ beide Profile nennen", go = "rep_early", report = true },
        { "Ana selbst warnen und es dabei belassen", go = "ignored" },
      },
    },

    detective = {
      channel = "linkedin",
      from = marisol,
      text = "Das Foto findet sich im Katalog einer Modemarke. Sie schreiben: „Sind Sie das wirklich? Wer "
        .. "finanziert Ihr Institut?“ Marisol antwortet herzlich, mit einem neuen Foto und einer Liste von "
        .. "Geldgebern, die Sie nirgends finden. Am nächsten Morgen ist das Profil verschwunden. Beim "
        .. "Mittagessen erwähnt Ana eine „Marit Keene“, die ihr gestern geschrieben hat.",
      flags = {
        { id = "recycled_identity", text = "Ein fast gleiches Profil taucht unter leicht geändertem Namen wieder auf" },
      },
      innocent = {
        { id = "quick_reply", text = "Die Antwort kommt innerhalb einer Stunde" },
      },
      choices = {
        { "Zum Team vom Plakat gehen und alles erzählen, auch Ihre Fragen an sie", go = "rep_early", report = true },
        { "Auf Ihrem eigenen Profil öffentlich vor ihr warnen", go = "ignored", how = "post_publicly",
          effect = function(s) s.vars.posted = true end },
        { "Ana selbst warnen und es dabei belassen", go = "ignored" },
      },
    },

    chat1 = {
      channel = "linkedin",
      from = marisol,
      text = "„Danke für die Vernetzung! Wir planen einen geschlossenen Runden Tisch zur Energie auf See. "
        .. "Würden Sie dafür eine kurze Einschätzung schreiben? Drei Seiten, nur öffentliche Fakten, "
        .. "1.500 €.\n\nEs wäre einfacher, wenn ich Ihnen die Unterlagen an Ihre private E-Mail-Adresse "
        .. "schicke; hier gehen Nachrichten leicht unter.“",
      flags = {
        { id = "big_fee", text = "Ein großzügiges Honorar für drei Seiten öffentlicher Informationen" },
        { id = "personal_email", text = "Bittet darum, auf Ihre private E-Mail-Adresse zu wechseln" },
      },
      innocent = {
        { id = "roundtable_date", text = "Der Runde Tisch ist erst in sechs Wochen" },
      },
      discuss = {
        "Das Papier enthielte nur öffentliche Informationen. Gibt es trotzdem ein Risiko? Für wen?",
        "Wie sähe hier eine Bitte um Freigabe aus?",
      },
      choices = {
        { "Vor der Antwort die Unternehmenssicherheit fragen, ob Sie mitmachen dürfen", go = "cleared", report = true },
        { "Die private E-Mail-Adresse schicken und das Papier schreiben", go = "paid1", hook = 1,
          gives = "Ihre private Adresse und ein erstes bezahltes Papier. Jetzt gibt es einen Beleg, dass man Sie bezahlt hat.",
          effect = function(s) s.vars.fees = 1500 end },
        { "Den Chat löschen und sie blockieren", go = "deleted", how = "delete",
          effect = function(s) s.vars.deleted = true end },
        { "Aufhören und den Chat an die Meldestelle im Intranet geben", go = "rep_early", report = true },
      },
    },

    paid1 = {
      channel = "email",
      from = marisol,
      text = function(s)
        return "Ihr Papier kam bei den Mitgliedern „sehr gut an“. Die " .. eur(fees(s)) .. " kamen von "
          .. "einer „Brightwater Advisory Ltd“, nicht vom Institut. Jetzt möchte Marisol einen zweiten Text "
          .. "zum doppelten Honorar: wie Betreiber Antriebe aus der Ferne diagnostizieren. „Schöpfen Sie aus "
          .. "dem, was Sie bei der Arbeit sehen. Namen brauchen wir nicht.“"
      end,
      flags = {
        { id = "other_payer", text = "Das Geld kommt von einer Firma mit anderem Namen" },
        { id = "drifts_to_work", text = "Das zweite Thema rückt näher an Ihre Arbeit heran" },
      },
      innocent = {
        { id = "praise_charts", text = "Marisol lobt die Diagramme in Ihrem ersten Papier" },
      },
      choices = {
        { "Hier aufhören, die Meldestelle anrufen und alles erzählen, auch die Zahlung", go = "rep_late", report = true },
        { "Das zweite Papier schreiben und dabei auf Ihre Arbeit zurückgreifen", go = "sensitive", hook = 1,
          gives = "Wissen aus Ihrem Job, bezahlt und belegt.",
          effect = function(s) s.vars.fees = fees(s) + 3000; s.vars.used_work = true end },
        { "Es schreiben, aber streng nur aus öffentlichen Quellen", go = "sensitive", hook = 1,
          gives = "Ein zweites bezahltes Papier: eine weitere Zahlung in der Akte über Sie.",
          effect = function(s) s.vars.fees = fees(s) + 3000 end },
        { "Das Geld behalten, nicht mehr antworten und die E-Mails löschen", go = "deleted_paid", how = "delete",
          effect = function(s) s.vars.deleted = true end },
      },
    },

    sensitive = {
      channel = "email",
      from = marisol,
      text = function(s)
        local opener = s.vars.used_work and "„Sie wissen genau, wo man hinschauen muss. " or "„Unsere Mitglieder wünschen sich mehr Tiefe. "
        return opener .. "Könnten Sie die echten Zahlen aus den Erprobungen Ihres Unternehmens teilen: "
          .. "die Wirkungsgradkurven, die Fehlerprotokolle? 6.000 €, und nichts davon würde je mit Ihnen in "
          .. "Verbindung gebracht.“ Dazu lädt Marisol Sie als Gast zum Forum des Instituts im Ausland ein. "
          .. "Bisher haben Sie " .. eur(fees(s)) .. " erhalten."
      end,
      flags = {
        { id = "asks_test_data", text = "Fragt nach nicht öffentlichen Testdaten Ihres Unternehmens" },
        { id = "promise_discretion", text = "Verspricht, dass nichts je auf Sie zurückfällt" },
      },
      innocent = {
        { id = "weekend_wish", text = "Marisol wünscht Ihnen ein schönes Wochenende" },
      },
      discuss = {
        "Wie haben sich die Bitten von der ersten Nachricht bis zu dieser verändert?",
        "Was könnte jemanden jetzt von einer Meldung abhalten, und wie kann die Unternehmenssicherheit es leichter machen?",
      },
      choices = {
        { "Ablehnen und den ganzen Verlauf jetzt zur Unternehmenssicherheit bringen", go = "rep_late", report = true },
        { "Ein paar Zahlen schicken und die Reise zum Forum annehmen", go = "forum", hook = 2,
          gives = "Testdaten Ihres Unternehmens und eine Reise auf fremde Kosten. Das ist jetzt ein echtes Datenleck.",
          effect = function(s) s.vars.fees = fees(s) + 6000 end },
        { "Höflich ablehnen, aber niemandem etwas sagen", go = "pressure" },
      },
    },

    pressure = {
      channel = "chat",
      from = stranger,
      text = function(s)
        return "Zwei Tage später, auf Ihrem privaten Handy, von einer unbekannten Nummer:\n\n„Marisol ist "
          .. "enttäuscht. Wir waren großzügig: bisher " .. eur(fees(s)) .. ", jede Überweisung ist belegt. "
          .. "Es wäre unangenehm, wenn Ihr Arbeitgeber es von jemand anderem erführe. Wir brauchen nur eine "
          .. "kleine Tabelle.“"
      end,
      flags = {
        { id = "veiled_threat", text = "Zahlungsbelege und Ihr Arbeitgeber im selben Atemzug" },
      },
      innocent = {
        { id = "sunday_message", text = "Die Nachricht kommt an einem Sonntagnachmittag" },
      },
      choices = {
        { "Screenshots machen, nicht mehr antworten und die Nummer auf Ihrem Ausweis anrufen", go = "rep_late", report = true },
        { "Die Tabelle schicken, damit es aufhört", go = "compromised", hook = 2,
          gives = "Firmendaten, unter Druck verschickt. Jetzt weiß die andere Seite, dass Druck bei Ihnen wirkt." },
        { "Alles löschen und hoffen, dass es vorbeigeht", go = "deleted_paid", how = "delete",
          effect = function(s) s.vars.deleted = true end },
      },
    },

    forum = {
      channel = "in_person",
      from = director,
      text = "Das „Forum“ ist ein Abendessen zu dritt in einem separaten Raum. Der Direktor, Viktor "
        .. "Ostrander, schlägt eine Mappe auf: Ihre Papiere, jede Überweisung, die Zahlen, die Sie geschickt "
        .. "haben. „Sie gehören zu unseren besten Autoren. Machen wir es regelmäßig: ein monatliches "
        .. "Honorar, ein Telefon nur für uns, ab und zu ein paar Fragen.“ Er schiebt ein neues Handy über "
        .. "den Tisch.",
      flags = {
        { id = "folder_of_receipts", text = "Der Gastgeber führt eine Mappe mit Ihren Papieren und Zahlungen" },
        { id = "dedicated_phone", text = "Bietet ein Handy an, nur für den Kontakt mit ihnen" },
      },
      innocent = {
        { id = "private_room", text = "Das Essen findet in einem separaten Raum statt" },
      },
      discuss = {
        "Warum zeigt der Gastgeber Ihnen die Mappe, bevor er sein Angebot macht?",
        "Ist es jetzt zu spät für eine Meldung? Was würden Sie jemandem an dieser Stelle raten?",
      },
      choices = {
        { "Um Bedenkzeit bitten und zu Hause direkt zur Unternehmenssicherheit gehen", go = "rep_late", report = true },
        { "Das Handy und das Monatshonorar annehmen", go = "hooked", hook = 1,
          gives = "Ein geheimes Handy und ein Monatshonorar. Jetzt arbeiten Sie für die andere Seite." },
      },
    },

    deleted = {
      text = "Sie löschen den Chat und blockieren Marisol. Es fühlt sich aufgeräumt an. Drei Wochen später "
        .. "erzählt Ana, ein maritimes Institut habe sie um ein bezahltes Papier gebeten. Der Name kommt "
        .. "Ihnen bekannt vor, aber Ihre Nachrichten sind weg: kein Link zum Profil, kein Datum, nichts, "
        .. "was Sie jemandem zeigen könnten.",
      flags = {
        { id = "ana_asked_too", text = "Dasselbe Institut bittet jetzt eine Kollegin um ein bezahltes Papier" },
      },
      innocent = {
        { id = "three_weeks", text = "Drei Wochen sind vergangen" },
      },
      choices = {
        { "Aufschreiben, was Sie noch wissen, und an die Adresse vom Plakat schicken", go = "rep_early", report = true },
        { "Nichts sagen; für Sie ist die Sache vorbei", go = "walked_away" },
      },
    },

    deleted_paid = {
      text = function(s)
        return "Sie leeren den Ordner und den Papierkorb. Doch das Löschen macht die Überweisung von "
          .. eur(fees(s)) .. " nicht rückgängig, und auch nicht die Kopien auf der anderen Seite. Einen "
          .. "Monat später schreibt Brightwater Advisory an Ihre Dienstadresse und bestätigt eine Rechnung "
          .. "„für Ihre Beratung“. Man weiß, wo Sie arbeiten. Ihre Sicht der Dinge steckte in dem, was Sie "
          .. "gelöscht haben."
      end,
      flags = {
        { id = "invoice_at_work", text = "Der Zahler schreibt jetzt wegen einer Rechnung an Ihre Dienstadresse" },
      },
      innocent = {
        { id = "invoice_logo", text = "Die Rechnung trägt ein ordentliches Firmenlogo" },
      },
      choices = {
        { "Zur Unternehmenssicherheit gehen und alles erzählen, auch das Löschen", go = "rep_late", report = true },
        { "Es ignorieren und hoffen, dass es aufhört", go = "compromised" },
      },
    },

    ignored = {
      text = function(s)
        local first = s.vars.posted and "Ihre Warnung bekommt ein paar Likes, und das Profil verschwindet. "
          or (s.visited("platform") or s.visited("detective")) and "Sie warnen Ana und halten die Sache für erledigt. "
          or "Sie lehnen die Anfrage ab und vergessen sie. "
        return first .. "Zwei Wochen später warnt der Newsletter Ihres Unternehmens vor falschen "
          .. "Thinktank-Profilen, die Ingenieure Ihrer Branche anschreiben. Wer angeschrieben wurde, soll "
          .. "sich melden. Das Beispielfoto kommt Ihnen sehr bekannt vor."
      end,
      choices = {
        { "Dem Kontakt im Newsletter antworten und den Vorfall schildern", go = "rep_early", report = true },
        { "Es ist nichts passiert, also gibt es nichts zu melden", go = "walked_away" },
      },
    },

    -- Nach einer frühen Meldung geht der Versuch weiter; die Sache bleibt bei der Unternehmenssicherheit.
    rep_early = {
      text = function(s)
        local note = s.visited("detective") and " Das Team sagt auch: Ihre Fragen haben Marisol gezeigt, dass sie aufgeflogen ist. Das überlassen Sie beim nächsten Mal besser dem Team."
          or s.vars.deleted and " Ohne die Nachrichten hat das Team weniger in der Hand. Heben Sie sie beim nächsten Mal auf."
          or ""
        return "Die Unternehmenssicherheit dankt Ihnen und bittet Sie, Marisol nicht zu antworten." .. note
          .. " Zwei Tage später schreibt das Institut an Ihre Dienstadresse: „Marisol würde sich weiter "
          .. "über ein kurzes Papier von Ihnen freuen. Drei Seiten, 1.500 €. Sollen wir Ihnen die "
          .. "Unterlagen schicken?“"
      end,
      choices = {
        { "Die Mail unbeantwortet an die Unternehmenssicherheit weiterleiten und es dort lassen", go = "thanks" },
        { "Das Papier trotzdem schreiben; verboten hat es ja niemand", go = "went_on", hook = 1,
          gives = "Ein bezahltes Papier nach Ihrer Meldung. Die Akte über Sie wird trotzdem angelegt." },
      },
    },

    cleared = {
      text = "Die Unternehmenssicherheit prüft das Institut. Es existiert erst seit letztem Frühjahr, zahlt "
        .. "über eine Briefkastenfirma, und elf weitere Ingenieure haben dasselbe Angebot bekommen. Der Rat: "
        .. "höflich absagen. Das tun Sie. Marisol antwortet sofort: „Wie schade! Dann nur Ihre persönliche "
        .. "Meinung, eine Seite, 500 €?“",
      flags = {
        { id = "smaller_ask", text = "Auf eine Absage folgt eine kleinere, leichtere Bitte" },
      },
      innocent = {
        { id = "quick_answer", text = "Marisol antwortet sofort" },
      },
      choices = {
        { "Wie geraten erneut absagen und ihre Antwort weitergeben", go = "cleared_end" },
        { "Die eine Seite trotzdem schreiben; es ist ja nur Ihre Meinung", go = "advice_ignored", hook = 1,
          gives = "Eine bezahlte Seite gegen den Rat, um den Sie selbst gebeten hatten. Der Haken sitzt." },
      },
    },

    rep_late = {
      text = function(s)
        local money = fees(s) > 0 and ("Sie nennen die " .. eur(fees(s)) .. " gleich zu Beginn. ") or ""
        return "Sie setzen sich mit der Unternehmenssicherheit zusammen und erzählen die ganze Geschichte. "
          .. money .. "Niemand wird laut. Man bittet Sie, jeden Kontakt abzubrechen und alles Neue "
          .. "weiterzugeben. Eine Woche später kommt eine Nachricht: „Eine letzte Tabelle, 6.000 €, und wir "
          .. "sind fertig miteinander.“"
      end,
      choices = {
        { "Die Nachricht unbeantwortet an die Unternehmenssicherheit geben", go = "thanks_late" },
        { "Heimlich eine letzte Tabelle schicken, damit Schluss ist", go = "went_on", hook = 2,
          gives = "Firmendaten, verschickt nach Ihrer Meldung. Das macht vieles zunichte, was die Meldung erreicht hat." },
      },
    },

    thanks = {
      text = "Das Team ordnet Ihre Nachrichten einer Gruppe neuer Konten zu, die Ingenieure der maritimen "
        .. "Branche anschreiben, und warnt die anderen. „Machen Sie genau so weiter“, sagt die Analystin. "
        .. "„Sie müssen sich nicht sicher sein. Das Prüfen ist unsere Aufgabe.“",
      ending = "reported",
      lesson = "Sie haben gemeldet, bevor Sie etwas preisgegeben hatten. Dann haben Sie es der "
        .. "Unternehmenssicherheit überlassen. Genau so soll es sein. Sie mussten sich vorher nicht sicher sein.",
    },

    thanks_late = {
      text = "Das Team übernimmt ab hier. „Sie sind zu uns gekommen, und das zählt“, sagt der "
        .. "Sicherheitsbeauftragte. „Wer spät kommt, steht viel besser da als jemand, der nie kommt. Das gilt "
        .. "auch für das Unternehmen.“ Ein paar Wochen später hören die Nachrichten auf.",
      ending = "reported_late",
      lesson = "Auch die späte Meldung hat der anderen Seite das Druckmittel genommen. Jedes Papier und "
        .. "jede Zahlung hat es schwerer gemacht. Melden Sie sich also beim nächsten Mal schon bei der ersten "
        .. "seltsamen Nachricht.",
    },

    cleared_end = {
      text = "Die Unternehmenssicherheit dankt Ihnen. Genau dafür gibt es die Regel, vor einer Teilnahme "
        .. "um Freigabe zu bitten. Ihre Frage hat geholfen, elf Kolleginnen und Kollegen zu warnen. Eine Woche "
        .. "später schreibt das Institut nicht mehr.",
      ending = "cleared",
      lesson = "Vorher zu fragen, bevor Sie bezahlte Arbeit rund um Ihren Job annehmen, ist richtig. Sich "
        .. "an die Antwort zu halten, ist genauso wichtig.",
    },

    went_on = {
      text = "Sie haben es der Unternehmenssicherheit gesagt und dann doch weitergemacht. Einen Monat später "
        .. "steht Ihr Name auf der Zahlungsliste des Instituts, das dort untersucht wird. Daneben steht die "
        .. "Arbeit, die Sie nach Ihrer Meldung geschickt haben. Das Team hilft Ihnen trotzdem, aber das "
        .. "Gespräch ist viel schwerer.",
      ending = "compromised",
      lesson = "Eine Meldung ist kein Freibrief zum Weitermachen. Wenn Sie gemeldet haben, brechen Sie "
        .. "jeden Kontakt ab und geben Sie alles Neue weiter. Auch nach der Meldung führt jeder Schritt "
        .. "tiefer an den Haken.",
    },

    advice_ignored = {
      text = "Die Seite geht hinaus, und 500 € kommen von Brightwater Advisory, der Briefkastenfirma, die "
        .. "die Unternehmenssicherheit genannt hatte. Marisol ist begeistert und hat „eine kleine "
        .. "Nachfrage“. Der Haken sitzt, gegen den Rat, um den Sie selbst gebeten hatten.",
      ending = "compromised",
      lesson = "Um Freigabe zu bitten war richtig. Aber Freigabe heißt auch, sich an die Antwort zu halten. "
        .. "Eine kleine bezahlte Seite nach einem „Nein“ ist immer noch der kleine Haken.",
    },

    walked_away = {
      text = "Sie sind raus. Aber die Unternehmenssicherheit hat nie von dem Profil erfahren, und es "
        .. "schreibt weiter Ingenieure Ihrer Branche an. Eine Meldung von Ihnen hätte alle warnen können. "
        .. "Wenn es wieder passiert, genügen zwei Zeilen an die Unternehmenssicherheit.",
      ending = "walked_away",
      lesson = "Wer ablehnt, blockiert oder löscht, schützt sich selbst, aber sonst niemanden. Zwei Zeilen an "
        .. "die Unternehmenssicherheit warnen die nächste Person.",
    },

    compromised = {
      text = "Auf die Tabelle folgt eine weitere Bitte, dann noch eine. Jede wird festgehalten, und jede "
        .. "macht das Neinsagen schwerer. So funktioniert der kleine Haken. Im echten Leben ist der Ausweg "
        .. "immer noch derselbe: zur Unternehmenssicherheit, heute, mit allem, was Sie aufbewahrt haben.",
      ending = "compromised",
      lesson = "Wer dem Druck nachgibt, füllt nur die Akte über sich. Die Belege, mit denen man Ihnen droht, "
        .. "verlieren ihre Macht, sobald die Unternehmenssicherheit Bescheid weiß.",
    },

    hooked = {
      text = "Sie fliegen nach Hause, mit einem neuen Handy, einem Monatshonorar und einer Liste von Fragen. "
        .. "Die Papiere, die Zahlungen und das Abendessen waren Schritte einer einzigen Anwerbung. So "
        .. "ähnlich führte der Weg Kevin Mallory zu 20 Jahren Haft. Auch jetzt ist die Unternehmenssicherheit "
        .. "Ihr bester Ausweg.",
      ending = "hooked",
      lesson = "Jeder Schritt sah klein aus: eine Verbindung, ein Papier, eine Reise. Zusammen haben sie Sie "
        .. "zum Agenten gemacht. Melden Sie sich beim ersten Schritt, und bei jedem danach.",
    },
  },
}
