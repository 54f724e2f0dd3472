"""Corpus folder to a new index generation, reusing everything that has not changed.

Only files whose size or modification time changed are read again; only paragraphs never seen
before (by content hash and analyzer signature) are given to Kiwi. The BM25 weights depend on the
whole corpus, so they are recomputed each time from the stored term counts, which is cheap.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from .analyzer import Analyzer
from .bm25 import BM25Params, build_postings
from .cleanup import CLEANUP_VERSION
from .corpus import CorpusFile, list_corpus, normalize_url, read_corpus_file
from .models import Article, Sentence, Skipped
from .passages import MAX_PASSAGE_CHARS, Passage, build_passages, paragraphs
from .distributed import DaskAnalysis
from .shards import point_live_shards, write_shards
from .store import (
    IndexCorrupt,
    NewGeneration,
    current_generation,
    read_manifest,
    verify,
)

Progress = Callable[[str, int, int], None]  # (stage, done, total)
log = logging.getLogger(__name__)

ANALYSIS_BATCH = 512  # paragraphs per Kiwi call: large enough for its threads, small for progress
# The title's words count in every passage of the article, twice: a question names the topic the
# headline names far more often than any one paragraph repeats it (KorQuAD hit@1: no title
# 0.921, title once 0.9432, twice 0.9441).
TITLE_REPEAT = 2


class IndexBusy(Exception):
    """Another build holds the index lock."""


@dataclass
class BuildReport:
    articles: int = 0
    passages: int = 0
    files: int = 0
    added: list[str] = field(default_factory=list)  # files
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)  # files or entries not indexed, and why
    warnings: list[Skipped] = field(default_factory=list)  # indexed, but something was dropped
    duplicates: int = 0
    paragraphs_tokenized: int = 0
    paragraphs_reused: int = 0
    tokenized_on: str | None = None  # the Dask scheduler whose workers tokenized them
    passages_reused: int = 0
    terms_dropped: int = 0  # words no article uses any more, taken out of the vocabulary
    cache_evicted: int = 0  # analyses dropped from the cache, used longest ago
    terms_renumbered: bool = False  # words given new ids, closing the gaps dropped words left
    shard_passages_written: int | None = None  # Xapian documents written (None: no shards)
    shards_updated: bool = False  # the previous build's shards copied and updated, not rewritten
    seconds: float = 0.0
    rebuilt_from_scratch: str | None = None  # why the previous generation was not reused

    def summary(self) -> str:
        lines = [
            f"{self.articles} articles, {self.passages} passages from {self.files} files "
            f"in {self.seconds:.1f} s",
            f"files: {len(self.added)} added, {len(self.changed)} changed, {len(self.removed)} removed; "
            f"{self.duplicates} duplicate articles indexed once",
            f"paragraphs: {self.paragraphs_tokenized} tokenized"
            f"{f' on the Dask workers of {self.tokenized_on}' if self.tokenized_on else ''}, "
            f"{self.paragraphs_reused} reused from cache; "
            f"{self.passages_reused} passages kept from the previous index",
        ]
        if self.terms_dropped:
            lines.append(f"vocabulary: {self.terms_dropped} words no article uses any more dropped")
        if self.rebuilt_from_scratch:
            lines.append(f"full rebuild: {self.rebuilt_from_scratch}")
        if self.shard_passages_written is not None:
            how = "the previous build's shards updated" if self.shards_updated else "shards written whole"
            lines.append(f"shards: {self.shard_passages_written} passages written ({how})")
        if self.skipped:
            lines.append(f"skipped {len(self.skipped)}:")
            lines.extend(f"  {s}" for s in self.skipped)
        if self.warnings:
            lines.append(f"warnings {len(self.warnings)}:")
            lines.extend(f"  {w}" for w in self.warnings)
        return "\n".join(lines)


class BuildLock:
    def __init__(self, index_dir: Path):
        index_dir.mkdir(parents=True, exist_ok=True)
        self._fd = os.open(index_dir / ".lock", os.O_RDWR | os.O_CREAT, 0o644)

    def __enter__(self):
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._fd)
            raise IndexBusy("another index build is running") from None
        return self

    def __exit__(self, *exc):
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)


def build_index(
    corpus_dir: Path,
    index_dir: Path,
    analyzer: Analyzer,
    params: BM25Params = BM25Params(),
    progress: Progress | None = None,
    max_passage_chars: int = MAX_PASSAGE_CHARS,
    shards: int = 0,
    dask: str | None = None,
) -> BuildReport:
    """shards: also write the passages as that many Xapian databases in the new generation
    (retrieval/shards.py), for the xapian backend. dask: the address of a Dask scheduler whose
    workers analyse the paragraphs the analysis cache lacks (retrieval/distributed.py)."""
    corpus_dir, index_dir = Path(corpus_dir), Path(index_dir)
    if not corpus_dir.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {corpus_dir}")
    cluster = DaskAnalysis(dask, analyzer) if dask else None  # unreachable: fails before anything is touched
    try:
        with BuildLock(index_dir):
            return _Build(corpus_dir, index_dir, analyzer, params, progress or _quiet, max_passage_chars, shards,
                          cluster).run()
    finally:
        if cluster is not None:
            cluster.close()


def corpus_unchanged(corpus_dir: Path, snapshot) -> bool:
    """Whether the corpus folder holds exactly the files the snapshot was built from, with the
    same sizes and modification times: what an incremental build would read nothing for."""
    if not Path(corpus_dir).is_dir():
        return True  # nothing to update from: the index stays as it is
    files, _ = list_corpus(Path(corpus_dir))
    return {f.rel: (f.size, f.mtime_ns) for f in files} == snapshot.file_stats()


def _quiet(stage: str, done: int, total: int) -> None:
    pass


def _sha(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def _i32(values) -> bytes:
    return np.asarray(values, dtype=np.int32).tobytes()


class _Build:
    """One build: the files synced into a new generation's store (stat diff, reading, dropping,
    dedupe, analysis), then postings, compaction and the commit."""

    def __init__(self, corpus_dir, index_dir, analyzer, params, progress, max_passage_chars, shards=0, cluster=None):
        self.corpus_dir, self.index_dir = corpus_dir, index_dir
        self.shards = shards
        self.cluster = cluster
        self.analyzer, self.params, self.progress = analyzer, params, progress
        self.max_passage_chars = max_passage_chars
        self.report = BuildReport()
        self.db: sqlite3.Connection | None = None  # the new generation's store, once begun
        self._vocab: dict[str, int] = {}  # term -> id, read from the store when the sync starts
        self._next_id = 0  # the id the next new term gets
        self._new_passages = 0

    def _write_shards(self, rowids: np.ndarray, manifest: dict, base: Path | None):
        if not self.shards:
            return None
        # The previous build's shards can be updated in place of rewritten when they number
        # passages and terms as this build does.
        if base is not None and (self.report.terms_renumbered or read_manifest(base).shards != self.shards):
            base = None

        def write(folder: Path) -> None:
            self.progress("shards", 0, 1)
            done = write_shards(folder, rowids, self.shards, manifest, base)
            self.report.shard_passages_written = sum(d["written"] for d in done)
            self.report.shards_updated = all(d["from_base"] for d in done)
            self.progress("shards", 1, 1)
        return write

    def run(self) -> BuildReport:
        started = time.perf_counter()
        base = self._reusable_base()
        gen = NewGeneration(self.index_dir, base)
        try:
            self.db = gen.db
            self.db.execute("BEGIN")
            self._sync_files()
            self.db.execute("COMMIT")
            self.progress("weights", 0, 1)
            postings, rowids, doc_article = self._postings()
            if (self.report.removed or self.report.changed) and self._compact(postings):
                postings, rowids, doc_article = self._postings()
            elif base is None:
                self._note_compact_size()  # written from scratch: as compact as it gets
            self.report.articles = self.db.execute("SELECT count(*) FROM articles").fetchone()[0]
            self.report.passages = len(rowids)
            self.report.seconds = time.perf_counter() - started
            # Read while the store is open: the cache entries the index's files need.
            needed = {k for keys, in self.db.execute("SELECT analyses FROM files") for k in (keys or "").split()}
            manifest = {
                "analyzer": self.analyzer.signature,
                "params": {"k1": self.params.k1, "b": self.params.b, "epsilon": self.params.epsilon},
                "articles": self.report.articles,
                "passages": self.report.passages,
                "terms": postings.n_terms,
                "built_at": time.time(),
                "build_seconds": round(self.report.seconds, 3),
                "max_passage_chars": self.max_passage_chars,
                "cleanup": CLEANUP_VERSION,
                "shards": self.shards,
            }
            final = gen.commit(postings, rowids, doc_article, manifest, also=self._write_shards(rowids, manifest, base))
            if self.shards:
                point_live_shards(self.index_dir, final.name, self.shards)
            self.progress("weights", 1, 1)
        except BaseException:
            gen.abort()
            raise
        self._bound_cache(needed)
        return self.report

    def _cache_key(self, text: str) -> str:
        return _AnalysisCache.key(self.analyzer.signature, text)

    def _bound_cache(self, needed: set[str]) -> None:
        cache = _AnalysisCache(self.index_dir / "cache.sqlite", self.analyzer.signature)
        try:
            self.report.cache_evicted = cache.evict(needed)
        except sqlite3.Error as e:  # a cache is disposable; the index is built
            log.warning("analysis cache not trimmed: %s", e)
        finally:
            cache.close()

    def _reusable_base(self) -> Path | None:
        gen = current_generation(self.index_dir)
        if gen is None:
            return None
        try:
            manifest = read_manifest(gen)
            verify(gen, manifest)
        except IndexCorrupt as e:
            self.report.rebuilt_from_scratch = str(e)
            return None
        if manifest.analyzer != self.analyzer.signature:
            self.report.rebuilt_from_scratch = "analyzer changed"
            return None
        if manifest.max_passage_chars != self.max_passage_chars:
            self.report.rebuilt_from_scratch = "passage size changed"
            return None
        if manifest.cleanup != CLEANUP_VERSION:
            self.report.rebuilt_from_scratch = "article clean-up changed"
            return None
        return gen

    # --- files and articles ----------------------------------------------------------------

    def _sync_files(self) -> None:
        files, refused = list_corpus(self.corpus_dir)
        self.report.skipped.extend(refused)
        self.report.files = len(files)
        known = {
            path: (size, mtime, sha, problems, dups)
            for path, size, mtime, sha, problems, dups in self.db.execute(
                "SELECT path, size, mtime_ns, sha, problems, duplicates FROM files")
        }
        self._vocab = dict(self.db.execute("SELECT term, id FROM vocab"))
        # New words take ids after the largest: ids of dropped words are never given again.
        self._next_id = self.db.execute("SELECT coalesce(max(id) + 1, 0) FROM vocab").fetchone()[0]

        to_read, removed = self._stat_diff(files, known)
        changed = self._read_changed(to_read, known, self.report.changed)
        if removed or any(rel in known for rel, _, _ in changed):
            changed += self._reread_duplicate_holders(files, {rel for rel, _, _ in changed}, known)
        # Every article that goes goes before any is kept: a copy is a duplicate only of what stays.
        for path in removed:
            self._drop_file(path)
        self.report.removed = removed
        for rel, _, _ in changed:
            self._drop_file(rel)
        self._index_articles(self._keep(changed))
        self.progress("reading", len(to_read), len(to_read))
        self.report.passages_reused = self.db.execute("SELECT count(*) FROM passages").fetchone()[0] - self._new_passages

    def _stat_diff(self, files: list[CorpusFile], known: dict) -> tuple[list[CorpusFile], list[str]]:
        """Files new or with another size or time (to read), and files gone."""
        to_read = []
        for f in files:
            old = known.get(f.rel)
            if old is None:
                to_read.append(f)
                self.report.added.append(f.rel)
            elif (old[0], old[1]) != (f.size, f.mtime_ns):
                to_read.append(f)
            else:
                self._carry_problems(f.rel, old[3])
        return to_read, sorted(set(known) - {f.rel for f in files})

    def _reread_duplicate_holders(self, files: list[CorpusFile], reading: set[str], known: dict) -> list:
        """Articles are dropped: a duplicate skipped earlier may now be the only copy. Files that
        skipped one are read again, whichever side of the changed file they sort on."""
        by_path = {f.rel: f for f in files}
        holders = [by_path[path] for path, in self.db.execute("SELECT path FROM files WHERE duplicates > 0")
                   if path in by_path and path not in reading]
        return self._read_changed(holders, known, None, force=True)

    def _keep(self, changed: list) -> dict[str, list[Article]]:
        """The articles of the files read that are not already indexed (or read just before),
        with each file's row: its stat, hash, duplicates and problems."""
        pending_keys: set[str] = set()
        pending_files: dict[str, list[Article]] = {}
        for rel, f, contents in sorted(changed, key=lambda c: c[0]):
            kept, dups = self._dedupe(contents.articles, pending_keys)
            pending_files[rel] = kept
            self.report.duplicates += dups
            problems = json.dumps({"skipped": [[s.path, s.reason] for s in contents.skipped],
                                   "warnings": [[s.path, s.reason] for s in contents.warnings]}, ensure_ascii=False)
            self.report.skipped.extend(contents.skipped)
            self.report.warnings.extend(contents.warnings)
            self.db.execute(
                "INSERT OR REPLACE INTO files (path, size, mtime_ns, sha, problems, duplicates) VALUES (?, ?, ?, ?, ?, ?)",
                (rel, f.size, f.mtime_ns, contents.sha or f"unread:{f.size}:{f.mtime_ns}", problems, dups),
            )
        return pending_files

    def _read_changed(self, files: list[CorpusFile], known: dict, changed: list[str] | None,
                      force: bool = False) -> list[tuple[str, CorpusFile, object]]:
        """The files whose content differs from what was indexed (all of them with force), read;
        a file touched but not changed only has its size and time noted."""
        out = []
        for i, f in enumerate(sorted(files, key=lambda f: f.rel)):
            self.progress("reading", i, len(files))
            contents = read_corpus_file(self.corpus_dir, f.rel)
            old = known.get(f.rel)
            if old is not None and not force and old[2] == (contents.sha or f"unread:{f.size}:{f.mtime_ns}"):
                self.db.execute("UPDATE files SET size=?, mtime_ns=? WHERE path=?", (f.size, f.mtime_ns, f.rel))
                self._carry_problems(f.rel, old[3])
                continue
            if old is not None and changed is not None:
                changed.append(f.rel)
            out.append((f.rel, f, contents))
        return out

    def _carry_problems(self, path: str, problems_json: str | None) -> None:
        problems = json.loads(problems_json or "{}")
        self.report.skipped.extend(Skipped(*p) for p in problems.get("skipped", []))
        self.report.warnings.extend(Skipped(*p) for p in problems.get("warnings", []))

    def _drop_file(self, path: str) -> None:
        rids = [r for r, in self.db.execute("SELECT rid FROM articles WHERE file = ?", (path,))]
        self.db.executemany("DELETE FROM passages WHERE article = ?", [(r,) for r in rids])
        self.db.execute("DELETE FROM articles WHERE file = ?", (path,))
        self.db.execute("DELETE FROM files WHERE path = ?", (path,))

    def _dedupe(self, articles: list[Article], pending_keys: set[str]) -> tuple[list[Article], int]:
        """Articles not already indexed or pending, by URL or by normalized text."""
        kept, dups = [], 0
        for a in articles:
            keys = _dedupe_keys(a)
            url_key, body_key = keys
            clash = (
                any(k in pending_keys for k in keys if k)
                or self.db.execute(
                    "SELECT 1 FROM articles WHERE body_hash = ? OR (url_key IS NOT NULL AND url_key = ?) OR id = ?",
                    (body_key, url_key, a.id),
                ).fetchone()
            )
            if clash:
                dups += 1
                continue
            pending_keys.update(k for k in keys if k)
            kept.append(a)
        return kept, dups

    # --- analysis and passages -------------------------------------------------------------

    def _index_articles(self, by_file: dict[str, list[Article]]) -> None:
        articles = [(path, a) for path, arts in by_file.items() for a in arts]
        pieces = [paragraphs(a.body) for _, a in articles]
        titles = [a.title for _, a in articles]
        texts = [t for ps in pieces for _, t in ps] + titles
        analysed = self._analyse(texts)
        # Which cache entries each file's articles need: the cache keeps them, whatever their age.
        needed: dict[str, set[str]] = {path: set() for path in by_file}
        for (path, article), ps in zip(articles, pieces):
            needed[path].update(self._cache_key(t) for t in (article.title, *(t for _, t in ps)))
        self.db.executemany("UPDATE files SET analyses = ? WHERE path = ?",
                            [(" ".join(sorted(keys)), path) for path, keys in needed.items()])

        self._new_passages = 0
        for (path, article), ps in zip(articles, pieces):
            sents = [analysed[t] for _, t in ps]
            title_terms = [term for s in analysed[article.title] for term in s.terms]
            passages = build_passages(ps, sents, self.max_passage_chars)
            self._insert(path, article, passages, title_terms)

    def _analyse(self, texts: list[str]) -> dict[str, list[Sentence]]:
        """Kiwi's sentences and tokens for each distinct text, from the cache where possible."""
        unique = list(dict.fromkeys(texts))
        cache = _AnalysisCache(self.index_dir / "cache.sqlite", self.analyzer.signature)
        try:
            found = cache.get_many(unique)
            missing = [t for t in unique if t not in found]
            self.report.paragraphs_reused += len(unique) - len(missing)
            self.report.paragraphs_tokenized += len(missing)
            if self.cluster is not None and missing:
                self.report.tokenized_on = self.cluster.address
                result = self.cluster(missing, self.progress)
                found.update(zip(missing, result))
                cache.put_many(zip(missing, result))
                missing = []
            for i in range(0, len(missing), ANALYSIS_BATCH):
                self.progress("tokenizing", i, len(missing))
                batch = missing[i:i + ANALYSIS_BATCH]
                result = self.analyzer.sentences(batch)
                found.update(zip(batch, result))
                cache.put_many(zip(batch, result))
            self.progress("tokenizing", len(missing), len(missing))
        finally:
            cache.close()
        return found

    def _term_ids(self, terms: list[str]) -> list[int]:
        vocab = self._vocab
        try:
            return [vocab[t] for t in terms]
        except KeyError:
            pass
        new = [t for t in dict.fromkeys(terms) if t not in vocab]
        first = self._next_id
        self._next_id += len(new)
        vocab.update((t, first + i) for i, t in enumerate(new))
        self.db.executemany("INSERT INTO vocab (id, term) VALUES (?, ?)", [(vocab[t], t) for t in new])
        return [vocab[t] for t in terms]

    def _insert(self, path: str, a: Article, passages: list[Passage], title_terms: list[str]) -> None:
        url_key, body_key = _dedupe_keys(a)
        title_ids = self._term_ids(title_terms)
        cur = self.db.execute(
            "INSERT INTO articles (id, file, path, title, url, press, reporter, published, body_hash, url_key,"
            " title_terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (a.id, path, a.path, a.title, a.url, a.press, a.reporter, a.published, body_key, url_key,
             _i32(title_ids)),
        )
        rid = cur.lastrowid
        title_ids = title_ids * TITLE_REPEAT
        rows = []
        for ordinal, p in enumerate(passages):
            tok_ids = self._term_ids(p.terms)
            uterms, tfs = np.unique(np.array(tok_ids + title_ids, dtype=np.int32), return_counts=True)
            rows.append((
                rid, ordinal, p.start, p.end, a.body[p.start:p.end],
                p.sentences.astype(np.int32).tobytes(), _i32(tok_ids), p.spans.astype(np.int32).tobytes(),
                p.tags.astype(np.uint8).tobytes(),
                uterms.astype(np.int32).tobytes(), tfs.astype(np.int32).tobytes(), len(tok_ids) + len(title_ids),
            ))
        self.db.executemany(
            'INSERT INTO passages (article, ordinal, start, "end", text, sentences, tok_terms, tok_spans, tok_tags,'
            " uterms, utfs, length) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        self._new_passages += len(rows)

    # --- weights ---------------------------------------------------------------------------

    def _compact(self, postings) -> bool:
        """Words of removed articles leave the vocabulary; once unused ids are a tenth of the
        id space, ids are given anew (in the same order) to the words left, and the store is
        rewritten once a tenth of it is free pages: an index under churn stays the size of what
        it holds. True when ids changed (the postings are then stale)."""
        df = np.diff(postings.indptr)
        dead = [i for i, in self.db.execute("SELECT id FROM vocab") if i >= len(df) or df[i] == 0]
        if dead:
            self.db.execute("BEGIN")
            self.db.executemany("DELETE FROM vocab WHERE id = ?", [(i,) for i in dead])
            self.db.execute("COMMIT")
            self.report.terms_dropped = len(dead)
        live = np.array([i for i, in self.db.execute("SELECT id FROM vocab ORDER BY id")], dtype=np.int64)
        span = int(live[-1]) + 1 if len(live) else 0
        renumbered = span - len(live) > max(RENUMBER_MIN_HOLES, span // 10)
        if renumbered:
            self._renumber(live)
        self._vacuum_if_loose()
        return renumbered

    def _vacuum_if_loose(self) -> None:
        """Rewrite the store when it takes a tenth more space per passage than when it was last
        written compactly: deletes leave free pages and half-empty ones that SQLite reuses only
        in part."""
        free, pages, page = (self.db.execute(f"PRAGMA {p}").fetchone()[0]
                             for p in ("freelist_count", "page_count", "page_size"))
        passages = self.db.execute("SELECT count(*) FROM passages").fetchone()[0] or 1
        row = self.db.execute("SELECT value FROM meta WHERE key = 'bytes_per_passage'").fetchone()
        if row is None or (pages - free) * page > 1.1 * float(row[0]) * passages or free > pages // 10:
            self.db.execute("VACUUM")
            self._note_compact_size()

    def _note_compact_size(self) -> None:
        """The store's size per passage, written compactly: what the next build compares with."""
        pages, page = (self.db.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_count", "page_size"))
        passages = self.db.execute("SELECT count(*) FROM passages").fetchone()[0] or 1
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('bytes_per_passage', ?)", (pages * page / passages,))

    def _renumber(self, live: np.ndarray) -> None:
        """Ids 0..n-1 for the n words left, in their old order (so each passage's sorted term
        list stays sorted), written through the vocabulary, passages and titles."""
        new_id = np.full(int(live[-1]) + 1, -1, dtype=np.int32)
        new_id[live] = np.arange(len(live), dtype=np.int32)

        def remap(blob: bytes) -> bytes:
            ids = new_id[np.frombuffer(blob, dtype=np.int32)]
            return ids[ids >= 0].astype(np.int32).tobytes()

        self.db.execute("BEGIN")
        self.db.execute("UPDATE vocab SET id = -1 - id")  # out of the way of the new ids first
        self.db.executemany("UPDATE vocab SET id = ? WHERE id = ?",
                            [(int(n), -1 - int(o)) for n, o in zip(range(len(live)), live.tolist())])
        rows = self.db.execute("SELECT id, tok_terms, uterms FROM passages").fetchall()
        self.db.executemany("UPDATE passages SET tok_terms = ?, uterms = ? WHERE id = ?",
                            [(remap(t), remap(u), i) for i, t, u in rows])
        rows = self.db.execute("SELECT rid, title_terms FROM articles").fetchall()
        self.db.executemany("UPDATE articles SET title_terms = ? WHERE rid = ?", [(remap(t or b""), r) for r, t in rows])
        self.db.execute("COMMIT")
        self.report.terms_renumbered = True

    def _postings(self):
        rows = self.db.execute("SELECT id, article, uterms, utfs, length FROM passages ORDER BY id").fetchall()
        n = len(rows)
        rowids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=n)
        doc_article = np.fromiter((r[1] for r in rows), dtype=np.int64, count=n)
        doc_len = np.fromiter((r[4] for r in rows), dtype=np.int64, count=n)
        terms = [np.frombuffer(r[2], dtype=np.int32) for r in rows]
        sizes = np.fromiter((len(t) for t in terms), dtype=np.int64, count=n)
        term_ids = np.concatenate(terms) if terms else np.empty(0, dtype=np.int32)
        tfs = np.concatenate([np.frombuffer(r[3], dtype=np.int32) for r in rows]) if rows else np.empty(0, dtype=np.int32)
        doc_ids = np.repeat(np.arange(n, dtype=np.int32), sizes)
        n_terms = self.db.execute("SELECT coalesce(max(id) + 1, 0) FROM vocab").fetchone()[0]
        postings = build_postings(doc_ids, term_ids, tfs, doc_len, n_terms, self.params)
        return postings, rowids, doc_article


def _dedupe_keys(a: Article) -> tuple[str | None, str]:
    url_key = normalize_url(a.url) if a.url else None
    body_key = _sha(" ".join(a.body.split()))
    return url_key, body_key


class _AnalysisCache:
    """Kiwi's output for a paragraph, keyed by the paragraph's hash and the analyzer signature.
    Survives generations, so editing one paragraph re-tokenizes only that paragraph. Bounded:
    beyond the entries the index's files need, it keeps CACHE_SLACK of their number more (at
    least CACHE_MIN_SLACK), dropping those used longest ago."""

    def __init__(self, path: Path, signature: str):
        self.signature = signature
        try:
            self.db = self._open(path)
        except sqlite3.DatabaseError:
            path.unlink(missing_ok=True)  # a cache is disposable
            self.db = self._open(path)
        # Each build is one tick of the clock entries are stamped with when used.
        self.tick = self.db.execute("SELECT coalesce(max(used), 0) + 1 FROM analyses").fetchone()[0]

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE IF NOT EXISTS analyses (key TEXT PRIMARY KEY, value TEXT, used INTEGER DEFAULT 0)")
        if "used" not in {row[1] for row in db.execute("PRAGMA table_info(analyses)")}:
            db.execute("ALTER TABLE analyses ADD COLUMN used INTEGER DEFAULT 0")  # a cache from before
        db.execute("CREATE INDEX IF NOT EXISTS analyses_used ON analyses (used)")
        return db

    def evict(self, keep_keys: set[str]) -> int:
        """Drop entries beyond the bound, used longest ago first, never those in keep_keys (what
        the index holds, wanted again when its files are re-read); how many went."""
        keep = len(keep_keys) + max(CACHE_MIN_SLACK, int(CACHE_SLACK * len(keep_keys)))
        extra = self.db.execute("SELECT count(*) FROM analyses").fetchone()[0] - keep
        if extra <= 0:
            return 0
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS live (key TEXT PRIMARY KEY)")
        self.db.execute("DELETE FROM live")
        self.db.executemany("INSERT OR IGNORE INTO live VALUES (?)", [(k,) for k in keep_keys])
        gone = self.db.execute(
            "DELETE FROM analyses WHERE key IN (SELECT key FROM analyses WHERE key NOT IN (SELECT key FROM live)"
            " ORDER BY used LIMIT ?)", (extra,)).rowcount
        free, pages = (self.db.execute(f"PRAGMA {p}").fetchone()[0] for p in ("freelist_count", "page_count"))
        if pages and free > pages // 2:
            self.db.execute("VACUUM")
        return gone

    FORMAT = 3  # bump when _encode_sentences changes

    @classmethod
    def key(cls, signature: str, text: str) -> str:
        return _sha(f"{cls.FORMAT}\x00{signature}\x00{text}")[:32]

    def _key(self, text: str) -> str:
        return self.key(self.signature, text)

    def get_many(self, texts: list[str]) -> dict[str, list[Sentence]]:
        out = {}
        keys = {self._key(t): t for t in texts}
        items = list(keys.items())
        for i in range(0, len(items), 500):
            chunk = dict(items[i:i + 500])
            marks = ",".join("?" * len(chunk))
            for key, value in self.db.execute(f"SELECT key, value FROM analyses WHERE key IN ({marks})", list(chunk)):
                try:
                    out[chunk[key]] = _decode_sentences(value)
                except (ValueError, TypeError):
                    pass  # a damaged entry is a cache miss
            self.db.execute(f"UPDATE analyses SET used = ? WHERE key IN ({marks})", [self.tick, *chunk])
        return out

    def put_many(self, pairs) -> None:
        self.db.execute("BEGIN")
        self.db.executemany(
            "INSERT OR REPLACE INTO analyses VALUES (?, ?, ?)",
            [(self._key(t), _encode_sentences(s), self.tick) for t, s in pairs],
        )
        self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()


RENUMBER_MIN_HOLES = 1000  # unused term ids tolerated whatever the vocabulary's size
# Entries kept beyond those the index needs (files restored, paragraphs moved between files).
CACHE_SLACK = 0.1
CACHE_MIN_SLACK = 500


def _encode_sentences(sentences: list[Sentence]) -> str:
    return json.dumps([[s.start, s.end, s.terms, s.spans.ravel().tolist(), s.tags.tolist()] for s in sentences],
                      ensure_ascii=False)


def _decode_sentences(value: str) -> list[Sentence]:
    return [Sentence(s, e, tuple(terms), np.array(spans, dtype=np.int32).reshape(-1, 2), np.array(tags, dtype=np.uint8))
            for s, e, terms, spans, tags in json.loads(value)]
