"""The xapian backend: each index generation also carries its passages as Xapian shards, which
questions are scored against from disk, answered as the embedded index answers them.

Real Xapian (the `scale` extra), real Kiwi, real files; the embedded index is the reference.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from bot.handlers.questions import no_answer_text
from retrieval import Retriever
from retrieval.evaluation import load_jsonl
from retrieval.shard_snapshot import ShardsUnusable
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
    assert sharded.snapshot.postings.docs.size == 0  # scored from the shards: postings not loaded


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


def test_a_rebuild_updates_the_previous_shards_with_only_what_changed(news_corpus, analyzer, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(news_corpus, corpus)
    r = Retriever(corpus, tmp_path / "index", analyzer, today=lambda: TODAY, backend="xapian", shards=2)
    first = r.open()
    assert first.shard_passages_written == first.passages and not first.shards_updated

    shutil.copy(DATA / "series" / "chips-2024-03.txt", corpus)
    added = r.reload()
    assert added.shards_updated and added.shard_passages_written == 1  # the new article's one passage
    answer = r.search("3월 반도체 수출 얼마였어?")
    assert answer.results and "98억 달러" in answer.results[0].excerpt.text

    (corpus / "drone.md").unlink()
    removed = r.reload()
    assert removed.shards_updated and removed.shard_passages_written == 0
    assert r.search("산악구조 드론 무게 얼마야?").results == ()

    # The updated shards answer as shards written whole from the same files do.
    whole = Retriever(corpus, tmp_path / "whole", analyzer, today=lambda: TODAY, backend="xapian", shards=2)
    whole.open()
    for question in QUESTIONS + ["3월 반도체 수출 얼마였어?"]:
        assert seen(r.search(question, k=3)) == seen(whole.search(question, k=3)), question


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


def run_cli(*args, cwd, env=None):
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=cwd, capture_output=True, text=True, timeout=180,
                          env={**os.environ, **(env or {})})


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
    for remote in ("127.0.0.1:7000", "tcp://127.0.0.1:7000"):  # no scheme; one address for 2 shards
        bad = run_cli("ask", *common, "--shards", "2", "아무 질문", cwd=tmp_path, env={"XAPIAN_REMOTE": remote})
        assert bad.returncode == 2 and "XAPIAN_REMOTE" in bad.stderr and "Traceback" not in bad.stderr


# --- shards served over TCP (xapian-tcpsrv, from Debian's xapian-tools) ---------------------

class ShardServer:
    """`newsqa shard-server` on a free port of 127.0.0.1, stopped, paused and started by the test.
    xapian-tcpsrv serves each connection from a child process: the whole process group goes
    down (or stalls), as it does when the shard's machine does."""

    def __init__(self, path: Path, cwd: Path):
        self.path, self.cwd = path, cwd
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None
        self.start()

    def start(self) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "bot", "shard-server", str(self.path), "--port", str(self.port)],
                                     cwd=self.cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                     start_new_session=True)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            assert self.proc.poll() is None, self.proc.stderr.read().decode()
            time.sleep(0.1)
        raise AssertionError(f"shard server on {self.port} did not start")

    def stop(self) -> None:
        if self.proc is not None:
            for sig in (signal.SIGCONT, signal.SIGKILL):
                try:
                    os.killpg(self.proc.pid, sig)
                except ProcessLookupError:
                    pass
            self.proc.wait(10)

    def pause(self) -> None:
        os.killpg(self.proc.pid, signal.SIGSTOP)

    def resume(self) -> None:
        os.killpg(self.proc.pid, signal.SIGCONT)


needs_server = pytest.mark.skipif(shutil.which("xapian-tcpsrv") is None,
                                  reason="xapian-tcpsrv missing (scripts/test installs Debian's xapian-tools)")


@pytest.fixture
def served(news_corpus, analyzer, tmp_path):
    """An index with 2 shards, each served by its own shard server from the index's
    live-shard-<i> stub, which each build points at its own shards."""
    local = Retriever(news_corpus, tmp_path / "index", analyzer, today=lambda: TODAY, backend="xapian", shards=2)
    local.open()
    servers = [ShardServer(tmp_path / "index" / f"live-shard-{i}", tmp_path) for i in range(2)]
    yield tmp_path / "index", servers
    for s in servers:
        s.stop()


def remote_retriever(corpus, index, analyzer, servers) -> Retriever:
    r = Retriever(corpus, index, analyzer, today=lambda: TODAY, backend="xapian", shards=2,
                  remote=tuple(s.address for s in servers))
    r.open()
    return r


