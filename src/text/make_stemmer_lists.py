#!/usr/bin/env python3
"""Generates src/text/stemmer_lists.inc: the data-driven guard lists of the
light stemmer (src/text/stemmer.cc).

  python3 src/text/make_stemmer_lists.py \
      --news ../shared/data/news/saudinewsnet.jsonl.gz \
      --names ../shared/data/names \
      --out src/text/stemmer_lists.inc

The stemmer strips proclitics (و ف ب ك ل ال س) and suffixes by rule. Rules
cannot tell «وزير» (minister) from و+زير, «بايدن» from ب+ايدن, «التزام» from
ال+تزام or «لبنان» from لبنان-ان. This script counts word frequencies in an
unlabelled news corpus and keeps a key when the corpus says the letters belong
to the stem:

  keep_prefix  the word as seen at a proclitic decision (clitic + suffix-
               stripped rest). Evidence that the first letter(s) are stem
               letters: the string occurs after the article («الوزير») or
               after a clitic that cannot precede it («ووزير», «لبلاد»),
               while the rest rarely occurs on its own («زير»).
  keep_suffix  the remainder seen at a suffix decision. Evidence that a
               final ون/ين/ان is part of the stem: it survives before a
               pronoun or the nisba ي («فلسطيني», «قانونه»), which a plural
               or dual ن would not; that a pronoun-like ه/ها/هم is part of
               the stem: the word takes the article («الاتجاه»).

Only keys (words and word pieces) and no corpus text are written. Person and
place names from the CC0/Apache-2.0/MIT name lists are added when the corpus
does not contradict them. The rules below MIRROR stemmer.cc (Cuts and
SuffixEnd); change both together.
"""

import argparse
import collections
import csv
import gzip
import json
import os
import re
import sys

MIN_STEM = 3

PRON = ["هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "ه"]
NUM = ["ات", "ون", "ين", "ان"]

_TASHKEEL = re.compile("[\u064B-\u065F\u0670\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي",
                       "ؤ": "و", "ئ": "ي"})
_WORD = re.compile("[\u0621-\u064A]+")


def normalize(text):
  return _TASHKEEL.sub("", text).translate(_FOLD)


def suffix_end(w, s, keep_suffix):
  """Mirror of SuffixEnd() in stemmer.cc: end of the stem of w[s:]."""
  e = len(w)
  room = lambda k: e - k - s >= MIN_STEM
  kept = w[s:e] in keep_suffix
  if w.endswith("ة", s, e):
    return e - 1 if room(1) else e
  if kept:
    return e
  matched = False
  for p in PRON:
    if w.endswith(p, s, e):
      matched = True
      if room(len(p)):
        e -= len(p)
        if w.endswith("ات", s, e) and room(2):
          e -= 2
        elif (w.endswith("تمو", s, e) or w.endswith("تما", s, e)) and room(3):
          e -= 3
        elif w[e - 1] in "توا" and room(1):
          e -= 1
        return e
      break
  for suf in NUM:
    if w.endswith(suf, s, e):
      if not room(2):
        return e
      e -= 2
      if suf in ("ين", "ان") and w.endswith("ت", s, e) and room(1):
        e -= 1  # feminine dual
      return e
  if w.endswith("وا", s, e) and room(2):
    return e - 2
  for suf in ("تما", "تم", "تن"):
    if w.endswith(suf, s, e) and room(len(suf)):
      return e - len(suf)
  if not matched and w.endswith("ا", s, e) and room(1) and w[e - 2] != "ا":
    return e - 1
  if w.endswith("ت", s, e) and room(1):
    return e - 1
  return e


def cuts(w):
  """Mirror of Cuts() in stemmer.cc: candidate proclitic boundaries."""
  n = len(w)
  out = []
  i = 0
  if n >= 3 and w[0] in "وف":
    out.append((1, "conj"))
    i = 1
  if w.startswith("لل", i):
    out += [(i + 1, "prep"), (i + 2, "art")]
  elif w[i:i + 1] in ("ب", "ك", "ل") and w.startswith("ال", i + 1):
    out += [(i + 1, "prep"), (i + 3, "art")]
  elif w.startswith("ال", i):
    out.append((i + 2, "art"))
  elif w[i:i + 1] in ("ب", "ك", "ل"):
    out.append((i + 1, "prep"))
  elif w[i:i + 1] == "س" and w[i + 1:i + 2] in ("ي", "ت", "ن", "ا"):
    out.append((i + 1, "fut"))
  return out


