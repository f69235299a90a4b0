-- SPDX-License-Identifier: Apache-2.0
-- Deutsche Fassung von ../colleague-asks.lua: dieselben IDs und Regeln, eigene Worte.
-- Lukas duzt Sie, wie es Teamkollegen nach sechs Jahren tun; die Erzählung und alle anderen siezen.
-- Trainiert: Ein Teamkollege in Geldnot bittet um „kleine“ Gefallen: Dateien aus einem Projekt, das
-- er verlassen hat, einen geliehenen Ausweis, ein bezahltes Treffen mit „einer Beraterin“. Schwer
-- ist, jemanden zu melden, den man kennt; ein stilles Wort mit der Teamleiterin ist keine Meldung.
-- Sie sind die Assistenz einer Prüfabteilung.
-- Fakten aus den Quellen: TorchStone 2024 (ein Agent, der alles übergeben hat, woran er herankommt,
-- wendet sich oft an andere, damit das Geld weiter fließt; Mallory nahm Kontakt zu Freunden und
-- früheren Kollegen bei der CIA auf; Walker warb einen Freund und Familienmitglieder an); Stratfor
-- 2017 zu Candace Claiborne (festgenommen, Vorwurf: Geschenke und Zahlungen nicht angegeben; hoch
-- verschuldet; E-Mails zu löschen, „eher geeignet, Verdacht zu wecken, als Beweise zu beseitigen“).

local lukas = { name = "Lukas Brenner", role = "Prüftechniker, aus Ihrem Team", org = "Abteilung Antriebsprüfung" }
local mariam = { name = "Mariam Haddad", role = "Teamleiterin", org = "Abteilung Antriebsprüfung" }
local ines = { name = "Ines Moreau", role = "Beraterin", org = "Harbourline Insight" }
local sunita = { name = "Sunita Rao", role = "Sicherheitsbeauftragte", org = "Ihr Unternehmen" }