QUESTIONS = [item.question for item in load_jsonl(DATA / "news-questions.jsonl")]


@needs_server
def test_served_shards_answer_as_the_embedded_index_does_with_no_index_files_here(served, news_corpus, analyzer,
                                                                                   tmp_path):
    _, servers = served
    # The asking machine has neither the corpus nor an index: all a reply shows comes from the shards.
    elsewhere = tmp_path / "asking-machine"
    remote = remote_retriever(elsewhere / "corpus", elsewhere / "index", analyzer, servers)
    embedded = Retriever(news_corpus, tmp_path / "embedded", analyzer, today=lambda: TODAY)
    embedded.open()
    answered = 0
    for question in QUESTIONS + UNANSWERABLE:
        expected = embedded.search(question, k=3)
        got = remote.search(question, k=3)
        assert seen(got) == seen(expected), question
        assert [(r.article.title, r.article.url, r.article.press, r.article.published) for r in got.results] == \
            [(r.article.title, r.article.url, r.article.press, r.article.published) for r in expected.results]
        answered += bool(expected.results)
    assert answered >= 8
    assert remote.info().articles == embedded.info().articles
    # The command line likewise: ask, and eval of news questions, from the served shards alone.
    common = ["--backend", "xapian", "--shards", "2", "--corpus", str(elsewhere / "corpus")]
    env = {"XAPIAN_REMOTE": ",".join(s.address for s in servers), "INDEX_DIR": str(elsewhere / "index")}
    asked = run_cli("ask", *common, "--json", "서울 지하철 기본요금 얼마로 올랐어?", cwd=tmp_path, env=env)
    assert asked.returncode == 0, asked.stderr
    assert "1250원" in json.loads(asked.stdout)[0]["excerpt"]
    qa = ["--qa", str(DATA / "news-questions.jsonl"), "--json"]
    evaluated = run_cli("eval", *common, *qa, cwd=tmp_path, env=env)
    assert evaluated.returncode == 0, evaluated.stderr
    here = json.loads(evaluated.stdout)["overall"]
    reference = json.loads(run_cli("eval", "--corpus", str(news_corpus), *qa, cwd=tmp_path).stdout)["overall"]
    assert here["hit_at_1"] == reference["hit_at_1"] > 0.5 and here["excerpt_at_1"] == reference["excerpt_at_1"]
    assert not elsewhere.exists()


@needs_server
def test_a_rebuild_is_served_and_followed_by_every_asker(served, news_corpus, analyzer, tmp_path, monkeypatch, caplog):
    caplog.set_level(logging.INFO, logger="retrieval.retriever")
    monkeypatch.setattr("retrieval.retriever.REMOTE_FOLLOW_EVERY", 0.2)
    index, servers = served
    question = "3월 반도체 수출 얼마였어?"
    addition = DATA / "series" / "chips-2024-03.txt"
    # Two askers: the bot that holds the corpus and rebuilds (/reload), and one with nothing local.
    builder = remote_retriever(news_corpus, index, analyzer, servers)
    asker = remote_retriever(tmp_path / "none", tmp_path / "none-index", analyzer, servers)
    before = builder.snapshot.path.name
    assert not asker.search(question).results
    shutil.copy(addition, news_corpus)
    try:
        builder.reload()
    finally:
        (news_corpus / addition.name).unlink()
    after = current_generation(index).name
    assert after != before and builder.snapshot.path.name == after
    assert "still serve" not in caplog.text
    first = builder.info().articles
    deadline = time.monotonic() + 10
    # The following thread logs the switch just after making it: wait for both.
    while not (asker.snapshot.path.name == after and f"switched to index {after}" in caplog.text) \
            and time.monotonic() < deadline:
        asker.search(question)
        time.sleep(0.1)
    assert asker.snapshot.path.name == after and asker.info().articles == first
    assert f"switched to index {after}" in caplog.text
    answer = asker.search(question)
    assert answer.results and "98억 달러" in answer.results[0].excerpt.text
    assert seen(answer) == seen(builder.search(question))


