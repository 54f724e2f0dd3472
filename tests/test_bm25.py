"""Our eager postings score exactly what rank-bm25's BM25Okapi scores, on real Kiwi tokens."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rank_bm25 import BM25Okapi

from retrieval.bm25 import SMALL_CORPUS_DOCS, BM25Params, build_postings, score, top_documents
from retrieval.corpus import read_corpus_file

from .conftest import SAMPLE_CORPUS


def postings_for(docs: list[list[str]], params: BM25Params):
    vocab: dict[str, int] = {}
    doc_ids, term_ids, tfs = [], [], []
    for d, doc in enumerate(docs):
        counts: dict[int, int] = {}
        for w in doc:
            t = vocab.setdefault(w, len(vocab))
            counts[t] = counts.get(t, 0) + 1
        for t, c in sorted(counts.items()):
            doc_ids.append(d), term_ids.append(t), tfs.append(c)
    p = build_postings(np.array(doc_ids, dtype=np.int32), np.array(term_ids, dtype=np.int32),
                       np.array(tfs, dtype=np.int32), np.array([len(d) for d in docs]), len(vocab), params)
    return p, vocab


@pytest.fixture(scope="module")
def korean_docs(analyzer):
    """One document per sentence of the sample article and per related headline: real Korean
    news text, enough documents for rank-bm25's idf to be meaningful."""
    [name] = [p.name for p in SAMPLE_CORPUS.iterdir()]
    raw = (SAMPLE_CORPUS / name).read_text(encoding="utf-8")
    lines = [line.lstrip("- ").strip() for line in raw.splitlines() if line.strip()]
    sentences = [s for para in analyzer.sentences(lines) for s in para]
    docs = [list(s.terms) for s in sentences]
    docs = [d for d in docs if d]
    assert len(docs) >= SMALL_CORPUS_DOCS
    return docs


@pytest.mark.parametrize("params", [BM25Params(), BM25Params(1.5, 0.75, 0.25), BM25Params(1.2, 0.3, 0.5)])
def test_scores_equal_rank_bm25(korean_docs, analyzer, params):
    reference = BM25Okapi(korean_docs, k1=params.k1, b=params.b, epsilon=params.epsilon)
    postings, vocab = postings_for(korean_docs, params)
    questions = ["구광모 회장이 사장단 워크숍에서 강조한 건?", "LG전자 3분기 영업이익은 얼마인가",
                 "LG 고객 가치 고객 가치", "이재용 사면에 대한 대통령의 입장은?"]
    for q in questions:
        terms = analyzer.terms(q)
        expected = reference.get_scores(terms)
        got = score(postings, [vocab[t] for t in terms if t in vocab])
        np.testing.assert_allclose(got, expected, rtol=0, atol=1e-9)
        assert expected.max() > 0  # the comparison is not between two arrays of zeros


def test_negative_idf_gets_rank_bm25s_epsilon_floor(korean_docs):
    # "lg" is in more than half the headlines, so its raw idf is negative.
    docs = korean_docs + [["lg", "고객"]] * len(korean_docs)
    reference = BM25Okapi(docs)
    postings, vocab = postings_for(docs, BM25Params(1.5, 0.75, 0.25))
    assert reference.idf["lg"] == pytest.approx(0.25 * reference.average_idf)
    assert postings.idf[vocab["lg"]] == pytest.approx(reference.idf["lg"], abs=1e-12)


def test_tiny_corpus_still_ranks_the_matching_passage():
    # Two documents: rank-bm25 gives every term idf <= 0 and cannot rank; Lucene's idf can.
    docs = [["구광모", "회장", "워크숍"], ["lg", "전자", "실적"]]
    postings, vocab = postings_for(docs, BM25Params())
    scores = score(postings, [vocab["워크숍"]])
    assert list(top_documents(scores, 2)) == [0]


def test_top_documents_orders_best_first_and_drops_zeros():
    scores = np.array([0.0, 2.0, 5.0, 2.0, 0.0, 1.0])
    assert top_documents(scores, 3).tolist() == [2, 1, 3]
    assert top_documents(scores, 10).tolist() == [2, 1, 3, 5]


