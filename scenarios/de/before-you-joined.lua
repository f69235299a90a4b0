-- SPDX-License-Identifier: Apache-2.0
-- Deutsche Fassung von ../before-you-joined.lua: dieselben IDs und Regeln, eigene Worte.
-- Camille duzt Sie, wie eine alte Freundin; die Erzählung und alle anderen siezen.
-- Trainiert: einen früheren Kontakt offenlegen, ohne Angst. Für den Kiosk beim Onboarding: In der
-- ersten Woche im neuen Job meldet sich eine Freundin aus dem Auslandsjahr, und die „Stiftung“, die
-- Sie damals für Studienaufsätze bezahlt hat, will ein neues Papier, dann Namen, dann einen Wechsel
-- auf eine Stelle mit mehr Zugang. Sie sind neu im Unternehmen. Den Profilbeitrag zu verstecken und
-- den Onboarding-Paten zu fragen sind halbe Sachen; die Meldung geht an die Sicherheitsbeauftragte
-- aus der Begrüßungsveranstaltung.
-- Fakten aus den Quellen: Stratfor 2017 (Glenn Shriver wurde beim Studium in China angeworben und
-- nach Hause geschickt, um in die CIA zu gelangen; die CIA hat ihr Denken seither angepasst, weil die
-- Dienste nicht nur ethnische Chinesen anwerben; der „kleine Haken“: eine bezahlte, harmlos wirkende
-- Aufgabe, festgehalten, wird zum Druckmittel); TorchStone 2024 (Ziel ist jeder mit Zugang; posten
-- Sie mit Bedacht über Ihre Aufgaben).

local camille = { name = "Camille Duarte", role = "Freundin aus Ihrem Auslandsjahr" }
local stefan = { name = "Stefan Varga", role = "Programmreferent", org = "Lakeside Exchange Foundation" }
local ana = { name = "Ana Kowalczyk", role = "Sicherheitsbeauftragte", org = "Ihr Unternehmen" }

