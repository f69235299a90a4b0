-- SPDX-License-Identifier: Apache-2.0
-- Deutsche Fassung von ../gifted-laptop.lua: dieselben IDs und Regeln, eigene Worte.
-- Trainiert: ein geschenktes, vorkonfiguriertes Gerät als Anwerbeversuch behandeln: vor dem
-- Annehmen fragen, es unberührt abgeben, es nie löschen oder selbst untersuchen; ein Scan des
-- Helpdesks ist keine Meldung.
-- Fakten aus den Quellen: Claiborne, 2017 angeklagt, Geschenke und Zahlungen nicht angegeben zu
-- haben, soll ein iPhone und ein MacBook angenommen haben; Stratfor hielt die vom Dienst
-- gestellten Geräte „zweifellos“ für verseucht mit Keyloggern und anderer Schadsoftware und
-- bemerkte, dass sie darauf Nachrichten schrieb, die vor dem Dienst verborgen bleiben sollten; ihr
-- Löschen von E-Mails weckte eher Verdacht, als Beweise zu beseitigen. Jerry Chun Shing Lee: ein
-- Dokument im nicht zugeordneten Speicher seines USB-Sticks, was darauf hindeutet, dass es gelöscht
-- worden war (BBC).

local ilse = { name = "Ilse Marchetti", role = "Partner Development Manager", org = "Corvane Systems" }
local tomas = { name = "Tomás Ferreira", role = "IT-Helpdesk", org = "Ihr Unternehmen" }
local hannah = { name = "Hannah Sato", role = "Ermittlerin", org = "Unternehmenssicherheit Ihres Unternehmens" }

local function late(s) s.vars.late = true end

