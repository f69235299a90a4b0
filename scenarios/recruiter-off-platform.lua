-- SPDX-License-Identifier: Apache-2.0
-- Trains: a headhunter who moves the conversation off the platform and turns "screening" into
-- questions about your current project; the platform's "report profile" button is not a report
-- to your company.
-- Seed facts used: the BfV warning of December 2017 (some 10,000 Germans targeted, mainly on
-- LinkedIn, by fake consultant, policy expert, scholar and headhunter profiles, many with photos
-- of stylish young professionals; "Laeticia Chen" and her fashion-catalogue photo); TorchStone's
-- advice on posting about your duties and connecting selectively.

local nora = { name = "Nora Ellis", role = "Senior Talent Partner", org = "Lumen & Reid Executive Search" }

local function late(s) s.vars.late = true end

return scenario {
  id = "recruiter-off-platform",
  title = "The Dream Job, Off the Record",
  tactic = "linkedin",
  summary = "A headhunter has a confidential role for you: lead engineer, battery management, a package "
    .. "well above market. She would just like to continue somewhere more private.",
  minutes = 5,
  audience = { "engineering", "research", "everyone" },
  teaches = { "connect_selectively", "guard_profile", "report", "no_fear" },
  start = "inmail",
  report = {
    facts = {
      { id = "profile", text = "The recruiter's name, profile link and firm", required = true,
        why = "Security needs the profile itself. With it they can have it checked, removed and "
          .. "warn others." },
      { id = "asks", text = "What she asked of you and what she offered", required = true,
        why = "The offer and the questions show what she is after. That is the core of the report." },
      { id = "channels", text = "Every channel used: the platform, the app number, any e-mail", required = true,
        when = function(s) return s.visited("move_off") end,
        why = "Once the talk leaves the platform, the number and address are the only trail. Give "
          .. "them all." },
      { id = "told", text = "What you told her about your project, honestly described", required = true,
        when = function(s) return s.vars.answered == true end,
        why = "Security can only limit the damage if they know what went out. Telling it protects you." },
      { id = "pay_slip", text = "Your current pay slip, to show how far above market the offer was", decoy = true,
        why = "Your pay is private and not needed. Say what was offered; your own numbers add nothing." },
      { id = "origin_guess", text = "Your guess about where she is really from, based on her name and photo",
        decoy = true,
        why = "Approaches come from people of any background, and they aim at anyone with access. "
          .. "What counts is what a person does, not where they are from." },
    },
  },
  debrief = "In December 2017, Germany's domestic intelligence agency, the BfV, warned that about "
    .. "10,000 Germans had been targeted, mainly through LinkedIn. It said Chinese spies were "
    .. "behind it. The fake profiles posed as consultants, policy experts, scholars and "
    .. "headhunters. Many showed photos of stylish young professionals. One, \"Laeticia Chen\", "
    .. "said she was a manager at the \"China Center of International Politics and Economy\". "
    .. "Her photo came from an online fashion catalogue. Watch for a recruiter who wants to move "
    .. "off the platform and asks for a private e-mail. If she then \"screens\" you with "
    .. "questions about your current project, she is collecting, not hiring. Be careful what you "
    .. "post about your work. Choose whom you connect with and where you talk. Report "
    .. "approaches, even once you have answered.",
  scenes = {
    inmail = {
      channel = "linkedin",
      from = nora,
      text = "\"Hi! I'm running a confidential search for a lead engineer in battery management, for a "
        .. "fast-growing client in energy. Salary 95-110k plus bonus, roughly 40% above what I'd expect "
        .. "for your role. Your post about cell balancing at scale makes you a perfect fit. Open to a "
        .. "chat?\"",
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
        { "Reply that you are interested", go = "move_off", hook = 1,
          gives = "A keen reply. She now knows you will talk, and what about." },
        { "Screenshot the message and send it to the address on the badge poster", go = "after_report",
          report = true },
        { "Ask her to name the client before anything else", go = "probe" },
        { "Click the platform's \"report profile\" button and move on", go = "report_button" },
      },
    },

    probe = {
      channel = "linkedin",
      from = nora,
      text = "\"Ha, I wish I could! Strict NDA. Think of a major player with big plans in storage.\" Her "
        .. "profile: 500+ connections, nearly all engineers; two years at Lumen & Reid, nothing earlier; "
        .. "a master's degree; a photo that could sell suits. The firm's website names none of its "
        .. "consultants.",
      flags = {
        { id = "engineers_network", text = "Her network is almost all engineers, hardly any recruiters" },
        { id = "no_named_staff", text = "The search firm's website names none of its consultants" },
      },
      innocent = {
        { id = "masters_degree", text = "Her profile lists a master's degree" },
      },
      choices = {
        { "Send the profile and the messages to the security team", go = "after_report", report = true },
        { "Fair enough. Carry on with the conversation", go = "move_off", hook = 1,
          gives = "A keen reply. She now knows you will talk, and what about." },
        { "Click the platform's \"report profile\" button and move on", go = "report_button" },
      },
    },

    report_button = {
      channel = "linkedin",
      from = nora,
      text = "The platform thanks you: a review may take some days. Two days later a new message arrives. "
        .. "Same photo, new firm: \"Sorry, my old account had issues! Still keen?\" The button can take "
        .. "down one profile. It cannot tell your company that someone is working through its "
        .. "engineers.",
      flags = {
        { id = "same_photo_new_firm", text = "The same photo comes back under a new firm's name" },
      },
      innocent = {
        { id = "platform_thanks", text = "The platform sends a polite automatic thank-you" },
      },
      choices = {
        { "Send both profiles and all the messages to the investigators at work", go = "after_report",
          report = true },
        { "Reply to the new account; maybe the job is real", go = "move_off", hook = 1,
          gives = "A reply to a profile you had already flagged. She learns the job bait works." },
        { "Block the new account too, and forget it", go = "walked_away" },
      },
    },

    move_off = {
      channel = "linkedin",
      from = nora,
      text = "\"Great! This platform is slow, and honestly my competitors watch it. Here's my number, "
        .. "let's continue on a messaging app. And please send me a personal e-mail rather than your work "
        .. "one, for discretion. You don't want your employer to see this yet, right? Have a lovely "
        .. "weekend!\"",
      flags = {
        { id = "off_platform", text = "Wants to leave the platform for a private messaging app" },
        { id = "private_email", text = "Asks for a personal e-mail address, not your work one" },
      },
      innocent = {
        { id = "lovely_weekend", text = "She wishes you a lovely weekend" },
      },
      discuss = {
        "What do you lose when a conversation leaves the platform?",
        "Who gains when your employer does not see a conversation?",
      },
      choices = {
        { "Send your number and personal e-mail", go = "questionnaire", hook = 1,
          gives = "Your private number and e-mail. That is a line to you your company cannot see." },
        { "Stop here and send the whole thread to the security team", go = "after_report", report = true },
        { "Say you'd rather keep talking here", go = "insists" },
      },
    },

    insists = {
      channel = "linkedin",
      from = nora,
      text = "\"I understand, but the client insists: this platform is not secure for a search this "
        .. "sensitive. If you change your mind, my number is above. The role won't wait long!\" Her "
        .. "messages are full of exclamation marks, as always. The platform shows she is typing again.",
      flags = {
        { id = "urgency", text = "Pushes the private channel again, with time pressure" },
      },
      innocent = {
        { id = "exclamation", text = "She writes with lots of exclamation marks" },
      },
      choices = {
        { "Forward the exchange to the hotline in the staff handbook", go = "after_report", report = true },
        { "Give in and message her number", go = "questionnaire", hook = 1,
          gives = "Your private number. That is a line to you your company cannot see." },
        { "Let the opportunity go", go = "walked_away" },
      },
    },

    questionnaire = {
      channel = "chat",
      from = nora,
      text = "On the app, Nora sends the client's \"technical screening\": describe your current project's "
        .. "design, how you balance the cells, the test results you are proudest of, and your team's "
        .. "plans for next year. \"Be specific, their engineers will read it!\" She also offers three "
        .. "interview slots in your time zone.",
      flags = {
        { id = "screening_internals", text = "A \"screening\" that asks for your current project's internals" },
      },
      innocent = {
        { id = "interview_slots", text = "She offers interview slots in your time zone" },
      },
      choices = {
        { "Answer in detail; you want this job", go = "trial", hook = 2,
          effect = function(s) s.vars.detailed = true; s.vars.answered = true end,
          gives = "Your project's design and test results, in writing, to a stranger." },
        { "Play along with vague answers to find out who is behind it", go = "trial", hook = 1,
          how = "keep_talking", effect = function(s) s.vars.answered = true end,
          gives = "More time on her line. Even vague answers tell her what you work on." },
        { "Stop and take the whole conversation to the security team", go = "after_report",
          report = true, effect = late },
        { "Delete the chat and block the number", go = "deleted", how = "delete" },
      },
    },

    trial = {
      channel = "email",
      from = nora,
      text = function(s)
        local praise = s.vars.detailed and "\"The client loved the detail!" or "\"The client would like a bit more depth!"
        return "To your personal address, on a neat letterhead: " .. praise .. " Next step: a paid "
          .. "trial task, 3,000 euros, a design proposal for a battery management system, drawing on "
          .. "your current work. Then a final interview abroad, flights and hotel on the client.\""
      end,
      flags = {
        { id = "paid_trial", text = "A paid \"trial task\" built on your current work" },
        { id = "interview_abroad", text = "The final interview is abroad, all expenses paid" },
      },
      innocent = {
        { id = "letterhead", text = "The e-mail comes on a neat letterhead" },
      },
      choices = {
        { "Stop, and bring every message to the security team", go = "after_report", report = true,
          effect = late },
        { "Write the proposal and book the flight", go = "hooked", hook = 2,
          gives = "A paid design built on your current work, and a trip on their terms." },
        { "Delete the e-mail and stop answering", go = "deleted", how = "delete" },
      },
    },

    deleted = {
      text = function(s)
        local left = s.vars.answered and " What you wrote is still on their side." or ""
        return "You delete the conversation. The number keeps messaging: \"Hello? The client is waiting.\" "
          .. "Then it stops." .. left .. " Deleting removed only your own record of who asked what, "
          .. "and her profile is still writing to your colleagues."
      end,
      choices = {
        { "Tell the security team what happened, as well as you remember it", go = "after_report",
          report = true, effect = late },
        { "Leave it; it's over", go = "walked_away" },
      },
    },

    after_report = {
      channel = "linkedin",
      from = nora,
      text = "The security team thanks you and asks you not to reply. The next day Nora writes again: "
        .. "\"Still interested? The role is still open. Just send your CV and a few lines on your current "
        .. "project, nothing secret.\"",
      flags = {
        { id = "cv_project_lines", text = "Asks for \"a few lines\" on your current project with your CV" },
      },
      innocent = {
        { id = "role_open", text = "She says the role is still open" },
      },
      choices = {
        { "Leave it unanswered and pass it on to the security team", go = "rep_early",
          when = function(s) return not s.vars.late end },
        { "Leave it unanswered and pass it on to the security team", go = "rep_late",
          when = function(s) return s.vars.late == true end },
        { "Send the CV with a few lines on the project; it's only a CV", go = "carried_on", hook = 1,
          gives = "A summary of your project, sent after you reported her." },
      },
    },

    rep_early = {
      text = "\"Lumen & Reid\" turns out to be one of several fake search firms writing to engineers in "
        .. "your field. Your screenshots help get the profile removed and others warned. The team also "
        .. "suggests trimming the project details in your own profile. A real headhunter is happy to "
        .. "talk on the platform.",
      ending = "reported",
      lesson = "A recruiter who wants to move off the platform and asks about your project is a warning "
        .. "sign. Report the first message, then stop answering.",
    },

    rep_late = {
      text = function(s)
        local what = s.vars.detailed and ", including the detailed answers you gave" or ""
        return "You showed the security team the whole conversation" .. what .. ". \"Thank you. Coming "
          .. "to us late is far better than never, and wanting a better job is nothing to be ashamed "
          .. "of. Now we can limit the damage and warn others.\""
      end,
      ending = "reported_late",
      lesson = "Even after you have answered, reporting limits the damage and warns your colleagues. "
        .. "Tell what you sent, and stop answering.",
    },

    carried_on = {
      text = "The CV goes out with a neat summary of your project. Nora thanks you and asks for the test "
        .. "plan next. Your report is on file, but it does not cover what you sent after it. Tell the "
        .. "security team at once.",
      ending = "compromised",
      lesson = "A report is not a licence to carry on. Once you have reported, stop all contact, even "
        .. "for something that seems small.",
    },

    walked_away = {
      text = "The opportunity disappears and so does Nora. But her profile, or the next one, is still "
        .. "writing to your colleagues, and your company does not know. One report would have helped put "
        .. "a stop to it.",
      ending = "walked_away",
      lesson = "Blocking or flagging a profile helps only you. Only a report lets your company warn "
        .. "colleagues and have the contact checked.",
    },

    hooked = {
      text = "The proposal draws on your current work, the fee arrives, and the \"interview\" abroad is "
        .. "with people far more interested in your project than in hiring you. Even now, the security "
        .. "team is the way out.",
      ending = "hooked",
      lesson = "A paid \"trial task\" on your current work is the little hook. The deeper it goes, the "
        .. "more it costs to stay silent. Report, even now.",
    },
  },
}
