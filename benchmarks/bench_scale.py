"""The two search backends side by side at 100,000 passages: memory, loading and question time.

    .venv/bin/python benchmarks/bench_scale.py [--work DIR] [--runs 3] [--questions 1000]

The corpus is bench_retrieval.py's (articles assembled from real Korean sentences; with the same
--work it is reused, index and all). The xapian index is built beside it with 2 shards, its
Kiwi analyses taken from the embedded index's cache. Each run is a fresh process: Kiwi loaded,
then the index opened (timed, RSS before and after), then the KorQuAD questions asked (the first
50 unmeasured), RSS again. Runs alternate between the backends, so both see the same hour of
this shared machine. Writes benchmarks/results/scale.json.

This is the first point of issue 10's cost curve: 1M and 5M passages are not measured yet.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_retrieval import big_index, machine  # noqa: E402
from benchmarks.synthetic import KORQUAD  # noqa: E402
from retrieval import Analyzer, Retriever  # noqa: E402
from retrieval.evaluation import load_squad  # noqa: E402

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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", type=Path)
    parser.add_argument("--passages", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "scale.json")
    args = parser.parse_args()
    if not KORQUAD.is_file():
        print(f"needs {KORQUAD}", file=sys.stderr)
        return 2
    work = args.work or Path(tempfile.mkdtemp(prefix="newsqa-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    analyzer = Analyzer()
    embedded, _, counts = big_index(analyzer, work, args.passages)
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
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    print(json.dumps(results, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