return scenario {
  id = "before-you-joined",
  title = "Bevor Sie zu uns kamen",
  tactic = "past_contact",
  audience = { "new_hires" },
  summary = "Es ist Ihre erste Woche bei einer Firma, die Unterwassersensoren baut. Eine Freundin aus "
    .. "Ihrem Auslandsjahr im Studium meldet sich, mit Grüßen von der Stiftung, für die Sie damals "
    .. "geschrieben haben.",
  minutes = 6,
  teaches = { "report", "no_fear", "little_hook", "guard_profile" },
  start = "hello",
  report = {
    facts = {
      { id = "who", text = "Camille Duarte und Stefan Varga: wer sie sind und wie sie sich gemeldet haben",
        required = true,
        why = "Mit Namen und Kontaktweg kann die Unternehmenssicherheit sehen, ob auch andere Neue angesprochen wurden." },
      { id = "essays", text = "Die bezahlten Aufsätze für die Stiftung im Auslandsjahr: ungefähr wann, wie viel",
        required = true,
        why = "Die alten Aufsätze sind ihr Hebel. Sobald die Unternehmenssicherheit davon weiß, ist der Hebel weg." },
      { id = "new_asks", text = "Worum Stefan jetzt bittet, und was er bietet", required = true,
        when = function(s) return s.visited("stefan_call") end,
        why = "Die neuen Bitten zeigen, was man von Ihrem neuen Job will. Genau das muss man sehen." },
      { id = "form_answer", text = "Dass Sie im Onboarding-Formular „nein“ angekreuzt haben", required = true,
        when = function(s) return s.vars.ticked_no == true end,
        why = "Berichtigen Sie das Formular selbst. Eine falsche Antwort, die Sie korrigieren, ist viel besser als eine, die man später findet." },
      { id = "stefan_origin", text = "Ihre Vermutung über Stefans Herkunft, nach seinem Nachnamen", decoy = true,
        why = "Anwerbeversuche kommen von Menschen jeder Herkunft, und sie zielen auf alle, die Zugang haben. "
          .. "Entscheidend ist, was er von Ihnen will, nicht, woher er stammt." },
      { id = "sonar_details", text = "Einzelheiten des Sonarprojekts, an dem Sie jetzt arbeiten", decoy = true,
        why = "Schreiben Sie nie Projektdetails in eine Meldung. Sagen Sie, wonach gefragt wurde; was sensibel ist, weiß man dort." },
    },
  },
  debrief = "Glenn Shriver, ein Amerikaner, wurde vom chinesischen Geheimdienst angeworben, als er in China "
    .. "studierte. Dann wurde er nach Hause geschickt, um in die CIA zu gelangen. Laut einem Bericht von "
    .. "Newsweek, den Stratfor zitiert, hat sein Fall das Denken der CIA verändert: Diese Dienste zielen nicht "
    .. "nur auf Menschen einer Herkunft. Ein Anwerbeversuch kann lange beginnen, bevor jemand Zugang hat, "
    .. "und auf den richtigen Job warten. Die meisten Freunde aus einem Auslandsjahr sind einfach Freunde. "
    .. "Aber wenn sich jemand aus Ihrer Vergangenheit plötzlich für Ihre Arbeit interessiert, oder Sie an "
    .. "etwas erinnert, das man nutzen könnte, sagen Sie es der Unternehmenssicherheit. Einen früheren Kontakt "
    .. "offenzulegen, ist kein Geständnis. Es nimmt der anderen Seite den Hebel aus der Hand, und Sie können "
    .. "es ohne Angst tun.",
  scenes = {
    hello = {
      channel = "linkedin",
      from = camille,
      text = "Tag drei im neuen Job. Eine Nachricht von Camille, Ihrer engsten Freundin aus dem Auslandsjahr: "
        .. "„Hab deinen Beitrag gesehen! Bin so stolz auf dich. Stefan von der Stiftung lässt grüßen. Er hat "
        .. "deine Aufsätze noch in der Akte, sagt, sie waren die besten. Er würde gern hören, woran du jetzt "
        .. "arbeitest. Kaffee, wenn ich in der Stadt bin?“",
      flags = {
        { id = "essays_on_file", text = "Erwähnt, dass die Stiftung Ihre bezahlten Aufsätze noch in der Akte hat" },
        { id = "what_you_work_on", text = "Gibt das Interesse daran weiter, woran Sie jetzt arbeiten" },
      },
      innocent = {
        { id = "saw_post", text = "Camille hat Ihren öffentlichen Beitrag zum neuen Job gesehen" },
        { id = "old_friend", text = "Camille war in jenem Jahr Ihre engste Freundin" },
      },
      discuss = { "Welcher Teil dieser freundlichen Nachricht betrifft die Vergangenheit, und welcher Ihren neuen Job?" },
      choices = {
        { "Herzlich antworten und alles über Ihr neues Team erzählen", go = "briefing", hook = 1,
          gives = "Ihr neues Team und Ihre Rolle, weitergegeben an Leute, die Sie früher bezahlt haben.",
          effect = function(s) s.vars.told = true end },
        { "Herzlich antworten, aber die Arbeit heraushalten", go = "briefing" },
        { "Dem Kontakt aus Ihrer Willkommensmappe von Camille, Stefan und den alten Aufsätzen schreiben",
          go = "after", report = true },
        { "Den Beitrag zum Job aus dem Profil nehmen und es dabei belassen", go = "profile" },
      },
    },

    profile = {
      text = "Sie verstecken den Beitrag und machen Ihr Profil knapper. Das ist vernünftig: Sagen Sie online "
        .. "weniger über Ihre Aufgaben. Aber Camille und Stefan wissen schon, wo Sie arbeiten, und die alten "
        .. "Aufsätze sind nicht verschwunden. In Ihrer neuen Firma weiß niemand, dass jemand aus Ihrer "
        .. "Vergangenheit nachfragt.",
      choices = {
        { "Dem Kontakt aus Ihrer Willkommensmappe von der Nachricht und den Aufsätzen erzählen", go = "after", report = true },
        { "Weitermachen; am Donnerstag ist ja sowieso die Sicherheitseinweisung", go = "briefing" },
      },
    },

    briefing = {
      channel = "in_person",
      from = ana,
      text = "Bei der Begrüßungsveranstaltung am Donnerstag sagt Ana Kowalczyk: „Viele von Ihnen hatten ein "
        .. "Leben vor uns: Auslandsstudium, Nebenjobs, alte Freunde. Wenn sich jemand von damals plötzlich für "
        .. "Ihre Arbeit interessiert, sagen Sie es uns. Niemand bekommt Ärger für das, was er uns erzählt.“ Das "
        .. "Formular fragt nach bezahlter Arbeit für Organisationen im Ausland.",
      discuss = {
        "Warum zögert man vielleicht, einen bezahlten Studentenjob von vor Jahren zu erwähnen?",
        "Was würde es leichter machen, in der ersten Woche etwas zu sagen?",
      },
      choices = {
        { "Nach dem Vortrag bleiben und Ana von Camille, Stefan und den Aufsätzen erzählen", go = "after", report = true },
        { "Im Formular „nein“ ankreuzen; es waren ja nur Studienaufsätze", go = "stefan_call", hook = 1,
          gives = "Eine falsche Antwort in Ihrem ersten Sicherheitsformular: etwas, das man gegen Sie verwenden kann.",
          effect = function(s) s.vars.ticked_no = true end },
        { "Ihren Onboarding-Paten Tariq fragen, ob das der Rede wert ist", go = "buddy" },
      },
    },

    buddy = {
      channel = "chat",
      from = { name = "Tariq Mahmood", role = "Ihr Onboarding-Pate", org = "Ihr Team" },
      text = "Tariq antwortet sofort. „Ehrlich? Ich würde nichts sagen. Warum in der ersten Woche schlecht "
        .. "dastehen? Jeder hatte im Studium komische Jobs.“ Er meint es freundlich, und von der Stiftung hat "
        .. "er nie gehört. Ana hat vor einer Stunde das Gegenteil gesagt, und sie ist die, die es weiß.",
      choices = {
        { "Doch noch zu Ana gehen und ihr alles erzählen", go = "after", report = true },
        { "Tariqs Rat folgen und im Formular „nein“ ankreuzen", go = "stefan_call", hook = 1,
          gives = "Eine falsche Antwort in Ihrem ersten Sicherheitsformular: etwas, das man gegen Sie verwenden kann.",
          effect = function(s) s.vars.ticked_no = true end },
        { "Die Frage im Formular vorerst offen lassen", go = "stefan_call" },
      },
    },

    stefan_call = {
      channel = "phone",
      from = stefan,
      text = function(s)
        local team = s.vars.told and ", und Ihr Team klingt faszinierend" or ""
        return "Ein Anruf auf Ihrem neuen Diensthandy. Es ist Stefan, der nach Ihrem alten Professor fragt. "
          .. "„Glückwunsch! Wir wussten immer, dass Sie es weit bringen" .. team .. ". Wir haben ein neues "
          .. "bezahltes Projekt: eine kurze Notiz darüber, wie Firmen wie Ihre ihre Konstruktionen schützen. "
          .. "Nichts Geheimes. Fünfzehnhundert, wie damals.“"
      end,
      flags = {
        { id = "knows_number", text = "Ruft auf einer Dienstnummer an, die Sie ihm nie gegeben haben" },
        { id = "how_firms_protect", text = "Will eine bezahlte Notiz, wie Firmen wie Ihre ihre Konstruktionen schützen" },
      },
      innocent = {
        { id = "old_professor", text = "Fragt nach Ihrem alten Professor" },
        { id = "congratulates", text = "Gratuliert Ihnen zum neuen Job" },
      },
      choices = {
        { "Die Notiz schreiben; es ist ja nur Allgemeines", go = "note_paid", hook = 1,
          gives = "Eine bezahlte Notiz: wie Ihre neue Firma ihre Pläne schützt.",
          effect = function(s) s.vars.note = true end },
        { "Höflich ablehnen", go = "decline" },
        { "Stefan sagen, Sie überlegen es sich, und dann Ana Kowalczyk anrufen", go = "after", report = true },
      },
    },

    note_paid = {
      channel = "email",
      from = stefan,
      text = "Am nächsten Tag kommt das Honorar. Stefan schreibt: „Hervorragende Arbeit. Könnten Sie als "
        .. "Nächstes ein Organigramm Ihrer Abteilung schicken und sagen, wer am neuen Sonarprojekt arbeitet? "
        .. "Wir haben ja noch all Ihre Aufsätze und Quittungen, wir wissen also, dass Sie zuverlässig sind.“",
      flags = {
        { id = "org_chart", text = "Will ein Organigramm und die Namen im Sonarprojekt" },
        { id = "receipts_reminder", text = "Erinnert Sie daran, dass man Ihre Aufsätze und Quittungen aufbewahrt hat" },
      },
      innocent = {
        { id = "foundation_logo", text = "Die E-Mail trägt das übliche Logo der Stiftung" },
      },
      discuss = { "Was sagt Ihnen „wir wissen, dass Sie zuverlässig sind“ wirklich?" },
      choices = {
        { "Organigramm und Namen schicken", go = "visit", hook = 2,
          gives = "Namen und Rollen Ihrer Kollegen: Menschen, die man jetzt ansprechen kann." },
        { "Stefans E-Mail an Ana Kowalczyk weiterleiten und von Notiz und Honorar erzählen",
          go = "after", report = true },
        { "Die E-Mails löschen und so tun, als wäre nichts gewesen", go = "deleted", how = "delete" },
      },
    },

    visit = {
      channel = "in_person",
      from = stefan,
      text = "Camille ist in der Stadt, und Stefan kommt zum Abendessen dazu. Dann beugt er sich vor. „Im "
        .. "Sonarteam ist intern eine Stelle frei, mit mehr Zugang. Sie wären perfekt. Bewerben Sie sich, und "
        .. "es soll Ihr Schaden nicht sein. Denken Sie an Ihre Zukunft.“ Camille sieht auf ihren Teller.",
      flags = {
        { id = "apply_for_access", text = "Drängt Sie, sich auf eine interne Stelle mit mehr Zugang zu bewerben" },
        { id = "worth_your_while", text = "Verspricht, es solle Ihr Schaden nicht sein" },
      },
      innocent = {
        { id = "busy_restaurant", text = "Sie treffen sich in einem vollen Restaurant in der Stadt" },
      },
      choices = {
        { "Versprechen, sich zu bewerben", go = "hooked", hook = 2,
          gives = "Ein Plan, näher an die Geheimnisse zu rücken, nach deren Anweisung." },
        { "Sagen, Sie müssen nachdenken, und gleich morgen früh zu Ana Kowalczyk gehen", go = "after", report = true },
      },
    },

    decline = {
      channel = "phone",
      from = stefan,
      text = "Stefan nimmt es gelassen. „Natürlich, natürlich.“ Dann, wie nebenbei: „Ihr neuer Arbeitgeber "
        .. "wäre vielleicht neugierig auf unsere alte Zusammenarbeit, nicht wahr? Nun, das Angebot steht.“ Er "
        .. "legt auf, bevor Sie antworten können, und Ihre Hand zittert ein wenig.",
      flags = {
        { id = "veiled_threat", text = "Deutet an, Ihr Arbeitgeber könnte neugierig auf die alten Aufsätze sein" },
      },
      innocent = {
        { id = "takes_it_well", text = "Zuerst nimmt er Ihr Nein höflich hin" },
      },
      choices = {
        { "Ana Kowalczyk anrufen und von den Aufsätzen, Camille und diesem Anruf erzählen", go = "after", report = true },
        { "Nichts sagen und hoffen, dass Stefan es dabei belässt", go = "walked_away" },
      },
    },

    deleted = {
      text = "Sie löschen Stefans E-Mails und die Zahlungsnachricht. Aber die Stiftung hat noch jeden Aufsatz, "
        .. "jede Quittung und jetzt auch Ihre Notiz. Gelöscht haben Sie nur Ihren eigenen Beleg dafür, wie es "
        .. "anfing: den Teil, der zeigen würde, dass Sie nichts zu verbergen hatten.",
      choices = {
        { "Zu Ana Kowalczyk gehen und ihr alles erzählen, auch das Löschen", go = "after", report = true },
        { "Schweigen und hoffen, dass es vorbeigeht", go = "exposed" },
      },
    },

    after = {
      channel = "in_person",
      from = ana,
      text = function(s)
        local extra = ""
        if s.vars.ticked_no then
          extra = "„Das Formular berichtigen wir gemeinsam. Machen Sie sich keine Sorgen.“ "
        elseif s.hook > 0 then
          extra = "„Sagen Sie mir, was Sie geschickt haben, dann kümmern wir uns darum.“ "
        end
        return "Ana Kowalczyk hört ohne Stirnrunzeln zu. „Danke. Genau dafür ist die Einweisung da. "
          .. "Studienaufsätze sind kein Verbrechen. Wichtig ist, wer jetzt fragt.“ " .. extra .. "„Bitte "
          .. "antworten Sie Stefan nicht mehr.“ Am Abend schreibt Camille."
      end,
      choices = {
        { "Camille freundlich auf Abstand halten und jede neue Nachricht an Ana geben", go = "rep_early",
          when = function(s) return s.hook == 0 end },
        { "Camille freundlich auf Abstand halten und jede neue Nachricht an Ana geben", go = "rep_late",
          when = function(s) return s.hook > 0 end },
        { "Stefan noch einmal treffen, um ihm selbst zu sagen, dass Schluss ist", go = "deeper_end", hook = 1,
          gives = "Ein privates Gespräch mit dem Mann, den die Unternehmenssicherheit gerade prüft." },
      },
    },

    rep_early = {
      text = "Anas Team sieht sich die Stiftung an und findet heraus, dass sie weitere frühere Studierende "
        .. "angesprochen hat, die heute in der Industrie arbeiten. Ihre ersten Wochen laufen normal weiter. "
        .. "Nichts, was Sie Ana erzählt haben, wird Ihnen vorgehalten. Es liegt einfach in den Akten, wo es "
        .. "niemand mehr als Drohung nutzen kann.",
      ending = "reported",
      lesson = "Der Unternehmenssicherheit von einem früheren Kontakt zu erzählen, ist kein Geständnis. Es nimmt "
        .. "der anderen Seite den Hebel aus der Hand, und es schützt Sie.",
    },

    rep_late = {
      text = "Sie erzählen Ana alles, auch was Sie geschickt haben. Sie dankt Ihnen: Spät zu kommen ist viel "
        .. "besser als nie. Gemeinsam berichtigen Sie die Unterlagen und stoppen die nächste Bitte. Niemand "
        .. "behandelt Sie als verdächtig.",
      ending = "reported_late",
      lesson = "Für eine Meldung ist es nie zu spät, auch nicht bei einem falsch ausgefüllten Formular. Je "
        .. "früher Sie es tun, desto weniger hat man gegen Sie in der Hand.",
    },

    deeper_end = {
      text = "Stefan ist charmant, und ein Umschlag liegt auf dem Tisch, bevor Sie Nein sagen können. Ein Foto "
        .. "wird gemacht, „der alten Zeiten wegen“. Ana hat jetzt ein neues Problem zu entwirren. Wenn Sie "
        .. "gemeldet haben, überlassen Sie den Kontakt der Unternehmenssicherheit.",
      ending = "compromised",
      lesson = "Eine Meldung ist kein Freibrief zum Weitermachen. Wenn die Unternehmenssicherheit Bescheid "
        .. "weiß, treffen Sie sich nicht mehr und antworten nicht. Lassen Sie sie führen.",
    },

    walked_away = {
      text = "Sie haben geschwiegen. Stefan hat weiter Ihre Aufsätze und seine versteckte Drohung, und Ihr "
        .. "Arbeitgeber weiß nichts. Der Hebel bleibt in seiner Hand, bis Sie es jemandem sagen.",
      ending = "walked_away",
      lesson = "Schweigen lässt den Hebel bei der anderen Seite. Einen früheren Kontakt, den Sie offenlegen, "
        .. "kann niemand mehr gegen Sie verwenden.",
    },

    hooked = {
      text = "Sie versprechen, sich zu bewerben. Wenn Sie die Stelle bekommen, wachsen die Bitten mit Ihrem "
        .. "Zugang. So wird aus einem Kontakt aus Studienzeiten eine platzierte Quelle. Auch jetzt ist der Weg "
        .. "zur Unternehmenssicherheit der Ausweg.",
      ending = "hooked",
      lesson = "Hilfe bei der Karriere kann ein Plan sein, Sie näher an Geheimnisse zu bringen. Der Ausweg "
        .. "bleibt offen: Sagen Sie es der Unternehmenssicherheit, egal, wie weit es schon gegangen ist.",
    },

    exposed = {
      text = "Sie schweigen. Die Stiftung hat weiter Ihre Aufsätze, Ihre Notiz und jetzt auch Ihr Schweigen. "
        .. "Die nächste Bitte wird schwerer abzulehnen sein. Die Unternehmenssicherheit kann Ihnen immer noch "
        .. "helfen, heute.",
      ending = "compromised",
      lesson = "Löschen entfernt nicht, was die andere Seite aufbewahrt hat. Sagen Sie es der "
        .. "Unternehmenssicherheit, und der Druck auf Sie ist weg.",
    },
  },
}
