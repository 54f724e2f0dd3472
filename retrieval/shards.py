"""Xapian shards: the index's passages and term counts as Xapian databases, for a corpus that
outgrows one machine's memory (Xapian reads its postings from disk; each shard is a plain
Xapian database, which xapian-tcpsrv serves as it is: `newsqa shard-server`).

Each generation of the index may carry its shards, written before CURRENT names it, so a reader
never sees a half-written one:

    INDEX_DIR/gen-*/shard-0 ... shard-<N-1>   passage p is document p // N + 1 of shard p % N

where p is the passage's id in the store, which an incremental build keeps: each build copies
the shards of the one before and writes only the passages added, deleting those removed.
Opened together (Xapian's own interleaving of several databases), passage p is document p + 1,
so passages, excerpts and the no-answer decision are the embedded index's own. A document
holds the passage's terms as the analyzer made them, with their counts (the title's words
twice, as in the embedded index) as wdf; its data is the passage itself, and every shard's
metadata the generation's manifest, vocabulary and term statistics (retrieval/shard_data.py):
served shards are all a questioner needs (retrieval/shard_snapshot.py).

Each build also points INDEX_DIR/live-shard-<i> (Xapian stub files) at the new generation's
shards: a shard server serving those serves each new connection the current generation.

Scoring is Xapian's BM25 with the index's k1 and b, a question word counted as often as the
question says it. Its idf is not rank-bm25's: log((N - n + 0.5) / (n + 0.5)) for rare words
alike, but Xapian keeps words in more than a third of the passages positive where rank-bm25
gives them a small floored weight. benchmarks/bench_quality.py --backend xapian measures what
that changes.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import numpy as np

from . import shard_data
from .bm25 import BM25Params

try:
    import xapian
except ImportError:  # the `scale` extra: pip install -e '.[scale]'
    xapian = None

log = logging.getLogger(__name__)

SHARD_PREFIX = "shard-"
LIVE_PREFIX = "live-shard-"  # INDEX_DIR/live-shard-<i>: stub files naming the current shards
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


def point_live_shards(index_dir: Path, gen_name: str, n: int) -> list[Path]:
    """Xapian stub files INDEX_DIR/live-shard-<i> naming this generation's shards, each replaced
    atomically. xapian-tcpsrv opens its database afresh for every connection, so a shard server
    serving a stub serves a new build to every connection made after it: the asking side moves
    to it by reconnecting (Retriever.follow)."""
    out = []
    for i in range(n):
        stub = index_dir / f"{LIVE_PREFIX}{i}"
        tmp = index_dir / f"{LIVE_PREFIX}{i}.tmp"
        tmp.write_text(f"auto {gen_name}/{SHARD_PREFIX}{i}\n", encoding="utf-8")  # relative to the stub's folder
        os.replace(tmp, stub)
        out.append(stub)
    for stale in index_dir.glob(f"{LIVE_PREFIX}*"):
        number = stale.name.removeprefix(LIVE_PREFIX)
        if number.isdigit() and int(number) >= n:
            stale.unlink(missing_ok=True)
    return out


def is_shard(path: Path) -> bool:
    """A Xapian database folder, or a stub file naming one (live-shard-<i>)."""
    if path.is_dir():
        return (path / "iamglass").is_file()
    try:
        line = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return False
    kind, _, target = line.partition(" ")
    return kind == "auto" and (path.parent / target / "iamglass").is_file()


def write_shards(gen: Path, rowids: np.ndarray, n: int, manifest: dict | None = None,
                 base: Path | None = None) -> list[dict]:
    """Write the generation's passages (the store ids `rowids`, ascending) into n Xapian
    databases in gen, each by a process of its own when there are several (a shard is written
    independently of the others, and writing is CPU-bound). manifest: the generation's, carried
    in every shard with its vocabulary and term statistics, so that served shards are all a
    questioner needs (retrieval/shard_data.py). base: the generation this one was built from,
    when its term ids still hold: its shards are copied and only the passages added or removed
    since are written or deleted. Returns, per shard, what was done."""
    _require()
    if n < 1:
        raise ValueError("shards must be at least 1")
    np.save(gen / "shard-rowids.npy", rowids.astype(np.int64))
    (gen / "shard-manifest.json").write_text(json.dumps(manifest or {}, ensure_ascii=False), encoding="utf-8")
    base_arg = str(base) if base is not None else ""
    try:
        if n == 1:
            return [_write_shard(gen, 0, 1, base)]
        # Processes of their own, started fresh: the building process may hold threads (the
        # bot's, Kiwi's), and a fresh interpreter imports only this module, not the caller's main.
        procs = [subprocess.Popen([sys.executable, "-c", _WRITER, str(gen), str(i), str(n), base_arg],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE) for i in range(n)]
        outcomes = [(i, *p.communicate(), p.returncode) for i, p in enumerate(procs)]
        failed = [(i, err) for i, _, err, code in outcomes if code != 0]
        if failed:
            i, err = failed[0]
            raise ShardsUnavailable(f"writing shard {i} failed: {err.decode(errors='replace').strip()[-500:]}")
        return [json.loads(out) for _, out, _, _ in outcomes]
    finally:
        (gen / "shard-rowids.npy").unlink(missing_ok=True)
        (gen / "shard-manifest.json").unlink(missing_ok=True)


_WRITER = """
import json, sys
from pathlib import Path
from retrieval.shards import _write_shard
print(json.dumps(_write_shard(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]) if sys.argv[4] else None)))
"""


def _write_shard(gen: Path, shard: int, n: int, base: Path | None = None) -> dict:
    """Shard `shard` of n: the passages whose store id p has p % n == shard, as documents
    p // n + 1 (so that, opened together, passage p is document p + 1: ids that survive
    incremental builds), each with its passage as data; the generation's manifest, vocabulary
    and statistics as metadata."""
    rowids = np.load(gen / "shard-rowids.npy")
    mine = rowids[rowids % n == shard]
    manifest = json.loads((gen / "shard-manifest.json").read_text(encoding="utf-8"))
    with np.load(gen / "postings.npz") as z:
        arrays = {k: z[k] for k in ("idf", "indptr", "max_weight", "stats", "doc_article", "rowids")}
    path = shard_paths(gen, n)[shard]
    removed = np.empty(0, dtype=np.int64)
    if base is not None and _current_format(shard_paths(base, n)[shard]):
        shutil.copytree(shard_paths(base, n)[shard], path)
        with np.load(base / "postings.npz") as z:
            old = z["rowids"]
        old = old[old % n == shard]
        removed, mine = np.setdiff1d(old, mine), np.setdiff1d(mine, old)
        writer = xapian.WritableDatabase(str(path), xapian.DB_OPEN)
    else:
        base = None
        writer = xapian.WritableDatabase(str(path), xapian.DB_CREATE_OR_OVERWRITE)
    store = sqlite3.connect(f"file:{gen / 'store.sqlite'}?mode=ro", uri=True)
    try:
        vocab = dict(store.execute("SELECT id, term FROM vocab"))
        terms_of = {i: t.encode("utf-8") for i, t in vocab.items()}
        article_passages: dict[int, list[int]] = {}
        for pid, art in store.execute("SELECT id, article FROM passages ORDER BY article, ordinal"):
            article_passages.setdefault(art, []).append(pid)
        articles = {row[0]: row for row in store.execute(
            "SELECT rid, id, title, url, press, reporter, published, path, title_terms FROM articles")}
        try:
            for pid in removed.tolist():
                writer.delete_document(pid // n + 1)
            for pid in mine.tolist():
                art, text, sents, tok_terms, tok_spans, tok_tags, uterms, utfs = store.execute(
                    "SELECT article, text, sentences, tok_terms, tok_spans, tok_tags, uterms, utfs FROM passages"
                    " WHERE id = ?", (pid,)).fetchone()
                doc = xapian.Document()
                for t, tf in zip(np.frombuffer(uterms, dtype=np.int32).tolist(), np.frombuffer(utfs, dtype=np.int32).tolist()):
                    term = terms_of[t]
                    if len(term) <= MAX_TERM_BYTES:
                        doc.add_term(term, tf)
                a = articles[art]
                fields = dict(zip(shard_data.ARTICLE_FIELDS, a[1:8]))
                doc.set_data(shard_data.encode_passage(pid, text, fields, article_passages[art], sents, tok_terms,
                                                       tok_spans, tok_tags, a[8] or b""))
                writer.replace_document(pid // n + 1, doc)
            writer.set_metadata(shard_data.KEY_FORMAT, shard_data.FORMAT)
            writer.set_metadata(shard_data.KEY_MANIFEST, shard_data.encode_manifest(manifest, gen.name.removesuffix(".tmp")))
            writer.set_metadata(shard_data.KEY_VOCAB, shard_data.encode_vocab(vocab))
            writer.set_metadata(shard_data.KEY_ARRAYS, shard_data.encode_arrays(**arrays))
            writer.commit()
        finally:
            writer.close()
    finally:
        store.close()
    return {"shard": shard, "from_base": base is not None, "written": int(len(mine)), "deleted": int(len(removed))}


def _current_format(path: Path) -> bool:
    """A shard this version wrote (an older one numbered its documents otherwise)."""
    try:
        db = xapian.Database(str(path))
    except xapian.Error:
        return False
    try:
        return db.get_metadata(shard_data.KEY_FORMAT) == shard_data.FORMAT
    finally:
        db.close()


def shards_current(gen: Path, n: int) -> bool:
    """Whether gen's n shards are there and of this version's format."""
    return available() and all(_current_format(p) for p in shard_paths(gen, n))


class ShardSearch:
    """Top passages over a generation's shards: local folders, or `tcp://host:port` of
    xapian-tcpsrv serving them (in shard order). Opened as one Xapian database, so scores use
    the statistics of all shards together, as the embedded index does.

    When a remote shard is down or stalls (no reply within `timeout_s`), the search is answered
    from the shards that do reply, each on its own (passage p of shard i is its document
    p // N + 1, so ids stay right; scores then use each shard's own statistics), with a warning
    in the log; the whole set is tried again every `retry_s`. When no shard replies,
    ShardsUnavailable. One Xapian database object is not safe to search from two threads at
    once: searches take turns."""

    def __init__(self, sources: list[str | Path], params: BM25Params = BM25Params(),
                 timeout_s: float = 2.0, retry_s: float = 5.0):
        _require()
        if not sources:
            raise ShardsUnavailable("no shards to search")
        self.sources = [str(s) for s in sources]
        self.params = params
        self.timeout_ms = int(timeout_s * 1000)
        self.retry_s = retry_s
        self._lock = threading.Lock()
        self._all = None  # the shards opened together, while they all answer
        self._retry_at = 0.0
        self._alone: dict[int, object] = {}  # shard -> its database, in degraded mode
        self._degraded = False

    def _open(self, source: str):
        if source.startswith("tcp://"):
            host, _, port = source.removeprefix("tcp://").rpartition(":")
            return xapian.remote_open(host, int(port), self.timeout_ms, self.timeout_ms)
        return xapian.Database(source)

    def _open_all(self):
        db = xapian.Database()
        for source in self.sources:
            db.add_database(self._open(source))
        return db

    def metadata(self, keys: tuple[str, ...]) -> list[dict[str, bytes]]:
        """These metadata entries of each shard, as {key: value}; {} for a shard that does not
        answer. ShardsUnavailable when none does."""
        out, failed = [], []
        for i, source in enumerate(self.sources):
            try:
                out.append(self.metadata_of(i, keys))
            except ShardsUnavailable as e:
                out.append({})
                failed.append(str(e))
        if len(failed) == len(self.sources):
            raise ShardsUnavailable("no shard answers: " + "; ".join(failed))
        return out

    def metadata_of(self, shard: int, keys: tuple[str, ...]) -> dict[str, bytes]:
        """These metadata entries of one shard, by a connection of its own (a new one sees the
        database a shard server serves now)."""
        source = self.sources[shard]
        try:
            db = self._open(source)
            try:
                return {k: db.get_metadata(k) for k in keys}
            finally:
                db.close()
        except xapian.Error as e:
            raise ShardsUnavailable(f"{source} ({e.get_msg()})") from None

    def documents(self, ids: list[int]) -> list[bytes | None]:
        """The data of these passages (store ids), None for one whose shard does not answer."""
        with self._lock:
            if self._all is not None:
                try:
                    return [self._all.get_document(p + 1).get_data() for p in ids]
                except xapian.Error as e:
                    self._all = None
                    self._give_up_all_until(time.monotonic(), e)
            n_shards = len(self.sources)
            out: list[bytes | None] = []
            for p in ids:
                i = p % n_shards
                try:
                    db = self._alone.get(i)
                    if db is None:
                        db = self._alone[i] = self._open(self.sources[i])
                    out.append(db.get_document(p // n_shards + 1).get_data())
                except xapian.Error:
                    self._alone.pop(i, None)
                    out.append(None)
            return out

    def top(self, terms: list[str], n: int, floor: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
        """The n best passages (their store ids) for these question terms, repeats
        counted, scoring above floor, and their scores, best first."""
        if not terms or n <= 0:
            return np.empty(0, dtype=np.int64), np.empty(0)
        counts = Counter(t.encode("utf-8") for t in terms)
        query = xapian.Query(xapian.Query.OP_OR, [xapian.Query(t, c) for t, c in counts.items()])
        with self._lock:
            now = time.monotonic()
            if self._all is None and now >= self._retry_at:
                try:
                    self._all = self._open_all()
                    if self._degraded:
                        log.info("all %d shards answer again", len(self.sources))
                        self._degraded = False
                        self._alone.clear()
                except xapian.Error as e:
                    self._give_up_all_until(now, e)
            if self._all is not None:
                try:
                    hits = [(docid - 1, w) for docid, w in self._mset(self._all, query, n, floor)]
                    return _arrays(hits)
                except xapian.Error as e:
                    self._all = None
                    self._give_up_all_until(now, e)
            return _arrays(self._from_each(query, n, floor))

    def _give_up_all_until(self, now: float, error) -> None:
        self._degraded = True
        self._retry_at = now + self.retry_s
        log.warning("shards unavailable together (%s); answering from those that reply", error.get_msg())

    def _mset(self, db, query, n: int, floor: float) -> list[tuple[int, float]]:
        """(docid, weight) of the n best documents scoring at least floor, best first, equal
        weights by docid. The floor is applied here, not with Enquire.set_cutoff: over two
        databases Xapian 1.4's weight cutoff left out a passage scoring above it (1 KorQuAD
        question of 1,000, benchmarks/bench_cluster.py)."""
        enquire = xapian.Enquire(db)
        enquire.set_query(query)
        enquire.set_weighting_scheme(xapian.BM25Weight(self.params.k1, 0.0, _K3, self.params.b, 0.0))
        hits = [(m.docid, m.weight) for m in enquire.get_mset(0, n) if m.weight >= floor]
        hits.sort(key=lambda h: (-h[1], h[0]))
        return hits

    def _from_each(self, query, n: int, floor: float) -> list[tuple[int, float]]:
        n_shards = len(self.sources)
        hits, failed = [], []
        for i, source in enumerate(self.sources):
            try:
                db = self._alone.get(i)
                if db is None:
                    db = self._alone[i] = self._open(source)
                hits += [((docid - 1) * n_shards + i, w) for docid, w in self._mset(db, query, n, floor)]
            except xapian.Error as e:
                self._alone.pop(i, None)
                failed.append(f"{source} ({e.get_msg()})")
        if len(failed) == n_shards:
            raise ShardsUnavailable("no shard answers: " + "; ".join(failed))
        if failed:
            log.warning("shard(s) not answering: %s; answered from the other %d", "; ".join(failed),
                        n_shards - len(failed))
        hits.sort(key=lambda h: (-h[1], h[0]))
        return hits[:n]

    def close(self) -> None:
        with self._lock:
            for db in [self._all, *self._alone.values()]:
                if db is not None:
                    db.close()
            self._all = None
            self._alone.clear()


def _arrays(hits: list[tuple[int, float]]) -> tuple[np.ndarray, np.ndarray]:
    docs = np.fromiter((d for d, _ in hits), dtype=np.int64, count=len(hits))
    scores = np.fromiter((w for _, w in hits), dtype=np.float64, count=len(hits))
    return docs, scores
