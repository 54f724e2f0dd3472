"""The index on disk: generations written aside and switched to atomically.

    INDEX_DIR/CURRENT          name of the live generation (replaced atomically)
    INDEX_DIR/gen-*/manifest.json   format, analyzer, parameters, counts, checksums
    INDEX_DIR/gen-*/store.sqlite    vocabulary, files, articles, passages
    INDEX_DIR/gen-*/postings.npz    BM25 weights per term, and which passage each row is
    INDEX_DIR/gen-*/LEASE      held (flock, shared) by every process reading the generation
    INDEX_DIR/cache.sqlite     Kiwi analyses keyed by content hash and analyzer signature

A generation is never changed once CURRENT names it, so a crash mid-build leaves the previous
one loadable, and readers can open it with SQLite's immutable flag. A reader holds a shared
lock on the generation's LEASE file as long as it may read it; prune removes only generations
nobody holds, whichever process reads them.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import threading
import time
import weakref
from dataclasses import MISSING, dataclass, fields
from pathlib import Path
from typing import Callable

import numpy as np

from . import spelling
from .bm25 import BM25Params, Postings

log = logging.getLogger(__name__)

FORMAT_VERSION = 3
KEEP_GENERATIONS = 2  # the live one and the one before, for readers still on it
MAX_PART = 12  # longest part of a compound term looked up on its own
_NO_IDS = np.empty(0, dtype=np.int64)

SCHEMA = """
CREATE TABLE IF NOT EXISTS vocab (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, sha TEXT, problems TEXT, duplicates INTEGER,
    analyses TEXT  -- the analysis cache keys of its paragraphs and titles, space-separated
);
CREATE TABLE IF NOT EXISTS articles (
    rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, file TEXT NOT NULL, path TEXT, title TEXT,
    url TEXT, press TEXT, reporter TEXT, published TEXT, body_hash TEXT, url_key TEXT, title_terms BLOB
);
CREATE INDEX IF NOT EXISTS articles_file ON articles(file);
CREATE INDEX IF NOT EXISTS articles_body ON articles(body_hash);
CREATE INDEX IF NOT EXISTS articles_url ON articles(url_key);
CREATE TABLE IF NOT EXISTS passages (
    id INTEGER PRIMARY KEY, article INTEGER NOT NULL, ordinal INTEGER, start INTEGER, "end" INTEGER,
    text TEXT, sentences BLOB, tok_terms BLOB, tok_spans BLOB, tok_tags BLOB, uterms BLOB, utfs BLOB,
    length INTEGER
);
CREATE INDEX IF NOT EXISTS passages_article ON passages(article);
"""


class IndexUnusable(Exception):
    """The index cannot be used; the message says why in one line."""


class IndexMissing(IndexUnusable):
    pass


class IndexCorrupt(IndexUnusable):
    pass


@dataclass(frozen=True)
class Manifest:
    format: int
    analyzer: str
    params: dict
    articles: int
    passages: int
    terms: int
    built_at: float
    build_seconds: float
    checksums: dict
    # Written by later versions; an index without them was built under other rules.
    max_passage_chars: int | None = None
    cleanup: int = 0  # cleanup.CLEANUP_VERSION the articles were read under (0: before it existed)
    shards: int = 0  # Xapian shards written beside the postings (retrieval/shards.py), 0: none

    @classmethod
    def from_json(cls, data: dict) -> Manifest:
        # A field with a default may be missing (written by an earlier version); others may not.
        return cls(**{f.name: data[f.name] for f in fields(cls) if f.name in data or f.default is MISSING})


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def current_generation(index_dir: Path) -> Path | None:
    try:
        name = (index_dir / "CURRENT").read_text().strip()
    except FileNotFoundError:
        return None
    gen = index_dir / name
    return gen if name.startswith("gen-") and gen.is_dir() else None


def read_manifest(gen: Path) -> Manifest:
    try:
        data = json.loads((gen / "manifest.json").read_text())
        manifest = Manifest.from_json(data)
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise IndexCorrupt(f"manifest unreadable in {gen.name}: {e}") from None
    if manifest.format != FORMAT_VERSION:
        raise IndexCorrupt(f"index format {manifest.format}, this version reads {FORMAT_VERSION}")
    return manifest


def verify(gen: Path, manifest: Manifest) -> None:
    for name, expected in manifest.checksums.items():
        path = gen / name
        if not path.exists():
            raise IndexCorrupt(f"{gen.name}/{name} is missing")
        if sha256_file(path) != expected:
            raise IndexCorrupt(f"{gen.name}/{name} does not match its checksum")


class NewGeneration:
    """A generation being written. Nothing is visible to readers until commit()."""

    def __init__(self, index_dir: Path, base: Path | None):
        index_dir.mkdir(parents=True, exist_ok=True)
        self.index_dir = index_dir
        # Names sort in build order, which is what pruning keeps by.
        self.name = f"gen-{time.time_ns():020d}"
        self.path = index_dir / (self.name + ".tmp")
        self.path.mkdir()
        if base is not None:
            shutil.copyfile(base / "store.sqlite", self.path / "store.sqlite")
        self.db = sqlite3.connect(self.path / "store.sqlite", isolation_level=None)
        self.db.execute("PRAGMA journal_mode=OFF")  # the whole directory is the unit of atomicity
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.executescript(SCHEMA)
        if "analyses" not in {row[1] for row in self.db.execute("PRAGMA table_info(files)")}:
            self.db.execute("ALTER TABLE files ADD COLUMN analyses TEXT")  # a store from before

    def commit(self, postings: Postings, rowids: np.ndarray, doc_article: np.ndarray, manifest: dict,
               also: Callable[[Path], None] | None = None) -> Path:
        """also(folder) writes whatever else the generation carries (Xapian shards) once the
        store and postings are final, before the generation can be seen."""
        self.db.close()
        np.savez(
            self.path / "postings.npz",
            indptr=postings.indptr, docs=postings.docs, weights=postings.weights, idf=postings.idf,
            max_weight=postings.max_weight,
            rowids=rowids, doc_article=doc_article,
            stats=np.array([postings.n_docs, postings.avgdl], dtype=np.float64),
        )
        if also is not None:
            also(self.path)
        manifest = dict(manifest, format=FORMAT_VERSION)
        manifest["checksums"] = {n: sha256_file(self.path / n) for n in ("store.sqlite", "postings.npz")}
        _write_synced(self.path / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        for name in ("store.sqlite", "postings.npz"):
            _fsync(self.path / name)
        final = self.index_dir / self.name
        os.rename(self.path, final)
        _fsync_dir(self.index_dir)
        tmp = self.index_dir / "CURRENT.tmp"
        _write_synced(tmp, self.name + "\n")
        os.replace(tmp, self.index_dir / "CURRENT")
        _fsync_dir(self.index_dir)
        prune(self.index_dir)
        return final

    def abort(self) -> None:
        try:
            self.db.close()
        finally:
            shutil.rmtree(self.path, ignore_errors=True)


def prune(index_dir: Path) -> None:
    """Remove unfinished generations (left by a killed build; builds hold the index lock, so
    none is being written now) and all but the newest complete ones."""
    live = current_generation(index_dir)
    gens = sorted((p for p in index_dir.glob("gen-*") if p.is_dir()), key=lambda p: p.name)
    complete = [g for g in gens if not g.name.endswith(".tmp")]
    keep = set(complete[-KEEP_GENERATIONS:])
    if live:
        keep.add(live)
    for g in gens:
        if g in keep:
            continue
        if leased(g):
            log.info("keeping %s: a process still reads it", g.name)
            continue
        shutil.rmtree(g, ignore_errors=True)


def lease(gen: Path) -> int | None:
    """A shared lock on gen for as long as the returned descriptor is open: prune (in any
    process) leaves the generation alone meanwhile. None where the index folder is read-only
    (nothing can prune it then either)."""
    try:
        fd = os.open(gen / "LEASE", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        log.debug("no lease on %s: %s", gen.name, e)
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH)
    except OSError:
        os.close(fd)
        return None
    return fd


def leased(gen: Path) -> bool:
    """Whether some reader holds gen's lease."""
    try:
        fd = os.open(gen / "LEASE", os.O_RDWR)
    except FileNotFoundError:
        return False  # never read (an unfinished or superseded build)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # releases the probe's lock too
    return False


