"""Kiwi morphemes to index terms. The same analyzer reads articles and questions."""

from __future__ import annotations

import hashlib
import re
import threading
import unicodedata
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import kiwipiepy
import numpy as np
from kiwipiepy import Kiwi

from .models import Sentence

ANALYZER_VERSION = 12  # bump when the filter, the normalisation or the sentence bounds below change

# Tags whose morphemes carry no meaning of their own for search: particles (J*), endings (E*),
# affixes (XP*, XS*), copulas, punctuation and symbols, interjections, conjunctive adverbs and
# pronouns (무엇, 누구, 이것: question words that never match an answer). Measured on KorQuAD 1.0
# dev this filter beats Elasticsearch nori's stop tags (hit@1 0.940 vs 0.931 with titles).
DROPPED_TAGS = frozenset(
    "JKS JKC JKG JKO JKB JKV JKQ JX JC EP EF EC ETN ETM XPN XSN XSV XSA XSM VCP VCN IC MAJ NP "
    "SF SP SS SSO SSC SE SO SW SB UN Z_CODA Z_SIOT USER0 "
    "W_URL W_EMAIL W_MENTION W_EMOJI W_SERIAL".split()
)

# Question words Kiwi tags as verbs, adverbs or determiners (어떻다, 왜, 몇, 무슨): they are in
# most questions and in no answer. Dropping them gains 0.001 hit@1 on KorQuAD and keeps "오늘
# 날씨 어때?" from matching a passage for its "어떻게". Kiwi reads 어떻게 before a verb as one
# adverb (어떻게 받아?): as a rare word of a few articles it weighed more than the question's
# topic, and its absence kept a quote from counting.
QUESTION_WORDS = frozenset("어떻 어떠 어떻게 어떡하 어째서 어찌 왜 몇 얼마 얼마나 언제 어디 누구 무엇 뭐 뭘 어느 무슨 어떤 "
                           "며칠".split())


# Prefixes that make a noun another one, often its opposite: 준결승 is not 결승, 준우승 not 우승,
# 비정규직 not 정규직, 무소속 not 소속. Kiwi reads them apart (준 + 결승), and the prefix, like
# every other (대규모, 신기술), would be dropped: glued to its noun, they make one term.
TURNING_PREFIXES = frozenset("준 비 무 미 불 반 탈 친 역".split())
_PREFIXED_TAGS = frozenset(("NNG", "NNP", "XR"))


def _turning(t) -> bool:
    return t.tag == "XPN" and t.form in TURNING_PREFIXES


def _joins(prefix, t) -> bool:
    """Kiwi's token t is the noun written right after the turning prefix."""
    return t.start == prefix.start + prefix.len and t.tag in _PREFIXED_TAGS


def prefixes_joined(tokens) -> list[tuple[str, str, int, int]]:
    """Kiwi's tokens as (form, tag, start, end), a turning prefix joined to its noun."""
    out = []
    prefix = None
    for t in tokens:
        if prefix is not None and _joins(prefix, t):
            out[-1] = (prefix.form + t.form, t.tag, prefix.start, t.start + t.len)
            prefix = None
            continue
        prefix = t if _turning(t) else None
        out.append((t.form, t.tag, t.start, t.start + t.len))
    return out


def base_tag(tag: str) -> str:
    """VV of VV-R, VV-I: Kiwi marks regular and irregular verbs. Remembered: a question asks
    this of its tokens some 150 times."""
    base = _BASE_TAGS.get(tag)
    if base is None:
        base = _BASE_TAGS[tag] = tag.split("-", 1)[0]
    return base


_BASE_TAGS: dict[str, str] = {}  # Kiwi's few dozen tags


# Each indexed token keeps its part of speech as one byte, so that answers can be recognised
# (a person's name is NNP, an amount is SN + NNB) without running Kiwi again on quoted text.
TAGS = ("", "NNG", "NNP", "NNB", "NR", "VV", "VA", "VX", "MM", "MAG", "XR", "SL", "SH", "SN", "OTHER")
TAG_CODE = {tag: code for code, tag in enumerate(TAGS)}


def tag_code(tag: str) -> int:
    return TAG_CODE.get(base_tag(tag), TAG_CODE["OTHER"])


