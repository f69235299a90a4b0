-- SPDX-License-Identifier: Apache-2.0
-- Trains: spotting a fake think-tank profile on LinkedIn and reporting it before the
-- "little hook" sets (connection -> paid paper -> internal data -> trip -> leverage), and
-- stopping once reported. Half-measures: the platform's "report profile" button, warning a
-- colleague, a public post.
-- Seed facts used: Kevin Mallory, a former CIA case officer, was approached on LinkedIn by an
-- intelligence officer posing as a think-tank executive, wrote a few well-paid papers, was
-- invited to Shanghai and pitched there (TorchStone); he travelled there in March and April
-- 2017, was convicted of selling secrets for $25,000 and jailed for 20 years (BBC). The BfV's
-- 2017 warning: about 10,000 Germans targeted, mainly on LinkedIn, by fake consultant, scholar
-- and headhunter profiles, one with a photo from an online fashion catalogue (GlobalSecurity).

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
  audience = { "engineering", "research", "everyone" },
  summary = "A senior fellow of a maritime think tank sends you a friendly connection request. "
    .. "She has read your post about the drive controller you work on, and she would value your voice in her network.",
  minutes = 8,
  teaches = { "guard_profile", "connect_selectively", "little_hook", "clearance", "report", "no_fear" },
  start = "invite",
  report = {
    facts = {
      { id = "who_where", text = "Who contacted you: profile name, link and the platform used", required = true,
        why = "Security needs the exact profile to check it and to warn others it writes to." },
      { id = "asks_offers", text = "What she asked for and what she offered, with dates", required = true,
        when = function(s) return s.visited("chat1") end,
        why = "The request and the fee show how the hook works. Dates link it to other cases." },
      { id = "payments", text = "Every payment you received, who sent it and when", required = true,
        when = function(s) return s.visited("paid1") end,
        why = "Payments are what they would use to put pressure on you. Telling security first takes that away." },
      { id = "screenshots", text = "The messages and profile, kept exactly as received", required = true,
        when = function(s) return not s.vars.deleted end,
        why = "The original messages are the evidence. Keep them, even if the profile vanishes." },
      { id = "test_data", text = "A copy of the test data they wanted, so security sees what was at risk", decoy = true,
        when = function(s) return s.visited("sensitive") end,
        why = "Never copy sensitive data into a report. Say what was asked for; security will look at the real thing safely." },
      { id = "nationality_guess", text = "Your guess about Marisol's real nationality", decoy = true,
        why = "Approaches come from people of every background, and they target anyone with access. What counts is what she did, not where she may be from." },
    },
  },
  debrief = "This story follows the path used on Kevin Mallory, a former CIA officer. An intelligence "
    .. "officer posing as a think-tank executive wrote to him on LinkedIn and asked for a paper on policy. "
    .. "Mallory wrote a few papers and was paid well. Then he was invited to Shanghai and recruited there. "
    .. "He went in 2017, was convicted of selling secrets for $25,000, and got 20 years in prison. Also in "
    .. "2017, Germany's BfV said about 10,000 Germans had been targeted, mostly on LinkedIn, by fake "
    .. "consultants, scholars and headhunters. One profile used a photo from an online fashion catalogue. "
    .. "So: take care what you post about your job, and pick whom you connect with. Know the little "
    .. "hook. Take paid work near your job only with clearance. Report early, or late, without fear, "
    .. "and then stop all contact.",
  scenes = {
    invite = {
      channel = "linkedin",
      from = marisol,
      text = "A connection request with a note:\n\n\"Hello! I just read your post about the sea trials "
        .. "of your new drive controller. Impressive work! At the Halvorsen Institute we bring engineers "
        .. "and policy people together. I would love to have your voice in our network.\"\n\nHer photo "
        .. "shows a smiling professional by a harbour.",
      flags = {
        { id = "cites_your_post", text = "She opens with your own post about the project you work on" },
      },
      innocent = {
        { id = "friendly_tone", text = "The note is warm and uses exclamation marks" },
        { id = "harbour_photo", text = "Her photo was taken by a harbour" },
      },
      discuss = {
        "What could this stranger know about you only because you posted it?",
        "What does accepting a connection cost you, and what does it give the other side?",
      },
      choices = {
        { "Open her profile before deciding", go = "profile" },
        { "Accept, and thank her for the kind words", go = "chat1", hook = 1,
          gives = "A link to you: she now sees your network, and you look open to offers." },
        { "Forward the request to the address on the 'Report an approach' poster", go = "rep_early", report = true },
        { "Decline the request and get on with your day", go = "ignored" },
      },
    },

    profile = {
      channel = "linkedin",
      from = marisol,
      text = "Marisol Keane, Senior Fellow. 168 connections, nearly all engineers at shipyards and their "
        .. "suppliers. Her career on the page starts three years ago. The institute's website has a glossy "
        .. "events page but no staff list. Up close, her photo has the soft light of an advert. She "
        .. "lists four languages.",
      flags = {
        { id = "engineers_only", text = "Her network is almost all engineers in your sector" },
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
        { "Take screenshots and send them to the security team", go = "rep_early", report = true },
        { "Click LinkedIn's 'Report this profile' button and block her", go = "platform" },
        { "Dig deeper yourself: search the photo and quiz her about the institute", go = "detective",
          how = "keep_talking" },
        { "Accept anyway; a bigger network never hurts", go = "chat1", hook = 1,
          gives = "A link to you: she now sees your network, and you look open to offers." },
      },
    },

    platform = {
      text = "LinkedIn thanks you for the report. Three days later her profile is gone, and it feels "
        .. "handled. Then, at lunch, your colleague Ana mentions a friendly \"Marit Keene\" from a maritime "
        .. "think tank who wrote to her yesterday. The platform took down one account. Nobody at your "
        .. "company knows that its engineers are being targeted.",
      flags = {
        { id = "same_pitch_to_ana", text = "A near-identical profile now writes to your colleague" },
      },
      innocent = {
        { id = "lunch_chat", text = "Ana tells you about it over lunch" },
      },
      discuss = {
        "What does the platform's report button do, and what does it leave undone?",
      },
      choices = {
        { "Tell the team on the badge poster about both profiles", go = "rep_early", report = true },
        { "Warn Ana yourself and leave it at that", go = "ignored" },
      },
    },

    detective = {
      channel = "linkedin",
      from = marisol,
      text = "The photo turns up in a clothing brand's catalogue. You write: \"Is that really you? Who "
        .. "funds your institute?\" She answers warmly, with a new photo and a list of funders you cannot "
        .. "find anywhere. The next morning her profile is gone. At lunch Ana mentions a \"Marit Keene\" "
        .. "who wrote to her yesterday.",
      flags = {
        { id = "recycled_identity", text = "A near-identical profile reappears under a slightly changed name" },
      },
      innocent = {
        { id = "quick_reply", text = "She answers within the hour" },
      },
      choices = {
        { "Go to the team on the badge poster and tell them everything, your questions too", go = "rep_early", report = true },
        { "Post a public warning about her on your own feed", go = "ignored", how = "post_publicly",
          effect = function(s) s.vars.posted = true end },
        { "Warn Ana yourself and leave it at that", go = "ignored" },
      },
    },

    chat1 = {
      channel = "linkedin",
      from = marisol,
      text = "\"Thank you for connecting! We are planning a closed roundtable on energy at sea. Would "
        .. "you write a short view for it? Three pages, public facts only, 1,500 euros.\n\nIt would be "
        .. "easier if I sent the brief to your personal e-mail; messages here get lost.\"",
      flags = {
        { id = "big_fee", text = "A generous fee for three pages of public information" },
        { id = "personal_email", text = "Asks to move the conversation to your personal e-mail" },
      },
      innocent = {
        { id = "roundtable_date", text = "The roundtable is six weeks away" },
      },
      discuss = {
        "The paper would contain only public information. Is there still a risk? For whom?",
        "What would a request for clearance look like here?",
      },
      choices = {
        { "Before answering, ask the security team whether you may take part", go = "cleared", report = true },
        { "Send your personal e-mail address and write the paper", go = "paid1", hook = 1,
          gives = "Your private address and a first paid paper. They now have a record of paying you.",
          effect = function(s) s.vars.fees = 1500 end },
        { "Delete the chat and block her", go = "deleted", how = "delete",
          effect = function(s) s.vars.deleted = true end },
        { "Stop, and hand the chat to the reporting line on the intranet", go = "rep_early", report = true },
      },
    },

    paid1 = {
      channel = "email",
      from = marisol,
      text = function(s)
        return "Your paper was \"a hit with our members\". The " .. eur(fees(s)) .. " came from a "
          .. "\"Brightwater Advisory Ltd\", not the institute. Now Marisol wants a second piece at double "
          .. "the fee: how operators run remote diagnostics of drives. \"Draw on what you see at work; no "
          .. "names needed.\""
      end,
      flags = {
        { id = "other_payer", text = "The payment comes from a company with a different name" },
        { id = "drifts_to_work", text = "The second topic moves towards what you do at work" },
      },
      innocent = {
        { id = "praise_charts", text = "She praises the charts in your first paper" },
      },
      choices = {
        { "Stop here and call the reporting line: tell them everything, the payment too", go = "rep_late", report = true },
        { "Write the second paper, drawing on what you see at work", go = "sensitive", hook = 1,
          gives = "Know-how from your job, paid for and on record.",
          effect = function(s) s.vars.fees = fees(s) + 3000; s.vars.used_work = true end },
        { "Write it, but stick strictly to public sources", go = "sensitive", hook = 1,
          gives = "A second paid paper: one more payment in their file on you.",
          effect = function(s) s.vars.fees = fees(s) + 3000 end },
        { "Keep the money, stop answering and delete the e-mails", go = "deleted_paid", how = "delete",
          effect = function(s) s.vars.deleted = true end },
      },
    },

    sensitive = {
      channel = "email",
      from = marisol,
      text = function(s)
        local opener = s.vars.used_work and "\"You clearly know where to look. " or "\"Our members want more depth. "
        return opener .. "Could you share the real figures from your company's sea trials: the "
          .. "efficiency curves, the fault logs? 6,000 euros, and nothing would ever be linked to you.\" "
          .. "She also invites you to the institute's forum abroad, as their guest. So far you have "
          .. "received " .. eur(fees(s)) .. "."
      end,
      flags = {
        { id = "asks_test_data", text = "Asks for your company's non-public test figures" },
        { id = "promise_discretion", text = "Promises that nothing will ever be linked to you" },
      },
      innocent = {
        { id = "weekend_wish", text = "She wishes you a good weekend" },
      },
      discuss = {
        "How did the requests change from the first message to this one?",
        "What might stop someone from reporting at this point, and how can security make it easier?",
      },
      choices = {
        { "Refuse, and take the whole thread to the security team now", go = "rep_late", report = true },
        { "Send a few figures and accept the trip to the forum", go = "forum", hook = 2,
          gives = "Company test data and a trip they pay for. This is now a real leak.",
          effect = function(s) s.vars.fees = fees(s) + 6000 end },
        { "Refuse politely, but tell no one", go = "pressure" },
      },
    },

    pressure = {
      channel = "chat",
      from = stranger,
      text = function(s)
        return "Two days later, on your personal phone, from a number you don't know:\n\n\"Marisol is "
          .. "disappointed. We have been generous: " .. eur(fees(s)) .. " so far, every transfer "
          .. "recorded. It would be awkward if your employer heard about it from someone else. One small "
          .. "table is all we need.\""
      end,
      flags = {
        { id = "veiled_threat", text = "Payment records and your employer mentioned in the same breath" },
      },
      innocent = {
        { id = "sunday_message", text = "The message arrives on a Sunday afternoon" },
      },
      choices = {
        { "Take screenshots, stop replying and call the number on your badge", go = "rep_late", report = true },
        { "Send the table to make it stop", go = "compromised", hook = 2,
          gives = "Company data, sent under pressure. Now they know pressure works on you." },
        { "Delete everything and hope it goes away", go = "deleted_paid", how = "delete",
          effect = function(s) s.vars.deleted = true end },
      },
    },

    forum = {
      channel = "in_person",
      from = director,
      text = "The \"forum\" is a dinner for three in a private room. The director, Viktor Ostrander, "
        .. "opens a folder: your papers, every transfer, the figures you sent. \"You are one of our best "
        .. "contributors. Let us make it regular: a monthly fee, a phone just for us, a few questions now "
        .. "and then.\" He slides a new phone across the table.",
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
        { "Say you need time; back home, go straight to the security team", go = "rep_late", report = true },
        { "Take the phone and the monthly fee", go = "hooked", hook = 1,
          gives = "A secret phone and a monthly fee. You are now working for them." },
      },
    },

    deleted = {
      text = "You delete the chat and block her. It feels tidy. Three weeks later Ana mentions that a "
        .. "maritime institute has asked her for a paid paper. The name rings a bell, but your messages "
        .. "are gone: no profile link, no dates, nothing to show anyone.",
      flags = {
        { id = "ana_asked_too", text = "The same institute now asks a colleague for a paid paper" },
      },
      innocent = {
        { id = "three_weeks", text = "Three weeks have passed" },
      },
      choices = {
        { "Write down what you remember and send it to the 'Report an approach' address", go = "rep_early", report = true },
        { "Say nothing; it is over for you", go = "walked_away" },
      },
    },

    deleted_paid = {
      text = function(s)
        return "You empty the folder and the trash. But deleting e-mails does not undo a transfer of "
          .. eur(fees(s)) .. ", nor the copies they keep. A month later Brightwater Advisory writes to "
          .. "your work address to confirm an invoice \"for your consulting\". They know where you work. "
          .. "Your side of the story was in what you deleted."
      end,
      flags = {
        { id = "invoice_at_work", text = "The payer now writes to your work address about an invoice" },
      },
      innocent = {
        { id = "invoice_logo", text = "The invoice has a neat company logo" },
      },
      choices = {
        { "Go to the security team and tell them everything, the deletion too", go = "rep_late", report = true },
        { "Ignore it and hope it stops", go = "compromised" },
      },
    },

    ignored = {
      text = function(s)
        local first = s.vars.posted and "Your warning post gets a few likes, and the profile vanishes. "
          or (s.visited("platform") or s.visited("detective")) and "You warn Ana and consider it closed. "
          or "You decline the request and forget about it. "
        return first .. "Two weeks later the company newsletter warns about fake think-tank profiles "
          .. "writing to engineers in your sector. Anyone contacted should get in touch. The sample "
          .. "photo looks very familiar."
      end,
      choices = {
        { "Reply to the newsletter's contact and describe the approach", go = "rep_early", report = true },
        { "Nothing happened, so there is nothing to report", go = "walked_away" },
      },
    },

    -- After an early report: the approach goes on, and the trainee must leave it to security.
    rep_early = {
      text = function(s)
        local note = s.visited("detective") and " They add that your questions told her she was spotted; next time, leave that to them."
          or s.vars.deleted and " Without the messages they have less to go on; next time, keep them."
          or ""
        return "The security team thanks you and asks you not to reply to her." .. note .. " Two days "
          .. "later the institute e-mails your work address: \"Marisol would still love a short paper "
          .. "from you. Three pages, 1,500 euros. Shall we send the brief?\""
      end,
      choices = {
        { "Forward it to the security team unanswered and leave it with them", go = "thanks" },
        { "Write the paper anyway; nobody said you couldn't", go = "went_on", hook = 1,
          gives = "A paid paper after your report. Their record of you starts anyway." },
      },
    },

    cleared = {
      text = "The security team looks into the institute. It has no history before last spring, pays "
        .. "through a shell company, and eleven other engineers got the same offer. Their advice: decline "
        .. "politely. You do. Marisol answers at once: \"Such a pity! Just your personal view then, one "
        .. "page, 500 euros?\"",
      flags = {
        { id = "smaller_ask", text = "A refusal is met with a smaller, easier request" },
      },
      innocent = {
        { id = "quick_answer", text = "She answers at once" },
      },
      choices = {
        { "Decline again, as advised, and pass her answer on", go = "cleared_end" },
        { "Write the one page anyway; it is only your opinion", go = "advice_ignored", hook = 1,
          gives = "A paid page against the advice you asked for. The hook is in." },
      },
    },

    rep_late = {
      text = function(s)
        local money = fees(s) > 0 and ("You mention the " .. eur(fees(s)) .. " straight away. ") or ""
        return "You sit down with the security team and tell them the whole story. " .. money
          .. "Nobody raises their voice. They ask you to stop all contact and pass on anything new. A "
          .. "week later a message comes: \"One last table, 6,000 euros, and we are done.\""
      end,
      choices = {
        { "Pass it to the security team unanswered", go = "thanks_late" },
        { "Send one last table quietly, to end it", go = "went_on", hook = 2,
          gives = "Company data sent after your report. It undoes much of what the report achieved." },
      },
    },

    thanks = {
      text = "The team adds your messages to a cluster of new accounts writing to engineers in the "
        .. "maritime sector, and warns the others. \"Keep doing exactly this,\" the analyst says. "
        .. "\"You don't need to be sure. Checking is our job.\"",
      ending = "reported",
      lesson = "You reported before you gave anything away, and then you left it to security. That is the "
        .. "habit. You did not need to be sure first.",
    },

    thanks_late = {
      text = "The team takes it from here. \"You came to us, and that is what counts,\" the officer says. "
        .. "\"People who come forward late are far better off than people who never do, and so is the "
        .. "company.\" The messages stop a few weeks later.",
      ending = "reported_late",
      lesson = "Coming forward late still took away their leverage. Each paper and payment made it harder, "
        .. "so next time report at the first odd message.",
    },

    cleared_end = {
      text = "Security thanks you. Asking before taking part is exactly what the clearance rule is for, "
        .. "and your question helped them warn eleven colleagues. The institute stops writing a week later.",
      ending = "cleared",
      lesson = "Asking before you take paid work near your job is the right move. Following the answer "
        .. "matters just as much.",
    },

    went_on = {
      text = "You told security, then went on anyway. A month later your name turns up on the payment "
        .. "list of the institute they are looking into, next to the work you sent after your report. "
        .. "The team still helps you, but it is a much harder talk.",
      ending = "compromised",
      lesson = "Reporting is not a licence to go on. Once you have told security, stop all contact and "
        .. "pass on anything new. Every step after the report is still a step into the hook.",
    },

    advice_ignored = {
      text = "The page goes out and 500 euros arrive from Brightwater Advisory, the shell company "
        .. "security had named. Marisol is delighted and has \"a small follow-up question\". The hook is "
        .. "in, against the advice you asked for.",
      ending = "compromised",
      lesson = "Asking for clearance was right, but clearance means following the answer. A small paid "
        .. "page after a \"no\" is still the little hook.",
    },

    walked_away = {
      text = "You are out of it. But the security team never heard about the profile, and it keeps "
        .. "writing to engineers in your sector. One report from you could have warned them all. If it "
        .. "happens again, two lines to security are enough.",
      ending = "walked_away",
      lesson = "Declining, blocking or deleting keeps you safe, but nobody else. A short note to security "
        .. "warns the next person.",
    },

    compromised = {
      text = "The table is followed by another request, then another. Each one is recorded, and each "
        .. "makes the next harder to refuse. This is the little hook working as designed. In real life "
        .. "the way out is still the same: the security team, today, with everything you kept.",
      ending = "compromised",
      lesson = "Giving in to pressure only adds to their file on you. The records they threaten you with "
        .. "lose their power once security knows.",
    },

    hooked = {
      text = "You fly home with a new phone, a monthly fee and a list of questions. The papers, the "
        .. "payments and the dinner were steps in one recruitment, like the ones that led Kevin Mallory to "
        .. "a 20-year sentence. Even now, security is your best way out.",
      ending = "hooked",
      lesson = "Each step looked small: a link, a paper, a trip. Together they made you an agent. Report "
        .. "at the first step, and at any step after it.",
    },
  },
}
