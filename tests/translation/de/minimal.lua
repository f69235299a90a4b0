-- SPDX-License-Identifier: Apache-2.0
-- A faithful German translation: the same ids and rules, other words.
return scenario {
  id = "ok-minimal",
  title = "Ein Testszenario",
  tactic = "linkedin",
  summary = "Ein Absatz.",
  minutes = 2,
  teaches = { "report" },
  debrief = "Was es lehrt.",
  start = "a",
  report = {
    facts = {
      { id = "who", text = "Wer geschrieben hat", required = true },
      { id = "guess", text = "Eine Vermutung über ihre Nationalität", decoy = true,
        why = "Angesprochen wird, wer Zugang hat, gleich welcher Herkunft." },
    },
  },
  scenes = {
    a = {
      channel = "chat",
      text = "Eine Unbekannte schreibt.",
      flags = { { id = "f1", text = "Ein Warnsignal" } },
      innocent = { { id = "i1", text = "Ein harmloses Detail" } },
      choices = {
        { "Melden", go = "done", report = true },
        { "Antworten", go = "b", hook = 1 },
      },
    },
    b = {
      text = function(s) return "Sie wollen mehr." end,
      choices = {
        { "Jetzt melden", go = "done", report = true },
        { "Nachgeben", go = "lost", hook = 2 },
      },
    },
    done = { text = "Danke.", ending = "reported" },
    lost = { text = "Am Haken.", ending = "hooked" },
  },
}
