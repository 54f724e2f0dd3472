"""The sentence(s) of an article that answer a question, and the words to show in bold.

BM25 finds the article; inside it, the words that found it (the title's, the lead's) are in
most sentences and say little about which one answers. So a question word counts, inside the
article, by how few of its sentences hold it (a local idf) times a damped corpus idf; a word of
the sentence before counts in part (the subject is often named there: "이 드론은 무게가
280g"); and a sentence that holds a phrase of the asked kind (an amount in the asked unit, a
date, a person's name, a quoted name) that the question does not already contain gains, more
when the phrase stands next to a question word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np
from numba import njit

from . import phrases
from .analyzer import TAG_CODE
from .kernels import lower_bound
from .models import Excerpt
from .other_forms import PARTICLES
from .question import LIGHT_WORDS, Kind, Question
from .store import PassageRecord

MAX_EXCERPT_CHARS = 300
_NO_IDS = np.empty(0, dtype=np.int64)
_NO_PAIRS = np.empty((0, 2), dtype=np.int64)
ELLIPSIS = "…"
LEAD_IN = 40  # characters of context kept before the first match when a sentence is cut

IDF_DAMPING = 0.5  # corpus idf ** this: inside one article, rarity in the corpus matters less
LOCAL_FLOOR = 0.05  # a word in every sentence still counts a little
FOCUS_BOOST = 1.0  # the words the question word asks about (무게 in 무게 얼마야)
FOCUS_MISS = 0.5  # a sentence without them keeps this share of its word score
CONTEXT_SHARE = 0.5  # a question word in the previous sentence of the paragraph
PARTIAL_SHARE = 0.7  # a question word inside a longer word of the article (머리 in 머리카락색)
SYNONYM_SHARE = 0.8  # a word that means the same (게재 for 실리 in "논문 어디 실렸어")
# Bonuses for a phrase of the asked kind, as shares of the question's total weight.
KIND_BONUS = 0.4
WEAK_KIND_BONUS = 0.15  # a plausible one: any number where an amount is asked, any name
NEAR_BONUS = 0.2  # the phrase stands within NEAR_CHARS of a question word
NEAR_FOCUS_BONUS = 0.4  # ... of the word the question asks about
UNIQUE_KIND_BONUS = 0.3  # the one sentence with an amount in the asked unit
NEAR_CHARS = 12
WEAK_NEAR = 0.5  # share of the nearness bonus a merely plausible phrase gets
BIGRAM_SHARE = 0.6  # question words that stand side by side in the sentence too
FOCUS_CANDIDATES = 2  # more sentences, best of those holding the word asked about
TIE = 1e-9  # scores this close are equal (sums of the same weights in another order)
CANDIDATES = 4  # sentences, best by their words, that are checked for the asked kind of phrase
ANSWER_WINDOW = 15  # characters between a question word and the phrase that answers it
ANSWER_MARGIN = 1.5  # a marked phrase is this much better supported than any other


@dataclass(frozen=True)
class QueryTerm:
    text: str
    id: int | None  # None when no passage holds the word
    idf: float  # corpus idf (what an unseen word would have for unknown ones)
    proper: bool  # a name: proper noun, Latin or Hanja


@dataclass(frozen=True)
class Sentence:
    passage: int  # index into the article's passages
    start: int  # offsets into that passage's text
    end: int
    tok_from: int  # the passage's tokens [tok_from, tok_to) lie in this sentence
    tok_to: int


@dataclass(frozen=True)
class Choice:
    """The chosen excerpt, and what the no-answer rule reads from it."""

    passage: int
    sentences: tuple[int, ...]  # indices into the article's sentences, in order
    excerpt: Excerpt
    answer: tuple[int, int] | None  # the phrase that answers, [start, end) into excerpt.text
    score: float
    quote_terms: np.ndarray  # bool per question term: in the quote
    context_terms: np.ndarray  # bool: in the sentence before the quote
    article_terms: np.ndarray  # bool: anywhere in the article
    kind_found: bool  # the quote holds a phrase of the asked kind (True when none is asked)
    kind_strong: bool  # ... exactly of the asked kind
    kind_near: int  # 2: such a phrase stands next to the word asked about, 1: next to another question word
    # Asked someone's name by what they are (Question.named_by: 조종사 이름 뭐야), the quote
    # writes that word with no name given to it (조종사가 이를 묵살하고) and no one's name surely.
    unnamed: bool = False


class ArticleView:
    """One article's sentences and tokens, flattened across its passages."""

    def __init__(self, passages: list[PassageRecord], term_text, vocab_id=None, term_texts=None):
        """term_text maps a term id to its text; term_texts, when given, many ids at once."""
        self.passages = passages
        self.term_text = term_text
        self.term_texts = term_texts or (lambda ids: [term_text(t) for t in ids.tolist()])
        self.vocab_id = vocab_id or (lambda word: None)
        if passages:
            bounds = _joined([p.sentences for p in passages])
            tok_starts = _joined([p.tok_spans[:, 0] for p in passages])
            counts = np.array([(len(p.sentences), len(p.tok_spans)) for p in passages], dtype=np.int64)
            # Each sentence's passage and its tokens [tok_from, tok_to) in its passage's token
            # arrays; each token's sentence (one compiled pass: a dozen NumPy calls on arrays of
            # a few dozen items cost more than the work).
            self.sent_passage, self.tok_from, self.tok_to, self.tok_sentence, self.same_prev = \
                _layout(bounds, tok_starts, counts)
            flat = bounds.astype(np.int64)
            self.sent_start, self.sent_end = flat[:, 0], flat[:, 1]
            # int64 throughout, so that each kernel is compiled for one type only
            self.terms = _joined([p.tok_terms for p in passages]).astype(np.int64)
        else:
            self.sent_passage = self.sent_start = self.sent_end = self.tok_from = self.tok_to = _NO_IDS
            self.terms = self.tok_sentence = _NO_IDS
            self.same_prev = np.zeros(0, dtype=np.bool_)
        self.n = len(self.sent_start)
        # The same as Python lists: a sentence is looked up a few dozen times a question, and a
        # NumPy scalar costs more to read than the work done with it. starts and ends (each
        # sentence's offsets in its passage) are read by _written too.
        self._passage_of = self.sent_passage.tolist()
        self.starts, self.ends = self.sent_start.tolist(), self.sent_end.tolist()
        self._from, self._to = self.tok_from.tolist(), self.tok_to.tolist()
        self._tokens: dict[int, tuple] = {}
        self._spans: dict[int, list[tuple[int, int]]] = {}
        self._term_ids: dict[int, list[int]] = {}

    def story(self) -> frozenset[str]:
        """The article's sentences as written, whatever their order (retriever.same_story). As
        written, not with their spaces evened out: that would cost six times as much, for copies
        that differ in their spaces only."""
        return frozenset(self.text(i) for i in range(self.n))

    def sentence(self, i: int) -> Sentence:
        return Sentence(self._passage_of[i], self.starts[i], self.ends[i], self._from[i], self._to[i])

    def text(self, i: int) -> str:
        return self.passages[self._passage_of[i]].text[self.starts[i]:self.ends[i]]

    def term_ids(self, i: int) -> list[int]:
        """Sentence i's term ids, in order (the ids of tokens(i)'s terms)."""
        out = self._term_ids.get(i)
        if out is None:
            out = self._term_ids[i] = self.passages[self._passage_of[i]].tok_terms[self._from[i]:self._to[i]].tolist()
        return out

    def tokens(self, i: int) -> tuple[list[str], list[int], list[tuple[int, int]]]:
        """Sentence i's terms, tags and spans (relative to the sentence), read once."""
        out = self._tokens.get(i)
        if out is None:
            rec = self.passages[self._passage_of[i]]
            a, b = self._from[i], self._to[i]
            out = self._tokens[i] = (self.term_texts(rec.tok_terms[a:b]), rec.tok_tags[a:b].tolist(), self.spans(i))
        return out

    def spans(self, i: int) -> list[tuple[int, int]]:
        """Sentence i's token spans (relative to the sentence), read once: where only the offsets
        are wanted, without the terms' texts that tokens(i) looks up."""
        out = self._spans.get(i)
        if out is None:
            rec = self.passages[self._passage_of[i]]
            spans = (rec.tok_spans[self._from[i]:self._to[i]] - self.starts[i]).tolist()
            out = self._spans[i] = [tuple(x) for x in spans]
        return out


