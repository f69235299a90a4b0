-- SPDX-License-Identifier: Apache-2.0
-- Deutsche Fassung von ../after-you-leave.lua: dieselben IDs und Regeln, eigene Worte.
-- Priya duzt Sie, wie eine alte Kollegin beim Feierabendbier; die Erzählung und alle anderen siezen.
-- Trainiert: Ehemalige bleiben Ziel und können sich trotzdem melden. Eine Beratungsfirma bietet
-- jemandem, der gerade gekündigt hat, eine gut bezahlte „Beratung“ an: ein Memo „aus dem
-- Gedächtnis“, dann Namen und Dokumente, eine Pauschale „auf Lebenszeit“ und eine Vorstellung bei
-- einer Freundin, die noch dort arbeitet. Sie verlassen das Unternehmen. Die Personalabteilung zu
-- fragen und öffentlich zu warnen sind halbe Sachen; die Meldung ist der Anruf bei der
-- Unternehmenssicherheit des früheren Arbeitgebers, auch Monate nach dem Austritt.
-- Fakten aus den Quellen: BBC 2019 zu Jerry Chun Shing Lee (CIA 1994–2007, ging danach nach
-- Hongkong, 2010 von chinesischen Geheimdienstoffizieren kontaktiert, Geld und Fürsorge „auf
-- Lebenszeit“ angeboten, Hunderttausende Dollar 2010–2013 eingezahlt, sagte 2012 in einem Gespräch
-- mit der CIA, er habe die Offiziere getroffen, verschwieg aber die Aufträge, bekannte sich 2019
-- schuldig); BBC 2019 zu Mallory (ein US-Beamter: „ein alarmierender Trend“, dass frühere
-- US-Geheimdienstleute ins Visier Chinas geraten); TorchStone 2024 (Mallory nahm Kontakt zu Freunden
-- und früheren Kollegen bei der CIA auf).

local alicia = { name = "Alicia Brandt", role = "Partnerin", org = "Meridian Advisory Partners" }
local joel = { name = "Joel Svensson", role = "Sicherheitsbeauftragter", org = "Ihr früheres Unternehmen" }

