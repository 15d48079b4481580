#!/usr/bin/env python3
"""Writes the contiguous ANERcorp dev split used by models/ner/MODEL.md.

aner_head.conll = the first 3454 sentences of ANERcorp train.conll (88 %),
aner_tail.conll = the remaining 472. The test file is never read.

  split_aner.py ../shared/data/ner/anercorp/train.conll /tmp
"""
import sys


def main():
    src = open(sys.argv[1], encoding="utf-8").read().replace("\r", "")
    sents = [s.strip("\n") for s in src.split("\n\n") if s.strip()]
    out = sys.argv[2]
    with open(f"{out}/aner_head.conll", "w", encoding="utf-8") as f:
        f.write("\n\n".join(sents[:3454]) + "\n\n")
    with open(f"{out}/aner_tail.conll", "w", encoding="utf-8") as f:
        f.write("\n\n".join(sents[3454:]) + "\n\n")


if __name__ == "__main__":
    main()
