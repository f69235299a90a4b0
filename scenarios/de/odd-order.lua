-- SPDX-License-Identifier: Apache-2.0
-- Deutsche Fassung von ../odd-order.lua: dieselben IDs und Regeln, eigene Worte.
-- Trainiert: Einkauf und Versand als Einfallstor. Ein neuer Händler bestellt Hochleistungslaser und
-- Teile für Schiffsmotoren, mit seltsamen Angaben zum Endverwender, einem Spediteur im Freihafen,
-- gestückelten Aufträgen, einem fremden Zahler und einem „Dankeschön“ für die Sachbearbeitung. Sie
-- arbeiten im Vertriebsinnendienst. Die Zahlungsprüfung des Kreditmanagements und der Druck der
-- Vertriebsleitung zum Quartalsende sind halbe Sache und Druck; die Meldung geht an die
-- Exportkontrolle (im Formular „Unternehmenssicherheit“).
-- Fakten aus den Quellen: TorchStone 2024 (Festnahmen in Deutschland im April 2024: Drei Deutsche
-- sollen für das MSS Informationen über Technik mit militärischem Nutzen beschafft haben, dazu Dinge
-- wie Hightech-Laser und Maschinenteile für Schiffsmotoren zur Lieferung nach China; maritime Technik
-- ist einer der zehn Schwerpunktsektoren von „Made in China 2025“; Ziel ist jeder mit Zugang).

local oskar = { name = "Oskar Lindahl", role = "Einkaufsleiter", org = "Baltic Crest Trading" }
local kwame = { name = "Kwame Asante", role = "Exportkontrolle", org = "Ihr Unternehmen" }

