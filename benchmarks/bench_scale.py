"""The two search backends side by side at 100,000 passages: memory, loading and question time.

    .venv/bin/python benchmarks/bench_scale.py [--work DIR] [--runs 3] [--questions 1000]

The corpus is bench_retrieval.py's (articles assembled from real Korean sentences; with the same
--work it is reused, index and all). The xapian index is built beside it with 2 shards, its
Kiwi analyses taken from the embedded index's cache. Each run is a fresh process: Kiwi loaded,
then the index opened (timed, RSS before and after), then the KorQuAD questions asked (the first
50 unmeasured), RSS again. Runs alternate between the backends, so both see the same hour of
this shared machine. Writes benchmarks/results/scale.json.

With --million, scoring alone (a question's terms to its top passages) is also measured at
100,000 and 1,000,000 passages, the latter synthetic: the 100k passages' term counts ten times
over, no Kiwi, the shards written one process a shard. --five-million adds 5,000,000 (fifty
times over) for both backends to the last run's results.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_retrieval import big_index, machine  # noqa: E402
from benchmarks.synthetic import KORQUAD, work_folder  # noqa: E402
from retrieval import Analyzer, Retriever  # noqa: E402
from retrieval.evaluation import load_squad  # noqa: E402
from retrieval.question import analyse  # noqa: E402
from retrieval.retriever import DEFAULT_MIN_COVERAGE, query_terms  # noqa: E402

SHARDS = 2

DRIVER = r"""
import json, sys, time, psutil
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from retrieval import Analyzer, Retriever
analyzer = Analyzer()
analyzer.warm_up()
proc = psutil.Process()
before = proc.memory_info().rss
r = Retriever(Path(sys.argv[2]), Path(sys.argv[3]), analyzer, backend=sys.argv[4], shards=int(sys.argv[5]))
t0 = time.perf_counter()
built = r.open()
load_s = time.perf_counter() - t0
assert built is None, "the index was rebuilt: a load was to be measured"
loaded = proc.memory_info().rss
questions = json.loads(sys.stdin.read())
for q in questions[:50]:
    r.search(q, k=3)
times = []
for q in questions:
    t = time.perf_counter()
    r.search(q, k=3)
    times.append(time.perf_counter() - t)
print(json.dumps({"load_s": load_s, "rss_index_mb": (loaded - before) / 2**20,
                  "rss_after_questions_mb": (proc.memory_info().rss - before) / 2**20, "times": times}))
"""


def one_run(backend: str, corpus: Path, index: Path, questions: list[str]) -> dict:
    out = subprocess.run([sys.executable, "-c", DRIVER, str(ROOT), str(corpus), str(index), backend, str(SHARDS)],
                         input=json.dumps(questions, ensure_ascii=False), capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def summary(runs: list[dict]) -> dict:
    times = sorted(t for r in runs for t in r["times"])
    return {
        "runs": len(runs),
        "load_s_median": round(statistics.median(r["load_s"] for r in runs), 3),
        "rss_index_mb_median": round(statistics.median(r["rss_index_mb"] for r in runs)),
        "rss_after_questions_mb_median": round(statistics.median(r["rss_after_questions_mb"] for r in runs)),
        "p50_ms": round(times[len(times) // 2] * 1000, 3),
        "p95_ms": round(times[int(len(times) * 0.95)] * 1000, 3),
        "p50_ms_per_run": [round(statistics.median(r["times"]) * 1000, 3) for r in runs],
    }


# --- a million passages, synthetic: the 100k passages' term counts ten times over -------------

MILLION_DRIVER = r"""
import gc, json, sqlite3, statistics, sys, time, psutil
from pathlib import Path
import numpy as np
sys.path.insert(0, sys.argv[1])
from retrieval.bm25 import BM25Params, build_postings, top_n
from retrieval.shards import ShardSearch
backend, store, shards_dir, factor = sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]), int(sys.argv[5])


def replicated(terms, tfs, sizes, lengths, factor):
    # What build_postings makes of `factor` copies of the passages (copy c's passage d is
    # passage d + c * n), written straight into the final arrays: build_postings' own buffers for
    # 5M passages would not fit beside them. Same idf (of df x factor over n x factor), same
    # length norm (the mean length is the copies'), docs ascending within each term.
    from retrieval.bm25 import Postings, rank_bm25_idf
    params = BM25Params()
    n = len(lengths)
    doc_ids = np.repeat(np.arange(n, dtype=np.int64), sizes)
    order = np.argsort(terms, kind="stable")
    term_sorted, docs, tf = terms[order].astype(np.int64), doc_ids[order], tfs[order].astype(np.float64)
    del doc_ids, order
    n_terms = int(terms.max()) + 1
    df = np.bincount(term_sorted, minlength=n_terms)
    idf = rank_bm25_idf(df * factor, n * factor, params.epsilon)
    avgdl = float(lengths.mean())
    norm = params.k1 * (1 - params.b + params.b * lengths[docs] / avgdl)
    base = idf[term_sorted] * (tf * (params.k1 + 1) / (tf + norm))
    del norm, tf
    indptr = np.zeros(n_terms + 1, dtype=np.int64)
    np.cumsum(df, out=indptr[1:])
    start = indptr[:-1][term_sorted]
    offset = np.arange(len(term_sorted), dtype=np.int64) - start
    length = df[term_sorted]
    out_docs = np.empty(len(base) * factor, dtype=np.int32)
    out_weights = np.empty(len(base) * factor, dtype=np.float64)
    for c in range(factor):
        at = start * factor + c * length + offset
        out_docs[at] = docs + c * n
        out_weights[at] = base
    present = df > 0
    max_weight = np.zeros(n_terms, dtype=np.float64)
    max_weight[present] = np.maximum.reduceat(base, indptr[:-1][present])
    return Postings(indptr=indptr * factor, docs=out_docs, weights=out_weights, idf=idf, max_weight=max_weight,
                    n_docs=n * factor, avgdl=avgdl)

