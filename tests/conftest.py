from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest

from retrieval import Analyzer, Retriever

ROOT = Path(__file__).resolve().parent.parent
# The bundled sample, alone: corpus/ is the user's default corpus folder, and what they add
# there must not change what the tests see (issue 9, item 4).
SAMPLE_NAME = "구광모 LG 회장, 사장단 워크숍서 고객 가치 강조.txt"
SAMPLE_CORPUS = Path(tempfile.mkdtemp(prefix="newsqa-sample-"))
shutil.copy(ROOT / "corpus" / SAMPLE_NAME, SAMPLE_CORPUS / SAMPLE_NAME)
atexit.register(shutil.rmtree, SAMPLE_CORPUS, True)
TEST_NEWS = ROOT / "tests" / "data" / "news"  # articles written for the tests, in every shape
TEST_SERIES = ROOT / "tests" / "data" / "series"  # five reports on one topic: a question with pages
SHARED = ROOT.parent / "shared" / "data"
SCI_NEWS = SHARED / "sci-news-sum-kr-50"
KORQUAD = SHARED / "korquad-1.0" / "KorQuAD_v1.0_dev.json"

needs_sci_news = pytest.mark.skipif(not SCI_NEWS.is_dir(), reason="../shared/data/sci-news-sum-kr-50 absent")
needs_korquad = pytest.mark.skipif(not KORQUAD.is_file(), reason="../shared/data/korquad-1.0 absent")


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.fixture
def corpus(tmp_path) -> Path:
    """An empty corpus folder."""
    d = tmp_path / "corpus"
    d.mkdir()
    return d


@pytest.fixture
def sample_corpus(tmp_path) -> Path:
    d = tmp_path / "corpus"
    shutil.copytree(SAMPLE_CORPUS, d)
    return d


@pytest.fixture
def make_retriever(tmp_path, analyzer):
    def make(corpus_dir: Path, **kw) -> Retriever:
        r = Retriever(corpus_dir, tmp_path / "index", analyzer, **kw)
        r.open()
        return r

    return make


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path
