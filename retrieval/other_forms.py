"""Question words no article writes as the question does, and the index's terms that are the same
word in another form: the other script (Dynamite for 다이너마이트, retrieval/spelling.py) or
with a particle Kiwi left on a name it does not know (the article's 안창림이 for 안창림).

Only words the index does not hold as written are looked up: where both forms are in use
(알렉산더 헤이그(Alexander Haig)), the other one adds nothing but the articles it is common in
(tried: KorQuAD hit@1 -3 for spellings, -8 for particles).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from . import spelling
from .question import SPELLED_OUT, Question

# Particles Kiwi leaves glued to a name it does not know (안창림이, 스키아파렐리가, 코레일과).
PARTICLES = ("이", "가", "은", "는", "을", "를", "의", "와", "과", "도", "에", "에서", "에게", "께서", "로", "으로",
             "이다", "이며", "이라는")
_WORD = re.compile(r"[가-힣]+")


def other_forms(snap, asked: Question, words: list[QuestionWord]) -> dict[str, tuple[str, ...]]:
    """Question term -> the index's terms that are it in another form. snap is the generation
    searched (its vocab, postings and spelled()), words the question's (question_words)."""
    return merged(other_spellings(snap, asked), glued_forms(snap, words), written_in_full(snap, asked))


def held(snap, word: str) -> bool:
    """Some passage of the generation holds the term."""
    i = snap.vocab.get(word)
    return i is not None and snap.postings.indptr[i + 1] > snap.postings.indptr[i]


def other_spellings(snap, asked: Question) -> dict[str, tuple[str, ...]]:
    """The index's terms that write a question word in the other script: Dynamite for
    다이너마이트, 뉴호라이즌 for new horizons (Latin words in a row read as one name, each of them
    standing for it)."""
    groups = [(w, (w,)) for w in dict.fromkeys(asked.terms) if not held(snap, w)]
    run: list[str] = []
    for term in (*asked.terms, ""):
        if spelling.script(term) == "latin":
            run.append(term)
            continue
        if len(run) > 1 and not all(held(snap, w) for w in run):
            groups.append((" ".join(run), tuple(dict.fromkeys(run))))
        run = []
    out: dict[str, tuple[str, ...]] = {}
    for text, stands_for in groups:
        found = spelling.skeleton(text)
        if found is None:
            continue
        kind = spelling.script(text.replace(" ", ""))  # a skeleton is found only in one of the two
        other = "hangul" if kind == "latin" else "latin"
        ids = [i for form in spelling.variants(found, kind) for i in snap.spelled(form, other)]
        spelled = tuple(dict.fromkeys(snap.term_text(i) for i in ids))
        if spelled:
            out = merged(out, dict.fromkeys(stands_for, spelled))
    return out


def glued_forms(snap, words: list[QuestionWord]) -> dict[str, tuple[str, ...]]:
    """The index's terms that are a question word as written with a particle glued on: Kiwi
    reads a name it does not know as one proper noun with its particle (the article's 안창림이)
    and the same name in a question as pieces (안 + 창 + 림). Not for words with a verb in them
    (들어 + 가 is 들어가다), nor for words an article writes plainly (경기 is not 경기도)."""
    out: dict[str, tuple[str, ...]] = {}
    for word, inside, terms in words:
        if len(word) < 2 or held(snap, word):
            continue
        if any(t.tag.startswith(("V", "E", "XSV", "XSA")) for t in inside):
            continue
        if not terms:
            continue
        bases = set(_bases(word, 2))
        if any(held(snap, b) for b in bases):
            continue
        found = tuple(f for f in dict.fromkeys(b + p for b in sorted(bases) for p in PARTICLES)
                      if f != word and held(snap, f))
        if found:
            out = merged(out, dict.fromkeys(terms, found))
    return out


def misread_forms(snap, words: list[QuestionWord]) -> dict[str, tuple[str, ...]]:
    """The index's term that is a question word as written, where Kiwi read grammar into the
    question's word (주산지 언제: 주사 + 이 + ㄴ지) and the articles read it as one noun (주산지를
    들르자): the word is searched for instead of the terms Kiwi made of it, and stands for them
    in a quote."""
    out: dict[str, tuple[str, ...]] = {}
    for word, inside, terms in words:
        if len(word) < MIN_MISREAD_CHARS:
            continue
        if not any(t.tag.startswith(("E", "VCP")) for t in inside):
            continue
        found = next((b for b in _bases(word, MIN_MISREAD_CHARS) if held(snap, b)), None)
        if terms and found is not None and found not in terms:
            out = merged(out, dict.fromkeys(terms, (found,)))
    return out


