"""Faults and hostile input: kills mid-build, damaged indexes, reloads under load, hostile files."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time

import pytest

from bot.render import answer_html
from retrieval import Retriever, build_index
from retrieval.store import current_generation, load_current

from .conftest import SAMPLE_CORPUS, SCI_NEWS, TEST_NEWS, write
from .telegram_html import parse, utf16_len


def news_corpus(tmp_path, bulk: int = 0):
    """The sample, the tests' own articles, the sci-news ones when ../shared is there, and bulk
    generated reports (each different, so each is tokenized: work for a build to be killed in)."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    shutil.copytree(TEST_NEWS, corpus / "news")
    if SCI_NEWS.is_dir():
        for f in sorted(SCI_NEWS.glob("*.json")):
            shutil.copy(f, corpus)
    lines = []
    for i in range(bulk):
        city, item = CITIES[i % len(CITIES)], ITEMS[(i // len(CITIES)) % len(ITEMS)]
        body = (f"{city} 지역의 {item} 생산량이 지난달 {i % 97 + 3}% 늘었다고 {city}시가 {i % 28 + 1}일 밝혔다. "
                f"시는 올해 {item} 농가 {i % 500 + 20}곳에 {i % 90 + 10}억원을 지원할 계획이다.")
        lines.append(json.dumps({"title": f"{city} {item} 생산 {i}호 보고", "body": body}, ensure_ascii=False))
    if lines:
        (corpus / "bulk.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return corpus


CITIES = "서울 부산 대구 인천 광주 대전 울산 세종 수원 창원 전주 청주 제주 포항 춘천 강릉 여수 목포".split()
ITEMS = "사과 배 딸기 포도 감귤 복숭아 쌀 보리 감자 고구마 배추 무 양파 마늘 고추 인삼 버섯 한우".split()


def test_kill_9_during_index_never_leaves_a_half_written_index(tmp_path, analyzer):
    corpus = news_corpus(tmp_path, bulk=3000)
    index = tmp_path / "index"
    command = [sys.executable, "-m", "bot", "index", "--corpus", str(corpus), "--index", str(index)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}

    # A first complete index, then a change, then builds killed at several points.
    subprocess.run(command, check=True, capture_output=True, env=env, timeout=300)
    complete = load_current(index).manifest.articles
    t0 = time.monotonic()
    (corpus / "extra.txt").write_text("---\ntitle: 추가 기사\n---\n네이버가 새로운 검색 서비스를 시작했다.", encoding="utf-8")
    shutil.rmtree(index / "cache.sqlite", ignore_errors=True)
    (index / "cache.sqlite").unlink(missing_ok=True)  # so the killed builds have real work to do
    kills = 0
    for delay in (0.3, 0.9, 1.5, 2.2, 3.0):
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
        snapshot = load_current(index)  # verifies every checksum
        assert snapshot.manifest.articles in (complete, complete + 1)
        (index / "cache.sqlite").unlink(missing_ok=True)
    assert kills >= 3, f"builds finished too fast to be killed ({time.monotonic() - t0:.1f} s)"
    r = Retriever(corpus, index, analyzer)
    r.open()
    r.reload()
    assert r.info().articles == complete + 1
    assert not list(index.glob("gen-*.tmp"))  # leftovers of the killed builds are cleaned up
    assert r.search("구광모 회장이 사장단 워크숍에서 강조한 건?").results


@pytest.mark.parametrize("damage", ["truncate-postings", "flip-store", "delete-manifest", "garbage-current"])
def test_damaged_index_is_detected_and_rebuilt(sample_corpus, tmp_path, analyzer, caplog, damage):
    index = tmp_path / "index"
    build_index(sample_corpus, index, analyzer)
    gen = current_generation(index)
    if damage == "truncate-postings":
        data = (gen / "postings.npz").read_bytes()
        (gen / "postings.npz").write_bytes(data[: len(data) // 3])
    elif damage == "flip-store":
        data = bytearray((gen / "store.sqlite").read_bytes())
        data[len(data) // 2] ^= 0x55
        (gen / "store.sqlite").write_bytes(bytes(data))
    elif damage == "delete-manifest":
        (gen / "manifest.json").unlink()
    else:
        (index / "CURRENT").write_text("../../etc\n")
    r = Retriever(sample_corpus, index, analyzer)
    with caplog.at_level("WARNING"):
        r.open()
    if damage != "garbage-current":
        assert "rebuilding" in caplog.text
    assert r.search("구광모 회장이 사장단 워크숍에서 강조한 건?").results


@pytest.mark.parametrize("backend", ["embedded", "xapian"])
def test_reload_under_load_loses_no_answer(tmp_path, make_retriever, backend):
    corpus = news_corpus(tmp_path)
    r = make_retriever(corpus, backend=backend, shards=2)
    known = {
        "구광모 회장이 사장단 워크숍에서 강조한 건?": "구광모 LG 회장, 사장단 워크숍서 고객 가치 강조",
        "산악구조 드론 무게 얼마야?": "산악구조 드론, 실종자 수색 시간 절반으로 줄였다",
    }
    errors, wrong, asked = [], [], [0]
    stop = threading.Event()

    def ask(worker: int):
        questions = list(known.items())
        i = worker
        while not stop.is_set():
            q, title = questions[i % len(questions)]
            i += 1
            try:
                answer = r.search(q)
                asked[0] += 1
                if not answer.results or answer.results[0].article.title != title:
                    wrong.append(q)
            except Exception as e:  # noqa: BLE001 - counted and asserted below
                errors.append(repr(e))

    threads = [threading.Thread(target=ask, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    try:
        for i in range(20):
            # The corpus changes under the readers: files added, edited, removed.
            write(corpus, f"churn/{i}.txt", f"---\ntitle: 증시 동향 {i}\n---\n코스피가 {i}일째 올랐다.")
            if i % 3 == 2:
                (corpus / f"churn/{i - 2}.txt").unlink()
            r.reload()
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert errors == [] and wrong == []
    assert asked[0] > 100


def test_hostile_corpus(corpus, tmp_path, make_retriever):
    outside = tmp_path / "outside.txt"
    outside.write_text("바깥 파일의 비밀 내용: 절대 색인되면 안 된다.", encoding="utf-8")
    good = {
        "good.txt": "---\ntitle: 정상 기사\n---\n한국은행이 기준금리를 동결했다.",
        "good.json": json.dumps({"title": "정상 JSON 기사", "body": "카카오가 새 인공지능 모델을 공개했다."}, ensure_ascii=False),
        "scripted.txt": "---\ntitle: <script>alert(1)</script>보안 경고\nurl: javascript:alert(document.cookie)\n---\n"
                        "<script>fetch('https://evil.example')</script>해커들이 새로운 공격 기법을 사용했다. <img src=x onerror=alert(1)>",
    }
    for name, text in good.items():
        write(corpus, name, text)
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (corpus / "zero.txt").write_bytes(b"")
    (corpus / "huge.txt").write_bytes(b"a" * (21 * 1024 * 1024))
    (corpus / "nested.json").write_text("[" * 50_000 + "]" * 50_000)
    (corpus / "truncated.json").write_text('{"title": "잘린", "body": "문장')
    (corpus / "latin1.txt").write_bytes("Ça coûte 100€ — déjà vu".encode("cp1252") + b"\x81\x8d\x8f\x90\x9d")
    os.symlink(outside, corpus / "escape.txt")
    os.symlink(tmp_path, corpus / "escape-dir")

    r = make_retriever(corpus)
    assert r.info().articles == 3
    from retrieval.indexer import build_index as rebuild

    report = rebuild(corpus, r.index_dir, r.analyzer)
    reasons = {s.path.split("#")[0]: s.reason for s in report.skipped}
    assert set(reasons) >= {"binary.txt", "zero.txt", "huge.txt", "nested.json", "truncated.json", "latin1.txt", "escape.txt"}
    assert "too large" in reasons["huge.txt"] and "outside" in reasons["escape.txt"]
    assert any("only http and https" in w.reason for w in report.warnings)
    assert not r.search("바깥 파일의 비밀 내용").results  # nothing outside the folder was read

    answer = r.search("해커들이 사용한 공격 기법")
    top = answer.results[0]
    assert top.article.url is None and "script" not in top.article.title and "<" not in top.excerpt.text
    html, _ = answer_html(answer.results)
    assert "<script" not in html and "onerror" not in html and "javascript:" not in html
    parse(html)


def test_renderer_survives_pathological_articles(corpus, make_retriever):
    title = "제목 " + "<b>&amp;" * 500
    body = ("가" * 5000 + " ") * 3 + "핵심 단어가 여기에 있다."
    write(corpus, "weird.json", json.dumps({"title": title, "body": body, "url": "https://x.example/" + "a" * 3000}, ensure_ascii=False))
    answer = make_retriever(corpus).search("핵심 단어")
    html, shown = answer_html(answer.results)
    assert shown == 1 and utf16_len(html) <= 4096
    parse(html)
