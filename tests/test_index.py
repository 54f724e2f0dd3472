"""The index on disk: incremental rebuilds, atomic generations, damage detected, hot reload."""

from __future__ import annotations

import gc
import json
import logging
import os
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from retrieval import IndexBusy, Retriever, build_index
from retrieval.indexer import BuildLock
from retrieval.store import current_generation, load_current

from .conftest import write

ARTICLES = {
    "chip.txt": "---\ntitle: 삼성전자, 3나노 모바일 칩 공개\nurl: https://news.example.com/chip\n---\n"
                "삼성전자가 3나노 공정으로 만든 모바일 칩을 처음 공개했다.\n회사는 내년 상반기 양산을 목표로 한다고 밝혔다.",
    "rate.txt": "---\ntitle: 한국은행, 기준금리 동결\n---\n한국은행 금융통화위원회가 기준금리를 연 3.5%로 동결했다.\n"
                "물가 상승세가 둔화했지만 가계부채 증가를 우려했다.",
    "ai.txt": "---\ntitle: 카카오, 한국어 인공지능 모델 발표\n---\n카카오가 한국어에 특화한 대규모 인공지능 모델을 발표했다.\n"
              "이 모델은 뉴스 요약과 번역에 쓰인다.",
}


@pytest.fixture
def news(corpus):
    for name, text in ARTICLES.items():
        write(corpus, name, text)
    return corpus


def test_rebuild_tokenizes_only_what_changed(news, tmp_path, analyzer):
    index = tmp_path / "index"
    first = build_index(news, index, analyzer)
    assert (first.articles, len(first.added), first.paragraphs_reused) == (3, 3, 0)
    assert first.paragraphs_tokenized == 9  # 6 body lines + 3 titles

    again = build_index(news, index, analyzer)
    assert again.paragraphs_tokenized == 0 and again.added == again.changed == []
    assert again.passages_reused == again.passages

    write(news, "rate.txt", ARTICLES["rate.txt"] + "\n금통위는 다음 달 회의에서 인하를 논의한다.")
    changed = build_index(news, index, analyzer)
    assert changed.changed == ["rate.txt"]
    assert changed.paragraphs_tokenized == 1  # only the new line; the rest comes from the cache


def test_new_clean_up_rules_reread_every_file_without_tokenizing_again(news, tmp_path, analyzer, monkeypatch):
    index = tmp_path / "index"
    build_index(news, index, analyzer)
    # An upgrade whose rules for what is article text differ (captions, bylines).
    monkeypatch.setattr("retrieval.indexer.CLEANUP_VERSION", -1)
    upgraded = build_index(news, index, analyzer)
    assert upgraded.rebuilt_from_scratch == "article clean-up changed"
    assert upgraded.articles == 3 and upgraded.paragraphs_tokenized == 0  # the analysis cache serves
    assert build_index(news, index, analyzer).rebuilt_from_scratch is None
    # A bot restarted after such an upgrade re-reads its articles on opening the index.
    monkeypatch.setattr("retrieval.retriever.CLEANUP_VERSION", -2)
    monkeypatch.setattr("retrieval.indexer.CLEANUP_VERSION", -2)
    reopened = Retriever(news, index, analyzer).open()
    assert reopened is not None and reopened.rebuilt_from_scratch == "article clean-up changed"


def test_removed_file_disappears_from_results(news, make_retriever):
    r = make_retriever(news)
    assert r.search("기준금리 동결").results[0].article.title == "한국은행, 기준금리 동결"
    (news / "rate.txt").unlink()
    report = r.reload()
    assert report.removed == ["rate.txt"]
    assert all(res.article.title != "한국은행, 기준금리 동결" for res in r.search("기준금리 동결").results)


