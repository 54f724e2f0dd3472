"""Korean news articles in, ranked excerpts out: Kiwi tokens, BM25 postings, quoted sentences."""

from .analyzer import Analyzer
from .bm25 import BM25Params
from .indexer import BuildReport, IndexBusy, build_index
from .models import Answer, Article, Excerpt, Result, Skipped
from .retriever import Retriever
from .store import IndexCorrupt, IndexMissing

__all__ = [
    "Analyzer", "Answer", "Article", "BM25Params", "BuildReport", "Excerpt", "IndexBusy",
    "IndexCorrupt", "IndexMissing", "Result", "Retriever", "Skipped", "build_index",
]
