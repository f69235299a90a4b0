-- A scenario whose texts are short and plain: tools/readability.py must accept it.
return scenario {
  id = "plain", title = "Plain", tactic = "linkedin", start = "offer",
  summary = "A stranger offers money for a short paper.", teaches = { "report" },
  debrief = "A stranger paid well for a short paper. That is how the hook starts. Tell security early.",
  report = { facts = {
    { id = "who", text = "Who wrote", required = true, why = "Security needs to know who it was." },
    { id = "guess", text = "A guess", decoy = true, why = "A guess is not a fact." },
  } },
  scenes = {
    offer = { channel = "linkedin", text = "A stranger offers 800 euros for two pages on your work.",
      choices = { { "Tell security", go = "done", report = true },
                  { "Write it", go = "late", hook = 1, gives = "Your first paid paper." } } },
    late = { text = function(s) return "They want more." end,
      choices = { { "Tell security now", go = "done", report = true } } },
    done = { text = "Security thanks you.", ending = "reported", lesson = "You told them at once. Keep doing that." },
  },
}
