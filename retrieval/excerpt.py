"""The sentence(s) of a passage that answer a question, and the matched words inside them."""

from __future__ import annotations

from bisect import bisect_right

import numpy as np

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
    term ids to their idf. Past finding the matches, plain Python: a handful of matched tokens
    and sentences cost less in lists than in NumPy calls."""
    bounds = sentences.tolist() or [[0, len(text)]]
    ends = [e for _, e in bounds]
    # Membership in the question's few terms, for every token at once.
    query = np.fromiter(weights, dtype=tok_terms.dtype, count=len(weights))
    hit = np.flatnonzero((tok_terms[:, None] == query).any(axis=1))
    matches = [(t, s, e) for t, (s, e) in zip(tok_terms[hit].tolist(), tok_spans[hit].tolist())]

    scores = [0.0] * len(bounds)
    seen = set()
    for term, s, _ in matches:
        i = min(bisect_right(ends, s), len(bounds) - 1)
        scores[i] += REPEAT_BONUS * weights[term] if (i, term) in seen else weights[term]
        seen.add((i, term))
    best = max(range(len(scores)), key=scores.__getitem__)
    start, end = bounds[best]

    neighbours = [j for j in (best + 1, best - 1) if 0 <= j < len(bounds)]
    # The next sentence wins ties: a quote's second half and answers that follow a topic
    # sentence are more common than ones that precede it.
    neighbours.sort(key=lambda j: -scores[j])  # stable: ties keep the next sentence first
    for j in neighbours[:1]:
        s2, e2 = min(start, bounds[j][0]), max(end, bounds[j][1])
        if e2 - s2 <= max_chars:
            start, end = s2, e2

    m_spans = [(s, e) for _, s, e in matches]
    prefix = suffix = ""
    if end - start > max_chars:
        start, end = _window(text, start, end, m_spans, max_chars)
        prefix = ELLIPSIS if start > bounds[best][0] else ""
        suffix = ELLIPSIS if end < bounds[best][1] else ""

    body = text[start:end].replace("\n", " ")
    shift = len(prefix) - start
    spans = [(s + shift, e + shift) for s, e in m_spans if s >= start and e <= end]
    full = prefix + body + suffix
    return Excerpt(full, tuple(_merge(full, sorted(spans))))


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