def normalize_term(form: str, tag: str) -> str | None:
    if tag == "W_HASHTAG":
        word = _HASHTAG.match(form)
        return word.group(1).lower() if word else None
    if tag == "SW" and _LETTER_SIGNS.fullmatch(form):
        # 30㎞ is 30km, and ＡＩ is AI: some of the press writes a unit as one sign and letters
        # full-width, questions are typed in letters (Kiwi reads the signs as symbols).
        form, tag = unicodedata.normalize("NFKC", form), "SL"
    if base_tag(tag) in DROPPED_TAGS:
        return None
    if tag == "SL":
        # Kiwi sometimes keeps an abbreviation's dot ("AI.").
        form = form.strip(".")
    # "AI" and "ai" are one term, and so are "LG전자" and "lg전자" (Kiwi keeps those whole).
    form = form.lower()
    if form in QUESTION_WORDS:
        return None
    return form or None


# A hashtag names what a campaign or a post is about (#MeToo, #CancelKorea: news reports them as
# written): its word is a term, without the sign and what Kiwi reads on after it as part of the
# tag (a closing quote, a particle: "#CancelKorea"와, #MeToo를). A Hangul tag keeps its particle, as
# Kiwi leaves one on a name it does not know (other_forms.glued_forms).
_HASHTAG = re.compile(r"#([A-Za-z][A-Za-z0-9_]*|[가-힣0-9]*[가-힣][가-힣0-9]*)")

# The square signs of units (㎞ ㎝ ㎜ ㎏ ㎎ ㎡ ㏄ ㎾), one character each, and full-width letters.
_LETTER_SIGNS = re.compile("[\u3380-\u33df]|[\uff21-\uff3a\uff41-\uff5a]+")
_MIXED = re.compile(r"[a-z]+|[^a-z]+")


def split_scripts(term: str, start: int) -> list[tuple[str, int, int]]:
    """Kiwi keeps "LG전자" whole but splits "lg전자" into lg + 전자: index mixed Latin-Hangul
    words as their runs, so both spellings meet. Returns (term, start, end) pieces."""
    if term.isascii() or not any("a" <= c <= "z" for c in term):
        return [(term, start, start + len(term))]
    return [(m.group(), start + m.start(), start + m.end()) for m in _MIXED.finditer(term)]


class Token(NamedTuple):
    """A morpheme of a question (a named tuple: a question makes a few dozen, and a frozen
    dataclass costs three times as much to make)."""

    form: str
    tag: str
    start: int
    end: int
    pieces: tuple[tuple[str, int, int, int], ...]  # (term, start, end, tag code) in the morpheme


@dataclass(frozen=True)
class Morpheme:
    form: str
    tag: str
    start: int
    end: int
    term: str | None  # what is indexed, or None when the tag is dropped