def count_corpus(path):
  f = collections.Counter()
  with gzip.open(path, "rt", encoding="utf-8") as fh:
    for line in fh:
      doc = json.loads(line)
      text = normalize((doc.get("title") or "") + " " +
                       (doc.get("content") or ""))
      f.update(_WORD.findall(text))
  return f


def read_names(names_dir, gazetteer_dir):
  names = set()
  p = os.path.join(names_dir, "wikidata-person-names-en-ar.tsv")
  if os.path.exists(p):
    with open(p, encoding="utf-8") as fh:
      for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
        if int(row.get("count") or 0) >= 2:
          names.update(_WORD.findall(normalize(row["arabic"])))
  p = os.path.join(names_dir, "wikipedia-names-ar-en.tsv")
  if os.path.exists(p):
    with open(p, encoding="utf-8") as fh:
      for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
        names.update(_WORD.findall(normalize(row["arabic"])))
  p = os.path.join(gazetteer_dir, "country-names-ar.csv")
  if os.path.exists(p):
    with open(p, encoding="utf-8") as fh:
      for row in csv.DictReader(fh):
        names.update(_WORD.findall(normalize(row["value"])))
  return {n for n in names if len(n) >= 4}


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument("--news", required=True)
  ap.add_argument("--names", required=True)
  ap.add_argument("--gazetteers", required=True)
  ap.add_argument("--out", required=True)
  ap.add_argument("--min_evidence", type=int, default=3)
  args = ap.parse_args()

  f = count_corpus(args.news)
  print("types:", len(f), "tokens:", sum(f.values()), file=sys.stderr)

  def A(x):  # occurrences after the article, with or without a clitic
    return (f["ال" + x] + f["وال" + x] + f["فال" + x] + f["بال" + x] +
            f["كال" + x] + f["وبال" + x] + f["لل" + x] + f["ولل" + x])

  def forms(b):  # evidence that b is a stem of its own
    return f[b] + A(b) + f[b + "ة"] + A(b + "ة")

  names = read_names(args.names, args.gazetteers)
  types = [w for w, c in f.items() if c >= 2 and len(w) >= 3]

  # ---- keep_suffix -------------------------------------------------------
  keep_suffix = set()
  for x in types:
    n = len(x)
    for p in PRON:
      if x.endswith(p) and n - len(p) >= MIN_STEM:
        b = x[:-len(p)]
        stem_ev = A(x)
        clitic_ev = forms(b) + f[b + "ات"]
        if p == "ه":
          clitic_ev += f[b + "ة"] * 4  # ه often stands for ة
        if stem_ev >= args.min_evidence and stem_ev > clitic_ev:
          keep_suffix.add(x)
        break
    for s in ("ون", "ين", "ان"):
      if x.endswith(s) and n - 2 >= MIN_STEM:
        b = x[:-2]
        stem_ev = sum(f[x + p] for p in PRON) + f[x + "ي"] + A(x + "ي") + \
            f[x + "ية"] + A(x + "ية")
        if stem_ev >= args.min_evidence and stem_ev > forms(b):
          keep_suffix.add(x)
    if x.endswith("ت") and not x.endswith("ات") and n - 1 >= MIN_STEM:
      # A final ت is stripped as a verb ending (قالت) unless the word takes
      # the article or the nisba ي (الكويت, بيروتي).
      b = x[:-1]
      stem_ev = A(x) + f[x + "ي"] + A(x + "ي") + f[x + "ية"] + A(x + "ية")
      if ((stem_ev >= args.min_evidence and
           stem_ev >= 0.1 * (f[b] + A(b))) or
          (f[x] >= 10 and f[b] + A(b) < 0.05 * f[x])):
        keep_suffix.add(x)
    if x.endswith("ات") and n - 2 >= MIN_STEM:
      b = x[:-2]
      stem_ev = f[x] + A(x)
      if stem_ev >= 10 and forms(b) + f[b + "ي"] < 0.02 * stem_ev:
        keep_suffix.add(x)
  for x in names:
    for s in ("ون", "ين", "ان", "ت"):
      if x.endswith(s) and len(x) - len(s) >= MIN_STEM:
        if forms(x[:-len(s)]) <= 0.2 * (f[x] + A(x)) + 5:
          keep_suffix.add(x)
  print("keep_suffix:", len(keep_suffix), file=sys.stderr)

  # ---- keep_prefix -------------------------------------------------------
  conj_outer = ["و", "ف", "ب", "ك", "ل", "وب", "فب", "ول", "فل", "وك", "فك"]
  stats = collections.defaultdict(lambda: [0, 0, 0])  # stem_ev, clitic_ev, f
  candidates = set(types) | names
  for x in candidates:
    cs = cuts(x)
    if not cs:
      continue
    # Only the first clitic of x: the runtime asks about x at the point where
    # this clitic is the next one to strip.
    cut, kind = cs[0]
    c, r = x[:cut], x[cut:]
    e = suffix_end(x, len(c), keep_suffix)
    if e - len(c) < MIN_STEM:
      continue
    key = x[:e]
    # After a preposition, a word much more frequent than its rest alone is
    # a stem of its own («كانت» vs «انت», «لكنه» vs «كنه»): ب/ك/ل+noun is
    # rarely five times as frequent as the bare noun. (Not for و: «وأضاف» is
    # thirty times as frequent as «أضاف» in news.)
    if kind == "conj":
      stem_ev = A(x) + sum(f[p + x] for p in conj_outer)
      clitic_ev = f[r] + A(r)
    elif kind in ("prep", "fut"):
      outer = ["ب", "ك", "وب", "فب", "وك", "فك"]
      if c != "ل" or kind == "fut":
        outer += ["ل", "ول", "فل"]
      stem_ev = A(x) + sum(f[p + x] for p in outer) + 0.1 * f[x]
      clitic_ev = f[r] + (A(r) if kind == "prep" else 0)
      if x.startswith("لل"):  # ل + ال: «للمملكة» is ل+المملكة
        clitic_ev += f["ال" + x[2:]]
    else:  # article
      stem_ev = A(x) + f["ل" + x] + f["ول" + x] + f["فل" + x]
      clitic_ev = f[r] + sum(f[p + r] for p in ("و", "ف", "ب", "ك", "ل"))
    st = stats[key]
    st[0] += stem_ev
    st[1] += clitic_ev
    st[2] += f[x]
    # Names: «بايدن» is not ب+ايدن. A name's article is still the article
    # («السعودي»), so names only guard single-letter clitics.
    if kind != "art" and x in names and f[r] + A(r) <= 0.5 * f[x] + 10:
      st[0] += 1 << 20  # a known name whose rest is not a common word
  keep_prefix = set()
  for key, (stem_ev, clitic_ev, _) in stats.items():
    if stem_ev >= args.min_evidence and stem_ev >= 0.5 * clitic_ev:
      keep_prefix.add(key)
  print("keep_prefix:", len(keep_prefix), file=sys.stderr)

  with open(args.out, "w", encoding="utf-8") as out:
    out.write("// GENERATED BY src/text/make_stemmer_lists.py; DO NOT EDIT.\n")
    out.write("// Guard lists of the light stemmer derived from word counts "
              "of an unlabelled\n// news corpus and public name lists "
              "(keys only, no corpus text).\n")
    out.write("// keep_prefix: %d keys, keep_suffix: %d keys.\n\n" %
              (len(keep_prefix), len(keep_suffix)))
    for name, keys in (("kGeneratedKeepPrefix", keep_prefix),
                       ("kGeneratedKeepSuffix", keep_suffix)):
      out.write("inline constexpr std::string_view %s[] = {\n" % name)
      line = "   "
      for k in sorted(keys):
        item = ' "%s",' % k
        if len(line) + len(item) > 80:
          out.write(line + "\n")
          line = "   "
        line += item
      out.write(line + "\n};\n\n")


if __name__ == "__main__":
  main()
