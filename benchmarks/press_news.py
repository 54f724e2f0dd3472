"""Real press articles of one day (2018-02-25) for held-out questions on articles no rule was tuned on.

The source is `data/news.dat` of github.com/lovit/soynlp at commit 4c5e0cc (added 2018-02-25 as a
test set for its noun extractor; GPL-3.0, so it is read from where it lies, never committed here):
about 220 Naver news pages of that day from some thirty outlets, glued into one line, sentences
mostly ending in two spaces where the crawler dropped the full stop. It is cut back into
articles at the outlets' own closing lines (copyright notices, Yonhap's reporter address and
links), the two spaces turned into line breaks (the sentence boundaries the source kept), and
copies of the same page dropped. The articles keep everything else the crawl gave: no headline
(the reader falls back on the opening sentence), and photo captions, reporter lines, links and
copyright lines mixed in, which the reader must clean up as it would for any crawled page.

    .venv/bin/python benchmarks/press_news.py NEWS_DAT OUT.jsonl

Each article's URL names its place in news.dat (…/news.dat#a017); the held-out sets' `doc`
gives that URL.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

SOURCE = "https://github.com/lovit/soynlp/blob/4c5e0cc43b703f82c5b47ff4d5d31feb38c48e88/data/news.dat"
PUBLISHED = "2018-02-25"

# Where one outlet's page ends: its copyright line (with what some add after it: the MBC
# rights line, 기사제공 and the outlet's name), or Yonhap's reporter address and its links.
_COPYRIGHT_END = re.compile(
    r"(?:재배포\s?금지|재배포금지)\]?(?:\s*기사제공\s*[가-힣A-Z0-9]{2,8}(?:\s*뉴스)?(?=[^가-힣]|$))?"
    r"(?:\s*Copyright\(c\) Since 1996, MBC&iMBC All rights reserved\.?)?")
_YONHAP_END = re.compile(r"[\w.]+@yna\.co\.kr(?:\s*▶\s*기사제보 및 문의\s*▶\s*로봇이 쓰는 올림픽 속보"
                         r"\s*▶\s*올림픽 챗봇 체험하기)?")
# What a page's text may begin with that belongs to the page before or to the crawl itself.
_LEADING_JUNK = re.compile(r"^(?:\s|[.>＞\-]|기사제공\s*[가-힣A-Z]{2,8}(?:\s*뉴스)?)+")
MIN_CHARS = 200  # a shorter piece is the tail of the page before (a caption's address cut it off)


def cut(text: str) -> list[str]:
    """The pages of news.dat, in order, copies kept."""
    ends = sorted({m.end() for m in _COPYRIGHT_END.finditer(text)} | {m.end() for m in _YONHAP_END.finditer(text)})
    pages: list[str] = []
    start = 0
    for end in [*ends, len(text)]:
        piece = text[start:end].strip()
        start = end
        if len(piece) >= MIN_CHARS or not pages:
            pages.append(piece)
        else:
            pages[-1] += " " + piece
    return [p for p in pages if p]


def article_text(page: str) -> str:
    """A page as an article's text: its sentences on lines of their own."""
    page = _LEADING_JUNK.sub("", page.replace("\xa0", " "))
    lines = (line.strip() for line in re.split(r" {2,}", page))
    return "\n".join(line for line in lines if line)


def articles(text: str) -> list[dict]:
    out, seen = [], set()
    for i, page in enumerate(cut(text)):
        body = article_text(page)
        if len(body) < MIN_CHARS or body in seen:
            continue
        seen.add(body)
        out.append({"url": f"{SOURCE}#a{i:03d}", "published": PUBLISHED, "body": body})
    return out


def write(news_dat: Path, out: Path) -> int:
    found = articles(news_dat.read_text(encoding="utf-8"))
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for a in found:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    return len(found)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(write(Path(sys.argv[1]), Path(sys.argv[2])), "articles")
