"""The sentence(s) of a passage that answer a question, and the matched words inside them."""

from __future__ import annotations

import numpy as np
from numba import njit

from .models import Excerpt

MAX_EXCERPT_CHARS = 300
ELLIPSIS = "…"
# Extra occurrences of a matched term in a sentence are worth a little, not a full match.
REPEAT_BONUS = 0.1
LEAD_IN = 40  # characters of context kept before the first match when a sentence is cut


def make_excerpt(
    text: str,
    sentences: np.ndarray,
    tok_terms: np.ndarray,
    tok_spans: np.ndarray,
    weights: dict[int, float],
    max_chars: int = MAX_EXCERPT_CHARS,
) -> Excerpt:
    """Pick the best sentence by the question's term weights (idf of each distinct matched
    term, a little more for repeats), add the better-matching neighbour when both fit in
    max_chars, cut a single over-long sentence around its matches. weights maps the question's
    term ids to their idf."""
    if not len(sentences):
        sentences = np.array([[0, len(text)]], dtype=np.int32)
    query = np.fromiter(weights, dtype=np.int64, count=len(weights))
    query_weights = np.fromiter(weights.values(), dtype=np.float64, count=len(weights))
    best, start, end, hits = _choose(sentences, tok_terms, tok_spans, query, query_weights, max_chars)
    m_spans = tok_spans[hits].tolist()
    prefix = suffix = ""
    if end - start > max_chars:
        best_start, best_end = sentences[best].tolist()
        start, end = _window(text, start, end, m_spans, max_chars)
        prefix = ELLIPSIS if start > best_start else ""
        suffix = ELLIPSIS if end < best_end else ""

    body = text[start:end].replace("\n", " ")
    shift = len(prefix) - start
    spans = [(s + shift, e + shift) for s, e in m_spans if s >= start and e <= end]
    full = prefix + body + suffix
    return Excerpt(full, tuple(_merge(full, sorted(spans))))


@njit(cache=True, nogil=True)
def _choose(sentences, tok_terms, tok_spans, query, query_weights, max_chars):
    """The best sentence, the (start, end) of the excerpt before any cut, and the positions of
    the tokens that match the question. Compiled: a passage has ~150 tokens and ~8 sentences,
    and the same loops in Python cost more than the rest of the search around them."""
    n_sent = len(sentences)
    scores = np.zeros(n_sent)
    seen = np.zeros((n_sent, len(query)), dtype=np.bool_)
    hits = np.empty(len(tok_terms), dtype=np.int64)
    n_hits = 0
    for i in range(len(tok_terms)):
        q = -1
        for x in range(len(query)):
            if query[x] == tok_terms[i]:
                q = x
                break
        if q < 0:
            continue
        hits[n_hits] = i
        n_hits += 1
        # The sentence holding the token: the first whose end is past its start.
        s = tok_spans[i, 0]
        lo, hi = 0, n_sent
        while lo < hi:
            mid = (lo + hi) >> 1
            if sentences[mid, 1] <= s:
                lo = mid + 1
            else:
                hi = mid
        si = min(lo, n_sent - 1)
        scores[si] += REPEAT_BONUS * query_weights[q] if seen[si, q] else query_weights[q]
        seen[si, q] = True
    best = np.argmax(scores)  # the first of equals
    start, end = sentences[best, 0], sentences[best, 1]
    # The next sentence wins ties: a quote's second half and answers that follow a topic
    # sentence are more common than ones that precede it.
    other = best + 1
    if other >= n_sent or (best > 0 and scores[best - 1] > scores[other]):
        other = best - 1
    if 0 <= other < n_sent:
        s2, e2 = min(start, sentences[other, 0]), max(end, sentences[other, 1])
        if e2 - s2 <= max_chars:
            start, end = s2, e2
    return best, start, end, hits[:n_hits]


def _window(text: str, start: int, end: int, m_spans: list[tuple[int, int]], max_chars: int) -> tuple[int, int]:
    """The max_chars stretch of text[start:end] that holds the most matches, on word bounds."""
    inside = [(s, e) for s, e in m_spans if start <= s and e <= end]
    best_from, best_count = start, -1
    for s, _ in inside:
        lo = max(start, s - LEAD_IN)
        count = sum(1 for s2, e2 in inside if lo <= s2 and e2 <= lo + max_chars)
        if count > best_count:
            best_from, best_count = lo, count
    lo = best_from
    hi = min(end, lo + max_chars)
    if hi - lo < max_chars:
        lo = max(start, hi - max_chars)
    # Do not cut a word in two: move inward to the nearest space.
    if lo > start:
        space = text.find(" ", lo, lo + 20)
        lo = space + 1 if space != -1 else lo
    if hi < end:
        space = text.rfind(" ", hi - 20, hi)
        hi = space if space != -1 else hi
    return lo, hi


def _merge(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Adjacent matches separated only by spaces read as one highlight (고객 가치)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and (s <= out[-1][1] or not text[out[-1][1]:s].strip()):
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def warm_up() -> None:
    """Compile _choose for the read-only arrays passages come in (from SQLite blobs)."""
    frozen = lambda *values: np.frombuffer(np.array(values, dtype=np.int32).tobytes(), dtype=np.int32)  # noqa: E731
    make_excerpt("고객 가치", frozen(0, 5).reshape(-1, 2), frozen(1, 2), frozen(0, 2, 3, 5).reshape(-1, 2), {1: 1.0})
