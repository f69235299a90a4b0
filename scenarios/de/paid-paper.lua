-- SPDX-License-Identifier: Apache-2.0
-- Deutsche Fassung von ../paid-paper.lua: dieselben IDs und Regeln, eigene Worte.
-- Trainiert: den „kleinen Haken“ per E-Mail: ein gut bezahltes, harmloses Papier, dann Papiere,
-- die sich internen Daten nähern, dann Druck mit den belegten Zahlungen; vorher um Freigabe
-- bitten und nach der Meldung aufhören. Halbe Sache: die Personalabteilung fragen, ob
-- Nebentätigkeit erlaubt ist.
-- Fakten aus den Quellen: TorchStone zum deutschen Fall von 2024 (drei deutsche Staatsbürger
-- wegen Spionageverdachts festgenommen; ersten Berichten nach wurde der Erste aus der Ferne über
-- eine Forschungsarbeit für einen Offizier mit akademischer oder geschäftlicher Tarnung
-- angeworben und holte dann Bekannte mit einer Firma in Düsseldorf hinzu, die mutmaßlich eine
-- Forschungskooperation mit einer Universität anbahnte) und dazu, wie der kleine Haken jede
-- Zahlung festhält; die Anklageschrift gegen Candace Claiborne nach Stratfor (eine Zahlung von
-- 2.480 Dollar einen Monat vor einer Bitte um interne Analysen; E-Mails zu löschen, „eher
-- geeignet, Verdacht zu wecken, als Beweise zu beseitigen“).

local tobias = { name = "Tobias Lindqvist", role = "Leiter Research", org = "Northbridge Technical Insights" }
local hr = { name = "HR-Servicedesk", role = "Personalabteilung", org = "Ihr Unternehmen" }

-- Ein Betrag in Euro mit Tausenderpunkt, z. B. 4500 -> "4.500 €".
local function eur(n)
  local digits = tostring(math.floor(n)):reverse():gsub("(%d%d%d)", "%1."):reverse()
  return (digits:gsub("^%.", "")) .. " €"
end

local function total(s) return s.vars.paid or 0 end