return scenario {
  id = "colleague-asks",
  title = "Ein Gefallen unter Kollegen",
  tactic = "colleague",
  audience = { "office", "engineering", "managers" },
  summary = "Sie führen das Büro der Abteilung Antriebsprüfung. Lukas sitzt Ihnen seit sechs Jahren "
    .. "gegenüber. Er hat ein schweres Jahr und bittet Sie immer wieder um kleine Gefallen.",
  minutes = 7,
  teaches = { "little_hook", "report", "no_fear" },
  start = "kitchen",
  report = {
    facts = {
      { id = "who_asked", text = "Wer Sie wann worum gebeten hat: Dateien, Ihr Ausweis, Treffen", required = true,
        why = "Die Unternehmenssicherheit muss wissen, wer wann worum bat. Nur so sieht sie, wie weit es geht." },
      { id = "about_ines", text = "Was Lukas über Ines sagte, ihr Honorar und wie man sie erreicht", required = true,
        when = function(s) return s.visited("offer") end,
        why = "Ines ist die, die zahlt. Ohne sie sieht man nur die halbe Geschichte." },
      { id = "what_you_gave", text = "Was Sie übergeben oder genommen haben: Dateien, Ausweis, Bargeld, Listen", required = true,
        when = function(s) return s.hook > 0 end,
        why = "Sagen Sie klar, was Sie gegeben haben. Schützen kann man nur, wovon man weiß, dass es weg ist." },
      { id = "debt_gossip", text = "Was Kollegen über die Scheidung und die Schulden von Lukas erzählen", decoy = true,
        why = "Klatsch über sein Privatleben hilft nicht und kann ihm schaden. Melden Sie, was er wollte und tat." },
      { id = "kestrel_copy", text = "Eine Kopie der Kestrel-Versuchsberichte, die er wollte", decoy = true,
        why = "Legen Sie nie sensible Dateien in eine Meldung. Nennen Sie sie, und man sieht sie sich sicher an." },
      { id = "ines_origin", text = "Ihre Vermutung, woher Ines stammt, nach ihrem Akzent", decoy = true,
        when = function(s) return s.visited("cafe") end,
        why = "Anwerbeversuche kommen von Menschen jeder Herkunft, und sie zielen auf alle, die Zugang haben. "
          .. "Entscheidend ist, worum Ines gebeten hat, nicht, woher sie stammt." },
    },
  },
  debrief = "Echte Spione haben über Freunde und Kollegen gearbeitet. Kevin Mallory, ein ehemaliger "
    .. "CIA-Offizier, nahm Kontakt zu Freunden und früheren Kollegen auf, die noch bei der CIA waren. Im "
    .. "Spionagering von John Walker warb Walker einen Freund und Familienmitglieder an. TorchStone "
    .. "schreibt: Wer alles übergeben hat, woran er herankommt, wendet sich oft an andere, damit das Geld "
    .. "weiter fließt. Geldsorgen können Menschen offen für Angebote machen. Candace Claiborne, "
    .. "Büroangestellte im US-Außenministerium, wurde 2017 festgenommen. Der Vorwurf: Sie habe Geschenke "
    .. "und Zahlungen chinesischer Beamter nicht angegeben. Sie war hoch verschuldet. Doch Schulden sind "
    .. "kein Grund, jemanden zu melden. Bitten schon: Dateien aus einem anderen Projekt, ein geliehener "
    .. "Ausweis, ein bezahltes Treffen darüber, wer wo Zugang hat. Einen Teamkollegen zu melden, ist kein "
    .. "Verrat. Sie sagen der Unternehmenssicherheit, worum gebeten wurde, und sie entscheidet, was zu tun ist.",
  scenes = {
    kitchen = {
      channel = "in_person",
      from = lukas,
      text = "Lukas sieht erschöpft aus. „Die Scheidung frisst mein Gehalt auf“, sagt er an der Kaffeemaschine. "
        .. "Dann, leiser: „Du kommst doch ans Archivlaufwerk, oder? Zieh mir die alten Kestrel-Versuchsberichte. "
        .. "Mein Zugang ist mit dem Projektwechsel weg. Ein Ticket braucht es nicht, sind ja nur alte Sachen.“",
      flags = {
        { id = "outside_project", text = "Will Berichte aus einem Projekt, in dem er nicht mehr arbeitet" },
        { id = "no_ticket", text = "Bittet Sie, das Ticket für den Zugang zu umgehen" },
      },
      innocent = {
        { id = "divorce_talk", text = "Spricht offen über seine Scheidung und seine Geldsorgen" },
        { id = "coffee_machine", text = "Fragt an der Kaffeemaschine, wo alle plaudern" },
      },
      discuss = {
        "Was macht es schwer, diese Bitte abzulehnen?",
        "Ist es dasselbe, der Unternehmenssicherheit von Lukas zu erzählen und ihn zu beschuldigen?",
      },
      choices = {
        { "Die Berichte für ihn ziehen; es sind ja nur alte Daten", go = "badge", hook = 1,
          gives = "Dateien aus einem Projekt, das er verlassen hat, geholt unter Ihrem Namen.",
          effect = function(s) s.vars.files = true end },
        { "Ihm sagen, er soll den Zugang per Ticket beantragen, wie alle anderen", go = "badge" },
        { "Sunita Rao von der Intranetseite „Wen rufe ich an?“ schreiben, worum Lukas bat",
          go = "after", report = true },
        { "Stattdessen still mit Ihrer Teamleiterin Mariam reden", go = "lead" },
      },
    },

    lead = {
      channel = "in_person",
      from = mariam,
      text = "Mariam hört zu und seufzt. „Lukas hat ein schweres Jahr. Ich rede mal mit ihm. Behalten wir das "
        .. "unter uns, ja?“ Mariam meint es gut. Aber sie kann nicht prüfen, mit wem Lukas sonst redet. Und "
        .. "niemand, dessen Aufgabe es ist, so etwas zu prüfen, weiß, worum er gebeten hat.",
      choices = {
        { "Doch noch Sunita Rao schreiben und erwähnen, dass Sie es Mariam erzählt haben", go = "after", report = true },
        { "Es bei Mariam belassen", go = "badge" },
      },
    },

    badge = {
      channel = "chat",
      from = lukas,
      text = function(s)
        local pre = s.vars.files and "„Danke für die Berichte, du bist ein Schatz.“ " or ""
        return "Eine Nachricht von Lukas um 7:40 Uhr. " .. pre .. "„Hab meinen Ausweis schon wieder zu Hause "
          .. "vergessen. Leihst du mir deinen bis Mittag für die Prüfhalle? Bitte schick mich nicht zur Wache. "
          .. "Die schreiben alles auf, und ich hab eh schon Ärger wegen Zuspätkommens.“"
      end,
      flags = {
        { id = "borrow_badge", text = "Will mit Ihrem Ausweis in die Prüfhalle" },
        { id = "avoid_log", text = "Will die Wache meiden, weil sie Besuche protokolliert" },
      },
      innocent = {
        { id = "early_message", text = "Schreibt früh am Morgen" },
        { id = "forgot_again", text = "Er hat seinen Ausweis schon öfter vergessen" },
      },
      choices = {
        { "Ihm den Ausweis leihen; es ist ja nur bis Mittag", go = "offer", hook = 1,
          gives = "Ihr Ausweis: Was er in der Prüfhalle tut, wird unter Ihrem Namen protokolliert.",
          effect = function(s) s.vars.badge = true end },
        { "Nein sagen und ihn auf den Tagesausweis an der Wache verweisen", go = "offer" },
        { "Sunita Rao kurz vom Ausweis und von der Bitte ums Archiv schreiben", go = "after", report = true },
      },
    },

    offer = {
      channel = "in_person",
      from = lukas,
      text = "Beim Feierabendbier am Freitag ist Lukas ausnahmsweise gut gelaunt. „Ich hab einen Weg aus meinem "
        .. "Geldloch gefunden. Ines, eine Beraterin von einer Messe, zahlt 400 die Stunde für Fachwissen. Sie "
        .. "sucht jemanden, der weiß, wie die Abteilung läuft: wer was macht, wer wo reinkommt. Ich hab ihr "
        .. "von dir erzählt.“",
      flags = {
        { id = "pays_for_access", text = "Eine Beraterin zahlt 400 die Stunde, um zu erfahren, wer wo hineinkommt" },
        { id = "gave_your_name", text = "Er hat ihr Ihren Namen schon genannt" },
      },
      innocent = {
        { id = "trade_fair", text = "Er hat sie auf einer Messe kennengelernt" },
        { id = "friday_drinks", text = "Er erzählt es beim üblichen Feierabendbier des Teams" },
      },
      discuss = { "Vielleicht weiß Lukas nicht, was Ines wirklich will. Ändert das, was Sie tun sollten?" },
      choices = {
        { "Zusagen, Ines auf einen Kaffee zu treffen", go = "cafe", hook = 1,
          gives = "Ein Treffen unter vier Augen mit jemandem, der für Wissen von innen zahlt." },
        { "Ablehnen und Lukas sagen, er soll vorsichtig sein", go = "refused" },
        { "Am Montag Sunita Rao alles erzählen, worum Lukas Sie bisher gebeten hat", go = "after", report = true },
        { "Ines nachschlagen und Lukas ausfragen, wer ihre Kunden sind", go = "digging", how = "keep_talking" },
      },
    },

    digging = {
      channel = "chat",
      from = lukas,
      text = "Die Beratungsfirma von Ines hat eine schicke Website und keine Kundennamen. Sie fragen Lukas, wer zahlt. "
        .. "Er schweigt eine Weile, dann schreibt er: „Wozu die ganzen Fragen? Ines mag keine neugierigen Leute. "
        .. "Vergiss, was ich gesagt hab.“ Am nächsten Morgen ist die Website offline, und Lukas setzt sich "
        .. "mittags nicht mehr zu Ihnen.",
      flags = {
        { id = "site_offline", text = "Die Website der Beratung geht nach Ihren Fragen offline" },
      },
      innocent = {
        { id = "smart_site", text = "Die Beratungsfirma hatte eine gut gemachte Website" },
      },
      choices = {
        { "Sunita Rao erzählen, was Sie gefunden haben, und dass Sie herumgefragt haben", go = "after", report = true },
        { "Es auf sich beruhen lassen", go = "walked_away" },
      },
    },

    cafe = {
      channel = "in_person",
      from = ines,
      text = "Ines, herzlich und gut vorbereitet, fragt, wie die Abteilung aufgebaut ist, wer Prüfpläne "
        .. "freigibt und wer in die Prüfhalle darf. Beim Gehen schiebt sie einen Umschlag über den Tisch. "
        .. "„Dreihundert, für Ihre Zeit. Könnten Sie nächstes Mal die interne Telefonliste mitbringen?“",
      flags = {
        { id = "who_has_access", text = "Fragt, wer Prüfpläne freigibt und wer in die Prüfhalle darf" },
        { id = "cash_envelope", text = "Bietet Bargeld in einem Umschlag für Ihre Zeit" },
        { id = "phone_list", text = "Bittet Sie, die interne Telefonliste mitzubringen" },
      },
      innocent = {
        { id = "well_prepared", text = "Ines hat die öffentlichen Nachrichten Ihres Unternehmens gelesen" },
        { id = "pays_coffee", text = "Ines zahlt den Kaffee" },
      },
      choices = {
        { "Den Umschlag nehmen", go = "lists", hook = 2,
          gives = "Das Geld von Ines in Ihrer Hand: ein Beleg, dass Sie Geld für Insiderwissen genommen haben.",
          effect = function(s) s.vars.cash = true end },
        { "Den Umschlag auf dem Tisch liegen lassen und gehen", go = "lists" },
        { "Direkt zurück ins Büro gehen und Sunita Rao von dem Treffen erzählen", go = "after", report = true },
      },
    },

    lists = {
      channel = "email",
      from = ines,
      text = function(s)
        local open = s.vars.cash and "„Danke für gestern. " or "„Schade, dass Sie so schnell weg waren. "
        return "Eine E-Mail von Ines kommt an Ihre private Adresse, die nur Lukas ihr gegeben haben kann. "
          .. open .. "Könnten Sie mir die interne Telefonliste und den Zugangsplan der Prüfhalle schicken? "
          .. "Bitte nur an diese Adresse. Der Mailserver unserer Firma ist sehr streng.“"
      end,
      flags = {
        { id = "private_address", text = "Schreibt an eine private Adresse, die Sie ihr nie gegeben haben" },
        { id = "access_rota", text = "Will die Telefonliste und den Zugangsplan der Prüfhalle" },
      },
      innocent = {
        { id = "legal_footer", text = "Die E-Mail endet mit einem langen rechtlichen Hinweis" },
      },
      choices = {
        { "Ines beide Dateien schicken", go = "squeeze", hook = 2,
          gives = "Interne Listen bei Ines, verschickt von Ihrem eigenen Konto.",
          effect = function(s) s.vars.sent = true end },
        { "Die E-Mail unverändert an Sunita Rao weiterleiten und die ganze Geschichte erzählen", go = "after", report = true },
        { "Die E-Mail löschen und hoffen, dass es aufhört", go = "deleted", how = "delete" },
      },
    },

    squeeze = {
      channel = "chat",
      from = lukas,
      text = function(s)
        local what = s.vars.cash and "Du hast ihr Geld genommen." or "Du hast ihr die Listen geschickt."
        return "Lukas, spät in der Nacht: „Ines ist zufrieden mit dir. Als Nächstes will sie den Prüfplan für "
          .. "Kestrel. Hör mal, wir hängen da jetzt zusammen drin. " .. what .. " Wenn das rauskommt, verlieren "
          .. "wir beide unseren Job. Nur noch eine Datei, dann lässt sie uns in Ruhe.“"
      end,
      flags = {
        { id = "together_now", text = "Sagt, Sie „hängen da jetzt zusammen drin“" },
        { id = "job_threat", text = "Warnt, dass Sie beide Ihren Job verlieren würden" },
      },
      innocent = {
        { id = "late_night", text = "Schreibt spät in der Nacht" },
      },
      discuss = { "Warum ist mit „nur noch einer Datei“ fast nie Schluss?" },
      choices = {
        { "Den Prüfplan schicken; eine Datei noch, dann ist es vorbei", go = "hooked", hook = 2,
          gives = "Der Prüfplan: die nächste Stufe, und der Beweis, dass Sie weitermachen." },
        { "Hier aufhören und alles zu Sunita Rao bringen, auch das Geld", go = "after", report = true },
        { "Den ganzen Chat löschen und Lukas blockieren", go = "deleted", how = "delete" },
      },
    },

    deleted = {
      text = "Sie löschen alles. Sicherer fühlen Sie sich dadurch nicht. Der Firmenchat hat eigene "
        .. "Aufzeichnungen, Ines hat noch alles, was Sie geschickt haben, und eine gelöschte Nachricht sieht aus "
        .. "wie eine versteckte. Lukas sitzt Ihnen weiter gegenüber, und vielleicht ist bald jemand anderes dran.",
      choices = {
        { "Zu Sunita Rao gehen und alles erzählen, auch das Löschen", go = "after", report = true },
        { "Den Kopf einziehen", go = "walked_away", when = function(s) return s.hook == 0 end },
        { "Den Kopf einziehen", go = "exposed", when = function(s) return s.hook > 0 end },
      },
    },

    refused = {
      text = "Lukas winkt ab. Zwei Wochen später sehen Sie ihn an der Tür zur Prüfhalle, wie er den Ausweis "
        .. "eines Kollegen an den Leser hält. Ihr Nein hat Sie herausgehalten. Es hat ihn nicht gestoppt, und "
        .. "niemand, dessen Aufgabe es ist, so etwas zu prüfen, weiß, worum er gebeten hat.",
      flags = {
        { id = "other_badge", text = "Lukas öffnet die Tür zur Prüfhalle mit dem Ausweis eines Kollegen" },
      },
      innocent = {
        { id = "waves_hello", text = "Er winkt Ihnen zu, als wäre nichts gewesen" },
      },
      choices = {
        { "Sunita Rao jetzt erzählen, worum Lukas bat und was Sie gesehen haben", go = "after", report = true },
        { "Das ist nicht mehr Ihre Sache", go = "walked_away" },
      },
    },

    after = {
      channel = "phone",
      from = sunita,
      text = function(s)
        local gave = s.hook > 0 and "„Sagen Sie mir einfach, was Sie gegeben haben. Niemand wird Sie anschreien.“ " or ""
        return "Sunita Rao ruft innerhalb einer Stunde zurück. „Danke. Das ist schwer, wenn es jemand aus dem "
          .. "Team ist. Mit Lukas zu reden, ist jetzt unsere Aufgabe; vielleicht braucht er vor allem Hilfe.“ "
          .. gave .. "„Bitte benehmen Sie sich ganz normal, und geben Sie ihm nichts mehr.“ Am Nachmittag "
          .. "fragt Lukas Sie wieder."
      end,
      choices = {
        { "Normal bleiben, Nein sagen und den Rest Sunita überlassen", go = "rep_early",
          when = function(s) return s.hook == 0 end },
        { "Normal bleiben, Nein sagen und den Rest Sunita überlassen", go = "rep_late",
          when = function(s) return s.hook > 0 end },
        { "Lukas ein letztes Mal helfen, damit er nicht ahnt, dass Sie geredet haben", go = "deeper_end", hook = 1,
          gives = "Noch ein Gefallen für den Anwerbeversuch, obwohl Sie ihn schon gemeldet hatten." },
      },
    },

    rep_early = {
      text = "Sunitas Team spricht mit Lukas und erfährt, dass Ines noch zwei weitere Leute bearbeitet hat. "
        .. "Weil Sie früh gekommen sind, hat nichts die Abteilung verlassen. Lukas bekommt Hilfe mit seinen "
        .. "Schulden, und die Unternehmenssicherheit dankt Ihnen, dass Sie von einem Freund erzählt haben. Das "
        .. "ist nie leicht.",
      ending = "reported",
      lesson = "Einen Kollegen zu melden, ist schwer. Sie haben gemeldet, worum er bat, nicht, wer er ist. "
        .. "Und Sie taten es, bevor etwas hinausging. Das schützt ihn, Sie und das Unternehmen.",
    },

    rep_late = {
      text = "Sie erzählen Sunita alles, auch was Sie übergeben haben. Sie dankt Ihnen: Spät zu kommen ist viel "
        .. "besser als nie. Jetzt kann ihr Team herausfinden, was Ines hat, und stoppen, was sie als Nächstes "
        .. "vorhatte. Niemand behandelt Sie als das Problem.",
      ending = "reported_late",
      lesson = "Für eine Meldung ist es nie zu spät. Je früher Sie aufhören zu geben, desto weniger muss man "
        .. "reparieren.",
    },

    deeper_end = {
      text = "Sie tun Lukas einen letzten Gefallen, damit er nichts ahnt. Er wird unter Ihrem Namen "
        .. "protokolliert, mitten in einer Untersuchung, die Sie selbst angestoßen haben. Sunita muss jetzt Ihren "
        .. "Anteil von seinem trennen. Schützen kann sie Sie nur, wenn Sie aufhören zu geben.",
      ending = "compromised",
      lesson = "Eine Meldung ist kein Freibrief zum Weitermachen. Wenn die Unternehmenssicherheit Bescheid "
        .. "weiß, geben Sie dem Anwerbeversuch nichts mehr, und lassen Sie sie führen.",
    },

    exposed = {
      text = "Sie ziehen den Kopf ein. Ines hat noch, was Sie ihr gegeben haben, und Lukas braucht weiter Geld. "
        .. "Die nächste Bitte wird kommen, und die gelöschten Nachrichten helfen Ihnen nicht beim Erklären. Die "
        .. "Unternehmenssicherheit kann Ihnen immer noch helfen, heute.",
      ending = "compromised",
      lesson = "Löschen macht nicht rückgängig, was verschickt wurde. Im Fall Claiborne weckte das Löschen von "
        .. "E-Mails eher Verdacht, als dass es Beweise beseitigte. Heben Sie alles auf, und melden Sie es.",
    },

    walked_away = {
      text = "Sie haben sich herausgehalten. Lukas hat nicht aufgehört, und die Nächsten, die er fragt, wissen "
        .. "nicht, was Sie wissen. Eine kurze Nachricht an die Unternehmenssicherheit hätte sie geschützt, und "
        .. "vielleicht auch Lukas.",
      ending = "walked_away",
      lesson = "Ein Nein schützt Sie, aber nicht die nächste Person. Mit einer kurzen Meldung schützt Ihr Nein "
        .. "auch andere.",
    },

    hooked = {
      text = "Der Prüfplan geht hinaus. Ines ist zufrieden, Lukas erleichtert, und nächste Woche kommt die "
        .. "nächste Datei. Jetzt sollen Sie andere hineinziehen. Auch jetzt ist der Gang zur "
        .. "Unternehmenssicherheit der Ausweg.",
      ending = "hooked",
      lesson = "Jede Datei machte die nächste schwerer abzulehnen. Der Ausweg bleibt offen: Sagen Sie es der "
        .. "Unternehmenssicherheit, egal, wie weit es schon gegangen ist.",
    },
  },
}
