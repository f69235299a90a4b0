-- Trains: recognising a honey trap on a business trip, and reporting it even after the fact,
-- since shame is the only leverage it has.
-- Seed facts used: TorchStone (a visiting speaker may be honey-trapped and filmed; staff should
-- be trained to spot honey traps); Stratfor on the Claiborne case (media first assumed a "raven"
-- honey trap, as such schemes often target administrators, but the complaint pointed to her son);
-- Brazil's note that China's services pretend to shun honey traps.

local alexis = { name = "Alexis Moreau", role = "Freelance marketing consultant", org = "Self-employed" }
local friend = { name = "\"A friend of Alexis\"", role = "Unknown number", org = "Not given" }

return scenario {
  id = "honey-trap-trip",
  title = "A Friend at the Trade Fair",
  tactic = "honey_trap",
  summary = "Three days at a trade fair abroad, demonstrating your company's new sensor. A charming "
    .. "visitor to your booth turns up again at your hotel bar that evening.",
  minutes = 8,
  teaches = { "honey_trap", "report", "no_fear" },
  start = "booth",
  report = {
    facts = {
      { id = "who_where", text = "Who approached you, where and when, and how they found you again", required = true },
      { id = "asked_offered", text = "What they asked about your work and what they offered or paid for", required = true },
      { id = "messages", text = "Every message or demand since, kept exactly as received", required = true },
      { id = "firmware_notes", text = "The firmware notes they asked for, so security sees the risk", decoy = true },
      { id = "nationality_guess", text = "Your guess about Alexis's real nationality", decoy = true },
    },
  },
  debrief = "TorchStone warns that a visitor invited abroad may be honey-trapped during the trip, and the "
    .. "encounter filmed, which is why staff should be trained to spot honey traps. Services that use "
    .. "them rarely admit it: China's, for one, pretend to shun them. Targets can be of any gender or "
    .. "rank; when Candace Claiborne was arrested in 2017, the press first assumed a \"raven\" had "
    .. "romanced her, since administrators are frequent targets of such schemes, though her complaint "
    .. "pointed to her son instead. The trap runs on shame: the material is worth something only while "
    .. "you keep it secret. Report early, or report late: corporate security has seen it before and "
    .. "will help without judging you.",
  scenes = {
    booth = {
      channel = "in_person",
      from = alexis,
      text = "Day one of the fair. A visitor lingers at your booth: Alexis Moreau, a freelance marketing "
        .. "consultant, funny and quick, asks smart questions about the new sensor and laughs at your "
        .. "jokes. Taking your card, Alexis asks which hotel the company put you in: \"Let me guess, the "
        .. "one by the river? Everyone from the fair is there.\"",
      flags = {
        { id = "asks_hotel", text = "A new acquaintance wants to know which hotel you are staying at" },
      },
      innocent = {
        { id = "visitor_lanyard", text = "Alexis wears a visitor lanyard from the fair" },
      },
      choices = {
        { "Laugh and tell Alexis the name of your hotel", go = "bar", effect = function(s) s.vars.told_hotel = true end },
        { "Stay friendly, but keep your hotel to yourself", go = "bar" },
        { "Note the visitor's curiosity and tell the company's travel-security line", go = "rep_early", report = true },
      },
    },

    bar = {
      channel = "in_person",
      from = alexis,
      text = function(s)
        local how = s.vars.told_hotel and "" or " You never said which hotel."
        return "That evening, Alexis is sitting at your hotel bar." .. how .. " \"What a coincidence!\" "
          .. "Alexis already knows the title of your talk tomorrow and your booth number, recommends a "
          .. "museum near the fair, and suggests dinner at the best restaurant in town: \"My treat. My "
          .. "client pays, and I would hate to eat alone.\""
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
        { "Go to dinner", go = "dinner", hook = 1 },
        { "Say goodnight and go up to your room", go = "next_day" },
        { "Before going anywhere, ask the travel-security desk what they advise", go = "cleared", report = true },
        { "Report the encounter to corporate security", go = "rep_early", report = true },
      },
    },

    dinner = {
      channel = "in_person",
      from = alexis,
      text = "The dinner is superb, and Alexis pays without a glance at the bill. The talk drifts to "
        .. "your work (\"so what does the sensor actually do inside?\") and then to you: the long hours, a "
        .. "partner far away, how rarely anyone notices what you do. Alexis notices. Over the last glass: "
        .. "\"My room has the best view in the city. One nightcap?\"",
      flags = {
        { id = "pays_all", text = "Pays for an expensive dinner with a stranger's \"client\" money" },
        { id = "private_probing", text = "Steers the talk to your worries and private life" },
      },
      innocent = {
        { id = "knows_wine", text = "Alexis knows a lot about wine" },
      },
      choices = {
        { "Accept the nightcap", go = "night", hook = 2 },
        { "End the evening politely and go back alone", go = "next_day" },
        { "Excuse yourself and call the company's travel-security line", go = "rep_early", report = true },
      },
    },

    next_day = {
      channel = "chat",
      from = alexis,
      text = function(s)
        local line = s.visited("dinner") and "\"Last night was lovely. Dinner again tonight, my room this time?"
          or "\"Shame about last night! Dinner tonight?"
        return "A message on your personal messaging app, from a number you never gave out:\n\n" .. line
          .. " I also know a buyer who is very interested in your sensor firmware. You should meet.\""
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
        { "Take a screenshot and send it to the company's travel-security line", go = "rep_early", report = true },
        { "Accept dinner", go = "dinner", hook = 1, when = function(s) return not s.visited("dinner") end },
        { "Accept the invitation to Alexis's room", go = "night", hook = 2, when = function(s) return s.visited("dinner") end },
        { "Block the number and delete the chat", go = "deleted" },
      },
    },

    night = {
      text = "You spend the night together. In the morning Alexis is gone, leaving a note: \"Thank you for "
        .. "a wonderful evening.\" Your laptop bag is zipped from the other side, the way you never close "
        .. "it, and your phone shows it was unlocked at 03:12 while you slept. Room service brings the "
        .. "breakfast you ordered.",
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
        { "Call the company's security hotline right now", go = "rep_trip", report = true },
        { "Hunt for Alexis yourself: ask reception, demand the CCTV", go = "detective" },
        { "Say nothing. It was a private matter", go = "home" },
      },
    },

    detective = {
      channel = "in_person",
      text = "Reception has no guest under that name. The number is no longer in service. When you ask "
        .. "for the CCTV, the duty manager refuses politely, and a well-dressed man who has been listening "
        .. "offers to \"help you sort this out\" and asks for your business card. You have spent the "
        .. "morning, and you have told strangers exactly what worries you.",
      flags = {
        { id = "helpful_stranger", text = "A stranger offers to \"sort it out\" and wants your card" },
      },
      choices = {
        { "Leave, and call the company's security hotline", go = "rep_late", report = true },
        { "Fly home and try to forget it", go = "home" },
      },
    },

    home = {
      channel = "chat",
      from = friend,
      text = "A week after you get home, a message arrives from an unknown number. Three photos from that "
        .. "night, unmistakable, and: \"No one else needs to see these. Alexis says you are a reasonable "
        .. "person. A small favour: the release notes for the new sensor firmware. Then we can all forget "
        .. "this.\"",
      flags = {
        { id = "photos_threat", text = "Compromising photos sent with a \"small favour\"" },
      },
      discuss = {
        "Once you send the notes, are the photos worth less or more to them?",
      },
      choices = {
        { "Keep the message, answer nothing, and go to corporate security", go = "rep_late", report = true },
        { "Send the release notes to make it stop", go = "deeper", hook = 2 },
        { "Block the number and delete the messages", go = "deleted_home" },
      },
    },

    deeper = {
      channel = "phone",
      from = friend,
      text = "The caller thanks you for the notes. Now they want the source of the calibration module, "
        .. "and there is something else: \"Your colleague who works on the encryption. Invite them for a "
        .. "drink when our friend is in town.\" The photos are not mentioned. They do not need to be.",
      flags = {
        { id = "recruit_colleague", text = "Wants you to introduce a colleague with other access" },
      },
      choices = {
        { "Hang up and go to corporate security today", go = "rep_late", report = true },
        { "Do what they ask", go = "hooked", hook = 1 },
      },
    },

    deleted_home = {
      channel = "email",
      from = friend,
      text = "You block the number and delete the messages, and for two days it is quiet. Then an e-mail "
        .. "reaches your work address with the same photos and a deadline: Friday. Deleting made nothing "
        .. "go away. Now you have less to show security, and they have your work address.",
      flags = {
        { id = "deadline", text = "The demand returns at your work address with a deadline" },
      },
      choices = {
        { "Go to corporate security now, and explain what you deleted", go = "rep_late", report = true },
        { "Send what they want before Friday", go = "compromised", hook = 2 },
      },
    },

    deleted = {
      text = "You block the number and delete the chat. The rest of the fair is uneventful. Back home, "
        .. "the security newsletter describes a charming \"freelance consultant\" who befriends engineers "
        .. "at trade fairs and turns up at their hotels. It asks anyone who has met such a person to get in "
        .. "touch.",
      choices = {
        { "Get in touch and describe what happened", go = "rep_early", report = true },
        { "Nothing really happened; leave it", go = "walked_away" },
      },
    },

    rep_early = {
      text = function(s)
        local when = s.hook == 0 and "before anything had happened" or "early, while it was still just a dinner"
        return "The travel-security officer thanks you: you called " .. when .. ". The pattern is known, "
          .. "a friendly stranger who knows your schedule and finds your hotel. The advice is simple: keep "
          .. "your distance, keep your devices with you, and share the details when you are home. Your "
          .. "report helps protect the colleagues travelling next."
      end,
      ending = "reported",
    },

    cleared = {
      text = "The travel-security desk answers at once. They advise you to decline the dinner kindly, keep "
        .. "your laptop with you, and pass on Alexis's card when you are home. Two other engineers from "
        .. "the fair have described the same visitor. Asking before going along with it was exactly right.",
      ending = "cleared",
    },

    rep_trip = {
      text = "It is a hard call to make, and you make it. The duty officer does not ask about the private "
        .. "part beyond what is needed: your laptop and phone are switched off and sealed, and the team "
        .. "meets you at the airport. \"Thank you. This is exactly when people should call, and it takes "
        .. "away the only leverage they have.\"",
      ending = "reported_late",
    },

    rep_late = {
      text = "You tell corporate security everything, the photos included. The officer has seen it "
        .. "before and says so. \"You did the right thing. Coming to us late is far better than never, and "
        .. "nobody here is going to judge your private life. Leave the messages to us. From now on you "
        .. "don't face them alone.\"",
      ending = "reported_late",
    },

    walked_away = {
      text = "You are probably fine. But security never learned that the freelancer approached you, or "
        .. "how: the hotel, the number, the buyer. Those details could have protected the next traveller. "
        .. "If anything like it happens again, one call is enough.",
      ending = "walked_away",
    },

    compromised = {
      text = "You send what they asked for. The deadline passes, and a new request arrives, because the "
        .. "photos are still worth just as much to them. The trap runs on silence. In real life, the way "
        .. "out is still the same: corporate security, whatever has happened.",
      ending = "compromised",
    },

    hooked = {
      text = "The code goes out, and a drink with your colleague is arranged. Now someone else is at risk "
        .. "as well. Even at this point, corporate security is the way out, for you and for your colleague.",
      ending = "hooked",
    },
  },
}
