"""Retrieval quality on SQuAD-format data (KorQuAD): each context indexed as an article."""

from __future__ import annotations

import json
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from .analyzer import Analyzer
from .bm25 import BM25Params
from .retriever import DEFAULT_MIN_COVERAGE, Retriever


@dataclass(frozen=True)
class QAItem:
    question: str
    answers: tuple[str, ...]


@dataclass(frozen=True)
class EvalReport:
    questions: int
    contexts: int
    passages: int
    hit_at_1: float
    hit_at_5: float
    hit_at_20: float
    excerpt_at_1: float
    mrr: float
    no_answer_rate: float
    latency_p50_ms: float
    latency_p95_ms: float
    build_seconds: float

    def summary(self) -> str:
        return (
            f"{self.questions} questions over {self.contexts} contexts ({self.passages} passages)\n"
            f"hit@1 {self.hit_at_1:.4f}  hit@5 {self.hit_at_5:.4f}  hit@20 {self.hit_at_20:.4f}  "
            f"excerpt@1 {self.excerpt_at_1:.4f}  MRR {self.mrr:.4f}\n"
            f"no answer {self.no_answer_rate:.2%}  latency p50 {self.latency_p50_ms:.2f} ms  "
            f"p95 {self.latency_p95_ms:.2f} ms  build {self.build_seconds:.1f} s"
        )

    def to_json(self) -> dict:
        return asdict(self)


def load_squad(path: Path) -> tuple[list[dict], list[QAItem]]:
    """Articles (title, body) and questions from a SQuAD/KorQuAD JSON file."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    articles, items = [], []
    for entry in data["data"]:
        for para in entry["paragraphs"]:
            articles.append({"title": entry.get("title", ""), "body": para["context"]})
            for qa in para["qas"]:
                answers = tuple(dict.fromkeys(a["text"] for a in qa.get("answers", []) if a.get("text")))
                if answers:
                    items.append(QAItem(qa["question"], answers))
    return articles, items


def evaluate(
    qa_file: Path,
    analyzer: Analyzer | None = None,
    params: BM25Params = BM25Params(),
    min_coverage: float = DEFAULT_MIN_COVERAGE,
    limit: int | None = None,
    work_dir: Path | None = None,
) -> EvalReport:
    articles, items = load_squad(qa_file)
    if limit:
        items = items[:limit]
    with tempfile.TemporaryDirectory(dir=work_dir) as tmp:
        corpus = Path(tmp, "corpus")
        corpus.mkdir()
        with open(corpus / "contexts.jsonl", "w", encoding="utf-8") as f:
            for a in articles:
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
        retriever = Retriever(corpus, Path(tmp, "index"), analyzer or Analyzer(), params, min_coverage)
        report = retriever.open()
        return _score(retriever, items, len(articles), report.seconds if report else 0.0)


def _score(retriever: Retriever, items: list[QAItem], contexts: int, build_seconds: float) -> EvalReport:
    hits = {1: 0, 5: 0, 20: 0}
    excerpt_hits = 0
    rr = 0.0
    no_answer = 0
    latencies = []
    retriever.search("워밍업")
    for item in items:
        t0 = time.perf_counter()
        answer = retriever.search(item.question, k=20)
        latencies.append(time.perf_counter() - t0)
        if not answer.results:
            no_answer += 1
            continue
        first = None
        for r in answer.results:
            if any(a in r.passage for a in item.answers):
                first = r.rank
                break
        if first is not None:
            rr += 1 / first
            for k in hits:
                hits[k] += first <= k
        # Excerpts replace newlines with spaces; answers never span lines in KorQuAD.
        excerpt = answer.results[0].excerpt.text
        excerpt_hits += any(a in excerpt for a in item.answers)
    n = max(1, len(items))
    lat = np.array(latencies or [0.0]) * 1000
    return EvalReport(
        questions=len(items), contexts=contexts, passages=retriever.info().passages,
        hit_at_1=hits[1] / n, hit_at_5=hits[5] / n, hit_at_20=hits[20] / n,
        excerpt_at_1=excerpt_hits / n, mrr=rr / n, no_answer_rate=no_answer / n,
        latency_p50_ms=float(np.percentile(lat, 50)), latency_p95_ms=float(np.percentile(lat, 95)),
        build_seconds=build_seconds,
    )
