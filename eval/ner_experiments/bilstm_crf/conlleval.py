# Entity-level exact-match micro F1, conlleval semantics.
from collections import Counter
def chunks(labels):
    """Return set of (start, end, type). A mention = B-X I-X...; an I-X after O or a different type starts a new mention."""
    out = []; start = None; typ = None
    for i, l in enumerate(list(labels) + ['O']):
        if l == 'O' or l.startswith('B-') or (l.startswith('I-') and l[2:] != typ):
            if typ is not None: out.append((start, i, typ))
            start, typ = (i, l[2:]) if l != 'O' else (None, None)
    return out
def score(gold_seqs, pred_seqs):
    tp = Counter(); ng = Counter(); npd = Counter()
    for g, p in zip(gold_seqs, pred_seqs):
        assert len(g) == len(p)
        gs = set(chunks(g)); ps = set(chunks(p))
        for c in gs: ng[c[2]] += 1
        for c in ps: npd[c[2]] += 1
        for c in gs & ps: tp[c[2]] += 1
    def f(t, g, p):
        pr = t / p if p else 0.0; rc = t / g if g else 0.0
        return (2 * pr * rc / (pr + rc) if pr + rc else 0.0), pr, rc
    res = {'micro': f(sum(tp.values()), sum(ng.values()), sum(npd.values()))}
    for t in sorted(set(ng) | set(npd)): res[t] = f(tp[t], ng[t], npd[t])
    res['n_gold'] = sum(ng.values()); res['n_pred'] = sum(npd.values())
    return res
def read_conll(path):
    sents = []; cur = []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            if cur: sents.append(cur); cur = []
            continue
        tok, lab = line.rsplit(' ', 1) if ' ' in line else line.rsplit('\t', 1)
        cur.append((tok, lab))
    if cur: sents.append(cur)
    return sents
if __name__ == '__main__':
    import sys
    s = read_conll(sys.argv[1]); g = [[l for _, l in x] for x in s]
    print('gold vs gold', score(g, g)['micro'])
    assert chunks(['B-PERS','I-PERS','O','I-LOC','I-LOC','B-LOC','I-ORG']) == [(0,2,'PERS'),(3,5,'LOC'),(5,6,'LOC'),(6,7,'ORG')]
    allO = [['O'] * len(x) for x in g]; print('all-O', score(g, allO)['micro'])
    print('n sents', len(s), 'n tokens', sum(map(len, s)), 'n mentions', score(g, g)['n_gold'], 'maxlen', max(map(len, s)))
