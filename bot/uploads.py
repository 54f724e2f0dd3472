"""Article files sent by admins: checked, safely named, written into the corpus atomically."""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

from retrieval.corpus import ARTICLE_SUFFIXES, read_corpus_file

UPLOAD_FOLDER = "uploads"
_UNSAFE = re.compile(r"[^\w\s.\-()\[\]가-힣]+")


class UploadRefused(Exception):
    """The message says why, in one line."""


def safe_name(original: str | None) -> str:
    """A file name that stays inside its folder: no path parts, no control characters, no
    leading dot (hidden files are not read), an allowed extension."""
    name = unicodedata.normalize("NFC", original or "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = _UNSAFE.sub("_", name).strip(" .")
    stem, dot, suffix = name.rpartition(".")
    if not dot or f".{suffix.lower()}" not in ARTICLE_SUFFIXES:
        raise UploadRefused(f"only {', '.join(ARTICLE_SUFFIXES)} files are accepted")
    stem = _cut_bytes(stem.strip(" ."), MAX_STEM_BYTES).strip(" .") or "article"
    return f"{stem}.{suffix.lower()}"


# File systems allow 255 bytes a name, and a Korean syllable takes 3 in UTF-8: the stem is cut
# by bytes, leaving room for the extension and a " (999)" that keeps names apart.
MAX_STEM_BYTES = 200


def _cut_bytes(text: str, limit: int) -> str:
    """text cut to at most limit bytes of UTF-8, never inside a character."""
    return text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")


def check_size(size: int | None, limit: int) -> None:
    if size is not None and size > limit:
        raise UploadRefused(f"file is larger than {limit // 1024} KB")


def save_upload(corpus_dir: Path, name: str, data: bytes) -> tuple[Path, int]:
    """Write data as a new file in corpus/uploads; never replaces a file. Returns the path and
    how many articles it holds. A file with no readable article is not written at all."""
    folder = corpus_dir / UPLOAD_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".upload-", suffix=Path(name).suffix, dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        contents = read_corpus_file(folder, tmp.name)
        if not contents.articles:
            reason = contents.skipped[0].reason if contents.skipped else "no article found"
            raise UploadRefused(reason)
        stem, suffix = name.rsplit(".", 1)
        for n in range(1, 1000):
            target = folder / (name if n == 1 else f"{stem} ({n}).{suffix}")
            try:
                os.link(tmp, target)  # fails if target exists: no silent overwrite
            except FileExistsError:
                continue
            return target, len(contents.articles)
        raise UploadRefused("too many files with this name")
    finally:
        tmp.unlink(missing_ok=True)