def test_duplicates_are_indexed_once_and_come_back_when_the_first_copy_goes(news, make_retriever):
    write(news, "zz-copy.txt", ARTICLES["chip.txt"].replace("chip\n", "chip\n"))
    write(news, "zz-same-text.json", json.dumps({"title": "다른 제목", "body": "삼성전자가 3나노 공정으로 만든 모바일 칩을 처음 공개했다.\n회사는 내년 상반기 양산을 목표로 한다고 밝혔다."}, ensure_ascii=False))
    r = make_retriever(news)
    assert r.info().articles == 3
    (news / "chip.txt").unlink()
    r.reload()
    assert r.info().articles == 3
    assert r.search("3나노 칩").results


def test_opening_brings_the_index_up_to_date_and_an_unchanged_corpus_writes_nothing(news, tmp_path, analyzer):
    index = tmp_path / "index"
    build_index(news, index, analyzer)
    built = current_generation(index)
    # Nothing changed: the index is loaded as it is, no generation written, no file read.
    assert Retriever(news, index, analyzer).open(refresh=True) is None and current_generation(index) == built
    # An article put in the folder while the bot was down is found on the next start.
    write(news, "port.txt", "---\ntitle: 부산항 물동량 역대 최대\n---\n부산항의 올해 컨테이너 물동량이 2400만개로 역대 최대를 기록했다.")
    r = Retriever(news, index, analyzer)
    report = r.open(refresh=True)
    assert report is not None and report.added == ["port.txt"] and report.paragraphs_tokenized == 2
    assert "2400만개" in r.search("부산항 컨테이너 물동량 얼마야?").results[0].excerpt.text
    # Without refresh (what a reload under load does not need), the index is taken as found.
    (news / "port.txt").unlink()
    assert Retriever(news, index, analyzer).open() is None


