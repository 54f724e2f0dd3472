"""BM25Okapi as rank-bm25 defines it, scored eagerly from per-term postings.

rank-bm25 computes every document's score at query time, a pass over the whole corpus per query
term. Here each term's contribution to each document that contains it is computed once at build
time (the weights below), so a query only adds up its own terms' postings.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass

import numpy as np

from .kernels import maxscore


@dataclass(frozen=True)
class BM25Params:
    # Tuned on KorQuAD 1.0 dev with this analyzer and passage size (hit@1 0.9425 vs 0.9404 at
    # the k1=0.9, b=0.4 measured before); rank-bm25's own defaults (1.5, 0.75) lose 0.01.
    k1: float = 0.8
    b: float = 0.5
    epsilon: float = 0.25


@dataclass(frozen=True)
class Postings:
    """Term-major sparse matrix: term t's documents are docs[indptr[t]:indptr[t+1]]."""

    indptr: np.ndarray  # int64, n_terms + 1
    docs: np.ndarray  # int32
    weights: np.ndarray  # float64, the term's BM25 contribution to that document
    idf: np.ndarray  # float64, n_terms (0 for terms no document holds)
    max_weight: np.ndarray  # float64, n_terms: the term's largest weight in any document
    n_docs: int
    avgdl: float

    @classmethod
    def statistics_only(cls, indptr: np.ndarray, idf: np.ndarray, max_weight: np.ndarray, n_docs: int,
                        avgdl: float) -> Postings:
        """Each term's statistics without its postings (nearly all of the memory): what a
        backend that scores elsewhere (Xapian shards) still needs."""
        return cls(indptr=indptr, docs=np.empty(0, dtype=np.int32), weights=np.empty(0, dtype=np.float64), idf=idf,
                   max_weight=max_weight, n_docs=n_docs, avgdl=avgdl)

    @property
    def n_terms(self) -> int:
        return len(self.indptr) - 1

    def unseen_idf(self) -> float:
        """The idf a term would have if one document held it: what a question's word that no
        passage contains would have been worth."""
        if self.n_docs < SMALL_CORPUS_DOCS:
            return float(np.log1p((self.n_docs - 0.5) / 1.5))
        return float(np.log(self.n_docs - 0.5) - np.log(1.5))


# rank-bm25's idf, log((N - df + 0.5) / (df + 0.5)), is zero or negative for every term in
# half the documents or more, and its epsilon floor is negative when the mean idf is: on a corpus
# of a handful of passages (the bundled sample has two) it cannot rank at all. Below this many
# passages Lucene's always-positive idf, log(1 + (N - df + 0.5) / (df + 0.5)), is used instead.
SMALL_CORPUS_DOCS = 32


def rank_bm25_idf(df: np.ndarray, n_docs: int, epsilon: float) -> np.ndarray:
    """rank_bm25.BM25Okapi._calc_idf, vectorised: negative idfs become epsilon x the mean idf
    over the terms the corpus holds."""
    present = df > 0
    idf = np.zeros(len(df), dtype=np.float64)
    if n_docs < SMALL_CORPUS_DOCS:
        idf[present] = np.log1p((n_docs - df[present] + 0.5) / (df[present] + 0.5))
        return idf
    idf[present] = np.log(n_docs - df[present] + 0.5) - np.log(df[present] + 0.5)
    if present.any():
        floor = epsilon * idf[present].mean()
        idf[present & (idf < 0)] = floor
    return idf