def test_pruned_top_n_ranks_exactly_like_full_scoring(korean_docs, analyzer):
    """MaxScore pruning must never change the answer: same documents, same order, same scores
    as scoring every document, for many questions and thresholds."""
    import random

    from retrieval.bm25 import _dense_top, top_n

    rng = random.Random(5)
    docs = korean_docs * 3 + [rng.sample(d, len(d)) + rng.choice(korean_docs) for d in korean_docs * 20]
    postings, vocab = postings_for(docs, BM25Params())
    words = sorted(vocab)
    checked = 0
    for _ in range(300):
        query = [vocab[w] for w in rng.sample(words, rng.randint(1, 8))]
        query += query[: rng.randint(0, 2)]  # repeated words count twice
        total = float(sum(postings.idf[t] for t in query))
        for share in (0.1, 0.3, 0.5):
            for n in (1, 5, 20):
                got_docs, got_scores = top_n(postings, query, n, floor=share * total)
                want_docs, want_scores = _dense_top(postings, query, n, floor=share * total)
                np.testing.assert_allclose(got_scores, want_scores, rtol=0, atol=1e-9)
                # Summation order may differ in the last bit; among equal scores (duplicated
                # documents) the lower id comes first either way.
                key = lambda ds: sorted(zip(np.round(-ds[1], 9).tolist(), ds[0].tolist()))  # noqa: E731
                assert key((got_docs, got_scores)) == key((want_docs, want_scores))
                checked += len(want_docs) > 0
    assert checked > 500


def test_zero_and_negative_weights_neither_overrun_the_kernel_nor_change_the_ranking():
    """rank-bm25's idf is 0 for a word in exactly half the passages and negative (then floored)
    for a more common one. The kernel once took a score of 0 for "not yet touched", listed the
    same passage twice and wrote past its buffer: in compiled code, into the bot's memory."""
    from retrieval.bm25 import _dense_top, _scratch, top_n
    from retrieval.kernels import maxscore

    words = ["사과", "바나나", "포도", "수박", "딸기", "참외", "자두", "복숭아"]
    docs = []
    for i in range(40):
        doc = [words[2 + i % 6], words[2 + (i * 3) % 6]]
        if i < 20:
            doc.append("사과")  # 20 of 40: idf exactly 0
        if i >= 15:
            doc.append("바나나")  # 25 of 40: idf below 0, floored at epsilon x the mean
        docs.append(doc)
    postings, vocab = postings_for(docs, BM25Params())
    assert postings.idf[vocab["사과"]] == 0 and postings.idf[vocab["바나나"]] > 0  # floored
    for query in (["사과", "바나나"], ["사과", "포도"], ["사과", "바나나", "수박"], ["바나나", "바나나", "사과"]):
        ids = [vocab[w] for w in query]
        for floor in (1e-6, 0.05, 0.2):
            want_docs, want_scores = _dense_top(postings, ids, 10, floor)
            got_docs, got_scores = top_n(postings, ids, 10, floor=floor)
            np.testing.assert_allclose(got_scores, want_scores, atol=1e-9)
            assert sorted(got_docs.tolist()) == sorted(want_docs.tolist())
            # The same kernel uncompiled, where an index past a buffer raises.
            terms = np.array(sorted(set(ids)), dtype=np.int64)
            mult = np.array([ids.count(t) for t in terms.tolist()], dtype=np.float64)
            acc, touched, seen = _scratch(postings.n_docs)
            maxscore.py_func(postings.indptr, postings.docs, postings.weights, postings.max_weight,
                             terms, mult, acc, touched, seen, 10, floor)
            assert not acc.any() and not seen.any()  # scratch left as found, for the next question


WORDS = ["사과", "바나나", "포도", "수박", "딸기", "참외"]


@settings(max_examples=200, deadline=None)
@given(docs=st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6), min_size=32, max_size=60),
       query=st.lists(st.sampled_from(WORDS), min_size=1, max_size=5), share=st.sampled_from([0.01, 0.1, 0.3, 0.6]),
       n=st.integers(1, 12))
def test_the_pruned_kernel_ranks_like_full_scoring_whatever_the_idfs(docs, query, share, n):
    """Few words over 32+ passages: many words sit in half the passages or more, so idfs of 0,
    negative ones and the epsilon floor are common. The production path (a floor, so the
    compiled MaxScore kernel) against scoring every passage."""
    from retrieval.bm25 import _dense_top, top_n

    postings, vocab = postings_for(docs, BM25Params())
    ids = [vocab[w] for w in query if w in vocab]
    if not ids:
        return
    floor = max(share * float(sum(postings.idf[t] for t in ids)), 1e-6)
    got_docs, got_scores = top_n(postings, ids, n, floor=floor)
    want_docs, want_scores = _dense_top(postings, ids, n, floor=floor)
    np.testing.assert_allclose(got_scores, want_scores, atol=1e-9)
    # The same passages, except among those tied with the last one kept: sums taken in another
    # order differ in the last bit, and which of two equal passages makes the cut follows it.
    if len(want_scores):
        cut = want_scores[-1] + 1e-9
        assert set(got_docs[got_scores > cut].tolist()) == set(want_docs[want_scores > cut].tolist())