MIN_MISREAD_CHARS = 3


QuestionWord = tuple[str, list, tuple[str, ...]]  # the word as written, the tokens that begin in it, its terms


def question_words(text: str, tokens, asked: Question) -> list[QuestionWord]:
    """Each Hangul word of the question as written, with the analyzer's tokens that begin in it
    and the question's terms they gave, each once: read once a question, for glued_forms and
    misread_forms."""
    wanted = asked.term_set
    starts = [t.start for t in tokens]
    ordered = all(a <= b for a, b in zip(starts, starts[1:]))
    out = []
    for m in _WORD.finditer(text):
        a, b = m.span()
        if ordered:  # Kiwi's order: the tokens of a word are the ones between two bisections
            inside = tokens[bisect_left(starts, a):bisect_left(starts, b)]
        else:
            inside = [t for t in tokens if a <= t.start < b]
        out.append((m.group(), inside, tuple(dict.fromkeys(p[0] for t in inside for p in t.pieces if p[0] in wanted))))
    return out


def _bases(word: str, shortest: int) -> list[str]:
    """The word, then the word without each particle it may end in, of `shortest` syllables or more."""
    return [word] + [word[:-len(p)] for p in PARTICLES if word.endswith(p) and len(word) - len(p) >= shortest]


def written_apart(snap, asked: Question) -> dict[str, tuple[str, ...]]:
    """The index's terms that make up a question word no passage holds: an organisation the
    question names as one word (해양바이오소재연구단) that the article's own sentence cut as
    해양 + 바이오 + 소재 + 연구 + 단. They find its articles; they do not stand for the word in a
    quote (연구 alone is not 해양바이오소재연구단): the word as written does (Question.surfaces)."""
    out: dict[str, tuple[str, ...]] = {}
    for word in dict.fromkeys(asked.terms):
        if len(word) >= MIN_APART_CHARS and _WORD.fullmatch(word) and not held(snap, word):
            pieces = _pieces(snap, word)
            # All of it, but for a syllable (단 of 연구단): a word half of which no passage holds
            # (레드셔츠 as 레드) is not written in the corpus, and its half finds other things.
            if pieces and sum(map(len, pieces)) >= len(word) - 1:
                out[word] = pieces
    return out


MIN_APART_CHARS = 4


def _pieces(snap, word: str) -> tuple[str, ...]:
    """The longest held term of two syllables or more at each place in word, left to right,
    past a syllable none begins with."""
    out = []
    at, n = 0, len(word)
    while at < n - 1:
        end = next((e for e in range(min(n, at + n - 1), at + 1, -1) if held(snap, word[at:e])), None)
        if end is None:
            at += 1
        else:
            out.append(word[at:end])
            at = end
    return tuple(out)


def merged(*forms: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The forms of each word from all of them, in order, each once."""
    out: dict[str, tuple[str, ...]] = {}
    for more in forms:
        for word, others in more.items():
            out[word] = tuple(dict.fromkeys((*out.get(word, ()), *others)))
    return out


# What a name's short form leaves out (인천공항 for 인천국제공항, 서울대병원 for 서울대학교병원, 부산시 for
# 부산광역시, 제주도 for 제주특별자치도).
_LEFT_OUT = ("국제", "학교", "광역", "특별", "특별자치")
# What news writes after a place's name where a reader leaves it off (경주시 for 경주, 강남구).
_DISTRICTS = ("시", "구")  # (not 군: 일본군 and 러시아군 are armies)


def written_in_full(snap, asked: Question) -> dict[str, tuple[str, ...]]:
    """The index's terms that write a question word in full, as an article may write it only so
    while others write it short: 인천국제공항 for 인천공항, 경주시 for the place 경주, 한국수력원자력
    for 한수원 (SPELLED_OUT)."""
    out: dict[str, tuple[str, ...]] = {}
    for word in dict.fromkeys(asked.terms):
        full = tuple(dict.fromkeys(form for form in _in_full(word, asked) if held(snap, form)))
        if full:
            out[word] = full
    return out


def _in_full(word: str, asked: Question):
    """The forms written_in_full looks for, in order: the word with what a short form leaves out
    inside it, a place's name with its district, the full names of a short one."""
    if _WORD.fullmatch(word):
        if len(word) >= 3:
            yield from (word[:k] + left + word[k:] for k in range(2, len(word)) for left in _LEFT_OUT)
        if len(word) >= 2 and word in asked.names:  # (not 문 of 문 대통령: 문구)
            yield from (word + d for d in _DISTRICTS)
    yield from SPELLED_OUT.get(word, ())
