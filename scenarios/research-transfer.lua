-- SPDX-License-Identifier: Apache-2.0
-- Trains: a research partnership as a way in. A small partner firm and a friendly visiting
-- researcher propose a paid research transfer agreement with a university lab, then ask for more
-- than the agreement covers. The trainee is a university researcher. The tech-transfer office's
-- contract check and the lab head's blessing are half-measures; research security is the report.
-- Seed facts used: TorchStone 2024 (German arrests of April 2024: the first suspect allegedly enlisted
-- associates who owned a business in Düsseldorf, which allegedly helped set up relationships with
-- researchers and a research transfer agreement with an unnamed German university; services deploy
-- undercover officers as students or researchers to infiltrate universities, institutes and
-- companies; the conference variant with an unanticipated honorarium and hidden recording).

local adrian = { name = "Dr. Adrian Keller", role = "Visiting researcher, sponsored", org = "Brightwater Applied Systems" }
local mira = { name = "Mira Jansen", role = "Managing director", org = "Brightwater Applied Systems" }
local ruth = { name = "Prof. Ruth Mensah", role = "Head of your lab", org = "Your university" }
local daniel = { name = "Daniel Ferreira", role = "Contracts officer", org = "Technology-transfer office" }
local hannah = { name = "Hannah Wolff", role = "Research security officer", org = "Your university" }

