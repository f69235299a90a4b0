-- SPDX-License-Identifier: Apache-2.0
-- Deutsche Fassung von ../research-transfer.lua: dieselben IDs und Regeln, eigene Worte.
-- Trainiert: eine Forschungspartnerschaft als Einfallstor. Eine kleine Partnerfirma und ein
-- freundlicher Gastwissenschaftler schlagen eine bezahlte Vereinbarung zum Forschungstransfer mit
-- einem Universitätslabor vor und wollen dann mehr, als die Vereinbarung abdeckt. Sie forschen an
-- einer Universität. Die Vertragsprüfung der Transferstelle und der Segen der Laborleitung sind
-- halbe Sachen; die Meldung geht an die Forschungssicherheit.
-- Fakten aus den Quellen: TorchStone 2024 (Festnahmen in Deutschland im April 2024: Der erste
-- Verdächtige soll Bekannte mit einer Firma in Düsseldorf hinzugezogen haben, die mutmaßlich
-- Kontakte zu Forschenden und eine Vereinbarung zum Forschungstransfer mit einer nicht genannten
-- deutschen Universität anbahnte; Dienste schicken verdeckte Offiziere als Studierende oder
-- Forschende in Universitäten, Institute und Firmen; die Konferenz-Variante mit unerwartetem
-- Honorar und versteckter Aufnahme).

local adrian = { name = "Dr. Adrian Keller", role = "Gastwissenschaftler, gefördert", org = "Brightwater Applied Systems" }
local mira = { name = "Mira Jansen", role = "Geschäftsführerin", org = "Brightwater Applied Systems" }
local ruth = { name = "Prof. Ruth Mensah", role = "Leiterin Ihres Labors", org = "Ihre Universität" }
local daniel = { name = "Daniel Ferreira", role = "Vertragsreferent", org = "Transferstelle" }
local hannah = { name = "Hannah Wolff", role = "Beauftragte für Forschungssicherheit", org = "Ihre Universität" }

