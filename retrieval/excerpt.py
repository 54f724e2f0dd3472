"""The sentence(s) of a passage that answer a question, and the matched words inside them."""

from __future__ import annotations

import numpy as np

from .models import Excerpt

MAX_EXCERPT_CHARS = 300
ELLIPSIS = "…"
# Extra occurrences of a matched term in a sentence are worth a little, not a full match.
REPEAT_BONUS = 0.1
# How much of a following or preceding sentence's own score pulls it into the excerpt.
LEAD_IN = 40  # characters of context kept before the first match when a sentence is cut


def make_excerpt(
    text: str,
    sentences: np.ndarray,
    tok_terms: np.ndarray,
    tok_spans: np.ndarray,
    weights: dict[int, float],
    max_chars: int = MAX_EXCERPT_CHARS,
) -> Excerpt:
    """Pick the best sentence by the question's term weights, add the better-matching neighbour
    when both fit in max_chars, cut a single over-long sentence around its matches."""
    if len(sentences) == 0:
        sentences = np.array([[0, len(text)]], dtype=np.int32)
    matched = np.fromiter((t in weights for t in tok_terms), dtype=bool, count=len(tok_terms))
    m_terms = tok_terms[matched]
    m_spans = tok_spans[matched]

    sentence_of = np.searchsorted(sentences[:, 1], m_spans[:, 0], side="right") if len(m_spans) else np.empty(0, int)
    scores = np.zeros(len(sentences))
    for i in range(len(sentences)):
        terms = m_terms[sentence_of == i]
        if len(terms):
            distinct = set(terms.tolist())
            scores[i] = sum(weights[t] for t in distinct) + REPEAT_BONUS * sum(weights[t] for t in terms.tolist()) - REPEAT_BONUS * sum(weights[t] for t in distinct)
    best = int(np.argmax(scores))
    start, end = int(sentences[best, 0]), int(sentences[best, 1])

    neighbours = [j for j in (best + 1, best - 1) if 0 <= j < len(sentences)]
    # The next sentence wins ties: a quote's second half and answers that follow a topic
    # sentence are more common than ones that precede it.
    neighbours.sort(key=lambda j: -scores[j])
    for j in neighbours[:1]:
        s2, e2 = min(start, int(sentences[j, 0])), max(end, int(sentences[j, 1]))
        if e2 - s2 <= max_chars:
            start, end = s2, e2

    prefix = suffix = ""
    if end - start > max_chars:
        start, end = _window(text, start, end, m_spans, max_chars)
        prefix = ELLIPSIS if start > int(sentences[best, 0]) else ""
        suffix = ELLIPSIS if end < int(sentences[best, 1]) else ""

    body = text[start:end].replace("\n", " ")
    spans = []
    for s, e in m_spans.tolist():
        if s >= start and e <= end:
            spans.append((s - start + len(prefix), e - start + len(prefix)))
    full = prefix + body + suffix
    return Excerpt(full, tuple(_merge(full, sorted(spans))))


def _window(text: str, start: int, end: int, m_spans: np.ndarray, max_chars: int) -> tuple[int, int]:
    """The max_chars stretch of text[start:end] that holds the most matches, on word bounds."""
    inside = [(s, e) for s, e in m_spans.tolist() if start <= s and e <= end]
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
