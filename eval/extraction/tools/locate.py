#!/usr/bin/env python3
"""Turns an annotator's string-based annotation into the stored gold form.

Annotators write what they see (exact substrings plus which occurrence);
this tool finds each substring in the article's field, fails loudly when a
string is not there or the occurrence does not exist, and writes the gold
record with code-point spans only: the article text itself (CC BY-NC-SA,
not shippable) never enters the repository — the evaluation reads it from
../shared/data/news at run time.

  eval/extraction/tools/locate.py ../shared/data/news/saudinewsnet.jsonl.gz \
      annotation1.json [annotation2.json ...] >> eval/extraction/dev.jsonl

Annotation input (one JSON object per file; see eval/extraction/README.md):
  {"record": 475, "reference_date": "2015-07-20",
   "reference_basis": "text" | "crawl",
   "entities": [{"id": "e1", "type": "PER", "canonical": "عادل الجبير",
                 "mentions": [{"field": "content", "text": "الجبير",
                               "occurrence": 1 | "all"}]}],
   "quotes": [{"field": "content", "text": "...", "occurrence": 1,
               "kind": "direct" | "indirect" | "mixed", "cue": "قال",
               "speaker": "e1" | null, "speaker_text": "مصدر أمني",
               "addressee": "e2" | null, "reporter": "e3" | null}],
   "dates": [{"field": "content", "text": "اليوم الاثنين", "occurrence": 1,
              "value": "2015-07-20" | null}]}
"""
import gzip
import json
import sys


def open_text(path):
    """Opens the corpus, gzip-compressed or plain JSONL."""
    with open(path, "rb") as probe:
        gz = probe.read(2) == b"\x1f\x8b"
    if gz:
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def load_records(corpus, wanted):
    out = {}
    with open_text(corpus) as f:
        for i, line in enumerate(f):
            if i in wanted:
                out[i] = json.loads(line)
    return out


def find_all(hay, needle):
    pos, found = 0, []
    while True:
        k = hay.find(needle, pos)
        if k < 0:
            return found
        found.append(k)
        pos = k + 1


def spans_of(record, item, where):
    field = item.get("field", "content")
    if field not in ("title", "content"):
        raise ValueError(f"{where}: field must be title or content")
    text = item["text"]
    if not text or text != text.strip():
        raise ValueError(f"{where}: text is empty or has outer spaces: {text!r}")
    hits = find_all(record[field], text)
    if not hits:
        raise ValueError(f"{where}: {text!r} not found in {field}")
    occ = item.get("occurrence", 1)
    if occ == "all":
        chosen = hits
    else:
        if not isinstance(occ, int) or not 1 <= occ <= len(hits):
            raise ValueError(f"{where}: {text!r} occurs {len(hits)} times in "
                             f"{field}; occurrence {occ} does not exist")
        chosen = [hits[occ - 1]]
    return [{"field": field, "start": k, "end": k + len(text)} for k in chosen]


def convert(ann, record):
    rec_no = ann["record"]
    gold = {"record": rec_no, "url": record["url"],
            "title_chars": len(record["title"]),
            "content_chars": len(record["content"]),
            "reference_date": ann.get("reference_date"),
            "reference_basis": ann.get("reference_basis"),
            "entities": [], "quotes": [], "dates": []}
    ids = set()
    for e in ann.get("entities", []):
        if e["type"] not in ("PER", "ORG", "LOC", "MISC"):
            raise ValueError(f"record {rec_no}: entity {e['id']}: bad type")
        if e["id"] in ids:
            raise ValueError(f"record {rec_no}: entity id {e['id']} twice")
        ids.add(e["id"])
        mentions = []
        for m in e["mentions"]:
            mentions += spans_of(record, m, f"record {rec_no} {e['id']}")
        gold["entities"].append({"id": e["id"], "type": e["type"],
                                 "canonical": e["canonical"],
                                 "mentions": mentions})
    for n, q in enumerate(ann.get("quotes", [])):
        where = f"record {rec_no} quote {n + 1}"
        if q["kind"] not in ("direct", "indirect", "mixed"):
            raise ValueError(f"{where}: bad kind {q['kind']!r}")
        for key in ("speaker", "addressee", "reporter"):
            if q.get(key) is not None and q[key] not in ids:
                raise ValueError(f"{where}: {key} {q[key]!r} is no entity id")
        span = spans_of(record, q, where)[0]
        gold["quotes"].append({**span, "kind": q["kind"], "cue": q.get("cue"),
                               "speaker": q.get("speaker"),
                               "speaker_text": q.get("speaker_text"),
                               "addressee": q.get("addressee"),
                               "reporter": q.get("reporter")})
    for n, d in enumerate(ann.get("dates", [])):
        where = f"record {rec_no} date {n + 1}"
        for span in spans_of(record, d, where):
            gold["dates"].append({**span, "text": d["text"],
                                  "value": d.get("value")})
    return gold


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    anns = []
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            anns.append((path, json.load(f)))
    records = load_records(sys.argv[1], {a["record"] for _, a in anns})
    failed = False
    for path, ann in anns:
        try:
            if ann["record"] not in records:
                raise ValueError(f"record {ann['record']} not in corpus")
            gold = convert(ann, records[ann["record"]])
        except (ValueError, KeyError) as e:
            print(f"{path}: {e}", file=sys.stderr)
            failed = True
            continue
        print(json.dumps(gold, ensure_ascii=False))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
