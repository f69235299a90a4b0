-- A scenario for the UI tests: one scene in every channel look, red flags
-- and innocent details, a report filed late (after two hooks), and an
-- ending. Its texts are fixed so the reference screenshots stay stable.
return scenario {
  id = "ui-fixture",
  title = "The Helpful Recruiter",
  tactic = "linkedin",
  summary = "A recruiter with a dream job writes to you, then calls, then wants to meet. "
    .. "A test scenario that shows every channel.",
  minutes = 4,
  teaches = { "connect_selectively", "little_hook", "report", "no_fear" },
  start = "invite",
  report = {
    facts = {
      { id = "who", text = "Who contacted you, on which platform, and when", required = true },
      { id = "what", text = "What they asked for and what they offered", required = true },
      { id = "secrets", text = "A copy of the design documents they asked about", decoy = true,
        why = "Never copy sensitive material into a report." },
      { id = "guess", text = "Your guess about which country they work for", decoy = true,
        why = "Anyone with access can be approached, whatever their origin." },
    },
  },
  debrief = "Recruiters who are not what they seem are a classic opening: a flattering offer, a move "
    .. "to a private channel, then a meeting. Report early; reporting late is far better than never.",
  scenes = {
    invite = {
      channel = "linkedin",
      from = { name = "Dana Whitfield", role = "Talent Partner", org = "Brightline Search" },
      text = "\"Hi! Your profile stood out. I have a confidential lead-engineer role that fits you "
        .. "perfectly, with a package well above market. Can we talk?\"",
      flags = { { id = "too_good", text = "An offer well above market, out of the blue" } },
      innocent = { { id = "says_hi", text = "She starts the message with a friendly greeting" } },
      discuss = {
        "What makes this offer attractive, and what makes it unusual?",
        "Who in your organisation would you tell about a message like this?",
      },
      choices = {
        { "Reply and ask for details", go = "mail", hook = 1 },
        { "Report the message to security", go = "thanks", report = true },
      },
    },
    mail = {
      channel = "email",
      from = { name = "Dana Whitfield", role = "Talent Partner", org = "Brightline Search" },
      text = "Subject: The role, and a small favour\n\nThanks for replying! To place you with the "
        .. "client, could you describe the battery project you lead? A page will do.\n\nBest, Dana",
      flags = { { id = "asks_project", text = "She asks about the project you work on" } },
      choices = {
        { "Agree to a phone call first", go = "call" },
      },
    },
    call = {
      channel = "phone",
      from = { name = "Dana Whitfield", role = "Talent Partner", org = "Brightline Search" },
      text = "\"Great to hear your voice. The client is very keen. Let's keep this between us for now, "
        .. "and I'll send you the details on a messenger app.\"",
      flags = { { id = "secrecy", text = "She asks you to keep the contact to yourself" } },
      choices = {
        { "Carry on in the messenger app", go = "chat", hook = 1 },
      },
    },
    chat = {
      channel = "chat",
      from = { name = "Dana Whitfield", role = "Brightline Search" },
      text = "\"Lovely. The client's director is in town on Thursday.\"\n\n"
        .. "A photo of a hotel lobby arrives.\n\n\"Coffee at ten? He'd like to hear about your work.\"",
      choices = {
        { "Meet them for coffee", go = "cafe" },
      },
    },
    cafe = {
      channel = "in_person",
      from = { name = "Mr. Lindqvist", role = "Director", org = "the client" },
      text = "The director is charming, pays for the coffee and slides an envelope across the table: "
        .. "\"A signing bonus. Just bring the test results next time.\"",
      flags = { { id = "envelope", text = "Cash offered before any contract" } },
      innocent = { { id = "pays_coffee", text = "He pays for the coffee" } },
      discuss = { "Is it too late to report at this point? What would you say?" },
      choices = {
        { "Leave the envelope and report everything to security", go = "late", report = true },
        { "Take the envelope", go = "hooked" },
      },
    },
    thanks = {
      text = "Security thanks you: the profile was fake and has been reported.",
      ending = "reported",
    },
    late = {
      channel = "narration",
      text = "Security thanks you for coming forward. They will take it from here, and nothing "
        .. "you said at coffee changes that.",
      ending = "reported_late",
    },
    hooked = {
      text = "The envelope was the hook.",
      ending = "hooked",
    },
  },
}
