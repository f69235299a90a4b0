#!/usr/bin/env python3
"""Checks that scenario texts stay short and plain.

For each scenario file (or each *.lua in a folder) given, prints the
Flesch-Kincaid grade of every text the debrief shows -- the scenario's
`debrief`, each ending's `lesson`, each fact's `why` and each choice's
`gives` -- and the word count of every scene text written as a plain string
(texts built by functions are only known during play; they are listed as
not measured).

    tools/readability.py [--max-grade 9] [--max-words 70] [--quiet] PATH...

The file is loaded by the Lua 5.4 interpreter (`lua5.4`, Debian package
lua5.4) in an environment holding only what scenarios may use; nothing in it
is called except the file's main chunk, as `unhooked check` does.

Exit status: 0 all texts within the limits, 1 a text above the grade or a
scene above the word limit (each printed as FILE: where: problem), 2 bad
usage or a file that does not load, 77 no Lua 5.4 interpreter.

Grade = 0.39 * words/sentences + 11.8 * syllables/words - 15.59. Syllables
are counted by the usual vowel-group rule (a silent final e dropped), which
is close enough on plain English to tell a grade-7 sentence from a grade-12
one. Sentences end at . ! ? or a blank line; a text with none is one sentence.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys

# Reads one scenario file and prints one JSON object per text on stdout.
# The environment mirrors the sandbox of SPEC.md section 2.
DUMP_LUA = r"""
local path = arg[1]
local env = {}
for _, k in ipairs({ "assert", "error", "ipairs", "next", "pairs", "pcall", "xpcall", "rawequal",
                     "rawget", "rawlen", "select", "tonumber", "tostring", "type" }) do
  env[k] = _G[k]
end
env.string, env.table, env.math, env.utf8 = string, table, math, utf8
env.scenario = function(t) return t end
local chunk, err = loadfile(path, "t", env)
if not chunk then io.stderr:write(err, "\n"); os.exit(2) end
local ok, sc = pcall(chunk)
if not ok then io.stderr:write(tostring(sc), "\n"); os.exit(2) end
if type(sc) ~= "table" then io.stderr:write(path, ": does not return a table\n"); os.exit(2) end

local function quote(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    local named = { ['"'] = '\\"', ['\\'] = '\\\\', ['\n'] = '\\n', ['\t'] = '\\t', ['\r'] = '\\r' }
    return named[c] or string.format("\\u%04x", c:byte())
  end) .. '"'
end
local function emit(kind, where, text)
  io.write('{"kind":', quote(kind), ',"where":', quote(where), ',"text":',
           type(text) == "string" and quote(text) or "null", '}\n')
end

if type(sc.debrief) == "string" then emit("debrief", "debrief", sc.debrief) end
local facts = type(sc.report) == "table" and type(sc.report.facts) == "table" and sc.report.facts or {}
for _, f in ipairs(facts) do
  if type(f) == "table" and type(f.why) == "string" then
    emit("why", "fact '" .. tostring(f.id) .. "'", f.why)
  end
