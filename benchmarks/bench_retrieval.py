"""Retrieval benchmarks for issue targets, measured side by side in one run.

    .venv/bin/python benchmarks/bench_retrieval.py [--work DIR] [--skip SECTION ...] [--out FILE]
                                                   [--against REF ...]

Quality: KorQuAD 1.0 dev, every paragraph an article, every question asked; with reference
points computed in the same run (whitespace tokens, Kiwi with nori's stop tags, a naive
best-sentence excerpt). Speed: a 100,000-passage index of real Korean sentences (see
synthetic.py); whole questions against the previous release's whole question (--baseline, its
own index of the same corpus, in a subprocess) and rank-bm25-rs's scoring + top-k, each in
rounds alternating with ours; then the previous release again, loaded in this process under
another name and asked each question in turn with ours (the steadiest ratio on a shared
machine); with --against, any other revision asked in turn with ours the same way (what a
session's changes did); rank-bm25 and bm25s once. Build: throughput against Kiwi alone on
the same text and threads; one changed article in 10,000; loading the 100,000-passage index.
Memory: RSS.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.baseline import load as load_baseline  # noqa: E402
from benchmarks.baseline import DEFAULT_REF, unpack  # noqa: E402
from benchmarks.baseline import run as run_baseline  # noqa: E402
from benchmarks.synthetic import KORQUAD, SCI_NEWS, korquad_corpus, sentence_pool, work_folder, write_corpus  # noqa: E402
from retrieval import Analyzer, Retriever, build_index  # noqa: E402
from retrieval.bm25 import BM25Params, build_postings, top_n  # noqa: E402
from retrieval.evaluation import evaluate, load_squad  # noqa: E402
from retrieval.passages import paragraphs  # noqa: E402
from retrieval.retriever import JUDGE_SLACK  # noqa: E402
from retrieval.store import Snapshot, current_generation  # noqa: E402

NORI_STOP_TAGS = {"E", "IC", "J", "MAG", "MAJ", "MM", "SP", "SSC", "SSO", "SC", "SE", "XPN", "XSA", "XSN", "XSV",
                  "UNA", "NA", "VSV"}


def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": model or platform.processor(), "cores": os.cpu_count(), "python": platform.python_version(),
            "memory_gb": round(psutil.virtual_memory().total / 2**30, 1)}


def percentiles(values: list[float]) -> dict:
    a = np.array(values) * 1000
    return {"p50_ms": round(float(np.percentile(a, 50)), 3), "p95_ms": round(float(np.percentile(a, 95)), 3),
            "mean_ms": round(float(a.mean()), 3)}


# --- quality ---------------------------------------------------------------------------------

def quality(analyzer: Analyzer) -> dict:
    from rank_bm25 import BM25Okapi

    report = evaluate(KORQUAD, analyzer)
    articles, items = load_squad(KORQUAD)
    contexts = [a["body"] for a in articles]
    titles = [a["title"] for a in articles]

    def hit_at_1(docs: list[list[str]], queries: list[list[str]]) -> float:
        bm = BM25Okapi(docs)
        hits = 0
        for q, item in zip(queries, items):
            top = int(np.argmax(bm.get_scores(q)))
            hits += any(a in contexts[top] for a in item.answers)
        return hits / len(items)

    whitespace = hit_at_1([c.split() for c in contexts], [i.question.split() for i in items])

    kiwi = analyzer._new_kiwi(2)

    def nori(texts):
        out = []
        for tokens in kiwi.tokenize(texts):
            out.append([t.form for t in tokens if not (t.tag.split("-")[0] in NORI_STOP_TAGS or t.tag[0] in "EJ"
                                                       or t.tag.startswith(("SS", "XS")))])
        return out

    ctx_tokens, title_tokens, q_tokens = nori(contexts), nori(titles), nori([i.question for i in items])
    nori_plain = hit_at_1(ctx_tokens, q_tokens)
    nori_title = hit_at_1([c + t for c, t in zip(ctx_tokens, title_tokens)], q_tokens)

    # Naive excerpt: in our own top passage, the one sentence sharing most tokens with the question.
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp, "c")
        corpus.mkdir()
        with open(corpus / "k.jsonl", "w", encoding="utf-8") as f:
            for a in articles:
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
        r = Retriever(corpus, Path(tmp, "i"), analyzer)
        r.open()
        naive_hits = 0
        for item in items:
            answer = r.search(item.question, k=1)
            if not answer.results:
                continue
            passage = answer.results[0].passage
            q = set(answer.terms)
            sents = [passage[s.start:s.end] for s in kiwi.split_into_sents(passage)]
            best = max(sents, key=lambda s: len(q & set(analyzer.terms(s))))
            naive_hits += any(a in best for a in item.answers)
    return {
        "ours": report.to_json(),
        "reference_hit_at_1": {"whitespace_rank_bm25": round(whitespace, 4), "kiwi_nori_stop_tags": round(nori_plain, 4),
                               "kiwi_nori_stop_tags_with_title": round(nori_title, 4)},
        "reference_excerpt_at_1": {"naive_best_sentence": round(naive_hits / len(items), 4)},
    }


# --- speed at 100,000 passages ---------------------------------------------------------------

def big_index(analyzer: Analyzer, work: Path, passages: int) -> tuple[Retriever, float, dict]:
    sentences, titles = sentence_pool(analyzer)
    corpus = work / "corpus100k"
    articles = int(passages / 1.045)  # measured: articles of 6-14 sentences make 1.045 passages each
    write_corpus(corpus, sentences, titles, articles)
    r = Retriever(corpus, work / "index100k", analyzer)
    started = time.perf_counter()
    r.open()  # builds, or loads one a previous run with the same --work left
    info = r.info()
    return r, time.perf_counter() - started, {"articles": info.articles, "passages": info.passages}


# (The open time above is a build on the first run and a load when --work keeps the index.)

K = 3  # results a question: what the bot shows in a message


def passage_tokens(snap: Snapshot) -> list[list[str]]:
    """Every passage's tokens as the index counts them (body and title terms), for the peers."""
    import sqlite3

    terms = {v: k for k, v in snap.vocab.items()}
    db = sqlite3.connect(snap.path / "store.sqlite")
    docs = []
    for uterms, utfs in db.execute("SELECT uterms, utfs FROM passages ORDER BY id"):
        ids = np.frombuffer(uterms, dtype=np.int32)
        tfs = np.frombuffer(utfs, dtype=np.int32)
        docs.append([terms[int(t)] for t, n in zip(ids, tfs) for _ in range(int(n))])
    return docs


