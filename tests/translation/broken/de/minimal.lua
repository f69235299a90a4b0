-- SPDX-License-Identifier: Apache-2.0
-- A broken translation: a hook, a choice, a detail, a channel and a fact id differ.
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
      { id = "wer", text = "Wer geschrieben hat", required = true },
      { id = "guess", text = "Eine Vermutung über ihre Nationalität", decoy = true,
        why = "Angesprochen wird, wer Zugang hat, gleich welcher Herkunft." },
    },
  },
  scenes = {
    a = {
      channel = "email",
      text = "Eine Unbekannte schreibt.",
      flags = { { id = "f1", text = "Ein Warnsignal" } },

      choices = {
        { "Melden", go = "done", report = true },
        { "Antworten", go = "b", hook = 3 },
      },
    },
    b = {
      text = function(s) return "Sie wollen mehr." end,
      choices = {
        { "Jetzt melden", go = "done", report = true },
        { "Nachgeben", go = "lost", hook = 2 },
        { "Ignorieren", go = "lost" },
      },
    },
    done = { text = "Danke.", ending = "reported" },
    lost = { text = "Am Haken.", ending = "hooked" },
  },
}
