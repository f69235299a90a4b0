-- SPDX-License-Identifier: Apache-2.0
-- Trains: the "little hook" by e-mail: a well-paid harmless paper, then papers that edge
-- towards internal data, then leverage from the recorded payments; asking for clearance first,
-- and stopping once reported. Half-measure: asking HR whether side work is allowed.
-- Seed facts used: TorchStone on the 2024 German case (three citizens arrested on charges of
-- spying; early reports suggest the first was recruited remotely through a research paper for
-- an officer under academic or commercial cover, then brought in associates who owned a
-- business in Düsseldorf, which allegedly helped set up a research transfer agreement with a
-- university) and on how the little hook records every payment; the criminal complaint against
-- Candace Claiborne as reported by Stratfor (a $2,480 payment a month before a request for
-- internal analysis; deleting e-mails "more likely to raise suspicions than to eliminate
-- evidence"); Jerry Chun Shing Lee hiding his tasking in a 2012 interview (BBC).

local tobias = { name = "Tobias Lindqvist", role = "Research Director", org = "Northbridge Technical Insights" }
local hr = { name = "HR Service Desk", role = "Human Resources", org = "Your company" }

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
  audience = { "engineering", "research" },
  summary = "An expert-network consultancy offers you a generous fee for a short overview of your field, "
    .. "using public sources only. The client is confidential, the deadline relaxed, the tone charming.",
  minutes = 8,
  teaches = { "little_hook", "clearance", "report", "no_fear" },
  start = "first_mail",
  report = {
    facts = {
      { id = "sender", text = "Who wrote to you: name, firm, address and how they found you", required = true,
        why = "Security uses this to check the firm and to warn others it writes to." },
      { id = "requests_fees", text = "Each paper asked for, the fees offered or paid, the payer and dates", required = true,
        why = "The list of requests and payments shows the little hook at work. Security needs all of it." },
      { id = "originals", text = "The original e-mails, kept unedited", required = true,
        when = function(s) return not s.vars.deleted end,
        why = "The original messages are the evidence, and they show your good faith." },
      { id = "process_sheet", text = "The process sheet they asked for, attached so security sees it", decoy = true,
        when = function(s) return s.visited("paper2") end,
        why = "Never copy sensitive data into a report. Say what was asked for; security will look at the real thing safely." },
      { id = "private_digging", text = "Tobias's home address, which you found by searching on your own", decoy = true,
        when = function(s) return s.visited("lookup") end,
        why = "Do not dig into a contact on your own. Security has the means and the rules to check people." },
      { id = "origin_guess", text = "Your guess about where Tobias is really from", decoy = true,
        why = "Approaches come from people of every background, and they target anyone with access. What counts is what he did, not where he may be from." },
    },
  },
  debrief = "In April 2024, German authorities arrested three people on charges of spying for China. "
    .. "Early reports suggest the first was recruited from afar. He was asked to write a research paper "
    .. "for an officer posing as an academic or a business. Reports say he then brought in friends who "
    .. "owned a firm in Düsseldorf. This is the little hook. They pay well for a harmless paper, then "
    .. "ask for more sensitive ones, and keep a record of each payment. In the case of Candace Claiborne, "
    .. "a US State Department worker charged in 2017, the complaint says a request for internal analysis "
    .. "came a month after a $2,480 payment. Be wary of paid papers that touch your work. Take part only "
    .. "with your company's knowledge and clearance. Report any approach, even late, and then stop all "
    .. "contact.",
  scenes = {
    first_mail = {
      channel = "email",
      from = tobias,
      text = "Subject: Expert opinion, paid\n\n\"Northbridge connects industry experts with clients. "
        .. "Your poster at last year's surface engineering conference caught our eye. A client, a "
        .. "university group, would like a six-page overview of trends in industrial coatings, from public "
        .. "sources only. The fee is 900 euros.\"\n\nA long privacy notice follows the signature.",
      flags = {
        { id = "unsolicited_fee", text = "A generous, unsolicited fee from a firm you have never dealt with" },
      },
      innocent = {
        { id = "privacy_footer", text = "A long privacy notice under the signature" },
        { id = "conference_poster", text = "He mentions your poster at a public conference" },
      },
      discuss = {
        "Which part of this e-mail would make you pause, and why?",
        "Does your company have a rule on paid outside work? Who would you ask?",
      },
      choices = {
        { "Look the firm up before replying", go = "lookup" },
        { "Ask the security team whether you may take on the work", go = "cleared", report = true },
        { "Ask HR whether paid side work is allowed", go = "hr" },
        { "Accept: public sources only, what could go wrong?", go = "brief1", hook = 1,
          gives = "A yes to a stranger's paid work. Now they know you can be bought.",
          effect = function(s) s.vars.fee = 900 end },
        { "Ignore it", go = "ignored" },
      },
    },

    hr = {
      channel = "email",
      from = hr,
      text = "\"Paid side work is fine as long as you declare it. Please fill in the attached form: "
        .. "client name, hours and fee.\"\n\nThe form takes two minutes. Nobody asks who Northbridge is, "
        .. "who pays them, or why they picked you. HR checks the paperwork, not the people behind an offer.",
      discuss = {
        "What does HR's answer cover, and what does it leave open?",
      },
      choices = {
        { "Declare it on the form and accept the work", go = "brief1", hook = 1,
          gives = "A yes to a stranger's paid work. The form does not change who they are.",
          effect = function(s) s.vars.fee = 900 end },
        { "Send the e-mail to the security team as well, and ask them to check the firm", go = "rep_early", report = true },
        { "Drop it and ignore the offer", go = "ignored" },
      },
    },

    lookup = {
      text = "Northbridge's website is smooth: stock photos, a mission statement, no client names and no "
        .. "team page apart from Tobias. The address is an office building that rents desks by the day. "
        .. "A bit more searching even turns up his home address. His profile has 61 connections and no posts.",
      flags = {
        { id = "no_track_record", text = "No clients, no team and no track record anywhere on the website" },
        { id = "desk_address", text = "The registered address rents desks by the day" },
      },
      innocent = {
        { id = "stock_photos", text = "The website uses stock photos" },
      },
      choices = {
        { "Send the e-mail and what you found to the reporting address", go = "rep_early", report = true },
        { "Reply and ask Tobias who the client really is", go = "probe", how = "keep_talking" },
        { "Accept the work anyway", go = "brief1", hook = 1,
          gives = "A yes to a stranger's paid work. Now they know you can be bought.",
          effect = function(s) s.vars.fee = 900 end },
      },
    },

    probe = {
      channel = "email",
      from = tobias,
      text = "Tobias answers within minutes. \"A fair question! Our clients insist on confidentiality, but "
        .. "it is a respected university group. As a sign of good faith we will raise the fee to 1,200 "
        .. "euros.\"\n\nThen: \"Please don't circulate the brief inside your company. Our client's interest "
        .. "is commercially sensitive.\"",
      flags = {
        { id = "fee_raised", text = "Your doubt is answered with more money" },
        { id = "keep_quiet", text = "Asks you not to share the brief inside your company" },
      },
      innocent = {
        { id = "fair_question", text = "He calls your question a fair one" },
      },
      discuss = {
        "What did asking the contact directly achieve? What did it give away?",
      },
      choices = {
        { "Take the whole thread to the security team", go = "rep_early", report = true },
        { "Accept at 1,200 euros", go = "brief1", hook = 1,
          gives = "A yes after your doubts were paid off. Now they know money works on you.",
          effect = function(s) s.vars.fee = 1200 end },
      },
    },

    ignored = {
      channel = "email",
      from = tobias,
      text = "Two weeks later: \"Just following up! Our client is keen on your view and has authorised "
        .. "1,500 euros. Happy to adapt the deadline to your schedule.\"",
      flags = {
        { id = "persistent", text = "Silence is answered with a higher fee" },
      },
      innocent = {
        { id = "flexible_deadline", text = "He offers to fit the deadline to your schedule" },
      },
      choices = {
        { "Forward both e-mails to the team named in your awareness training", go = "rep_early", report = true },
        { "Accept at 1,500 euros", go = "brief1", hook = 1,
          gives = "A yes to a stranger's paid work, at a higher price.",
          effect = function(s) s.vars.fee = 1500 end },
        { "Ignore it again", go = "walked_away" },
      },
    },

    brief1 = {
      channel = "email",
      from = tobias,
      text = function(s)
        return "The brief arrives: market trends, main suppliers, the research outlook, all from public "
          .. "sources. " .. eur(s.vars.fee or 900) .. " on delivery, within a relaxed three weeks.\n\nFor "
          .. "\"compliance\", Tobias asks for a scan of your passport, your home address and your bank "
          .. "details."
      end,
      flags = {
        { id = "passport_scan", text = "Wants a passport scan and your home address for a small paper" },
      },
      innocent = {
        { id = "relaxed_deadline", text = "A relaxed three-week deadline" },
      },
      choices = {
        { "Write and deliver the overview", go = "paid1", hook = 1,
          gives = "Your passport, your bank details and a first paid paper, all on their file.",
          effect = function(s) s.vars.paid = s.vars.fee or 900 end },
        { "Hold on: call the number on your badge before delivering anything", go = "rep_early", report = true },
        { "Back out quietly and delete the whole thread", go = "deleted", how = "delete",
          effect = function(s) s.vars.deleted = true end },
      },
    },

    paid1 = {
      channel = "email",
      from = tobias,
      text = function(s)
        return "The " .. eur(total(s)) .. " arrive, sent by a trading company you have never heard of. "
          .. "\"The client loved it. Next, a comparison of the main coating processes, with your own view "
          .. "of the temperatures and layer thicknesses that really work in production. 2,500 euros.\" "
          .. "He also corrects two references in your paper."
      end,
      flags = {
        { id = "third_party_payer", text = "Paid by an unknown trading company, not by the firm that hired you" },
        { id = "production_values", text = "Asks for production settings from your own experience" },
      },
      innocent = {
        { id = "corrects_references", text = "The feedback corrects two references in your paper" },
      },
      discuss = {
        "When did this stop being a harmless paper?",
        "What would you tell security about the money you have already received?",
      },
      choices = {
        { "Tell the security team everything, the payment included", go = "rep_late", report = true },
        { "Write it, with the real values you use at work", go = "paper2", hook = 1,
          gives = "Real production values from your job, paid for and on record.",
          effect = function(s) s.vars.paid = total(s) + 2500; s.vars.leaked = true end },
        { "Write it, but only with ranges published in journals", go = "paper2", hook = 1,
          gives = "A second paid paper: one more payment in their file on you.",
          effect = function(s) s.vars.paid = total(s) + 2500 end },
        { "Stop replying and delete everything", go = "deleted", how = "delete",
          effect = function(s) s.vars.deleted = true end },
      },
    },

    paper2 = {
      channel = "phone",
      from = tobias,
      text = function(s)
        local verdict = s.vars.leaked and "\"The client loved your numbers.\"" or "\"The client found it a bit general.\""
        return "Tobias calls your mobile for the first time. " .. verdict .. " Then, quickly: \"Now they "
          .. "want the real thing: your company's process sheet for the new line, and your two key "
          .. "suppliers. 6,000 euros. Send it to my private address. And no need to mention this at work.\""
      end,
      flags = {
        { id = "internal_docs", text = "Asks for an internal process sheet and supplier names" },
        { id = "hide_from_employer", text = "Suggests keeping the work from your employer" },
      },
      innocent = {
        { id = "lunch_call", text = "He calls during your lunch break" },
      },
      choices = {
        { "End the call and write it all down for the security team", go = "rep_late", report = true },
        { "Send the process sheet", go = "recruit", hook = 2,
          gives = "An internal process sheet and your suppliers. This is a real leak.",
          effect = function(s) s.vars.paid = total(s) + 6000 end },
        { "Refuse firmly, and keep it to yourself", go = "pressure" },
      },
    },

    pressure = {
      channel = "email",
      from = tobias,
      text = function(s)
        local figures = s.vars.leaked and ", both papers and the production values you supplied" or " and both papers"
        return "\"Disappointing. Let me remind you that our client holds your signed invoices, your "
          .. "passport copy" .. figures .. ". Records like these are so easily misread. One document, and "
          .. "we part as friends.\""
      end,
      flags = {
        { id = "records_as_leverage", text = "Your invoices and passport copy are mentioned as a warning" },
      },
      innocent = {
        { id = "full_title", text = "The e-mail is signed with his full title" },
      },
      choices = {
        { "Keep the e-mail, stop replying and call the reporting hotline", go = "rep_late", report = true },
        { "Send the document so it ends", go = "compromised", hook = 2,
          gives = "An internal document, sent under pressure. Now they know pressure works." },
        { function(s) return "Offer to pay back the " .. eur(total(s)) .. " if he leaves you alone" end,
          go = "payback", when = function(s) return total(s) > 0 end },
        { "Delete everything and block the address", go = "deleted", how = "delete",
          effect = function(s) s.vars.deleted = true end },
      },
    },

    payback = {
      channel = "email",
      from = tobias,
      text = function(s)
        return "Tobias replies within the hour. \"Keep the money, it was honestly earned. But money can "
          .. "be returned; records cannot. The invoices, the transfers, your papers: our client keeps "
          .. "everything. One document, and we part as friends.\"\n\nThe " .. eur(total(s))
          .. " were never the point."
      end,
      flags = {
        { id = "records_not_money", text = "Refuses the money back and points to the records instead" },
      },
      innocent = {
        { id = "polite_sign_off", text = "He signs off politely, as always" },
      },
      choices = {
        { "Keep the e-mail, stop replying and call the reporting hotline", go = "rep_late", report = true },
        { "Send the document so it ends", go = "compromised", hook = 2,
          gives = "An internal document, sent under pressure. Now they know pressure works." },
      },
    },

    recruit = {
      channel = "in_person",
      from = tobias,
      text = "Tobias suggests a coffee at an airport hotel and hands you an envelope \"for your "
        .. "trouble\". Then the new plan: \"Our client wants to grow. You know people at the university lab "
        .. "your team works with, and your friend runs a small supplier firm, doesn't she? A research "
        .. "agreement through her company would suit everyone.\"",
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
        { "Leave the envelope on the table and go to the security office", go = "rep_late", report = true },
        { "Take the envelope and make the introductions", go = "hooked", hook = 1,
          gives = "Cash in hand and your friends' names. Now others are at risk too." },
      },
    },

    deleted = {
      text = function(s)
        local money = total(s) > 0 and ("The " .. eur(total(s)) .. " are still on your bank statement. ") or ""
        return "You delete the thread, the brief and your drafts, then empty the trash. " .. money
          .. "Tobias still has every message; only your side of the story is gone. A month later the "
          .. "security team calls: someone else reported Northbridge, and your address is on its mailing list."
      end,
      flags = {
        { id = "your_name_found", text = "Your address shows up in material someone else reported" },
      },
      innocent = {
        { id = "month_later", text = "A month has passed since you deleted it" },
      },
      choices = {
        { "Tell them everything, including what you deleted", go = "rep_late", report = true },
        { "Say you have never heard of them", go = "denied" },
      },
    },

    -- After an early report: the approach goes on, and the trainee must leave it to security.
    rep_early = {
      text = function(s)
        local note = s.visited("probe") and " They add that asking Tobias only let him polish his story; next time, let them ask." or ""
        return "The security team thanks you and asks you not to reply." .. note .. " A week later "
          .. "Tobias writes again: \"Our client has authorised 1,500 euros, public sources only. And there "
          .. "is really no need to mention it at work.\""
      end,
      choices = {
        { "Forward it to the security team without replying", go = "thanks" },
        { "Accept quietly; it is only public sources", go = "went_on", hook = 1,
          gives = "A paid paper after your report. Their record of you starts anyway." },
      },
    },

    cleared = {
      text = "The security team checks Northbridge: a front with no real clients that has written to "
        .. "experts at several firms. Their advice: decline without giving a reason. You do. Tobias "
        .. "replies: \"Understood! Perhaps just two pages then, 500 euros. Nobody at your company need know.\"",
      flags = {
        { id = "smaller_ask", text = "A refusal is met with a smaller, secret request" },
      },
      innocent = {
        { id = "understood", text = "He answers \"Understood!\"" },
      },
      choices = {
        { "Decline again, as advised, and pass his reply on", go = "cleared_end" },
        { "Write the two pages anyway; it is only public sources", go = "advice_ignored", hook = 1,
          gives = "A paid paper against the advice you asked for. The hook is in." },
      },
    },

    rep_late = {
      text = function(s)
        local money = total(s) > 0 and (" You mention the " .. eur(total(s)) .. ", and they note it without judgement.") or ""
        return "You tell the security team the whole story." .. money .. " They ask you to stop all "
          .. "contact and pass on anything new. Two days later Tobias calls: 6,000 euros for one internal "
          .. "document, \"and then we part as friends.\""
      end,
      choices = {
        { "Hang up and pass the call on to the security team", go = "thanks_late" },
        { "Send one last document quietly, to end it", go = "went_on", hook = 2,
          gives = "An internal document sent after your report. It undoes much of what the report achieved." },
      },
    },

    thanks = {
      text = "Northbridge turns out to be a front that has written to experts at several firms in your "
        .. "field. Your e-mails help the team warn them and inform the authorities. \"This is exactly what "
        .. "we hoped for,\" the officer says. \"One e-mail, early.\"",
      ending = "reported",
      lesson = "You reported the offer before you did any work, and then you left it to security. One "
        .. "e-mail, early, is all it takes.",
    },

    cleared_end = {
      text = "Security thanks you. Your question is logged as a report, which helps them warn others. "
        .. "Asking before taking paid work near your job is exactly what the clearance rule is for, and "
        .. "so is following the answer.",
      ending = "cleared",
      lesson = "Asking before you take paid work near your job is the right move. Following the answer "
        .. "matters just as much.",
    },

    thanks_late = {
      text = "\"Thank you for coming to us. That is the step that matters,\" the officer says. \"These "
        .. "people count on you being too embarrassed to talk. From here on, we handle the contact "
        .. "together.\" The calls stop a few weeks later.",
      ending = "reported_late",
      lesson = "Coming forward late still took away their leverage. Each paper and payment made it harder, "
        .. "so next time report at the first paid offer.",
    },

    went_on = {
      text = "You told security, then went on anyway. When the team looks at Northbridge's payments, "
        .. "they find yours, made after your report. They still help you, but now they have to ask what "
        .. "else you sent.",
      ending = "compromised",
      lesson = "Reporting is not a licence to go on. Once you have told security, stop all contact and "
        .. "pass on anything new. Every step after the report is still a step into the hook.",
    },

    advice_ignored = {
      text = "The two pages go out and 500 euros arrive from a trading company abroad. Tobias is "
        .. "delighted and has \"a small follow-up question\" about your production line. The hook is in, "
        .. "against the advice you asked for.",
      ending = "compromised",
      lesson = "Asking for clearance was right, but clearance means following the answer. A small paid "
        .. "paper after a \"no\" is still the little hook.",
    },

    denied = {
      text = "Security already has your address in Northbridge's files, so the denial does not hold. It "
        .. "makes an awkward talk a serious one. In the charges against Candace Claiborne, she deleted "
        .. "e-mails after being questioned. One analyst said that was more likely to raise suspicion than "
        .. "to remove evidence.",
      ending = "compromised",
      lesson = "Deleting and denying made you look guilty of more than you did. Telling security everything, "
        .. "even late, is the way out.",
    },

    compromised = {
      text = "The document goes out. A week later comes a new request, then another, each recorded like "
        .. "the last. The little hook is set. In real life the way out is still the same: the security "
        .. "team, today, with everything you kept.",
      ending = "compromised",
      lesson = "Giving in to pressure only adds to their file on you. The records they threaten you with "
        .. "lose their power once security knows.",
    },

    hooked = {
      text = "With the envelope in your pocket, you make the introductions, and now others are exposed "
        .. "too. Early reports on the German case of 2024 describe steps like these: a paper, then "
        .. "friends with a firm, then a research deal with a university. Even now, security is the way out.",
      ending = "hooked",
      lesson = "Each paper looked harmless, but together they made you their agent, and then their "
        .. "recruiter. Report at the first paid offer, or at any step after it.",
    },

    walked_away = {
      text = "Northbridge stops writing to you and moves on to your colleagues. Nothing happened to you, "
        .. "but security never heard about it, and the next engineer may say yes. Forwarding the first "
        .. "e-mail would have taken one minute.",
      ending = "walked_away",
      lesson = "Ignoring an offer keeps you safe, but nobody else. A one-line note to security warns the "
        .. "next person they write to.",
    },
  },
}
