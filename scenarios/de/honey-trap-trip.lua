-- SPDX-License-Identifier: Apache-2.0
-- Deutsche Fassung von ../honey-trap-trip.lua: dieselben IDs und Regeln, eigene Worte.
-- Alexis und Sam bleiben wie im Original ohne Geschlecht: der Text nennt sie beim Namen.
-- Trainiert: eine Honigfalle auf einer Dienstreise erkennen und melden, auch hinterher, denn
-- Scham ist ihr einziges Druckmittel; nach der Meldung jeden Kontakt abbrechen. Halbe Sachen:
-- es einer Kollegin oder einem Kollegen auf der Messe erzählen, die Nummer blockieren.
-- Fakten aus den Quellen: TorchStone (Vortragende auf Reisen können in eine gefilmte Honigfalle
-- gelockt werden; Beschäftigte sollen lernen, Honigfallen zu erkennen; man kann ohne Angst vor
-- Spott zur Unternehmenssicherheit kommen); Stratfor zum Fall Claiborne (Frauen in der
-- Verwaltung sind häufig Ziel von Männern, die auf sie angesetzt werden, „Raben“ genannt; die
-- Presse vermutete zuerst so einen Mann, die Anklageschrift zeigte aber, dass es ihr erwachsener
-- Sohn war).

local alexis = { name = "Alexis Moreau", role = "Freie Marketingberatung", org = "Selbstständig" }
local friend = { name = "„Ein Freund von Alexis“", role = "Unbekannte Nummer", org = "Keine Angabe" }
local sam = { name = "Sam Okafor", role = "Team am Messestand", org = "Ihr Unternehmen" }

