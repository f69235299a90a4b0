-- SPDX-License-Identifier: Apache-2.0
-- Trains: former staff remain targets, and can still report. A consultancy pitches a well-paid
-- "advisory" role to someone who has just resigned: a memo "from memory", then names and documents,
-- a retainer "for life", and an introduction to a friend still inside. The trainee is a leaver.
-- Asking HR and posting a public warning are the half-measures; calling the former employer's
-- security team is the report, even months after leaving.
-- Seed facts used: BBC 2019 on Jerry Chun Shing Lee (CIA 1994-2007, left and moved to Hong Kong,
-- contacted by Chinese intelligence officers in 2010, offered money and care "for life", hundreds of
-- thousands of dollars deposited 2010-2013, in a 2012 CIA interview said he had met the officers but
-- concealed the tasks, pleaded guilty in 2019); BBC 2019 on Mallory (a US official: "an alarming
-- trend of former US intelligence officers being targeted by China"); TorchStone 2024 (Mallory
-- contacted friends and former colleagues still at the CIA).

local alicia = { name = "Alicia Brandt", role = "Partner", org = "Meridian Advisory Partners" }
local joel = { name = "Joel Svensson", role = "Security officer", org = "Your former company" }

return scenario {
  id = "after-you-leave",
  title = "After You Leave",
  tactic = "after_leaving",
  audience = { "leavers" },
  summary = "After nine years on your company's ship propulsion programme, you have resigned. In your "
    .. "last week, a consultancy offers you well-paid advisory work for after you leave.",
  minutes = 6,
  teaches = { "little_hook", "report", "no_fear", "connect_selectively" },
  start = "exit_week",
  report = {
    facts = {
      { id = "who", text = "Alicia Brandt of Meridian Advisory Partners: how and when she contacted you",
        required = true,
        why = "Security needs the person and the firm, so they can see who else was contacted." },
      { id = "offer", text = "What she offered (retainer, fees) and what she asked for", required = true,
        why = "The offer and the asks show what the client is after: your old programme." },
      { id = "memo_paid", text = "The memo you wrote and the payment you received, with dates", required = true,
        when = function(s) return s.vars.memo == true end,
        why = "Say plainly what you sold. Security can only limit the harm they know about." },
      { id = "old_docs", text = "Copies of old project documents you kept, attached as proof", decoy = true,
        why = "Never copy sensitive documents into a report. Tell security you still have them; they will "
          .. "collect them safely." },
      { id = "alicia_origin", text = "Your guess about Alicia's nationality, from her accent", decoy = true,
        why = "Approaches come from people of every background, and they target anyone with access. What "
          .. "counts is what she asked for, not where she is from." },
      { id = "why_you_left", text = "Why you left, and what you think of your old boss", decoy = true,
        why = "Your reasons for leaving do not help the case. Stick to what was asked and offered." },
    },
  },
  debrief = "Jerry Chun Shing Lee worked for the CIA from 1994 to 2007. After leaving, he moved to Hong Kong. "
    .. "In 2010, Chinese intelligence officers contacted him. They offered money and promised to take care "
    .. "of him \"for life\". Hundreds of thousands of dollars went into his bank account between 2010 and "
    .. "2013. In a 2012 interview with the CIA, he said he had met the officers, but hid that they had "
    .. "given him tasks. He pleaded guilty in 2019. A US official called such cases \"an alarming trend\" of "
    .. "former intelligence officers being targeted by China. Leaving a job does not end the interest in "
    .. "what you know. You can still report to your former employer's security team, at any time, and tell "
    .. "them all of it.",
  scenes = {
    exit_week = {
      channel = "linkedin",
      from = alicia,
      text = "Your last week before leaving. A message from Alicia Brandt: \"Congratulations on the next "
        .. "chapter! We place senior engineers as paid advisers: a 3,000-a-month retainer for a few hours' "
        .. "work. Our client is keen on your propulsion background. Shall we talk once you've left?\" Her "
        .. "firm's page looks professional.",
      flags = {
        { id = "unnamed_client", text = "The client is not named" },
        { id = "retainer_for_programme", text = "A large retainer for your experience on one programme" },
      },
      innocent = {
        { id = "open_to_roles", text = "Your profile says you are open to advisory roles" },
        { id = "pro_page", text = "Her firm has a professional company page" },
      },
      discuss = { "Does it matter to an approach whether you still work there? Why?" },
      choices = {
        { "Send your full CV with the project list, and book a call", go = "call", hook = 1,
          gives = "Your project history, straight to a client nobody has named." },
        { "Reply that you'll talk once you've left, and ask who the client is", go = "call" },
        { "Show the message at tomorrow's exit interview", go = "after", report = true },
        { "Ask HR whether you are still bound by anything after you leave", go = "hr" },
      },
    },

    hr = {
      channel = "email",
      from = { name = "Olu Adeyemi", role = "HR business partner", org = "Your company" },
      text = "Olu from HR answers kindly. \"Your confidentiality clause runs for two more years. Beyond that, "
        .. "what you do after you leave is your own business.\" It is a fair answer about contracts. But HR "
        .. "does not check who is asking, and the security team does not know that a consultancy is courting "
        .. "you.",
      choices = {
        { "Forward Alicia's message to Joel Svensson, named on your leaver's checklist, before your last day",
          go = "after", report = true },
        { "Reply to Alicia that you'll talk once you've left", go = "call" },
        { "Ignore Alicia; you are leaving anyway", go = "ignored" },
      },
    },

    ignored = {
      text = "You never reply. A month after you leave, your old colleague Priya, still on the programme, "
        .. "mentions over a drink that a friendly consultancy has offered her paid advisory work. \"They said "
        .. "you might be interested too,\" she laughs.",
      flags = {
        { id = "priya_approached", text = "The same consultancy now approaches Priya, who still works there" },
        { id = "uses_your_name", text = "They mention your name to her" },
      },
      innocent = {
        { id = "drink_with_priya", text = "You still meet Priya for a drink now and then" },
      },
      choices = {
        { "Call Joel Svensson from your leaver's checklist about Alicia and Priya", go = "after", report = true },
        { "It's not your company any more", go = "walked_away" },
      },
    },

    call = {
      channel = "phone",
      from = alicia,
      text = "Two weeks after your last day, Alicia calls. \"The client is a family office that invests in "
        .. "marine technology overseas. They'd like a market memo: your view, from memory, of where your old "
        .. "programme is heading and who its key suppliers are. Five thousand euros.\" The fee would come from "
        .. "a company in another country.",
      flags = {
        { id = "memo_old_programme", text = "Wants a memo on your old programme's plans and suppliers" },
        { id = "from_memory", text = "Asks you to write it \"from memory\"" },
        { id = "payer_abroad", text = "The fee would come from a company in another country" },
      },
      innocent = {
        { id = "family_office", text = "Says the client is an investor in marine technology" },
        { id = "two_weeks_later", text = "Calls two weeks after your last day, as she said she would" },
      },
      choices = {
        { "Write the memo", go = "memo_paid", hook = 1,
          gives = "Your old programme's plans and suppliers, sold to an unnamed client.",
          effect = function(s) s.vars.memo = true end },
        { "Offer a memo on public market trends only", go = "public_memo" },
        { "Tell Alicia you'll get back to her, and call the number on your leaver's card",
          go = "after", report = true },
        { "Post a warning about Meridian on your profile, for other leavers", go = "posted",
          how = "post_publicly" },
      },
    },

    public_memo = {
      channel = "email",
      from = alicia,
      text = "Alicia is gracious. \"Public trends are fine for a start.\" She sends a contract, then adds: "
        .. "\"The client would value a few specifics as well: the names of the test team who are still there, "
        .. "and any drawings you may have kept. Just to make it useful.\"",
      flags = {
        { id = "names_still_there", text = "Asks for the names of the test team still at your old company" },
        { id = "kept_drawings", text = "Asks for any drawings you may have kept" },
      },
      innocent = {
        { id = "gracious", text = "Accepts your offer of public trends politely" },
      },
      choices = {
        { "Add the names and a few drawings", go = "memo_paid", hook = 2,
          gives = "Former colleagues' names and company drawings, in a client's hands.",
          effect = function(s) s.vars.memo = true end },
        { "Stop, and ring the number on your leaver's card", go = "after", report = true },
        { "Refuse the specifics, and quietly drop Meridian", go = "security_calls" },
      },
    },

    memo_paid = {
      channel = "email",
      from = alicia,
      text = "The money arrives at once. \"The client loved it. They'd like to take care of you for the long "
        .. "term: a retainer for life, if you help with specifics. Names on the test team, the test schedule, "
        .. "any documents you kept. And they would like to meet you, all expenses paid.\"",
      flags = {
        { id = "for_life", text = "Offers to \"take care of you\" with a retainer for life" },
        { id = "specifics", text = "Wants names, the test schedule and documents you kept" },
      },
      innocent = {
        { id = "tidy_invoice", text = "Her invoice template is tidy and correct" },
      },
      discuss = { "What has the first payment changed for you, and for them?" },
      choices = {
        { "Agree to the meeting, and bring what you have", go = "meeting", hook = 2,
          gives = "Documents in hand, on your way to meet the client in person." },
        { "Ring the number on your leaver's card, and tell them about the memo and the money", go = "after", report = true },
        { "Refuse, and keep it to yourself", go = "security_calls" },
      },
    },

    meeting = {
      channel = "in_person",
      from = { name = "Mr. Harlan", role = "Representative", org = "\"The client\"" },
      text = "In a hotel lounge abroad, a quiet Mr. Harlan thanks you and puts an envelope on the table. \"One "
        .. "more thing. Your friend Priya still works on the programme. Could you introduce us? Old colleagues "
        .. "trust each other.\" Alicia smiles and orders more coffee.",
      flags = {
        { id = "introduce_priya", text = "Asks you to introduce a former colleague who still works there" },
        { id = "envelope", text = "An envelope of cash on the table" },
      },
      innocent = {
        { id = "more_coffee", text = "Alicia orders more coffee" },
      },
      choices = {
        { "Take the envelope, and promise to introduce Priya", go = "hooked", hook = 2,
          gives = "Cash, and a promise to bring in a friend who still has access." },
        { "Leave the envelope, fly home, and tell your old employer everything", go = "after", report = true },
      },
    },

    security_calls = {
      channel = "phone",
      from = joel,
      text = function(s)
        local thought = s.vars.memo and "You think of the memo, and the money." or "You think of Alicia's questions."
        return "Two months later, Joel Svensson from your former employer's security team calls. \"A "
          .. "consultancy has been contacting several of our former staff. Have you heard from a firm called "
          .. "Meridian? You're not in any trouble; we're just asking around.\" " .. thought
      end,
      choices = {
        { "Tell Joel all of it, from the first message on", go = "after", report = true },
        { "Say you spoke to them once, and nothing came of it", go = "concealed", hook = 1,
          gives = "A half-truth to the one person who could help you." },
      },
    },

    posted = {
      text = "Your post warns other leavers about Meridian, and it gets a lot of likes. By the next morning, "
        .. "Alicia's profile and the firm's page are gone. A week later, a firm with a new name writes to "
        .. "your old colleagues. Your former employer's security team learns of it from your post, like "
        .. "everyone else.",
      choices = {
        { "Call the number on your leaver's card, and send them what you have", go = "after", report = true },
        { "Leave it at the post; you've done your bit", go = "walked_away" },
      },
    },

    after = {
      channel = "phone",
      from = joel,
      text = function(s)
        local sent = s.hook > 0 and "\"Tell me what you sent, and we'll work it out together.\" " or ""
        return "Joel Svensson from the security team thanks you. \"Former staff are targets too, and you can "
          .. "always call us. Leaving doesn't change that.\" " .. sent .. "\"Please don't reply to Meridian "
          .. "again.\" The next day, Alicia sends a friendly reminder."
      end,
      choices = {
        { "Leave Alicia's reminder unanswered, and pass it to Joel", go = "rep_early",
          when = function(s) return s.hook == 0 end },
        { "Leave Alicia's reminder unanswered, and pass it to Joel", go = "rep_late",
          when = function(s) return s.hook > 0 end },
        { "Write one paid memo anyway, on public trends only; you don't work there now", go = "deeper_end",
          hook = 1, gives = "A paid link to the consultancy, after security asked you to stop." },
      },
    },

    rep_early = {
      text = "Joel's team links Meridian to approaches made to several former staff. Priya and others still at "
        .. "the company are warned before anyone sends anything. You start your new job with nothing to hide.",
      ending = "reported",
      lesson = "Leaving does not end the interest in what you know. Your old employer still wants to hear from "
        .. "you, and one call protects the people you left behind.",
    },

    rep_late = {
      text = "You tell Joel everything, the memo and the money included. He thanks you: coming forward late is "
        .. "far better than never. His team can now warn the people still there, and help you put things "
        .. "right.",
      ending = "reported_late",
      lesson = "It is never too late to come forward, even after you have left. The sooner you call, the less "
        .. "there is to undo.",
    },

    deeper_end = {
      text = "You write the \"public\" memo. The payment ties you to Meridian again, after your own report, and "
        .. "Alicia's next request comes with it. Joel can only protect you if you stop.",
      ending = "compromised",
      lesson = "Reporting is not a licence to carry on. Once you have told security, take no more work or "
        .. "money from the contact.",
    },

    walked_away = {
      text = "You stayed out of it. Meridian goes on working through your former colleagues, and your old "
        .. "employer's security team does not know what you know. One phone call would have warned them.",
      ending = "walked_away",
      lesson = "Former staff can still report. Staying out of it protects you, not the people still inside.",
    },

    hooked = {
      text = "You fly home with an envelope and a task: bring in Priya. The retainer \"for life\" now has a "
        .. "price, and it is your friend. Even now, calling your former employer's security team is the way "
        .. "out.",
      ending = "hooked",
      lesson = "Money for what you know grows into requests for who you know. The way out stays open: call "
        .. "security, however far it has gone.",
    },

    concealed = {
      text = "You tell Joel only half. He thanks you and hangs up. Meridian still has your work, and now you "
        .. "have a half-truth to keep up. Jerry Chun Shing Lee did the same in 2012: he told CIA officers about "
        .. "the meetings, not the tasks. Joel will still listen if you call back.",
      ending = "hooked",
      lesson = "A half-truth to security is the worst of both. Call back and tell all of it. It is still not "
        .. "too late.",
    },
  },
}