def _joined(arrays: list[np.ndarray]) -> np.ndarray:
    """The arrays end to end; most articles that answer are one passage (a KorQuAD paragraph, a
    short report), which needs no concatenation."""
    return arrays[0] if len(arrays) == 1 else np.concatenate(arrays)


@dataclass(frozen=True)
class Matches:
    """Which of the index's terms count as each question term: itself, terms that contain it or
    that it contains (a compound written apart: 머리 / 머리카락색, 뇌화석 / 화석), synonyms."""

    key_ids: np.ndarray  # sorted term ids (repeats when one term counts for two question terms)
    key_cols: np.ndarray  # the question term each counts as
    key_shares: np.ndarray  # and how much: 1 for the term itself
    matched: list[np.ndarray]  # per question term, its key ids
    in_article: np.ndarray  # bool per question term: the article holds one of them
    # (sentence indices, question term columns): the question's word as written is in these
    # sentences though its terms are not (the article cut 제나기즈 differently)
    written: tuple[tuple[np.ndarray, np.ndarray], ...]
    keys: QuestionKeys  # what the question's terms were matched with
    bold: tuple[np.ndarray, np.ndarray]  # _bold_ids of matched


@dataclass(frozen=True)
class QuestionKeys:
    """The terms that count for each question term in any article, worked out once a question."""

    ids: np.ndarray
    cols: np.ndarray
    shares: np.ndarray
    exact: np.ndarray  # each question term's own id (-1 when the index lacks it)
    parts: list[list[int]]  # per question term: ids of terms it contains, for articles that lack it whole
    # A word as written, the ways an article may space it (조지콜먼: 조지 콜먼), and its question
    # term columns.
    surfaces: tuple[tuple[tuple[str, ...], np.ndarray], ...]
    base_weight: np.ndarray  # damped corpus idf of each question term
    focus: np.ndarray  # bool per question term: a word the question asks about
    pair_ids: np.ndarray  # (n, 2) term ids of word pairs that stand side by side
    pair_cols: np.ndarray  # (n, 2) their question term columns
    matched: list[np.ndarray]  # per question term, the ids above that count as it (sorted)
    light: np.ndarray  # bool per question term: a light word (LIGHT_WORDS), bold only inside a bold word
    # Term id -> 2 when it is (or means the same as) a focus word, 1 another question word:
    # what a phrase of the asked kind is near (longer words that hold one do not count).
    near_kind: dict[int, int]
    bold: tuple[np.ndarray, np.ndarray]  # _bold_ids of matched
    # Words the article may lack and write out instead (과기: 과학기술, 한중일: 한·중·일), with
    # their question term columns.
    shortenings: tuple[tuple[str, int], ...] = ()
    # Words written as a number and a noun (5차전): noun -> number (_numbered).
    numbered: dict[str, str] = field(default_factory=dict)
    # Names written with a number after them (IPv6, 노트7): name -> number (Question.models), lower case.
    models: dict[str, str] = field(default_factory=dict)
    # People the question names (하성용), with their question term columns: an article names
    # them once and then by surname and title (하 전 사장).
    people: tuple[tuple[str, int], ...] = ()
    # Question term columns a sentence holds when it matches a pattern, though it writes none of
    # their words: a birth (출생, 생일) in a life's dates after a name, children (자녀, 자식) in
    # 1남 2녀 (_IMPLIED).
    implied: tuple[tuple[tuple[int, ...], re.Pattern], ...] = ()


