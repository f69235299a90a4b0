-- Trains: recognising gifts and favours to a family member abroad as an approach to you, and
-- declaring them before they become leverage.
-- Seed facts used: the Candace Claiborne case (Stratfor, "Unlocking the Secrets of MOMINT"): gifts
-- and payments she did not disclose, help for her adult son (tuition at a fashion school, a
-- furnished flat, holidays, a sewing machine), a request for internal analysis a month after a
-- $2,480 payment, deleted e-mails that raised suspicion; TorchStone on family as leverage.

local jonas = { name = "Jonas", role = "Your son, a design student abroad", org = "Vellmar Academy of Design" }
local vass = { name = "Teodor Vass", role = "Businessman and \"family friend\"", org = "Aldmere Trade Dialogue Institute" }

return scenario {
  id = "family-gifts",
  title = "Someone Is Looking After Jonas",
  tactic = "family",
  summary = "Your adult son has moved abroad to study design. A generous local businessman starts "
    .. "smoothing his way: an internship, a flat, a paid term. It seems too kind to question.",
  minutes = 6,
  teaches = { "little_hook", "report", "no_fear" },
  start = "call",
  report = {
    facts = {
      { id = "benefactor", text = "Who is helping your son, how they got in touch, and what they gave", required = true },
      { id = "request", text = "What was asked of you and what was offered in return, with dates", required = true },
      { id = "briefing_copy", text = "A copy of the internal briefing he asked for", decoy = true },
      { id = "ethnicity_guess", text = "Your guess about Mr. Vass's ethnicity", decoy = true },
    },
  },
  debrief = "This echoes the case of Candace Claiborne, an office management specialist at the US State "
    .. "Department, arrested in 2017 for failing to disclose thousands of dollars in gifts and payments "
    .. "from Chinese officials. Two suspected officers of the Shanghai State Security Bureau were in "
    .. "touch with her. Much of the help went to her adult son: tuition at a fashion school in Shanghai, "
    .. "a furnished flat, spending money, holidays abroad, even a sewing machine. In May 2011 one officer "
    .. "asked her for internal analysis, a month after she had received $2,480. She later deleted "
    .. "e-mails when interviewed, a move more likely to raise suspicion than to remove evidence. Favours to your "
    .. "family are part of the little hook: declare them and report them early, or late, without fear.",
  scenes = {
    call = {
      channel = "phone",
      from = jonas,
      text = "Jonas calls, happier than he has sounded in months. \"You won't believe it! A friend "
        .. "of the school's director, Mr. Vass, found me a paid internship at a studio, and a furnished "
        .. "flat for almost nothing! He says he met you years ago at some trade delegation dinner and "
        .. "remembers you very well.\"\n\nYou work as an executive assistant in your company's strategy "
        .. "office, and you do not remember Mr. Vass.",
      flags = {
        { id = "remembers_you", text = "The benefactor says he remembers you from a dinner years ago" },
      },
      innocent = {
        { id = "happy_son", text = "Jonas sounds happier than he has in months" },
      },
      discuss = {
        "Why would a stranger abroad be so generous to your son?",
        "Is help given to your family something security needs to hear about?",
      },
      choices = {
        { "Be glad, but ask Jonas to find out more about Mr. Vass", go = "who" },
        { "Be glad and let it be", go = "gifts", hook = 1 },
        { "Tell corporate security about the unusual help your son is getting", go = "rep_early", report = true },
      },
    },

    who = {
      channel = "chat",
      from = jonas,
      text = "Jonas asked, a bit awkwardly. \"He says he's just a businessman who likes helping young "
        .. "foreigners. He went quiet for a moment, then laughed and said you two are old acquaintances. "
        .. "Oh, and he paid my tuition for the term! No need to pay it back, he says.\"",
      flags = {
        { id = "tuition_paid", text = "A near-stranger pays your son's tuition and wants nothing back" },
      },
      choices = {
        { "Call corporate security and describe what is happening", go = "rep_early", report = true },
        { "Thank Mr. Vass through Jonas; it is kind of him", go = "gifts", hook = 1 },
        { "Tell Jonas to keep his distance, and leave it there", go = "walked_away" },
      },
    },

    gifts = {
      channel = "chat",
      from = jonas,
      text = "The photos keep coming: Jonas and his friends on a beach holiday \"Mr. Vass sorted out\", a "
        .. "professional sewing machine for his studio. Then a parcel reaches your home address: a new "
        .. "phone, \"so that Jonas's family can video-call in good quality\", with a card signed "
        .. "T. Vass.",
      flags = {
        { id = "paid_holidays", text = "Holidays and equipment for your son, paid by the same man" },
        { id = "gift_for_you", text = "A phone sent to you, not to your son" },
      },
      innocent = {
        { id = "beach_photos", text = "Holiday photos of Jonas with friends on a beach" },
      },
      choices = {
        { "Declare the gifts to corporate security and hand over the phone unopened", go = "rep_early", report = true },
        { "Use the new phone for your calls with Jonas", go = "ask", hook = 1, effect = function(s) s.vars.phone = true end },
        { "Put the phone away unused, and say nothing", go = "ask" },
      },
    },

    ask = {
      channel = "email",
      from = vass,
      text = function(s)
        local via = s.vars.phone and "on the new phone, " or ""
        return "An e-mail arrives " .. via .. "at your work address. \"Dear friend, your son is a credit to "
          .. "you. A small favour between friends: my institute publishes a newsletter on trade dialogue. "
          .. "Your company's internal briefing on next year's export negotiations would help us greatly. "
          .. "Of course I would pay for your time: 2,000 euros.\""
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
        "What would you tell security about the gifts you have already accepted?",
      },
      choices = {
        { "Keep the e-mail and go to corporate security, gifts and all", go = "rep_late", report = true },
        { "Send the briefing; it is only a newsletter", go = "leverage", hook = 2,
          effect = function(s) s.vars.sent = true end },
        { "Delete his e-mails and tell Jonas not to say where you work", go = "deleted" },
      },
    },

    deleted = {
      channel = "chat",
      from = jonas,
      text = "You delete every e-mail from Mr. Vass. A week later Jonas writes: \"He asked again. He "
        .. "says the rent on the flat will have to go up unless you call him. Why are you being like "
        .. "this? He has been so good to me.\" Deleting the messages did not end anything. It only removed "
        .. "the record of what was asked.",
      flags = {
        { id = "pressure_via_son", text = "The pressure now comes through your son" },
      },
      choices = {
        { "Go to corporate security and tell them everything, deletions included", go = "rep_late", report = true },
        { "Call Mr. Vass and promise to see what you can do", go = "leverage", hook = 2 },
      },
    },

    leverage = {
      channel = "phone",
      from = vass,
      text = function(s)
        local thanks = s.vars.sent and "\"Thank you for the briefing, most useful.\" "
          or "\"I knew you would call.\" "
        return thanks .. "Mr. Vass's voice is as warm as ever. \"Next, the board's notes on the "
          .. "negotiating position. And it would be such a pity if Jonas's visa sponsorship lapsed. It "
          .. "depends on the studio, you know.\""
      end,
      flags = {
        { id = "visa_threat", text = "Your son's visa is mentioned next to the next request" },
      },
      choices = {
        { "Tell him you need time, and go to corporate security", go = "rep_late", report = true },
        { "Get him the board's notes", go = "compromised", hook = 1 },
      },
    },

    rep_early = {
      text = "Corporate security thanks you. Generosity like this, aimed at an employee's family, is a "
        .. "known way in, and it is far easier to handle before anything has been asked of you. They help "
        .. "you decide what to tell Jonas, and they pass the details on to the right authorities. You did "
        .. "not have to be sure. Telling them was enough.",
      ending = "reported",
    },

    rep_late = {
      text = function(s)
        local sent = s.vars.sent and " You tell them about the briefing you sent, too." or ""
        return "You tell corporate security the whole story, from the first call to the last message." .. sent
          .. " \"Thank you for coming,\" the officer says. \"Late is far better than never, and you will "
          .. "not face this alone. We will help you and Jonas step out of it safely.\""
      end,
      ending = "reported_late",
    },

    walked_away = {
      text = "Jonas keeps his distance, mostly. But the help goes on quietly, and Mr. Vass still knows "
        .. "where you work. Security never heard about it, so nobody can warn you when the first request "
        .. "comes. One conversation with them now would make the next step much easier.",
      ending = "walked_away",
    },

    compromised = {
      text = "The notes go out, and the next request comes with another mention of the visa. What "
        .. "started as kindness to your son has become a hold over you both. In real life, the way out is "
        .. "still corporate security, and it is still open.",
      ending = "compromised",
    },
  },
}
