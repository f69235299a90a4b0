-- SPDX-License-Identifier: Apache-2.0
-- Trains: judgement, not suspicion. A genuine recruiter's approach is full of ordinary details and
-- has one real warning sign: she asks about your current project (its customer, then specs and
-- internal slides) "to match you".
-- Checking quietly is right; marking the ordinary details as red flags costs; publicly calling her a
-- fake harms a real person (post_publicly); the platform's "report profile" button is the
-- half-measure; telling security is still the right end, and "she is genuine" is no licence to send
-- internal material.
-- Seed facts used: GlobalSecurity.org on the BfV's December 2017 warning (some 10,000 Germans
-- targeted, mainly through LinkedIn; fake profiles posing as consultants, policy experts, scholars and
-- headhunters, many with pictures of stylish young professionals; "Laeticia Chen"'s photo came from
-- an online fashion catalogue); TorchStone 2024 (be selective about whom you connect with; report
-- approaches without fear of ridicule).

local yasmin = { name = "Yasmin Clarke", role = "Senior recruiter", org = "Harbor & Finch Talent" }
local marco = { name = "Marco Bianchi", role = "Security officer", org = "Your company" }

return scenario {
  id = "mostly-harmless",
  title = "Mostly Harmless",
  tactic = "judgement",
  audience = { "everyone" },
  summary = "You are a systems engineer, and a recruiter writes to you about a job at another company. "
    .. "Everything about her looks normal. Almost everything.",
  minutes = 5,
  teaches = { "connect_selectively", "report", "no_fear" },
  start = "inmail",
  report = {
    facts = {
      { id = "who", text = "Yasmin Clarke of Harbor & Finch, the Corvane role, and how she contacted you",
        required = true,
        why = "Security can check a recruiter in minutes when they know who, which firm and which role." },
      { id = "asked", text = "What she asked about your current project: its customer, and any specs or slides",
        required = true,
        why = "This is the real warning sign. Security needs to hear it, even from a genuine recruiter." },
      { id = "checked", text = "What you checked: the careers page, the agency's office, your old manager's word",
        required = true, when = function(s) return s.visited("checked") end,
        why = "Your quiet checks save security time. Say what you found, and how." },
      { id = "photo_feeling", text = "Your feeling that her profile photo looks too perfect to be real", decoy = true,
        why = "A polished photo is normal for recruiters. Fake profiles have used catalogue photos, but a nice "
          .. "photo alone proves nothing. Report what someone asks of you." },
      { id = "yasmin_origin", text = "Your guess about Yasmin's background, going by her name", decoy = true,
        why = "Approaches come from people of every background, and they target anyone with access. What "
          .. "counts is what she asked for, not where she is from." },
      { id = "salary", text = "Your current salary and the salary you hope for", decoy = true,
        why = "Your pay is private and does not help security. Leave it out." },
    },
  },
  debrief = "In 2017, Germany's Office for the Protection of the Constitution, the BfV, said Chinese spies had "
    .. "used LinkedIn to target some 10,000 Germans. Fake profiles posed as consultants, scholars and headhunters, "
    .. "many with photos of stylish young professionals. One, \"Laeticia Chen\", used a picture taken from an "
    .. "online fashion catalogue. So fake recruiters can look just like real ones. A nice photo, a friendly "
    .. "tone or a quick reply proves nothing either way. What counts is what someone asks of you: here, "
    .. "project details and internal slides. Check quietly, share nothing internal, and tell security. They "
    .. "would rather check a real recruiter than miss a fake one. Marking ordinary details as warning signs "
    .. "costs points here, as it costs trust in real life.",
  scenes = {
    inmail = {
      channel = "linkedin",
      from = yasmin,
      text = "A message from Yasmin Clarke, whose photo is a polished studio headshot: \"Hi! I'm hiring a Lead "
        .. "Systems Engineer for Corvane Robotics, 85 to 95k. The role is on their careers page. Which customer "
        .. "is your current project for? It helps me match you. Here's my booking link for a call.\" Your former "
        .. "manager is one of your shared connections.",
      flags = {
        { id = "asks_customer", text = "Asks which customer your current project is for" },
      },
      innocent = {
        { id = "polished_photo", text = "Her profile photo is a polished studio headshot" },
        { id = "salary_band", text = "Gives a salary band in her first message" },
        { id = "booking_link", text = "Sends a booking link for a short call" },
        { id = "shared_connections", text = "Your former manager is one of your shared connections" },
      },
      discuss = {
        "Which of these details would a fake recruiter also have?",
        "What would you need to see before you called something a warning sign?",
      },
      choices = {
        { "Check her quietly: the careers page, her agency, and a word with your old manager", go = "checked" },
        { "Book the call", go = "call" },
        { "Forward the message to your security contact, Marco Bianchi, and ask whether it is genuine",
          go = "after", report = true },
        { "Report her profile as fake with the platform's button, and block her", go = "platform" },
      },
    },

    checked = {
      text = "The role is on Corvane's careers page. Harbor & Finch has an office, and its phone line answers. "
        .. "Your former manager, Helena, writes back: \"Yasmin placed me two years ago. She's good.\" "
        .. "Everything fits. Checking quietly, without accusing anyone, took you fifteen minutes.",
      innocent = {
        { id = "helena_vouches", text = "Your former manager says Yasmin placed her two years ago" },
        { id = "office_phone", text = "The agency's phone line answers" },
      },
      choices = {
        { "Book the call", go = "call" },
        { "Let Marco Bianchi know about the approach, and that it seems to check out", go = "after",
          report = true },
      },
    },

    platform = {
      text = "The platform thanks you for your report. Nothing else happens: the platform checks whether a "
        .. "profile is fake, not what a contact asks of you. This one is not fake. A genuine recruiter is now "
        .. "blocked, and nobody at your company knows about the approach.",
      choices = {
        { "Tell Marco Bianchi about the message after all", go = "after", report = true },
        { "Leave it there", go = "walked_away" },
      },
    },

    call = {
      channel = "phone",
      from = yasmin,
      text = "The call is friendly. Yasmin asks about your notice period, your salary hopes and whether you'd "
        .. "move. Then: \"To match you properly, could you send a short note on your current project: the "
        .. "customer, the key specs, the test results? And bring your latest internal slides to the "
        .. "interview. The hiring manager loves real work.\"",
      flags = {
        { id = "project_specs", text = "Asks for your project's customer, key specs and test results" },
        { id = "internal_slides", text = "Wants you to bring your latest internal slides to the interview" },
      },
      innocent = {
        { id = "notice_period", text = "Asks about your notice period and salary hopes" },
        { id = "relocation", text = "Asks whether you would move for the job" },
      },
      discuss = { "She is probably genuine. Does that make her request all right?" },
      choices = {
        { "Send the note with the specs and results", go = "note_sent", hook = 1,
          gives = "Your customer's name, specs and results, sent to someone outside." },
        { "Say you can only talk about public work, and go on with the application", go = "interview" },
        { "Tell Marco Bianchi about the call, and what she asked for", go = "after", report = true },
        { "Warn your network publicly that Yasmin is a fake recruiter", go = "posted", how = "post_publicly" },
      },
    },

    posted = {
      text = "Your post calls Yasmin a fake, and it is shared widely. By evening, Harbor & Finch writes to you, "
        .. "upset: she is real, and clients are asking questions. Her request for your specs was wrong. But "
        .. "your post named a person, not a behaviour, and told no one who could check.",
      choices = {
        { "Take the post down, and tell Marco Bianchi what happened and what she asked", go = "after",
          report = true },
        { "Take the post down, and move on", go = "walked_away" },
      },
    },

    note_sent = {
      channel = "email",
      from = yasmin,
      text = "Yasmin replies within the hour. \"Perfect, thanks! I've passed your note to the hiring panel at "
        .. "Corvane, three people. Don't forget those slides on Thursday.\" Your note, with the customer's "
        .. "name and the test results, now sits in another company's inboxes.",
      flags = {
        { id = "passed_to_panel", text = "Your project note has gone to three people at another company" },
        { id = "slides_reminder", text = "Reminds you to bring the internal slides" },
      },
      innocent = {
        { id = "quick_reply", text = "Replies within the hour" },
      },
      choices = {
        { "Bring the slides to the interview", go = "interview_slides", hook = 1,
          gives = "Internal slides shown to, and copied by, another company." },
        { "Tell Marco Bianchi what you sent, and ask how to put it right", go = "after", report = true },
        { "Go to the interview without the slides, and say nothing", go = "interview" },
      },
    },

    interview = {
      channel = "in_person",
      from = { name = "Jonas Weber", role = "Engineering director", org = "Corvane Robotics" },
      text = "The interview at Corvane is ordinary and pleasant. The director asks how you plan tests, shows "
        .. "you round their lab and talks about the team. Nobody asks about your current customer. On the way "
        .. "out, you wonder whether Yasmin's request for specs was habit, or something more.",
      innocent = {
        { id = "lab_tour", text = "They show you round their lab" },
        { id = "test_planning", text = "The director asks how you plan tests, in general terms" },
      },
      choices = {
        { "Mention Yasmin's request for specs to Marco Bianchi, even though it all looks fine", go = "after",
          report = true },
        { "Let it go; the interview was fine", go = "walked_away" },
      },
    },

    interview_slides = {
      channel = "in_person",
      from = { name = "Jonas Weber", role = "Engineering director", org = "Corvane Robotics" },
      text = "The panel likes your slides, and asks to keep a copy \"for the colleagues who couldn't come\". "
        .. "Someone plugs in a memory stick before you can think. Afterwards Yasmin texts: \"Great feedback!\" "
        .. "Your company's internal results are now on another company's stick.",
      flags = {
        { id = "copy_slides", text = "The panel asks to keep a copy of your internal slides" },
      },
      innocent = {
        { id = "great_feedback", text = "Yasmin texts to say the feedback was great" },
      },
      choices = {
        { "Go to Marco Bianchi in the morning, and tell him what was shared", go = "after", report = true },
        { "Say nothing; it's done now", go = "leaked" },
      },
    },

    after = {
      channel = "phone",
      from = marco,
      text = function(s)
        local mid = s.hook > 0 and "\"What you sent, we'll sort out with Corvane.\" "
          or "\"Asking for project details is not all right, though.\" "
        return "Marco Bianchi from security calls back. \"Thanks for checking with us. Harbor & Finch is "
          .. "genuine, and most recruiters are.\" " .. mid .. "\"Apply if you like. Just keep internal "
          .. "material out of it.\" Later, Yasmin asks again about the slides."
      end,
      choices = {
        { "Go on with the application, and tell Yasmin internal slides stay inside", go = "rep_early",
          when = function(s) return s.hook == 0 end },
        { "Go on with the application, and tell Yasmin internal slides stay inside", go = "rep_late",
          when = function(s) return s.hook > 0 end },
        { "Send her the slides; security said she is genuine", go = "deeper_end", hook = 1,
          gives = "Internal slides sent out, after security asked you to keep them in." },
      },
    },

    rep_early = {
      text = "Marco notes the approach, and has a quiet word with Harbor & Finch about asking candidates for "
        .. "project details. You go to the interview with public examples only. Whatever you decide about the "
        .. "job, nothing internal left the company.",
      ending = "reported",
      lesson = "Good judgement is checking quietly and reporting calmly. Most contacts are genuine, and security "
        .. "would still rather hear from you than not.",
    },

    rep_late = {
      text = "You tell Marco what you sent. He thanks you and calls Corvane, who delete the copies. Coming "
        .. "forward quickly made it easy to fix, and nobody treats you as the problem.",
      ending = "reported_late",
      lesson = "Even a genuine recruiter must not get internal material. If some slipped out, say so at once. "
        .. "It is easy to fix early.",
    },

    deeper_end = {
      text = "You send the slides. Yasmin is genuine, but your slides now sit in a recruiter's files and a "
        .. "client's inbox, after security asked you to keep them in. Marco has to clean up a leak you could "
        .. "have avoided.",
      ending = "compromised",
      lesson = "Reporting is not a licence to go on. \"Genuine\" means the person is real, not that internal "
        .. "material may leave.",
    },

    walked_away = {
      text = "You gave nothing away, and nobody got hurt. But nobody in security heard that a recruiter asks "
        .. "candidates for project details, and the next person may send them. One short note would have "
        .. "helped.",
      ending = "walked_away",
      lesson = "Not panicking and not sharing were both right. Telling security as well lets them see a "
        .. "pattern that you cannot see.",
    },

    leaked = {
      text = "You say nothing. Your slides stay on Corvane's stick, and nobody at your company knows they left. "
        .. "Perhaps nothing bad will come of it. You cannot know that, and neither can security.",
      ending = "compromised",
      lesson = "Internal material stays inside, even with genuine people. If it slipped out, tell security. It "
        .. "is easier to fix than to hide.",
    },
  },
}
