"""100 reloads with churn: does the index stay the size of what it holds?

    .venv/bin/python benchmarks/bench_churn.py [--rounds 100] [--articles 400] [--work DIR]

A corpus of generated news reports (each with names of its own, as real news has: the words
that come and go with articles). Every round 10 files are removed, 10 new ones added and 5
edited (rewritten as another report: the corpus keeps its size), then the index is reloaded in the same process, as the
bot's /reload does. After each round: the live generation's size, the whole index folder, the
Kiwi analysis cache, the vocabulary and the process's RSS. The previous release (504093c) runs
the same rounds on the same files in its own process, in the same run. Reported: each measure
at round 10 (after warm-up) and at the last round, and their ratio.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import baseline  # noqa: E402
from benchmarks.bench_retrieval import machine  # noqa: E402
from benchmarks.churn_reports import report  # noqa: E402
from benchmarks.synthetic import work_folder  # noqa: E402

# Runs with a `retrieval` package first on sys.path (argv[1]): ours or the previous release's;
# argv[6] is this folder, for churn_reports.
DRIVER = r'''
import json, os, random, shutil, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import psutil
from retrieval import Analyzer, Retriever
from retrieval.store import current_generation
corpus, index, rounds, seed = Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
sys.path.append(sys.argv[6])
from churn_reports import report
rng = random.Random(seed)
def size(path):
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path.exists() else 0
r = Retriever(corpus, index, Analyzer())
r.open()
proc = psutil.Process()
files = sorted(p.name for p in corpus.glob("*.txt"))
made = len(files)
for k in range(1, rounds + 1):
    for f in rng.sample(files, 10):
        (corpus / f).unlink()
        files.remove(f)
    for f in rng.sample(files, 5):  # rewritten: the same file, another report of the same size
        (corpus / f).write_text(report(rng, int(f[:5])), encoding="utf-8")
    for _ in range(10):
        made += 1
        (corpus / f"{made:05d}.txt").write_text(report(rng, made), encoding="utf-8")
        files.append(f"{made:05d}.txt")
    r.reload()
    snap = r.snapshot
    print(json.dumps({"round": k, "generation_bytes": size(current_generation(index)), "index_bytes": size(index),
                      "cache_bytes": size(index / "cache.sqlite") + size(index / "cache.sqlite-wal"),
                      "vocabulary": len(snap.vocab), "articles": snap.manifest.articles,
                      "rss_bytes": proc.memory_info().rss, "corpus_bytes": size(corpus)}), flush=True)
'''


def make_corpus(folder: Path, articles: int, seed: int) -> None:
    """The same first corpus for both programs."""
    folder.mkdir(parents=True)
    rng = random.Random(seed * 7 + 1)
    for n in range(1, articles + 1):
        (folder / f"{n:05d}.txt").write_text(report(rng, n), encoding="utf-8")


def churn(tree: Path, work: Path, label: str, rounds: int, articles: int, seed: int) -> dict:
    corpus, index = work / f"corpus-{label}", work / f"index-{label}"
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.rmtree(index, ignore_errors=True)
    make_corpus(corpus, articles, seed)
    out = baseline.run(tree, DRIVER, str(corpus), str(index), str(rounds), str(seed), str(ROOT / "benchmarks"))
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    first = rows[min(9, len(rows) - 1)]
    last = rows[-1]
    measures = ("corpus_bytes", "generation_bytes", "index_bytes", "cache_bytes", "vocabulary", "rss_bytes")
    return {
        "rounds": len(rows),
        "articles_first_last": [first["articles"], last["articles"]],
        "at_round_10": {m: first[m] for m in measures},
        "at_last_round": {m: last[m] for m in measures},
        "ratio_last_to_round_10": {m: round(last[m] / first[m], 3) if first[m] else None for m in measures},
        "max_over_rounds_10_on": {m: max(r[m] for r in rows[9:]) for m in measures},
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=100)
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "churn.json")
    args = ap.parse_args()
    work = work_folder(args.work, "newsqa-churn-")
    results = {"machine": machine(), "rounds": args.rounds, "articles": args.articles,
               "churn_per_round": "10 files removed, 10 added, 5 edited; reload in process"}
    results["newsqa"] = churn(ROOT, work, "ours", args.rounds, args.articles, args.seed)
    print("newsqa", json.dumps(results["newsqa"]["ratio_last_to_round_10"]), flush=True)
    tree = baseline.unpack(baseline.DEFAULT_REF, work)
    results[f"previous_release_{baseline.DEFAULT_REF}"] = churn(tree, work, "baseline", args.rounds, args.articles, args.seed)
    print("previous", json.dumps(results[f"previous_release_{baseline.DEFAULT_REF}"]["ratio_last_to_round_10"]))
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"written {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
