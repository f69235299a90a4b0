-- A scenario with a scene above 70 words and debrief texts above grade 9:
-- tools/readability.py must name each of them and exit 1.
return scenario {
  id = "hard", title = "Hard", tactic = "linkedin", start = "offer",
  summary = "A stranger offers money for a short paper.", teaches = { "report" },
  debrief = "Short and plain.",
  report = { facts = {
    { id = "who", text = "Who wrote", required = true },
    { id = "guess", text = "A guess", decoy = true,
      why = "Unsubstantiated speculation regarding nationality constitutes inappropriate, discriminatory characterisation." },
  } },
  scenes = {
    offer = { channel = "linkedin",
      text = "one two three four five six seven eight nine ten one two three four five six seven eight nine ten "
        .. "one two three four five six seven eight nine ten one two three four five six seven eight nine ten "
        .. "one two three four five six seven eight nine ten one two three four five six seven eight nine ten "
        .. "one two three four five six seven eight nine ten one two three four five six seven eight nine ten.",
      choices = { { "Tell security", go = "done", report = true,
                    gives = "Comprehensive organisational documentation demonstrating institutional vulnerability." } } },
    done = { text = "Security thanks you.", ending = "reported",
      lesson = "Immediate notification facilitates organisational countermeasures against sophisticated recruitment operations." },
  },
}
