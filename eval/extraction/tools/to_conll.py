#!/usr/bin/env python3
"""Writes the entity annotations of extraction gold files as CoNLL (token tag).

The extraction sets (eval/extraction/*.jsonl) annotate every named mention
of modern Saudi news; in CoNLL form they are NER training data in the
domain marsad serves, next to ANERcorp (newswire of 2007). Text comes from
../shared/data/news/saudinewsnet.jsonl.gz at run time (CC BY-NC-SA: the
output is for local training only, never committed).

Tokens are runs of word characters (harakat and tatweel included) or single
punctuation marks; a token that overlaps a gold mention is tagged with it
(B- first, I- after), so a clitic token «والرياض» is tagged whole, as
ANERcorp tags it. Sentences end after . ! ? ؟

  eval/extraction/tools/to_conll.py ../shared/data/news/saudinewsnet.jsonl.gz \
      eval/extraction/dev.jsonl > /tmp/dev.conll

The written probe sets carry their own text (plain .jsonl, ours):
  eval/extraction/tools/to_conll.py eval/extraction/probe4_articles.jsonl \
      eval/extraction/probe4.jsonl > /tmp/probe4.conll

--doc-marks (first argument) writes a "-DOCSTART- O" line before each
article, so that `marsad train-ner` reads its document features (the `doc`
group) over one article at a time.
"""
import gzip
import json
import re
import sys

TOKEN = re.compile(r"[\w\u0640\u064B-\u065F]+|[^\w\s]", re.UNICODE)


def main():
    args = sys.argv[1:]
    doc_marks = bool(args) and args[0] == "--doc-marks"
    if doc_marks:
        args = args[1:]
    corpus, gold_files = args[0], args[1:]
    golds = [json.loads(line) for path in gold_files for line in open(path)]
    wanted = {g["record"] for g in golds}
    records = {}
    opener = gzip.open if corpus.endswith(".gz") else open
    with opener(corpus, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i in wanted:
                records[i] = json.loads(line)
    out = sys.stdout
    for g in golds:
        record = records[g["record"]]
        if doc_marks:
            out.write("-DOCSTART- O\n\n")
        for field in ("title", "content"):
            text = record[field]
            if len(text) != g[f"{field}_chars"]:
                sys.exit(f"record {g['record']}: {field} length differs "
                         "from the gold's; another copy of the corpus?")
            spans = sorted((m["start"], m["end"], e["type"])
                           for e in g["entities"] for m in e["mentions"]
                           if m["field"] == field)
            tokens = [(m.start(), m.end(), m.group())
                      for m in TOKEN.finditer(text)]
            tags = ["O"] * len(tokens)
            for start, end, kind in spans:
                covered = [k for k, (a, b, _) in enumerate(tokens)
                           if a < end and start < b]
                if not covered or any(tags[k] != "O" for k in covered):
                    continue
                for j, k in enumerate(covered):
                    tags[k] = ("B-" if j == 0 else "I-") + kind
            sentence = []
            for (_, _, word), tag in zip(tokens, tags):
                sentence.append(f"{word} {tag}")
                if word in ".!?؟":
                    out.write("\n".join(sentence) + "\n\n")
                    sentence = []
            if sentence:
                out.write("\n".join(sentence) + "\n\n")


if __name__ == "__main__":
    main()
