-- expect: 'os' is not available in the scenario sandbox
os.execute("touch /tmp/unhooked-escaped")
return {}
