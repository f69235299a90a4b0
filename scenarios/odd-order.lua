-- SPDX-License-Identifier: Apache-2.0
-- Trains: procurement as a way in. A new distributor orders high-power lasers and marine-engine
-- parts, with odd end-user details, a free-port forwarder, split lots, a third-party payer and a
-- "thank-you" for the clerk. The trainee is a purchasing clerk. Credit control's payment check and a
-- manager's push to close the quarter are the half-measure and the pressure; export control is the
-- report (the form's "corporate security").
-- Seed facts used: TorchStone 2024 (German arrests of April 2024: three German citizens allegedly
-- worked for the MSS to obtain information on technologies with military uses and items such as
-- high-tech lasers and machine parts for marine engines for shipment to China; maritime equipment is
-- one of the ten "Made in China 2025" priority sectors; they target anyone with access).

local oskar = { name = "Oskar Lindahl", role = "Purchasing manager", org = "Baltic Crest Trading" }
local kwame = { name = "Kwame Asante", role = "Export control officer", org = "Your company" }

return scenario {
  id = "odd-order",
  title = "The Order That Does Not Add Up",
  tactic = "procurement",
  audience = { "sales" },
  summary = "You are a purchasing clerk at a firm that sells industrial lasers and marine-engine parts. "
    .. "A new distributor places a generous first order, and is in a hurry.",
  minutes = 7,
  teaches = { "little_hook", "report", "no_fear" },
  start = "first_order",
  report = {
    facts = {
      { id = "customer", text = "The customer: Baltic Crest Trading, Oskar Lindahl, and how the order came in",
        required = true,
        why = "Export control and security need the firm and the person, so that they can check both." },
      { id = "goods", text = "What was ordered (lasers, engine parts), how many, and at what price", required = true,
        why = "Lasers and marine-engine parts can need export checks. The exact goods decide what happens next." },
      { id = "end_use", text = "The missing end user, the free-port forwarder, the request to name your firm",
        required = true, when = function(s) return s.visited("end_user") end,
        why = "A hidden end user and an odd route are the heart of the case. Leave them out and it looks normal." },
      { id = "money", text = "The split orders, the payer abroad, and the money offered to you", required = true,
        when = function(s) return s.visited("split") end,
        why = "Splitting orders and paying you directly are the clearest signs. Security must hear about both." },
      { id = "oskar_origin", text = "Your guess about where Oskar is from, going by his name and accent", decoy = true,
        why = "Approaches come from people of every background, and they target anyone with access. What "
          .. "counts is what the order asks of you, not where the buyer is from." },
      { id = "price_sheet", text = "Your company's full customer list and price sheet", decoy = true,
        why = "Security needs this one order, not your whole customer list. More data only spreads it further." },
    },
  },
  debrief = "In April 2024, Germany arrested three German citizens. They are accused of working for China's "
    .. "Ministry of State Security. They are said to have sought facts about technology with military uses. "
    .. "They are also said to have got hold of items such as high-tech lasers and machine parts for ship "
    .. "engines, to send to China. TorchStone notes that ships and sea equipment are one of ten key sectors "
    .. "in China's \"Made in China 2025\" plan. So buying and shipping can be a way in, just like research. "
    .. "An order is not suspect because of a buyer's name or accent. What matters is what it asks of you: a "
    .. "hidden end user, an odd route, split orders, a payer abroad, a gift for you. Put it on hold, and ask "
    .. "export control or security.",
  scenes = {
    first_order = {
      channel = "email",
      from = oskar,
      text = "A first order from Baltic Crest Trading, a new distributor: four 2-kilowatt fibre lasers and a "
        .. "set of fuel-injection parts for marine diesel engines. Oskar Lindahl offers to pay in advance, "
        .. "and ten percent over list for fast delivery. End user: \"a shipyard client, name to follow\". "
        .. "Their VAT number checks out.",
      flags = {
        { id = "end_user_later", text = "The end user is \"a shipyard client, name to follow\"" },
        { id = "over_list", text = "Offers ten percent over list price for speed" },
      },
      innocent = {
        { id = "vat_ok", text = "Their VAT number checks out" },
        { id = "prepayment", text = "Offers to pay in advance" },
      },
      discuss = { "Which details of this order would you see in any normal order, and which not?" },
      choices = {
        { "Confirm the order; the prepayment covers the risk", go = "end_user", hook = 1,
          gives = "An order for high-power lasers, confirmed with no end user named.",
          effect = function(s) s.vars.confirmed = true end },
        { "Ask Oskar for the end user's name before you quote", go = "end_user" },
        { "Send the order to Kwame Asante in export control, and ask him to look before you quote",
          go = "after", report = true },
        { "Ask credit control to check the customer's payment record", go = "credit" },
      },
    },

    credit = {
      channel = "email",
      from = { name = "Greta Holm", role = "Credit control", org = "Your company" },
      text = "Greta in credit control replies: \"Baltic Crest is registered and pays up front. No risk for us, "
        .. "go ahead.\" She is right about the money. But credit control checks whether a customer pays, not "
        .. "where the goods end up or who will use them. Nobody has looked at that yet.",
      choices = {
        { "Ask Kwame Asante to look at the end use too", go = "after", report = true },
        { "Confirm the order; credit control has cleared it", go = "end_user", hook = 1,
          gives = "An order for high-power lasers, confirmed with no end user named.",
          effect = function(s) s.vars.confirmed = true end },
        { "Ask Oskar for the end user's name first", go = "end_user" },
      },
    },

    end_user = {
      channel = "phone",
      from = oskar,
      text = function(s)
        local pre = s.vars.confirmed and "Oskar calls, pleased with the confirmation. " or "Oskar calls back. "
        return pre .. "\"The end user is a research shipyard. I can't name it, commercial reasons. To save "
          .. "paperwork, just put your own company as end user on the maker's form. And deliver to our "
          .. "forwarder in the free port, not to us.\" He would like it all before the quarter ends."
      end,
      flags = {
        { id = "name_yourself", text = "Asks you to name your own company as end user on the maker's form" },
        { id = "forwarder_free_port", text = "Wants delivery to a forwarder in a free port, not to his firm" },
      },
      innocent = {
        { id = "quarter_end", text = "Wants delivery before the end of the quarter" },
        { id = "calls_back", text = "Calls back the same day" },
      },
      choices = {
        { "Fill in the maker's form with your company as end user", go = "split", hook = 2,
          gives = "Your signature on an end-user form that is not true.",
          effect = function(s) s.vars.form = true end },
        { "Ask for a signed end-user statement from the shipyard itself", go = "split" },
        { "Tell Oskar you'll come back to him, and call Kwame Asante", go = "after", report = true },
        { "Keep Oskar talking, to find out who is behind the order", go = "digging", how = "keep_talking" },
      },
    },

    digging = {
      channel = "email",
      from = { name = "Nordkap Components", role = "Sales desk" },
      text = "You ask Oskar question after question about the shipyard. His answers get shorter, then stop. "
        .. "A week later a new firm, Nordkap Components, sends almost the same order from the same phone "
        .. "number. Your questions warned them. They did not tell you who the end user is.",
      flags = {
        { id = "same_phone", text = "A new firm sends the same order from the same phone number" },
      },
      innocent = {
        { id = "new_logo", text = "The new firm has a smart logo" },
      },
      choices = {
        { "Send both orders to Kwame Asante, and say what you asked", go = "after", report = true },
        { "Turn the new order down and say nothing", go = "walked_away" },
      },
    },

    split = {
      channel = "email",
      from = oskar,
      text = "Oskar writes: \"To keep it simple, let's split the lasers into four orders, each under the "
        .. "amount that needs extra checks. Payment will come from our partner abroad, Eastgate Holdings. "
        .. "And for your trouble, a personal thank-you: 500 euros per order, paid to you directly.\"",
      flags = {
        { id = "split_lots", text = "Wants the order split to stay under the checking threshold" },
        { id = "third_payer", text = "Payment will come from a different company abroad" },
        { id = "personal_thanks", text = "Offers you 500 euros per order, paid to you directly" },
      },
      innocent = {
        { id = "full_title", text = "Signs off with his full title and phone number" },
      },
      discuss = { "What does the \"thank-you\" buy, if the order itself is fine?" },
      choices = {
        { "Split the order, and accept the thank-you", go = "forwarder", hook = 2,
          gives = "Split orders that dodge the checks, and money paid to you personally.",
          effect = function(s) s.vars.thanks = true end },
        { "Forward the e-mail, unchanged, to Kwame Asante and hold the order", go = "after", report = true },
        { "Refuse the split and the money, and say nothing", go = "manager" },
      },
    },

    manager = {
      channel = "in_person",
      from = { name = "Beatriz Nunes", role = "Sales manager", org = "Your company" },
      text = "Beatriz stops at your desk. \"Baltic Crest is our best new account this year. Don't lose them "
        .. "over forms, all right? The quarter closes on Friday.\" She knows nothing about the end-user form or "
        .. "the money offered to you. The pressure is real. It is not a reason to ship.",
      choices = {
        { "Tell Beatriz it needs an export check first, and send it to Kwame Asante", go = "after", report = true },
        { "Ship the order as it is, to keep the account", go = "forwarder", hook = 1,
          gives = "High-power lasers shipped to a free port, with no end user named." },
        { "Leave the order pending and hope it goes away", go = "walked_away" },
      },
    },

    forwarder = {
      channel = "chat",
      from = { name = "Nils Berg", role = "Dispatch desk", org = "Portside Freight" },
      text = "The forwarder's dispatch desk messages you. \"For the customs papers, please describe the lasers "
        .. "as 'industrial light sources' and the injection parts as 'general spare parts'. Client's request. "
        .. "Saves a lot of questions.\" The message comes with a smiley and a tracking link.",
      flags = {
        { id = "vague_papers", text = "Wants the goods described vaguely on the customs papers" },
        { id = "saves_questions", text = "Says it \"saves a lot of questions\"" },
      },
      innocent = {
        { id = "tracking_link", text = "Sends a tracking link for the shipment" },
        { id = "smiley", text = "Ends the message with a smiley" },
      },
      choices = {
        { "Change the descriptions as asked", go = "leverage", hook = 2,
          gives = "Customs papers that hide what is shipped, with your name on them." },
        { "Stop the shipment, and call Kwame Asante", go = "after", report = true },
      },
    },

    leverage = {
      channel = "phone",
      from = oskar,
      text = function(s)
        local took = s.vars.thanks and ", and you took our thank-you" or ""
        return "Oskar calls, friendly as ever. \"Everything arrived. My client wants twice as much next month. "
          .. "You signed the papers" .. took .. ". If anyone asks, that is your name, not mine. So let's keep "
          .. "this between us, yes?\""
      end,
      flags = {
        { id = "your_name", text = "Points out that your name is on the papers" },
        { id = "between_us", text = "Asks you to keep it between the two of you" },
      },
      innocent = {
        { id = "friendly_tone", text = "Stays friendly throughout the call" },
      },
      choices = {
        { "Process the new order", go = "hooked", hook = 2,
          gives = "A second shipment: you are now their regular supplier." },
        { "Go to Kwame Asante now, and tell him everything you signed", go = "after", report = true },
        { "Delete the e-mails and the order notes", go = "deleted", how = "delete" },
      },
    },

    deleted = {
      text = "You delete the e-mails and clear the order notes. But the maker keeps your form, the forwarder "
        .. "keeps the customs papers, and the bank keeps the payments. Deleting your copies removes only your "
        .. "own side of the story: the side that shows how you were pushed.",
      choices = {
        { "Go to Kwame Asante anyway, and tell him what you deleted", go = "after", report = true },
        { "Say nothing, and hope nobody asks", go = "exposed" },
      },
    },

    after = {
      channel = "phone",
      from = kwame,
      text = function(s)
        local gone = s.hook > 0 and "\"Tell me what has already gone out, and we'll sort it out properly.\" " or ""
        return "Kwame Asante from export control calls back. \"Thank you. An order isn't suspect because of who "
          .. "sends it, but because of what it asks of us.\" " .. gone .. "\"Put it on hold, and tell Oskar "
          .. "only that it's under review.\" Oskar is already on the other line."
      end,
      choices = {
        { "Tell Oskar the order is under review, and nothing more", go = "cleared",
          when = function(s) return s.hook == 0 and not s.visited("end_user") end },
        { "Tell Oskar the order is under review, and nothing more", go = "rep_early",
          when = function(s) return s.hook == 0 and s.visited("end_user") end },
        { "Tell Oskar the order is under review, and nothing more", go = "rep_late",
          when = function(s) return s.hook > 0 end },
        { "Ship the first lot anyway; he has already paid", go = "deeper_end", hook = 1,
          gives = "High-power lasers shipped while export control was still checking." },
      },
    },

    cleared = {
      text = "Kwame's check finds no shipyard behind Baltic Crest, and the maker will not sell without a real "
        .. "end user. Nothing ships. You asked before a single quote went out, which is when a question costs "
        .. "the least.",
      ending = "cleared",
      lesson = "Ask before you quote or buy. An order with no clear end user is a question for export control, "
        .. "not a puzzle to solve alone.",
    },

    rep_early = {
      text = "Kwame's team stops the order and passes what you found to the authorities. The lasers and parts "
        .. "never leave the warehouse. Beatriz grumbles about the quarter, then thanks you.",
      ending = "reported",
      lesson = "You judged the order by what it asked of you, not by who sent it. That is how goods are kept "
        .. "from going where they should not.",
    },

    rep_late = {
      text = "You tell Kwame everything, the forms and the money included. He thanks you: coming forward late is "
        .. "far better than never. Now the company can correct the papers and help the authorities trace the "
        .. "goods. Nobody treats you as the problem.",
      ending = "reported_late",
      lesson = "It is never too late to come forward. Papers you signed are easier to put right when you "
        .. "explain them yourself.",
    },

    deeper_end = {
      text = "The first lot ships while Kwame is still checking. When the shipyard turns out not to exist, the "
        .. "lasers are gone, and the papers carry your name, after your own report. Kwame can only protect you "
        .. "if you stop.",
      ending = "compromised",
      lesson = "Reporting is not a licence to carry on. Once export control knows, ship nothing until they say so.",
    },

    walked_away = {
      text = "You let the order go. Baltic Crest buys the same lasers from another supplier the next week, and "
        .. "nobody who could check knows what you noticed.",
      ending = "walked_away",
      lesson = "Turning an order down protects your company, not the next supplier. A short report lets "
        .. "someone stop it.",
    },

    hooked = {
      text = "The second shipment leaves. Oskar is pleased, and next month's order is already in. Each "
        .. "signature makes the next one harder to refuse. Even now, telling export control is the way out.",
      ending = "hooked",
      lesson = "Small favours on forms grow into a supply line. The way out stays open: tell export control, "
        .. "however far it has gone.",
    },

    exposed = {
      text = "You keep quiet. The maker, the forwarder and the bank still hold every paper with your name on "
        .. "it, and Oskar's next order arrives on Monday. Security can still help you, today.",
      ending = "compromised",
      lesson = "Deleting your copies does not delete the trail. It only hides your side. Keep everything, "
        .. "and report.",
    },
  },
}
