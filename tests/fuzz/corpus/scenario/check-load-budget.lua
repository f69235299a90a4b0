-- expect: instruction budget of 50000000 VM instructions exceeded
local n = 0
while true do n = n + 1 end