return scenario {
  id = "gifted-laptop",
  title = "Ein Dankeschön im Karton",
  tactic = "gift",
  summary = "Nach einem erfolgreichen gemeinsamen Workshop schickt Ihnen eine Partnerfirma als Dank einen "
    .. "hochwertigen Laptop. Die Kollaborations-App der Firma ist schon eingerichtet, damit das Projekt "
    .. "schneller vorankommt.",
  minutes = 5,
  audience = { "engineering", "sales", "everyone" },
  teaches = { "clearance", "report", "no_fear" },
  start = "parcel",
  report = {
    facts = {
      { id = "sender_gift", text = "Wer das Gerät geschickt hat, wann, und was dabei war", required = true,
        why = "Die Unternehmenssicherheit muss wissen, wer was geschickt hat. Dann kann sie den Absender prüfen und andere warnen." },
      { id = "requests", text = "Worum Ilse Sie gebeten hat, und ihre Nachrichten, wie sie ankamen", required = true,
        when = function(s) return s.visited("chat") end,
        why = "Ilses Bitten zeigen, was das Geschenk kaufen sollte. Bewahren Sie sie so auf, wie sie kamen." },
      { id = "device_state", text = "Was Sie bisher mit dem Gerät gemacht haben, ehrlich beschrieben", required = true,
        when = function(s) return s.visited("helpdesk") or s.visited("home_use") or s.visited("chat") end,
        why = "Das Labor muss wissen, was verändert wurde, bevor es prüft. Ein ehrlicher Bericht schützt auch Sie." },
      { id = "spec_attached", text = "Die gewünschte Schnittstellenspezifikation, als Anhang zur Info", decoy = true,
        when = function(s) return s.visited("chat") end,
        why = "Kopieren Sie nie interne Papiere in eine Meldung. Sagen Sie, wonach gefragt wurde. "
          .. "Das Original sieht sich die Unternehmenssicherheit auf sicherem Weg an." },
      { id = "ethnicity_guess", text = "Ihre Vermutung über Ilses Herkunft, nach ihrem Namen", decoy = true,
        why = "Anwerbeversuche kommen von Menschen jeder Herkunft, und sie zielen auf alle, die Zugang haben. "
          .. "Entscheidend ist, was jemand tut, nicht, woher jemand stammt." },
    },
  },
  debrief = "Unter den Geschenken, die Candace Claiborne angenommen haben soll, waren ein iPhone und ein "
    .. "MacBook. Claiborne wurde 2017 angeklagt, weil sie Geschenke und Zahlungen chinesischer Beamter nicht "
    .. "angegeben hatte. Ein Analyst von Stratfor schrieb, die Geräte seien zweifellos mit Keyloggern und "
    .. "anderer Schadsoftware bestückt gewesen. Trotzdem schrieb sie ihrem Sohn darauf, er solle den "
    .. "Gebern nicht sagen, wo sie sei. Als sie befragt wurde, löschte sie E-Mails. Das weckte eher "
    .. "Verdacht, als dass es Beweise beseitigte. Im Fall von Jerry Chun Shing Lee, einem ehemaligen "
    .. "CIA-Offizier, fand man eine Datei, die er erstellt hatte, auf einem USB-Stick in seinem "
    .. "Hotelzimmer, an einer Stelle, die auf Löschen hindeutet. Ein geschenktes Gerät kann eine Wanze "
    .. "sein, die Sie selbst herumtragen. Halten Sie sich an die Geschenkregeln, geben Sie Geräte "
    .. "unberührt ab, und melden Sie, auch spät, ohne Angst.",
  scenes = {
    parcel = {
      text = "Der Empfang ruft Sie wegen eines Pakets nach unten. Darin: ein hochwertiger Laptop und eine "
        .. "Karte. „Danke für einen großartigen Workshop! Damit das Pilotprojekt schneller geht, ist unsere "
        .. "sichere Kollaborations-App schon eingerichtet. Ihr Konto steht bereit, das Passwort ist auf der "
        .. "Rückseite. Ilse.“ Die Karte trägt das gedruckte Logo von Corvane. Der Laptop ist mehr wert als "
        .. "jedes Geschäftsgeschenk, das Sie je bekommen haben.",
      flags = {
        { id = "preconfigured", text = "Er kommt schon eingerichtet, mit einem Konto für Sie" },
        { id = "over_value", text = "Viel mehr wert als ein übliches Geschäftsgeschenk" },
      },
      innocent = {
        { id = "logo_card", text = "Eine Karte mit dem gedruckten Logo des Partners" },
      },
      discuss = {
        "Was sagt die Geschenkrichtlinie Ihres Unternehmens, und wen würden Sie dazu fragen?",
        "Warum sollte ein Partner Software auf einem Geschenk vorinstallieren?",
      },
      choices = {
        { "Den Karton verschlossen lassen und die Unternehmenssicherheit fragen, ob Sie ihn annehmen dürfen",
          go = "after_clear", report = true },
        { "Ihn auspacken und die Kollaborations-App ausprobieren", go = "chat", hook = 1,
          gives = "Deren Laptop, eingeschaltet, mit Ihrem Konto, in Ihrem Unternehmen." },
        { "Den IT-Helpdesk bitten, ihn erst auf Viren zu prüfen", go = "helpdesk" },
        { "Ihn als Familienlaptop mit nach Hause nehmen", go = "home_use", hook = 1,
          gives = "Deren Laptop bei Ihnen zu Hause, nah an Ihrer Familie und Ihrem Privatleben." },
      },
    },

    helpdesk = {
      channel = "chat",
      from = tomas,
      text = "Tomás vom Helpdesk macht einen schnellen Scan. „Nichts Bekanntes gefunden. Schönes Gerät!“ "
        .. "Ein Scan sucht nach bekannten Viren. Er kann nicht sagen, wer den Laptop geschickt hat oder "
        .. "warum, und die Leute, die Anwerbeversuche prüfen, wissen immer noch nichts. Zurück am "
        .. "Schreibtisch meldet sich die Kollaborations-App: Ilse sagt Hallo.",
      choices = {
        { "Den Deckel schließen und alles, auch die Karte, zu den Ermittlern bringen", go = "after_report",
          report = true },
        { "Der Helpdesk hat ihn geprüft, also benutzen", go = "chat", hook = 1,
          gives = "Deren Laptop, eingeschaltet, mit Ihrem Konto, in Ihrem Unternehmen." },
      },
    },

    home_use = {
      text = "Zu Hause ist der Laptop ein Erfolg, die Kinder lieben den großen Bildschirm. Eines Abends "
        .. "lesen Sie darauf Ihre Dienstmails, „nur einmal“. Die Kollaborations-App startet jedes Mal von "
        .. "selbst, obwohl zu Hause niemand etwas installiert hat. Am nächsten Morgen schreibt Ilse: „Schön, "
        .. "dass Sie ihn nutzen!“",
      flags = {
        { id = "autostart_app", text = "Eine App, die Sie nie installiert haben, startet von selbst" },
        { id = "knows_you_use_it", text = "Die Absenderin weiß, wann Sie den Laptop benutzen" },
      },
      innocent = {
        { id = "big_screen", text = "Die Kinder lieben den großen Bildschirm" },
      },
      choices = {
        { "Ihn ausschalten und so, wie er ist, dem Team vom Plakat im Flur geben", go = "after_report",
          report = true },
        { "Ilse über die App antworten", go = "chat", hook = 1,
          gives = "Eine Antwort über deren App. Jetzt weiß man, dass die Leitung zu Ihnen steht." },
      },
    },

    chat = {
      channel = "chat",
      from = ilse,
      text = "In der App erscheint eine Nachricht: „Wie schön, dass er angekommen ist! Für gemeinsame "
        .. "Kalender: Könnten Sie sich hier mit Ihrem Dienstkonto anmelden? Und unsere Ingenieure hätten "
        .. "gern vor Freitag die Schnittstellenspezifikation des Pilotprojekts. Hier geht das leichter als "
        .. "über das offizielle Projektportal.“ Ilse endet mit einem Daumen hoch.",
      flags = {
        { id = "work_login", text = "Bittet Sie, sich auf ihrem Gerät mit Ihrem Dienstkonto anzumelden" },
        { id = "side_channel", text = "Will Projektdokumente am offiziellen Weg vorbei" },
      },
      innocent = {
        { id = "thumbs_up", text = "Ilse beendet die Nachricht mit einem Daumen hoch" },
      },
      discuss = {
        "Was würde das Löschen des Laptops, oder eine eigene Untersuchung, mit den Beweisen machen?",
      },
      choices = {
        { "Sich mit dem Dienstkonto anmelden", go = "synced", hook = 2,
          gives = "Ihr Dienstkonto, eingetippt auf deren Gerät. Das öffnet die Tür zu Ihren Mails." },
        { "Aufhören und Laptop und Chat zur Unternehmenssicherheit bringen", go = "after_report",
          report = true },
        { "Den Laptop sicherheitshalber zurücksetzen und behalten", go = "reset", how = "delete" },
        { "Den Laptop selbst untersuchen und in einem öffentlichen Forum fragen", go = "inspect",
          how = "post_publicly" },
      },
    },

    reset = {
      text = "Sie setzen den Laptop auf Werkseinstellungen zurück und fühlen sich sicherer. Das dauert eine "
        .. "Stunde. Aber es erreicht vielleicht nicht alles unterhalb des Systems, und es hat genau das "
        .. "gelöscht, was die Unternehmenssicherheit hätte untersuchen können. Eine Woche später fragt Ilse "
        .. "fröhlich, warum Sie offline gegangen sind.",
      flags = {
        { id = "noticed_offline", text = "Die Absenderin merkt sofort, wenn das Gerät verstummt" },
      },
      innocent = {
        { id = "reset_hour", text = "Das Zurücksetzen dauert etwa eine Stunde" },
      },
      choices = {
        { "Den Laptop und Ilses Nachrichten zu den Ermittlern bringen", go = "after_report", report = true },
        { "Den Laptop behalten und nicht mehr antworten", go = "walked_away" },
      },
    },

    inspect = {
      text = "Mit ein paar kostenlosen Tools finden Sie einen Hintergrunddienst, der Daten an einen "
        .. "unbekannten Server schickt. Sie posten Screenshots in einem öffentlichen Forum: „Ist das "
        .. "Spyware? Kam von einem Partner.“ Hilfsbereite Fremde antworten binnen Minuten. Auf einem "
        .. "Screenshot steht der Name Ihres Unternehmens. Am Morgen ist Ilses Konto in der App verschwunden.",
      flags = {
        { id = "unknown_service", text = "Ein versteckter Dienst schickt Daten an einen unbekannten Server" },
      },
      innocent = {
        { id = "forum_replies", text = "Fremde im Forum antworten binnen Minuten" },
      },
      choices = {
        { "Den Beitrag löschen und den Laptop zur Unternehmenssicherheit bringen", go = "after_report",
          report = true },
        { "Den Beitrag löschen und versuchen, es zu vergessen", go = "walked_away", how = "delete" },
      },
    },

    synced = {
      channel = "email",
      from = ilse,
      text = "Zwei Warnungen in Ihrem Dienstpostfach: „Neue Anmeldung von einem unbekannten Ort.“ Beide tragen "
        .. "die übliche Fußzeile des Unternehmens. Dann wieder Ilse: „Die Kalender laufen, super! Wir warten "
        .. "noch auf die Schnittstellenspezifikation. Und wir haben auch ein Handy für Sie, genauso "
        .. "eingerichtet.“",
      flags = {
        { id = "login_alerts", text = "Anmeldewarnungen von einem unbekannten Ort" },
        { id = "more_devices", text = "Bietet ein zweites, genauso eingerichtetes Gerät an" },
      },
      innocent = {
        { id = "alert_footer", text = "Die Warnungen tragen die übliche Fußzeile des Unternehmens" },
      },
      choices = {
        { "Der Unternehmenssicherheit alles erzählen, auch die Warnungen", go = "after_report", report = true,
          effect = late },
        { "Die Schnittstellenspezifikation schicken", go = "compromised", hook = 2,
          gives = "Die Daten für das Pilotprojekt, hinaus durch die Hintertür." },
        { "Die Warnungen löschen, das Passwort ändern und nichts sagen", go = "deleted", how = "delete" },
      },
    },

    deleted = {
      text = "Sie löschen die Warnungen und ändern Ihr Passwort. Versteckt sind sie damit nur vor Ihnen. "
        .. "Zwei Wochen später fragt die IT-Sicherheit, warum Ihr Konto aus dem Ausland geöffnet wurde und "
        .. "warum die Warnungen weg sind. Ilse wartet derweil immer noch auf die Spezifikation.",
      choices = {
        { "Die ganze Geschichte erzählen, auch die gelöschten Warnungen", go = "after_report", report = true,
          effect = late },
        { "Sagen, Sie hätten keine Ahnung", go = "compromised", hook = 1,
          gives = "Ein Leugnen, das festgehalten ist. Jetzt haben auch Sie etwas zu verbergen." },
      },
    },

    after_clear = {
      channel = "email",
      from = ilse,
      text = "Hannah Sato von der Unternehmenssicherheit dankt Ihnen, dass Sie vorher gefragt haben: Der "
        .. "Laptop darf nicht angenommen werden, man schickt ihn zurück. Am nächsten Tag schreibt Ilse: „Das "
        .. "tut mir leid mit den Geschenkregeln! Könnten Sie die Schnittstellenspezifikation einfach an meine "
        .. "private Mail schicken? Das geht schneller als das Portal.“ Dazu ein nettes Wort über Ihren "
        .. "Workshop.",
      flags = {
        { id = "spec_private_mail", text = "Nach dem abgelehnten Geschenk will sie die Spezifikation per Privatmail" },
      },
      innocent = {
        { id = "kind_word", text = "Ein nettes Wort über Ihren Workshop" },
      },
      choices = {
        { "Nicht antworten und die Mail an Hannah geben", go = "cleared" },
        { "Die Spezifikation schicken; es ist ja nur ein Dokument fürs Pilotprojekt", go = "carried_on", hook = 2,
          gives = "Die Spezifikation des Pilotprojekts, an ihre Privatmail, nachdem man Ihnen Nein gesagt hatte." },
      },
    },

    after_report = {
      channel = "email",
      from = ilse,
      text = "Hannah Sato von der Unternehmenssicherheit nimmt den Laptop und bittet Sie, Ilse nicht zu "
        .. "antworten. Am nächsten Morgen schreibt Ilse an Ihre Dienstadresse: „Ist mit dem Laptop alles in "
        .. "Ordnung? Wenn Sie offline sind, schicken Sie die Spezifikation einfach an meine private Mail.“ "
        .. "Ilses Signatur zeigt eine neue Telefonnummer.",
      flags = {
        { id = "spec_private_after", text = "Will die Spezifikation per Privatmail, sobald der Laptop verstummt" },
      },
      innocent = {
        { id = "new_number", text = "Ilses Signatur zeigt eine neue Telefonnummer" },
      },
      choices = {
        { "Nicht antworten und die Mail an Hannah weiterleiten", go = "rep_early",
          when = function(s) return not s.vars.late and not s.visited("inspect") end },
        { "Nicht antworten und die Mail an Hannah weiterleiten", go = "rep_detective",
          when = function(s) return not s.vars.late and s.visited("inspect") end },
        { "Nicht antworten und die Mail an Hannah weiterleiten", go = "rep_late",
          when = function(s) return s.vars.late == true end },
        { "Die Spezifikation schicken, damit das Projekt freundlich bleibt", go = "carried_on", hook = 2,
          gives = "Die Spezifikation fürs Pilotprojekt, an ihre private Mail. Und das nach Ihrer Meldung." },
      },
    },

    cleared = {
      text = "Hannahs Labor stellt fest, dass der Laptop alles andere als ein einfaches Geschenk ist, und "
        .. "das echte Partnerteam von Corvane hat nie von einer Ilse Marchetti gehört. Das Projektteam wird "
        .. "gewarnt. Vor dem Öffnen des Kartons zu fragen, hat Sie nichts gekostet und alle geschützt.",
      ending = "cleared",
      lesson = "Fragen Sie, bevor Sie ein teures Geschenk annehmen, vor allem ein Gerät. Dann überlassen Sie "
        .. "den Absender der Unternehmenssicherheit und antworten selbst nicht mehr.",
    },

    rep_early = {
      text = function(s)
        if s.visited("reset") then
          return "Das Zurücksetzen hat das meiste gelöscht, was Hannahs Labor hätte untersuchen können. "
            .. "Bringen Sie ein Gerät beim nächsten Mal genau so, wie es ist. Trotzdem zeigen Ilses "
            .. "Nachrichten, dass das echte Partnerteam von Corvane sie nicht kennt, und das Projekt wird "
            .. "gewarnt. Sich zu melden, war richtig."
        end
        return "Hannahs Labor findet Software, die Tastatureingaben aufzeichnet und verschickt. Das echte "
          .. "Partnerteam von Corvane hat nie von einer Ilse Marchetti gehört. „Ihn uns unberührt zu "
          .. "bringen, war genau richtig“, sagt Hannah."
      end,
      ending = "reported",
      lesson = "Ein geschenktes Gerät kann Sie abhören. Geben Sie es so, wie es ist, der "
        .. "Unternehmenssicherheit: nicht zurücksetzen, nicht benutzen, dem Absender nicht antworten.",
    },

    rep_detective = {
      text = "Hannah erklärt, was der Forenbeitrag bewirkt hat: Er hat die Leute hinter der App gewarnt, die "
        .. "über Nacht ihre Spuren beseitigt haben, und er hat der ganzen Welt vom Projekt Ihres Unternehmens "
        .. "erzählt. Bringen Sie es beim nächsten Mal direkt zum Team. Das Wichtigste haben Sie trotzdem "
        .. "getan: Sie haben es gemeldet.",
      ending = "reported",
      lesson = "Untersuchen Sie einen Anwerbeversuch nicht selbst, und posten Sie nicht darüber. Das warnt "
        .. "die andere Seite und zeigt der Welt Ihre Arbeit. Melden Sie ihn, und lassen Sie die "
        .. "Unternehmenssicherheit nachsehen.",
    },

    rep_late = {
      text = "Hannahs Team sperrt das Konto, prüft, worauf zugegriffen wurde, und übernimmt. „Danke, dass "
        .. "Sie gekommen sind. Spät ist viel besser als nie, und es ist keine Schande, auf eine gute "
        .. "Fälschung hereinzufallen. Jetzt helfen Sie, den Schaden zu beheben.“",
      ending = "reported_late",
      lesson = "Auch nachdem Sie sich auf deren Laptop angemeldet hatten, konnte die Unternehmenssicherheit "
        .. "dank Ihrer Meldung Ihr Konto sperren. Erzählen Sie alles, auch von gelöschten Warnungen.",
    },

    carried_on = {
      text = "Die Spezifikation geht per Privatmail hinaus, und Ilse dankt Ihnen herzlich. Ihre Meldung, "
        .. "oder Ihre Frage zum Geschenk, liegt vor, aber sie deckt nicht ab, was Sie danach geschickt "
        .. "haben. Der Ausweg: es Hannah sofort sagen.",
      ending = "compromised",
      lesson = "Eine Meldung ist kein Freibrief zum Weitermachen. Wenn Sie gemeldet haben, antworten Sie "
        .. "nicht mehr und schicken Sie nichts mehr. Lassen Sie die Unternehmenssicherheit führen.",
    },

    walked_away = {
      text = "Der Laptop liegt in einer Schublade, und Ilse schreibt nicht mehr. Niemand hat je untersucht, "
        .. "was er mit sich trug, oder wer im Projekt noch einen bekommen hat. Fünf Minuten bei der "
        .. "Unternehmenssicherheit hätten beide Fragen beantwortet.",
      ending = "walked_away",
      lesson = "Ein Geschenk wegzulegen ist nicht dasselbe, wie es zu melden. Nur mit einer Meldung kann die "
        .. "Unternehmenssicherheit das Gerät prüfen und andere warnen.",
    },

    compromised = {
      text = "Die Spezifikation verlässt das Unternehmen durch die Hintertür, und was der Laptop "
        .. "aufgezeichnet hat, geht mit. Ilses nächste Bitte ist schon unterwegs. Im echten Leben ist es nie "
        .. "zu spät: zur Unternehmenssicherheit, heute, mit dem Gerät, so wie es ist.",
      ending = "compromised",
      lesson = "Ein Geschenk, das für Sie eingerichtet ankommt, ist ein Weg hinein. Je länger es benutzt "
        .. "wird, desto mehr nimmt es mit. Melden Sie es, auch spät, ohne Angst.",
    },
  },
}