class Analyzer:
    """Thread-safe. Questions use a small Kiwi; bulk indexing a second one with worker threads."""

    def __init__(self, user_dict: Path | None = None, num_workers: int = 2):
        self.user_dict = Path(user_dict) if user_dict else None
        self.num_workers = num_workers
        self._query_kiwi: Kiwi | None = None
        self._bulk_kiwi: Kiwi | None = None
        self._lock = threading.Lock()
        self._bulk_lock = threading.Lock()
        self._known: dict[tuple[str, str], tuple[tuple[str, int, int, int], ...]] = {}
        self.signature = self._signature()

    def _signature(self) -> str:
        parts = [f"analyzer={ANALYZER_VERSION}", f"kiwipiepy={kiwipiepy.__version__}"]
        if self.user_dict:
            digest = hashlib.sha256(self.user_dict.read_bytes()).hexdigest()[:16]
            parts.append(f"user_dict={digest}")
        return ";".join(parts)

    def _new_kiwi(self, workers: int) -> Kiwi:
        with warnings.catch_warnings():
            # 0 means one thread since kiwipiepy 0.21, which is what a question wants.
            warnings.simplefilter("ignore", DeprecationWarning)
            kiwi = Kiwi(num_workers=workers)
        if self.user_dict:
            kiwi.load_user_dictionary(str(self.user_dict))
        return kiwi

    def _query(self) -> Kiwi:
        if self._query_kiwi is None:
            with self._lock:
                if self._query_kiwi is None:
                    self._query_kiwi = self._new_kiwi(0)
        return self._query_kiwi

    def warm_up(self) -> None:
        self.terms("워밍업")

    def morphemes(self, text: str) -> list[Morpheme]:
        if not text.strip():
            return []
        kiwi = self._query()
        with self._lock:
            raw = kiwi.tokenize(text)
        return [Morpheme(t.form, t.tag, t.start, t.start + t.len, normalize_term(t.form, t.tag)) for t in raw]

    def terms(self, text: str) -> list[str]:
        """The text's index terms, as a question is searched with."""
        return [piece[0] for token in self.tokens(text) for piece in token.pieces]

    def tokens(self, text: str) -> list[Token]:
        """Every morpheme of a question, with the index terms it gives (none for particles,
        endings and question words, which the question's analysis still reads)."""
        if not text.strip():
            return []
        kiwi = self._query()
        with self._lock:
            raw = kiwi.tokenize(text)
        return [Token(form, tag, start, end, self._pieces(form, tag)) for form, tag, start, end in prefixes_joined(raw)]

    def space(self, text: str) -> str:
        """text as Kiwi's spacing model would space it (it may also take spaces out)."""
        kiwi = self._query()
        with self._lock:
            return kiwi.space(text)

    def _pieces(self, form: str, tag: str) -> tuple[tuple[str, int, int, int], ...]:
        """morpheme_pieces, remembered: text reuses a small vocabulary of morphemes, and
        normalising each occurrence again was half the Python around Kiwi (a question: 16 ->
        8 us; a build: ~10% of its time)."""
        key = (form, tag)
        pieces = self._known.get(key)
        if pieces is None:
            pieces = morpheme_pieces(form, tag)
            if len(self._known) >= KNOWN_MORPHEMES_LIMIT:
                self._known.clear()
            self._known[key] = pieces
        return pieces

    def sentences(self, paragraphs: list[str]) -> list[list[Sentence]]:
        """Sentences with their tokens, offsets relative to each paragraph, many paragraphs at once
        (Kiwi is far faster on a list than on one long string)."""
        if not paragraphs:
            return []
        with self._bulk_lock:
            if self._bulk_kiwi is None:
                self._bulk_kiwi = self._new_kiwi(self.num_workers)
            analysed = self._bulk_kiwi.split_into_sents(paragraphs, return_tokens=True)
            out = []
            for paragraph, sents in zip(paragraphs, analysed):
                bounds = quoted_starts_mended(paragraph, [(s.start, s.end, s.tokens) for s in sents])
                bounds = stops_mended(paragraph, bounds)
                out.append([self._sentence(*b) for b in bounds] or [Sentence(0, len(paragraph), (), _NO_SPANS, _NO_TAGS)])
            return out

    def _sentence(self, first: int, last: int, tokens) -> Sentence:
        # Runs once per token of the corpus, beside Kiwi's threads on the same cores: the
        # cache is read inline, and a dropped token's offsets are never asked for.
        terms, spans, tags = [], [], []
        known = self._known
        prefix = None  # a turning prefix (prefixes_joined), waiting for its noun
        for t in tokens:
            form, tag, start = t.form, t.tag, t.start
            if prefix is not None and _joins(prefix, t):
                form, start = prefix.form + form, prefix.start
                prefix = None
            # _turning(t), written out: a call per token costs ~12% of this loop.
            elif tag == "XPN" and form in TURNING_PREFIXES:
                prefix = t
                continue  # a prefix alone is no term
            else:
                prefix = None
            pieces = known.get((form, tag))
            if pieces is None:
                pieces = self._pieces(form, tag)
            if pieces:
                end = t.start + t.len
                for piece, a, b, code in pieces:
                    terms.append(piece)
                    spans.append(start + a)  # flat: NumPy reads a list of ints faster than pairs
                    spans.append(min(start + b, end))
                    tags.append(code)
        return Sentence(first, last, tuple(terms), np.array(spans, dtype=np.int32).reshape(-1, 2),
                        np.array(tags, dtype=np.uint8))


_CLOSING = "'\"’”」』"
_OPENING = {"'": "'", '"': '"', "’": "‘", "”": "“", "」": "「", "』": "『"}
_SENTENCE_END = re.compile(r"[.!?。]\s*$")


