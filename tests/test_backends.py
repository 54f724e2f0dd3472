"""The xapian backend: each index generation also carries its passages as Xapian shards, which
questions are scored against from disk, answered as the embedded index answers them.

Real Xapian (the `scale` extra), real Kiwi, real files; the embedded index is the reference.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from retrieval import Retriever
from retrieval.evaluation import load_jsonl
from retrieval.store import current_generation, read_manifest

from .conftest import SAMPLE_CORPUS

DATA = Path(__file__).parent / "data"
TODAY = date(2026, 11, 28)
# Questions the test articles cannot answer: both backends must refuse them alike.
UNANSWERABLE = ["내일 서울 날씨 어때?", "소백아이 망원경 무게 얼마야?", "코브라2 드론 한 번 충전으로 몇 분 날아?"]


@pytest.fixture(scope="module")
def news_corpus(tmp_path_factory) -> Path:
    corpus = tmp_path_factory.mktemp("backends") / "corpus"
    shutil.copytree(DATA / "news", corpus)
    for f in SAMPLE_CORPUS.iterdir():
        shutil.copy(f, corpus)
    return corpus


def seen(answer):
    """What a reader of the reply sees: the quotes, their articles and marked answers, or why not."""
    return [(r.article.id, r.excerpt.text, r.answer) for r in answer.results] or answer.reason_code


def test_xapian_shards_answer_every_question_as_the_embedded_index_does(news_corpus, analyzer, tmp_path):
    embedded = Retriever(news_corpus, tmp_path / "embedded", analyzer, today=lambda: TODAY)
    embedded.open()
    sharded = Retriever(news_corpus, tmp_path / "xapian", analyzer, today=lambda: TODAY, backend="xapian", shards=3)
    sharded.open()
    questions = [item.question for item in load_jsonl(DATA / "news-questions.jsonl")] + UNANSWERABLE
    answered = 0
    for question in questions:
        expected = embedded.search(question, k=3)
        assert seen(sharded.search(question, k=3)) == seen(expected), question
        answered += bool(expected.results)
    assert answered >= 8  # the comparison is about answers, not about two empty replies


def test_shards_come_with_each_generation_before_it_is_current(analyzer, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(DATA / "news" / "subway.jsonl", corpus)
    r = Retriever(corpus, tmp_path / "index", analyzer, today=lambda: TODAY, backend="xapian", shards=2)
    r.open()
    first = current_generation(tmp_path / "index")
    assert read_manifest(first).shards == 2
    assert (first / "shard-0").is_dir() and (first / "shard-1").is_dir()
    assert r.search("산악구조 드론 무게 얼마야?").reason_code == "words_missing"

    shutil.copy(DATA / "news" / "drone.md", corpus)
    r.reload()
    second = current_generation(tmp_path / "index")
    assert second != first and read_manifest(second).shards == 2 and (second / "shard-1").is_dir()
    answer = r.search("산악구조 드론 무게 얼마야?")
    assert answer.results and answer.results[0].article.path == "drone.md"


def test_an_index_without_shards_is_rebuilt_once_for_the_xapian_backend(news_corpus, analyzer, tmp_path):
    Retriever(news_corpus, tmp_path / "index", analyzer).open()
    plain = current_generation(tmp_path / "index")
    assert read_manifest(plain).shards == 0 and not (plain / "shard-0").exists()

    Retriever(news_corpus, tmp_path / "index", analyzer, backend="xapian", shards=2).open()
    sharded = current_generation(tmp_path / "index")
    assert sharded != plain and read_manifest(sharded).shards == 2
    # The embedded backend reads that generation as it is, shards and all.
    Retriever(news_corpus, tmp_path / "index", analyzer).open()
    assert current_generation(tmp_path / "index") == sharded


def run_cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=cwd, capture_output=True, text=True, timeout=180)


def test_cli_builds_shards_says_where_and_answers_from_them(news_corpus, tmp_path):
    common = ["--corpus", str(news_corpus), "--index", str(tmp_path / "index"), "--backend", "xapian"]
    built = run_cli("index", *common, "--shards", "2", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    gen = current_generation(tmp_path / "index")
    assert f"{gen.name}/shard-0" in built.stdout and f"{gen.name}/shard-1" in built.stdout

    asked = run_cli("ask", *common, "--shards", "2", "--json", "서울 지하철 기본요금 얼마로 올랐어?", cwd=tmp_path)
    assert asked.returncode == 0, asked.stderr
    assert "1250원" in json.loads(asked.stdout)[0]["excerpt"]
    assert current_generation(tmp_path / "index") == gen  # the shards were used, not rebuilt

    bad = run_cli("ask", *common, "--shards", "0", "아무 질문", cwd=tmp_path)
    assert bad.returncode == 2 and "INDEX_SHARDS" in bad.stderr and "Traceback" not in bad.stderr
