-- SPDX-License-Identifier: Apache-2.0
-- Trains: a current team-mate who is short of money asks for "small" favours: files from a project
-- he has left, a borrowed badge, a paid meeting with "a consultant". The hard part is reporting
-- someone you know; a quiet word with the team lead is not a report. The trainee is the office
-- administrator of a test department.
-- Seed facts used: TorchStone 2024 (an agent who has handed over all he can reach often turns to
-- others to keep the cash flowing; Mallory contacted friends and former colleagues still at the
-- CIA; Walker recruited a friend and family members); Stratfor 2017 on Candace Claiborne (arrested,
-- accused of failing to disclose gifts and payments; heavy debt; deleting e-mails "more likely to
-- raise suspicions than to eliminate evidence").

local lukas = { name = "Lukas Brenner", role = "Test technician, your team-mate", org = "Propulsion test department" }
local mariam = { name = "Mariam Haddad", role = "Team lead", org = "Propulsion test department" }
local ines = { name = "Ines Moreau", role = "Consultant", org = "Harbourline Insight" }
local sunita = { name = "Sunita Rao", role = "Security officer", org = "Your company" }

return scenario {
  id = "colleague-asks",
  title = "A Favour for a Team-Mate",
  tactic = "colleague",
  audience = { "office", "engineering", "managers" },
  summary = "You run the office of the propulsion test department. Lukas, who has sat opposite you "
    .. "for six years, is having a hard year and keeps asking you for small favours.",
  minutes = 7,
  teaches = { "little_hook", "report", "no_fear" },
  start = "kitchen",
  report = {
    facts = {
      { id = "who_asked", text = "Who asked you for what, and when: files, your badge, meetings", required = true,
        why = "Security needs to know who asked for what, and when, to see how far it goes." },
      { id = "about_ines", text = "What Lukas said about Ines, her fee, and how to reach her", required = true,
        when = function(s) return s.visited("offer") end,
        why = "Ines is the one who pays. Without her, security sees only half of the story." },
      { id = "what_you_gave", text = "What you handed over or took: files, your badge, cash, lists", required = true,
        when = function(s) return s.hook > 0 end,
        why = "Say plainly what you gave. Security can only protect what they know has gone." },
      { id = "debt_gossip", text = "What colleagues say about Lukas's divorce and debts", decoy = true,
        why = "Gossip about his private life does not help and can hurt him. Report what he asked and did." },
      { id = "kestrel_copy", text = "A copy of the Kestrel trial reports he wanted", decoy = true,
        why = "Never put sensitive files in a report. Name them, and security will look at them safely." },
      { id = "ines_origin", text = "Your guess about where Ines comes from, judging by her accent", decoy = true,
        when = function(s) return s.visited("cafe") end,
        why = "Approaches come from people of every background, and they target anyone with access. "
          .. "What counts is what she asked for, not where she is from." },
    },
  },
  debrief = "Real spies have worked through friends and colleagues. Kevin Mallory, a former CIA officer, "
    .. "contacted friends and former colleagues who still worked at the CIA. In the John Walker spy ring, "
    .. "Walker recruited a friend and members of his family. TorchStone notes that once a recruit has handed "
    .. "over all he can reach, it is not unusual for him to turn to others to keep the money coming. Money "
    .. "trouble can make people open to offers. Candace Claiborne, a State Department office worker, was "
    .. "arrested in 2017, accused of not disclosing gifts and payments from Chinese officials; she was in "
    .. "heavy debt. But debt is no reason to report anyone. Requests are: files from another "
    .. "project, a borrowed badge, a paid meeting about who has access. Reporting a team-mate is not "
    .. "betrayal. You tell security what was asked, and they decide what to do.",
  scenes = {
    kitchen = {
      channel = "in_person",
      from = lukas,
      text = "Lukas looks worn out. \"The divorce is eating my pay,\" he says over the coffee machine. Then, "
        .. "more quietly: \"You can get into the archive drive, right? Pull the old Kestrel trial reports for "
        .. "me. My access went when I changed projects. No need for a ticket, it's just old stuff.\"",
      flags = {
        { id = "outside_project", text = "Wants reports from a project he no longer works on" },
        { id = "no_ticket", text = "Asks you to skip the access ticket" },
      },
      innocent = {
        { id = "divorce_talk", text = "Talks openly about his divorce and money worries" },
        { id = "coffee_machine", text = "Asks you at the coffee machine, where everyone chats" },
      },
      discuss = {
        "What makes this request hard to turn down?",
        "Is telling security about Lukas the same as accusing him?",
      },
      choices = {
        { "Pull the reports for him; it is only old data", go = "badge", hook = 1,
          gives = "Files from a project he has left, fetched under your name.",
          effect = function(s) s.vars.files = true end },
        { "Tell him to ask for access with a ticket, like everyone else", go = "badge" },
        { "Write to Sunita Rao, whose name is on the intranet's \"Who to call\" page, about what Lukas asked",
          go = "after", report = true },
        { "Have a quiet word with your team lead, Mariam, instead", go = "lead" },
      },
    },

    lead = {
      channel = "in_person",
      from = mariam,
      text = "Mariam listens and sighs. \"Lukas is having a rough year. I'll have a word with him. Let's keep "
        .. "this between us, shall we?\" She means well. But she cannot check who else Lukas talks to, and "
        .. "nobody whose job it is to look into such things knows what he asked.",
      choices = {
        { "Write to Sunita Rao after all, and mention that you told Mariam", go = "after", report = true },
        { "Leave it with Mariam", go = "badge" },
      },
    },

    badge = {
      channel = "chat",
      from = lukas,
      text = function(s)
        local pre = s.vars.files and "\"Thanks for the reports, you're a star.\" " or ""
        return "A message from Lukas at 7:40 in the morning. " .. pre .. "\"Left my badge at home again. "
          .. "Can I borrow yours for the test hall till lunch? Please don't send me to the guard desk. They "
          .. "log everything, and I'm already in trouble for being late.\""
      end,
      flags = {
        { id = "borrow_badge", text = "Wants to enter the test hall on your badge" },
        { id = "avoid_log", text = "Wants to avoid the guard desk because it logs visits" },
      },
      innocent = {
        { id = "early_message", text = "Writes early in the morning" },
        { id = "forgot_again", text = "He has forgotten his badge before" },
      },
      choices = {
        { "Lend him your badge; it's only till lunch", go = "offer", hook = 1,
          gives = "Your badge: whatever he does in the test hall is logged as you.",
          effect = function(s) s.vars.badge = true end },
        { "Say no, and point him to the day pass at the guard desk", go = "offer" },
        { "Send Sunita Rao a short note about the badge and the archive request", go = "after", report = true },
      },
    },

    offer = {
      channel = "in_person",
      from = lukas,
      text = "At Friday drinks Lukas is cheerful for once. \"I've found a way out of my money hole. Ines, a "
        .. "consultant I met at a trade fair, pays 400 an hour for expertise. She wants someone who knows how "
        .. "the department runs: who does what, who can get in where. I told her about you.\"",
      flags = {
        { id = "pays_for_access", text = "A consultant pays 400 an hour to learn who can get in where" },
        { id = "gave_your_name", text = "He has already given her your name" },
      },
      innocent = {
        { id = "trade_fair", text = "He met her at a trade fair" },
        { id = "friday_drinks", text = "He tells you at the team's regular Friday drinks" },
      },
      discuss = { "Lukas may not know what Ines really wants. Does that change what you should do?" },
      choices = {
        { "Agree to meet Ines for a coffee", go = "cafe", hook = 1,
          gives = "A private meeting with someone who pays for inside knowledge." },
        { "Say no, and tell Lukas to be careful", go = "refused" },
        { "On Monday, tell Sunita Rao everything Lukas has asked of you so far", go = "after", report = true },
        { "Look Ines up, and quiz Lukas about who her clients are", go = "digging", how = "keep_talking" },
      },
    },

    digging = {
      channel = "chat",
      from = lukas,
      text = "Her consultancy has a smart website and no client names. You ask Lukas who pays. He goes quiet, "
        .. "then writes: \"Why all the questions? Ines doesn't like nosy people. Forget I said anything.\" The "
        .. "next morning the website is offline, and Lukas no longer sits with you at lunch.",
      flags = {
        { id = "site_offline", text = "The consultancy's website goes offline after your questions" },
      },
      innocent = {
        { id = "smart_site", text = "The consultancy had a well-made website" },
      },
      choices = {
        { "Tell Sunita Rao what you found, and that you asked around", go = "after", report = true },
        { "Let it drop", go = "walked_away" },
      },
    },

    cafe = {
      channel = "in_person",
      from = ines,
      text = "Ines is warm and well prepared. She asks how the department is organised, who signs off test "
        .. "plans, and which staff can enter the test hall. As you leave, she slides an envelope across the "
        .. "table. \"Three hundred, for your time. Next time, could you bring the internal phone list?\"",
      flags = {
        { id = "who_has_access", text = "Asks who signs off test plans and who can enter the test hall" },
        { id = "cash_envelope", text = "Offers cash in an envelope for your time" },
        { id = "phone_list", text = "Asks you to bring the internal phone list" },
      },
      innocent = {
        { id = "well_prepared", text = "She has read your company's public news" },
        { id = "pays_coffee", text = "She pays for the coffees" },
      },
      choices = {
        { "Take the envelope", go = "lists", hook = 2,
          gives = "Her cash in your hand: a record that you took money for inside knowledge.",
          effect = function(s) s.vars.cash = true end },
        { "Leave the envelope on the table and go", go = "lists" },
        { "Go straight back to the office and tell Sunita Rao about the meeting", go = "after", report = true },
      },
    },

    lists = {
      channel = "email",
      from = ines,
      text = function(s)
        local open = s.vars.cash and "\"Thank you for yesterday. " or "\"A shame you left so fast. "
        return "An e-mail from Ines arrives at your private address, which only Lukas could have given her. "
          .. open .. "Could you send me the internal phone list and the test hall access rota? Please use "
          .. "this address only. Our firm's mail server is very strict.\""
      end,
      flags = {
        { id = "private_address", text = "Writes to a private address you never gave her" },
        { id = "access_rota", text = "Asks for the phone list and the test hall access rota" },
      },
      innocent = {
        { id = "legal_footer", text = "Her e-mail ends with a long legal footer" },
      },
      choices = {
        { "Send her both files", go = "squeeze", hook = 2,
          gives = "Internal lists in her hands, sent from your own account.",
          effect = function(s) s.vars.sent = true end },
        { "Forward the e-mail, untouched, to Sunita Rao and tell her the whole story", go = "after", report = true },
        { "Delete the e-mail and hope it stops", go = "deleted", how = "delete" },
      },
    },

    squeeze = {
      channel = "chat",
      from = lukas,
      text = function(s)
        local what = s.vars.cash and "You took her money." or "You sent her the lists."
        return "Lukas, late at night: \"Ines is happy with you. Next she wants the Kestrel test schedule. Look, "
          .. "we're in this together now. " .. what .. " If anyone finds out, we both lose our jobs. Just one "
          .. "more file and she'll leave us alone.\""
      end,
      flags = {
        { id = "together_now", text = "Says you are \"in this together now\"" },
        { id = "job_threat", text = "Warns that you would both lose your jobs" },
      },
      innocent = {
        { id = "late_night", text = "Writes late at night" },
      },
      discuss = { "Why does \"just one more file\" almost never end it?" },
      choices = {
        { "Send the schedule; one more file and it's over", go = "hooked", hook = 2,
          gives = "The test schedule: the next rung, and proof that you will keep going." },
        { "Stop here, and take everything to Sunita Rao, the money included", go = "after", report = true },
        { "Delete the whole chat and block Lukas", go = "deleted", how = "delete" },
      },
    },

    deleted = {
      text = "You delete everything. It does not make you feel safer. The company chat keeps its own records, "
        .. "Ines still has whatever you sent, and a deleted message looks like a hidden one. Lukas is still at "
        .. "the desk opposite you, and somebody else may be next.",
      choices = {
        { "Go to Sunita Rao and tell her everything, the deleting included", go = "after", report = true },
        { "Keep your head down", go = "walked_away", when = function(s) return s.hook == 0 end },
        { "Keep your head down", go = "exposed", when = function(s) return s.hook > 0 end },
      },
    },

    refused = {
      text = "Lukas shrugs it off. Two weeks later you see him at the test hall door, waving a colleague's "
        .. "badge at the reader. Saying no kept you out of it. It did not stop him, and nobody whose job it "
        .. "is to look into it knows what he has been asking.",
      flags = {
        { id = "other_badge", text = "Lukas opens the test hall door with a colleague's badge" },
      },
      innocent = {
        { id = "waves_hello", text = "He waves to you as if nothing happened" },
      },
      choices = {
        { "Tell Sunita Rao now what Lukas asked and what you have seen", go = "after", report = true },
        { "It is not your business any more", go = "walked_away" },
      },
    },

    after = {
      channel = "phone",
      from = sunita,
      text = function(s)
        local gave = s.hook > 0 and "\"Tell me plainly what you gave. Nobody is going to shout at you.\" " or ""
        return "Sunita Rao calls back within the hour. \"Thank you. This is hard when it's a team-mate. "
          .. "Talking to Lukas is our job now; he may need help more than anything.\" " .. gave
          .. "\"Please keep things normal, and give him nothing more.\" That afternoon, Lukas asks you again."
      end,
      choices = {
        { "Keep things normal, say no, and leave the rest to Sunita", go = "rep_early",
          when = function(s) return s.hook == 0 end },
        { "Keep things normal, say no, and leave the rest to Sunita", go = "rep_late",
          when = function(s) return s.hook > 0 end },
        { "Help Lukas one last time, so he does not guess that you talked", go = "deeper_end", hook = 1,
          gives = "One more favour for the approach, after you had already reported it." },
      },
    },

    rep_early = {
      text = "Sunita's team talks to Lukas and learns that Ines has been working on two more people. Because "
        .. "you came early, nothing left the department. Lukas gets help with his debts, and the security team "
        .. "thanks you for telling them about a friend. That is never easy.",
      ending = "reported",
      lesson = "Reporting a team-mate is hard. You reported what he asked, not who he is, and you did it "
        .. "before anything left. That protects him, you and the company.",
    },

    rep_late = {
      text = "You tell Sunita everything, including what you handed over. She thanks you: coming forward late "
        .. "is far better than never. Now her team can find out what Ines has and stop what she planned next. "
        .. "Nobody treats you as the problem.",
      ending = "reported_late",
      lesson = "It is never too late to come forward. The sooner you stop giving, the less there is to fix.",
    },

    deeper_end = {
      text = "You do Lukas one last favour, to keep him from guessing. It is logged under your name, in the "
        .. "middle of an inquiry that you started. Sunita now has to untangle your part from his. She can "
        .. "only protect you if you stop giving.",
      ending = "compromised",
      lesson = "Reporting is not a licence to carry on. Once security knows, give the approach nothing more "
        .. "and let them lead.",
    },

    exposed = {
      text = "You keep your head down. Ines still has what you gave her, and Lukas still needs money. The next "
        .. "request will come, and the deleted messages will not help you explain. Security can still help "
        .. "you, today.",
      ending = "compromised",
      lesson = "Deleting does not undo what was sent. In the Claiborne case, deleting e-mails was more likely "
        .. "to raise suspicion than to erase evidence. Keep everything and report.",
    },

    walked_away = {
      text = "You kept yourself out of it. Lukas did not stop, and the next people he asks will not know what "
        .. "you know. One short note to security would have protected them, and maybe Lukas too.",
      ending = "walked_away",
      lesson = "Saying no protects you, but not the next person. A short report is how your no protects "
        .. "others too.",
    },

    hooked = {
      text = "The schedule goes out. Ines is pleased, Lukas is relieved, and next week there will be another "
        .. "file. You are now the one they will ask to bring in others. Even now, walking into security is "
        .. "the way out.",
      ending = "hooked",
      lesson = "Each file made the next one harder to refuse. The way out stays open: tell security, however "
        .. "far it has gone.",
    },
  },
}
