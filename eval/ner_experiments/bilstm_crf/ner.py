# BiLSTM-CRF (word emb + char CNN) for Arabic NER. CPU, PyTorch.
import argparse, time, random, json, sys, math
import numpy as np, torch, torch.nn as nn
from conlleval import read_conll, score
p = argparse.ArgumentParser()
p.add_argument('--train', default='/tmp/aner_head.conll'); p.add_argument('--dev', default='/tmp/aner_tail.conll')
p.add_argument('--emb', default='ft', choices=['ft', 'rand']); p.add_argument('--vec', default='vocab.vec')
p.add_argument('--freeze', action='store_true'); p.add_argument('--epochs', type=int, default=25)
p.add_argument('--time_limit', type=float, default=1e9, help='stop starting new epochs after this many seconds')
p.add_argument('--hidden', type=int, default=100); p.add_argument('--bs', type=int, default=16)
p.add_argument('--lr', type=float, default=1e-3); p.add_argument('--maxlen', type=int, default=80, help='split training sentences longer than this (at . tokens or hard)')
p.add_argument('--seed', type=int, default=1); p.add_argument('--out', default='model.pt'); p.add_argument('--threads', type=int, default=2)
a = p.parse_args()
torch.set_num_threads(a.threads); torch.manual_seed(a.seed); random.seed(a.seed); np.random.seed(a.seed)
LABELS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC']; L2I = {l: i for i, l in enumerate(LABELS)}
tr = read_conll(a.train); dv = read_conll(a.dev)
def split(s, m):
    if len(s) <= m: return [s]
    out, cur = [], []
    for t in s:
        cur.append(t)
        if (len(cur) >= m // 2 and t[0] in ('.', '؟', '!', '?') and t[1] == 'O') or len(cur) >= m * 2:
            # hard split only at O label boundaries to avoid cutting mentions
            if t[1] == 'O': out.append(cur); cur = []
    if cur: out.append(cur)
    return out
tr_chunks = [c for s in tr for c in split(s, a.maxlen)]
# vocab
from collections import Counter
wc = Counter(w for s in tr for w, _ in s)
if a.emb == 'ft':
    vecs = {}
    for line in open(a.vec, encoding='utf-8'):
        parts = line.rstrip().split(' ')
        if len(parts) == 101: vecs[parts[0]] = np.array(parts[1:], dtype=np.float32)
    words = ['<pad>', '<unk>'] + sorted(vecs)
else:
    words = ['<pad>', '<unk>'] + sorted(wc)
W2I = {w: i for i, w in enumerate(words)}
chars = Counter(c for s in tr for w, _ in s for c in w)
C2I = {c: i + 2 for i, c in enumerate(sorted(c for c, n in chars.items() if n >= 1))}
def enc(s, train=False):
    wi = []
    for w, _ in s:
        i = W2I.get(w, 1)
        if train and a.emb == 'rand' and wc[w] == 1 and random.random() < 0.3: i = 1
        wi.append(i)
    ci = [[C2I.get(c, 1) for c in w[:25]] for w, _ in s]
    return wi, ci, [L2I[l] for _, l in s]
def batchify(sents, train=False):
    B = len(sents); T = max(len(s) for s in sents); Wl = max(min(len(w), 25) for s in sents for w, _ in s)
    W = torch.zeros(B, T, dtype=torch.long); C = torch.zeros(B, T, max(Wl, 3), dtype=torch.long); Y = torch.zeros(B, T, dtype=torch.long); M = torch.zeros(B, T, dtype=torch.bool)
    for b, s in enumerate(sents):
        wi, ci, yi = enc(s, train); n = len(s)
        W[b, :n] = torch.tensor(wi); Y[b, :n] = torch.tensor(yi); M[b, :n] = True
        for t, cc in enumerate(ci): C[b, t, :len(cc)] = torch.tensor(cc)
    return W, C, Y, M
class CRF(nn.Module):
    def __init__(s, K):
        super().__init__(); s.trans = nn.Parameter(torch.zeros(K, K)); s.start = nn.Parameter(torch.zeros(K)); s.end = nn.Parameter(torch.zeros(K))  # trans[i,j]: i->j
    def nll(s, E, Y, M):  # E: B,T,K emissions
        B, T, K = E.shape; Mf = M.float()
        # gold score
        sc = s.start[Y[:, 0]] + E[:, 0].gather(1, Y[:, :1]).squeeze(1)
        for t in range(1, T):
            st = s.trans[Y[:, t - 1], Y[:, t]] + E[:, t].gather(1, Y[:, t:t + 1]).squeeze(1)
            sc = sc + st * Mf[:, t]
        last = Y.gather(1, (M.sum(1) - 1).unsqueeze(1)).squeeze(1); sc = sc + s.end[last]
        # log partition (forward algorithm)
        al = s.start + E[:, 0]
        for t in range(1, T):
            nxt = torch.logsumexp(al.unsqueeze(2) + s.trans.unsqueeze(0), 1) + E[:, t]
            al = torch.where(M[:, t:t + 1], nxt, al)
        logZ = torch.logsumexp(al + s.end, 1)
        return (logZ - sc).sum()
    def viterbi(s, E, M):
        B, T, K = E.shape; sc = s.start + E[:, 0]; bps = []
        for t in range(1, T):
            v, bp = (sc.unsqueeze(2) + s.trans.unsqueeze(0)).max(1)
            nxt = v + E[:, t]; m = M[:, t:t + 1]
            sc = torch.where(m, nxt, sc); bps.append(torch.where(m, bp, torch.arange(K).expand(B, K)))  # identity backpointer on padding
        sc = sc + s.end; best = sc.argmax(1); path = [best]
        for bp in reversed(bps): best = bp.gather(1, best.unsqueeze(1)).squeeze(1); path.append(best)
        path = torch.stack(path[::-1], 1); lens = M.sum(1).tolist()
        return [path[b, :lens[b]].tolist() for b in range(B)]
class Net(nn.Module):
    def __init__(s, nw, nc, emb=None):
        super().__init__()
        s.wemb = nn.Embedding(nw, 100, padding_idx=0)
        if emb is not None: s.wemb.weight.data.copy_(emb)
        s.wemb.weight.requires_grad = not a.freeze
        s.cemb = nn.Embedding(nc, 30, padding_idx=0); s.cnn = nn.Conv1d(30, 50, 3, padding=1)
        s.drop = nn.Dropout(0.5); s.lstm = nn.LSTM(150, a.hidden, batch_first=True, bidirectional=True)
        s.out = nn.Linear(2 * a.hidden, len(LABELS)); s.crf = CRF(len(LABELS))
    def emis(s, W, C, M):
        B, T, Lc = C.shape
        ce = s.cemb(C.view(B * T, Lc)).transpose(1, 2)  # BT,30,Lc
        h = s.cnn(ce); h = h.masked_fill((C.view(B * T, 1, Lc) == 0), -1e4).max(2)[0]; h = torch.where(h < -1e3, torch.zeros_like(h), h)
        x = torch.cat([s.wemb(W), h.view(B, T, 50)], 2); x = s.drop(x)
        lens = M.sum(1).cpu()
        pk = nn.utils.rnn.pack_padded_sequence(x, lens, batch_first=True, enforce_sorted=False)
        o, _ = s.lstm(pk); o, _ = nn.utils.rnn.pad_packed_sequence(o, batch_first=True, total_length=W.shape[1])
        return s.out(s.drop(o))
emb = None
if a.emb == 'ft':
    emb = torch.zeros(len(words), 100)
    for w, i in W2I.items():
        if w in vecs: emb[i] = torch.from_numpy(vecs[w])
    emb[1] = emb[2:].mean(0)
net = Net(len(words), len(C2I) + 2, emb)
nparams = sum(p.numel() for p in net.parameters()); ntrain = sum(p.numel() for p in net.parameters() if p.requires_grad)
print(f'vocab {len(words)} chars {len(C2I)} train_chunks {len(tr_chunks)} (orig {len(tr)}) params {nparams} trainable {ntrain}', flush=True)
opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=a.lr)
def evaluate(sents, bs=32):
    net.eval(); preds = [None] * len(sents)
    order = sorted(range(len(sents)), key=lambda i: len(sents[i]))
    with torch.no_grad():
        for k in range(0, len(order), bs):
            idx = order[k:k + bs]; W, C, Y, M = batchify([sents[i] for i in idx])
            for i, pth in zip(idx, net.crf.viterbi(net.emis(W, C, M), M)): preds[i] = [LABELS[j] for j in pth]
    return preds
