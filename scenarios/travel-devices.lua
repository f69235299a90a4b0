-- SPDX-License-Identifier: Apache-2.0
-- Trains: travelling abroad with work devices: loaners instead of your own laptop, devices out
-- of sight, USB sticks and Wi-Fi certificates, handing devices back untouched, and keeping to a
-- briefing once you have one. Half-measure: the IT helpdesk's virus scan.
-- Seed facts used: China's 2021 anti-espionage regulation (listed companies must educate staff
-- before trips abroad and interview them after their return) and the practice of companies
-- there (staff in sensitive fields leave their usual phones, laptops and USB drives at home and
-- take new ones; trips to places rated high-risk are weighed first) (GlobalSecurity);
-- TorchStone (the idea that some countries are "safer" is flawed; no place is beyond reach);
-- Gerli Mutso, convicted in June 2023 of spying for the Chinese military's intelligence bureau,
-- whose handlers had her travel to China and Thailand to hand material over (Brazil).

local ines = { name = "Ines Carvalho", role = "Head of Engineering", org = "Norvance Industrial (customer)" }
local officer = { name = "Border officer", role = "Secondary inspection", org = "Border control" }
local helpdesk = { name = "IT Helpdesk", role = "Ticket #48213", org = "Your company" }

-- Remembers a step into the hook taken after the trainee has already reported (or been briefed).
local function after_report(s, what)
  if s.reported then s.vars.slip = s.vars.slip or what end
end

