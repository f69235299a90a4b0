-- SPDX-License-Identifier: Apache-2.0
-- Deutsche Fassung von ../former-colleague.lua: dieselben IDs und Regeln, eigene Worte.
-- Dario und Priya duzen Sie, wie alte Teamkollegen es tun; die Erzählung und die
-- Unternehmenssicherheit siezen.
-- Trainiert: Ein vertrauter früherer Kollege, der um „ein bisschen Hilfe“ bittet, ist trotzdem ein
-- Anwerbeversuch; der kleine Haken wirkt über Freunde, und wer hineingezogen wurde, wendet sich
-- oft an andere. Eine Teamkollegin zu warnen, ist keine Meldung.
-- Fakten aus den Quellen: TorchStone (ein Agent, der alles verkauft hat, woran er herankommt,
-- wendet sich oft an andere, damit das Geld weiter fließt; Mallory nahm Kontakt zu Freunden und
-- früheren Kollegen bei der CIA auf; John Walker warb einen Freund und Familienmitglieder an; der
-- erste Verdächtige im deutschen Fall von 2024 soll Bekannte mit einer Firma in Düsseldorf
-- hinzugezogen haben); Brazil zu Gerli Mutso (im Juni 2023 verurteilt, warb eine Person im
-- estnischen Staatsdienst mit Zugang zu geheimen NATO-Informationen an; ihre Führungsoffiziere
-- ließen sie ins Ausland reisen, um das Material zu übergeben).

local dario = { name = "Dario Feld", role = "Selbstständiger Berater, früher in Ihrem Team", org = "Feld Technical Advisory" }
local priya = { name = "Priya Raman", role = "Testingenieurin in Ihrem Team", org = "Ihr Unternehmen" }
local marcus = { name = "Marcus Lindqvist", role = "Ermittler", org = "Unternehmenssicherheit Ihres Unternehmens" }

local function late(s) s.vars.late = true end