return scenario {
  id = "research-transfer",
  title = "The Research Transfer Agreement",
  tactic = "research",
  audience = { "research" },
  summary = "You are a researcher in a university lab that develops laser coatings for ship propellers. "
    .. "A small partner firm sends a visiting researcher, and then proposes a paid agreement.",
  minutes = 7,
  teaches = { "clearance", "little_hook", "report", "no_fear" },
  start = "welcome",
  report = {
    facts = {
      { id = "who", text = "Who is involved: Adrian Keller, Mira Jansen, Brightwater, and how each approached you",
        required = true,
        why = "Names, roles and how they reached you let research security check the firm and the visit." },
      { id = "asks", text = "What they asked for and offered (access, data, drawings, samples), with dates",
        required = true,
        why = "The requests show where the partnership goes beyond the agreement. That is what gets checked." },
      { id = "private_fee", text = "The personal fee offered to you outside the university's paperwork",
        required = true, when = function(s) return s.visited("proposal") end,
        why = "A private payment from a partner is a key warning sign. Security needs to know it was offered." },
      { id = "trial_data", text = "A copy of the unpublished cladding trial data", decoy = true,
        why = "Never attach the sensitive data itself. Say what was asked for; security will look at it safely." },
      { id = "adrian_origin", text = "Your guess about Adrian's nationality, from his accent", decoy = true,
        why = "Approaches come from people of every background, and they target anyone with access. "
          .. "What counts is what he asked for, not where he is from." },
      { id = "funding_view", text = "Your view of how the lab head handles funding", decoy = true,
        why = "Lab politics do not help a security check. Stick to what the partners asked and offered." },
    },
  },
  debrief = "In April 2024, Germany arrested three German citizens. They are accused of spying for China's "
    .. "Ministry of State Security. One of them is said to have asked friends with a firm in Düsseldorf for "
    .. "help. That firm is said to have set up contacts with researchers, and a research transfer deal with a "
    .. "German university. TorchStone adds that China's spy services also send officers, posing as students "
    .. "or researchers, into Western universities and firms. Most partners and guests are who they say they "
    .. "are. So a check is quick, and it is no insult. Ask research security before data, samples or access "
    .. "go to a partner. Report asks that go past the deal: private fees, labs with no name, trips to meet a "
    .. "client with no name.",
  scenes = {
    welcome = {
      channel = "in_person",
      from = adrian,
      text = "Adrian Keller starts today, a visiting researcher paid for by Brightwater, a small partner firm. "
        .. "He brings pastries and has read all your papers. \"To get up to speed, could I have the full lab "
        .. "drive? The unpublished cladding trials too. I'd rather not wait for the paperwork.\"",
      flags = {
        { id = "unpublished_day_one", text = "Wants the unpublished trials on his first day" },
        { id = "skip_paperwork", text = "Would rather not wait for the access paperwork" },
      },
      innocent = {
        { id = "pastries", text = "Brings pastries for the lab" },
        { id = "read_papers", text = "Has read all your published papers" },
      },
      discuss = { "A guest who is keen to start is normal. Which part of his request is not?" },
      choices = {
        { "Give him the full drive; he is a guest of the lab", go = "proposal", hook = 1,
          gives = "Unpublished trial data, for a guest whose access nobody approved.",
          effect = function(s) s.vars.drive = true end },
        { "Give him the published papers and the guest folder for now", go = "proposal" },
        { "Ask Hannah Wolff in research security to check Adrian's visit before he gets any access",
          go = "after", report = true },
        { "Ask Professor Mensah, your lab head, whether it is all right", go = "lab_head" },
      },
    },

    lab_head = {
      channel = "in_person",
      from = ruth,
      text = "Professor Mensah waves it through. \"Brightwater pays for half a post. Be nice to him, and don't "
        .. "make it awkward.\" She is thinking about funding, not about who Adrian is, and she has no way to "
        .. "check him. Asking her felt like the right thing to do. Nobody has checked anything yet.",
      choices = {
        { "Write to Hannah Wolff anyway, and copy Professor Mensah", go = "after", report = true },
        { "Do as she says, and give Adrian the full drive", go = "proposal", hook = 1,
          gives = "Unpublished trial data, for a guest whose access nobody checked.",
          effect = function(s) s.vars.drive = true end },
        { "Keep him to the guest folder, and carry on", go = "proposal" },
      },
    },

    proposal = {
      channel = "email",
      from = mira,
      text = "Mira Jansen, who runs Brightwater, writes: \"We'd like a research transfer agreement with your "
        .. "lab: 120,000 euros over two years for the cladding process. And for you, a personal consulting "
        .. "fee of 2,000 a month. Let's keep that part outside the university's paperwork. It's simpler.\"",
      flags = {
        { id = "personal_fee", text = "Offers you a personal fee, kept outside the university's paperwork" },
        { id = "whole_process", text = "Wants the whole cladding process, not one joint question" },
      },
      innocent = {
        { id = "tidy_site", text = "The firm has a tidy website with a street address" },
        { id = "two_years", text = "The agreement would run for two years" },
      },
      discuss = { "Who at a university should see a partner's offer, and who should see a personal fee?" },
      choices = {
        { "Accept the fee, and send Mira an outline of the process", go = "kickoff", hook = 1,
          gives = "A private fee from the partner that your university knows nothing about.",
          effect = function(s) s.vars.fee = true end },
        { "Pass the proposal to the technology-transfer office, as the rules say", go = "tto" },
        { "Send the proposal and Adrian's requests to Hannah Wolff, and hold off", go = "after", report = true },
        { "Keep talking to Mira to find out who is really behind the money", go = "digging", how = "keep_talking" },
      },
    },

    tto = {
      channel = "email",
      from = daniel,
      text = "Daniel Ferreira from the technology-transfer office replies the same day. \"The contract terms "
        .. "are fine. We check the money and the rights, not the people behind a partner. Any personal fee is "
        .. "between you and them.\" He is right about his own job. It is just not the job of finding out who "
        .. "Brightwater works for.",
      choices = {
        { "Ask Hannah Wolff's team to look at Brightwater and the fee", go = "after", report = true },
        { "Sign, and take the fee, since the contract is fine", go = "kickoff", hook = 1,
          gives = "A private fee from the partner, taken on the strength of a contract check.",
          effect = function(s) s.vars.fee = true end },
        { "Sign the lab agreement, but turn the fee down", go = "kickoff" },
      },
    },

    digging = {
      channel = "phone",
      from = mira,
      text = "You ask Mira who Brightwater's customers are. She laughs it off. \"Shipyards, mostly. Why do you "
        .. "ask?\" The next day Adrian stops asking for data, and Brightwater's website shows a new address. "
        .. "Your questions told them that you were wary. They told you nothing new.",
      flags = {
        { id = "new_address", text = "The firm's address changes the day after your questions" },
      },
      innocent = {
        { id = "shipyards", text = "Says the customers are mostly shipyards" },
      },
      choices = {
        { "Tell Hannah Wolff what happened, your questions included", go = "after", report = true },
        { "Drop it; the agreement is off the table anyway", go = "walked_away" },
      },
    },

    kickoff = {
      channel = "in_person",
      from = mira,
      text = "At the kick-off, Mira asks for the full process settings, the laser's power curves and the "
        .. "test-rig drawings. \"Our partner lab overseas will validate them.\" Adrian adds that a sample rig "
        .. "should be shipped there too. Who runs that lab, she cannot say yet.",
      flags = {
        { id = "rig_drawings", text = "Wants the full settings and rig drawings, beyond the agreement" },
        { id = "unnamed_lab", text = "Data and a rig should go to a partner lab she cannot name" },
      },
      innocent = {
        { id = "printed_agenda", text = "She brings a printed agenda" },
        { id = "own_room", text = "The meeting is in your department's meeting room" },
      },
      choices = {
        { "Hand over the settings and drawings", go = "conference", hook = 2,
          gives = "The core of the process and the rig design, bound for a lab nobody can name.",
          effect = function(s) s.vars.data = true end },
        { "Say that only the results named in the agreement's security clause will be shared", go = "conference" },
        { "Close the meeting politely, and take the request to Hannah Wolff before anything is sent", go = "after", report = true },
      },
    },

    conference = {
      channel = "chat",
      from = adrian,
      text = function(s)
        local open = s.vars.data and "\"The partner lab is thrilled with your data.\" "
          or "\"Mira was disappointed, but never mind.\" "
        return "Adrian messages you. " .. open .. "\"There's a conference abroad next month, all paid. Bring "
          .. "samples and a memory stick with the latest trials. The end client wants to meet you there, "
          .. "privately. Better not mention it to the department.\""
      end,
      flags = {
        { id = "hand_carry", text = "Wants samples and data carried by hand to an unnamed client" },
        { id = "dont_mention", text = "Asks you not to tell the department" },
      },
      innocent = {
        { id = "messenger_app", text = "Writes on a popular messenger app" },
      },
      choices = {
        { "Go, with the samples and the stick", go = "abroad", hook = 2,
          gives = "Samples and data, carried to a private meeting abroad." },
        { "Forward Adrian's message to Hannah Wolff before you answer", go = "after", report = true },
        { "Turn the trip down, and say nothing to anyone", go = "quiet" },
      },
    },

    abroad = {
      channel = "in_person",
      from = { name = "Mr. Lang", role = "Director", org = "\"The end client\"" },
      text = "In a hotel meeting room, a quiet director called Mr. Lang thanks you warmly and hands you an "
        .. "envelope: an honorarium. He asks about the next version of your process, and whether your PhD "
        .. "students would like paid stays with his team. A camera in the corner shows a red light.",
      flags = {
        { id = "envelope_honorarium", text = "An unexpected honorarium in an envelope" },
        { id = "students_too", text = "Asks whether your PhD students want paid stays" },
        { id = "camera", text = "A camera in the room is recording" },
      },
      innocent = {
        { id = "hotel_room", text = "The meeting is in a hotel meeting room" },
      },
      choices = {
        { "Take the envelope, and promise to ask your students", go = "hooked", hook = 1,
          gives = "Cash on camera, and a promise to bring in others." },
        { "Refuse the envelope, fly home, and tell Hannah Wolff everything", go = "after", report = true },
      },
    },

    quiet = {
      text = "You turn the trip down and tell no one. A month later your PhD student Jonas tells you, beaming, "
        .. "that Adrian has offered him a paid stay abroad, and asked him to bring the latest trial data. "
        .. "The agreement goes on, and nobody in research security knows.",
      flags = {
        { id = "student_offer", text = "Adrian offers your student a paid stay, with data" },
      },
      innocent = {
        { id = "student_beaming", text = "Jonas is delighted by the offer" },
      },
      choices = {
        { "Go to Hannah Wolff with everything, and mention Jonas", go = "after", report = true },
        { "It's Jonas's choice; stay out of it", go = "walked_away" },
      },
    },

    after = {
      channel = "phone",
      from = hannah,
      text = function(s)
        local gone = s.hook > 0 and "\"Tell me what has already gone, and we'll deal with it.\" " or ""
        return "Hannah Wolff from research security calls. \"Thank you. Most partnerships are exactly what they "
          .. "look like, and checking is how we keep them that way.\" " .. gone .. "\"Until we have looked at "
          .. "Brightwater, please share nothing more.\" An hour later, Adrian asks for the data again."
      end,
      choices = {
        { "Tell Adrian the data waits for the university's review, and leave the rest to Hannah",
          go = "cleared", when = function(s) return s.hook == 0 and not s.visited("kickoff") end },
        { "Tell Adrian the data waits for the university's review, and leave the rest to Hannah",
          go = "rep_early", when = function(s) return s.hook == 0 and s.visited("kickoff") end },
        { "Tell Adrian the data waits for the university's review, and leave the rest to Hannah",
          go = "rep_late", when = function(s) return s.hook > 0 end },
        { "Send Adrian the trial data anyway; the agreement will be signed soon", go = "deeper_end", hook = 1,
          gives = "Lab data, sent while the check was still going on." },
      },
    },

    cleared = {
      text = "Hannah's office looks at Brightwater before anything is signed. The firm cannot explain where "
        .. "its money comes from or who runs its partner lab. No agreement is signed, and Adrian's visit ends "
        .. "early. You asked before a single file left the lab.",
      ending = "cleared",
      lesson = "Ask before you share. Data, samples and access for a partner need clearance, and asking early "
        .. "costs nothing.",
    },

    rep_early = {
      text = "Hannah's team stops the data requests and checks Brightwater. The firm cannot say who runs its "
        .. "partner lab overseas. Nothing sensitive left the lab, because you spoke up at the kick-off. The "
        .. "university tightens its rules for sponsored visitors.",
      ending = "reported",
      lesson = "You saw requests that went beyond the agreement and raised them before anything left. That "
        .. "is what research security is for.",
    },

    rep_late = {
      text = "You tell Hannah everything, including the fee and what you sent. She thanks you. Coming late is "
        .. "far better than never: now the university can warn other labs and stop what comes next. It was "
        .. "not easy to say, and you said it.",
      ending = "reported_late",
      lesson = "It is never too late to come forward. Tell research security what has gone, and they can "
        .. "limit the harm.",
    },

    deeper_end = {
      text = "You send the data while Hannah's check is still running. When Brightwater turns out to be a "
        .. "front, your last e-mail is in the file. Hannah is not angry. But she can no longer say that "
        .. "nothing left the lab after you reported.",
      ending = "compromised",
      lesson = "Reporting is not a licence to go on. Once you have raised it, share nothing until research "
        .. "security says so.",
    },

    walked_away = {
      text = "You kept yourself out of it. Brightwater and Adrian go on working with your lab and your "
        .. "students, and research security does not know what you know. One message would have let them "
        .. "check.",
      ending = "walked_away",
      lesson = "Stepping back protects you, not your lab or your students. Raise it, so that someone can check.",
    },

    hooked = {
      text = "You fly home with an envelope, a recorded meeting and a promise to bring in your students. The "
        .. "next request will be harder to refuse. Even now, research security is the way out.",
      ending = "hooked",
      lesson = "Honoraria, paid trips and private meetings dig the hook deeper. The way out stays open: report "
        .. "it, however far it has gone.",
    },
  },
}