questions = json.loads(sys.stdin.read())  # [terms, floor]: the floor the retriever gives a question
proc = psutil.Process()
gc.collect()
before = proc.memory_info().rss
t0 = time.perf_counter()
if backend == "embedded":
    db = sqlite3.connect(store)
    vocab = dict(db.execute("SELECT term, id FROM vocab"))
    rows = db.execute("SELECT uterms, utfs, length FROM passages ORDER BY id").fetchall()
    terms = [np.frombuffer(r[0], dtype=np.int32) for r in rows]
    tfs = [np.frombuffer(r[1], dtype=np.int32) for r in rows]
    lengths = np.array([r[2] for r in rows])
    sizes = np.array([len(t) for t in terms])
    del rows
    terms, tfs = np.concatenate(terms), np.concatenate(tfs)
    n = len(lengths)
    if factor <= 10:
        doc_ids = np.concatenate([np.repeat(np.arange(n, dtype=np.int32) + c * n, sizes) for c in range(factor)])
        postings = build_postings(doc_ids, np.tile(terms, factor), np.tile(tfs, factor), np.tile(lengths, factor),
                                  int(terms.max()) + 1, BM25Params())
        del doc_ids, terms, tfs
    else:
        postings = replicated(terms, tfs, sizes, lengths, factor)
        del terms, tfs
    gc.collect()
    search = lambda q: top_n(postings, [vocab[t] for t in q[0] if t in vocab], 8, floor=q[1])
else:
    shards = sorted(shards_dir.glob("shard-*"))
    engine = ShardSearch(shards)
    search = lambda q: engine.top(q[0], 8, q[1])
load_s = time.perf_counter() - t0
loaded = proc.memory_info().rss
for q in questions[:50]:
    search(q)
times = []
for q in questions:
    t = time.perf_counter(); search(q); times.append(time.perf_counter() - t)
