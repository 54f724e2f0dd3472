"""The corpus folder: which files are articles, and the articles inside each file."""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from .cleanup import clean_article_text, markdown_to_text, normalize_lines, strip_markup
from .models import Article, Skipped
from .textfile import UnreadableFile, decode

ARTICLE_SUFFIXES = (".txt", ".md", ".json", ".jsonl")
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_JSON_DEPTH = 32
TITLE_CHARS = 60


@dataclass(frozen=True)
class CorpusFile:
    rel: str  # posix path relative to the corpus folder
    size: int
    mtime_ns: int


@dataclass
class FileContents:
    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)  # the file or entries not indexed
    warnings: list[Skipped] = field(default_factory=list)  # indexed, but a field was dropped
    sha: str = ""  # SHA-256 of the bytes read ("" when the file was not read)


def list_corpus(root: Path) -> tuple[list[CorpusFile], list[Skipped]]:
    """Every article file under root, sorted; links that leave the folder are refused."""
    root = root.resolve()
    files: list[CorpusFile] = []
    refused: list[Skipped] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or not name.lower().endswith(ARTICLE_SUFFIXES):
                continue
            path = Path(dirpath, name)
            rel = path.relative_to(root).as_posix()
            if path.is_symlink():
                target = path.resolve()
                if not target.is_relative_to(root):
                    refused.append(Skipped(rel, "link points outside the corpus folder"))
                    continue
            try:
                st = path.stat()
            except OSError as e:
                refused.append(Skipped(rel, f"cannot read: {e.strerror}"))
                continue
            files.append(CorpusFile(rel, st.st_size, st.st_mtime_ns))
    return files, refused


def read_corpus_file(root: Path, rel: str) -> FileContents:
    """The articles of one file. Never raises for bad content: problems say what was wrong."""
    out = FileContents()
    path = root / rel
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            out.skipped.append(Skipped(rel, f"file too large ({size // 1024 // 1024} MB, limit {MAX_FILE_BYTES // 1024 // 1024} MB)"))
            return out
        data = path.read_bytes()
        out.sha = hashlib.sha256(data).hexdigest()
        text = decode(data)
    except UnreadableFile as e:
        out.skipped.append(Skipped(rel, str(e)))
        return out
    except OSError as e:
        out.skipped.append(Skipped(rel, f"cannot read: {e.strerror or e}"))
        return out

    suffix = Path(rel).suffix.lower()
    if suffix in (".txt", ".md"):
        _add(out, article_from_text(text, rel, markdown=suffix == ".md"), rel)
    elif suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            out.skipped.append(Skipped(rel, f"invalid JSON at line {e.lineno} column {e.colno}: {e.msg}"))
            return out
        except RecursionError:
            out.skipped.append(Skipped(rel, "JSON nested too deeply"))
            return out
        records = data if isinstance(data, list) else [data]
        for i, record in enumerate(records):
            where = f"{rel}#{i}" if isinstance(data, list) else rel
            _add(out, article_from_record(record, where), where)
    else:  # .jsonl
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            where = f"{rel}#{lineno}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                out.skipped.append(Skipped(where, f"invalid JSON: {e.msg}"))
                continue
            except RecursionError:
                out.skipped.append(Skipped(where, "JSON nested too deeply"))
                continue
            _add(out, article_from_record(record, where), where)
    return out


def _add(out: FileContents, parsed: tuple[Article | None, list[str]], where: str) -> None:
    article, notes = parsed
    if article is None:
        out.skipped.extend(Skipped(where, note) for note in notes)
    else:
        out.warnings.extend(Skipped(where, note) for note in notes)
        out.articles.append(article)


# --- plain text and Markdown ---------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)