def _write_synced(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    _fsync(path)


# --- reading --------------------------------------------------------------------------------

@dataclass(frozen=True)
class PassageRecord:
    rowid: int
    text: str
    sentences: np.ndarray  # (n, 2) int32, relative to the passage
    tok_terms: np.ndarray  # int32 term ids
    tok_spans: np.ndarray  # (n, 2) int32
    tok_tags: np.ndarray  # uint8 part-of-speech codes (analyzer.TAGS)
    article: dict


_ARTICLE_KEYS = ("id", "title", "url", "press", "reporter", "published", "path")
_PASSAGE_COLUMNS = ("p.id, p.article, p.text, p.sentences, p.tok_terms, p.tok_spans, p.tok_tags, a.id, a.title, a.url,"
                    " a.press, a.reporter, a.published, a.path, a.title_terms")


def _record(row) -> PassageRecord:
    rowid, _, text, sents, terms, spans, tags, *meta = row
    return PassageRecord(
        rowid=rowid,
        text=text,
        sentences=np.frombuffer(sents, dtype=np.int32).reshape(-1, 2),
        tok_terms=np.frombuffer(terms, dtype=np.int32),
        tok_spans=np.frombuffer(spans, dtype=np.int32).reshape(-1, 2),
        tok_tags=np.frombuffer(tags, dtype=np.uint8),
        article=dict(zip(_ARTICLE_KEYS, meta[:-1]), title_terms=np.frombuffer(meta[-1] or b"", dtype=np.int32)),
    )


class TermLookup:
    """What a generation's vocabulary answers besides term -> id (self.vocab): an id's text and
    the longer terms a word is part of, each built on first use."""

    vocab: dict[str, int]
    _texts: np.ndarray | None = None  # of str, by term id
    _compounds: dict[str, np.ndarray] | None = None
    _spellings: dict[tuple[str, str], list[int]] | None = None

    def compounds(self, word: str) -> np.ndarray:
        """Ids of the terms that contain word and are longer (머리 -> 머리카락색): the index is
        built on first use from the vocabulary, every substring of two syllables or more."""
        index = self._compounds
        if index is None:
            index = {}
            for term, i in self.vocab.items():
                n = len(term)
                if n < 3:
                    continue
                for a in range(n - 1):
                    for b in range(a + 2, min(n, a + MAX_PART) + 1):
                        if b - a < n:
                            index.setdefault(term[a:b], set()).add(i)
            self._compounds = index = {k: np.array(sorted(v), dtype=np.int64) for k, v in index.items()}
        return index.get(word, _NO_IDS)

    def build_lookups(self) -> None:
        """Build the word indexes a first search would otherwise build (compounds, the other
        spellings of names), so that it does not wait for them."""
        self.compounds("")
        self.spelled("", "latin")

    def spelled(self, skeleton: str, script: str) -> list[int]:
        """Ids of the terms in that script ("latin", "hangul") with that consonant skeleton
        (retrieval/spelling.py): a name's other spelling. Built on first use from the vocabulary."""
        index = self._spellings
        if index is None:
            index = {}
            for term, i in self.vocab.items():
                found = spelling.skeleton(term)
                if found is not None:
                    index.setdefault((spelling.script(term), found), []).append(i)
            self._spellings = index
        return index.get((script, skeleton), [])

    def term_text(self, term_id: int) -> str:
        """The text of a term id (the vocabulary read backwards, built on first use)."""
        return self._term_array()[term_id]

    def term_texts(self, term_ids: np.ndarray) -> list[str]:
        """The texts of many term ids at once (a sentence's tokens: one NumPy take, not a call
        per token)."""
        return self._term_array()[term_ids].tolist()

    def _term_array(self) -> np.ndarray:
        texts = self._texts
        if texts is None:
            texts = np.empty(max(self.vocab.values(), default=-1) + 1, dtype=object)
            texts[:] = ""
            for term, i in self.vocab.items():
                texts[i] = term
            self._texts = texts
        return texts


class Snapshot(TermLookup):
    """One loaded generation: postings in memory, passages read from SQLite on demand. Without
    postings (the xapian backend scores from its shards), only what each term has (its idf,
    where its postings would start) and each passage's article are loaded: the postings
    themselves are nearly all of the index's memory."""

    def __init__(self, gen: Path, verify_checksums: bool = True, postings: bool = True):
        self.path = gen
        # Held until this snapshot is garbage: searches still running on it after a switch
        # keep their generation.
        fd = lease(gen)
        if fd is not None:
            weakref.finalize(self, os.close, fd)
        self.manifest = read_manifest(gen)
        if verify_checksums:
            verify(gen, self.manifest)
        try:
            with np.load(gen / "postings.npz") as z:
                n_docs, avgdl = z["stats"]
                # An npz member is read only when asked for.
                self.postings = Postings(
                    indptr=z["indptr"], docs=z["docs"], weights=z["weights"], idf=z["idf"],
                    max_weight=z["max_weight"], n_docs=int(n_docs), avgdl=float(avgdl),
                ) if postings else Postings.statistics_only(z["indptr"], z["idf"], z["max_weight"], int(n_docs),
                                                            float(avgdl))
                self.rowids = z["rowids"]
                self.doc_article = z["doc_article"]
            db = self._connect()
            self.vocab: dict[str, int] = dict(db.execute("SELECT term, id FROM vocab"))
        except (OSError, ValueError, KeyError, sqlite3.Error) as e:
            raise IndexCorrupt(f"{gen.name} unreadable: {e}") from None
        self._local = threading.local()
        self._local.db = db
        self.params = BM25Params(**self.manifest.params)

    def _connect(self) -> sqlite3.Connection:
        uri = (self.path / "store.sqlite").resolve().as_uri() + "?mode=ro&immutable=1"
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = self._connect()
        return db

    def passages(self, docs: list[int]) -> list[PassageRecord]:
        """The stored passages for these documents, in the same order, in one query."""
        if not docs:
            return []
        rowids = [int(self.rowids[d]) for d in docs]
        marks = ",".join("?" * len(rowids))
        rows = self._db().execute(
            f"SELECT {_PASSAGE_COLUMNS} FROM passages p JOIN articles a ON a.rid = p.article WHERE p.id IN ({marks})",
            rowids,
        ).fetchall()
        by_id = {row[0]: _record(row) for row in rows}
        return [by_id[rowid] for rowid in rowids]

    def articles(self, docs: list[int]) -> list[list[PassageRecord]]:
        """Every passage of each document's article, in article order, in one query: an answer
        may sit in another passage of the article than the one that matched best."""
        if not docs:
            return []
        rids = [int(self.doc_article[d]) for d in docs]
        marks = ",".join("?" * len(rids))
        by_article: dict[int, list[PassageRecord]] = {}
        for row in self._db().execute(
            f"SELECT {_PASSAGE_COLUMNS} FROM passages p JOIN articles a ON a.rid = p.article"
            f" WHERE p.article IN ({marks}) ORDER BY p.article, p.ordinal",
            rids,
        ):
            by_article.setdefault(row[1], []).append(_record(row))
        return [by_article[rid] for rid in rids]

    def file_stats(self) -> dict[str, tuple[int, int]]:
        """Each corpus file the index was built from: its size and modification time then."""
        return {path: (size, mtime) for path, size, mtime in self._db().execute("SELECT path, size, mtime_ns FROM files")}

    def sample_titles(self, n: int) -> list[str]:
        return [r[0] for r in self._db().execute("SELECT title FROM articles ORDER BY rid LIMIT ?", (n,))]


def load_current(index_dir: Path, postings: bool = True) -> Snapshot:
    gen = current_generation(index_dir)
    if gen is None:
        raise IndexMissing(f"no index in {index_dir}")
    return Snapshot(gen, postings=postings)
