# Extract SaudiNewsNet title+content, simple tokenisation, one article per line.
import gzip, json, re, sys
PUNCT = r'\.,،:؛«»"\(\)\?!؟\[\]\{\};'
pat = re.compile('([' + PUNCT + '])')
def tok(s):
    return pat.sub(r' \1 ', s).split()
n = 0; w = 0
with gzip.open('/work/shared/data/news/saudinewsnet.jsonl.gz', 'rt', encoding='utf-8') as f, open('news.txt', 'w', encoding='utf-8') as out:
    for line in f:
        d = json.loads(line)
        toks = tok((d.get('title') or '') + ' . ' + (d.get('content') or ''))
        if toks:
            out.write(' '.join(toks) + '\n'); n += 1; w += len(toks)
print('articles', n, 'tokens', w)
