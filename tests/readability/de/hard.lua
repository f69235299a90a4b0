-- A German scenario with debrief texts far above school grade 9 by the
-- Wiener Sachtextformel: tools/readability.py must name each of them and exit 1.
return scenario {
  id = "hard", title = "Schwer", tactic = "linkedin", start = "offer",
  summary = "Eine Fremde bietet Geld für ein kurzes Papier.", teaches = { "report" },
  debrief = "Kurz und schlicht.",
  report = { facts = {
    { id = "who", text = "Wer geschrieben hat", required = true },
    { id = "guess", text = "Eine Vermutung", decoy = true,
      why = "Unbegründete Spekulationen hinsichtlich der Staatsangehörigkeit stellen eine unangemessene, diskriminierende Charakterisierung dar." },
  } },
  scenes = {
    offer = { channel = "linkedin", text = "Eine Fremde bietet 800 € für zwei Seiten über Ihre Arbeit.",
      choices = { { "Melden", go = "done", report = true,
                    gives = "Umfangreiche organisationsinterne Dokumentation institutioneller Verwundbarkeiten." } } },
    done = { text = "Danke.", ending = "reported",
      lesson = "Unverzügliche Benachrichtigung ermöglicht organisatorische Gegenmaßnahmen gegen hochentwickelte Anwerbungsoperationen." },
  },
}
