#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Checks that scenario texts stay short and plain.

For each scenario file (or each *.lua in a folder) given, prints the
reading grade of every text the debrief shows -- the scenario's `debrief`,
each ending's `lesson`, each fact's `why` and each choice's `gives` -- and
the word count of every scene text written as a plain string (texts built by
functions are only known during play; they are listed as not measured).

The grade is measured for the file's language, told by the folder it sits
in (scenarios/de/x.lua is German; a file outside a language folder is
English): English texts by the Flesch-Kincaid grade, German texts by the
first Wiener Sachtextformel (Bamberger and Vanecek), which also gives a
school grade; both are held to the same limit. For German the listing adds
Amstad's Flesch Reading Ease (0 hard to 100 easy) for information. A file in
a language folder with no measure here gets its word counts checked only.

    tools/readability.py [--max-grade 9] [--max-words 70] [--quiet] PATH...

The file is loaded by the Lua 5.4 interpreter (`lua5.4`, Debian package
lua5.4) in an environment holding only what scenarios may use; nothing in it
is called except the file's main chunk, as `unhooked check` does.

Exit status: 0 all texts within the limits, 1 a text above the grade or a
scene above the word limit (each printed as FILE: where: problem), 2 bad
usage or a file that does not load, 77 no Lua 5.4 interpreter.

English: grade = 0.39 * words/sentences + 11.8 * syllables/words - 15.59.
Syllables are counted by the usual vowel-group rule (a silent final e
dropped), which is close enough on plain English to tell a grade-7 sentence
from a grade-12 one.

German: grade = 0.1935 * MS + 0.1672 * SL + 0.1297 * IW - 0.0327 * ES - 0.875,
where MS is the percentage of words with three or more syllables, SL the
mean sentence length in words, IW the percentage of words with more than six
letters and ES the percentage of one-syllable words. Reading ease (Amstad)
= 180 - SL - 58.5 * syllables/words. A German syllable is a group of vowels
(a e i o u y ä ö ü), so diphthongs such as ei, au, eu and ie count once.

Sentences end at . ! ? or a blank line; a text with none is one sentence.
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


def syllables_de(word):
    """Estimated syllables of one German word: its vowel groups. A number
    counts one per digit, at most four; a hyphenated word counts its parts."""
    w = word.lower()
    if any(ch.isdigit() for ch in w):
        return max(1, min(4, sum(ch.isdigit() for ch in w)))
    w = re.sub(r"[^a-zäöüß\u00e0-\u024f-]", "", w)
    if "-" in w:
        return sum(syllables_de(p) for p in w.split("-") if p) or 1
    return max(1, len(re.findall(r"[aeiouyäöüàâéèêëîïôûù]+", w)))


def letters_of(word):
    return sum(ch.isalpha() for ch in word)


def wstf_grade(text):
    """First Wiener Sachtextformel of a German text: a school grade (0 words -> 0)."""
    w = words_of(text)
    if not w:
        return 0.0
    n = len(w)
    syl = [syllables_de(x) for x in w]
    ms = 100.0 * sum(1 for k in syl if k >= 3) / n
    sl = n / sentences_of(text)
    iw = 100.0 * sum(1 for x in w if letters_of(x) > 6) / n
    es = 100.0 * sum(1 for k in syl if k == 1) / n
    return 0.1935 * ms + 0.1672 * sl + 0.1297 * iw - 0.0327 * es - 0.875


def amstad_ease(text):
    """Amstad's Flesch Reading Ease for German, held to 0 (hard) .. 100 (easy);
    0 words -> 100."""
    w = words_of(text)
    if not w:
        return 100.0
    fre = 180.0 - len(w) / sentences_of(text) - 58.5 * sum(syllables_de(x) for x in w) / len(w)
    return min(100.0, max(0.0, fre))


LANG_FOLDER = re.compile(r"^([a-z]{2,3})(?:-[a-z0-9]{2,4})?$")
MEASURES = {
    # language: (name, grade function, extra figure or None)
    "en": ("Flesch-Kincaid grade", fk_grade, None),
    "de": ("Wiener Sachtextformel", wstf_grade, ("reading ease", amstad_ease)),
}


def language_of(path):
    """The language of a scenario file: the name of its folder when that is a
    language tag (de, pt-br), else English."""
    folder = os.path.basename(os.path.dirname(os.path.abspath(path)))
    m = LANG_FOLDER.match(folder)
    return m.group(1) if m else "en"


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
        lang = language_of(path)
        measure = MEASURES.get(lang)
        if not args.quiet:
            print(f"{path} ({lang}: {measure[0] if measure else 'no reading measure, word counts only'})")
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
            elif measure:
                g = measure[1](text)
                grades.append(g)
                bad = g > args.max_grade
                extra = f", {measure[2][0]} {measure[2][1](text):.0f}" if measure[2] else ""
                if bad:
                    problems += 1
                    print(f"{path}: {where} ({kind}): grade {g:.1f}, above {args.max_grade:g}{extra}: "
                          f"\"{short(text)}\"")
                elif not args.quiet:
                    print(f"  grade {g:5.1f}  {kind:7s} {where}{extra}: \"{short(text, 50)}\"")
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
