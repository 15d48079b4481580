#!/usr/bin/env python3
"""End-to-end tests of `marsad ingest`: a real binary, a real SQLite file.

IngestCliTest: exit codes, bad documents reported while the others are
stored, idempotence across runs, stdin.
KillLoopTest (slow): `kill -9` a real ingest at random moments, again and
again, and check after every kill that the store is sound (integrity, no
half article, no orphan row, nothing committed lost); then one run without
interruption completes the set with each article exactly once.

Usage: ingest_kill_test.py PATH_TO_MARSAD SOURCE_DIR SHARED_DATA [unittest args]
"""
import gzip
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import unittest

import cli_fixture

MARSAD = None
SOURCE_DIR = None
SHARED_DATA = None


def run(args, stdin=None, timeout=600):
    p = subprocess.run([MARSAD] + args, input=stdin, capture_output=True,
                       timeout=timeout)
    return (p.returncode, p.stdout.decode(),
            [l for l in p.stderr.decode().split("\n") if l])


def analyze_ids(path):
    """The article ids `marsad analyze` finds in `path` (with repeats)."""
    p = subprocess.run([MARSAD, "analyze", path], capture_output=True,
                       timeout=600)
    return [json.loads(l)["id"] for l in p.stdout.decode().split("\n") if l]


def check_store(test, db_path):
    """Asserts the store is sound; returns the set of article ids in it."""
    if not os.path.exists(db_path):
        return set()
    con = sqlite3.connect(f"file:{db_path}?mode=rw", uri=True)
    try:
        one = lambda sql: con.execute(sql).fetchone()[0]
        test.assertEqual(one("PRAGMA integrity_check"), "ok")
        if one("PRAGMA user_version") == 0:
            # Killed before the schema was created: it is all or nothing.
            test.assertEqual(one("SELECT count(*) FROM sqlite_schema"), 0)
            return set()
        test.assertEqual(con.execute("PRAGMA foreign_key_check").fetchall(),
                         [])
        # No half article: every count in the article row matches its rows.
        for child, column in (("paragraphs", "paragraph_count"),
                              ("subheadings", "subheading_count"),
                              ("article_tags", "tag_count"),
                              ("mentions", "mention_count")):
            bad = one(f"""SELECT count(*) FROM articles a WHERE {column} !=
                          (SELECT count(*) FROM {child} c
                           WHERE c.article = a.seq)""")
            test.assertEqual(bad, 0, f"articles with missing {child}")
        # No orphans (foreign keys forbid them; check anyway).
        for child, key in (("paragraphs", "article"),
                           ("subheadings", "article"),
                           ("article_tags", "article"),
                           ("mentions", "article"),
                           ("sightings", "article"),
                           ("article_links", "main"),
                           ("article_links", "related")):
            orphans = one(f"""SELECT count(*) FROM {child} c WHERE NOT EXISTS
                              (SELECT 1 FROM articles a WHERE a.seq = c.{key})""")
            test.assertEqual(orphans, 0, f"orphan rows in {child}")
        # Every article was seen at least once.
        test.assertEqual(one("""SELECT count(*) FROM articles a WHERE NOT EXISTS
                                (SELECT 1 FROM sightings s
                                 WHERE s.article = a.seq)"""), 0)
        ids = [r[0] for r in con.execute("SELECT id FROM articles")]
        test.assertEqual(len(ids), len(set(ids)))
        return set(ids)
    finally:
        con.close()


def max_seq(db_path):
    """The highest committed article seq, 0 when none (read while a writer
    runs: WAL readers see the last commit)."""
    if not os.path.exists(db_path):
        return 0
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT max(seq) FROM articles").fetchone()[0] or 0
        finally:
            con.close()
    except sqlite3.Error:
        return 0


