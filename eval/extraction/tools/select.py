#!/usr/bin/env python3
"""Selects the articles of the extraction development set.

Reads ../shared/data/news/saudinewsnet.jsonl.gz and picks, with a fixed seed,
articles of 120 to 450 words that contain reported speech (a reporting verb)
from every outlet, so that the set is not tuned to one outlet's style. Prints
one work file per article into OUT_DIR: the record number (0-based line of the
.jsonl.gz), url, crawl time, and the title and content with their characters
counted, for annotators to read.

  eval/extraction/tools/select.py ../shared/data/news/saudinewsnet.jsonl.gz \
      /tmp/extraction-work --count 40

The selection is deterministic: same data, same seed -> same articles.
"""
import argparse
import gzip
import json
import os
import random
import re

REPORTING = re.compile(
    r"(^|\s)(و?قال|و?أكد|و?أوضح|و?أشار|و?أضاف|و?شدد|و?ذكر|و?صرح|حسبما|وفقا|بحسب)")
QUOTE = re.compile(r"[«\"“]")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("out_dir")
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=20261129)
    args = ap.parse_args()

    by_source = {}
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            r = json.loads(line)
            words = len(r["content"].split())
            if not 120 <= words <= 450:
                continue
            if len(REPORTING.findall(r["content"])) < 2:
                continue
            by_source.setdefault(r["source"], []).append((i, r))

    rng = random.Random(args.seed)
    sources = sorted(by_source)
    picked = []
    # Round-robin over outlets; within an outlet, prefer articles with
    # quotation marks for half the picks (direct quotes are rarer).
    pools = {s: rng.sample(by_source[s], min(len(by_source[s]), 60))
             for s in sources}
    turn = 0
    while len(picked) < args.count and any(pools.values()):
        s = sources[turn % len(sources)]
        turn += 1
        pool = pools[s]
        if not pool:
            continue
        want_quote = (turn // len(sources)) % 2 == 0
        idx = next((k for k, (_, r) in enumerate(pool)
                    if bool(QUOTE.search(r["content"])) == want_quote), 0)
        picked.append(pool.pop(idx))

    os.makedirs(args.out_dir, exist_ok=True)
    for n, (i, r) in enumerate(sorted(picked)):
        path = os.path.join(args.out_dir, f"{n:02d}_record{i}.txt")
        with open(path, "w", encoding="utf-8") as out:
            out.write(f"record: {i}\nurl: {r['url']}\n")
            out.write(f"source: {r['source']}\n")
            out.write(f"date_extracted: {r['date_extracted']}\n")
            out.write(f"author: {r.get('author', '')}\n")
            out.write(f"--- title ({len(r['title'])} chars)\n{r['title']}\n")
            out.write(f"--- content ({len(r['content'])} chars)\n")
            out.write(r["content"] + "\n")
        print(path)


if __name__ == "__main__":
    main()
