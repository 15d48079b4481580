#!/usr/bin/env python3
"""The peers of bench/run_search_bench: PostgreSQL 15 (to_tsvector('arabic')
+ GIN, a real server started here on loopback in a temp dir) and Xapian
1.4 (stock Arabic Snowball stemmer, through Debian's python3-xapian; never
linked into marsad). Same corpus, same 200 queries, same variant pairs.

Usage: search_peers.py WORK_DIR [postgres,xapian]   (reads corpus.jsonl, queries.txt,
relevant.txt written by search_corpus.py and search_bench; prints one JSON
object per engine)."""
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

PG_BIN = '/usr/lib/postgresql/15/bin'


def pct(v, p):
    v = sorted(v)
    return v[min(len(v) - 1, int(p * (len(v) - 1) + 0.5))] if v else 0.0


def parse(q):
    """marsad query syntax -> (text for the peer's own parser, filters)."""
    filters = {}
    words = []
    for m in re.finditer(r'"[^"]*"|\S+', q):
        t = m.group(0)
        k = re.match(r'^(from|to|source)=(.+)$', t)
        if k:
            filters[k.group(1)] = k.group(2)
        else:
            words.append(t)
    return ' '.join(words), filters


def docs(work):
    with open(f'{work}/corpus.jsonl', encoding='utf-8') as f:
        for line in f:
            yield json.loads(line)


def load_queries(work):
    out = []
    with open(f'{work}/queries.txt', encoding='utf-8') as f:
        for line in f:
            kind, q = line.rstrip('\n').split('\t', 1)
            out.append((kind, q))
    return out


def load_relevant(work):
    out = []
    with open(f'{work}/relevant.txt', encoding='utf-8') as f:
        for line in f:
            parts = line.rstrip('\n').split('\t')
            out.append((parts[0], parts[1], set(int(x) for x in parts[2:])))
    return out


def timed_queries(run_one, queries):
    for _, q in queries:  # warm-up
        run_one(q)
    lat = []
    for _, q in queries:
        best = None
        for _ in range(2):
            t = time.perf_counter()
            run_one(q)
            dt = (time.perf_counter() - t) * 1e3
            best = dt if best is None else min(best, dt)
        lat.append(best)
    return lat


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def bench_postgres(work, queries, relevant):
    import psycopg2
    tmp = tempfile.mkdtemp(prefix='marsad-pg-', dir='/tmp')
    os.chmod(tmp, 0o777)
    data = f'{tmp}/data'
    asuser = ['runuser', '-u', 'postgres', '--'] if os.geteuid() == 0 else []
    subprocess.run(asuser + [f'{PG_BIN}/initdb', '-D', data, '-U', 'bench',
                             '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'],
                   check=True, stdout=subprocess.DEVNULL)
    port = free_port()
    opts = (f'-c listen_addresses=127.0.0.1 -p {port} -k {tmp} '
            '-c shared_buffers=2GB -c maintenance_work_mem=2GB -c work_mem=256MB '
            '-c max_parallel_workers_per_gather=0 '
            '-c max_parallel_maintenance_workers=0 -c fsync=off '
            '-c synchronous_commit=off -c full_page_writes=off')
    subprocess.run(asuser + [f'{PG_BIN}/pg_ctl', '-D', data, '-l', f'{tmp}/log',
                             '-o', opts, '-w', 'start'],
                   check=True, stdout=subprocess.DEVNULL)
    try:
        conn = psycopg2.connect(host='127.0.0.1', port=port, user='bench',
                                dbname='postgres')
        conn.autocommit = True
        cur = conn.cursor()
        cur.execute('CREATE TABLE raw (id int, source text, day date, '
                    'title text, body text)')
        # Load the text (not timed: marsad's build time excludes JSON too).
        tsv = f'{tmp}/corpus.tsv'

        def esc(s):
            return (s.replace('\\', '\\\\').replace('\t', ' ')
                    .replace('\n', ' ').replace('\r', ' '))
        n = 0
        with open(tsv, 'w', encoding='utf-8') as f:
            for d in docs(work):
                f.write(f"{d['id']}\t{esc(d['source'])}\t{d['date']}\t"
                        f"{esc(d['title'])}\t{esc(chr(10).join(d['paragraphs']))}\n")
                n += 1
        with open(tsv, encoding='utf-8') as f:
            cur.copy_expert('COPY raw FROM STDIN', f)
        os.remove(tsv)
        t = time.perf_counter()
        cur.execute("CREATE TABLE docs AS SELECT id, source, day, "
                    "setweight(to_tsvector('arabic', title), 'A') || "
                    "to_tsvector('arabic', body) AS tsv FROM raw")
        cur.execute('CREATE INDEX docs_tsv ON docs USING gin (tsv)')
        build_s = time.perf_counter() - t
        cur.execute('ANALYZE docs')

        def sql(q, limit=True):
            text, f = parse(q)
            where = ["tsv @@ websearch_to_tsquery('arabic', %s)"]
            args = [text]
            if 'from' in f:
                where.append('day >= %s'); args.append(f['from'])
            if 'to' in f:
                where.append('day <= %s'); args.append(f['to'])
            if 'source' in f:
                where.append('source = %s'); args.append(f['source'])
            if not limit:
                return 'SELECT id FROM docs WHERE ' + ' AND '.join(where), args
            return ("SELECT id, ts_rank(tsv, websearch_to_tsquery('arabic', %s)) AS r "
                    'FROM docs WHERE ' + ' AND '.join(where) +
                    ' ORDER BY r DESC LIMIT 10', [text] + args)

        def run_one(q):
            s, a = sql(q)
            cur.execute(s, a)
            cur.fetchall()
        lat = timed_queries(run_one, queries)
        found = rel = 0
        pairs = []
        for q, _, r in relevant:
            s, a = sql(q, limit=False)
            cur.execute(s, a)
            got = set(x[0] for x in cur.fetchall())
            pairs.append([len(got & r), len(r)])
            found += len(got & r)
            rel += len(r)
        conn.close()
        return {'engine': 'PostgreSQL 15 arabic + GIN', 'docs': n,
                'build_s': build_s, 'docs_per_s': n / build_s,
                'p50_ms': pct(lat, 0.5), 'p99_ms': pct(lat, 0.99),
                'recall_found': found, 'recall_relevant': rel,
                'recall_pairs': pairs}
    finally:
        subprocess.run(asuser + [f'{PG_BIN}/pg_ctl', '-D', data, '-m', 'fast',
                                 'stop'], stdout=subprocess.DEVNULL)
        shutil.rmtree(tmp, ignore_errors=True)