def question_keys(qterms: list[QueryTerm], question: Question | None, vocab_id, compounds) -> QuestionKeys:
    """compounds(word) gives the ids of the index's terms that contain word; vocab_id a term's id."""
    n_q = len(qterms)
    synonyms = dict(question.synonyms) if question is not None else {}
    exact = np.array([q.id if q.id is not None else -1 for q in qterms], dtype=np.int64)
    ids, cols, shares = [exact], [np.arange(n_q)], [np.ones(n_q)]
    parts_of: list[list[int]] = []
    for col, q in enumerate(qterms):
        word = q.text
        alternatives = synonyms.get(word, ())
        n = len(word)
        # A question word that glues what the article writes apart (뇌화석 -> 화석).
        if n >= 3:
            parts = {word[a:b] for a in range(n) for b in range(a + max(2, n // 2 + 1), n + 1) if b - a < n}
            parts_of.append([i for i in map(vocab_id, parts) if i is not None])
        else:
            parts_of.append([])
        if n < 2 and not alternatives:
            continue
        partial = compounds(word) if compounds is not None else _NO_IDS
        similar = np.array([i for i in map(vocab_id, alternatives) if i is not None], dtype=np.int64) \
            if alternatives else _NO_IDS
        # ... and inside a longer word, as the question's own word is (죽다: 사망 -> 사망자).
        inside = [compounds(w) for w in alternatives if len(w) >= 2] if compounds is not None else []
        similar_inside = np.unique(np.concatenate(inside)) if inside else _NO_IDS
        for found, share in ((partial, PARTIAL_SHARE), (similar, SYNONYM_SHARE),
                             (similar_inside, PARTIAL_SHARE * SYNONYM_SHARE)):
            if len(found):
                ids.append(found)
                cols.append(np.full(len(found), col))
                shares.append(np.full(len(found), share))
    column = {q.text: col for col, q in enumerate(qterms)}
    surfaces = tuple((spacings(surface), np.array([column[t] for t in terms if t in column], dtype=np.int64))
                     for surface, terms in (question.surfaces if question is not None else ()))
    base_weight = np.power(np.maximum(np.array([q.idf for q in qterms], dtype=np.float64), 0.0), IDF_DAMPING)
    focus = np.array([q.text in question.focus for q in qterms], dtype=np.bool_) if question is not None \
        else np.zeros(n_q, dtype=np.bool_)
    base_weight[focus] *= FOCUS_BOOST
    pair_ids, pair_cols = _pairs(question, qterms) if question is not None else (_NO_PAIRS, _NO_PAIRS)
    key_ids, key_cols, key_shares = np.concatenate(ids), np.concatenate(cols), np.concatenate(shares)
    order = np.argsort(key_ids, kind="stable")  # sorted once, for every article's binary search
    key_ids, key_cols, key_shares = key_ids[order], key_cols[order], key_shares[order]
    matched = _per_column(key_ids, key_cols, n_q)
    light = np.array([q.text in LIGHT_WORDS for q in qterms], dtype=np.bool_)
    near_kind: dict[int, int] = {}
    for term, col, share in zip(key_ids.tolist(), key_cols.tolist(), key_shares.tolist()):
        if share >= SYNONYM_SHARE and term >= 0:
            near_kind[term] = max(near_kind.get(term, 0), 2 if focus[col] else 1)
    return QuestionKeys(key_ids, key_cols, key_shares, exact, parts_of,
                        tuple((s, c) for s, c in surfaces if len(c)), base_weight, focus, pair_ids, pair_cols, matched,
                        light, near_kind, _bold_ids(light, matched),
                        tuple((q.text, col) for col, q in enumerate(qterms) if _shortened(q.text)),
                        _numbered(question) if question is not None else {},
                        dict(question.models) if question is not None else {},
                        tuple((q.text, col) for col, q in enumerate(qterms) if q.proper and person_name(q.text)),
                        _implied(qterms, question.unspaced if question is not None else ""))


def _per_column(key_ids: np.ndarray, key_cols: np.ndarray, n_q: int) -> list[np.ndarray]:
    """The ids that count as each question term, in the order of key_ids (sorted): the keys
    grouped by column by a stable sort, cut where each column's count ends."""
    by_column = key_ids[np.argsort(key_cols, kind="stable")]
    # Sliced by hand: np.split's own Python costs more than the rest of a question's keys.
    ends = np.cumsum(np.bincount(key_cols, minlength=n_q)[:n_q]).tolist()
    return [by_column[a:b] for a, b in zip([0, *ends], ends)]


def _shortened(word: str) -> bool:
    return 2 <= len(word) <= 4 and all(map(_hangul, word))


_MIDDLE_DOTS = "·ㆍ・"
_INTERPUNCTS = _MIDDLE_DOTS + "."  # the press writes the middle dot with a full stop too (한.미, 시.군)


def written_out(text: str, word: str) -> list[tuple[int, int]]:
    """Where text writes out the words a shortened word takes its syllables from: each
    syllable begins a word of one to four syllables, the words written together or with
    interpuncts (과기: 과학기술; 한중일: 한국·중국·일본, 한·중·일, 한.중.일). Spans [start, end).
    (Matched by hand: a regular expression per word costs a compile per question, with its
    Hangul ranges ~0.4 ms.)"""
    out = []
    at = text.find(word[0])
    while at != -1:
        if at == 0 or not _hangul(text[at - 1]):
            ends = {at + 1}
            for c in word[1:]:
                ends = {q for p in ends for q in _next_syllable(text, p, c)}
                if not ends:
                    break
            if ends:
                out.append((at, min(ends)))
        at = text.find(word[0], at + 1)
    return out


def _next_syllable(text: str, p: int, c: str) -> list[int]:
    """Ends of c where it begins the next word after p: past the rest of a word (one to three
    syllables) and an interpunct, or past an interpunct alone."""
    out = []
    q = p
    while q < len(text) and q - p < 4:
        if text[q] in _INTERPUNCTS:
            if q + 1 < len(text) and text[q + 1] == c:
                out.append(q + 2)
            break
        if not _hangul(text[q]):
            break
        if q > p and text[q] == c:
            out.append(q + 1)
        q += 1
    return out


def _hangul(ch: str) -> bool:
    return "가" <= ch <= "힣"


def _bold_ids(light: np.ndarray, matched: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The sorted term ids to show in bold, and those of light words (bold only as part of a
    bold word)."""
    strong = [ids for ids, is_light in zip(matched, light.tolist()) if not is_light]
    weak = [ids for ids, is_light in zip(matched, light.tolist()) if is_light]
    return (np.sort(np.concatenate(strong)) if strong else _NO_IDS,
            np.sort(np.concatenate(weak)) if weak else _NO_IDS)


def _pairs(question: Question, qterms: list[QueryTerm]) -> tuple[np.ndarray, np.ndarray]:
    """The question's word pairs (사장단 워크숍), as term ids and question term columns. A number
    and its noun written as one word (1단계, 2호기) count too: "10월 1일 ... 2단계" holds 1 and
    단계 apart. (Other pieces of one word, 스페이스 + x, stand together wherever they stand.)"""
    column = {q.text: col for col, q in enumerate(qterms)}
    inside = [(a, b) for _, terms in question.surfaces for a, b in zip(terms, terms[1:])
              if a.isdigit() or b.isdigit()]
    ids, cols = [], []
    for a, b in dict.fromkeys((*question.pairs, *inside)):
        ca, cb = column.get(a), column.get(b)
        if ca is None or cb is None or ca == cb:
            continue
        ia, ib = qterms[ca].id, qterms[cb].id
        if ia is not None and ib is not None:
            ids.append((ia, ib))
            cols.append((ca, cb))
    if not ids:
        return _NO_PAIRS, _NO_PAIRS
    return np.array(ids, dtype=np.int64), np.array(cols, dtype=np.int64)


def match(view: ArticleView, keys: QuestionKeys) -> Matches:
    n_q = len(keys.exact)
    article = np.sort(view.terms)
    ids, cols, shares = [keys.ids], [keys.cols], [keys.shares]
    whole, held = _held(keys.exact, keys.ids, article)
    for col in range(n_q):
        if not whole[col] and keys.parts[col]:
            ids.append(np.array(keys.parts[col], dtype=np.int64))
            cols.append(np.full(len(keys.parts[col]), col))
            shares.append(np.full(len(keys.parts[col]), PARTIAL_SHARE))
    if len(ids) > 1:
        key_ids = np.concatenate(ids)
        order = np.argsort(key_ids, kind="stable")
        key_ids, key_cols, key_shares = key_ids[order], np.concatenate(cols)[order], np.concatenate(shares)[order]
        held = member(key_ids, article)
    else:
        key_ids, key_cols, key_shares = keys.ids, keys.cols, keys.shares
    in_article = np.bincount(key_cols[held], minlength=n_q)[:n_q] > 0
    if not held.any():
        matched = [_NO_IDS] * n_q
    elif len(ids) == 1:
        matched = keys.matched  # no parts added for this article: the question's own
    else:
        matched = _per_column(key_ids, key_cols, n_q)
    written = _written(view, keys, in_article)
    for _, cols in written:
        in_article[cols] = True
    bold = keys.bold if matched is keys.matched else _bold_ids(keys.light, matched)
    return Matches(key_ids, key_cols, key_shares, matched, in_article, written, keys, bold)


def _written(view: ArticleView, keys: QuestionKeys, in_article: np.ndarray) -> tuple[tuple[np.ndarray, np.ndarray], ...]:
    """Sentences that hold a question word as written: where the article lacks one of its terms
    (it cut 제나기즈 differently), and where one sentence cuts it apart though others do not
    (우주인 as 우주 + 이 + ㄴ before a name: "일본 우주인 오니시 다쿠야"); and where a word the
    article lacks is written out (과기: 과학기술)."""
    if not (keys.surfaces or keys.shortenings or keys.people or keys.implied) or not view.n:
        return ()
    texts = [p.text.lower() for p in view.passages]
    # The first sentence of each passage, to map an offset in a passage to its sentence.
    first = [0]
    for p in view.passages:
        first.append(first[-1] + len(p.sentences))
    starts, ends = view.starts, view.ends

    def rows_of(find) -> np.ndarray:
        """The sentences holding a span that find(passage text, passage number) gives, whole."""
        rows: set[int] = set()
        for p, text in enumerate(texts):
            for start, end in find(text, p):
                i = bisect_right(starts, start, first[p], first[p + 1]) - 1
                if i >= first[p] and end <= ends[i]:
                    rows.add(i)
        return np.array(sorted(rows), dtype=np.int64)

    out = []
    whole = texts[0] if len(texts) == 1 else "\n".join(texts)
    packed = None
    for forms, cols in keys.surfaces:
        if any(form in whole for form in forms):
            rows = rows_of(lambda text, _: occurrences(text, forms))
            if len(rows):
                out.append((rows, cols))
        elif len(forms[0]) >= LOOSE_SURFACE_CHARS:
            # 시장군수협의회장 asked, 시장·군수 협의회장 written: the article writes the word
            # with spaces and interpuncts of its own.
            packed = whole.translate(_GAPS) if packed is None else packed
            if forms[0] in packed:
                rows = rows_of(lambda text, _: loosely(text, forms[0]))
                if len(rows):
                    out.append((rows, cols))
    for word, col in keys.shortenings:
        # Every syllable of the word is in a text that writes it out.
        if not in_article[col] and all(c in whole for c in word):
            rows = rows_of(lambda text, _: written_out(text, word))
            if len(rows):
                out.append((rows, np.array([col], dtype=np.int64)))
    for cols, pattern in keys.implied:
        # 장성택(張成澤, 1946년 1월 22일~2013년 12월 12일): the birth; 슬하에 1남 2녀: the children.
        if pattern.search(whole):
            if isinstance(pattern, _Whose):
                rows = rows_of(lambda text, p: pattern.spans(text, view.passages[p]))
            else:
                rows = rows_of(lambda text, _: ((m.start(), m.end()) for m in pattern.finditer(text)))
            if len(rows):
                out.append((rows, np.array(cols, dtype=np.int64)))
    for name, col in keys.people:
        # Named once, the person is then 하 전 사장, 이 부회장: sentences that say so hold the name.
        forms = _referring_forms(whole, name)
        if forms:
            rows = rows_of(lambda text, _: _occurrences_as_words(text, forms))
            if len(rows):
                out.append((rows, np.array([col], dtype=np.int64)))
    return tuple(out)


# Question words a sentence may say without writing them, and the patterns that say them.
_IMPLIED = (
    (frozenset({"출생", "생일", "생년월일", "태어나"}), phrases.LIFESPAN),
    (frozenset({"자녀", "자식", "아이", "아들", "딸"}), phrases.CHILDREN),
    # 유지메 토젠의 학원 코미디 만화: its author; 봉준호의 영화: its director.
    (phrases.WRITER_ROLES, phrases.WRITTEN_BY),
    (phrases.DIRECTOR_ROLES, phrases.FILMED_BY),
)


def _implied(qterms: list[QueryTerm], asked: str = "") -> tuple[tuple[tuple[int, ...], re.Pattern], ...]:
    """asked: the question as written, without its spaces (Question.unspaced)."""
    out = []
    for words, pattern in _IMPLIED:
        cols = tuple(col for col, q in enumerate(qterms) if q.text in words)
        if cols:
            out.append((cols, _Whose(pattern, asked) if pattern.groups else pattern))
    return tuple(out)


class _Whose:
    """A pattern whose group 1 says whose work it is (phrases.WRITTEN_BY): only a name does, read
    as a proper noun right before 의 (not 규모의 애니메이션), and not one the question writes (쿠로코의
    농구 3기 감독: 쿠로코의 농구 is the work's name, and 쿠로코의 농구의 TV 애니메이션 is not its
    maker's)."""

    def __init__(self, pattern: re.Pattern, asked: str):
        self.pattern, self.asked = pattern, asked

    def search(self, text: str):
        return self.pattern.search(text)

    def spans(self, text: str, passage: PassageRecord):
        ends = passage.tok_spans[:, 1]
        tags = passage.tok_tags
        for m in self.pattern.finditer(text):
            if m.group(1) + "의" in self.asked:
                continue
            at = int(np.searchsorted(ends, m.end(1)))
            if at >= len(ends):
                continue
            if ends[at] == m.end(1):
                # (A work's name is one proper noun to Kiwi as often: 쿠로코의 농구.)
                start = int(passage.tok_spans[at, 0])
                named = int(tags[at]) in _NAME_TAGS and text[start:m.end(1)].replace(" ", "") not in self.asked
            else:
                # Kiwi may read the name's last word with its 의 as one unknown noun (후지미 소보의):
                # a name still when a proper noun comes right before it.
                named = ends[at] == m.end(1) + 1 and int(tags[at]) in _NOUN_TAGS and at > 0 \
                    and int(tags[at - 1]) in _NAME_TAGS
            if named:
                yield m.start(), m.end()


_NAME_TAGS = frozenset((TAG_CODE["NNP"], TAG_CODE["SL"]))
_NOUN_TAGS = frozenset((TAG_CODE["NNP"], TAG_CODE["NNG"]))


def person_name(word: str) -> bool:
    """A Korean person's name as news writes it: three syllables, a surname first."""
    return len(word) == 3 and all(map(_hangul, word)) and word[0] in phrases.SURNAMES


# Particles after a title (부회장은, 사장이, 시장의).
_AFTER_TITLE = ("은", "는", "이", "가", "의", "을", "를", "과", "와", "도", "에게", "께서", "으로", "로", "에", "측", "실")


def _referring_forms(text: str, name: str) -> tuple[str, ...]:
    """How the article goes on to name the person it names as `name`: surname and the title
    written after the name (이재용 삼성전자 부회장 -> 이 부회장; 하성용 전 성동조선해양 사장 -> 하
    사장, 하 전 사장). Only titles written after the name itself, so that 이건희 회장 is never
    the 이 회장 of 이재용."""
    titles = []
    at = text.find(name)
    while at != -1:
        for word in text[at + len(name):at + len(name) + 30].split()[:4]:
            stem = _without_particle(word)
            if stem.endswith(phrases.TITLE_SUFFIXES):  # one call for all; then which, longest first
                titles.append(next(t for t in phrases.TITLE_SUFFIXES if stem.endswith(t)))
                break
        at = text.find(name, at + len(name))
    surname = name[0]
    return tuple(dict.fromkeys(f for t in titles for f in (f"{surname} {t}", f"{surname} 전 {t}")))


def _without_particle(word: str) -> str:
    word = word.rstrip(".,\"'’”)")
    if not word.endswith(_AFTER_TITLE):
        return word
    for p in _AFTER_TITLE:
        if word.endswith(p) and len(word) > len(p) + 1:
            return word[:-len(p)]
    return word


def _occurrences_as_words(text: str, forms: tuple[str, ...]):
    """occurrences of forms that begin a word and end one (이 부회장은, not 반드시 이 부회장단)."""
    for start, end in occurrences(text, forms):
        if (start == 0 or not _hangul(text[start - 1])) and (
                end == len(text) or not _hangul(text[end]) or text[end:end + 2].startswith(_AFTER_TITLE)):
            yield start, end


def occurrences(text: str, forms: tuple[str, ...]):
    """Spans of each form in text, a form's occurrences not overlapping."""
    for form in forms:
        at = text.find(form)
        while at != -1:
            yield at, at + len(form)
            at = text.find(form, at + len(form))


def spacings(word: str) -> tuple[str, ...]:
    """The word, and the word with one space inside where Korean writing varies: a question
    types 조지콜먼, 제나기즈, 갤럭시S8 for an article's 조지 콜먼, 제나 기즈, 갤럭시 S8. Between
    two Hangul syllables only when both sides keep two, and where the script changes."""
    out = [word]
    scripts = [_script(c) for c in word]
    for k in range(1, len(word)):
        a, b = scripts[k - 1], scripts[k]
        if a is None or b is None:
            continue
        if (a == b == "hangul" and 2 <= k <= len(word) - 2) or a != b:
            out.append(word[:k] + " " + word[k:])
    return tuple(out)


LOOSE_SURFACE_CHARS = 5  # a word this long, written with gaps of the article's own, is still that word
_GAP_CHARS = " " + _MIDDLE_DOTS
_GAPS = str.maketrans("", "", _GAP_CHARS)


def loosely(text: str, word: str) -> list[tuple[int, int]]:
    """Spans of word in text written with spaces or interpuncts between its Hangul syllables
    (시장·군수 협의회장 for 시장군수협의회장), as a whole word: a particle may follow it, not
    more of a longer word (동성 결혼 법률 is not 동성결혼법)."""
    gap = f"[{_GAP_CHARS}]{{0,2}}"
    pattern = "".join(re.escape(c) + (gap if _hangul(c) and _hangul(d) else "") for c, d in zip(word, word[1:]))
    return [m.span() for m in re.finditer(pattern + re.escape(word[-1]), text)
            if m.end() == len(text) or not _hangul(text[m.end()]) or text.startswith(PARTICLES, m.end())]


def _script(c: str) -> str | None:
    if _hangul(c):
        return "hangul"
    if c.isdigit():
        return "digit"
    return "latin" if c.isalpha() else None


def presence(view: ArticleView, matches: Matches, n_q: int) -> np.ndarray:
    """[sentence, question term]: 1 where the sentence holds the term, a share where it holds a
    term that counts for it in part."""
    n_sent = view.n
    if not n_sent or not n_q or not len(view.terms):
        return np.zeros((n_sent, n_q))
    held = _presence_kernel(view.terms, view.tok_sentence, n_sent, n_q, matches.key_ids, matches.key_cols,
                            matches.key_shares)
    for rows, cols in matches.written:
        for col in cols.tolist():
            held[rows, col] = 1.0
    return held


@dataclass
class Scored:
    """Every sentence of an article scored for a question; see the module docstring."""

    view: ArticleView
    held: np.ndarray  # [sentence, question term] presence (1, or a share for partial matches)
    context: np.ndarray  # the same for the sentence before, within the paragraph
    weight: np.ndarray  # each question term's weight inside this article
    lexical: np.ndarray  # per sentence: the words' score
    scores: np.ndarray  # per sentence: with the bonus for a phrase of the asked kind
    found: dict[int, list[phrases.Phrase]]  # phrases of the asked kind, for the sentences checked
    own: np.ndarray  # per sentence: the score of its own words (no context) with its bonus
    question: Question
    nearness: dict[int, int]  # _nearness of the sentences checked
    matches: Matches  # what the question's terms were matched with in this article

    def near(self, i: int) -> int:
        out = self.nearness.get(i)
        if out is None:
            found = self.found.get(i) or []
            out = self.nearness[i] = _nearness(found, self.view, i, self.matches.keys.near_kind) \
                if found else 0
        return out


def score_sentences(question: Question, qterms: list[QueryTerm], view: ArticleView, matches: Matches) -> Scored:
    n_sent = view.n
    held = presence(view, matches, len(qterms))
    keys = matches.keys
    focus = keys.focus
    pair_ids = keys.pair_ids if BIGRAM_SHARE else _NO_PAIRS
    weight, context, own, lexical = _score_kernel(held, view.same_prev, keys.base_weight, focus, view.terms,
                                                  view.tok_sentence, pair_ids, keys.pair_cols, BIGRAM_SHARE,
                                                  CONTEXT_SHARE, FOCUS_MISS, LOCAL_FLOOR)
    scores = lexical.copy()
    lex = lexical.tolist()  # read one by one below: a list's floats cost less to read than NumPy's
    top = max(lex) if n_sent else 0.0

    found: dict[int, list[phrases.Phrase]] = {}
    nearness: dict[int, int] = {}
    if question.kind is not Kind.ANY and n_sent:
        # Only a sentence whose words score within reach of the best can win with a bonus.
        reach = top * (1 - KIND_BONUS - NEAR_FOCUS_BONUS)
        by_words = np.argsort(-lexical, kind="stable").tolist()
        cands = [i for i in by_words[:CANDIDATES] if lex[i] >= reach]
        # A sentence with the asked unit (1000시간), that gives something a name (이른바,
        # '…'이라고 부른다) when a name is asked, or that tells an hour or a weekday when one is
        # asked (29일 오전 9시 35분 경, 야마가타 현 …) may answer with few of the question's words:
        # it is checked whatever its words score.
        clock = phrases.RARE_GRAINS.get(question.grain) if question.kind is Kind.TIME else None
        illness = question.kind is Kind.NAME and question.category in phrases.ILLNESS_NOUNS
        cues = [u for u in question.units if u] if question.units else \
            phrases.NAMED_HINTS if question.kind is Kind.NAME and not question.publication else ()
        if illness:
            # 무슨 병으로 숨졌어: the sentence naming an illness (췌장암 합병증으로 숨을 거둔) may share
            # none of the question's words, its subject named in the sentence before.
            cued = phrases.names_an_illness
        elif clock is not None:
            cued = clock.search
        else:
            cued = (lambda text: any(u in text for u in cues)) if cues else None
        if cued is not None:
            cands += [i for i in range(n_sent) if i not in cands and lex[i] > 0 and cued(view.text(i))][:CANDIDATES]
        if focus.any():
            # A sentence with the word asked about (목표 of 목표 연도: "목표는 2030년이다") may
            # answer with little else of the question: the best few of them are checked too.
            with_focus = (held[:, focus].max(axis=1) >= 1.0).tolist()
            cands += [i for i in by_words if with_focus[i] and i not in cands and lex[i] >= reach][:FOCUS_CANDIDATES]
        if keys.models:
            # ... and one that writes the asked name only with another number (IPv4 for IPv6,
            # 노트5 for 노트7) tells of another model or version.
            cands = [i for i in cands if not _modelled_otherwise(view.text(i), keys.models)]
        if keys.numbered:
            # A sentence that numbers the asked thing otherwise (2차전 for the question's 5차전)
            # tells of another of them: its phrase does not answer.
            cands = [i for i in cands if not _numbered_otherwise(view.text(i), keys.numbered)]
        for i in cands:
            found[i] = _find(question, view, i)
        # A merely plausible phrase (any number, any proper noun) counts only where no sentence
        # holds one exactly of the asked kind: "중국 DJI의 팬텀4" does not answer "추적 기능
        # 이름" beside "이른바 '액티브 트랙' 기능".
        any_strong = any(p.strong for i in cands for p in found[i])
        for i in cands:
            f = found[i]
            if f:
                strong = any(p.strong for p in f)
                if not strong and any_strong:
                    continue
                bonus = KIND_BONUS if strong else WEAK_KIND_BONUS
                near = nearness[i] = _nearness(f, view, i, keys.near_kind)
                bonus += (NEAR_FOCUS_BONUS if near == 2 else NEAR_BONUS if near == 1 else 0.0) * (1.0 if strong else WEAK_NEAR)
                scores[i] += bonus * top
        if (question.kind is Kind.AMOUNT and question.units) or clock is not None or illness or question.asks_journal:
            # The only sentence with an amount in the asked unit (몇 시간 -> 1000시간), with an hour
            # when the hour is asked, naming an illness or a journal when one is, most likely
            # answers, even when it repeats few of the question's words.
            with_unit = [i for i in cands if any(p.strong for p in found.get(i, ()))]
            if len(with_unit) == 1:
                scores[with_unit[0]] += UNIQUE_KIND_BONUS * top
    # Asked how a lawsuit turned out, a sentence that gives a court's decision answers (the suit's
    # filing repeats more of the question's words); asked what someone said, one that reports
    # speech ("…"라고 말했다): among those whose words come close to the best.
    tellers = [tells for tells, asked in ((phrases.gives_verdict, question.asks_verdict),
                                          (phrases.reports_speech, question.said)) if asked]
    if tellers and n_sent:
        reach = top * (1 - KIND_BONUS)
        for i in np.argsort(-lexical, kind="stable")[:CANDIDATES].tolist():
            for tells in tellers:
                if lex[i] >= reach and tells(view.text(i)):
                    scores[i] += KIND_BONUS * top
    return Scored(view, held, context, weight, lexical, scores, found, own + (scores - lexical), question, nearness,
                  matches)


def choose(question: Question, qterms: list[QueryTerm], passages: list[PassageRecord], term_text,
           max_chars: int = MAX_EXCERPT_CHARS, vocab_id=None, compounds=None) -> Choice:
    """The excerpt of this article that answers the question best. term_text maps term ids to
    text, vocab_id text to term id, compounds a word to the ids of terms containing it."""
    view = ArticleView(passages, term_text, vocab_id)
    keys = question_keys(qterms, question, view.vocab_id, compounds)
    return choose_in(question, qterms, view, match(view, keys), max_chars)


def choose_in(question: Question, qterms: list[QueryTerm], view: ArticleView, matches: Matches,
              max_chars: int = MAX_EXCERPT_CHARS) -> Choice:
    scored = score_sentences(question, qterms, view, matches)
    view = scored.view
    scores = scored.scores
    n_sent = view.n
    best = int(np.argmax(scores)) if n_sent else 0
    chosen = [best]
    if n_sent:
        passage_of = view.sent_passage
        if question.kind is not Kind.ANY and not _has_strong(scored, best):
            # Sentences that tie for the best, none with the answer: the one beside a sentence
            # that holds it ("…고세균을 배양하는 데 성공했다" before "…2013일을 배양했다").
            tied = np.flatnonzero(scores >= scores[best] - TIE).tolist()
            for i in (t for t in tied if t != best) if len(tied) > 1 else ():
                if any(0 <= j < n_sent and passage_of[j] == passage_of[i] and _has_strong(scored, j)
                       for j in (i + 1, i - 1)):
                    best = chosen[0] = i
                    break
        neighbours = [j for j in (best + 1, best - 1) if 0 <= j < n_sent and passage_of[j] == passage_of[best]]
        if neighbours:
            # The next sentence wins ties: answers follow the sentence naming their subject
            # more often than they precede it.
            # A neighbour is judged by its own words: the best sentence's words, which it
            # carries as context, say nothing about it.
            own = scored.own
            other = max(neighbours, key=lambda j: (own[j], j > best))
            if (question.kind is not Kind.ANY or question.asks_verdict) and not _holds_answer(scored, best):
                # The best sentence lacks the answer: the neighbour that holds it most likely has
                # it (the name in the sentence before "…으로 불리었다"; 소송을 냈다, then 원고 패소
                # 판결했다).
                answering = [j for j in neighbours if _holds_answer(scored, j) and own[j] > 0]
                if answering:
                    other = max(answering, key=lambda j: (own[j], j > best))
                elif question.kind in (Kind.AMOUNT, Kind.TIME) and best + 2 < n_sent \
                        and passage_of[best + 2] == passage_of[best] and not _phrases_of(scored, best) \
                        and _holds_answer(scored, best + 2) \
                        and view.sent_end[best + 2] - view.sent_start[best + 1] <= max_chars:
                    # Nor does the next, but the one after it holds the amount or date asked for
                    # (다카다 겐조가 … 별세했다, 사인은 …, 향년 81세였다): news tells the figures of
                    # an event in the sentences after the one naming it, and the quote is those two.
                    # (Not when the best sentence holds a phrase of the kind at all: 한 명도 보지
                    # 못했다 answers 몇 명 봤대 with none.)
                    # (Not a person or a name: news names many, and the one two sentences on is
                    # seldom the one asked about.)
                    best, other = best + 2, best + 1
                    chosen = [best]
            continues = question.said and best + 1 in neighbours and _opens_quote(view.text(best)) \
                and _closes_quote(view.text(best + 1))
            if continues:
                # Asked what was said, and the best sentence opens a quotation the next one closes
                # ("…혀를 차고 있다. 성공적 올림픽에 최악의 오점"이라고 비판에 가세했다): the rest of
                # what was said, and who said it, is the quote's second half.
                other = best + 1
            span = max(view.sent_end[other], view.sent_end[best]) - min(view.sent_start[other], view.sent_start[best])
            if span <= max_chars and (own[other] > 0 or continues):
                chosen.append(other)
        chosen.sort()
    return _build_choice(question, scored, qterms, chosen, best, max_chars)


def _opens_quote(text: str) -> bool:
    """Whether a sentence leaves a quotation open: an odd number of straight double quotes, or
    more curly ones opened than closed."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _closes_quote(text: str) -> bool:
    """Whether a sentence closes a quotation opened before it."""
    return text.count('"') % 2 == 1 or text.count("”") > text.count("“")


@njit(cache=True, nogil=True)
def _layout(bounds, tok_starts, counts):
    """ArticleView's arrays from its passages' sentence bounds and token starts, end to end;
    counts holds each passage's number of sentences and of tokens."""
    n = len(bounds)
    sent_passage = np.empty(n, dtype=np.int64)
    tok_from = np.empty(n, dtype=np.int64)
    tok_to = np.empty(n, dtype=np.int64)
    same_prev = np.zeros(n, dtype=np.bool_)
    i = 0
    first_token = 0
    for p in range(len(counts)):
        last_token = first_token + counts[p, 1]
        for _ in range(counts[p, 0]):
            sent_passage[i] = p
            tok_from[i] = lower_bound(tok_starts, bounds[i, 0], first_token, last_token) - first_token
            tok_to[i] = lower_bound(tok_starts, bounds[i, 1], first_token, last_token) - first_token
            same_prev[i] = i > 0 and sent_passage[i - 1] == p
            i += 1
        first_token = last_token
    total = 0
    for i in range(n):
        total += tok_to[i] - tok_from[i]
    tok_sentence = np.empty(total, dtype=np.int64)
    at = 0
    for i in range(n):
        for _ in range(tok_to[i] - tok_from[i]):
            tok_sentence[at] = i
            at += 1
    return sent_passage, tok_from, tok_to, tok_sentence, same_prev


@njit(cache=True, nogil=True)
def _held(exact, key_ids, article):
    """member(exact, article) and member(key_ids, article) in one call."""
    return member(exact, article), member(key_ids, article)


@njit(cache=True, nogil=True)
def member(values, sorted_keys):
    """values[i] in sorted_keys, for each i: a binary search each, cheaper than np.isin's sort
    for the few hundred tokens of an article."""
    out = np.zeros(len(values), dtype=np.bool_)
    m = len(sorted_keys)
    for i in range(len(values)):
        lo = lower_bound(sorted_keys, values[i], 0, m)
        out[i] = lo < m and sorted_keys[lo] == values[i]
    return out


@njit(cache=True, nogil=True)
def _presence_kernel(terms, tok_sentence, n_sent, n_q, key_ids, key_cols, key_shares):
    """For each token, the question terms it matches (key_ids sorted, repeats allowed), the
    largest share kept per sentence and question term. Compiled: one pass over ~500 tokens an
    article, which costs more in NumPy calls than in the work."""
    out = np.zeros((n_sent, n_q))
    m = len(key_ids)
    for p in range(len(terms)):
        t = terms[p]
        lo = lower_bound(key_ids, t, 0, m)
        row = tok_sentence[p]
        while lo < m and key_ids[lo] == t:
            col = key_cols[lo]
            if out[row, col] < key_shares[lo]:
                out[row, col] = key_shares[lo]
            lo += 1
    return out


@njit(cache=True, nogil=True)
def _score_kernel(held, same_prev, base_weight, focus, terms, tok_sentence, pair_ids, pair_cols, bigram_share,
                  context_share, focus_miss, local_floor):
    """The words' score of each sentence (see the module docstring): question term weights from
    a local idf, a share for words of the sentence before, word pairs side by side, and less
    for a sentence without a focus word when some sentence has one."""
    n_sent, n_q = held.shape
    weight = np.zeros(n_q)
    for c in range(n_q):
        sdf = 0
        for r in range(n_sent):
            if held[r, c] > 0:
                sdf += 1
        if sdf > 0:
            local = max(np.log((n_sent + 1) / (sdf + 0.5)), local_floor) if n_sent > 1 else 1.0
            weight[c] = base_weight[c] * local
    context = np.zeros((n_sent, n_q))
    own = np.zeros(n_sent)
    lexical = np.zeros(n_sent)
    has_focus = np.zeros(n_sent, dtype=np.bool_)
    any_focus = False
    for r in range(n_sent):
        for c in range(n_q):
            h = held[r, c]
            if r > 0 and same_prev[r]:
                context[r, c] = held[r - 1, c]
            own[r] += h * weight[c]
            lexical[r] += max(h, context_share * context[r, c]) * weight[c]
            if focus[c] and h > 0:
                has_focus[r] = True
                any_focus = True
    n_pairs = len(pair_ids)
    if n_pairs and bigram_share:
        seen = np.zeros((n_sent, n_pairs), dtype=np.bool_)
        for p in range(len(terms) - 1):
            row = tok_sentence[p]
            if tok_sentence[p + 1] != row:
                continue
            for k in range(n_pairs):
                if terms[p] == pair_ids[k, 0] and terms[p + 1] == pair_ids[k, 1] and not seen[row, k]:
                    seen[row, k] = True
                    lexical[row] += bigram_share * min(weight[pair_cols[k, 0]], weight[pair_cols[k, 1]])
    if any_focus:
        for r in range(n_sent):
            if not has_focus[r]:
                lexical[r] *= focus_miss
    return weight, context, own, lexical


def _numbered(question: Question) -> dict[str, str]:
    """The question's words written as a number and a noun (5차전, 3호기): noun -> number."""
    out = {}
    for surface in question.numbered_words:
        digits = len(surface) - len(surface.lstrip("0123456789"))
        if 0 < digits < len(surface):
            out[surface[digits:]] = surface[:digits]
    return out


def _modelled_otherwise(text: str, models: dict[str, str]) -> bool:
    """The text writes one of the names, and only with other numbers after it (IPv4 for the
    question's IPv6), as one word or a space apart."""
    seen = set()
    lowered = text.lower()
    for name, number in models.items():
        at = lowered.find(name)
        while at != -1:
            end = at + len(name)
            start = end + 1 if lowered[end:end + 1] == " " else end
            stop = start
            while stop < len(lowered) and lowered[stop].isdigit():
                stop += 1
            if stop > start and not (stop < len(lowered) and lowered[stop] in ".,"):
                seen.add(lowered[start:stop] == number)
            at = lowered.find(name, end)
    return seen == {False}


def _numbered_otherwise(text: str, numbered: dict[str, str]) -> bool:
    """The text writes one of the numbered nouns, and only with other numbers (2차전, 1차전 for
    5차전). Matched as written: an article may cut 2차전 as 2 + 차 + 전."""
    seen = set()
    for noun, number in numbered.items():
        at = text.find(noun)
        while at != -1:
            start = at
            while start > 0 and text[start - 1].isdigit():
                start -= 1
            if start < at and (start == 0 or text[start - 1] not in ".,"):
                seen.add(text[start:at] == number)
            at = text.find(noun, at + len(noun))
    return seen == {False}


def _phrases_of(scored: Scored, i: int) -> list[phrases.Phrase]:
    """The phrases of the asked kind in sentence i, plausible or exact: found once, while
    scoring or on first asking."""
    found = scored.found.get(i)
    if found is None:
        found = scored.found[i] = _found_in(scored, i)
    return found


def _has_strong(scored: Scored, i: int) -> bool:
    return any(p.strong for p in _phrases_of(scored, i))


def _holds_answer(scored: Scored, i: int) -> bool:
    """Sentence i holds what answers: asked how a lawsuit turned out, a court's decision; else a
    phrase exactly of the asked kind."""
    if scored.question.asks_verdict:
        return phrases.gives_verdict(scored.view.text(i))
    return _has_strong(scored, i)


def _found_in(scored: Scored, i: int) -> list[phrases.Phrase]:
    """_find, for a sentence not checked while scoring; none in a sentence of another model
    (IPv4 for the question's IPv6), which holds no answer to the question."""
    models = scored.matches.keys.models
    if models and _modelled_otherwise(scored.view.text(i), models):
        return []
    return _find(scored.question, scored.view, i)


def _find(question: Question, view: ArticleView, i: int) -> list[phrases.Phrase]:
    if question.kind in (Kind.TIME, Kind.CONTACT, Kind.REASON):
        return phrases.find(question, view.text(i), [], [], [])  # read from the text alone
    if question.kind is Kind.AMOUNT:
        # The text, and where its tokens stand: they tell the numeral of 한 편 from the word 한편.
        return phrases.find(question, view.text(i), [], [], view.spans(i))
    terms, tags, spans = view.tokens(i)
    return phrases.find(question, view.text(i), terms, tags, spans)


def _nearness(found, view: ArticleView, i: int, near_kind: dict[int, int]) -> int:
    """_near of the phrases exactly of the asked kind, or of all when none is."""
    strong = [p for p in found if p.strong]
    return _near(strong or found, view, i, near_kind)


def _near(found, view: ArticleView, i: int, near_kind: dict[int, int]) -> int:
    """2 when a phrase of the asked kind stands within NEAR_CHARS of a word the question asks
    about (4만여 개 유전자), 1 when next to another question word, else 0. A word that means
    the same (게재 for 실리) stands for it here too; a longer word holding it (한국천문연구원
    for 한국) does not."""
    words = [(t, kind) for t, kind in enumerate(map(near_kind.get, view.term_ids(i))) if kind]
    if not words:
        return 0
    spans = view.spans(i)
    near = 0
    bounds = [(p.start, p.end) for p in found]
    for t, kind in words:
        a, b = spans[t]
        for start, end in bounds:
            if not (start <= a < end) and (abs(a - end) <= NEAR_CHARS or abs(start - b) <= NEAR_CHARS):
                if kind == 2:
                    return 2
                near = 1
                break
    return near


def _build_choice(question, scored: Scored, qterms, chosen, best, max_chars) -> Choice:
    view, held, context, scores, found = scored.view, scored.held, scored.context, scored.scores, scored.found
    n_sent = view.n
    if not n_sent:
        empty = np.zeros(len(qterms), dtype=bool)
        return Choice(0, (), Excerpt("", ()), None, 0.0, empty, empty, empty, question.kind is Kind.ANY, False, 0)
    s_best = view.sentence(best)
    rec = view.passages[s_best.passage]
    first, last = view.sentence(chosen[0]), view.sentence(chosen[-1])
    start, end = first.start, last.end
    # Bold goes to the question's informative words (not to 있 of 남아있다).
    tok_from, tok_to = first.tok_from, last.tok_to
    tokens = rec.tok_terms[tok_from:tok_to].astype(np.int64)
    token_spans = rec.tok_spans[tok_from:tok_to]
    strong, weak = scored.matches.bold
    hit = member(tokens, strong)
    if len(weak):
        # A light word is bold only as part of a bold word (이 of 이차전지), never on its own
        # (있 of 남아있다).
        glued = member(tokens, weak)
        for i in np.flatnonzero(glued & ~hit).tolist():
            if (i + 1 < len(tokens) and hit[i + 1] and token_spans[i, 1] == token_spans[i + 1, 0]) or (
                    i > 0 and hit[i - 1] and token_spans[i - 1, 1] == token_spans[i, 0]):
                hit[i] = True
    spans = [tuple(x) for x in token_spans[hit].tolist()]
    excerpt, shift = _cut(rec.text, start, end, s_best, spans, max_chars)

    kinds = [_phrases_of(scored, i) if question.kind is not Kind.ANY else found.get(i, []) for i in chosen]
    answer = None
    candidates = [(i, k) for i, k in zip(chosen, kinds) if k]
    if candidates:
        answer = _answer_span(candidates, scored, shift, excerpt.text)
    quote_terms = held[chosen].max(axis=0) > 0
    context_terms = context[chosen[0]] > 0
    strong = any(p.strong for k in kinds for p in (k or []))
    unnamed = False
    if question.named_by:
        beside = [phrases.names_beside(view.text(i), *view.tokens(i)[1:], k or [], question.named_by)
                  for i, k in zip(chosen, kinds)]
        # No sentence names someone beside the word, and none names anyone surely: another
        # sentence may name the one it is otherwise (유재원씨, after 학생이 in the sentence before).
        unnamed = False in beside and True not in beside and not strong
    return Choice(
        passage=s_best.passage, sentences=tuple(chosen), excerpt=excerpt, answer=answer, score=float(scores[best]),
        quote_terms=quote_terms, context_terms=context_terms, article_terms=(held > 0).any(axis=0),
        kind_found=question.kind is Kind.ANY or any(bool(k) for k in kinds),
        kind_strong=question.kind is Kind.ANY or strong,
        kind_near=max((scored.near(i) for i, k in zip(chosen, kinds) if k), default=0),
        unnamed=unnamed,
    )


class _Mention(NamedTuple):
    """A phrase that may be marked, by its best supported mention: offsets into the passage."""
    support: float
    start: int
    end: int
    quoted: bool  # it stands between quote marks

    def within(self, other: "_Mention") -> bool:
        """other's span lies inside this one's."""
        return self.start <= other.start < other.end <= self.end


def _answer_span(candidates, scored: Scored, shift: int, text: str) -> tuple[int, int] | None:
    """The phrase to mark as the answer, [start, end) in the excerpt, or None when no phrase
    clearly is: a phrase of exactly the asked kind in the quote's sentences, scored by the
    question words around it (the focus word counting double), ahead of any other by a margin.
    The same words written twice (원유철 미래한국당 대표가 ... 원유철 대표가) are one answer, not
    two that compete: its best supported mention stands for it, as does a name's for the same name
    written in full."""
    if scored.question.kind is Kind.REASON:
        return None  # 때문, 혐의 show where the reason is given, not which words it is
    view = scored.view
    weight_of: dict[int, float] = {}
    focus = scored.matches.keys.focus
    for col, keys in enumerate(scored.matches.matched):
        w = float(scored.weight[col]) * (2.0 if focus[col] else 1.0)
        for k in keys.tolist():
            weight_of[k] = max(weight_of.get(k, 0.0), w)
    best_of: dict[str, _Mention] = {}
    for i, found in candidates:
        sentence = view.sentence(i)
        spans = view.spans(i)
        near = [(span, weight_of[t]) for t, span in zip(view.term_ids(i), spans) if t in weight_of]
        text_i = view.text(i)
        for p in {(p.start, p.end): p for p in found if p.strong or p.apposed}.values():
            # A question word counts where no comma parts it from the phrase: "최시중 전
            # 방송통신위원장, 천신일 회장" lists two people, each with his own title.
            support = sum(w for (a, b), w in near if not (p.start <= a < p.end)
                          and ((0 <= p.start - b <= ANSWER_WINDOW and "," not in text_i[b:p.start])
                               or (0 <= a - p.end <= ANSWER_WINDOW and "," not in text_i[p.end:a])))
            said = text_i[p.start:p.end]
            quoted = 0 < p.start and p.end < len(text_i) and text_i[p.start - 1] in phrases.OPENING_QUOTES \
                and text_i[p.end] in phrases.CLOSING_QUOTES
            if said not in best_of or support > best_of[said].support:
                best_of[said] = _Mention(support, sentence.start + p.start, sentence.start + p.end, quoted)
    # ... and so is a name within a fuller one (클린턴 of 빌 클린턴; E of ‘E3 모형’, where it
    # stands), marked in full where no mention of it is better supported, unless the shorter is
    # what stands in quotes ('카툭튀' of '카툭튀'도 대폭).
    for said in sorted(best_of, key=len):
        shorter = best_of[said]
        fuller = next((other for other, m in best_of.items() if other != said
                       and (f" {said} " in f" {other} " or m.within(shorter))), None)
        if fuller is not None:
            longer = best_of[fuller]
            del best_of[said]
            if shorter.support > longer.support or (shorter.quoted and not longer.quoted and longer.within(shorter)):
                best_of[fuller] = shorter._replace(support=max(shorter.support, longer.support))
    ranked = sorted(best_of.values(), key=lambda m: -m.support)
    if not ranked or ranked[0].support <= 0 \
            or (len(ranked) > 1 and ranked[0].support < ANSWER_MARGIN * ranked[1].support):
        return None
    if len(ranked) > 1 and ranked[1].support > 0 and scored.question.kind is Kind.AMOUNT:
        return None  # two amounts in the asked unit, both near the question's words: either may be it
    a, b = ranked[0].start + shift, ranked[0].end + shift
    return (a, b) if 0 <= a < b <= len(text) else None


def _cut(text: str, start: int, end: int, best, spans, max_chars: int) -> tuple[Excerpt, int]:
    """The excerpt text[start:end], cut around its matches when longer than max_chars, with
    highlights; and the shift from passage offsets to excerpt offsets."""
    prefix = suffix = ""
    if end - start > max_chars:
        start, end = _window(text, best.start, best.end, spans, max_chars)
        prefix = ELLIPSIS if start > best.start else ""
        suffix = ELLIPSIS if end < best.end else ""
    body = text[start:end]
    shift = len(prefix) - start
    highlights = sorted((s + shift, e + shift) for s, e in spans if s >= start and e <= end)
    full = prefix + body + suffix
    return Excerpt(full, tuple(_merge(full, highlights))), shift


def _window(text: str, start: int, end: int, spans, max_chars: int) -> tuple[int, int]:
    """The max_chars stretch of text[start:end] that holds the most matches, on word bounds."""
    inside = [(s, e) for s, e in spans if start <= s and e <= end]
    best_from, best_count = start, -1
    for s, _ in inside:
        lo = max(start, s - LEAD_IN)
        count = sum(1 for s2, e2 in inside if lo <= s2 and e2 <= lo + max_chars)
        if count > best_count:
            best_from, best_count = lo, count
    lo = best_from
    hi = min(end, lo + max_chars)
    if hi - lo < max_chars:
        lo = max(start, hi - max_chars)
    # Do not cut a word in two: move inward to the nearest space.
    if lo > start:
        space = text.find(" ", lo, lo + 20)
        lo = space + 1 if space != -1 else lo
    if hi < end:
        space = text.rfind(" ", hi - 20, hi)
        hi = space if space != -1 else hi
    return lo, hi


def _merge(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Adjacent matches separated only by spaces read as one highlight (고객 가치)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and (s <= out[-1][1] or not text[out[-1][1]:s].strip()):
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def warm_up() -> None:
    """Compile the kernels now, for the arrays an article's tokens come in."""
    terms = np.arange(1, 4, dtype=np.int64)
    rows = np.zeros(3, dtype=np.int64)
    _presence_kernel(terms, rows, 1, 1, np.array([1], dtype=np.int64), np.array([0], dtype=np.int64), np.ones(1))
    pairs = np.array([[1, 2]], dtype=np.int64)
    _score_kernel(np.ones((1, 1)), np.zeros(1, dtype=np.bool_), np.ones(1), np.ones(1, dtype=np.bool_), terms, rows,
                  pairs, np.zeros((1, 2), dtype=np.int64), 0.5, 0.5, 0.5, 0.05)
    member(terms, np.arange(3, dtype=np.int64))
    _held(terms, terms, terms)
    # One passage's arrays as the store reads them (read-only; token starts a column of its
    # spans), and several passages' joined.
    stored = np.frombuffer(np.zeros(4, dtype=np.int32).tobytes(), dtype=np.int32).reshape(-1, 2)
    joined = np.zeros((2, 2), dtype=np.int32)
    for bounds, starts in ((stored, stored[:, 0]), (joined, np.zeros(2, dtype=np.int32))):
        _layout(bounds, starts, np.array([[2, 2]], dtype=np.int64))
