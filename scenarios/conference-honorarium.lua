-- SPDX-License-Identifier: Apache-2.0
-- Trains: the all-expenses-paid conference invitation: lavish hosts, a charming guide, an
-- unannounced honorarium handed over on camera, then the pitch; going only with company
-- clearance, and keeping to it. Half-measure: a manager's "great exposure, go!".
-- Seed facts used: TorchStone's description of the conference variant of the little hook
-- (topic near the sensitive technology, travel paid, hosts who fete the speaker, an unexpected
-- honorarium secretly filmed, a possible honey trap also filmed, the visit used to assess the
-- speaker, a direct or gradual pitch); Kevin Mallory, a former CIA officer, invited to Shanghai
-- and pitched and recruited there.

local rafael = { name = "Dr. Rafael Amsel", role = "Programme Chair", org = "Blue Harbour International Forum on Photonics" }
local sandor = { name = "Arvid Sandor", role = "Adviser (so he says)", org = "\"The industry ministry\"" }
local lead = { name = "Priya Nair", role = "Team lead", org = "Your company" }

-- What the "souvenir" video shows, depending on what the trainee accepted.
local function filmed(s)
  local parts = { "your talk", "the toasts" }
  if s.vars.night then parts[#parts + 1] = "a late drink in your suite" end
  parts[#parts + 1] = s.vars.cash and "the envelope changing hands" or "the envelope held out to you"
  return table.concat(parts, ", ", 1, #parts - 1) .. " and " .. parts[#parts]
end

return scenario {
  id = "conference-honorarium",
  title = "The Keynote Abroad",
  tactic = "conference",
  audience = { "research", "engineering", "travellers" },
  summary = "An international forum invites you to give a keynote abroad: business class, a five-star "
    .. "hotel, a title close to your own work. The hosts could not be more generous.",
  minutes = 9,
  teaches = { "clearance", "little_hook", "honey_trap", "report", "no_fear" },
  start = "invite",
  report = {
    facts = {
      { id = "host_invite", text = "Who invited you, their organisation, and the invitation as received", required = true,
        why = "Security can check the forum and warn others it invites." },
      { id = "payments_gifts", text = "Every payment, gift and favour offered, with amounts and dates", required = true,
        why = "Gifts and cash are how they build a hold on you. Security needs the full list." },
      { id = "people_asks", text = "Whom you met and what each of them asked about", required = true,
        when = function(s) return s.visited("arrival") end,
        why = "Names and questions show what they are after and who else may be at risk." },
      { id = "unpublished", text = "Your unpublished cooling figures, so security knows what they wanted", decoy = true,
        why = "Never copy sensitive data into a report. Say what was asked for; security will look at the real thing safely." },
      { id = "nationality_guess", text = "Your guess about the hosts' real nationality", decoy = true,
        why = "Approaches come from people of every background, and they target anyone with access. What counts is what the hosts did, not where they may be from." },
    },
  },
  debrief = "This trick has a known pattern. Someone who works on sensitive technology is invited to speak "
    .. "at a conference abroad, on a topic close to their work. The hosts pay for the trip, treat the "
    .. "speaker like a star, and hand over a large fee nobody mentioned. That moment is secretly filmed. "
    .. "The speaker may also be drawn into a romantic set-up, filmed as well. The visit lets an "
    .. "intelligence officer, posing as a host, size up the speaker. The pitch may come at once or "
    .. "slowly. Kevin Mallory, a former CIA officer, was invited to Shanghai and recruited there. Be wary "
    .. "of such invitations. Go only with your company's knowledge and clearance, and keep to it. Report "
    .. "every approach, even after you come home.",
  scenes = {
    invite = {
      channel = "email",
      from = rafael,
      text = "Subject: Keynote invitation\n\n\"We would be honoured to welcome you as keynote speaker at "
        .. "the Blue Harbour Forum next spring: business-class flights, five nights at the Grand Meridian. "
        .. "Suggested title: 'Thermal management in high-power lasers: the challenges ahead'. The draft "
        .. "programme is attached.\"\n\nYour current project is the cooling design of a high-power laser.",
      flags = {
        { id = "topic_near_project", text = "The suggested title sits right next to your confidential project" },
        { id = "lavish_terms", text = "Business class and five nights for one twenty-minute talk" },
      },
      innocent = {
        { id = "draft_programme", text = "A draft programme listing the other speakers" },
      },
      discuss = {
        "Why might a host choose a title so close to your work, yet not quite on it?",
        "Who in your company needs to know before you accept an invitation like this?",
      },
      choices = {
        { "Ask the security team for clearance before you answer", go = "clear_brief", report = true },
        { "Show it to your team lead and see what she thinks", go = "manager_ok" },
        { "Accept. It is an honour, and the topic is general", go = "prep", hook = 1,
          gives = "A yes to a trip they pay for, on a topic next to your project." },
        { "Forward the invitation to the 'Report an approach' address", go = "rep_early", report = true },
        { "Decline politely and tell no one", go = "declined" },
      },
    },

    manager_ok = {
      channel = "in_person",
      from = lead,
      text = "Priya is delighted. \"Great exposure for the team. Go!\" She signs the travel request on "
        .. "the spot, and the travel office books the flights. Nobody mentions security. Priya sees a "
        .. "conference. She has never heard how such invitations are used, and she has no reason to ask.",
      discuss = {
        "Your manager said yes. What does that answer cover, and what not?",
      },
      choices = {
        { "Before booking, send the invitation to the security team too", go = "clear_brief", report = true },
        { "Book it; your manager said yes", go = "prep", hook = 1,
          gives = "A yes to a trip they pay for. Your manager's signature does not change who pays." },
      },
    },

    declined = {
      channel = "email",
      from = rafael,
      text = "Rafael replies kindly. \"What a pity! Perhaps a smaller format suits you better: a one-hour "
        .. "online seminar for our members, any topic you like, with a fee of 2,000 euros. And the spring "
        .. "invitation stays open.\"",
      flags = {
        { id = "fallback_offer", text = "Your refusal is answered with an easier, paid alternative" },
      },
      innocent = {
        { id = "kind_reply", text = "He replies kindly to your refusal" },
      },
      choices = {
        { "Forward both e-mails to the address on the 'Report an approach' poster", go = "rep_early", report = true },
        { "Change your mind and accept the keynote after all", go = "prep", hook = 1,
          gives = "A yes to a trip they pay for, on a topic next to your project." },
        { "Decline again and forget about it", go = "walked_away" },
      },
    },

    prep = {
      channel = "email",
      from = rafael,
      text = "\"Wonderful! Could you send your slides two weeks ahead for our interpreters? Our audience "
        .. "would be thrilled by one or two unpublished results, perhaps the cooling figures from your "
        .. "current work. Please also send a passport scan and your mobile number for the driver.\"",
      flags = {
        { id = "unpublished_results", text = "Asks you to add unpublished results from your current work" },
      },
      innocent = {
        { id = "interpreters", text = "Wants the slides early for the interpreters" },
      },
      choices = {
        { "Send slides with published material only, and book the trip", go = "arrival", hook = 1,
          gives = "Your passport, your number and your presence abroad, all at their cost.",
          effect = function(s) s.vars.slides = "public" end },
        { "Add a few unpublished figures; it is a great audience", go = "arrival", hook = 2,
          gives = "Unpublished results from your project. That is a leak before you even fly.",
          effect = function(s) s.vars.slides = "unpublished" end },
        { "Pause, and tell the security team about this request", go = "rep_early", report = true },
      },
    },

    arrival = {
      channel = "in_person",
      from = rafael,
      text = function(s)
        local slides = s.vars.slides == "unpublished" and " Rafael says your figures \"caused excitement\"." or ""
        return "A driver holds a sign with your name. Your room is now a suite." .. slides .. " At the "
          .. "banquet you get a gift tablet, \"set up with the conference app\". Your guide, Dana, is "
          .. "charming all evening and suggests a nightcap in your suite. The other speakers have "
          .. "ordinary rooms and no guide."
      end,
      flags = {
        { id = "vip_treatment", text = "You alone are treated far above the other speakers" },
        { id = "preloaded_tablet", text = "A gift device that arrives already set up for you" },
        { id = "guide_nightcap", text = "Your guide suggests a late drink alone in your suite" },
      },
      innocent = {
        { id = "driver_sign", text = "A driver waits at arrivals with your name" },
      },
      discuss = {
        "Which of tonight's gifts would you find hardest to refuse, and why?",
      },
      choices = {
        { "Call the company's travel line from your own phone", go = "rep_trip", report = true },
        { "Enjoy it all: take the tablet, and the nightcap with Dana", go = "talk", hook = 2,
          gives = "A set-up device and a private evening, both on their record.",
          effect = function(s) s.vars.tablet = true; s.vars.night = true end },
        { "Take the tablet, but say goodnight to Dana", go = "talk", hook = 1,
          gives = "A device they set up, now in your bag.",
          effect = function(s) s.vars.tablet = true end },
        { "Leave the tablet in its box and go up alone", go = "talk" },
      },
    },

    talk = {
      channel = "in_person",
      from = rafael,
      text = "Your talk goes well, and students queue with questions. Then, in front of the forum "
        .. "banner, Rafael presses a thick envelope into your hand: \"A small honorarium, 5,000 euros, "
        .. "with our thanks.\" No fee was ever mentioned. A man from the \"event team\" films the "
        .. "handshake from a few metres away.",
      flags = {
        { id = "surprise_honorarium", text = "A large cash fee that was never mentioned before" },
        { id = "filmed_handover", text = "The handover is filmed" },
      },
      innocent = {
        { id = "student_questions", text = "Students queue with questions after your talk" },
      },
      discuss = {
        "Why would the hosts want this moment on film?",
        "How can you refuse a gift like this without causing a scene?",
      },
      choices = {
        { "Accept the envelope with a smile", go = "dinner", hook = 1,
          gives = "Cash on camera. The film is proof you took their money.",
          effect = function(s) s.vars.cash = 5000 end },
        { "Decline: fees go through your company, not into your pocket", go = "dinner" },
        { "Step outside and call the company's travel line", go = "rep_trip", report = true },
      },
    },

    dinner = {
      channel = "in_person",
      from = sandor,
      text = function(s)
        local cash = s.vars.cash and " \"Your honorarium shows you are already a friend of ours.\"" or ""
        return "Dinner is in a private room. Rafael introduces Arvid Sandor, \"a friend who advises the "
          .. "industry ministry\". Sandor asks about your cooling design, \"only the general approach\"."
          .. cash .. " Over dessert he offers a regular consultancy: short reports, a generous monthly "
          .. "fee, and \"discretion on both sides\"."
      end,
      flags = {
        { id = "ministry_friend", text = "A \"friend\" from a ministry joins a private dinner" },
        { id = "standing_offer", text = "A standing paid arrangement with \"discretion on both sides\"" },
      },
      innocent = {
        { id = "local_dishes", text = "The menu is a long list of local dishes" },
      },
      discuss = {
        "Is this the pitch? What makes it one?",
        "What would you write in your report tonight, and what would you leave out?",
      },
      choices = {
        { "Say you will think about it, and report everything the moment you are home", go = "rep_late", report = true },
        { "Accept the consultancy", go = "leverage", hook = 2,
          gives = "A paid, secret job for them. You are now being tasked." },
        { "Quiz Sandor about his ministry and photograph his business card", go = "detective",
          how = "keep_talking" },
        { "Decline, fly home and keep the whole trip to yourself", go = "home_quiet" },
      },
    },

    detective = {
      channel = "in_person",
      from = sandor,
      text = "You press Sandor: which ministry, which department, who pays him? He smiles and answers "
        .. "nothing. When he leaves the table, you photograph his card. Back in your locked room, your "
        .. "laptop lies open, though you left it closed. The next morning Rafael is cooler: \"Our friend "
        .. "felt a little interrogated.\"",
      flags = {
        { id = "room_entered", text = "Your laptop has been moved in your locked room" },
      },
      innocent = {
        { id = "cooler_host", text = "Rafael is cooler with you the next morning" },
      },
      choices = {
        { "Call the travel line and keep the laptop switched off until home", go = "rep_late", report = true },
        { "Fly home and say nothing", go = "home_quiet" },
      },
    },

    home_quiet = {
      channel = "email",
      from = rafael,
      text = function(s)
        return "A month later: \"A souvenir of your wonderful visit!\" The link opens a video of "
          .. filmed(s) .. ". Rafael adds: \"Mr. Sandor would still value your advice on one small "
          .. "question about coolant flow. Nothing confidential, of course.\""
      end,
      flags = {
        { id = "video_souvenir", text = "A \"souvenir\" video that includes the envelope" },
      },
      innocent = {
        { id = "talk_footage", text = "The video opens with your talk" },
      },
      choices = {
        { "Keep the e-mail and take it to the security team", go = "rep_late", report = true },
        { "Delete the e-mail and block the address", go = "deleted", how = "delete" },
        { "Answer the one small question", go = "leverage", hook = 2,
          gives = "Your first answer to their tasking. The video now has a sequel." },
      },
    },

    deleted = {
      channel = "phone",
      from = sandor,
      text = "Two weeks later your desk phone rings. \"Arvid Sandor here. I only wanted to make sure you "
        .. "received our little video.\"\n\nDeleting changed nothing on their side. They still have the "
        .. "film; what you no longer have is the proof of what they sent you.",
      flags = {
        { id = "desk_phone_call", text = "The host's friend now calls you at work" },
      },
      innocent = {
        { id = "polite_caller", text = "The caller is polite and brief" },
      },
      choices = {
        { "Go to the security team and explain everything, the deletion too", go = "rep_late", report = true },
        { "Hang up and hope they give up", go = "compromised",
          when = function(s) return s.vars.cash ~= nil or s.vars.night == true end },
        { "Hang up and hope they give up", go = "walked_away",
          when = function(s) return s.vars.cash == nil and s.vars.night ~= true end },
      },
    },

    leverage = {
      channel = "email",
      from = sandor,
      text = function(s)
        local still = (s.vars.cash or s.vars.night) and " One e-mail carries a still from the video." or ""
        return "Sandor's first \"small question\" is about the coolant manifold drawings. The second is "
          .. "about test results. Each answer is thanked warmly and paid promptly." .. still
      end,
      flags = {
        { id = "growing_questions", text = "Each answer is followed by a more specific question" },
      },
      innocent = {
        { id = "prompt_payment", text = "Each payment arrives promptly" },
      },
      choices = {
        { "Stop, keep every message, and call the reporting hotline", go = "rep_late", report = true },
        { "Keep answering", go = "hooked", hook = 1,
          gives = "Drawings and test results from your project. You are their source now." },
      },
    },

    -- After the clearance request: the trip goes ahead under conditions.
    clear_brief = {
      text = "Security looks into the forum: real venue, new organisers, Rafael's name in an earlier "
        .. "report. You may go with conditions: loaner devices, slides checked, no cash, no private "
        .. "dinners. At the forum it all happens as they said: the suite, a gift tablet, a charming guide, "
        .. "and an envelope held out in front of a camera.",
      flags = {
        { id = "as_predicted", text = "The cash and the camera appear just as the briefing predicted" },
      },
      innocent = {
        { id = "real_venue", text = "The venue is a real conference centre" },
      },
      choices = {
        { "Keep to the briefing: decline the envelope and the dinner, note every contact", go = "cleared_end" },
        { "Take the envelope after all; refusing feels rude", go = "envelope_after_clearance", hook = 1,
          gives = "Cash on camera, after you were warned. The film is proof you took it." },
      },
    },

    rep_early = {
      text = "The security team knows the forum: its organisers invite engineers from several firms, "
        .. "always on topics near sensitive work. They help you decline. Rafael replies within the hour: "
        .. "\"A pity! Perhaps a one-hour online talk instead? 2,000 euros, any topic you like.\"",
      choices = {
        { "Pass his reply to the security team and leave it there", go = "thanks" },
        { "Give the online talk; it is only an hour", go = "went_on", hook = 1,
          gives = "A paid talk after your report. Their record of you starts anyway.",
          effect = function(s) s.vars.after = "a paid online talk" end },
      },
    },

    rep_trip = {
      text = "The duty officer is glad you called. The advice: accept nothing more, leave gifts sealed, "
        .. "keep your laptop with you, meet only in public, and come in when you are back. That evening "
        .. "Rafael knocks: \"Mr. Sandor would love to have dinner with you. Just the three of us.\"",
      choices = {
        { "Excuse yourself politely, as the officer advised", go = "trip_thanks" },
        { "Go to the dinner; it would be rude not to", go = "went_on", hook = 1,
          gives = "A private dinner with their adviser, after you had reported.",
          effect = function(s) s.vars.after = "a private dinner with Mr. Sandor" end },
      },
    },

    rep_late = {
      text = function(s)
        local cash = s.vars.cash and " You put the envelope on the table. The officer simply logs it." or ""
        return "You tell the security team everything, from the invitation to the last message." .. cash
          .. " They ask you to stop all contact. A week later Sandor writes: \"Just one small question "
          .. "about coolant flow, as a friend.\""
      end,
      choices = {
        { "Pass it to the security team unanswered", go = "thanks_late" },
        { "Answer just this one; it is harmless", go = "went_on", hook = 2,
          gives = "An answer to their tasking, after your report. It undoes much of it.",
          effect = function(s) s.vars.after = "an answer about coolant flow" end },
      },
    },

    thanks = {
      text = "Your e-mails help security warn the other engineers the forum has invited. Declining was "
        .. "easy, and the team helped you word it. \"You came before you had said yes to anything,\" the "
        .. "officer says. \"That is the best moment there is.\"",
      ending = "reported",
      lesson = "You reported the invitation before you said yes, and then you left it to security. Their "
        .. "smaller offer was part of the same approach.",
    },

    trip_thanks = {
      text = "You finish the trip calmly and meet no one alone. Back home, security takes your notes and "
        .. "checks the loaner devices. \"Thank you for calling from the road,\" the officer says. \"The "
        .. "details are freshest there, and you stopped in time.\"",
      ending = "reported",
      lesson = "Calling from the trip was right, and you kept to the advice. Next time, ask before you "
        .. "accept such a trip at all.",
    },

    thanks_late = {
      text = "\"Thank you. Coming to us, even late, is the best thing you could do, for you and for the "
        .. "company,\" the officer says. \"They counted on you being too embarrassed to speak. You weren't, "
        .. "and that takes away their leverage.\"",
      ending = "reported_late",
      lesson = "Coming forward after the trip still took away their leverage. Next time, ask before you "
        .. "travel, and refuse the cash and the private dinner.",
    },

    cleared_end = {
      text = "You followed the clearance from start to finish. Security adds your notes to what they "
        .. "know about the forum, and your loaner devices go for checks. Taking part with the company's "
        .. "knowledge, and keeping to its terms, kept both you and the work safe.",
      ending = "cleared",
      lesson = "Asking before the trip was right, and keeping to the briefing made it safe. The cash and "
        .. "the camera came just as predicted.",
    },

    envelope_after_clearance = {
      text = "You asked first, were warned, and took the envelope anyway. Two weeks later the \"souvenir\" "
        .. "video arrives, with a small question from Mr. Sandor. Security still helps you, but the film "
        .. "is now theirs to use.",
      ending = "compromised",
      lesson = "Clearance is not a licence to go further. Once security has briefed you, keep to it. Taking "
        .. "the cash on camera gave them the hold the briefing warned about.",
    },

    went_on = {
      text = function(s)
        return "You told security, then went on anyway. The hosts now have one more thing on record: "
          .. (s.vars.after or "a step you took") .. ", after your report. Security still helps you, but "
          .. "now they must ask what else you gave."
      end,
      ending = "compromised",
      lesson = "Reporting is not a licence to go on. Once you have told security, stop all contact and "
        .. "pass on anything new. Every step after the report is still a step into the hook.",
    },

    walked_away = {
      text = "The invitations stop. Nothing happened to you, but security never learned about the forum, "
        .. "and its next invitation goes to a colleague who may say yes. Forwarding the first e-mail would "
        .. "have been enough.",
      ending = "walked_away",
      lesson = "Saying no kept you safe, but nobody else. Forwarding the invitation to security would "
        .. "have warned the next person they invite.",
    },

    compromised = {
      text = "The calls keep coming, and so do the reminders of the film. What you accepted on the trip "
        .. "has become the lever. In real life the way out is the same at every stage: the security team, "
        .. "with everything you still have.",
      ending = "compromised",
      lesson = "Hanging up does not make the film go away. It loses its power only once security knows "
        .. "what is on it.",
    },

    hooked = {
      text = "Question follows question, and payment follows payment. The trip, the gifts and the dinner "
        .. "were one recruitment. Kevin Mallory, too, was pitched on a trip, in Shanghai. Even now, telling "
        .. "security is the way out.",
      ending = "hooked",
      lesson = "Each step felt like normal hospitality. Together they made you a source. Report at the "
        .. "invitation, or at any step after it.",
    },
  },
}
