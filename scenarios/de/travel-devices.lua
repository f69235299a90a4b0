-- SPDX-License-Identifier: Apache-2.0
-- Deutsche Fassung von ../travel-devices.lua: dieselben IDs und Regeln, eigene Worte.
-- Trainiert: mit Arbeitsgeräten ins Ausland reisen: Leihgeräte statt des eigenen Laptops, Geräte
-- außer Sichtweite, USB-Sticks und WLAN-Zertifikate, Geräte unberührt zurückgeben und sich an ein
-- Briefing halten, wenn man eines bekommen hat. Halbe Sache: der Virenscan des IT-Helpdesks.
-- Fakten aus den Quellen: Chinas Regelung gegen Spionage von 2021 (Unternehmen auf staatlichen
-- Listen müssen Beschäftigte vor Auslandsreisen schulen und nach der Rückkehr befragen) und die
-- Praxis der Firmen dort (Beschäftigte in sensiblen Bereichen lassen ihre üblichen Handys, Laptops
-- und USB-Sticks zu Hause und nehmen neue mit; Reisen in als riskant eingestufte Länder werden
-- vorher abgewogen) (GlobalSecurity); TorchStone (die Vorstellung, manche Länder seien „sicherer“,
-- ist falsch; kein Ort liegt außerhalb ihrer Reichweite); Gerli Mutso, im Juni 2023 wegen Spionage
-- für den Nachrichtendienst des chinesischen Militärs verurteilt; ihre Führungsoffiziere ließen sie
-- nach China und Thailand reisen, um Material zu übergeben (Brazil).

local ines = { name = "Ines Carvalho", role = "Leiterin Entwicklung", org = "Norvance Industrial (Kunde)" }
local officer = { name = "Grenzkontrolle", role = "Zweitkontrolle", org = "Grenzbehörde" }
local helpdesk = { name = "IT-Helpdesk", role = "Ticket Nr. 48213", org = "Ihr Unternehmen" }

-- Merkt sich einen Schritt an den Haken, der nach einer Meldung (oder einem Briefing) getan wurde.
local function after_report(s, what)
  if s.reported then s.vars.slip = s.vars.slip or what end
end

