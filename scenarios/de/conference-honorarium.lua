-- SPDX-License-Identifier: Apache-2.0
-- Deutsche Fassung von ../conference-honorarium.lua: dieselben IDs und Regeln, eigene Worte.
-- Trainiert: die Einladung zur Konferenz mit allen Kosten übernommen: großzügige Gastgeber, eine
-- charmante Begleitung, ein unangekündigtes Honorar, vor der Kamera übergeben, dann das
-- Anwerbegespräch; nur mit Freigabe des Unternehmens reisen und sich daran halten. Halbe Sache:
-- das „Tolle Sichtbarkeit, fahren Sie!“ der Teamleiterin.
-- Fakten aus den Quellen: TorchStones Beschreibung der Konferenz-Variante des kleinen Hakens
-- (Thema nah an der sensiblen Technik, Reise bezahlt, Gastgeber, die den Redner feiern, ein
-- unerwartetes Honorar, heimlich gefilmt, vielleicht eine ebenfalls gefilmte Honigfalle, der
-- Besuch dient der Einschätzung des Redners, das Angebot kommt direkt oder schrittweise);
-- Kevin Mallory, ein ehemaliger CIA-Offizier, nach Shanghai eingeladen und dort angeworben.

local rafael = { name = "Dr. Rafael Amsel", role = "Programmleitung", org = "Blue Harbour International Forum on Photonics" }
local sandor = { name = "Arvid Sandor", role = "Berater (nach eigener Aussage)", org = "„Das Industrieministerium“" }
local lead = { name = "Priya Nair", role = "Teamleiterin", org = "Ihr Unternehmen" }

