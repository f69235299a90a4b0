-- Trains: a headhunter who moves the conversation off the platform and turns "screening" into
-- questions about your current project.
-- Seed facts used: the BfV warning of December 2017 (about 10,000 Germans approached, mainly on
-- LinkedIn, by fake consultant, scholar and headhunter profiles with stylish photos; "Laeticia
-- Chen" and her catalogue photo); TorchStone's advice on posting and connecting selectively.

local noor = { name = "Noor Haddad", role = "Senior Talent Partner", org = "Lumen & Reid Executive Search" }

return scenario {
  id = "recruiter-off-platform",
  title = "The Dream Job, Off the Record",
  tactic = "linkedin",
  summary = "A headhunter has a confidential role for you: lead engineer, battery management, a package "
    .. "well above market. She would just like to continue somewhere more private.",
  minutes = 5,
  teaches = { "connect_selectively", "guard_profile", "report", "no_fear" },
  start = "inmail",
  report = {
    facts = {
      { id = "profile", text = "The recruiter's name, profile link and firm", required = true },
      { id = "channels", text = "Every channel used: the platform, the app number, any e-mail", required = true },
      { id = "asks", text = "What they asked you to describe or deliver, and what they offered", required = true },
      { id = "pay_slip", text = "Your current pay slip, to show how far above market the offer was", decoy = true },
      { id = "ethnicity_guess", text = "Your guess about the recruiter's ethnicity from her name and photo", decoy = true },
    },
  },
  debrief = "In December 2017 Germany's domestic intelligence agency, the BfV, said some 10,000 Germans had "
    .. "been targeted by Chinese intelligence, mainly through LinkedIn. The fake profiles posed as "
    .. "consultants, policy experts, scholars and headhunters, many with photos of stylish young "
    .. "professionals. One, \"Laeticia Chen\", claimed to be a manager at a \"China Center of International "
    .. "Politics and Economy\"; her photo came from an online fashion catalogue. A recruiter who moves you off the platform, asks for a private e-mail and "
    .. "screens you with questions about your current project is collecting, not hiring. Be careful what "
    .. "you post about your duties, be selective about whom you connect with and where you talk, and "
    .. "report approaches, even once you have answered.",
  scenes = {
    inmail = {
      channel = "linkedin",
      from = noor,
      text = "\"Hi! I'm running a confidential search for a lead engineer in battery management, for a "
        .. "fast-growing client in the energy sector. Salary range 95-110k plus bonus, roughly 40% above "
        .. "what I'd expect for your role. Your profile, especially your post about cell balancing at "
        .. "scale, makes you a perfect fit. Open to a chat?\"",
      flags = {
        { id = "nameless_client", text = "The client cannot be named, not even roughly" },
        { id = "too_generous", text = "A package far above market before she has even spoken to you" },
      },
      innocent = {
        { id = "salary_range", text = "The first message states a salary range" },
      },
      discuss = {
        "What did your own profile tell this recruiter about your work?",
      },
      choices = {
        { "Reply that you are interested", go = "move_off", hook = 1 },
        { "Report the message to corporate security", go = "rep_early", report = true },
        { "Ask her to name the client before anything else", go = "probe" },
      },
    },

    probe = {
      channel = "linkedin",
      from = noor,
      text = "\"Ha, I wish I could! Strict NDA. Think of a major player with big plans in storage.\" Her "
        .. "profile: 500+ connections, nearly all engineers; two years at Lumen & Reid, nothing earlier; "
        .. "a photo that could sell suits. The firm's website lists no consultants by name.",
      flags = {
        { id = "engineers_network", text = "Her network is almost entirely engineers, hardly any recruiters" },
        { id = "no_named_staff", text = "The search firm's website names none of its consultants" },
      },
      choices = {
        { "Report the profile and the messages to corporate security", go = "rep_early", report = true },
        { "Fair enough. Carry on with the conversation", go = "move_off", hook = 1 },
      },
    },

    move_off = {
      channel = "linkedin",
      from = noor,
      text = "\"Great! This platform is slow, and honestly my competitors watch it. Here's my number, let's "
        .. "continue on a messaging app. And please send me a personal e-mail address rather than your "
        .. "work one, for discretion. You don't want your employer to see this yet, right?\"",
      flags = {
        { id = "off_platform", text = "Wants to leave the platform for a private messaging app" },
        { id = "private_email", text = "Asks for a personal e-mail address, not your work one" },
      },
      discuss = {
        "What do you lose when a conversation leaves the platform?",
        "Who benefits when your employer does not see a conversation?",
      },
      choices = {
        { "Send your number and personal e-mail", go = "questionnaire", hook = 1 },
        { "Stop here and report the conversation to corporate security", go = "rep_early", report = true },
        { "Say you'd rather keep talking here", go = "insists" },
      },
    },

    insists = {
      channel = "linkedin",
      from = noor,
      text = "\"I understand, but the client insists: this platform is not secure for a search this "
        .. "sensitive. If you change your mind, my number is above. The role won't wait long!\"",
      flags = {
        { id = "urgency", text = "Pushes the private channel again, with time pressure" },
      },
      innocent = {
        { id = "exclamation", text = "She writes with lots of exclamation marks" },
      },
      choices = {
        { "Report the exchange to corporate security", go = "rep_early", report = true },
        { "Give in and message her number", go = "questionnaire", hook = 1 },
        { "Let the opportunity go", go = "walked_away" },
      },
    },

    questionnaire = {
      channel = "chat",
      from = noor,
      text = "On the messaging app, Noor sends the client's \"technical screening\": describe your current "
        .. "project's architecture, how you balance the cells, the test results you are proudest of, and "
        .. "your team's roadmap for next year. \"Be specific, their engineers will read it!\" She also "
        .. "offers three interview slots in your time zone.",
      flags = {
        { id = "screening_internals", text = "A \"screening\" that asks for your current project's internals" },
      },
      innocent = {
        { id = "interview_slots", text = "She offers interview slots in your time zone" },
      },
      choices = {
        { "Answer in detail; you want this job", go = "trial", hook = 2,
          effect = function(s) s.vars.detailed = true end },
        { "Answer in general terms only", go = "trial", hook = 1 },
        { "Stop and take the whole conversation to corporate security", go = "rep_late", report = true },
        { "Delete the chat and block the number", go = "deleted" },
      },
    },

    trial = {
      channel = "email",
      from = noor,
      text = function(s)
        local praise = s.vars.detailed and "\"The client loved the detail!" or "\"The client would like a bit more depth!"
        return "To your personal address: " .. praise .. " Next step: a paid trial assignment, 3,000 euros, "
          .. "a design proposal for a battery management system, drawing on your current experience. "
          .. "Then a final interview abroad, flights and hotel on the client.\""
      end,
      flags = {
        { id = "paid_trial", text = "A paid \"trial assignment\" built on your current work" },
        { id = "interview_abroad", text = "The final interview is abroad, all expenses paid" },
      },
      choices = {
        { "Stop and report everything to corporate security", go = "rep_late", report = true },
        { "Write the proposal and book the flight", go = "hooked", hook = 2 },
        { "Delete the e-mail and stop answering", go = "deleted" },
      },
    },

    deleted = {
      text = function(s)
        local left = s.vars.detailed and " Your detailed answers are still on their side." or ""
        return "You delete the conversation. The number keeps messaging: \"Hello? The client is waiting.\" "
          .. "Then it stops." .. left .. " Deleting removed only your own record of who asked what."
      end,
      choices = {
        { "Tell corporate security what happened, as well as you can remember it", go = "rep_late", report = true },
        { "Leave it; it's over", go = "walked_away" },
      },
    },

    rep_early = {
      text = "Corporate security thanks you. \"Lumen & Reid\" is one of several fake search firms writing "
        .. "to engineers in your field, and your screenshots help get the profile removed and others "
        .. "warned. They suggest trimming the project details in your profile, too. A real headhunter is "
        .. "happy to talk on the platform and by work-safe channels.",
      ending = "reported",
    },

    rep_late = {
      text = function(s)
        local what = s.vars.detailed and " including the detailed answers you gave" or ""
        return "You show corporate security the whole conversation" .. what .. ". \"Thank you. Coming to "
          .. "us late is far better than never, and wanting a better job is nothing to be ashamed of. "
          .. "Now we can limit the damage and warn others.\""
      end,
      ending = "reported_late",
    },

    walked_away = {
      text = "The opportunity disappears and so does Noor. But her profile is still writing to your "
        .. "colleagues, and security does not know. One report would have put a stop to it.",
      ending = "walked_away",
    },

    hooked = {
      text = "The proposal draws on your current work, the fee arrives, and the \"interview\" abroad is "
        .. "with people far more interested in your project than in hiring you. Even now, corporate "
        .. "security is the way out.",
      ending = "hooked",
    },
  },
}
