"""Spaces a chat question left out, put back where Kiwi's spacing model and the index agree.

Typed on a phone, 김은혜가바이든이아니라뭐라고했다고주장했어 is one word: Kiwi, reading it whole,
takes 김은혜가바이든 for a noun no article holds, and the question was refused. Kiwi's own spacing
model (Kiwi.space) reads such runs better than its tagger does, but it also cuts what news writes
as one word: a name it does not know into syllables (노 경 원), a compound into its nouns
(스플래시 데이터, 외교 부). So only its cuts inside long typed words are taken, and of those only
the ones that leave no lone syllable and split no word the index knows.
"""

from __future__ import annotations

from .analyzer import QUESTION_WORDS, Token, base_tag

_NOUN_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "SL", "SN", "SH", "XSN", "XR", "XPN"})
LONG_WORD = 7  # Hangul syllables: a word and its particle seldom run longer (페로브스카이트, 국민건강보험공단은)


def _syllable(c: str) -> bool:
    return "가" <= c <= "힣"


def may_hold_several_words(text: str, tokens: list[Token], known) -> bool:
    """Whether a typed word is long enough to be several words run together and Kiwi read
    more in it than nouns the index knows and their closing particle: an ending, a verb, a
    question word, or a noun no article holds (로탁세인만든교수, one noun to Kiwi). Most long
    words of a question are compounds (기상탑재체요구사항검토회의를), which Kiwi's spacing model
    need not be asked about."""
    start = 0
    for word in text.split(" "):
        end = start + len(word)
        if sum(map(_syllable, word)) >= LONG_WORD:
            inside = [t for t in tokens if t.start >= start and t.end <= end]
            while inside and base_tag(inside[-1].tag).startswith(("J", "E", "S", "VCP")) and not _noun(inside[-1]):
                inside.pop()  # its particle, copula, ending or question mark (사람이었습니까?)
            if any(not _noun(t) or (len(t.form) > 1 and not known(t.form.lower())) for t in inside):
                return True
        start = end + 1
    return False


def spaces_put_back(text: str, spaced: str, tokens: list[Token], known) -> str:
    """text with the spaces Kiwi's model put in spaced (text respaced by Kiwi.space, whose
    tokens are given) that fall inside a long typed word, leave no one-syllable piece on
    either side, and do not cut a word the index knows (known: a term's text -> bool)."""
    cuts, where = _inserted(text, spaced)
    if not cuts:
        return text
    # Kiwi's tokens of the spaced text, placed in text
    placed = [(where[t.start], where[t.end - 1] + 1, t) for t in tokens if 0 < t.end <= len(where)]
    starts = [s for s, _, _ in placed]
    ends = [e for _, e, _ in placed]
    several = _holding_several_words(text, cuts, placed)
    keep = []
    for i, at in enumerate(cuts):
        left_word, right_word = _typed_word(text, at)
        if sum(map(_syllable, text[left_word:right_word])) < LONG_WORD or left_word not in several:
            continue
        piece_start = max([c for c in cuts[:i] if c > left_word] + [left_word])
        piece_end = min([c for c in cuts[i + 1:] if c < right_word] + [right_word])
        if _lone_syllable(text[piece_start:at]) or _lone_syllable(text[at:piece_end]):
            continue  # 노 경 원 직책: a name Kiwi does not know, cut into its syllables
        before = max((s for s in starts if s < at), default=at)
        after = min((e for e in ends if e > at), default=at)
        if _known_across(text, before, at, after, known):
            continue  # 스플래시데이터, 외교부: one word in the articles
        keep.append(at)
    for at in reversed(keep):
        text = text[:at] + " " + text[at:]
    return text


def _holding_several_words(text: str, cuts: list[int], placed) -> set[int]:
    """The starts of the typed words where some cut has a word on one side that is not a noun
    (a particle, an ending, a verb, a question word): words run together. A run of nouns alone
    (공천관리위원장, 개포주공아파트가) is a compound, which the articles may write as one."""
    out = set()
    for at in cuts:
        before = [t for s, e, t in placed if e <= at]
        after = [t for s, e, t in placed if s >= at]
        if before and after and not (_noun(before[-1]) and _noun(after[0])):
            out.add(_typed_word(text, at)[0])
    return out


def _typed_word(text: str, at: int) -> tuple[int, int]:
    """Where the word the asker typed around offset at starts and ends."""
    end = text.find(" ", at)
    return text.rfind(" ", 0, at) + 1, len(text) if end < 0 else end


def _noun(token: Token) -> bool:
    return base_tag(token.tag) in _NOUN_TAGS and token.form not in QUESTION_WORDS


def _inserted(text: str, spaced: str) -> tuple[list[int], list[int]]:
    """Where spaced has a space that text has not (as offsets into text), and the text offset of
    each spaced character. Spaces spaced left out are ignored: the asker's spaces stay."""
    cuts: list[int] = []
    where: list[int] = []
    i = 0
    for ch in spaced:
        while i < len(text) and text[i] == " " and ch != " ":
            i += 1
        if i < len(text) and ch == text[i]:
            where.append(i)
            i += 1
        elif ch == " ":
            where.append(i)
            if i not in cuts and 0 < i < len(text) and text[i - 1] != " ":
                cuts.append(i)
        else:
            return [], []  # Kiwi changed more than spaces: take none of it
    return cuts, where


def _lone_syllable(piece: str) -> bool:
    return len(piece) == 1 and _syllable(piece)


def _known_across(text: str, start: int, at: int, end: int, known) -> bool:
    """A word the index knows runs from start (the start of Kiwi's token before the cut) or
    earlier in its typed word, over the cut, to end (the end of the token after) or later."""
    word_start, word_end = _typed_word(text, at)
    for a in range(word_start, start + 1):
        for b in range(end, min(word_end, a + 12) + 1):
            if known(text[a:b].lower()):
                return True
    return False