class IngestCliTest(cli_fixture.TempDirTest):
    def setUp(self):
        super().setUp()
        self.db = os.path.join(self.dir, "marsad.db")

    def test_seed_then_again_is_idempotent(self):
        code, out, err = run(["ingest", self.seed, "--db", self.db])
        self.assertEqual(code, 0, err)
        self.assertEqual(out, "")  # stdout stays clean
        self.assertIn("2 new, 0 duplicates", err[-1])
        code, _, err = run(["ingest", self.seed, "--db", self.db])
        self.assertEqual(code, 0, err)
        self.assertIn("0 new, 2 duplicates", err[-1])
        self.assertEqual(check_store(self, self.db), set(analyze_ids(self.seed)))
        con = sqlite3.connect(self.db)
        self.assertEqual(con.execute("SELECT sum(times) FROM sightings")
                         .fetchone()[0], 4)
        self.assertEqual(con.execute("SELECT count(*) FROM article_links")
                         .fetchone()[0], 1)
        con.close()

    def test_bad_documents_are_reported_and_the_others_stored(self):
        good = [{"title": "أمير الرياض يفتتح معرض الكتاب",
                 "content": "افتتح أمير منطقة الرياض معرض الكتاب الدولي.",
                 "source": "سبق", "date": "2015-03-04"},
                {"title": "ارتفاع أسعار النفط",
                 "content": "ارتفعت أسعار النفط اليوم بعد قرار أوبك.",
                 "source": "الرياض"}]
        lines = [json.dumps(good[0], ensure_ascii=False).encode(),
                 b'{"title": "\xd8\xa3\xff", "content": "x"}',  # bad UTF-8
                 b'{"title": "unterminated',                      # bad JSON
                 json.dumps({"content": "بلا عنوان"},
                            ensure_ascii=False).encode(),          # no title
                 json.dumps(good[1], ensure_ascii=False).encode()]
        path = self.write("mixed.jsonl", b"\n".join(lines) + b"\n")
        code, _, err = run(["ingest", path, "--db", self.db])
        self.assertEqual(code, 1, err)
        errors = [l for l in err if "error:" in l]
        self.assertEqual(len(errors), 3, err)
        for line_no in (2, 3, 4):
            self.assertTrue(any(f"mixed.jsonl:{line_no}" in e for e in errors),
                            (line_no, errors))
        self.assertIn("2 documents stored", err[-1])
        self.assertIn("3 failed", err[-1])
        self.assertLessEqual(len(err), 5)  # not a TTY: no progress chatter
        self.assertEqual(len(check_store(self, self.db)), 2)

    def test_nothing_readable_exits_2(self):
        path = self.write("bad.jsonl", b'{"title": \n')
        code, _, err = run(["ingest", path, "--db", self.db])
        self.assertEqual(code, 2, err)
        code, _, err = run(["ingest", os.path.join(self.dir, "missing.txt"),
                            "--db", self.db])
        self.assertEqual(code, 2, err)

    def test_unusable_store_exits_2(self):
        code, _, err = run(["ingest", self.seed, "--db",
                            os.path.join(self.dir, "no", "such", "x.db")])
        self.assertEqual(code, 2, err)
        self.assertIn("open store", err[-1])
        foreign = os.path.join(self.dir, "foreign.db")
        con = sqlite3.connect(foreign)
        con.execute("CREATE TABLE t (x)")
        con.commit()
        con.close()
        code, _, err = run(["ingest", self.seed, "--db", foreign])
        self.assertEqual(code, 2, err)
        self.assertIn("not a marsad store", err[-1])
        newer = os.path.join(self.dir, "newer.db")
        self.assertEqual(run(["ingest", self.seed, "--db", newer])[0], 0)
        con = sqlite3.connect(newer)
        con.execute("PRAGMA user_version = 999")
        con.close()
        code, _, err = run(["ingest", self.seed, "--db", newer])
        self.assertEqual(code, 2, err)
        self.assertIn("schema version 999", err[-1])

    def test_stdin_and_directories(self):
        with open(self.seed, "rb") as f:
            seed = f.read()
        code, _, err = run(["ingest", "-", "--db", self.db], stdin=seed)
        self.assertEqual(code, 0, err)
        os.mkdir(os.path.join(self.dir, "pages"))
        self.write("pages/a.txt", seed)
        code, _, err = run(["ingest", os.path.join(self.dir, "pages"),
                            "--db", self.db])
        self.assertEqual(code, 0, err)
        self.assertIn("0 new, 2 duplicates", err[-1])
        con = sqlite3.connect(self.db)
        paths = {r[0] for r in con.execute("SELECT path FROM sightings")}
        con.close()
        self.assertIn("-", paths)
        self.assertEqual(len(paths), 2)


