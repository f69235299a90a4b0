-- SPDX-License-Identifier: Apache-2.0
-- Deutsche Fassung von ../family-gifts.lua: dieselben IDs und Regeln, eigene Worte.
-- Jonas duzt seine Mutter oder seinen Vater, wie Kinder es tun; alle anderen siezen.
-- Trainiert: Geschenke und Gefälligkeiten für ein Familienmitglied im Ausland als Annäherung an Sie
-- erkennen und melden, bevor sie zum Druckmittel werden; die Personalabteilung nach den
-- Geschenkregeln zu fragen, ist keine Meldung.
-- Fakten aus den Quellen: der Fall Candace Claiborne (Stratfor, „Unlocking the Secrets of
-- MOMINT“): 2017 angeklagt, Geschenke und Zahlungen nicht angegeben zu haben; laut Anklageschrift
-- nahm sie selbst den ersten Kontakt auf, mit der Bitte um Hilfe bei der Jobsuche für ihren Sohn,
-- und war hoch verschuldet; Hilfe für den erwachsenen Sohn (Studiengebühren an einer Modeschule,
-- eine möblierte Wohnung, Urlaube, Taschengeld); eine Bitte um interne Analysen einen Monat nach
-- einer Zahlung von 2.480 Dollar; E-Mails zu löschen weckte eher Verdacht, als Beweise zu
-- beseitigen; sie schrieb, sie werde immer wieder „da hineingezogen“. TorchStone: Familie als
-- Druckmittel, Anwerbeversuche zielen auf alle, die Zugang haben.

local jonas = { name = "Jonas", role = "Ihr Sohn, studiert Design im Ausland", org = "Vellmar Academy of Design" }
local vass = { name = "Teodor Vass", role = "Geschäftsmann und „Freund der Familie“", org = "Aldmere Trade Dialogue Institute" }
local hr = { name = "Amina Duarte", role = "Personalreferentin", org = "Ihr Unternehmen" }
local officer = { name = "Ruth Okafor", role = "Ermittlerin", org = "Unternehmenssicherheit Ihres Unternehmens" }