return scenario {
  id = "paid-paper",
  title = "Sechs Seiten, nur öffentliche Quellen",
  tactic = "paid_paper",
  audience = { "engineering", "research" },
  summary = "Ein Expertennetzwerk bietet Ihnen ein großzügiges Honorar für einen kurzen Überblick über "
    .. "Ihr Fachgebiet, nur aus öffentlichen Quellen. Der Auftraggeber bleibt vertraulich, die Frist ist "
    .. "großzügig, der Ton charmant.",
  minutes = 8,
  teaches = { "little_hook", "clearance", "report", "no_fear" },
  start = "first_mail",
  report = {
    facts = {
      { id = "sender", text = "Wer Ihnen geschrieben hat: Name, Firma, Adresse und wie man Sie gefunden hat", required = true,
        why = "Damit prüft die Unternehmenssicherheit die Firma und warnt andere, die sie anschreibt." },
      { id = "requests_fees", text = "Jedes gewünschte Papier, die Honorare, der Zahler und die Daten", required = true,
        why = "Die Liste der Bitten und Zahlungen zeigt den kleinen Haken bei der Arbeit. Die Unternehmenssicherheit braucht sie ganz." },
      { id = "originals", text = "Die Original-E-Mails, unverändert aufbewahrt", required = true,
        when = function(s) return not s.vars.deleted end,
        why = "Die Nachrichten, so wie sie kamen, sind die Beweise. Und sie zeigen, dass Sie ehrlich waren." },
      { id = "process_sheet", text = "Das gewünschte Prozessblatt, als Anhang, damit man es sieht", decoy = true,
        when = function(s) return s.visited("paper2") end,
        why = "Kopieren Sie nie sensible Daten in eine Meldung. Sagen Sie, wonach gefragt wurde. Das Original sieht sich die Unternehmenssicherheit auf sicherem Weg an." },
      { id = "private_digging", text = "Die Privatadresse von Tobias, die Sie selbst gesucht haben", decoy = true,
        when = function(s) return s.visited("lookup") end,
        why = "Forschen Sie Kontakten nicht auf eigene Faust nach. Die Unternehmenssicherheit hat die Mittel und die Regeln, um Personen zu prüfen." },
      { id = "origin_guess", text = "Ihre Vermutung, woher Tobias wirklich stammt", decoy = true,
        why = "Anwerbeversuche kommen von Menschen jeder Herkunft, und sie zielen auf alle, die Zugang haben. Entscheidend ist, was Tobias getan hat, nicht, woher er vielleicht stammt." },
    },
  },
  debrief = "Im April 2024 nahmen deutsche Behörden drei deutsche Staatsbürger fest. Der Vorwurf: "
    .. "Spionage für China. Ersten Berichten nach wurde der Erste aus der Ferne angeworben. Er sollte eine "
    .. "Forschungsarbeit schreiben, für einen Offizier, der als Wissenschaftler oder Geschäftsmann auftrat. "
    .. "Danach holte er laut den Berichten Bekannte mit einer Firma in Düsseldorf hinzu. Das ist der "
    .. "kleine Haken: Man zahlt gut für ein harmloses Papier, bittet dann um heiklere und hält jede "
    .. "Zahlung fest. Im Fall von Candace Claiborne, einer Angestellten des US-Außenministeriums, 2017 "
    .. "angeklagt, kam laut Anklage eine Bitte um interne Analysen einen Monat nach einer Zahlung von "
    .. "2.480 Dollar. Seien Sie vorsichtig bei bezahlten Papieren, die Ihre Arbeit berühren. Machen Sie "
    .. "nur mit Wissen und Freigabe Ihres Unternehmens mit. Melden Sie jeden Anwerbeversuch, auch spät, "
    .. "und brechen Sie danach jeden Kontakt ab.",
  scenes = {
    first_mail = {
      channel = "email",
      from = tobias,
      text = "Betreff: Bezahlte Experteneinschätzung\n\n„Northbridge bringt Fachleute aus der Industrie "
        .. "mit Auftraggebern zusammen. Ihr Poster auf der Oberflächentechnik-Konferenz im letzten Jahr ist "
        .. "uns aufgefallen. Ein Auftraggeber, eine Hochschulgruppe, wünscht sich einen Überblick über Trends "
        .. "bei Industriebeschichtungen, sechs Seiten, nur aus öffentlichen Quellen. Das Honorar beträgt "
        .. "900 €.“\n\nUnter der Signatur steht ein langer Datenschutzhinweis.",
      flags = {
        { id = "unsolicited_fee", text = "Ein großzügiges, ungefragtes Honorar von einer Firma, die Sie nicht kennen" },
      },
      innocent = {
        { id = "privacy_footer", text = "Ein langer Datenschutzhinweis unter der Signatur" },
        { id = "conference_poster", text = "Er erwähnt Ihr Poster auf einer öffentlichen Konferenz" },
      },
      discuss = {
        "Bei welchem Teil dieser E-Mail würden Sie stutzen, und warum?",
        "Hat Ihr Unternehmen eine Regel für bezahlte Nebentätigkeiten? Wen würden Sie fragen?",
      },
      choices = {
        { "Die Firma nachschlagen, bevor Sie antworten", go = "lookup" },
        { "Die Unternehmenssicherheit fragen, ob Sie den Auftrag annehmen dürfen", go = "cleared", report = true },
        { "Die Personalabteilung fragen, ob bezahlte Nebentätigkeit erlaubt ist", go = "hr" },
        { "Zusagen: nur öffentliche Quellen, was soll da schon passieren?", go = "brief1", hook = 1,
          gives = "Ein Ja zu bezahlter Arbeit für Fremde. Jetzt weiß man, dass Sie käuflich sind.",
          effect = function(s) s.vars.fee = 900 end },
        { "Nicht reagieren", go = "ignored" },
      },
    },

    hr = {
      channel = "email",
      from = hr,
      text = "„Bezahlte Nebentätigkeit ist in Ordnung, solange Sie sie anzeigen. Bitte füllen Sie das "
        .. "angehängte Formular aus: Auftraggeber, Stunden und Honorar.“\n\nDas Formular dauert zwei Minuten. "
        .. "Niemand fragt, wer Northbridge ist, wer die Firma bezahlt oder warum sie gerade Sie ausgesucht "
        .. "hat. Die Personalabteilung prüft die Formulare, nicht die Leute hinter einem Angebot.",
      discuss = {
        "Was deckt die Antwort der Personalabteilung ab, und was bleibt offen?",
      },
      choices = {
        { "Die Tätigkeit im Formular anzeigen und den Auftrag annehmen", go = "brief1", hook = 1,
          gives = "Ein Ja zu bezahlter Arbeit für Fremde. Das Formular ändert nichts daran, wer sie sind.",
          effect = function(s) s.vars.fee = 900 end },
        { "Die E-Mail auch an die Unternehmenssicherheit schicken und um Prüfung der Firma bitten", go = "rep_early", report = true },
        { "Die Sache fallen lassen und das Angebot ignorieren", go = "ignored" },
      },
    },

    lookup = {
      text = "Die Website von Northbridge ist glatt: Stockfotos, ein Leitbild, keine Kundennamen und außer "
        .. "Tobias kein Team. Die Adresse ist ein Bürogebäude, das Schreibtische tageweise vermietet. Mit "
        .. "etwas mehr Suchen finden Sie sogar seine Privatadresse. Sein Profil hat 61 Kontakte und keine "
        .. "Beiträge.",
      flags = {
        { id = "no_track_record", text = "Keine Kunden, kein Team, keine Referenzen auf der ganzen Website" },
        { id = "desk_address", text = "An der Firmenadresse werden Schreibtische tageweise vermietet" },
      },
      innocent = {
        { id = "stock_photos", text = "Die Website nutzt Stockfotos" },
      },
      choices = {
        { "Die E-Mail und Ihre Funde an die Meldeadresse schicken", go = "rep_early", report = true },
        { "Antworten und Tobias fragen, wer der Auftraggeber wirklich ist", go = "probe", how = "keep_talking" },
        { "Den Auftrag trotzdem annehmen", go = "brief1", hook = 1,
          gives = "Ein Ja zu bezahlter Arbeit für Fremde. Jetzt weiß man, dass Sie käuflich sind.",
          effect = function(s) s.vars.fee = 900 end },
      },
    },

    probe = {
      channel = "email",
      from = tobias,
      text = "Tobias antwortet nach wenigen Minuten. „Eine berechtigte Frage! Unsere Auftraggeber bestehen "
        .. "auf Vertraulichkeit, aber es ist eine angesehene Hochschulgruppe. Als Zeichen des Vertrauens "
        .. "erhöhen wir das Honorar auf 1.200 €.“\n\nDann: „Bitte geben Sie die Unterlagen in Ihrem "
        .. "Unternehmen nicht weiter. Das Interesse unseres Auftraggebers ist geschäftlich sensibel.“",
      flags = {
        { id = "fee_raised", text = "Auf Ihre Zweifel folgt mehr Geld" },
        { id = "keep_quiet", text = "Bittet Sie, die Unterlagen im Unternehmen nicht zu zeigen" },
      },
      innocent = {
        { id = "fair_question", text = "Er nennt Ihre Frage berechtigt" },
      },
      discuss = {
        "Was hat die direkte Frage an den Kontakt gebracht? Was hat sie verraten?",
      },
      choices = {
        { "Den ganzen Verlauf zur Unternehmenssicherheit bringen", go = "rep_early", report = true },
        { "Für 1.200 € zusagen", go = "brief1", hook = 1,
          gives = "Ein Ja, nachdem man Ihre Zweifel bezahlt hat. Jetzt weiß man, dass Geld bei Ihnen wirkt.",
          effect = function(s) s.vars.fee = 1200 end },
      },
    },

    ignored = {
      channel = "email",
      from = tobias,
      text = "Zwei Wochen später: „Ich wollte nur nachhaken! Unserem Auftraggeber liegt viel an Ihrer "
        .. "Sicht, er hat 1.500 € freigegeben. Die Frist passen wir gern an Ihren Kalender an.“",
      flags = {
        { id = "persistent", text = "Auf Schweigen folgt ein höheres Honorar" },
      },
      innocent = {
        { id = "flexible_deadline", text = "Er bietet an, die Frist an Ihren Kalender anzupassen" },
      },
      choices = {
        { "Beide E-Mails an das Team aus Ihrer Awareness-Schulung weiterleiten", go = "rep_early", report = true },
        { "Für 1.500 € zusagen", go = "brief1", hook = 1,
          gives = "Ein Ja zu bezahlter Arbeit für Fremde, zu einem höheren Preis.",
          effect = function(s) s.vars.fee = 1500 end },
        { "Wieder nicht reagieren", go = "walked_away" },
      },
    },

    brief1 = {
      channel = "email",
      from = tobias,
      text = function(s)
        return "Der Auftrag kommt: Markttrends, wichtige Anbieter, der Stand der Forschung, alles aus "
          .. "öffentlichen Quellen. " .. eur(s.vars.fee or 900) .. " bei Lieferung, in entspannten drei "
          .. "Wochen.\n\nFür die „Compliance“ bittet Tobias um einen Scan Ihres Reisepasses, Ihre "
          .. "Privatadresse und Ihre Bankverbindung."
      end,
      flags = {
        { id = "passport_scan", text = "Will für ein kleines Papier einen Passscan und Ihre Privatadresse" },
      },
      innocent = {
        { id = "relaxed_deadline", text = "Eine entspannte Frist von drei Wochen" },
      },
      choices = {
        { "Den Überblick schreiben und abliefern", go = "paid1", hook = 1,
          gives = "Ihr Pass, Ihre Bankverbindung und ein erstes bezahltes Papier, alles in deren Akte.",
          effect = function(s) s.vars.paid = s.vars.fee or 900 end },
        { "Innehalten: vor jeder Lieferung die Nummer auf Ihrem Ausweis anrufen", go = "rep_early", report = true },
        { "Still aussteigen und den ganzen Verlauf löschen", go = "deleted", how = "delete",
          effect = function(s) s.vars.deleted = true end },
      },
    },

    paid1 = {
      channel = "email",
      from = tobias,
      text = function(s)
        return "Die " .. eur(total(s)) .. " gehen ein, überwiesen von einer Handelsfirma, von der Sie nie "
          .. "gehört haben. „Der Auftraggeber ist begeistert. Als Nächstes ein Vergleich der wichtigsten "
          .. "Beschichtungsverfahren, mit Ihrer eigenen Sicht auf die Temperaturen und Schichtdicken, die in "
          .. "der Produktion wirklich funktionieren. 2.500 €.“ Außerdem korrigiert Tobias zwei Quellen in "
          .. "Ihrem Papier."
      end,
      flags = {
        { id = "third_party_payer", text = "Bezahlt von einer unbekannten Handelsfirma, nicht vom Auftraggeber" },
        { id = "production_values", text = "Fragt nach Produktionswerten aus Ihrer eigenen Erfahrung" },
      },
      innocent = {
        { id = "corrects_references", text = "Die Rückmeldung korrigiert zwei Quellen in Ihrem Papier" },
      },
      discuss = {
        "Ab wann war das kein harmloses Papier mehr?",
        "Was würden Sie der Unternehmenssicherheit über das Geld sagen, das Sie schon bekommen haben?",
      },
      choices = {
        { "Der Unternehmenssicherheit alles erzählen, auch die Zahlung", go = "rep_late", report = true },
        { "Es schreiben, mit den echten Werten aus Ihrer Arbeit", go = "paper2", hook = 1,
          gives = "Echte Produktionswerte aus Ihrem Job, bezahlt und belegt.",
          effect = function(s) s.vars.paid = total(s) + 2500; s.vars.leaked = true end },
        { "Es schreiben, aber nur mit Werten aus Fachzeitschriften", go = "paper2", hook = 1,
          gives = "Ein zweites bezahltes Papier: eine weitere Zahlung in der Akte über Sie.",
          effect = function(s) s.vars.paid = total(s) + 2500 end },
        { "Nicht mehr antworten und alles löschen", go = "deleted", how = "delete",
          effect = function(s) s.vars.deleted = true end },
      },
    },

    paper2 = {
      channel = "phone",
      from = tobias,
      text = function(s)
        local verdict = s.vars.leaked and "„Der Auftraggeber war von Ihren Zahlen begeistert.“" or "„Dem Auftraggeber war es etwas zu allgemein.“"
        return "Tobias ruft zum ersten Mal auf Ihrem Handy an. " .. verdict .. " Dann, schnell: „Jetzt "
          .. "möchte er das Echte: das Prozessblatt Ihres Unternehmens für die neue Linie und Ihre zwei "
          .. "wichtigsten Zulieferer. 6.000 €. Schicken Sie es an meine private Adresse. Und bei der Arbeit "
          .. "müssen Sie das nicht erwähnen.“"
      end,
      flags = {
        { id = "internal_docs", text = "Fragt nach einem internen Prozessblatt und Namen von Zulieferern" },
        { id = "hide_from_employer", text = "Legt nahe, die Arbeit vor Ihrem Arbeitgeber zu verbergen" },
      },
      innocent = {
        { id = "lunch_call", text = "Er ruft in Ihrer Mittagspause an" },
      },
      choices = {
        { "Das Gespräch beenden und alles für die Unternehmenssicherheit aufschreiben", go = "rep_late", report = true },
        { "Das Prozessblatt schicken", go = "recruit", hook = 2,
          gives = "Ein internes Blatt zum Prozess und Ihre Zulieferer. Das ist ein echtes Leck.",
          effect = function(s) s.vars.paid = total(s) + 6000 end },
        { "Entschieden ablehnen und es für sich behalten", go = "pressure" },
      },
    },

    pressure = {
      channel = "email",
      from = tobias,
      text = function(s)
        local figures = s.vars.leaked and ", beide Papiere und die Produktionswerte, die Sie geliefert haben" or " und beide Papiere"
        return "„Enttäuschend. Ich darf Sie daran erinnern, dass unser Auftraggeber Ihre unterschriebenen "
          .. "Rechnungen hat, Ihre Passkopie" .. figures .. ". Solche Unterlagen werden so leicht "
          .. "missverstanden. Ein Dokument, und wir gehen als Freunde auseinander.“"
      end,
      flags = {
        { id = "records_as_leverage", text = "Ihre Rechnungen und Ihre Passkopie werden als Warnung erwähnt" },
      },
      innocent = {
        { id = "full_title", text = "Die E-Mail ist mit seinem vollen Titel unterschrieben" },
      },
      choices = {
        { "Die E-Mail aufheben, nicht mehr antworten und die Melde-Hotline anrufen", go = "rep_late", report = true },
        { "Das Dokument schicken, damit es vorbei ist", go = "compromised", hook = 2,
          gives = "Ein internes Dokument, unter Druck verschickt. Jetzt weiß man, dass Druck wirkt." },
        { function(s) return "Anbieten, die " .. eur(total(s)) .. " zurückzuzahlen, wenn er Sie in Ruhe lässt" end,
          go = "payback", when = function(s) return total(s) > 0 end },
        { "Alles löschen und die Adresse blockieren", go = "deleted", how = "delete",
          effect = function(s) s.vars.deleted = true end },
      },
    },

    payback = {
      channel = "email",
      from = tobias,
      text = function(s)
        return "Tobias antwortet binnen einer Stunde. „Behalten Sie das Geld, es war ehrlich verdient. Aber "
          .. "Geld kann man zurückgeben, Unterlagen nicht. Die Rechnungen, die Überweisungen, Ihre Papiere: "
          .. "Unser Auftraggeber bewahrt alles auf. Ein Dokument, und wir gehen als Freunde "
          .. "auseinander.“\n\nUm die " .. eur(total(s)) .. " ging es nie."
      end,
      flags = {
        { id = "records_not_money", text = "Lehnt das Geld ab und verweist stattdessen auf die Unterlagen" },
      },
      innocent = {
        { id = "polite_sign_off", text = "Er grüßt wie immer höflich" },
      },
      choices = {
        { "Die E-Mail aufheben, nicht mehr antworten und die Melde-Hotline anrufen", go = "rep_late", report = true },
        { "Das Dokument schicken, damit es vorbei ist", go = "compromised", hook = 2,
          gives = "Ein internes Dokument, unter Druck verschickt. Jetzt weiß man, dass Druck wirkt." },
      },
    },

    recruit = {
      channel = "in_person",
      from = tobias,
      text = "Tobias schlägt einen Kaffee in einem Flughafenhotel vor und reicht Ihnen einen Umschlag „für "
        .. "Ihre Mühe“. Dann der neue Plan: „Unser Auftraggeber will wachsen. Sie kennen Leute im "
        .. "Hochschullabor, mit dem Ihr Team arbeitet. Und Ihre Freundin hat doch eine kleine "
        .. "Zulieferfirma? Eine Forschungskooperation über ihre Firma wäre für alle gut.“",
      flags = {
        { id = "recruit_others", text = "Will, dass Sie Bekannte und eine Partnerfirma hineinziehen" },
        { id = "cash_envelope", text = "Ein Umschlag mit Bargeld, übergeben an einem öffentlichen Ort" },
      },
      innocent = {
        { id = "airport_hotel", text = "Sie treffen sich in der Lobby eines Flughafenhotels" },
      },
      discuss = {
        "Warum will Tobias jetzt andere Menschen und Firmen einbeziehen?",
        "Was würde es jemandem, der so tief drinsteckt, leichter machen, sich zu melden?",
      },
      choices = {
        { "Den Umschlag liegen lassen und zur Unternehmenssicherheit gehen", go = "rep_late", report = true },
        { "Den Umschlag nehmen und die Kontakte herstellen", go = "hooked", hook = 1,
          gives = "Bargeld in der Hand und die Namen Ihrer Bekannten. Jetzt sind auch andere in Gefahr." },
      },
    },

    deleted = {
      text = function(s)
        local money = total(s) > 0 and ("Die " .. eur(total(s)) .. " stehen weiter auf Ihrem Kontoauszug. ") or ""
        return "Sie löschen den Verlauf, den Auftrag und Ihre Entwürfe und leeren den Papierkorb. " .. money
          .. "Tobias hat noch jede Nachricht; weg ist nur Ihre Sicht der Dinge. Einen Monat später ruft "
          .. "die Unternehmenssicherheit an: Jemand anderes hat Northbridge gemeldet, und Ihre Adresse "
          .. "steht auf deren Verteiler."
      end,
      flags = {
        { id = "your_name_found", text = "Ihre Adresse taucht in Material auf, das jemand anderes gemeldet hat" },
      },
      innocent = {
        { id = "month_later", text = "Seit dem Löschen ist ein Monat vergangen" },
      },
      choices = {
        { "Alles erzählen, auch was Sie gelöscht haben", go = "rep_late", report = true },
        { "Sagen, Sie hätten nie von der Firma gehört", go = "denied" },
      },
    },

    -- Nach einer frühen Meldung geht der Versuch weiter; die Sache bleibt bei der Unternehmenssicherheit.
    rep_early = {
      text = function(s)
        local note = s.visited("probe") and " Das Team sagt auch: Ihre Frage an Tobias hat ihm nur geholfen, seine Geschichte zu glätten. Das Fragen überlassen Sie beim nächsten Mal dem Team." or ""
        return "Die Unternehmenssicherheit dankt Ihnen und bittet Sie, nicht zu antworten." .. note
          .. " Eine Woche später schreibt Tobias wieder: „Unser Auftraggeber hat 1.500 € freigegeben, nur "
          .. "öffentliche Quellen. Und bei der Arbeit müssen Sie das wirklich nicht erwähnen.“"
      end,
      choices = {
        { "Die Mail ohne Antwort an die Unternehmenssicherheit weiterleiten", go = "thanks" },
        { "Still zusagen; es sind ja nur öffentliche Quellen", go = "went_on", hook = 1,
          gives = "Ein bezahltes Papier nach Ihrer Meldung. Die Akte über Sie wird trotzdem angelegt." },
      },
    },

    cleared = {
      text = "Die Unternehmenssicherheit prüft Northbridge: eine Tarnfirma ohne echte Kunden, die Fachleute "
        .. "in mehreren Unternehmen angeschrieben hat. Der Rat: ohne Begründung absagen. Das tun Sie. Tobias "
        .. "antwortet: „Verstanden! Dann vielleicht nur zwei Seiten, 500 €. In Ihrer Firma muss das niemand "
        .. "wissen.“",
      flags = {
        { id = "smaller_ask", text = "Auf eine Absage folgt eine kleinere, geheime Bitte" },
      },
      innocent = {
        { id = "understood", text = "Er antwortet „Verstanden!“" },
      },
      choices = {
        { "Wie geraten erneut absagen und seine Antwort weitergeben", go = "cleared_end" },
        { "Die zwei Seiten trotzdem schreiben; es sind ja nur öffentliche Quellen", go = "advice_ignored", hook = 1,
          gives = "Ein bezahltes Papier gegen den Rat, um den Sie selbst gebeten hatten. Der Haken sitzt." },
      },
    },

    rep_late = {
      text = function(s)
        local money = total(s) > 0 and (" Sie nennen die " .. eur(total(s)) .. ", und man notiert es ohne Vorwurf.") or ""
        return "Sie erzählen der Unternehmenssicherheit die ganze Geschichte." .. money .. " Man bittet "
          .. "Sie, jeden Kontakt abzubrechen und alles Neue weiterzugeben. Zwei Tage später ruft Tobias an: "
          .. "6.000 € für ein einziges internes Dokument, „und dann gehen wir als Freunde auseinander“."
      end,
      choices = {
        { "Auflegen und der Unternehmenssicherheit von dem Anruf erzählen", go = "thanks_late" },
        { "Heimlich ein letztes Dokument schicken, damit Schluss ist", go = "went_on", hook = 2,
          gives = "Ein internes Dokument, verschickt nach Ihrer Meldung. Das macht vieles zunichte, was die Meldung erreicht hat." },
      },
    },

    thanks = {
      text = "Northbridge ist eine Tarnfirma, die Fachleute in mehreren Unternehmen Ihrer Branche "
        .. "angeschrieben hat. Ihre E-Mails helfen dem Team, sie zu warnen und die Behörden zu informieren. "
        .. "„Genau darauf hatten wir gehofft“, sagt der Sicherheitsbeauftragte. „Eine E-Mail, früh.“",
      ending = "reported",
      lesson = "Sie haben das Angebot gemeldet, bevor Sie irgendetwas geschrieben hatten. Dann haben Sie es "
        .. "der Unternehmenssicherheit überlassen. Eine frühe E-Mail ist alles, was es braucht.",
    },

    cleared_end = {
      text = "Die Unternehmenssicherheit dankt Ihnen. Ihre Frage zählt als Meldung und hilft, andere zu "
        .. "warnen. Vor bezahlter Arbeit rund um den Job zu fragen, ist genau der Sinn der Freigaberegel. "
        .. "Sich an die Antwort zu halten, gehört dazu.",
      ending = "cleared",
      lesson = "Vorher zu fragen, bevor Sie bezahlte Arbeit rund um Ihren Job annehmen, ist richtig. Sich "
        .. "an die Antwort zu halten, ist genauso wichtig.",
    },

    thanks_late = {
      text = "„Danke, dass Sie zu uns gekommen sind. Auf diesen Schritt kommt es an“, sagt die "
        .. "Sicherheitsbeauftragte. „Diese Leute setzen darauf, dass Sie sich zu sehr schämen, um zu reden. "
        .. "Ab jetzt regeln wir den Kontakt gemeinsam.“ Ein paar Wochen später hören die Anrufe auf.",
      ending = "reported_late",
      lesson = "Auch die späte Meldung hat der anderen Seite das Druckmittel genommen. Jedes Papier und "
        .. "jede Zahlung hat es schwerer gemacht. Melden Sie sich also beim nächsten Mal schon beim ersten "
        .. "bezahlten Angebot.",
    },

    went_on = {
      text = "Sie haben es der Unternehmenssicherheit gesagt und dann doch weitergemacht. Als das Team die "
        .. "Zahlungen von Northbridge prüft, findet es Ihre, nach Ihrer Meldung geleistet. Man hilft Ihnen "
        .. "trotzdem, aber jetzt muss man fragen, was Sie sonst noch geschickt haben.",
      ending = "compromised",
      lesson = "Eine Meldung ist kein Freibrief zum Weitermachen. Wenn Sie gemeldet haben, brechen Sie "
        .. "jeden Kontakt ab und geben Sie alles Neue weiter. Auch nach der Meldung führt jeder Schritt "
        .. "tiefer an den Haken.",
    },

    advice_ignored = {
      text = "Die zwei Seiten gehen hinaus, und 500 € kommen von einer Handelsfirma im Ausland. Tobias ist "
        .. "begeistert und hat „eine kleine Nachfrage“ zu Ihrer Produktionslinie. Der Haken sitzt, gegen "
        .. "den Rat, um den Sie selbst gebeten hatten.",
      ending = "compromised",
      lesson = "Um Freigabe zu bitten war richtig. Aber Freigabe heißt auch, sich an die Antwort zu halten. "
        .. "Ein kleines bezahltes Papier nach einem „Nein“ ist immer noch der kleine Haken.",
    },

    denied = {
      text = "Die Unternehmenssicherheit hat Ihre Adresse schon in den Unterlagen von Northbridge. Das "
        .. "Leugnen hält also nicht. Aus einem unangenehmen Gespräch wird ein ernstes. Laut Anklage löschte "
        .. "Candace Claiborne E-Mails, nachdem sie befragt worden war. Ein Analyst schrieb, das wecke eher "
        .. "Verdacht, als dass es Beweise beseitige.",
      ending = "compromised",
      lesson = "Löschen und Leugnen haben Sie verdächtiger gemacht, als Ihr Handeln war. Der Ausweg: der "
        .. "Unternehmenssicherheit alles erzählen, auch spät.",
    },

    compromised = {
      text = "Das Dokument geht hinaus. Eine Woche später kommt eine neue Bitte, dann noch eine, jede "
        .. "festgehalten wie die letzte. Der kleine Haken sitzt. Im echten Leben ist der Ausweg immer noch "
        .. "derselbe: zur Unternehmenssicherheit, heute, mit allem, was Sie aufbewahrt haben.",
      ending = "compromised",
      lesson = "Wer dem Druck nachgibt, füllt nur die Akte über sich. Die Belege, mit denen man Ihnen droht, "
        .. "verlieren ihre Macht, sobald die Unternehmenssicherheit Bescheid weiß.",
    },

    hooked = {
      text = "Mit dem Umschlag in der Tasche stellen Sie die Kontakte her. Jetzt sind auch andere in "
        .. "Gefahr. Erste Berichte zum deutschen Fall von 2024 beschreiben ähnliche Schritte: ein Papier, "
        .. "dann Bekannte mit einer Firma, dann eine Forschungskooperation mit einer Universität. Auch "
        .. "jetzt ist die Unternehmenssicherheit der Ausweg.",
      ending = "hooked",
      lesson = "Jedes Papier sah harmlos aus. Zusammen haben sie Sie zum Agenten gemacht, und dann zum "
        .. "Anwerber. Melden Sie sich beim ersten bezahlten Angebot, oder bei jedem Schritt danach.",
    },

    walked_away = {
      text = "Northbridge schreibt Ihnen nicht mehr und versucht es bei Ihren Kolleginnen und Kollegen. "
        .. "Ihnen ist nichts passiert, aber die Unternehmenssicherheit hat nie davon erfahren, und die "
        .. "nächste Person sagt vielleicht Ja. Die erste E-Mail weiterzuleiten, hätte eine Minute gedauert.",
      ending = "walked_away",
      lesson = "Ein Angebot zu ignorieren schützt Sie, aber niemanden sonst. Eine Zeile an die "
        .. "Unternehmenssicherheit warnt die nächste Person, der man schreibt.",
    },
  },
}
