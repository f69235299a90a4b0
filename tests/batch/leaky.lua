-- SPDX-License-Identifier: Apache-2.0
-- A scenario that tries to carry state from one run into the next, every
-- way the sandbox leaves open: a local number and a local table of the
-- file, a global, the string library, math.random and tostring's numbers.
-- Each run of `unhooked batch` must see them as a fresh load does, so the
-- same answers give the same result every time.
local count = 0
local seen = {}
local function first_time(s) return count == 0 and #seen == 0 end
return scenario {
  id = "leaky",
  title = "State that should not survive a run",
  tactic = "linkedin",
  summary = "One paragraph.",
  teaches = { "report" },
  debrief = "What it teaches.",
  start = "a",
  report = {
    facts = {
      { id = "who", text = "Who wrote", required = true },
      { id = "fresh", text = "Offered only on a fresh state", required = true,
        when = function(s) return leaked == nil and string.leaked == nil and count < 2 end },
      { id = "guess", text = "A guess about their nationality", decoy = true,
        why = "Approaches target anyone with access, whatever their origin." },
    },
  },
  scenes = {
    a = {
      text = function(s)
        s.vars.roll = math.random(1000000)
        s.vars.name = tostring({})
        return "A stranger writes (" .. s.vars.roll .. ", " .. s.vars.name .. ")."
      end,
      flags = { { id = "f1", text = "A flag" } },
      choices = {
        { "Report it", go = "b", report = true,
          effect = function(s)
            count = count + 1
            seen[#seen + 1] = s.vars.roll
          end },
        { "Reply", go = "b", hook = 1 },
      },
    },
    b = {
      text = "They ask for more.",
      choices = {
        { "Only on a fresh state", go = "done", when = first_time,
          effect = function(s) leaked = true; string.leaked = true end },
        { "Report now", go = "done", report = true,
          effect = function(s) leaked = true; string.leaked = true end },
        { "Only when the roll repeats", go = "lost",
          when = function(s) return s.vars.roll == 404 end },
        { function(s) return "Roll " .. s.vars.roll .. " " .. s.vars.name end, go = "lost", hook = 2 },
      },
    },
    done = { text = "Thanks.", ending = "reported" },
    lost = { text = "Hooked.", ending = "hooked" },
  },
}