end
local ids = {}
for id in pairs(type(sc.scenes) == "table" and sc.scenes or {}) do ids[#ids + 1] = tostring(id) end
table.sort(ids)
for _, id in ipairs(ids) do
  local s = sc.scenes[id]
  if type(s) == "table" then
    if type(s.text) == "string" then emit("scene", "scene '" .. id .. "'", s.text)
    else emit("scene", "scene '" .. id .. "'", nil) end
    if type(s.lesson) == "string" then emit("lesson", "ending '" .. id .. "'", s.lesson) end
    for i, c in ipairs(type(s.choices) == "table" and s.choices or {}) do
      if type(c) == "table" and type(c.gives) == "string" then
        emit("gives", "scene '" .. id .. "' choice " .. i, c.gives)
      end
    end
  end
end
"""

ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "prof", "e.g", "i.e", "etc", "vs", "no"}
WORD = re.compile(r"[A-Za-z0-9\u00C0-\u024F$€£]+(?:['’.,\-][A-Za-z0-9\u00C0-\u024F]+)*")


def words_of(text):
    """The words of text: runs of letters or digits, with inner hyphens,
    apostrophes and number separators kept ("e-mail", "don't", "4,500")."""
    return WORD.findall(text)


def syllables(word):
    """Estimated syllables of one word. A number counts one per digit, at
    most four; a hyphenated word counts its parts."""
    w = word.lower()
    if any(ch.isdigit() for ch in w):
        return max(1, min(4, sum(ch.isdigit() for ch in w)))
    w = re.sub(r"[^a-z\u00e0-\u024f-]", "", w)
    if "-" in w:
        return sum(syllables(p) for p in w.split("-") if p) or 1
    w = w.replace("é", "e").replace("ü", "u").replace("ö", "o").replace("ä", "a")
    if len(w) <= 3:
        return 1
    w = re.sub(r"(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "", w)
    w = re.sub(r"^y", "", w)
    return max(1, len(re.findall(r"[aeiouy]{1,2}", w)))


def sentences_of(text):
    """Number of sentences: ends at . ! ? (not after a known abbreviation or
    inside a number) or at a blank line; at least one."""
    n = 0
    for part in re.split(r"\n\s*\n", text.strip()):
        found = 0
        for m in re.finditer(r"[.!?]+(?=[\"'”’)\s]|$)", part):
            before = re.search(r"([A-Za-z.]+)$", part[:m.start()])
            if m.group(0) == "." and before and before.group(1).lower().rstrip(".") in ABBREVIATIONS:
                continue
            found += 1
        # A trailing fragment without a full stop is a sentence too.
        tail = re.split(r"[.!?]+(?=[\"'”’)\s]|$)", part)[-1]
        if words_of(tail):
            found += 1
        n += max(found, 1 if words_of(part) else 0)
    return max(n, 1)


def fk_grade(text):
    """Flesch-Kincaid grade level of text (0 words -> 0)."""
    w = words_of(text)
    if not w:
        return 0.0
    syl = sum(syllables(x) for x in w)
    return 0.39 * len(w) / sentences_of(text) + 11.8 * syl / len(w) - 15.59


def dump(lua, path):
    """The texts of one scenario file, as (kind, where, text) tuples."""
    r = subprocess.run([lua, "-", path], input=DUMP_LUA, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError((r.stderr.strip() or "the Lua interpreter failed").splitlines()[0])
    out = []
    for line in r.stdout.splitlines():
        o = json.loads(line)
        out.append((o["kind"], o["where"], o["text"]))
    return out


def files_of(paths):
    for p in paths:
        if os.path.isdir(p):
            for f in sorted(os.listdir(p)):
                if f.endswith(".lua"):
                    yield os.path.join(p, f)
        else:
            yield p


def short(text, n=60):
    t = " ".join(text.split())
    return t if len(t) <= n else t[:n - 1] + "…"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="+", metavar="PATH", help="scenario files or folders")
    ap.add_argument("--max-grade", type=float, default=9.0)
    ap.add_argument("--max-words", type=int, default=70)
    ap.add_argument("--quiet", action="store_true", help="print only the problems and the totals")
    ap.add_argument("--lua", default=None, help="the Lua 5.4 interpreter (default: lua5.4 on PATH)")
    args = ap.parse_args()
    lua = args.lua or shutil.which("lua5.4")
    if not lua:
        print("readability: no Lua 5.4 interpreter (apt-get install lua5.4)", file=sys.stderr)
        return 77

    problems = load_errors = 0
    nfiles = 0
    for path in files_of(args.paths):
        nfiles += 1
        try:
            texts = dump(lua, path)
        except (RuntimeError, OSError, ValueError) as e:
            print(f"{path}: cannot read the scenario: {e}")
            load_errors += 1
            continue
        if not args.quiet:
            print(path)
        grades, counts, dynamic = [], [], 0
        for kind, where, text in texts:
            if kind == "scene":
                if text is None:
                    dynamic += 1
                    continue
                n = len(words_of(text))
                counts.append(n)
                bad = n > args.max_words
                if bad:
                    problems += 1
                    print(f"{path}: {where}: {n} words, above {args.max_words}")
                elif not args.quiet:
                    print(f"  words {n:3d}  {where}")
            else:
                g = fk_grade(text)
                grades.append(g)
                bad = g > args.max_grade
                if bad:
                    problems += 1
                    print(f"{path}: {where} ({kind}): grade {g:.1f}, above {args.max_grade:g}: "
                          f"\"{short(text)}\"")
                elif not args.quiet:
                    print(f"  grade {g:5.1f}  {kind:7s} {where}: \"{short(text, 50)}\"")
        if not args.quiet:
            worst = max(grades) if grades else 0.0
            longest = max(counts) if counts else 0
            print(f"  {len(grades)} debrief texts (highest grade {worst:.1f}), {len(counts)} scene texts "
                  f"(longest {longest} words), {dynamic} built during play (not measured)")
    if nfiles == 0:
        print("readability: no scenario files found", file=sys.stderr)
        return 2
    print(f"readability: {nfiles} files, {problems} problem{'s' if problems != 1 else ''}"
          + (f", {load_errors} not readable" if load_errors else ""))
    if load_errors:
        return 2
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