gold = [[l for _, l in s] for s in dv]
best = -1; t0 = time.time(); hist = []
for ep in range(1, a.epochs + 1):
    net.train(); te = time.time()
    # bucket: sort by length with noise, make batches, shuffle batches
    order = sorted(range(len(tr_chunks)), key=lambda i: len(tr_chunks[i]) + random.random() * 4)
    batches = [order[k:k + a.bs] for k in range(0, len(order), a.bs)]; random.shuffle(batches); tot = 0.0
    for bi in batches:
        W, C, Y, M = batchify([tr_chunks[i] for i in bi], train=True)
        loss = net.crf.nll(net.emis(W, C, M), Y, M)
        opt.zero_grad(); (loss / len(bi)).backward(); nn.utils.clip_grad_norm_(net.parameters(), 5.0); opt.step(); tot += loss.item()
    ttrain = time.time() - te
    preds = evaluate(dv); r = score(gold, preds); f = r['micro'][0]
    hist.append({'epoch': ep, 'loss': tot, 'train_s': ttrain, 'eval_s': time.time() - te - ttrain, 'f1': f, **{k: r[k][0] for k in ['PERS', 'LOC', 'ORG', 'MISC'] if k in r}})
    print(json.dumps(hist[-1]), flush=True)
    if f > best:
        best = f; torch.save({'state': net.state_dict(), 'args': vars(a), 'words': words, 'C2I': C2I}, a.out)
        with open(a.out + '.best.json', 'w') as fo: json.dump({'epoch': ep, 'res': r, 'params': nparams, 'trainable': ntrain}, fo)
    if time.time() - t0 > a.time_limit: print('time limit reached', flush=True); break
print('BEST', best, flush=True)
