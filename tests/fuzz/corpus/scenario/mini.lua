-- A small scenario for the results tests: a recruiter on LinkedIn, three
-- ways to end (report, walk away, hooked). Kept here so the tests do not
-- change when the shipped scenarios are edited.
return scenario {
  id = "mini-recruiter",
  title = "A Recruiter Writes",
  tactic = "linkedin",
  summary = "A recruiter you have never met offers consulting work.",
  teaches = { "connect_selectively", "report" },
  debrief = "Unsolicited, well-paid offers are how approaches often start.",
  start = "message",
  report = {
    facts = {
      { id = "profile", text = "The recruiter's profile", required = true },
      { id = "offer", text = "The offer and the fee", required = true },
      { id = "design", text = "The design you are working on", decoy = true,
        why = "Never copy your work into a report." },
    },
  },
  scenes = {
    message = {
      channel = "linkedin",
      from = { name = "Alex Morgan", role = "Talent Partner", org = "Brightline Advisory" },
      text = "Your profile stands out. A client pays 800 euros an hour for a short chat about your field.",
      flags = { { id = "big_fee", text = "A fee far above the market" } },
      innocent = { { id = "polite", text = "A polite greeting" } },
      choices = {
        { "Report it to corporate security", go = "reported", report = true },
        { "Reply to hear more", go = "call", hook = 1 },
        { "Ignore it", go = "walked_away" },
      },
    },
    call = {
      channel = "phone",
      text = "The client wants to know which programme you work on.",
      flags = { { id = "programme_question", text = "Questions about your programme" } },
      choices = {
        { "Stop and report everything", go = "reported_late", report = true },
        { "Tell them", go = "hooked", hook = 2 },
      },
    },
    reported = { text = "Security thanks you.", ending = "reported" },
    reported_late = { text = "Security thanks you; late is better than never.", ending = "reported_late" },
    walked_away = { text = "Nothing happens, but security never learns of it.", ending = "walked_away" },
    hooked = { text = "The questions keep coming.", ending = "hooked" },
  },
}