def build_postings(
    doc_ids: np.ndarray, term_ids: np.ndarray, tfs: np.ndarray, doc_len: np.ndarray, n_terms: int, params: BM25Params
) -> Postings:
    """One entry per (document, distinct term); doc_len counts every token of a document."""
    n_docs = len(doc_len)
    doc_len = doc_len.astype(np.float64)
    avgdl = float(doc_len.mean()) if n_docs else 0.0
    df = np.bincount(term_ids, minlength=n_terms)
    idf = rank_bm25_idf(df, n_docs, params.epsilon)

    order = np.argsort(term_ids, kind="stable")
    term_sorted = term_ids[order]
    docs = doc_ids[order].astype(np.int32)
    tf = tfs[order].astype(np.float64)
    norm = params.k1 * (1 - params.b + params.b * doc_len[docs] / avgdl) if n_docs else tf
    weights = idf[term_sorted] * (tf * (params.k1 + 1) / (tf + norm))

    indptr = np.zeros(n_terms + 1, dtype=np.int64)
    np.cumsum(df, out=indptr[1:])
    max_weight = np.zeros(n_terms, dtype=np.float64)
    present = df > 0
    if present.any():
        max_weight[present] = np.maximum.reduceat(weights, indptr[:-1][present])
    return Postings(indptr=indptr, docs=docs, weights=weights, idf=idf, max_weight=max_weight,
                    n_docs=n_docs, avgdl=avgdl)


def score(postings: Postings, query_term_ids: list[int]) -> np.ndarray:
    """Scores of every document; a term repeated in the question counts again, as in rank-bm25."""
    scores = np.zeros(postings.n_docs, dtype=np.float64)
    indptr, docs, weights = postings.indptr, postings.docs, postings.weights
    for t in query_term_ids:
        lo, hi = indptr[t], indptr[t + 1]
        # Within one term's postings each document appears once, so fancy-index add is exact.
        scores[docs[lo:hi]] += weights[lo:hi]
    return scores


def top_n(postings: Postings, query_term_ids: list[int], n: int, floor: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
    """The n best documents scoring at least `floor` (and above zero) and their scores, best
    first, exactly as scoring every document would rank them. With a floor, only the question's
    own postings are read, pruned against a rising threshold (retrieval/kernels.py)."""
    if floor <= 0 or not query_term_ids or (postings.idf[query_term_ids] < 0).any():
        # Pruning raises its threshold to the best partial scores, which only holds while no
        # term can take score away. A negative idf (rank-bm25's floor when the mean idf is itself
        # negative: tiny or degenerate corpora, where scoring everything costs nothing) can.
        return _dense_top(postings, query_term_ids, n, floor)
    counts = Counter(query_term_ids)
    terms = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    mult = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
    acc, touched, seen = _scratch(postings.n_docs)
    return maxscore(postings.indptr, postings.docs, postings.weights, postings.max_weight,
                    terms, mult, acc, touched, seen, n, float(floor))


def warm_up() -> None:
    """Compile the scoring kernel now (a second or two the first time; then cached on disk),
    so that the first question does not pay for it."""
    one = np.zeros(1)
    maxscore(np.array([0, 1]), np.array([0], dtype=np.int32), np.ones(1), np.ones(1),
             np.array([0]), np.ones(1), one, np.empty(1, dtype=np.int32), np.zeros(1, dtype=np.bool_), 1, 0.5)


_local = threading.local()


def _scratch(n_docs: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per-thread score buffers: allocating and zeroing one slot per document on every question
    costs more than the scoring (page faults on fresh memory)."""
    buffers = getattr(_local, "buffers", None)
    if buffers is None or len(buffers[0]) != n_docs:
        buffers = _local.buffers = (np.zeros(n_docs), np.empty(n_docs, dtype=np.int32),
                                    np.zeros(n_docs, dtype=np.bool_))
    return buffers


def _dense_top(postings: Postings, query_term_ids: list[int], n: int, floor: float) -> tuple[np.ndarray, np.ndarray]:
    scores = score(postings, query_term_ids)
    docs = top_documents(scores, n)
    keep = scores[docs] >= floor
    return docs[keep], scores[docs][keep]


def top_documents(scores: np.ndarray, n: int) -> np.ndarray:
    """Indices of the n best positive scores, best first, ties by lower index (also at the cut:
    every document tied with the n-th is considered)."""
    if n <= 0 or len(scores) == 0:
        return np.empty(0, dtype=np.int64)
    if n < len(scores):
        kth = scores[np.argpartition(-scores, n - 1)[n - 1]]
        part = np.flatnonzero(scores >= kth)
    else:
        part = np.arange(len(scores))
    part = part[scores[part] > 0]
    return part[np.lexsort((part, -scores[part]))][:n]
