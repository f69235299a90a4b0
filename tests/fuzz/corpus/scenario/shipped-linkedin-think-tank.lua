-- Trains: spotting a fake think-tank profile on LinkedIn and reporting it before the
-- "little hook" sets (connection -> paid paper -> internal data -> trip -> leverage).
-- Seed facts used: Kevin Mallory was approached on LinkedIn by an intelligence officer
-- posing as a think-tank executive, wrote well-paid papers, was invited to Shanghai and
-- pitched there (TorchStone); he was jailed for 20 years (BBC). The BfV's 2017 warning
-- about fake LinkedIn profiles, one using a photo from a fashion catalogue.

local marisol = { name = "Marisol Keane", role = "Senior Fellow, Industry Dialogue", org = "Halvorsen Institute for Maritime Futures" }
local stranger = { name = "Unknown number", role = "Messaging app", org = "Sender not identified" }
local director = { name = "Viktor Ostrander", role = "Director", org = "Halvorsen Institute for Maritime Futures" }

-- An amount in euros with a thousands separator, e.g. 4500 -> "4,500 euros".
local function eur(n)
  local digits = tostring(math.floor(n)):reverse():gsub("(%d%d%d)", "%1,"):reverse()
  return (digits:gsub("^,", "")) .. " euros"
end

-- Total of the fees accepted so far, for the texts that remind the trainee of it.
local function fees(s) return s.vars.fees or 0 end