-- Was das „Erinnerungsvideo“ zeigt, je nachdem, was angenommen wurde (im Dativ: „ein Video mit …“).
local function filmed(s)
  local parts = { "Ihrem Vortrag", "den Trinksprüchen" }
  if s.vars.night then parts[#parts + 1] = "einem späten Drink in Ihrer Suite" end
  parts[#parts + 1] = s.vars.cash and "der Übergabe des Umschlags" or "dem Umschlag, den man Ihnen hinhält"
  return table.concat(parts, ", ", 1, #parts - 1) .. " und " .. parts[#parts]
end

return scenario {
  id = "conference-honorarium",
  title = "Die Keynote im Ausland",
  tactic = "conference",
  audience = { "research", "engineering", "travellers" },
  summary = "Ein internationales Forum lädt Sie zu einer Keynote im Ausland ein: Businessclass, ein "
    .. "Fünf-Sterne-Hotel, ein Thema ganz nah an Ihrer eigenen Arbeit. Großzügiger könnten die Gastgeber "
    .. "nicht sein.",
  minutes = 9,
  teaches = { "clearance", "little_hook", "honey_trap", "report", "no_fear" },
  start = "invite",
  report = {
    facts = {
      { id = "host_invite", text = "Wer Sie eingeladen hat, die Organisation und die Einladung im Original", required = true,
        why = "Die Unternehmenssicherheit kann das Forum prüfen und andere warnen, die es einlädt." },
      { id = "payments_gifts", text = "Jede angebotene Zahlung, jedes Geschenk und jeden Gefallen, mit Betrag und Datum", required = true,
        why = "Mit Geschenken und Bargeld baut man Druck auf Sie auf. Die Unternehmenssicherheit braucht die ganze Liste." },
      { id = "people_asks", text = "Wen Sie getroffen haben und wonach jede Person gefragt hat", required = true,
        when = function(s) return s.visited("arrival") end,
        why = "Namen und Fragen zeigen, worauf die andere Seite aus ist und wer noch gefährdet sein kann." },
      { id = "unpublished", text = "Ihre unveröffentlichten Kühlwerte, damit man weiß, worum es ging", decoy = true,
        why = "Kopieren Sie nie sensible Daten in eine Meldung. Sagen Sie, wonach gefragt wurde. Das Original sieht sich die Unternehmenssicherheit auf sicherem Weg an." },
      { id = "nationality_guess", text = "Ihre Vermutung über die wahre Nationalität der Gastgeber", decoy = true,
        why = "Anwerbeversuche kommen von Menschen jeder Herkunft, und sie zielen auf alle, die Zugang haben. Entscheidend ist, was die Gastgeber getan haben, nicht, woher sie vielleicht stammen." },
    },
  },
  debrief = "Dieser Trick folgt einem bekannten Muster. Jemand, der an sensibler Technik arbeitet, wird "
    .. "zu einem Vortrag im Ausland eingeladen, zu einem Thema nah an der eigenen Arbeit. Die Gastgeber "
    .. "zahlen die Reise, feiern den Gast wie einen Star und überreichen ein hohes Honorar, von dem nie "
    .. "die Rede war. Dieser Moment wird heimlich gefilmt. Vielleicht gerät der Gast auch in eine "
    .. "romantische Falle, die ebenfalls gefilmt wird. Beim Besuch kann ein Geheimdienstoffizier, der "
    .. "sich als Gastgeber ausgibt, den Gast einschätzen. Das Angebot kommt sofort oder nach und nach. "
    .. "Kevin Mallory, ein ehemaliger CIA-Offizier, wurde nach Shanghai eingeladen und dort angeworben. "
    .. "Seien Sie bei solchen Einladungen vorsichtig. Reisen Sie nur mit Wissen und Freigabe Ihres "
    .. "Unternehmens, und halten Sie sich daran. Melden Sie jeden Anwerbeversuch, auch nach der Rückkehr.",
  scenes = {
    invite = {
      channel = "email",
      from = rafael,
      text = "Betreff: Einladung zur Keynote\n\n„Es wäre uns eine Ehre, wenn Sie im nächsten Frühjahr die "
        .. "Keynote beim Blue Harbour Forum hielten: Flüge in der Businessclass, "
        .. "fünf Nächte im Grand Meridian. Vorgeschlagener Titel: ‚Wärmemanagement in Hochleistungslasern: "
        .. "die kommenden Herausforderungen‘. Den Programmentwurf finden Sie im Anhang.“\n\nIhr aktuelles "
        .. "Projekt ist die Kühlung eines Hochleistungslasers.",
      flags = {
        { id = "topic_near_project", text = "Der vorgeschlagene Titel liegt direkt neben Ihrem vertraulichen Projekt" },
        { id = "lavish_terms", text = "Businessclass und fünf Nächte für einen Vortrag von zwanzig Minuten" },
      },
      innocent = {
        { id = "draft_programme", text = "Ein Programmentwurf mit den anderen Vortragenden" },
      },
      discuss = {
        "Warum wählt ein Gastgeber einen Titel so nah an Ihrer Arbeit, aber nicht genau darauf?",
        "Wer in Ihrem Unternehmen muss Bescheid wissen, bevor Sie so eine Einladung annehmen?",
      },
      choices = {
        { "Vor der Antwort die Unternehmenssicherheit um Freigabe bitten", go = "clear_brief", report = true },
        { "Die Einladung Ihrer Teamleiterin zeigen und hören, was sie meint", go = "manager_ok" },
        { "Zusagen. Es ist eine Ehre, und das Thema ist allgemein", go = "prep", hook = 1,
          gives = "Ein Ja zu einer Reise auf fremde Kosten, zu einem Thema direkt neben Ihrem Projekt." },
        { "Die Einladung an die Adresse „Anwerbeversuch melden“ weiterleiten", go = "rep_early", report = true },
        { "Höflich absagen und niemandem etwas sagen", go = "declined" },
      },
    },

    manager_ok = {
      channel = "in_person",
      from = lead,
      text = "Priya ist begeistert. „Tolle Sichtbarkeit für das Team. Fahren Sie!“ Priya unterschreibt den "
        .. "Reiseantrag sofort, und die Reisestelle bucht die Flüge. Von der Unternehmenssicherheit spricht "
        .. "niemand. Priya sieht eine Konferenz. Wie solche Einladungen genutzt werden, hat sie nie gehört, "
        .. "und sie hat keinen Grund, nachzufragen.",
      discuss = {
        "Ihre Vorgesetzte hat Ja gesagt. Was deckt diese Antwort ab, und was nicht?",
      },
      choices = {
        { "Vor der Buchung die Einladung auch an die Unternehmenssicherheit schicken", go = "clear_brief", report = true },
        { "Buchen; Ihre Teamleiterin hat ja Ja gesagt", go = "prep", hook = 1,
          gives = "Ein Ja zu einer Reise auf fremde Kosten. Die Unterschrift Ihrer Teamleiterin ändert nichts daran, wer zahlt." },
      },
    },

    declined = {
      channel = "email",
      from = rafael,
      text = "Rafael antwortet freundlich. „Wie schade! Vielleicht passt ein kleineres Format besser zu "
        .. "Ihnen: ein einstündiges Online-Seminar für unsere Mitglieder, Thema nach Wahl, Honorar 2.000 €. "
        .. "Und die Einladung für das Frühjahr steht weiter.“",
      flags = {
        { id = "fallback_offer", text = "Auf Ihre Absage folgt eine leichtere, bezahlte Alternative" },
      },
      innocent = {
        { id = "kind_reply", text = "Er antwortet freundlich auf Ihre Absage" },
      },
      choices = {
        { "Beide E-Mails an die Adresse vom Plakat „Anwerbeversuch melden“ weiterleiten", go = "rep_early", report = true },
        { "Es sich anders überlegen und die Keynote doch annehmen", go = "prep", hook = 1,
          gives = "Ein Ja zu einer Reise auf fremde Kosten, zu einem Thema direkt neben Ihrem Projekt." },
        { "Wieder absagen und die Sache vergessen", go = "walked_away" },
      },
    },

    prep = {
      channel = "email",
      from = rafael,
      text = "„Wunderbar! Könnten Sie uns Ihre Folien zwei Wochen vorher schicken, für die "
        .. "Dolmetscher? Unser Publikum wäre begeistert von ein, zwei unveröffentlichten Ergebnissen, "
        .. "vielleicht den Kühlwerten aus Ihrer aktuellen Arbeit. Bitte schicken Sie auch einen Passscan und "
        .. "Ihre Handynummer für den Fahrer.“",
      flags = {
        { id = "unpublished_results", text = "Bittet um unveröffentlichte Ergebnisse aus Ihrer aktuellen Arbeit" },
      },
      innocent = {
        { id = "interpreters", text = "Will die Folien früh, für die Dolmetscher" },
      },
      choices = {
        { "Folien nur mit veröffentlichtem Material schicken und die Reise buchen", go = "arrival", hook = 1,
          gives = "Ihr Pass, Ihre Nummer und Ihre Anwesenheit im Ausland, alles auf deren Kosten.",
          effect = function(s) s.vars.slides = "public" end },
        { "Ein paar unveröffentlichte Werte einbauen; es ist ein tolles Publikum", go = "arrival", hook = 2,
          gives = "Unveröffentlichte Ergebnisse aus Ihrem Projekt. Das ist ein Datenleck, noch vor dem Abflug.",
          effect = function(s) s.vars.slides = "unpublished" end },
        { "Innehalten und der Unternehmenssicherheit von dieser Bitte erzählen", go = "rep_early", report = true },
      },
    },

    arrival = {
      channel = "in_person",
      from = rafael,
      text = function(s)
        local slides = s.vars.slides == "unpublished" and " Rafael sagt, Ihre Werte hätten „für Aufregung gesorgt“." or ""
        return "Ein Fahrer hält ein Schild mit Ihrem Namen. Ihr Zimmer ist jetzt eine Suite." .. slides
          .. " Beim Bankett bekommen Sie ein Tablet geschenkt, „schon mit der Konferenz-App "
          .. "eingerichtet“. Ihre Begleiterin Dana ist den ganzen Abend charmant und schlägt einen letzten "
          .. "Drink in Ihrer Suite vor. Die anderen Vortragenden haben normale Zimmer und keine Begleitung."
      end,
      flags = {
        { id = "vip_treatment", text = "Nur Sie werden weit besser behandelt als die anderen Vortragenden" },
        { id = "preloaded_tablet", text = "Ein geschenktes Gerät, das schon für Sie eingerichtet ist" },
        { id = "guide_nightcap", text = "Ihre Begleiterin schlägt einen späten Drink allein in Ihrer Suite vor" },
      },
      innocent = {
        { id = "driver_sign", text = "Ein Fahrer wartet in der Ankunftshalle mit Ihrem Namen" },
      },
      discuss = {
        "Welches Geschenk dieses Abends fiele Ihnen am schwersten abzulehnen, und warum?",
      },
      choices = {
        { "Von Ihrem eigenen Handy die Reise-Hotline Ihres Unternehmens anrufen", go = "rep_trip", report = true },
        { "Alles genießen: das Tablet nehmen und den Drink mit Dana", go = "talk", hook = 2,
          gives = "Ein vorbereitetes Gerät und ein privater Abend, beides in deren Akte.",
          effect = function(s) s.vars.tablet = true; s.vars.night = true end },
        { "Das Tablet nehmen, aber Dana eine gute Nacht wünschen", go = "talk", hook = 1,
          gives = "Ein Gerät, das die andere Seite eingerichtet hat, jetzt in Ihrer Tasche.",
          effect = function(s) s.vars.tablet = true end },
        { "Das Tablet in der Schachtel lassen und allein hinaufgehen", go = "talk" },
      },
    },

    talk = {
      channel = "in_person",
      from = rafael,
      text = "Ihr Vortrag läuft gut, und Studierende stehen mit Fragen Schlange. Dann, vor dem Banner des "
        .. "Forums, drückt Rafael Ihnen einen dicken Umschlag in die Hand: „Ein kleines Honorar, 5.000 €, "
        .. "mit unserem Dank.“ Von einem Honorar war nie die Rede. Ein Mann vom „Veranstaltungsteam“ "
        .. "filmt den Händedruck aus ein paar Metern Entfernung.",
      flags = {
        { id = "surprise_honorarium", text = "Ein hohes Honorar in bar, von dem nie die Rede war" },
        { id = "filmed_handover", text = "Die Übergabe wird gefilmt" },
      },
      innocent = {
        { id = "student_questions", text = "Nach Ihrem Vortrag stehen Studierende mit Fragen Schlange" },
      },
      discuss = {
        "Warum wollen die Gastgeber diesen Moment auf Film haben?",
        "Wie lehnen Sie so ein Geschenk ab, ohne eine Szene zu machen?",
      },
      choices = {
        { "Den Umschlag lächelnd annehmen", go = "dinner", hook = 1,
          gives = "Bargeld vor der Kamera. Der Film beweist, dass Sie deren Geld genommen haben.",
          effect = function(s) s.vars.cash = 5000 end },
        { "Ablehnen: Honorare laufen über Ihr Unternehmen, nicht in Ihre Tasche", go = "dinner" },
        { "Hinausgehen und die Reise-Hotline Ihres Unternehmens anrufen", go = "rep_trip", report = true },
      },
    },

    dinner = {
      channel = "in_person",
      from = sandor,
      text = function(s)
        local cash = s.vars.cash and " „Ihr Honorar zeigt, dass Sie schon ein Freund unseres Hauses sind.“" or ""
        return "Das Abendessen findet in einem separaten Raum statt. Rafael stellt Arvid Sandor vor: „Ein "
          .. "Freund, der das Industrieministerium berät“. Sandor fragt nach Ihrer Kühlung, „nur nach dem "
          .. "Grundprinzip“." .. cash .. " Beim Dessert bietet er eine feste Beratertätigkeit an: kurze "
          .. "Berichte, ein großzügiges Monatshonorar und „Diskretion auf beiden Seiten“."
      end,
      flags = {
        { id = "ministry_friend", text = "Ein „Freund“ aus einem Ministerium kommt zum privaten Abendessen" },
        { id = "standing_offer", text = "Ein festes bezahltes Arrangement mit „Diskretion auf beiden Seiten“" },
      },
      innocent = {
        { id = "local_dishes", text = "Die Speisekarte ist eine lange Liste regionaler Gerichte" },
      },
      discuss = {
        "Ist das das Anwerbegespräch? Woran erkennen Sie es?",
        "Was würden Sie heute Abend in Ihre Meldung schreiben, und was nicht?",
      },
      choices = {
        { "Sagen, Sie überlegen es sich, und zu Hause sofort alles melden", go = "rep_late", report = true },
        { "Die Beratertätigkeit annehmen", go = "leverage", hook = 2,
          gives = "Ein Job für die andere Seite, bezahlt und geheim. Jetzt gibt man Ihnen Aufgaben." },
        { "Sandor über sein Ministerium ausfragen und seine Visitenkarte fotografieren", go = "detective",
          how = "keep_talking" },
        { "Ablehnen, heimfliegen und die ganze Reise für sich behalten", go = "home_quiet" },
      },
    },

    detective = {
      channel = "in_person",
      from = sandor,
      text = "Sie bohren nach: Welches Ministerium, welche Abteilung, wer bezahlt ihn? Sandor lächelt und "
        .. "sagt nichts. Als er den Tisch verlässt, fotografieren Sie seine Karte. In Ihrem verschlossenen "
        .. "Zimmer steht Ihr Laptop offen, obwohl Sie ihn zugeklappt hatten. Am nächsten Morgen ist Rafael "
        .. "kühler: „Unser Freund fühlte sich ein wenig verhört.“",
      flags = {
        { id = "room_entered", text = "Ihr Laptop wurde in Ihrem verschlossenen Zimmer bewegt" },
      },
      innocent = {
        { id = "cooler_host", text = "Rafael ist am nächsten Morgen kühler zu Ihnen" },
      },
      choices = {
        { "Die Reise-Hotline anrufen und den Laptop bis zu Hause ausgeschaltet lassen", go = "rep_late", report = true },
        { "Heimfliegen und nichts sagen", go = "home_quiet" },
      },
    },

    home_quiet = {
      channel = "email",
      from = rafael,
      text = function(s)
        return "Einen Monat später: „Eine Erinnerung an Ihren wunderbaren Besuch!“ Der Link öffnet ein "
          .. "Video mit " .. filmed(s) .. ". Rafael schreibt dazu: „Herr Sandor wäre weiterhin dankbar für "
          .. "Ihren Rat zu einer kleinen Frage zum Kühlmittelfluss. Natürlich nichts Vertrauliches.“"
      end,
      flags = {
        { id = "video_souvenir", text = "Ein „Erinnerungsvideo“, in dem auch der Umschlag vorkommt" },
      },
      innocent = {
        { id = "talk_footage", text = "Das Video beginnt mit Ihrem Vortrag" },
      },
      choices = {
        { "Die E-Mail aufheben und zur Unternehmenssicherheit bringen", go = "rep_late", report = true },
        { "Die E-Mail löschen und die Adresse blockieren", go = "deleted", how = "delete" },
        { "Die eine kleine Frage beantworten", go = "leverage", hook = 2,
          gives = "Ihre erste Antwort auf deren Auftrag. Das Video hat jetzt eine Fortsetzung." },
      },
    },

    deleted = {
      channel = "phone",
      from = sandor,
      text = "Zwei Wochen später klingelt Ihr Bürotelefon. „Hier Arvid Sandor. Ich wollte nur sichergehen, "
        .. "dass unser kleines Video angekommen ist.“\n\nDas Löschen hat auf der anderen Seite nichts "
        .. "geändert. Dort gibt es den Film noch. Was Sie nicht mehr haben, ist der Beweis dafür, was man "
        .. "Ihnen geschickt hat.",
      flags = {
        { id = "desk_phone_call", text = "Der Freund des Gastgebers ruft Sie jetzt bei der Arbeit an" },
      },
      innocent = {
        { id = "polite_caller", text = "Der Anrufer ist höflich und kurz" },
      },
      choices = {
        { "Zur Unternehmenssicherheit gehen und alles erklären, auch das Löschen", go = "rep_late", report = true },
        { "Auflegen und hoffen, dass sie aufgeben", go = "compromised",
          when = function(s) return s.vars.cash ~= nil or s.vars.night == true end },
        { "Auflegen und hoffen, dass sie aufgeben", go = "walked_away",
          when = function(s) return s.vars.cash == nil and s.vars.night ~= true end },
      },
    },

    leverage = {
      channel = "email",
      from = sandor,
      text = function(s)
        local still = (s.vars.cash or s.vars.night) and " Eine E-Mail enthält ein Standbild aus dem Video." or ""
        return "Sandors erste „kleine Frage“ betrifft die Zeichnungen des Kühlmittelverteilers. Die zweite "
          .. "betrifft Testergebnisse. Für jede Antwort bedankt er sich herzlich und zahlt prompt." .. still
      end,
      flags = {
        { id = "growing_questions", text = "Auf jede Antwort folgt eine genauere Frage" },
      },
      innocent = {
        { id = "prompt_payment", text = "Jede Zahlung kommt pünktlich" },
      },
      choices = {
        { "Aufhören, jede Nachricht aufheben und die Melde-Hotline anrufen", go = "rep_late", report = true },
        { "Weiter antworten", go = "hooked", hook = 1,
          gives = "Zeichnungen und Testergebnisse aus Ihrem Projekt. Jetzt sind Sie deren Quelle." },
      },
    },

    -- Nach der Bitte um Freigabe: Die Reise findet unter Auflagen statt.
    clear_brief = {
      text = "Die Unternehmenssicherheit prüft das Forum: echter Veranstaltungsort, neue Veranstalter, "
        .. "Rafaels Name in einer früheren Meldung. Sie dürfen reisen, mit Auflagen: Leihgeräte, geprüfte "
        .. "Folien, kein Bargeld, keine privaten Essen. Beim Forum kommt alles wie angekündigt: die Suite, "
        .. "ein geschenktes Tablet, eine charmante Begleiterin und ein Umschlag, hingehalten vor einer "
        .. "Kamera.",
      flags = {
        { id = "as_predicted", text = "Bargeld und Kamera tauchen genau wie im Briefing angekündigt auf" },
      },
      innocent = {
        { id = "real_venue", text = "Der Veranstaltungsort ist ein echtes Konferenzzentrum" },
      },
      choices = {
        { "Sich an das Briefing halten: Umschlag und Essen ablehnen, jeden Kontakt notieren", go = "cleared_end" },
        { "Den Umschlag doch nehmen; Ablehnen wirkt unhöflich", go = "envelope_after_clearance", hook = 1,
          gives = "Bargeld vor der Kamera, trotz Warnung. Der Film beweist, dass Sie es genommen haben." },
      },
    },

    rep_early = {
      text = "Die Unternehmenssicherheit kennt das Forum: Die Veranstalter laden Ingenieure aus mehreren "
        .. "Firmen ein, immer zu Themen nah an sensibler Arbeit. Man hilft Ihnen beim Absagen. Rafael "
        .. "antwortet binnen einer Stunde: „Wie schade! Vielleicht stattdessen ein einstündiger Online-"
        .. "Vortrag? 2.000 €, Thema nach Wahl.“",
      choices = {
        { "Seine Antwort an die Unternehmenssicherheit geben und es dabei belassen", go = "thanks" },
        { "Den Online-Vortrag halten; es ist ja nur eine Stunde", go = "went_on", hook = 1,
          gives = "Ein bezahlter Vortrag nach Ihrer Meldung. Die Akte über Sie wird trotzdem angelegt.",
          effect = function(s) s.vars.after = "ein bezahlter Online-Vortrag" end },
      },
    },

    rep_trip = {
      text = "Die Bereitschaft ist froh über Ihren Anruf. Der Rat: nichts mehr annehmen, Geschenke "
        .. "verschlossen lassen, den Laptop bei sich behalten, nur an öffentlichen Orten treffen und nach "
        .. "der Rückkehr vorbeikommen. Am Abend klopft Rafael: „Herr Sandor würde so gern mit Ihnen essen. "
        .. "Nur wir drei.“",
      choices = {
        { "Sich höflich entschuldigen, wie geraten", go = "trip_thanks" },
        { "Zum Essen gehen; alles andere wäre unhöflich", go = "went_on", hook = 1,
          gives = "Ein privates Essen mit deren Berater, nach Ihrer Meldung.",
          effect = function(s) s.vars.after = "ein privates Essen mit Herrn Sandor" end },
      },
    },

    rep_late = {
      text = function(s)
        local cash = s.vars.cash and " Sie legen den Umschlag auf den Tisch. Der Sicherheitsbeauftragte vermerkt ihn einfach." or ""
        return "Sie erzählen der Unternehmenssicherheit alles, von der Einladung bis zur letzten Nachricht."
          .. cash .. " Man bittet Sie, jeden Kontakt abzubrechen. Eine Woche später schreibt Sandor: „Nur "
          .. "eine kleine Frage zum Kühlmittelfluss, unter Freunden.“"
      end,
      choices = {
        { "Die Nachricht unbeantwortet an die Unternehmenssicherheit geben", go = "thanks_late" },
        { "Nur diese eine beantworten; sie ist harmlos", go = "went_on", hook = 2,
          gives = "Eine Antwort auf deren Auftrag, nach Ihrer Meldung. Das macht vieles davon zunichte.",
          effect = function(s) s.vars.after = "eine Antwort zum Kühlmittelfluss" end },
      },
    },

    thanks = {
      text = "Mit Ihren E-Mails warnt die Unternehmenssicherheit die anderen Ingenieure, die das Forum "
        .. "eingeladen hat. Das Absagen war leicht, und das Team half bei der Formulierung. „Sie kamen, bevor "
        .. "Sie zu irgendetwas Ja gesagt hatten“, sagt die Sicherheitsbeauftragte. „Einen besseren Moment "
        .. "gibt es nicht.“",
      ending = "reported",
      lesson = "Sie haben die Einladung gemeldet, bevor Sie Ja sagten. Dann haben Sie den Rest der "
        .. "Unternehmenssicherheit überlassen. Auch das kleine Angebot danach war Teil des Plans.",
    },

    trip_thanks = {
      text = "Sie beenden die Reise ruhig und treffen niemanden allein. Zu Hause nimmt die "
        .. "Unternehmenssicherheit Ihre Notizen entgegen und prüft die Leihgeräte. „Danke für den Anruf "
        .. "von unterwegs“, sagt der Sicherheitsbeauftragte. „Da sind die Einzelheiten am frischesten, und "
        .. "Sie haben rechtzeitig aufgehört.“",
      ending = "reported",
      lesson = "Der Anruf von der Reise war richtig, und Sie haben sich an den Rat gehalten. Fragen Sie "
        .. "beim nächsten Mal, bevor Sie so eine Reise überhaupt annehmen.",
    },

    thanks_late = {
      text = "„Danke. Zu uns zu kommen, auch spät, ist das Beste, was Sie tun konnten, für sich und für "
        .. "das Unternehmen“, sagt die Sicherheitsbeauftragte. „Die andere Seite hat darauf gesetzt, dass "
        .. "Sie sich zu sehr schämen, um zu reden. Das haben Sie nicht, und damit verliert sie ihr "
        .. "Druckmittel.“",
      ending = "reported_late",
      lesson = "Auch die Meldung nach der Reise hat der anderen Seite das Druckmittel genommen. Fragen Sie "
        .. "beim nächsten Mal vor der Reise, und lehnen Sie Bargeld und das private Essen ab.",
    },

    cleared_end = {
      text = "Sie haben sich von Anfang bis Ende an die Freigabe gehalten. Die Unternehmenssicherheit "
        .. "ergänzt mit Ihren Notizen, was sie über das Forum weiß, und Ihre Leihgeräte werden geprüft. Mit "
        .. "Wissen des Unternehmens teilzunehmen und sich an die Auflagen zu halten, hat Sie und die Arbeit "
        .. "geschützt.",
      ending = "cleared",
      lesson = "Vor der Reise zu fragen war richtig, und das Briefing einzuhalten hat sie sicher gemacht. "
        .. "Bargeld und Kamera kamen genau wie angekündigt.",
    },

    envelope_after_clearance = {
      text = "Sie haben vorher gefragt, wurden gewarnt und haben den Umschlag trotzdem genommen. Zwei Wochen "
        .. "später kommt das „Erinnerungsvideo“, mit einer kleinen Frage von Herrn Sandor. Die "
        .. "Unternehmenssicherheit hilft Ihnen trotzdem, aber den Film kann jetzt die andere Seite nutzen.",
      ending = "compromised",
      lesson = "Eine Freigabe ist kein Freibrief, weiterzugehen. Wenn Sie gebrieft wurden, halten Sie sich "
        .. "daran. Mit dem Bargeld vor der Kamera haben Sie genau das Druckmittel geliefert, vor dem gewarnt "
        .. "wurde.",
    },

    went_on = {
      text = function(s)
        return "Sie haben es der Unternehmenssicherheit gesagt und dann doch weitergemacht. Die Gastgeber "
          .. "haben jetzt noch etwas mehr in der Akte: " .. (s.vars.after or "ein Schritt, den Sie getan haben")
          .. ", nach Ihrer Meldung. Die Unternehmenssicherheit hilft Ihnen trotzdem, aber jetzt muss sie "
          .. "fragen, was Sie sonst noch gegeben haben."
      end,
      ending = "compromised",
      lesson = "Eine Meldung ist kein Freibrief zum Weitermachen. Wenn Sie gemeldet haben, brechen Sie "
        .. "jeden Kontakt ab und geben Sie alles Neue weiter. Auch nach der Meldung führt jeder Schritt "
        .. "tiefer an den Haken.",
    },

    walked_away = {
      text = "Die Einladungen hören auf. Ihnen ist nichts passiert, aber die Unternehmenssicherheit hat nie "
        .. "von dem Forum erfahren. Die nächste Einladung geht an eine Kollegin, die vielleicht Ja sagt. Die "
        .. "erste E-Mail weiterzuleiten, hätte genügt.",
      ending = "walked_away",
      lesson = "Ihr Nein hat Sie geschützt, aber niemanden sonst. Mit der weitergeleiteten Einladung hätte "
        .. "die Unternehmenssicherheit die nächste eingeladene Person warnen können.",
    },

    compromised = {
      text = "Die Anrufe gehen weiter, und die Erinnerungen an den Film auch. Was Sie auf der Reise "
        .. "angenommen haben, ist zum Hebel geworden. Im echten Leben ist der Ausweg auf jeder Stufe "
        .. "derselbe: zur Unternehmenssicherheit, mit allem, was Sie noch haben.",
      ending = "compromised",
      lesson = "Auflegen lässt den Film nicht verschwinden. Er verliert seine Macht erst, wenn die "
        .. "Unternehmenssicherheit weiß, was darauf ist.",
    },

    hooked = {
      text = "Eine Frage folgt der nächsten, eine Zahlung der nächsten. Die Reise, die Geschenke und das "
        .. "Abendessen waren eine einzige Anwerbung. Auch Kevin Mallory wurde auf einer Reise angeworben, in "
        .. "Shanghai. Auch jetzt ist der Weg zur Unternehmenssicherheit der Ausweg.",
      ending = "hooked",
      lesson = "Jeder Schritt fühlte sich wie normale Gastfreundschaft an. Zusammen haben sie Sie zur Quelle "
        .. "gemacht. Melden Sie sich bei der Einladung, oder bei jedem Schritt danach.",
    },
  },
}
