-- A German scenario whose texts are short and plain: tools/readability.py must
-- measure it with the German formula (it sits in a "de" folder) and accept it.
return scenario {
  id = "plain", title = "Schlicht", tactic = "linkedin", start = "offer",
  summary = "Eine Fremde bietet Geld für ein kurzes Papier.", teaches = { "report" },
  debrief = "Eine Fremde hat gut für ein kurzes Papier bezahlt. So fängt der Haken an. Sagen Sie es früh.",
  report = { facts = {
    { id = "who", text = "Wer geschrieben hat", required = true, why = "Man muss wissen, wer es war." },
    { id = "guess", text = "Eine Vermutung", decoy = true, why = "Eine Vermutung ist kein Fakt." },
  } },
  scenes = {
    offer = { channel = "linkedin", text = "Eine Fremde bietet 800 € für zwei Seiten über Ihre Arbeit.",
      choices = { { "Melden", go = "done", report = true },
                  { "Schreiben", go = "late", hook = 1, gives = "Ihr erstes bezahltes Papier." } } },
    late = { text = function(s) return "Sie will mehr." end,
      choices = { { "Jetzt melden", go = "done", report = true } } },
    done = { text = "Danke.", ending = "reported", lesson = "Sie haben es gleich gesagt. Machen Sie es weiter so." },
  },
}
