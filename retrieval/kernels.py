"""The scoring inner loop, compiled with numba: top-n BM25 over one question's postings.

Exact, not approximate: the documents returned include every document of the n best scoring at
least `floor`, with its exact score. The work is cut by a threshold theta, a lower bound on the
n-th best score that rises as postings are read (MaxScore's idea, term at a time):

1. Terms are read shortest postings first (the rare, heavy words of a question). After each,
   theta rises to the n-th best partial score among that term's documents: n distinct
   documents score at least that much. Reading stops once the unread terms' largest weights
   together fall below theta: a document only they reach cannot make the top n.
2. The documents already touched that could still reach theta are the candidates. The unread
   terms, heaviest first, add their weights to the candidates only: by walking the term's
   postings when they are short, by a binary search per candidate when they are long. After
   each term, candidates that can no longer reach theta are dropped.

At 100,000 passages this beats the previous single-threshold MaxScore by a third at p50 and
nearly half at p95 (0.25 -> 0.17 ms, 0.94 -> 0.53-0.58 ms; benchmarks/results/retrieval.json):
the very common words of a question (년, 하다, 것) now reach only a few candidates, by
whichever of walking or searching their long postings is cheaper.
"""

from __future__ import annotations

import numpy as np
from numba import njit

SLACK = 1e-9  # sums taken in different orders differ in the last bits
# A binary search in a long postings list costs about as much as walking this many postings
# (cache misses against a sequential read), measured at 100,000 passages (10: 0.182 ms a
# question, 30: 0.166, 100: 0.173).
LOOKUP_COST = 30


@njit(cache=True, nogil=True, inline="always")
def lower_bound(a, v, lo, hi):
    """The first index in [lo, hi) of sorted a whose value is not below v (hi if none)."""
    while lo < hi:
        mid = (lo + hi) >> 1
        if a[mid] < v:
            lo = mid + 1
        else:
            hi = mid
    return lo


@njit(cache=True, nogil=True)
def _weight_of(indptr, docs, weights, t, d):
    """Term t's weight in document d: binary search in t's postings, sorted by document."""
    lo = lower_bound(docs, d, indptr[t], indptr[t + 1])
    if lo < indptr[t + 1] and docs[lo] == d:
        return weights[lo]
    return 0.0


@njit(cache=True, nogil=True)
def _push(heap, size, n, value):
    """Keep the n largest values seen in a min-heap (heap[0] is the smallest); returns its
    new size."""
    if size < n:
        heap[size] = value
        x = size
        size += 1
        while x > 0:
            parent = (x - 1) >> 1
            if heap[parent] <= heap[x]:
                break
            heap[parent], heap[x] = heap[x], heap[parent]
            x = parent
    elif value > heap[0]:
        heap[0] = value
        x = 0
        while True:
            child = 2 * x + 1
            if child >= n:
                break
            if child + 1 < n and heap[child + 1] < heap[child]:
                child += 1
            if heap[child] >= heap[x]:
                break
            heap[child], heap[x] = heap[x], heap[child]
            x = child
    return size


@njit(cache=True, nogil=True)
def maxscore(indptr, docs, weights, max_weight, terms, mult, acc, touched, seen, n, floor):
    """The n best documents scoring at least floor (and above zero), best first, with their
    exact scores; equal scores rank the lower document id first. terms are distinct,
    mult how often each occurs in the question. acc (zeros), touched and seen (False) are
    scratch buffers of one slot per document, reused between calls and left as found.
    Whether a document was touched is kept in seen, not read from acc: a weight can be 0 or
    negative (rank-bm25's idf of a term in half the passages, or below its epsilon floor), and
    a document appended twice would overrun touched."""
    k = len(terms)
    reach = np.empty(k)  # the most a term can add to any document's score
    length = np.empty(k, dtype=np.int64)
    unread = 0.0
    for j in range(k):
        # A document without the term gains 0, so 0 bounds a term whose weights are all negative.
        reach[j] = max(max_weight[terms[j]], 0.0) * mult[j]
        length[j] = indptr[terms[j] + 1] - indptr[terms[j]]
        unread += reach[j]
    slack = SLACK * max(1.0, floor)
    theta = floor - slack
    if unread < theta:
        return np.empty(0, dtype=np.int64), np.empty(0)

    heap = np.empty(n)
    order = np.argsort(length)
    n_touched = 0
    n_read = 0
    while n_read < k and unread >= theta:
        j = order[n_read]
        t = terms[j]
        m = mult[j]
        size = 0
        for p in range(indptr[t], indptr[t + 1]):
            d = docs[p]
            if not seen[d]:
                seen[d] = True
                touched[n_touched] = d
                n_touched += 1
            a = acc[d] + weights[p] * m
            acc[d] = a
            if size < n or a > heap[0]:
                size = _push(heap, size, n, a)
        unread -= reach[j]
        n_read += 1
        if size == n:
            theta = max(theta, heap[0] - slack)

    alive = np.empty(n_touched, dtype=np.int32)
    n_alive = 0
    for i in range(n_touched):
        d = touched[i]
        if acc[d] + unread >= theta:
            alive[n_alive] = d
            n_alive += 1

    rest = order[n_read:]
    rest = rest[np.argsort(-reach[rest])]
    for j in rest:
        if n_alive == 0:
            break
        t = terms[j]
        m = mult[j]
        unread -= reach[j]
        if length[j] < n_alive * LOOKUP_COST:
            for p in range(indptr[t], indptr[t + 1]):
                d = docs[p]
                if seen[d]:  # touched; a dropped one gains too, harmlessly
                    acc[d] += weights[p] * m
        else:
            for i in range(n_alive):
                d = alive[i]
                acc[d] += _weight_of(indptr, docs, weights, t, d) * m
        size = 0
        kept = 0
        for i in range(n_alive):
            d = alive[i]
            a = acc[d]
            if a + unread >= theta:
                alive[kept] = d
                kept += 1
                if size < n or a > heap[0]:
                    size = _push(heap, size, n, a)
        n_alive = kept
        if size == n:
            theta = max(theta, heap[0] - slack)

    out_docs = np.empty(n_alive, dtype=np.int64)
    out_scores = np.empty(n_alive)
    c = 0
    for i in range(n_alive):
        d = alive[i]
        s = acc[d]
        if s >= theta and s >= floor and s > 0.0:
            out_docs[c] = d
            out_scores[c] = s
            c += 1
    for i in range(n_touched):
        acc[touched[i]] = 0.0
        seen[touched[i]] = False
    # Best first, equal scores by lower document id, as ranking every document would.
    order = np.argsort(out_docs[:c])
    order = order[np.argsort(-out_scores[order], kind="mergesort")][:n]
    return out_docs[order], out_scores[order]
