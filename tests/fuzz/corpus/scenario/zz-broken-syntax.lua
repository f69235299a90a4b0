-- A scenario with a syntax error: the menu must show it as unavailable.
return scenario {
  id = "zz-broken-syntax",
  title = "Broken on purpose"
  tactic = "paid_paper",
}
