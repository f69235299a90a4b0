-- SPDX-License-Identifier: Apache-2.0
-- Trains: a trusted former colleague asking for "a little help" is still an approach; the
-- little hook works through friends, and people who have been drawn in often turn to others.
-- Warning a team-mate is not a report.
-- Seed facts used: TorchStone (an agent who has sold all he can reach may turn to others to keep
-- the cash flowing; Mallory contacted friends and former colleagues still at the CIA; John Walker
-- recruited a friend and family members; the first suspect in the 2024 German case allegedly
-- enlisted associates who owned a business in Düsseldorf); Brazil on Gerli Mutso (convicted in
-- June 2023, recruited an Estonian official with access to NATO classified information, her
-- handlers had her travel abroad to hand the material over).

local dario = { name = "Dario Feld", role = "Independent consultant, your former team-mate", org = "Feld Technical Advisory" }
local priya = { name = "Priya Raman", role = "Test engineer on your team", org = "Your company" }
local marcus = { name = "Marcus Lindqvist", role = "Investigator", org = "Your company's security team" }

local function late(s) s.vars.late = true end

return scenario {
  id = "former-colleague",
  title = "A Little Help from an Old Friend",
  tactic = "colleague",
  summary = "Dario left your test team two years ago to go freelance. Now he is back in town, doing "
    .. "well, and would love to catch up over coffee.",
  minutes = 6,
  audience = { "engineering", "research", "everyone" },
  teaches = { "little_hook", "report", "no_fear" },
  start = "reunion",
  report = {
    facts = {
      { id = "who", text = "Who approached you, how, and whom he says he works for", required = true,
        why = "Security needs the name, the channel and the cover story. That is what they check first." },
      { id = "asked", text = "What he asked about or for, what he offered, and when", required = true,
        when = function(s) return s.visited("coffee") end,
        why = "The questions and the offer show what he is after. Dates help link his other approaches." },
      { id = "gave", text = "What you gave him and what he paid you, honestly told", required = true,
        when = function(s) return s.visited("paid") end,
        why = "Security can only limit the damage if they know what went out. Telling it is what "
          .. "protects you." },
      { id = "deck_copy", text = "A copy of the old project deck he asked for", decoy = true,
        when = function(s) return s.visited("deck") end,
        why = "Never copy inside papers into a report. Say what was asked for. Security will look at "
          .. "the real thing safely." },
      { id = "old_gossip", text = "Office gossip about why Dario left the company", decoy = true,
        why = "Rumours do not help and can hurt people. Report what was said and asked, nothing more." },
      { id = "client_origin", text = "Your guess about which country his client is really from", decoy = true,
        when = function(s) return s.visited("coffee") end,
        why = "Approaches come from people of any background, and they aim at anyone with access. "
          .. "What counts is what was asked, not a guess about where someone is from." },
    },
  },
  debrief = "People who have been drawn in often try to draw in others. It is not unusual for an "
    .. "agent who has sold all he can reach to turn to other people to keep the money coming. "
    .. "Kevin Mallory, a former CIA officer, contacted friends and former colleagues who still "
    .. "worked at the CIA. John Walker brought a friend and family members into his spy ring. "
    .. "In the 2024 German case, the first suspect is said to have got help from friends who ran "
    .. "a business. Gerli Mutso, convicted of spying in June 2023, recruited an Estonian official "
    .. "with access to NATO secrets. Her handlers had her travel abroad to hand things over in "
    .. "person. A friendly face does not make a request safe. Know the little hook, and report "
    .. "early, or late, without fear.",
  scenes = {
    reunion = {
      channel = "chat",
      from = dario,
      text = "\"Hey, Rig Whisperer! Long time. I'm in town next week. Coffee? Want to hear how the old "
        .. "team is doing. Are you still on the Kestrel test rig? Who runs the programme these days?\" "
        .. "He adds a photo of the team's old coffee machine.",
      flags = {
        { id = "rig_question", text = "Before you have even met, asks who runs your programme now" },
      },
      innocent = {
        { id = "old_nickname", text = "Uses your old nickname from the team" },
        { id = "coffee_photo", text = "Sends a photo of the team's old coffee machine" },
      },
      choices = {
        { "Say yes to coffee", go = "coffee" },
        { "Send his message to the team on the badge poster and ask if you should meet him",
          go = "after_report", report = true },
      },
    },

    coffee = {
      channel = "in_person",
      from = dario,
      text = "Dario looks prosperous: new watch, new car. He consults for \"a research institute "
        .. "overseas\" and talks about the team's Friday lunches. Then, casually: who leads the new "
        .. "test programme? Is the old rig data still on the shared drive? \"Just curious how things "
        .. "turned out.\"",
      flags = {
        { id = "shared_drive", text = "Asks whether old data is still on the shared drive" },
        { id = "vague_client", text = "Works for an unnamed \"research institute overseas\"" },
      },
      innocent = {
        { id = "friday_lunches", text = "Talks fondly about the team's Friday lunches" },
        { id = "new_watch", text = "He wears a new, expensive-looking watch" },
      },
      discuss = {
        "Which of Dario's questions would you answer for any friend, and which not?",
        "Does it feel disloyal to report a former colleague? Why does it still matter?",
      },
      choices = {
        { "Answer freely; he used to work here, after all", go = "deck", hook = 1,
          gives = "Who leads the programme and where the data sits. That is a map for his next step." },
        { "Keep it social and change the subject", go = "deck" },
        { "Warn Priya on your team about Dario's questions", go = "priya" },
        { "Write down his questions that evening and send them to the security team", go = "after_report",
          report = true },
      },
    },

    priya = {
      channel = "in_person",
      from = priya,
      text = "Priya's eyes widen. \"Dario? He took me to lunch last week and offered me paid consulting. "
        .. "I thought it was just me!\" You agree to be careful. Now two of you know, but nobody who "
        .. "could check Dario or warn the rest of the team. Priya goes back to her bench, still "
        .. "holding her coffee.",
      flags = {
        { id = "works_the_team", text = "Dario has approached someone else on your team" },
      },
      innocent = {
        { id = "priya_coffee", text = "Priya goes back to work holding her coffee" },
      },
      choices = {
        { "Go with Priya to the investigators, both stories together", go = "after_report", report = true },
        { "Agree to keep an eye on him between the two of you", go = "deck" },
      },
    },

    deck = {
      channel = "email",
      from = dario,
      text = "\"Great to see you! One small thing: could you send me the old deck from our project? It's "
        .. "basically public by now. My client pays 2,000 euros for expert input, and I'd split it with "
        .. "you, of course. Use my private address, my firm's mail is a mess. :)\"",
      flags = {
        { id = "fee_split", text = "Offers to split a consulting fee for a company document" },
        { id = "basically_public", text = "Calls an internal deck \"basically public\"" },
        { id = "private_address", text = "Asks you to use his private address" },
      },
      innocent = {
        { id = "smiley", text = "Signs off with a smiley, as he always did" },
      },
      choices = {
        { "Send the deck", go = "paid", hook = 2,
          gives = "An internal deck, for money. It is the first paid step, and it is in writing." },
        { "Leave it unanswered and forward it to the security team", go = "after_report", report = true },
        { "Ask Dario straight out who the client is and why they pay so much", go = "probe",
          how = "keep_talking" },
        { "Ignore the e-mail; not answering is the secure thing to do", go = "ignored" },
      },
    },

    probe = {
      channel = "phone",
      from = dario,
      text = "Dario calls back, laughing. \"Don't make it weird! They're respectable, they just don't like "
        .. "their name on things. They'd rather meet you in person anyway, no e-mails. A weekend "
        .. "abroad, all paid.\" He is calling from a noisy train. Your questions have told him how "
        .. "wary you are.",
      flags = {
        { id = "no_email_please", text = "The client wants to meet in person, away from e-mail" },
      },
      innocent = {
        { id = "noisy_train", text = "He calls from a noisy train" },
      },
      choices = {
        { "Hang up and write down both calls and the e-mail for the badge-poster hotline", go = "after_report",
          report = true },
        { "Agree to the weekend, and send the deck to break the ice", go = "paid", hook = 2,
          gives = "The deck, and a yes to a trip. Now they set the place and the time." },
      },
    },

    paid = {
      channel = "email",
      from = dario,
      text = "A payment app shows 1,000 euros from Dario. \"They loved it. Next they would like the current "
        .. "test results, and they'd really like to meet you: a hotel abroad, they pay for everything. "
        .. "Bring the data on a memory card; they don't trust e-mail.\"",
      flags = {
        { id = "current_results", text = "Now asks for current, non-public test results" },
        { id = "memory_card", text = "Wants the data carried by hand on a memory card" },
      },
      innocent = {
        { id = "payment_app", text = "The money comes through a common payment app" },
      },
      discuss = {
        "What has the 1,000 euros changed about your position?",
      },
      choices = {
        { "Stop, keep the payment record, and tell the investigators everything", go = "after_report",
          report = true, effect = late },
        { "Book the trip and copy the results", go = "trip", hook = 2,
          gives = "Current results on a card, carried by you. That is what they wanted all along." },
        { "Refuse, but keep it to yourself", go = "pressure" },
      },
    },

    trip = {
      channel = "in_person",
      from = dario,
      text = "In a quiet hotel lounge abroad, Dario introduces Mr. Hale, who says little and reads the "
        .. "memory card on his own laptop. An envelope changes hands. Then Hale speaks: \"Is there "
        .. "anyone else on your team who could use a little extra income? Dario found you, after all.\"",
      flags = {
        { id = "recruit_more", text = "Asks you to find others on your team" },
      },
      innocent = {
        { id = "hotel_lounge", text = "The meeting is in a quiet hotel lounge" },
      },
      choices = {
        { "Refuse, fly home and go straight to the investigators' office", go = "after_report", report = true,
          effect = late },
        { "Take the envelope and think about who might be interested", go = "hooked", hook = 1,
          gives = "Cash by hand, and a task: bring them the next person." },
      },
    },

    pressure = {
      channel = "chat",
      from = dario,
      text = "\"Come on, Rig Whisperer. After all we went through together? The client already has the "
        .. "deck, with your name on the e-mail. Let's not make this awkward for either of us.\" A minute "
        .. "later he sends a photo of the old team at a barbecue.",
      flags = {
        { id = "friendship_leverage", text = "Friendship and your earlier e-mail used as pressure" },
      },
      innocent = {
        { id = "barbecue_photo", text = "Sends an old photo of the team at a barbecue" },
      },
      choices = {
        { "Screenshot it and take it to the people who ran your induction security talk",
          go = "after_report", report = true, effect = late },
        { "Send the results to keep the peace", go = "compromised", hook = 2,
          gives = "Current results, under pressure. Now he knows pressure works on you." },
        { "Block him for safety's sake and delete the chat", go = "deleted", how = "delete" },
      },
    },

    deleted = {
      text = "You delete the chat and block Dario. A month later a new member of your team mentions that a "
        .. "former employee took her to lunch and asked a lot about the rig. Nice guy, she says, he even "
        .. "offered her some paid consulting. Your messages, the best record of what he does, are gone.",
      choices = {
        { "Tell the security team what you remember, the deleted chat too", go = "after_report",
          report = true, effect = late },
        { "Stay out of it", go = "walked_away" },
      },
    },

    ignored = {
      text = "You never answer, and Dario stops writing. Weeks later you hear that he has had coffee with "
        .. "two junior engineers from your team, and that one of them has been asking around for the old "
        .. "project deck.",
      choices = {
        { "Tell the investigators about Dario's request and what you have heard", go = "after_report",
          report = true },
        { "Not your business", go = "walked_away" },
      },
    },

    after_report = {
      channel = "chat",
      from = dario,
      text = "Marcus Lindqvist from the security team thanks you and asks you to stop all contact and "
        .. "let them handle it. That evening Dario writes: \"No hard feelings about work stuff! Beer on "
        .. "Friday? Bring the new guy from the rig team, I'd love to meet him.\"",
      flags = {
        { id = "bring_newcomer", text = "Asks you to bring a new member of your team along" },
      },
      innocent = {
        { id = "beer_friday", text = "Suggests a beer on Friday, as old friends do" },
      },
      choices = {
        { "Don't reply, and forward the message to Marcus", go = "rep_early",
          when = function(s) return not s.vars.late end },
        { "Don't reply, and forward the message to Marcus", go = "rep_late",
          when = function(s) return s.vars.late == true end },
        { "Go for the beer, just as friends, and bring the new guy", go = "carried_on", hook = 1,
          gives = "A new target. You hand him the next person on your team." },
      },
    },

    rep_early = {
      text = function(s)
        local note = s.visited("probe") and " Marcus also asks you to leave the questions to them next "
          .. "time: your call told Dario you were wary." or ""
        return "Reporting a former colleague does not feel good, Marcus knows. But Dario has been "
          .. "approaching several people on your team, and your account lets them act before anyone "
          .. "sends him anything." .. note
      end,
      ending = "reported",
      lesson = "A friendly face does not make a request safe. Report the first odd questions, then stop "
        .. "all contact and let security do the asking.",
    },

    rep_late = {
      text = "You told the security team the whole story, payments included. \"Thank you. That cannot have "
        .. "been easy,\" Marcus says. \"Coming to us late is far better than never. You also stopped "
        .. "whoever he would have asked next. We'll take it from here, with you.\"",
      ending = "reported_late",
      lesson = "Even after money has changed hands, coming forward protects you and the next person he "
        .. "would ask. Tell everything, and stop answering.",
    },

    carried_on = {
      text = "At the bar, Dario is charming to your new colleague and offers him paid consulting before "
        .. "the second round. You reported Dario, then led him to the next person. Marcus can still "
        .. "help, but only if you tell him at once.",
      ending = "hooked",
      lesson = "A report is not a licence to carry on. Once you have reported, stop all contact. Never "
        .. "bring the contact new people or news.",
    },

    walked_away = {
      text = "You kept yourself out of it. But Dario is still working through your old team, and nobody "
        .. "in security knows. One short report would have protected the colleagues he goes to next.",
      ending = "walked_away",
      lesson = "Keeping out of it protects only you, and not for long. A short report protects the "
        .. "colleagues he goes to next.",
    },

    compromised = {
      text = "The results go out. Dario is friendly again, and the next request is already on its way. "
        .. "The friendship was the hook. In real life, the security team is still the way out, today.",
      ending = "compromised",
      lesson = "Old friendship can be used as pressure. Giving in once makes the next request harder to "
        .. "refuse. It is never too late to report.",
    },

    hooked = {
      text = "You fly home with an envelope and a task: find someone else. In real cases, Kevin Mallory "
        .. "contacted former colleagues, and John Walker drew in a friend and family. Even now, walking into the security "
        .. "team's office protects you and the people you were asked to bring in.",
      ending = "hooked",
      lesson = "Being asked to find others is a sign of how deep the hook is. Do not pass it on. Report, "
        .. "even now, without fear.",
    },
  },
}
