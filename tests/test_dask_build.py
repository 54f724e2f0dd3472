"""Building with a Dask cluster: the workers run Kiwi, the index is what a local build makes.

A real scheduler and real workers on 127.0.0.1 (`python -m dask scheduler|worker`), started
and killed by the tests; real Kiwi in each.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from retrieval import Retriever
from retrieval.distributed import DaskBuildFailed
from retrieval.evaluation import load_jsonl
from retrieval.store import current_generation

from .conftest import SAMPLE_CORPUS

DATA = Path(__file__).parent / "data"
TODAY = date(2026, 11, 28)
QUESTIONS = [item.question for item in load_jsonl(DATA / "news-questions.jsonl")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """A scheduler and two single-threaded workers, each in a process group of its own."""

    def __init__(self, cwd: Path, workers: int = 2):
        port = free_port()
        self.address = f"tcp://127.0.0.1:{port}"
        self.scheduler = self._spawn(["scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"], cwd)
        deadline = time.monotonic() + 60
        while not self._listening(port):
            assert time.monotonic() < deadline and self.scheduler.poll() is None, "scheduler did not start"
            time.sleep(0.2)
        self.workers = [self._spawn(["worker", self.address, "--nthreads", "1", "--no-dashboard", "--name", f"w{i}"], cwd)
                        for i in range(workers)]
        self.wait_for_workers(workers)

    @staticmethod
    def _spawn(args, cwd) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "dask", *args], cwd=cwd, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)

    @staticmethod
    def _listening(port: int) -> bool:
        with socket.socket() as s:
            return s.connect_ex(("127.0.0.1", port)) == 0

    def wait_for_workers(self, n: int) -> None:
        from distributed import Client

        with Client(self.address, timeout=30, set_as_default=False) as client:
            client.wait_for_workers(n, timeout=90)

    @staticmethod
    def kill(proc: subprocess.Popen) -> None:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(10)

    def close(self) -> None:
        for proc in [*self.workers, self.scheduler]:
            self.kill(proc)


@pytest.fixture
def cluster(tmp_path):
    c = Cluster(tmp_path)
    yield c
    c.close()


def news_corpus(folder: Path, extra_articles: int = 0) -> Path:
    """The test articles and the sample, and as many more articles as asked, made of their
    sentences in another order (so that each is new to Kiwi and to the cache)."""
    shutil.copytree(DATA / "news", folder)
    for f in SAMPLE_CORPUS.iterdir():
        shutil.copy(f, folder)
    if extra_articles:
        sentences = [line.strip() for f in sorted((DATA / "news").glob("*.txt")) for line in f.read_text().splitlines()
                     if len(line.strip()) > 20]
        rng = random.Random(5)
        with open(folder / "more.txt", "w", encoding="utf-8") as out:
            for _ in range(extra_articles):
                out.write(" ".join(rng.sample(sentences, 3)) + "\n\n")
    return folder


def same_index(a: Retriever, b: Retriever) -> None:
    pa, pb = a.snapshot.postings, b.snapshot.postings
    assert a.snapshot.vocab == b.snapshot.vocab
    assert np.array_equal(pa.indptr, pb.indptr) and np.array_equal(pa.docs, pb.docs)
    assert np.allclose(pa.weights, pb.weights, rtol=0, atol=1e-12)
    for question in QUESTIONS:
        ra, rb = a.search(question, k=3), b.search(question, k=3)
        assert [(r.article.id, r.excerpt.text) for r in ra.results] == [(r.article.id, r.excerpt.text) for r in rb.results]


def test_a_build_on_the_cluster_is_the_build_this_process_makes(cluster, analyzer, tmp_path):
    corpus = news_corpus(tmp_path / "corpus")
    local = Retriever(corpus, tmp_path / "local", analyzer, today=lambda: TODAY)
    local.open()
    spread = Retriever(corpus, tmp_path / "spread", analyzer, today=lambda: TODAY, dask=cluster.address)
    report = spread.open()
    assert report.tokenized_on == cluster.address and report.paragraphs_tokenized > 50
    assert "Dask workers" in report.summary()
    same_index(local, spread)


def test_a_worker_dying_mid_build_leaves_its_batches_to_the_other(cluster, analyzer, tmp_path):
    corpus = news_corpus(tmp_path / "corpus", extra_articles=600)  # about 12 batches of 64 paragraphs
    killed = []

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "tokenizing" and done > 0 and not killed:
            Cluster.kill(cluster.workers[1])
            killed.append(done)

    spread = Retriever(corpus, tmp_path / "spread", analyzer, today=lambda: TODAY, dask=cluster.address)
    report = spread.open(progress)
    assert killed and killed[0] < report.paragraphs_tokenized  # it died with work left
    local = Retriever(corpus, tmp_path / "local", analyzer, today=lambda: TODAY)
    local.open()
    same_index(local, spread)


def test_with_no_worker_left_the_build_fails_and_the_live_index_serves(cluster, analyzer, tmp_path):
    corpus = news_corpus(tmp_path / "corpus")
    r = Retriever(corpus, tmp_path / "index", analyzer, today=lambda: TODAY, dask=cluster.address)
    r.open()
    live = current_generation(tmp_path / "index")
    before = r.search(QUESTIONS[0], k=3)
    assert before.results

    for worker in cluster.workers:
        Cluster.kill(worker)
    shutil.copy(DATA / "series" / "chips-2024-03.txt", corpus)  # something new to analyse
    with pytest.raises(DaskBuildFailed, match="no Dask worker left"):
        r.reload()
    assert current_generation(tmp_path / "index") == live
    assert [x.excerpt.text for x in r.search(QUESTIONS[0], k=3).results] == [x.excerpt.text for x in before.results]


def test_an_unreachable_scheduler_fails_before_anything_is_touched(analyzer, tmp_path):
    corpus = news_corpus(tmp_path / "corpus")
    r = Retriever(corpus, tmp_path / "index", analyzer, dask=f"tcp://127.0.0.1:{free_port()}")
    with pytest.raises(DaskBuildFailed, match="cannot reach"):
        r.open()
    assert not (tmp_path / "index" / "CURRENT").exists()
