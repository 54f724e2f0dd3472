"""What a shard carries besides terms, so that a machine asking questions of served shards needs
no index files of its own: each document's data is its passage as the store holds it (text,
sentences, tokens, article fields), and every shard's metadata holds the generation's manifest,
vocabulary and term statistics.

Pure encoding: JSON for fields, raw little-endian arrays for tokens, nothing a server could use
to run code on the asking side (no pickle; NumPy reads the arrays with allow_pickle=False).
"""

from __future__ import annotations

import io
import json
import struct

import numpy as np

from .store import PassageRecord

FORMAT = b"1"  # bump when the layout below changes
MAGIC = b"NQP1"
KEY_FORMAT = "newsqa.format"
KEY_MANIFEST = "newsqa.manifest"  # the generation's manifest, with its name as "generation"
KEY_VOCAB = "newsqa.vocab"  # terms by id, one a line ("" for an unused id)
KEY_ARRAYS = "newsqa.arrays"  # npz: idf, indptr, max_weight, stats, doc_article, rowids
ARTICLE_FIELDS = ("id", "title", "url", "press", "reporter", "published", "path")
_HEADER = struct.Struct("<I")


def encode_passage(rowid: int, text: str, article: dict, article_docs: list[int], sentences: bytes, tok_terms: bytes,
                   tok_spans: bytes, tok_tags: bytes, title_terms: bytes) -> bytes:
    """A passage as a document's data. article_docs: the store ids of every passage of its
    article, in article order (an answer may sit in another passage than the one that matched)."""
    head = json.dumps({
        "rowid": rowid, "text": text, "article": {k: article.get(k) for k in ARTICLE_FIELDS}, "docs": article_docs,
        "sizes": [len(sentences), len(tok_terms), len(tok_spans), len(tok_tags), len(title_terms)],
    }, ensure_ascii=False).encode("utf-8")
    return b"".join((MAGIC, _HEADER.pack(len(head)), head, sentences, tok_terms, tok_spans, tok_tags, title_terms))


def decode_passage(data: bytes) -> tuple[PassageRecord, list[int]]:
    """The record and its article's passage ids; ValueError for data this version did not write."""
    if data[:4] != MAGIC:
        raise ValueError("not a passage written by this version of newsqa")
    (n,) = _HEADER.unpack_from(data, 4)
    at = 8 + n
    head = json.loads(data[8:at].decode("utf-8"))
    parts = []
    for size in head["sizes"]:
        parts.append(data[at:at + size])
        at += size
    sents, terms, spans, tags, title_terms = parts
    article = dict(head["article"], title_terms=np.frombuffer(title_terms, dtype=np.int32))
    record = PassageRecord(
        rowid=head["rowid"], text=head["text"],
        sentences=np.frombuffer(sents, dtype=np.int32).reshape(-1, 2),
        tok_terms=np.frombuffer(terms, dtype=np.int32),
        tok_spans=np.frombuffer(spans, dtype=np.int32).reshape(-1, 2),
        tok_tags=np.frombuffer(tags, dtype=np.uint8),
        article=article,
    )
    return record, head["docs"]


def encode_vocab(vocab: dict[int, str]) -> bytes:
    texts = [""] * (max(vocab, default=-1) + 1)
    for i, term in vocab.items():
        texts[i] = term
    return "\n".join(texts).encode("utf-8")  # terms are split on whitespace: none holds a newline


def decode_vocab(data: bytes) -> dict[str, int]:
    return {t: i for i, t in enumerate(data.decode("utf-8").split("\n")) if t}


def encode_arrays(**arrays: np.ndarray) -> bytes:
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return buf.getvalue()


def decode_arrays(data: bytes) -> dict[str, np.ndarray]:
    with np.load(io.BytesIO(data), allow_pickle=False) as z:
        return {k: z[k] for k in z.files}


def encode_manifest(manifest: dict, generation: str) -> bytes:
    return json.dumps(dict(manifest, generation=generation), ensure_ascii=False).encode("utf-8")


def decode_manifest(data: bytes) -> dict:
    return json.loads(data.decode("utf-8"))
