"""Xapian shards: the index's passages and term counts as Xapian databases, for a corpus that
outgrows one machine's memory (Xapian reads its postings from disk; each shard is a plain
Xapian database, which xapian-tcpsrv can serve as it is).

Each generation of the index may carry its shards, written before CURRENT names it, so a reader
never sees a half-written one:

    INDEX_DIR/gen-*/shard-0 ... shard-<N-1>   passage d is document d // N + 1 of shard d % N

Opened together (Xapian's own interleaving of several databases), passage d is document d + 1:
the same ids as the embedded postings, so passages, excerpts and the no-answer decision are
the embedded index's own. A document holds the passage's terms as the analyzer made them, with
their counts (the title's words twice, as in the embedded index) as wdf; its data is the
passage's id in the store.

Scoring is Xapian's BM25 with the index's k1 and b, a question word counted as often as the
question says it. Its idf is not rank-bm25's: log((N - n + 0.5) / (n + 0.5)) for rare words
alike, but Xapian keeps words in more than a third of the passages positive where rank-bm25
gives them a small floored weight. benchmarks/bench_quality.py --backend xapian measures what
that changes.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from pathlib import Path

import numpy as np

from .bm25 import BM25Params

try:
    import xapian
except ImportError:  # the `scale` extra: pip install -e '.[scale]'
    xapian = None

SHARD_PREFIX = "shard-"
MAX_TERM_BYTES = 240  # Xapian refuses terms longer than 245 bytes
# BM25's query-side factor (k3 + 1) wqf / (k3 + wqf) is wqf only as k3 grows: rank-bm25 adds a
# word's weight once per time the question says it.
_K3 = 1e9


class ShardsUnavailable(RuntimeError):
    """The Xapian bindings are missing, or a shard cannot be opened or searched."""


def available() -> bool:
    return xapian is not None


def _require() -> None:
    if xapian is None:
        raise ShardsUnavailable("the xapian backend needs the Xapian bindings: pip install -e '.[scale]'")


def shard_paths(gen: Path, n: int) -> list[Path]:
    return [gen / f"{SHARD_PREFIX}{i}" for i in range(n)]


def write_shards(gen: Path, rowids: np.ndarray, n: int) -> list[Path]:
    """Write the generation's passages (postings row d is the passage rowids[d] of its store)
    into n Xapian databases in gen. Returns their folders."""
    _require()
    if n < 1:
        raise ValueError("shards must be at least 1")
    store = sqlite3.connect(f"file:{gen / 'store.sqlite'}?mode=ro", uri=True)
    try:
        vocab = {i: t.encode("utf-8") for i, t in store.execute("SELECT id, term FROM vocab")}
        counts = {pid: (terms, tfs) for pid, terms, tfs in store.execute("SELECT id, uterms, utfs FROM passages")}
    finally:
        store.close()
    paths = shard_paths(gen, n)
    writers = [xapian.WritableDatabase(str(p), xapian.DB_CREATE_OR_OVERWRITE) for p in paths]
    try:
        for d, pid in enumerate(rowids.tolist()):
            terms, tfs = counts[pid]
            doc = xapian.Document()
            for t, tf in zip(np.frombuffer(terms, dtype=np.int32).tolist(), np.frombuffer(tfs, dtype=np.int32).tolist()):
                term = vocab[t]
                if len(term) <= MAX_TERM_BYTES:
                    doc.add_term(term, tf)
            doc.set_data(str(pid))
            writers[d % n].replace_document(d // n + 1, doc)
        for w in writers:
            w.commit()
    finally:
        for w in writers:
            w.close()
    return paths


class ShardSearch:
    """Top passages over a generation's shards, opened as one Xapian database. One Xapian
    database object is not safe to search from two threads at once: searches take turns."""

    def __init__(self, folders: list[Path], params: BM25Params = BM25Params()):
        _require()
        if not folders:
            raise ShardsUnavailable("no shards to search")
        self.params = params
        self._lock = threading.Lock()
        self.db = xapian.Database()
        for folder in folders:
            try:
                self.db.add_database(xapian.Database(str(folder)))
            except xapian.Error as e:
                raise ShardsUnavailable(f"cannot open shard {folder}: {e.get_msg()}") from None
        self.n_docs = self.db.get_doccount()

    def top(self, terms: list[str], n: int, floor: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
        """The n best passages (ids as in the embedded index) for these question terms, repeats
        counted, scoring above floor, and their scores, best first."""
        if not terms or n <= 0:
            return np.empty(0, dtype=np.int64), np.empty(0)
        counts = Counter(t.encode("utf-8") for t in terms)
        query = xapian.Query(xapian.Query.OP_OR, [xapian.Query(t, c) for t, c in counts.items()])
        with self._lock:
            try:
                enquire = xapian.Enquire(self.db)
                enquire.set_query(query)
                enquire.set_weighting_scheme(xapian.BM25Weight(self.params.k1, 0.0, _K3, self.params.b, 0.0))
                if floor > 0:
                    enquire.set_cutoff(0, floor)
                mset = enquire.get_mset(0, n)
                hits = [(m.docid - 1, m.weight) for m in mset]
            except xapian.Error as e:
                raise ShardsUnavailable(f"shard search failed: {e.get_msg()}") from None
        docs = np.fromiter((d for d, _ in hits), dtype=np.int64, count=len(hits))
        scores = np.fromiter((w for _, w in hits), dtype=np.float64, count=len(hits))
        return docs, scores

    def close(self) -> None:
        with self._lock:
            self.db.close()