def timed(fn, items) -> list[float]:
    out = []
    for item in items:
        t0 = time.perf_counter()
        fn(item)
        out.append(time.perf_counter() - t0)
    return out


def top_k(scores: np.ndarray, k: int) -> np.ndarray:
    """The peers' top-k: NumPy's partial sort, the usual way (rank-bm25's own get_top_n sorts
    every score, ~7 ms here)."""
    return np.argpartition(-scores, k)[:k]


SPEED_DRIVER = r"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from retrieval import Analyzer, Retriever
r = Retriever(Path(sys.argv[2]), Path(sys.argv[3]), Analyzer())
r.open()
k = int(sys.argv[4])
questions = json.loads(sys.stdin.read())
for q in questions[:50]:
    r.search(q, k=k)
out = []
for q in questions:
    t0 = time.perf_counter()
    r.search(q, k=k)
    out.append(time.perf_counter() - t0)
print(json.dumps(out))
"""


def speed(r: Retriever, questions: list[str], runs: int, baseline_tree: Path | None = None,
          baseline_index: Path | None = None) -> dict:
    """Our whole question against rank-bm25-rs's scoring + top-k, in alternating rounds so that
    both meet the same machine load; the slower peers once each."""
    import rank_bm25
    import rank_bm25_rs

    snap = r.snapshot
    params = snap.params
    docs = passage_tokens(snap)
    # The peers get each question's terms the corpus holds; our scoring gets them as search()
    # passes them: term ids and the no-answer floor (MIN_COVERAGE x the question's term
    # weight, words the corpus lacks included).
    idf, unseen = snap.postings.idf, snap.postings.unseen_idf()
    query_tokens, our_queries = [], []
    for q in questions:
        terms = r.analyzer.terms(q)
        known = [t for t in terms if t in snap.vocab]
        if known:
            ids = [snap.vocab[t] for t in known]
            query_tokens.append(known)
            total = sum(float(idf[i]) for i in ids) + unseen * (len(terms) - len(ids))
            our_queries.append((ids, r.min_coverage * total))
    t0 = time.perf_counter()
    rs = rank_bm25_rs.BM25Okapi(docs, k1=params.k1, b=params.b, epsilon=params.epsilon)
    rs_build = time.perf_counter() - t0

    def ours(k: int):
        return lambda q: r.search(q, k=k)

    def ours_scoring(query: tuple[list[int], float]):
        # Scoring + top-k alone, with the n search() first asks for (see Retriever._candidates).
        top_n(snap.postings, query[0], K + JUDGE_SLACK + 4, floor=query[1])

    def rs_scoring_top_k(tokens: list[str]):
        top_k(rs.get_scores(tokens), K)

    for q in questions[:50]:
        r.search(q, k=K)
    rounds: dict[str, list[list[float]]] = {name: [] for name in
                                            ("ours", "ours_k5", "ours_scoring", "rs", "rs_scores_only", "baseline")}
    for _ in range(runs):
        if baseline_tree is not None:
            rounds["baseline"].append(json.loads(run_baseline(baseline_tree, SPEED_DRIVER, str(r.corpus_dir),
                                                              str(baseline_index), str(K),
                                                              stdin=json.dumps(questions, ensure_ascii=False))))
        rounds["ours"].append(timed(ours(K), questions))
        rounds["rs"].append(timed(rs_scoring_top_k, query_tokens))
        rounds["ours_k5"].append(timed(ours(5), questions))
        rounds["ours_scoring"].append(timed(ours_scoring, our_queries))
        rounds["rs_scores_only"].append(timed(rs.get_scores, query_tokens))
    tokenize = timed(r.analyzer.terms, questions)
    del rs
    gc.collect()

    def pooled(name: str) -> dict:
        out = percentiles([x for run in rounds[name] for x in run])
        out["p50_ms_per_run"] = [round(float(np.percentile(run, 50)) * 1000, 3) for run in rounds[name]]
        return out

    ratios = [float(np.percentile(p, 50) / np.percentile(o, 50)) for o, p in zip(rounds["ours"], rounds["rs"])]

    # The slow peers, once: rank-bm25 takes a few hundred ms a question, so 20 questions.
    t0 = time.perf_counter()
    slow = rank_bm25.BM25Okapi(docs, k1=params.k1, b=params.b, epsilon=params.epsilon)
    slow_build = time.perf_counter() - t0
    rank_bm25_lat = timed(lambda q: top_k(slow.get_scores(q), K), query_tokens[:20])
    del slow
    gc.collect()

    import bm25s

    t0 = time.perf_counter()
    b25 = bm25s.BM25(k1=params.k1, b=params.b)
    b25.index(docs, show_progress=False)
    bm25s_build = time.perf_counter() - t0
    bm25s_lat = timed(lambda q: b25.retrieve([q], k=K, show_progress=False, n_threads=1), query_tokens)
    del b25, docs
    gc.collect()

    whole = pooled("ours")
    previous = {}
    if rounds["baseline"]:
        # The previous release on the same corpus (its own index format), in the same rounds.
        previous = {"previous_release": {**pooled("baseline"), "ref": baseline_tree.name.removeprefix("baseline-")},
                    "ratio_to_previous_release_p50_per_run": [
                        round(float(np.percentile(o, 50) / np.percentile(b, 50)), 2)
                        for o, b in zip(rounds["ours"], rounds["baseline"])],
                    "interleaved_with_previous_release": interleaved(r, baseline_tree, baseline_index, questions)}
    peers = {
        "rank_bm25": {**percentiles(rank_bm25_lat), "queries": len(rank_bm25_lat), "build_s": round(slow_build, 1)},
        "rank_bm25_rs": {**pooled("rs"), "queries": len(query_tokens), "build_s": round(rs_build, 1)},
        "bm25s": {**percentiles(bm25s_lat), "queries": len(bm25s_lat), "build_s": round(bm25s_build, 1)},
    }
    return {
        "passages": snap.manifest.passages,
        "questions": len(questions), "runs": runs, "k": K,
        "ours_whole_question": whole,
        **previous,
        "ours_whole_question_k5": pooled("ours_k5"),
        "ours_tokenize_question": percentiles(tokenize),
        "ours_scoring_and_top_k": pooled("ours_scoring"),
        "peers_scoring_and_top_k": peers,
        "rank_bm25_rs_scores_only": pooled("rs_scores_only"),
        # What the excerpt choice and the no-answer decision for k articles cost, beyond reading
        # the question and scoring: whole question minus those two, at the median.
        "excerpts_and_judging_p50_ms": round(whole["p50_ms"] - percentiles(tokenize)["p50_ms"]
                                             - pooled("ours_scoring")["p50_ms"], 3),
        "speedup_p50": {name: round(p["p50_ms"] / whole["p50_ms"], 2) for name, p in peers.items()},
        "rank_bm25_rs_speedup_p50_per_run": [round(x, 2) for x in ratios],
    }


def interleaved(r: Retriever, baseline_tree: Path, baseline_index: Path, questions: list[str], passes: int = 2) -> dict:
    """Ours and the previous release in this process, question by question, in turn (who goes
    first alternates): on a shared machine, whose load changes within seconds, the ratio of
    times measured a few milliseconds apart is the steadiest comparison there is."""
    prev = load_baseline(baseline_tree)
    other = prev.Retriever(r.corpus_dir, baseline_index, prev.Analyzer())
    other.open()
    for q in questions[:50]:
        other.search(q, k=K)
    ours_t, prev_t = [], []
    for p in range(passes):
        for i, q in enumerate(questions):
            pair = [(r, ours_t), (other, prev_t)] if (i + p) % 2 == 0 else [(other, prev_t), (r, ours_t)]
            for retriever, times in pair:
                t0 = time.perf_counter()
                retriever.search(q, k=K)
                times.append(time.perf_counter() - t0)
    del other
    gc.collect()
    per_question = np.array(ours_t) / np.array(prev_t)
    return {"pairs": len(ours_t), "ours_p50_ms": round(float(np.percentile(ours_t, 50)) * 1000, 3),
            "previous_p50_ms": round(float(np.percentile(prev_t, 50)) * 1000, 3),
            "ratio_of_p50": round(float(np.percentile(ours_t, 50) / np.percentile(prev_t, 50)), 2),
            "median_per_question_ratio": round(float(np.median(per_question)), 2)}


def in_turn_with(r: Retriever, ref: str, work: Path, questions: list[str]) -> dict:
    """Ours and another revision (the code a session began with, say) asked in turn, 3,000
    pairs: a change of a few percent shows here and in no two runs of the rounds above, which the
    machine's spells move by more. The revision reads a copy of our index, which it loads when
    its format is ours and rebuilds otherwise."""
    index = work / f"index100k-{ref}"
    if not index.exists():
        shutil.copytree(r.index_dir, index)
    return {"ref": ref, **interleaved(r, unpack(ref, work), index, questions, passes=3)}


# --- build -------------------------------------------------------------------------------------

def build_throughput(analyzer: Analyzer, work: Path, runs: int = 5) -> dict:
    """Full build of the KorQuAD contexts from an empty cache vs Kiwi alone on the same
    paragraphs with the same number of threads. Alternated, five times each."""
    corpus = work / "korquad"
    articles, _ = korquad_corpus(corpus, "k.jsonl")
    texts = [t for a in articles for _, t in paragraphs(a["body"])] + [a["title"] for a in articles]
    chars = sum(len(a["body"]) for a in articles)
    kiwi_s, ours_s = [], []
    kiwi = analyzer._new_kiwi(analyzer.num_workers)
    # Both Kiwis loaded and warm before timing: the first pass over a fresh model is slower.
    for _ in kiwi.split_into_sents(texts[:200], return_tokens=True):
        pass
    analyzer.sentences(texts[:200])
    for i in range(runs):
        t0 = time.perf_counter()
        for sents in kiwi.split_into_sents(texts, return_tokens=True):
            pass
        kiwi_s.append(time.perf_counter() - t0)
        index = work / f"korquad-index-{i}"
        t0 = time.perf_counter()
        build_index(corpus, index, analyzer)
        ours_s.append(time.perf_counter() - t0)
        shutil.rmtree(index)
    kiwi_best, ours_best = min(kiwi_s), min(ours_s)
    return {"chars": chars, "threads": analyzer.num_workers,
            "kiwi_alone_chars_per_s": round(chars / kiwi_best), "ours_chars_per_s": round(chars / ours_best),
            "ratio": round(kiwi_best / ours_best, 3),
            "ratio_median_of_runs": round(statistics.median(k / o for k, o in zip(kiwi_s, ours_s)), 3),
            "kiwi_runs_s": [round(x, 2) for x in kiwi_s], "ours_runs_s": [round(x, 2) for x in ours_s]}


def incremental(analyzer: Analyzer, work: Path) -> dict:
    sentences, titles = sentence_pool(analyzer)
    corpus = work / "corpus10k"
    write_corpus(corpus, sentences, titles, 10_000, per_file=1)
    index = work / "index10k"
    t0 = time.perf_counter()
    first = build_index(corpus, index, analyzer)
    full = time.perf_counter() - t0
    runs = []
    target = sorted(corpus.glob("*.jsonl"))[1234]
    for i in range(3):
        record = json.loads(target.read_text(encoding="utf-8"))
        record["body"] += f"\n이 기사는 {i + 1}번째로 고쳐졌으며 새로운 문장이 추가됐다."
        target.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        t0 = time.perf_counter()
        report = build_index(corpus, index, analyzer)
        runs.append(time.perf_counter() - t0)
        assert report.changed == [target.name] and report.paragraphs_tokenized == 1
    return {"articles": first.articles, "passages": first.passages, "full_build_s": round(full, 1),
            "one_changed_rebuild_s": [round(x, 2) for x in runs], "median_s": round(statistics.median(runs), 2)}


def load_and_memory(index_dir: Path, runs: int = 3) -> dict:
    """Loading measured in fresh processes (Kiwi's model is not loaded), RSS before and after."""
    code = (
        "import sys, time, json, psutil; sys.path.insert(0, sys.argv[2])\n"
        "from pathlib import Path\n"
        "from retrieval.store import load_current\n"
        "p = psutil.Process(); before = p.memory_info().rss\n"
        "t = time.perf_counter(); s = load_current(Path(sys.argv[1])); dt = time.perf_counter() - t\n"
        "print(json.dumps({'load_s': dt, 'rss_before_mb': before / 2**20, 'rss_after_mb': p.memory_info().rss / 2**20}))\n"
    )
    root = str(Path(__file__).resolve().parent.parent)
    results = [json.loads(subprocess.check_output([sys.executable, "-c", code, str(index_dir), root])) for _ in range(runs)]
    return {"load_s": [round(r["load_s"], 3) for r in results],
            "load_s_median": round(statistics.median(r["load_s"] for r in results), 3),
            "rss_mb_after_load": round(statistics.median(r["rss_after_mb"] for r in results)),
            "rss_mb_index_only": round(statistics.median(r["rss_after_mb"] - r["rss_before_mb"] for r in results))}


def million_memory(snap: Snapshot, factor: int = 10) -> dict:
    """The serving structures at 1,000,000 passages: the 100,000-passage term counts repeated
    ten times (as ten copies of the corpus), weights built, RSS measured in this process."""
    import sqlite3

    db = sqlite3.connect(snap.path / "store.sqlite")
    rows = db.execute("SELECT uterms, utfs, length FROM passages ORDER BY id").fetchall()
    terms = np.concatenate([np.frombuffer(r[0], dtype=np.int32) for r in rows])
    tfs = np.concatenate([np.frombuffer(r[1], dtype=np.int32) for r in rows])
    sizes = np.array([len(r[0]) // 4 for r in rows])
    lengths = np.array([r[2] for r in rows])
    del rows
    gc.collect()
    proc = psutil.Process()
    before = proc.memory_info().rss
    n = len(lengths)
    doc_ids = np.concatenate([np.repeat(np.arange(n, dtype=np.int32) + c * n, sizes) for c in range(factor)])
    postings = build_postings(doc_ids, np.tile(terms, factor), np.tile(tfs, factor), np.tile(lengths, factor),
                              int(terms.max()) + 1, snap.params)
    del doc_ids
    gc.collect()
    rowids = np.arange(n * factor, dtype=np.int64)  # as a loaded snapshot holds them
    doc_article = rowids.copy()
    after = proc.memory_info().rss
    return {"passages": postings.n_docs, "postings": int(len(postings.docs)), "rowid_arrays": len(rowids) + len(doc_article),
            "rss_mb_serving_structures": round((after - before) / 2**20)}


def write_results(out: Path, results: dict, partial: bool) -> None:
    """The results as JSON; a partial run updates the sections it measured and keeps the others."""
    out.parent.mkdir(parents=True, exist_ok=True)
    if partial and out.exists():
        results = {**json.loads(out.read_text(encoding="utf-8")), **results}
    out.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"written {out}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--passages", type=int, default=100_000)
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", type=Path, help="keep generated corpora and indexes here (reused)")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "retrieval.json")
    parser.add_argument("--skip", nargs="*", default=[], choices=["quality", "speed", "build", "incremental", "memory"])
    parser.add_argument("--baseline", default=DEFAULT_REF,
                        help="git revision whose whole question is timed beside ours ('' for none)")
    parser.add_argument("--against", nargs="*", default=[], metavar="REF",
                        help="git revisions also asked in turn with ours, question by question (the commit a "
                             "session began with, to measure its changes)")
    args = parser.parse_args()
    work = work_folder(args.work, "newsqa-bench-", (KORQUAD, SCI_NEWS))
    if work is None:
        return 2
    analyzer = Analyzer()
    results: dict = {"machine": machine(), "date": time.strftime("%Y-%m-%d")}

    def step(name, fn):
        if name in args.skip:
            return
        t0 = time.perf_counter()
        results[name] = fn()
        print(f"== {name} ({time.perf_counter() - t0:.0f} s)\n{json.dumps(results[name], ensure_ascii=False, indent=1)}", flush=True)

    step("quality", lambda: quality(analyzer))
    retriever = None
    if {"speed", "memory"} - set(args.skip):
        retriever, seconds, counts = big_index(analyzer, work, args.passages)
        results["big_index"] = {**counts, "open_s": round(seconds, 1)}
        _, items = load_squad(KORQUAD)
        questions = [i.question for i in items[: args.questions]]
        tree = unpack(args.baseline, work) if args.baseline else None
        step("speed", lambda: speed(retriever, questions, args.runs, tree, work / f"index100k-{args.baseline}"))
        if args.against and "speed" not in args.skip:
            step("in_turn", lambda: [in_turn_with(retriever, ref, work, questions) for ref in args.against])
        step("memory", lambda: {**load_and_memory(retriever.index_dir),
                                "million": million_memory(retriever.snapshot)})
    step("build", lambda: build_throughput(analyzer, Path(tempfile.mkdtemp(dir=work))))
    step("incremental", lambda: incremental(analyzer, Path(tempfile.mkdtemp(dir=work))))

    write_results(args.out, results, partial=bool(args.skip))
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
