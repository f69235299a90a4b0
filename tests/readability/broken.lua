-- Does not load: tools/readability.py must say so and exit 2.
return scenario { id = "broken", title = 
