"""Answer quality on question sets: SQuAD/KorQuAD JSON (each context indexed as an article) or
JSON Lines of news questions asked of a corpus folder (news-qa-dev's format).

JSON Lines items: {"question": ..., "answers": [...], "doc": file name, path, URL or title of
the article that answers, or null, "kind": ...}. A question with no answers (kind "none") should get
no answer.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from .analyzer import Analyzer
from .bm25 import BM25Params
from .excerpt import MAX_EXCERPT_CHARS
from .models import Answer, Result
from .retriever import DEFAULT_MIN_COVERAGE, Retriever

# An excerpt longer than this is a passage, not a quote: it does not count as an answer.
QUOTE_LIMIT = MAX_EXCERPT_CHARS + 4  # room for the "…" of a cut sentence and a line break


@dataclass(frozen=True)
class QAItem:
    question: str
    answers: tuple[str, ...]
    doc: str | None = None  # the article that answers (JSON Lines sets)
    kind: str = "answerable"
    id: str = ""

    @property
    def answerable(self) -> bool:
        return bool(self.answers)


@dataclass
class Scores:
    """Counts for one group of questions; rates are computed from them."""

    questions: int = 0
    answerable: int = 0
    hit1: int = 0
    hit5: int = 0
    hit20: int = 0
    rr: float = 0.0
    excerpt1: int = 0
    answered: int = 0
    unanswerable: int = 0
    rejected: int = 0
    marked: int = 0
    marked_right: int = 0
    unsure: int = 0  # answered, the first quote flagged as maybe not answering (Result.sure)
    unsure_right: int = 0  # ... and holding the answer all the same
    quoted_unsure: int = 0  # unanswerable, quoted all the same, with the flag

    def rates(self) -> dict:
        a = max(1, self.answerable)
        out = {"questions": self.questions}
        if self.answerable:
            out.update(
                answerable=self.answerable, hit_at_1=self.hit1 / a, hit_at_5=self.hit5 / a, hit_at_20=self.hit20 / a,
                mrr=self.rr / a, excerpt_at_1=self.excerpt1 / a, answered=self.answered / a,
                answer_marked=self.marked / max(1, self.answered),
                answer_mark_precision=self.marked_right / self.marked if self.marked else None,
                unsure=self.unsure / max(1, self.answered),
                unsure_excerpt_precision=self.unsure_right / self.unsure if self.unsure else None,
                sure_excerpt_precision=(self.excerpt1 - self.unsure_right) / (self.answered - self.unsure)
                if self.answered > self.unsure else None,
            )
        if self.unanswerable:
            quoted = self.unanswerable - self.rejected
            out.update(unanswerable=self.unanswerable, none_rejected=self.rejected / self.unanswerable,
                       quoted_unsure=self.quoted_unsure / quoted if quoted else None)
        return out


@dataclass
class EvalReport:
    name: str
    articles: int
    passages: int
    overall: dict
    by_kind: dict = field(default_factory=dict)
    latency_p50_ms: float = 0.0
    latency_p95_ms: float = 0.0
    build_seconds: float = 0.0

    def summary(self) -> str:
        o = self.overall
        lines = [f"{self.name}: {o['questions']} questions over {self.articles} articles ({self.passages} passages)"]
        lines.append("  " + _line(o))
        for kind, r in sorted(self.by_kind.items()):
            lines.append(f"  {kind:>10}: " + _line(r))
        lines.append(f"  latency p50 {self.latency_p50_ms:.2f} ms, p95 {self.latency_p95_ms:.2f} ms; "
                     f"build {self.build_seconds:.1f} s")
        return "\n".join(lines)

    def to_json(self) -> dict:
        return asdict(self)


def _line(r: dict) -> str:
    parts = []
    if "answerable" in r:
        parts.append(f"hit@1 {r['hit_at_1']:.3f}  hit@5 {r['hit_at_5']:.3f}  excerpt@1 {r['excerpt_at_1']:.3f}  "
                     f"answered {r['answered']:.3f}")
        if r.get("answer_mark_precision") is not None:
            parts.append(f"answer marked {r['answer_marked']:.2f} (precision {r['answer_mark_precision']:.2f})")
        if r.get("unsure_excerpt_precision") is not None:
            parts.append(f"flagged unsure {r['unsure']:.2f} (their quotes hold the answer {r['unsure_excerpt_precision']:.2f}, "
                         f"the others {r['sure_excerpt_precision']:.2f})")
    if "unanswerable" in r:
        parts.append(f"none-rejected {r['none_rejected']:.3f} of {r['unanswerable']}")
    return "  ".join(parts) or "-"


# --- reading question sets ---------------------------------------------------------------

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
                    items.append(QAItem(qa["question"], answers, kind="korquad", id=str(qa.get("id", ""))))
    return articles, items


def load_jsonl(path: Path) -> list[QAItem]:
    items = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            answers = tuple(a for a in d.get("answers") or () if isinstance(a, str) and a)
            items.append(QAItem(d["question"], answers, d.get("doc"), d.get("kind") or ("none" if not answers else "answerable"),
                                str(d.get("id", n))))
        except (ValueError, KeyError, TypeError) as e:
            raise ValueError(f"{path}:{n}: not a question record ({e})") from None
    return items


# --- running -----------------------------------------------------------------------------

def evaluate(
    qa_file: Path,
    corpus_dir: Path | None = None,
    analyzer: Analyzer | None = None,
    params: BM25Params = BM25Params(),
    min_coverage: float = DEFAULT_MIN_COVERAGE,
    limit: int | None = None,
    work_dir: Path | None = None,
    retriever: Retriever | None = None,
    backend: str = "embedded",
    shards: int = 1,
) -> EvalReport:
    """SQuAD JSON builds its own corpus from the contexts; JSON Lines asks the corpus folder
    (or an open retriever) given."""
    qa_file = Path(qa_file)
    with tempfile.TemporaryDirectory(dir=work_dir) as tmp:
        if qa_file.suffix.lower() == ".jsonl":
            items = load_jsonl(qa_file)
            if retriever is None:
                if corpus_dir is None:
                    raise ValueError("a JSON Lines question set needs a corpus folder to ask")
                retriever = Retriever(Path(corpus_dir), Path(tmp, "index"), analyzer or Analyzer(), params, min_coverage,
                                      backend=backend, shards=shards)
        else:
            articles, items = load_squad(qa_file)
            if retriever is None:
                corpus = Path(tmp, "corpus")
                corpus.mkdir()
                with open(corpus / "contexts.jsonl", "w", encoding="utf-8") as f:
                    for a in articles:
                        f.write(json.dumps(a, ensure_ascii=False) + "\n")
                retriever = Retriever(corpus, Path(tmp, "index"), analyzer or Analyzer(), params, min_coverage,
                                      backend=backend, shards=shards)
        report = retriever.open() if retriever._snapshot is None else None
        if limit:
            items = items[:limit]
        return score(retriever, items, qa_file.stem, report.seconds if report else 0.0)


def tally(items: list[QAItem], answers: list[Answer]) -> tuple[Scores, dict[str, Scores]]:
    """Counts over all the questions and per kind, for answers however obtained."""
    overall = Scores()
    by_kind: dict[str, Scores] = defaultdict(Scores)
    for item, answer in zip(items, answers):
        for s in (overall, by_kind[item.kind]):
            _count(s, item, answer)
    return overall, by_kind


def score(retriever: Retriever, items: list[QAItem], name: str, build_seconds: float = 0.0) -> EvalReport:
    latencies, answers = [], []
    retriever.search("워밍업")
    for item in items:
        t0 = time.perf_counter()
        answers.append(retriever.search(item.question, k=20))
        latencies.append(time.perf_counter() - t0)
    overall, by_kind = tally(items, answers)
    info = retriever.info()
    lat = np.array(latencies or [0.0]) * 1000
    return EvalReport(
        name=name, articles=info.articles, passages=info.passages, overall=overall.rates(),
        by_kind={k: v.rates() for k, v in by_kind.items()} if len(by_kind) > 1 else {},
        latency_p50_ms=float(np.percentile(lat, 50)), latency_p95_ms=float(np.percentile(lat, 95)),
        build_seconds=build_seconds,
    )


def is_hit(item: QAItem, result: Result) -> bool:
    """The result is from the article that answers (doc names it by file, path, URL or title),
    or its passage holds an answer (SQuAD sets, which name no article)."""
    if item.doc:
        a = result.article
        return item.doc in (a.path, a.path.split("#", 1)[0], Path(a.path.split("#", 1)[0]).name, a.url, a.title)
    return any(ans in result.passage for ans in item.answers)


def quotes_answer(item: QAItem, result: Result) -> bool:
    text = result.excerpt.text
    return len(text) <= QUOTE_LIMIT and any(ans in text for ans in item.answers)


def _count(s: Scores, item: QAItem, answer: Answer) -> None:
    s.questions += 1
    if not item.answerable:
        s.unanswerable += 1
        s.rejected += not answer.results
        s.quoted_unsure += bool(answer.results) and not answer.results[0].sure
        return
    s.answerable += 1
    if not answer.results:
        return
    s.answered += 1
    first = next((r.rank for r in answer.results if is_hit(item, r)), None)
    if first is not None:
        s.rr += 1 / first
        s.hit1 += first <= 1
        s.hit5 += first <= 5
        s.hit20 += first <= 20
    top = answer.results[0]
    right = quotes_answer(item, top)
    s.excerpt1 += right
    if not top.sure:
        s.unsure += 1
        s.unsure_right += right
    if top.answer:
        s.marked += 1
        s.marked_right += mark_overlaps(top.excerpt.text, top.answer, item.answers)


def mark_overlaps(text: str, mark: tuple[int, int], answers: tuple[str, ...]) -> bool:
    """The marked phrase shares characters with an occurrence of a gold answer in the quote."""
    a, b = mark
    for ans in answers:
        start = text.find(ans)
        while start != -1:
            if start < b and a < start + len(ans):
                return True
            start = text.find(ans, start + 1)
    return False
