"""Questions in, answers out, over an index that can be rebuilt and swapped in while serving."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from .analyzer import Analyzer
from .bm25 import BM25Params, top_n
from .bm25 import warm_up as warm_up_scoring
from .excerpt import make_excerpt
from .excerpt import warm_up as warm_up_excerpts
from .indexer import BuildReport, Progress, build_index
from .models import Answer, Article, Result
from .store import IndexCorrupt, IndexMissing, Snapshot, load_current

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 1000
# An answer must cover this share of the question's term weight (idf): below it, the best
# passage shares only a common word or two with the question. See README for how it was set.
DEFAULT_MIN_COVERAGE = 0.4


@dataclass(frozen=True)
class IndexInfo:
    articles: int
    passages: int
    terms: int
    built_at: float
    build_seconds: float


class Retriever:
    """Thread-safe: searches run on whatever snapshot is current when they start; reload()
    builds a new generation and swaps it in without blocking them."""

    def __init__(
        self,
        corpus_dir: Path,
        index_dir: Path,
        analyzer: Analyzer | None = None,
        params: BM25Params = BM25Params(),
        min_coverage: float = DEFAULT_MIN_COVERAGE,
        per_article: int = 1,
    ):
        self.corpus_dir = Path(corpus_dir)
        self.index_dir = Path(index_dir)
        self.analyzer = analyzer or Analyzer()
        self.params = params
        self.min_coverage = min_coverage
        self.per_article = per_article
        self._snapshot: Snapshot | None = None
        self._swap = threading.Lock()

    # --- index lifecycle -------------------------------------------------------------------

    def open(self, progress: Progress | None = None) -> BuildReport | None:
        """Load the persisted index; build it first when there is none or it is damaged or
        was built with another analyzer or parameters."""
        try:
            snapshot = load_current(self.index_dir)
        except IndexMissing:
            return self.reload(progress)
        except IndexCorrupt as e:
            log.warning("index unusable (%s); rebuilding", e)
            return self.reload(progress)
        if snapshot.manifest.analyzer != self.analyzer.signature or snapshot.params != self.params:
            log.info("index built with other settings; updating")
            return self.reload(progress)
        self._snapshot = snapshot
        return None

    def reload(self, progress: Progress | None = None) -> BuildReport:
        report = build_index(self.corpus_dir, self.index_dir, self.analyzer, self.params, progress)
        snapshot = load_current(self.index_dir)
        with self._swap:
            self._snapshot = snapshot
        return report

    def warm_up(self) -> None:
        """Load Kiwi's model and compile the scoring and excerpt kernels before the first
        question."""
        self.analyzer.warm_up()
        warm_up_scoring()
        warm_up_excerpts()

    @property
    def snapshot(self) -> Snapshot:
        if self._snapshot is None:
            raise IndexMissing("index not loaded")
        return self._snapshot

    def info(self) -> IndexInfo:
        m = self.snapshot.manifest
        return IndexInfo(m.articles, m.passages, m.terms, m.built_at, m.build_seconds)

    # --- asking ----------------------------------------------------------------------------

    def search(self, question: str, k: int = 5, offset: int = 0) -> Answer:
        snap = self.snapshot
        truncated = len(question) > MAX_QUESTION_CHARS
        text = question[:MAX_QUESTION_CHARS]
        if not text.strip():
            return Answer(question, (), reason="empty question", truncated=truncated)
        terms = self.analyzer.terms(text)
        if not terms:
            return Answer(question, (), reason="no searchable words in the question", truncated=truncated)

        postings = snap.postings
        known_ids: list[int] = []
        total_weight = 0.0
        for t in terms:
            i = snap.vocab.get(t)
            if i is not None and postings.indptr[i + 1] > postings.indptr[i]:
                known_ids.append(i)
                total_weight += float(postings.idf[i])
            else:
                # A word no passage holds still counts against coverage: a question about
                # something the corpus never mentions should not be answered by its other words.
                total_weight += postings.unseen_idf()
        if not known_ids:
            return Answer(question, (), reason="no word of the question occurs in the corpus", truncated=truncated, terms=tuple(terms))

        threshold = self.min_coverage * total_weight
        picked, has_more = self._pick(snap, known_ids, offset + k, threshold)
        if not picked:
            return Answer(
                question, (), truncated=truncated, terms=tuple(terms),
                reason=f"no passage matches {self.min_coverage:.0%} of the question's term weight "
                       f"(MIN_COVERAGE)",
            )
        coverage = min(1.0, picked[0][1] / total_weight)
        weights = {i: float(postings.idf[i]) for i in set(known_ids)}
        out = []
        page = picked[offset:offset + k]
        records = snap.passages([doc for doc, _ in page])
        for rank, (doc, doc_score), rec in zip(range(offset + 1, offset + k + 1), page, records):
            excerpt = make_excerpt(rec.text, rec.sentences, rec.tok_terms, rec.tok_spans, weights)
            a = rec.article
            article = Article(id=a["id"], title=a["title"], body="", path=a["path"], url=a["url"],
                              press=a["press"], reporter=a["reporter"], published=a["published"])
            out.append(Result(rank=rank, score=doc_score, excerpt=excerpt, passage=rec.text, article=article))
        if not out:
            return Answer(question, (), reason="no more results", truncated=truncated, terms=tuple(terms), coverage=coverage)
        return Answer(question, tuple(out), truncated=truncated, terms=tuple(terms), has_more=has_more, coverage=coverage)

    def _pick(self, snap: Snapshot, query_ids: list[int], want: int, threshold: float) -> tuple[list[tuple[int, float]], bool]:
        """Best documents scoring at least threshold, at most per_article from one article; one
        more than wanted tells whether there are more."""
        n = want + 3  # a little over: one more tells has_more, and per-article limits drop some
        while True:
            docs, scores = top_n(snap.postings, query_ids, n, floor=threshold)
            picked, seen = [], {}
            for doc, doc_score in zip(docs.tolist(), scores.tolist()):
                art = int(snap.doc_article[doc])
                if seen.get(art, 0) >= self.per_article:
                    continue
                seen[art] = seen.get(art, 0) + 1
                picked.append((doc, doc_score))
                if len(picked) > want:
                    return picked[:want], True
            if len(docs) < n:  # every document above the threshold has been seen
                return picked, False
            n *= 4
