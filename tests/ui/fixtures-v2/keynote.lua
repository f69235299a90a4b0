-- SPDX-License-Identifier: Apache-2.0
-- The UI tests of the report form's rules and the debrief (SPEC v2): report
-- early and stop (passes), report to the helpdesk (wrong place), report and
-- then take the envelope (went deeper), or play along and be drawn in.
return scenario {
  id = "keynote",
  title = "The Keynote Invitation",
  tactic = "conference",
  summary = "An invitation to speak abroad, all expenses paid.",
  minutes = 4,
  teaches = { "clearance", "report", "no_fear" },
  debrief = "A fictional story for the tests of the report form and the debrief.",
  start = "invite",
  report = { facts = {
    { id = "invitation", text = "The invitation and who sent it", required = true,
      why = "Security needs to know who is asking, and how they found you." },
    { id = "envelope", text = "The envelope of cash and the camera", required = true,
      why = "Cash handed over on camera is the hook.",
      when = function(s) return s.visited("envelope") end },
    { id = "origin", text = "Your guess about the host's nationality", decoy = true,
      why = "Approaches come from people of every background. What matters is what they did." },
  } },
  scenes = {
    invite = {
      channel = "email",
      from = { name = "Dana Reyes", role = "Programme chair", org = "Future Materials Summit" },
      text = "Dear colleague, we loved your talk on coatings. Would you give the keynote at our summit in the spring? We pay for flights, hotel and a generous fee. We only need a short abstract of your current work.",
      flags = { { id = "unsolicited", text = "A keynote offer out of the blue, with a generous fee" } },
      innocent = { { id = "logo", text = "A polished logo in the signature" } },
      choices = {
        { "Forward it to the team that clears outside talks, and wait", go = "cleared", report = true },
        { "Accept and send the abstract", go = "banquet", hook = 1,
          gives = "Your yes, your travel plans and a summary of your work." },
        { "Delete it and forget it", go = "banquet", how = "delete" },
      },
    },
    cleared = {
      text = "The clearance team thanks you and approves the trip. At the summit, after your talk, a host holds out a thick envelope: a thank-you for your time.",
      flags = { { id = "cash", text = "An unexpected envelope of cash" } },
      innocent = { { id = "applause", text = "Warm applause after the talk" } },
      choices = {
        { "Take the envelope", go = "envelope", hook = 1, gives = "Cash accepted in front of witnesses." },
        { "Decline politely and tell the clearance team", go = "home_clean" },
      },
    },
    banquet = {
      channel = "in_person",
      from = { name = "Mr. Sandor", role = "Host" },
      text = "At the banquet your host asks about your lab's newest results. A photographer circles the table.",
      flags = { { id = "camera", text = "A camera that keeps pointing at you" } },
      innocent = { { id = "menu", text = "A long menu of local dishes" } },
      choices = {
        { "Chat on to find out what he is after", go = "envelope", hook = 1, how = "keep_talking",
          gives = "Time, trust and small details about your lab." },
        { "Excuse yourself and call the number in your travel briefing", go = "home_late", report = true },
      },
    },
    envelope = {
      text = "Later, an envelope of cash is pressed into your hand while the camera rolls.",
      flags = { { id = "filmed", text = "The hand-over is filmed" } },
      innocent = { { id = "thanks", text = "A thank-you card with the envelope" } },
      choices = {
        { "Call the number in your travel briefing", go = "home_late", report = true },
        { "Keep it and say nothing", go = "hooked", hook = 2, gives = "Leverage: proof you took their money." },
      },
    },
    home_clean = { text = "You fly home with nothing to hide.", ending = "reported",
      lesson = "Clear it first, then stop when something odd happens, and tell them again." },
    home_late = { text = "You tell the security team everything when you land.", ending = "reported_late",
      lesson = "A report is not a green light. Once you have reported, stop." },
    hooked = { text = "A month later the host asks for a favour, and reminds you of the photos.", ending = "hooked",
      lesson = "Each small step made the next one easier. You can still report, even now." },
  },
}