return scenario {
  id = "travel-devices",
  title = "Carry-On Luggage",
  tactic = "travel",
  audience = { "travellers", "engineering", "sales" },
  summary = "You are flying abroad to visit a customer. The customer wants to go through your design "
    .. "files in detail, and asks you to bring them along on your own laptop.",
  minutes = 6,
  teaches = { "clearance", "report", "no_fear" },
  start = "request",
  report = {
    facts = {
      { id = "itinerary", text = "The trip: where, when, and whom you meet", required = true,
        why = "Security needs the trip to advise you, and to link it to other reports." },
      { id = "asks", text = "What the customer asked you to bring, copy or plug in", required = true,
        why = "What they ask for shows what they are after." },
      { id = "device_events", text = "When your devices left your sight or were asked for, and by whom", required = true,
        when = function(s) return s.visited("airport") end,
        why = "A device out of your sight may have been copied or changed. Security must check it." },
      { id = "design_files", text = "The design files, attached so security knows what was at stake", decoy = true,
        why = "Never copy sensitive data into a report. Say what was asked for; security will look at the real thing safely." },
      { id = "country_opinion", text = "Your opinion of the people of the country you are visiting", decoy = true,
        why = "Approaches come from people of every background, and they target anyone with access, anywhere. What counts is what happened, not where people are from." },
    },
  },
  debrief = "Travel rules for devices are not only a Western habit. China's own anti-spying rules of 2021 "
    .. "make listed companies brief staff before trips abroad and interview them when they come back. "
    .. "Companies there also tell staff in sensitive fields to leave their usual phones, laptops and USB "
    .. "drives at home and take new ones, and to ask whether risky trips are needed at all. The same "
    .. "habits protect you, wherever you go. It is a myth that some countries are safe: as one analyst "
    .. "says of China's services, no place is beyond their reach. Gerli Mutso, "
    .. "convicted in 2023 of spying for China's military, was sent by her handlers to China and Thailand "
    .. "to hand over material. Travel only with your company's knowledge and clearance. Take loaner "
    .. "devices and keep them with you. Report anything odd, even after you return, without fear.",
  scenes = {
    request = {
      channel = "email",
      from = ines,
      text = "\"We look forward to your visit! Please bring the full design files on your own laptop. "
        .. "Our network is restricted, so no cloud links or USB transfers, but we want to go through "
        .. "everything with our engineers.\" An agenda with meeting times is attached.\n\nYour company's "
        .. "travel rules recommend loaner devices for visits like this.",
      flags = {
        { id = "bring_full_files", text = "Asks you to carry the full design files on your own laptop" },
      },
      innocent = {
        { id = "agenda", text = "An agenda with meeting times is attached" },
      },
      discuss = {
        "Why might a customer want the files on your laptop rather than sent officially?",
        "What does your company's travel security team offer before a trip like this?",
      },
      choices = {
        { "Tell the security team about the request and ask for their travel advice", go = "brief", report = true },
        { "Load the full files onto your own laptop; it's a customer", go = "airport", hook = 1,
          gives = "Your design files, on a laptop that will leave your sight.",
          effect = function(s) s.vars.own_laptop = true end },
        { "Quietly take the loaner laptop with only the approved slides", go = "airport" },
      },
    },

    brief = {
      text = "Security thanks you and walks you through it: leave your own phone and laptop at home, take "
        .. "wiped loaners with only the approved slides, keep them with you, charge only from your own "
        .. "plugs, and note anything odd. They also ask whether the meeting really needs you there in "
        .. "person.",
      choices = {
        { "Travel with the loaners, as briefed", go = "airport" },
        { "Take your own laptop after all; the loaner is slow", go = "airport", hook = 1,
          gives = "Your own laptop and its files, abroad, against the briefing.",
          effect = function(s) s.vars.own_laptop = true; after_report(s, "you took your own laptop") end },
        { "Agree with your manager to hold the meeting by video instead", go = "cleared" },
      },
    },

    airport = {
      channel = "in_person",
      from = officer,
      text = function(s)
        local what = s.vars.own_laptop and "your laptop, full of design files," or "the loaner laptop"
        return "At passport control, after a long queue, an officer takes " .. what .. " and your phone to "
          .. "a back room. Forty minutes later they come back, with a request to type in your password "
          .. "\"for the record\". Nobody explains why."
      end,
      flags = {
        { id = "devices_taken", text = "Your devices are taken out of sight for forty minutes" },
      },
      innocent = {
        { id = "long_queue", text = "A long queue at passport control" },
      },
      choices = {
        { "Message the company's travel line with the time and the officer's details", go = "rep_trip", report = true,
          when = function(s) return not s.reported end },
        { "Type the password and carry on; the laptop is back", go = "hotel", hook = 1,
          when = function(s) return s.vars.own_laptop == true end,
          gives = "Your password, with your design files on the laptop.",
          effect = function(s) after_report(s, "you typed in your password at the border") end },
        { "Note the time and the officer's details, and carry on", go = "hotel" },
      },
    },

    hotel = {
      text = "That evening your room has been entered while you were at dinner, hours after housekeeping: "
        .. "the laptop lies the other way round on the desk. The hotel Wi-Fi asks you to install a "
        .. "\"security certificate\" before you can connect. A note on the pillow says the minibar has "
        .. "been restocked.",
      flags = {
        { id = "room_entered", text = "Your room was entered in the evening, long after housekeeping" },
        { id = "wifi_certificate", text = "The hotel Wi-Fi wants you to install a certificate" },
      },
      innocent = {
        { id = "minibar_note", text = "A note says the minibar has been restocked" },
      },
      choices = {
        { "Call the travel line and describe what happened", go = "rep_trip", report = true,
          when = function(s) return not s.reported end },
        { "Install the certificate and catch up on e-mail", go = "meeting", hook = 1,
          gives = "A way for others to read your laptop's traffic.",
          effect = function(s) after_report(s, "you installed the hotel's certificate") end },
        { "Stay off the hotel Wi-Fi and keep the laptop with you from now on", go = "meeting" },
      },
    },

    meeting = {
      channel = "in_person",
      from = ines,
      text = function(s)
        local files = s.vars.own_laptop and "to copy your design files across" or "to copy your slides across"
        return "Coffee and pastries wait on the meeting table. Ines's colleague holds out a USB stick: "
          .. "\"Our specifications. Could you plug it in? Then we can also use it " .. files .. ".\" "
          .. "He offers to charge your phone on his computer while you talk."
      end,
      flags = {
        { id = "usb_stick", text = "Wants you to plug their USB stick into your laptop" },
        { id = "charging_offer", text = "Offers to charge your phone on their computer" },
      },
      innocent = {
        { id = "pastries", text = "Coffee and pastries on the meeting table" },
      },
      discuss = {
        "How can you turn down the USB stick without harming the customer relationship?",
      },
      choices = {
        { "Plug in the stick and let them copy what they need", go = "home", hook = 2,
          gives = "Their stick in your laptop, and your files on their stick.",
          effect = function(s) after_report(s, "you plugged in their USB stick") end },
        { "Decline politely and present the approved material only", go = "home" },
        { "Step out and call the company's travel line", go = "rep_trip", report = true,
          when = function(s) return not s.reported end },
      },
    },

    home = {
      channel = "email",
      from = ines,
      text = function(s)
        local device = s.vars.own_laptop and "Your own laptop runs hot and slow since the trip. "
          or "The loaner laptop is still in your bag. "
        return device .. "On your first morning back, Ines writes: \"Thank you for a productive visit! "
          .. "Could you send the remaining files we discussed? Our engineers are keen to continue.\""
      end,
      flags = {
        { id = "remaining_files", text = "Follows up asking for \"the remaining files\"" },
      },
      innocent = {
        { id = "thanks_for_visit", text = "She thanks you for a productive visit" },
      },
      choices = {
        { "Hand the loaners back untouched for your debrief, as agreed", go = "cleared_end",
          when = function(s) return s.reported and not s.vars.slip end },
        { "Hand the devices back for your debrief, as agreed", go = "briefed_slipped",
          when = function(s) return s.reported and s.vars.slip ~= nil end },
        { "Hand the devices to the security team untouched and tell them about the trip", go = "rep_home",
          report = true, when = function(s) return not s.reported end },
        { "Ask the IT helpdesk for a quick virus scan", go = "helpdesk",
          when = function(s) return not s.reported end },
        { "Connect your laptop to the office network and get back to work", go = "compromised", hook = 1,
          when = function(s) return not s.reported end,
          gives = "Whatever came back on the laptop, now inside the office network." },
        { "Reinstall the laptop yourself, to be safe", go = "wiped", how = "delete",
          when = function(s) return not s.reported end },
        { "Dig through the laptop's logs yourself first", go = "detective",
          when = function(s) return not s.reported end },
      },
    },

    helpdesk = {
      channel = "chat",
      from = helpdesk,
      text = "\"Scan complete, no threats found! Closing your ticket.\"\n\nThe scan looks for known "
        .. "viruses. It cannot tell what was done to the laptop at the border or in the hotel room, and the "
        .. "helpdesk has no reason to tell anyone about your trip. Ines writes again about the remaining "
        .. "files.",
      flags = {
        { id = "second_nudge", text = "The customer asks again for the remaining files" },
      },
      innocent = {
        { id = "quick_ticket", text = "The helpdesk closes your ticket within the hour" },
      },
      discuss = {
        "What can a virus scan tell you, and what can't it?",
      },
      choices = {
        { "Take the laptop to the security team and tell them about the trip", go = "rep_home", report = true },
        { "Good: connect to the office network and get back to work", go = "compromised", hook = 1,
          gives = "Whatever came back on the laptop, now inside the office network." },
        { "Leave it there; the scan was clean", go = "walked_away" },
      },
    },

    wiped = {
      text = "You reinstall the system and feel better. But whatever was done to the laptop may sit where a "
        .. "reinstall does not reach, and the traces that security's lab could have read are gone. Ines "
        .. "writes again about the remaining files.",
      flags = {
        { id = "files_again", text = "The customer presses again for the remaining files" },
      },
      innocent = {
        { id = "fresh_desktop", text = "The reinstalled laptop shows a fresh desktop" },
      },
      choices = {
        { "Tell the team on the badge poster about the trip and the reinstall", go = "rep_home", report = true },
        { "Let it rest; the laptop is clean now", go = "walked_away" },
      },
    },

    detective = {
      text = "You find a process you do not recognise and copy the logs to a USB stick to study them on "
        .. "your office PC. Your office PC now has the stick in it, and you have spent an evening doing "
        .. "what the lab does better, with tools that change the evidence.",
      flags = {
        { id = "unknown_process", text = "An unknown process runs on the laptop since the trip" },
      },
      innocent = {
        { id = "long_logs", text = "The logs run to thousands of lines" },
      },
      choices = {
        { "Stop and take everything, stick included, to the security team", go = "rep_home", report = true },
        { "Keep investigating on your own", go = "compromised", hook = 1,
          gives = "Whatever was on the laptop, now on your office PC too." },
      },
    },

    -- After a report from the road: one more temptation at the customer's.
    rep_trip = {
      text = function(s)
        local stick = s.visited("meeting") and "holds out the USB stick again" or "holds out a USB stick"
        return "The travel line answers at once: keep the devices off and with you, plug nothing in, accept "
          .. "no files, and hand it all over at home. The next day, Ines's colleague " .. stick .. ": "
          .. "\"Just our specifications. Could you plug it in?\""
      end,
      choices = {
        { "Decline politely, as the travel line advised", go = "trip_thanks" },
        { "Plug it in; it is only specifications", go = "went_on", hook = 2,
          gives = "Their stick in your laptop, after your report.",
          effect = function(s) s.vars.slip = "you plugged in their USB stick" end },
      },
    },

    -- After a report at home: the customer asks once more.
    rep_home = {
      text = function(s)
        local note = s.visited("wiped") and " The reinstall wiped what their lab could have read; next time, bring it as it is."
          or s.visited("detective") and " They take the stick and check your office PC as well."
          or s.visited("helpdesk") and " A virus scan, they explain, cannot find this kind of thing."
          or ""
        return "Security takes the devices and notes every event of the trip." .. note .. " The next day "
          .. "Ines writes: \"Could you just send the remaining files as a zip? Our engineers are waiting.\""
      end,
      choices = {
        { "Pass her e-mail to security unanswered", go = "home_thanks", when = function(s) return s.hook == 0 end },
        { "Pass her e-mail to security unanswered", go = "thanks_late", when = function(s) return s.hook > 0 end },
        { "Send the zip; she is a customer", go = "went_on", hook = 2,
          gives = "Design files sent after your report. It undoes much of it.",
          effect = function(s) s.vars.slip = "you sent the design files" end },
      },
    },

    cleared = {
      text = "The meeting happens by video, with only the approved slides shown. Security notes the "
        .. "customer's wish to have your files brought by hand. Not every trip is worth the risk, and "
        .. "deciding that together with the company is exactly what clearance means.",
      ending = "cleared",
      lesson = "Asking before the trip let you and security decide it was not needed. Nothing left the "
        .. "company at all.",
    },

    cleared_end = {
      text = "Security takes the loaners back for checks and writes down what you saw: the border check, "
        .. "the room, the USB stick, the follow-up e-mail. Your own devices never left home, and the "
        .. "design files never left the company. This is how a cleared trip should go.",
      ending = "cleared",
      lesson = "You asked before the trip, kept to the briefing, and brought back every odd detail. That "
        .. "is the whole habit.",
    },

    briefed_slipped = {
      text = function(s)
        return "Security takes the devices back and writes down the trip. You were briefed, then gave "
          .. "way: " .. (s.vars.slip or "you took one more step") .. ". The team now has to check what that exposed. They "
          .. "help you without blame, but the briefing was there to prevent exactly this."
      end,
      ending = "compromised",
      lesson = "A briefing is not a licence to go on. Once security has told you how to travel, keep to "
        .. "it. Each step against it is still a step into the hook.",
    },

    trip_thanks = {
      text = "You finish the visit with the approved slides only. Back home, the team takes the devices as "
        .. "they are and thanks you: calling from the road gave them the details while they were fresh.",
      ending = "reported",
      lesson = "Calling from the road was right, and so was keeping to the advice. Next time, ask before "
        .. "the trip and take loaners.",
    },

    home_thanks = {
      text = "\"Thank you for telling us,\" the officer says. \"Telling us after the trip is still telling "
        .. "us, and it matters.\" Security answers Ines through the proper channel, and checks the devices "
        .. "you brought back.",
      ending = "reported",
      lesson = "Reporting after the trip still counts, and you stopped there. Next time, ask before you "
        .. "travel; the briefing would have covered all of it.",
    },

    thanks_late = {
      text = function(s)
        local own = s.vars.own_laptop and " They will check your laptop and accounts, and help you answer Ines." or ""
        return "\"Thank you for coming. Late is far better than never,\" the officer says." .. own
          .. " \"There is no blame in having given way on the trip. That is what these set-ups are "
          .. "built for.\""
      end,
      ending = "reported_late",
      lesson = "Coming forward after the trip let security check what was exposed. Next time, take "
        .. "loaners and plug nothing in.",
    },

    went_on = {
      text = function(s)
        return "You told security, then went on anyway: " .. (s.vars.slip or "you took one more step") .. ". "
          .. "Now the team has to check what that exposed, on top of the trip itself. They still help "
          .. "you, but it is a much harder talk."
      end,
      ending = "compromised",
      lesson = "Reporting is not a licence to go on. Once you have told security, stop and pass on "
        .. "anything new. Every step after the report is still a step into the hook.",
    },

    walked_away = {
      text = "The laptop seems fine. Nobody will ever know what happened to it at the border or in the "
        .. "hotel, and security never heard about the USB stick. Reporting it would have protected the "
        .. "next colleague who travels there.",
      ending = "walked_away",
      lesson = "A clean scan or a fresh install does not tell you what happened on the trip. Security can "
        .. "check; nobody else will.",
    },

    compromised = {
      text = "Whatever came back from the trip now sits inside the office network. In real life, call the "
        .. "security team the moment you suspect it; they would much rather hear it late than never.",
      ending = "compromised",
      lesson = "A device that was out of your sight abroad should go to security before it touches the "
        .. "office network.",
    },
  },
}
