"""Answers to Telegram HTML (and to plain text for the terminal).

Telegram's HTML parse mode accepts a handful of tags; everything else must be escaped, and a
message may hold at most 4096 characters. Article text, titles and the user's own words are
always escaped here; only http(s) URLs ever become links.
"""

from __future__ import annotations

import re

from retrieval.models import Answer, Excerpt, Result

MAX_MESSAGE = 4096
MAX_TITLE = 200
_SAFE_URL = re.compile(r"https?://[^\s<>\"']+\Z", re.IGNORECASE)


def escape(text: str) -> str:
    """Telegram HTML escaping: &, < and > always, quotes too so it is safe inside attributes."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def utf16_len(text: str) -> int:
    """Telegram counts message length in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


MAX_URL = 1000  # longer "article URLs" are junk, and would crowd the message out


def safe_url(url: str | None) -> str | None:
    return url if url and len(url) <= MAX_URL and _SAFE_URL.match(url) else None


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _segments(excerpt: Excerpt, answer: tuple[int, int] | None = None) -> list[tuple[str, bool, bool]]:
    """The excerpt's text in order, as (piece, highlighted, answer) triples."""
    text = excerpt.text
    cuts = {0, len(text)}
    for start, end in excerpt.highlights:
        cuts.update((start, end))
    if answer:
        cuts.update(answer)
    edges = sorted(c for c in cuts if 0 <= c <= len(text))
    out = []
    for a, b in zip(edges, edges[1:]):
        bold = any(s <= a and b <= e for s, e in excerpt.highlights)
        marked = answer is not None and answer[0] <= a and b <= answer[1]
        out.append((text[a:b], bold, marked))
    return out


def excerpt_html(excerpt: Excerpt, answer: tuple[int, int] | None = None) -> str:
    """Matched words bold, the phrase that answers underlined; everything else escaped."""
    parts = []
    for piece, bold, marked in _segments(excerpt, answer):
        html = escape(piece)
        if bold:
            html = f"<b>{html}</b>"
        if marked:
            html = f"<u>{html}</u>"
        parts.append(html)
    return "".join(parts)


def published_day(result: Result) -> str:
    """The day the result's article is dated (2015-06-20 of a longer ISO time), or ? when undated."""
    return (result.article.published or "?")[:10]


def source_html(result: Result) -> str:
    a = result.article
    title = escape(clip(a.title, MAX_TITLE))
    url = safe_url(a.url)
    head = f'<a href="{escape(url)}">{title}</a>' if url else f"<b>{title}</b>"
    details = [escape(clip(x, 60)) for x in (a.press, a.published) if x]
    return " · ".join([head, *details])


def result_html(result: Result, unsure: str = "") -> str:
    """The quote and its source; under a quote that may not answer what was asked (Result.sure),
    the note `unsure` says so."""
    note = f"\n<i>{escape(unsure)}</i>" if unsure and not result.sure else ""
    return f"<blockquote>{excerpt_html(result.excerpt, result.answer)}</blockquote>{note}\n📰 {source_html(result)}"


def answer_html(results: tuple[Result, ...], header: str = "", unsure: str = "") -> tuple[str, int]:
    """As many results as fit in one message, best first, and how many that is. The first one
    always fits: a pathologically long title or excerpt is cut."""
    blocks = [result_html(r, unsure) for r in results]
    parts = [header] if header else []
    for n in range(len(blocks), 0, -1):
        text = "\n\n".join(parts + blocks[:n])
        if utf16_len(text) <= MAX_MESSAGE:
            return text, n
    r = results[0]
    for keep in (1000, 400, 100):  # escaping can make text up to six times longer
        short = Excerpt(clip(r.excerpt.text, keep), tuple(h for h in r.excerpt.highlights if h[1] < keep - 1))
        answer = r.answer if r.answer and r.answer[1] < keep - 1 else None
        text = "\n\n".join(parts + [result_html(Result(r.rank, r.score, short, r.passage, r.article, answer, r.sure),
                                                  unsure)])
        if utf16_len(text) <= MAX_MESSAGE:
            break
    return text, 1


ANSWER_MARKS = ("【", "】")


def result_plain(result: Result, bold: tuple[str, str] = ("", ""), unsure: str = "") -> str:
    """A result for the terminal: matched words in bold (when bold holds escape codes), the
    answering phrase in 【brackets】, each quoted line indented under the first; `unsure` under a
    quote that may not answer (Result.sure)."""
    pieces = []
    for piece, hl, marked in _segments(result.excerpt, result.answer):
        if hl:
            piece = f"{bold[0]}{piece}{bold[1]}"
        pieces.append((piece, marked))
    quote = ""
    for i, (piece, marked) in enumerate(pieces):
        opens = marked and (i == 0 or not pieces[i - 1][1])
        closes = marked and (i == len(pieces) - 1 or not pieces[i + 1][1])
        quote += (ANSWER_MARKS[0] if opens else "") + piece + (ANSWER_MARKS[1] if closes else "")
    quote = quote.replace("\n", "\n   ")
    a = result.article
    source = " · ".join(x for x in (a.title, a.press, a.reporter and f"{a.reporter} 기자", a.published) if x)
    lines = [f"{result.rank}. “{quote}”"]
    if unsure and not result.sure:
        lines.append(f"   {unsure}")
    lines.append(f"   — {source}")
    if a.url:
        lines.append(f"     {a.url}")
    return "\n".join(lines)


def answer_plain(answer: Answer, bold: tuple[str, str] = ("", ""), unsure: str = "") -> str:
    return "\n\n".join(result_plain(r, bold, unsure) for r in answer.results)