return scenario {
  id = "former-colleague",
  title = "Ein bisschen Hilfe unter alten Freunden",
  tactic = "colleague",
  summary = "Dario hat Ihr Testteam vor zwei Jahren verlassen und sich selbstständig gemacht. Jetzt ist "
    .. "er wieder in der Stadt, es läuft gut für ihn, und er würde Sie gern auf einen Kaffee treffen.",
  minutes = 6,
  audience = { "engineering", "research", "everyone" },
  teaches = { "little_hook", "report", "no_fear" },
  start = "reunion",
  report = {
    facts = {
      { id = "who", text = "Wer Sie angesprochen hat, wie, und für wen er nach eigener Aussage arbeitet", required = true,
        why = "Die Unternehmenssicherheit braucht den Namen, den Weg und die Tarngeschichte. Das prüft sie zuerst." },
      { id = "asked", text = "Wonach er gefragt oder worum er gebeten hat, was er bot und wann", required = true,
        when = function(s) return s.visited("coffee") end,
        why = "Fragen und Angebot zeigen, worauf er aus ist. Das Datum hilft, seine anderen Versuche zu verbinden." },
      { id = "gave", text = "Was Sie ihm gegeben und was er Ihnen gezahlt hat, ehrlich erzählt", required = true,
        when = function(s) return s.visited("paid") end,
        why = "Den Schaden begrenzen kann die Unternehmenssicherheit nur, wenn sie weiß, was hinausging. "
          .. "Es offen zu sagen, schützt Sie." },
      { id = "deck_copy", text = "Eine Kopie der alten Projektpräsentation, um die er gebeten hat", decoy = true,
        when = function(s) return s.visited("deck") end,
        why = "Kopieren Sie nie interne Papiere in eine Meldung. Sagen Sie, wonach gefragt wurde. "
          .. "Das Original sieht sich die Unternehmenssicherheit auf sicherem Weg an." },
      { id = "old_gossip", text = "Flurfunk darüber, warum Dario das Unternehmen verlassen hat", decoy = true,
        why = "Gerüchte helfen nicht und können Menschen schaden. Melden Sie, was gesagt und gefragt wurde, sonst nichts." },
      { id = "client_origin", text = "Ihre Vermutung, aus welchem Land sein Kunde wirklich kommt", decoy = true,
        when = function(s) return s.visited("coffee") end,
        why = "Anwerbeversuche kommen von Menschen jeder Herkunft, und sie zielen auf alle, die Zugang haben. "
          .. "Entscheidend ist, was gefragt wurde, nicht eine Vermutung, woher jemand stammt." },
    },
  },
  debrief = "Wer hineingezogen wurde, versucht oft, andere hineinzuziehen. Es ist nicht ungewöhnlich, "
    .. "dass ein Agent, der alles verkauft hat, woran er herankommt, sich an andere wendet, damit das Geld "
    .. "weiter fließt. Kevin Mallory, ein ehemaliger CIA-Offizier, nahm Kontakt zu Freunden und früheren "
    .. "Kollegen auf, die noch bei der CIA arbeiteten. John Walker holte einen Freund und "
    .. "Familienmitglieder in seinen Spionagering. Im deutschen Fall von 2024 soll sich der erste "
    .. "Verdächtige Hilfe bei Bekannten geholt haben, die eine Firma führten. Gerli Mutso, im Juni 2023 "
    .. "wegen Spionage verurteilt, warb eine Person im estnischen Staatsdienst mit Zugang zu "
    .. "NATO-Geheimnissen an. Mutsos Führungsoffiziere ließen sie ins Ausland reisen, um Material persönlich "
    .. "zu übergeben. Ein freundliches Gesicht macht eine Bitte nicht harmlos. Kennen Sie den kleinen "
    .. "Haken, und melden Sie früh, oder spät, ohne Angst.",
  scenes = {
    reunion = {
      channel = "chat",
      from = dario,
      text = "„Hey, Rig Whisperer! Lange nicht gesehen. Ich bin nächste Woche in der Stadt. Kaffee? Will "
        .. "hören, wie es dem alten Team geht. Bist du noch am Kestrel-Prüfstand? Wer leitet das Programm "
        .. "inzwischen?“ Dazu schickt er ein Foto der alten Kaffeemaschine des Teams.",
      flags = {
        { id = "rig_question", text = "Fragt schon vor dem Treffen, wer Ihr Programm jetzt leitet" },
      },
      innocent = {
        { id = "old_nickname", text = "Benutzt Ihren alten Spitznamen aus dem Team" },
        { id = "coffee_photo", text = "Schickt ein Foto der alten Kaffeemaschine des Teams" },
      },
      choices = {
        { "Dem Kaffee zusagen", go = "coffee" },
        { "Seine Nachricht an das Team vom Plakat im Flur schicken und fragen, ob Sie ihn treffen sollen",
          go = "after_report", report = true },
      },
    },

    coffee = {
      channel = "in_person",
      from = dario,
      text = "Dario wirkt wohlhabend: neue Uhr, neues Auto. Er berät „ein Forschungsinstitut in Übersee“ "
        .. "und schwärmt von den Freitagsmittagessen des Teams. Dann, ganz beiläufig: Wer leitet das neue "
        .. "Testprogramm? Liegen die alten Prüfstandsdaten noch auf dem gemeinsamen Laufwerk? „Bin nur "
        .. "neugierig, was daraus geworden ist.“",
      flags = {
        { id = "shared_drive", text = "Fragt, ob alte Daten noch auf dem gemeinsamen Laufwerk liegen" },
        { id = "vague_client", text = "Arbeitet für ein namenloses „Forschungsinstitut in Übersee“" },
      },
      innocent = {
        { id = "friday_lunches", text = "Erzählt gern von den Freitagsmittagessen des Teams" },
        { id = "new_watch", text = "Er trägt eine neue, teuer aussehende Uhr" },
      },
      discuss = {
        "Welche von Darios Fragen würden Sie jedem Freund beantworten, und welche nicht?",
        "Fühlt es sich illoyal an, einen früheren Kollegen zu melden? Warum ist es trotzdem wichtig?",
      },
      choices = {
        { "Offen antworten; er hat ja früher hier gearbeitet", go = "deck", hook = 1,
          gives = "Wer das Programm leitet und wo die Daten liegen. Das ist eine Karte für seinen nächsten Schritt." },
        { "Beim Plaudern bleiben und das Thema wechseln", go = "deck" },
        { "Priya aus Ihrem Team vor Darios Fragen warnen", go = "priya" },
        { "Am Abend seine Fragen aufschreiben und an die Unternehmenssicherheit schicken", go = "after_report",
          report = true },
      },
    },

    priya = {
      channel = "in_person",
      from = priya,
      text = "Priya macht große Augen. „Dario? Der hat mich letzte Woche zum Mittagessen eingeladen und mir "
        .. "bezahlte Beratung angeboten. Ich dachte, das wäre nur bei mir so!“ Sie beschließen, vorsichtig zu "
        .. "sein. Jetzt wissen es zwei, aber niemand, der Dario prüfen oder das restliche Team warnen könnte. "
        .. "Priya geht mit ihrem Kaffee zurück an ihren Arbeitsplatz.",
      flags = {
        { id = "works_the_team", text = "Dario hat noch jemanden aus Ihrem Team angesprochen" },
      },
      innocent = {
        { id = "priya_coffee", text = "Priya geht mit ihrem Kaffee zurück an die Arbeit" },
      },
      choices = {
        { "Mit Priya zu den Ermittlern gehen, mit beiden Geschichten zusammen", go = "after_report", report = true },
        { "Vereinbaren, ihn zu zweit im Auge zu behalten", go = "deck" },
      },
    },

    deck = {
      channel = "email",
      from = dario,
      text = "„Schön, dich gesehen zu haben! Eine Kleinigkeit: Kannst du mir die alte Präsentation aus "
        .. "unserem Projekt schicken? Die ist doch inzwischen praktisch öffentlich. Mein Kunde zahlt 2.000 € "
        .. "für Expertenwissen, und ich teile natürlich mit dir. Nimm meine private Adresse, die Firmenmail "
        .. "ist ein Chaos. :)“",
      flags = {
        { id = "fee_split", text = "Will ein Beraterhonorar für ein Firmendokument mit Ihnen teilen" },
        { id = "basically_public", text = "Nennt eine interne Präsentation „praktisch öffentlich“" },
        { id = "private_address", text = "Bittet Sie, seine private Adresse zu nutzen" },
      },
      innocent = {
        { id = "smiley", text = "Schließt wie immer mit einem Smiley" },
      },
      choices = {
        { "Die Präsentation schicken", go = "paid", hook = 2,
          gives = "Eine interne Präsentation, gegen Geld. Der erste bezahlte Schritt, und er ist schriftlich." },
        { "Nicht antworten und die Mail an die Unternehmenssicherheit weiterleiten", go = "after_report", report = true },
        { "Dario direkt fragen, wer der Kunde ist und warum er so viel zahlt", go = "probe",
          how = "keep_talking" },
        { "Die Mail ignorieren; nicht zu antworten ist ja das Sicherste", go = "ignored" },
      },
    },

    probe = {
      channel = "phone",
      from = dario,
      text = "Dario ruft lachend zurück. „Jetzt mach doch keine große Sache draus! Die sind seriös, sie "
        .. "sehen nur ihren Namen nicht gern irgendwo stehen. Sie würden dich sowieso lieber persönlich "
        .. "treffen, ohne E-Mails. Ein Wochenende im Ausland, alles bezahlt.“ Er ruft aus einem lauten Zug "
        .. "an. Ihre Fragen haben ihm gezeigt, wie misstrauisch Sie sind.",
      flags = {
        { id = "no_email_please", text = "Der Kunde will sich persönlich treffen, ohne E-Mails" },
      },
      innocent = {
        { id = "noisy_train", text = "Er ruft aus einem lauten Zug an" },
      },
      choices = {
        { "Auflegen und beide Anrufe und die Mail für die Hotline vom Plakat aufschreiben", go = "after_report",
          report = true },
        { "Dem Wochenende zusagen und zum Einstieg die Präsentation schicken", go = "paid", hook = 2,
          gives = "Die Präsentation und ein Ja zur Reise. Jetzt bestimmen die anderen Ort und Zeit." },
      },
    },

    paid = {
      channel = "email",
      from = dario,
      text = "Eine Bezahl-App zeigt 1.000 € von Dario. „Die waren begeistert. Als Nächstes hätten sie gern "
        .. "die aktuellen Testergebnisse, und sie würden dich wirklich gern treffen: ein Hotel im Ausland, "
        .. "sie zahlen alles. Bring die Daten auf einer Speicherkarte mit; E-Mails trauen sie nicht.“",
      flags = {
        { id = "current_results", text = "Fragt jetzt nach aktuellen, nicht öffentlichen Testergebnissen" },
        { id = "memory_card", text = "Will die Daten von Hand auf einer Speicherkarte gebracht haben" },
      },
      innocent = {
        { id = "payment_app", text = "Das Geld kommt über eine gängige Bezahl-App" },
      },
      discuss = {
        "Was haben die 1.000 € an Ihrer Lage geändert?",
      },
      choices = {
        { "Aufhören, den Zahlungsbeleg aufheben und den Ermittlern alles erzählen", go = "after_report",
          report = true, effect = late },
        { "Die Reise buchen und die Ergebnisse kopieren", go = "trip", hook = 2,
          gives = "Aktuelle Ergebnisse auf einer Karte, von Ihnen selbst gebracht. Genau das wollten sie von Anfang an." },
        { "Ablehnen, aber es für sich behalten", go = "pressure" },
      },
    },

    trip = {
      channel = "in_person",
      from = dario,
      text = "In einer ruhigen Hotellounge im Ausland stellt Dario Herrn Hale vor. Der sagt wenig und liest "
        .. "die Speicherkarte auf seinem eigenen Laptop aus. Ein Umschlag wechselt den Besitzer. Dann spricht "
        .. "Hale: „Gibt es in Ihrem Team noch jemanden, der ein kleines Zubrot brauchen könnte? Dario hat "
        .. "Sie ja auch gefunden.“",
      flags = {
        { id = "recruit_more", text = "Bittet Sie, weitere Leute aus Ihrem Team zu finden" },
      },
      innocent = {
        { id = "hotel_lounge", text = "Das Treffen findet in einer ruhigen Hotellounge statt" },
      },
      choices = {
        { "Ablehnen, heimfliegen und direkt ins Büro der Ermittler gehen", go = "after_report", report = true,
          effect = late },
        { "Den Umschlag nehmen und überlegen, wer Interesse haben könnte", go = "hooked", hook = 1,
          gives = "Bargeld auf die Hand, und ein Auftrag: ihnen die nächste Person bringen." },
      },
    },

    pressure = {
      channel = "chat",
      from = dario,
      text = "„Ach komm, Rig Whisperer. Nach allem, was wir zusammen durchgemacht haben? Der Kunde hat die "
        .. "Präsentation schon, mit deinem Namen in der Mail. Lass uns das nicht für uns beide unangenehm "
        .. "machen.“ Eine Minute später schickt er ein Foto vom alten Team beim Grillen.",
      flags = {
        { id = "friendship_leverage", text = "Freundschaft und Ihre frühere Mail als Druckmittel" },
      },
      innocent = {
        { id = "barbecue_photo", text = "Schickt ein altes Foto vom Team beim Grillen" },
      },
      choices = {
        { "Einen Screenshot machen und zu den Leuten bringen, die Ihre Sicherheitseinweisung gehalten haben",
          go = "after_report", report = true, effect = late },
        { "Die Ergebnisse schicken, um des lieben Friedens willen", go = "compromised", hook = 2,
          gives = "Aktuelle Ergebnisse, unter Druck. Jetzt weiß er, dass Druck bei Ihnen wirkt." },
        { "Ihn sicherheitshalber blockieren und den Chat löschen", go = "deleted", how = "delete" },
      },
    },

    deleted = {
      text = "Sie löschen den Chat und blockieren Dario. Einen Monat später erzählt eine neue Kollegin aus "
        .. "Ihrem Team, ein ehemaliger Mitarbeiter habe sie zum Mittagessen eingeladen und viel über den "
        .. "Prüfstand gefragt. Netter Typ, sagt sie, er habe ihr sogar bezahlte Beratung angeboten. Ihre "
        .. "Nachrichten, der beste Beleg für sein Vorgehen, sind weg.",
      choices = {
        { "Der Unternehmenssicherheit erzählen, woran Sie sich erinnern, auch vom gelöschten Chat", go = "after_report",
          report = true, effect = late },
        { "Sich heraushalten", go = "walked_away" },
      },
    },

    ignored = {
      text = "Sie antworten nie, und Dario schreibt nicht mehr. Wochen später hören Sie, dass er mit zwei "
        .. "jungen Ingenieuren aus Ihrem Team Kaffee trinken war, und dass einer von ihnen herumfragt, wo "
        .. "die alte Projektpräsentation ist.",
      choices = {
        { "Den Ermittlern von Darios Bitte erzählen und davon, was Sie gehört haben", go = "after_report",
          report = true },
        { "Nicht Ihre Sache", go = "walked_away" },
      },
    },

    after_report = {
      channel = "chat",
      from = dario,
      text = "Marcus Lindqvist von der Unternehmenssicherheit dankt Ihnen. Er bittet Sie, jeden Kontakt "
        .. "abzubrechen und die Sache seinem Team zu überlassen. Am Abend schreibt Dario: „Nichts für ungut "
        .. "wegen der Arbeitssache! Bier am Freitag? Bring den Neuen vom Prüfstand-Team mit, den würde ich "
        .. "gern kennenlernen.“",
      flags = {
        { id = "bring_newcomer", text = "Bittet Sie, ein neues Teammitglied mitzubringen" },
      },
      innocent = {
        { id = "beer_friday", text = "Schlägt ein Bier am Freitag vor, wie unter alten Freunden" },
      },
      choices = {
        { "Nicht antworten und die Nachricht an Marcus weiterleiten", go = "rep_early",
          when = function(s) return not s.vars.late end },
        { "Nicht antworten und die Nachricht an Marcus weiterleiten", go = "rep_late",
          when = function(s) return s.vars.late == true end },
        { "Auf das Bier gehen, nur als Freunde, und den Neuen mitbringen", go = "carried_on", hook = 1,
          gives = "Ein neues Ziel. Sie bringen ihm die nächste Person aus Ihrem Team." },
      },
    },

    rep_early = {
      text = function(s)
        local note = s.visited("probe") and " Marcus bittet Sie auch, die Fragen beim nächsten Mal seinem "
          .. "Team zu überlassen: Ihr Anruf hat Dario gezeigt, dass Sie misstrauisch waren." or ""
        return "Einen früheren Kollegen zu melden, fühlt sich nicht gut an, das weiß Marcus. Aber Dario hat "
          .. "mehrere Leute aus Ihrem Team angesprochen, und mit Ihrem Bericht kann man handeln, bevor ihm "
          .. "jemand etwas schickt." .. note
      end,
      ending = "reported",
      lesson = "Ein freundliches Gesicht macht eine Bitte nicht harmlos. Melden Sie die ersten seltsamen "
        .. "Fragen, brechen Sie dann jeden Kontakt ab, und überlassen Sie das Fragen der "
        .. "Unternehmenssicherheit.",
    },

    rep_late = {
      text = "Sie haben der Unternehmenssicherheit die ganze Geschichte erzählt, auch die Zahlungen. „Danke. "
        .. "Das war sicher nicht leicht“, sagt Marcus. „Spät zu uns zu kommen ist viel besser als nie. Sie "
        .. "haben auch die Person geschützt, die er als Nächste gefragt hätte. Ab hier übernehmen wir, "
        .. "gemeinsam mit Ihnen.“",
      ending = "reported_late",
      lesson = "Auch wenn schon Geld geflossen ist, schützt eine Meldung Sie und die nächste Person, die er "
        .. "fragen würde. Erzählen Sie alles, und antworten Sie nicht mehr.",
    },

    carried_on = {
      text = "An der Bar ist Dario charmant zu Ihrem neuen Kollegen und bietet ihm noch vor der zweiten "
        .. "Runde bezahlte Beratung an. Sie haben Dario gemeldet und ihn dann zur nächsten Person geführt. "
        .. "Marcus kann trotzdem helfen, aber nur, wenn Sie es ihm sofort sagen.",
      ending = "hooked",
      lesson = "Eine Meldung ist kein Freibrief zum Weitermachen. Wenn Sie gemeldet haben, brechen Sie "
        .. "jeden Kontakt ab. Bringen Sie dem Kontakt nie neue Leute oder Neuigkeiten.",
    },

    walked_away = {
      text = "Sie haben sich herausgehalten. Aber Dario arbeitet sich weiter durch Ihr altes Team, und bei "
        .. "der Unternehmenssicherheit weiß niemand davon. Eine kurze Meldung hätte die Kolleginnen und "
        .. "Kollegen geschützt, an die er sich als Nächstes wendet.",
      ending = "walked_away",
      lesson = "Sich herauszuhalten schützt nur Sie, und nicht lange. Eine kurze Meldung schützt die "
        .. "Kolleginnen und Kollegen, an die er sich als Nächstes wendet.",
    },

    compromised = {
      text = "Die Ergebnisse gehen hinaus. Dario ist wieder freundlich, und die nächste Bitte ist schon "
        .. "unterwegs. Die Freundschaft war der Haken. Im echten Leben ist die Unternehmenssicherheit immer "
        .. "noch der Ausweg, heute.",
      ending = "compromised",
      lesson = "Alte Freundschaft kann als Druckmittel dienen. Wer einmal nachgibt, kann die nächste Bitte "
        .. "schwerer ablehnen. Für eine Meldung ist es nie zu spät.",
    },

    hooked = {
      text = "Sie fliegen nach Hause, mit einem Umschlag und einem Auftrag: jemand anderen finden. In echten "
        .. "Fällen nahm Kevin Mallory Kontakt zu früheren Kollegen auf, und John Walker zog einen Freund und "
        .. "Familienmitglieder hinein. Auch jetzt schützt der Gang ins Büro der Unternehmenssicherheit Sie und die "
        .. "Menschen, die Sie anwerben sollten.",
      ending = "hooked",
      lesson = "Wenn Sie andere finden sollen, zeigt das, wie tief der Haken sitzt. Geben Sie ihn nicht "
        .. "weiter. Melden Sie sich, auch jetzt, ohne Angst.",
    },
  },
}
