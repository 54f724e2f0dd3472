"""Our eager postings score exactly what rank-bm25's BM25Okapi scores, on real Kiwi tokens."""

from __future__ import annotations

import numpy as np
import pytest
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
    docs = [[t.term for t in s.tokens] for s in sentences]
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
