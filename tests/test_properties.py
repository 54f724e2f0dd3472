"""Property tests: arbitrary Unicode through the answer path and the renderer never raises and
always yields valid Telegram HTML within 4096 characters."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.render import answer_html, escape, result_html
from retrieval.models import Article, Excerpt, Result

from .telegram_html import parse, utf16_len

# Everything Python strings hold except lone surrogates (which no Telegram update can carry;
# their UTF-8 byte equivalents are covered by the decoder tests), weighted towards the awkward.
AWKWARD = st.sampled_from(list("<>&\"'\u200b\u200d\u202e\u2066\ufeff\x00\x07\x1b\n\t") + ["👨‍👩‍👧", "🏳️‍🌈", "e\u0301", "**", "__", "`", "[x](y)", "</b>", "<b>", "&amp;", "&#0;"])
TEXT = st.lists(st.one_of(st.text(st.characters(blacklist_categories=("Cs",))), AWKWARD), max_size=30).map("".join)


@st.composite
def results(draw):
    out = []
    for rank in range(1, draw(st.integers(1, 6)) + 1):
        text = draw(TEXT)
        spans, pos = [], 0
        for _ in range(draw(st.integers(0, 4))):
            if pos >= len(text):
                break
            start = draw(st.integers(pos, len(text)))
            end = draw(st.integers(start, len(text)))
            if end > start:
                spans.append((start, end))
            pos = end
        url = draw(st.one_of(st.none(), st.sampled_from(["https://n.example/a?b=1&c=<2>", "javascript:alert(1)",
                                                          "http://x.example/\"onmouseover=1", "ftp://x"])))
        article = Article(id="a", title=draw(TEXT), body="", path="p", url=url, press=draw(st.one_of(st.none(), TEXT)),
                          published=draw(st.one_of(st.none(), TEXT)))
        out.append(Result(rank, 1.0, Excerpt(text, tuple(spans)), text, article))
    return tuple(out)


@settings(max_examples=300, deadline=None)
@given(results(), TEXT)
def test_rendered_answers_are_valid_telegram_html(rs, header):
    html, shown = answer_html(rs, escape(header[:500]))
    visible = parse(html)
    assert 1 <= shown <= len(rs)
    assert utf16_len(html) <= 4096 and utf16_len(visible) <= 4096
    # Only http(s) URLs become links, and no URL can break out of its attribute.
    assert 'href="javascript' not in html and 'href="ftp' not in html and "onmouseover" not in html


@settings(max_examples=100, deadline=None)
@given(results())
def test_inline_results_are_valid_telegram_html(rs):
    for r in rs:
        parse(result_html(r))


@pytest.fixture(scope="module")
def retriever(tmp_path_factory, analyzer):
    import shutil

    from retrieval import Retriever

    from .conftest import SAMPLE_CORPUS

    d = tmp_path_factory.mktemp("prop")
    shutil.copytree(SAMPLE_CORPUS, d / "corpus")
    r = Retriever(d / "corpus", d / "index", analyzer, min_coverage=0.0)
    r.open()
    return r


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(TEXT, TEXT.map(lambda t: "구광모 회장 " + t), st.just("가" * 100_000), st.just("<b>" * 20_000)))
def test_any_question_gets_results_or_a_reason(retriever, question):
    answer = retriever.search(question)
    assert answer.results or answer.reason
    if answer.results:
        html, _ = answer_html(answer.results)
        parse(html)
        assert utf16_len(html) <= 4096
    for r in answer.results:
        for s, e in r.excerpt.highlights:
            assert 0 <= s < e <= len(r.excerpt.text)
