"""Clean-up that Korean news text needs before it is indexed or quoted.

Everything removed here (bylines, related-headline lists, copyright notices, markup) is never
indexed and never shown; the byline still gives the press and the reporter.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

# Bump when what counts as article text changes: an index built under other rules reads every
# file again (its paragraphs still come from the analysis cache when their text is unchanged).
CLEANUP_VERSION = 11

_NAME = r"[가-힣]{2,4}"
_ROLE = r"(?:선임기자|기자|특파원|객원기자|인턴기자)"

# One reporter or several (홍길동 기자 / 홍길동 기자, 김철수 기자 / 공동취재단, 홍길동 기자): the
# first named is the article's reporter. Or a desk (정당팀, 사회부).
_REPORTERS = rf"(?:[가-힣]{{2,6}}\s*[,·]\s*|(?:사진)?공동취재단\s*)?(?P<reporter>{_NAME})\s*{_ROLE}(?:\s*[,·]?\s*{_NAME}\s*{_ROLE})*"
_DESK = r"[가-힣]{1,8}(?:팀|부|취재단)"
# ASCII only: \w would take the Hangul of a sentence glued before the address (했다.yj@…) with it.
_EMAIL = r"[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
# [서울파이낸스 오세정 기자] / [예시스포츠=홍길동 기자] / [홍길동기자 gildong@example.com] /
# 【서울=뉴시스】 / (서울=연합뉴스) 홍길동 기자 =
_BRACKET_BYLINE = re.compile(
    rf"[\[【]\s*(?:(?P<press>[^\]】=\s][^\]】=]*?)\s*=\s*|(?:[^\]】=]+=)?\s*(?P<press2>[^\]】]+?)\s+|)"
    rf"{_REPORTERS}\s*(?:{_EMAIL}\s*)?[\]】]\s*"
)
_AGENCY_BYLINE = re.compile(
    rf"[(【\[]\s*(?:[^()】\]=]{{1,20}}=)\s*(?P<press>[^()】\]]{{1,20}}?)\s*[)】\]]\s*"
    rf"(?:(?:{_REPORTERS}|{_DESK})\s*=\s*)?"
)
# A deck a crawl glued before the dateline ("야당 지도부 불참(서울=뉴스1) 홍길동 기자 = …"): a
# byline this far into the first line, naming a reporter or a desk, still is one.
_DECK_CHARS = 150
BYLINE_CHARS = 60  # a dateline and the names of several reporters


def _byline(first: str) -> tuple[re.Match | None, str | None]:
    """The first line's byline and the press it names, if any."""
    for m in (_BRACKET_BYLINE.match(first), _AGENCY_BYLINE.match(first)):
        if m and (m.group("reporter") or m.re is _AGENCY_BYLINE):
            return m, _press(m)
    for pattern in (_AGENCY_BYLINE, _BRACKET_BYLINE):
        for m in pattern.finditer(first, 1, _DECK_CHARS + BYLINE_CHARS):
            if m.start() > _DECK_CHARS:
                break
            if m.group("reporter") or (m.re is _AGENCY_BYLINE and m.group(0).rstrip().endswith("=")):
                return m, _press(m)
    return None, None


def _press(m: re.Match) -> str | None:
    press = m.group("press") or (m.group("press2") if m.re is _BRACKET_BYLINE else None)
    return (press.strip() or None) if press else None


# 홍길동 기자 name@example.com (at the end of the article, alone or after the last sentence, even
# with no space after its full stop)
_TRAILING_BYLINE = re.compile(
    rf"(?:^|\s|[/(]|(?<=[다요]\.))(?P<reporter>{_NAME})\s*{_ROLE}\s*[(<\[]?\s*(?P<email>{_EMAIL})?\s*[)>\]]?\s*$"
)
_TRAILING_EMAIL = re.compile(rf"\s*[(<\[]?{_EMAIL}[)>\]]?\s*$")
TAIL_CHARS = 200  # a trailing byline with its e-mail address fits in far less

_COPYRIGHT = re.compile(
    r"무단\s*전재|재배포\s*금지|배포\s*금지|ⓒ|©|저작권자|copyright|all rights reserved", re.IGNORECASE
)
_RELATED = re.compile(r"^\s*(?:[-▶▷☞·•■□◆◇※]\s*|\[관련기사\]|관련\s*기사|\[관련\])")

_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BREAK = re.compile(r"<\s*(?:br\s*/?|/p|/div|/h\d|/li)\s*>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u3000\u2000-\u200a\u202f\u205f\f\v]+")