return scenario {
  id = "family-gifts",
  title = "Jemand kümmert sich um Jonas",
  tactic = "family",
  summary = "Ihr erwachsener Sohn ist zum Designstudium ins Ausland gezogen. Ein großzügiger Geschäftsmann "
    .. "vor Ort ebnet ihm den Weg: ein Praktikum, eine Wohnung, ein bezahltes Semester. Es wirkt zu "
    .. "freundlich, um Fragen zu stellen.",
  minutes = 6,
  audience = { "everyone", "office", "managers" },
  teaches = { "little_hook", "report", "no_fear" },
  start = "call",
  report = {
    facts = {
      { id = "benefactor", text = "Wer Jonas hilft, wie der Kontakt entstand und was er gegeben hat", required = true,
        why = "Die Unternehmenssicherheit muss wissen, wer wem was gibt. So erkennt sie das Muster." },
      { id = "phone_gift", text = "Das Handy, das Herr Vass Ihnen nach Hause schickte, und ob Sie es benutzt haben", required = true,
        when = function(s) return s.visited("gifts") end,
        why = "Ein Handy vom Kontakt kann versteckte Software enthalten. Die Unternehmenssicherheit muss es so prüfen, wie es ist." },
      { id = "request", text = "Worum Herr Vass Sie bei der Arbeit gebeten hat, was er bot und wann", required = true,
        when = function(s) return s.visited("ask") end,
        why = "Die Bitte ist der Haken selbst. Daran sieht man, was die Geschenke kaufen sollten." },
      { id = "briefing_copy", text = "Eine Kopie des internen Briefings, um das er gebeten hat", decoy = true,
        when = function(s) return s.visited("ask") end,
        why = "Kopieren Sie nie interne Papiere in eine Meldung. Sagen Sie, wonach gefragt wurde. "
          .. "Das Original sieht sich die Unternehmenssicherheit auf sicherem Weg an." },
      { id = "ethnicity_guess", text = "Ihre Vermutung über die Herkunft von Herrn Vass und woher er wirklich stammt", decoy = true,
        why = "Anwerbeversuche kommen von Menschen jeder Herkunft, und sie zielen auf alle, die Zugang haben. "
          .. "Entscheidend ist, was jemand tut, nicht, woher jemand stammt." },
    },
  },
  debrief = "Diese Geschichte erinnert an den Fall von Candace Claiborne, einer Büroangestellten im "
    .. "US-Außenministerium. 2017 wurde sie angeklagt, weil sie Geschenke und Zahlungen chinesischer "
    .. "Beamter nicht angegeben hatte. Laut Anklage nahm sie selbst den ersten Kontakt auf. Dabei bat sie einen "
    .. "von ihnen, ihrem Sohn bei der Jobsuche zu helfen. Außerdem war sie hoch verschuldet. Danach bekam "
    .. "ihr Sohn Studiengebühren, eine möblierte Wohnung, Reisen und Taschengeld. 2011 bat ein "
    .. "mutmaßlicher Geheimdienstoffizier sie um interne Analysen der Regierung, einen Monat nachdem sie "
    .. "2.480 Dollar erhalten hatte. Als sie später befragt wurde, löschte sie E-Mails. Das weckte eher "
    .. "Verdacht, als dass es Beweise beseitigte. Claiborne schrieb ihrem Sohn, sie werde immer wieder „da "
    .. "hineingezogen“. Hilfe für Ihre Familie kann ein kleiner Haken sein. Melden Sie es früh. Und wenn "
    .. "es spät ist, melden Sie es trotzdem, ohne Angst.",
  scenes = {
    call = {
      channel = "phone",
      from = jonas,
      text = "Jonas ruft an, so fröhlich wie seit Monaten nicht. „Ein Freund des Schulleiters, Herr Vass, "
        .. "hat mir ein bezahltes Praktikum besorgt, und eine möblierte Wohnung für fast nichts! Er sagt, er "
        .. "hat dich vor Jahren bei einem Branchenessen kennengelernt und erinnert sich gut an dich.“\n\nSie "
        .. "sind Assistenz der Strategieleitung Ihres Unternehmens. An einen Herrn Vass erinnern Sie sich "
        .. "nicht.",
      flags = {
        { id = "remembers_you", text = "Der Gönner sagt, er kenne Sie von einem Essen vor Jahren" },
      },
      innocent = {
        { id = "happy_son", text = "Jonas klingt so fröhlich wie seit Monaten nicht" },
        { id = "director_friend", text = "Die Hilfe kam über einen Freund des Schulleiters" },
      },
      discuss = {
        "Warum sollte ein Fremder im Ausland so großzügig zu Ihrem Sohn sein?",
        "Muss Ihr Unternehmen erfahren, wenn jemand Ihrer Familie hilft?",
      },
      choices = {
        { "Sich freuen, aber Jonas bitten, mehr über Herrn Vass herauszufinden", go = "who" },
        { "Sich freuen und es dabei belassen", go = "gifts", hook = 1,
          gives = "Ihr Schweigen. Er lernt, dass seine Hilfe willkommen ist und niemand nachfragt." },
        { "Aufschreiben, was Jonas erzählt hat, und an die Hotline vom Plakat im Flur geben", go = "after_early", report = true },
      },
    },

    who = {
      channel = "chat",
      from = jonas,
      text = "Jonas hat gefragt, etwas verlegen. „Er sagt, er hilft einfach gern jungen Leuten aus dem "
        .. "Ausland. Dann hat er gelacht und gesagt, ihr seid alte Freunde. Ach, und er hat meine Gebühren "
        .. "fürs Semester bezahlt! Ich muss nichts zurückzahlen, sagt er. Bitte mach jetzt keine große Sache "
        .. "daraus.“",
      flags = {
        { id = "tuition_paid", text = "Ein fast Fremder zahlt die Gebühren Ihres Sohnes und will nichts zurück" },
      },
      innocent = {
        { id = "awkward_son", text = "Jonas sind Ihre Fragen ein bisschen peinlich" },
      },
      choices = {
        { "Den Chat sichern und der Unternehmenssicherheit sagen, was los ist", go = "after_early", report = true },
        { "Herrn Vass über Jonas danken; es ist nett von ihm", go = "gifts", hook = 1,
          gives = "Ihren Dank. Jetzt kann er sagen, Sie wussten vom Geld und fanden es gut." },
        { "Die Personalabteilung fragen, ob Geschenke an Ihren Sohn anzugeben sind", go = "hr" },
        { "Jonas sagen, er soll Abstand halten, und es dabei belassen", go = "walked_away" },
      },
    },

    hr = {
      channel = "email",
      from = hr,
      text = "Amina aus der Personalabteilung antwortet freundlich. Das Geschenkeregister gilt für "
        .. "Geschenke an Beschäftigte, für Jonas gibt es also nichts einzutragen. „Wenn Ihnen etwas seltsam "
        .. "vorkommt, ist das eigentlich ein Fall für die Unternehmenssicherheit.“ Sie legen die E-Mail ab. "
        .. "Die Personalabteilung kennt die Regeln, aber niemand, der Herrn Vass prüfen kann, hat seinen "
        .. "Namen gehört. Jonas schickt ein Foto aus seiner neuen Wohnung.",
      choices = {
        { "Aminas Rat folgen: die ganze Geschichte an die Unternehmenssicherheit schicken", go = "after_early", report = true },
        { "Es dabei belassen; die Personalabteilung sah nichts einzutragen", go = "gifts" },
      },
    },

    gifts = {
      channel = "chat",
      from = jonas,
      text = "Die Fotos kommen weiter: Jonas und seine Freunde im Strandurlaub, den „Herr Vass organisiert "
        .. "hat“, eine Nähmaschine für sein Atelier. Dann kommt ein Paket zu Ihnen nach Hause: ein neues "
        .. "Handy, „damit Jonas' Familie in guter Qualität videotelefonieren kann“, mit einer Karte, "
        .. "unterschrieben mit T. Vass.",
      flags = {
        { id = "paid_holidays", text = "Urlaube und Ausrüstung für Ihren Sohn, bezahlt vom selben Mann" },
        { id = "gift_for_you", text = "Ein Handy, das an Sie geschickt wurde, nicht an Ihren Sohn" },
      },
      innocent = {
        { id = "beach_photos", text = "Urlaubsfotos von Jonas mit Freunden am Strand" },
      },
      choices = {
        { "Das Handy in der Schachtel lassen und es samt den Geschenken an Jonas der Hotline im Flur melden",
          go = "after_early", report = true },
        { "Das neue Handy für die Gespräche mit Jonas benutzen", go = "ask", hook = 1,
          effect = function(s) s.vars.phone = true end,
          gives = "Ihre Anrufe und Nachrichten, auf einem Handy, das er eingerichtet hat." },
        { "Das Handy sicherheitshalber unbenutzt wegschließen und nichts sagen", go = "ask" },
      },
    },

    ask = {
      channel = "email",
      from = vass,
      text = function(s)
        local via = s.vars.phone and "Auf dem neuen Handy sehen Sie eine E-Mail an Ihre Dienstadresse. "
          or "Eine E-Mail kommt an Ihre Dienstadresse. "
        return via .. "„Einen herzlichen Gruß zuvor! Ihr "
          .. "Sohn macht Ihnen alle Ehre. Eine kleine Bitte: Mein Institut schreibt einen Newsletter über "
          .. "Handel. Das interne Briefing Ihres Unternehmens zu den Exportgesprächen im nächsten Jahr würde "
          .. "uns sehr helfen. Ihre Zeit würde ich natürlich bezahlen: 2.000 €.“"
      end,
      flags = {
        { id = "writes_to_work", text = "Der Gönner Ihres Sohnes schreibt jetzt an Ihre Dienstadresse" },
        { id = "internal_briefing", text = "Bittet um ein internes Briefing und bietet Geld dafür" },
      },
      innocent = {
        { id = "formal_greeting", text = "Die E-Mail beginnt mit einem altmodischen „Einen herzlichen Gruß zuvor!“" },
      },
      discuss = {
        "Warum ist diese Bitte nach der Hilfe für Jonas schwerer abzulehnen?",
        "Was würden Sie über die Geschenke sagen, die Sie schon angenommen haben?",
      },
      choices = {
        { "Nicht antworten und alles, mit den Geschenken, zum Team vom Plakat im Flur bringen",
          go = "after_late", report = true, effect = function(s) s.vars.late = true end },
        { "Das Briefing schicken; es ist ja nur ein Newsletter", go = "leverage", hook = 2,
          effect = function(s) s.vars.sent = true end,
          gives = "Ein internes Papier, und sein Geld dafür. Damit hat er etwas gegen Sie in der Hand." },
        { "Seine E-Mails sicherheitshalber löschen und Jonas sagen, er soll nicht verraten, wo Sie arbeiten", go = "deleted", how = "delete" },
      },
    },

    deleted = {
      channel = "chat",
      from = jonas,
      text = "Eine Woche später schreibt Jonas: „Er hat wieder gefragt. Er sagt, die Miete für die Wohnung "
        .. "muss steigen, wenn du ihn nicht anrufst. Warum bist du so? Er war so gut zu mir.“ Das Löschen "
        .. "hat nichts beendet. Es hat nur Ihren Beleg dafür gelöscht, worum man Sie gebeten hat.",
      flags = {
        { id = "pressure_via_son", text = "Der Druck kommt jetzt über Ihren Sohn" },
      },
      innocent = {
        { id = "rent_talk", text = "Jonas erwähnt die Miete seiner Wohnung" },
      },
      choices = {
        { "Zur Unternehmenssicherheit gehen und alles erzählen, auch die gelöschten E-Mails",
          go = "after_late", report = true, effect = function(s) s.vars.late = true end },
        { "Herrn Vass anrufen und versprechen, zu sehen, was Sie tun können", go = "leverage", hook = 2,
          gives = "Ihr Versprechen. Jetzt weiß er, dass Wohnung und Miete Sie bewegen." },
      },
    },

    leverage = {
      channel = "phone",
      from = vass,
      text = function(s)
        local thanks = s.vars.sent and "„Danke für das Briefing, sehr nützlich.“ "
          or "„Ich wusste, dass Sie anrufen.“ "
        return thanks .. "Herr Vass klingt herzlich wie immer. „Als Nächstes die Notizen des Vorstands "
          .. "zu unseren Gesprächen. Und es wäre so schade, wenn das Visum von Jonas ausliefe. Es hängt "
          .. "doch am Atelier.“ Im Hintergrund hören Sie ein Radio."
      end,
      flags = {
        { id = "visa_threat", text = "Das Visum Ihres Sohnes wird neben der nächsten Bitte erwähnt" },
      },
      innocent = {
        { id = "radio", text = "Im Hintergrund des Anrufs läuft ein Radio" },
      },
      choices = {
        { "Um Bedenkzeit bitten, auflegen und die Hotline aus dem Mitarbeiterhandbuch anrufen",
          go = "after_late", report = true, effect = function(s) s.vars.late = true end },
        { "Ihm die Notizen des Vorstands besorgen", go = "compromised", hook = 1,
          gives = "Die Notizen des Vorstands. Ab jetzt kommt jede neue Bitte mit einer Drohung." },
      },
    },

    after_early = {
      channel = "in_person",
      from = officer,
      text = "Ruth Okafor von der Unternehmenssicherheit dankt Ihnen und bittet Sie, Herrn Vass nicht zu "
        .. "kontaktieren. Jonas soll weitere Geschenke höflich ablehnen. Zwei Tage später ruft "
        .. "Jonas an: „Herr Vass lädt uns beide eine Woche ans Meer ein. Einfach Urlaub!“ Ruths Karte liegt "
        .. "auf Ihrem Schreibtisch.",
      flags = {
        { id = "gift_after_no", text = "Ein neues, größeres Geschenk kommt, nachdem Sie Abstand nehmen wollten" },
      },
      innocent = {
        { id = "officer_card", text = "Die Ermittlerin hat Ihnen ihre Karte dagelassen" },
      },
      choices = {
        { "Jonas sagen, dass Sie beide ablehnen, und Ruth das Angebot weitergeben", go = "rep_early" },
        { "Den Urlaub annehmen; es ist ja nur eine Woche am Meer", go = "carried_on", hook = 1,
          gives = "Eine Woche als seine Gäste, nach Ihrer Meldung. Das bindet Sie enger an ihn, nicht loser." },
      },
    },

    after_late = {
      channel = "in_person",
      from = officer,
      text = "Ruth Okafor hört sich die ganze Geschichte an und bittet Sie, Herrn Vass nicht mehr zu "
        .. "antworten. Am Abend ruft er auf Ihrem Handy an: „Eine letzte Kleinigkeit, und wir vergessen "
        .. "alles. Für Jonas.“ Seine Nummer steht auf dem Display. Ruth hat gesagt, Sie können sie jederzeit "
        .. "anrufen.",
      flags = {
        { id = "one_last_thing", text = "Er verspricht, nach „einer letzten Kleinigkeit“ sei Schluss" },
      },
      innocent = {
        { id = "any_time", text = "Die Ermittlerin sagte, Sie können sie jederzeit anrufen" },
      },
      choices = {
        { "Es klingeln lassen und Ruth am Morgen Bescheid sagen", go = "rep_late" },
        { "Ihm eine letzte Sache schicken, damit es aufhört", go = "carried_on", hook = 1,
          gives = "Noch ein Papier, nach Ihrer Meldung. Ein letztes gibt es nie." },
      },
    },

    rep_early = {
      text = "Jonas ist einen Tag lang sauer, dann erleichtert. Ruths Team gibt die Einzelheiten an die "
        .. "zuständigen Behörden und hilft Jonas, eine eigene Wohnung zu finden. Großzügigkeit gegenüber "
        .. "der Familie ist ein bekannter Weg hinein. Es ist viel leichter, sie zu stoppen, bevor man Sie "
        .. "um etwas gebeten hat. Sie mussten nicht sicher sein. Es zu sagen, hat genügt.",
      ending = "reported",
      lesson = "Geschenke und Gefälligkeiten für Ihre Familie können eine Annäherung an Sie sein. Melden Sie "
        .. "sie, bevor man Sie um etwas bittet. Dann lassen Sie die Unternehmenssicherheit die nächsten "
        .. "Schritte lenken.",
    },

    rep_late = {
      text = function(s)
        local sent = s.vars.sent and " Sie haben auch von dem Briefing erzählt, das Sie geschickt haben." or ""
        return "Die Anrufe erreichen Sie nicht mehr: Ruths Team übernimmt." .. sent .. " „Danke, dass Sie "
          .. "gekommen sind“, sagt Ruth. „Spät ist viel besser als nie, und Sie sind damit nicht allein. Wir "
          .. "helfen Ihnen und Jonas, sicher da herauszukommen.“"
      end,
      ending = "reported_late",
      lesson = "Auch nach Geschenken und einer Bitte schützt eine Meldung Sie und Ihre Familie. Erzählen Sie "
        .. "alles, bewahren Sie alles auf, und antworten Sie nicht mehr.",
    },

    carried_on = {
      text = function(s)
        local what = s.vars.late and "Auf die „letzte Kleinigkeit“ folgt eine neue Bitte"
          or "Der Urlaub ist schön, und am letzten Tag fragt Herr Vass nach Ihrer Arbeit"
        return what .. ". Ihre Meldung liegt vor, aber sie deckt nicht ab, was Sie danach getan haben. Ruth "
          .. "kann trotzdem helfen, und der Ausweg bleibt, es ihr sofort zu sagen."
      end,
      ending = "compromised",
      lesson = "Eine Meldung ist kein Freibrief zum Weitermachen. Wenn Sie gemeldet haben, brechen Sie "
        .. "jeden Kontakt ab und lassen Sie die Unternehmenssicherheit führen. Jeder Schritt danach ist ein "
        .. "neuer Haken.",
    },

    walked_away = {
      text = "Jonas hält meistens Abstand. Aber die Hilfe geht still weiter, und Herr Vass weiß immer noch, "
        .. "wo Sie arbeiten. In Ihrem Unternehmen hat niemand von ihm gehört, also kann Sie niemand warnen, "
        .. "wenn die erste Bitte kommt. Ein Gespräch mit der Unternehmenssicherheit würde das ändern.",
      ending = "walked_away",
      lesson = "Abstand halten ist nicht dasselbe wie melden. Nur eine Meldung lässt Ihr Unternehmen den "
        .. "Kontakt prüfen und Sie und Ihre Familie schützen.",
    },

    compromised = {
      text = "Die Notizen gehen hinaus, und die nächste Bitte kommt mit einem weiteren Wort über das Visum. "
        .. "Was als Freundlichkeit zu Ihrem Sohn begann, ist zum Druckmittel gegen Sie beide geworden. Im "
        .. "echten Leben ist der Ausweg immer noch die Unternehmenssicherheit, und er steht immer noch offen.",
      ending = "compromised",
      lesson = "Geschenke an Ihre Familie können zur Drohung gegen sie werden. Je früher Sie melden, desto "
        .. "weniger hat man gegen Sie in der Hand. Es ist nie zu spät, sich zu melden.",
    },
  },
}
