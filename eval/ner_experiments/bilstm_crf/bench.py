# inference speed (tokens/s) on dev with 1 thread, batch 32 and batch 1 (includes batchify + char CNN + BiLSTM + Viterbi)
import sys, time, torch
ck = sys.argv[1]
sys.argv = ['ner.py', '--emb', torch.load(ck)['args']['emb'], '--epochs', '0', '--threads', '1']
src = open('ner.py').read()
exec(src.split("gold = [[l")[0])
net.load_state_dict(torch.load(ck)['state']); torch.set_num_threads(1)
ntok = sum(map(len, dv)); gold = [[l for _, l in s] for s in dv]
for bs in [32, 1, 32]:  # 32 repeated: first pass includes warm-up
    t = time.time(); preds = evaluate(dv, bs=bs); dt = time.time() - t
    print(f'bs={bs}: {ntok} tokens in {dt:.2f}s = {ntok/dt:.0f} tok/s; F1 {score(gold, preds)["micro"][0]:.4f}', flush=True)
