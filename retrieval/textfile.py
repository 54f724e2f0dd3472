"""Bytes to text for Korean article files: UTF-8 (with or without BOM), UTF-16 with BOM, CP949."""

from __future__ import annotations

import codecs


class UnreadableFile(ValueError):
    """The file cannot be turned into article text; the message is the one-line reason."""


# Korean sites still export CP949 (a superset of EUC-KR); anything else is refused rather than
# guessed, because a wrong guess indexes mojibake silently.
_FALLBACKS = ("utf-8", "cp949")


def decode(data: bytes) -> str:
    if not data.strip():
        raise UnreadableFile("empty file")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8):], "utf-8", "UTF-8 with BOM")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", "UTF-16")
    if b"\x00" in data[:8192]:
        raise UnreadableFile("binary file (contains NUL bytes)")
    for encoding in _FALLBACKS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableFile("unknown text encoding (expected UTF-8 or CP949)")


def _strict(data: bytes, encoding: str, label: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise UnreadableFile(f"invalid {label} at byte {e.start}") from None
