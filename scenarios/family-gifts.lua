-- SPDX-License-Identifier: Apache-2.0
-- Trains: recognising gifts and favours to a family member abroad as an approach to you, and
-- declaring them before they become leverage; asking HR about the gift rules is not a report.
-- Seed facts used: the Candace Claiborne case (Stratfor, "Unlocking the Secrets of MOMINT"): charged
-- in 2017 with failing to disclose gifts and payments; by the complaint she made the first contact,
-- asking for help finding her son a job, and was in heavy debt; help for her adult son (tuition at
-- a fashion school, a furnished flat, holidays, spending money); a request for internal analysis a
-- month after a $2,480 payment; deleting e-mails was more likely to raise suspicion than to remove
-- evidence; she wrote that she kept being "dragged into this". TorchStone: family as leverage,
-- approaches aimed at anyone with access.

local jonas = { name = "Jonas", role = "Your son, a design student abroad", org = "Vellmar Academy of Design" }
local vass = { name = "Teodor Vass", role = "Businessman and \"family friend\"", org = "Aldmere Trade Dialogue Institute" }
local hr = { name = "Amina Duarte", role = "HR adviser", org = "Your company" }
local officer = { name = "Ruth Okafor", role = "Investigator", org = "Your company's security team" }

return scenario {
  id = "family-gifts",
  title = "Someone Is Looking After Jonas",
  tactic = "family",
  summary = "Your adult son has moved abroad to study design. A generous local businessman starts "
    .. "smoothing his way: an internship, a flat, a paid term. It seems too kind to question.",
  minutes = 6,
  audience = { "everyone", "office", "managers" },
  teaches = { "little_hook", "report", "no_fear" },
  start = "call",
  report = {
    facts = {
      { id = "benefactor", text = "Who is helping Jonas, how he got in touch, and what he gave", required = true,
        why = "Security needs to know who gives what, and to whom. That is how they see the pattern." },
      { id = "phone_gift", text = "The phone Mr. Vass sent to your home, and whether you used it", required = true,
        when = function(s) return s.visited("gifts") end,
        why = "A phone from the contact may hold hidden software. Security must check it as it is." },
      { id = "request", text = "What Mr. Vass asked you for at work, what he offered, and when", required = true,
        when = function(s) return s.visited("ask") end,
        why = "The request is the hook itself. It shows what the gifts were meant to buy." },
      { id = "briefing_copy", text = "A copy of the internal briefing he asked for", decoy = true,
        when = function(s) return s.visited("ask") end,
        why = "Never copy inside papers into a report. Say what was asked for. Security will look at "
          .. "the real thing safely." },
      { id = "ethnicity_guess", text = "Your guess about Mr. Vass's background and where he is really from", decoy = true,
        why = "Approaches come from people of any background, and they aim at anyone with access. "
          .. "What counts is what a person does, not where they are from." },
    },
  },
  debrief = "This story echoes the case of Candace Claiborne, an office worker at the US State "
    .. "Department. In 2017 she was charged with not declaring gifts and payments from Chinese "
    .. "officials. The charges say she made the first contact. She asked one of them to help "
    .. "find her son a job. She was also deep in debt. Her son then got school fees, a furnished "
    .. "flat, trips and spending money. In 2011 a suspected officer asked her for internal "
    .. "government analysis, a month after she got $2,480. Later, when she was questioned, she "
    .. "deleted e-mails. That was more likely to raise suspicion than to get rid of evidence. "
    .. "She wrote to her son that she kept getting \"dragged into this\". Help for your family "
    .. "can be a little hook. Report it early. If it is late, report it anyway, without fear.",
  scenes = {
    call = {
      channel = "phone",
      from = jonas,
      text = "Jonas calls, happier than in months. \"A friend of the school's director, Mr. Vass, found "
        .. "me a paid internship, and a furnished flat for almost nothing! He says he met you at a trade "
        .. "dinner years ago and remembers you well.\"\n\nYou assist the head of strategy at your company. "
        .. "You do not remember any Mr. Vass.",
      flags = {
        { id = "remembers_you", text = "The benefactor says he remembers you from a dinner years ago" },
      },
      innocent = {
        { id = "happy_son", text = "Jonas sounds happier than he has in months" },
        { id = "director_friend", text = "The help came through a friend of the school's director" },
      },
      discuss = {
        "Why would a stranger abroad be so generous to your son?",
        "Is help given to your family something your company needs to hear about?",
      },
      choices = {
        { "Be glad, but ask Jonas to find out more about Mr. Vass", go = "who" },
        { "Be glad and let it be", go = "gifts", hook = 1,
          gives = "Your silence. He learns that his help is welcome and nobody asks about it." },
        { "Note down what Jonas said and pass it to the hotline on the badge poster", go = "after_early", report = true },
      },
    },

    who = {
      channel = "chat",
      from = jonas,
      text = "Jonas asked, a bit awkwardly. \"He says he just likes helping young foreigners. Then he "
        .. "laughed and said you two are old friends. Oh, and he paid my fees for the term! No need to "
        .. "pay it back, he says. Please don't make this weird.\"",
      flags = {
        { id = "tuition_paid", text = "A near-stranger pays your son's fees and wants nothing back" },
      },
      innocent = {
        { id = "awkward_son", text = "Jonas finds your questions a little embarrassing" },
      },
      choices = {
        { "Save the chat and tell the company's security team what is going on", go = "after_early", report = true },
        { "Thank Mr. Vass through Jonas; it is kind of him", go = "gifts", hook = 1,
          gives = "Your thanks. Now he can say you knew about the money and welcomed it." },
        { "Ask HR whether gifts to your son need declaring", go = "hr" },
        { "Tell Jonas to keep his distance, and leave it there", go = "walked_away" },
      },
    },

    hr = {
      channel = "email",
      from = hr,
      text = "Amina from HR replies kindly. The gift register covers gifts to staff, so there is nothing "
        .. "to file for Jonas. \"If something feels odd, that is really one for the security team.\" "
        .. "You file her e-mail away. HR keeps the rules, but nobody who can check Mr. Vass has heard his "
        .. "name. Jonas sends a photo from his new flat.",
      choices = {
        { "Do what Amina suggests: send the whole story to the security team", go = "after_early", report = true },
        { "Leave it there; HR saw nothing to file", go = "gifts" },
      },
    },

    gifts = {
      channel = "chat",
      from = jonas,
      text = "The photos keep coming: Jonas and his friends on a beach holiday \"Mr. Vass sorted out\", a "
        .. "sewing machine for his studio. Then a parcel reaches your home: a new phone, \"so that "
        .. "Jonas's family can video-call in good quality\", with a card signed T. Vass.",
      flags = {
        { id = "paid_holidays", text = "Holidays and equipment for your son, paid by the same man" },
        { id = "gift_for_you", text = "A phone sent to you, not to your son" },
      },
      innocent = {
        { id = "beach_photos", text = "Holiday photos of Jonas with friends on a beach" },
      },
      choices = {
        { "Leave the phone in its box and declare it, and the gifts to Jonas, to the badge-poster hotline",
          go = "after_early", report = true },
        { "Use the new phone for your calls with Jonas", go = "ask", hook = 1,
          effect = function(s) s.vars.phone = true end,
          gives = "Your calls and messages, on a phone he set up." },
        { "Lock the phone away unused, to be safe, and say nothing", go = "ask" },
      },
    },

    ask = {
      channel = "email",
      from = vass,
      text = function(s)
        local via = s.vars.phone and "on the new phone, " or ""
        return "An e-mail arrives " .. via .. "at your work address. \"Dear friend, your son is a credit "
          .. "to you. A small favour: my institute writes a newsletter on trade. Your company's internal "
          .. "briefing on next year's export talks would help us greatly. Of course I would pay for your "
          .. "time: 2,000 euros.\""
      end,
      flags = {
        { id = "writes_to_work", text = "Your son's benefactor now writes to your work address" },
        { id = "internal_briefing", text = "Asks for an internal briefing and offers payment" },
      },
      innocent = {
        { id = "formal_greeting", text = "The e-mail opens with an old-fashioned \"Dear friend\"" },
      },
      discuss = {
        "How does the help given to Jonas make this request harder to refuse?",
        "What would you say about the gifts you have already accepted?",
      },
      choices = {
        { "Leave it unanswered and take it, gifts and all, to the team on the badge poster",
          go = "after_late", report = true, effect = function(s) s.vars.late = true end },
        { "Send the briefing; it is only a newsletter", go = "leverage", hook = 2,
          effect = function(s) s.vars.sent = true end,
          gives = "An inside paper, and his money for it. That is proof he can hold over you." },
        { "Delete his e-mails for security's sake and tell Jonas not to say where you work", go = "deleted", how = "delete" },
      },
    },

    deleted = {
      channel = "chat",
      from = jonas,
      text = "A week later Jonas writes: \"He asked again. He says the rent on the flat must go up unless "
        .. "you call him. Why are you being like this? He has been so good to me.\" Deleting did not end "
        .. "anything. It only wiped your record of what was asked.",
      flags = {
        { id = "pressure_via_son", text = "The pressure now comes through your son" },
      },
      innocent = {
        { id = "rent_talk", text = "Jonas mentions the rent on his flat" },
      },
      choices = {
        { "Go to the security team and tell them everything, the deleted e-mails too",
          go = "after_late", report = true, effect = function(s) s.vars.late = true end },
        { "Call Mr. Vass and promise to see what you can do", go = "leverage", hook = 2,
          gives = "Your promise. He now knows the flat and the rent can move you." },
      },
    },

    leverage = {
      channel = "phone",
      from = vass,
      text = function(s)
        local thanks = s.vars.sent and "\"Thank you for the briefing, most useful.\" "
          or "\"I knew you would call.\" "
        return thanks .. "Mr. Vass sounds as warm as ever. \"Next, the board's notes on our talks. And "
          .. "it would be such a pity if Jonas's visa lapsed. It depends on the studio, you know.\" In "
          .. "the background you hear a radio playing."
      end,
      flags = {
        { id = "visa_threat", text = "Your son's visa is mentioned next to the next request" },
      },
      innocent = {
        { id = "radio", text = "A radio is playing in the background of the call" },
      },
      choices = {
        { "Say you need time, hang up, and ring the hotline from the staff handbook",
          go = "after_late", report = true, effect = function(s) s.vars.late = true end },
        { "Get him the board's notes", go = "compromised", hook = 1,
          gives = "The board's notes. After this, every new request comes with a threat." },
      },
    },

    after_early = {
      channel = "in_person",
      from = officer,
      text = "Ruth Okafor from the security team thanks you. She asks you not to contact Mr. Vass and to "
        .. "let Jonas turn down further gifts politely. Two days later Jonas calls: \"Mr. Vass offers us "
        .. "both a week at the seaside. Just a holiday!\" Ruth's card is on your desk.",
      flags = {
        { id = "gift_after_no", text = "A new, bigger gift arrives after you decided to step back" },
      },
      innocent = {
        { id = "officer_card", text = "The investigator leaves you her card" },
      },
      choices = {
        { "Tell Jonas you will both say no, and pass the offer to Ruth", go = "rep_early" },
        { "Accept the holiday; it is only a week at the sea", go = "carried_on", hook = 1,
          gives = "A week as his guests, after you reported him. It ties you closer, not looser." },
      },
    },

    after_late = {
      channel = "in_person",
      from = officer,
      text = "Ruth Okafor listens to the whole story and asks you not to answer Mr. Vass again. That "
        .. "evening he calls your mobile: \"One last small thing, and we forget all about it. For "
        .. "Jonas.\" His number shows on the screen. Ruth said to call her, any time.",
      flags = {
        { id = "one_last_thing", text = "He promises it will end after \"one last small thing\"" },
      },
      innocent = {
        { id = "any_time", text = "The investigator said you may call her any time" },
      },
      choices = {
        { "Let it ring, and tell Ruth in the morning", go = "rep_late" },
        { "Send him one last thing, to make it stop", go = "carried_on", hook = 1,
          gives = "One more paper, after your report. There is never a last one." },
      },
    },

    rep_early = {
      text = "Jonas is cross for a day, then relieved. Ruth's team passes the details to the right "
        .. "authorities and helps Jonas find his own flat. Generosity aimed at a family is a known way in, "
        .. "and it is far easier to handle before anything has been asked of you. You did not have to be "
        .. "sure. Telling them was enough.",
      ending = "reported",
      lesson = "Gifts and favours to your family can be an approach to you. Report them before anything "
        .. "is asked, then let security guide what happens next.",
    },

    rep_late = {
      text = function(s)
        local sent = s.vars.sent and " You told them about the briefing you sent, too." or ""
        return "The calls stop reaching you: Ruth's team takes it from here." .. sent .. " \"Thank you "
          .. "for coming,\" Ruth says. \"Late is far better than never, and you are not alone in this. "
          .. "We will help you and Jonas step out of it safely.\""
      end,
      ending = "reported_late",
      lesson = "Even after gifts and a request, coming forward protects you and your family. Tell "
        .. "everything, keep what you have, and stop answering.",
    },

    carried_on = {
      text = function(s)
        local what = s.vars.late and "The \"last thing\" is followed by a new request"
          or "The holiday is lovely, and on the last day Mr. Vass asks about your work"
        return what .. ". Your report is on file, but it does not cover what you did after it. Ruth can "
          .. "still help, and the way out is still to tell her at once."
      end,
      ending = "compromised",
      lesson = "A report is not a licence to carry on. Once you have reported, stop all contact and let "
        .. "security lead. Every step after that is a new hook.",
    },

    walked_away = {
      text = "Jonas keeps his distance, mostly. But the help goes on quietly, and Mr. Vass still knows "
        .. "where you work. Nobody at your company has heard of him, so nobody can warn you when the "
        .. "first request comes. One talk with the security team would change that.",
      ending = "walked_away",
      lesson = "Keeping away is not the same as reporting. Only a report lets your company check the "
        .. "contact and protect you and your family.",
    },

    compromised = {
      text = "The notes go out, and the next request comes with another word about the visa. What "
        .. "began as kindness to your son has become a hold over you both. In real life, the way out is "
        .. "still the security team, and it is still open.",
      ending = "compromised",
      lesson = "Gifts to your family can turn into a threat against them. The sooner you report, the "
        .. "less there is to hold over you. It is never too late to come forward.",
    },
  },
}
