"""A generation read from its Xapian shards alone: what a questioner uses when the shards are
served (XAPIAN_REMOTE) and it has no index files of its own. It answers what store.Snapshot
answers (manifest, vocabulary, term statistics, passages, articles), from the shards' metadata
and documents (retrieval/shard_data.py), so excerpts and the no-answer decision run unchanged.
"""

from __future__ import annotations

from pathlib import Path

from . import shard_data
from .bm25 import BM25Params, Postings
from .shards import ShardSearch, ShardsUnavailable
from .store import FORMAT_VERSION, IndexUnusable, Manifest, PassageRecord, TermLookup

_KEYS = (shard_data.KEY_FORMAT, shard_data.KEY_MANIFEST)


class ShardsUnusable(IndexUnusable):
    """The shards answer but cannot be asked: another version's, or of mixed generations."""


def served_generation(search: ShardSearch) -> str:
    """The generation the shards serve now (fresh connections), checked to be one and whole."""
    return _check(search, search.metadata(_KEYS))["generation"]


def _check(search: ShardSearch, metas: list[dict[str, bytes]]) -> dict:
    answering = [(source, m) for source, m in zip(search.sources, metas) if m]
    for source, m in answering:
        if m[shard_data.KEY_FORMAT] != shard_data.FORMAT:
            raise ShardsUnusable(f"{source} was written by another version of newsqa (or carries no passages): "
                                 "rebuild with newsqa index --backend xapian")
    manifests = [shard_data.decode_manifest(m[shard_data.KEY_MANIFEST]) for _, m in answering]
    generations = {m["generation"] for m in manifests}
    if len(generations) > 1:
        raise ShardsUnusable("the shard servers serve different builds (" + ", ".join(sorted(generations))
                             + "): serve the same INDEX_DIR's live-shard-* on each")
    manifest = manifests[0]
    if manifest["shards"] != len(search.sources):
        raise ShardsUnusable(f"the index has {manifest['shards']} shard(s) and {len(search.sources)} are given: "
                             "XAPIAN_REMOTE lists every shard, in order")
    return manifest


class ShardSnapshot(TermLookup):
    """Checked against every shard that answers, loaded from the first (each carries the same
    vocabulary and statistics); passages are read from the shards on demand (a shard that stops
    answering leaves out its passages, and ShardSearch retries it)."""

    def __init__(self, search: ShardSearch):
        self.search = search
        metas = search.metadata(_KEYS)
        data = _check(search, metas)
        first = next(i for i, m in enumerate(metas) if m)
        meta = search.metadata_of(first, (shard_data.KEY_VOCAB, shard_data.KEY_ARRAYS))
        self.generation = data.pop("generation")
        self.path = Path(self.generation)  # its name orders generations, as a local folder's does
        self.manifest = Manifest.from_json({**data, "format": FORMAT_VERSION, "checksums": {}})
        arrays = shard_data.decode_arrays(meta[shard_data.KEY_ARRAYS])
        n_docs, avgdl = arrays["stats"]
        self.postings = Postings.statistics_only(arrays["indptr"], arrays["idf"], arrays["max_weight"], int(n_docs),
                                                 float(avgdl))
        self.doc_article = arrays["doc_article"]
        self.rowids = arrays["rowids"]
        self.vocab = shard_data.decode_vocab(meta[shard_data.KEY_VOCAB])
        self.params = BM25Params(**self.manifest.params)

    def _records(self, ids: list[int]) -> dict[int, tuple[PassageRecord, list[int]]]:
        """Passages by store id, with their articles' passage ids; those the shards lack left out."""
        out = {}
        for pid, data in zip(ids, self.search.documents(ids)):
            if data is not None:
                out[pid] = shard_data.decode_passage(data)
        return out

    def articles(self, docs: list[int]) -> list[list[PassageRecord]]:
        """Every passage of each document's article that the answering shards hold, in article
        order: two reads, the documents and then their articles' other passages."""
        ids = [int(self.rowids[d]) for d in docs]
        first = self._records(ids)
        if len(first) < len(set(ids)):  # a shard stopped answering after it scored them
            raise ShardsUnavailable("some passages are on shards that do not answer")
        others = sorted({o for p in ids for o in first[p][1]} - first.keys())
        records = {**first, **self._records(others)}
        return [[records[o][0] for o in first[p][1] if o in records] for p in ids]

    def file_stats(self) -> dict[str, tuple[int, int]]:
        return {}  # the corpus files are the building machine's business

    def sample_titles(self, n: int) -> list[str]:
        records = self._records([int(p) for p in self.rowids[:n]])
        return [record.article["title"] for record, _ in records.values()]
