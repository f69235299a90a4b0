-- SPDX-License-Identifier: Apache-2.0
-- Deutsche Fassung von ../mostly-harmless.lua: dieselben IDs und Regeln, eigene Worte.
-- Trainiert: Urteilskraft statt Misstrauen. Die Anfrage einer echten Personalberaterin ist voller
-- gewöhnlicher Details und hat ein echtes Warnsignal: Sie fragt nach Ihrem aktuellen Projekt (erst
-- nach dem Kunden, dann nach Spezifikationen und internen Folien), „um Sie passend zu vermitteln“.
-- Still zu prüfen ist richtig; gewöhnliche Details als Warnsignal zu markieren, kostet; sie
-- öffentlich eine Fälschung zu nennen, schadet einem echten Menschen (post_publicly); der Knopf
-- „Profil melden“ der Plattform ist die halbe Sache; der Unternehmenssicherheit Bescheid zu geben,
-- bleibt das richtige Ende, und „sie ist echt“ ist kein Freibrief, interne Unterlagen zu schicken.
-- Fakten aus den Quellen: GlobalSecurity.org zur Warnung des BfV vom Dezember 2017 (rund 10.000
-- Deutsche angesprochen, vor allem über LinkedIn; falsche Profile als Berater, Politikexperten,
-- Wissenschaftler und Headhunter, viele mit Fotos schicker junger Berufstätiger; das Foto von
-- „Laeticia Chen“ stammte aus einem Online-Modekatalog); TorchStone 2024 (Kontakte sorgfältig
-- wählen; Anwerbeversuche ohne Angst vor Spott melden).

local yasmin = { name = "Yasmin Clarke", role = "Senior Recruiterin", org = "Harbor & Finch Talent" }
local marco = { name = "Marco Bianchi", role = "Sicherheitsbeauftragter", org = "Ihr Unternehmen" }

