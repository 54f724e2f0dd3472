"""The scoring inner loop, compiled with numba: MaxScore over one question's postings.

In NumPy this took a dozen array passes per question, each walking long postings lists, and
allocating per-document buffers; compiled, it is one pass over the essential terms' postings
and a binary search per remaining term for the candidates that could still make the top n
(0.45 -> 0.26 ms p50 at 100,000 passages). Scoring a rarest term's documents up front for a
better threshold, as some MaxScore variants do, measured slower here and was left out.
"""

from __future__ import annotations

import numpy as np
from numba import njit

SLACK = 1e-9  # sums taken in different orders differ in the last bits


@njit(cache=True, nogil=True)
def _weight_of(indptr, docs, weights, t, d):
    """Term t's weight in document d: binary search in t's postings, sorted by document."""
    lo = indptr[t]
    hi = indptr[t + 1]
    while lo < hi:
        mid = (lo + hi) >> 1
        if docs[mid] < d:
            lo = mid + 1
        else:
            hi = mid
    if lo < indptr[t + 1] and docs[lo] == d:
        return weights[lo]
    return 0.0


@njit(cache=True, nogil=True)
def _nth_largest(values, n):
    return np.partition(values, len(values) - n)[len(values) - n]


@njit(cache=True, nogil=True)
def maxscore(indptr, docs, weights, max_weight, terms, mult, acc, touched, n, floor):
    """Candidates, with their exact scores, that include the n best scoring at least floor;
    every document left out scores below the n-th best or below floor. acc (zeros) and touched
    are scratch buffers of one slot per document, reused between calls: acc is left zeroed."""
    k = len(terms)
    reach = np.empty(k)
    for j in range(k):
        reach[j] = max_weight[terms[j]] * mult[j]
    order = np.argsort(reach)  # lightest first
    slack = SLACK * max(1.0, floor)

    theta = floor - slack

    n_lookup = 0
    total = 0.0
    while n_lookup < k and total + reach[order[n_lookup]] < theta:
        total += reach[order[n_lookup]]
        n_lookup += 1
    if n_lookup == k:
        return np.empty(0, dtype=np.int64), np.empty(0)

    n_touched = 0
    selective = -1
    for jj in range(n_lookup, k):
        j = order[jj]
        t = terms[j]
        if selective < 0 or indptr[t + 1] - indptr[t] < indptr[terms[selective] + 1] - indptr[terms[selective]]:
            selective = j
        for p in range(indptr[t], indptr[t + 1]):
            d = docs[p]
            if acc[d] == 0.0:
                touched[n_touched] = d
                n_touched += 1
            acc[d] += weights[p] * mult[j]
    # Within one term's postings each document appears once: its documents' n-th best partial
    # score is a lower bound on the n-th best score.
    lo, hi = indptr[terms[selective]], indptr[terms[selective] + 1]
    if hi - lo > n:
        first = np.empty(hi - lo)
        for p in range(hi - lo):
            first[p] = acc[docs[lo + p]]
        theta = max(theta, _nth_largest(first, n) - slack)

    out_docs = np.empty(n_touched, dtype=np.int64)
    out_scores = np.empty(n_touched)
    c = 0
    for i in range(n_touched):
        d = touched[i]
        s = acc[d]
        remaining = total
        if s + remaining < theta:
            continue
        for jj in range(n_lookup - 1, -1, -1):  # heaviest non-essential term first
            j = order[jj]
            remaining -= reach[j]
            s += _weight_of(indptr, docs, weights, terms[j], d) * mult[j]
            if s + remaining < theta:
                break
        if s + remaining >= theta and s >= floor:
            out_docs[c] = d
            out_scores[c] = s
            c += 1
    for i in range(n_touched):
        acc[touched[i]] = 0.0
    return out_docs[:c], out_scores[:c]