@needs_server
def test_a_shard_down_or_stalled_answers_from_the_others_then_all_again(served, news_corpus, analyzer, caplog):
    caplog.set_level(logging.INFO, logger="retrieval.shards")
    index, servers = served
    remote = remote_retriever(news_corpus, index, analyzer, servers)
    everything = {q: seen(remote.search(q, k=3)) for q in QUESTIONS}

    servers[1].stop()
    started = time.monotonic()
    partial = [remote.search(q, k=3) for q in QUESTIONS]
    assert time.monotonic() - started < 30  # no hang: a refused connection fails at once
    assert any(a.results for a in partial)
    assert servers[1].address in caplog.text and "answered from the other 1" in caplog.text

    servers[0].pause()  # the last one stalls: no reply within the timeout, then nothing to answer from
    started = time.monotonic()
    nothing = remote.search(QUESTIONS[0], k=3)
    assert time.monotonic() - started < 15
    assert nothing.results == () and nothing.reason_code == "unavailable"
    assert "검색 서버에 잠시 연결할 수 없어요" in no_answer_text(nothing, "ko")

    servers[0].resume()
    servers[1].start()
    time.sleep(5.5)  # the whole set is tried again every 5 s
    assert {q: seen(remote.search(q, k=3)) for q in QUESTIONS} == everything
    assert "all 2 shards answer again" in caplog.text


@needs_server
def test_the_bot_answers_from_served_shards_and_reload_switches_them(served, news_corpus, tmp_path):
    from .botapi import FakeBotAPI
    from .bot_process import TOKEN, BotProcess, admin_reload
    from .test_bot import ask

    index, servers = served
    corpus = tmp_path / "bot-corpus"
    shutil.copytree(news_corpus, corpus)
    api = FakeBotAPI(TOKEN).start()
    bot = BotProcess(api, corpus, tmp_path, INDEX_DIR=index, SEARCH_BACKEND="xapian", INDEX_SHARDS=2,
                     XAPIAN_REMOTE=",".join(s.address for s in servers)).start()
    try:
        assert "1250원" in ask(api, 1001, "서울 지하철 기본요금 얼마로 올랐어?")["text"]
        shutil.copy(DATA / "series" / "chips-2024-03.txt", corpus)
        assert "1 added" in admin_reload(api, until="완료")
        assert "98억 달러" in ask(api, 1002, "3월 반도체 수출 얼마였어?")["text"]
    finally:
        code = bot.stop()
        api.stop()
    assert code == 0, bot.log()
    assert "Traceback" not in bot.log() and "still serve" not in bot.log()


@needs_server
def test_servers_pinned_to_an_old_build_keep_answering_from_it_and_say_so(news_corpus, analyzer, tmp_path, caplog):
    index = tmp_path / "index"
    Retriever(news_corpus, index, analyzer, backend="xapian", shards=2).open()
    old = current_generation(index)
    servers = [ShardServer(old / f"shard-{i}", tmp_path) for i in range(2)]  # a build's own folders
    try:
        corpus = tmp_path / "grown"
        shutil.copytree(news_corpus, corpus)
        shutil.copy(DATA / "series" / sorted(os.listdir(DATA / "series"))[0], corpus)
        grown = remote_retriever(corpus, index, analyzer, servers)
        expected = seen(grown.search(QUESTIONS[0], k=3))
        grown.reload()
        assert current_generation(index) != old
        # Still the old build, whole and consistent: its own passages with its own ids.
        assert grown.snapshot.path.name == old.name and seen(grown.search(QUESTIONS[0], k=3)) == expected
        assert f"the shard servers still serve {old.name}" in caplog.text and "live-shard-" in caplog.text
    finally:
        for s in servers:
            s.stop()


@needs_server
def test_shards_of_two_builds_or_too_few_are_refused(news_corpus, analyzer, tmp_path):
    index = tmp_path / "index"
    Retriever(news_corpus, index, analyzer, backend="xapian", shards=2).open()
    old = current_generation(index)
    Retriever(news_corpus, index, analyzer, backend="xapian", shards=2).reload()
    new = current_generation(index)
    servers = [ShardServer(old / "shard-0", tmp_path), ShardServer(new / "shard-1", tmp_path)]
    try:
        with pytest.raises(ShardsUnusable, match="different builds"):
            remote_retriever(news_corpus, tmp_path / "x", analyzer, servers)
        with pytest.raises(ValueError, match="1 remote shard"):
            remote_retriever(news_corpus, tmp_path / "x", analyzer, servers[:1])
    finally:
        for s in servers:
            s.stop()


@needs_server
def test_shard_server_refuses_a_folder_that_is_not_a_shard(tmp_path):
    out = run_cli("shard-server", str(tmp_path), "--port", "38999", cwd=tmp_path)
    assert out.returncode == 2 and "not a Xapian shard" in out.stderr
