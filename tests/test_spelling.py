"""A foreign name written in Hangul by its sound and in Latin letters is one name."""

from __future__ import annotations

import pytest

from retrieval.spelling import skeleton, variants


@pytest.mark.parametrize("hangul, latin", [
    ("다이너마이트", "dynamite"),
    ("넷플릭스", "netflix"),
    ("마이크로소프트", "microsoft"),
    ("스타벅스", "starbucks"),
    ("비트코인", "bitcoin"),
    ("블록체인", "blockchain"),
    ("스트라이크", "strike"),  # the ㅡ Korean puts between consonants is no consonant
])
def test_both_spellings_of_a_name_have_one_skeleton(hangul, latin):
    assert skeleton(hangul) is not None
    assert skeleton(hangul) == skeleton(latin)


def test_a_name_of_several_latin_words_is_read_whole_and_its_plural_s_may_go():
    # 뉴호라이즌 for New Horizons: Korean news often drops the English plural's s.
    assert skeleton("뉴호라이즌") in variants(skeleton("new horizons"), "latin")


@pytest.mark.parametrize("word", ["구글", "애플", "테슬라", "대통령", "삼성", "김영대"])
def test_short_words_have_no_skeleton_to_match_by(word):
    # Too few consonants (구글: k-l) or syllables (Korean names, 대통령) to tell a name by.
    assert skeleton(word) is None


def test_different_names_differ():
    assert skeleton("넷플릭스") != skeleton("facebook")
    assert skeleton("마이크로소프트") != skeleton("microscope")
