-- Trains: travelling to a high-risk country with devices: loaners instead of your own laptop,
-- devices out of sight, USB sticks and Wi-Fi certificates, and handing devices back untouched.
-- Seed facts used: the travel-device rules of China's 2021 anti-espionage regulation for its own
-- staff (leave usual phones, laptops and USB drives at home and take new ones; report destinations,
-- agendas and meetings; weigh whether trips to high-risk countries are needed); TorchStone (no
-- country is "safe"); Mutso's handovers abroad (Brazil).

local ines = { name = "Ines Carvalho", role = "Head of Engineering", org = "Norvance Industrial (customer)" }
local officer = { name = "Border officer", role = "Secondary inspection", org = "Border control" }

return scenario {
  id = "travel-devices",
  title = "Carry-On Luggage",
  tactic = "travel",
  summary = "You are flying to a customer in a country your security team rates as high risk. The "
    .. "customer wants to go through your design files in detail, and asks you to bring them along.",
  minutes = 6,
  teaches = { "clearance", "report", "no_fear" },
  start = "request",
  report = {
    facts = {
      { id = "itinerary", text = "Where you went, when, and whom you met", required = true },
      { id = "device_events", text = "When your devices left your sight or were asked for, and by whom", required = true },
      { id = "asks", text = "What the customer asked you to bring, copy or plug in", required = true },
      { id = "design_files", text = "The design files, attached so security knows what was on the laptop", decoy = true },
      { id = "country_opinion", text = "Your opinion of the people of the country you visited", decoy = true },
    },
  },
  debrief = "Travel-device rules are not only a Western habit. China's own 2021 anti-espionage regulation "
    .. "has companies in key fields tell sensitive staff to leave their usual phones, laptops and USB "
    .. "drives at home and take new ones abroad, to report destinations, agendas and meetings, and to "
    .. "question whether trips to high-risk countries are needed at all. The same logic protects you. TorchStone warns "
    .. "that no country is safe, since services go wherever the information is; Gerli Mutso's handlers, "
    .. "for instance, had her hand material over in China and Thailand. Travel only with your company's "
    .. "knowledge and clearance, take loaner devices, keep them in sight, and report anything odd, "
    .. "including after you return, without fear.",
  scenes = {
    request = {
      channel = "email",
      from = ines,
      text = "\"We look forward to your visit! Please bring the full design files on your own laptop. Our "
        .. "network is restricted, so no cloud links or USB transfers, but we would like to go through "
        .. "everything in detail with our engineers.\" An agenda with meeting times is attached.\n\nYour "
        .. "company's travel rules recommend loaner devices for this destination.",
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
        { "Tell security about the request and ask for their travel advice", go = "brief", report = true },
        { "Load the full files onto your own laptop; it's a customer", go = "airport", hook = 1,
          effect = function(s) s.vars.own_laptop = true end },
        { "Quietly take the loaner laptop with only the approved slides", go = "airport" },
      },
    },

    brief = {
      text = "Security thanks you and walks you through it: leave your own phone and laptop at home, take "
        .. "wiped loaners with only the approved slides, keep them with you, charge only from your own "
        .. "plugs, and note anything unusual. They also ask whether the meeting really needs you there in "
        .. "person.",
      choices = {
        { "Travel with the loaners", go = "airport" },
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
        { "Note the time and the officer's details, and message security's travel line", go = "rep_trip", report = true },
        { "Type the password and carry on; the laptop is back", go = "hotel", hook = 1,
          when = function(s) return s.vars.own_laptop == true end },
        { "Carry on; there is nothing on the loaner anyway", go = "hotel",
          when = function(s) return s.vars.own_laptop ~= true end },
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
        { "Install the certificate and catch up on e-mail", go = "meeting", hook = 1 },
        { "Stay off the hotel Wi-Fi and keep the laptop with you from now on", go = "meeting" },
        { "Call security's travel line and describe what happened", go = "rep_trip", report = true },
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
        { "Plug in the stick and let them copy what they need", go = "home", hook = 2 },
        { "Decline politely and present the approved material only", go = "home" },
        { "Step out and call security's travel line", go = "rep_trip", report = true },
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
      choices = {
        { "Hand the loaners back and debrief security on the trip", go = "cleared_end", report = true,
          when = function(s) return s.visited("brief") end },
        { "Hand the devices to security untouched and tell them about the trip", go = "rep_home", report = true,
          when = function(s) return not s.visited("brief") end },
        { "Connect your laptop to the office network and get back to work", go = "compromised", hook = 1 },
        { "Reinstall the laptop yourself, to be safe", go = "wiped" },
        { "Dig through the laptop's logs yourself first", go = "detective" },
      },
    },

    wiped = {
      text = "You reinstall the system and feel better. But whatever was done to the laptop may sit where a "
        .. "reinstall does not reach, and the traces that security's lab could have read are gone. Ines "
        .. "writes again about the remaining files.",
      choices = {
        { "Tell security about the trip and the reinstall", go = "rep_late", report = true },
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
      choices = {
        { "Stop and take everything, stick included, to security", go = "rep_late", report = true },
        { "Keep investigating on your own", go = "compromised" },
      },
    },

    cleared = {
      text = "The meeting happens by video, with only the approved slides shown. The customer's wish to "
        .. "have your files brought by hand is noted by security. Not every trip is worth the risk, and "
        .. "deciding that together with the company is exactly what clearance means.",
      ending = "cleared",
    },

    cleared_end = {
      text = function(s)
        local slip = s.hook > 0
          and " Security also notes the moments you gave way, without reproach: the loaner is why they cost so little."
          or " This is how a cleared trip should go."
        return "Security takes the loaners back for inspection and writes down what you saw: the border "
          .. "check, the room, the USB stick, the follow-up e-mail. Your own devices never left home, and "
          .. "the design files never left the company." .. slip
      end,
      ending = "cleared",
    },

    rep_trip = {
      text = "The travel line answers at once. The advice: keep the devices switched off and with you, "
        .. "plug nothing in, accept no files, and hand everything over on your return. Back home, the team "
        .. "thanks you: calling from the road gave them the details while they were fresh.",
      ending = "reported",
    },

    rep_home = {
      text = function(s)
        local own = s.vars.own_laptop and " They will check your laptop and accounts, and help you decide what to tell Ines." or ""
        return "Security takes the devices as they are and notes every event of the trip." .. own
          .. " \"Thank you for bringing them to us untouched. Telling us after the trip is still telling "
          .. "us, and it matters.\""
      end,
      ending = "reported_late",
    },

    rep_late = {
      text = "You tell security about the trip, and what you did afterwards. \"Thank you for coming. "
        .. "Late is far better than never, and there is no blame in wanting to fix it yourself. Next "
        .. "time, bring devices to us as they are. We will look at what is left together.\"",
      ending = "reported_late",
    },

    walked_away = {
      text = "The laptop seems fine. Nobody will ever know what happened to it at the border or in the "
        .. "hotel, and security never heard about the USB stick. Reporting it would have protected the "
        .. "next colleague who travels there.",
      ending = "walked_away",
    },

    compromised = {
      text = "The laptop joins the office network, or the stick joins your office PC, and whatever came "
        .. "back from the trip comes in with it. In real life, call security the moment you suspect it; "
        .. "they would much rather hear it late than never.",
      ending = "compromised",
    },
  },
}
