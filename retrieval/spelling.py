"""One name in two scripts: 다이너마이트 and Dynamite, 뉴호라이즌 and New Horizons.

Korean writes a foreign name either in Latin letters or in Hangul by its sound, and a question
often uses the other one than its article. Both spellings keep the name's consonants in order
(d-n-m-t), while the vowels differ (Korean adds ㅡ between consonants English runs together:
스트라이크 for strike). So a word is reduced to its consonant skeleton, sounds Hangul writes
with one letter put in one class (p/b/f/v: ㅂ ㅍ; s/z/j/ch: ㅅ ㅈ ㅊ; l/r: ㄹ), and two words of
different scripts with the same skeleton of MIN_CONSONANTS or more are taken for one name.
"""

from __future__ import annotations

import re

MIN_CONSONANTS = 4  # shorter skeletons (애플: p-l) are shared by too many unrelated words
MIN_SYLLABLES = 4  # shorter Hangul words are Korean names and words more often than transcribed ones

# Initial consonants of a Hangul syllable (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ): ㅇ is silent.
_INITIAL = ("K", "K", "N", "T", "T", "L", "M", "P", "P", "S", "S", "", "S", "S", "S", "K", "T", "P", "H")
# Final consonants (none, ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ):
# in a transcribed word ㅅ stands for t (넷플릭스: net-) and ㅇ for ng (킹: king).
_FINAL = ("", "K", "K", "KS", "N", "NS", "N", "T", "L", "LK", "LM", "LP", "LS", "LT", "LP", "L", "M", "P", "PS",
          "T", "T", "N", "T", "T", "K", "T", "P", "")

_LATIN_PAIRS = (("ph", "f"), ("th", "t"), ("sh", "s"), ("ch", "s"), ("ck", "k"), ("gh", ""), ("wh", "w"),
                ("qu", "k"))
_LATIN_CLASS = {**dict.fromkeys("bpfv", "P"), **dict.fromkeys("dt", "T"), **dict.fromkeys("gkq", "K"),
                **dict.fromkeys("sjz", "S"), **dict.fromkeys("lr", "L"), "m": "M", "n": "N", "h": "H", "x": "KS"}
_VOWELS = frozenset("aeiouyw")
_LATIN = re.compile(r"[a-z]+")


def script(word: str) -> str | None:
    """"latin" or "hangul" for a word wholly in one of them, else None."""
    if _LATIN.fullmatch(word):
        return "latin"
    if word and all("가" <= c <= "힣" for c in word):
        return "hangul"
    return None


def skeleton(word: str) -> str | None:
    """The word's consonant classes in order, repeats run together; None for a word in neither
    script, or too short to tell a name by. Latin words apart (new horizons) are read one by one
    and their skeletons joined."""
    if " " in word:
        parts = [skeleton_of(w) for w in word.split()]
        if any(p is None for p in parts):
            return None
        out = _runs("".join(parts))
        return out if len(out) >= MIN_CONSONANTS else None
    kind = script(word)
    if kind == "hangul":
        if len(word) < MIN_SYLLABLES:
            return None
        out = _hangul(word)
    elif kind == "latin":
        out = _latin(word)
    else:
        return None
    return out if len(out) >= MIN_CONSONANTS else None


def skeleton_of(word: str) -> str | None:
    """skeleton() of one Latin word whatever its length (a part of a name of several words)."""
    return _latin(word) if script(word) == "latin" else None


def variants(skeleton: str, kind: str) -> tuple[str, ...]:
    """The skeletons a word's other spelling may have: Korean often leaves out an English
    plural's s (뉴호라이즌 for New Horizons)."""
    if kind == "latin" and skeleton.endswith("S") and len(skeleton) > MIN_CONSONANTS:
        return skeleton, skeleton[:-1]
    return (skeleton,)


def _hangul(word: str) -> str:
    classes = []
    for c in word:
        code = ord(c) - 0xAC00
        classes.append(_INITIAL[code // 588] + _FINAL[code % 28])
    return _runs("".join(classes))


def _latin(word: str) -> str:
    for pair, sound in _LATIN_PAIRS:
        word = word.replace(pair, sound)
    classes = []
    n = len(word)
    for i, c in enumerate(word):
        after = word[i + 1] if i + 1 < n else ""
        if c in _VOWELS:
            continue
        if c == "c":
            classes.append("S" if after in ("e", "i", "y") else "K")
        elif c == "r" and after not in _VOWELS:
            continue  # 하버드 for Harvard: an r before a consonant or at the end is not written
        elif c == "h" and (i > 0 and word[i - 1] not in _VOWELS or after not in _VOWELS):
            continue
        elif c == "g" and i > 0 and word[i - 1] == "n" and after not in _VOWELS:
            continue  # king: 킹, the ng one sound
        else:
            classes.append(_LATIN_CLASS.get(c, ""))
    return _runs("".join(classes))


def _runs(classes: str) -> str:
    """Repeats run together: 필름 and film are both P-L-M."""
    return re.sub(r"(.)\1+", r"\1", classes)

