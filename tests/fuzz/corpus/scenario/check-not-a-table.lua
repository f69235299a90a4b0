-- expect: the file must return a scenario table
return 42
