-- SPDX-License-Identifier: Apache-2.0
-- Trains: recognising a honey trap on a business trip, and reporting it even after the fact,
-- since shame is the only leverage it has; stopping contact once reported. Half-measures:
-- telling a colleague at the fair, blocking the number.
-- Seed facts used: TorchStone (a visiting speaker may be honey-trapped and filmed; staff should
-- be trained to spot honey traps; come to security without fear of ridicule); Stratfor on the
-- Claiborne case (female administrators are frequent targets of schemes that send attractive
-- men, "ravens", to romance them; the media first assumed such a man was involved, but the
-- complaint showed the person was her adult son).

local alexis = { name = "Alexis Moreau", role = "Freelance marketing consultant", org = "Self-employed" }
local friend = { name = "\"A friend of Alexis\"", role = "Unknown number", org = "Not given" }
local sam = { name = "Sam Okafor", role = "Colleague on the booth", org = "Your company" }

return scenario {
  id = "honey-trap-trip",
  title = "A Friend at the Trade Fair",
  tactic = "honey_trap",
  audience = { "travellers", "sales", "engineering" },
  summary = "Three days at a trade fair abroad, demonstrating your company's new sensor. A charming "
    .. "visitor to your booth turns up again at your hotel bar that evening.",
  minutes = 8,
  teaches = { "honey_trap", "report", "no_fear" },
  start = "booth",
  report = {
    facts = {
      { id = "who_where", text = "Who approached you, where and when, and how they found you again", required = true,
        why = "Security can link this person to other reports from the same fair or hotel." },
      { id = "asked_offered", text = "What they asked about your work and what they offered or paid for", required = true,
        why = "Their questions show what they are after. Paid dinners show how they build a debt." },
      { id = "messages", text = "Every message or demand since, kept exactly as received", required = true,
        when = function(s) return (s.visited("next_day") or s.visited("home")) and not s.vars.deleted end,
        why = "The messages are the evidence. Kept as they are, they show who is pushing whom." },
      { id = "devices", text = "When your laptop and phone were out of your sight", required = true,
        when = function(s) return s.visited("night") end,
        why = "A phone or laptop used while you slept may have been copied. Security must check it." },
      { id = "night_details", text = "Every private detail of the night, in full", decoy = true,
        when = function(s) return s.visited("night") end,
        why = "Security needs what was asked and what was taken, not your private life. Say only what they ask for." },
      { id = "nationality_guess", text = "Your guess about Alexis's real nationality", decoy = true,
        why = "Approaches come from people of every background, and they target anyone with access. What counts is what Alexis did, not where Alexis may be from." },
    },
  },
  debrief = "A honey trap is a romantic or sexual set-up, often on a trip. It may be filmed and then used "
    .. "for pressure. Security experts warn that a speaker invited abroad may be trapped this way, and that staff "
    .. "should learn to spot it. Targets vary. One analyst notes that female administrative staff are "
    .. "frequent targets of men sent to romance them, called \"ravens\". When Candace Claiborne, a US "
    .. "State Department worker, was charged in 2017, the press first assumed a raven was behind it. "
    .. "But the person in the complaint was her adult son. The trap runs on shame: the material is worth "
    .. "something only while you keep it secret. Report early, or report late. Security has seen it "
    .. "before and will help without judging you. Then stop all contact.",
  scenes = {
    booth = {
      channel = "in_person",
      from = alexis,
      text = "Day one of the fair. A visitor lingers at your booth: Alexis Moreau, a freelance marketing "
        .. "consultant, funny and quick, asks smart questions about the new sensor and laughs at your "
        .. "jokes. Taking your card, Alexis asks which hotel you are in: \"Let me guess, the one by the "
        .. "river? Everyone from the fair is there.\"",
      flags = {
        { id = "asks_hotel", text = "A new acquaintance wants to know which hotel you are staying at" },
      },
      innocent = {
        { id = "visitor_lanyard", text = "Alexis wears a visitor lanyard from the fair" },
        { id = "smart_questions", text = "Alexis asks smart questions about the sensor" },
      },
      choices = {
        { "Laugh and tell Alexis the name of your hotel", go = "bar", effect = function(s) s.vars.told_hotel = true end },
        { "Stay friendly, but keep your hotel to yourself", go = "bar" },
        { "Note the visitor's curiosity and message the company's travel line", go = "rep_early", report = true },
      },
    },

    bar = {
      channel = "in_person",
      from = alexis,
      text = function(s)
        local how = s.vars.told_hotel and "" or " You never said which hotel."
        return "That evening, Alexis is sitting at your hotel bar." .. how .. " \"What a coincidence!\" "
          .. "Alexis knows the title of your talk tomorrow and your booth number, recommends a museum "
          .. "near the fair, and suggests dinner at the best restaurant in town: \"My treat. My client "
          .. "pays, and I hate eating alone.\""
      end,
      flags = {
        { id = "coincidence", text = "A \"chance\" meeting at your hotel on the same evening" },
        { id = "knows_your_details", text = "Already knows your talk title and booth number" },
      },
      innocent = {
        { id = "museum_tip", text = "Recommends a museum near the fair" },
      },
      discuss = {
        "Which of these details could Alexis have learned innocently, and which not?",
        "What would the travel-security desk want to hear from you tonight?",
      },
      choices = {
        { "Go to dinner", go = "dinner", hook = 1,
          gives = "A paid evening out. Alexis learns what you like and what worries you." },
        { "Text your colleague Sam about it first", go = "colleague" },
        { "Say goodnight and go up to your room", go = "next_day" },
        { "Before going anywhere, ask the travel-security desk what they advise", go = "cleared", report = true },
        { "Call the number on the back of your badge and describe the meeting", go = "rep_early", report = true },
      },
    },

    colleague = {
      channel = "chat",
      from = sam,
      text = "Sam replies with a wink. \"Lucky you! Happens at every fair. Enjoy the free dinner, just "
        .. "don't talk shop.\"\n\nSam means well, but Sam has no way to check whether this \"freelance "
        .. "consultant\" has turned up before, at this fair or at others. Nothing you told Sam reaches "
        .. "anyone who could.",
      discuss = {
        "Why does telling a colleague feel like enough? What is missing?",
      },
      choices = {
        { "Forward the chat to the travel-security desk and ask them too", go = "rep_early", report = true },
        { "Take Sam's advice and go to dinner", go = "dinner", hook = 1,
          gives = "A paid evening out. Alexis learns what you like and what worries you." },
        { "Say goodnight to Alexis and go up to your room", go = "next_day" },
      },
    },

    dinner = {
      channel = "in_person",
      from = alexis,
      text = "The dinner is superb, and Alexis pays without a glance at the bill. The talk drifts to "
        .. "your work (\"so what does the sensor do inside?\") and then to you: the long hours, a partner "
        .. "far away, how rarely anyone notices what you do. Alexis notices. Over the last glass: \"My "
        .. "room has the best view in town. One nightcap?\"",
      flags = {
        { id = "pays_all", text = "Pays for an expensive dinner with a \"client's\" money" },
        { id = "private_probing", text = "Steers the talk to your worries and private life" },
      },
      innocent = {
        { id = "knows_wine", text = "Alexis knows a lot about wine" },
      },
      choices = {
        { "Accept the nightcap", go = "night", hook = 2,
          gives = "A night in a room they chose. That is what the trap was built for." },
        { "End the evening politely and go back alone", go = "next_day" },
        { "Excuse yourself and call the company's travel line", go = "rep_early", report = true },
      },
    },

    next_day = {
      channel = "chat",
      from = alexis,
      text = function(s)
        local line = s.visited("dinner") and "\"Last night was lovely. Dinner again tonight, my room this time?"
          or "\"Shame about last night! Dinner tonight?"
        return "A message on your personal messaging app, from a number you never gave out:\n\n" .. line
          .. " I also know a buyer who is very keen on your sensor firmware. You should meet.\""
          .. "\n\nA photo of the fair's terrace is attached."
      end,
      flags = {
        { id = "unshared_number", text = "Writes to a number you never gave out" },
        { id = "buyer_intro", text = "Offers to introduce a \"buyer\" interested in your firmware" },
      },
      innocent = {
        { id = "terrace_photo", text = "A photo of the fair's terrace is attached" },
      },
      choices = {
        { "Screenshot it and send it to the company's travel line", go = "rep_early", report = true },
        { "Accept dinner", go = "dinner", hook = 1, when = function(s) return not s.visited("dinner") end,
          gives = "A paid evening out. Alexis learns what you like and what worries you." },
        { "Accept the invitation to Alexis's room", go = "night", hook = 2,
          when = function(s) return s.visited("dinner") end,
          gives = "A night in a room they chose. That is what the trap was built for." },
        { "Block the number and delete the chat", go = "deleted", how = "delete",
          effect = function(s) s.vars.deleted = true end },
      },
    },

    night = {
      text = "You spend the night together. In the morning Alexis is gone, leaving a note: \"Thank you for "
        .. "a wonderful evening.\" Your laptop bag is zipped the other way round, and your phone shows it "
        .. "was unlocked at 03:12 while you slept. Room service brings the breakfast you ordered.",
      flags = {
        { id = "bag_touched", text = "Your laptop bag has been opened" },
        { id = "phone_used", text = "Your phone was unlocked while you slept" },
      },
      innocent = {
        { id = "breakfast", text = "Room service brings the breakfast you ordered" },
      },
      discuss = {
        "What makes this so hard to report, and who benefits from that?",
        "What should security know first: the private part, or the laptop and phone?",
      },
      choices = {
        { "Call the 24-hour number on your badge right now", go = "rep_trip", report = true },
        { "Hunt for Alexis yourself: ask reception, demand the CCTV", go = "detective", how = "keep_talking" },
        { "Say nothing. It was a private matter", go = "home" },
      },
    },

    detective = {
      channel = "in_person",
      text = "Reception has no guest by that name. The number no longer works. When you ask for the CCTV, "
        .. "the duty manager refuses politely, and a well-dressed man who has been listening offers to "
        .. "\"help you sort this out\" and asks for your card. You have told strangers exactly what "
        .. "worries you.",
      flags = {
        { id = "helpful_stranger", text = "A stranger offers to \"sort it out\" and wants your card" },
      },
      innocent = {
        { id = "polite_manager", text = "The duty manager refuses politely" },
      },
      choices = {
        { "Leave, and call the 24-hour number on your badge", go = "rep_late", report = true },
        { "Fly home and try to forget it", go = "home" },
      },
    },

    home = {
      channel = "chat",
      from = friend,
      text = "A week after you get home, a message from an unknown number: three photos from that night, "
        .. "unmistakable, and: \"No one else needs to see these. Alexis says you are a reasonable person. "
        .. "A small favour: the release notes for the new sensor firmware. Then we can all forget this.\"",
      flags = {
        { id = "photos_threat", text = "Compromising photos sent with a \"small favour\"" },
      },
      innocent = {
        { id = "evening_message", text = "The message arrives in the evening" },
      },
      discuss = {
        "Once you send the notes, are the photos worth less or more to them?",
      },
      choices = {
        { "Keep the message, answer nothing, and go to the security office", go = "rep_late", report = true },
        { "Send the release notes to make it stop", go = "deeper", hook = 2,
          gives = "Firmware notes, sent under pressure. Now they know pressure works." },
        { "Block the number and delete the messages", go = "deleted_home", how = "delete",
          effect = function(s) s.vars.deleted = true end },
      },
    },

    deeper = {
      channel = "phone",
      from = friend,
      text = "The caller thanks you for the notes. Now they want the source of the calibration module, "
        .. "and something else: \"Your colleague who works on the encryption. Invite them for a drink when "
        .. "our friend is in town.\" The photos are not mentioned. They do not need to be.",
      flags = {
        { id = "recruit_colleague", text = "Wants you to introduce a colleague with other access" },
      },
      innocent = {
        { id = "calm_voice", text = "The caller speaks calmly and politely" },
      },
      choices = {
        { "Hang up and go to the security office today", go = "rep_late", report = true },
        { "Do what they ask", go = "hooked", hook = 1,
          gives = "Source code and a colleague's name. Now someone else is at risk." },
      },
    },

    deleted_home = {
      channel = "email",
      from = friend,
      text = "For two days it is quiet. Then an e-mail reaches your work address with the same photos and "
        .. "a deadline: Friday. Deleting made nothing go away. Now you have less to show security, and "
        .. "they have your work address.",
      flags = {
        { id = "deadline", text = "The demand returns at your work address with a deadline" },
      },
      innocent = {
        { id = "plain_subject", text = "The e-mail has a plain, harmless subject line" },
      },
      choices = {
        { "Go to the security office now, and explain what you deleted", go = "rep_late", report = true },
        { "Send what they want before Friday", go = "compromised", hook = 2,
          gives = "Firmware notes, sent under a deadline. The photos are still theirs." },
      },
    },

    deleted = {
      text = "You block the number and delete the chat. The rest of the fair is quiet. Back home, the "
        .. "company newsletter describes a charming \"freelance consultant\" who befriends engineers at "
        .. "trade fairs and turns up at their hotels. Anyone who has met such a person should get in touch.",
      choices = {
        { "Get in touch and describe what happened", go = "rep_early", report = true },
        { "Nothing really happened; leave it", go = "walked_away" },
      },
    },

    -- After a report: the approach goes on, and the trainee must keep their distance.
    rep_early = {
      text = function(s)
        local when = s.hook == 0 and "before anything had happened" or "early, while it was still just a dinner"
        return "The travel-security officer thanks you: you called " .. when .. ". The pattern is known. "
          .. "The advice: keep your distance and your devices with you, and share the details at home. An "
          .. "hour later Alexis writes: \"Still on for dinner? My treat.\""
      end,
      choices = {
        { "Don't reply; save the message for the officer", go = "thanks" },
        { "Go anyway; one dinner can't hurt", go = "went_on", hook = 1,
          gives = "A paid evening with Alexis, after your report.",
          effect = function(s) s.vars.after = "a dinner with Alexis" end },
      },
    },

    cleared = {
      text = "The travel-security desk answers at once. Two other engineers from the fair have described "
        .. "the same visitor. They advise you to decline kindly and keep your laptop with you. You do. "
        .. "Alexis smiles: \"Then just one drink here at the bar? Just one.\"",
      flags = {
        { id = "smaller_ask", text = "A refusal is met with a smaller request" },
      },
      innocent = {
        { id = "bar_music", text = "A pianist is playing in the bar" },
      },
      choices = {
        { "Decline again, as advised, and go up to your room", go = "cleared_end" },
        { "One drink at the bar can't hurt", go = "went_on", hook = 1,
          gives = "An evening with Alexis, against the advice you asked for.",
          effect = function(s) s.vars.after = "a drink with Alexis, against the advice" end },
      },
    },

    rep_trip = {
      text = "It is a hard call, and you make it. The duty officer asks only what is needed: your laptop "
        .. "and phone are switched off and sealed, and the team will meet you at the airport. That "
        .. "afternoon Alexis texts: \"Last night was special. Meet me before your flight?\"",
      choices = {
        { "Leave it unanswered and show it to the officer", go = "trip_thanks" },
        { "Meet Alexis once more, to say goodbye", go = "went_on", hook = 1,
          gives = "One more meeting after your report. More to film, more to use.",
          effect = function(s) s.vars.after = "a last meeting with Alexis" end },
      },
    },

    rep_late = {
      text = "You tell the security team everything, the photos included. The officer has seen it before "
        .. "and says so. \"Nobody here will judge your private life. Leave the messages to us.\" The next "
        .. "day a new message arrives: \"Friday is close. Just the release notes.\"",
      choices = {
        { "Hand it to the officer unanswered", go = "thanks_late" },
        { "Send the notes quietly, to make it stop", go = "went_on", hook = 2,
          gives = "Firmware notes, sent after your report. It undoes much of it.",
          effect = function(s) s.vars.after = "the release notes" end },
      },
    },

    thanks = {
      text = "Back home, your notes join two other reports about the same \"consultant\". The company "
        .. "warns the colleagues travelling next. \"You called before anything happened,\" the officer "
        .. "says. \"That is the best time there is.\"",
      ending = "reported",
      lesson = "You reported the odd details early, and then you kept your distance. You did not need to "
        .. "be sure it was a trap.",
    },

    cleared_end = {
      text = "The rest of the fair is uneventful. At home you pass on Alexis's card, and security adds it "
        .. "to the two other reports. Asking before going along with it, and then keeping to the advice, "
        .. "was exactly right.",
      ending = "cleared",
      lesson = "Asking the travel desk first was right. So was keeping to their advice when Alexis "
        .. "asked again.",
    },

    trip_thanks = {
      text = "At the airport the team takes your sealed devices. \"Thank you. This is exactly when people "
        .. "should call,\" the officer says. \"It takes away the only leverage they have.\" No photos ever "
        .. "arrive.",
      ending = "reported_late",
      lesson = "Calling right after the night was hard and right, and it took away their hold. Next time, "
        .. "call at the first odd detail.",
    },

    thanks_late = {
      text = "\"You did the right thing,\" the officer says. \"Coming to us late is far better than never. "
        .. "From now on you don't face them alone.\" Security takes over the contact, and Friday passes "
        .. "without a word.",
      ending = "reported_late",
      lesson = "Coming forward, even after the photos, took away their leverage. Shame is the trap's only "
        .. "tool, and security has seen it all before.",
    },

    went_on = {
      text = function(s)
        return "You told security, then went on anyway: " .. (s.vars.after or "one more step") .. ". It "
          .. "gives them more to use, and makes your report harder to act on. Security still helps you, "
          .. "but now they must ask what else happened."
      end,
      ending = "compromised",
      lesson = "Reporting is not a licence to go on. Once you have told security, stop all contact and "
        .. "pass on anything new. Every step after the report is still a step into the hook.",
    },

    walked_away = {
      text = "You are probably fine. But security never learned that the \"consultant\" approached you, "
        .. "or how: the hotel, the number, the buyer. Those details could have protected the next "
        .. "traveller. If anything like it happens again, one call is enough.",
      ending = "walked_away",
      lesson = "Blocking the number kept you safe, but nobody else. The details you had could have warned "
        .. "the next traveller.",
    },

    compromised = {
      text = "You send what they asked for. Friday passes, and a new request arrives, because the photos "
        .. "are still worth just as much to them. The trap runs on silence. In real life the way out is "
        .. "still the same: the security team, whatever has happened.",
      ending = "compromised",
      lesson = "Giving in does not buy the photos back; it only proves pressure works. The photos lose "
        .. "their power once security knows.",
    },

    hooked = {
      text = "The code goes out, and a drink with your colleague is arranged. Now someone else is at risk "
        .. "as well. Even at this point, the security team is the way out, for you and for your colleague.",
      ending = "hooked",
      lesson = "Each step was meant to make the next one feel less bad. Report at the first odd detail, "
        .. "or at any point after it, whatever happened.",
    },
  },
}
