-- A scenario that loads but fails while running (its second scene's text
-- raises an error): the window must end it politely and return to the menu.
return scenario {
  id = "zz-broken-runtime",
  title = "A Scenario That Breaks",
  tactic = "paid_paper",
  summary = "Used by the UI tests: the second scene fails at run time.",
  minutes = 1,
  teaches = { "report" },
  start = "one",
  report = { facts = { { id = "f", text = "A fact", required = true },
                       { id = "d", text = "A decoy", decoy = true, why = "Not needed." } } },
  debrief = "Never shown.",
  scenes = {
    one = {
      text = "The first scene works.",
      choices = {
        { "Go on", go = "two" },
        { "Report", go = "done", report = true },
      },
    },
    two = {
      text = function(s) error("deliberate failure for the UI tests") end,
      choices = { { "Never shown", go = "done", report = true } },
    },
    done = { text = "The end.", ending = "reported" },
  },
}