return scenario {
  id = "travel-devices",
  title = "Handgepäck",
  tactic = "travel",
  audience = { "travellers", "engineering", "sales" },
  summary = "Sie fliegen ins Ausland zu einem Kunden. Der Kunde will Ihre Konstruktionsdaten im Detail "
    .. "durchgehen und bittet Sie, sie auf Ihrem eigenen Laptop mitzubringen.",
  minutes = 6,
  teaches = { "clearance", "report", "no_fear" },
  start = "request",
  report = {
    facts = {
      { id = "itinerary", text = "Die Reise: wohin, wann und wen Sie treffen", required = true,
        why = "Mit den Daten der Reise kann man Sie beraten. Und man kann sie mit anderen Meldungen verbinden." },
      { id = "asks", text = "Was der Kunde mitgebracht, kopiert oder eingesteckt haben wollte", required = true,
        why = "Woran die andere Seite interessiert ist, zeigt sich an ihren Bitten." },
      { id = "device_events", text = "Wann Ihre Geräte außer Sichtweite waren oder verlangt wurden, und von wem", required = true,
        when = function(s) return s.visited("airport") end,
        why = "Ein Gerät außer Sichtweite wurde vielleicht kopiert oder verändert. Die Unternehmenssicherheit muss es prüfen." },
      { id = "design_files", text = "Die Konstruktionsdaten als Anhang, damit man weiß, worum es ging", decoy = true,
        why = "Kopieren Sie nie sensible Daten in eine Meldung. Sagen Sie, wonach gefragt wurde. Das Original sieht sich die Unternehmenssicherheit auf sicherem Weg an." },
      { id = "country_opinion", text = "Ihre Meinung über die Menschen des Landes, das Sie besuchen", decoy = true,
        why = "Anwerbeversuche kommen von Menschen jeder Herkunft, und sie zielen überall auf alle, die Zugang haben. Entscheidend ist, was passiert ist, nicht, woher jemand stammt." },
    },
  },
  debrief = "Reiseregeln für Geräte sind keine rein westliche Gewohnheit. Chinas eigene Regeln gegen "
    .. "Spionage von 2021 verpflichten Unternehmen auf staatlichen Listen, Beschäftigte vor Auslandsreisen "
    .. "zu schulen und danach zu befragen. Firmen dort lassen Beschäftigte in sensiblen Bereichen ihre "
    .. "üblichen Handys, Laptops und USB-Sticks zu Hause und geben ihnen neue mit. Und sie fragen, ob "
    .. "riskante Reisen überhaupt nötig sind. Dieselben Gewohnheiten schützen auch Sie, wohin Sie auch "
    .. "reisen. Dass manche Länder sicher seien, ist ein Mythos. Ein Analyst schreibt über Chinas Dienste: Kein Ort liegt "
    .. "außerhalb ihrer Reichweite. Gerli Mutso wurde 2023 verurteilt, weil sie für Chinas Militär "
    .. "spioniert hatte. Mutsos Führungsoffiziere schickten sie nach China und Thailand, um Material zu "
    .. "übergeben. Reisen Sie nur mit Wissen und Freigabe Ihres Unternehmens. Nehmen Sie Leihgeräte mit, "
    .. "und behalten Sie sie bei sich. Melden Sie alles Seltsame, auch nach der Rückkehr, ohne Angst.",
  scenes = {
    request = {
      channel = "email",
      from = ines,
      text = "„Wir freuen uns auf Ihren Besuch! Bitte bringen Sie die vollständigen Konstruktionsdaten auf "
        .. "Ihrem eigenen Laptop mit. Unser Netz ist abgeschottet, also keine Cloud-Links und keine "
        .. "USB-Übertragung, aber wir wollen alles mit unseren Ingenieuren durchgehen.“ Eine Agenda mit "
        .. "Uhrzeiten ist angehängt.\n\nDie Reiseregeln Ihres Unternehmens empfehlen für solche Besuche "
        .. "Leihgeräte.",
      flags = {
        { id = "bring_full_files", text = "Will, dass Sie die vollständigen Konstruktionsdaten auf Ihrem eigenen Laptop mitbringen" },
      },
      innocent = {
        { id = "agenda", text = "Eine Agenda mit Uhrzeiten ist angehängt" },
      },
      discuss = {
        "Warum möchte ein Kunde die Daten auf Ihrem Laptop, statt sie offiziell zu bekommen?",
        "Was bietet die Reisesicherheit Ihres Unternehmens vor so einer Reise an?",
      },
      choices = {
        { "Der Unternehmenssicherheit von der Bitte erzählen und um Rat für die Reise bitten", go = "brief", report = true },
        { "Die vollständigen Daten auf Ihren eigenen Laptop laden; es ist ja ein Kunde", go = "airport", hook = 1,
          gives = "Ihre Konstruktionsdaten auf einem Laptop, den Sie bald aus den Augen verlieren.",
          effect = function(s) s.vars.own_laptop = true end },
        { "Still den Leih-Laptop nehmen, nur mit den freigegebenen Folien", go = "airport" },
      },
    },

    brief = {
      text = "Die Unternehmenssicherheit dankt Ihnen und geht alles mit Ihnen durch: eigenes Handy und "
        .. "eigenen Laptop zu Hause lassen, frisch aufgesetzte Leihgeräte nur mit den freigegebenen Folien mitnehmen, "
        .. "sie bei sich behalten, nur am eigenen Netzteil laden und alles Seltsame notieren. Man fragt auch, "
        .. "ob Sie für das Treffen wirklich persönlich hinfahren müssen.",
      choices = {
        { "Wie besprochen mit den Leihgeräten reisen", go = "airport" },
        { "Doch den eigenen Laptop nehmen; das Leihgerät ist langsam", go = "airport", hook = 1,
          gives = "Ihr eigener Laptop mit Ihren Daten, im Ausland, gegen das Briefing.",
          effect = function(s) s.vars.own_laptop = true; after_report(s, "Sie haben Ihren eigenen Laptop mitgenommen") end },
        { "Mit Ihrer Führungskraft vereinbaren, das Treffen per Video zu halten", go = "cleared" },
      },
    },

    airport = {
      channel = "in_person",
      from = officer,
      text = function(s)
        local what = s.vars.own_laptop and "Ihren Laptop voller Konstruktionsdaten" or "den Leih-Laptop"
        return "An der Passkontrolle, nach langem Anstehen, nimmt ein Beamter " .. what .. " und Ihr Handy "
          .. "mit in einen Nebenraum. Vierzig Minuten später kommt er zurück, mit der Bitte, Ihr Passwort "
          .. "einzugeben, „fürs Protokoll“. Niemand erklärt, warum."
      end,
      flags = {
        { id = "devices_taken", text = "Ihre Geräte werden vierzig Minuten außer Sichtweite gebracht" },
      },
      innocent = {
        { id = "long_queue", text = "Eine lange Schlange an der Passkontrolle" },
      },
      choices = {
        { "Der Reise-Hotline Ihres Unternehmens die Uhrzeit und die Angaben zum Beamten schreiben", go = "rep_trip", report = true,
          when = function(s) return not s.reported end },
        { "Das Passwort eingeben und weitergehen; der Laptop ist ja zurück", go = "hotel", hook = 1,
          when = function(s) return s.vars.own_laptop == true end,
          gives = "Ihr Passwort, mit Ihren Konstruktionsdaten auf dem Laptop.",
          effect = function(s) after_report(s, "Sie haben an der Grenze Ihr Passwort eingegeben") end },
        { "Uhrzeit und Angaben zum Beamten notieren und weitergehen", go = "hotel" },
      },
    },

    hotel = {
      text = "Am Abend war jemand in Ihrem Zimmer, während Sie beim Essen waren, Stunden nach der "
        .. "Zimmerreinigung: Der Laptop liegt andersherum auf dem Schreibtisch. Das Hotel-WLAN verlangt, dass "
        .. "Sie ein „Sicherheitszertifikat“ installieren, bevor Sie sich verbinden. Ein Zettel auf dem "
        .. "Kissen sagt, die Minibar sei aufgefüllt.",
      flags = {
        { id = "room_entered", text = "Jemand war am Abend in Ihrem Zimmer, lange nach der Zimmerreinigung" },
        { id = "wifi_certificate", text = "Das Hotel-WLAN will, dass Sie ein Zertifikat installieren" },
      },
      innocent = {
        { id = "minibar_note", text = "Ein Zettel sagt, die Minibar sei aufgefüllt" },
      },
      choices = {
        { "Die Reise-Hotline anrufen und schildern, was passiert ist", go = "rep_trip", report = true,
          when = function(s) return not s.reported end },
        { "Das Zertifikat installieren und E-Mails abarbeiten", go = "meeting", hook = 1,
          gives = "So können andere mitlesen, was Ihr Laptop sendet.",
          effect = function(s) after_report(s, "Sie haben das Zertifikat des Hotels installiert") end },
        { "Das Hotel-WLAN meiden und den Laptop ab jetzt bei sich behalten", go = "meeting" },
      },
    },

    meeting = {
      channel = "in_person",
      from = ines,
      text = function(s)
        local files = s.vars.own_laptop and "um Ihre Konstruktionsdaten zu übertragen" or "um Ihre Folien zu übertragen"
        return "Auf dem Besprechungstisch warten Kaffee und Gebäck. Ein Kollege von Ines hält Ihnen einen "
          .. "USB-Stick hin: „Unsere Spezifikationen. Können Sie ihn einstecken? Dann nutzen wir ihn auch, "
          .. files .. ".“ Er bietet an, Ihr Handy an seinem Rechner zu laden, während Sie reden."
      end,
      flags = {
        { id = "usb_stick", text = "Will, dass Sie den USB-Stick des Kunden in Ihren Laptop stecken" },
        { id = "charging_offer", text = "Bietet an, Ihr Handy an einem fremden Rechner zu laden" },
      },
      innocent = {
        { id = "pastries", text = "Kaffee und Gebäck auf dem Besprechungstisch" },
      },
      discuss = {
        "Wie lehnen Sie den USB-Stick ab, ohne der Kundenbeziehung zu schaden?",
      },
      choices = {
        { "Den Stick einstecken und kopieren lassen, was gebraucht wird", go = "home", hook = 2,
          gives = "Der fremde Stick in Ihrem Laptop, und Ihre Daten auf dem fremden Stick.",
          effect = function(s) after_report(s, "Sie haben den USB-Stick des Kunden eingesteckt") end },
        { "Höflich ablehnen und nur das freigegebene Material zeigen", go = "home" },
        { "Kurz hinausgehen und die Reise-Hotline Ihres Unternehmens anrufen", go = "rep_trip", report = true,
          when = function(s) return not s.reported end },
      },
    },

    home = {
      channel = "email",
      from = ines,
      text = function(s)
        local device = s.vars.own_laptop and "Ihr eigener Laptop ist seit der Reise heiß und langsam. "
          or "Der Leih-Laptop ist noch in Ihrer Tasche. "
        return device .. "Am ersten Morgen zurück schreibt Ines: „Danke für den produktiven Besuch! "
          .. "Könnten Sie uns die restlichen Daten schicken, über die wir gesprochen haben? Unsere "
          .. "Ingenieure möchten gern weitermachen.“"
      end,
      flags = {
        { id = "remaining_files", text = "Hakt nach und bittet um „die restlichen Daten“" },
      },
      innocent = {
        { id = "thanks_for_visit", text = "Ines dankt Ihnen für einen produktiven Besuch" },
      },
      choices = {
        { "Die Leihgeräte wie vereinbart unberührt zum Nachgespräch zurückgeben", go = "cleared_end",
          when = function(s) return s.reported and not s.vars.slip end },
        { "Die Geräte wie vereinbart zum Nachgespräch zurückgeben", go = "briefed_slipped",
          when = function(s) return s.reported and s.vars.slip ~= nil end },
        { "Die Geräte unberührt der Unternehmenssicherheit geben und von der Reise erzählen", go = "rep_home",
          report = true, when = function(s) return not s.reported end },
        { "Den IT-Helpdesk um einen schnellen Virenscan bitten", go = "helpdesk",
          when = function(s) return not s.reported end },
        { "Den Laptop ans Büronetz anschließen und weiterarbeiten", go = "compromised", hook = 1,
          when = function(s) return not s.reported end,
          gives = "Was auch immer mit dem Laptop zurückkam, ist jetzt im Büronetz." },
        { "Den Laptop sicherheitshalber selbst neu aufsetzen", go = "wiped", how = "delete",
          when = function(s) return not s.reported end },
        { "Erst selbst die Protokolle des Laptops durchsuchen", go = "detective",
          when = function(s) return not s.reported end },
      },
    },

    helpdesk = {
      channel = "chat",
      from = helpdesk,
      text = "„Scan abgeschlossen, keine Bedrohungen gefunden! Ihr Ticket wird geschlossen.“\n\nDer Scan "
        .. "sucht nach bekannten Viren. Er kann nicht erkennen, was an der Grenze oder im Hotelzimmer mit "
        .. "dem Laptop geschehen ist, und der Helpdesk hat keinen Grund, jemandem von Ihrer Reise zu "
        .. "erzählen. Ines schreibt wieder wegen der restlichen Daten.",
      flags = {
        { id = "second_nudge", text = "Der Kunde fragt noch einmal nach den restlichen Daten" },
      },
      innocent = {
        { id = "quick_ticket", text = "Der Helpdesk schließt Ihr Ticket binnen einer Stunde" },
      },
      discuss = {
        "Was kann ein Virenscan Ihnen sagen, und was nicht?",
      },
      choices = {
        { "Den Laptop zur Unternehmenssicherheit bringen und von der Reise erzählen", go = "rep_home", report = true },
        { "Gut: ans Büronetz anschließen und weiterarbeiten", go = "compromised", hook = 1,
          gives = "Was auch immer mit dem Laptop zurückkam, ist jetzt im Büronetz." },
        { "Es dabei belassen; der Scan war sauber", go = "walked_away" },
      },
    },

    wiped = {
      text = "Sie setzen das System neu auf und fühlen sich besser. Aber was mit dem Laptop gemacht wurde, "
        .. "sitzt vielleicht dort, wo eine Neuinstallation nicht hinkommt. Und die Spuren, die das Labor der "
        .. "Unternehmenssicherheit hätte lesen können, sind weg. Ines schreibt wieder wegen der restlichen "
        .. "Daten.",
      flags = {
        { id = "files_again", text = "Der Kunde drängt wieder auf die restlichen Daten" },
      },
      innocent = {
        { id = "fresh_desktop", text = "Der neu aufgesetzte Laptop zeigt einen frischen Desktop" },
      },
      choices = {
        { "Dem Team vom Plakat „Anwerbeversuch melden“ von Reise und Neuinstallation erzählen", go = "rep_home", report = true },
        { "Es ruhen lassen; der Laptop ist jetzt sauber", go = "walked_away" },
      },
    },

    detective = {
      text = "Sie finden einen Prozess, den Sie nicht kennen, und kopieren die Protokolle auf einen "
        .. "USB-Stick, um sie an Ihrem Büro-PC zu untersuchen. Jetzt steckt der Stick in Ihrem Büro-PC. Und "
        .. "Sie haben einen Abend mit etwas verbracht, das das Labor besser kann, mit Werkzeugen, die die "
        .. "Beweise verändern.",
      flags = {
        { id = "unknown_process", text = "Seit der Reise läuft ein unbekannter Prozess auf dem Laptop" },
      },
      innocent = {
        { id = "long_logs", text = "Die Protokolle sind Tausende Zeilen lang" },
      },
      choices = {
        { "Aufhören und alles, auch den Stick, zur Unternehmenssicherheit bringen", go = "rep_home", report = true },
        { "Auf eigene Faust weitersuchen", go = "compromised", hook = 1,
          gives = "Was auch immer auf dem Laptop war, ist jetzt auch auf Ihrem Büro-PC." },
      },
    },

    -- Nach einer Meldung von unterwegs: noch eine Versuchung beim Kunden.
    rep_trip = {
      text = function(s)
        local stick = s.visited("meeting") and "hält Ihnen ein Kollege von Ines wieder den USB-Stick hin"
          or "hält Ihnen ein Kollege von Ines einen USB-Stick hin"
        return "Die Reise-Hotline antwortet sofort: Geräte ausgeschaltet und bei sich behalten, nichts "
          .. "einstecken, keine Dateien annehmen und zu Hause alles abgeben. Am nächsten Tag " .. stick
          .. ": „Nur unsere Spezifikationen. Können Sie ihn einstecken?“"
      end,
      choices = {
        { "Höflich ablehnen, wie die Reise-Hotline geraten hat", go = "trip_thanks" },
        { "Ihn einstecken; es sind ja nur Spezifikationen", go = "went_on", hook = 2,
          gives = "Der fremde Stick in Ihrem Laptop, nach Ihrer Meldung.",
          effect = function(s) s.vars.slip = "Sie haben den USB-Stick des Kunden eingesteckt" end },
      },
    },

    -- Nach einer Meldung zu Hause: Der Kunde fragt noch einmal.
    rep_home = {
      text = function(s)
        local note = s.visited("wiped") and " Die Neuinstallation hat gelöscht, was das Labor hätte lesen können. Bringen Sie Geräte beim nächsten Mal so, wie sie sind."
          or s.visited("detective") and " Man nimmt den Stick und prüft auch Ihren Büro-PC."
          or s.visited("helpdesk") and " Ein Virenscan, erklärt man Ihnen, findet so etwas nicht."
          or ""
        return "Die Unternehmenssicherheit nimmt die Geräte und notiert jedes Ereignis der Reise." .. note
          .. " Am nächsten Tag schreibt Ines: „Könnten Sie die restlichen Daten einfach als ZIP schicken? "
          .. "Unsere Ingenieure warten.“"
      end,
      choices = {
        { "Die E-Mail von Ines unbeantwortet an die Unternehmenssicherheit geben", go = "home_thanks", when = function(s) return s.hook == 0 end },
        { "Die E-Mail von Ines unbeantwortet an die Unternehmenssicherheit geben", go = "thanks_late", when = function(s) return s.hook > 0 end },
        { "Das ZIP schicken; sie ist eine Kundin", go = "went_on", hook = 2,
          gives = "Konstruktionsdaten, verschickt nach Ihrer Meldung. Das macht vieles davon zunichte.",
          effect = function(s) s.vars.slip = "Sie haben die Konstruktionsdaten geschickt" end },
      },
    },

    cleared = {
      text = "Das Treffen findet per Video statt, nur mit den freigegebenen Folien. Die "
        .. "Unternehmenssicherheit notiert den Wunsch des Kunden, Ihre Daten von Hand gebracht zu bekommen. "
        .. "Nicht jede Reise ist das Risiko wert. Das gemeinsam mit dem Unternehmen zu entscheiden, ist genau "
        .. "der Sinn einer Freigabe.",
      ending = "cleared",
      lesson = "Dank Ihrer Frage vor der Reise konnten Sie und die Unternehmenssicherheit entscheiden, dass "
        .. "sie nicht nötig war. Nichts hat das Unternehmen verlassen.",
    },

    cleared_end = {
      text = "Die Unternehmenssicherheit nimmt die Leihgeräte zur Prüfung zurück und schreibt auf, was Sie "
        .. "gesehen haben: die Grenzkontrolle, das Zimmer, den USB-Stick, die E-Mail danach. Ihre eigenen "
        .. "Geräte waren nie unterwegs, und die Konstruktionsdaten haben das Unternehmen nie verlassen. So "
        .. "sollte eine freigegebene Reise ablaufen.",
      ending = "cleared",
      lesson = "Sie haben vor der Reise gefragt, sich an das Briefing gehalten und jedes seltsame Detail "
        .. "mitgebracht. Das ist die ganze Gewohnheit.",
    },

    briefed_slipped = {
      text = function(s)
        return "Die Unternehmenssicherheit nimmt die Geräte zurück und schreibt die Reise auf. Sie hatten "
          .. "ein Briefing und haben trotzdem nachgegeben: " .. (s.vars.slip or "Sie haben noch einen Schritt getan")
          .. ". Jetzt muss das Team prüfen, was dadurch offenlag. Man hilft Ihnen ohne Vorwurf, aber genau "
          .. "das sollte das Briefing verhindern."
      end,
      ending = "compromised",
      lesson = "Ein Briefing ist kein Freibrief, weiterzugehen. Wenn die Unternehmenssicherheit Ihnen gesagt "
        .. "hat, wie Sie reisen sollen, halten Sie sich daran. Jeder Schritt dagegen führt tiefer an den Haken.",
    },

    trip_thanks = {
      text = "Sie beenden den Besuch nur mit den freigegebenen Folien. Zu Hause nimmt das Team die Geräte "
        .. "so, wie sie sind, und dankt Ihnen: Durch den Anruf von unterwegs hatte es die Einzelheiten, "
        .. "solange sie frisch waren.",
      ending = "reported",
      lesson = "Der Anruf von unterwegs war richtig, und es war richtig, sich an den Rat zu halten. Fragen "
        .. "Sie beim nächsten Mal vor der Reise, und nehmen Sie Leihgeräte mit.",
    },

    home_thanks = {
      text = "„Danke, dass Sie es uns gesagt haben“, sagt der Sicherheitsbeauftragte. „Auch nach der "
        .. "Reise zählt es, und es ist wichtig.“ Die Unternehmenssicherheit antwortet Ines auf dem "
        .. "offiziellen Weg und prüft die Geräte, die Sie mitgebracht haben.",
      ending = "reported",
      lesson = "Eine Meldung nach der Reise zählt, und dann haben Sie aufgehört. Fragen Sie beim nächsten "
        .. "Mal vor der Reise; das Briefing hätte all das abgedeckt.",
    },

    thanks_late = {
      text = function(s)
        local own = s.vars.own_laptop and " Man prüft Ihren Laptop und Ihre Konten und hilft Ihnen, Ines zu antworten." or ""
        return "„Danke, dass Sie gekommen sind. Spät ist viel besser als nie“, sagt die "
          .. "Sicherheitsbeauftragte." .. own .. " „Es ist keine Schande, auf der Reise nachgegeben zu haben. "
          .. "Genau dafür sind solche Situationen gebaut.“"
      end,
      ending = "reported_late",
      lesson = "Durch Ihre Meldung nach der Reise konnte die Unternehmenssicherheit prüfen, was offenlag. "
        .. "Nehmen Sie beim nächsten Mal Leihgeräte mit, und stecken Sie nichts ein.",
    },

    went_on = {
      text = function(s)
        return "Sie haben es der Unternehmenssicherheit gesagt und dann doch weitergemacht: "
          .. (s.vars.slip or "Sie haben noch einen Schritt getan") .. ". Jetzt muss das Team prüfen, was "
          .. "dadurch offenlag, zusätzlich zur Reise selbst. Man hilft Ihnen trotzdem, aber das Gespräch ist "
          .. "viel schwerer."
      end,
      ending = "compromised",
      lesson = "Eine Meldung ist kein Freibrief zum Weitermachen. Wenn Sie gemeldet haben, hören Sie auf "
        .. "und geben Sie alles Neue weiter. Auch nach der Meldung führt jeder Schritt tiefer an den Haken.",
    },

    walked_away = {
      text = "Der Laptop scheint in Ordnung. Niemand wird je wissen, was an der Grenze oder im Hotel mit ihm "
        .. "geschah, und die Unternehmenssicherheit hat nie von dem USB-Stick gehört. Eine Meldung hätte die "
        .. "nächste Kollegin geschützt, die dorthin reist.",
      ending = "walked_away",
      lesson = "Ein sauberer Scan oder eine Neuinstallation sagt Ihnen nicht, was auf der Reise geschah. Die "
        .. "Unternehmenssicherheit kann es prüfen; sonst tut es niemand.",
    },

    compromised = {
      text = "Was auch immer von der Reise mitkam, sitzt jetzt im Büronetz. Im echten Leben rufen Sie die "
        .. "Unternehmenssicherheit an, sobald Sie so etwas vermuten. Dort hört man es lieber spät als nie.",
      ending = "compromised",
      lesson = "Ein Gerät, das im Ausland außer Sichtweite war, gehört zur Unternehmenssicherheit, bevor es "
        .. "ans Büronetz kommt.",
    },
  },
}
