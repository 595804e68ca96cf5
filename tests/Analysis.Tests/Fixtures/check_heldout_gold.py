#!/usr/bin/env python3
"""Checks a held-out gold (any Fixtures/Heldout* folder) before it is used to score anything.

usage: python3 check_heldout_gold.py FOLDER

Checks that every line has the seeds' gold fields in order, that every quote is a verbatim
substring of its article, that dates are not after the publication date (manifest, or the
"Month D, YYYY" / "Mon. D, YYYY" / "D Month YYYY" stated in the text when the manifest
leaves it empty) nor more than a week
before it (day precision), and that a weekday named in date_evidence is the date's weekday.
Exits 1 on any error.
"""
import csv, json, os, re, sys, datetime as dt
# usage: check_heldout_gold.py FOLDER (a held-out corpus: its .txt articles, manifest.csv and one *.gold.jsonl)
D = sys.argv[1]
man = {r["file"]: r for r in csv.DictReader(open(os.path.join(D, "manifest.csv"), encoding="utf-8"))}
MONTHS = "january february march april may june july august september october november december".split()

def date_in_text(path):
    """The first date written in the article ("August 12, 2019", "Aug. 12, 2019" or
    "12 August 2019"): the publication date when the manifest has none."""
    text = open(path, encoding="utf-8").read()
    mon = r"(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
    hits = []
    for m in re.finditer(r"\b" + mon + r"\s+(\d{1,2}),\s+(\d{4})", text, re.I):
        hits.append((m.start(), m.group(1), m.group(2), m.group(3)))
    for m in re.finditer(r"\b(\d{1,2})\s+" + mon + r"\s+(\d{4})", text, re.I):
        hits.append((m.start(), m.group(2), m.group(1), m.group(3)))
    if not hits:
        return None
    _, name, day, year = min(hits)
    month = [x[:3] for x in MONTHS].index(name[:3].lower()) + 1
    return f"{year}-{month:02d}-{int(day):02d}"
FIELDS = ["file","speaker","speaker_role","kind","quote","cue","date","date_evidence","stance","sentiment"]
DAYS = ["monday","tuesday","wednesday","thursday","friday","saturday","sunday"]
errors = []; n = 0
txt_files = sorted(f for f in os.listdir(D) if f.endswith(".txt"))
assert set(txt_files) == set(man), (set(txt_files) ^ set(man))
per = {}
GOLD = next(f for f in sorted(os.listdir(D)) if f.endswith(".gold.jsonl"))
for ln, line in enumerate(open(os.path.join(D, GOLD), encoding="utf-8"), 1):
    g = json.loads(line); n += 1
    e = lambda m: errors.append(f"line {ln} ({g.get('file')} / {g.get('quote','')[:40]!r}): {m}")
    keys = list(g)
    if keys[:10] != FIELDS: e(f"fields {keys}")
    extra = set(keys[10:]) - {"optional", "date_tolerance_days"}
    if extra: e(f"extra fields {extra}")
    if g["file"] not in man: e("unknown file"); continue
    text = open(os.path.join(D, g["file"]), encoding="utf-8").read()
    c = text.count(g["quote"])
    if c == 0: e("quote not verbatim in article")
    elif c > 1: print(f"note: line {ln} quote occurs {c} times: {g['quote'][:50]!r}")
    if g["kind"] not in ("direct","indirect","tweet"): e("kind")
    if g["stance"] not in ("conciliatory","hawkish","neutral"): e("stance")
    if not (isinstance(g["sentiment"], int) and -2 <= g["sentiment"] <= 2): e("sentiment")
    if g.get("optional") not in (None, True): e("optional must be true or absent")
    pub = man[g["file"]]["published"] or date_in_text(os.path.join(D, g["file"]))
    pubd = dt.date.fromisoformat(pub)
    d = g["date"]
    if d is None:
        if "date_tolerance_days" in g: e("tolerance without date")
    elif re.fullmatch(r"\d{4}-\d{2}", d):
        if d > pub[:7]: e("month after publication")
    else:
        dd = dt.date.fromisoformat(d)
        if dd > pubd: e(f"date {d} after publication {pub}")
        if (pubd - dd).days > 7: e(f"date {d} more than a week before publication {pub}")
        ev = g["date_evidence"].lower()
        # weekdays in the order they appear in the evidence, not in calendar order
        named = sorted((m.start(), m.group(0)) for w in DAYS for m in re.finditer(r"\b" + w, ev))
        named = [w for _, w in named]
        # the first weekday named in the evidence must be the statement's weekday
        if named and "publication" not in ev and "after" not in ev.split(named[0])[0][-12:]:
            if DAYS[dd.weekday()] != named[0]: e(f"evidence names {named[0]} but {d} is a {DAYS[dd.weekday()]}")
        if "publication date" in ev and dd != pubd: e("evidence says publication date but date differs")
        if ev.startswith("undated") and "date_tolerance_days" not in g: e("undated evidence without tolerance")
    per.setdefault(g["file"], [0, 0])[1 if g.get("optional") else 0] += 1
for f in txt_files:
    w = len(open(os.path.join(D, f), encoding="utf-8").read().split())
    print(f"{f:34} {w:4} words  core {per.get(f,[0,0])[0]:3}  optional {per.get(f,[0,0])[1]:2}")
print(f"{n} statements, {sum(v[0] for v in per.values())} core, {sum(v[1] for v in per.values())} optional")
for x in errors: print("ERROR", x)
sys.exit(1 if errors else 0)
