-- Trains: the "little hook" by e-mail: a well-paid harmless paper, then papers that edge
-- towards internal data, then leverage from the recorded payments; asking for clearance first.
-- Seed facts used: TorchStone on the 2024 German case (first suspect reportedly recruited
-- remotely through a research paper for an officer under academic or commercial cover; associates
-- with a Düsseldorf business brought in later) and on how the little hook documents every payment;
-- Claiborne's $2,480 payment a month before a request for internal analysis (Stratfor).

local tobias = { name = "Tobias Lindqvist", role = "Research Director", org = "Northbridge Technical Insights" }

-- An amount in euros with a thousands separator, e.g. 4500 -> "4,500 euros".
local function eur(n)
  local digits = tostring(math.floor(n)):reverse():gsub("(%d%d%d)", "%1,"):reverse()
  return (digits:gsub("^,", "")) .. " euros"
end

local function total(s) return s.vars.paid or 0 end

return scenario {
  id = "paid-paper",
  title = "Six Pages, Public Sources Only",
  tactic = "paid_paper",
  summary = "An expert-network consultancy offers you a generous fee for a short overview of your field, "
    .. "using public sources only. The client is confidential, the deadline relaxed, the tone charming.",
  minutes = 8,
  teaches = { "little_hook", "clearance", "report", "no_fear" },
  start = "first_mail",
  report = {
    facts = {
      { id = "sender", text = "Who wrote to you: name, firm, address and how they found you", required = true },
      { id = "requests_fees", text = "Each paper requested, the fees offered or paid, the payer and dates", required = true },
      { id = "originals", text = "The original e-mails, kept unedited", required = true },
      { id = "process_sheet", text = "The process sheet they asked for, attached so security sees it", decoy = true },
      { id = "private_digging", text = "The contact's home address, which you found by searching on your own", decoy = true },
    },
  },
  debrief = "In April 2024 German authorities arrested three citizens accused of working for China's Ministry of "
    .. "State Security to obtain technology with military uses. Early reports suggest the first was recruited "
    .. "remotely by writing a research paper for an officer under academic or commercial cover, and that "
    .. "he later drew in associates who ran a business in Düsseldorf. This is the little hook: pay well for a "
    .. "harmless paper, ask for more sensitive ones, and record every transaction so it can be used as "
    .. "leverage. In Candace Claiborne's case, a request for internal analysis came a month after a $2,480 "
    .. "payment. Be sceptical of paid papers that touch your work, take part only with company knowledge "
    .. "and clearance, and report approaches to corporate security, however late.",
  scenes = {
    first_mail = {
      channel = "email",
      from = tobias,
      text = "Subject: Expert opinion, paid\n\n\"Northbridge Technical Insights connects industry experts "
        .. "with clients who want to understand technology markets. Your poster at last year's surface "
        .. "engineering conference caught our attention. A client, a university research consortium, would "
        .. "welcome a six-page overview of trends in industrial coatings, from public sources only. The "
        .. "fee is 900 euros.\"\n\nBelow the signature runs a long privacy notice in small print.",
      flags = {
        { id = "unsolicited_fee", text = "A generous, unsolicited fee from a firm you have never dealt with" },
      },
      innocent = {
        { id = "privacy_footer", text = "A long privacy notice under the signature" },
      },
      discuss = {
        "Which part of this e-mail would make you pause, and why?",
        "Does your company have a rule on paid outside work? Who would you ask?",
      },
      choices = {
        { "Look the firm up before replying", go = "lookup" },
        { "Ask corporate security whether you may take on the work", go = "cleared", report = true },
        { "Accept: public sources only, what could go wrong?", go = "brief1", hook = 1,
          effect = function(s) s.vars.fee = 900 end },
        { "Report the e-mail to corporate security as a possible approach", go = "rep_early", report = true },
        { "Ignore it", go = "ignored" },
      },
    },

    lookup = {
      text = "Northbridge's website is smooth: stock photos, a mission statement, no client names and no "
        .. "team page apart from Tobias himself. The registered address is a serviced-office building that "
        .. "rents desks by the day. Tobias's professional profile has 61 connections and no posts.",
      flags = {
        { id = "no_track_record", text = "No clients, no team and no track record anywhere on the website" },
        { id = "desk_address", text = "The registered address rents desks by the day" },
      },
      innocent = {
        { id = "stock_photos", text = "The website uses stock photos" },
      },
      choices = {
        { "Report the e-mail and what you found to corporate security", go = "rep_early", report = true },
        { "Reply and ask Tobias who the client really is", go = "probe" },
        { "Accept the work anyway", go = "brief1", hook = 1, effect = function(s) s.vars.fee = 900 end },
      },
    },

    probe = {
      channel = "email",
      from = tobias,
      text = "Tobias answers within minutes. \"A fair question! Our clients insist on confidentiality, but "
        .. "I can say it is a respected university consortium. As a sign of good faith we will raise the "
        .. "fee to 1,200 euros.\"\n\nA second line follows: \"Please don't circulate the brief inside your "
        .. "company. Our client's interest is commercially sensitive.\"",
      flags = {
        { id = "fee_raised", text = "Your doubt is answered with more money" },
        { id = "keep_quiet", text = "Asks you not to share the brief inside your company" },
      },
      discuss = {
        "What did asking the contact directly achieve? What did it give away?",
      },
      choices = {
        { "Take the whole thread to corporate security", go = "rep_early", report = true },
        { "Accept at 1,200 euros", go = "brief1", hook = 1, effect = function(s) s.vars.fee = 1200 end },
      },
    },

    ignored = {
      channel = "email",
      from = tobias,
      text = "Two weeks later: \"Just following up! Our client is keen on your perspective and has "
        .. "authorised 1,500 euros. Happy to adapt the deadline to your schedule.\"",
      flags = {
        { id = "persistent", text = "Silence is answered with a higher fee" },
      },
      choices = {
        { "Forward both e-mails to corporate security", go = "rep_early", report = true },
        { "Accept at 1,500 euros", go = "brief1", hook = 1, effect = function(s) s.vars.fee = 1500 end },
        { "Ignore it again", go = "walked_away" },
      },
    },

    brief1 = {
      channel = "email",
      from = tobias,
      text = function(s)
        return "The brief arrives: market trends, main suppliers, the research outlook, all from public "
          .. "sources. Payment of " .. eur((s.vars.fee or 900)) .. " on delivery. The deadline is a "
          .. "relaxed three weeks.\n\nFor \"compliance\", Tobias asks for a scan of your passport, your home "
          .. "address and your bank details."
      end,
      flags = {
        { id = "passport_scan", text = "Wants a passport scan and your home address for a small paper" },
      },
      innocent = {
        { id = "relaxed_deadline", text = "A relaxed three-week deadline" },
      },
      choices = {
        { "Write and deliver the overview", go = "paid1", hook = 1,
          effect = function(s) s.vars.paid = s.vars.fee or 900 end },
        { "Hold on: tell corporate security before delivering anything", go = "rep_early", report = true },
        { "Back out quietly and delete the whole thread", go = "deleted" },
      },
    },

    paid1 = {
      channel = "email",
      from = tobias,
      text = function(s)
        return "The " .. eur(total(s)) .. " arrive, sent by a trading company abroad you have never heard "
          .. "of. Tobias is delighted: \"The client loved it. Next, they would like a comparison of the main "
          .. "coating processes, and your own view of the temperatures and layer thicknesses that really "
          .. "work in production. 2,500 euros.\" His feedback also corrects two references in your paper."
      end,
      flags = {
        { id = "third_party_payer", text = "Paid by an unknown trading company, not by the firm that hired you" },
        { id = "production_values", text = "Asks for production parameters from your own experience" },
      },
      innocent = {
        { id = "corrects_references", text = "The feedback corrects two references in your paper" },
      },
      discuss = {
        "When did this stop being a harmless paper?",
        "What would you tell security about the money you have already received?",
      },
      choices = {
        { "Tell corporate security everything, the payment included", go = "rep_late", report = true },
        { "Write it, with the real values you use at work", go = "paper2", hook = 1,
          effect = function(s) s.vars.paid = total(s) + 2500; s.vars.leaked = true end },
        { "Write it, but only with ranges published in journals", go = "paper2", hook = 1,
          effect = function(s) s.vars.paid = total(s) + 2500 end },
        { "Stop replying and delete everything", go = "deleted" },
      },
    },

    paper2 = {
      channel = "phone",
      from = tobias,
      text = function(s)
        local verdict = s.vars.leaked and "\"The client loved your numbers.\"" or "\"The client found it a bit general.\""
        return "Tobias calls your mobile for the first time. " .. verdict .. " Then, quickly: \"Now they "
          .. "would like the real thing: your company's process sheet for the new line, and the names of "
          .. "your two key suppliers. 6,000 euros. Send it to my private address, not through the firm. "
          .. "And between us, no need to mention this at work. Employers can be funny about side income.\""
      end,
      flags = {
        { id = "internal_docs", text = "Asks for an internal process sheet and supplier names" },
        { id = "hide_from_employer", text = "Suggests keeping the work from your employer" },
      },
      choices = {
        { "End the call and report it all to corporate security", go = "rep_late", report = true },
        { "Send the process sheet", go = "recruit", hook = 2,
          effect = function(s) s.vars.paid = total(s) + 6000; s.vars.sheet = true end },
        { "Refuse firmly, and keep it to yourself", go = "pressure" },
      },
    },

    pressure = {
      channel = "email",
      from = tobias,
      text = function(s)
        local figures = s.vars.leaked and ", both papers, including the production values you supplied" or " and both papers"
        return "\"Disappointing. Let me remind you that our client holds your signed invoices, your "
          .. "passport copy" .. figures .. ". Records like these are so easily misread. One document, and "
          .. "we part as friends.\""
      end,
      flags = {
        { id = "records_as_leverage", text = "Your invoices and passport copy are mentioned as a warning" },
      },
      choices = {
        { "Keep the e-mail, stop replying and go to corporate security", go = "rep_late", report = true },
        { "Send the document so it ends", go = "compromised", hook = 2 },
        { function(s) return "Offer to pay back the " .. eur(total(s)) .. " if he leaves you alone" end,
          go = "payback", when = function(s) return total(s) > 0 end },
        { "Delete everything and block the address", go = "deleted" },
      },
    },

    payback = {
      channel = "email",
      from = tobias,
      text = function(s)
        return "Tobias replies within the hour. \"Keep the money, it was honestly earned. But you "
          .. "misunderstand: money can be returned, records cannot. The invoices, the transfers, your "
          .. "papers. Our client keeps everything. One document, and we part as friends.\"\n\nThe "
          .. eur(total(s)) .. " were never the point."
      end,
      flags = {
        { id = "records_not_money", text = "Refuses the money back and points to the records instead" },
      },
      choices = {
        { "Keep the e-mail, stop replying and go to corporate security", go = "rep_late", report = true },
        { "Send the document so it ends", go = "compromised", hook = 2 },
      },
    },

    recruit = {
      channel = "in_person",
      from = tobias,
      text = "Tobias suggests a coffee at an airport hotel and hands you an envelope \"for your "
        .. "trouble\". Then the new plan: \"Our client wants to grow. You know people at the university lab "
        .. "that works with your team, and your friend runs a small supplier firm, doesn't she? A research "
        .. "transfer agreement through her company would suit everyone.\"",
      flags = {
        { id = "recruit_others", text = "Wants you to bring in friends and a partner firm" },
        { id = "cash_envelope", text = "A cash envelope handed over in a public place" },
      },
      innocent = {
        { id = "airport_hotel", text = "You meet in an airport hotel lobby" },
      },
      discuss = {
        "Why does Tobias now want other people and companies involved?",
        "What would make it easier for someone this deep to come forward?",
      },
      choices = {
        { "Leave the envelope on the table and go to corporate security", go = "rep_late", report = true },
        { "Take the envelope and make the introductions", go = "hooked", hook = 1 },
      },
    },

    deleted = {
      text = function(s)
        local money = total(s) > 0 and ("The " .. eur(total(s)) .. " are still in your bank statement. ") or ""
        return "You delete the thread, the brief and your drafts, then empty the trash. " .. money
          .. "Tobias still has every message. Deleted files can often be recovered, and a gap where records "
          .. "should be looks worse than an awkward e-mail. A month later corporate security calls: "
          .. "someone else reported Northbridge, and your address is in their mailing list."
      end,
      flags = {
        { id = "your_name_found", text = "Your address shows up in material someone else reported" },
      },
      choices = {
        { "Tell security everything, including what you deleted", go = "rep_late", report = true },
        { "Say you have never heard of them", go = "denied" },
      },
    },

    rep_early = {
      text = function(s)
        local note = s.visited("probe")
          and " One tip: asking the contact who the client is only gives them a chance to polish the story. Let security ask the questions."
          or ""
        return "Corporate security thanks you. Northbridge turns out to be a front that has written to "
          .. "specialists at several firms in your field; your e-mails help the team warn them and inform "
          .. "the authorities." .. note
      end,
      ending = "reported",
    },

    cleared = {
      text = "You ask security whether you may write the overview. They check Northbridge, find a front "
        .. "with no real clients, and advise you to decline politely without explanation. Your question is "
        .. "logged as a report, which helps them warn others. Asking before taking part in paid work near "
        .. "your job is exactly what the clearance rule is for.",
      ending = "cleared",
    },

    rep_late = {
      text = function(s)
        local money = total(s) > 0 and (" You mention the " .. eur(total(s)) .. ", and they note it without judgement.") or ""
        return "You tell corporate security the whole story." .. money .. " \"Thank you for coming to us. "
          .. "That is the step that matters,\" says the officer. \"Coming forward late is far better than "
          .. "never. These people rely on you feeling too embarrassed to talk. From here on, we handle the "
          .. "contact together.\""
      end,
      ending = "reported_late",
    },

    denied = {
      text = "Security already has your address in Northbridge's files, so the denial does not hold; it "
        .. "turns an awkward situation into a serious one. Jerry Chun Shing Lee also hid his "
        .. "tasking in a 2012 interview, and a deleted file was recovered anyway. The way out is the same "
        .. "at every stage: tell corporate security everything.",
      ending = "compromised",
    },

    compromised = {
      text = "The document goes out. A week later comes a new request, then another, each one recorded like "
        .. "the last. The little hook is set. In real life the way out is still the same: corporate "
        .. "security, today, with everything you have kept.",
      ending = "compromised",
    },

    hooked = {
      text = "With the envelope in your pocket, you make the introductions, and now other people are "
        .. "exposed too. The German case of 2024 allegedly grew the same way, from one paper to a partner "
        .. "company and a research agreement with a university. Even now, corporate security is the way out.",
      ending = "hooked",
    },

    walked_away = {
      text = "Northbridge stops writing to you and moves on to your colleagues. Nothing happened to you, "
        .. "but security never heard about the approach, and the next engineer may say yes. Forwarding the "
        .. "first e-mail would have taken one minute.",
      ending = "walked_away",
    },
  },
}
