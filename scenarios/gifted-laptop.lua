-- SPDX-License-Identifier: Apache-2.0
-- Trains: treating a gifted, pre-configured device as an approach: ask before accepting, hand it
-- over untouched, never wipe it or investigate it yourself; a helpdesk scan is not a report.
-- Seed facts used: Claiborne, charged in 2017 with not declaring gifts and payments, allegedly
-- accepted an iPhone and a MacBook; Stratfor judged the devices the service furnished "doubtless"
-- carried keyloggers and other malware, and noted she sent messages meant to hide from the service
-- on them; her deleting e-mails was more likely to raise suspicion than to remove evidence. Jerry
-- Chun Shing Lee: a document found in unallocated space on his USB drive, suggesting it had been
-- deleted (BBC).

local ilse = { name = "Ilse Marchetti", role = "Partner Development Manager", org = "Corvane Systems" }
local tomas = { name = "Tomás Ferreira", role = "IT helpdesk", org = "Your company" }
local hannah = { name = "Hannah Sato", role = "Investigator", org = "Your company's security team" }

local function late(s) s.vars.late = true end

return scenario {
  id = "gifted-laptop",
  title = "A Thank-You in a Box",
  tactic = "gift",
  summary = "After a successful joint workshop, a partner firm sends you a premium laptop as a thank-you, "
    .. "already set up with their collaboration app so the project can move faster.",
  minutes = 5,
  audience = { "engineering", "sales", "everyone" },
  teaches = { "clearance", "report", "no_fear" },
  start = "parcel",
  report = {
    facts = {
      { id = "sender_gift", text = "Who sent the device, when, and what came with it", required = true,
        why = "Security needs to know who sent what. Then they can check the sender and warn others." },
      { id = "requests", text = "What Ilse asked you to do, and her messages as received", required = true,
        when = function(s) return s.visited("chat") end,
        why = "Her requests show what the gift was meant to buy. Keep them as they came." },
      { id = "device_state", text = "What you did with the device so far, honestly described", required = true,
        when = function(s) return s.visited("helpdesk") or s.visited("home_use") or s.visited("chat") end,
        why = "The lab must know what was changed before they look. An honest account also protects you." },
      { id = "spec_attached", text = "The interface spec she wanted, attached for reference", decoy = true,
        when = function(s) return s.visited("chat") end,
        why = "Never copy inside papers into a report. Say what was asked for. Security will look at "
          .. "the real thing safely." },
      { id = "ethnicity_guess", text = "Your guess about Ilse's background from her name", decoy = true,
        why = "Approaches come from people of any background, and they aim at anyone with access. "
          .. "What counts is what a person does, not where they are from." },
    },
  },
  debrief = "Among the gifts Candace Claiborne is said to have taken were an iPhone and a MacBook. "
    .. "She was charged in 2017 with not declaring gifts and payments from Chinese officials. A "
    .. "Stratfor analyst wrote that the devices were no doubt loaded with keyloggers and other "
    .. "malware. Yet she used them to tell her son not to tell the givers where she was. When "
    .. "she was questioned, she deleted e-mails. That was more likely to raise suspicion than to "
    .. "get rid of evidence. In the case of Jerry Chun Shing Lee, a former CIA officer, a file "
    .. "he had made was found on a USB drive in his hotel room, in space that suggests it had "
    .. "been deleted. A gifted device can be a bug you carry yourself. Follow the gift rules, "
    .. "hand devices over untouched, and report, even late, without fear.",
  scenes = {
    parcel = {
      text = "Reception calls you down for a parcel. Inside: a premium laptop and a card. \"Thanks for a "
        .. "brilliant workshop! To speed up the pilot, it's set up with our secure collaboration app. "
        .. "Your account is ready, password on the back. Ilse.\" The card has Corvane's printed logo. The "
        .. "laptop is worth more than any business gift you have had.",
      flags = {
        { id = "preconfigured", text = "It arrives already set up, with an account made for you" },
        { id = "over_value", text = "Worth far more than a normal business gift" },
      },
      innocent = {
        { id = "logo_card", text = "A card with the partner's printed logo" },
      },
      discuss = {
        "What does your company's gift policy say, and who would you ask about it?",
        "Why would a partner pre-install software on a gift?",
      },
      choices = {
        { "Leave it sealed and ask the security team whether you may accept it", go = "after_clear",
          report = true },
        { "Open it and try the collaboration app", go = "chat", hook = 1,
          gives = "Their laptop, switched on, with your account, inside your company." },
        { "Ask the IT helpdesk to run a security scan on it first", go = "helpdesk" },
        { "Take it home as a family laptop", go = "home_use", hook = 1,
          gives = "Their laptop in your home, close to your family and your private life." },
      },
    },

    helpdesk = {
      channel = "chat",
      from = tomas,
      text = "Tomás at the helpdesk runs a quick scan. \"Nothing known found. Nice machine!\" A scan looks "
        .. "for known viruses. It cannot tell who sent the laptop or why, and the people who look into "
        .. "approaches still know nothing. Back at your desk, the collaboration app pings: Ilse says hi.",
      choices = {
        { "Close the lid and carry it, card and all, to the investigators", go = "after_report",
          report = true },
        { "The helpdesk checked it, so start using it", go = "chat", hook = 1,
          gives = "Their laptop, switched on, with your account, inside your company." },
      },
    },

    home_use = {
      text = "At home the laptop is a hit, and the children love the big screen. One evening you check "
        .. "your work mail on it, \"just once\". The collaboration app starts by itself every time, "
        .. "though nobody at home installed anything. The next morning Ilse writes: \"Glad you're "
        .. "using it!\"",
      flags = {
        { id = "autostart_app", text = "An app you never installed starts on its own" },
        { id = "knows_you_use_it", text = "The sender knows when you use the laptop" },
      },
      innocent = {
        { id = "big_screen", text = "The children love the big screen" },
      },
      choices = {
        { "Switch it off and hand it, as it is, to the team on the badge poster", go = "after_report",
          report = true },
        { "Reply to Ilse through the app", go = "chat", hook = 1,
          gives = "A reply through their app. Now they know the line to you works." },
      },
    },

    chat = {
      channel = "chat",
      from = ilse,
      text = "A message pops up in the app: \"So glad it arrived! To share calendars, could you sign in "
        .. "here with your work account? And our engineers would love the pilot's interface spec before "
        .. "Friday. Easier to send it here than through the official project portal.\" She ends with a "
        .. "thumbs-up.",
      flags = {
        { id = "work_login", text = "Asks you to sign in with your work account on their device" },
        { id = "side_channel", text = "Wants project documents outside the official channel" },
      },
      innocent = {
        { id = "thumbs_up", text = "Ilse ends the message with a thumbs-up" },
      },
      discuss = {
        "What would wiping the laptop, or examining it yourself, do to the evidence?",
      },
      choices = {
        { "Sign in with your work account", go = "synced", hook = 2,
          gives = "Your work account, typed on their machine. That opens the door to your mail." },
        { "Stop, and bring the laptop and the chat to the security team", go = "after_report",
          report = true },
        { "Wipe the laptop to be safe, and keep it", go = "reset", how = "delete" },
        { "Examine the laptop yourself and ask a public forum about it", go = "inspect",
          how = "post_publicly" },
      },
    },

    reset = {
      text = "You restore the laptop to factory settings and feel safer. The reset takes an hour. But it "
        .. "may not reach everything beneath the system, and it erased just what security could have "
        .. "examined. A week later Ilse asks, cheerfully, why you went offline.",
      flags = {
        { id = "noticed_offline", text = "The sender notices at once when the device goes quiet" },
      },
      innocent = {
        { id = "reset_hour", text = "The factory reset takes about an hour" },
      },
      choices = {
        { "Take the laptop and Ilse's messages to the investigators", go = "after_report", report = true },
        { "Keep the laptop and stop answering", go = "walked_away" },
      },
    },

    inspect = {
      text = "With a few free tools you find a background service sending data to a server you do not "
        .. "know. You post screenshots on a public forum: \"Is this spyware? It came from a partner.\" "
        .. "Helpful strangers reply within minutes. Your company's name shows in one screenshot. By "
        .. "morning, Ilse's account in the app has vanished.",
      flags = {
        { id = "unknown_service", text = "A hidden service sends data to an unknown server" },
      },
      innocent = {
        { id = "forum_replies", text = "Strangers on the forum reply within minutes" },
      },
      choices = {
        { "Take the post down and carry the laptop to the security team", go = "after_report",
          report = true },
        { "Delete the post and try to forget it", go = "walked_away", how = "delete" },
      },
    },

    synced = {
      channel = "email",
      from = ilse,
      text = "Two alerts in your work mail: \"New sign-in from an unfamiliar location.\" They carry the "
        .. "usual company footer. Then Ilse again: \"Calendars are working, great! Still waiting on that "
        .. "interface spec. And we have a phone for you too, same set-up.\"",
      flags = {
        { id = "login_alerts", text = "Sign-in alerts from an unfamiliar location" },
        { id = "more_devices", text = "Offers a second device with the same set-up" },
      },
      innocent = {
        { id = "alert_footer", text = "The alerts carry the usual company footer" },
      },
      choices = {
        { "Tell the security team everything, the alerts included", go = "after_report", report = true,
          effect = late },
        { "Send the interface spec", go = "compromised", hook = 2,
          gives = "The pilot's interface spec, out through a side door." },
        { "Delete the alerts, change your password and say nothing", go = "deleted", how = "delete" },
      },
    },

    deleted = {
      text = "You delete the alerts and change your password. Deleting them hid them only from you. A "
        .. "fortnight later the IT security team asks why your account was opened from abroad, and why "
        .. "the alerts are gone. Ilse, meanwhile, is still waiting for the spec.",
      choices = {
        { "Tell them the whole story, the deleted alerts included", go = "after_report", report = true,
          effect = late },
        { "Say you have no idea", go = "compromised", hook = 1,
          gives = "A denial on record. Now you have something to hide as well." },
      },
    },

    after_clear = {
      channel = "email",
      from = ilse,
      text = "Hannah Sato from the security team thanks you for asking first: the laptop cannot be "
        .. "accepted, and they will return it. The next day Ilse writes: \"So sorry about the gift rules! "
        .. "Could you just send the interface spec to my private mail? Faster than the portal.\" She "
        .. "adds a kind word about your workshop.",
      flags = {
        { id = "spec_private_mail", text = "After the gift is refused, asks for the spec by private mail" },
      },
      innocent = {
        { id = "kind_word", text = "She adds a kind word about your workshop" },
      },
      choices = {
        { "Leave it unanswered and pass it to Hannah", go = "cleared" },
        { "Send the spec; it's only a document for the pilot", go = "carried_on", hook = 2,
          gives = "The pilot's spec, sent to her private mail after you were told no." },
      },
    },

    after_report = {
      channel = "email",
      from = ilse,
      text = "Hannah Sato from the security team takes the laptop and asks you not to reply to Ilse. The "
        .. "next morning Ilse writes to your work address: \"Is the laptop all right? If you're offline, "
        .. "just send the spec to my private mail.\" Her signature has a new phone number.",
      flags = {
        { id = "spec_private_after", text = "Asks for the spec by private mail once the laptop goes quiet" },
      },
      innocent = {
        { id = "new_number", text = "Her signature shows a new phone number" },
      },
      choices = {
        { "Leave it unanswered and forward it to Hannah", go = "rep_early",
          when = function(s) return not s.vars.late and not s.visited("inspect") end },
        { "Leave it unanswered and forward it to Hannah", go = "rep_detective",
          when = function(s) return not s.vars.late and s.visited("inspect") end },
        { "Leave it unanswered and forward it to Hannah", go = "rep_late",
          when = function(s) return s.vars.late == true end },
        { "Send the spec, just to keep the project friendly", go = "carried_on", hook = 2,
          gives = "The pilot's spec, sent to her private mail after you reported her." },
      },
    },

    cleared = {
      text = "Hannah's lab finds the laptop is far from a simple gift, and Corvane's real partner team "
        .. "has never heard of an Ilse Marchetti. They warn the project team. Asking before you opened "
        .. "the box cost you nothing and protected everyone.",
      ending = "cleared",
      lesson = "Ask before you accept a costly gift, above all a device. Then let security handle the "
        .. "sender, and answer nothing more yourself.",
    },

    rep_early = {
      text = function(s)
        if s.visited("reset") then
          return "The reset has wiped most of what Hannah's lab could have examined, so next time bring a "
            .. "device exactly as it is. Still, Ilse's messages show that Corvane's real partner team "
            .. "has never heard of her, and the project is warned. Coming forward was right."
        end
        return "Hannah's lab finds software that records keystrokes and sends them off. Corvane's real "
          .. "partner team has never heard of an Ilse Marchetti. \"Bringing it to us untouched was "
          .. "exactly right,\" Hannah says."
      end,
      ending = "reported",
      lesson = "A gifted device can listen to you. Hand it to security as it is: do not wipe it, do not "
        .. "use it, and do not answer the sender.",
    },

    rep_detective = {
      text = "Hannah explains what the forum post did: it warned the people behind the app, who removed "
        .. "their traces overnight, and it told the world about your company's project. Next time bring "
        .. "it straight to the team. You still did the most important thing: you reported it.",
      ending = "reported",
      lesson = "Do not investigate or post about an approach yourself. It warns the other side and "
        .. "shows the world your work. Report it and let security look.",
    },

    rep_late = {
      text = "Hannah's team locks the account, checks what was reached, and takes it from there. "
        .. "\"Thank you for coming. Late is far better than never, and there is no blame in being fooled "
        .. "by a good fake. You are part of the fix now.\"",
      ending = "reported_late",
      lesson = "Even after you signed in on their laptop, a report lets security lock your account. "
        .. "Tell them all of it, the deleted alerts too.",
    },

    carried_on = {
      text = "The spec leaves by private mail, and Ilse thanks you warmly. Your report, or your question "
        .. "about the gift, is on file, but it does not cover what you sent after it. The way out is to "
        .. "tell Hannah at once.",
      ending = "compromised",
      lesson = "A report is not a licence to carry on. Once you have reported, answer nothing and send "
        .. "nothing. Let security lead.",
    },

    walked_away = {
      text = "The laptop sits in a drawer and Ilse stops writing. Nobody ever examined what it carried, "
        .. "or who else in the project got one. A five-minute visit to the security team would have "
        .. "answered both questions.",
      ending = "walked_away",
      lesson = "Putting a gift away is not the same as reporting it. Only a report lets security check "
        .. "the device and warn others.",
    },

    compromised = {
      text = "The spec leaves the company through a side door, and whatever the laptop recorded leaves "
        .. "with it. Ilse's next request is already on its way. In real life it is never too late: the "
        .. "security team, today, with the device as it is.",
      ending = "compromised",
      lesson = "A gift that comes set up for you is a way in. The longer it is used, the more it takes. "
        .. "Report it, even late, without fear.",
    },
  },
}