return scenario {
  id = "after-you-leave",
  title = "Nach Ihrem Abschied",
  tactic = "after_leaving",
  audience = { "leavers" },
  summary = "Nach neun Jahren im Schiffsantriebsprogramm Ihres Unternehmens haben Sie gekündigt. In Ihrer "
    .. "letzten Woche bietet Ihnen eine Beratungsfirma gut bezahlte Beratung für die Zeit danach an.",
  minutes = 6,
  teaches = { "little_hook", "report", "no_fear", "connect_selectively" },
  start = "exit_week",
  report = {
    facts = {
      { id = "who", text = "Alicia Brandt von Meridian Advisory Partners: wie und wann sie Kontakt aufnahm",
        required = true,
        why = "Die Unternehmenssicherheit braucht Person und Firma. Dann sieht sie, wer noch angesprochen wurde." },
      { id = "offer", text = "Was Alicia angeboten hat (Pauschale, Honorare) und was sie wollte", required = true,
        why = "Angebot und Bitten zeigen, worauf der Kunde aus ist: auf Ihr altes Programm." },
      { id = "memo_paid", text = "Das Memo, das Sie geschrieben haben, und das Geld dafür, mit Datum", required = true,
        when = function(s) return s.vars.memo == true end,
        why = "Sagen Sie klar, was Sie verkauft haben. Begrenzen lässt sich nur der Schaden, von dem man weiß." },
      { id = "old_docs", text = "Kopien alter Projektdokumente, die Sie behalten haben, als Beweis angehängt", decoy = true,
        why = "Kopieren Sie nie sensible Dokumente in eine Meldung. Sagen Sie, dass Sie sie noch haben; man "
          .. "holt sie auf sicherem Weg ab." },
      { id = "alicia_origin", text = "Ihre Vermutung über Alicias Nationalität, nach ihrem Akzent", decoy = true,
        why = "Anwerbeversuche kommen von Menschen jeder Herkunft, und sie zielen auf alle, die Zugang haben. "
          .. "Entscheidend ist, worum Alicia gebeten hat, nicht, woher sie stammt." },
      { id = "why_you_left", text = "Warum Sie gegangen sind, und was Sie von Ihrem alten Chef halten", decoy = true,
        why = "Ihre Gründe für den Abschied helfen dem Fall nicht. Bleiben Sie dabei, was gefragt und geboten wurde." },
    },
  },
  debrief = "Jerry Chun Shing Lee arbeitete von 1994 bis 2007 für die CIA. Danach zog er nach Hongkong. 2010 "
    .. "nahmen chinesische Geheimdienstoffiziere Kontakt zu ihm auf. Die Offiziere boten Geld an und "
    .. "versprachen, „auf Lebenszeit“ für ihn zu sorgen. Zwischen 2010 und 2013 gingen Hunderttausende Dollar "
    .. "auf sein Konto. In einem Gespräch mit der CIA 2012 sagte er, er habe die Offiziere getroffen. Dass sie "
    .. "ihm Aufträge gegeben hatten, verschwieg er. 2019 bekannte er sich schuldig. Ein US-Beamter nannte es "
    .. "„einen alarmierenden Trend“, dass frühere Geheimdienstleute ins Visier Chinas geraten. Wer einen Job "
    .. "verlässt, ist für andere nicht weniger interessant, denn das Wissen bleibt. Sie können sich jederzeit "
    .. "bei der Unternehmenssicherheit Ihres früheren Arbeitgebers melden und alles erzählen.",
  scenes = {
    exit_week = {
      channel = "linkedin",
      from = alicia,
      text = "Ihre letzte Woche vor dem Abschied. Eine Nachricht von Alicia Brandt: „Glückwunsch zum nächsten "
        .. "Kapitel! Wir vermitteln erfahrene Ingenieure als bezahlte Berater: eine Pauschale von 3.000 € im "
        .. "Monat für ein paar Stunden Arbeit. Unser Kunde interessiert sich sehr für Ihre Erfahrung mit "
        .. "Antrieben. Sollen wir reden, wenn Sie ausgeschieden sind?“ Die Firmenseite wirkt professionell.",
      flags = {
        { id = "unnamed_client", text = "Der Kunde wird nicht genannt" },
        { id = "retainer_for_programme", text = "Eine hohe Pauschale für Ihre Erfahrung in einem einzigen Programm" },
      },
      innocent = {
        { id = "open_to_roles", text = "In Ihrem Profil steht, dass Sie offen für Beratung sind" },
        { id = "pro_page", text = "Alicias Firma hat eine professionelle Firmenseite" },
      },
      discuss = { "Spielt es für einen Anwerbeversuch eine Rolle, ob Sie noch dort arbeiten? Warum?" },
      choices = {
        { "Den ganzen Lebenslauf mit Projektliste schicken und einen Termin ausmachen", go = "call", hook = 1,
          gives = "Ihre Projektgeschichte, direkt an einen Kunden, dessen Namen niemand kennt." },
        { "Antworten, dass Sie nach dem Austritt reden, und fragen, wer der Kunde ist", go = "call" },
        { "Die Nachricht morgen im Austrittsgespräch zeigen", go = "after", report = true },
        { "Die Personalabteilung fragen, ob Sie nach dem Austritt noch an etwas gebunden sind", go = "hr" },
      },
    },

    hr = {
      channel = "email",
      from = { name = "Olu Adeyemi", role = "HR Business Partner", org = "Ihr Unternehmen" },
      text = "Olu aus der Personalabteilung antwortet freundlich. „Ihre Verschwiegenheitsklausel gilt noch zwei "
        .. "Jahre. Darüber hinaus ist es Ihre Sache, was Sie nach dem Austritt tun.“ Zum Vertrag ist das eine "
        .. "faire Antwort. Aber die Personalabteilung prüft nicht, wer da fragt, und die Unternehmenssicherheit "
        .. "weiß nicht, dass eine Beratungsfirma um Sie wirbt.",
      choices = {
        { "Alicias Nachricht vor Ihrem letzten Tag an Joel Svensson aus Ihrer Austritts-Checkliste schicken",
          go = "after", report = true },
        { "Alicia antworten, dass Sie nach dem Austritt reden", go = "call" },
        { "Alicia ignorieren; Sie gehen ja sowieso", go = "ignored" },
      },
    },

    ignored = {
      text = "Sie antworten nie. Einen Monat nach Ihrem Austritt erzählt Ihre alte Kollegin Priya, die noch im "
        .. "Programm arbeitet, bei einem Bier, eine nette Beratungsfirma habe ihr bezahlte Beratung angeboten. "
        .. "„Die meinten, du hättest vielleicht auch Interesse“, sagt sie lachend.",
      flags = {
        { id = "priya_approached", text = "Dieselbe Beratungsfirma spricht jetzt Priya an, die noch dort arbeitet" },
        { id = "uses_your_name", text = "Man nennt ihr gegenüber Ihren Namen" },
      },
      innocent = {
        { id = "drink_with_priya", text = "Sie treffen Priya ab und zu auf ein Bier" },
      },
      choices = {
        { "Joel Svensson aus Ihrer Austritts-Checkliste wegen Alicia und Priya anrufen", go = "after", report = true },
        { "Das ist nicht mehr Ihr Unternehmen", go = "walked_away" },
      },
    },

    call = {
      channel = "phone",
      from = alicia,
      text = "Zwei Wochen nach Ihrem letzten Tag ruft Alicia an. „Der Kunde ist ein Family Office, das im "
        .. "Ausland in Schiffstechnik investiert. Man hätte gern ein Markt-Memo: Ihre Sicht, aus dem Gedächtnis, "
        .. "wohin Ihr altes Programm steuert und wer die wichtigsten Zulieferer sind. 5.000 €.“ Das Honorar käme "
        .. "von einer Firma in einem anderen Land.",
      flags = {
        { id = "memo_old_programme", text = "Will ein Memo über Pläne und Zulieferer Ihres alten Programms" },
        { id = "from_memory", text = "Bittet Sie, es „aus dem Gedächtnis“ zu schreiben" },
        { id = "payer_abroad", text = "Das Honorar käme von einer Firma in einem anderen Land" },
      },
      innocent = {
        { id = "family_office", text = "Sagt, der Kunde investiere in Schiffstechnik" },
        { id = "two_weeks_later", text = "Ruft zwei Wochen nach Ihrem letzten Tag an, wie angekündigt" },
      },
      choices = {
        { "Das Memo schreiben", go = "memo_paid", hook = 1,
          gives = "Pläne und Zulieferer Ihres alten Programms, verkauft an einen Kunden ohne Namen.",
          effect = function(s) s.vars.memo = true end },
        { "Ein Memo nur über öffentliche Markttrends anbieten", go = "public_memo" },
        { "Alicia sagen, Sie melden sich, und die Nummer aus Ihren Austrittsunterlagen anrufen",
          go = "after", report = true },
        { "Auf Ihrem Profil vor Meridian warnen, für andere, die gehen", go = "posted",
          how = "post_publicly" },
      },
    },

    public_memo = {
      channel = "email",
      from = alicia,
      text = "„Öffentliche Trends sind für den Anfang in Ordnung“, schreibt Alicia liebenswürdig. Dann "
        .. "schickt sie einen Vertrag und fügt hinzu: „Der Kunde hätte auch gern ein paar Einzelheiten: die Namen des "
        .. "Testteams, das noch dort ist, und Zeichnungen, die Sie vielleicht behalten haben. Damit es "
        .. "wirklich nützt.“",
      flags = {
        { id = "names_still_there", text = "Will die Namen des Testteams, das noch in Ihrer alten Firma ist" },
        { id = "kept_drawings", text = "Fragt nach Zeichnungen, die Sie vielleicht behalten haben" },
      },
      innocent = {
        { id = "gracious", text = "Nimmt Ihr Angebot öffentlicher Trends höflich an" },
      },
      choices = {
        { "Die Namen und ein paar Zeichnungen dazulegen", go = "memo_paid", hook = 2,
          gives = "Namen früherer Kollegen und Zeichnungen aus der Firma, jetzt beim Kunden.",
          effect = function(s) s.vars.memo = true end },
        { "Aufhören und die Nummer aus Ihren Austrittsunterlagen anrufen", go = "after", report = true },
        { "Die Einzelheiten ablehnen und Meridian still fallen lassen", go = "security_calls" },
      },
    },

    memo_paid = {
      channel = "email",
      from = alicia,
      text = "Das Geld kommt sofort. „Der Kunde war begeistert. Er möchte langfristig für Sie sorgen: eine "
        .. "Pauschale auf Lebenszeit, wenn Sie mit Einzelheiten helfen. Namen im Testteam, der Testplan, "
        .. "Dokumente, die Sie behalten haben. Und er würde Sie gern treffen, alle Kosten übernommen.“",
      flags = {
        { id = "for_life", text = "Bietet an, „für Sie zu sorgen“, mit einer Pauschale auf Lebenszeit" },
        { id = "specifics", text = "Will Namen, den Testplan und Dokumente, die Sie behalten haben" },
      },
      innocent = {
        { id = "tidy_invoice", text = "Alicias Rechnungsvorlage ist ordentlich und korrekt" },
      },
      discuss = { "Was hat die erste Zahlung für Sie verändert, und was für die andere Seite?" },
      choices = {
        { "Dem Treffen zusagen und mitbringen, was Sie haben", go = "meeting", hook = 2,
          gives = "Dokumente in der Hand, auf dem Weg zum persönlichen Treffen mit dem Kunden." },
        { "Die Nummer aus Ihren Austrittsunterlagen anrufen und von Memo und Geld erzählen", go = "after", report = true },
        { "Ablehnen und es für sich behalten", go = "security_calls" },
      },
    },

    meeting = {
      channel = "in_person",
      from = { name = "Herr Harlan", role = "Vertreter", org = "„Der Kunde“" },
      text = "In einer Hotellounge im Ausland dankt Ihnen ein ruhiger Herr Harlan und legt einen Umschlag auf "
        .. "den Tisch. „Noch etwas. Ihre Freundin Priya arbeitet noch im Programm. Könnten Sie uns bekannt "
        .. "machen? Alte Kollegen vertrauen einander.“ Alicia lächelt und bestellt noch Kaffee.",
      flags = {
        { id = "introduce_priya", text = "Bittet Sie, eine frühere Kollegin vorzustellen, die noch dort arbeitet" },
        { id = "envelope", text = "Ein Umschlag mit Bargeld auf dem Tisch" },
      },
      innocent = {
        { id = "more_coffee", text = "Alicia bestellt noch Kaffee" },
      },
      choices = {
        { "Den Umschlag nehmen und versprechen, Priya vorzustellen", go = "hooked", hook = 2,
          gives = "Bargeld. Und Sie sagen zu, eine Freundin mit Zugang mitzubringen." },
        { "Den Umschlag liegen lassen, heimfliegen und dem alten Arbeitgeber alles erzählen", go = "after", report = true },
      },
    },

    security_calls = {
      channel = "phone",
      from = joel,
      text = function(s)
        local thought = s.vars.memo and "Sie denken an das Memo, und an das Geld." or "Sie denken an Alicias Fragen."
        return "Zwei Monate später ruft Joel Svensson von der Unternehmenssicherheit Ihres früheren Arbeitgebers "
          .. "an. „Eine Beratungsfirma hat mehrere unserer Ehemaligen kontaktiert. Haben Sie von einer Firma "
          .. "namens Meridian gehört? Sie haben keinen Ärger; wir fragen nur herum.“ " .. thought
      end,
      choices = {
        { "Joel alles erzählen, von der ersten Nachricht an", go = "after", report = true },
        { "Sagen, Sie hätten einmal mit ihnen gesprochen, und daraus sei nichts geworden", go = "concealed", hook = 1,
          gives = "Eine Halbwahrheit gegenüber dem einen Menschen, der Ihnen helfen könnte." },
      },
    },

    posted = {
      text = "Ihr Beitrag warnt andere vor Meridian und bekommt viele Likes. Am nächsten Morgen sind Alicias "
        .. "Profil und die Firmenseite verschwunden. Eine Woche später schreibt eine Firma mit neuem Namen Ihre "
        .. "alten Kollegen an. Die Unternehmenssicherheit Ihres früheren Arbeitgebers erfährt davon aus Ihrem "
        .. "Beitrag, wie alle anderen auch.",
      choices = {
        { "Die Nummer aus Ihren Austrittsunterlagen anrufen und schicken, was Sie haben", go = "after", report = true },
        { "Es beim Beitrag belassen; Sie haben Ihren Teil getan", go = "walked_away" },
      },
    },

    after = {
      channel = "phone",
      from = joel,
      text = function(s)
        local sent = s.hook > 0 and "„Sagen Sie mir, was Sie geschickt haben, dann klären wir das gemeinsam.“ " or ""
        return "Joel Svensson von der Unternehmenssicherheit dankt Ihnen. „Auch Ehemalige sind Ziele, und Sie "
          .. "können uns immer anrufen. Daran ändert der Abschied nichts.“ " .. sent .. "„Bitte antworten Sie "
          .. "Meridian nicht mehr.“ Am nächsten Tag schickt Alicia eine freundliche Erinnerung."
      end,
      choices = {
        { "Alicias Erinnerung unbeantwortet lassen und an Joel geben", go = "rep_early",
          when = function(s) return s.hook == 0 end },
        { "Alicias Erinnerung unbeantwortet lassen und an Joel geben", go = "rep_late",
          when = function(s) return s.hook > 0 end },
        { "Trotzdem ein bezahltes Memo schreiben, nur zu öffentlichen Trends; Sie arbeiten ja nicht mehr dort",
          go = "deeper_end", hook = 1,
          gives = "Meridian bezahlt Sie wieder, obwohl man Sie bat, aufzuhören." },
      },
    },

    rep_early = {
      text = "Joels Team bringt Meridian mit Anwerbeversuchen bei mehreren Ehemaligen in Verbindung. Priya und "
        .. "andere, die noch im Unternehmen sind, werden gewarnt, bevor jemand etwas schickt. Sie beginnen Ihren "
        .. "neuen Job mit nichts zu verbergen.",
      ending = "reported",
      lesson = "Mit dem Abschied endet das Interesse an Ihrem Wissen nicht. Ihr alter Arbeitgeber will "
        .. "weiter von Ihnen hören, und ein Anruf schützt die, die noch dort sind.",
    },

    rep_late = {
      text = "Sie erzählen Joel alles, auch vom Memo und vom Geld. Er dankt Ihnen: Spät zu kommen ist viel "
        .. "besser als nie. Sein Team kann jetzt die warnen, die noch dort sind, und Ihnen helfen, die Dinge in "
        .. "Ordnung zu bringen.",
      ending = "reported_late",
      lesson = "Für eine Meldung ist es nie zu spät, auch nach dem Austritt nicht. Je früher Sie anrufen, desto "
        .. "weniger muss man rückgängig machen.",
    },

    deeper_end = {
      text = "Sie schreiben das „öffentliche“ Memo. Die Zahlung bindet Sie wieder an Meridian, nach Ihrer "
        .. "eigenen Meldung, und mit ihr kommt Alicias nächste Bitte. Joel kann Sie nur schützen, wenn Sie "
        .. "aufhören.",
      ending = "compromised",
      lesson = "Eine Meldung ist kein Freibrief zum Weitermachen. Wenn die Unternehmenssicherheit Bescheid "
        .. "weiß, nehmen Sie vom Kontakt keine Arbeit und kein Geld mehr an.",
    },

    walked_away = {
      text = "Sie haben sich herausgehalten. Meridian arbeitet sich weiter durch Ihre früheren Kollegen, und "
        .. "die Unternehmenssicherheit Ihres alten Arbeitgebers weiß nicht, was Sie wissen. Ein Anruf hätte sie "
        .. "gewarnt.",
      ending = "walked_away",
      lesson = "Auch Ehemalige können sich melden. Sich herauszuhalten schützt Sie, nicht die, die noch "
        .. "drinnen sind.",
    },

    hooked = {
      text = "Sie fliegen nach Hause, mit einem Umschlag und einem Auftrag: Priya hineinziehen. Die Pauschale "
        .. "„auf Lebenszeit“ hat jetzt einen Preis, und der ist Ihre Freundin. Auch jetzt ist der Anruf bei der "
        .. "Unternehmenssicherheit Ihres früheren Arbeitgebers der Ausweg.",
      ending = "hooked",
      lesson = "Aus Geld für das, was Sie wissen, werden Bitten um die, die Sie kennen. Der Ausweg bleibt "
        .. "offen: Rufen Sie die Unternehmenssicherheit an, egal, wie weit es schon gegangen ist.",
    },

    concealed = {
      text = "Sie erzählen Joel nur die Hälfte. Er dankt Ihnen und legt auf. Meridian hat weiter Ihre Arbeit, "
        .. "und Sie müssen jetzt eine Halbwahrheit aufrechterhalten. Jerry Chun Shing Lee tat 2012 dasselbe: Er "
        .. "erzählte der CIA von den Treffen, nicht von den Aufträgen. Joel hört Ihnen trotzdem zu, wenn Sie "
        .. "zurückrufen.",
      ending = "hooked",
      lesson = "Eine Halbwahrheit gegenüber der Unternehmenssicherheit ist das Schlechteste aus beiden Welten. "
        .. "Rufen Sie zurück, und erzählen Sie alles. Es ist noch nicht zu spät.",
    },
  },
}