return scenario {
  id = "odd-order",
  title = "Die Bestellung, die nicht aufgeht",
  tactic = "procurement",
  audience = { "sales" },
  summary = "Sie arbeiten im Vertriebsinnendienst einer Firma, die Industrielaser und Teile für "
    .. "Schiffsmotoren verkauft. Ein neuer Händler gibt eine großzügige erste Bestellung auf und hat es eilig.",
  minutes = 7,
  teaches = { "little_hook", "report", "no_fear" },
  start = "first_order",
  report = {
    facts = {
      { id = "customer", text = "Der Kunde: Baltic Crest Trading, Oskar Lindahl, und wie die Bestellung kam",
        required = true,
        why = "Exportkontrolle und Unternehmenssicherheit brauchen Firma und Person, um beide zu prüfen." },
      { id = "goods", text = "Was bestellt wurde (Laser, Motorteile), wie viel und zu welchem Preis", required = true,
        why = "Laser und Teile für Schiffsmotoren können eine Exportprüfung brauchen. Die genaue Ware entscheidet, wie es weitergeht." },
      { id = "end_use", text = "Der fehlende Endverwender, der Spediteur im Freihafen, die Bitte, Ihre Firma einzutragen",
        required = true, when = function(s) return s.visited("end_user") end,
        why = "Ein verborgener Endverwender und ein seltsamer Weg sind der Kern des Falls. Ohne sie sieht alles normal aus." },
      { id = "money", text = "Die gestückelten Aufträge, der Zahler im Ausland und das Geld für Sie", required = true,
        when = function(s) return s.visited("split") end,
        why = "Gestückelte Aufträge und Geld direkt an Sie sind die klarsten Zeichen. Beides muss gemeldet werden." },
      { id = "oskar_origin", text = "Ihre Vermutung, woher Oskar stammt, nach Name und Akzent", decoy = true,
        why = "Anwerbeversuche kommen von Menschen jeder Herkunft, und sie zielen auf alle, die Zugang haben. "
          .. "Entscheidend ist, was die Bestellung von Ihnen verlangt, nicht, woher der Käufer stammt." },
      { id = "price_sheet", text = "Die ganze Kundenliste und Preisliste Ihres Unternehmens", decoy = true,
        why = "Gebraucht wird diese eine Bestellung, nicht Ihre ganze Kundenliste. Mehr Daten verbreiten sie nur weiter." },
    },
  },
  debrief = "Im April 2024 nahmen deutsche Behörden drei Deutsche fest. Der Vorwurf: Sie hätten für Chinas "
    .. "Ministerium für Staatssicherheit gearbeitet. Sie sollen Wissen über Technik mit militärischem Nutzen "
    .. "gesucht haben. Außerdem sollen sie Dinge wie Hightech-Laser und Maschinenteile für Schiffsmotoren "
    .. "beschafft haben, zur Lieferung nach China. TorchStone schreibt: Schiffe und Technik für die See sind "
    .. "einer von zehn Schwerpunkten in Chinas Plan „Made in China 2025“. Einkauf und Versand können also ein "
    .. "Einfallstor sein, genau wie die Forschung. Eine Bestellung ist nicht verdächtig wegen des Namens oder "
    .. "Akzents eines Käufers. Es zählt, was sie von Ihnen verlangt: ein verborgener Endverwender, ein "
    .. "seltsamer Weg, gestückelte Aufträge, ein Zahler im Ausland, ein Geschenk für Sie. Halten Sie die "
    .. "Bestellung an, und fragen Sie die Exportkontrolle oder die Unternehmenssicherheit.",
  scenes = {
    first_order = {
      channel = "email",
      from = oskar,
      text = "Eine erste Bestellung von Baltic Crest Trading, einem neuen Händler: vier Faserlaser mit je 2 "
        .. "Kilowatt und ein Satz Einspritzteile für Schiffsdieselmotoren. Oskar Lindahl bietet Vorkasse an und "
        .. "zehn Prozent über Listenpreis für schnelle Lieferung. Endverwender: „ein Werftkunde, Name folgt“. "
        .. "Die USt-IdNr. der Firma ist gültig.",
      flags = {
        { id = "end_user_later", text = "Der Endverwender ist „ein Werftkunde, Name folgt“" },
        { id = "over_list", text = "Bietet zehn Prozent über Listenpreis für Tempo" },
      },
      innocent = {
        { id = "vat_ok", text = "Die USt-IdNr. der Firma ist gültig" },
        { id = "prepayment", text = "Bietet Vorkasse an" },
      },
      discuss = { "Welche Angaben dieser Bestellung sähen Sie bei jeder normalen Bestellung, und welche nicht?" },
      choices = {
        { "Die Bestellung bestätigen; die Vorkasse deckt das Risiko", go = "end_user", hook = 1,
          gives = "Eine Bestellung für starke Laser, bestätigt, ohne dass jemand weiß, wer sie nutzt.",
          effect = function(s) s.vars.confirmed = true end },
        { "Oskar vor dem Angebot nach dem Namen des Endverwenders fragen", go = "end_user" },
        { "Die Bestellung an Kwame Asante in der Exportkontrolle schicken und um Prüfung vor dem Angebot bitten",
          go = "after", report = true },
        { "Das Kreditmanagement bitten, die Zahlungsmoral des Kunden zu prüfen", go = "credit" },
      },
    },

    credit = {
      channel = "email",
      from = { name = "Greta Holm", role = "Kreditmanagement", org = "Ihr Unternehmen" },
      text = "Greta vom Kreditmanagement antwortet: „Baltic Crest ist eingetragen und zahlt im Voraus. Kein "
        .. "Risiko für uns, nur zu.“ Beim Geld hat sie recht. Aber das Kreditmanagement prüft, ob ein Kunde "
        .. "zahlt, nicht, wo die Ware landet oder wer sie nutzt. Das hat sich noch niemand angesehen.",
      choices = {
        { "Kwame Asante bitten, sich auch den Endverbleib anzusehen", go = "after", report = true },
        { "Die Bestellung bestätigen; das Kreditmanagement hat sie freigegeben", go = "end_user", hook = 1,
          gives = "Eine Bestellung für starke Laser, bestätigt, ohne dass jemand weiß, wer sie nutzt.",
          effect = function(s) s.vars.confirmed = true end },
        { "Oskar zuerst nach dem Namen des Endverwenders fragen", go = "end_user" },
      },
    },

    end_user = {
      channel = "phone",
      from = oskar,
      text = function(s)
        local pre = s.vars.confirmed and "Oskar ruft an, zufrieden mit der Bestätigung. " or "Oskar ruft zurück. "
        return pre .. "„Der Endverwender ist eine Forschungswerft. Den Namen darf ich nicht nennen, aus "
          .. "geschäftlichen Gründen. Um Papierkram zu sparen, tragen Sie im Formular des Herstellers einfach "
          .. "Ihre eigene Firma als Endverwender ein. Und liefern Sie an unseren Spediteur im Freihafen, nicht "
          .. "an uns.“ Er hätte gern alles vor Quartalsende."
      end,
      flags = {
        { id = "name_yourself", text = "Bittet Sie, Ihre eigene Firma im Formular des Herstellers als Endverwender einzutragen" },
        { id = "forwarder_free_port", text = "Will die Lieferung an einen Spediteur im Freihafen, nicht an seine Firma" },
      },
      innocent = {
        { id = "quarter_end", text = "Will die Lieferung vor Quartalsende" },
        { id = "calls_back", text = "Ruft noch am selben Tag zurück" },
      },
      choices = {
        { "Das Formular des Herstellers mit Ihrer Firma als Endverwender ausfüllen", go = "split", hook = 2,
          gives = "Ihre Unterschrift auf einer Endverbleibserklärung, die nicht stimmt.",
          effect = function(s) s.vars.form = true end },
        { "Eine unterschriebene Endverbleibserklärung der Werft selbst verlangen", go = "split" },
        { "Oskar sagen, Sie melden sich, und Kwame Asante anrufen", go = "after", report = true },
        { "Oskar weiter ausfragen, um herauszufinden, wer hinter der Bestellung steckt", go = "digging", how = "keep_talking" },
      },
    },

    digging = {
      channel = "email",
      from = { name = "Nordkap Components", role = "Vertrieb" },
      text = "Sie stellen Oskar Frage um Frage zur Werft. Seine Antworten werden kürzer und hören dann auf. "
        .. "Eine Woche später schickt eine neue Firma, Nordkap Components, fast dieselbe Bestellung, von "
        .. "derselben Telefonnummer. Ihre Fragen haben die andere Seite gewarnt. Wer der Endverwender ist, "
        .. "haben sie Ihnen nicht verraten.",
      flags = {
        { id = "same_phone", text = "Eine neue Firma schickt dieselbe Bestellung von derselben Telefonnummer" },
      },
      innocent = {
        { id = "new_logo", text = "Die neue Firma hat ein schickes Logo" },
      },
      choices = {
        { "Beide Bestellungen an Kwame Asante schicken und sagen, was Sie gefragt haben", go = "after", report = true },
        { "Die neue Bestellung ablehnen und nichts sagen", go = "walked_away" },
      },
    },

    split = {
      channel = "email",
      from = oskar,
      text = "Oskar schreibt: „Der Einfachheit halber teilen wir die Laser auf vier Aufträge auf, jeder unter "
        .. "dem Betrag, ab dem extra geprüft wird. Zahlen wird unser Partner im Ausland, Eastgate Holdings. Und "
        .. "für Ihre Mühe ein persönliches Dankeschön: 500 € pro Auftrag, direkt an Sie.“",
      flags = {
        { id = "split_lots", text = "Will die Bestellung stückeln, um unter der Prüfschwelle zu bleiben" },
        { id = "third_payer", text = "Zahlen soll eine andere Firma im Ausland" },
        { id = "personal_thanks", text = "Bietet Ihnen 500 € pro Auftrag, direkt an Sie" },
      },
      innocent = {
        { id = "full_title", text = "Unterschreibt mit vollem Titel und Telefonnummer" },
      },
      discuss = { "Was kauft das „Dankeschön“, wenn die Bestellung selbst in Ordnung ist?" },
      choices = {
        { "Die Bestellung stückeln und das Dankeschön annehmen", go = "forwarder", hook = 2,
          gives = "Kleine Aufträge, die an der Prüfung vorbeigehen. Und Geld nur für Sie.",
          effect = function(s) s.vars.thanks = true end },
        { "Die E-Mail unverändert an Kwame Asante weiterleiten und die Bestellung anhalten", go = "after", report = true },
        { "Stückelung und Geld ablehnen und nichts sagen", go = "manager" },
      },
    },

    manager = {
      channel = "in_person",
      from = { name = "Beatriz Nunes", role = "Vertriebsleiterin", org = "Ihr Unternehmen" },
      text = "Beatriz bleibt an Ihrem Schreibtisch stehen. „Baltic Crest ist unser bester Neukunde dieses "
        .. "Jahr. Verlieren Sie ihn nicht wegen Formularen, ja? Am Freitag schließt das Quartal.“ Vom Formular "
        .. "und vom Geld, das man Ihnen angeboten hat, weiß sie nichts. Der Druck ist echt. Ein Grund zum "
        .. "Liefern ist er nicht.",
      choices = {
        { "Beatriz sagen, dass erst die Exportkontrolle prüfen muss, und es an Kwame Asante schicken", go = "after", report = true },
        { "Die Bestellung so liefern, um den Kunden zu halten", go = "forwarder", hook = 1,
          gives = "Starke Laser, geliefert in einen Freihafen. Wer sie nutzt, weiß niemand." },
        { "Die Bestellung liegen lassen und hoffen, dass sie sich erledigt", go = "walked_away" },
      },
    },

    forwarder = {
      channel = "chat",
      from = { name = "Nils Berg", role = "Disposition", org = "Portside Freight" },
      text = "Die Disposition des Spediteurs schreibt Ihnen. „Bitte beschreiben Sie in den Zollpapieren die "
        .. "Laser als ‚industrielle Lichtquellen‘ und die Einspritzteile als ‚allgemeine Ersatzteile‘. Wunsch "
        .. "des Kunden. Das erspart viele Fragen.“ Dazu ein Smiley und ein Link zur Sendungsverfolgung.",
      flags = {
        { id = "vague_papers", text = "Will die Ware in den Zollpapieren vage beschrieben haben" },
        { id = "saves_questions", text = "Sagt, das „erspart viele Fragen“" },
      },
      innocent = {
        { id = "tracking_link", text = "Schickt einen Link zur Sendungsverfolgung" },
        { id = "smiley", text = "Beendet die Nachricht mit einem Smiley" },
      },
      choices = {
        { "Die Beschreibungen wie gewünscht ändern", go = "leverage", hook = 2,
          gives = "Zollpapiere, die verbergen, was verschickt wird, mit Ihrem Namen darauf." },
        { "Die Lieferung stoppen und Kwame Asante anrufen", go = "after", report = true },
      },
    },

    leverage = {
      channel = "phone",
      from = oskar,
      text = function(s)
        local took = s.vars.thanks and ", und Sie haben unser Dankeschön genommen" or ""
        return "Oskar ruft an, freundlich wie immer. „Alles angekommen. Mein Kunde will nächsten Monat doppelt "
          .. "so viel. Sie haben die Papiere unterschrieben" .. took .. ". Wenn jemand fragt, steht da Ihr Name, "
          .. "nicht meiner. Also bleibt das unter uns, ja?“"
      end,
      flags = {
        { id = "your_name", text = "Weist darauf hin, dass Ihr Name auf den Papieren steht" },
        { id = "between_us", text = "Bittet Sie, es unter Ihnen beiden zu behalten" },
      },
      innocent = {
        { id = "friendly_tone", text = "Bleibt das ganze Gespräch über freundlich" },
      },
      choices = {
        { "Die neue Bestellung bearbeiten", go = "hooked", hook = 2,
          gives = "Eine zweite Lieferung: Jetzt sind Sie deren fester Lieferant." },
        { "Jetzt zu Kwame Asante gehen und ihm alles sagen, was Sie unterschrieben haben", go = "after", report = true },
        { "Die E-Mails und die Auftragsnotizen löschen", go = "deleted", how = "delete" },
      },
    },

    deleted = {
      text = "Sie löschen die E-Mails und leeren die Auftragsnotizen. Aber der Hersteller hat Ihr Formular, der "
        .. "Spediteur die Zollpapiere und die Bank die Zahlungen. Wer seine Kopien löscht, löscht nur die eigene "
        .. "Sicht der Dinge: die, die zeigt, wie man Sie gedrängt hat.",
      choices = {
        { "Trotzdem zu Kwame Asante gehen und sagen, was Sie gelöscht haben", go = "after", report = true },
        { "Nichts sagen und hoffen, dass niemand fragt", go = "exposed" },
      },
    },

    after = {
      channel = "phone",
      from = kwame,
      text = function(s)
        local gone = s.hook > 0 and "„Sagen Sie mir, was schon rausgegangen ist, dann bringen wir das ordentlich in Ordnung.“ " or ""
        return "Kwame Asante von der Exportkontrolle ruft zurück. „Danke. Eine Bestellung ist nicht "
          .. "verdächtig wegen dem, der sie schickt, sondern wegen dem, was sie von uns verlangt.“ " .. gone
          .. "„Halten Sie sie an, und sagen Sie Oskar nur, dass sie geprüft wird.“ Oskar ist schon auf der "
          .. "anderen Leitung."
      end,
      choices = {
        { "Oskar sagen, dass die Bestellung geprüft wird, und sonst nichts", go = "cleared",
          when = function(s) return s.hook == 0 and not s.visited("end_user") end },
        { "Oskar sagen, dass die Bestellung geprüft wird, und sonst nichts", go = "rep_early",
          when = function(s) return s.hook == 0 and s.visited("end_user") end },
        { "Oskar sagen, dass die Bestellung geprüft wird, und sonst nichts", go = "rep_late",
          when = function(s) return s.hook > 0 end },
        { "Die erste Teillieferung trotzdem verschicken; er hat ja bezahlt", go = "deeper_end", hook = 1,
          gives = "Starke Laser, verschickt, als die Prüfung noch lief." },
      },
    },

    cleared = {
      text = "Kwames Prüfung findet keine Werft hinter Baltic Crest, und der Hersteller verkauft nicht ohne "
        .. "echten Endverwender. Nichts wird verschickt. Sie haben gefragt, bevor auch nur ein Angebot "
        .. "hinausging. Da kostet eine Frage am wenigsten.",
      ending = "cleared",
      lesson = "Fragen Sie, bevor Sie ein Angebot machen oder kaufen. Eine Bestellung ohne klaren Endverwender "
        .. "ist eine Frage für die Exportkontrolle, kein Rätsel, das Sie allein lösen.",
    },

    rep_early = {
      text = "Kwames Team stoppt die Bestellung und gibt Ihre Funde an die Behörden weiter. Laser und Teile "
        .. "verlassen das Lager nie. Beatriz murrt wegen des Quartals und dankt Ihnen dann.",
      ending = "reported",
      lesson = "Sie haben die Bestellung danach beurteilt, was sie von Ihnen verlangte, nicht danach, wer sie "
        .. "schickte. So bleibt Ware dort, wo sie hingehört.",
    },

    rep_late = {
      text = "Sie erzählen Kwame alles, auch von den Formularen und dem Geld. Er dankt Ihnen: Spät zu kommen ist "
        .. "viel besser als nie. Jetzt kann das Unternehmen die Papiere berichtigen und den Behörden helfen, die "
        .. "Ware zu finden. Niemand behandelt Sie als das Problem.",
      ending = "reported_late",
      lesson = "Für eine Meldung ist es nie zu spät. Papiere, die Sie unterschrieben haben, lassen sich leichter "
        .. "berichtigen, wenn Sie sie selbst erklären.",
    },

    deeper_end = {
      text = "Die erste Teillieferung geht raus, während Kwame noch prüft. Als sich zeigt, dass es die Werft "
        .. "nicht gibt, sind die Laser weg, und auf den Papieren steht Ihr Name, nach Ihrer eigenen Meldung. "
        .. "Kwame kann Sie nur schützen, wenn Sie aufhören.",
      ending = "compromised",
      lesson = "Eine Meldung ist kein Freibrief zum Weitermachen. Wenn die Exportkontrolle Bescheid weiß, "
        .. "verschicken Sie nichts, bis sie es erlaubt.",
    },

    walked_away = {
      text = "Sie lassen die Bestellung fallen. Baltic Crest kauft dieselben Laser in der Woche darauf bei "
        .. "einem anderen Lieferanten, und niemand, der prüfen könnte, weiß, was Ihnen aufgefallen ist.",
      ending = "walked_away",
      lesson = "Wer eine Bestellung ablehnt, schützt die eigene Firma, aber nicht den nächsten Lieferanten. "
        .. "Eine kurze Meldung, und jemand kann es stoppen.",
    },

    hooked = {
      text = "Die zweite Lieferung geht raus. Oskar ist zufrieden, und die Bestellung für nächsten Monat ist "
        .. "schon da. Jede Unterschrift macht die nächste schwerer abzulehnen. Auch jetzt ist der Weg zur "
        .. "Exportkontrolle der Ausweg.",
      ending = "hooked",
      lesson = "Kleine Gefallen bei Formularen wachsen zu einer Lieferkette. Der Ausweg bleibt offen: Sagen Sie "
        .. "es der Exportkontrolle, egal, wie weit es schon gegangen ist.",
    },

    exposed = {
      text = "Sie schweigen. Hersteller, Spediteur und Bank haben weiter jedes Papier mit Ihrem Namen, und "
        .. "Oskars nächste Bestellung kommt am Montag. Die Unternehmenssicherheit kann Ihnen immer noch helfen, "
        .. "heute.",
      ending = "compromised",
      lesson = "Wer seine Kopien löscht, löscht nicht die Spur. Er versteckt nur die eigene Seite. Heben Sie "
        .. "alles auf, und melden Sie es.",
    },
  },
}
