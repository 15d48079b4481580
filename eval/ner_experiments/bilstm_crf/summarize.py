# build the runs table from the per-epoch JSON logs
import json
rows = [('BiLSTM-CRF + fastText (fine-tuned)', 'ft_tune'), ('BiLSTM-CRF + fastText (frozen)', 'ft_frozen'), ('BiLSTM-CRF, random init (no pretrained)', 'rand')]
print('| variant | epochs run | best epoch | best dev micro F1 | PERS | LOC | ORG | MISC | train s/epoch (mean) | eval s/epoch | params (trainable) |')
print('|---|---|---|---|---|---|---|---|---|---|---|')
for name, f in rows:
    try: h = [json.loads(l) for l in open(f + '.log') if l.startswith('{')]
    except FileNotFoundError: continue
    if not h: continue
    b = max(h, key=lambda x: x['f1']); bj = json.load(open(f + '.pt.best.json'))
    print(f"| {name} | {len(h)} | {b['epoch']} | **{b['f1']:.4f}** | {b.get('PERS',0):.4f} | {b.get('LOC',0):.4f} | {b.get('ORG',0):.4f} | {b.get('MISC',0):.4f} | {sum(x['train_s'] for x in h)/len(h):.0f} | {sum(x['eval_s'] for x in h)/len(h):.1f} | {bj['params']:,} ({bj['trainable']:,}) |")
print()
for name, f in rows:
    try: h = [json.loads(l) for l in open(f + '.log') if l.startswith('{')]
    except FileNotFoundError: continue
    print(f"{f} dev F1 per epoch: " + ' '.join(f"{x['f1']:.3f}" for x in h))