def quoted_starts_mended(text: str, sents: list[tuple[int, int, list]]) -> list[tuple[int, int, list]]:
    """Kiwi's sentences with one of its slips undone: a sentence that begins with a quoted word
    ('국뽕'이란 …, ‘일반순직’의 경우에는 …) is cut after the quote, and the quote given to the
    sentence before (…발견된다. '국뽕' | 이란 국가주의와 …). The quoted word goes back to the
    sentence it begins, at the sentence end before it; without one, the two are one sentence.
    (start, end, tokens) each, offsets into text; tokens with .start."""
    out = list(sents)
    i = 0
    while i + 1 < len(out):
        (a_start, a_end, a_tokens), (b_start, b_end, b_tokens) = out[i], out[i + 1]
        if a_start < a_end == b_start < len(text) and text[a_end - 1] in _CLOSING and "가" <= text[b_start] <= "힣":
            opening = text.rfind(_OPENING[text[a_end - 1]], a_start, a_end - 1)
            tokens = [*a_tokens, *b_tokens]
            if opening > a_start and _SENTENCE_END.search(text, a_start, opening):
                cut = len(text[a_start:opening].rstrip()) + a_start
                out[i:i + 2] = [(a_start, cut, [t for t in tokens if t.start < opening]),
                                (opening, b_end, [t for t in tokens if t.start >= opening])]
            else:
                out[i:i + 2] = [(a_start, b_end, tokens)]
                continue  # the joined sentence may end in such a quote again
        i += 1
    return out


# Syllables that end a statement (했다. 해요. 합니까. 하죠. 하라. 한 것. 확인함.): a full stop
# after any other syllable, with a word right after it, stands between two words.
_STATEMENT_FINAL = frozenset("다요까죠라것음함됨")
# What a new sentence may begin with when a crawl glued it to the one before (전했다.AP통신은,
# 갖는다.88올림픽, 말했다.“이번에는): Kiwi ends a sentence only before Hangul.
_GLUED_START = re.compile(r"(?<=[다요]\.)[A-Za-z0-9“‘]")


def stops_mended(text: str, sents: list[tuple[int, int, list]]) -> list[tuple[int, int, list]]:
    """Kiwi's sentences with the full stops of crawled news read as the press uses them: a
    stop between two words with no space (한.미 양국, 강원도 6개 시.군은, 외출.외박구역) is the
    middle dot they stand for, not a sentence end; a statement's stop glued to a Latin letter,
    a digit or an opening quote (…전했다.AP통신은 …) ends a sentence. (start, end, tokens) each,
    offsets into text; tokens with .start."""
    out: list[tuple[int, int, list]] = []
    for start, end, tokens in sents:
        if (out and out[-1][1] == start and start >= 2 and text[start - 1] == "."
                and "가" <= text[start - 2] <= "힣" and text[start - 2] not in _STATEMENT_FINAL
                and start < len(text) and "가" <= text[start] <= "힣"):
            prev_start, _, prev_tokens = out.pop()
            start, tokens = prev_start, [*prev_tokens, *tokens]
        cuts = [m.start() for m in _GLUED_START.finditer(text, start, end)]
        for cut in cuts:
            out.append((start, cut, [t for t in tokens if start <= t.start < cut]))
            start = cut
        out.append((start, end, [t for t in tokens if t.start >= start] if cuts else tokens))
    return out


_NO_SPANS = np.empty((0, 2), dtype=np.int32)
_NO_TAGS = np.empty(0, dtype=np.uint8)
KNOWN_MORPHEMES_LIMIT = 200_000  # (form, tag) pairs remembered: a few tens of MB at most


def morpheme_pieces(form: str, tag: str) -> tuple[tuple[str, int, int, int], ...]:
    """What one morpheme contributes to the index: nothing, or its term, or the Latin and
    Hangul runs of a mixed word; each with its offsets in the morpheme and its tag's code."""
    term = normalize_term(form, tag)
    if not term:
        return ()
    if tag == "SW":
        return ((term, 0, len(form), tag_code("SL")),)  # ㎞ -> km: one character of the text
    if tag == "W_HASHTAG":
        word = _HASHTAG.match(form)
        return ((term, word.start(1), word.end(1), tag_code("SL" if term.isascii() else "NNP")),)
    code = tag_code(tag)
    out = []
    # Kiwi knows some names as one morpheme with a space ("테드 번디"); a later sentence that
    # says only "번디" should still match, so each word is a term of its own.
    for m in re.finditer(r"\S+", term):
        out.extend((piece, a, b, code) for piece, a, b in split_scripts(m.group(), m.start()))
    return tuple(out)
