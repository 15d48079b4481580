#!/bin/bash
# word types of train+dev (tokens only; no labels) -> fastText vectors (OOV get subword vectors)
cd /work/nnexp
cat /tmp/aner_head.conll /tmp/aner_tail.conll | awk 'NF>=2{print $1}' | sort -u > words.txt
wc -l words.txt
fasttext print-word-vectors ft100.bin < words.txt > vocab.vec
wc -l vocab.vec
