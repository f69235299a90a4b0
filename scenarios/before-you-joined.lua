-- SPDX-License-Identifier: Apache-2.0
-- Trains: disclosing a past contact, without fear. For the onboarding kiosk: in the first week of a
-- new job, a friend from a study-abroad year resurfaces, and the "foundation" that once paid the
-- trainee for student essays wants a new paper, then names, then a move to a post with more access.
-- The trainee is a new hire. Hiding the profile post and asking the onboarding buddy are the
-- half-measures; telling the security officer from the welcome briefing is the report.
-- Seed facts used: Stratfor 2017 (Glenn Shriver was recruited while studying in China and sent home
-- to infiltrate the CIA; the CIA adapted its thinking since, as the services target not only ethnic
-- Chinese recruits; the "little hook": a paid, harmless-looking task, recorded, becomes leverage);
-- TorchStone 2024 (they target anyone with access; be careful what you post about your duties).

local camille = { name = "Camille Duarte", role = "Friend from your year abroad" }
local stefan = { name = "Stefan Varga", role = "Programme officer", org = "Lakeside Exchange Foundation" }
local ana = { name = "Ana Kowalczyk", role = "Security officer", org = "Your company" }

return scenario {
  id = "before-you-joined",
  title = "Before You Joined",
  tactic = "past_contact",
  audience = { "new_hires" },
  summary = "It is your first week at a company that builds underwater sensors. A friend from your "
    .. "year abroad as a student gets in touch, and brings greetings from the foundation you once wrote "
    .. "for.",
  minutes = 6,
  teaches = { "report", "no_fear", "little_hook", "guard_profile" },
  start = "hello",
  report = {
    facts = {
      { id = "who", text = "Camille Duarte and Stefan Varga: who they are and how they got in touch",
        required = true,
        why = "Names and how they reached you let security see whether other new staff were contacted too." },
      { id = "essays", text = "The paid essays for the foundation in your year abroad: roughly when, how much",
        required = true,
        why = "The old essays are their lever. Once security knows about them, the lever is gone." },
      { id = "new_asks", text = "What Stefan asks for now, and what he offers", required = true,
        when = function(s) return s.visited("stefan_call") end,
        why = "The new requests show what they want from your new job. That is what security must see." },
      { id = "form_answer", text = "That you ticked \"no\" on the onboarding form", required = true,
        when = function(s) return s.vars.ticked_no == true end,
        why = "Put the form right yourself. A wrong answer you correct is far better than one found later." },
      { id = "stefan_origin", text = "Your guess about Stefan's background, going by his surname", decoy = true,
        why = "Approaches come from people of every background, and they target anyone with access. What "
          .. "counts is what he asks of you, not where he is from." },
      { id = "sonar_details", text = "Details of the sonar project you now work on", decoy = true,
        why = "Never put project details in a report. Say what was asked; security knows what is sensitive." },
    },
  },
  debrief = "Glenn Shriver, an American, was recruited by Chinese intelligence while he was a student in China. "
    .. "He was then sent home to try to get into the CIA. According to a Newsweek report cited by Stratfor, "
    .. "his case changed the CIA's thinking: these services do not only target people of one background. "
    .. "An approach can start long before someone has access, and wait for the right job. Most friends "
    .. "from a year abroad are just friends. But when someone from your past takes a new interest in your "
    .. "work, or reminds you of something they could use, tell security. Disclosing a past contact is not a "
    .. "confession. It takes the lever out of their hands, and you can do it without fear.",
  scenes = {
    hello = {
      channel = "linkedin",
      from = camille,
      text = "Day three at the new job. A message from Camille, your closest friend from your year abroad: "
        .. "\"Saw your post! So proud of you. Stefan from the foundation says hi. He still has your essays on "
        .. "file, says they were the best. He'd love to hear what you work on now. Coffee when I'm in town?\"",
      flags = {
        { id = "essays_on_file", text = "Mentions that the foundation still has your paid essays on file" },
        { id = "what_you_work_on", text = "Passes on interest in what you work on now" },
      },
      innocent = {
        { id = "saw_post", text = "She saw your public post about the new job" },
        { id = "old_friend", text = "Camille was your closest friend that year" },
      },
      discuss = { "Which part of this friendly message is about the past, and which about your new job?" },
      choices = {
        { "Reply warmly, and tell her all about your new team", go = "briefing", hook = 1,
          gives = "Your new team and role, passed to people who once paid you.",
          effect = function(s) s.vars.told = true end },
        { "Reply warmly, but keep work out of it", go = "briefing" },
        { "Write to the contact in your welcome pack about Camille, Stefan and the old essays",
          go = "after", report = true },
        { "Take the job post off your profile, and leave it at that", go = "profile" },
      },
    },

    profile = {
      text = "You hide the post and tighten your profile. That is sensible: say less about your duties online. "
        .. "But Camille and Stefan already know where you work, and the old essays have not gone anywhere. "
        .. "Nobody at your new company knows that someone from your past is asking.",
      choices = {
        { "Tell the contact in your welcome pack about the message and the essays", go = "after", report = true },
        { "Carry on; the security briefing is on Thursday anyway", go = "briefing" },
      },
    },

    briefing = {
      channel = "in_person",
      from = ana,
      text = "At Thursday's welcome briefing, Ana Kowalczyk says: \"Many of you had a life before us: study "
        .. "abroad, side jobs, old friends. If someone from back then takes a sudden interest in your work, "
        .. "tell us. Nobody gets into trouble for what they tell us.\" The form asks about paid work for "
        .. "organisations abroad.",
      discuss = {
        "Why might someone hesitate to mention a paid student job from years ago?",
        "What would make it easier to speak up in your first week?",
      },
      choices = {
        { "Stay after the talk, and tell Ana about Camille, Stefan and the essays", go = "after", report = true },
        { "Tick \"no\" on the form; they were only student essays", go = "stefan_call", hook = 1,
          gives = "A false answer on your first security form: something they can hold over you.",
          effect = function(s) s.vars.ticked_no = true end },
        { "Ask your onboarding buddy, Tariq, whether it is worth mentioning", go = "buddy" },
      },
    },

    buddy = {
      channel = "chat",
      from = { name = "Tariq Mahmood", role = "Your onboarding buddy", org = "Your team" },
      text = "Tariq replies at once. \"Honestly? I'd keep quiet. Why make yourself look bad in your first "
        .. "week? Everyone did odd jobs as a student.\" He means it kindly, and he has never heard of the "
        .. "foundation. Ana said the opposite an hour ago, and she is the one who knows.",
      choices = {
        { "Go back to Ana after all, and tell her everything", go = "after", report = true },
        { "Take Tariq's advice, and tick \"no\" on the form", go = "stefan_call", hook = 1,
          gives = "A false answer on your first security form: something they can hold over you.",
          effect = function(s) s.vars.ticked_no = true end },
        { "Leave the form question blank for now", go = "stefan_call" },
      },
    },

    stefan_call = {
      channel = "phone",
      from = stefan,
      text = function(s)
        local team = s.vars.told and ", and your team sounds fascinating" or ""
        return "A call on your new work mobile. It is Stefan, who asks after your old professor. "
          .. "\"Congratulations! We always knew you'd go far" .. team .. ". We have a new paid project: a short "
          .. "note on how firms like yours protect their designs. Nothing secret. Fifteen hundred, as before.\""
      end,
      flags = {
        { id = "knows_number", text = "Calls on a work number you never gave him" },
        { id = "how_firms_protect", text = "Wants a paid note on how firms like yours protect their designs" },
      },
      innocent = {
        { id = "old_professor", text = "Asks after your old professor" },
        { id = "congratulates", text = "Congratulates you on the new job" },
      },
      choices = {
        { "Write the note; it's only general stuff", go = "note_paid", hook = 1,
          gives = "A paid note on how your new employer protects its designs.",
          effect = function(s) s.vars.note = true end },
        { "Decline politely", go = "decline" },
        { "Tell Stefan you'll think about it, then call Ana Kowalczyk", go = "after", report = true },
      },
    },

    note_paid = {
      channel = "email",
      from = stefan,
      text = "The fee arrives the next day. Stefan writes: \"Excellent work. Next, could you send an "
        .. "organisation chart of your department, and say who works on the new sonar project? We still have "
        .. "all your essays and receipts, so we know you're reliable.\"",
      flags = {
        { id = "org_chart", text = "Asks for an organisation chart and the names on the sonar project" },
        { id = "receipts_reminder", text = "Reminds you that they kept your essays and receipts" },
      },
      innocent = {
        { id = "foundation_logo", text = "The e-mail carries the foundation's usual logo" },
      },
      discuss = { "What does \"we know you're reliable\" really tell you?" },
      choices = {
        { "Send the chart and the names", go = "visit", hook = 2,
          gives = "Your colleagues' names and roles: people they can now approach." },
        { "Forward Stefan's e-mail to Ana Kowalczyk, and tell her about the note and the fee",
          go = "after", report = true },
        { "Delete the e-mails, and act as if it never happened", go = "deleted", how = "delete" },
      },
    },

    visit = {
      channel = "in_person",
      from = stefan,
      text = "Camille is in town, and Stefan joins you both for dinner. Then he leans in. \"There's an internal "
        .. "post open on the sonar team, with more access. You'd be perfect. Apply, and we'll make it worth "
        .. "your while. Think of your future.\" Camille looks down at her plate.",
      flags = {
        { id = "apply_for_access", text = "Urges you to apply for an internal post with more access" },
        { id = "worth_your_while", text = "Promises to make it worth your while" },
      },
      innocent = {
        { id = "busy_restaurant", text = "You meet in a busy restaurant in town" },
      },
      choices = {
        { "Promise to apply", go = "hooked", hook = 2,
          gives = "A plan to move closer to the secrets, on their instructions." },
        { "Say you need to think, and go to Ana Kowalczyk first thing tomorrow", go = "after", report = true },
      },
    },

    decline = {
      channel = "phone",
      from = stefan,
      text = "Stefan takes it well. \"Of course, of course.\" Then, lightly: \"Your new employer might be "
        .. "curious about our old work together, mightn't they? Anyway, the offer stands.\" He hangs up "
        .. "before you can answer, and your hand is shaking a little.",
      flags = {
        { id = "veiled_threat", text = "Hints that your employer might be curious about the old essays" },
      },
      innocent = {
        { id = "takes_it_well", text = "At first he takes your no politely" },
      },
      choices = {
        { "Call Ana Kowalczyk, and tell her about the essays, Camille and this call", go = "after", report = true },
        { "Say nothing, and hope Stefan leaves it there", go = "walked_away" },
      },
    },

    deleted = {
      text = "You delete Stefan's e-mails and the payment notice. But the foundation still has every essay, "
        .. "every receipt, and now your note. All you have removed is your own record of how it started: "
        .. "the part that would show you had nothing to hide.",
      choices = {
        { "Go to Ana Kowalczyk, and tell her everything, the deleting included", go = "after", report = true },
        { "Keep quiet, and hope it goes away", go = "exposed" },
      },
    },

    after = {
      channel = "in_person",
      from = ana,
      text = function(s)
        local extra = ""
        if s.vars.ticked_no then
          extra = "\"We'll put the form right together. Don't worry about it.\" "
        elseif s.hook > 0 then
          extra = "\"Tell me what you sent, and we'll handle it.\" "
        end
        return "Ana Kowalczyk listens without a frown. \"Thank you. This is what the briefing is for. Student "
          .. "essays are not a crime. What matters is who is asking now.\" " .. extra .. "\"Please don't "
          .. "reply to Stefan again.\" That evening, Camille writes."
      end,
      choices = {
        { "Keep Camille at a friendly distance, and pass any new message to Ana", go = "rep_early",
          when = function(s) return s.hook == 0 end },
        { "Keep Camille at a friendly distance, and pass any new message to Ana", go = "rep_late",
          when = function(s) return s.hook > 0 end },
        { "Meet Stefan once more, to tell him yourself that it's over", go = "deeper_end", hook = 1,
          gives = "A private talk with the man security is now checking." },
      },
    },

    rep_early = {
      text = "Ana's team looks into the foundation and finds that it has contacted other former students now "
        .. "working in industry. Your first weeks go on as normal. Nothing you told Ana is held against you; "
        .. "it is simply on file, where it can no longer be used as a threat.",
      ending = "reported",
      lesson = "Telling security about a past contact is not a confession. It takes the lever out of their "
        .. "hands, and it protects you.",
    },

    rep_late = {
      text = "You tell Ana everything, including what you sent. She thanks you: coming forward late is far "
        .. "better than never. Together you put the record straight and stop the next request. Nobody treats "
        .. "you as a suspect.",
      ending = "reported_late",
      lesson = "It is never too late to come forward, even about a form you got wrong. The sooner you do, "
        .. "the less anyone can hold over you.",
    },

    deeper_end = {
      text = "Stefan is charming, and an envelope is on the table before you can say no. A photo is taken, "
        .. "\"for old times' sake\". Ana now has a new problem to untangle. Once you have reported, leave the "
        .. "contact to security.",
      ending = "compromised",
      lesson = "Reporting is not a licence to carry on. Once security knows, do not meet or reply. Let them "
        .. "lead.",
    },

    walked_away = {
      text = "You kept quiet. Stefan still has your essays and his hint of a threat, and your employer does "
        .. "not know. The lever stays in his hands until you tell someone.",
      ending = "walked_away",
      lesson = "Silence leaves the lever with them. A past contact you disclose can no longer be used against "
        .. "you.",
    },

    hooked = {
      text = "You promise to apply. If you get the post, the requests will grow with your access. This is "
        .. "how a student contact becomes a placed source. Even now, telling security is the way out.",
      ending = "hooked",
      lesson = "Help with your career can be a plan to move you closer to secrets. The way out stays open: "
        .. "tell security, however far it has gone.",
    },

    exposed = {
      text = "You keep quiet. The foundation still holds your essays, your note and now your silence. The "
        .. "next request will be harder to refuse. Security can still help you, today.",
      ending = "compromised",
      lesson = "Deleting does not erase what they kept. Tell security, and their hold on you is gone.",
    },
  },
}