class KillLoopTest(unittest.TestCase):
    KILLS = 25
    RECORDS = 5000

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name
        self.input = os.path.join(self.dir, "news.jsonl")
        src = os.path.join(SHARED_DATA, "news", "saudinewsnet.jsonl.gz")
        if not os.path.exists(src):
            self.skipTest(f"{src} not found")
        with gzip.open(src, "rb") as f, open(self.input, "wb") as out:
            for _ in range(self.RECORDS):
                line = f.readline()
                if not line:
                    break
                out.write(line)

    def tearDown(self):
        self.tmp.cleanup()

    def test_kill_9_loses_nothing_committed_and_leaves_no_half_article(self):
        expected = set(analyze_ids(self.input))
        self.assertGreater(len(expected), 1000)
        db = os.path.join(self.dir, "marsad.db")
        # How long an uninterrupted ingest takes, to aim the kills inside it.
        start = time.monotonic()
        code, _, err = run(["ingest", self.input, "--db",
                            os.path.join(self.dir, "timing.db")])
        full = time.monotonic() - start
        self.assertIn(code, (0, 1), err)
        rng = random.Random(int(os.environ.get("MARSAD_KILL_SEED", "4")))
        stored = set()
        killed_mid_run = 0
        grew_and_cut = 0  # kills that stopped a run midway through new work
        for i in range(self.KILLS):
            # Vary how much each transaction holds: from one document per
            # commit to hundreds.
            batch = rng.choice(["1", "8", "64", "512"])
            max_seq_before = max_seq(db)
            proc = subprocess.Popen(
                [MARSAD, "ingest", self.input, "--db", db, "--batch-docs",
                 batch, "--batch-ms", rng.choice(["5", "50", "1000"])],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            # Each run re-reads the file from the start. Wait until it has
            # committed something new (or a random time once the set is
            # complete), then kill it a random moment later: most kills land
            # while new articles are being written, not on duplicates.
            wait_new_until = time.monotonic() + rng.uniform(0.05, full * 1.2)
            while (proc.poll() is None and time.monotonic() < wait_new_until
                   and max_seq(db) <= max_seq_before):
                time.sleep(0.005)
            time.sleep(rng.uniform(0, 0.05))
            if proc.poll() is None:
                killed_mid_run += 1
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            now = check_store(self, db)
            # Nothing committed is lost; nothing unknown appears.
            self.assertTrue(stored <= now, f"kill {i}: committed articles lost")
            self.assertTrue(now <= expected)
            if len(now) > len(stored) and len(now) < len(expected):
                grew_and_cut += 1
            stored = now
        # The loop really interrupted ingests that were storing new articles.
        self.assertGreaterEqual(killed_mid_run, self.KILLS // 2)
        self.assertGreaterEqual(grew_and_cut, self.KILLS // 4)
        code, _, err = run(["ingest", self.input, "--db", db])
        self.assertIn(code, (0, 1), err)
        self.assertEqual(check_store(self, db), expected)
        sys.stderr.write(f"\nkill loop: {self.KILLS} kills ({killed_mid_run} "
                         f"mid-run, {grew_and_cut} while storing new articles), "
                         f"{len(stored)} articles stored before the "
                         f"final run, {len(expected)} after; uninterrupted "
                         f"run {full:.2f} s\n")


if __name__ == "__main__":
    MARSAD, SOURCE_DIR, SHARED_DATA = sys.argv[1:4]
    cli_fixture.TempDirTest.source_dir = SOURCE_DIR
    unittest.main(argv=[sys.argv[0]] + sys.argv[4:])
