#!/usr/bin/env python3
"""Turns a stored gold record back into the annotators' input form.

The inverse of locate.py: spans become exact substrings plus the occurrence
of that substring in its field. Used to give annotator helpers a finished
example at the start of a session (nothing outside the repo survives between
sessions, so their work folders are rebuilt from the committed gold).

  eval/extraction/tools/to_input.py eval/extraction/probe11_articles.jsonl \
      eval/extraction/probe11.jsonl 0 > example.json

CORPUS is the .jsonl(.gz) the gold's record numbers index (the written sets'
_articles.jsonl, or ../shared/data/news/saudinewsnet.jsonl.gz).
"""
import json
import sys

from locate import find_all, load_records


def as_text(record, span):
    field = span["field"]
    text = record[field][span["start"]:span["end"]]
    hits = find_all(record[field], text)
    return {"field": field, "text": text,
            "occurrence": hits.index(span["start"]) + 1}


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    corpus, gold_path, wanted = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(gold_path, encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    matches = [g for g in gold if g["record"] == wanted]
    if not matches:
        sys.exit(f"record {wanted} is not in {gold_path}")
    g = matches[0]
    record = load_records(corpus, {wanted})[wanted]
    out = {"record": wanted, "reference_date": g["reference_date"],
           "reference_basis": g["reference_basis"], "entities": [],
           "quotes": [], "dates": []}
    for e in g["entities"]:
        out["entities"].append({
            "id": e["id"], "type": e["type"], "canonical": e["canonical"],
            "mentions": [as_text(record, m) for m in e["mentions"]]})
    for q in g["quotes"]:
        item = as_text(record, q)
        for key in ("kind", "cue", "speaker", "speaker_text", "addressee",
                    "reporter"):
            if key in q:
                item[key] = q[key]
        out["quotes"].append(item)
    for d in g["dates"]:
        item = as_text(record, d)
        item["value"] = d.get("value")
        out["dates"].append(item)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