return scenario {
  id = "linkedin-think-tank",
  title = "The Institute That Liked Your Post",
  tactic = "linkedin",
  summary = "A senior fellow of a maritime think tank sends you a friendly connection request. "
    .. "She has read your post about the drive controller you work on, and she would value your voice in her network.",
  minutes = 8,
  teaches = { "guard_profile", "connect_selectively", "little_hook", "clearance", "report", "no_fear" },
  start = "invite",
  report = {
    facts = {
      { id = "who_where", text = "Who contacted you: profile name, link and the platform used", required = true },
      { id = "asks_offers", text = "What they asked for and what they offered or paid, with dates", required = true },
      { id = "screenshots", text = "The messages and profile kept exactly as received", required = true },
      { id = "test_data", text = "A copy of the test data they wanted, so security sees what was at risk", decoy = true },
      { id = "nationality_guess", text = "Your guess about the contact's real nationality", decoy = true },
    },
  },
  debrief = "The pattern here is the one used on Kevin Mallory, a former CIA case officer. An intelligence "
    .. "officer posing as a think-tank executive contacted him on LinkedIn and asked for a paper on policy. "
    .. "Mallory wrote a few papers, was paid well for them, and was then invited to Shanghai, where he was "
    .. "pitched directly. He went in March and April 2017, was convicted of selling secrets for $25,000, and "
    .. "was sentenced to 20 years. In 2017 Germany's BfV said about 10,000 Germans had been targeted, mainly "
    .. "on LinkedIn, through fake consultant, scholar and headhunter profiles, one with a photo from an "
    .. "online fashion catalogue. The lessons: guard what you post about your duties, connect selectively, know the "
    .. "little hook, take paid work near your job only with clearance, and report early, or late without fear.",
  scenes = {
    invite = {
      channel = "linkedin",
      from = marisol,
      text = "A connection request with a personal note:\n\n\"Hello! I just read your post about the sea "
        .. "trials of your new drive controller. Impressive engineering! At the Halvorsen Institute we bring "
        .. "practitioners and policy people together to talk about the future of energy at sea. I would "
        .. "love to have your voice in our network.\"\n\nHer photo shows a smiling professional in front of "
        .. "a harbour. LinkedIn says you have two connections in common, both recruiters.",
      flags = {
        { id = "cites_your_post", text = "She opens with your own post about the project you work on" },
      },
      innocent = {
        { id = "friendly_tone", text = "The note is warm and uses exclamation marks" },
      },
      discuss = {
        "What could this stranger know about you only because you posted it?",
        "What does accepting a connection cost you, and what does it give the other side?",
      },
      choices = {
        { "Open her profile before deciding", go = "profile" },
        { "Accept and thank her for the kind words", go = "chat1", hook = 1 },
        { "Forward the request to corporate security and ask them to look at it", go = "rep_early", report = true },
        { "Decline the request and get on with your day", go = "ignored" },
      },
    },

    profile = {
      channel = "linkedin",
      from = marisol,
      text = "Marisol Keane, Senior Fellow. 168 connections: nearly all of them engineers at shipyards and "
        .. "their suppliers, hardly anyone from the institute itself. Her career on the page begins three "
        .. "years ago; there is nothing before it. The institute's website has a glossy events calendar "
        .. "but no staff list, and its oldest publication is from last spring. Seen up close, her photo "
        .. "has the soft, even light of an advertising shoot. Under languages she lists four.",
      flags = {
        { id = "engineers_only", text = "Her network is almost all engineers in your sector, few colleagues" },
        { id = "short_history", text = "A senior title, but a career that starts three years ago" },
        { id = "ad_photo", text = "The photo has the polish of an advertising shoot" },
      },
      innocent = {
        { id = "four_languages", text = "She lists four languages" },
      },
      discuss = {
        "Which of these details would you put in a report, and which are just unusual?",
        "Why might it be a mistake to test the profile yourself?",
      },
      choices = {
        { "Report the profile to corporate security, with screenshots", go = "rep_early", report = true },
        { "Dig deeper yourself: search the photo and quiz her about the institute", go = "detective" },
        { "Accept anyway; a bigger network never hurts", go = "chat1", hook = 1 },
        { "Decline the request and move on", go = "ignored" },
      },
    },

    detective = {
      channel = "linkedin",
      from = marisol,
      text = "A reverse image search finds her photo on a clothing brand's catalogue page. Pleased with "
        .. "yourself, you write to her: \"Is that really you? And who funds your institute?\"\n\nWithin the "
        .. "hour she answers warmly, with a new photo and a link to a funders page naming two foundations "
        .. "you cannot find anywhere else. The next morning her profile is gone. At lunch your colleague "
        .. "Ana mentions a friendly \"Marit Keene\" from a maritime think tank who wrote to her yesterday.",
      flags = {
        { id = "recycled_identity", text = "A near-identical profile reappears under a slightly changed name" },
      },
      choices = {
        { "Go to corporate security now and tell them everything, including your questions", go = "rep_detective", report = true },
        { "Warn Ana yourself and leave it at that", go = "ignored" },
      },
    },

    chat1 = {
      channel = "linkedin",
      from = marisol,
      text = "\"Thank you for connecting! We are preparing a closed roundtable on the energy transition "
        .. "at sea, six weeks from now. Would you write a short perspective for it, three pages, public "
        .. "information only, your personal view? We offer an honorarium of 1,500 euros.\n\nIt would be "
        .. "easier if I sent the brief to your personal e-mail; messages here tend to get lost.\"",
      flags = {
        { id = "big_fee", text = "A generous fee for three pages of public information" },
        { id = "personal_email", text = "Asks to move the conversation to your personal e-mail" },
      },
      innocent = {
        { id = "roundtable_date", text = "She names a date for the roundtable, six weeks away" },
      },
      discuss = {
        "The paper would contain only public information. Is there still a risk? For whom?",
        "What would a request for clearance to corporate security look like here?",
      },
      choices = {
        { "Before answering, ask corporate security whether you may take part", go = "cleared", report = true },
        { "Send your personal e-mail address and write the paper", go = "paid1", hook = 1,
          effect = function(s) s.vars.fees = 1500; s.vars.papers = 1; s.vars.private_mail = true end },
        { "Delete the chat and block her", go = "deleted" },
        { "Report the approach to corporate security", go = "rep_early", report = true },
      },
    },

    paid1 = {
      channel = "email",
      from = marisol,
      text = function(s)
        return "Subject: Thank you!\n\nYour paper was \"a hit with our members\". The " .. eur(fees(s))
          .. " reached your account yesterday, though the sender was a \"Brightwater Advisory Ltd\", "
          .. "not the institute. Marisol now asks for a second piece at double the fee: how operators "
          .. "handle remote diagnostics of propulsion drives. \"You could draw on what you see at work; "
          .. "no names needed.\" She adds that using your private address was wise: \"our members value "
          .. "discretion.\""
      end,
      flags = {
        { id = "other_payer", text = "The payment comes from a company with a different name" },
        { id = "drifts_to_work", text = "The second topic moves towards what you do at work" },
      },
      innocent = {
        { id = "praise_charts", text = "She praises the charts in your first paper" },
      },
      choices = {
        { "Stop here and tell corporate security everything, the payment included", go = "rep_late", report = true },
        { "Write the second paper, drawing on what you see at work", go = "sensitive", hook = 1,
          effect = function(s) s.vars.fees = fees(s) + 3000; s.vars.papers = 2; s.vars.used_work = true end },
        { "Write it, but stick strictly to public sources", go = "sensitive", hook = 1,
          effect = function(s) s.vars.fees = fees(s) + 3000; s.vars.papers = 2 end },
        { "Keep the money, stop answering and delete the e-mails", go = "deleted_paid" },
      },
    },

    sensitive = {
      channel = "email",
      from = marisol,
      text = function(s)
        local opener = s.vars.used_work and "\"Your last paper showed you know exactly where to look. "
          or "\"Your papers are very good, but our members want to go deeper. "
        return opener .. "Could you share the actual figures from your company's sea trials: efficiency "
          .. "curves, the fault logs? We would pay 6,000 euros, and of course nothing would ever be "
          .. "attributed to you.\"\n\nShe closes with an invitation to the institute's annual forum abroad "
          .. "next month: \"We would love to fly you in as our guest.\" So far you have received "
          .. eur(fees(s)) .. "."
      end,
      flags = {
        { id = "asks_test_data", text = "Asks for your company's non-public test figures" },
        { id = "promise_discretion", text = "Promises that nothing will ever be attributed to you" },
      },
      discuss = {
        "How did the requests change from the first message to this one?",
        "What might stop someone from reporting at this point, and how can security make it easier?",
      },
      choices = {
        { "Refuse, and report it all to corporate security now", go = "rep_late", report = true },
        { "Send a few figures and accept the trip to the forum", go = "forum", hook = 2,
          effect = function(s) s.vars.fees = fees(s) + 6000; s.vars.sent_data = true end },
        { "Refuse politely, but tell no one", go = "pressure" },
      },
    },

    pressure = {
      channel = "chat",
      from = stranger,
      text = function(s)
        return "Two days later a message reaches your personal phone from a number you don't know:\n\n"
          .. "\"Marisol asked me to pass on her disappointment. We have always been generous with you: "
          .. eur(fees(s)) .. " so far, every transfer properly recorded. It would be awkward if your "
          .. "employer heard about our arrangement from someone else. One small table is all we need.\""
      end,
      flags = {
        { id = "veiled_threat", text = "Payment records and your employer mentioned in the same breath" },
      },
      choices = {
        { "Take screenshots, stop replying and go to corporate security", go = "rep_late", report = true },
        { "Send the table to make it stop", go = "compromised", hook = 2 },
        { "Delete everything and hope it goes away", go = "deleted_paid" },
      },
    },

    forum = {
      channel = "in_person",
      from = director,
      text = "The \"forum\" is a dinner in a private room for three. The director, Viktor Ostrander, "
        .. "opens a folder beside his plate: your papers, printouts of every transfer, the figures you sent. "
        .. "\"You are already one of our most valued contributors. Let us make it regular: a monthly "
        .. "retainer, a phone just for our conversations, a few questions now and then.\" He slides a new "
        .. "phone across the table.",
      flags = {
        { id = "folder_of_receipts", text = "The host keeps a folder of your papers and payments" },
        { id = "dedicated_phone", text = "Offers a phone to be used only for talking to them" },
      },
      innocent = {
        { id = "private_room", text = "Dinner is served in a private dining room" },
      },
      discuss = {
        "Why does the host show you the folder before making his offer?",
        "Is it too late to report now? What would you say to a colleague in this seat?",
      },
      choices = {
        { "Say you need time; on your return, go straight to corporate security", go = "rep_late", report = true },
        { "Take the phone and the retainer", go = "hooked", hook = 1 },
      },
    },

    deleted = {
      text = "You delete the chat and block her. It feels tidy. Three weeks later your colleague Ana "
        .. "mentions that a maritime institute has asked her for a paid paper. The name rings a bell, but "
        .. "your messages are gone: no profile link, no dates, nothing to show anyone.",
      choices = {
        { "Tell corporate security what you remember, even without the messages", go = "rep_after_delete", report = true },
        { "Say nothing; it is over for you", go = "walked_away" },
      },
    },

    deleted_paid = {
      text = function(s)
        return "You empty the folder and the trash. But deleting e-mails does not delete a bank transfer "
          .. "of " .. eur(fees(s)) .. ", nor the copies in the institute's archive. A month later an "
          .. "e-mail reaches your work address from Brightwater Advisory, asking you to confirm an "
          .. "invoice \"for your consultancy services\". Whoever sent it knows where you work and what you "
          .. "were paid. The only record of your side of the story was the one you just deleted."
      end,
      flags = {
        { id = "invoice_at_work", text = "The payer now writes to your work address about an invoice" },
      },
      choices = {
        { "Go to corporate security and tell them everything, including the deletion", go = "rep_late", report = true },
        { "Ignore it and hope it stops", go = "compromised" },
      },
    },

    ignored = {
      text = function(s)
        local first = s.visited("detective") and "You warn Ana and consider the matter closed. "
          or "You decline the request and forget about it. "
        return first .. "Two weeks later the security newsletter warns about fake think-tank profiles "
          .. "writing to engineers in your sector, asking anyone who has been contacted to get in touch. "
          .. "The example photo looks very familiar."
      end,
      choices = {
        -- What the trainee can hand over depends on what they looked at earlier.
        { "Send corporate security the profile details you noted when you looked at it", go = "rep_early", report = true,
          when = function(s) return s.visited("profile") end },
        { "Get in touch with corporate security and describe the approach", go = "rep_early", report = true,
          when = function(s) return not s.visited("profile") end },
        { "Nothing happened, so there is nothing to report", go = "walked_away" },
      },
    },

    rep_early = {
      text = function(s)
        local when = s.hook == 0 and "before you had even connected" or "before any paper or payment"
        return "Corporate security thanks you. You came " .. when .. ", which is the best moment there is. "
          .. "The analyst tells you the profile belongs to a cluster of new accounts writing to engineers in "
          .. "the maritime sector; your screenshots help them warn the others and inform the authorities. "
          .. "\"Keep doing exactly this,\" she says. \"You don't need to be sure. That is our job.\""
      end,
      ending = "reported",
    },

    cleared = {
      text = "You ask corporate security whether you may write the paper. They look into the institute "
        .. "and find no history before last spring, a payment route through a shell company, and eleven "
        .. "other engineers approached by the same fellow. Their advice is to decline politely, and they "
        .. "thank you: asking before taking part is exactly what the company's clearance rule is for.",
      ending = "cleared",
    },

    rep_detective = {
      text = "Security is glad you came, and takes your notes. The analyst also explains something: when "
        .. "you questioned the profile, the people behind it learned they had been spotted, so they switched "
        .. "names and moved on to Ana. Next time, bring it to security first and let them investigate. You "
        .. "did the most important thing, though: you reported it.",
      ending = "reported",
    },

    rep_after_delete = {
      text = "Security listens and writes down what you remember. Without the messages they have less to "
        .. "work with, but your account still links the approach to Ana's. Next time, keep everything "
        .. "exactly as it is and hand it over; deleting protects the other side, not you. Coming forward "
        .. "was still the right call, and it was welcome.",
      ending = "reported",
    },

    rep_late = {
      text = function(s)
        local money = fees(s) > 0 and ("You mention the " .. eur(fees(s)) .. " straight away. ") or ""
        return "You sit down with corporate security and tell them the whole story. " .. money
          .. "Nobody raises their voice. \"You came to us, and that is what counts,\" the officer says. "
          .. "\"People who come forward late are far better off than people who never do, and so is the "
          .. "company. From now on the contact goes through us, and we will work out the rest together.\""
      end,
      ending = "reported_late",
    },

    walked_away = {
      text = "You are out of it. But corporate security never heard about the profile, and it keeps "
        .. "writing to engineers in your sector. One report from you could have warned them all. If it "
        .. "ever happens again, a two-line e-mail to security is enough.",
      ending = "walked_away",
    },

    compromised = {
      text = "The table is followed by another request, then another. Each one is recorded, and each "
        .. "makes the next harder to refuse. This is the little hook working as designed. In real life the "
        .. "way out is still the same: corporate security, today, with everything you have kept.",
      ending = "compromised",
    },

    hooked = {
      text = "You fly home with a new phone, a retainer and a list of questions. The papers, the payments "
        .. "and the dinner were steps in one recruitment, the same steps that led Kevin Mallory to a "
        .. "20-year sentence. Even now, walking into corporate security would protect you better than "
        .. "anything the other side has promised.",
      ending = "hooked",
    },
  },
}
