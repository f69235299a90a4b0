-- Trains: treating a gifted, pre-configured device as an approach: hand it over untouched,
-- never wipe it or investigate it yourself.
-- Seed facts used: Claiborne accepted an iPhone and a MacBook, and Stratfor judged the devices
-- the service furnished were probably loaded with keyloggers and other malware; Jerry Chun Shing
-- Lee's document was found in unallocated space on a USB drive, suggesting it had been deleted (BBC).

local ilse = { name = "Ilse Marchetti", role = "Partner Development Manager", org = "Corvane Systems" }

return scenario {
  id = "gifted-laptop",
  title = "A Thank-You in a Box",
  tactic = "gift",
  summary = "After a successful joint workshop, a partner firm sends you a premium laptop as a thank-you, "
    .. "already set up with their collaboration app so the project can move faster.",
  minutes = 5,
  teaches = { "clearance", "report", "no_fear" },
  start = "parcel",
  report = {
    facts = {
      { id = "sender_gift", text = "Who sent the device, when, and what came with it", required = true },
      { id = "requests", text = "What they asked you to do with it, and the messages as received", required = true },
      { id = "device_state", text = "What you did with the device so far, honestly described", required = true },
      { id = "spec_attached", text = "The interface spec they wanted, attached for reference", decoy = true },
      { id = "ethnicity_guess", text = "Your guess about Ilse's ethnicity or nationality", decoy = true },
    },
  },
  debrief = "Among the gifts Candace Claiborne accepted were an iPhone and a MacBook. Stratfor's analyst "
    .. "noted that she used devices the intelligence service itself had furnished, doubtless, he "
    .. "wrote, complete with keyloggers and other malware, even to send messages she wanted kept from it. "
    .. "A gifted device is a listening post you carry yourself. Wiping it does not help: a reset may not "
    .. "reach what was planted, and it destroys what investigators need. Deleting rarely erases anything "
    .. "either: investigators found a document in the unallocated space of Jerry Chun Shing Lee's USB "
    .. "drive, a sign that it had been deleted. Follow the gift "
    .. "rules, hand devices to security untouched, and report, even late, without fear.",
  scenes = {
    parcel = {
      text = "Reception calls you down for a parcel. Inside: a premium laptop and a card. \"Thank you for "
        .. "a brilliant workshop! To speed up the pilot, it's already set up with our secure "
        .. "collaboration app. Your account is ready, password on the back. Ilse.\" The card carries "
        .. "Corvane's printed logo. The laptop is worth more than any business gift you have ever had.",
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
        { "Leave it sealed and ask security whether you may accept it", go = "cleared", report = true },
        { "Open it and try the collaboration app", go = "chat", hook = 1 },
        { "Report the gift to corporate security", go = "rep_early", report = true },
        { "Take it home as a family laptop", go = "home_use", hook = 1 },
      },
    },

    home_use = {
      text = "At home the laptop is a hit. One evening you check your work mail on it through the web, "
        .. "\"just once\". You notice the collaboration app starts by itself every time, though nobody at "
        .. "home installed anything. The next morning Ilse writes: \"Glad you're using it!\"",
      flags = {
        { id = "autostart_app", text = "An app you never installed starts on its own" },
        { id = "knows_you_use_it", text = "The sender knows when you use the laptop" },
      },
      choices = {
        { "Switch it off, stop using it, and take it to corporate security", go = "rep_early", report = true },
        { "Reply to Ilse through the app", go = "chat", hook = 1 },
      },
    },

    chat = {
      channel = "chat",
      from = ilse,
      text = "A message pops up in the collaboration app: \"So glad it arrived! To share calendars, could "
        .. "you sign in here with your work account? And our engineers would love the pilot's interface "
        .. "spec before Friday. Easier to send it here than through the official project portal.\" She "
        .. "ends with a thumbs-up.",
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
        { "Sign in with your work account", go = "synced", hook = 2 },
        { "Stop, and report it to corporate security", go = "rep_early", report = true },
        { "Wipe the laptop to be safe, and keep it", go = "reset" },
        { "Examine the laptop yourself to see what the app does", go = "inspect" },
      },
    },

    reset = {
      text = "You restore the laptop to factory settings and feel safer. But a reset reinstalls the "
        .. "operating system, not necessarily what sits beneath it, and it erased exactly what "
        .. "security could have examined. A week later Ilse asks, cheerfully, why you went offline.",
      flags = {
        { id = "noticed_offline", text = "The sender notices at once when the device goes quiet" },
      },
      choices = {
        { "Take the laptop and Ilse's messages to corporate security", go = "rep_early", report = true },
        { "Keep the laptop and stop answering", go = "walked_away" },
      },
    },

    inspect = {
      text = "With a few free tools you find a background service that sends data to a server you do not "
        .. "recognise. You post screenshots on a public forum: \"Is this spyware? It came from a partner.\" "
        .. "Your company's name shows in one screenshot. By morning, Ilse's account in the app has "
        .. "vanished, and strangers are copying your post.",
      flags = {
        { id = "unknown_service", text = "A hidden service sends data to an unknown server" },
      },
      choices = {
        { "Take the post down and go to corporate security with the laptop", go = "rep_detective", report = true },
        { "Delete the post and try to forget it", go = "walked_away" },
      },
    },

    synced = {
      channel = "email",
      from = ilse,
      text = "Two alerts in your work mail: \"New sign-in from an unfamiliar location.\" Then Ilse again: "
        .. "\"Calendars are working, great! Still waiting on that interface spec. And we have a phone for "
        .. "you too, same set-up.\"",
      flags = {
        { id = "login_alerts", text = "Sign-in alerts from an unfamiliar location" },
        { id = "more_devices", text = "Offers a second device with the same set-up" },
      },
      choices = {
        { "Report everything to corporate security, the alerts included", go = "rep_late", report = true },
        { "Send the interface spec", go = "compromised", hook = 2 },
        { "Delete the alerts, change your password and say nothing", go = "deleted" },
      },
    },

    deleted = {
      text = "You delete the alerts and change your password. Deleting the alerts hid them only from you. "
        .. "A fortnight later the IT security team asks why your account was opened from abroad, and why "
        .. "the alerts are gone. Ilse, meanwhile, is still waiting for the spec.",
      choices = {
        { "Tell them the whole story, the deleted alerts included", go = "rep_late", report = true },
        { "Say you have no idea", go = "compromised" },
      },
    },

    rep_early = {
      text = function(s)
        if s.visited("reset") then
          return "Corporate security thanks you and takes the laptop and the messages. The reset has wiped "
            .. "most of what their lab could have examined, so next time bring a device exactly as it is. "
            .. "Still, Ilse's messages are enough to learn that Corvane's real partner team has never heard "
            .. "of her, and to warn the rest of the project. Coming forward was the right call."
        end
        local extra = s.hook > 0 and " The team also checks your accounts, just in case." or ""
        return "Corporate security thanks you and takes the laptop as it is. Their lab finds software "
          .. "that records keystrokes and sends them off. Corvane's real partner team has never heard "
          .. "of an Ilse Marchetti." .. extra .. " \"Bringing it to us untouched was exactly right.\""
      end,
      ending = "reported",
    },

    cleared = {
      text = "Security thanks you for asking before you opened it. Under the gift rules the laptop cannot be "
        .. "accepted anyway, and their lab finds it is far from a simple gift. They handle the return and "
        .. "warn the project team. Checking first cost you nothing and protected everyone.",
      ending = "cleared",
    },

    rep_detective = {
      text = "Security takes the laptop and thanks you for coming. They also explain what the forum post "
        .. "did: it warned the people behind the app, who removed their traces overnight, and it told the "
        .. "world about your company's project. Next time bring it straight to them. You still did the "
        .. "most important thing: you reported it.",
      ending = "reported",
    },

    rep_late = {
      text = "You tell corporate security everything, the sign-in included. They lock the account, check "
        .. "what was reached, and take it from there. \"Thank you for coming. Late is far better than "
        .. "never, and there is no blame in being fooled by a good fake. You are part of the solution "
        .. "now.\"",
      ending = "reported_late",
    },

    walked_away = {
      text = "The laptop sits in a drawer and Ilse stops writing. Nobody ever examined what it carried, "
        .. "or who else in the project received one. A five-minute visit to security would have answered "
        .. "both questions.",
      ending = "walked_away",
    },

    compromised = {
      text = "The spec leaves the company through a side channel, and whatever the laptop recorded leaves "
        .. "with it. Ilse's next request is already on its way. In real life it is never too late: "
        .. "corporate security, today, with the device as it is.",
      ending = "compromised",
    },
  },
}
