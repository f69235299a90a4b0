-- SPDX-License-Identifier: Apache-2.0
-- Deutsche Fassung von ../recruiter-off-platform.lua: dieselben IDs und Regeln, eigene Worte.
-- Trainiert: eine Headhunterin, die das Gespräch von der Plattform weglenkt und aus dem
-- „Screening“ Fragen zu Ihrem aktuellen Projekt macht; der Knopf „Profil melden“ der Plattform
-- ist keine Meldung an Ihr Unternehmen.
-- Fakten aus den Quellen: die Warnung des BfV vom Dezember 2017 (rund 10.000 Deutsche angesprochen,
-- vor allem über LinkedIn, von falschen Profilen als Berater, Politikexperten, Wissenschaftler und
-- Headhunter, viele mit Fotos schicker junger Berufstätiger; „Laeticia Chen“ und ihr Foto aus einem
-- Modekatalog); TorchStones Rat, mit Bedacht über die eigenen Aufgaben zu posten und Kontakte
-- sorgfältig zu wählen.

local nora = { name = "Nora Ellis", role = "Senior Talent Partner", org = "Lumen & Reid Executive Search" }

local function late(s) s.vars.late = true end

return scenario {
  id = "recruiter-off-platform",
  title = "Der Traumjob, ganz diskret",
  tactic = "linkedin",
  summary = "Eine Headhunterin hat eine vertrauliche Stelle für Sie: leitende Ingenieurin oder leitender "
    .. "Ingenieur für Batteriemanagement, ein Gehalt weit über dem Markt. Nur möchte sie das Gespräch gern "
    .. "an einem diskreteren Ort fortsetzen.",
  minutes = 5,
  audience = { "engineering", "research", "everyone" },
  teaches = { "connect_selectively", "guard_profile", "report", "no_fear" },
  start = "inmail",
  report = {
    facts = {
      { id = "profile", text = "Name, Profil-Link und Firma der Headhunterin", required = true,
        why = "Die Unternehmenssicherheit braucht das Profil selbst. Damit kann sie es prüfen und entfernen "
          .. "lassen und andere warnen." },
      { id = "asks", text = "Was Nora von Ihnen wollte und was sie angeboten hat", required = true,
        why = "Angebot und Fragen zeigen, worauf sie aus ist. Das ist der Kern der Meldung." },
      { id = "channels", text = "Jeder genutzte Weg: die Plattform, die Messenger-Nummer, jede E-Mail", required = true,
        when = function(s) return s.visited("move_off") end,
        why = "Sobald das Gespräch die Plattform verlässt, sind Nummer und Adresse die einzige Spur. "
          .. "Nennen Sie alle." },
      { id = "told", text = "Was Sie ihr über Ihr Projekt erzählt haben, ehrlich beschrieben", required = true,
        when = function(s) return s.vars.answered == true end,
        why = "Den Schaden begrenzen kann die Unternehmenssicherheit nur, wenn sie weiß, was hinausging. "
          .. "Es offen zu sagen, schützt Sie." },
      { id = "pay_slip", text = "Ihre aktuelle Gehaltsabrechnung, um zu zeigen, wie weit das Angebot darüber lag", decoy = true,
        why = "Ihr Gehalt ist privat und wird nicht gebraucht. Nennen Sie das Angebot; Ihre eigenen Zahlen bringen nichts." },
      { id = "origin_guess", text = "Ihre Vermutung, woher sie wirklich stammt, nach Name und Foto",
        decoy = true,
        why = "Anwerbeversuche kommen von Menschen jeder Herkunft, und sie zielen auf alle, die Zugang haben. "
          .. "Entscheidend ist, was jemand tut, nicht, woher jemand stammt." },
    },
  },
  debrief = "Im Dezember 2017 warnte das Bundesamt für Verfassungsschutz (BfV): Rund 10.000 Deutsche "
    .. "waren ins Visier genommen worden, vor allem über LinkedIn. Dahinter steckten laut BfV chinesische "
    .. "Geheimdienste. Die falschen Profile gaben sich als Berater, Politikexperten, Wissenschaftler und "
    .. "Headhunter aus. Viele zeigten Fotos von schicken jungen Berufstätigen. Eines, „Laeticia Chen“, "
    .. "stellte sich als Managerin am „China Center of International Politics and Economy“ vor. Das Foto "
    .. "stammte aus einem Online-Modekatalog. Achten Sie auf Headhunter, die die Plattform verlassen "
    .. "wollen und nach einer privaten E-Mail-Adresse fragen. Wenn dann im „Screening“ Fragen zu Ihrem "
    .. "aktuellen Projekt kommen, wird gesammelt, nicht eingestellt. Posten Sie mit Bedacht über Ihre "
    .. "Arbeit. Wählen Sie, mit wem Sie sich vernetzen und wo Sie reden. Melden Sie Anwerbeversuche, auch "
    .. "wenn Sie schon geantwortet haben.",
  scenes = {
    inmail = {
      channel = "linkedin",
      from = nora,
      text = "„Hallo! Ich suche vertraulich eine Leitung für das Batteriemanagement, für einen schnell "
        .. "wachsenden Kunden aus der Energiebranche. Gehalt 95.000 bis 110.000 € plus Bonus, rund 40 % über "
        .. "dem, was ich für Ihre Rolle erwarten würde. Ihr Beitrag zum Zellausgleich im großen Maßstab "
        .. "macht Sie zur perfekten Besetzung. Hätten Sie Lust auf ein Gespräch?“",
      flags = {
        { id = "nameless_client", text = "Der Kunde darf nicht genannt werden, nicht einmal ungefähr" },
        { id = "too_generous", text = "Ein Gehalt weit über dem Markt, noch bevor sie mit Ihnen gesprochen hat" },
      },
      innocent = {
        { id = "salary_range", text = "Die erste Nachricht nennt eine Gehaltsspanne" },
      },
      discuss = {
        "Was hat Ihr eigenes Profil dieser Headhunterin über Ihre Arbeit verraten?",
      },
      choices = {
        { "Antworten, dass Sie interessiert sind", go = "move_off", hook = 1,
          gives = "Eine eifrige Antwort. Jetzt weiß sie, dass Sie reden, und worüber." },
        { "Einen Screenshot machen und an die Adresse vom Plakat im Flur schicken", go = "after_report",
          report = true },
        { "Nora bitten, zuerst den Kunden zu nennen", go = "probe" },
        { "Auf den Knopf „Profil melden“ der Plattform klicken und weitermachen", go = "report_button" },
      },
    },

    probe = {
      channel = "linkedin",
      from = nora,
      text = "„Ha, wenn ich nur könnte! Strenge Geheimhaltung. Denken Sie an einen großen Namen mit großen "
        .. "Plänen bei Speichern.“ Noras Profil: über 500 Kontakte, fast alle Ingenieure; zwei Jahre bei Lumen "
        .. "& Reid, davor nichts; ein Masterabschluss; ein Foto, das Anzüge verkaufen könnte. Die Website "
        .. "der Firma nennt keinen einzigen Berater.",
      flags = {
        { id = "engineers_network", text = "Noras Netzwerk besteht fast nur aus Ingenieuren, kaum aus Personalberatern" },
        { id = "no_named_staff", text = "Die Website der Personalberatung nennt keinen ihrer Berater" },
      },
      innocent = {
        { id = "masters_degree", text = "Im Profil steht ein Masterabschluss" },
      },
      choices = {
        { "Profil und Nachrichten an die Unternehmenssicherheit schicken", go = "after_report", report = true },
        { "Na gut. Das Gespräch fortsetzen", go = "move_off", hook = 1,
          gives = "Eine eifrige Antwort. Jetzt weiß sie, dass Sie reden, und worüber." },
        { "Auf den Knopf „Profil melden“ der Plattform klicken und weitermachen", go = "report_button" },
      },
    },

    report_button = {
      channel = "linkedin",
      from = nora,
      text = "Die Plattform dankt Ihnen: Die Prüfung kann einige Tage dauern. Zwei Tage später kommt eine "
        .. "neue Nachricht. Dasselbe Foto, neue Firma: „Entschuldigung, mein altes Konto hatte Probleme! "
        .. "Noch interessiert?“ Der Knopf kann ein Profil löschen lassen. Er kann Ihrem Unternehmen nicht "
        .. "sagen, dass sich jemand durch seine Ingenieure arbeitet.",
      flags = {
        { id = "same_photo_new_firm", text = "Dasselbe Foto taucht unter dem Namen einer neuen Firma wieder auf" },
      },
      innocent = {
        { id = "platform_thanks", text = "Die Plattform schickt ein höfliches automatisches Dankeschön" },
      },
      choices = {
        { "Beide Profile und alle Nachrichten an die Ermittler im Unternehmen schicken", go = "after_report",
          report = true },
        { "Dem neuen Konto antworten; vielleicht ist der Job ja echt", go = "move_off", hook = 1,
          gives = "Eine Antwort an ein Profil, das Sie schon gemeldet hatten. Nora lernt, dass der Köder „Job“ wirkt." },
        { "Auch das neue Konto blockieren und es vergessen", go = "walked_away" },
      },
    },

    move_off = {
      channel = "linkedin",
      from = nora,
      text = "„Super! Diese Plattform ist langsam, und ehrlich gesagt schaut die Konkurrenz hier mit. Hier "
        .. "ist meine Nummer, lassen Sie uns im Messenger weiterreden. Und schicken Sie mir bitte eine "
        .. "private E-Mail-Adresse statt der dienstlichen, der Diskretion wegen. Ihr Arbeitgeber soll das "
        .. "ja noch nicht sehen, oder? Schönes Wochenende!“",
      flags = {
        { id = "off_platform", text = "Will von der Plattform in einen privaten Messenger wechseln" },
        { id = "private_email", text = "Fragt nach einer privaten E-Mail-Adresse statt der dienstlichen" },
      },
      innocent = {
        { id = "lovely_weekend", text = "Nora wünscht Ihnen ein schönes Wochenende" },
      },
      discuss = {
        "Was verlieren Sie, wenn ein Gespräch die Plattform verlässt?",
        "Wem nützt es, wenn Ihr Arbeitgeber ein Gespräch nicht sieht?",
      },
      choices = {
        { "Ihre Nummer und private E-Mail-Adresse schicken", go = "questionnaire", hook = 1,
          gives = "Ihre private Nummer und E-Mail. Eine Leitung zu Ihnen, die Ihr Unternehmen nicht sieht." },
        { "Hier aufhören und den ganzen Verlauf an die Unternehmenssicherheit schicken", go = "after_report", report = true },
        { "Sagen, dass Sie lieber hier weiterreden", go = "insists" },
      },
    },

    insists = {
      channel = "linkedin",
      from = nora,
      text = "„Verstehe ich, aber der Kunde besteht darauf: Für eine so heikle Suche ist diese Plattform "
        .. "nicht sicher. Wenn Sie es sich anders überlegen, meine Nummer steht oben. Die Stelle wartet nicht "
        .. "lange!“ Noras Nachrichten sind wie immer voller Ausrufezeichen. Die Plattform zeigt, dass sie "
        .. "schon wieder tippt.",
      flags = {
        { id = "urgency", text = "Drängt wieder auf den privaten Weg, mit Zeitdruck" },
      },
      innocent = {
        { id = "exclamation", text = "Nora schreibt mit vielen Ausrufezeichen" },
      },
      choices = {
        { "Den Austausch an die Hotline aus dem Mitarbeiterhandbuch weiterleiten", go = "after_report", report = true },
        { "Nachgeben und ihr an die Nummer schreiben", go = "questionnaire", hook = 1,
          gives = "Ihre private Nummer. Eine Leitung zu Ihnen, die Ihr Unternehmen nicht sieht." },
        { "Die Gelegenheit ziehen lassen", go = "walked_away" },
      },
    },

    questionnaire = {
      channel = "chat",
      from = nora,
      text = "Im Messenger schickt Nora das „technische Screening“ des Kunden: Beschreiben Sie den Aufbau "
        .. "Ihres aktuellen Projekts, wie Sie die Zellen ausgleichen, die Testergebnisse, auf die Sie am "
        .. "stolzesten sind, und die Pläne Ihres Teams fürs nächste Jahr. „Bitte konkret, die Ingenieure "
        .. "des Kunden lesen mit!“ Dazu bietet sie drei Gesprächstermine in Ihrer Zeitzone an.",
      flags = {
        { id = "screening_internals", text = "Ein „Screening“, das nach Interna Ihres aktuellen Projekts fragt" },
      },
      innocent = {
        { id = "interview_slots", text = "Nora bietet Gesprächstermine in Ihrer Zeitzone an" },
      },
      choices = {
        { "Ausführlich antworten; Sie wollen diesen Job", go = "trial", hook = 2,
          effect = function(s) s.vars.detailed = true; s.vars.answered = true end,
          gives = "Aufbau und Testergebnisse Ihres Projekts, schriftlich, an eine Fremde." },
        { "Mit vagen Antworten mitspielen, um herauszufinden, wer dahintersteckt", go = "trial", hook = 1,
          how = "keep_talking", effect = function(s) s.vars.answered = true end,
          gives = "Mehr Zeit in ihrer Leitung. Auch vage Antworten verraten, woran Sie arbeiten." },
        { "Aufhören und das ganze Gespräch zur Unternehmenssicherheit bringen", go = "after_report",
          report = true, effect = late },
        { "Den Chat löschen und die Nummer blockieren", go = "deleted", how = "delete" },
      },
    },

    trial = {
      channel = "email",
      from = nora,
      text = function(s)
        local praise = s.vars.detailed and "„Der Kunde war von den Details begeistert!" or "„Der Kunde hätte es gern etwas tiefer!"
        return "An Ihre private Adresse, auf ordentlichem Briefpapier: " .. praise .. " Nächster Schritt: "
          .. "eine bezahlte Probeaufgabe, 3.000 €, ein Konzept für ein Batteriemanagementsystem, gestützt "
          .. "auf Ihre aktuelle Arbeit. Danach ein letztes Gespräch im Ausland, Flug und Hotel zahlt der "
          .. "Kunde.“"
      end,
      flags = {
        { id = "paid_trial", text = "Eine bezahlte „Probeaufgabe“, die auf Ihrer aktuellen Arbeit aufbaut" },
        { id = "interview_abroad", text = "Das letzte Gespräch ist im Ausland, alle Kosten bezahlt" },
      },
      innocent = {
        { id = "letterhead", text = "Die E-Mail kommt auf ordentlichem Briefpapier" },
      },
      choices = {
        { "Aufhören und jede Nachricht zur Unternehmenssicherheit bringen", go = "after_report", report = true,
          effect = late },
        { "Das Konzept schreiben und den Flug buchen", go = "hooked", hook = 2,
          gives = "Ein bezahltes Konzept auf Basis Ihrer aktuellen Arbeit, und eine Reise zu deren Bedingungen." },
        { "Die E-Mail löschen und nicht mehr antworten", go = "deleted", how = "delete" },
      },
    },

    deleted = {
      text = function(s)
        local left = s.vars.answered and " Was Sie geschrieben haben, liegt weiter bei der anderen Seite." or ""
        return "Sie löschen das Gespräch. Die Nummer schreibt weiter: „Hallo? Der Kunde wartet.“ Dann hört "
          .. "es auf." .. left .. " Gelöscht haben Sie nur Ihren eigenen Beleg dafür, wer was gefragt hat, "
          .. "und ihr Profil schreibt weiter Ihre Kolleginnen und Kollegen an."
      end,
      choices = {
        { "Der Unternehmenssicherheit erzählen, was passiert ist, so gut Sie sich erinnern", go = "after_report",
          report = true, effect = late },
        { "Es dabei belassen; es ist vorbei", go = "walked_away" },
      },
    },

    after_report = {
      channel = "linkedin",
      from = nora,
      text = "Die Unternehmenssicherheit dankt Ihnen und bittet Sie, nicht zu antworten. Am nächsten Tag "
        .. "schreibt Nora wieder: „Noch interessiert? Die Stelle ist noch offen. Schicken Sie einfach Ihren "
        .. "Lebenslauf und ein paar Zeilen zu Ihrem aktuellen Projekt, nichts Geheimes.“",
      flags = {
        { id = "cv_project_lines", text = "Will mit dem Lebenslauf „ein paar Zeilen“ zu Ihrem aktuellen Projekt" },
      },
      innocent = {
        { id = "role_open", text = "Nora sagt, die Stelle sei noch offen" },
      },
      choices = {
        { "Nicht antworten und die Nachricht an die Unternehmenssicherheit weitergeben", go = "rep_early",
          when = function(s) return not s.vars.late end },
        { "Nicht antworten und die Nachricht an die Unternehmenssicherheit weitergeben", go = "rep_late",
          when = function(s) return s.vars.late == true end },
        { "Den Lebenslauf mit ein paar Zeilen zum Projekt schicken; es ist ja nur ein Lebenslauf", go = "carried_on", hook = 1,
          gives = "Ein kurzer Abriss Ihres Projekts. Und das, nachdem Sie Nora gemeldet hatten." },
      },
    },

    rep_early = {
      text = "„Lumen & Reid“ ist eine von mehreren falschen Personalberatungen, die Ingenieure Ihres "
        .. "Fachgebiets anschreiben. Ihre Screenshots helfen, das Profil löschen zu lassen und andere zu "
        .. "warnen. Das Team rät auch, die Projektdetails in Ihrem eigenen Profil zu kürzen. Echte Headhunter "
        .. "reden gern auf der Plattform.",
      ending = "reported",
      lesson = "Headhunter, die die Plattform verlassen wollen und nach Ihrem Projekt fragen, sind ein "
        .. "Warnsignal. Melden Sie die erste Nachricht, und antworten Sie dann nicht mehr.",
    },

    rep_late = {
      text = function(s)
        local what = s.vars.detailed and ", auch die ausführlichen Antworten, die Sie gegeben haben" or ""
        return "Sie haben der Unternehmenssicherheit das ganze Gespräch gezeigt" .. what .. ". „Danke. Spät "
          .. "zu uns zu kommen ist viel besser als nie, und sich einen besseren Job zu wünschen, ist keine "
          .. "Schande. Jetzt können wir den Schaden begrenzen und andere warnen.“"
      end,
      ending = "reported_late",
      lesson = "Auch wenn Sie schon geantwortet haben, begrenzt eine Meldung den Schaden und warnt Ihre "
        .. "Kolleginnen und Kollegen. Sagen Sie, was Sie geschickt haben, und antworten Sie nicht mehr.",
    },

    carried_on = {
      text = "Der Lebenslauf geht hinaus, mit einer ordentlichen Zusammenfassung Ihres Projekts. Nora dankt "
        .. "Ihnen und bittet als Nächstes um den Testplan. Ihre Meldung liegt vor, aber sie deckt nicht ab, "
        .. "was Sie danach geschickt haben. Sagen Sie es der Unternehmenssicherheit sofort.",
      ending = "compromised",
      lesson = "Eine Meldung ist kein Freibrief zum Weitermachen. Wenn Sie gemeldet haben, brechen Sie "
        .. "jeden Kontakt ab, auch für etwas, das klein wirkt.",
    },

    walked_away = {
      text = "Die Gelegenheit verschwindet, und Nora auch. Aber ihr Profil, oder das nächste, schreibt "
        .. "weiter Ihre Kolleginnen und Kollegen an, und Ihr Unternehmen weiß es nicht. Eine Meldung hätte "
        .. "geholfen, dem ein Ende zu setzen.",
      ending = "walked_away",
      lesson = "Ein Profil zu blockieren oder bei der Plattform zu melden, hilft nur Ihnen. Nur eine Meldung "
        .. "im Unternehmen warnt Kolleginnen und Kollegen und lässt den Kontakt prüfen.",
    },

    hooked = {
      text = "Das Konzept baut auf Ihrer aktuellen Arbeit auf, das Honorar kommt, und beim „Gespräch“ im "
        .. "Ausland sitzen Leute, die sich weit mehr für Ihr Projekt interessieren als dafür, Sie "
        .. "einzustellen. Auch jetzt ist die Unternehmenssicherheit der Ausweg.",
      ending = "hooked",
      lesson = "Eine bezahlte „Probeaufgabe“ zu Ihrer aktuellen Arbeit ist der kleine Haken. Je tiefer er "
        .. "sitzt, desto teurer wird das Schweigen. Melden Sie sich, auch jetzt.",
    },
  },
}
