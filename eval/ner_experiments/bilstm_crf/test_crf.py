# brute-force check of CRF log-partition and Viterbi
import sys, itertools, torch
sys.argv = ['ner.py', '--train', 'small_dv.conll', '--dev', 'small_dv.conll', '--emb', 'rand', '--epochs', '0']
exec(open('ner.py').read().split("emb = None")[0])
torch.manual_seed(0); K = 3; crf = CRF(K)
for p_ in crf.parameters(): p_.data.normal_()
E = torch.randn(2, 4, K); M = torch.tensor([[1, 1, 1, 1], [1, 1, 0, 0]], dtype=torch.bool); Y = torch.tensor([[0, 1, 2, 1], [2, 0, 0, 0]])
def s(b, y):
    v = crf.start[y[0]] + E[b, 0, y[0]] + crf.end[y[-1]]
    for t in range(1, len(y)): v = v + crf.trans[y[t-1], y[t]] + E[b, t, y[t]]
    return v
tot = 0; vit = []
for b, n in enumerate([4, 2]):
    allp = list(itertools.product(range(K), repeat=n)); scs = torch.stack([s(b, y) for y in allp])
    tot = tot + torch.logsumexp(scs, 0) - s(b, Y[b, :n].tolist()); vit.append(list(allp[scs.argmax()]))
print(float(tot), float(crf.nll(E, Y, M))); print(vit, crf.viterbi(E, M))
