"""The analyzer: which morphemes become terms, and the user dictionary."""

from __future__ import annotations

from retrieval import Analyzer


def test_particles_endings_and_question_words_are_not_terms(analyzer):
    assert analyzer.terms("구광모 회장이 사장단 워크숍에서 무엇을 강조했나?") == ["구광모", "회장", "사장단", "워크숍", "강조"]


def test_latin_is_lowercased_and_numbers_kept(analyzer):
    terms = analyzer.terms("LG전자의 3분기 OLED TV 매출은 18.7조 원이다. AI.")
    assert {"lg", "전자", "oled", "tv", "ai", "3", "18.7"} <= set(terms)
    # However it is spelled, a mixed-script name gives the same terms.
    assert analyzer.terms("lg전자") == analyzer.terms("LG전자") == ["lg", "전자"]


def test_user_dictionary_keeps_a_coined_name_whole(tmp_path, analyzer):
    # Without help Kiwi reads the group's name in "뉴진스님이" as 뉴진 + 스님 (a monk).
    assert analyzer.terms("뉴진스님이 공연했다")[:2] == ["뉴진", "스님"]
    user_dict = tmp_path / "user.dict"
    user_dict.write_text("뉴진스\tNNP\t0\n", encoding="utf-8")
    custom = Analyzer(user_dict)
    assert custom.terms("뉴진스님이 공연했다")[0] == "뉴진스"
    assert custom.signature != analyzer.signature  # so an index built without it is rebuilt


def test_a_sentence_that_begins_with_a_quoted_word_keeps_it(analyzer):
    # Kiwi cuts "… 발견된다. '국뽕'이란 …" after the closing quote and gives '국뽕' to the
    # sentence before: a quote would end on a dangling word and lose the start of the next.
    text = ("소위 말하는 '국뽕'의 흐름은 드라마에서도 발견된다. '국뽕'이란 국가주의와 히로뽕의 합성어이다. "
            "한편 ‘일반순직’의 경우에는 현행대로 지급된다.")
    sentences = [text[s.start:s.end] for s in analyzer.sentences([text])[0]]
    assert sentences == ["소위 말하는 '국뽕'의 흐름은 드라마에서도 발견된다.",
                         "'국뽕'이란 국가주의와 히로뽕의 합성어이다.",
                         "한편 ‘일반순직’의 경우에는 현행대로 지급된다."]
    # The terms go with their sentence.
    first, second = analyzer.sentences([text])[0][:2]
    assert "히로뽕" in second.terms and "히로뽕" not in first.terms
    assert (first.spans[:, 1] <= len(sentences[0])).all()


def test_full_stops_of_crawled_news_are_read_as_the_press_uses_them(analyzer):
    # 한.미 and 시.군 write the middle dot with a full stop: Kiwi ended a sentence there, so a
    # quote began at "군은 …" and lost what the sentence is about. A crawl that dropped the space
    # after a statement (…전했다.AP통신은) glued two sentences into one quote.
    text = ("강원도 접경지역 6개 시.군은 군과 함께 지역을 지켜 왔다고 밝혔다.한.미 양국은 공조를 이어가기로 했다. "
            "대표단은 오후에 도착했다고 전했다.AP통신은 접촉 계획이 없다고 보도했다.88올림픽 이후 처음이다.")
    sentences = [text[s.start:s.end] for s in analyzer.sentences([text])[0]]
    assert sentences == ["강원도 접경지역 6개 시.군은 군과 함께 지역을 지켜 왔다고 밝혔다.",
                         "한.미 양국은 공조를 이어가기로 했다.",
                         "대표단은 오후에 도착했다고 전했다.",
                         "AP통신은 접촉 계획이 없다고 보도했다.",
                         "88올림픽 이후 처음이다."]
    fourth = analyzer.sentences([text])[0][3]
    assert "ap" in fourth.terms and "전하" not in fourth.terms


def test_a_unit_written_as_one_sign_and_full_width_letters_are_the_letters(analyzer):
    # 30㎞ (a square sign some of the press uses) is asked as 30km, and ＫＴ as KT: Kiwi reads the
    # signs as symbols, and they were no term at all.
    assert analyzer.terms("크로스컨트리 여자 30㎞ 클래식") == analyzer.terms("크로스컨트리 여자 30km 클래식")
    assert analyzer.terms("ＫＴ 노조") == analyzer.terms("KT 노조")


def test_a_hashtag_is_the_word_it_tags(analyzer):
    # Kiwi reads "#CancelKorea"와 as one hashtag token, the closing quote and the particle with it,
    # and such tokens were no term: the campaign a report names only by its hashtag could not be
    # asked about.
    assert analyzer.terms('필리핀에서는 "#CancelKorea"와 같은 해시태그가 번졌다.') == [
        "필리핀", "cancelkorea", "같", "해시태그", "번지"]
    assert "metoo" in analyzer.terms("SNS에서는 #MeToo를 단 글이 이어졌다.")
    assert analyzer.terms("#미투 운동") == ["미투", "운동"]