return scenario {
  id = "honey-trap-trip",
  title = "Eine Bekanntschaft auf der Messe",
  tactic = "honey_trap",
  audience = { "travellers", "sales", "engineering" },
  summary = "Drei Tage auf einer Messe im Ausland: Sie führen den neuen Sensor Ihres Unternehmens vor. "
    .. "Eine charmante Bekanntschaft vom Stand sitzt am Abend an der Bar Ihres Hotels.",
  minutes = 8,
  teaches = { "honey_trap", "report", "no_fear" },
  start = "booth",
  report = {
    facts = {
      { id = "who_where", text = "Wer Sie angesprochen hat, wo und wann, und wie man Sie wiedergefunden hat", required = true,
        why = "Dann kann man die Person mit anderen Meldungen verbinden, von der Messe oder aus dem Hotel." },
      { id = "asked_offered", text = "Was man über Ihre Arbeit wissen wollte und was man angeboten oder bezahlt hat", required = true,
        why = "Die Fragen zeigen, worauf die andere Seite aus ist. Bezahlte Essen zeigen, wie sie eine Schuld aufbaut." },
      { id = "messages", text = "Jede Nachricht und Forderung seitdem, genau so, wie sie ankam", required = true,
        when = function(s) return (s.visited("next_day") or s.visited("home")) and not s.vars.deleted end,
        why = "Die Nachrichten sind die Beweise. Unverändert zeigen sie, wer wen unter Druck setzt." },
      { id = "devices", text = "Wann Ihr Laptop und Ihr Handy außer Sichtweite waren", required = true,
        when = function(s) return s.visited("night") end,
        why = "Ein Handy oder Laptop, das benutzt wurde, während Sie schliefen, wurde vielleicht kopiert. Die Unternehmenssicherheit muss es prüfen." },
      { id = "night_details", text = "Jedes private Detail der Nacht, vollständig", decoy = true,
        when = function(s) return s.visited("night") end,
        why = "Die Unternehmenssicherheit braucht, was gefragt und was genommen wurde, nicht Ihr Privatleben. Sagen Sie nur, wonach man Sie fragt." },
      { id = "nationality_guess", text = "Ihre Vermutung über die wahre Nationalität von Alexis", decoy = true,
        why = "Anwerbeversuche kommen von Menschen jeder Herkunft, und sie zielen auf alle, die Zugang haben. Entscheidend ist, was Alexis getan hat, nicht, woher Alexis vielleicht stammt." },
    },
  },
  debrief = "Eine Honigfalle ist eine romantische oder sexuelle Falle, oft auf Reisen. Vielleicht wird dabei "
    .. "gefilmt, und die Aufnahmen dienen dann als Druckmittel. Fachleute warnen: Wer zu einem Vortrag ins Ausland "
    .. "eingeladen wird, kann so in eine Falle geraten. Beschäftigte sollen lernen, das zu erkennen. Die "
    .. "Ziele sind verschieden. Ein Analyst schreibt, dass Frauen in der Verwaltung oft Ziel von Männern "
    .. "sind, die sie umwerben sollen. Man nennt sie „Raben“. Als Candace Claiborne, eine Angestellte des "
    .. "US-Außenministeriums, 2017 angeklagt wurde, vermutete die Presse zuerst so einen Raben. Doch die "
    .. "Person in der Anklageschrift war ihr erwachsener Sohn. Die Falle lebt von Scham: Das Material ist "
    .. "nur etwas wert, solange Sie es geheim halten. Melden Sie früh, oder melden Sie spät. Die "
    .. "Unternehmenssicherheit kennt das und hilft, ohne zu urteilen. Brechen Sie danach jeden Kontakt ab.",
  scenes = {
    booth = {
      channel = "in_person",
      from = alexis,
      text = "Erster Messetag. Jemand bleibt lange an Ihrem Stand: Alexis Moreau, freie Marketingberatung, "
        .. "witzig und schlagfertig, stellt kluge Fragen zum neuen Sensor und lacht über Ihre Witze. Beim "
        .. "Nehmen Ihrer Visitenkarte fragt Alexis nach Ihrem Hotel: „Lassen Sie mich raten, das am Fluss? "
        .. "Da wohnen doch alle von der Messe.“",
      flags = {
        { id = "asks_hotel", text = "Eine neue Bekanntschaft will wissen, in welchem Hotel Sie wohnen" },
      },
      innocent = {
        { id = "visitor_lanyard", text = "Alexis trägt ein Besucherband der Messe" },
        { id = "smart_questions", text = "Alexis stellt kluge Fragen zum Sensor" },
      },
      choices = {
        { "Lachen und Alexis den Namen Ihres Hotels sagen", go = "bar", effect = function(s) s.vars.told_hotel = true end },
        { "Freundlich bleiben, aber das Hotel für sich behalten", go = "bar" },
        { "Sich die neugierigen Fragen notieren und der Reise-Hotline Ihres Unternehmens schreiben", go = "rep_early", report = true },
      },
    },

    bar = {
      channel = "in_person",
      from = alexis,
      text = function(s)
        local how = s.vars.told_hotel and "" or " Sie hatten Ihr Hotel nie genannt."
        return "Am Abend sitzt Alexis an der Bar Ihres Hotels." .. how .. " „Was für ein Zufall!“ Alexis "
          .. "kennt den Titel Ihres Vortrags morgen und Ihre Standnummer, empfiehlt ein Museum nahe der Messe "
          .. "und schlägt ein Abendessen im besten Restaurant der Stadt vor: „Ich lade Sie ein. Mein Kunde "
          .. "zahlt, und ich esse so ungern allein.“"
      end,
      flags = {
        { id = "coincidence", text = "Ein „zufälliges“ Treffen in Ihrem Hotel, noch am selben Abend" },
        { id = "knows_your_details", text = "Kennt schon den Titel Ihres Vortrags und Ihre Standnummer" },
      },
      innocent = {
        { id = "museum_tip", text = "Empfiehlt ein Museum nahe der Messe" },
      },
      discuss = {
        "Welche dieser Details kann Alexis harmlos erfahren haben, und welche nicht?",
        "Was möchte die Reisesicherheit heute Abend von Ihnen hören?",
      },
      choices = {
        { "Zum Essen gehen", go = "dinner", hook = 1,
          gives = "Ein bezahlter Abend. Alexis erfährt, was Sie mögen und was Sie bedrückt." },
        { "Erst Sam vom Messestand-Team davon schreiben", go = "colleague" },
        { "Gute Nacht sagen und aufs Zimmer gehen", go = "next_day" },
        { "Bevor Sie irgendwohin gehen, die Reisesicherheit um Rat fragen", go = "cleared", report = true },
        { "Die Nummer auf der Rückseite Ihres Ausweises anrufen und das Treffen schildern", go = "rep_early", report = true },
      },
    },

    colleague = {
      channel = "chat",
      from = sam,
      text = "Sam antwortet mit einem Zwinker-Smiley. „Glückspilz! Passiert auf jeder Messe. Gratis-Essen "
        .. "genießen, nur nicht über die Arbeit reden.“\n\nSam meint es gut, kann aber nicht prüfen, ob "
        .. "diese „freie Beratung“ schon einmal aufgetaucht ist, auf dieser Messe oder auf anderen. Nichts "
        .. "von dem, was Sie Sam erzählt haben, erreicht jemanden, der das könnte.",
      discuss = {
        "Warum fühlt es sich genug an, es jemandem aus dem Team zu erzählen? Was fehlt?",
      },
      choices = {
        { "Den Chat an die Reisesicherheit weiterleiten und auch dort fragen", go = "rep_early", report = true },
        { "Sams Rat folgen und zum Essen gehen", go = "dinner", hook = 1,
          gives = "Ein bezahlter Abend. Alexis erfährt, was Sie mögen und was Sie bedrückt." },
        { "Alexis gute Nacht sagen und aufs Zimmer gehen", go = "next_day" },
      },
    },

    dinner = {
      channel = "in_person",
      from = alexis,
      text = "Das Essen ist hervorragend, und Alexis zahlt, ohne auf die Rechnung zu schauen. Das Gespräch "
        .. "wandert zu Ihrer Arbeit („Was steckt eigentlich in dem Sensor?“) und dann zu Ihnen: die langen "
        .. "Tage, die Fernbeziehung, wie selten jemand bemerkt, was Sie leisten. Alexis bemerkt es. Beim "
        .. "letzten Glas: „Mein Zimmer hat den schönsten Blick der Stadt. Noch ein Gläschen?“",
      flags = {
        { id = "pays_all", text = "Zahlt ein teures Essen mit dem Geld eines „Kunden“" },
        { id = "private_probing", text = "Lenkt das Gespräch auf Ihre Sorgen und Ihr Privatleben" },
      },
      innocent = {
        { id = "knows_wine", text = "Alexis kennt sich mit Wein gut aus" },
      },
      choices = {
        { "Das Gläschen annehmen", go = "night", hook = 2,
          gives = "Eine Nacht in einem Zimmer, das die andere Seite gewählt hat. Genau dafür war die Falle gebaut." },
        { "Den Abend höflich beenden und allein zurückgehen", go = "next_day" },
        { "Sich kurz entschuldigen und die Reise-Hotline Ihres Unternehmens anrufen", go = "rep_early", report = true },
      },
    },

    next_day = {
      channel = "chat",
      from = alexis,
      text = function(s)
        local line = s.visited("dinner") and "„Gestern Abend war wunderbar. Heute wieder essen, diesmal bei mir im Zimmer?"
          or "„Schade wegen gestern! Heute Abend essen?"
        return "Eine Nachricht in Ihrem privaten Messenger, von einer Nummer, die Sie nie herausgegeben "
          .. "haben:\n\n" .. line .. " Ich kenne übrigens einen Käufer, der sehr an Ihrer Sensor-Firmware "
          .. "interessiert ist. Sie sollten sich kennenlernen.“\n\nAngehängt ist ein Foto der Messeterrasse."
      end,
      flags = {
        { id = "unshared_number", text = "Schreibt an eine Nummer, die Sie nie herausgegeben haben" },
        { id = "buyer_intro", text = "Will einen „Käufer“ vorstellen, der sich für Ihre Firmware interessiert" },
      },
      innocent = {
        { id = "terrace_photo", text = "Angehängt ist ein Foto der Messeterrasse" },
      },
      choices = {
        { "Einen Screenshot machen und an die Reise-Hotline schicken", go = "rep_early", report = true },
        { "Das Abendessen annehmen", go = "dinner", hook = 1, when = function(s) return not s.visited("dinner") end,
          gives = "Ein bezahlter Abend. Alexis erfährt, was Sie mögen und was Sie bedrückt." },
        { "Die Einladung in das Zimmer von Alexis annehmen", go = "night", hook = 2,
          when = function(s) return s.visited("dinner") end,
          gives = "Eine Nacht in einem Zimmer, das die andere Seite gewählt hat. Genau dafür war die Falle gebaut." },
        { "Die Nummer blockieren und den Chat löschen", go = "deleted", how = "delete",
          effect = function(s) s.vars.deleted = true end },
      },
    },

    night = {
      text = "Sie verbringen die Nacht miteinander. Am Morgen ist Alexis fort und hat eine Notiz "
        .. "hinterlassen: „Danke für einen wunderbaren Abend.“ Der Reißverschluss Ihrer Laptoptasche ist "
        .. "andersherum zugezogen, und Ihr Handy zeigt, dass es um 3:12 Uhr entsperrt wurde, während Sie "
        .. "schliefen. Der Zimmerservice bringt das bestellte Frühstück.",
      flags = {
        { id = "bag_touched", text = "Ihre Laptoptasche wurde geöffnet" },
        { id = "phone_used", text = "Ihr Handy wurde entsperrt, während Sie schliefen" },
      },
      innocent = {
        { id = "breakfast", text = "Der Zimmerservice bringt das bestellte Frühstück" },
      },
      discuss = {
        "Was macht es so schwer, das zu melden, und wem nützt das?",
        "Was sollte die Unternehmenssicherheit zuerst wissen: das Private oder das mit Laptop und Handy?",
      },
      choices = {
        { "Sofort die 24-Stunden-Nummer auf Ihrem Ausweis anrufen", go = "rep_trip", report = true },
        { "Selbst nach Alexis suchen: an der Rezeption fragen, die Videoaufnahmen verlangen", go = "detective", how = "keep_talking" },
        { "Nichts sagen. Es war eine private Sache", go = "home" },
      },
    },

    detective = {
      channel = "in_person",
      text = "An der Rezeption gibt es keinen Gast mit diesem Namen. Die Nummer funktioniert nicht mehr. "
        .. "Die Videoaufnahmen verweigert der diensthabende Manager höflich. Ein gut gekleideter Mann, der zugehört "
        .. "hat, bietet an, „die Sache für Sie zu regeln“, und bittet um Ihre Karte. Sie haben Fremden genau "
        .. "erzählt, was Sie bedrückt.",
      flags = {
        { id = "helpful_stranger", text = "Ein Fremder bietet an, „die Sache zu regeln“, und will Ihre Karte" },
      },
      innocent = {
        { id = "polite_manager", text = "Der diensthabende Manager lehnt höflich ab" },
      },
      choices = {
        { "Gehen und die 24-Stunden-Nummer auf Ihrem Ausweis anrufen", go = "rep_late", report = true },
        { "Heimfliegen und versuchen, es zu vergessen", go = "home" },
      },
    },

    home = {
      channel = "chat",
      from = friend,
      text = "Eine Woche nach Ihrer Rückkehr kommt eine Nachricht von einer unbekannten Nummer: drei Fotos "
        .. "aus jener Nacht, eindeutig, und dazu: „Niemand sonst muss die sehen. Alexis sagt, Sie sind ein "
        .. "vernünftiger Mensch. Ein kleiner Gefallen: die Release Notes der neuen Sensor-Firmware. Dann "
        .. "können wir das alle vergessen.“",
      flags = {
        { id = "photos_threat", text = "Kompromittierende Fotos, verschickt mit einem „kleinen Gefallen“" },
      },
      innocent = {
        { id = "evening_message", text = "Die Nachricht kommt am Abend" },
      },
      discuss = {
        "Sind die Fotos für die andere Seite weniger oder mehr wert, wenn Sie die Notes schicken?",
      },
      choices = {
        { "Die Nachricht aufheben, nichts antworten und zur Unternehmenssicherheit gehen", go = "rep_late", report = true },
        { "Die Release Notes schicken, damit es aufhört", go = "deeper", hook = 2,
          gives = "Firmware-Notes, unter Druck verschickt. Jetzt weiß man, dass Druck wirkt." },
        { "Die Nummer blockieren und die Nachrichten löschen", go = "deleted_home", how = "delete",
          effect = function(s) s.vars.deleted = true end },
      },
    },

    deeper = {
      channel = "phone",
      from = friend,
      text = "Der Anrufer dankt Ihnen für die Notes. Jetzt will man den Quellcode des Kalibriermoduls, und "
        .. "noch etwas: „Ihre Kollegin, die an der Verschlüsselung arbeitet. Laden Sie sie auf einen Drink "
        .. "ein, wenn unser Freund in der Stadt ist.“ Die Fotos erwähnt er nicht. Das muss er auch nicht.",
      flags = {
        { id = "recruit_colleague", text = "Will, dass Sie eine Kollegin mit anderem Zugang vorstellen" },
      },
      innocent = {
        { id = "calm_voice", text = "Der Anrufer spricht ruhig und höflich" },
      },
      choices = {
        { "Auflegen und noch heute zur Unternehmenssicherheit gehen", go = "rep_late", report = true },
        { "Tun, was verlangt wird", go = "hooked", hook = 1,
          gives = "Quellcode und der Name einer Kollegin. Jetzt ist noch jemand in Gefahr." },
      },
    },

    deleted_home = {
      channel = "email",
      from = friend,
      text = "Zwei Tage ist es still. Dann kommt eine E-Mail an Ihre Dienstadresse, mit denselben Fotos und "
        .. "einer Frist: Freitag. Das Löschen hat nichts verschwinden lassen. Jetzt haben Sie weniger, was "
        .. "Sie der Unternehmenssicherheit zeigen können, und die andere Seite hat Ihre Dienstadresse.",
      flags = {
        { id = "deadline", text = "Die Forderung kommt mit einer Frist an Ihre Dienstadresse zurück" },
      },
      innocent = {
        { id = "plain_subject", text = "Die E-Mail hat einen schlichten, harmlosen Betreff" },
      },
      choices = {
        { "Jetzt zur Unternehmenssicherheit gehen und erklären, was Sie gelöscht haben", go = "rep_late", report = true },
        { "Vor Freitag schicken, was verlangt wird", go = "compromised", hook = 2,
          gives = "Firmware-Notes, unter Zeitdruck verschickt. Die Fotos hat die andere Seite immer noch." },
      },
    },

    deleted = {
      text = "Sie blockieren die Nummer und löschen den Chat. Der Rest der Messe bleibt ruhig. Zu Hause "
        .. "beschreibt der Newsletter Ihres Unternehmens eine charmante Person, angeblich „freie Beratung“, "
        .. "die sich auf Messen mit Ingenieuren anfreundet und in deren Hotels auftaucht. Wer so jemanden "
        .. "getroffen hat, soll sich melden.",
      choices = {
        { "Sich melden und schildern, was passiert ist", go = "rep_early", report = true },
        { "Es ist ja nichts passiert; es dabei belassen", go = "walked_away" },
      },
    },

    -- Nach einer Meldung geht der Versuch weiter; Abstand halten.
    rep_early = {
      text = function(s)
        local when = s.hook == 0 and "bevor irgendetwas passiert war" or "früh, als es noch nur ein Abendessen war"
        return "Der Beauftragte für Reisesicherheit dankt Ihnen: Sie haben angerufen, " .. when .. ". Das "
          .. "Muster ist bekannt. Der Rat: Abstand halten, die Geräte bei sich behalten und die Einzelheiten "
          .. "zu Hause berichten. Eine Stunde später schreibt Alexis: „Bleibt es beim Abendessen? Ich lade "
          .. "Sie ein.“"
      end,
      choices = {
        { "Nicht antworten; die Nachricht für den Beauftragten aufheben", go = "thanks" },
        { "Trotzdem hingehen; ein Essen kann nicht schaden", go = "went_on", hook = 1,
          gives = "Ein bezahlter Abend mit Alexis, nach Ihrer Meldung.",
          effect = function(s) s.vars.after = "ein Abendessen mit Alexis" end },
      },
    },

    cleared = {
      text = "Die Reisesicherheit antwortet sofort. Zwei andere Ingenieure von der Messe haben dieselbe "
        .. "Person beschrieben. Der Rat: freundlich absagen und den Laptop bei sich behalten. Das tun Sie. "
        .. "Alexis lächelt: „Dann nur ein Drink hier an der Bar? Nur einer.“",
      flags = {
        { id = "smaller_ask", text = "Auf eine Absage folgt eine kleinere Bitte" },
      },
      innocent = {
        { id = "bar_music", text = "In der Bar spielt ein Pianist" },
      },
      choices = {
        { "Wie geraten wieder absagen und aufs Zimmer gehen", go = "cleared_end" },
        { "Ein Drink an der Bar kann nicht schaden", go = "went_on", hook = 1,
          gives = "Ein Abend mit Alexis, gegen den Rat, um den Sie gebeten hatten.",
          effect = function(s) s.vars.after = "ein Drink mit Alexis, gegen den Rat" end },
      },
    },

    rep_trip = {
      text = "Es ist ein schwerer Anruf, und Sie machen ihn. Der Bereitschaftsdienst fragt nur, was nötig "
        .. "ist: Laptop und Handy werden ausgeschaltet und versiegelt, und das Team holt Sie am Flughafen "
        .. "ab. Am Nachmittag schreibt Alexis: „Letzte Nacht war etwas Besonderes. Sehen wir uns vor Ihrem "
        .. "Flug?“",
      choices = {
        { "Nicht antworten und die Nachricht dem Bereitschaftsdienst zeigen", go = "trip_thanks" },
        { "Alexis noch einmal treffen, zum Abschied", go = "went_on", hook = 1,
          gives = "Noch ein Treffen nach Ihrer Meldung. Mehr zum Filmen, mehr zum Benutzen.",
          effect = function(s) s.vars.after = "ein letztes Treffen mit Alexis" end },
      },
    },

    rep_late = {
      text = "Sie erzählen der Unternehmenssicherheit alles, auch von den Fotos. Die Sicherheitsbeauftragte "
        .. "hat so etwas schon erlebt und sagt es auch. „Niemand hier urteilt über Ihr Privatleben. Die "
        .. "Nachrichten überlassen Sie uns.“ Am nächsten Tag kommt eine neue Nachricht: „Freitag ist bald. "
        .. "Nur die Release Notes.“",
      choices = {
        { "Die Nachricht unbeantwortet der Sicherheitsbeauftragten geben", go = "thanks_late" },
        { "Die Notes heimlich schicken, damit es aufhört", go = "went_on", hook = 2,
          gives = "Firmware-Notes, verschickt nach Ihrer Meldung. Das macht vieles davon zunichte.",
          effect = function(s) s.vars.after = "die Release Notes" end },
      },
    },

    thanks = {
      text = "Zu Hause kommen Ihre Notizen zu zwei anderen Meldungen über dieselbe „Beratung“. Das "
        .. "Unternehmen warnt die Kolleginnen und Kollegen, die als Nächste reisen. „Sie haben angerufen, "
        .. "bevor etwas passiert ist“, sagt der Beauftragte. „Einen besseren Zeitpunkt gibt es nicht.“",
      ending = "reported",
      lesson = "Sie haben die seltsamen Details früh gemeldet und dann Abstand gehalten. Sie mussten nicht "
        .. "sicher sein, dass es eine Falle war.",
    },

    cleared_end = {
      text = "Der Rest der Messe verläuft ruhig. Zu Hause geben Sie die Karte von Alexis ab, und die "
        .. "Unternehmenssicherheit legt sie zu den zwei anderen Meldungen. Erst zu fragen und sich dann an "
        .. "den Rat zu halten, war genau richtig.",
      ending = "cleared",
      lesson = "Die Reisesicherheit zuerst zu fragen war richtig. Genauso richtig war es, beim Rat zu "
        .. "bleiben, als Alexis noch einmal fragte.",
    },

    trip_thanks = {
      text = "Am Flughafen nimmt das Team Ihre versiegelten Geräte entgegen. „Danke. Genau dann sollte man "
        .. "anrufen“, sagt der Beauftragte. „Damit nehmen Sie der anderen Seite ihr einziges Druckmittel.“ "
        .. "Es kommen nie Fotos.",
      ending = "reported_late",
      lesson = "Gleich nach der Nacht anzurufen war schwer und richtig. Es hat der anderen Seite das "
        .. "Druckmittel genommen. Rufen Sie beim nächsten Mal schon beim ersten seltsamen Detail an.",
    },

    thanks_late = {
      text = "„Sie haben das Richtige getan“, sagt die Sicherheitsbeauftragte. „Spät zu uns zu kommen ist "
        .. "viel besser als nie. Ab jetzt stehen Sie nicht mehr allein da.“ Die Unternehmenssicherheit "
        .. "übernimmt den Kontakt, und der Freitag vergeht ohne ein Wort.",
      ending = "reported_late",
      lesson = "Sich zu melden, auch nach den Fotos, hat der anderen Seite das Druckmittel genommen. Scham "
        .. "ist das einzige Werkzeug der Falle, und die Unternehmenssicherheit hat alles schon gesehen.",
    },

    went_on = {
      text = function(s)
        return "Sie haben es der Unternehmenssicherheit gesagt und dann doch weitergemacht: "
          .. (s.vars.after or "noch ein Schritt") .. ". Das gibt der anderen Seite mehr in die Hand und "
          .. "macht es schwerer, auf Ihre Meldung hin zu handeln. Man hilft Ihnen trotzdem, aber jetzt muss "
          .. "man fragen, was sonst noch passiert ist."
      end,
      ending = "compromised",
      lesson = "Eine Meldung ist kein Freibrief zum Weitermachen. Wenn Sie gemeldet haben, brechen Sie "
        .. "jeden Kontakt ab und geben Sie alles Neue weiter. Auch nach der Meldung führt jeder Schritt "
        .. "tiefer an den Haken.",
    },

    walked_away = {
      text = "Wahrscheinlich ist alles gut. Aber die Unternehmenssicherheit hat nie erfahren, dass die "
        .. "„Beratung“ Sie angesprochen hat, und wie: das Hotel, die Nummer, der Käufer. Diese Details hätten "
        .. "die nächsten Reisenden schützen können. Wenn so etwas wieder passiert, genügt ein Anruf.",
      ending = "walked_away",
      lesson = "Die Nummer zu blockieren hat Sie geschützt, aber niemanden sonst. Ihre Details hätten die "
        .. "nächsten Reisenden warnen können.",
    },

    compromised = {
      text = "Sie schicken, was verlangt wurde. Der Freitag vergeht, und eine neue Forderung kommt, denn "
        .. "die Fotos sind für die andere Seite noch genauso viel wert. Die Falle lebt vom Schweigen. Im "
        .. "echten Leben ist der Ausweg immer noch derselbe: zur Unternehmenssicherheit, was auch immer "
        .. "passiert ist.",
      ending = "compromised",
      lesson = "Nachgeben kauft die Fotos nicht zurück. Es beweist nur, dass Druck wirkt. Die Fotos "
        .. "verlieren ihre Macht, sobald die Unternehmenssicherheit Bescheid weiß.",
    },

    hooked = {
      text = "Der Code geht hinaus, und ein Drink mit Ihrer Kollegin ist verabredet. Jetzt ist noch jemand "
        .. "in Gefahr. Auch an diesem Punkt ist die Unternehmenssicherheit der Ausweg, für Sie und für Ihre "
        .. "Kollegin.",
      ending = "hooked",
      lesson = "Jeder Schritt sollte den nächsten weniger schlimm wirken lassen. Melden Sie sich beim ersten "
        .. "seltsamen Detail, oder an jedem Punkt danach, was auch immer passiert ist.",
    },
  },
}