_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)|`)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")


@dataclass(frozen=True)
class Cleaned:
    body: str
    press: str | None = None
    reporter: str | None = None


def strip_markup(text: str) -> str:
    """HTML tags and entities out; text that merely mentions '<' stays."""
    if "<" in text:
        text = _SCRIPT.sub(" ", text)
        text = _BREAK.sub("\n", text)
        text = _TAG.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    return text


def markdown_to_text(text: str) -> tuple[str, str | None]:
    """Markdown syntax out; the first heading, if any, is returned as the title."""
    title = None
    lines = []
    for line in text.split("\n"):
        heading = _MD_HEADING.match(line)
        if heading:
            if title is None:
                title = heading.group(1).strip()
                continue
            line = heading.group(1)
        line = _MD_IMAGE.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPHASIS.sub("", line)
        lines.append(line)
    return "\n".join(lines), title


def normalize_lines(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return [line for line in lines if line]


def clean_article_text(text: str) -> Cleaned:
    """Raw article text to the body we index, plus what the byline tells."""
    lines = normalize_lines(strip_markup(text))
    press = reporter = None

    # What a portal or an outlet puts before the first words: no title, no sentence.
    if len(lines) > 1 and _CAPTION_LABEL.match(lines[0]):
        lines = lines[1:]
    if lines:
        lines[0] = _LEADING_CLUTTER.sub("", lines[0])
        lines = lines if lines[0] else lines[1:]
    if lines:
        first = lines[0]
        m, press = _byline(first)
        if m:
            reporter = m.group("reporter")
            deck, rest = first[:m.start()].strip(), first[m.end():].strip()
            # The deck stays the article's first line (its title when none is given); a mark
            # left from the page before it does not.
            lines[0:1] = [deck, rest] if re.search(r"\w\w", deck) else [rest]
        # A photo's credit left at the end of the deck (… 역주하는 비에르겐[EPA=연합뉴스]).
        lines[0] = _TRAILING_PHOTO_CREDIT.sub("", lines[0])

    if lines:
        lines[0] = _VIDEO_LABEL.sub("", lines[0])
    # Where another speaker begins, so does another sentence (변호사◇앵커> 자신의 … was one).
    lines = [part.strip() for line in lines for part in _SPEAKER_MARK.split(line) if part.strip()]
    lines = lines[:1] + drop_captions(lines[1:])
    lines = [drop_citations(line) for line in lines]
    lines = _drop_copyright(lines)
    lines = _drop_related_headlines(lines)
    lines, trailing_reporter = _drop_trailing_byline(lines)
    reporter = reporter or trailing_reporter
    return Cleaned(body="\n".join(line for line in lines if line), press=press, reporter=reporter)


# Before an article's first words: an outlet's or a portal's promotions (☞ 모든 시민은 기자다!
# [오마이뉴스 바로가기], ▶지금 사람들이 가장 많이 보고 있는 기사▶스타들은 뭐 입지?), each ended by a
# bracketed link, a ? or !, or the next one; a photo's caption with its credit (▲ … (사진=연합뉴스));
# a photo credit (/사진=뉴스1 DB).
_LEADING_CLUTTER = re.compile(
    r"^(?:\s*(?:[☞▶][^☞▶\[\]?!]{0,40}(?:[?!]\s*(?:\[[^\]]{0,20}\])?|\[[^\]]{0,20}\]|(?=[☞▶]))"
    r"|▲[^▲]{0,150}?\((?:사진|사진제공)\s?=\s?[^)]{1,20}\)"
    r"|/?사진\s?=\s?[^\s/]{1,10}(?:\s?DB)?))+\s*")
# A first line that only labels the photo (#사진설명=…), told again by the text.
_CAPTION_LABEL = re.compile(r"^#?\s?사진\s?설명\s?[=:]")
_TRAILING_PHOTO_CREDIT = re.compile(r"\s*\[(?:[A-Z]{2,6}|[가-힣]{2,6})\s?=\s?[가-힣A-Za-z0-9]{2,8}(?:\s?자료사진)?\]$")
# A broadcaster's transcript marks who speaks ([앵커], [기자], ◇앵커>): no words of the story.
_SPEAKER_MARK = re.compile(r"\[\s*(?:앵커|기자|리포트|인터뷰|녹취|현장음)[^\[\]]{0,6}[\]}]\s*|[◇◆]\s*(?:앵커|인터뷰|기자)\s*>\s*")
# The label a portal puts before a video report's text.
_VIDEO_LABEL = re.compile(r"^동영상\s?뉴스\s*")

# Photo captions and credit lines inside the text: not the article's sentences, and not quotable.
_CAPTION_BYLINE = re.compile(rf"\(\s*[^()=\s]{{1,10}}\s*=\s*[^()]{{1,12}}\)\s*{_NAME}\s*{_ROLE}\s*=")
_CAPTION_BEFORE_DATELINE = re.compile(r"^(.{1,60}?)\(\s*[^()=\s]{1,10}\s*=\s*(?:연합뉴스|뉴시스|뉴스1|news1)\)\s*")
_CREDIT_LINE = re.compile(r"^\s*[\[(<【]?[^\[\]()<>【】]{0,40}(?:제공|촬영|출처)(?:\s*=\s*[^\])>】]{1,15})?[\])>】]?\s*$")
_CREDIT_END = re.compile(r"\s*/\s*[^/]{1,25}(?:제공|촬영)\s*$")
_STAMP_LINE = re.compile(r"^\s*\d{4}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?(?:\s+[\w.+-]+@[\w.-]+)?\s*$")
_PHOTO_MARK = re.compile(r"^\s*▲")
# A caption's own credit after its last period ("… 모습./연합뉴스", "…./미국 로체스터대 연구팀
# 논문"), and captions that say where people stand ("(왼쪽부터)", "(맨 윗줄부터)").
_CAPTION_CREDIT = re.compile(r"\.\s?/\s?[^./]{2,40}$")
_PICTURE_PLACES = "왼쪽|오른쪽|위|아래|가운데"
_CAPTION_POSITION = re.compile(rf"^\s*[(\[](?:맨\s?)?(?:{_PICTURE_PLACES}|윗줄|아랫줄|앞줄|뒷줄)[^)\]]{{0,12}}[)\]]")
# ... or that end by saying which picture they tell of ("… 구동기술 모식도(왼쪽)"), as no
# sentence of a story ends.
_CAPTION_POSITION_END = re.compile(rf"[(\[](?:맨\s?)?(?:{_PICTURE_PLACES})(?:부터)?[)\]]\s*$")


def drop_captions(lines: list[str]) -> list[str]:
    """Lines of the body after the first: photo captions (a lone ▲ …, a caption with its own agency
    byline, a line ending in "/한국연구재단 제공" or "…모습./연합뉴스", one starting "(왼쪽부터)" or
    ending "모식도(왼쪽)"),
    credit and date-stamp lines go; a caption glued before an agency dateline ("UNIST 권태준
    교수(울산=연합뉴스) UNIST는 …") is cut off."""
    out = []
    for i, line in enumerate(lines):
        # ▲ also marks the items of a list: a caption is one such line on its own.
        lone_mark = _PHOTO_MARK.match(line) and not any(
            0 <= j < len(lines) and _PHOTO_MARK.match(lines[j]) for j in (i - 1, i + 1))
        if (_CAPTION_BYLINE.search(line) or _CREDIT_LINE.match(line) or _CREDIT_END.search(line)
                or _STAMP_LINE.match(line) or lone_mark or _CAPTION_CREDIT.search(line)
                or _CAPTION_POSITION.match(line) or _CAPTION_POSITION_END.search(line)):
            continue
        m = _CAPTION_BEFORE_DATELINE.match(line)
        if m:
            line = line[m.end():]
        if line:
            out.append(line)
    return out


def drop_citations(line: str) -> str:
    """A wiki's citation marks out of the text (결의했다.[1], 미투[1] 사건, 비디오([1])에서): they
    are no part of the sentence, and their numbers are no amount or date it gives."""
    if "[" not in line:
        return line
    line = _CITED_ALONE.sub("", line)
    return _CITATIONS.sub(lambda m: " " if m.end() < len(line) and not line[m.end()].isspace() else "", line)


# One or more [n] right after a word (a mark begins no line and follows no space: "[1] 첫째"
# numbers a list), and a mark alone in brackets.
_CITATIONS = re.compile(r"(?<=\S)(?:\[\d{1,3}\])+")
_CITED_ALONE = re.compile(r"\(\s*(?:\[\d{1,3}\]\s*)+\)")


def _drop_copyright(lines: list[str]) -> list[str]:
    """Notice lines go; a notice after the last sentence of a line is cut off; the word
    "저작권자" inside a long story about copyright stays."""
    lines = [part for line in lines for part in _credit_split(line)]
    out = []
    notices = [_COPYRIGHT.search(line) for line in lines]
    for i, (line, m) in enumerate(zip(lines, notices)):
        if not m:
            # A notice broken over lines (저작권자 ⓒ | 예시일보 | 무단 전재-재배포 금지): the
            # outlet's name between its parts goes with it.
            if not (0 < i < len(lines) - 1 and notices[i - 1] and notices[i + 1] and len(line) <= NAME_CHARS
                    and not _STATEMENT_END.search(line)):
                out.append(line)
            continue
        cut = m.start()
        opener = max(line.rfind(c, max(0, cut - 30), cut) for c in "<([【")
        if opener >= 0:
            cut = opener
        if len(line) - cut > 160:
            out.append(line)
            continue
        # The outlet's links before its notice (…했다.▶ 네이버 홈에서 구독하세요) go with it.
        before = _LINK_MARK.split(line[:cut], 1)[0].rstrip()
        if len(before) >= 10 and before[-1] in ".!?\"'”’다)":
            out.append(before)
        elif ends := list(_STATEMENT_END.finditer(before)):
            # A page whose sentences a crawl glued into one line, the byline after the last of
            # them (…규정하고 있습니다.조승희 [josh@ytn.co.kr]): the sentences stay.
            out.append(before[:ends[-1].end()])
    return out


def _credit_split(line: str) -> list[str]:
    """A photo's credit a crawl glued between a caption and the next sentence (…전하고 있다.
    2018.2.25/뉴스1 © News1 홍성우 기자접경지역 시장·군수 협의회장을 맡고 있는 …): the credit goes,
    and the sentence after it is a line of its own, not part of a notice to cut off."""
    m = _PHOTO_CREDIT.search(line)
    if not m or m.start() < 10 or not _STATEMENT_END.search(line, m.end()) and not line.endswith("다"):
        return [line]
    # The caption's own source and date stamp before the credit ((화천군청제공)2018.2.25/뉴스1).
    before = _CAPTION_STAMP.sub("", line[:m.start()]).rstrip()
    return [*([before] if before else []), *_credit_split(line[m.end():].lstrip())]


_PHOTO_CREDIT = re.compile(rf"[ⓒ©]\s*[A-Za-z0-9가-힣.]{{1,20}}\s+{_NAME}\s*{_ROLE}")
_CAPTION_STAMP = re.compile(r"(?:\([^()]{1,15}\))?\s*\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?(?:\s*/\s*[^\s/]{1,10})?\s*$")
# The end of a statement, with its closing quote or bracket if any (했다. 습니다." 합니까?).
_STATEMENT_END = re.compile(r"(?:다|요|죠|까)[.?!]['\"’”)]?")
_LINK_MARK = re.compile("[▶☞]")
NAME_CHARS = 30  # an outlet's name, with its site's address at most


def _drop_related_headlines(lines: list[str]) -> list[str]:
    end = len(lines)
    while end > 1 and _RELATED.match(lines[end - 1]):
        end -= 1
    # One stray dash line at the end is not a list; two or more are. One line of ▶ links
    # (▶ 네이버 채널 구독) is the outlet's, never the story's.
    return lines[:end] if len(lines) - end >= 2 or (lines and _LINK_MARK.match(lines[-1])) else lines


def _drop_trailing_byline(lines: list[str]) -> tuple[list[str], str | None]:
    reporter = None
    while lines:
        last = lines[-1]
        # A byline is the end of a line: search only its tail, from a space so that a name is
        # never read from the middle of a word. Searching whole paragraphs for a pattern
        # anchored at their end cost more than the rest of the clean-up together.
        tail_from = 0
        if len(last) > TAIL_CHARS:
            tail_from = last.find(" ", len(last) - TAIL_CHARS)
            if tail_from == -1:  # no word boundary near the end: no byline either
                break
        m = _TRAILING_BYLINE.search(last, tail_from)
        if m and (m.group("email") or m.start() == 0 or len(last) - m.start() <= 20):
            reporter = reporter or m.group("reporter")
            # Some outlets put the address first (gildong@example.com 홍길동 기자).
            lines[-1] = _TRAILING_EMAIL.sub("", last[: m.start()]).rstrip(" /(")
        elif email := _TRAILING_EMAIL.search(last, tail_from):
            lines[-1] = last[: email.start()]
        else:
            break
        if not lines[-1]:
            lines.pop()
        else:
            break
    return lines, reporter