def bench_xapian(work, queries, relevant):
    import xapian
    tmp = tempfile.mkdtemp(prefix='marsad-xapian-', dir='/tmp')
    try:
        stemmer = xapian.Stem('arabic')
        all_docs = list(docs(work))
        t = time.perf_counter()
        db = xapian.WritableDatabase(f'{tmp}/db', xapian.DB_CREATE_OR_OVERWRITE)
        tg = xapian.TermGenerator()
        tg.set_stemmer(stemmer)
        tg.set_stemming_strategy(xapian.TermGenerator.STEM_SOME)
        for d in all_docs:
            doc = xapian.Document()
            tg.set_document(doc)
            tg.index_text(d['title'], 3)  # the same title boost as marsad
            tg.increase_termpos()
            for p in d['paragraphs']:
                tg.index_text(p)
                tg.increase_termpos()
            doc.add_boolean_term('S' + d['source'])
            doc.add_value(0, d['date'].replace('-', ''))
            db.add_document(doc)
        db.commit()
        build_s = time.perf_counter() - t
        n = len(all_docs)
        del all_docs
        qp = xapian.QueryParser()
        qp.set_stemmer(stemmer)
        qp.set_stemming_strategy(xapian.QueryParser.STEM_SOME)
        qp.set_default_op(xapian.Query.OP_AND)
        qp.set_database(db)
        flags = (xapian.QueryParser.FLAG_PHRASE | xapian.QueryParser.FLAG_LOVEHATE |
                 xapian.QueryParser.FLAG_BOOLEAN)
        enq = xapian.Enquire(db)

        def query(q):
            text, f = parse(q)
            x = qp.parse_query(text, flags)
            if 'source' in f:
                x = xapian.Query(xapian.Query.OP_FILTER, x,
                                 xapian.Query('S' + f['source']))
            if 'from' in f or 'to' in f:
                lo = f.get('from', '0000-00-00').replace('-', '')
                hi = f.get('to', '9999-99-99').replace('-', '')
                x = xapian.Query(xapian.Query.OP_FILTER, x,
                                 xapian.Query(xapian.Query.OP_VALUE_RANGE, 0, lo, hi))
            return x

        def run_one(q):
            enq.set_query(query(q))
            list(enq.get_mset(0, 10))
        lat = timed_queries(run_one, queries)
        found = rel = 0
        pairs = []
        for q, _, r in relevant:
            enq.set_query(query(q))
            got = set(m.docid - 1 for m in enq.get_mset(0, n))
            pairs.append([len(got & r), len(r)])
            found += len(got & r)
            rel += len(r)
        return {'engine': 'Xapian 1.4 (Snowball arabic)', 'docs': n,
                'build_s': build_s, 'docs_per_s': n / build_s,
                'p50_ms': pct(lat, 0.5), 'p99_ms': pct(lat, 0.99),
                'recall_found': found, 'recall_relevant': rel,
                'recall_pairs': pairs}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    work = sys.argv[1]
    queries = load_queries(work)
    relevant = load_relevant(work)
    wanted = (sys.argv[2] if len(sys.argv) > 2 else 'postgres,xapian').split(',')
    for name, fn in (('postgres', bench_postgres), ('xapian', bench_xapian)):
        if name not in wanted:
            continue
        try:
            print(json.dumps(fn(work, queries, relevant)), flush=True)
        except Exception as e:  # a missing peer is reported, not fatal
            print(json.dumps({'engine': fn.__name__, 'error': str(e)}), flush=True)


if __name__ == '__main__':
    main()