def test_a_running_retriever_switches_to_an_index_another_process_built(news, tmp_path, analyzer, caplog):
    index = tmp_path / "index"
    r = Retriever(news, index, analyzer)
    r.open()
    write(news, "port.txt", "---\ntitle: 부산항 물동량 역대 최대\n---\n부산항의 올해 컨테이너 물동량이 2400만개로 역대 최대를 기록했다.")
    out = subprocess.run([sys.executable, "-m", "bot", "index", "--corpus", str(news), "--index", str(index)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    deadline = time.monotonic() + 20
    with caplog.at_level(logging.INFO, logger="retrieval.retriever"):
        # Each search looks at CURRENT (once a second) and loads it aside; the loading thread logs
        # the switch just after making it, so a search can see the new index before the line is out.
        while not (r.search("부산항 컨테이너 물동량 얼마야?").results and "made current by another process" in caplog.text) \
                and time.monotonic() < deadline:
            time.sleep(0.2)
    assert "2400만개" in r.search("부산항 컨테이너 물동량 얼마야?").results[0].excerpt.text
    assert r.info().articles == 4 and "made current by another process" in caplog.text


def test_prune_leaves_a_generation_a_reader_still_holds(news, tmp_path, analyzer):
    index = tmp_path / "index"
    build_index(news, index, analyzer)
    held = load_current(index)  # a bot process still answering from the first generation
    for n in range(3):
        write(news, f"extra{n}.txt", f"---\ntitle: 추가 기사 {n}\n---\n추가 기사 {n}번의 본문이다.")
        build_index(news, index, analyzer)  # each build prunes all but the newest two
    assert held.path.is_dir()
    assert held.passages([0])[0].text  # still readable, by a new connection as well
    del held
    gc.collect()  # the snapshot gone, its lease goes with it
    build_index(news, index, analyzer)
    assert len([g for g in index.glob("gen-*") if g.is_dir()]) == 2


def test_words_of_removed_articles_leave_the_vocabulary(news, tmp_path, analyzer):
    index = tmp_path / "index"
    write(news, "eel.txt", "---\ntitle: 뱀장어 양식 성공\n---\n국립수산과학원이 뱀장어 완전양식에 성공했다.")
    build_index(news, index, analyzer)
    assert "뱀장어" in load_current(index).vocab
    (news / "eel.txt").unlink()
    report = build_index(news, index, analyzer)
    vocab = load_current(index).vocab
    assert report.terms_dropped >= 3 and "뱀장어" not in vocab and "금리" in vocab
    # Words come back with new ids (an id is never given to two words), and are found.
    write(news, "eel.txt", "---\ntitle: 뱀장어 양식 성공\n---\n국립수산과학원이 뱀장어 완전양식에 성공했다.")
    r = Retriever(news, index, analyzer)
    r.open(refresh=True)
    assert r.search("뱀장어 양식 누가 성공했어?").results[0].article.title == "뱀장어 양식 성공"
    assert len(set(r.snapshot.vocab.values())) == len(r.snapshot.vocab)


def test_the_analysis_cache_keeps_a_bounded_number_of_entries(news, tmp_path, analyzer, monkeypatch):
    monkeypatch.setattr("retrieval.indexer.CACHE_MIN_SLACK", 6)
    index = tmp_path / "index"
    entries = []
    for i in range(10):  # each round a new article, the one before it gone: 3 new entries a round
        write(news, f"churn{i}.txt", f"---\ntitle: 증시 동향 {i}\n---\n코스피가 {i}일째 올랐다.\n거래대금은 {i + 10}조원이었다.")
        (news / f"churn{i - 1}.txt").unlink(missing_ok=True)
        build_index(news, index, analyzer)
        db = sqlite3.connect(index / "cache.sqlite")
        entries.append(db.execute("SELECT count(*) FROM analyses").fetchone()[0])
        db.close()
    # 4 articles of 3 entries: the bound is 12 + 6, reached after a few rounds and held there.
    assert entries[-1] == entries[-4] == 18 and max(entries) == 18
    # What the index holds is still served from the cache: a re-read tokenizes nothing.
    monkeypatch.setattr("retrieval.indexer.CLEANUP_VERSION", -1)
    assert build_index(news, index, analyzer).paragraphs_tokenized == 0


def test_crash_mid_build_keeps_previous_index(news, tmp_path, analyzer):
    index = tmp_path / "index"
    build_index(news, index, analyzer)
    live = current_generation(index)
    write(news, "new.txt", "---\ntitle: 새 기사\n---\n네이버가 새 검색 서비스를 시작했다.")

    def crash(stage, done, total):
        if stage == "tokenizing":
            raise RuntimeError("killed")

    with pytest.raises(RuntimeError):
        build_index(news, index, analyzer, progress=crash)
    assert current_generation(index) == live
    assert not list(index.glob("gen-*.tmp"))
    r = Retriever(news, index, analyzer)
    assert r.open() is None  # loaded as it was, not rebuilt
    assert r.info().articles == 3
    assert r.search("네이버 검색 서비스").results == ()


def test_corrupt_index_is_detected_and_rebuilt(news, tmp_path, analyzer, caplog):
    index = tmp_path / "index"
    build_index(news, index, analyzer)
    postings = current_generation(index) / "postings.npz"
    data = bytearray(postings.read_bytes())
    data[len(data) // 2] ^= 0xFF
    postings.write_bytes(bytes(data))
    r = Retriever(news, index, analyzer)
    with caplog.at_level("WARNING"):
        report = r.open()
    assert report is not None and "checksum" in caplog.text
    assert r.search("기준금리").results


def test_second_builder_is_told_the_index_is_busy(news, tmp_path, analyzer):
    index = tmp_path / "index"
    with BuildLock(index):
        with pytest.raises(IndexBusy):
            build_index(news, index, analyzer)


def test_searches_continue_during_reloads(news, make_retriever):
    r = make_retriever(news)
    errors, empty = [], []
    stop = threading.Event()

    def ask():
        while not stop.is_set():
            try:
                if not r.search("한국어 인공지능 모델").results:
                    empty.append(1)
            except Exception as e:  # noqa: BLE001 - any error fails the test below
                errors.append(e)

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for t in threads:
        t.start()
    try:
        for i in range(5):
            write(news, f"extra{i}.txt", f"---\ntitle: 추가 기사 {i}\n---\n국내 증시가 {i}일 연속 올랐다.")
            r.reload()
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert errors == [] and empty == []
    assert r.info().articles == 8
    assert len([p for p in r.index_dir.glob("gen-*")]) <= 2