return scenario {
  id = "research-transfer",
  title = "Die Transfervereinbarung",
  tactic = "research",
  audience = { "research" },
  summary = "Sie forschen in einem Universitätslabor, das Laserbeschichtungen für Schiffspropeller "
    .. "entwickelt. Eine kleine Partnerfirma schickt einen Gastwissenschaftler und schlägt dann eine "
    .. "bezahlte Vereinbarung vor.",
  minutes = 7,
  teaches = { "clearance", "little_hook", "report", "no_fear" },
  start = "welcome",
  report = {
    facts = {
      { id = "who", text = "Wer beteiligt ist: Adrian Keller, Mira Jansen, Brightwater, und wie jeder Sie ansprach",
        required = true,
        why = "Mit Namen, Rollen und dem Weg zu Ihnen kann die Forschungssicherheit Firma und Besuch prüfen." },
      { id = "asks", text = "Was man verlangt und angeboten hat (Zugang, Daten, Zeichnungen, Proben), mit Datum",
        required = true,
        why = "Die Bitten zeigen, wo die Partnerschaft über die Vereinbarung hinausgeht. Genau das wird geprüft." },
      { id = "private_fee", text = "Das persönliche Honorar, das man Ihnen an der Universität vorbei angeboten hat",
        required = true, when = function(s) return s.visited("proposal") end,
        why = "Privates Geld von einem Partner ist ein klares Warnsignal. Die Forschungssicherheit muss wissen, dass es angeboten wurde." },
      { id = "trial_data", text = "Eine Kopie der unveröffentlichten Versuchsdaten zur Beschichtung", decoy = true,
        why = "Hängen Sie nie die sensiblen Daten selbst an. Sagen Sie, wonach gefragt wurde; man sieht sie sich sicher an." },
      { id = "adrian_origin", text = "Ihre Vermutung über Adrians Nationalität, nach seinem Akzent", decoy = true,
        why = "Anwerbeversuche kommen von Menschen jeder Herkunft, und sie zielen auf alle, die Zugang haben. "
          .. "Entscheidend ist, worum Adrian gebeten hat, nicht, woher er stammt." },
      { id = "funding_view", text = "Ihre Meinung dazu, wie die Laborleitung mit Drittmitteln umgeht", decoy = true,
        why = "Laborpolitik hilft bei einer Prüfung nicht. Bleiben Sie dabei, was die Partner wollten und boten." },
    },
  },
  debrief = "Im April 2024 nahmen deutsche Behörden drei Deutsche fest. Der Vorwurf: Spionage für "
    .. "Chinas Ministerium für Staatssicherheit. Einer von ihnen soll Bekannte mit einer Firma in "
    .. "Düsseldorf um Hilfe gebeten haben. Diese Firma soll Kontakte zu Forschenden geknüpft haben, dazu eine "
    .. "Vereinbarung zum Forschungstransfer mit einer deutschen Universität. TorchStone schreibt außerdem: "
    .. "Chinas Dienste schicken auch Offiziere, getarnt als Studierende oder Forschende, an westliche "
    .. "Universitäten und in Firmen. Die meisten Partner und Gäste sind, wer sie zu sein scheinen. Eine "
    .. "Prüfung geht also schnell. Und sie ist keine Kränkung. Fragen Sie die Forschungssicherheit, bevor "
    .. "Daten, Proben oder Zugänge an einen Partner gehen. Melden Sie Wünsche, die über die Vereinbarung "
    .. "hinausgehen: private Honorare, Labore ohne Namen, Reisen zu einem Kunden ohne Namen.",
  scenes = {
    welcome = {
      channel = "in_person",
      from = adrian,
      text = "Adrian Keller fängt heute an, ein Gastwissenschaftler, bezahlt von Brightwater, einer kleinen "
        .. "Partnerfirma. Er bringt Gebäck mit und hat alle Ihre Paper gelesen. „Damit ich schnell reinkomme: "
        .. "Könnte ich das ganze Laborlaufwerk haben? Auch die unveröffentlichten Beschichtungsversuche. Auf den "
        .. "Papierkram würde ich ungern warten.“",
      flags = {
        { id = "unpublished_day_one", text = "Will gleich am ersten Tag die unveröffentlichten Versuche" },
        { id = "skip_paperwork", text = "Will nicht auf die Formulare für den Zugang warten" },
      },
      innocent = {
        { id = "pastries", text = "Bringt Gebäck für das Labor mit" },
        { id = "read_papers", text = "Hat alle Ihre veröffentlichten Paper gelesen" },
      },
      discuss = { "Ein Gast, der gleich loslegen will, ist normal. Welcher Teil seiner Bitte ist es nicht?" },
      choices = {
        { "Ihm das ganze Laufwerk geben; er ist Gast des Labors", go = "proposal", hook = 1,
          gives = "Daten aus Versuchen, die noch nicht erschienen sind, für einen Gast ohne genehmigten Zugang.",
          effect = function(s) s.vars.drive = true end },
        { "Ihm vorerst die veröffentlichten Paper und den Gastordner geben", go = "proposal" },
        { "Hannah Wolff von der Forschungssicherheit bitten, Adrians Besuch vor jedem Zugang zu prüfen",
          go = "after", report = true },
        { "Ihre Laborleiterin, Professorin Mensah, fragen, ob das in Ordnung ist", go = "lab_head" },
      },
    },

    lab_head = {
      channel = "in_person",
      from = ruth,
      text = "Professorin Mensah winkt es durch. „Brightwater bezahlt eine halbe Stelle. Seien Sie nett zu "
        .. "ihm, und machen Sie es nicht kompliziert.“ Die Professorin denkt an die Drittmittel, nicht daran, wer Adrian "
        .. "ist, und prüfen kann sie ihn auch nicht. Sie zu fragen, fühlte sich richtig an. Geprüft hat bisher "
        .. "niemand etwas.",
      choices = {
        { "Trotzdem Hannah Wolff schreiben, mit Professorin Mensah in Kopie", go = "after", report = true },
        { "Tun, was sie sagt, und Adrian das ganze Laufwerk geben", go = "proposal", hook = 1,
          gives = "Daten aus Versuchen, die noch nicht erschienen sind, für einen Gast, den niemand geprüft hat.",
          effect = function(s) s.vars.drive = true end },
        { "Ihn beim Gastordner lassen und weiterarbeiten", go = "proposal" },
      },
    },

    proposal = {
      channel = "email",
      from = mira,
      text = "Mira Jansen, die Brightwater leitet, schreibt: „Wir möchten mit Ihrem Labor eine Vereinbarung "
        .. "zum Forschungstransfer schließen: 120.000 € über zwei Jahre für das Beschichtungsverfahren. Und für "
        .. "Sie persönlich ein Beraterhonorar von 2.000 € im Monat. Diesen Teil halten wir besser aus den "
        .. "Unterlagen der Universität heraus. Das ist einfacher.“",
      flags = {
        { id = "personal_fee", text = "Bietet Ihnen ein persönliches Honorar an den Unterlagen der Universität vorbei" },
        { id = "whole_process", text = "Will das ganze Beschichtungsverfahren, nicht eine gemeinsame Frage" },
      },
      innocent = {
        { id = "tidy_site", text = "Die Firma hat eine ordentliche Website mit Straßenadresse" },
        { id = "two_years", text = "Die Vereinbarung würde zwei Jahre laufen" },
      },
      discuss = { "Wer an einer Universität sollte das Angebot eines Partners sehen, und wer ein persönliches Honorar?" },
      choices = {
        { "Das Honorar annehmen und Mira einen Abriss des Verfahrens schicken", go = "kickoff", hook = 1,
          gives = "Privates Geld vom Partner, von dem Ihre Universität nichts weiß.",
          effect = function(s) s.vars.fee = true end },
        { "Den Vorschlag wie vorgeschrieben an die Transferstelle geben", go = "tto" },
        { "Vorschlag und Adrians Bitten an Hannah Wolff schicken und vorerst abwarten", go = "after", report = true },
        { "Mit Mira weiterreden, um herauszufinden, wer wirklich hinter dem Geld steckt", go = "digging", how = "keep_talking" },
      },
    },

    tto = {
      channel = "email",
      from = daniel,
      text = "Daniel Ferreira von der Transferstelle antwortet noch am selben Tag. „Die Vertragsbedingungen "
        .. "passen. Wir prüfen das Geld und die Rechte, nicht die Leute hinter einem Partner. Ein persönliches "
        .. "Honorar ist Sache zwischen Ihnen und denen.“ Für seine eigene Aufgabe hat er recht. Nur ist es nicht "
        .. "seine Aufgabe, herauszufinden, für wen Brightwater arbeitet.",
      choices = {
        { "Hannah Wolffs Team bitten, sich Brightwater und das Honorar anzusehen", go = "after", report = true },
        { "Unterschreiben und das Honorar nehmen, der Vertrag passt ja", go = "kickoff", hook = 1,
          gives = "Geld vom Partner nur für Sie. Genommen, weil der Vertrag geprüft war.",
          effect = function(s) s.vars.fee = true end },
        { "Die Vereinbarung fürs Labor unterschreiben, aber das Honorar ablehnen", go = "kickoff" },
      },
    },

    digging = {
      channel = "phone",
      from = mira,
      text = "Sie fragen Mira, wer die Kunden von Brightwater sind. Mira lacht es weg. „Vor allem Werften. "
        .. "Warum fragen Sie?“ Am nächsten Tag hört Adrian auf, nach Daten zu fragen, und die Website von "
        .. "Brightwater zeigt eine neue Adresse. Ihre Fragen haben der Firma gezeigt, dass Sie misstrauisch sind. "
        .. "Neues haben Sie nicht erfahren.",
      flags = {
        { id = "new_address", text = "Die Adresse der Firma ändert sich am Tag nach Ihren Fragen" },
      },
      innocent = {
        { id = "shipyards", text = "Mira sagt, die Kunden seien vor allem Werften" },
      },
      choices = {
        { "Hannah Wolff erzählen, was passiert ist, auch von Ihren Fragen", go = "after", report = true },
        { "Es lassen; die Vereinbarung ist sowieso vom Tisch", go = "walked_away" },
      },
    },

    kickoff = {
      channel = "in_person",
      from = mira,
      text = "Beim Auftakttreffen verlangt Mira die kompletten Prozesseinstellungen, die Leistungskurven des "
        .. "Lasers und die Zeichnungen des Prüfstands. „Unser Partnerlabor in Übersee wird sie validieren.“ "
        .. "Adrian ergänzt, man solle auch einen Musterprüfstand dorthin schicken. Wer das Labor leitet, kann "
        .. "Mira noch nicht sagen.",
      flags = {
        { id = "rig_drawings", text = "Will alle Einstellungen und Prüfstandszeichnungen, mehr als vereinbart" },
        { id = "unnamed_lab", text = "Daten und Prüfstand sollen an ein Partnerlabor, das sie nicht nennen kann" },
      },
      innocent = {
        { id = "printed_agenda", text = "Mira bringt eine gedruckte Tagesordnung mit" },
        { id = "own_room", text = "Das Treffen ist im Besprechungsraum Ihres Instituts" },
      },
      choices = {
        { "Einstellungen und Zeichnungen übergeben", go = "conference", hook = 2,
          gives = "Der Kern des Verfahrens und der Bau des Prüfstands, unterwegs zu einem Labor ohne Namen.",
          effect = function(s) s.vars.data = true end },
        { "Sagen, dass nur die Ergebnisse geteilt werden, die die Sicherheitsklausel nennt", go = "conference" },
        { "Das Treffen höflich beenden und die Bitte zu Hannah Wolff bringen, bevor etwas rausgeht", go = "after", report = true },
      },
    },

    conference = {
      channel = "chat",
      from = adrian,
      text = function(s)
        local open = s.vars.data and "„Das Partnerlabor ist begeistert von Ihren Daten.“ "
          or "„Mira war enttäuscht, aber egal.“ "
        return "Adrian schreibt Ihnen. " .. open .. "„Nächsten Monat ist eine Konferenz im Ausland, alles "
          .. "bezahlt. Bringen Sie Proben mit und einen USB-Stick mit den neuesten Versuchen. Der Endkunde will "
          .. "Sie dort treffen, unter vier Augen. Im Institut sollten Sie das besser nicht erwähnen.“"
      end,
      flags = {
        { id = "hand_carry", text = "Will Proben und Daten von Hand zu einem Kunden ohne Namen gebracht haben" },
        { id = "dont_mention", text = "Bittet Sie, dem Institut nichts zu sagen" },
      },
      innocent = {
        { id = "messenger_app", text = "Schreibt über einen verbreiteten Messenger" },
      },
      choices = {
        { "Hinfahren, mit den Proben und dem Stick", go = "abroad", hook = 2,
          gives = "Proben und Daten, selbst zu einem privaten Treffen im Ausland gebracht." },
        { "Adrians Nachricht an Hannah Wolff weiterleiten, bevor Sie antworten", go = "after", report = true },
        { "Die Reise ablehnen und niemandem etwas sagen", go = "quiet" },
      },
    },

    abroad = {
      channel = "in_person",
      from = { name = "Herr Lang", role = "Direktor", org = "„Der Endkunde“" },
      text = "In einem Besprechungsraum im Hotel dankt Ihnen ein ruhiger Direktor namens Lang herzlich und "
        .. "reicht Ihnen einen Umschlag: ein Honorar. Er fragt nach der nächsten Version Ihres Verfahrens, und "
        .. "ob Ihre Doktoranden gern bezahlt bei seinem Team forschen würden. Eine Kamera in der Ecke zeigt ein "
        .. "rotes Licht.",
      flags = {
        { id = "envelope_honorarium", text = "Ein unerwartetes Honorar in einem Umschlag" },
        { id = "students_too", text = "Fragt, ob Ihre Doktoranden bezahlte Aufenthalte wollen" },
        { id = "camera", text = "Eine Kamera im Raum nimmt auf" },
      },
      innocent = {
        { id = "hotel_room", text = "Das Treffen ist in einem Besprechungsraum im Hotel" },
      },
      choices = {
        { "Den Umschlag nehmen und versprechen, Ihre Doktoranden zu fragen", go = "hooked", hook = 1,
          gives = "Bargeld vor der Kamera. Und Sie sagen zu, andere mitzubringen." },
        { "Den Umschlag ablehnen, heimfliegen und Hannah Wolff alles erzählen", go = "after", report = true },
      },
    },

    quiet = {
      text = "Sie lehnen die Reise ab und sagen niemandem etwas. Einen Monat später erzählt Ihr Doktorand "
        .. "Jonas strahlend, Adrian habe ihm einen bezahlten Aufenthalt im Ausland angeboten, und er solle die "
        .. "neuesten Versuchsdaten mitbringen. Die Vereinbarung läuft weiter, und bei der Forschungssicherheit "
        .. "weiß niemand davon.",
      flags = {
        { id = "student_offer", text = "Adrian bietet Ihrem Doktoranden einen bezahlten Aufenthalt an, mit Daten" },
      },
      innocent = {
        { id = "student_beaming", text = "Jonas freut sich über das Angebot" },
      },
      choices = {
        { "Mit allem zu Hannah Wolff gehen und Jonas erwähnen", go = "after", report = true },
        { "Es ist Jonas' Entscheidung; sich heraushalten", go = "walked_away" },
      },
    },

    after = {
      channel = "phone",
      from = hannah,
      text = function(s)
        local gone = s.hook > 0 and "„Sagen Sie mir, was schon weg ist, dann kümmern wir uns darum.“ " or ""
        return "Hannah Wolff von der Forschungssicherheit ruft an. „Danke. Die meisten Partnerschaften sind "
          .. "genau das, wonach sie aussehen, und durch Prüfen bleibt es so.“ " .. gone .. "„Bis wir uns "
          .. "Brightwater angesehen haben, teilen Sie bitte nichts mehr.“ Eine Stunde später fragt Adrian wieder "
          .. "nach den Daten."
      end,
      choices = {
        { "Adrian sagen, die Daten warten auf die Prüfung der Universität, und den Rest Hannah überlassen",
          go = "cleared", when = function(s) return s.hook == 0 and not s.visited("kickoff") end },
        { "Adrian sagen, die Daten warten auf die Prüfung der Universität, und den Rest Hannah überlassen",
          go = "rep_early", when = function(s) return s.hook == 0 and s.visited("kickoff") end },
        { "Adrian sagen, die Daten warten auf die Prüfung der Universität, und den Rest Hannah überlassen",
          go = "rep_late", when = function(s) return s.hook > 0 end },
        { "Adrian die Versuchsdaten trotzdem schicken; unterschrieben wird ja bald", go = "deeper_end", hook = 1,
          gives = "Labordaten, verschickt, als die Prüfung noch lief." },
      },
    },

    cleared = {
      text = "Hannahs Stelle prüft Brightwater, bevor etwas unterschrieben wird. Die Firma kann nicht "
        .. "erklären, woher ihr Geld kommt oder wer ihr Partnerlabor leitet. Es wird nichts unterschrieben, und "
        .. "Adrians Besuch endet früher. Sie haben gefragt, bevor auch nur eine Datei das Labor verlassen hat.",
      ending = "cleared",
      lesson = "Fragen Sie, bevor Sie teilen. Daten, Proben und Zugänge für einen Partner brauchen eine "
        .. "Freigabe, und früh zu fragen kostet nichts.",
    },

    rep_early = {
      text = "Hannahs Team stoppt die Datenwünsche und prüft Brightwater. Die Firma kann nicht sagen, wer ihr "
        .. "Partnerlabor in Übersee leitet. Nichts Sensibles hat das Labor verlassen, weil Sie sich beim "
        .. "Auftakttreffen gemeldet haben. Die Universität verschärft ihre Regeln für geförderte Gäste.",
      ending = "reported",
      lesson = "Sie haben Bitten gesehen, die über die Vereinbarung hinausgingen, und sie gemeldet, bevor etwas "
        .. "hinausging. Genau dafür gibt es die Forschungssicherheit.",
    },

    rep_late = {
      text = "Sie erzählen Hannah alles, auch vom Honorar und davon, was Sie geschickt haben. Sie dankt Ihnen. "
        .. "Spät zu kommen ist viel besser als nie: Jetzt kann die Universität andere Labore warnen und stoppen, "
        .. "was als Nächstes kommt. Es war nicht leicht zu sagen, und Sie haben es gesagt.",
      ending = "reported_late",
      lesson = "Für eine Meldung ist es nie zu spät. Sagen Sie der Forschungssicherheit, was schon weg ist, "
        .. "dann kann sie den Schaden begrenzen.",
    },

    deeper_end = {
      text = "Sie schicken die Daten, während Hannahs Prüfung noch läuft. Als sich Brightwater als Tarnfirma "
        .. "herausstellt, liegt Ihre letzte E-Mail in der Akte. Hannah ist nicht wütend. Aber sie kann nicht "
        .. "mehr sagen, dass nach Ihrer Meldung nichts das Labor verlassen hat.",
      ending = "compromised",
      lesson = "Eine Meldung ist kein Freibrief zum Weitermachen. Wenn Sie etwas gemeldet haben, teilen Sie "
        .. "nichts mehr, bis die Forschungssicherheit es erlaubt.",
    },

    walked_away = {
      text = "Sie haben sich herausgehalten. Brightwater und Adrian arbeiten weiter mit Ihrem Labor und Ihren "
        .. "Doktoranden, und die Forschungssicherheit weiß nicht, was Sie wissen. Eine Nachricht hätte genügt, "
        .. "damit sie prüfen kann.",
      ending = "walked_away",
      lesson = "Sich zurückzuziehen schützt Sie, nicht Ihr Labor und nicht Ihre Doktoranden. Melden Sie es, "
        .. "damit jemand prüfen kann.",
    },

    hooked = {
      text = "Sie fliegen nach Hause, mit einem Umschlag, einem aufgezeichneten Treffen und dem Versprechen, "
        .. "Ihre Doktoranden hineinzuziehen. Die nächste Bitte wird schwerer abzulehnen sein. Auch jetzt ist die "
        .. "Forschungssicherheit der Ausweg.",
      ending = "hooked",
      lesson = "Honorare, bezahlte Reisen und private Treffen treiben den Haken tiefer. Der Ausweg bleibt "
        .. "offen: Melden Sie es, egal, wie weit es schon gegangen ist.",
    },
  },
}