return scenario {
  id = "mostly-harmless",
  title = "Im Großen und Ganzen harmlos",
  tactic = "judgement",
  audience = { "everyone" },
  summary = "Sie sind Systemingenieurin oder Systemingenieur, und eine Personalberaterin schreibt Ihnen "
    .. "wegen einer Stelle bei einer anderen Firma. Alles an ihr wirkt normal. Fast alles.",
  minutes = 5,
  teaches = { "connect_selectively", "report", "no_fear" },
  start = "inmail",
  report = {
    facts = {
      { id = "who", text = "Yasmin Clarke von Harbor & Finch, die Stelle bei Corvane, und wie sie Sie ansprach",
        required = true,
        why = "Eine Personalberaterin ist in Minuten geprüft, wenn man weiß: wer, welche Firma, welche Stelle." },
      { id = "asked", text = "Was sie über Ihr aktuelles Projekt wissen wollte: den Kunden, Spezifikationen, Folien",
        required = true,
        why = "Das ist das echte Warnsignal. Die Unternehmenssicherheit muss davon hören, auch bei einer echten Beraterin." },
      { id = "checked", text = "Was Sie geprüft haben: Karriereseite, Büro der Agentur, Wort Ihrer früheren Chefin",
        required = true, when = function(s) return s.visited("checked") end,
        why = "Ihre stillen Prüfungen sparen der Unternehmenssicherheit Zeit. Sagen Sie, was Sie fanden, und wie." },
      { id = "photo_feeling", text = "Ihr Gefühl, dass ihr Profilfoto zu perfekt ist, um echt zu sein", decoy = true,
        why = "Ein gutes Foto ist bei Personalberatern normal. Falsche Profile nutzten schon Katalogfotos, aber ein "
          .. "schönes Foto allein beweist nichts. Melden Sie, was jemand von Ihnen will." },
      { id = "yasmin_origin", text = "Ihre Vermutung über Yasmins Herkunft, nach ihrem Namen", decoy = true,
        why = "Anwerbeversuche kommen von Menschen jeder Herkunft, und sie zielen auf alle, die Zugang haben. "
          .. "Entscheidend ist, worum Yasmin gebeten hat, nicht, woher sie stammt." },
      { id = "salary", text = "Ihr jetziges Gehalt und das Gehalt, das Sie sich wünschen", decoy = true,
        why = "Ihr Gehalt ist privat und hilft der Unternehmenssicherheit nicht. Lassen Sie es weg." },
    },
  },
  debrief = "2017 erklärte das Bundesamt für Verfassungsschutz (BfV), chinesische Geheimdienste hätten über "
    .. "LinkedIn rund 10.000 Deutsche ins Visier genommen. Falsche Profile gaben sich als Berater, "
    .. "Wissenschaftler und Headhunter aus. Viele zeigten Fotos schicker junger Berufstätiger. Eines, „Laeticia "
    .. "Chen“, nutzte ein Bild aus einem Online-Modekatalog. Falsche Personalberater können also genauso "
    .. "aussehen wie echte. Ein schönes Foto, ein netter Ton oder eine schnelle Antwort beweisen "
    .. "nichts. Es zählt, was jemand von Ihnen will: hier Projektdetails und interne "
    .. "Folien. Prüfen Sie still, teilen Sie nichts Internes, und sagen Sie es der Unternehmenssicherheit. "
    .. "Dort prüft man lieber eine echte Beraterin, als eine falsche zu übersehen. Gewöhnliche Details als "
    .. "Warnsignal zu markieren, kostet hier Punkte, so wie es im echten Leben Vertrauen kostet.",
  scenes = {
    inmail = {
      channel = "linkedin",
      from = yasmin,
      text = "Eine Nachricht von Yasmin Clarke, ihr Profilfoto ist ein gepflegtes Studioporträt: „Hallo! Ich "
        .. "suche einen Lead Systems Engineer für Corvane Robotics, 85.000 bis 95.000 €. Die Stelle steht auf "
        .. "deren Karriereseite. Für welchen Kunden ist Ihr aktuelles Projekt? Das hilft mir bei der Auswahl. "
        .. "Hier ist mein Buchungslink für ein Gespräch.“ Ihre frühere Chefin ist ein gemeinsamer Kontakt.",
      flags = {
        { id = "asks_customer", text = "Fragt, für welchen Kunden Ihr aktuelles Projekt ist" },
      },
      innocent = {
        { id = "polished_photo", text = "Yasmins Profilfoto ist ein gepflegtes Studioporträt" },
        { id = "salary_band", text = "Nennt schon in der ersten Nachricht eine Gehaltsspanne" },
        { id = "booking_link", text = "Schickt einen Buchungslink für ein kurzes Gespräch" },
        { id = "shared_connections", text = "Ihre frühere Chefin ist ein gemeinsamer Kontakt" },
      },
      discuss = {
        "Welche dieser Details hätte auch eine falsche Personalberaterin?",
        "Was müssten Sie sehen, bevor Sie etwas ein Warnsignal nennen?",
      },
      choices = {
        { "Sie still prüfen: Karriereseite, Agentur, ein Wort mit Ihrer früheren Chefin", go = "checked" },
        { "Das Gespräch buchen", go = "call" },
        { "Die Nachricht an Ihren Sicherheitskontakt Marco Bianchi weiterleiten und fragen, ob sie echt ist",
          go = "after", report = true },
        { "Yasmins Profil per Knopf der Plattform als Fälschung melden und sie blockieren", go = "platform" },
      },
    },

    checked = {
      text = "Die Stelle steht auf der Karriereseite von Corvane. Harbor & Finch hat ein Büro, und dort geht "
        .. "jemand ans Telefon. Ihre frühere Chefin Helena schreibt zurück: „Yasmin hat mich vor zwei Jahren "
        .. "vermittelt. Die ist gut.“ Alles passt. Still zu prüfen, ohne jemanden zu beschuldigen, hat Sie "
        .. "fünfzehn Minuten gekostet.",
      innocent = {
        { id = "helena_vouches", text = "Ihre frühere Chefin sagt, Yasmin habe sie vor zwei Jahren vermittelt" },
        { id = "office_phone", text = "Bei der Agentur geht jemand ans Telefon" },
      },
      choices = {
        { "Das Gespräch buchen", go = "call" },
        { "Marco Bianchi von der Anfrage erzählen, und dass sie echt scheint", go = "after",
          report = true },
      },
    },

    platform = {
      text = "Die Plattform dankt Ihnen für die Meldung. Sonst passiert nichts: Die Plattform prüft, ob ein "
        .. "Profil falsch ist, nicht, was ein Kontakt von Ihnen will. Dieses Profil ist echt. Jetzt ist eine "
        .. "echte Personalberaterin blockiert, und in Ihrem Unternehmen weiß niemand von der Anfrage.",
      choices = {
        { "Marco Bianchi doch noch von der Nachricht erzählen", go = "after", report = true },
        { "Es dabei belassen", go = "walked_away" },
      },
    },

    call = {
      channel = "phone",
      from = yasmin,
      text = "Das Gespräch ist freundlich. Yasmin fragt nach Ihrer Kündigungsfrist, Ihren Gehaltswünschen und "
        .. "ob Sie umziehen würden. Dann: „Damit ich Sie richtig vermitteln kann: Könnten Sie mir eine kurze "
        .. "Notiz zu Ihrem aktuellen Projekt schicken? Der Kunde, die wichtigsten Spezifikationen, die "
        .. "Testergebnisse. Und bringen Sie Ihre neuesten internen Folien zum Gespräch mit. Der Chef dort mag "
        .. "echte Arbeit.“",
      flags = {
        { id = "project_specs", text = "Will Kunde, wichtigste Spezifikationen und Testergebnisse Ihres Projekts" },
        { id = "internal_slides", text = "Will, dass Sie Ihre neuesten internen Folien zum Gespräch mitbringen" },
      },
      innocent = {
        { id = "notice_period", text = "Fragt nach Kündigungsfrist und Gehaltswünschen" },
        { id = "relocation", text = "Fragt, ob Sie für die Stelle umziehen würden" },
      },
      discuss = { "Yasmin ist wahrscheinlich echt. Ist ihre Bitte deshalb in Ordnung?" },
      choices = {
        { "Die Notiz mit Spezifikationen und Ergebnissen schicken", go = "note_sent", hook = 1,
          gives = "Wer Ihr Kunde ist, dazu Daten und Ergebnisse, verschickt nach draußen." },
        { "Sagen, dass Sie nur über öffentliche Arbeit sprechen, und die Bewerbung fortsetzen", go = "interview" },
        { "Marco Bianchi vom Gespräch erzählen, und wonach Yasmin gefragt hat", go = "after", report = true },
        { "Ihr Netzwerk öffentlich warnen, Yasmin sei eine falsche Personalberaterin", go = "posted", how = "post_publicly" },
      },
    },

    posted = {
      text = "Ihr Beitrag nennt Yasmin eine Fälschung, und er wird oft geteilt. Am Abend schreibt Ihnen Harbor "
        .. "& Finch, verärgert: Yasmin ist echt, und Kunden stellen Fragen. Yasmins Bitte um Spezifikationen war "
        .. "falsch. Aber Ihr Beitrag hat einen Menschen genannt statt eines Verhaltens, und niemandem Bescheid "
        .. "gegeben, der prüfen kann.",
      choices = {
        { "Den Beitrag löschen und Marco Bianchi sagen, was passiert ist und worum sie bat", go = "after",
          report = true },
        { "Den Beitrag löschen und weitermachen", go = "walked_away" },
      },
    },

    note_sent = {
      channel = "email",
      from = yasmin,
      text = "Yasmin antwortet binnen einer Stunde. „Perfekt, danke! Ich habe Ihre Notiz an das Auswahlgremium "
        .. "bei Corvane weitergegeben, drei Personen. Vergessen Sie die Folien am Donnerstag nicht.“ Ihre "
        .. "Notiz, mit dem Namen des Kunden und den Testergebnissen, liegt jetzt in den Postfächern einer "
        .. "anderen Firma.",
      flags = {
        { id = "passed_to_panel", text = "Ihre Projektnotiz ist an drei Personen einer anderen Firma gegangen" },
        { id = "slides_reminder", text = "Erinnert Sie daran, die internen Folien mitzubringen" },
      },
      innocent = {
        { id = "quick_reply", text = "Antwortet binnen einer Stunde" },
      },
      choices = {
        { "Die Folien zum Gespräch mitbringen", go = "interview_slides", hook = 1,
          gives = "Interne Folien, einer anderen Firma gezeigt und von ihr kopiert." },
        { "Marco Bianchi sagen, was Sie geschickt haben, und fragen, wie man es berichtigt", go = "after", report = true },
        { "Ohne die Folien zum Gespräch gehen und nichts sagen", go = "interview" },
      },
    },

    interview = {
      channel = "in_person",
      from = { name = "Jonas Weber", role = "Leiter Entwicklung", org = "Corvane Robotics" },
      text = "Das Gespräch bei Corvane ist gewöhnlich und angenehm. Der Leiter fragt, wie Sie Tests planen, "
        .. "führt Sie durch das Labor und erzählt vom Team. Niemand fragt nach Ihrem jetzigen Kunden. Auf dem "
        .. "Weg hinaus fragen Sie sich, ob Yasmins Bitte um Spezifikationen Gewohnheit war, oder mehr.",
      innocent = {
        { id = "lab_tour", text = "Man führt Sie durch das Labor" },
        { id = "test_planning", text = "Der Leiter fragt allgemein, wie Sie Tests planen" },
      },
      choices = {
        { "Marco Bianchi von Yasmins Bitte um Spezifikationen erzählen, obwohl alles gut aussieht", go = "after",
          report = true },
        { "Es auf sich beruhen lassen; das Gespräch war gut", go = "walked_away" },
      },
    },

    interview_slides = {
      channel = "in_person",
      from = { name = "Jonas Weber", role = "Leiter Entwicklung", org = "Corvane Robotics" },
      text = "Dem Gremium gefallen Ihre Folien, und man möchte eine Kopie behalten, „für die Kollegen, die "
        .. "nicht kommen konnten“. Jemand steckt einen USB-Stick ein, bevor Sie nachdenken können. Danach "
        .. "schreibt Yasmin: „Tolles Feedback!“ Die internen Ergebnisse Ihres Unternehmens liegen jetzt auf dem "
        .. "Stick einer anderen Firma.",
      flags = {
        { id = "copy_slides", text = "Das Gremium will eine Kopie Ihrer internen Folien behalten" },
      },
      innocent = {
        { id = "great_feedback", text = "Yasmin schreibt, das Feedback sei toll gewesen" },
      },
      choices = {
        { "Am Morgen zu Marco Bianchi gehen und sagen, was geteilt wurde", go = "after", report = true },
        { "Nichts sagen; es ist ja passiert", go = "leaked" },
      },
    },

    after = {
      channel = "phone",
      from = marco,
      text = function(s)
        local mid = s.hook > 0 and "„Was Sie geschickt haben, klären wir mit Corvane.“ "
          or "„Nach Projektdetails zu fragen, ist allerdings nicht in Ordnung.“ "
        return "Marco Bianchi von der Unternehmenssicherheit ruft zurück. „Danke, dass Sie bei uns nachgefragt "
          .. "haben. Harbor & Finch ist echt, wie die meisten Personalberater.“ " .. mid .. "„Bewerben Sie "
          .. "sich ruhig. Lassen Sie nur interne Unterlagen draußen.“ Später fragt Yasmin noch einmal nach den "
          .. "Folien."
      end,
      choices = {
        { "Die Bewerbung fortsetzen und Yasmin sagen, dass interne Folien im Haus bleiben", go = "rep_early",
          when = function(s) return s.hook == 0 end },
        { "Die Bewerbung fortsetzen und Yasmin sagen, dass interne Folien im Haus bleiben", go = "rep_late",
          when = function(s) return s.hook > 0 end },
        { "Yasmin die Folien schicken; die Unternehmenssicherheit sagt ja, sie ist echt", go = "deeper_end", hook = 1,
          gives = "Interne Folien, verschickt, obwohl man Sie bat, sie im Haus zu lassen." },
      },
    },

    rep_early = {
      text = "Marco notiert die Anfrage und spricht still mit Harbor & Finch darüber, Kandidaten nach "
        .. "Projektdetails zu fragen. Sie gehen nur mit öffentlichen Beispielen zum Gespräch. Wie Sie sich auch "
        .. "entscheiden: Nichts Internes hat das Unternehmen verlassen.",
      ending = "reported",
      lesson = "Gutes Urteil heißt: still prüfen und ruhig melden. Die meisten Kontakte sind echt, und die "
        .. "Unternehmenssicherheit hört trotzdem lieber von Ihnen als nicht.",
    },

    rep_late = {
      text = "Sie sagen Marco, was Sie geschickt haben. Er dankt Ihnen und ruft bei Corvane an, wo man die "
        .. "Kopien löscht. Weil Sie schnell gekommen sind, ließ es sich leicht beheben, und niemand behandelt "
        .. "Sie als das Problem.",
      ending = "reported_late",
      lesson = "Auch eine echte Personalberaterin darf keine internen Unterlagen bekommen. Wenn doch etwas "
        .. "hinausging, sagen Sie es sofort. Früh lässt es sich leicht beheben.",
    },

    deeper_end = {
      text = "Sie schicken die Folien. Yasmin ist echt, aber Ihre Folien liegen jetzt in den Akten einer "
        .. "Personalberatung und im Postfach eines Kunden, obwohl man Sie bat, sie im Haus zu lassen. Marco muss "
        .. "ein Datenleck beseitigen, das Sie hätten vermeiden können.",
      ending = "compromised",
      lesson = "Eine Meldung ist kein Freibrief zum Weitermachen. „Echt“ heißt, dass es die Person gibt, nicht, "
        .. "dass interne Unterlagen hinausdürfen.",
    },

    walked_away = {
      text = "Sie haben nichts preisgegeben, und niemand kam zu Schaden. Aber die Unternehmenssicherheit hat "
        .. "nie erfahren, dass eine Personalberaterin Kandidaten nach Projektdetails fragt, und die nächste "
        .. "Person schickt sie vielleicht. Eine kurze Nachricht hätte geholfen.",
      ending = "walked_away",
      lesson = "Nicht in Panik zu geraten und nichts zu teilen, war beides richtig. Sagen Sie es auch der "
        .. "Unternehmenssicherheit. Dort sieht man Muster, die Sie nicht sehen können.",
    },

    leaked = {
      text = "Sie sagen nichts. Ihre Folien bleiben auf dem Stick von Corvane, und in Ihrem Unternehmen weiß "
        .. "niemand, dass sie hinausgingen. Vielleicht wird nichts Schlimmes daraus. Wissen können Sie das nicht, "
        .. "und die Unternehmenssicherheit auch nicht.",
      ending = "compromised",
      lesson = "Interne Unterlagen bleiben im Haus, auch bei echten Menschen. Wenn doch etwas hinausging, sagen "
        .. "Sie es der Unternehmenssicherheit. Das ist leichter zu beheben als zu verstecken.",
    },
  },
}
