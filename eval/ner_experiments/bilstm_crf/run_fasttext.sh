#!/bin/bash
cd /work/nnexp
/usr/bin/time -v fasttext skipgram -input news.txt -output ft100 -dim 100 -minCount 3 -epoch 5 -thread 2 -minn 3 -maxn 6 > ft_train.log 2>&1
