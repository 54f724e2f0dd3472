"""Served shards and Dask builds against their one-machine references, on KorQuAD 1.0 dev.

    .venv/bin/python benchmarks/bench_cluster.py [--work DIR] [--questions 1000]

1. 2 remote shards against 1 local database: the 964 paragraphs indexed with 2 shards, each
   served by its own `newsqa shard-server` (xapian-tcpsrv) on 127.0.0.1 from the index's
   live-shard-<i>; the same index with 1 shard, opened locally. For each question: the top 5
   passages and their scores from both, and the whole answer (quotes, marks, refusals) from a
   retriever that reads everything from the servers against one reading its local index.
2. A build on a Dask cluster (a scheduler and 2 single-threaded workers on 127.0.0.1, Kiwi in
   each; an empty analysis cache) against a local build: the answers to the same questions.

Writes benchmarks/results/cluster.json. Needs the `scale` extra and Debian's xapian-tools.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_retrieval import machine  # noqa: E402
from benchmarks.synthetic import KORQUAD, korquad_corpus, work_folder  # noqa: E402
from retrieval import Analyzer, Retriever  # noqa: E402
from retrieval.question import analyse  # noqa: E402
from retrieval.retriever import DEFAULT_MIN_COVERAGE, query_terms  # noqa: E402
from retrieval.shards import ShardSearch, shard_paths  # noqa: E402
from retrieval.store import current_generation  # noqa: E402

TOP = 5


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def spawn(args: list[str], cwd: Path, port: int | None = None) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, *args], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.monotonic() + 60
    while port is not None and not listening(port):
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"{' '.join(args)} did not start")
        time.sleep(0.1)
    return proc


def stop(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        p.wait(10)


def seen(answer) -> list | str:
    return [(r.article.id, r.excerpt.text, r.answer) for r in answer.results] or (answer.reason_code or "none")


def top_passages(search: ShardSearch, r: Retriever, question: str) -> list[tuple[int, float]]:
    """The question's top passages as the retriever's first step asks for them."""
    snap = r.snapshot
    asked = analyse(question, r.analyzer.tokens(question), known=snap.vocab.__contains__, inside=snap.compounds)
    qterms = query_terms(snap, asked)
    by_text = {q.text: q for q in qterms}
    terms = [t for t in asked.terms if by_text[t].id is not None]
    floor = DEFAULT_MIN_COVERAGE * sum(by_text[t].idf for t in asked.terms)
    docs, scores = search.top(terms, TOP, floor)
    return [(int(d), round(float(s), 9)) for d, s in zip(docs, scores)]


def served_against_local(analyzer: Analyzer, corpus: Path, work: Path, questions: list[str]) -> dict:
    served_index, local_index = work / "index-2-shards", work / "index-1-shard"
    for index, shards in ((served_index, 2), (local_index, 1)):
        Retriever(corpus, index, analyzer, backend="xapian", shards=shards).open()
    ports = [free_port() for _ in range(2)]
    servers = [spawn(["-m", "bot", "shard-server", str(served_index / f"live-shard-{i}"), "--port", str(p)], ROOT, p)
               for i, p in enumerate(ports)]
    try:
        remote = tuple(f"tcp://127.0.0.1:{p}" for p in ports)
        # The asking side has nothing local: an index folder that does not exist.
        asker = Retriever(work / "nothing", work / "nothing-index", analyzer, backend="xapian", shards=2, remote=remote)
        asker.open()
        local = Retriever(corpus, local_index, analyzer, backend="xapian", shards=1)
        local.open()
        one_db = ShardSearch(shard_paths(current_generation(local_index), 1))
        same_top = same_top_up_to_ties = same_answer = 0
        differing = []
        lat_remote, lat_local = [], []
        for q in questions:
            a = top_passages(asker.snapshot.search, asker, q)
            b = top_passages(one_db, local, q)
            same_top += a == b
            same_top_up_to_ties += _up_to_ties(a) == _up_to_ties(b)
            t0 = time.perf_counter()
            x = asker.search(q, k=3)
            t1 = time.perf_counter()
            y = local.search(q, k=3)
            t2 = time.perf_counter()
            lat_remote.append(t1 - t0)
            lat_local.append(t2 - t1)
            if seen(x) == seen(y):
                same_answer += 1
            elif len(differing) < 5:
                differing.append(q)
        return {
            "questions": len(questions), "same_top5_passages_and_scores": same_top,
            "same_top5_up_to_order_of_equal_scores": same_top_up_to_ties, "same_answers": same_answer,
            "differing_examples": differing, "local_index_files_on_asking_side": (work / "nothing-index").exists(),
            "whole_question_ms": {
                "remote_2_shards": {"p50": _ms(lat_remote, 50), "p95": _ms(lat_remote, 95)},
                "local_1_database": {"p50": _ms(lat_local, 50), "p95": _ms(lat_local, 95)},
            },
        }
    finally:
        stop(servers)


def dask_against_local(analyzer: Analyzer, corpus: Path, work: Path, questions: list[str]) -> dict:
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs = [spawn(["-m", "dask", "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"], ROOT, port)]
    try:
        procs += [spawn(["-m", "dask", "worker", address, "--nthreads", "1", "--no-dashboard", "--name", f"w{i}"], ROOT)
                  for i in range(2)]
        from distributed import Client

        with Client(address, timeout=60, set_as_default=False) as client:
            client.wait_for_workers(2, timeout=120)
        t0 = time.perf_counter()
        on_cluster = Retriever(corpus, work / "index-dask", analyzer, dask=address)
        on_cluster.open()
        cluster_s = time.perf_counter() - t0
    finally:
        stop(procs)
    t0 = time.perf_counter()
    here = Retriever(corpus, work / "index-local", analyzer)
    here.open()
    local_s = time.perf_counter() - t0
    same = sum(seen(on_cluster.search(q, k=3)) == seen(here.search(q, k=3)) for q in questions)
    return {"questions": len(questions), "same_answers": same, "build_s": {"dask_2_workers": round(cluster_s, 1),
                                                                          "local": round(local_s, 1)}}


def _up_to_ties(top: list[tuple[int, float]]) -> list[tuple[float, int]]:
    """Passages whose scores agree to 6 decimals in passage order: the same passage scored over
    two databases or one may differ in the last bits, which then decides their order."""
    return sorted((-round(score, 6), doc) for doc, score in top)


def _ms(values: list[float], pct: int) -> float:
    return round(float(np.percentile(np.array(values) * 1000, pct)), 2)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", type=Path, help="folder for corpora and indexes (default: a temporary one)")
    ap.add_argument("--questions", type=int, default=1000)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "cluster.json")
    args = ap.parse_args()
    if shutil.which("xapian-tcpsrv") is None:
        print("needs xapian-tcpsrv (apt-get install xapian-tools)", file=sys.stderr)
        return 2
    work = work_folder(args.work, "bench-cluster-", (KORQUAD,))
    if work is None:
        return 2
    shutil.rmtree(work)  # every index built anew: the Dask build is compared from an empty cache
    work.mkdir()
    corpus = work / "corpus"
    articles, items = korquad_corpus(corpus)
    questions = [i.question for i in items[:: max(1, len(items) // args.questions)]][:args.questions]
    analyzer = Analyzer()
    results = {"machine": machine(), "date": time.strftime("%Y-%m-%d"), "corpus": f"KorQuAD 1.0 dev, {len(articles)} paragraphs"}
    results["served_2_shards_vs_1_local_database"] = served_against_local(analyzer, corpus, work, questions)
    print(json.dumps(results["served_2_shards_vs_1_local_database"], ensure_ascii=False), flush=True)
    results["dask_2_workers_vs_local_build"] = dask_against_local(analyzer, corpus, work, questions)
    print(json.dumps(results["dask_2_workers_vs_local_build"], ensure_ascii=False), flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