times.sort()
print(json.dumps({"ready_s": load_s, "rss_mb": (loaded - before) / 2**20,
                  "rss_after_questions_mb": (proc.memory_info().rss - before) / 2**20,
                  "p50_ms": times[len(times) // 2] * 1000, "p95_ms": times[int(len(times) * 0.95)] * 1000}))
"""

WRITE_SHARD = r"""
import sqlite3, sys
from pathlib import Path
import numpy as np
import xapian
store, out, shard, n_shards, factor = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
db = sqlite3.connect(store)
vocab = {i: t.encode() for i, t in db.execute("SELECT id, term FROM vocab")}
rows = db.execute("SELECT uterms, utfs FROM passages ORDER BY id").fetchall()
w = xapian.WritableDatabase(str(out), xapian.DB_CREATE_OR_OVERWRITE)
total = len(rows) * factor
for d in range(shard, total, n_shards):
    uterms, utfs = rows[d % len(rows)]
    doc = xapian.Document()
    for t, tf in zip(np.frombuffer(uterms, dtype=np.int32).tolist(), np.frombuffer(utfs, dtype=np.int32).tolist()):
        doc.add_term(vocab[t], tf)
    w.replace_document(d // n_shards + 1, doc)
w.commit()
w.close()
"""


def million(store: Path, work: Path, questions: list, factor: int = 10, runs: int = 2,
            backends: tuple[str, ...] = ("embedded", "xapian")) -> dict:
    """Scoring alone (a question's terms and candidate floor to its top passages) at factor x
    the 100k passages, synthetic (the same term counts repeated, no Kiwi): RSS, time to be ready
    (embedded: building the postings in memory, as loading them would hold; xapian: opening the
    shards) and p50/p95 per backend, each in fresh processes. The shards are written in
    parallel, one process a shard. Xapian's reads go through the OS page cache, which RSS does
    not count."""
    shards_dir = work / f"million-x{factor}"
    if not (shards_dir / "done").exists():
        shards_dir.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        procs = [subprocess.Popen([sys.executable, "-c", WRITE_SHARD, str(store), str(shards_dir / f"shard-{i}"),
                                   str(i), str(SHARDS), str(factor)]) for i in range(SHARDS)]
        assert all(p.wait() == 0 for p in procs)
        (shards_dir / "done").write_text(f"{time.perf_counter() - started:.1f}\n")
    write_s = float((shards_dir / "done").read_text())
    out: dict = {"passages": factor * _passages(store), "shards_write_s": round(write_s, 1),
                 "shards_on_disk_mb": round(sum(f.stat().st_size for f in shards_dir.glob("shard-*/*")) / 2**20)}
    for backend in backends:
        results = []
        for _ in range(runs):
            res = subprocess.run([sys.executable, "-c", MILLION_DRIVER, str(ROOT), backend, str(store), str(shards_dir),
                                  str(factor)], input=json.dumps(questions, ensure_ascii=False), capture_output=True,
                                 text=True, check=True)
            results.append(json.loads(res.stdout))
        out[backend] = {k: round(statistics.median(r[k] for r in results), 3) for k in results[0]}
        out[backend]["runs"] = runs
    return out


def five_million(embedded: Retriever, analyzer: Analyzer, work: Path, args) -> int:
    """Scoring alone at 5M synthetic passages, added to the results of the last full run
    (args.out), one fresh process a backend; a backend already measured there is kept. The
    embedded postings are built by replication (the driver's `replicated`, checked equal to
    build_postings at 2, 3 and 7 copies): build_postings' buffers for 5M would not fit."""
    snap = embedded.snapshot
    results = json.loads(args.out.read_text())
    five = results.get("scoring_at_5m", {})
    todo = tuple(b for b in ("xapian", "embedded") if "p50_ms" not in five.get(b, {}))
    if todo:
        _, items = load_squad(KORQUAD)
        questions = _scoring_questions(snap, analyzer, [i.question for i in items[: args.questions]])
        five.update(million(snap.path / "store.sqlite", work, questions, factor=50, runs=1, backends=todo))
    results["scoring_at_5m"] = five
    args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    print(json.dumps(five, indent=1, ensure_ascii=False))
    return 0


def _scoring_questions(snap, analyzer: Analyzer, questions: list[str]) -> list:
    """The questions as the index's terms with the retriever's candidate floor: what scoring receives."""
    out = []
    for q in questions:
        asked = analyse(q, analyzer.tokens(q), known=snap.vocab.__contains__, inside=snap.compounds)
        qterms = query_terms(snap, asked)
        floor = DEFAULT_MIN_COVERAGE * sum(next(x.idf for x in qterms if x.text == t) for t in asked.terms)
        out.append([[t for t in asked.terms if t in snap.vocab], floor])
    return out


def _passages(store: Path) -> int:
    import sqlite3

    with sqlite3.connect(store) as db:
        return db.execute("SELECT count(*) FROM passages").fetchone()[0]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", type=Path)
    parser.add_argument("--passages", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--million", action="store_true", help="also score at 1,000,000 synthetic passages")
    parser.add_argument("--five-million", action="store_true",
                        help="add 5,000,000 synthetic passages to the last run's results")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "scale.json")
    args = parser.parse_args()
    work = work_folder(args.work, "newsqa-scale-", (KORQUAD,))
    if work is None:
        return 2
    analyzer = Analyzer()
    embedded, _, counts = big_index(analyzer, work, args.passages)
    if args.five_million:
        return five_million(embedded, analyzer, work, args)
    corpus, index = embedded.corpus_dir, embedded.index_dir
    xapian_index = work / "index100k-xapian"
    if not (xapian_index / "CURRENT").exists():
        xapian_index.mkdir(exist_ok=True)
        shutil.copy(index / "cache.sqlite", xapian_index / "cache.sqlite")  # Kiwi's analyses, reused
    Retriever(corpus, xapian_index, analyzer, backend="xapian", shards=SHARDS).open()
    _, items = load_squad(KORQUAD)
    questions = [i.question for i in items[: args.questions]]

    runs: dict[str, list[dict]] = {"embedded": [], "xapian": []}
    for n in range(args.runs):
        for backend, folder in (("embedded", index), ("xapian", xapian_index)):
            runs[backend].append(one_run(backend, corpus, folder, questions))
            print(f"run {n + 1} {backend}: p50 {statistics.median(runs[backend][-1]['times']) * 1000:.2f} ms, "
                  f"index {runs[backend][-1]['rss_index_mb']:.0f} MB", flush=True)
    shards_mb = sum(f.stat().st_size for f in (xapian_index).glob("gen-*/shard-*/*")) / 2**20
    results = {"machine": machine(), "date": date.today().isoformat(), **counts, "shards": SHARDS,
               "questions": len(questions), "shards_on_disk_mb": round(shards_mb),
               "embedded": summary(runs["embedded"]), "xapian": summary(runs["xapian"])}
    if args.million:
        # The questions as the index's terms (what scoring receives), from the embedded index.
        snap = embedded.snapshot
        term_lists = _scoring_questions(snap, analyzer, questions)
        results["scoring_at_100k"] = million(snap.path / "store.sqlite", work, term_lists, factor=1)
        results["scoring_at_1m"] = million(snap.path / "store.sqlite", work, term_lists, factor=10)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    print(json.dumps(results, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
