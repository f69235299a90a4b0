-- expect: syntax error
return scenario { id = "x" 
