-- SPDX-License-Identifier: Apache-2.0
-- The original of the translation tests.
return scenario {
  id = "ok-minimal",
  title = "A test scenario",
  tactic = "linkedin",
  summary = "One paragraph.",
  minutes = 2,
  teaches = { "report" },
  debrief = "What it teaches.",
  start = "a",
  report = {
    facts = {
      { id = "who", text = "Who wrote", required = true },
      { id = "guess", text = "A guess about their nationality", decoy = true,
        why = "Approaches target anyone with access, whatever their origin." },
    },
  },
  scenes = {
    a = {
      channel = "chat",
      text = "A stranger writes.",
      flags = { { id = "f1", text = "A flag" } },
      innocent = { { id = "i1", text = "An innocent detail" } },
      choices = {
        { "Report it", go = "done", report = true },
        { "Reply", go = "b", hook = 1 },
      },
    },
    b = {
      text = "They ask for more.",
      choices = {
        { "Report now", go = "done", report = true },
        { "Give in", go = "lost", hook = 2 },
      },
    },
    done = { text = "Thanks.", ending = "reported" },
    lost = { text = "Hooked.", ending = "hooked" },
  },
}
