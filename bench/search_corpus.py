#!/usr/bin/env python3
"""Generates the search benchmark corpus, the 200 queries and the variant
pairs from ../shared/data/news/saudinewsnet.jsonl.gz (see bench/README.md).

Usage: search_corpus.py NEWS_JSONL_GZ N OUT_DIR
Writes OUT_DIR/corpus.jsonl (N articles), OUT_DIR/queries.txt (200 lines:
"kind<TAB>marsad query") and OUT_DIR/variants.txt ("query<TAB>target"
spelling pairs). Deterministic: a fixed seed, so every run measures the same
data. The corpus is written at run time (never committed)."""
import collections
import datetime
import gzip
import json
import random
import re
import sys

SEED = 20150720
START = datetime.date(2014, 1, 1)
SENT_END = re.compile(r'(?<=[.!؟?])\s+')
ARABIC_WORD = re.compile(r'^[\u0621-\u064A]{3,}$')
STOP = set('في من على إلى الى عن أن ان إن او أو ما لا لم لن قد هو هي هذا هذه ذلك '
           'تلك التي الذي الذين كان كانت مع بين ثم حتى عند كل غير أي اي أنه انه '
           'وفي ومن وعلى إلا الا إذا اذا لقد منذ فيه فيها منه منها عليه عليها به بها '
           'له لها وقال قال وأضاف أيضا خلال بعد قبل علي ولا عندما'.split())


def main():
    news, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    rng = random.Random(SEED)
    titles, sentences, meta = [], [], []
    df = collections.Counter()
    bigrams = collections.Counter()
    with gzip.open(news, 'rt', encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            content = (r.get('content') or '').strip()
            title = (r.get('title') or '').strip()
            if not content or not title:
                continue
            titles.append(title)
            meta.append((r.get('source') or 'unknown',
                         (r.get('date_extracted') or '2015-01-01')[:10]))
            # Paragraphs when the article has them, else sentences.
            parts = [p.strip() for p in content.split('\n') if p.strip()]
            if len(parts) < 3:
                parts = [s.strip() for s in SENT_END.split(content) if s.strip()]
            # Long run-on "sentences" are cut at a word near 400 characters.
            for p in parts:
                while len(p) > 500:
                    cut = p.rfind(' ', 0, 400)
                    cut = cut if cut > 0 else 400
                    sentences.append(p[:cut])
                    p = p[cut:].strip()
                if p:
                    sentences.append(p)
            words = content.split()
            df.update(set(w for w in words if ARABIC_WORD.match(w)))
            for a, b in zip(words, words[1:]):
                if ARABIC_WORD.match(a) and ARABIC_WORD.match(b) and a not in STOP and b not in STOP:
                    bigrams[(a, b)] += 1
    with open(f'{out}/corpus.jsonl', 'w', encoding='utf-8') as f:
        for i in range(n):
            t = rng.randrange(len(titles))
            paras = []
            for _ in range(rng.randint(2, 5)):
                paras.append(' '.join(rng.choice(sentences)
                                      for _ in range(rng.randint(1, 2))))
            # The source's crawl dates span a few weeks only: spread the
            # generated articles over three years so day facets and date
            # filters have something to do.
            source = meta[t][0]
            day = (START + datetime.timedelta(days=rng.randrange(1096))).isoformat()
            f.write(json.dumps({'id': i, 'title': titles[t], 'source': source,
                                'date': day, 'paragraphs': paras},
                               ensure_ascii=False) + '\n')

    # Queries: the same kinds every run.
    content_words = [w for w, _ in df.most_common() if w not in STOP]
    common = content_words[:150]
    rare = [w for w, c in df.items() if 3 <= c <= 20 and w not in STOP]
    rare.sort()
    mid = [w for w, c in df.items() if 100 <= c <= 1000 and w not in STOP]
    mid.sort()
    phr = [a + ' ' + b for (a, b), c in bigrams.most_common(400)]
    sources = sorted(set(m[0] for m in meta))
    days = [(START + datetime.timedelta(days=k)).isoformat() for k in range(1096)]
    q = [('common', 'السعودية'), ('common', 'المملكة'),
         ('phrase', '"المملكة العربية السعودية"'),
         ('phrase', '"ولي العهد"'), ('phrase', '"وزير الخارجية"')]
    q += [('rare', w) for w in rng.sample(rare, 55)]
    q += [('common', w) for w in rng.sample(common, 38)]
    q += [('and', f'{a} {b}') for a, b in zip(rng.sample(common, 35), rng.sample(mid, 35))]
    q += [('phrase', f'"{p}"') for p in rng.sample(phr, 27)]
    q += [('exclude', f'{a} -{b}') for a, b in zip(rng.sample(common, 10), rng.sample(common, 10))]
    for _ in range(30):
        w = rng.choice(common)
        if rng.random() < 0.5:
            q.append(('filter', f'{w} source={rng.choice(sources)}'))
        else:
            a = rng.randrange(len(days) - 30)
            q.append(('filter', f'{w} from={days[a]} to={days[a + 30]}'))
    assert len(q) == 200, len(q)
    with open(f'{out}/queries.txt', 'w', encoding='utf-8') as f:
        for kind, text in q:
            f.write(f'{kind}\t{text}\n')

    # Variant pairs: (query spelling, spelling to find). Fixed pairs from the
    # issue, then pairs found in this corpus by rule.
    pairs = [('الأمريكي', 'الأميركي'), ('الأميركي', 'الأمريكي'),
             ('لإسرائيل', 'إسرائيل'), ('والمتحدث', 'المتحدث'),
             ('مسؤول', 'مسئول'), ('المسؤولين', 'المسئولين'),
             ('السعوديه', 'السعودية'), ('الرياض', 'بالرياض'),
             ('اسرائيل', 'إسرائيل'), ('الامارات', 'الإمارات'),
             ('أمريكا', 'امريكا'), ('الأمريكية', 'الأميركية'),
             ('نتنياهو', 'نتانياهو'), ('الإقتصاد', 'الاقتصاد'),
             ('إستراتيجية', 'استراتيجية'), ('القاهره', 'القاهرة'),
             ('فلسطين', 'وفلسطين'), ('للمملكة', 'المملكة'),
             ('بريطانيا', 'لبريطانيا'), ('الشئون', 'الشؤون')]
    with open(f'{out}/variants.txt', 'w', encoding='utf-8') as f:
        for a, b in pairs:
            f.write(f'{a}\t{b}\n')


if __name__ == '__main__':
    main()