def article_from_text(text: str, where: str, markdown: bool = False) -> tuple[Article | None, list[str]]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    meta: dict[str, str] = {}
    m = _FRONT_MATTER.match(text)
    if m:
        for line in m.group(1).split("\n"):
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip().strip("\"'")
        text = text[m.end():]
    if markdown:
        text, heading = markdown_to_text(text)
        if heading and "title" not in meta:
            meta["title"] = heading
    stem = Path(where).stem
    if "title" not in meta and re.search("[가-힣]", stem):
        # A plain article saved under its headline: the file name is the best title there is.
        meta["title"] = stem.replace("_", " ")
    return _build(meta, text, where)


# --- JSON records --------------------------------------------------------------------------

_BODY_KEYS = ("body", "text", "content", "sentences")
_FIELD_KEYS = {
    "title": ("title", "headline"),
    "url": ("url", "source", "link"),
    "press": ("press", "publisher", "media"),
    "reporter": ("reporter", "author", "byline"),
    "published": ("published", "date", "published_at", "datetime"),
}


def article_from_record(record: object, where: str) -> tuple[Article | None, list[str]]:
    if not isinstance(record, dict):
        return None, [f"expected an article object, found {type(record).__name__}"]
    body = None
    for key in _BODY_KEYS:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            body = value
            break
        if isinstance(value, list):
            # One sentence per line keeps the given sentence boundaries.
            body = "\n".join(s.strip() for s in value if isinstance(s, str) and s.strip())
            if body:
                break
    if not body:
        return None, ["no article text (expected 'body', 'text' or 'sentences')"]
    meta = {}
    for name, keys in _FIELD_KEYS.items():
        for key in keys:
            value = record.get(key)
            if isinstance(value, (str, int, float)) and str(value).strip():
                meta[name] = str(value).strip()
                break
    return _build(meta, body, where)


# --- shared -------------------------------------------------------------------------------

def _build(meta: dict[str, str], raw_body: str, where: str) -> tuple[Article | None, list[str]]:
    notes: list[str] = []
    cleaned = clean_article_text(raw_body)
    if not cleaned.body:
        return None, ["no article text after clean-up"]

    url = meta.get("url") or meta.get("source") or meta.get("link")
    if url and not re.match(r"https?://[^\s/]+", url, re.IGNORECASE):
        notes.append("URL ignored (only http and https links are kept)")
        url = None
    published = meta.get("published") or meta.get("date")
    if published:
        parsed = parse_date(published)
        if parsed is None:
            notes.append(f"date not understood: {published[:40]!r}")
        published = parsed

    title = meta.get("title")
    title = " ".join(normalize_lines(strip_markup(title))) if title else ""
    article = Article(
        id=article_id(url, where),
        title=title or fallback_title(cleaned.body),
        body=cleaned.body,
        path=where,
        url=url,
        press=meta.get("press") or cleaned.press,
        reporter=meta.get("reporter") or cleaned.reporter,
        published=published,
    )
    return article, notes


def article_id(url: str | None, where: str) -> str:
    """Stable across rebuilds: the URL names the article when there is one, else its place."""
    key = "url:" + normalize_url(url) if url else "path:" + where
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def normalize_url(url: str) -> str:
    url = url.strip()
    scheme, sep, rest = url.partition("://")
    host, slash, tail = rest.partition("/")
    return f"{scheme.lower()}{sep}{host.lower()}{slash}{tail}".rstrip("/")


def fallback_title(body: str) -> str:
    """No title given: the opening sentence stands in, clipped."""
    first = body.split("\n", 1)[0]
    m = re.search(r"[.!?](?=\s|$)", first)
    if m and m.end() <= TITLE_CHARS + 10:
        return first[: m.end()]
    return first if len(first) <= TITLE_CHARS else first[:TITLE_CHARS].rstrip() + "…"


_DATE_PATTERNS = (
    re.compile(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})"),
    re.compile(r"(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일"),
    re.compile(r"(\d{4})(\d{2})(\d{2})"),
)


def parse_date(value: str) -> str | None:
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    for pattern in _DATE_PATTERNS:
        m = pattern.search(value)
        if m:
            try:
                return date(*map(int, m.groups())).isoformat()
            except ValueError:
                return None
    return None
