-- Trains: a trusted former colleague asking for "a little help" is still an approach; the
-- little hook works through friends, and recruited people often recruit others.
-- Seed facts used: TorchStone (Mallory contacted friends and former colleagues still at the CIA;
-- John Walker drew in a friend and family members; the 2024 German suspect allegedly enlisted
-- associates with a Düsseldorf business); Brazil on Gerli Mutso (convicted in June 2023, recruited
-- an Estonian official with access to NATO classified information, travelled abroad for handovers).

local dario = { name = "Dario Feld", role = "Independent consultant, your former team-mate", org = "Feld Technical Advisory" }

return scenario {
  id = "former-colleague",
  title = "A Little Help from an Old Friend",
  tactic = "colleague",
  summary = "Dario left your test team two years ago to go freelance. Now he is back in town, doing "
    .. "well, and would love to catch up over coffee.",
  minutes = 6,
  teaches = { "little_hook", "report", "no_fear" },
  start = "reunion",
  report = {
    facts = {
      { id = "who", text = "Who approached you, how, and whom they say they work for", required = true },
      { id = "asked", text = "What they asked for and offered, and anything you gave, with dates", required = true },
      { id = "deck_copy", text = "A copy of the old project deck he asked for", decoy = true },
      { id = "old_gossip", text = "Office gossip about why Dario left the company", decoy = true },
    },
  },
  debrief = "TorchStone notes that a recruited agent who has run out of useful access often reaches out "
    .. "to others to keep the money flowing. Kevin Mallory contacted friends and former colleagues still "
    .. "at the CIA. John Walker drew a friend and family members into his spy ring. In the 2024 German "
    .. "case, the first suspect allegedly enlisted associates who ran a business in Düsseldorf. Gerli "
    .. "Mutso, convicted in June 2023 of spying for the PLA's Joint Intelligence Bureau, recruited an "
    .. "Estonian official with access to NATO classified information and travelled abroad to hand "
    .. "material over in person. A familiar face does not make a request safe. Know the little hook, and report "
    .. "approaches early, or late, without fear.",
  scenes = {
    reunion = {
      channel = "chat",
      from = dario,
      text = "\"Hey, Rig Whisperer! Long time. I'm in town next week. Coffee? Want to hear how the old "
        .. "team is doing. Are you still on the Kestrel test rig? Who runs the programme these days?\"",
      flags = {
        { id = "rig_question", text = "Before you have even met, asks who runs your programme now" },
      },
      innocent = {
        { id = "old_nickname", text = "Uses your old nickname from the team" },
      },
      choices = {
        { "Say yes to coffee", go = "coffee" },
        { "Mention to corporate security that a former colleague is asking about the programme", go = "rep_early", report = true },
      },
    },

    coffee = {
      channel = "in_person",
      from = dario,
      text = "Dario looks prosperous: new watch, new car. He consults for \"a research institute "
        .. "overseas\" and reminisces about the team's Friday lunches. Then, casually: who leads the new "
        .. "test programme? Is the old rig data still on the shared drive? \"Just curious how things "
        .. "turned out.\"",
      flags = {
        { id = "shared_drive", text = "Asks whether old data is still on the shared drive" },
        { id = "vague_client", text = "Works for an unnamed \"research institute overseas\"" },
      },
      innocent = {
        { id = "friday_lunches", text = "Reminisces about the team's Friday lunches" },
        { id = "new_watch", text = "He wears a new, expensive-looking watch" },
      },
      discuss = {
        "Which of Dario's questions would you answer for any friend, and which not?",
        "Does it feel disloyal to report a former colleague? Why does it still matter?",
      },
      choices = {
        { "Answer freely; he used to work here, after all", go = "deck", hook = 1 },
        { "Keep it social and change the subject", go = "deck" },
        { "Afterwards, tell corporate security what he asked", go = "rep_early", report = true },
      },
    },

    deck = {
      channel = "email",
      from = dario,
      text = "\"Great to see you! One small thing: could you send me the old deck from our project? It's "
        .. "basically public by now. My client pays 2,000 euros for expert input, and I'd split it with "
        .. "you, of course. Use my private address, my firm's mail is a mess.\"",
      flags = {
        { id = "fee_split", text = "Offers to split a consulting fee for a company document" },
        { id = "basically_public", text = "Calls an internal deck \"basically public\"" },
      },
      choices = {
        { "Send the deck", go = "paid", hook = 2 },
        { "Forward the e-mail to corporate security", go = "rep_early", report = true },
        { "Ask Dario straight out who the client is and why they pay so much", go = "probe" },
        { "Ignore the e-mail", go = "ignored" },
      },
    },

    probe = {
      channel = "phone",
      from = dario,
      text = "Dario calls back, laughing. \"Don't make it weird! They're respectable, they just don't like "
        .. "their name on things. Look, they'd rather meet you in person anyway, no e-mails. A weekend "
        .. "abroad, all paid. You'd like them.\" Your questions have told him exactly how wary you are.",
      flags = {
        { id = "no_email_please", text = "The client prefers to meet in person, away from e-mail" },
      },
      choices = {
        { "Tell corporate security about the calls and the e-mail", go = "rep_early", report = true },
        { "Agree to the weekend, and send the deck to break the ice", go = "paid", hook = 2 },
      },
    },

    paid = {
      channel = "email",
      from = dario,
      text = "A payment app shows 1,000 euros from Dario. \"They loved it. Next they would like the current "
        .. "test results, and they'd really like to meet you: a hotel abroad, they pay for everything. "
        .. "Bring the data on a memory card; they don't trust e-mail.\"",
      flags = {
        { id = "current_results", text = "Now asks for current, non-public test results" },
        { id = "memory_card", text = "Wants the data carried by hand on a memory card" },
      },
      discuss = {
        "What has the 1,000 euros changed about your position?",
      },
      choices = {
        { "Stop, and tell corporate security everything, the payment included", go = "rep_late", report = true },
        { "Book the trip and copy the results", go = "trip", hook = 2 },
        { "Refuse, but keep it to yourself", go = "pressure" },
      },
    },

    trip = {
      channel = "in_person",
      from = dario,
      text = "In a hotel lounge abroad, Dario introduces Mr. Hale, who says little and reads the memory "
        .. "card on his own laptop. An envelope changes hands. Then Hale speaks: \"Is there anyone else on "
        .. "your team who could use a little extra income? Dario found you, after all.\"",
      flags = {
        { id = "recruit_more", text = "Asks you to find others on your team" },
      },
      choices = {
        { "Refuse, fly home and go straight to corporate security", go = "rep_late", report = true },
        { "Take the envelope and think about who might be interested", go = "hooked", hook = 1 },
      },
    },

    pressure = {
      channel = "chat",
      from = dario,
      text = "\"Come on. After all we went through together? The client already has the deck, with your "
        .. "name on the e-mail. Let's not make this awkward for either of us.\"",
      flags = {
        { id = "friendship_leverage", text = "Friendship and your earlier e-mail used as pressure" },
      },
      choices = {
        { "Screenshot it and go to corporate security", go = "rep_late", report = true },
        { "Send the results to keep the peace", go = "compromised", hook = 2 },
        { "Delete the chat and block him", go = "deleted" },
      },
    },

    deleted = {
      text = "You delete the chat and block Dario. A month later a new member of your team mentions that a "
        .. "former employee took her to lunch and asked lots about the rig. Nice guy, she says, he even "
        .. "offered her some paid consulting. Your messages, the best evidence of what he does, are gone.",
      choices = {
        { "Go to corporate security and tell them what you remember, deletion included", go = "rep_late", report = true },
        { "Stay out of it", go = "walked_away" },
      },
    },

    ignored = {
      text = "You never answer, and Dario stops writing. Weeks later you hear that he has had coffee with "
        .. "two junior engineers from your team, and that one of them has been asking around for the old "
        .. "project deck.",
      choices = {
        { "Tell corporate security about Dario's request and what you have heard", go = "rep_early", report = true },
        { "Not your business", go = "walked_away" },
      },
    },

    rep_early = {
      text = function(s)
        local note = s.visited("probe") and " They also ask you to leave the questioning to them next "
          .. "time: your call told Dario you were suspicious." or ""
        return "Corporate security thanks you. Reporting a former colleague does not feel good, they know, "
          .. "but Dario has been approaching several people on your team, and your account lets them act "
          .. "before anyone sends him anything." .. note
      end,
      ending = "reported",
    },

    rep_late = {
      text = "You tell corporate security the whole story, payments included. \"Thank you. That cannot have "
        .. "been easy,\" the officer says. \"Coming to us late is far better than never. You also stopped "
        .. "whoever he would have asked next. We'll take it from here, together with you.\"",
      ending = "reported_late",
    },

    walked_away = {
      text = "You kept yourself out of it. But Dario is still working through your old team, and nobody "
        .. "in security knows. One short report would have protected the colleagues he goes to next.",
      ending = "walked_away",
    },

    compromised = {
      text = "The results go out. Dario is friendly again, and the next request is already on its way. "
        .. "The friendship was the hook. In real life, corporate security is still the way out, today.",
      ending = "compromised",
    },

    hooked = {
      text = "You fly home with an envelope and a task: find someone else. This is exactly how the chains "
        .. "in the Mallory and Walker cases grew. Even now, walking into corporate security protects you "
        .. "and the people you were asked to bring in.",
      ending = "hooked",
    },
  },
}
