-- Trains: the all-expenses-paid conference invitation: lavish hosts, an unannounced honorarium
-- handed over on camera, then the pitch; going only with company clearance.
-- Seed facts used: TorchStone's description of the conference variant of the little hook
-- (topic near the sensitive technology, travel paid, hosts who fete the speaker, an unexpected
-- honorarium secretly filmed, a possible honey trap, a direct or gradual pitch); Kevin Mallory
-- being invited to Shanghai and pitched there.

local rafael = { name = "Dr. Rafael Amsel", role = "Programme Chair", org = "Blue Harbour International Forum on Photonics" }
local sandor = { name = "Arvid Sandor", role = "Adviser (so he says)", org = "\"The industry ministry\"" }

return scenario {
  id = "conference-honorarium",
  title = "The Keynote Abroad",
  tactic = "conference",
  summary = "An international forum invites you to give a keynote abroad: business class, a five-star "
    .. "hotel, a title close to your own work. The hosts could not be more generous.",
  minutes = 9,
  teaches = { "clearance", "little_hook", "honey_trap", "report", "no_fear" },
  start = "invite",
  report = {
    facts = {
      { id = "host_invite", text = "Who invited you, their organisation, and the invitation as received", required = true },
      { id = "payments_gifts", text = "Every payment, gift and favour offered, with amounts and dates", required = true },
      { id = "people_asks", text = "Whom you met and what each of them asked about", required = true },
      { id = "unpublished", text = "Your unpublished cooling figures, so security knows what they wanted", decoy = true },
      { id = "nationality_guess", text = "Your guess about Mr. Sandor's nationality", decoy = true },
    },
  },
  debrief = "TorchStone describes this variant of the little hook. Someone with access to a sensitive "
    .. "technology is invited to speak at an academic conference, on a topic only loosely related to it. "
    .. "The hosts pay for the trip, fete the speaker and hand over a generous honorarium nobody mentioned, "
    .. "while the moment is secretly filmed; a honey trap may be set as well. The visit lets an "
    .. "intelligence officer acting as academic host assess the speaker. The pitch can be direct, as it was "
    .. "when Kevin Mallory was invited to Shanghai and recruited there, or slow and gradual. Treat such "
    .. "invitations with scepticism, take part only with company knowledge and clearance, and report "
    .. "every approach, even after you come home.",
  scenes = {
    invite = {
      channel = "email",
      from = rafael,
      text = "Subject: Keynote invitation\n\n\"We would be honoured to welcome you as a keynote speaker at "
        .. "the Blue Harbour Forum next spring. We cover business-class flights, five nights at the Grand "
        .. "Meridian and a cultural programme. Suggested title: 'Thermal management in high-power laser "
        .. "systems: the challenges ahead'. The draft programme with the other speakers is attached.\"\n\n"
        .. "Your current project is the cooling design of a high-power laser.",
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
        { "Ask your manager and corporate security for clearance before answering", go = "clear_brief", report = true },
        { "Accept. It is an honour, and the topic is general", go = "prep", hook = 1 },
        { "Report the invitation to corporate security as a possible approach", go = "rep_early", report = true },
        { "Decline politely and tell no one", go = "declined" },
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
      choices = {
        { "Forward both e-mails to corporate security", go = "rep_early", report = true },
        { "Change your mind and accept the keynote after all", go = "prep", hook = 1 },
        { "Decline again and forget about it", go = "walked_away" },
      },
    },

    prep = {
      channel = "email",
      from = rafael,
      text = "\"Wonderful! Could you send your slides two weeks ahead for our interpreters? Our audience "
        .. "would be thrilled by one or two unpublished results, perhaps the cooling figures from your "
        .. "current work. Please also send a passport scan and your mobile number so the driver can meet "
        .. "you.\"",
      flags = {
        { id = "unpublished_results", text = "Asks you to add unpublished results from your current work" },
      },
      innocent = {
        { id = "interpreters", text = "Wants the slides early for the interpreters" },
      },
      choices = {
        { "Send slides with published material only, and book the trip", go = "arrival", hook = 1,
          effect = function(s) s.vars.slides = "public" end },
        { "Add a few unpublished figures; it is a great audience", go = "arrival", hook = 2,
          effect = function(s) s.vars.slides = "unpublished" end },
        { "Pause, and tell corporate security about this request", go = "rep_early", report = true },
      },
    },

    arrival = {
      channel = "in_person",
      from = rafael,
      text = function(s)
        local slides = s.vars.slides == "unpublished"
          and " He mentions that your unpublished figures \"have already caused excitement\"." or ""
        return "A driver waits at arrivals with your name on a tablet. At the hotel Rafael greets you in "
          .. "person: your room has been upgraded to a suite. At the welcome banquet there are toasts to "
          .. "\"our distinguished guest\" and a speaker's gift, the newest tablet, \"already set up with "
          .. "the conference app\". The other speakers, you notice, have ordinary rooms." .. slides
      end,
      flags = {
        { id = "vip_treatment", text = "You alone are treated far above the other speakers" },
        { id = "preloaded_tablet", text = "A gift device that arrives already set up for you" },
      },
      innocent = {
        { id = "driver_sign", text = "A driver waits at arrivals with your name" },
      },
      choices = {
        { "Call your company's security hotline from your own phone", go = "rep_trip", report = true },
        { "Enjoy it and accept the tablet", go = "talk", hook = 1, effect = function(s) s.vars.tablet = true end },
        { "Thank them, leave the tablet in its box, and carry on", go = "talk" },
      },
    },

    talk = {
      channel = "in_person",
      from = rafael,
      text = "Your talk goes well, and students queue with questions afterwards. Then, in front of the "
        .. "forum banner, Rafael presses a thick envelope into your hand: \"A small honorarium, 5,000 "
        .. "euros, with our gratitude.\" No fee was ever mentioned. A man from the \"event team\" films "
        .. "the handshake from a few metres away.",
      flags = {
        { id = "surprise_honorarium", text = "A large cash honorarium that was never mentioned before" },
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
        { "Accept the envelope with a smile", go = "dinner", hook = 1, effect = function(s) s.vars.cash = 5000 end },
        { "Decline: fees go through your company, not into your pocket", go = "dinner" },
        { "Step outside and call your company's security hotline", go = "rep_trip", report = true },
      },
    },

    dinner = {
      channel = "in_person",
      from = sandor,
      text = function(s)
        local cash = s.vars.cash and " \"Your honorarium shows you are already a friend of ours.\"" or ""
        return "Dinner is in a private room. Rafael introduces Arvid Sandor, \"a friend who advises the "
          .. "industry ministry\". Sandor is curious about your cooling design: \"only the general approach, "
          .. "nothing confidential\"." .. cash .. " Over dessert he proposes a regular consultancy: short "
          .. "reports, a generous retainer, and \"discretion on both sides\"."
      end,
      flags = {
        { id = "ministry_friend", text = "A \"friend\" from a ministry joins a private dinner" },
        { id = "standing_offer", text = "A standing paid arrangement with \"discretion on both sides\"" },
      },
      discuss = {
        "Is this the pitch? What makes it one?",
        "What would you write in your report tonight, and what would you leave out?",
      },
      choices = {
        { "Say you will think about it, and report everything the moment you are home", go = "rep_late", report = true },
        { "Accept the consultancy", go = "leverage", hook = 2 },
        { "Quiz Sandor about his ministry and photograph his business card", go = "detective" },
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
      choices = {
        { "Call the security hotline and keep the laptop switched off until home", go = "rep_late", report = true },
        { "Fly home and say nothing", go = "home_quiet" },
      },
    },

    home_quiet = {
      channel = "email",
      from = rafael,
      text = function(s)
        local film = s.vars.cash and "the toasts and, at the end, the envelope changing hands"
          or "the toasts and the moment Rafael held out the envelope"
        return "A month later: \"A souvenir of your wonderful visit!\" The link opens a video of your "
          .. "talk, " .. film .. ". Rafael adds: \"Mr. Sandor would still value your advice on one small "
          .. "question about coolant flow. Nothing confidential, of course.\""
      end,
      flags = {
        { id = "video_souvenir", text = "A \"souvenir\" video that includes the envelope" },
      },
      choices = {
        { "Keep the e-mail and take it to corporate security", go = "rep_late", report = true },
        { "Delete the e-mail and block the address", go = "deleted" },
        { "Answer the one small question", go = "leverage", hook = 2 },
      },
    },

    deleted = {
      channel = "phone",
      from = sandor,
      text = "You deleted the e-mail and blocked the address. Two weeks later your desk phone rings. "
        .. "\"Arvid Sandor here. I only wanted to make sure you received our little video.\"\n\n"
        .. "Deleting changed nothing on their side. They still have the film; what you no longer have is "
        .. "the proof of what they sent you.",
      choices = {
        { "Go to corporate security and explain everything, the deletion included", go = "rep_late", report = true },
        { "Hang up and hope they give up", go = "compromised", when = function(s) return s.vars.cash ~= nil end },
        { "Hang up and hope they give up", go = "walked_away", when = function(s) return s.vars.cash == nil end },
      },
    },

    leverage = {
      channel = "email",
      from = sandor,
      text = function(s)
        local still = s.vars.cash and " His e-mail carries a still from the video: you, smiling, with the envelope." or ""
        return "Sandor's first \"small question\" is about the coolant manifold drawings. The second is "
          .. "about test results. Each answer is acknowledged warmly and paid promptly." .. still
      end,
      flags = {
        { id = "growing_questions", text = "Each answer is followed by a more specific question" },
      },
      choices = {
        { "Stop, keep every message, and go to corporate security", go = "rep_late", report = true },
        { "Keep answering", go = "hooked", hook = 1 },
      },
    },

    clear_brief = {
      text = "Corporate security and your manager look into the forum. The venue is real, but the "
        .. "organisers are new and Rafael's name appears in an earlier report. You may go, with "
        .. "conditions: a loaner laptop and phone, slides reviewed in advance, no cash, and every contact "
        .. "noted. The briefing warns you about surprise honoraria, gifts and private dinners.",
      choices = {
        { "Go under those conditions", go = "cleared_trip" },
        { "Decide not to go after all, and tell security", go = "cleared_end", report = true },
      },
    },

    cleared_trip = {
      channel = "in_person",
      from = rafael,
      text = "It all happens as the briefing said: the suite, the gift tablet, and after your talk a thick "
        .. "envelope held out in front of a man with a camera. Rafael mentions that a friend from the "
        .. "ministry would love to join you for dinner.",
      flags = {
        { id = "as_predicted", text = "The cash and the camera appear just as the briefing predicted" },
      },
      choices = {
        { "Decline the envelope, skip the dinner, and tell security about every contact", go = "cleared_end", report = true },
        { "Take the envelope after all; refusing feels rude", go = "dinner", hook = 1,
          effect = function(s) s.vars.cash = 5000 end },
      },
    },

    rep_early = {
      text = function(s)
        local when = s.hook == 0 and "before you had said yes to anything" or "before anything left your hands"
        return "Corporate security thanks you: you came " .. when .. ". The forum is known to them. Its "
          .. "organisers have invited engineers from several companies to speak, always on topics near "
          .. "sensitive work. Your e-mails help them warn the others. Declining is easy now, and security "
          .. "will help you word it."
      end,
      ending = "reported",
    },

    rep_trip = {
      text = "The duty officer is glad you called. The advice: accept nothing more, leave gifts sealed, "
        .. "keep your laptop with you, meet only in public places, and come to see the team the day you "
        .. "are back. You finish the trip calmly. Back home, security takes your notes and thanks you for "
        .. "calling from the road.",
      ending = "reported",
    },

    rep_late = {
      text = function(s)
        local cash = s.vars.cash and " You put the envelope on the table. The officer simply logs it." or ""
        return "You tell corporate security everything, from the invitation to the last message." .. cash
          .. " \"Thank you. Coming to us, even late, is the best thing you could do, for you and for the "
          .. "company. They counted on you being too embarrassed to speak. You weren't, and that takes "
          .. "away their leverage.\""
      end,
      ending = "reported_late",
    },

    cleared_end = {
      text = "You followed the clearance rule from start to finish. Security adds your notes to what they "
        .. "know about the forum, and your loaner devices go for inspection. Taking part with the company's "
        .. "knowledge, or deciding with it not to go, is what keeps both you and the work safe.",
      ending = "cleared",
    },

    walked_away = {
      text = "The invitations stop. Nothing happened to you, but security never learned about the forum, "
        .. "and its next invitation goes to a colleague who may say yes. Forwarding the first e-mail would "
        .. "have been enough.",
      ending = "walked_away",
    },

    compromised = {
      text = "The calls keep coming, and so do the reminders of the film. All you took was an "
        .. "envelope, and it has become the lever. In real life the way out is the same "
        .. "at every stage: corporate security, with everything you still have.",
      ending = "compromised",
    },

    hooked = {
      text = "Question follows question, and payment follows payment. The trip, the honorarium and the "
        .. "dinner were one recruitment, done the way TorchStone describes. Even now, telling corporate "
        .. "security is the way out.",
      ending = "hooked",
    },
  },
}
