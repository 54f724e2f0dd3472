"""What a question gets: the sentence that answers it, the phrase marked, or an honest nothing.

The corpus is tests/data/news (articles written for these tests, in the shapes real news comes
in: a plain-text article with a photo caption, Naver-style JSON sentences without final
periods, Markdown, dated JSON Lines) plus the bundled sample article. The last tests ask
news-qa-dev questions of the real articles when ../shared is there.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from bot.render import answer_html, result_plain
from retrieval import Retriever
from retrieval.corpus import read_corpus_file
from retrieval.excerpt import written_out
from retrieval.question import spaced_question_words, standard_spelling, without_fillers, without_wrapper
from retrieval.respacing import may_hold_several_words, spaces_put_back

from .conftest import SAMPLE_CORPUS, SCI_NEWS, SHARED, write
from .telegram_html import parse

NEWS = Path(__file__).parent / "data" / "news"
QUESTIONS = Path(__file__).parent / "data" / "news-questions.jsonl"
TODAY = date(2026, 11, 28)


@pytest.fixture(scope="module")
def news(tmp_path_factory, analyzer) -> Retriever:
    work = tmp_path_factory.mktemp("answers")
    corpus = work / "corpus"
    shutil.copytree(NEWS, corpus)
    for f in SAMPLE_CORPUS.iterdir():
        shutil.copy(f, corpus)
    r = Retriever(corpus, work / "index", analyzer, today=lambda: TODAY)
    r.open()
    return r


def top(r: Retriever, question: str):
    answer = r.search(question, k=3)
    assert answer.results, f"no answer to {question!r}: {answer.reason}"
    return answer.results[0]


def marked(result) -> str | None:
    return result.excerpt.text[slice(*result.answer)] if result.answer else None


def bold(result) -> list[str]:
    return [result.excerpt.text[a:b] for a, b in result.excerpt.highlights]


def one_article(analyzer, tmp_path, name: str, text: str) -> Retriever:
    """A retriever over one article written for the test."""
    write(tmp_path / "c", name, text)
    r = Retriever(tmp_path / "c", tmp_path / "i", analyzer, today=lambda: TODAY)
    r.open()
    return r


@pytest.fixture
def among_others(corpus, make_retriever):
    """A retriever over articles written for the test, with an unrelated real one beside them
    (tiles.txt): word weights and the no-answer decision mean little in a corpus of one."""
    def make(articles: dict[str, str]) -> Retriever:
        for name, text in {**articles, "tiles.txt": (NEWS / "tiles.txt").read_text(encoding="utf-8")}.items():
            write(corpus, name, text)
        return make_retriever(corpus)
    return make


def assert_refused_or_marked(answer, expected: str | None, reason: str = "kind_missing") -> None:
    if expected is None:
        assert answer.results == () and answer.reason_code == reason
    else:
        assert marked(answer.results[0]) == expected


def assert_refused_or_quoted(answer, expected: str | None, reason: str = "kind_missing") -> None:
    if expected is None:
        assert answer.results == () and answer.reason_code == reason
    else:
        assert expected in answer.results[0].excerpt.text


# --- 1. sentence boundaries ------------------------------------------------------------------

def test_sentences_given_without_periods_stay_apart_in_a_quote(news):
    # The JSON gives sentences without final periods: each stays a sentence of its own, and
    # two quoted together stand on separate lines instead of running on.
    result = top(news, "바닷물 촉매 부식 문제 어떻게 해결했어?")
    text = result.excerpt.text
    assert "표면에 얇은 보호막을 입혀 해결했다" in text
    source = json.loads((NEWS / "hydrogen.json").read_text(encoding="utf-8"))["sentences"]
    lines = text.split("\n")
    assert 1 <= len(lines) <= 2 and all(line in source for line in lines)


def test_a_quote_is_at_most_two_sentences_and_about_300_characters(news, corpus, make_retriever):
    long = "정부는 " + "지역 균형 발전을 위한 여러 사업을 검토하고 있으며 " * 15 + "특히 새만금 이차전지 특화단지 조성을 서두르기로 했다."
    write(corpus, "long.txt", f"---\ntitle: 정부 사업 계획\n---\n첫 문장은 짧다.\n{long}\n마지막 문장도 짧다.")
    for r, question in ((news, "소백아이로 소행성 몇 개 추적한대?"), (make_retriever(corpus), "새만금 이차전지 특화단지")):
        text = top(r, question).excerpt.text
        assert len(text) <= 302
        assert text.count("다.") + text.count("다\n") <= 2


# --- 2. the question word --------------------------------------------------------------------

@pytest.mark.parametrize("question, answer", [
    ("산악구조 드론 무게 얼마야?", "6.3kg"),            # 무게 얼마 -> a weight
    ("바닷물 수소 촉매 몇 시간 버텼어?", "1000시간"),     # 몇 시간 -> the one sentence in hours
    ("소백산 새 망원경 개발 누가 이끌었어?", "김하늘"),    # 누가 -> a name before a title
    ("바닷물 수소 촉매 개발한 교수 누구야?", "이정민"),
    ("소백아이 첫 관측 결과 어느 저널에 실려?", "천체물리학 저널"),  # 어느 저널 -> a journal
    ("해운대 모래축제 주제 뭐야?", "바다 속 동물원"),
    # Names after a title, where Kiwi cuts the title apart (우주인 -> 우주 + 이 + ㄴ); the
    # countries before 우주인 in the lead are not names.
    ("국제우주정거장에서 돌아온 일본 우주인 이름 뭐야?", "사토 겐지"),
    ("새로 찾은 행성계 지구에서 얼마나 멀어?", "98광년"),  # 얼마나 멀어 -> a distance
    ("범인 못 찾은 도난 사건 개수는?", "2건"),  # 개수: whatever the counter (건, 곳, 명)
    # 얼마 of 효율 asks a percentage; the 들 of 촉매들 is not 들다 (돈이 얼마 들었어).
    ("예전 니켈 촉매들은 효율 얼마 나왔어?", "60%"),
    # 여자 키, as chat says it; news writes 여성 and 신장 (refused before: no such words, no cm).
    ("타반톨고이 여자 유골 키 몇 cm였대", "165.6㎝"),
    # 눌러주면: news writes 압박해 (refused before).
    ("건강한 사람은 주사 맞고 눌러주면 몇 분이면 피 멈춰?", "3분 내외"),
])
def test_the_quote_holds_the_kind_of_answer_asked_for(news, question, answer):
    assert answer in top(news, question).excerpt.text


def test_the_answering_phrase_is_marked_only_when_clear(news):
    assert marked(top(news, "산악구조 드론 무게 얼마야?")) == "6.3kg"
    assert marked(top(news, "소백산 새 망원경 개발 누가 이끌었어?")) == "김하늘"
    assert marked(top(news, "소백아이로 소행성 몇 개 추적한대?")) == "300여개"
    assert marked(top(news, "새로 찾은 행성계 지구에서 얼마나 멀어?")) == "약 98광년"
    # "논문 어디 실려" asks for a journal: a name need not contain 논문 to be one.
    assert marked(top(news, "소백아이 관측 논문 어디 실려?")) == "천체물리학 저널"
    # A name that shares a word with the question ('독수리 드론' for 드론) is still the answer;
    # one made only of question words ('소백아이' for 소백아이) is what is asked about.
    assert marked(top(news, "산악구조 드론 뭐라고 불러?")) == "독수리 드론"
    # 어느 대학 asks for a university: 워싱턴대, not the 서울대병원 professor who commented.
    assert marked(top(news, "지카 쥐 연구 어느 대학이 했어?")) == "미국 워싱턴대 의대 연구진"
    # 시각 asks for a clock time: not "14일 저녁" of the sentence that repeats 근접 and 슈퍼문.
    assert marked(top(news, "슈퍼문 최근접 시각")) == "오후 8시 21분"
    # 1단계 as written, not the 1 of "10월 1일" beside 3단계; a range is one answer.
    assert marked(top(news, "추석 환경오염 특별감시 1단계 언제부터 언제까지야?")) == "19일부터 27일까지"
    # Two amounts in the asked unit near the question's words: neither is marked.
    assert marked(top(news, "드론 도입하고 수색 시간 얼마나 줄었어?")) is None


def test_an_era_answers_when_and_a_duration_is_not_a_date(news):
    # "임진왜란 때" is the time; "400년 역사" says how long, and is not marked as the answer.
    result = top(news, "달섬마을 사람들 조상이 섬으로 옮겨 온 때는?")
    assert "임진왜란 때" in result.excerpt.text
    assert marked(result) != "400년"


@pytest.mark.parametrize("question, expected", [
    ("소녀상 기자회견 언제 했어?", "2020년 5월 19일 낮 12시"),  # one time, the date with its hour
    ("괴연저수지 둑 언제 무너졌어?", None),  # 3시간 사이 is how long, not at 3 o'clock
])
def test_an_hour_is_marked_with_its_date_and_hours_are_no_time(among_others, question, expected):
    r = among_others({
        "dam.txt": "---\ntitle: 경북 영천 괴연저수지 둑 붕괴\n---\n"
            "영천 지역에 17일부터 227.8mm의 폭우가 내렸다.\n"
            "특히 둑이 무너지기 전 3시간 사이에 약 65mm의 비가 한꺼번에 내렸다.\n"
            "저수지 하류 3개 마을 주민 500여 명이 긴급 대피했다.\n",
        "rally.txt": "---\ntitle: 소녀상 앞 기자회견\n---\n"
            "두 단체는 2020년 5월 19일 낮 12시에 옛 일본 대사관 앞에서 기자회견을 진행했다.\n"
            "이들은 진정서를 국가인권위원회에 접수한다고 밝혔다.\n",
    })
    assert_refused_or_marked(r.search(question, k=1), expected)


def test_a_rate_is_asked_as_a_share(among_others):
    # Kiwi cuts 실업률 into 실업 + 률: asked 얼마, a rate is a percentage, not the 45만 명 beside
    # 실업자 in another sentence.
    r = among_others({
        "jobs.txt": "---\ntitle: 청년 고용 한파 계속\n---\n"
            "통계청이 발표한 고용동향에 따르면 지난달 청년 실업자는 45만 명으로 집계됐다.\n"
            "청년층 고용 사정이 나아지지 않으면서 구직 단념자도 늘었다.\n"
            "정부는 청년 일자리 대책을 내놓기로 했다.\n"
            "전체 실업률은 3.2%로 지난해보다 0.3%포인트 올랐다.\n",
    })
    assert "3.2%" in top(r, "지난달 실업률 얼마였어?").excerpt.text


def test_asked_how_much_to_pay_the_sum_is_quoted_not_a_numeral_inside_a_word(among_others):
    # 얼마 내야 돼 asks a sum of money (15달러); 한 of 한국인 is no amount at all.
    r = among_others({
        "youtuber.txt": "---\ntitle: 방글라데시 유튜버 화제\n---\n"
            "방글라데시의 유튜버 그룹이 화제가 되고 있다.\n"
            "많은 한국인들이 팀 아짐키야가 한국어를 읽어 주는 영상을 보며 즐거워하고 있다.\n"
            "영상 속 선생님이 칠판에 적힌 문장을 읽으면 학생들이 따라 말한다.\n"
            "영상이 끝나면 신나는 노래가 흐른다.\n"
            "의뢰인이 15달러를 지불하면 짧은 한국어 문장을 읽어 준다.\n",
    })
    assert marked(top(r, "아짐키야한테 한국어 읽어달라고 하면 얼마 내야 돼?")) == "15달러"


def test_su_beginning_a_word_is_no_numeral(among_others):
    # 수 of 수익 is not the numeral of 수십 or 수 명: asked how much sold, a sentence that only
    # says the sales bring profit holds no amount, and there is nothing to answer with.
    r = among_others({
        "cocoa.txt": "---\ntitle: 초콜릿에 얽힌 아동 노동\n---\n"
            "코트디부아르의 초콜릿 판매로 얻어지는 수익이 정권의 부정 축재와 무관하지 않다는 비판이 나온다.\n"
            "인권 단체들은 소비자들에게 신중한 구매를 당부했다.\n"
            "발렌타인데이를 앞두고 연인들 사이에 선물 교환이 인기를 모을 전망이다.\n"
            "카카오 농장에서 일하다 다친 어린이도 수십 명에 이른다.\n",
    })
    answer = r.search("초콜릿 한 해 판매량 얼마야?", k=1)
    assert not answer.results and answer.reason_code == "kind_missing"
    assert marked(top(r, "카카오 농장에서 다친 어린이 몇 명이야?")) == "수십 명"


def test_not_even_one_is_quoted_but_not_marked_as_a_count(among_others):
    # 한 명도 보지 못했다 answers 몇 명 봤대 with none: the sentence is the answer, but 한 명 is
    # not the count to underline.
    r = among_others({
        "column.txt": "---\ntitle: 친일 청산 칼럼 팩트체크\n---\n"
            "양상훈 주필의 칼럼은 우리나라에서 친일파를 한 명도 보지 못했다는 주장으로 시작한다.\n"
            "칼럼은 친일파 청산이 다른 나라보다 잘 이뤄졌다고 주장한다.\n"
            "반민특위가 해체되기까지 이승만 정부는 559명을 체포하고 221명을 기소했다.\n",
    })
    seen = top(r, "양상훈 칼럼은 친일파 몇 명 봤대?")
    assert "한 명도 보지 못했다" in seen.excerpt.text and marked(seen) is None
    assert "221명을 기소했다" in top(r, "친일파 몇 명 기소했어?").excerpt.text


def test_a_numeral_that_begins_a_word_is_no_count(among_others):
    # 한편 (meanwhile) is not 한 편, 세대 (a generation) not 세 대, 한명숙 not 한 명: Kiwi reads a
    # word there, where it reads 두명이 and 한대가 as a numeral and its counter.
    r = among_others({
        "typhoon.txt": "---\ntitle: 태풍 볼라벤 북상\n---\n"
            "태풍 볼라벤의 영향으로 제주공항을 오가는 일부 항공편이 결항됐다.\n"
            "한편, 오전 7시 현재 태풍은 목포 남서쪽 120km 해상에서 북상하고 있다.\n"
            "강풍에 주차된 차량 한대가 넘어졌다.\n",
        "forum.txt": "---\ntitle: 세대 통합 토론회 열려\n---\n"
            "한명숙 전 총리가 세대 통합 토론회에 참석해 청년 세대와 기성 세대의 대화를 강조했다.\n"
            "토론회에는 대학생 두명이 패널로 나섰다.\n",
    })
    answer = r.search("볼라벤 때문에 결항된 항공편 몇 편이야?", k=1)
    assert not answer.results and answer.reason_code == "kind_missing"
    assert marked(top(r, "볼라벤 강풍에 넘어진 차량 몇 대야?")) == "한대"
    assert marked(top(r, "세대 통합 토론회 패널로 나선 대학생 몇 명이야?")) == "두명"


def test_the_noun_asked_how_many_of_is_its_own_counter(among_others):
    # 청은 몇 개야: news counts a government's agencies as 17청, not as 17개의 청.
    r = among_others({
        "cabinet.txt": "---\ntitle: 인수위, 정부조직 개편안 발표\n---\n"
            "대통령직 인수위원회는 15일 삼청동 기자회견장에서 새 정부의 정부조직 개편안을 발표했다.\n"
            "큰 틀에서는 현행 15부2처18청에서 17부3처17청 조직으로 개편된다.\n"
            "미래창조과학부와 해양수산부가 새로 생긴다.\n",
    })
    assert "17부3처17청" in top(r, "정부조직 개편 후 청은 몇 개야?").excerpt.text


_STRIKE = {
    "strike-day2.txt": "---\ntitle: 철도노조 파업 2일차, 첨예한 대립\n---\n"
        "철도노조 파업이 2일차로 접어들었다.\n"
        "코레일은 파업에 가담한 노조원 4천여 명을 직위 해제했고 노조는 이에 강하게 반발했다.\n"
        "화물열차 운행이 줄면서 시멘트 수송에도 차질이 빚어지고 있다.\n",
    "strike-end.txt": "---\ntitle: 철도노조, 파업 철회\n---\n"
        "철도노조가 30일, 22일간 이어온 파업에 종지부를 고했다. "
        "철도노조는 국회 소위원회 구성 합의를 환영한다며 파업 철회를 공식 발표했다.\n"
        "철도노조 파업에 종지부를 찍게 만든 합의문은 여야와 철도노조 위원장이 서명한 것이다.\n",
}


@pytest.fixture
def strike_news(analyzer, tmp_path) -> Retriever:
    """The two strike reports among the test's news articles (two articles alone weigh the
    question's words as nothing)."""
    corpus = tmp_path / "c"
    shutil.copytree(NEWS, corpus)
    for name, text in _STRIKE.items():
        write(corpus, name, text)
    r = Retriever(corpus, tmp_path / "i", analyzer, today=lambda: TODAY)
    r.open()
    return r


def test_asked_how_many_days_the_day_an_event_had_come_to_is_not_how_long_it_lasted(strike_news):
    # 며칠 동안 했어 asks how long the strike went on: 2일차로 접어들었다 is how far it had come;
    # the report that gives the 22 days answers first.
    result = top(strike_news, "철도노조 파업 며칠 동안 했어?")
    assert "22일간 이어온 파업" in result.excerpt.text and marked(result) == "22일"


def test_asked_which_day_an_event_has_come_to_the_day_answers(strike_news):
    assert marked(top(strike_news, "철도노조 파업 며칠째야?")) == "2일"


def test_a_sum_with_a_name_of_its_own_must_be_in_the_article(among_others):
    # 과징금 is not any sum of money: an article on the card leak that never mentions a fine
    # does not answer with the price of a text-message service; one that does, answers.
    r = among_others({
        "cards.txt": "---\ntitle: 카드 3사 개인정보 유출\n---\n"
            "KB국민카드, 농협카드, 롯데카드 세 카드사의 회원 개인정보 1억 건이 유출됐다.\n"
            "카드사들은 결제내역 문자 서비스를 무료로 제공하기로 했다.\n"
            "월 300원짜리 문자 서비스로 보상을 끝낼 것이냐는 비난이 쏟아지고 있다.\n",
    })
    answer = r.search("카드 3사 과징금 얼마 물었어?", k=1)
    assert not answer.results


def test_a_sum_with_a_name_of_its_own_is_answered_where_it_is_named(among_others):
    r = among_others({
        "fine.txt": "---\ntitle: 금융위, 카드 3사 제재\n---\n"
            "금융위원회는 개인정보를 유출한 카드 3사에 각각 과징금 6000만원을 부과했다.\n"
            "카드사 임직원 수십 명도 징계를 받았다.\n",
    })
    assert marked(top(r, "카드 3사 과징금 얼마 물었어?")) == "6000만원"


def test_a_name_given_as_what_it_is_answers_which_one(among_others):
    # ‘그린 아메리카’라는 단체: the name is of the kind asked (단체 이름), though a quote mark
    # and 라는 stand between it and the word.
    r = among_others({
        "cocoa.txt": "---\ntitle: 초콜릿은 제2의 피의 다이아몬드\n---\n"
            "초콜릿의 주 원료는 코코아로, 서아프리카 농장에서 어린이들이 강제 노역에 시달리고 있다.\n"
            "문) 그렇다면 인권 운동 단체들은 어떤 활동들을 펴 나가고 있습니까?\n"
            "답) 네, 현재 전면에 나서고 있는 단체는 ‘그린 아메리카’라는 단체인데요. ‘녹색의 미국’이라는 뜻이죠.\n"
            "18세기 영국에서는 이른바 노예 설탕 반대 운동이 벌어졌었는데요.\n",
    })
    assert marked(top(r, "초콜릿 강제노역 반대 운동하는 단체 이름 뭐야?")) == "그린 아메리카"


def test_a_prefix_that_turns_a_noun_keeps_it_apart(among_others):
    # 준우승 is not 우승 (Kiwi reads 준 + 우승, and the prefix alone is no word): asked who came
    # second, the winner's sentence is not the answer.
    r = among_others({
        "cup.txt": "---\ntitle: 스페인, 월드컵 첫 우승\n---\n"
            "스페인이 남아공 월드컵 결승에서 네덜란드를 1:0으로 꺾고 사상 첫 우승을 차지했다.\n"
            "연장 후반 이니에스타의 결승골이 터졌다.\n"
            "세 번째 결승에 오른 네덜란드는 이번에도 준우승에 그쳤다.\n"
            "3위는 독일이 차지했다.\n",
    })
    assert marked(top(r, "월드컵 준우승 어느 나라야?")) == "네덜란드"
    assert "스페인" in top(r, "월드컵 우승 어느 나라야?").excerpt.text


def test_a_sentence_about_another_numbered_game_does_not_answer(among_others):
    # Asked about 5차전, the sentence on 2차전 tells of another game, whatever its 이재원 선수
    # (a person exactly of the kind asked, next to 홈런) promises.
    r = among_others({
        "kbo.txt": "---\ntitle: KBO 플레이오프, 5차전 진땀승부 끝 SK 진출\n---\n"
            "2018년 KBO 플레이오프는 SK의 한국시리즈 진출로 끝났다.\n"
            "2차전 9회에는 이재원 선수가 동점 홈런을 쳤다.\n"
            "넥센은 3차전과 4차전을 잡으며 반격했다.\n"
            "5차전에서 넥센은 9회초 박병호의 극적인 동점홈런으로 경기를 원점으로 돌렸다.\n",
    })
    assert "박병호" in top(r, "5차전 9회 동점홈런 누가 쳤어?").excerpt.text
    assert marked(top(r, "2차전 9회 동점 홈런 누가 쳤어?")) == "이재원"


def test_a_name_glossed_in_latin_is_marked_with_its_hangul_spelling(among_others):
    # 피어스 커리지(Piers Courage) 선수: the person is the Hangul name a reader types, with its gloss.
    r = among_others({
        "f1.txt": "---\ntitle: 잔드보르트 서킷의 역사\n---\n"
            "잔드보르트 서킷은 네덜란드 해안 모래언덕 사이에 있다.\n"
            "1970년 피어스 커리지(Piers Courage) 선수가 포뮬러 원 네덜란드 그랑프리에서 사망하면서 안전 문제가 불거졌다.\n"
            "서킷은 이후 여러 차례 개보수를 거쳤다.\n",
    })
    assert marked(top(r, "네덜란드 그랑프리에서 사망한 선수 누구야?")) == "피어스 커리지(Piers Courage)"


def test_a_noun_said_by_its_unit_is_no_clue(among_others):
    # 의석 몇 석: the answer says 103석, not 의석; the sentence with 의석 is about another party.
    r = among_others({
        "vote.txt": "---\ntitle: 21대 총선 결과\n---\n"
            "이번 총선에서 여당인 더불어민주당은 전체 300석 가운데 163석을 얻었고, 비례 위성정당인 "
            "더불어시민당이 17석을 더해 모두 180석을 차지하며 이른바 슈퍼 여당이 되었다.\n"
            "한 정당이 선거로 180석을 차지한 것은 1987년 개헌 뒤 처음이다.\n"
            "반면 제1야당인 미래통합당은 비례 위성정당인 미래한국당과 합쳐 103석을 얻는 데 그쳤고, 대선과 "
            "지방선거에 이어 총선까지 잇따라 지면서 당 안팎에서 지도부 책임론이 거세게 일고 있다.\n"
            "이 밖에 원내 유일의 진보정당이 된 정의당은 6석, 안철수 전 의원이 만든 국민의당은 3석을 얻었고, "
            "여당의 두 번째 위성정당을 자처한 열린민주당도 비례대표로만 3석을 얻어 원내에 들어갔다.\n\n"
            "더불어민주당이 전체 의석의 60%를 차지하게 되면서 21대 국회는 새로운 국면에 들어설 것으로 보인다.\n"
            "야당은 견제 기능이 약해질 것을 우려하고 있다.\n",
    })
    assert "103석" in top(r, "미래통합당 의석 몇 석이야?").excerpt.text


def test_a_numbered_assembly_answers_when(among_others):
    # 18대 국회 is when, as 임진왜란 때 is: asked 언제 도입됐어, the quote is not refused for
    # holding no date.
    r = among_others({
        "assembly.txt": "---\ntitle: 슈퍼 여당, 국회선진화법 무력화하나\n---\n"
            "여당이 180석을 차지하면서 국회선진화법을 무력화할 수 있게 됐다.\n"
            "국회선진화법은 18대 국회 본회의에서 여야의 합의로 도입된 국회법 개정안을 말한다.\n"
            "그 가운데 안건신속처리제, 이른바 패스트트랙이 주목된다.\n",
    })
    assert "18대 국회" in top(r, "국회선진화법 언제 도입됐어?").excerpt.text


def test_a_share_may_answer_how_many(among_others):
    # 몇 명 찬성해야 돼 is answered by a share of the members (3분의 2 이상), not refused for
    # holding no number of people; the share is not marked, being another kind than asked.
    r = among_others({
        "const.txt": "---\ntitle: 슈퍼 여당도 못 하는 것\n---\n"
            "여당은 180석으로 대부분의 안건을 단독으로 처리할 수 있다.\n"
            "하지만 헌법 개정안은 재적의원 3분의 2 이상의 찬성이 있어야 의결할 수 있어 여당 혼자서는 처리할 수 없다.\n",
    })
    assert "3분의 2" in top(r, "헌법 개정안 통과하려면 몇 명 찬성해야 돼?").excerpt.text


def test_a_name_typed_without_its_space_still_finds_the_article_and_the_sentence(news):
    # The article writes 한스 뮐러; a chat types 한스뮐러, which the index does not know.
    assert "뮌헨" in top(news, "달섬의 기억 엮은 한스뮐러 어디서 태어났어?").excerpt.text
    assert "뮌헨" in top(news, "한스뮐러는 어느 도시 출신이야?").excerpt.text


def test_a_particle_kiwi_leaves_on_a_name_is_not_searched_for(news):
    # Kiwi reads "진태오의" in this question as one noun the index does not know; the article
    # says 진태오. The question is searched with the name (and so finds it in a large corpus).
    answer = news.search("진태오의 출신은?", k=1)
    assert "진태오" in answer.terms and "진태오의" not in answer.terms
    assert "여수" in answer.results[0].excerpt.text


@pytest.mark.parametrize("question, answer", [
    ("과기 전담부처 다시 만들어야 한다고 본 사람 몇 퍼야?", "81.2%"),  # 과기: 과학기술
    ("한중일 교류 사업 기관 몇 개?", "45개"),  # 한중일: 한·중·일
])
def test_a_shortened_word_counts_where_the_article_writes_it_out(news, question, answer):
    # Chat shortens what news writes out; without this both are refused for want of the word.
    assert answer in top(news, question).excerpt.text


def test_shortenings_take_each_syllable_from_the_start_of_a_word():
    assert written_out("한국·중국·일본 정상", "한중일") == [(0, 7)]
    assert written_out("특히 한·중·일 3국은", "한중일") == [(3, 8)]
    assert written_out("차기 정부의 과학기술 전담 부처", "과기") == [(7, 10)]
    assert written_out("과거 기록", "과기") == [] and written_out("효과기", "과기") == []


def test_the_questions_own_word_is_not_offered_as_its_answer(corpus, make_retriever):
    # Kiwi cuts 지카바이러스 into 지카 + 바이러스 in this sentence: a proper noun, but the
    # question's own word, not the country it asks for.
    write(corpus, "zika.txt", "---\ntitle: 지카바이러스 연구 늘어\n---\n지카바이러스 관련 연구가 늘고 있다.\n"
          "사람의 정자 속에서 지카바이러스가 발견된 적은 있다.\n또 지카바이러스는 정액 속에서 수개월을 산다고 알려졌다.\n")
    answer = make_retriever(corpus).search("지카바이러스 처음 발견된 나라 어디야?")
    assert answer.results == () and answer.reason_code == "kind_missing"


def test_a_common_slip_is_read_as_the_word_meant(news):
    # 무개 for 무게 (ㅐ typed for ㅔ): no article writes 무개, and 무게 is the one word a common
    # slip away that one does. Read as typed, the question was refused.
    answer = news.search("산악구조 드론 무개 얼마야?")
    assert "무게" in answer.terms and "무개" not in answer.terms
    assert "6.3kg" in answer.results[0].excerpt.text


@pytest.mark.parametrize("question, expected", [
    ("귀환캡슐 어디 내려앉았어?", "카자흐스탄 초원"),  # the article: 착륙했다
    ("지하철 요금 얼마로 치솟았어?", "1250원"),  # 올린다
    ("ISS 우주인 며칠 눌러앉았어?", "120일"),  # 머문
    ("지하철 요금 갑자기 얼마로 올랐어?", "1250원"),  # an adverb the article does not use
])
def test_a_verb_the_article_says_in_other_words_does_not_refuse_the_question(news, question, expected):
    # Verbs and adverbs are what a question most often says in other words than its article (or
    # adds); one that no article uses weighed as much as a noun and left the article short of the
    # question's words.
    assert expected in top(news, question).excerpt.text


def test_a_noun_the_corpus_lacks_still_refuses_the_question(news):
    # The same question about a city no article covers: its name counts in full.
    answer = news.search("대구 지하철 요금 얼마로 치솟았어?")
    assert answer.results == () and answer.reason_code == "words_missing"


def test_an_area_written_out_in_words_answers_how_large(analyzer, tmp_path):
    # Korean news writes areas as 제곱킬로미터 as often as ㎢: without it the sentence with the
    # area had no amount in the asked unit and the question was refused.
    r = one_article(analyzer, tmp_path, "park.txt", "---\ntitle: 설악산 국립공원 지정 50주년\n---\n"
                    "설악산은 1970년 국립공원으로 지정됐다.\n공원의 총면적은 398.2제곱킬로미터로 강원도 4개 시군에 걸쳐 있다.\n")
    assert "398.2제곱킬로미터" in top(r, "설악산 국립공원 면적 얼마야?").excerpt.text


_CEREMONY = ("---\ntitle: 8·15 광복절 기념식, 세종문화회관서 열려\n---\n"
             "광복 79주년을 맞은 정부 행사가 서울 세종문화회관에서 열렸다.\n"
             "행사에서는 독립유공자 후손들을 위한 공연도 진행됐다.\n"
             "행사장 주변에는 독립유공자를 기리는 현수막 20여개가 걸렸다.\n")


def test_a_title_naming_the_event_does_not_complete_a_quote_without_the_answer(analyzer, tmp_path):
    # The title holds 8·15 광복절 기념식, the quote 독립유공자: together every word of the
    # question, and the quote was taken as answering 몇 명 with 현수막 20여개. A title's names
    # stand in for a subject the quote refers back to; an event's name and date do not.
    r = one_article(analyzer, tmp_path, "ceremony.txt", _CEREMONY)
    answer = r.search("8·15 광복절 기념식 독립유공자 몇 명이야?")
    assert answer.results == () and answer.reason_code == "kind_missing"
    assert "세종문화회관" in top(r, "광복절 기념식 어디서 열렸어?").excerpt.text


def test_the_third_best_matching_article_may_answer(corpus, make_retriever):
    # Two articles repeat 북한 미사일 발사 more often than the one that reports the launch (it
    # says 조선민주주의인민공화국): with only the best two judged, the question was refused.
    write(corpus, "talks.txt", "---\ntitle: 북한 미사일 발사에 한미 공동 대응\n---\n"
          "정부는 북한 미사일 발사에 대해 미국과 공동으로 대응하기로 했다.\n"
          "북한 미사일 발사 문제는 한미 정상회담의 주요 의제가 될 전망이다.\n"
          "전문가들은 북한이 미사일 발사 기술을 계속 고도화하고 있다고 분석했다.\n")
    write(corpus, "tension.txt", "---\ntitle: 북한 미사일 발사에 주변국 긴장 고조\n---\n"
          "북한의 잇단 미사일 발사로 주변국의 긴장이 높아지고 있다.\n"
          "일본 정부도 북한 미사일 발사에 대비한 대피 훈련을 실시했다.\n")
    write(corpus, "launch.txt", "---\ntitle: 조선민주주의인민공화국, 동해상으로 탄도미사일 발사\n---\n"
          "조선민주주의인민공화국이 6일 오전 동해상으로 탄도미사일 4발을 발사했다.\n"
          "합동참모본부는 발사체가 평안북도 동창리 일대에서 발사됐다고 밝혔다.\n"
          "정부는 북한의 이번 발사를 강하게 규탄했다.\n")
    assert "4발" in top(make_retriever(corpus), "북한 미사일 몇 발 발사했어?").excerpt.text


def test_north_koreas_army_is_found_under_the_countrys_other_name(among_others):
    # 북한군 is one word to Kiwi; the article writes 조선민주주의인민공화국군, which Kiwi reads as the
    # country's name and 군. The other article finds a body too, not a soldier's.
    r = among_others({
        "body.txt": "---\ntitle: 조선민주주의인민공화국, 자국 군인 시신 인수 거부하나\n---\n"
            "조선민주주의인민공화국이 지난달 수해로 남쪽으로 떠내려온 자국 군인의 시신의 인수에 대해 응답이 없는 것으로 "
            "나타났다.\n"
            "군 당국은 육군 모 부대 소속 초병이 지난달 23일 강원도 철원군 소재 한탄강 지류에서 발견한 "
            "조선민주주의인민공화국군 시신 1구를 유엔사 군사정전위원회에 인계한 바 있다.\n"
            "유엔군사령부 관계자는 시신 인수를 거부한 것으로 판단된다고 밝혔다.\n",
        "cross.txt": "---\ntitle: 십자가형 모방 자살 사건 발생\n---\n"
            "2011년 5월 1일에 경상북도 문경시에 있는 한 폐광산에서 십자가 형태의 나무에 못박혀 죽은 남성 시신이 "
            "발견되었다. 시신의 신원은 김 모(남성, 당시 58세)씨로 밝혀졌다. 시신은 처음 발견되었을 당시 십자가에 "
            "양 손과 두 발이 대못으로 박혀 있었다.\n"
            "또한 발견된 시신의 형태가 특이했기 때문에 혼자서 자살했을 가능성이 낮다는 의견이 많았다. 국과수는 "
            "드릴과 망치 등에서 김 모의 DNA만 발견되고 타인의 것은 발견되지 않은 것으로 미뤄 자살한 것으로 "
            "결론내렸다.\n",
    })
    result = top(r, "북한군 시신 어디서 발견됐어?")
    assert "한탄강 지류" in result.excerpt.text


@pytest.mark.parametrize("name, text, question, expected", [
    # 몇 개의 채널: the noun counted is its own counter (3채널), and still a word to look for.
    ("sat.txt", "---\ntitle: 천리안 위성 통신 장비\n---\n천리안 위성에는 지상과 교신하는 통신용 회선이 3채널 설치돼 "
     "있다.\n회선은 모두 지상국과 연결된다.\n", "회선 몇 개의 채널이야?", "3채널"),
    # A note between the number and its unit.
    ("film.txt", "---\ntitle: 영화 '명량' 흥행 기록\n---\n영화 '명량'의 관객은 1760만(추정)명에 이른다.\n"
     "이는 역대 최고 기록이다.\n", "명량 관객 몇 명이야?", "1760만(추정)명"),
], ids=["counted noun", "note before the unit"])
def test_an_amount_in_a_counter_written_otherwise_answers(analyzer, tmp_path, name, text, question, expected):
    # Both were refused: no amount in the asked unit was found in the sentence that holds one.
    assert expected in top(one_article(analyzer, tmp_path, name, text), question).excerpt.text


def test_a_question_word_or_particle_kiwi_reads_as_a_noun_is_not_a_word_to_find(analyzer, tmp_path):
    # Kiwi reads 누가 in "원수격인 누가 …" as a name, and 로 of "몇%로" as a noun: as words no
    # article holds, they made the question look about something else.
    r = one_article(analyzer, tmp_path, "king.txt", "---\ntitle: 입헌군주국의 내각\n---\n"
                    "입헌군주국에서는 국가 원수격인 국왕이 내각의 장관을 임명한다.\n장관은 의회의 신임을 받아야 한다.\n")
    assert "국왕" in top(r, "원수격인 누가 내각의 장관을 임명하는가?").excerpt.text
    r = one_article(analyzer, tmp_path / "poll", "poll.txt", "---\ntitle: 시민 설문조사 결과\n---\n"
                    "시민 설문조사에서 '부당하다'는 의견은 94%로 나타났다.\n'정당하다'는 의견은 5%에 그쳤다.\n")
    answer = r.search("설문조사에서 부당하다는 의견은 몇%로 나타났는가?")
    assert "로" not in answer.terms and "94%" in answer.results[0].excerpt.text


def test_a_mistyped_letter_in_a_long_name_is_read_as_the_name_meant(news):
    # 톨구이 for 톨고이 (ㅜ typed for ㅗ): no article writes 톨구이, and 톨고이 is the one word a
    # letter away that one does. Read as typed, a name no article holds, it was refused.
    answer = news.search("타반 톨구이에서 발굴된 고인골 몇 체야?")
    assert "톨고이" in answer.terms and "톨구이" not in answer.terms
    assert "5체" in answer.results[0].excerpt.text
    # Two syllables typed the other way round.
    assert "톨고이" in news.search("타반 톨이고에서 발굴된 고인골 몇 체야?").terms
    # Mistyped, and glued where the article writes two words the index knows (소백산 천문대).
    answer = news.search("소백산천뭉대에서 공개한 망원경 이름은?")
    assert {"소백산", "천문대"} <= set(answer.terms) and "소백아이" in answer.results[0].excerpt.text


def test_a_question_ending_in_chats_georae_is_not_about_a_trade(news):
    # "무슨 드론 거래?" is 무슨 드론 + 거 + 이래 ("which drone, they say?"); Kiwi reads the noun 거래
    # (a trade), which no drone article holds: refused before.
    answer = news.search("산악구조 드론 무슨 드론 거래?")
    assert "거래" not in answer.terms and answer.results[0].article.title.startswith("산악구조 드론")
    assert "거래" in news.search("삼성 주식 거래 언제야?").terms  # a trade, where one is asked about


def test_a_verb_kiwi_reads_without_its_final_rieul_still_matches(news):
    # 까는 is 깔다 (lay) + 는 with its ㄹ dropped; Kiwi reads 까다 (peel). The article's 깔 counts
    # as the question's word: shown in bold in the quote that answers.
    result = top(news, "새 매질 구조를 바닥에 뭐 까는 거에 빗댔지?")
    assert "타일을 깔 때" in result.excerpt.text and "깔" in bold(result)


def test_a_word_for_the_same_act_counts_as_the_question_word(news):
    # The article says the hall was 세웠다 (built); the question asks about its 설립.
    assert "세웠다" in top(news, "달섬마을 회관 설립 과정").excerpt.text


# A chat's verb and the news' word for the same act: 날아갔어 / 비행했다 (the one sentence with the
# distance shares no other word with the question), 들여오다 / 반입 (the article saying what was
# carried in answers, not the one about the same weapons that says nothing of it).
LAUNCH = {
    "launch.txt": "---\ntitle: 로동미사일 발사\n---\n"
        "조선민주주의인민공화국이 새벽에 탄도미사일 두 발을 발사했다. 미사일의 종류는 로동미사일로 "
        "추정되며, 일본 방공식별구역에 떨어진 것으로 알려졌다.\n"
        "조선민주주의인민공화국은 이날 새벽 평양 북방에서 동해상으로 로동미사일로 추정되는 탄도미사일 "
        "두 발을 발사했다. 이 발사체는 650㎞을 비행한 것으로 알려졌다.\n"
        "정부는 이번 로동미사일 발사가 유엔 안보리 결의를 위반한 것이라고 밝혔다.\n",
}
THAAD = {
    "decision.txt": "---\ntitle: 사드 배치 결정\n---\n"
        "한미 양국은 사드를 한반도에 배치하기로 최종 결정했다고 밝혔다.\n"
        "사드는 북한의 미사일 위협에 대해서만 운용될 것이라고 국방부는 설명했다.\n"
        "사드 포대는 미사일 요격용 레이더와 발사대로 이뤄진다.\n",
    "deployed.txt": "---\ntitle: 사드 기습 배치\n---\n"
        "주한 미군은 새벽에 사드 핵심 장비를 성주 골프장에 반입했다.\n"
        "포대를 지키기 위한 패트리엇 미사일도 함께 반입됐다.\n"
        "경찰 8000여명이 도로를 통제했다.\n",
}
# 타고 있었어 / 탑승하고 있었으며 (the other article gives the number who died, with 천안함 and 명).
CHEONAN = {
    "cheonan.txt": "---\ntitle: 천안함 침몰\n---\n"
        "2010년 3월 26일 21시 22분경, 대한민국 해군 제2함대 소속 천안함이 서해 백령도 남쪽 1.5 km 부근에서 "
        "경비 임무를 수행하던 도중 선체가 절단되어 침몰하였다. PCC-772 천안은 충청남도 천안시의 이름을 딴 "
        "대한민국 해군의 포항급 초계함이다. 당시 천안함에는 승조원 104명이 탑승하고 있었으며, 3월 27일 자정에는 "
        "그 중 58명이 구조되었다.\n",
    "nll.txt": "---\ntitle: 미 전문가, \"북한, 북방한계선(NLL)서 새 도발 가능성\"\n---\n"
        "조선민주주의인민공화국이 서해 북방한계선(NLL)에서 또 다른 도발을 자행할 것이라고 미국의 전문가가 "
        "주장했습니다. 이 전문가는 또 조선민주주의인민공화국의 지난 해 천안함 공격은 군부 내 인사 이동과 긴밀한 "
        "관련이 있는 것으로 분석했습니다.\n"
        "한편 벡톨 교수는 천안함 공격은 조선민주주의인민공화국 군이 주도면밀하게 계획한 것이라고 주장했습니다.\n"
        "조선민주주의인민공화국은 지난 해 3월 서해 NLL에서 대한민국의 초계함 천안함을 어뢰로 공격해 "
        "침몰시켰으며, 당시 사건으로 승조원 46명이 사망했습니다.\n"
        "벡톨 교수는 천안함 침몰 직전에 김정일 국방위원장이 가장 신뢰하는 장성들이 주요 위치에 임명됐다며, "
        "특히 김격식과 오극렬을 주목했습니다.\n",
}


@pytest.mark.parametrize("articles, question, answer", [
    (LAUNCH, "로동미사일 몇 km 날아갔어?", "650㎞"),
    (THAAD, "사드랑 같이 들여온 미사일 뭐야?", "패트리엇"),
])
def test_a_chats_verb_matches_the_news_word_for_the_act(among_others, articles, question, answer):
    assert answer in top(among_others(articles), question).excerpt.text


def test_riding_is_what_news_calls_boarding(among_others):
    result = top(among_others(CHEONAN), "천안함에 몇 명 타고 있었어?")
    assert marked(result) == "104명"
    assert "탑승" in bold(result)  # the question's 타 as the article writes it


# --- 3. topic words and focus words ----------------------------------------------------------

def test_the_word_asked_about_outweighs_the_articles_topic_words(news):
    # 바닷물, 수소, 촉매 are in the lead and in most sentences; the answer is the one sentence
    # with 부식 (corrosion), not the lead.
    result = top(news, "바닷물 촉매 부식 문제 어떻게 해결했어?")
    assert "보호막" in result.excerpt.text
    assert not result.excerpt.text.startswith("바닷물에서 바로 수소를")


def test_the_article_whose_quote_holds_the_question_comes_first(corpus, make_retriever):
    # The short article repeats 출마 and 국회의원 and scores best, but its quote is about another
    # election; the longer one's sentence holds every word asked (선언 too) and the answer.
    write(corpus, "a.txt", "---\ntitle: 정가 소식\n---\n이정훈 전 장관이 국회의원 출마를 고민하고 있다.\n"
          "지지자들은 그의 출마를 바란다.\n그는 21대 국회의원 선거에서 낙선했다.\n")
    write(corpus, "b.txt", "---\ntitle: 정치권 이모저모\n---\n여야가 예산안 처리를 두고 맞섰다.\n원내대표들은 주말에도 "
          "협상을 이어갔다.\n이정훈 전 장관은 지난 3월 23대 국회의원 선거 출마를 공식 선언했다.\n선거관리위원회는 투표소 "
          "점검에 나섰다.\n여당은 정책위원회 회의를 열어 공약을 다듬었다.\n야당은 지역 순회 간담회를 이어가기로 했다.\n")
    for name, text in [("c.txt", "정부는 우주 개발 계획을 선언했다."), ("d.txt", "시민단체들이 기후 비상 선언을 발표했다."),
                       ("e.txt", "양측은 휴전을 선언했다.")]:
        write(corpus, name, text)
    r = make_retriever(corpus)
    question = "이정훈은 몇 대 국회의원 선거 출마를 선언했어?"
    answer = r.search(question, k=3)
    assert answer.results[0].article.title == "정치권 이모저모" and "23대" in answer.results[0].excerpt.text
    assert answer.results[0].score < answer.results[1].score  # BM25 put the other first
    assert answer.results[1].article.title == "정가 소식"
    # Asked for one answer (ask, inline mode), the same one comes first, and more follow.
    one = r.search(question, k=1)
    assert [x.article.title for x in one.results] == ["정치권 이모저모"] and one.has_more
    assert [x.article.title for x in r.search(question, k=1, offset=1).results] == ["정가 소식"]


def test_bold_goes_to_question_words_not_to_light_verbs(corpus, make_retriever):
    write(corpus, "iss.txt", "---\ntitle: 국제우주정거장 근황\n---\n"
          "러시아 우주인 3명이 지구로 돌아왔다.\n현재 ISS에는 러시아와 미국 우주인 3명이 남아있다.\n"
          "다음 달에는 새 우주인들이 떠날 예정이다.")
    result = top(make_retriever(corpus), "ISS에 지금 우주인 몇 명 남아 있어?")
    assert "남아있다" in result.excerpt.text
    assert "있" not in bold(result) and "ISS" in bold(result)


# --- 4. nothing found, honestly --------------------------------------------------------------

@pytest.mark.parametrize("question, reason", [
    ("소백아이 망원경 무게 얼마야?", "kind_missing"),   # the article gives no weight
    ("이정민 교수 나이 몇 살이야?", "kind_missing"),     # nor an age
    ("해운대 모래축제 입장료 얼마야?", "kind_missing"),  # a count of sculptures is not a fee
    ("내일 서울 날씨 어때?", "words_missing"),          # nothing is about the weather
    ("류현진 이번 시즌 평균자책점 얼마야", "words_missing"),
    # A model the corpus never mentions: the drone article's "2시간" is not 코브라2.
    ("코브라2 드론 한 번 충전으로 몇 분 날아?", "topic_missing"),
])
def test_questions_the_articles_cannot_answer_get_no_quote(news, question, reason):
    answer = news.search(question)
    assert answer.results == () and answer.reason_code == reason


@pytest.mark.parametrize("who, answer", [("박정연이", "희망연대"), ("김철수가", None)])
def test_an_article_naming_everyone_asked_about_may_word_the_rest_differently(among_others, who, answer):
    # The article says 떠나 … 당적을 옮겼다 for the question's 탈당 and 입당: it holds under 60%
    # of the question's words, but every name. Asked about someone it never names: nothing.
    r = among_others({
        "party.txt": "---\ntitle: 박정연 의원의 새 출발\n---\n박정연 의원은 2019년 미래당 공천으로 국회에 "
            "들어갔다.\n그는 지난해 미래당을 떠나 희망연대로 당적을 옮겼다.\n희망연대에서는 정책위원장을 맡고 있다.\n",
    })
    answer_ = r.search(f"{who} 미래당을 탈당한 후 입당한 정당은?")
    assert_refused_or_quoted(answer_, answer, reason="words_missing")


def test_formerly_says_when_not_what_is_asked_about(among_others):
    # 예전엔 (formerly) before 몇 년 is not the thing asked about, which the article would have
    # to mention: 전동차 is.
    r = among_others({
        "rail.txt": "---\ntitle: 전동차 노후화\n---\n서울 지하철에서 탈선 사고가 잇따랐다.\n2014년 법 개정 전에는 "
            "전동차를 최대 25년까지 운행할 수 있었다.\n지금은 기한 없이 운행할 수 있다.\n",
    })
    assert "25년" in top(r, "전동차 예전엔 최대 몇 년까지 운행할 수 있었어?").excerpt.text


@pytest.mark.parametrize("now", ["", "지금 "])
def test_what_is_asked_about_stays_the_noun_before_now(corpus, make_retriever, now):
    # 주가 is what the question asks the amount of, with or without 지금 between (Kiwi reads 지금
    # before 얼마 as an adverb, which hid 주가): a patent article's product price is no answer.
    write(corpus, "patent.txt", "---\ntitle: 삼성전자, 접는 스마트폰 특허 출원\npublished: 2026-11-28\n---\n"
          "삼성전자가 접는 스마트폰의 특허를 출원했다고 9일 밝혔다.\n업계는 이 제품의 출시 가격을 200만 원대로 본다.\n")
    write(corpus, "won.txt", "---\ntitle: 원달러 환율 하락\npublished: 2026-11-28\n---\n원달러 환율이 이틀째 내렸다.\n"
          "28일 서울 외환시장에서 원달러 환율은 1310원에 마감했다.\n")
    r = make_retriever(corpus, today=lambda: TODAY)
    answer = r.search(f"삼성전자 주가 {now}얼마야?")
    assert answer.results == () and answer.reason_code == "topic_missing"
    assert "1310원" in top(r, f"원달러 환율 {now}얼마야?").excerpt.text


@pytest.mark.parametrize("question, answer", [("파도 높이 몇 미터였어?", "10m"), ("비 시간당 몇 밀리 왔어?", "104mm"),
                                              ("파도 높이 몇 m였어?", "10m")])
def test_a_unit_asked_in_words_is_answered_in_symbols(among_others, question, answer):
    # 몇 미터 is answered by 10m, and 104mm is not an amount in m.
    r = among_others({
        "typhoon.txt": "---\ntitle: 태풍이 할퀸 해안\n---\n태풍이 지나간 해안에는 시간당 104mm의 비가 내렸다.\n"
            "방파제를 넘은 파도 높이는 10m에 달했다.\n",
    })
    assert marked(top(r, question)) == answer


@pytest.mark.parametrize("sentence, noun, answer", [
    ("새 음반이 120만 장 팔렸다", "음반 판매", "120만 장"),
    ("발전소에 원자로 4기를 새로 짓는다", "원자로", "4기"),
    ("공원에 소나무 300그루를 심었다", "소나무", "300그루"),
])
def test_a_count_is_answered_in_the_counter_of_what_is_counted(among_others, sentence, noun, answer):
    # 갯수 (how many) is answered with whatever counter the thing takes: 장 for records, 기 for
    # reactors, 그루 for trees, not only 개.
    r = among_others({
        "count.txt": f"---\ntitle: 올해의 기록\n---\n한빛그룹은 올해 {sentence}.\n그룹은 내년 계획도 발표했다.\n",
    })
    assert marked(top(r, f"한빛그룹 {noun} 갯수는?")) == answer


@pytest.mark.parametrize("question", ["5.18 때 시민 몇 명 숨졌어?", "5·18 때 시민 몇 명 숨졌어?"])
def test_an_event_named_by_its_date_is_found_typed_with_a_full_stop(among_others, question):
    # Keyboards have no middle dot: 5.18 is how 5·18 is typed; Kiwi reads it as one number no
    # article holds. The month and the day find the event.
    r = among_others({
        "may.txt": "---\ntitle: 광주의 봄\n---\n5·18 민주화운동 당시 계엄군의 발포로 시민 165명이 숨졌다.\n"
            "희생자 유족들은 해마다 묘역을 찾는다.\n",
        "april.txt": "---\ntitle: 4월의 함성\n---\n4·19 혁명 때 학생과 시민 186명이 숨졌다.\n",
    })
    result = top(r, question)
    assert result.article.title == "광주의 봄" and marked(result) == "165명"


def test_a_question_about_today_is_not_answered_from_an_old_article(news):
    stale = news.search("오늘 서울 지하철 기본요금 얼마야?")
    assert stale.results == () and stale.reason_code == "stale" and stale.recent == "오늘"
    # What the old article says is kept apart, dated, for the user to see as such.
    older, = stale.older
    assert "1250원" in older.excerpt.text and older.article.published.startswith("2015-06-20")
    # Asked about the past, the same 2015 article answers.
    assert "1250원" in top(news, "서울 지하철 기본요금 얼마로 올랐어?").excerpt.text


def test_the_same_question_is_answered_while_the_article_is_recent(analyzer, tmp_path):
    corpus = tmp_path / "c"
    shutil.copytree(NEWS, corpus)
    r = Retriever(corpus, tmp_path / "i", analyzer, today=lambda: date(2015, 6, 22))
    r.open()
    assert "1250원" in top(r, "오늘 서울 지하철 기본요금 얼마야?").excerpt.text


_SOLAR = """서울대 연구팀, 페로브스카이트 태양전지 수명 두 배로
서울대 공대는 김민준 교수 연구팀이 페로브스카이트 태양전지의 수명을 두 배로 늘리는 기술을 개발했다고 10일 밝혔다.
김 교수는 "이번 성과로 유연하고 가벼운 페로브스카이트 태양전지를 상용화할 수 있는 길이 열렸다"고 말했다.
연구팀은 지난달 열린 국제학회에서 이 성과를 처음 공개했다.
"""


@pytest.mark.parametrize("plan, answer", [
    ("", None),
    ("연구팀은 2030년 상용화를 목표로 기업과 공동 연구를 이어갈 계획이다.\n", "2030년"),
])
def test_asked_when_something_will_happen_only_a_date_to_come_answers(analyzer, tmp_path, plan, answer):
    # The day of the report (10일 밝혔다) and a past date (지난달) tell when it was said or done,
    # and a quote that only talks about 상용화 gives no date at all.
    r = one_article(analyzer, tmp_path, "solar.txt", _SOLAR + plan)
    asked = r.search("페로브스카이트 태양전지 언제 상용화된대?")
    assert_refused_or_marked(asked, answer)
    # Asked about the past, the report's day answers.
    assert "10일" in top(r, "페로브스카이트 태양전지 수명 늘린 기술 언제 발표했어?").excerpt.text


_NOBEL = """페링하 교수 등 3명, 분자기계 개발로 노벨화학상
스웨덴 왕립과학원은 분자기계를 개발한 장피에르 소바주, 프레이저 스토더트, 베르나르트 페링하 교수를 올해 노벨화학상 수상자로 선정했다.
페링하 교수는 1999년 자외선을 쬐면 한 방향으로 도는 분자모터를 처음 개발했다.
세 교수는 상금 800만 크로나를 나눠 받는다.
"""


@pytest.mark.parametrize("speech, answer", [
    ("", None),
    # Single quotation marks set off names in Korean news, not speech.
    ("페링하 교수의 노벨상 수상으로 그가 만든 '분자모터' 연구가 다시 주목받고 있다.\n", None),
    ("페링하 교수는 수상 소식을 듣고 \"너무 놀라서 어떻게 말해야 할지 모르겠다\"고 말했다.\n", "너무 놀라서"),
])
def test_asked_what_someone_said_only_reported_speech_answers(analyzer, tmp_path, speech, answer):
    # Every name of the question is in the article, but a sentence about the motor he built is
    # not what he said on winning.
    r = one_article(analyzer, tmp_path, "nobel.txt", _NOBEL + speech)
    assert_refused_or_quoted(r.search("페링하 교수 노벨상 수상 소감 뭐라고 했어?"), answer)
    # 뭐라고 + a verb of naming asks for a name, which a plain sentence gives.
    assert "분자모터" in top(r, "자외선을 쬐면 한 방향으로 도는 분자를 뭐라고 불러?").excerpt.text


_TORCH = """베이징 동계올림픽 성화 최종 점화자는 디니거 이라무장 선수와 자오자원 선수였다.
두 선수는 눈송이 모양의 성화대 가운데에 성화를 꽂아 점화를 마쳤다.
"""


@pytest.mark.parametrize("speech, answer", [
    ("", None),
    ("성화 최종 점화자로 나선 이라무장 선수는 \"올림픽 성화를 들 수 있어 평생의 영광\"이라고 소감을 밝혔다.\n",
     "평생의 영광"),
])
def test_asked_what_someone_said_holds_where_kiwi_misreads_the_word(analyzer, tmp_path, speech, answer):
    # Kiwi reads "점화자 소감" as 점화 + 자 + 소 + 가 + ㅁ: the question as typed still asks for a 소감,
    # and the sentence reporting it is quoted rather than the one that repeats more of the question.
    r = one_article(analyzer, tmp_path, "torch.txt", _TORCH + speech)
    assert_refused_or_quoted(r.search("베이징 올림픽 성화 최종 점화자 소감 뭐래?"), answer)


def test_what_the_chairman_stressed_is_quoted_from_the_sample(news):
    assert "고객" in top(news, "구광모 회장이 사장단 워크숍에서 강조한 건?").excerpt.text


def test_a_model_number_the_article_never_gives_is_another_model(analyzer, tmp_path):
    r = one_article(analyzer, tmp_path, "iphone.txt", (
        "아이폰4, 국내 공식 출시\n"
        "애플의 아이폰4가 10일 오전 국내에서 공식 출시됐다.\n"
        "KT는 10일 오전 8시부터 광화문에서 아이폰4를 예약한 가입자 100명을 초청해 출시 행사를 열었다.\n"))
    other = r.search("아이폰 16 출시일 언제야?")
    assert other.results == () and other.reason_code == "topic_missing"
    assert "10일" in top(r, "아이폰 4 출시일 언제야?").excerpt.text


_FLOOD = """환경부, 침수 피해 가구 실내환경 무료 진단
환경부는 최근 폭우로 침수 피해를 입은 취약가구를 대상으로 9월 1일부터 실내환경 무료 진단을 실시한다고 밝혔다.
진단반은 곰팡이와 세균 농도를 측정하고 결과에 따라 소독과 환기 방법을 안내한다.
김민수 환경보건정책관은 진단 결과를 환경부 홈페이지에 공개하겠다고 말했다.
"""


@pytest.mark.parametrize("how, answer", [
    ("", None),
    ("진단 신청은 한국환경공단 콜센터(1577-8866)로 하면 된다.\n", "1577-8866"),
    ("신청은 국번 없이 128로 전화하면 된다.\n", "128"),
])
def test_asked_for_a_telephone_number_only_a_number_to_call_answers(analyzer, tmp_path, how, answer):
    # 9월 1일 is a number, and the quote repeats every word of the question, but nobody can
    # call it.
    r = one_article(analyzer, tmp_path, "flood.txt", _FLOOD + how)
    asked = r.search("침수피해 실내환경 진단 신청 전화번호 뭐야?")
    assert_refused_or_marked(asked, answer)
    # A question that only mentions a homepage asks for someone, not for an address.
    assert "김민수" in top(r, "진단 결과 홈페이지에 공개하겠다고 말한 사람 누구야?").excerpt.text


def test_asked_why_the_sentence_giving_the_reason_is_quoted(analyzer, tmp_path):
    # The last sentence repeats every word of the question (and its 왜); the one between gives
    # the reason, naming the chief only as the subject of the article.
    r = one_article(analyzer, tmp_path, "chief.txt", (
        "이태원 참사 브리핑 맡았던 용산소방서장 입건\n"
        "경찰 특별수사본부는 이태원 참사 당시 현장 브리핑을 맡았던 최성범 용산소방서장을 입건했다.\n"
        "대응 단계 발령이 30분 늦었다는 것이 입건 이유로, 업무상 과실치사 혐의가 적용됐다.\n"
        "일부 시민들은 최성범 용산소방서장이 입건될 만큼 잘못했다면 왜 윗선은 입건되지 않느냐고 반발했다.\n"))
    result = top(r, "용산소방서장 왜 입건됐어?")
    assert "과실치사" in result.excerpt.text
    assert result.answer is None  # 혐의 shows where the reason is, not which words it is


def test_a_cause_told_with_ro_answers_why(among_others):
    # 노후화로 벌어졌다 says why the line 1 train came off the rails; the sentence with 원인 is
    # about another accident.
    r = among_others({
        "rail.txt": "---\ntitle: 잇따른 탈선 사고\n---\n"
            "서울 지하철에서 두 달 사이 전동차 세 대가 선로를 벗어났다.\n"
            "1호선 탈선 사고는 도입된 지 24년 된 차량의 노후화로 벌어졌다고 추정된다.\n"
            "철도공사는 같은 차량 7편성의 운행을 모두 멈췄다.\n"
            "5호선 열차도 지난달 차량기지로 옮기던 중 탈선했다.\n"
            "영국과 일본은 부품을 꾸준히 관리해 노후 차량도 안전하게 운행한다.\n"
            "2018년 강릉선 KTX 탈선 사고 당시 전문가들은 대규모 인력 감축을 근본 원인으로 꼽았다.\n"
            "새 전동차를 주문하면 운행까지 최소 2년이 걸린다.\n",
    })
    assert "노후화로" in top(r, "1호선 탈선 원인 뭐래?").excerpt.text


def test_asked_why_a_purpose_answers(among_others):
    # 국민의 안전을 위해 … 제작하게 되었다: why it was made. The lead repeats more of the question.
    r = among_others({
        "laos.txt": "---\ntitle: 대한민국 주재 라오스 대사관, ‘라오스 여행 주의 사항’ 제작·배포\n---\n"
            "대한민국 주재 라오스 대사관이 ‘라오스에서 자주 일어나는 사건·사고 유형’과 여행 시 조심해야할 각종 "
            "사항에 대한 홍보물을 자체 제작, 배포하기로 하였다. 이 배포물에선 물놀이와 관련한 주의, 사진촬영 시의 "
            "문제, 귀중품 도난 시에 대처 사항, 선교활동 시의 유의사항 등을 담고 있는 것으로 알려졌다.\n"
            "대한민국 주재 라오스 대사관 관계자는 안내문 제작과 관련하여 라오스가 대한민국 관광객들에게 주목받으며 "
            "방문객이 급증해 불미스러운 사고가 증가하는 추세라며, 대한민국 국민의 안전을 위해 대사관에서 홍보물을 "
            "제작하게 되었다고 제작 경위를 밝혔다. 이어서, 대사관은 이 홍보물이 9월 초 대사관을 비롯한 한인회, "
            "한인 단체, 한인 식당 등을 중심으로 배포할 예정이라고 밝혔다.\n",
    })
    assert "안전을 위해" in top(r, "라오스 대사관 왜 여행 주의 홍보물 만들었어?").excerpt.text


def test_a_result_or_an_effect_is_no_reason(among_others):
    # 연구 결과가 나왔다 reports a finding and 큰 영향이 없을 것 an effect: neither says why; the
    # sentence with 이유는 … 때문이다 does. (An inquiry's 결과 does: 조사 결과 … 로 밝혀졌다.)
    r = among_others({
        "climate.txt": "---\ntitle: 지구가 뜨거워지면, 항공료가 비싸진다\n---\n"
            "지구가 뜨거워지면, 비행기 이륙이 어렵다는 연구 결과가 나왔다. 컬럼비아 대학과 미국 항공우주국(NASA)의 "
            "공동연구에 따른 것이다. 세계 19개 공항을 대상으로, 21세기말 산업혁명 이전보다 기온이 4~8도 상승했다는 "
            "시나리오를 바탕으로 연구한 결과 항공기가 뜨기 어렵다는 결론에 도달했다. 이유는 기온이 상승하여 공기의 "
            "밀도가 떨어지기 때문이다. 공기의 밀도가 떨어지면, 양력이 떨어진다. 양력은 비행기를 공중에 띄우는 힘이다.\n"
            "항공사들은 당장 운항에는 큰 영향이 없을 것이라고 밝혔다.\n",
        "fire.txt": "---\ntitle: 물류창고 화재\n---\n"
            "경기도의 한 물류창고에서 불이 나 3시간 만에 꺼졌다.\n"
            "소방당국이 조사한 결과 화재는 냉동기 배선의 합선으로 시작된 것으로 밝혀졌다.\n"
            "이 화재로 창고 3개 동이 탔지만 인명 피해는 없었다.\n",
    })
    assert "밀도가 떨어지기 때문" in top(r, "기온 오르면 비행기 왜 뜨기 어려워져?").excerpt.text
    assert "합선" in top(r, "물류창고 화재 원인 뭐야?").excerpt.text


@pytest.mark.parametrize("question, answer", [
    ("소방공무원 위상 저하 막겠다고 한 법사위원장 누구야?", "이상민"),  # not 저하는, before 위원장의
    # Not 이뤄진, before the asked 아베 총리: the one who criticised has no name (한 소방관), and
    # is quoted, not marked.
    ("소방관 1인 시위 두고 아베 총리 비판한 사람 누구야?", None),
])
def test_a_person_is_a_name_before_a_title_not_any_word(among_others, question, answer):
    r = among_others({
        "fire.txt": "---\ntitle: 소방관 처우 논란\n---\n"
            "소방관들이 정부조직법 개정안에 반대해 1인 시위를 벌였다.\n"
            "야당 소속의 이상민 법제사법위원장은 \"소방공무원 위상 저하는 위원장의 직권으로라도 막겠다\"고 밝혔다.\n"
            "한 소방관은 \"그동안 1년 내내 이뤄진 아베 총리의 언행과 다를 바 없다\"고 비판했다.\n",
    })
    result = top(r, question)
    assert marked(result) == answer
    if answer is None:
        assert "한 소방관은" in result.excerpt.text


@pytest.mark.parametrize("question", ["대구 방화범 이름 뭐야?", "대구 연쇄 방화 범인 누구야?"])
def test_a_name_after_the_part_someone_had_in_a_crime_is_the_person(among_others, question):
    # 방화범 최동훈은, 범인 최동훈을: news writes the part before the name as it does a title. The
    # sentence calling for punishment of the 방화범 repeats more of the question and names no one.
    r = among_others({
        "arson.txt": "---\ntitle: 대구 주택가 연쇄 방화\n---\n"
            "대구 수성구 주택가에서 연쇄 방화 사건이 일어나 주민들이 불안에 떨고 있다.\n"
            "대구 수성경찰서에 따르면, 방화범 최동훈은 지난 3일 새벽 주택 세 곳에 불을 지른 혐의를 받고 있다.\n"
            "경찰은 범행을 자백한 범인 최동훈을 구속했다.\n"
            "사건이 알려진 뒤 포털사이트 다음의 게시판에는 대구 연쇄 방화범에 대한 강력 처벌을 촉구하는 글이 올라왔다.\n",
    })
    assert marked(top(r, question)) == "최동훈"


@pytest.mark.parametrize("question, answer", [("조사 결과에 의문 제기한 물리학 교수 누구야?", "이승헌"),
                                              ("빅히트 엔터테인먼트 대표 누구야?", "방시혁"),
                                              ("국민투표로 뽑힌 시리아 대통령 누구야?", "하페즈 알아사드")])
def test_a_common_word_before_a_title_is_not_a_name(among_others, question, answer):
    # 물리학 (교수) and 설립하고 (대표이사로) are what Kiwi reads as one common noun, or a verb:
    # never underlined as the person asked for (the name may be, when it alone is backed).
    r = among_others({
        "people.txt": "---\ntitle: 사람들\n---\n"
            "조사 결과에 의문을 제기했던 이승헌 버지니아대학교 물리학 교수는 재조사를 요구했다.\n"
            "방시혁은 2005년 빅히트 엔터테인먼트를 설립하고 대표이사로 재직하며 여러 가수를 길렀다.\n"
            "시리아 국민은 오직 국민투표를 통해 대통령을 뽑을 수 있었고, 하페즈 알아사드가 30년 동안 집권했다.\n",
    })
    result = top(r, question)
    assert answer in result.excerpt.text and marked(result) in (None, answer)


PEOPLE_BEFORE_TITLES = {
    "people.txt": "---\ntitle: 인물\n---\n"
        "서울시는 고영근의 호패 2점을 등록문화재로 등록 신청했다.\n"
        "고영근은 독립협회 회장을 지냈고, 명성황후 시해에 가담한 우범선을 암살한 대한제국의 무관이다.\n"
        "오영식 한국철도공사 사장은 탈선 사고의 책임을 지고 사퇴했다.\n"
        "곽영주는 이승만의 눈에 들어 경무대 경찰서에 배치되었다.\n"
        "그는 경무대 경찰서장으로 임기를 마친후 도경국장을 거쳐 치안국장에 올랐다.\n",
}


@pytest.mark.parametrize("question, answers", [
    # Not 독립협회, an organisation before 회장, but 우범선, right before the act asked about.
    ("고영근이 암살한 사람 누구야?", ("우범선",)),
    ("탈선 책임지고 사퇴한 사람 누구야?", ("오영식",)),  # the name before the organisation and title
    # 마친후 (마치 + ㄴ + 후) stands where a name would, before 도경국장: no name holds a verb.
    ("경무대 경찰서장 임기 마친 뒤 도경국장 된 사람 누구야?", (None, "곽영주")),
])
def test_an_organisation_or_a_verb_before_a_title_is_not_the_person(among_others, question, answers):
    assert marked(top(among_others(PEOPLE_BEFORE_TITLES), question)) in answers


@pytest.mark.parametrize("question, answer", [("서북공심돈 언제 지어졌어?", "20년(1796)"), ("방화수류정 언제 지어졌어?", "18년(1794)")])
def test_a_reign_year_is_marked_with_its_common_era_year(among_others, question, answer):
    r = among_others({
        "fort.txt": "---\ntitle: 수원 화성 건물 보물 지정\n---\n"
            "서북공심돈은 조선 정조 20년(1796)에 지어진 방어 시설이다.\n"
            "방화수류정은 정조 18년(1794)에 지어진 누각이다.\n"
            "두 건물은 1년 내내 관람객을 맞는다.\n",
    })
    assert marked(top(r, question)) == answer


@pytest.mark.parametrize("question, answer", [
    ("김용운 교수 장례식 어디서 해?", None),  # the article never mentions a funeral
    ("한국수학사학회 창립 기념식 어디서 열렸어?", "한양대학교 본관"),
])
def test_where_something_takes_place_the_article_must_name_the_thing(among_others, question, answer):
    # The noun before 어디서 / 어디에 is what takes place somewhere, not the kind of answer (as
    # 방송국 of 방송국 어디야 is): an article without it does not say where it is.
    r = among_others({
        "obituary.txt": "---\ntitle: 수학자 김용운 별세\n---\n"
            "수학자이자 문명비평가인 김용운 한양대학교 명예교수가 5월 30일 새벽 별세했다.\n"
            "고인은 1969년 한양대학교 수학과 교수로 부임했다.\n"
            "1983년 한국수학사학회를 세우고 초대 회장을 맡았으며, 창립 기념식은 한양대학교 본관에서 열렸다.\n",
    })
    assert_refused_or_quoted(r.search(question, k=1), answer, reason="topic_missing")


def test_asked_where_something_happened_the_place_written_with_its_particle_is_marked(among_others):
    # 어디서 is answered by a place written with 에서 (공평동 선거캠프에서), not by the first name
    # of the quote (대한민국 대선 후보).
    r = among_others({
        "quit.txt": "---\ntitle: 안철수 후보 사퇴\n---\n"
            "대한민국 대선 정국에 안풍을 불러왔던 대한민국 대선 후보 안철수가 돌연 후보자 사퇴를 선언했다.\n"
            "23일 서울 공평동 선거캠프에서 안철수 후보는 오후 8시 20분부터 기자회견을 열고 사퇴 소견을 밝혔다.\n"
            "그는 국민을 위해 백의종군하겠다고 말했다.\n",
    })
    result = top(r, "안철수 사퇴 기자회견 어디서 했어?")
    assert "공평동 선거캠프" in result.excerpt.text and marked(result) in (None, "서울 공평동 선거캠프")


@pytest.mark.parametrize("sentence, question, person", [
    ("2015년 2월 새누리당 의원이 처음으로 국회 외교통일위원장에 선출됐다.", "국회 외교통일위원장에 뽑힌 의원 누구야?", None),
    ("이 때문에 그는 정동영 당시 국가안전보장회의(NSC) 상임위원장으로부터 비판을 받았다.",
     "국가안전보장회의 상임위원장 누구였어?", "정동영"),
    ("경기 당일 아침 우루과이 선수들은 신문 기사를 보고 크게 분노했다.", "신문 기사 보고 분노한 선수 누구야?", None),
    ("외교부는 오정근 고려대학교 경제학과 교수에게 의뢰한 연구 보고서를 공개했다.", "외교부 보고서 쓴 교수 누구야?", "오정근"),
])
def test_a_party_initials_or_a_country_before_a_title_is_not_the_person(among_others, sentence, question, person):
    # 새누리당 의원, NSC 상임위원장, 우루과이 선수 and 경제학과 교수 name whom someone works or
    # plays for: the person is the name before them, or none is given.
    r = among_others({
        "politics.txt": "---\ntitle: 외교 안보 인사 소식\n---\n"
            "정부와 국회의 외교 안보 인사가 잇따라 발표됐다.\n" + sentence + "\n"
            "관계자는 앞으로 일정이 더 나올 것이라고 말했다.\n",
    })
    result = top(r, question)
    assert sentence in result.excerpt.text and marked(result) in {person, None}


@pytest.mark.parametrize("question", ["전지현이 리빙빙과 휴 잭맨과 함께 출연한 영화의 이름은?",
                                      "전지현 리빙빙이랑 같이 나온 영화 이름 뭐야?"])
def test_words_quoted_as_said_are_not_the_name_asked_for(among_others, question):
    # “…잘 소화해냈다” is what a critic said of the actress, not a film's title: the sentence
    # naming the film in 《》 answers.
    r = among_others({
        "actress.txt": "---\ntitle: 배우 전지현의 해외 진출\n---\n"
            "2011년에는 리사 시의 동명 소설을 원작으로 한 두 번째 해외 영화 《설화와 비밀의 부채》에 리빙빙, 휴 잭맨과 "
            "함께 소피아 역으로 출연했다.\n"
            "영화 자체는 혹평을 받았으나, 미국의 영화 평론가 로저 이버트는 “전지현은 정말 환상적이었다. 영화 속 캐릭터를 "
            "잘 소화해냈다”며 호평을 하는 등 배우로서는 인정받았다.\n"
            "그는 이후 국내 드라마로 돌아왔다.\n",
    })
    result = top(r, question)
    assert "설화와 비밀의 부채" in result.excerpt.text and marked(result) in ("설화와 비밀의 부채", None)


def test_a_word_kiwi_reads_as_a_noun_and_a_copula_is_the_word_the_articles_write(among_others):
    # Asked alone, 오토파지 is cut 오토파 + 이 + 지 (as if "it is 오토파"); the article writes
    # 오토파지 whole, and the question is about it.
    r = among_others({
        "nobel.txt": "---\ntitle: 노벨 생리의학상에 오스미 요시노리\n---\n"
            "노벨위원회는 오스미 요시노리 교수를 올해 노벨생리의학상 수상자로 선정했다.\n"
            "오토파지(autophagy)는 ‘스스로를 먹는다’는 뜻으로, 세포가 낡은 단백질을 분해해 재활용하는 현상이다.\n"
            "오스미 교수는 1980년대 현미경으로 이 현상을 처음 관찰했다.\n",
    })
    answer = r.search("오토파지 무슨 뜻이야?", k=1)
    assert "오토파지" in answer.terms and "스스로를 먹는다" in answer.results[0].excerpt.text


def test_of_two_people_listed_with_their_titles_the_one_with_the_asked_title_is_marked(among_others):
    # 전 of 전 방송통신위원장 is a question word, but says when, not who; and the title before the
    # comma is 최시중's, not 천신일's, who has his own after his name.
    r = among_others({
        "pardon.txt": "---\ntitle: 임기말 특별사면 논란\n---\n"
            "박근혜 당선인이 임기 말 특별사면에 반대 입장을 밝혔다.\n"
            "언론 보도에 따르면 이번 특별사면에는 최시중 전 방송통신위원장, 천신일 세중나모여행 회장 등이 포함됐다.\n"
            "청와대는 특별사면은 대통령의 고유 권한이라고 밝혔다.\n",
    })
    result = top(r, "특별사면 명단에 오른 전 방송통신위원장 누구야?")
    assert "최시중" in result.excerpt.text and marked(result) == "최시중"


def test_a_name_written_twice_in_the_quote_is_one_answer_and_is_marked(among_others):
    # 원유철 stands in both sentences of the quote: the two mentions are one answer, not two that
    # compete for the mark (Wikinews, 2020-05).
    r = among_others({
        "merger.txt": "---\ntitle: 원유철 미래한국당 대표 \"5월 29일까지 미래통합당과 합당\"\n---\n"
            "원유철 미래한국당 대표가 2020년 5월 22일 회의를 열어 2020년 5월 29일까지 미래한국당을 "
            "미래통합당으로 합당하겠다고 결정했다.\n"
            "미래한국당의 한 당선인은 \"원유철 대표가 개인의 당권 유지를 위해 이런저런 핑계를 대고 있다. "
            "이달 중으로 합당해야 한다\"라고 말했다.\n",
    })
    result = top(r, "미래한국당 대표 누구야?")
    assert result.excerpt.text.count("원유철") == 2 and marked(result) == "원유철"


@pytest.mark.parametrize("question, name", [("국립경주박물관 관장 누구야?", "이영훈"), ("문화재청장 누구야?", "이건무")])
def test_a_head_named_in_brackets_after_the_body_is_marked(among_others, question, name):
    # News names a body's head in brackets after it, title first (Wikinews, 2010-12 and 2011-01).
    r = among_others({
        "museum.txt": "---\ntitle: 국립경주박물관, 신라 유물 전시회 개최\n---\n"
            "대한민국의 국립경주박물관(관장 이영훈)은 내일부터 내년 2월 6일까지 특별전시회 '신라王, 왕비와 함께 "
            "잠들다'를 개최한다고 보도자료를 통해 밝혔다.\n"
            "박물관 측은 이 전시회에서 지난 1973년 발굴된 황남대총 관련 출토품을 한자리에 모아 전시한다.\n",
        "palaces.txt": "---\ntitle: 문화재청, 궁·능 무료 관람 대상자 확대\n---\n"
            "문화재청(청장 이건무)은 궁·능의 무료관람 대상자를 저소득층 및 만 18세 이하 청소년으로 확대해 "
            "나가기로 했다고 26일 보도자료를 통해 밝혔다.\n"
            "문화재청은 규제개혁과제로 궁·능 무료관람 대상 확대를 포함한 11건을 선정했다.\n",
    })
    assert marked(top(r, question)) == name


def test_a_western_name_with_a_given_name_of_one_syllable_is_marked_whole(among_others):
    # 존 of 존 브레넌 is a given name, not a surname standing alone (Wikinews, 2014-12).
    r = among_others({
        "cia.txt": "---\ntitle: 미 상원, CIA의 고문에 대한 보고서를 발간\n---\n"
            "미국 상원 정보위원회가 12월 9일 미 중앙정보국이 의회에 잘못된 정보를 제공했다고 결론지었다.\n"
            "미 중앙정보국 국장 존 브레넌은 위원회가 나열한 많은 실패점을 인식하고 있었으나, 보고서가 "
            "\"불완전하고, 일어난 일에 대한 선별적 기록\"이라고 비난했다.\n",
    })
    assert marked(top(r, "중앙정보국 국장 이름 뭐야?")) == "존 브레넌"


def test_a_name_and_the_same_name_in_full_are_one_answer(among_others):
    # 클린턴 (a name before a title) and 빌 클린턴 (a run of proper nouns) are one president, not
    # two that compete for the mark; it is marked in full.
    r = among_others({
        "relations.txt": "---\ntitle: 1990년대 한미 관계\n---\n"
            "1993년 7월 한미 관계는 빌 클린턴 대통령이 취임 후 첫 방문지로 한국을 택할 정도로 우호적이었다.\n"
            "하지만 북한 핵 협상을 두고 김영삼과 클린턴의 관계는 틀어지기 시작했다.\n",
    })
    assert marked(top(r, "1993년 당시 미국 대통령 이름이 뭐야?")) == "빌 클린턴"


@pytest.mark.parametrize("question, name", [
    ("하마스 지도자 이름 뭐야?", "예히야 신와르"),  # 하마스의 지도자인 예히야 신와르는
    ("백악관 국가안보보좌관 누구야?", "제이크 설리번"),  # 제이크 설리번 백악관 국가안보보좌관은
])
def test_a_name_beside_what_the_question_asks_someone_to_be_is_marked(among_others, question, name):
    # 지도자 and 보좌관 are no titles of the list, but the question asks for one who is that
    # (Wikinews, 2018-05 and 2022-10).
    r = among_others({
        "hamas.txt": "---\ntitle: 이스라엘 주재 미국 대사관, 예루살렘으로 이전하다\n---\n"
            "같은 날 팔레스타인 측은 가자지구 접경 지대에서 대규모 시위를 벌였다.\n"
            "팔레스타인의 무장 단체 하마스의 지도자인 예히야 신와르는 \"순교자 100만명을 보내겠다\"고 기자들을 "
            "상대로 발언하였다.\n",
        "armageddon.txt": "---\ntitle: 바이든 대통령 '러시아와의 핵전쟁' 언급하며 \"아마겟돈\" 발언\n---\n"
            "10월 8일 백악관에서는 \"러시아의 핵무기 사용 징후가 포착된 것은 없다\"고 밝혔다.\n"
            "제이크 설리번 백악관 국가안보보좌관은 우크라이나에서 핵무기를 사용할 경우 어떤 '결과'가 발생할지에 "
            "대해 러시아 관료들에게 비공식적인 루트를 통해 지속적으로 알려왔다고 밝힌 바 있다.\n",
    })
    assert marked(top(r, question)) == name


def test_a_western_name_before_a_title_is_marked_whole(among_others):
    # A Korean name before a title is its first word (박충모 서울대 화학부 교수); 데이미언 of
    # 데이미언 셔젤 감독 is a given name, and the name goes on.
    r = among_others({
        "lalaland.txt": "---\ntitle: 라라랜드, 골든글로브 7관왕\n---\n"
            "영화 라라랜드는 데이미언 셔젤 감독이 각본과 연출을 모두 맡았다.\n"
            "라라랜드는 제74회 골든글로브 시상식에서 7개 부문을 수상했다.\n",
    })
    assert marked(top(r, "라라랜드 감독 누구야?")) == "데이미언 셔젤"


@pytest.mark.parametrize("question, name", [
    ("세계경제전망보고서 낸 싱크탱크 어디야?", "경제경영연구소"),  # 영국의 싱크탱크 경제경영연구소는
    ("윤 일병 사건 폭로한 시민단체 어디야?", "군인권센터"),  # 시민단체인 군인권센터에서
])
def test_a_body_named_right_after_the_word_for_what_it_is_is_marked(among_others, question, name):
    # News puts a body in apposition after the word the question asks by (Wikinews).
    r = among_others({
        "economies.txt": "---\ntitle: 2036년 세계 10대 경제대국\n---\n"
            "최근 영국의 싱크탱크 경제경영연구소는 세계경제전망보고서에서 2036년의 국내 총생산 기준 세계 "
            "10대 경제대국에 아시아의 4개국이 포함될 것으로 예상했다.\n"
            "이 4개 국가 중에 대한민국은 들어가 있지 않다.\n",
        "private.txt": "---\ntitle: 2014년 8월 18일 심층진단\n---\n"
            "2014년 4월에 윤 일병이 의정부성모병원에서 사망했습니다.\n"
            "그러나 이 사건은 8월에 시민단체인 군인권센터에서 폭로하고 나서야 세상에 알려졌습니다.\n",
    })
    assert marked(top(r, question)) == name


def test_a_name_right_after_the_word_for_the_thing_asked_is_marked(among_others):
    # 가설인 ‘E3 모형’: the name the question asks for, right after the word it asks by
    # (Wikinews, 2020-01). Marked in the quote; it does not choose the quote (a novel named so
    # drew quotes to the wrong novel).
    r = among_others({
        "archaea.txt": "---\ntitle: 일본 연구진, 진핵생물 기원 밝힐 고세균 배양 성공\n---\n"
            "일본 연구진이 12년에 걸쳐 심해 퇴적물에서 아스가르드 고세균을 배양하는 데 성공했다.\n"
            "연구자들은 배양과 게놈 데이터를 토대로 진핵세포의 기원을 설명하는 가설인 ‘E3 모형’을 만들었다.\n",
    })
    assert marked(top(r, "진핵세포 기원 설명하는 가설 이름 뭐야?")) == "E3 모형"


def test_a_noun_before_a_name_is_no_place_asked_with_its_particle(among_others):
    # 쿠데타를 이유로 레소토의 ...: 이유 has the 로 어디로 asks with and a question word after it, but
    # that word is a name, not the act asked about; the place is 남아프리카 공화국 (Wikinews, 2014-08).
    r = among_others({
        "lesotho.txt": "---\ntitle: 레소토에서 육군의 쿠데타 움직임 포착\n---\n"
            "남아프리카에 위치한 레소토에서 쿠데타 움직임이 보도되었습니다.\n"
            "이후, 레소토의 총리 토마스 타바네는 쿠데타를 이유로 레소토의 이웃 국가인 남아프리카 공화국으로 "
            "도피했으며, 신변의 안전이 보장받을 때 까지 있을 것이라고 말했습니다.\n",
    })
    assert marked(top(r, "레소토 총리 어디로 도피했어?")) == "남아프리카 공화국"


def test_a_name_of_parts_before_a_party_and_a_title_is_a_person(among_others):
    # Kiwi reads 밋 롬니 공화당 as one run of proper nouns: the name ends before the party, and
    # 후보 after it makes it a person's (Wikinews, 2012-07).
    r = among_others({
        "aurora.txt": "---\ntitle: 미국 오로라 총기 난사 사건으로 70명 사상\n---\n"
            "20일 미국 콜로라도 주 오로라에 위치한 센추리 16 영화관에서 총기 난사로 12명이 사망하였다.\n"
            "이 사건으로 버락 오바마 민주당 후보와 밋 롬니 공화당 후보는 선거 유세를 중단한 것으로 전해졌다.\n",
    })
    assert marked(top(r, "오로라 총기난사 때 오바마랑 같이 유세 멈춘 후보 누구야?")) == "밋 롬니"


def test_a_name_glossed_after_the_word_and_a_colon_is_marked(among_others):
    # 본명: 권지용 glosses the name the question asks by 본명 (Wikinews, 2017-06).
    r = among_others({
        "gdragon.txt": "---\ntitle: 지드래곤의 USB앨범 논란\n---\n"
            "지드래곤(G-Dragon)의 USB앨범을 '음반'으로 인정할 수 있느냐를 놓고, 논란이 일어났다.\n"
            "지드래곤(본명: 권지용 , 1988년 8월 18일 ~ )은 2006년에 그룹 빅뱅(BigBang)으로 정식 데뷔한 "
            "대한민국의 대표적 인기 가수이다.\n",
    })
    assert marked(top(r, "지드래곤 본명 뭐야?")) == "권지용"


def test_entering_is_going_in(among_others):
    # 들어가다 as typed is 진입하다 as written: of two sentences with the police and a time, the
    # one where they went in answers.
    r = among_others({
        "raid.txt": "---\ntitle: 경찰, 철도노조 간부 강제 체포 시도\n---\n"
            "경찰은 오후 2시경 기자회견을 열어 체포 방침을 밝혔다.\n"
            "철도노조 간부들은 민주노총 본사에 은신한 것으로 알려졌다.\n"
            "앞서 경찰은 오전 11시경 유리창을 깨고 건물 내부로 진입했다.\n",
    })
    for question in ("경찰 몇 시에 들어갔어?", "경찰 몇 시에 들어간 거야?"):
        result = top(r, question)
        assert "오전 11시경" in result.excerpt.text and "오후 2시경" not in result.excerpt.text


@pytest.mark.parametrize("question", ["김정남 생일 언제야?", "김정남 언제 태어났어?"])
def test_birth_is_asked_as_a_birthday_or_being_born(among_others, question):
    # 생일 and 태어나다 as typed, 출생했다 as written.
    r = among_others({"kim.txt": _KIM_JONG_NAM})
    result = top(r, question)
    assert "1971년 5월 10일" in result.excerpt.text


def test_like_now_asks_when_it_began_not_about_today(among_others):
    # 지금처럼 compares with now: the question asks when it began, which a 2012 article tells.
    r = among_others({
        "games.txt": "---\ntitle: 2012년 정기 고연전 개최\npublished: 2012-09-10\n---\n"
            "2012년 정기고연전이 9월 14일부터 이틀간 열린다.\n"
            "고연전은 1965년부터 야구, 농구, 빙구, 럭비, 축구의 5개 종목으로 자리잡았다.\n",
    })
    assert "1965년" in top(r, "고연전 5개 종목 지금처럼 자리잡은 거 몇 년이야?").excerpt.text


@pytest.mark.parametrize("question, answered", [
    ("가을철 발열성 질환 언제 많이 발생해?", True),  # what happens every year: an old article tells it
    ("가을철 발열성 질환 주의보 언제 끝나?", False),  # what is still to come: not from a 2012 article
])
def test_asked_when_something_happens_every_year_an_old_article_answers(among_others, question, answered):
    r = among_others({
        "fever.txt": "---\ntitle: 질병관리본부, 가을철 발열성 감염 질환 주의 당부\npublished: 2012-08-27\n---\n"
            "질병관리본부는 가을철 발열성 감염 질환인 쯔쯔가무시증, 신증후군출혈열, 렙토스피라증 환자가 발생하는 "
            "9월~11월을 맞아 야외 활동 때 주의를 당부했다.\n"
            "쯔쯔가무시증은 진드기의 유충이 사람을 물 때 전염된다.\n",
    })
    answer = r.search(question, k=1)
    if answered:
        assert answer.results and "9월~11월" in answer.results[0].excerpt.text
    else:
        assert not answer.results and answer.reason_code == "stale"


def test_after_is_no_focus_of_the_question(among_others):
    # 후 stood right before the question word and was taken for what the question is about: the
    # article says 뒤, and the question was refused for a topic it never had.
    r = among_others({"job.txt": "---\ntitle: 전 국회의원 김모씨 근황\n---\n"
                      "김씨는 2012년 국회의원 선거에서 낙선했다.\n"
                      "그는 2014년 당에 사표를 냈다.\n"
                      "사표를 낸 뒤 그는 시사 평론가로 활동하며 방송에 출연했다.\n"})
    assert "시사 평론가" in top(r, "사표를 낸 후 무엇으로 활동하였나?").excerpt.text


@pytest.mark.parametrize("question", ["상어가족 소송 건 사람 누구야?",
                                      # 알려주실: its polite 시 is no past, and 알리 no word to find
                                      "상어가족 소송 건 사람 누구인지 알려주실 수 있나요?"])
def test_asked_who_as_a_person_the_word_person_is_no_clue(among_others, question):
    # "소송 건 사람 누구야": 사람 says only that a person is asked for; the sentence that happens
    # to say 사람 does not name the one who sued.
    r = among_others({
        "shark.txt": "---\ntitle: 동요 상어 가족 표절 논란, 1심 판결\n---\n"
            "핑크퐁의 동요 상어 가족 표절 논란에 1심 판결이 내려졌다.\n"
            "2018년 6월 8일, 조니 온리는 자신의 노래가 저작권 침해를 당했다면서 서울중앙지법에 소송을 하였다.\n"
            "저작권위원회는 조니 온리의 곡이 구전가요와 다른 창작성이 없다고 감정했다.\n"
            "법원은 핑크퐁의 손을 들어줬다.\n"
            "누리꾼들은 처음에 구전동요를 만든 사람을 찾아 소송을 하는 것이 더 의미있겠다고 꼬집었다.\n",
    })
    result = top(r, question)
    assert "조니 온리" in result.excerpt.text


@pytest.mark.parametrize("question, answered", [
    ("박창신 신부 검찰에 고발됐어?", True),
    ("박창신 신부 결국 기소됐어?", False),  # 고발 is not 기소: the article does not say
    ("박창신 신부 구속됐대?", False),
])
def test_asked_whether_something_happened_the_quote_must_say_it(among_others, question, answered):
    r = among_others({
        "priest.txt": "---\ntitle: '시국미사' 박창신 신부, 고발당해\n---\n"
            "시국미사 중 북한의 연평도 포격을 옹호하는 듯한 발언으로 논란이 된 박창신 신부가 검찰에 고발됐다.\n"
            "보수 성향 단체들은 박창신 신부를 국가보안법 위반 혐의로 서울중앙지검에 고발했다.\n"
            "천주교 정의구현전국사제단은 미사의 취지가 왜곡됐다며 유감을 표했다.\n",
    })
    answer = r.search(question, k=1)
    if answered:
        assert answer.results and "고발됐다" in answer.results[0].excerpt.text
    else:
        assert not answer.results and answer.reason_code == "words_missing"


@pytest.mark.parametrize("question, expected", [
    ("소녀상 철거 집회 참가자 몇 명이었어?", None),  # 발기인 중 한명인 김소연: being one of them counts nothing
    ("버스 추돌 사고로 몇 명 숨졌어?", "한 명"),  # 부상자 중 한 명이 숨졌다 still counts the dead
])
def test_one_of_several_is_no_count(among_others, question, expected):
    r = among_others({
        "statue.txt": "---\ntitle: 소녀상 앞 서로 다른 목소리\n---\n"
            "위안부 강제동원이 사실이 아니라며 소녀상 철거를 주장하는 단체들이 8일에도 주장을 이어갔다.\n"
            "소녀상 철거 및 수요집회 중단을 촉구하는 기자회견에 맞서 대학생 단체는 소녀상을 보호하며 대치했다.\n"
            "한편 발기인 중 한명인 김소연 전 대전시의원은 지난 총선에 출마하기 위해 시의원을 사퇴했다.\n",
        "crash.txt": "---\ntitle: 고속도로 버스 추돌 사고\n---\n"
            "고속도로에서 버스 두 대가 추돌하는 사고가 났다.\n"
            "부상자는 모두 병원으로 옮겨졌으나 부상자 중 한 명이 끝내 숨졌다.\n",
    })
    assert_refused_or_marked(r.search(question, k=1), expected)


def test_asked_where_a_thing_is_used_what_for_answers(among_others):
    # 어디에 쓸 수 있어 asks what the thing is for: no place, and the quote need hold none.
    r = among_others({
        "license.txt": "---\ntitle: 스마트폰으로 들어온 운전면허증\n---\n"
            "이르면 내년 하반기부터 모바일 운전면허증이 도입된다.\n"
            "모바일 운전면허증은 캡쳐를 막는 기술이 적용돼 30초가 지나면 화면이 초기화된다.\n"
            "주류를 살 때 신분증 대신 모바일 운전면허증을 쓸 수 있다.\n",
    })
    assert "주류를 살 때" in top(r, "모바일 운전면허증 어디에 쓸 수 있어?").excerpt.text


def test_asked_how_something_turned_out_the_quote_must_name_it(among_others):
    # 소송 어떻게 됐어 asks how a lawsuit ended: a quote about the crash (with 테슬라, 오토파일럿
    # and 사고) does not tell, though the article says 소송 in another sense elsewhere.
    r = among_others({
        "robot.txt": "---\ntitle: 로봇을 비난하지 마라\n---\n"
            "지난 여름 테슬라 오토파일럿이 첫 치명 교통사고를 일으키자 자율주행 자동차에 대한 비판이 쏟아졌다.\n"
            "사고 차량의 운전자는 오토파일럿을 켠 채 영화를 보고 있었던 것으로 알려졌다.\n"
            "전문가들은 기술보다 사람의 부주의가 문제라고 지적한다.\n"
            "자율주행차가 늘면 사고 책임을 두고 보험사와 제조사 사이의 소송도 늘 것으로 보인다.\n",
    })
    answer = r.search("테슬라 오토파일럿 사고 유족 소송 어떻게 됐어?", k=1)
    assert not answer.results and answer.reason_code == "words_missing"


@pytest.mark.parametrize("question", ["오주한 원래 어느 나라 출신이야?", "오주한은 어느 나라 사람이야?"])
def test_asked_which_country_the_country_is_marked(among_others, question):
    # 어느 나라 is answered by a country's name (케냐), which never says 나라, not by the other
    # names of the quote (청양군청).
    r = among_others({
        "runner.txt": "---\ntitle: 마라톤 오주한, 도쿄올림픽 대표로 선발\n---\n"
            "마라토너 오주한이 도쿄올림픽 대표로 선발됐다.\n"
            "청양군청 소속인 오주한은 원래 케냐 출신으로 2018년 귀화했다.\n"
            "그는 올림픽에서 메달을 따겠다고 말했다.\n",
    })
    result = top(r, question)
    assert "케냐" in result.excerpt.text and marked(result) in ("케냐", "케냐 출신")


@pytest.mark.parametrize("question", ["빛 정지 연구 어느 저널에 실렸어?", "빛 정지 연구 어디 학술지에 실렸어?"])
@pytest.mark.parametrize("journal, answer", [
    ("", None),
    ("연구 결과는 국제학술지 '피지컬 리뷰 레터스'에 실렸다.\n", "피지컬 리뷰 레터스"),
])
def test_asked_which_journal_only_a_quote_naming_one_answers(among_others, journal, answer, question):
    # However much of the question the lead repeats, it does not say where the paper appeared.
    # (Chat asks 어디 학술지 for 어느 학술지.)
    r = among_others({
        "light.txt": "---\ntitle: 빛의 정지를 준결정 구조 내에서 발견\n---\n"
            "국내 연구진이 컴퓨터 시뮬레이션으로 준결정 구조 내에서 빛이 정지하는 현상을 발견했다.\n"
            "준결정은 결정과 비정질 소재의 특성을 동시에 지니는 소재다.\n" + journal +
            "연구팀은 층간 소음을 줄이는 방음벽에도 쓸 수 있다고 설명했다.\n",
    })
    assert_refused_or_quoted(r.search(question, k=1), answer)


def test_north_korea_is_read_under_its_official_name(among_others):
    # Wikinews writes 조선민주주의인민공화국 where a reader types 북한: the sentence that names the
    # country so is the one about it, not the one that happens to say 북한.
    r = among_others({
        "detained.txt": "---\ntitle: 억류 중인 미국인의 사죄문 공개\n---\n"
            "조선민주주의인민공화국에 억류 중인 미국 시민권자 메릴 뉴먼(85)의 사죄문이 공개됐다.\n"
            "30일 조선중앙통신은 관광객으로 입국한 뉴먼이 조선민주주의인민공화국에 사죄했다고 밝혔다.\n"
            "이와 함께 뉴먼이 작성한 사죄문을 공개했다.\n"
            "뉴먼은 6·25 전쟁 참전용사로 10일간의 북한 여행을 마치고 떠나기 직전 체포됐다.\n",
    })
    assert "조선중앙통신" in top(r, "뉴먼 사죄문 공개한 북한 매체 어디야?").excerpt.text


def test_how_is_a_question_word_not_a_word_to_find(analyzer, tmp_path):
    # Kiwi reads 어떻게 before a verb as one adverb; as a rare word it outweighed the topic.
    r = one_article(analyzer, tmp_path, "care.txt", (
        "요양등급을 어떻게 받느냐는 문의 전화가 하루 수백 통씩 걸려온다.\n"
        "정부는 경증 치매 환자도 요양등급을 받을 수 있도록 기준을 완화하기로 했다.\n"))
    asked = r.search("치매 환자 요양등급 어떻게 받아?")
    assert "어떻게" not in asked.terms and "요양" in asked.terms
    assert "경증 치매 환자도" in asked.results[0].excerpt.text


_FINAL = """스페인, 연장전 끝에 네덜란드 꺾고 월드컵 첫 우승
요하네스버그에서 열린 2010년 FIFA 월드컵 결승전에서 스페인이 네덜란드를 1-0으로 꺾고 사상 처음으로 우승을 차지했다.
스페인은 1974년 FIFA 월드컵에서 우승한 서독에 이어 두 번째로 유럽선수권과 월드컵을 모두 제패한 팀이 됐다.
"""


def test_a_score_answers_how_many_to_how_many(analyzer, tmp_path):
    r = one_article(analyzer, tmp_path, "final.txt", _FINAL)
    assert marked(top(r, "스페인 결승 몇 대 몇으로 이겼어?")) == "1-0"


def test_the_year_of_an_event_the_article_never_gives_is_another_year(analyzer, tmp_path):
    r = one_article(analyzer, tmp_path, "final.txt", _FINAL)
    other = r.search("2014 월드컵 우승팀 어디야?")
    assert other.results == () and other.reason_code == "topic_missing"
    assert "스페인" in top(r, "2010 월드컵 우승팀 어디야?").excerpt.text

_SEASON = """올리비에 지루는 프랑스의 축구 선수로, 2012년 아스널에 입단했다.
그는 북런던 더비에서 토트넘을 상대로 첫 골을 넣었다.
뉴캐슬과의 경기 중 월컷이 프리킥으로 올린 공을 지루가 머리로 방향만 바꾸어 득점에 성공하여 아스널은 1-0으로 승리했고 리그 1위인 채로 2014년 새해를 맞이하게 됐다.
"""


def test_asked_about_now_a_quote_that_tells_of_a_year_long_past_does_not_answer(analyzer, tmp_path):
    r = one_article(analyzer, tmp_path, "giroud.txt", _SEASON)  # undated: only the quote tells its time
    now = r.search("토트넘 지금 리그 몇 위야")
    assert now.results == () and now.reason_code == "stale"
    # Asked about that year, or with no time at all, the same sentence answers.
    assert marked(top(r, "아스널은 2014년 새해를 리그 몇 위로 맞았어?")) == "1위"
    assert "1위" in top(r, "아스널 리그 몇 위였어?").excerpt.text


def test_a_verb_ending_in_ol_is_not_this_season(analyzer, tmp_path):
    # 올 시즌 speaks of the present; 돌아올 (a verb) does not, and leaves the quote in 2014.
    r = one_article(analyzer, tmp_path, "giroud.txt", _SEASON.replace("맞이하게 됐다", "맞이하며 선두로 돌아올 수 있었다"))
    assert r.search("토트넘 지금 리그 몇 위야").reason_code == "stale"


def test_this_years_title_of_a_given_year_is_not_a_question_about_now(analyzer, tmp_path):
    r = one_article(analyzer, tmp_path, "idiom.json", json.dumps({
        "title": "교수들이 뽑은 올해의 사자성어는 장두노미", "date": "2010-12-19",
        "body": "2010년 전국의 대학교수 200여명은 매년 뽑는 '올해의 사자성어'로 장두노미(藏頭露尾)를 선정했다."},
        ensure_ascii=False))
    for question in ("2010년 교수들이 뽑은 올해의 사자성어는?", "교수들이 뽑은 올해의 사자성어 뭐였어?"):
        assert "장두노미" in top(r, question).excerpt.text
    assert r.search("올해 교수들이 뽑은 사자성어 뭐야?").reason_code == "stale"  # this year's: 2010 is not it


# --- questions typed without their spaces ----------------------------------------------------

_RESIGNATION = ("---\ntitle: 김민수 후보, 돌연 후보직 사퇴\npublished: 2012-11-23\n---\n"
                "무소속 김민수 후보가 23일 돌연 후보직에서 사퇴했다.\n"
                "김민수 후보는 이날 오후 서울 종로구 공평동 선거캠프에서 기자회견을 열고 \"단일화 방식을 두고 의견차를 "
                "좁히지 못했다\"고 밝혔다.\n"
                "그는 \"백의종군하겠다\"며 지지자들에게 감사의 뜻을 전했다.\n")
# Kiwi reads 기자회견 whole here (and so the index knows it), but cuts it in two in _RESIGNATION.
_RETIREMENT = ("---\ntitle: 호나우두 은퇴\npublished: 2011-02-15\n---\n"
               "기자회견에서 호나우두가 \"몸이 더는 버티지 못한다\"며 은퇴를 발표했다.\n")
_CIA_REPORT = ("---\ntitle: 미 상원, CIA 고문 보고서 발간\npublished: 2014-12-13\n---\n"
               "미국 상원 정보위원회는 CIA의 테러 용의자 심문 실태를 담은 보고서를 발간했다.\n"
               "미 중앙정보국 국장 존 브레넌은 보고서가 \"불완전하고 선별적인 기록\"이라고 비난했다.\n")


@pytest.mark.parametrize("question, expected", [
    ("김민수 사퇴기자회견 어디서 했어?", "공평동 선거캠프"),  # 사퇴 기자회견, typed as one word
    ("CIA 국장이름 뭐야?", "존 브레넌"),  # 국장 이름: 이름 only says what is asked
])
def test_two_words_typed_as_one_still_answer(among_others, question, expected):
    # A run of nouns typed as one word was wanted as written, or in full in the article: the
    # article writes 사퇴 and 기자회견 apart (the latter as Kiwi cuts it here, found only as
    # written), and no article writes 이름 beside 국장. Both questions were refused.
    r = among_others({"resign.txt": _RESIGNATION, "retire.txt": _RETIREMENT, "cia.txt": _CIA_REPORT})
    assert expected in top(r, question).excerpt.text


_TOKYO_SNOW = ("---\ntitle: 도쿄에 45년 만의 폭설\npublished: 2014-02-09\n---\n"
               "일본 도쿄에 8일 45년 만의 폭설이 내려 교통이 마비됐다.\n"
               "일본 기상청에 따르면 이날 도쿄 도심의 적설량은 27cm를 기록했다.\n"
               "폭설로 하네다공항에서는 항공편 300여 편이 결항됐다.\n")
_MT_GOX = ("---\ntitle: 비트코인 거래소 마운트곡스 파산\npublished: 2014-03-01\n---\n"
           "한때 세계 최대 비트코인 거래소였던 마운트곡스가 28일 도쿄지방법원에 파산을 신청했다.\n"
           "마운트곡스는 해킹으로 비트코인 85만 개가 사라졌다고 밝혔다.\n")


@pytest.mark.parametrize("question, expected", [
    ("도쿄폭설적설량 얼마였어?", "27cm"),  # three words the index knows, typed as one
    ("마운트곡스파산언제였어?", "28일"),  # 언제 glued to a name Kiwi does not know, and read into it
])
def test_words_and_a_question_word_typed_together_are_read_apart(among_others, question, expected):
    # Kiwi reads a run it cannot cut as one unknown noun (도쿄폭설적설량, 마운트곡스파산언제): no
    # article holds it, and the question was refused.
    r = among_others({"snow.txt": _TOKYO_SNOW, "gox.txt": _MT_GOX})
    assert expected in top(r, question).excerpt.text


_MBC_CAPTION = ("---\ntitle: 대통령실, MBC 자막 보도 반박\npublished: 2022-09-23\n---\n"
                "윤석열 대통령의 발언이 담긴 영상이 공개되며 논란이 일었다.\n"
                "김은혜 홍보수석은 대통령이 바이든이 아니라 날리면이라고 말했다고 주장했다.\n"
                "MBC는 자막에 바이든이라고 표기해 보도했다.\n")
_CHOI_FINE = ("---\ntitle: 최서원 징역 18년 확정\npublished: 2020-06-11\n---\n"
              "대법원은 11일 최서원 씨에게 징역 18년을 선고한 원심을 확정했다.\n"
              "최서원 씨에게는 벌금 200억원과 추징금 63억원도 확정됐다.\n"
              "최서원 씨는 국정농단 사건으로 2016년 구속기소됐다.\n")


@pytest.mark.parametrize("question, expected", [
    ("김은혜가바이든이아니라뭐라고했다고주장했어?", "날리면"),  # 김은혜가바이든: one noun no article holds
    ("최서원벌금얼마확정됐어?", "200억원"),  # 최서원벌금: the same
])
def test_a_question_typed_without_spaces_gets_the_answer_of_the_spaced_one(among_others, question, expected):
    # Kiwi's tagger read the run as one unknown noun and the question was refused; its spacing
    # model puts back the spaces between the words.
    r = among_others({"mbc.txt": _MBC_CAPTION, "fine.txt": _CHOI_FINE})
    assert expected in top(r, question).excerpt.text


def test_spaces_put_back_leave_names_and_known_words_whole(analyzer):
    def put_back(text, known=frozenset()):
        spaced = analyzer.space(text)
        return spaces_put_back(text, spaced, analyzer.tokens(spaced), known.__contains__)
    # Kiwi's model cuts a name it does not know into syllables (노 경 원) and a compound the
    # articles write whole into its nouns (외교 부, 스플래시 데이터).
    assert put_back("노경원직책이뭐야?") == "노경원직책이 뭐야?"
    assert put_back("독도때문에외교부가초치한일본사람누구야?", {"외교부"}) == "독도 때문에 외교부가 초치한 일본 사람 누구야?"
    assert put_back("스플래시데이터 CEO 이름?", {"스플래시데이터"}) == "스플래시데이터 CEO 이름?"
    # Words of a usual length are as the asker typed them; Kiwi would have spaced 전기요금.
    assert put_back("학교 전기요금은 어떻게 됐어?") == "학교 전기요금은 어떻게 됐어?"


def test_only_long_words_holding_more_than_known_nouns_are_respaced(analyzer):
    known = {"기상탑재체", "요구", "사항", "검토", "회의", "벌금", "확정"}.__contains__
    def asks(text):
        return may_hold_several_words(text, analyzer.tokens(text), known)
    assert not asks("기상탑재체요구사항검토회의를 연 해는?")  # a compound of known nouns and its particle
    assert not asks("벌금 얼마 확정됐어?")  # words of a usual length
    assert asks("최서원벌금얼마확정됐어?")  # a question word inside
    assert asks("로탁세인만든교수 누구야?")  # one noun to Kiwi, unknown to the index


def test_a_question_word_inside_words_the_index_knows_is_left_alone(analyzer):
    # 발언제한 is 발언 + 제한, not 발 + 언제; 왜곡 and 언제나 are words of their own.
    known = {"발언", "제한", "왜곡", "보도", "시간"}.__contains__
    for question in ("발언제한 시간 몇 분이야?", "왜곡 보도 누가 했어?", "언제나 누구나 볼 수 있어?"):
        assert spaced_question_words(question, analyzer.tokens(question), known) == question
    glued = "나비스타언제 설립됐어?"
    assert spaced_question_words(glued, analyzer.tokens(glued), known) == "나비스타 언제 설립됐어?"


@pytest.mark.parametrize("question", ["산악구조 드론 머라고 불러?", "산악구조 드론 모라고 불러?", "산악구조 드론 머라고 부른대?"])
def test_chat_spellings_of_what_ask_what(news, question):
    # Kiwi reads 머 and 모 as a pronoun or an interjection: the question asked nothing in
    # particular, and no name was marked.
    assert marked(top(news, question)) == "독수리 드론"


@pytest.mark.parametrize("question", ["로동미사일 몇 km 날아갔어?", "로동미사일 몇 킬로 날아갔어?", "로동미사일 몇 키로 날아갔어?"])
def test_kilo_asks_kilometres_or_kilograms(among_others, question):
    # 킬로 (and chat's 키로) was no unit: the question asked for no amount in particular and was
    # refused for the article's lack of one.
    r = among_others({"missile.txt": "---\ntitle: 북한, 동해상으로 탄도미사일 발사\n---\n"
                      "북한이 오늘 오전 동해상으로 탄도미사일 2발을 발사했다고 합동참모본부가 밝혔다.\n"
                      "합참은 미사일이 로동미사일로 추정된다고 설명했다.\n"
                      "미사일은 약 1000km를 날아가 일본 배타적경제수역에 떨어졌다.\n"})
    assert "1000km" in top(r, question).excerpt.text


def test_words_that_only_look_like_chat_spellings_stay():
    for text in ("동창 모임 어디서 해?", "다 모였어?", "모든 사람", "머리 길이 얼마야?", "김 모 씨 누구야?", "모래 몇 톤이야?"):
        assert standard_spelling(text) == text
    assert standard_spelling("바닥에 머 까는 거에 빗댔지?") == "바닥에 뭐 까는 거에 빗댔지?"
    assert standard_spelling("농성 몇일째야? 어케 됐어?") == "농성 며칠째야? 어떻게 됐어?"
    assert standard_spelling("일몇일 단어케이스") == "일몇일 단어케이스"  # not inside a word
    assert standard_spelling("새 당명 뭐?") == "새 당명 뭐야?" and standard_spelling("뭐 먹었어?") == "뭐 먹었어?"
    # 임 closes a count (몇 조임?), not a word of its own (권한 위임?, 모임, 책임).
    assert standard_spelling("헌법 몇 조임?") == "헌법 몇 조야?" and standard_spelling("몇 살임~") == "몇 살이야~"
    assert standard_spelling("지지율 몇%임") == "지지율 몇%야"
    for text in ("권한 위임?", "동창 모임 몇 시야?", "사고 책임?"):
        assert standard_spelling(text) == text


_TERRITORY = ("---\ntitle: 영토 조항 삭제 논란\n---\n"
              "영토 조항을 헌법에서 없애자는 개헌안이 논란이다.\n"
              "대한민국 헌법 제3조는 대한민국의 영토를 한반도와 그 부속도서로 한다고 규정한다.\n"
              "개헌안을 낸 의원들은 통일 논의에 걸림돌이 된다고 주장했다.\n")


@pytest.mark.parametrize("question", ["영토 조항 헌법 몇 조야?", "영토 조항 헌법 몇 조임?", "영토 조항 헌법 몇 조임~"])
def test_a_count_closed_with_chats_im_is_still_asked(among_others, question):
    # 몇 조임?: Kiwi read 조임 (tightening) as a noun, the question asked for no count and was
    # refused for the quote's lack of one; so were 몇 위임 (위임), 몇 부임 (부임), 몇 자임.
    r = among_others({"territory.txt": _TERRITORY})
    assert "제3조" in top(r, question).excerpt.text


_YONGSAN = ("---\ntitle: 용산구청장 구속영장 심사\n---\n"
            "용산구 박희영 구청장은 26일 구속영장 실질심사를 받기 위해 법원에 출석했다.\n"
            "검찰은 박희영 구청장이 안전관리 대책을 소홀히 했다며 구속 필요성을 강조했다.\n")


@pytest.mark.parametrize("question", ["박희영 구청장 결국 구속됐어?ㅋㅋㅋ", "박희영 구청장 결국 구속됐어? 😂",
                                      "박희영 구청장 결국 구속됐어?ㅠㅠ", "박희영 구청장 결국 구속됐어^^",
                                      # a tilde for the mark, chat's endings 음 and 던 거야
                                      "박희영 구청장 결국 구속됐어~", "박희영 구청장 결국 구속됐음?",
                                      "박희영 구청장 결국 구속됐던 거야?", "박희영 구청장 결국 구속된 거임?"])
def test_laughter_tears_and_emoji_change_nothing(among_others, question):
    # ㅋㅋㅋ after the question mark: Kiwi reads it as a sign of its own, the question's ending is
    # no longer last, and a warrant hearing was quoted as if it said he was arrested.
    r = among_others({"yongsan.txt": _YONGSAN})
    assert r.search("박희영 구청장 결국 구속됐어?").results == ()
    assert r.search(question).results == ()


_KIM_JONG_NAM = ("---\ntitle: 김정남, 말레이시아 공항에서 피살\npublished: 2017-02-15\n---\n"
                 "김정남이 말레이시아 쿠알라룸푸르 공항에서 피살당한 것으로 알려졌다.\n"
                 "말레이시아 경찰은 여성 용의자 2명을 추적하고 있다.\n"
                 "김정남은 김정일과 성혜림 사이의 아들로, 1971년 5월 10일에 출생했다.\n")


@pytest.mark.parametrize("question", ["김정남 생일 언젠지 알아?", "김정남 생일 언제인지 알려줘", "김정남 생일이 언제인지 아세요?",
                                      "김정남 생일 언제인지 궁금해", "김정남 생일 좀 알려주세요", "너 김정남 생일 언제야 알아?",
                                      "김정남 생일 언제인지 알려줄 수 있어?", "김정남 생일 언제인지 알려주실 수 있나요?",
                                      "김정남 생일 언제인지 아시나요?"])
def test_a_question_wrapped_in_do_you_know_or_tell_me_is_the_question(among_others, question):
    # 알아 read as the question's own verb made 언제 ask about something still to come, which a
    # 2017 report cannot tell: every form of the question but the plain one was refused as old.
    r = among_others({"kim.txt": _KIM_JONG_NAM})
    assert "1971년 5월 10일" in top(r, "김정남 생일 언제야?").excerpt.text
    assert "1971년 5월 10일" in top(r, question).excerpt.text


@pytest.mark.parametrize("question, plain", [("김정남 키 몇인지 알아?", "김정남 키 몇이야?"),
                                             ("김정남 아내 누군지 알려줘", "김정남 아내 누구야?"),
                                             ("김정남 사망 원인 뭔지 알아?", "김정남 사망 원인 뭐야?")])
def test_a_wrapped_question_no_article_answers_gets_none(among_others, question, plain):
    r = among_others({"kim.txt": _KIM_JONG_NAM})
    assert r.search(plain).results == ()
    assert r.search(question).results == ()


def test_a_question_about_knowing_keeps_its_verb(analyzer):
    # Past (알았어), asking who knows, asking whether one knows someone, 너 as what is asked of:
    # the verb is what is asked, not a wrapper.
    for question in ("용의자는 피해자를 알았어?", "누가 비밀번호 알아?", "용의자는 피해자를 알아?", "너는 누구야?"):
        tokens = analyzer.tokens(question)
        assert without_wrapper(without_fillers(question, tokens), tokens) == question
    for question, asked in [("수석대변인 누군지 알려줄 수 있어?", "수석대변인 누군지?"),
                            ("코로나 확진자 수 궁금해?", "코로나 확진자 수?"),
                            ("뭐가 문제인지 설명해줘", "뭐가 문제인지?")]:
        assert without_wrapper(question, analyzer.tokens(question)) == asked


def test_a_compound_typed_as_one_word_is_still_wanted_whole(among_others):
    # Spacing is forgiven, a compound is not split: an article about 요양등급 does not tell
    # how to get a 장기요양등급.
    r = among_others({"care.txt": "---\ntitle: 치매 환자 요양등급 기준 완화\n---\n"
                      "정부는 경증 치매 환자도 요양등급을 받을 수 있도록 기준을 완화하기로 했다.\n"
                      "등급 판정은 국민건강보험공단이 맡는다.\n"})
    answer = r.search("장기요양등급 어떻게 받아?")
    assert answer.results == ()


# --- captions and credit lines ---------------------------------------------------------------

def test_photo_captions_and_credit_lines_are_not_article_text(news):
    body = read_corpus_file(NEWS, "telescope.txt").articles[0].body
    assert "pms@yna.co.kr" not in body and "박민수 기자" not in body
    assert "85억원" in body and "정수진" not in body  # the byline gave the reporter and was removed
    hydrogen = read_corpus_file(NEWS, "hydrogen.json").articles[0].body
    assert "한국연구재단 제공" not in hydrogen
    assert "왼쪽부터" not in hydrogen and "네이처 에너지 논문" not in hydrogen
    assert "1000시간" in hydrogen and "'네이처 에너지' 온라인판에 실렸다" in hydrogen
    quote = top(news, "소백산천문대에서 새 망원경 점검하는 연구원들").excerpt.text
    assert "연합뉴스" not in quote and "2024.3.11" not in quote


# --- what users see --------------------------------------------------------------------------

def test_telegram_shows_the_answer_underlined_and_the_words_bold(news):
    result = top(news, "산악구조 드론 무게 얼마야?")
    html, shown = answer_html((result,))
    parse(html)  # valid Telegram HTML
    assert "<u>6.3kg</u>" in html and "<b>무게</b>" in html
    assert "<blockquote>" in html and "기술신문" in html and "2022-09-01" in html


def test_the_terminal_brackets_the_answer(news):
    assert "【6.3kg】" in result_plain(top(news, "산악구조 드론 무게 얼마야?"))


def run_cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def test_cli_eval_reads_news_questions_in_json_lines(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(NEWS, corpus)
    out = run_cli("eval", "--qa", str(QUESTIONS), "--corpus", str(corpus), "--json", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    overall, kinds = report["overall"], report["by_kind"]
    assert overall["questions"] == sum(1 for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip())
    assert set(kinds) == {"fact", "keyword", "none"}
    assert overall["excerpt_at_1"] >= 0.8 and kinds["none"]["none_rejected"] >= 0.8
    text = run_cli("eval", "--qa", str(QUESTIONS), "--corpus", str(corpus), cwd=tmp_path).stdout
    assert "none-rejected" in text and "excerpt@1" in text


def test_cli_ask_json_carries_the_answer_span(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(NEWS, corpus)
    out = run_cli("ask", "--json", "--corpus", str(corpus), "--index", str(tmp_path / "i"), "산악구조 드론 무게 얼마야?",
                  cwd=tmp_path)
    first = json.loads(out.stdout)[0]
    assert first["answer_text"] == "6.3kg" and first["excerpt"][slice(*first["answer"])] == "6.3kg"
    none = run_cli("ask", "--corpus", str(corpus), "--index", str(tmp_path / "i"), "소백아이 망원경 무게 얼마야?", cwd=tmp_path)
    assert none.returncode == 0 and "문장은 찾지 못했어요" in none.stdout and "Traceback" not in none.stderr


# --- news-qa-dev, over the real articles ------------------------------------------------------

NEWS_QA = SHARED / "news-qa-dev" / "questions.jsonl"
WIKINEWS = SHARED / "wikinews-ko" / "wikinews_ko.jsonl"
needs_news_qa = pytest.mark.skipif(not (NEWS_QA.is_file() and SCI_NEWS.is_dir() and WIKINEWS.is_file()),
                                   reason="../shared/data (news-qa-dev, sci-news, wikinews) absent")


@pytest.fixture(scope="module")
def dev(tmp_path_factory, analyzer):
    work = tmp_path_factory.mktemp("dev")
    corpus = work / "corpus"
    shutil.copytree(SCI_NEWS, corpus)
    for f in SAMPLE_CORPUS.iterdir():
        shutil.copy(f, corpus)
    shutil.copy(WIKINEWS, corpus)
    r = Retriever(corpus, work / "index", analyzer, today=lambda: TODAY)
    r.open()
    questions = {json.loads(line)["id"]: json.loads(line) for line in NEWS_QA.read_text(encoding="utf-8").splitlines()}
    return r, questions


@needs_news_qa
@pytest.mark.parametrize("qid", [
    "dev-012", "dev-019", "dev-042",   # sentences without periods, the answer not in the lead
    "dev-040", "dev-082", "dev-051", "dev-034", "dev-119",  # 무게 얼마, 언제, 누구, 어느 저널, 제1저자 누구
    "dev-091", "dev-003",              # the focus word (연료, 주제) over the topic words
    "dev-011",                         # a title Kiwi cut apart (우주인 오니시 다쿠야)
    "dev-097",                         # a sentence with the word asked about, checked though ranked low
    "dev-123", "dev-127",              # 논문 어디 실렸어 asks for a journal; 신경컴퓨터들 is not 들다
    "dev-050", "dev-105",              # shortened words: 과기, 한중일
    "dev-005",                         # 4 words of 6 in the quote: not refused before it is read
    "dev-116",                         # 밝혀냈어 for the article's 규명해
    "dev-133",                         # 여자 키 for the article's 여성 신장
    "dev-121",                         # 까는 is 깔다 with its ㄹ dropped, not 까다
    "dev-139",                         # 눌러주면 for the article's 압박해
])
def test_dev_questions_are_answered_by_their_quote(dev, qid):
    r, questions = dev
    q = questions[qid]
    result = top(r, q["question"])
    assert any(a in result.excerpt.text for a in q["answers"]), result.excerpt.text


@needs_news_qa
@pytest.mark.parametrize("qid", ["dev-151", "dev-154", "dev-158", "dev-166", "dev-173", "dev-180", "dev-186", "dev-160",
                                 "dev-162",  # 테슬라 모델3: an article with some other 3 in it
                                 "dev-155",  # 지카 + 바이러스 in a sentence is not a country
                                 "dev-163"])  # 소송 어떻게 됐어: a quote about the crash, not the lawsuit
def test_dev_questions_no_article_answers_get_none(dev, qid):
    r, questions = dev
    answer = r.search(questions[qid]["question"])
    assert answer.results == (), answer.results[0].excerpt.text


@needs_news_qa
@pytest.mark.parametrize("question, expected", [
    ("김대호 발언후 몇 시간 만에 제명됐어?", "1시간"),  # the article: 발언을 한 지 1시간이, never 후
    ("황장엽한국에서 몇 년 살았어?", "13년"),  # the article: 남한, never 한국
])
def test_a_name_or_a_word_of_after_glued_on_makes_no_compound(dev, question, expected):
    # Typed with their spaces, both are answered; typed as one word, each was wanted in full in
    # the article, and a piece it lacks took the name or the act with it.
    r, _ = dev
    assert expected in top(r, question).excerpt.text


@needs_news_qa
@pytest.mark.parametrize("question", ["게임중독법 국회 통과됐어", "한·터키 FTA 국회 통과됐어ㅋㅋ",
                                      "페로브스카이트 태양전지 언제 상용화된대"])
def test_a_question_without_its_question_mark_is_read_as_one(dev, question):
    # No article says these happened. Without the mark Kiwi reads 통과됐어 with 되 as a verb of
    # its own, a word to find, and 상용화된대 as 상용화된 + 대: the question was answered by the
    # bill's or the cells' report.
    r, _ = dev
    assert r.search(question + "?").results == ()
    assert r.search(question).results == ()


@needs_news_qa
@pytest.mark.parametrize("opening", ["근데 ", "아 ", "혹시 ", "그래서 "])
def test_words_a_chat_question_opens_with_change_nothing(dev, opening):
    # No article tells where 엔케's funeral was. After 근데, Kiwi read 엔케 as a common noun, not a
    # name, and another funeral (멜레스 제나위's) was quoted.
    r, _ = dev
    assert r.search("엔케 장례식 어디서 열렸어?").results == ()
    assert r.search(opening + "엔케 장례식 어디서 열렸어?").results == ()


@needs_news_qa
@pytest.mark.parametrize("question, expected", [
    ("베이징 동계올림픽 몇일 동안 열렸어?", "17일간"),  # 몇일: Kiwi's 몇 + 일, a date as likely as a count
    ("유가족 농성 몇일째야?", "12일째"),  # and a day of the other report's 단식
    ("테슬라 오토파일럿 사고 유족 소송 어케 됐어?", None),  # 어케: no 어떻게, so no question of an outcome
    # 뭐? closing the question: Kiwi's interjection (what?!), and what was asked about went unread
    ("진보신당 새 당명 뭐?", "진보신당 연대회의"), ("리영희 사인 뭐?", "간경화"), ("이광재 대법원 형량 뭐?", "징역 6월"),
])
def test_question_words_as_chat_spells_them(dev, question, expected):
    r, _ = dev
    answer = r.search(question)
    if expected is None:
        assert answer.results == (), answer.results[0].excerpt.text
    else:
        assert expected in answer.results[0].excerpt.text


@needs_news_qa
def test_a_model_asked_by_name_and_number_is_not_answered_by_an_article_without_the_name(dev):
    # 갤노트7 출고가 얼마야: no article prices the phone; a Wikinews report of a truck maker's
    # 출고센터 was quoted, 7 being somewhere in it.
    r, _ = dev
    answer = r.search("갤노트7 출고가 얼마야?")
    assert answer.results == (), answer.results[0].excerpt.text


@pytest.mark.parametrize("question, expected", [
    # The unit as a symbol with its Korean name in brackets.
    ("선웨이 타이후라이트 성능 몇 페타플롭이야?", "93PF(페타플롭)"),
    # An ordinal with no number in it (Kiwi cuts the question's 번째 into 번 + 째).
    ("세종은 태종의 몇 번째 아들이야?", "셋째"),
    # A dollar of another country, named between the number and the currency.
    ("새 경기장 건설비 얼마 들었어?", "4억 8천만 캐나다 달러"),
])
def test_amounts_written_in_other_ways_are_recognised(among_others, question, expected):
    r = among_others({
        "supercomputer.txt": "---\ntitle: 중국 슈퍼컴퓨터 세계 1위\n---\n"
            "중국은 단 10년 만에 93PF(페타플롭)의 선웨이 타이후라이트를 개발해 미국을 뛰어넘었다.\n"
            "중국은 멀티코어 CPU도 자체 개발했다.\n",
        "sejong.txt": "---\ntitle: 세종대왕 탄신 기념 학술대회\n---\n"
            "세종은 1397년 한양에서 태종의 셋째 아들로 태어났다.\n"
            "학술대회에서는 훈민정음 창제 과정이 집중적으로 다뤄졌다.\n",
        "arena.txt": "---\ntitle: 에드먼턴 새 경기장 개장\n---\n"
            "에드먼턴의 새 경기장 로저스 플레이스가 문을 열었다.\n"
            "새 경기장 건설비로는 모두 4억 8천만 캐나다 달러가 들었다.\n",
    })
    assert marked(top(r, question)) == expected


def test_a_speed_is_a_distance_in_a_time(among_others):
    # 항속거리는 최고 500㎞ is a distance, in the same sentence as 시속 60㎞: only the speed is
    # marked.
    r = among_others({
        "tanks.txt": "---\ntitle: 북한 전차 보강\n---\n"
            "뒤이어 폭풍호 전차의 수준이 공개되었는데, 북한 노동당 산하 제2경제위원회와 제2국방과학원이 1990년대 "
            "들어 개발한 것으로, 류경수 전자공장에서 2002년부터 생산되고 있다. 폭풍호의 차체는 7m가량이고 폭은 "
            "3m, 높이는 2m다. 최고속도는 시속 60㎞, 항속거리는 최고 500㎞ 등이고 전차의 무게는 44t에 달한다.\n",
    })
    assert marked(top(r, "폭풍호 최고속도 얼마야?")) == "60㎞"


def test_a_number_glued_to_the_word_before_it_is_still_an_amount(among_others):
    # 시민9명: the space before the number left out; the amount was not seen, and the question refused.
    r = among_others({
        "gag.txt": "---\ntitle: 용감한 녀석들 선거법 위반? “선거법 위반 아니다”\n---\n"
            "KBS 2TV ‘개그콘서트’의 코너인 ‘용감한 녀석들’이 선거법을 위반했다는 이유로 선거관리위원회에 신고가 "
            "들어왔다. 문제가 된 발언은 김태호의 발언이었는데, 방송 후 시민9명은 특정 후보를 지지하는 등의 선거법 "
            "위반에 해당하는 내용을 방송한 것이라며 중앙선거관리위원회에 신고를 접수한 것으로 알려졌다.\n",
    })
    assert marked(top(r, "용감한 녀석들 신고한 시민 몇 명이야?")) == "9명"


@pytest.mark.parametrize("name, article, question, answer_line, expected, mark", [
    # 한중일 공동 역사교과서 가격 얼마야: a quote with all four of its words but no price does
    # not answer; the price, once written, does.
    ("textbook.txt", "---\ntitle: 한중일 두 번째 역사교과서 출간\n---\n"
        "한중일 시민단체와 역사학자들이 함께 만든 두 번째 공동 역사교과서가 내년 봄에 나온다.\n"
        "교과서 제작에는 세 나라 학자 50여 명이 참여했다.\n",
     "한중일 공동 역사교과서 가격 얼마야?", "공동 역사교과서 가격은 2만 5천 원으로 정해졌다.\n", "2만 5천 원", True),
    # 기장 이름 뭐야 asks who the captain is: a quote that says 기장 but no name does not answer.
    ("crash.txt", "---\ntitle: 아시아나 여객기 샌프란시스코 공항 추락\n---\n"
        "아시아나항공 여객기가 샌프란시스코 공항에 착륙하다 활주로에 충돌했다.\n"
        "승객 대부분은 스스로 비행기를 빠져나왔다.\n"
        "사고 이전에 기장이 비상사태를 알렸다는 보고는 없다.\n",
     "아시아나 기장 이름 뭐야?", "당시 조종간은 이강국 기장이 잡고 있었다.\n", "이강국", False),
    # 도둑질 한 원곡: 한 + 원 of 원곡 is no sum of money, and a quote holding only that does not
    # answer 손해 얼마야.
    ("fake.txt", "---\ntitle: 인터넷에서 기승을 부리는 가짜 아티스트들\n---\n"
        "유튜브는 가짜 아티스트들에 의한 피해가 가장 심각한 기업이다.\n"
        "가짜 아티스트들이 도둑질 한 원곡을 알리려는 댓글까지 막혀 유튜브의 손해가 컸다.\n",
     "가짜 아티스트 때문에 유튜브가 본 손해 얼마야?", "유튜브가 본 손해는 300만 달러로 추산된다.\n", "300만 달러", True),
    # 1인당 GDP 얼마야: the 1 of 1인당 in a sentence on who leads in it is no amount, and a quote
    # with no other number does not answer.
    ("indonesia.txt", "---\ntitle: 한국의 라이벌 인도네시아가 이길 것?\n---\n"
        "인도네시아는 인구가 많은 나라다.\n"
        "인도네시아 사람들은 전 세계 1인당 GDP 순위에서 한국이 앞서 있다는 사실을 잘 모른다.\n",
     "인도네시아 1인당 GDP 얼마야?", "인도네시아의 1인당 GDP는 4천 달러 수준이다.\n", "4천 달러", False),
    # 한인회, 한인 식당: Koreans, not 한 (one) + 인; a quote with only them counts no tourists.
    ("laos.txt", "---\ntitle: 대한민국 주재 라오스 대사관, ‘라오스 여행 주의 사항’ 제작·배포\n---\n"
        "대한민국 주재 라오스 대사관 관계자는 라오스가 대한민국 관광객들에게 주목받으며 방문객이 급증해 불미스러운 "
        "사고가 증가하는 추세라고 밝혔다. 이어서, 대사관은 이 홍보물이 9월 초 대사관을 비롯한 한인회, 한인 단체, "
        "한인 식당 등을 중심으로 배포할 예정이라고 밝혔다.\n",
     "라오스 한국인 관광객 몇 명이야?", "지난해 라오스를 찾은 대한민국 관광객은 7만 명이었다.\n", "7만 명", True),
], ids=["four words, no price", "기장, no name", "한 원곡, no sum", "1인당, no amount", "한인, no count"])
def test_a_quote_without_the_asked_kind_is_refused_until_the_answer_is_written(
        among_others, name, article, question, answer_line, expected, mark):
    # Asked of the article as written, then of the article with the answer added (the same corpus
    # folder, reloaded): what refuses a quote without the answer must not refuse the answer.
    r = among_others({name: article})
    before = r.search(question, k=1)
    assert before.results == () and before.reason_code == "kind_missing"
    r = among_others({name: article + answer_line})
    r.reload()
    after = top(r, question)
    assert (marked(after) == expected) if mark else (expected in after.excerpt.text)


def test_asked_where_something_happened_the_place_is_written_with_eseo(among_others):
    # 어디서 연설했어 asks where it happened (벡스코에서), not where someone went (부산으로).
    r = among_others({
        "expo.txt": "---\ntitle: 대통령, 부산 박람회 개막식 참석\n---\n"
            "대통령은 8일 오전 서울을 떠나 헬기로 부산에 도착했다.\n"
            "대통령은 부산으로 이동하는 헬기 안에서 참모들과 회의를 했다.\n"
            "이어 대통령은 벡스코에서 열린 박람회 개막식에 참석해 연설했다.\n",
    })
    assert marked(top(r, "대통령 어디서 연설했어?")) == "벡스코"
    assert marked(top(r, "대통령 헬기 타고 어디로 이동했어?")) == "부산"


def test_a_name_kiwi_reads_as_one_common_noun_is_a_name_before_a_title(among_others):
    # Kiwi reads 홍수열 as one common noun (홍수 + 열); before a title, three syllables that begin
    # with a surname are a name. 물리학 before 교수 is a field, not a name.
    r = among_others({
        "cups.txt": "---\ntitle: 일회용컵 보증금제 또 연기\n---\n"
            "환경부가 일회용컵 보증금제 시행을 12월로 미뤘다.\n"
            "홍수열 자원순환사회경제연구소장은 “의지가 결여된 환경부의 행정 탓에 이런 사태가 벌어졌다”고 말했다.\n",
        "lecture.txt": "---\ntitle: 과학 대중 강연\n---\n"
            "이번 강연에서는 서울대 물리학 교수가 블랙홀을 설명했다.\n",
    })
    assert marked(top(r, "환경부 탓이라고 한 연구소장 누구야?")) == "홍수열"
    answer = r.search("블랙홀 설명한 교수 누구야?", k=1)
    assert not answer.results or marked(answer.results[0]) != "물리학"


def test_a_name_written_in_the_other_script_is_found_and_quoted(among_others):
    # The question writes the song's name in Hangul, the article in Latin letters.
    r = among_others({
        "bts.txt": "---\ntitle: BTS 〈Dynamite〉 빌보드 1위\n---\n"
            "방탄소년단이 2020년 8월 신곡 〈Dynamite〉를 발표했다.\n"
            "이 곡은 빌보드 핫 100 1위에 올랐다.\n",
    })
    result = top(r, "다이너마이트 언제 나왔어?")
    assert result.article.path == "bts.txt"
    assert "2020년 8월" in result.excerpt.text


def test_a_name_asked_short_finds_the_article_that_writes_it_in_full(among_others):
    # 인천공항 asked, 인천국제공항 written; another article says 인천공항 and nothing of runways.
    r = among_others({
        "climate.txt": "---\ntitle: 지구가 뜨거워지면, 항공료가 비싸진다\n---\n"
            "지구가 뜨거워지면, 비행기 이륙이 어렵다는 연구 결과가 나왔다.\n"
            "실제 세계 곳곳의 공항에서 이를 뒷받침하는 예를 찾아볼 수 있다. 가깝게 인천국제공항 제3 활주로를 "
            "2008년 건설할 때 온난화에 대비해 길이를 4000m급의 초대형 활주로로 만들었다.\n",
        "arrivals.txt": "---\ntitle: 인천공항 입국자 늘어\n---\n"
            "인천공항 입국자가 지난달 120만 명을 넘었다.\n"
            "인천공항공사는 출입국 심사대를 늘리기로 했다.\n",
    })
    result = top(r, "인천공항 제3활주로 길이 몇 m야?")
    assert result.article.path == "climate.txt"
    assert marked(result) == "4000m"


def test_a_name_kiwi_reads_with_its_particle_glued_on_is_found(among_others):
    # Kiwi reads the article's 안창림이 as one proper noun, particle and all, and the question's
    # 안창림 as 안 + 창 + 림: the question's word with a particle is the article's term.
    r = among_others({
        "judo.txt": "---\ntitle: 한국 유도 동메달 추가\n---\n"
            "26일 남자 유도 73kg급 동메달 결정전에서 안창림이 아제르바이잔의 루스탐 오루조프 선수를 꺾고 "
            "동메달을 목에 걸었다.\n"
            "경기 뒤 대표팀은 귀국 일정을 발표했다.\n",
        # Short reports of other weight classes, which match the question's kg and 급 better.
        **{f"class{kg}.txt": f"---\ntitle: 유도 {kg}kg급 소식\n---\n유도 {kg}kg급 경기가 열렸다.\n"
           for kg in (48, 52, 57, 60, 63, 66, 70, 78, 81, 90)},
    })
    result = top(r, "안창림 몇 kg급이야?")
    assert result.article.path == "judo.txt"
    assert marked(result) == "73kg"


@pytest.mark.parametrize("question", ["하계 올림픽 개최 주기", "하계 올림픽 개최 주기 얼마야?"])
def test_a_cycle_is_asked_as_a_duration(among_others, question):
    # 주기 (how often) is answered by a span of time: 4년마다.
    r = among_others({
        "olympic.txt": "---\ntitle: 올림픽 개최지 선정 절차\n---\n"
            "국제올림픽위원회는 개최 주기를 바꾸자는 제안을 논의했다.\n"
            "하계 올림픽은 4년마다 열린다.\n"
            "위원들은 다음 개최지를 투표로 정한다.\n",
    })
    assert marked(top(r, question)) == "4년"


def test_the_top_reason_is_asked_as_a_reason(among_others):
    # 이유 1위가 뭐야 asks a reason (the rank is the reason's), not a thing called 1위: the
    # sentence that says '2위의 비율' is no answer.
    r = among_others({
        "taxi.txt": "---\ntitle: 국민 65.8% \"택시는 대중교통 아니다\"\n---\n"
            "시민 4,117명을 대상으로 설문조사를 실시한 결과 65.8%가 택시를 대중교통으로 생각하지 않는 것으로 나타났다. "
            "과반을 훨씬 넘는 비율로 택시를 대중교통으로 보기엔 무리가 있다는 생각이 나타나는 것이다.\n"
            "택시를 대중교통으로 보지 않는다는 이들에게 대중교통이라고 생각하지 않는 이유를 물어 본 결과, "
            "가장 많은 67.6%가 '요금이 비싸다'고 답했다. 기존의 택시는 고급교통으로 분류되어 있었다.\n"
            "승차거부를 당한 이유로는 '목적지가 가까워서'(48.2%)였으며, '교대시간 때문에'(13.3%)가 뒤를 이었다. "
            "이들 중 주목할 만한 것은 '이유를 모르겠다'(25.3%)가 2위의 비율을 차지한다는 것이다.\n",
    })
    assert "요금이 비싸다" in top(r, "택시가 대중교통 아니라는 이유 1위가 뭐야?").excerpt.text


def test_an_election_asked_by_its_short_name_is_the_one_written_out(among_others):
    # 대선 is written out as 대통령 선거 in the sentence that dates it; the other sentence says
    # 대선 and a date of something else.
    r = among_others({
        "election.txt": "---\ntitle: 2020년 바이든 대 트럼프, 대선 분석\n---\n"
            "2020년 11월 3일, 화요일에 미국 대통령 선거가 진행되었다.\n"
            "조 바이든과 도널드 트럼프의 대결이다.\n"
            "두 후보는 선거 막판까지 접전을 벌였다.\n"
            "대선의 당사자인 미국에서 7월 27일부터 8월 2일까지 여론 조사를 진행하였다.\n",
    })
    assert "2020년 11월 3일" in top(r, "2020년 미국 대선 언제 했어?").excerpt.text


@pytest.mark.parametrize("question, expected", [
    ("현충일 거제 비 얼마나 왔어?", "4.5mm"),  # rain asked as falling is measured in mm
    ("경기지역 시간당 최대 강수량 얼마야?", "38㎜"),  # 강수량 too, in the other article
])
def test_rain_is_measured_in_millimetres(among_others, question, expected):
    # 얼마나 asked any number: the lead's 6일 오후 1시 won over the sentence that gives the rain,
    # and the report of the heavy rain, which never says 강수량, lost to the one that does.
    r = among_others({
        "rain.txt": "---\ntitle: 남부지방 비, 늦은 오후에 그칠 듯\n---\n"
            "현충일인 6일 오후 1시 현재 흐린 지역이 많은 가운데 제주도와 영남 지역에는 약한 비가 내리고 있다.\n"
            "기상청은 이날 \"전국이 대체로 흐리고 제주도는 아침 한때 비가 오겠다\"고 예보했다.\n"
            "오후 1시 기준 강수량은 제주 7.6mm, 거제 4.5mm, 울산 3.7mm, 양산 3.0mm를 기록하고 있으며 기온은 "
            "남부지방 20도 내외, 중부지방 25도 내외로 따뜻한 날씨를 보이고 있다.\n",
        "flood.txt": "---\ntitle: 중부지방 집중호우로 피해 속출\n---\n"
            "지난 9일부터 11일까지 사흘간 중부지방에 300㎜가 넘는 집중호우가 쏟아져 도로 곳곳이 침수됐다.\n"
            "경기지역에서는 최대 시간당 38㎜의 폭우가 쏟아지면서 오늘 오전 6시경 과천시 지하차도 1개 차로가 "
            "물에 잠겼다.\n",
    })
    assert marked(top(r, question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("농어촌 하수도보급률 몇 %야?", "59.5%"),  # not the 75% it is to be raised to
    ("환경부 2015년까지 하수도보급률 목표 몇 %야?", "92%"),  # a target asked for is one
])
def test_an_amount_set_as_a_target_is_not_what_is(among_others, question, expected):
    r = among_others({
        "sewer.txt": "---\ntitle: 대한민국, 공공하수도보급률 90.9%\n---\n"
            "대한민국 환경부가 발표한 ‘2011 하수도 통계’에 따르면, 2011년도 공공하수처리인구보급률이 90.9%를 달성한 "
            "것으로 알려졌다. 이는 2010년 90.1%에서 0.8% 증가한 수치이다. 대한민국 환경부는 2015년까지 "
            "하수도보급률 92%을 달성하기 위해 시설을 확충해 나갈 것이라고 밝혔다.\n"
            "아직까지 도농간 하수도보급률 격차가 큰데, 도시지역은 94.2%, 농어촌은 59.5%였다. 그러나 도시지역 "
            "0.4%, 농어촌은 4.3% 증가한 것으로 격차가 점진적으로 줄고 있는 것으로 나타났다. 환경부는 2015년까지 "
            "농어촌지역의 하수도보급률을 75%까지 높이기 위하여 예산을 투입할 것이라고 밝혔다.\n",
    })
    assert expected in top(r, question).excerpt.text


def test_a_price_word_kiwi_cuts_before_eolma_is_the_price(among_others):
    # Kiwi reads 시가 얼마였어 as 시 (o'clock) + 가: 시가 is the word asked, and it asks for money.
    r = among_others({
        "drugs.txt": "---\ntitle: 마약 청정국은 옛말\n---\n"
            "4월 1일에는 신발상자 속에서 마약이 발견되어 파문이 일었다.\n"
            "이는 던지기 수법이 잘 알려지게 된 사건이 되었다.\n"
            "필로폰 480그램과 대마초 200그램이 발견되었다.\n"
            "시가로 16억원이 넘는 규모였다고 한다.\n",
    })
    assert marked(top(r, "신발상자 마약 시가 얼마였어?")) == "16억원"


def test_money_nouns_ask_for_money(among_others):
    # 추경 얼마 asks a sum of money: the sentence that says 민주당 and 추경 but no sum is no answer.
    r = among_others({
        "heating.txt": "---\ntitle: 난방비 폭탄 공방\n---\n"
            "더불어민주당은 현 정부가 아무런 대책이 없다고 비판했다.\n"
            "그러면서 취약계층을 위한 재난 예비비 편성, 30조 원 수준의 추경 등을 대응책으로 제시했다.\n"
            "국민의힘은 난방비를 정쟁화한다며 반박했다.\n"
            "하지만 민주당의 추경 요구에 대해서는 '정략적 발상'이라며 일축했다.\n",
    })
    assert "30조 원" in top(r, "민주당 추경 얼마 하자고 했어?").excerpt.text


def test_a_quote_does_not_end_on_the_quoted_word_that_begins_the_next_sentence(among_others):
    r = among_others({
        "history.txt": "---\ntitle: 도종환 청문회에서 유사역사 문제 부각\n---\n"
            "소위 말하는 '국뽕'의 흐름은 드라마에서도 발견된다. '국뽕'이란 국가주의와 히로뽕의 합성어이다. "
            "중원의 뿌리가 조선이라는 내용이 포함된 드라마가 그것이다.\n",
    })
    text = top(r, "국뽕이 무슨 뜻이야?").excerpt.text
    assert "국가주의와 히로뽕의 합성어" in text
    assert not text.endswith("'국뽕'")


def test_family_words_are_the_ones_news_writes(among_others):
    # 딸 is written 장녀, 아들 차남: the daughter asked about is the one the article calls 장녀.
    r = among_others({
        "embassy.txt": "---\ntitle: 주이스라엘 미국 대사관, 예루살렘으로 이전\n---\n"
            "미국 대사관이 14일 예루살렘에서 문을 열었다.\n"
            "트럼프 대통령은 개관식에 불참하고 축전 영상을 보냈다.\n"
            "개관식에는 트럼프 대통령의 장녀 이방카 트럼프 백악관 선임고문이 참석했다.\n"
            "가자지구에서는 이날 대규모 시위가 벌어졌다.\n",
    })
    assert "이방카" in top(r, "개관식에 간 트럼프 딸 누구야?").excerpt.text


def test_suspected_is_what_news_calls_a_suspicion(among_others):
    # 의심받은 단체: the article says 의혹이 제기되었다 (and never 배후, also asked).
    r = among_others({
        "capitol.txt": "---\ntitle: 미 국회의사당, 트럼프 지지자 난입\n---\n"
            "트럼프 대통령의 지지자들이 연방 의사당에 난입하는 초유의 사태가 벌어졌다.\n"
            "주방위군 1100명이 사태 해결을 위해 투입됐다.\n"
            "시민 단체들은 의사당 난입을 규탄하는 성명을 냈다.\n"
            "이 난입 사건은 미국의 극좌파 단체인 안티파(ANTIFA)가 꾸몄다는 의혹이 제기되었다.\n",
        # 의심 is a word of the corpus, as it is of any real one.
        "theft.txt": "---\ntitle: 편의점 절도 용의자 검거\n---\n"
            "경찰은 편의점 직원을 절도범으로 의심하고 조사했다.\n",
    })
    assert "안티파" in top(r, "의사당 난입 배후로 의심받은 단체 어디야?").excerpt.text


def test_days_asked_are_counted_days_beside_what_was_done(among_others):
    # 며칠 동안 배양했어: 5월 6일 is a date, not a count of days, and 동안 says a span is asked,
    # not what about. Of the two sentences that say 아스가르드 고세균 and 배양 alike, the one
    # followed by the days is quoted with them.
    r = among_others({
        "archaea.txt": "---\ntitle: 원핵생물에서 진핵생물로의 연결고리를 찾다\n---\n"
            "진핵생물은 고세균이 진정세균을 잡아먹으면서 생겨났다는 설이 유명하다. "
            "학술지 네이처의 2015년 5월 6일자 온라인판에 새로운 고세균 연구결과가 공개되었다.\n"
            "2017년 네이처에 발표된 내용에 따르면 연구자들은 이들을 아스가르드 상문으로 부르자고 제안했다.\n"
            "비록 메타게놈 분석은 진행할 수 있었으나 아스가르드 고세균은 실험실에서 배양이 되지 않아 "
            "어떻게 생겼는지 알 수 없었다. 그런데 최근 일본 공동연구자들은 아스가르드 고세균을 배양하는 데 "
            "성공했다고 발표하였다. 연구자들은 2006년 5월 6일 난카이 해구에서 채취한 토양 시료를 배양기에 넣고 "
            "섭씨 10도에서 2013일을 배양했다.\n",
    })
    assert marked(top(r, "아스가르드 고세균 며칠 동안 배양했어?")) == "2013일"


_GOOGLE_NEWS = ("---\ntitle: 구글, 구글 뉴스 스페인판 폐쇄\npublished: 2014-12-12\n---\n"
                "구글이 구글 뉴스 스페인어판을 {when} 폐쇄한다고 블로그에 밝혔다.\n"
                "이 폐쇄는 스페인의 저작권법이 개정되어 뉴스 기사 링크에 요금이 부과되기 때문이다.\n")


@pytest.mark.parametrize("when, expected", [
    ("2014년 12월 16일부로", "2014년 12월 16일"),  # a date still to come when it was written, with its year
    ("2014년 12월 12일부로", "2014년 12월 12일"),  # the day it was written, from which it is closed
    ("오는 16일부로", None),  # no year: 16일 of which month, of which year, for a reader today?
])
def test_asked_when_by_tense_an_old_article_answers_with_a_date_it_had_ahead(among_others, when, expected):
    # 언제 문 닫아 asks of what is to come by its tense alone: an article of 2014 that wrote the day
    # out with its year answers it (the date shows it is past); one that wrote 오는 16일 does not.
    r = among_others({"google.txt": _GOOGLE_NEWS.format(when=when)})
    answer = r.search("구글 뉴스 스페인판 언제 문 닫아?", k=1)
    if expected:
        assert marked(answer.results[0]) == expected
    else:
        assert not answer.results and answer.reason_code == "stale"


def test_asked_when_by_tense_a_date_already_past_when_written_does_not_answer(among_others):
    # BTS 신곡 언제 나와: a 2020 article on the song it released that September tells what had
    # happened, not when the next one comes.
    r = among_others({
        "bts.txt": "---\ntitle: BTS Dynamite 빌보드 1위\npublished: 2020-09-03\n---\n"
            "2020년 9월, 방탄소년단(BTS)이 신곡 Dynamite를 발표하고 빌보드 핫 100 1위를 차지했다.\n"
            "방탄소년단은 한국 가수 최초로 이 차트 정상에 올랐다.\n",
    })
    answer = r.search("BTS 신곡 언제 나와?", k=1)
    assert not answer.results and answer.reason_code == "stale"


def test_a_noun_with_si_when_before_a_title_is_no_name(among_others):
    # 매각시 장관 인가: "the minister's approval when selling", not a minister named 매각시.
    r = among_others({
        "kt.txt": "---\ntitle: KT, 무궁화위성 불법 매각\n---\n"
            "KT가 무궁화위성 2호와 3호를 홍콩 업체에 헐값에 매각한 것으로 드러났다.\n"
            "미래창조과학부는 KT가 전기통신사업법의 중요 통신설비 매각시 장관 인가 규정을 위반한 것으로 보고 "
            "법률검토를 진행 중이다.\n",
    })
    answer = r.search("미래창조과학부 장관 누구야?", k=1)
    assert not answer.results or marked(answer.results[0]) != "매각시"


@needs_news_qa
@pytest.mark.parametrize("question", [
    "영빈관 설계한 건축가 누구야?",  # "더불어 대한민국 물가의 급상승 … 새로운 건축물을 짓는다"
    "트라이애슬론 금메달 누가 땄어?",  # a diver's fourth place, 대한민국 역사상 최고 기록
])
def test_a_proper_noun_next_to_no_question_word_is_no_person_asked_for(dev, question):
    # With less of the question in the quote than answers it outright, a merely plausible person
    # (any proper noun) must stand next to one of the question's words.
    r, _ = dev
    answer = r.search(question)
    assert answer.results == (), answer.results[0].excerpt.text


def test_the_same_story_from_another_outlet_is_not_another_answer(among_others):
    # Syndicated news: the same report under two addresses, its paragraphs in another order. A
    # page of three answers shows it once, and the other story that answers after it.
    first = "우주항공청은 누리호 4차 발사를 11월 27일 새벽 실시한다고 밝혔다.\n발사는 전남 고흥 나로우주센터에서 진행된다.\n"
    second = "이번 발사에는 차세대 중형위성 3호가 실린다.\n위성은 오로라와 대기광을 관측한다.\n"
    r = among_others({
        "yonhap.txt": f"---\ntitle: 누리호 4차 발사 11월 27일\nurl: https://a.example.com/1\n---\n{first}{second}",
        "copy.txt": f"---\ntitle: 누리호 4차 발사 11월 27일\nurl: https://b.example.com/9\n---\n{second}{first}",
        "other.txt": "---\ntitle: 누리호 발사 준비 막바지\nurl: https://c.example.com/3\n---\n"
            "누리호 4차 발사를 앞두고 나로우주센터의 준비가 막바지다.\n발사 시각은 11월 27일 새벽 1시로 잡혔다.\n",
    })
    answer = r.search("누리호 4차 발사 언제야?", k=3)
    urls = [x.article.url for x in answer.results]
    assert len(answer.results) >= 2 and "https://c.example.com/3" in urls
    assert not {"https://a.example.com/1", "https://b.example.com/9"} <= set(urls)


@pytest.mark.parametrize("question, expected", [
    ("무궁화호 탈선 언제 복구됐어?", "오후 5시 30분경"),  # Kiwi: 타 + ㄹ + 선, "ride line"
    ("이건희 사인 뭐야?", "급성심근경색증"),  # Kiwi: 사이 + ㄴ, "between"
])
def test_a_word_kiwi_misreads_in_a_short_question_is_the_articles_word(among_others, question, expected):
    # Without an article around it Kiwi reads 탈선 and 사인 as other words; the index knows them
    # whole, as the articles have them.
    r = among_others({
        "train.txt": "---\ntitle: 무궁화호 탈선 사고 발생\n---\n"
            "6일 오후 8시 57분 영등포역 부근에서 무궁화호 열차가 탈선해 34명이 다쳤다.\n"
            "무궁화호 탈선 사고는 다음날 오후 5시 30분경에 복구되었다.\n",
        "samsung.txt": "---\ntitle: 삼성그룹 이건희 회장 별세\n---\n"
            "삼성전자 이건희 회장이 25일 별세했다. 사인은 급성심근경색증으로 알려졌다.\n"
            "장례는 가족장으로 치르기로 했다.\n",
    })
    assert expected in top(r, question).excerpt.text


@pytest.mark.parametrize("question, expected", [
    ("GCF 사무국 들어갈 건물 이름 뭐야?", "송도 아이타워"),  # 들어가: 입주
    ("무궁화호 사고 정확히 몇 시 몇 분에 났어?", "8시 57분"),  # 나: 일어나, 발생
])
def test_everyday_verbs_are_the_words_news_reports_them_with(among_others, question, expected):
    r = among_others({
        "gcf.txt": "---\ntitle: 송도에 GCF 사무국 유치 확정\n---\n"
            "인천 송도가 녹색기후기금(GCF) 사무국을 유치하기로 최종 결정되었다.\n"
            "GCF는 개발도상국의 기후변화 대응을 돕기 위해 2011년 설립된 국제기구다.\n"
            "GCF 사무국은 2013년 2월에 완공되는 송도 아이타워에 입주하게 될 예정이다.\n",
        "train.txt": "---\ntitle: 저녁 8시 무궁화호 탈선 사고 발생\n---\n"
            "무궁화호 열차가 영등포역 부근에서 탈선해 승객들이 큰 불편을 겪었다.\n"
            "하필이면 사고가 일어난 시각은 일요일 저녁 8시 57분이었다.\n"
            "무궁화호 탈선 사고는 다음날 오후 5시 30분경에 복구되었다.\n",
    })
    assert expected in top(r, question).excerpt.text


def test_an_organisation_named_as_one_word_is_found_where_the_article_writes_it(among_others):
    # The question's 해양바이오소재연구단 is one word Kiwi has no term for; the article's sentence
    # is cut 해양 + 바이오 + 소재 + 연구 + 단. Searched by 단장 alone, the football team's article
    # came first and the question was refused.
    r = among_others({
        "ocean.txt": "---\ntitle: 녹조류로 친환경 플라스틱 원료 만든다\n---\n"
            "해양수산부는 녹조류에서 플라스틱 원료를 생산하는 기술을 개발했다고 밝혔다.\n"
            "해양바이오소재연구단(연구단장 차형준)의 박진병 교수 연구팀은 세계 최초로 이 기술 개발에 성공했다.\n",
        "team.txt": "---\ntitle: 축구 대표팀 단장에 김철수 선임\n---\n"
            "대한축구협회는 대표팀 단장에 김철수 전 감독을 선임했다.\n"
            "단장은 선수단 운영 전반을 맡고 단장 회의에도 참석한다.\n",
        "orchestra.txt": "---\ntitle: 시립교향악단 새 단장 취임\n---\n"
            "서울시립교향악단 단장으로 이영희 씨가 취임했다.\n"
            "새 단장은 단원들과 첫 연습을 가졌다.\n",
    })
    assert "차형준" in top(r, "해양바이오소재연구단 단장 누구야?").excerpt.text


def test_a_wikis_citation_marks_are_not_quoted(among_others):
    r = among_others({
        "ballast.txt": "---\ntitle: 후쿠시마 평형수 국내 방류 논란\n---\n"
            "대한민국 항구에서 후쿠시마현 인근의 평형수를 방류했다는 것이 확인되었다.[1]\n"
            "해양수산부는 2021년 8월부터 평형수를 모두 교체하도록 지시했다.[2][3]\n"
            "북한도 일본의 후쿠시마 오염수 방류를 비판했다.[4]\n",
    })
    text = top(r, "해수부 언제부터 평형수 교체하라고 했어?").excerpt.text
    assert "2021년 8월" in text and "[" not in text


def test_a_person_named_once_is_then_surname_and_title(among_others):
    # 하성용 전 성동조선해양 사장 is 하 전 사장 in the sentence that answers; another man's
    # 횡령 three sentences before is not his.
    r = among_others({
        "kai.txt": "---\ntitle: KAI 감사 외압 의혹\n---\n"
            "2013년 5월 KAI 신임 대표로 하성용 전 성동조선해양 사장이 취임했다.\n"
            "감사원은 KAI 임원 김모씨가 회삿돈 3억원을 횡령한 사실을 확인했다.\n"
            "감사원 직원 15명이 경남 사천의 KAI 본사에 상주하며 감사를 벌였다.\n"
            "하 전 사장이 환전 장부를 조작해 10억 5000만원을 횡령했다는 의혹도 제기됐다.\n",
    })
    assert marked(top(r, "하성용이 횡령한 돈 얼마야?")) == "10억 5000만원"


def test_a_place_before_a_quote_that_begins_with_a_title_is_still_a_place(among_others):
    # 트위터에 "대통령 …: the title word opens what was written there; it does not make 트위터 a
    # person's name (바른정당 의원 is one: the title stands right after it).
    r = among_others({
        "pyo.txt": "---\ntitle: 대통령 풍자화 국회 전시 논란\n---\n"
            "표창원 의원이 주최한 국회 전시회에 대통령 풍자화가 걸려 논란이 일었다.\n"
            "하태경 바른정당 의원은 24일 트위터에 \"대통령 소재로 한 여성 비하\"라며 표 의원을 비판했다.\n"
            "비판은 여야를 가리지 않고 이어졌다.\n",
    })
    assert "트위터" in top(r, "하태경은 표창원 어디서 비판했어?").excerpt.text


@pytest.mark.parametrize("years", ["20년 가까운 세월이 흐르면서", "10년 넘게 지나면서", "20년이 흐르면서"])
def test_years_said_as_how_long_are_no_date(among_others, years):
    # 물막이 공사가 끝나고 20년 가까운 세월: how long since, not when it ended.
    r = among_others({
        "boryeong.txt": "---\ntitle: 보령호 담수화 갈등\n---\n"
            f"바다와 연결되는 곳의 수질은 물막이 공사가 끝나고 {years} 농업용수로 쓰기 어려울 정도로 나빠졌다.\n"
            "안희정 충남지사는 방조제 문을 열어 바닷물을 들이자고 제안했다.\n"
            "보령호는 1991년 착공해 1997년 물막이 공사가 완료됐다.\n",
    })
    assert "1997년" in top(r, "보령호 물막이 공사 언제 끝났어?").excerpt.text


def test_stock_prices_going_up_as_news_reports_them(among_others):
    # 주가 얼마나 올랐어: the article says 주식 and 상승, never 주가 or 오르다.
    r = among_others({
        "samsung.txt": "---\ntitle: 이재용 부회장 대국민 사과\n---\n"
            "이재용 삼성전자 부회장은 6일 대국민 사과문을 발표하고 고개를 숙였다.\n"
            "사과 효과로 주식시장이 반등했다.\n"
            "삼성물산이 10.61% 상승하는 등 삼성 관련 주식이 대부분 상승세를 보였다.\n",
    })
    assert "10.61%" in top(r, "이재용 사과 후 삼성물산 주가 얼마나 올랐어?").excerpt.text


def test_a_date_a_figure_holds_on_and_a_count_of_days_are_no_date_of_the_event(among_others):
    # 2020년 4월 26일 기준 … 4일째 잠적중: the day the count was made and how long, not when he
    # resigned.
    r = among_others({
        "busan.txt": "---\ntitle: 오거돈 부산시장, 성추행으로 사퇴\n---\n"
            "오거돈 부산시장이 2020년 4월 23일 비서를 성추행했다는 걸 인정하고 사퇴해 지역 정계에 큰 충격을 안겼다.\n"
            "부산성폭력상담소는 보도자료를 내고 피해자 보호를 촉구했다.\n"
            "시민단체들은 부산시의 체계적인 대응책 마련을 요구했다.\n"
            "한편 2020년 4월 26일 기준 오거돈은 사퇴 기자회견 이후 4일째 잠적중이다.\n",
    })
    assert "4월 23일" in top(r, "오거돈 언제 사퇴했어?").excerpt.text


@pytest.mark.parametrize("said", ["5일 간담회에서", "2023년 여의도 본사에서"])
def test_a_date_before_a_word_that_begins_like_a_duration_is_a_date(among_others, said):
    # 5일 간담회, 2023년 여의도: 간 and 여 begin the next word; 5일간, 5년여 are how long.
    r = among_others({
        "kepco.txt": "---\ntitle: 한전 전기요금 인상 계획 발표\n---\n"
            "한국전력은 전기요금을 올리기로 했다.\n"
            f"정승일 사장은 {said} 전기요금 인상 계획을 발표했다.\n",
    })
    assert marked(top(r, "한전 전기요금 인상 계획 언제 발표했어?")) == said.split()[0]


def test_a_name_before_what_the_person_works_for_and_the_title_is_the_person(among_others):
    # 세르게이 악쇼노프 크림 공화국 총리: the title comes after the republic's name, which is the
    # question's own words; 메르켈 독일 총리 is another country's.
    r = among_others({
        "crimea.txt": "---\ntitle: 푸틴 크림반도 합병 공식서명\n---\n"
            "블라디미르 푸틴 러시아 대통령이 크림자치공화국을 러시아 영토에 편입시키는 합병 조약에 서명했다.\n"
            "연설 직후 푸틴 대통령과 세르게이 악쇼노프 크림 공화국 총리는 크림의 러시아 합병 조약에 서명했다.\n"
            "합병 조약은 러시아 헌법재판소의 승인과 상하원의 비준을 얻어 발효된다.\n"
            "앙겔라 메르켈 독일 총리는 \"크림의 주민투표는 국제법을 위반했으며 크림공화국의 독립 선언도 "
            "국제법에 어긋난다\"고 지적했다.\n",
    })
    assert "악쇼노프" in top(r, "크림 공화국 총리 이름 뭐야?").excerpt.text


@pytest.mark.parametrize("question, expected", [
    ("저축은행 영업정지 기간 얼마나 돼?", "6개월간"),  # 지난달 14일 is a date, not a number of days
    ("카카오 먹통 며칠에 일어났어?", "15일"),  # 며칠에: which day; 지난 15일 내내: on that day
    ("브렉시트 찬반 투표 며칠로 예정돼 있었어?", "23일"),  # 며칠로 예정: which day, 오는 23일
])
def test_days_of_a_month_and_numbers_of_days_are_told_apart(among_others, question, expected):
    r = among_others({
        "banks.txt": "---\ntitle: 저축은행 두 곳 영업정지\n---\n"
            "금융위원회는 지난달 14일 삼화저축은행이 영업정지 조치를 당한 데 이어 부산저축은행도 부실금융기관으로 결정했다.\n"
            "부산저축은행은 자기자본이 완전 잠식된 상태였다.\n"
            "예금인출이 지속돼 유동성이 부족했다.\n"
            "금융위원회는 대전저축은행과 부산저축은행에 각각 6개월간의 영업정지조치를 부과하였다.\n",
        "kakao.txt": "---\ntitle: 카카오 데이터센터 화재... 카카오 먹통\n---\n"
            "지난 15일 내내 카카오에서 서비스 제공 불가 사태가 일어났었다.\n"
            "판교에 위치한 데이터센터에 화재가 일어나 카카오의 모든 서비스가 마비되었다.\n",
        "cox.txt": "---\ntitle: \"브렉시트 반대\" 조 콕스 의원 사망\n---\n"
            "오는 23일로 예정된 브렉시트 찬·반 투표를 앞두고 있는 영국에서는, 의문의 괴한으로 인해 충격에 휩싸였다.\n"
            "조 콕스 의원은 노동당 소속 英 하원 의원이였으며, 브렉시트를 인도주의적 관점에서 반대한 이들 중 하나이다.\n"
            "이 사건으로 인해서, 브렉시트 연기를 주장하는 사람도 늘어나고, 각 언론의 여론조사 발표도 연기되었다.\n",
    })
    assert expected in top(r, question).excerpt.text


@needs_news_qa
def test_carried_is_what_news_calls_transported(dev):
    # 뭘로 실어 왔어: the Wikinews article says 수송기를 통해 수송하였다; a sentence that repeats 사드
    # and has 왔던 in it says nothing of how it came.
    r, _ = dev
    assert "C-17" in top(r, "사드 뭘로 실어 왔어?").excerpt.text


def test_an_act_only_asked_for_or_pending_has_not_happened(among_others):
    # 결국 구속됐어?: a warrant hearing and a prosecutor stressing the need do not say he was; a
    # report that someone resigned says she did.
    r = among_others({
        "yongsan.txt": "---\ntitle: 용산구청장 구속영장 심사\n---\n"
            "용산구 박희영 구청장은 26일 구속영장 실질심사를 받기 위해 법원에 출석했다.\n"
            "검찰은 박희영 구청장이 안전관리 대책을 소홀히 했다며 구속 필요성을 강조했다.\n",
        "korail.txt": "---\ntitle: 최연혜 코레일 사장 사퇴\n---\n"
            "민주당은 최연혜 코레일 사장에게 당장 물러나야 한다고 요구했다.\n"
            "최연혜 코레일 사장은 인사청탁 의혹이 불거진 끝에 결국 사퇴했다.\n",
    })
    assert r.search("박희영 구청장 결국 구속됐어?").results == ()
    assert "결국 사퇴했다" in top(r, "최연혜 결국 사퇴했어?").excerpt.text


def test_an_age_in_brackets_after_a_name_answers_how_old(among_others):
    # News gives a person's age in brackets after the name, before what they belong to.
    r = among_others({
        "archery.txt": "---\ntitle: 양궁 혼성단체전 금메달\n---\n"
            "첫 금메달 소식을 들려준 선수들은 양궁의 막내 선수들인 김제덕(17·경북일고), 안산(20·광주여대)이었다.\n"
            "이들은 24일 유메노시마 양궁장에서 열린 혼성단체전 결승에서 네덜란드를 제쳤다.\n"
            "대표팀은 이번 대회에서 금메달 5개를 노린다.\n",
    })
    assert marked(top(r, "김제덕 몇 살이야?")) == "17"


def test_a_word_read_with_grammar_in_the_question_is_searched_as_articles_write_it(among_others):
    # Kiwi reads the question's 주산지 as 주사 + 이 + ㄴ지 and the articles' 주산지를 as one noun:
    # the hospital's 주사 is not what is asked about.
    r = among_others({
        "jusanji.txt": "---\ntitle: 청송 여행\n---\n"
            "주왕산으로 들어가기 전에는 주산지를 들르자.\n"
            "1720년대 완공되어 300년째 농업용수를 공급해주는 저수지다.\n"
            "주산지의 물은 가뭄이 심해도 마르지 않는다.\n",
        "hospital.txt": "---\ntitle: 새 병원 완공\n---\n"
            "새 병원이 2019년 완공돼 주사실과 검사실을 갖췄다.\n"
            "주사를 맞으려는 환자들이 몰렸다.\n",
    })
    assert "1720년대" in top(r, "주산지 언제 완공됐어?").excerpt.text


@needs_news_qa
def test_music_played_is_what_news_calls_songs_replayed(dev):
    # 무슨 음악 틀었어: the Wikinews article says 노래 선곡으로는 게임 OST를 재생하였다.
    r, _ = dev
    assert "게임 OST" in top(r, "선수단 입장할 때 무슨 음악 틀었어?").excerpt.text


def test_a_soldier_asked_by_surname_and_rank_is_not_another_of_that_surname(among_others):
    # 윤 일병 is not the 윤모씨 of a court report: the rank is what says who.
    r = among_others({
        "army.txt": "---\ntitle: 군 가혹행위 심층진단\n---\n"
            "2014년 4월 윤 일병이 의정부성모병원에서 사망했다.\n"
            "군은 이모 병장 등 가해자 5명을 심문해 범행 일체를 자백받았다.\n"
            "이 사건은 8월에 군인권센터가 폭로하고 나서야 알려졌다.\n",
        "court.txt": "---\ntitle: 의사 징역형\n---\n"
            "서울중앙지법은 10일 의사 윤모씨에게 징역 3년 6개월을 선고했다.\n"
            "재판부는 죄질이 무겁다고 밝혔다.\n",
    })
    assert r.search("윤 일병 사건 주범 징역 몇 년 받았어?").results == ()


def test_of_quotes_as_full_the_one_with_the_questions_words_side_by_side_comes_first(among_others):
    # 철도노조 위원장: the union's chairman, named beside both words; not a sentence that has
    # 철도노조 and, further on, another 위원장.
    r = among_others({
        "lobby.txt": "---\ntitle: 코레일 사장 인사청탁 의혹\n---\n"
            "철도노조 파업 와중에 최연혜 사장이 국회를 찾았다.\n"
            "홍문종 사무총장은 최 사장이 당협위원장 자리 때문에 찾아왔다고 말했고, 철도노조는 위원장 명의로 "
            "사과를 요구했다.\n",
        "strike.txt": "---\ntitle: 철도노조 파업 철회\n---\n"
            "철도노조가 22일간 이어온 파업을 철회했다.\n"
            "합의문은 여야와 김명환 철도노조 위원장이 서명한 것이다.\n"
            "코레일은 간부 490명에 대한 징계 절차에 착수했다.\n"
            "열차 운행은 다음 달 정상화될 전망이다.\n",
    })
    assert "김명환" in top(r, "철도노조 위원장 누구였어?").excerpt.text


@needs_news_qa
def test_a_word_that_means_the_same_counts_inside_a_longer_word(dev):
    # 누가 받았어: 받다 is 수상 in news, and the winners are named as 수상자 (the Wikinews
    # article: "…교수를 올해 노벨물리학상 수상자로 선정했다"), not in the sentence that repeats
    # 2016년 노벨물리학상.
    r, _ = dev
    assert "사울레스" in top(r, "2016 노벨물리학상 누가 받았어?").excerpt.text


def test_a_stem_read_as_irregular_may_be_the_verb_written_with_rieul(among_others):
    # 걸었어 is read as 걷다 (walk); the bet was 걸다: 50만원을 걸고.
    r = among_others({
        "tent.txt": "---\ntitle: T24 소셜 페스티벌 행사 개최\n---\n"
            "이 행사는 2012년 8월 30일 자유게시판에 24인용 텐트를 혼자 칠 수 없다는 글이 올라온 것에서 비롯됐다.\n"
            "누리꾼들은 대부분 불가능하다는 반응이었으나, 한 누리꾼이 댓글에서 가능하다고 주장했다.\n"
            "그는 장소가 있다면 직접 텐트를 치겠다며 반대하는 측과 50만원을 걸었다.\n"
            "행사의 주최자는 1시간 25분만에 텐트를 쳤다.\n",
    })
    assert marked(top(r, "24인용 텐트 내기에 돈 얼마 걸었어?")) == "50만원"


def test_places_asked_with_got_are_counted_as_gaeso_in_official_counts(among_others):
    # 몇 곳: a city's count of its sites is written 85개소 (59개소 중 41개소), or 군데.
    r = among_others({
        "shelters.txt": "---\ntitle: 부산시, 무더위 쉼터 야간 개방\n---\n"
            "부산시는 올여름 무더위 쉼터 320개소 가운데 85개소를 밤 9시까지 개방한다고 3일 밝혔다.\n"
            "쉼터에는 냉방기와 생수가 비치된다.\n"
            "시는 폭염특보가 내려지면 공무원을 현장에 배치할 계획이다.\n",
    })
    assert "85개소" in top(r, "무더위 쉼터 몇 곳 밤에도 열어?").excerpt.text


def test_a_size_is_a_measure_the_article_need_not_name(among_others):
    # 크기 몇 nm: the article gives the length (지름 120nm) and never says 크기; the size asked
    # for is what is measured, not a word the article must hold.
    r = among_others({
        "virus.txt": "---\ntitle: 신종 박쥐 바이러스 발견\n---\n"
            "국내 연구진이 박쥐 분변에서 새로운 코로나바이러스를 찾아냈다고 12일 밝혔다.\n"
            "이 바이러스는 지름이 120nm에 불과하며 표면에 돌기가 촘촘하다.\n"
            "연구진은 사람 감염 가능성은 낮다고 설명했다.\n",
    })
    assert "120nm" in top(r, "박쥐 바이러스 크기 몇 nm야?").excerpt.text


def test_a_polls_answer_is_a_share_the_article_need_not_call_an_answer(among_others):
    # 반대 응답 몇 %: the poll's report gives '반대한다'가 24.3% and never says 응답.
    r = among_others({
        "poll.txt": "---\ntitle: 주 4일제 도입 여론조사\n---\n"
            "여론조사 전문기관 한국리서치는 주 4일제 도입에 대한 여론 조사 결과를 3일 발표했다.\n"
            "'찬성한다'가 61.2%, '반대한다'가 24.3%, '잘 모름'이 14.5%로 집계되었다.\n"
            "조사는 전국 성인 1000명을 대상으로 실시됐다.\n",
    })
    assert marked(top(r, "반대 응답 몇 %였어?")) == "24.3%"


@pytest.mark.parametrize("question, expected", [
    ("대통령 기념사에서 자유 몇 번 말했어?", "열두 번"),
    ("기념식에 유공자 몇 명 초청했어?", "스무 명"),
])
def test_counts_in_native_numerals_past_ten_are_amounts(among_others, question, expected):
    # 열두 번, 스무 명, 서른 살: past ten, native numerals are written as two words in one or as
    # 스무; a count in them answers 몇 번 as 12번 would.
    r = among_others({
        "speech.txt": "---\ntitle: 광복절 경축식 열려\n---\n"
            "정부는 15일 세종문화회관에서 광복절 경축식을 열었다.\n"
            "대통령은 이날 기념사에서 '자유'를 열두 번이나 언급했다.\n"
            "행사에는 독립유공자 후손 스무 명이 초청됐다.\n",
    })
    assert marked(top(r, question)) == expected


def test_a_place_asked_as_곳_is_answered_by_a_sentence_that_never_says_곳(among_others):
    # "불 난 곳 어디야": 곳 says only that a place is asked for, as 사람 says a person; the
    # sentence that names the place need not hold it, and one that does is no likelier to answer.
    r = among_others({
        "storm.txt": "---\ntitle: 태풍 지나간 주말, 곳곳 피해\n---\n"
            "태풍이 지나간 주말 동안 전국에서 크고 작은 피해가 이어졌다.\n"
            "태풍이 지나간 해안가는 대피가 이뤄진 곳이 많아 인명 피해는 크지 않았다.\n"
            "기상청은 다음 주에도 비가 이어질 것으로 내다봤다.\n"
            "같은 날 경남 거제의 한 공장에서는 불이 나 소방차 20대가 출동했다.\n",
    })
    assert "경남 거제" in top(r, "태풍 지나간 날 불 난 곳 어디야?").excerpt.text


@pytest.mark.parametrize("question, expected", [
    ("2021 프로축구 개막전 어느 경기장에서 해?", "전주월드컵경기장"),
    ("2021 프로축구 팀당 몇 경기 치러?", "38경기"),
])
def test_a_season_asked_by_year_is_the_year_an_article_dated_then_need_not_write(among_others, question, expected):
    # "2021 프로축구": a report dated 2021 speaks of this season without writing its year, and
    # is no article about another season, as one about 아이폰 4 is of another model.
    r = among_others({
        "kleague.txt": "---\ntitle: 프로축구 K리그, 27일 개막\npublished: 2021-02-16\n---\n"
            "한국프로축구연맹은 이번 시즌 K리그1을 27일 개막한다고 16일 밝혔다.\n"
            "개막전은 전북 현대와 FC서울의 경기로 전주월드컵경기장에서 열린다.\n"
            "정규리그는 팀당 38경기로 치러진다.\n",
    })
    assert expected in top(r, question).excerpt.text


def test_degrees_asked_in_words_are_given_in_celsius_signs(among_others):
    # 몇 도: a temperature is written 4.8℃ or 25°C as often as 25도.
    r = among_others({
        "winter.txt": "---\ntitle: 지난겨울 역대 가장 따뜻해\n---\n"
            "기상청은 지난겨울 전국 평균 기온이 2.4℃로 관측 이래 가장 높았다고 5일 밝혔다.\n"
            "평년보다 1.8℃ 높은 것으로, 눈이 내린 날도 크게 줄었다.\n"
            "기상청은 올겨울에도 기온이 평년보다 높을 것으로 내다봤다.\n",
    })
    assert marked(top(r, "지난겨울 전국 평균 기온 몇 도였어?")) == "2.4℃"


def test_a_noun_made_a_verb_with_han_is_what_is_asked_about(among_others):
    # 시구한 사람: Kiwi reads the 한 of 시구한 as the determiner (one) when the question is short;
    # it is 하 + ㄴ, and 시구 is what is asked about. An opening game's report that never says
    # who threw the first pitch does not answer it.
    games = ("---\ntitle: 프로야구 5일 개막\n---\n"
             "KBO는 5일 잠실 등 5개 구장에서 정규시즌을 개막한다고 밝혔다.\n"
             "개막전은 두산과 LG의 경기로 잠실구장에서 열린다.\n"
             "KBO는 올해 관중 입장을 단계적으로 허용하기로 했다.\n")
    r = among_others({"games.txt": games})
    answer = r.search("KBO 개막전 시구한 사람 누구야?", k=3)
    assert answer.results == ()


def test_a_count_of_days_within_which_something_must_happen_is_no_date(among_others):
    # 60일 이내에: a span set for what is still to come, not the day it happened; asked when
    # the bill passed, an article that only says what the next steps are does not answer.
    r = among_others({
        "fee.txt": "---\ntitle: 공영방송 수신료 인상안 의결\n---\n"
            "공영방송 이사회가 월 2,500원인 수신료를 4,000원으로 올리는 조정안을 의결했다.\n"
            "조정안은 방송통신위원회에 제출되며, 방통위는 60일 이내에 의견서를 붙여 국회에 제출한다.\n"
            "국회의 의결을 거쳐 승인을 얻으면 수신료 인상이 확정된다.\n",
    })
    assert r.search("수신료 인상안 국회 통과 언제 됐어?", k=3).results == ()


def test_an_area_given_in_hectares_as_ha_answers_how_much_burned(among_others):
    # 면적 얼마나: a fire's or a farm's area is written 100ha (or 100HA) as often as 100헥타르.
    r = among_others({
        "fire.txt": "---\ntitle: 강원 산불 사흘 만에 진화\n---\n"
            "강원도 고성에서 난 산불이 사흘 만에 모두 꺼졌다.\n"
            "산림청은 이번 산불로 산림 250ha가 탄 것으로 잠정 집계했다고 밝혔다.\n"
            "인명 피해는 없었다.\n",
    })
    assert marked(top(r, "고성 산불 면적 얼마나 탔어?")) == "250ha"


def test_a_share_counted_on_a_website_is_an_amount_not_its_address(among_others):
    # 홈페이지 made any question a request for a web address: asked 몇 %, the share is what is
    # wanted, wherever the poll was taken; 홈페이지 주소 is still asked for an address.
    r = among_others({
        "poll.txt": "---\ntitle: 구청 홈페이지 설문조사 결과 발표\n---\n"
            "구청은 지난달 홈페이지에서 주민 1,200명을 대상으로 공원 조성 계획에 대한 설문조사를 했다.\n"
            "설문조사에서 계획에 찬성한다는 의견은 64%로 나타났다.\n"
            "구청은 결과를 바탕으로 내년 상반기 착공할 계획이다.\n",
    })
    assert marked(top(r, "구청 홈페이지 설문조사에서 찬성 의견 몇 %였어?")) == "64%"
    assert r.search("구청 홈페이지 주소 뭐야?", k=3).results == ()


@pytest.mark.parametrize("penalty, expected", [
    ("", None),
    ("법무부는 이 검사에게 감봉 3개월의 징계를 내렸다.\n", "감봉 3개월의 징계"),
])
def test_asked_whether_someone_was_disciplined_a_quote_must_say_so(among_others, penalty, expected):
    # 징계 받았어?, 처벌 받았어?: the act suffered (받다, 당하다) is what is asked, as 기소됐어?
    # asks 기소. An article that tells what the prosecutor did, and nothing of a penalty, does
    # not answer; one that says he was disciplined does.
    r = among_others({"remark.txt": "---\ntitle: 검사 SNS 글 논란\n---\n"
                      "대구지검의 한 검사가 피해자를 비난하는 글을 SNS에 올려 논란이 일었다.\n"
                      "글에는 피해자의 주장을 믿을 수 없다는 내용이 담겼다.\n"
                      "시민단체들은 2차 가해라며 비판했다.\n" + penalty})
    answer = r.search("대구지검 검사 징계 받았어?", k=3)
    if expected is None:
        assert answer.results == ()
    else:
        assert expected in top(r, "대구지검 검사 징계 받았어?").excerpt.text


# A birth as three articles write it: 태어나, 태어났다 and a life's dates in brackets after the name.
_BIRTHS = {
    "lawyer": "---\ntitle: 강완구 변호사, 법무법인 대표 취임\n---\n"
              "강완구 변호사가 법무법인 대표에 취임했다고 법무법인이 3일 밝혔다.\n"
              "강 대표는 1945년 서울에서 태어나 1969년 서울대 법대를 졸업했다.\n"
              "1970년 사법시험에 합격한 뒤 판사로 일했다.\n",
    "memorial": "---\ntitle: 김영삼 전 대통령 서거 5주기 추모식\n---\n"
                "김영삼 전 대통령 서거 5주기 추모식이 22일 국립서울현충원에서 열렸다.\n"
                "추모식에는 유족과 정관계 인사 300여 명이 참석했다.\n"
                "김 전 대통령은 1927년 12월 20일 경남 거제에서 태어났다.\n"
                "그는 1993년 제14대 대통령에 취임했다.\n",
    "concert": "---\ntitle: 가수 김민수, 데뷔 30주년 기념 공연\n---\n"
               "가수 김민수가 다음 달 5일 서울 올림픽공원에서 데뷔 30주년 기념 공연을 연다고 소속사가 14일 밝혔다.\n"
               "김민수(1971년 3월 2일~)는 1994년 1집 '바람'으로 데뷔했다.\n"
               "이번 공연에는 후배 가수들이 게스트로 참여한다.\n",
}


@pytest.mark.parametrize("article, question, expected, underlined", [
    # 출생연도: 연도 only says a year is wanted; the article need not write it for its 출생
    # (태어나) to count (these were refused as not about the birth).
    ("lawyer", "강완구 출생연도는?", "1945년 서울에서 태어나", False),
    ("lawyer", "강완구의 출생연도는?", "1945년 서울에서 태어나", False),
    # 출생일은?: Kiwi cuts 일 off 출생일, and 일 on its own is as often work (무슨 일); written onto
    # the act's noun at the end of a question it asks for the act's date, with its day.
    ("memorial", "김영삼의 출생일은?", "1927년 12월 20일", True),
    # 김민수(1971년 3월 2일~): news and encyclopaedias give a birth so, with no word of it (these
    # were refused, or the lead quoted).
    ("concert", "김민수 생년월일", "1971년 3월 2일", False),
    ("concert", "김민수의 출생일은?", "1971년 3월 2일", False),
    ("concert", "김민수 생일 언제야?", "1971년 3월 2일", False),
])
def test_a_birth_is_quoted_however_it_is_asked_and_written(among_others, article, question, expected, underlined):
    r = among_others({f"{article}.txt": _BIRTHS[article]})
    result = top(r, question)
    assert expected in result.excerpt.text
    if underlined:
        assert marked(result) == expected


def test_a_child_asked_as_aii_is_the_articles_yeoa_or_adong(among_others):
    # 아이 is how a chat says child; news writes 여아, 아동, 어린이: an article that never says 아이
    # still answers how old the child was (it was refused as not about a child).
    r = among_others({
        "rescue.txt": "---\ntitle: 계곡에 빠진 여아 구조\n---\n"
            "23일 오후 가평군의 한 계곡에서 물에 빠진 7세 여아가 주변 피서객에게 구조됐다.\n"
            "여아는 인근 병원으로 옮겨졌으며 생명에는 지장이 없는 것으로 알려졌다.\n"
            "경찰은 정확한 사고 경위를 조사하고 있다.\n",
    })
    assert marked(top(r, "가평 계곡 빠진 아이 몇 살이야?")) == "7세"


def test_gigabytes_asked_as_gi_ga_are_the_articles_gb(among_others):
    # 몇 기가: a phone's memory is written 8GB; asked in words, the symbol answers (it was refused
    # as holding no amount in the asked unit).
    r = among_others({
        "phone.txt": "---\ntitle: 삼성, 보급형 스마트폰 갤럭시 A54 출시\n---\n"
            "삼성전자가 보급형 스마트폰 갤럭시 A54를 24일 국내에 출시한다고 밝혔다.\n"
            "갤럭시 A54는 8GB 램과 256GB 저장공간을 갖췄다.\n"
            "출고가는 59만9500원이다.\n",
    })
    assert "8GB 램" in top(r, "갤럭시 A54 램 몇 기가야?").excerpt.text


@pytest.mark.parametrize("question", ["배우 김철수 자녀 몇 명이야?", "김철수 자식 몇 명 있어?"])
def test_children_counted_as_one_son_two_daughters_answer_how_many(among_others, question):
    # 슬하에 1남 2녀: news counts children by sons and daughters and never writes 자녀 beside them;
    # the count answers 몇 명 and says the children (it was refused as holding no count).
    r = among_others({
        "obituary.txt": "---\ntitle: 원로 배우 김철수 별세\n---\n"
            "원로 배우 김철수 씨가 지병으로 27일 별세했다. 향년 88세.\n"
            "1960년 영화 '바다'로 데뷔한 고인은 200여 편의 영화에 출연했다.\n"
            "유족으로는 부인과 슬하에 1남 2녀가 있다.\n"
            "빈소는 서울아산병원 장례식장에 마련됐다.\n",
    })
    assert "1남 2녀" in top(r, question).excerpt.text


@pytest.mark.parametrize("question, expected", [
    ("총격 용의자 몇 년형 받았어?", None),  # the article tells when he was jailed before, not a term
    ("방화범 징역 몇 년 받았어?", "징역 12년"),
])
def test_a_prison_term_is_years_served_never_a_year_of_the_calendar(among_others, question, expected):
    # 몇 년형, 징역 몇 년: 2021년에도 수감됐다 says when, not for how long; a term answers.
    r = among_others({
        "shooting.txt": "---\ntitle: 파리 쿠르드족 거주지 총격 사건\n---\n"
            "파리의 쿠르드족 거주 지역에서 69살 남성이 총기를 난사해 세 명이 숨졌다.\n"
            "현장에서 체포된 용의자는 2021년에도 이주민을 공격해 수감됐다가 최근 풀려났다.\n"
            "경찰은 범행 동기를 조사하고 있다.\n",
        "arson.txt": "---\ntitle: 숭례문 방화범 항소 기각\n---\n"
            "서울고법은 숭례문에 불을 지른 방화범의 항소를 기각했다.\n"
            "재판부는 1심과 같이 방화범에게 징역 12년을 선고했다.\n",
    })
    answer = r.search(question, k=3)
    if expected is None:
        assert answer.results == ()
    else:
        assert expected in top(r, question).excerpt.text


_DAILY_COUNTS = {
    "count21.txt": "---\ntitle: 신규 확진 892명, 누적 5만명 돌파\npublished: 2020-12-21\n---\n"
        "중대본은 국내에서 확진자가 892명 확인됐다고 밝혔다.\n"
        "20일 사망한 코로나19 확진자는 24명으로, 총 698명이 됐다.\n"
        "지역별로는 서울에서 327명, 경기도에서 237명이 발생했다.\n",
    "count23.txt": "---\ntitle: 신규 확진 다시 천명대\npublished: 2020-12-23\n---\n"
        "중앙방역대책본부는 12월 23일 0시 기준으로 신규 확진자가 1,092명이라고 밝혔다.\n"
        "지역별로는 서울 373명, 경기 310명, 부산 32명 등으로 전국 모든 시도에서 확진자가 나왔다.\n"
        "사망자는 17명으로 누적 사망자는 739명이다.\n",
}


@pytest.mark.parametrize("question, expected", [
    ("12월 20일 코로나 사망자 몇 명이었어?", "24명"),
    ("12월 23일 부산 확진자 몇 명이야?", "부산 32명"),
    ("12월 20일 부산 확진자 몇 명이야?", None),
])
def test_a_count_asked_of_a_day_comes_from_an_article_about_that_day(among_others, question, expected):
    # 12월 20일 asked: the article of the 23rd, which names only its own day, counts another day
    # (it quoted its 부산 32명 and its 사망자 17명); the one that says 20일 answers.
    answer = among_others(_DAILY_COUNTS).search(question, k=3)
    if expected is None:
        assert answer.results == (), answer.results[0].excerpt.text
    else:
        assert expected in answer.results[0].excerpt.text


def test_which_school_is_answered_by_a_name_glued_onto_the_word_school(among_others):
    # 어느 학교: Kiwi reads 교통대학교 as 교통 + 대학교, two common nouns, so it was no name and the
    # sentence that repeats 학생 and 투입 without naming a school was quoted.
    r = among_others({
        "strike.txt": "---\ntitle: 철도 파업에 대학생 대체인력 투입 논란\n---\n"
            "철도공사의 무리한 대체인력 투입이 사고를 불렀다. "
            "교통대학교 1학년 학생이 파업 중인 노조원을 대체하다 조작 미숙으로 70대 승객 이 모씨가 다쳤다.\n"
            "코레일은 대체인력에 대학 재학생이 포함됐다는 우려에 \"승무원 인력이라 문제 없다\"고 일축했다.\n"
            "대학은 학생에게 실습학점을 주기로 하고, 5~7일 코레일에게 업무 교육을 받게 한 뒤 대체 인력으로 투입한 것으로 알려졌다.\n"
            "한편 교통대는 학생들을 전원 철수시키기로 결정했다.\n",
    })
    result = top(r, "코레일 대체인력으로 투입된 학생 어느 학교야?")
    assert "교통대학교" in result.excerpt.text


def test_a_grandmother_is_the_articles_woman_of_her_age(among_others):
    # 할머니 is how a chat says an old woman; news writes 84세 여성 and never 할머니: the sentence with
    # her age lost to the one with the driver's (41) that repeats 사고 and 숨지다.
    r = among_others({
        "subway.txt": "---\ntitle: 코레일, 대체인력 쓰다 사망사고\n---\n"
            "철도공사의 무리한 대체인력 투입이 화를 불렀다. "
            "교통대학교 1학년 학생이 파업 중인 노조원을 대체하다 조작 미숙으로 84세 여성 김 모씨(여)가 사망했다. "
            "코레일은 대학생은 \"문 개폐만 맡을 것\"이라고 했지만, 차장은 그 외에도 관제와 무선교신도 하고, 안내방송도 맡는다.\n"
            "경찰에 따르면, 김씨가 4호선 정부과천청사역에서 열차에서 내리는데 문이 닫혔고, 사고를 목격한 신호수가 "
            "신호를 보냈지만, 기관사 오 모씨(41)는 눈치채지 못하고 출발해 김씨는 병원에 이송됐지만 끝내 숨졌다.\n"
            "코레일은 대체인력에 대학 재학생이 포함돼 있다는 우려에 대해 문제 없다며 일축한 것으로 알려졌다. "
            "철도노조는 대체인력 투입을 중지하라고 주장했다.\n",
    })
    assert "84세" in top(r, "코레일 대체인력 사고로 숨진 할머니 몇 살이야?").excerpt.text


def test_a_journal_is_named_after_the_word_for_one(among_others):
    # 어느 저널: the article says 국제 학술지 ‘에이씨에스 나노’; a name after 학술지 was only a plausible
    # name, and the sentence, which says 연구 성과 and not the question's 모방소자, was refused.
    r = among_others({
        "neuron.txt": "---\ntitle: 뇌처럼 작동하는 전자회로 개발\n---\n"
            "사람의 뇌 작동 방식과 닮은 전자회로 '신경세포 모방소자'를 국내 공동연구팀이 개발했다고 한국연구재단이 23일 밝혔다.\n"
            "연구진은 신경세포 모방소자로 사람의 손글씨를 인식하는 실험을 했는데, 인식 정확도는 80% 정도라고 밝혔다.\n"
            "연구 성과는 국제 학술지 ‘에이씨에스 나노’(ACS Nano) 지난달 21일 자에 실렸다.\n",
    })
    assert marked(top(r, "신경세포 모방소자 논문 어느 저널에 실렸어?")) == "에이씨에스 나노"


# A short science report: a time told from another, and a journal named with no word for one.
FROG = {
    "frog.txt": "---\ntitle: 완벽히 구축되기 전에도 뇌는 기능한다.\n---\n"
        "미국 터프츠대 연구팀은 개구리를 대상으로 한 뇌의 실험을 통해, 뇌가 완벽히 구축되기 전에도 근육과 신경 "
        "발달에 영향을 주고, 발달 장애의 원인으로부터 개체를 보호한다는 사실을 밝혀 내었다. 연구팀은 "
        "개구리(Xenopus) 배아가 독립적으로 활동하기 전인 27.5시간 뒤에 뇌를 제거하여, 그 발달 경과를 "
        "살펴보았더니 매우 기형적인 모습을 보였다고 그들의 논문에서 밝힌 것이다. 개구리의 메커니즘이 인간과 "
        "유사하다는 점을 고려하면, 인간의 인지 능력과 신경 가소성을 더 많이 이해하고, 복잡한 신체 재생과 "
        "생체공학적 복원 기술에 한 발자국 전진할 수 있을 것으로 보인다. 이 내용은 ‘네이처 "
        "커뮤니케이션즈’(Nature Communications) 25일자에 발표됐다.\n",
}


def test_the_day_a_question_points_back_to_is_no_word_to_find(among_others):
    # 그날: the day of the report the reader has in mind, which the briefing never writes; it had
    # counted as a word the article must hold, and the question was refused.
    r = among_others({
        "briefing.txt": "---\ntitle: 2014년 8월 27일 뉴스브리핑\n---\n"
            "2014년 8월 27일 뉴스브리핑 시작합니다. 세월호 참사 134일째입니다. 김영오씨는 자신에 대한 허위 사실을 "
            "유포한 언론사를 상대로 소송을 제기하면서 자신에 대한 논란에 대해 강력하게 대처하는 모습입니다. 박근혜 "
            "대통령은 오늘도 청운효자동 주민센터 부근에서 집회중인 유가족의 \"응답\"은 무시한채, 뮤지컬을 "
            "관람했습니다. 심층진단은 1주일에 한 번, 매주 토요일로 일정을 조정합니다.\n",
        # Another report that does write 그날, so that the index knows the word.
        "memorial.txt": "---\ntitle: 참사 10주기 추모식\n---\n"
            "유가족들은 그날의 기억을 잊지 않겠다며 추모식에 참석했다.\n",
    })
    assert "뮤지컬을" in top(r, "박근혜 대통령 그날 뭐 관람했어?").excerpt.text


def test_a_time_told_from_another_answers_when(among_others):
    # 27.5시간 뒤에 뇌를 제거하여: when, though no date; the sentence with a date (25일자) tells
    # when the paper came out.
    assert marked(top(among_others(FROG), "개구리 배아 뇌 언제 제거했어?")) == "27.5시간 뒤"


def test_a_journal_is_named_where_the_paper_is_said_to_appear_in_it(among_others):
    # No word for a journal: ‘네이처 커뮤니케이션즈’ … 25일자에 발표됐다 names the one it appeared in.
    # Sentences before repeat more of the question (개구리, 뇌, 논문), and the other article names
    # a journal for another study of brains.
    r = among_others({
        **FROG,
        "neuron.txt": "---\ntitle: 뇌처럼 작동하는 전자회로 개발\n---\n"
            "사람의 뇌 작동 방식과 닮은 전자회로를 국내 공동연구팀이 개발했다.\n"
            "연구 성과는 국제 학술지 ‘에이씨에스 나노’(ACS Nano) 지난달 21일 자에 실렸다.\n",
    })
    result = top(r, "개구리 뇌 연구 어느 저널에 실렸어?")
    assert result.article.path == "frog.txt"
    assert "네이처 커뮤니케이션즈" in result.excerpt.text


def test_a_company_is_named_after_the_word_for_what_it_is(among_others):
    # 모바일 게임사 코코네가: which company, though the name never says 회사; 카카오톡 and 애플 앱스토어
    # are names in the same sentence.
    r = among_others({
        "minihome.txt": "---\ntitle: 카카오톡에 아바타가 도입된다면?\n---\n"
            "10월 15일, 모바일 게임사 코코네가 카카오톡 연계 앱 ‘미니홈’을 이르면 이날 저녁 혹은 오는 16일 오전 애플 "
            "앱스토어에 출시할 것이라고 밝혔다.\n"
            "기존의 카카오톡 프로필은 닉네임과 짧은 한마디만을 실을 수 있었다.\n",
    })
    assert marked(top(r, "미니홈 만든 회사 어디야?")) == "코코네"


def test_worth_asked_as_eolmaeochi_is_a_sum_of_money(among_others):
    # 얼마어치: Kiwi reads 얼마 + 어치, and 어치 stood as the word asked about, which no article writes
    # beside its sum: every article was refused as not about it.
    r = among_others({
        "fake.txt": "---\ntitle: 역대 최대 규모 위조지폐범 구속\n---\n"
            "서울 종암경찰서는 역대 최대 규모의 위조지폐를 만들어 유통시킨 혐의로 20대 두 명을 구속했다고 밝혔다.\n"
            "이들은 4월부터 3개월간 5만원권 위조지폐 5552장(2억 7760만원 규모)을 만들어 유통시킨 혐의를 받고 있다.\n",
    })
    assert "2억 7760만원" in top(r, "위조지폐 총 얼마어치였어?").excerpt.text


@pytest.mark.parametrize("question, expected", [
    ("2011 수능 언제 봐?", "11월 18일"),
    ("국정원 직원이 삼성에 넘긴 정보 뭐야?", "의결권"),
])
def test_a_short_name_is_found_where_the_article_writes_it_out(among_others, question, expected):
    # 수능 is 대학수학능력시험 written short (국정원 국가정보원): the sentence that writes the name out
    # holds the word asked about, though no term of it.
    r = among_others({
        "exam.txt": "---\ntitle: 교과부, 2011수능 부정행위 예방대책 발표\n---\n"
            "오는 11월 18일 목요일에 실시되는 2011학년도 대학수학능력시험을 앞두고 교육과학기술부가 20일 부정행위 예방 대책을 발표했다.\n"
            "대책에 따르면 휴대전화, MP3, 전자사전 등 모든 전자기기의 시험장 반입이 금지된다.\n"
            "또 교과부는 25일부터 수능 부정행위 신고 센터를 운영하기로 했다.\n",
        "nis.txt": "---\ntitle: 삼성, 국정원 직원에게 합병 정보 받았다\n---\n"
            "국가정보원 직원이 국민연금공단의 의결권 행사와 관련한 내부 정보를 삼성그룹 미래전략실에 전달한 것으로 드러났다.\n"
            "국민연금은 합병안 통과를 좌우할 수 있는 삼성물산의 최대 단일 주주였다.\n"
            "국정원은 해당 정보관이 내부 정보를 전달하지 않았다는 입장을 밝혔다.\n",
    })
    assert expected in top(r, question).excerpt.text


def test_years_asked_as_a_length_of_time_are_never_a_year_of_the_calendar(among_others):
    # 몇 년 동안: 1918년 생으로 is when he was born; it was underlined in the sentence that says 27년간
    # (which is not, with no question word beside it: only a phrase by the question's words is).
    r = among_others({
        "mandela.txt": "---\ntitle: 넬슨 만델라 타계\n---\n"
            "남아공 최초의 흑인 대통령 넬슨 만델라 전 대통령이 향년 95세의 나이로 타계했다.\n"
            "넬슨 만델라 전 대통령은 1918년 생으로 인종차별 정책에 맞서 투쟁하다 27년간 수감됐다.\n"
            "이후 석방된 그는 1994년 남아공의 첫 흑인 대통령이 됐다.\n",
    })
    result = top(r, "만델라 몇 년 동안 감옥에 있었어?")
    assert "27년간" in result.excerpt.text and marked(result) != "1918년"


def test_an_age_in_brackets_before_a_comma_answers_how_old(among_others):
    # 한상대(53, 사법연수원 13기): the comma after 53 was read as a thousands separator, so no age was
    # found and the article was refused as holding none.
    r = among_others({
        "prosecutor.txt": "---\ntitle: 검찰총장 한상대, 퇴진하다\n---\n"
            "한상대(53, 사법연수원 13기) 검찰총장이 사퇴했다.\n"
            "이명박 대통령은 한상대 총장이 낸 사표를 수리한 것으로 알려졌다.\n"
            "한상대 총장이 사퇴함으로써 검찰총장 자리는 공석이 된다.\n",
    })
    assert marked(top(r, "한상대 검찰총장 몇 살이야?")) == "53"


_INTERVIEW = ("---\ntitle: 문재인 대통령 \"헌법에 광주 민주화 운동 넣겠다\"\n---\n"
              "문재인 대통령이 17일 광주MBC 《문재인 대통령의 오일팔》 프로그램에 출연해 518 광주 민주화 운동 기념 인터뷰를 했다.\n"
              "문재인 대통령은 518 광주 민주화운동을 헌법에 담겠다고도 했다.\n")


@pytest.mark.parametrize("extra, expected", [
    ("", None),
    ("이날 인터뷰 진행자는 김철수 기자였다.\n", "김철수"),
])
def test_who_had_a_part_is_answered_only_by_an_article_that_names_the_part(among_others, extra, expected):
    # 인터뷰 진행자 누구야: the article that never says 진행자 was quoted for its lead, which names
    # only the president and the programme (it repeats every other word of the question).
    r = among_others({"interview.txt": _INTERVIEW + extra})
    answer = r.search("문재인 오일팔 인터뷰 진행자 누구야?", k=3)
    if expected is None:
        assert answer.results == () and answer.reason_code == "topic_missing"
    else:
        assert expected in answer.results[0].excerpt.text


_BILL = ("---\ntitle: '길거리 금연 의무화' 법안 발의에 흡연자 반발\n---\n"
         "금연 거리를 자치단체마다 만들도록 의무화하는 법안이 국회에 발의돼 찬반 논란이 거세질 전망이다.\n"
         "개정안이 국회를 통과되면 지금까지 길거리를 금연구역으로 지정하지 않았던 자치단체도 금연 거리를 지정해야 한다.\n"
         "흡연자 단체는 법안이 국회를 통과할 경우 헌법소원을 내겠다고 밝혔다.\n")


@pytest.mark.parametrize("question", ["길거리 금연 법안 국회 통과됐어?", "길거리 금연 법안 국회 통과 언제 됐어?"])
def test_an_act_told_only_as_if_it_happened_does_not_say_it_happened(among_others, question):
    # 통과되면, 통과할 경우: the bill was proposed, not passed; its conditional was quoted as though
    # it answered whether and when it passed. (Asked when, the act is the word right before 언제:
    # every focus word of a when-question cost KorQuAD a hit and a news quote, as 폐지 시도
    # 언제부터 asks of the 시도, not of the 폐지.)
    answer = among_others({"bill.txt": _BILL}).search(question, k=3)
    assert answer.results == () and answer.reason_code == "words_missing", answer.results


def test_a_word_the_articles_write_only_inside_a_longer_one_is_not_taken_for_a_slip(among_others):
    # 진원 is written only as 진원지 here; as a word no article has, it was read as a slip for 지원,
    # and the depth was quoted from the sentence of another earthquake's 31km.
    r = among_others({
        "quake.txt": "---\ntitle: 백두산과 인접한 중국 훈춘에서 지진 발생\n---\n"
            "8일 오전 7시 34분 중국 옌볜 조선족 자치주 훈춘 인근에서 규모 5.6의 지진이 발생했다.\n"
            "진원지는 북위 43도, 동경 131.1도, 지하 131km 지점으로 깊어서 현지에서 진동을 거의 느끼지 못했다.\n"
            "훈춘에서는 2009년 규모 5.3의 지진이 발생했고, 2010년에는 러시아 슬라뱐카 남쪽 31km 지점에서 규모 6.7의 지진이 발생했다.\n",
        "aid.txt": "---\ntitle: 정부, 피해 주민 지원 대책 발표\n---\n"
            "정부는 피해 주민에게 생활 지원금을 주기로 했다.\n",
    })
    assert "지하 131km" in top(r, "훈춘 지진 진원 깊이 얼마야?").excerpt.text


def test_the_hour_asked_for_comes_from_the_sentence_that_tells_it_whatever_its_words(among_others):
    # The sentence with the hour names the place and the train, not 신칸센 or 사고: it was never
    # checked for a time, and the quote was a sentence about the line that says neither.
    r = among_others({
        "train.txt": "---\ntitle: 야마가타 신칸센 건널목 사고, 1명 사망\n---\n"
            "29일 오전 9시 35분 경, 야마가타 현 다카하타 역에서 아카유 역 구간 건널목에서 쓰바사 123호가 승용차와 충돌하였다.\n"
            "이 사고로 승용차에 타고 있던 한 명이 사망하였다.\n"
            "이번 사고로 야마가타 신칸센과 오우 본선을 주행하는 재래선이 영향을 받았다.\n"
            "사고가 난 구간은 재래선 구간이라 신칸센은 130km/h로 주행하고 있었다.\n",
    })
    assert "오전 9시 35분" in top(r, "야마가타 신칸센 사고 몇 시에 났어?").excerpt.text


_WELFARE = ("---\ntitle: 복지관 \"1번만 찍으세요\" 안내에 \"선거법 위반\"\n---\n"
            "서울 강남구 A복지관은 소속 장애인들에게 '4월 15일은 투표하는 날'이라는 제목의 선거 안내서를 보냈다.\n"
            "안내서의 '기표소에 들어가서 도장을 1번만 찍으세요'라는 문구에 논란이 일었다.\n"
            "곽상도 의원은 그 문구가 선거법 위반이라며 검찰에 고발하기로 했다.\n")


_U17_FINAL = ("---\ntitle: 대한민국 대표팀, 2010년 FIFA U-17 여자 월드컵 우승\n---\n"
              "트리니다드 토바고에서 열린 2010년 FIFA U-17 여자 월드컵에서 대한민국이 우승하였다.\n"
              "대한민국 대표팀은 결승전에서 일본과 3-3으로 비긴 뒤 승부차기 끝에 5-4로 이겼다.\n"
              "대회 MVP와 득점왕은 여민지 선수가 수상하였다.\n")


_SUDDEN = ("---\ntitle: 국토해양부, 자동차 급발진 문제에 대한 1차 조사결과 발표\n---\n"
           "국토해양부는 지난 5월부터 내·외부전문가와 시민단체대표 등으로 합동조사반을 구성해 급발진 사고의 원인을 조사해 왔다.\n"
           "국토해양부는 합동조사반이 최근의 급발진 사고 2건의 조사결과를 발표하였다고 밝혔다.\n"
           "대구 와룡시장 그랜저 차량은 사고기록장치(EDR)가 부착되어 있지 않아 CCTV와 엔진제어 장치(ECU)를 분석하였다.\n")


@pytest.mark.parametrize("article, question, extra, expected", [
    (_SUDDEN, "급발진 합동조사반 반장 누구야?", "", None),
    (_SUDDEN, "급발진 조사반장 누구야?", "", None),
    (_SUDDEN, "급발진 합동조사반 반장 누구야?", "합동조사반 반장을 맡은 김필수 교수는 \"운전자 과실로 보인다\"고 말했다.\n", "김필수"),
    (_WELFARE, "A복지관 관장 이름 뭐야?", "", None),
    (_WELFARE, "A복지관 관장 이름 뭐야?", "A복지관 김영희 관장은 \"숫자로 쓴 것은 한 번만 찍으라는 뜻\"이라고 해명했다.\n", "김영희"),
    (_U17_FINAL, "U-17 여자 월드컵 대표팀 감독 누구야?", "", None),
    (_U17_FINAL, "U-17 여자 월드컵 대표팀 감독 누구야?", "대표팀을 이끈 최덕주 감독은 \"선수들이 자랑스럽다\"고 말했다.\n", "최덕주"),
])
def test_the_head_of_an_institution_or_a_team_is_named_only_by_an_article_that_names_the_head(
        among_others, article, question, extra, expected):
    # 관장 이름 뭐야, 대표팀 감독 누구야, 조사반 반장 누구야: the lead, which names the welfare centre,
    # the team or the inquiry and no one who heads it, was quoted.
    r = among_others({"story.txt": article + extra})
    assert_refused_or_quoted(r.search(question, k=3), expected, reason="topic_missing")


_SONATA = ("---\ntitle: 현대 LF 쏘나타 출시\n---\n"
           "현대자동차가 7세대 쏘나타를 공식 출시했다.\n"
           "운전석 무릎 에어백을 포함해 총 7개의 에어백이 장착되었다.\n"
           "LF쏘나타의 판매 가격은 스마트 2,545만원, 프리미엄 2,860만원, 익스클루시브 2,990만원이다.\n")


@pytest.mark.parametrize("extra, expected", [
    ("", None),
    ("LF쏘나타 2.0 모델의 연비는 리터당 12.1km로 전작보다 나아졌다.\n", "12.1km"),
])
def test_mileage_is_answered_by_a_distance_per_litre_never_by_a_price(among_others, extra, expected):
    # 연비 얼마야 was read as asking a price (얼마 without a measure asks money), and the sentence
    # of prices was quoted for a car's mileage.
    r = among_others({"sonata.txt": _SONATA + extra})
    assert_refused_or_quoted(r.search("LF쏘나타 연비 얼마야?", k=3), expected)


def test_an_exchange_rate_is_answered_only_by_a_sum_of_money(among_others):
    # 환율 얼마: read as asking some amount, a sentence that names the exchange rate among other
    # worries beside a percentage was quoted as the rate.
    r = among_others({"power.txt": "---\ntitle: 전기요금 또 오르나\n---\n"
                      "정부는 \"환율과 유가 등 변수가 많아 인상 폭을 정하기 어렵다\"고 밝혔다.\n"
                      "전기요금은 지난해 두 차례에 걸쳐 모두 10% 올랐다.\n"})
    answer = r.search("원달러 환율 얼마까지 올랐어?", k=3)
    assert answer.results == () and answer.reason_code == "kind_missing"


def test_a_player_is_named_after_the_part_he_plays_for_the_team(among_others):
    # 주장 에마뉘엘 아데바요르: a name after a team's part (주장, 미드필더, 골키퍼) was only a plausible
    # person, and a sentence about the attackers, whose 주장하였다 matched 주장, was quoted.
    r = among_others({
        "togo.txt": "---\ntitle: 토고 축구 국가대표팀, 앙골라에서 피격\n---\n"
            "토고 축구 국가대표팀을 태운 버스가 카빈다를 지나던 도중 무장 괴한에게 피격당해 9명이 크게 부상하였다.\n"
            "카빈다에서 토고 대표팀을 공격한 괴한들은 기관총으로 총격을 가했으며, 반군단체인 카빈다해방전선은 이 사건이 자신들의 소행이라고 주장하였다.\n"
            "토고 대표팀의 미드필더 알라이시스 로마오는 대회에 참가하지 말아야 한다고 주장하였으며, 토고 대표팀의 주장 에마뉘엘 아데바요르는 안전이 보장되지 않는다면 떠날 것이라고 덧붙였다.\n",
    })
    assert marked(top(r, "토고 대표팀 주장 누구야?")) == "에마뉘엘 아데바요르"


_PHONE = ("---\ntitle: 삼성 갤럭시 S8 공개\n---\n"
          "삼성전자가 갤럭시 S8을 공개했다.\n"
          "갤럭시 S8에 설치된 전면 카메라는 전작과 동일한 화소수 및 기능을 지원한다.\n"
          "갤럭시 S8의 전면 카메라에는 자동 초점 기능이 설치됐다.\n"
          "갤럭시 S8 전면 카메라의 렌즈는 전작보다 밝다.\n"
          "갤럭시 S8의 후면 카메라에는 새 센서가 설치됐다.\n"
          "카메라 앱의 모양도 새로 바뀌었다.\n"
          "앞쪽 카메라는 800만 화소, 뒤쪽 카메라는 1,200만 화소다.\n")


def test_a_cameras_resolution_is_answered_in_pixels(among_others):
    # 화소수는 얼마인가: asked with 얼마 and no known measure, the sentence of pixels, which says
    # little else of the question, was not checked for an amount, and the one that repeats the
    # question without a number was refused.
    r = among_others({"phone.txt": _PHONE})
    assert "800만 화소" in top(r, "갤럭시 S8에 설치된 전면 카메라의 화소수는 얼마인가?").excerpt.text


_IPV4 = ("---\ntitle: 4일부터 IPv4 주소 할당 중지\n---\n"
         "인터넷 할당 번호 관리 기관인 IANA가 2월 4일부터 IPv4 주소를 할당하는 것을 중단한다고 밝혔다.\n"
         "IPv4는 32비트로 구성된 인터넷 프로토콜 주소로 최대 4,294,967,296개까지 만들 수 있어 주소가 부족하다는 문제가 제기되어 왔다.\n"
         "IPv6 전환에 대한 자세한 정보는 한국인터넷진흥원에서 얻을 수 있다.\n")


@pytest.mark.parametrize("question, expected", [
    ("IPv4 주소 최대 몇 개까지 만들 수 있어?", "4,294,967,296개"),
    ("IPv6 주소 몇 개까지 만들 수 있어?", None),
])
def test_a_count_of_another_version_does_not_answer_for_the_version_asked(among_others, question, expected):
    # IPv6 asked, the sentence that counts IPv4's addresses was quoted and its count marked: it
    # writes the asked name only with another number.
    r = among_others({"ipv4.txt": _IPV4})
    assert_refused_or_quoted(r.search(question, k=3), expected)


def test_a_large_sum_written_without_won_is_money(among_others):
    # 2500억이 들어갈 것: with no 원 after it, no amount of money was found, and the article was
    # refused as holding none.
    r = among_others({
        "dementia.txt": "---\ntitle: \"치매, 국가가 책임지겠다\"\n---\n"
            "문재인 대통령은 치매 환자 및 가족들과 만나 '치매국가책임제'를 올해 하반기부터 시작하겠다고 약속했다.\n"
            "치료비의 환자 본인 부담률을 10%로 낮추고, 현재 40여 개에 불과한 치매 지원센터를 250개로 크게 늘리겠다고 약속했다.\n"
            "경증 치매 환자도 요양등급을 받을 수 있도록 기준을 완화하겠다고 하였다.\n"
            "전국 보건소에 200여 개의 치매안심센터를 확충하고 치매 책임병원의 지원을 강화하는 등 지방비 포함 2500억이 들어갈 것으로 보고, "
            "추경 예산에도 일부가 반영되었다.\n"
            "하지만 관련 재원 마련이 쉽지 않아 보인다.\n",
    })
    assert "2500억" in top(r, "치매국가책임제에 돈 얼마 들어가?").excerpt.text


@pytest.mark.parametrize("question, expected", [
    ("울산 아파트 주민들 어디로 대피했어?", "옥상"),
    ("울산 아파트 부상자들 어디서 치료받았어?", "응급실"),
])
def test_a_place_without_a_name_is_the_noun_placed_right_before_the_act_asked_about(among_others, question, expected):
    # 옥상으로 대피하여: a roof is no proper noun, so no place was found in the sentence that says
    # where they fled, and the article was refused or another one quoted.
    r = among_others({
        "fire.txt": "---\ntitle: 화마가 집어삼킨 울산 남구의 아파트\n---\n"
            "8일 오후 11시 7분 경 울산의 주상복합 아르누보 아파트에서 화재 사건이 일어났다.\n"
            "화재는 12층에서 시작하여 33층 전체가 불타기 시작했다.\n"
            "빠져나오지 못한 주민들은 대부분 옥상으로 대피하여 구조를 기다렸다.\n"
            "연기를 마신 주민 90여 명은 인근 병원 응급실에서 치료를 받았다.\n",
    })
    assert marked(top(r, question)) == expected


_SUIT = ("---\ntitle: 서울대 교수, 성폭행 의혹 피하려다 해임 처분\n---\n"
         "서울대학교에서 교수로 재직하던 박씨는 수사를 회피하기 위해 일본으로 출국했다.\n"
         "서울대는 국가공무원법을 위반했다며 박씨를 해임 처분했고, 박씨는 해임처분 취소 소송을 냈다.")


@pytest.mark.parametrize("extra, expected", [
    ("\n", None),
    (" 재판부는 해임처분을 부당하다고 볼 수 없다며 원고 패소 판결했다.\n", "원고 패소"),
])
def test_how_a_lawsuit_turned_out_is_answered_by_the_courts_decision(among_others, extra, expected):
    # 소송 결과 어떻게 됐어: the sentence that says the suit was filed (소송을 냈다) repeats every word
    # of the question and was quoted as its outcome.
    r = among_others({"suit.txt": _SUIT + extra})
    assert_refused_or_quoted(r.search("서울대 교수 해임처분 취소 소송 결과 어떻게 됐어?", k=3), expected)


_RESIGNED = ("---\ntitle: 대한민국 검찰총장 한상대, 퇴진하다\n---\n"
             "검찰 개혁안을 둘러싼 내부 반발 끝에 한상대 검찰총장이 물러났다.\n"
             "한상대 총장은 2012년 11월 30일 오전 10시, 대검찰청 15층 회의실에서 \"검찰총장직을 사퇴하겠다\"고 말했다.\n"
             "이명박 대통령은 한상대 총장이 낸 사표를 수리한 것으로 알려졌다.\n")


@pytest.mark.parametrize("extra, expected", [
    ("", None),
    ("후임 검찰총장에는 채동욱 서울고검장이 내정됐다.\n", "채동욱"),
])
def test_who_came_after_someone_is_answered_only_by_a_quote_that_tells_of_the_post_taken(among_others, extra, expected):
    # 한상대 후임 검찰총장 누구야: the sentence saying the president accepted his resignation was
    # quoted and 이명박 marked, as if he had taken the post.
    r = among_others({"resigned.txt": _RESIGNED + extra})
    assert_refused_or_quoted(r.search("한상대 후임 검찰총장 누구야?", k=3), expected)


_KENZO = ("---\ntitle: '겐조' 설립한 디자이너 다카다 겐조 별세\n---\n"
          "2020년 10월 4일, 프랑스의 명품 브랜드 \"겐조\"를 창립한 일본계 프랑스인 디자이너 다카다 겐조가 "
          "뇌이쉬르센의 한 병원에서 별세했다는 부고가 전해졌다. 사인은 코로나바이러스감염증-19로 사망하였다. "
          "향년 81세였다.\n"
          "겐조는 파리의 패션에 \"동양적인 멋\"을 내세워 큰 호응을 얻었다. 남성 의류와 여성 의류 뿐만 아니라 "
          "향수를 담는 병까지 디자인을 했다.\n")


def test_an_amount_two_sentences_after_the_one_naming_the_event_is_quoted(among_others):
    # 다카다 겐조 몇 살에 별세했어: the lead names him and his death, the next sentence its cause, the
    # one after his age; the lead and its neighbour were quoted, held no age, and were refused.
    r = among_others({"kenzo.txt": _KENZO})
    assert "81세" in top(r, "다카다 겐조 몇 살에 별세했어?").excerpt.text


_COALITION = ("---\ntitle: 독일 기민당, 사민당과 대연정 합의\n---\n"
              "앙겔라 메르켈의 독일 기독민주당(기민당)이 중도 좌파 사회민주당(사민당)과의 대연정 구성에 합의했다고 27일 밝혔다.\n"
              "양 당은 전날 저녁부터 밤샘 협상을 한 결과, 새벽 5시경 대연정에 합의했다.\n"
              "사민당 당원이 연정을 승인하면 메르켈은 다음달 17일 또는 18일경 총리로 정식 취임한다.\n")


def test_a_scheduled_day_is_asked_by_its_date_not_as_a_word_the_article_must_hold(among_others):
    # 취임 예정일 언제였어: 예정일 only says a date is asked for, like 날짜; the article, which
    # writes "17일 또는 18일경 … 취임한다" and never 예정일, was refused as not about it (once
    # another article had made 예정일 a word the index knows).
    r = among_others({"coalition.txt": _COALITION,
                      "launch.txt": "---\ntitle: 신형 위성 발사 연기\n---\n"
                                    "발사 예정일은 기상 악화로 다음 주로 미뤄졌다.\n",
                      "europe.txt": "---\ntitle: 유럽 각국, 메르켈 총리에 축하\n---\n"
                                    "메르켈 총리의 정식 취임 소식에 유럽 각국 정상이 축하 인사를 보냈다.\n"})
    assert "17일 또는 18일경" in top(r, "메르켈 정식 취임 예정일 언제였어?").excerpt.text


_ROAD_NAMES = ("---\ntitle: 대한민국, 도로명주소 전면 시행\n---\n"
               "대한민국에서 도로명주소가 2014년 1월 1일부로 전면 시행됐다.\n"
               "내비게이션의 도로명주소 기능도 아직 불완전하다.\n"
               "현재 사용 중인 신분증을 도로명주소로 바꿀 필요는 없다. 재발급 시 도로명주소로 고쳐져 나오기 때문이다. "
               "그 전에 바꾸려면 읍·면·동 주민센터에서 도로명주소 스티커를 신청해 부착하면 된다.\n")


def test_an_office_named_by_what_it_is_answers_where_to_go(among_others):
    # 어디 가야 돼: 주민센터 is no proper noun, so no place was found in the sentence that says
    # where, and the article was refused as holding none.
    r = among_others({"roads.txt": _ROAD_NAMES})
    assert marked(top(r, "신분증 주소 미리 바꾸려면 어디 가야 돼?")) == "주민센터"


_FLATS = ("---\ntitle: 서울의 첫 아파트들\n---\n"
          "경성 미쿠니상사는 1930년 회현동에 직원들을 위한 관사를 지었다.\n"
          "이 회사는 1935년 더욱 진보된 건축 기술로 내자동에 또 하나의 관사를 짓는다. "
          "회현동 관사는 벽돌로 지었으나 이 아파트는 콘크리트 자재를 썼고 4층 높이에 외관도 현대식으로 설계됐다.\n")


def test_a_buildings_number_of_floors_is_asked_in_floors(among_others):
    # 층수 얼마: 얼마 without a measure asks money, and the sentence with 4층 높이 held none.
    r = among_others({"flats.txt": _FLATS})
    for question in ("1935년 내자동에 지어진 관사의 층수는 얼마인가?", "내자동 관사 층수 얼마야?"):
        assert "4층 높이" in top(r, question).excerpt.text


_ACTRESS = ("---\ntitle: 김민희\n---\n"
            "김민희는 1999년 청소년 드라마 《학교 2》에서 배우로 데뷔하였고, 이후 여러 영화에 출연했다.\n"
            "그리고 30대에 접어든 그녀는 미야케 미유키의 소설을 기반으로 한 2012년 영화 《화차》에서 "
            "늘 불안함에 사는 차경선 역을 연기했다. 이 작품으로 김민희는 영화계의 주목을 받기 시작했다.\n")


def test_a_year_asked_with_the_bound_noun_nyeondo_asks_when(among_others):
    # 개봉한 년도는?: Kiwi reads 년도 as a bound noun, and the question was taken to ask nothing in
    # particular: no year looked for, none underlined.
    r = among_others({"actress.txt": _ACTRESS})
    assert marked(top(r, "김민희가 출연한 영화 화차가 개봉한 년도는?")) == "2012년"


_DUMPING = ("---\ntitle: 폐기물 해양투기 금지된다\n---\n"
            "현재 해양투기가 가능한 분뇨와 분뇨오니는 2013년부터, 산업폐수와 폐수오니는 2014년부터 해양투기가 금지된다.\n"
            "대한민국은 해양투기제도 시행 첫 해인 1988년에 55만톤의 폐기물을 해양투기한 이래로 작년까지 "
            "총 1억2천만톤 이상의 폐기물을 대한민국 EEZ 경계에 위치한 3개의 지정해역에 투기하였다.\n")


def test_places_asked_as_gunde_are_counted_with_gae_too(among_others):
    # 몇 군데: the article counts the dumping zones as 3개의 지정해역, and no 곳 or 군데 was found.
    r = among_others({"dumping.txt": _DUMPING})
    assert marked(top(r, "해양투기 지정해역 몇 군데야?")) == "3개"


_DISSIDENT = ("---\ntitle: 중국의 민주주의 운동가, 류샤오보가 영원히 잠들다\n---\n"
              "중국의 대표적 민주주의 운동가인 류샤오보가 7월13일 사망하였다. 1955년 12월 길림성 장춘에서 태어난 그는 "
              "중국의 민주주의 운동을 이끈 대표적 지도자 중 한 사람이었다. 하지만 민주화 운동의 기여를 인정 받아 그는 "
              "2010년 노벨평화상을 수상하였다. 물론 수감 상태였기에 시상식에는 참석하지 못하였다. 류샤오보 간암말기 판정을 "
              "받고, 지난 6월에 가석방 되었으며, 해외에서 치료받기를 원하였으나 정부의 거부로 끝내 이루지 못하고, "
              "중국의대 부속 제1병원에서 세상을 떠나게 되었다.\n")


def test_an_illness_asked_for_is_named_by_its_common_noun(among_others):
    # 무슨 병: no proper noun or quoted name names 간암, and the lead (사망하였다) was quoted.
    r = among_others({"dissident.txt": _DISSIDENT})
    assert marked(top(r, "류샤오보 무슨 병이었어?")) == "간암"


UNSURE = "⚠️ 질문에 딱 맞는 답이 아닐 수 있어요."


def test_a_quote_that_passes_only_the_weakest_test_is_shown_as_maybe_not_the_answer(news):
    # No article here tells of 서울대's perovskite paper: the hydrogen study's journal passes only
    # as some of the question's words and a quoted name beside 실렸다, the least reliable way a
    # quote is let through (right for about two answers in three on KorQuAD): it is flagged, and
    # the flag is shown under the quote in Telegram and in the terminal.
    weak = top(news, "서울대 페로브스카이트 논문 어디 실렸어?")
    assert "네이처 에너지" in weak.excerpt.text and not weak.sure
    html, _ = answer_html((weak,), "", UNSURE)
    parse(html)
    assert f"</blockquote>\n<i>{UNSURE}</i>\n📰" in html
    assert UNSURE in result_plain(weak, unsure=UNSURE)
    assert weak.to_json()["sure"] is False
    # The quote that repeats the question's words and holds what it asks for carries no flag.
    sure = top(news, "구광모 회장이 사장단 워크숍에서 강조한 건?")
    assert sure.sure and "⚠️" not in answer_html((sure,), "", UNSURE)[0] and "⚠️" not in result_plain(sure, unsure=UNSURE)


_COUNT = ("---\ntitle: 대한민국에서 신규 확진자 1104명 발생\n---\n"
          "질병관리청 중앙방역대책본부는 12월 26일 0시 기준으로, 코로나19의 국내 발생 신규 확진자는 1,104명이 확인되었고, "
          "해외유입 사례는 28명이 확인되어 총 누적 확진자 수는 55,902명이라고 밝혔다.\n"
          "지역별로는 서울 457명, 경기 250명, 충남 61명, 인천 55명, 전북 37명이다.\n"
          "위중증 환자는 299명이며, 사망자는 20명으로 누적 사망자는 793명이다.\n"
          "대한민국에서 신규 확진자 1104명 발생.\n")


def test_an_amount_the_question_states_is_not_its_answer(among_others):
    # 확진자 1104명 나온 날 서울 확진자 몇 명: the closing line repeats the question's own 1104명,
    # which, an amount in the asked unit beside 확진자, was quoted instead of Seoul's count.
    r = among_others({"count.txt": _COUNT})
    quote = top(r, "확진자 1104명 나온 날 서울 확진자 몇 명이야?").excerpt.text
    assert "서울 457명" in quote and "1104명 발생" not in quote


_ACTOR = ("---\ntitle: 배우 김영애 별세\n---\n"
          "9일 오전 10시 58분 배우 김영애가 향년 66세로 인생을 마감했다. 2012년 드라마 '해를 품은 달' 당시 췌장암 "
          "진단을 받고 수술을 했지만, 건강이 악화되어 결국 췌장암 합병증으로 숨을 거둔 것이다. 김영애 씨는 투병 중에도 "
          "배우로서 작품 활동에 힘을 쏟았다.\n"
          "4월 11일 오전 서울 서대문구 신촌세브란스병원 장례식장에서 김영애 씨는 발인식을 엄수했다.\n"
          "고 김영애 씨는 1951년생으로, 1971년 MBC 3기 공채 탤런트 출신이다.\n")


def test_the_one_sentence_naming_an_illness_answers_what_someone_died_of(among_others):
    # 김영애 무슨 병으로 숨졌어: the illness is told in a sentence that names neither her nor 병, and
    # the funeral's (신촌세브란스병원, beside her name) was quoted.
    r = among_others({"actor.txt": _ACTOR})
    assert "췌장암" in top(r, "김영애 무슨 병으로 숨졌어?").excerpt.text


_MATCH = ("---\ntitle: 스웨덴, 2014월드컵 유럽예선 독일과 극적인 무승부\n---\n"
          "10월 17일 (한국 시각), 스웨덴 축구 국가대표팀이 베를린에서 열린 2014월드컵 유럽 지역 예선 독일과의 경기에서 "
          "0-4로 패색이 짙던 경기를 4-4로 만들며 극적인 무승부를 이뤄 승점 1점을 얻었다.\n"
          "경기 종료 직전, 라스무스 엘름이 동점골을 성공시켰고 바로 경기가 종료되어 무승부로 경기가 끝났다.\n")


def test_a_match_asked_as_teamjeon_is_the_game_against_that_team(among_others):
    # 스웨덴 독일전: the article writes 독일과의 경기, never 독일전, and 독일전 was a word the
    # article had to hold whole: the question was refused as about nothing the article tells.
    r = among_others({"match.txt": _MATCH})
    assert marked(top(r, "스웨덴 독일전 어디서 열렸어?")) == "베를린"


_GUARD = ("---\ntitle: 갑질로 사망한 경비원 유가족, 가해자에 손해배상소송 청구\n---\n"
          "갑질로 사망한 경비원 최희석씨의 유가족이 갑질 가해자에게 손해배상소송을 청구했다.\n"
          "법률대리인 측은 최희석씨의 사망으로 두 딸이 받은 정신적 고통에 대해 각각 2500만원 총 1억원을 청구했다.\n")


def test_someone_named_by_their_work_is_a_person_asked_for(among_others):
    # 경비원 이름 뭐야: a guard is a person, and the name by his work is the answer to mark (the
    # question was read as asking for the name of a thing, and nothing was marked).
    r = among_others({"guard.txt": _GUARD})
    assert marked(top(r, "갑질로 숨진 경비원 이름 뭐야?")) == "최희석"


_PASSWORDS = ("---\ntitle: 최악의 비밀번호는 ‘password’로 밝혀져\n---\n"
              "최악의 비밀번호는‘password’로 밝혀졌다.\n"
              "비밀번호 관리 애플리케이션 ‘스플래시데이터’(SplashData)가 올해의 ‘최악의 비밀번호’를 선정했다. 순위권에 든 "
              "것들을 간략하게 제시해보자면, password, 123456, 12345678, abc123, qwerty.. 순이다.\n")
_PORTAL_LEAK = ("---\ntitle: 포털 사용자 정보 유출\n---\n"
         "이번 유출을 통해 사용자의 이름과 계정명, 비밀번호 등 총 10개의 정보가 유출된 것으로 파악된다.\n")


def test_a_rank_asked_is_not_the_number_of_a_name(among_others):
    # 비밀번호 1위: 1 was read as part of a name (아이폰 16), and an article that never writes 1 was
    # refused as about another model of it; 위, 명, 대 after a number count or rank.
    r = among_others({"passwords.txt": _PASSWORDS, "leak.txt": _PORTAL_LEAK})
    assert top(r, "최악의 비밀번호 1위 뭐야?").article.title.startswith("최악의 비밀번호")


_UFO = ("---\ntitle: 중화인민공화국 상공에 UFO 출현해 공항 1시간 폐쇄\n---\n"
        "중화인민공화국 상공에 UFO(미확인 비행물체)가 나타나 1시간 가량 공항이 폐쇄되는 사건이 발생하였다.\n"
        "지난 5일(현지 시간) 영국 타블로이드 일간지 '더 선'(The sun)에서 중화인민공화국 내몽골 자치구 상공에 타원형 UFO가 "
        "나타나 공항을 일시적으로 폐쇄했다고 보도하였다.\n"
        "이어, '더 선'은 'UFO가 바오터우 공항에서 동쪽으로 약 4km 지점 상공에서 발견돼 여객기와의 충돌을 막기 위해 공항 "
        "당국이 공항을 임시 폐쇄하였으며, 세 편의 여객기가 인근 공항으로 기수를 돌렸다.'라고 밝혔다.\n")


def test_a_name_ending_in_the_word_asked_for_is_the_name_asked(among_others):
    # 공항 이름 뭐야: 바오터우 공항 is an airport's name; every proper noun was only plausibly the
    # name asked for, and the lead, which says 공항 without naming one, was quoted.
    r = among_others({"ufo.txt": _UFO})
    assert marked(top(r, "UFO 나타난 공항 이름 뭐야?")) == "바오터우 공항"


_SEA = ("---\ntitle: 10월, ‘해양충돌’ 사고를 조심하세요!\n---\n"
        "대한민국 국토해양부의 중앙해양안전심판원은 21일 ‘10월 해양안전예보’를 통해 충돌사고로 인한 인명피해를 예방할 "
        "것을 당부했다. 중앙해양안전심판원은 지난 5년간 10월 중 해양사고가 총 335건(430척)으로 9월에 이어 두 번째로 "
        "많이 발생하였으며, 그로 인한 인명피해가 114명에 달한다고 보도자료를 통해 밝혔다.\n"
        "보도자료에 따르면, 5년간 10월 중 인명피해 : 총 114명(사망·실종 39명, 부상 75명) ⇒ ▲충돌 76명(66.7%) "
        "▲인명사상 18명(15.8%) ▲전복·침몰 각 6명(각각 5.3%)이라고 밝혔다. 이에 중앙해양안전심판원은 10월의 안전운항 "
        "실천구호를 “상선 및 일반선박은 입출항 시, 어선은 조업 중 항해당직 철저로 충돌사고를 예방합시다!”로 정하고, "
        "해양·수산종사자의 참여가 필요하다고 밝혔다.\n")
_MARKET = ("---\ntitle: 코로나19로 전통시장 매출 급감\n---\n"
           "소상공인시장진흥공단이 조사한 매출액 감소 비율에 따르면 3월 중순 전통시장 매출은 코로나19 이전보다 64.8% "
           "감소했다.\n")


@pytest.mark.parametrize("question, expected", [
    ("10월 해양사고 선박 피해액 얼마야?", None),  # counts of people and their shares, no sum
    ("3월 중순 전통시장 매출 얼마나 줄었어?", "64.8%"),  # a change in a sum, told as a share
])
def test_a_sum_of_money_is_not_answered_by_a_quote_without_one(among_others, question, expected):
    # The quote repeated every word of the question (10월 해양사고 선박) and was taken as the
    # answer, with no sum of money anywhere in it.
    r = among_others({"sea.txt": _SEA, "market.txt": _MARKET})
    assert_refused_or_quoted(r.search(question, k=3), expected)


_COLD = ("---\ntitle: 대한민국 서울특별시, “27년만에 한파”\n---\n"
         "2013년 1월 3일, 대한민국 서울특별시의 아침 기온은 영하 16.4도로 27년만에 가장 추운 것으로 나타났다. 이는 1986년 1월 "
         "6일 영하 16.9도를 기록한 이후 1월 상순 기온 기록에서는 27년만에 가장 낮은 기온이다. 이 날 서울특별시의 체감온도는 "
         "바람으로 인해 영하 23도까지 떨어졌다.\n")
_WAGE = ("---\ntitle: 최저임금 결정 규탄 집회\n---\n"
         "노동자들은 서울 도심에서 2023년 최저임금 결정을 규탄하는 집회를 열었다.\n")


def test_the_lowest_is_asked_of_the_word_after_it_as_the_highest_is(among_others):
    # 최저 기온: the article says 가장 낮은 기온, and 최저 was a word it had to hold (최고, 최대 and
    # 최소 never were): the rally on 최저임금 was quoted instead.
    r = among_others({"cold.txt": _COLD, "wage.txt": _WAGE})
    assert "1986년 1월 6일" in top(r, "27년 전 서울 최저 기온 언제야?").excerpt.text


def test_how_much_an_act_that_lasts_went_on_is_a_length_of_time(among_others):
    # 얼마나 폐쇄됐어 asks how long: any amount was taken (약 4km, 세 편), and the sentence with
    # more of the question's words was quoted instead of 1시간 가량.
    r = among_others({"ufo.txt": _UFO})
    assert marked(top(r, "UFO 때문에 공항 얼마나 폐쇄됐어?")) == "1시간"


_CULL = ("---\ntitle: 구제역 매몰 가축 100만마리 넘어서\n---\n"
         "지난 2010년 11월 구제역이 처음 발생한 이후 40여일만인 1월 7일 매몰 또는 살처분된 가축이 100만마리를 넘어섰다.\n"
         "살처분 지역도 8개 시·도, 58개 시·군에 3,000곳이 넘는다. 이렇게 피해 규모가 커지자, 산림청도 국유림을 매몰 "
         "지역으로 제공하겠다고 밝혔다.\n")


def test_a_public_body_answers_which_place_did_something(among_others):
    # 한 곳 어디야 asks which body: 산림청 is one by the word for what it is (청), and with no place
    # named in the quote the question was refused.
    r = among_others({"cull.txt": _CULL})
    assert "산림청" in top(r, "매몰지로 국유림 내준다고 한 곳 어디야?").excerpt.text


def test_a_noun_is_not_read_as_the_verb_suffix_of_the_word_before_it(among_others):
    # 매몰 돼지: Kiwi read 돼지 as 되 + 어 + 지 of 매몰되다, across the space, and the pigs were not
    # among the words searched, weighed or set in bold.
    r = among_others({"cull.txt": _CULL.replace("\n살처분", " 1월 7일 현재 돼지가 469개 농가에서 974,469 마리이다.\n살처분")})
    result = top(r, "구제역 매몰 돼지 몇 마리야?")
    assert "974,469 마리" in result.excerpt.text and "돼지" in bold(result)


_LEAFLETS = ("---\ntitle: 송파을 선거구에서 불법인쇄물 배포 사건 일어나\n---\n"
             "4월 13일 새벽 송파구 을 선거구 채현 후보측 선거운동원들이 김영순 후보의 비리 의혹을 보도한 기사를 인쇄해 "
             "배포하다가 송파경찰서에 검거됐다.\n"
             "공직선거법은 선거에 영향을 미칠 목적으로 후보자의 이름이 들어간 인쇄물을 배포하는 것을 금하고 있다.\n")


def test_everyday_verbs_count_as_the_nouns_news_reports_the_act_with(among_others):
    # 뿌린 사람들 어디서 잡혔어: the article says 배포 and 검거, which counted for nothing (over ~3,000
    # articles the law's sentence, which shares 인쇄물 with the question, was quoted over the arrest).
    r = among_others({"leaflets.txt": _LEAFLETS})
    result = top(r, "송파을 불법인쇄물 뿌린 사람들 어디서 잡혔어?")
    assert "송파경찰서" in result.excerpt.text and {"배포", "검거"} <= set(bold(result))


_RAILWAY = ("---\ntitle: 시설공단, ‘국가철도공단’으로 명칭 변경\n---\n"
            "한국철도시설공단(KR)의 이름을 ‘국가철도공단’으로 바꾸는 법률안이 지난 달 20일 본회의에서 가결됐다.\n"
            "한국철도는 1894년 6월 28일 조선국 공무아문 아래에 최초의 철도건설기구인 철도국을 설치한 이후 일본의 "
            "방해에도 불구하고 1896년 6월 15일 국내철도규칙을 신설하여 철도 신설을 꾀하였다.\n")


def test_a_question_word_written_alone_is_read_as_one(among_others):
    # 국내철도규칙 언제 신설됐어: Kiwi read 언제 as 언 + 제, a noun and a suffix, and the question
    # asked for no date: nothing was marked.
    r = among_others({"railway.txt": _RAILWAY})
    assert marked(top(r, "국내철도규칙 언제 신설됐어?")) == "1896년 6월 15일"


_BIEBER = ("---\ntitle: 저스틴 비버, 안면마비 증상 때문에 휴식\n---\n"
           "최근 저스틴 비버가 안면 장애 희귀병을 가지고 있다는 소식이 들려왔다. 그는 오른쪽 얼굴 근육 마비 증상이 있어서 "
           "휴식을 취한다고 전했다.\n"
           "2022년 6월 10일 저스틴 비버는 자신의 SNS 계정에 \"람세이 헌트 증후군\"이라는 병을 앓고 있다고 밝히는 내용의 "
           "영상을 올렸다.\n")


def test_an_illness_is_named_not_described_as_a_disorder(among_others):
    # 무슨 병이야: 장애 (a disorder, as 병 is an illness) was marked in the lead's 안면 장애 희귀병,
    # over the syndrome named in the next sentence.
    r = among_others({"bieber.txt": _BIEBER})
    assert marked(top(r, "저스틴 비버 무슨 병이야?")) == "람세이 헌트 증후군"


_AFFLUENZA = ("---\ntitle: 4명 숨지게 한 10대, 징역 대신 요양\n---\n"
              "미국에서 무면허 음주운전으로 네 명을 치어 숨지게 한 10대 소년에게 징역형 대신 요양원 치료를 조치한 판결이 "
              "나왔다.\n"
              "지난 6월 텍사스주에서 일어난 4명이 사망하고 2명이 중상을 입는 연쇄 추돌사고 가 발생했었다. 이로 인해 검찰은 "
              "20년 징역형을 구형했다.\n")


def test_a_name_asked_of_someone_unnamed_is_not_answered(among_others):
    # 10대 이름 뭐야 asks who (the teenager), and a quote that names no one does not tell it: the
    # quote repeating every word of the question, with 미국 taken for a person, was given.
    r = among_others({"affluenza.txt": _AFFLUENZA})
    answer = r.search("텍사스 음주운전 10대 이름 뭐야?", k=3)
    assert answer.results == () and answer.reason_code == "kind_missing"


_DECLARATION = ("---\ntitle: 송파을 무소속 김영순 후보, 유일 보수 후보 사칭 논란\n---\n"
                "4월 6일 서울특별시선거관리위원회는 새누리당을 탈당 후 무소속 출마한 송파구 을 선거구 김영순 후보가 "
                "출마선언문에서 '유일한 보수 후보' '유일한 여권 후보'라고 주장한 것에 대해 공표된 사실이 거짓이라고 결정했다. "
                "다른 무소속 후보인 채현 후보가 새누리당 예비후보로 등록했던 보수 후보이기 때문이다.\n"
                "김영순 후보 선거사무소는 해당 출마선언문은 자원봉사자 양재유가 작성한 것이라고 서울시선관위에 해명했다.\n"
                "송파구 을 선거구에는 더불어민주당 최명길 후보, 국민의당 이래협 후보, 무소속 김영순 후보, 무소속 채현 후보가 "
                "출마해 있다.\n")


def test_who_wrote_it_is_answered_where_news_says_it_was_drawn_up(among_others):
    # 누가 썼어: the article says 작성한 것, which counted for nothing, and the election commission's
    # ruling on the declaration, as many of the question's words and more names, was quoted.
    r = among_others({"declaration.txt": _DECLARATION})
    result = top(r, "김영순 후보 출마선언문 누가 썼어?")
    assert "양재유" in result.excerpt.text


_GYEONGJU = ("---\ntitle: 경주시 남남서쪽 11km 지역에서 규모 4.5 지진 발생\n---\n"
             "국민안전처에 따르면, 경주시 남남서쪽 11km 지역에서 2016년 9월 19일 20시 33분 58초에 규모 4.5의 지진이 "
             "발생하였다.\n"
             "이에 박근혜 대통령은 9월 20일 경북 경주시를 찾아, 현재 대비 태세를 점검할 것을 지시하고 현지 주민들을 "
             "위로하였다.\n")


def test_a_city_asked_without_si_is_the_city_written_with_it(among_others):
    # 경주 asked, 경주시 written (and nowhere 경주 alone, which other articles write): the article
    # was refused as never mentioning the place asked about.
    r = among_others({"gyeongju.txt": _GYEONGJU,
                      "bird-flu.txt": "---\ntitle: 경주서 AI 첫 발병\n---\n경주의 한 농장에서 AI가 처음 발병했다.\n",
                      "poll.txt": "---\ntitle: 박근혜 대통령 지지율 하락\n---\n박근혜 대통령의 지지율이 3주째 하락했다.\n",
                      "cabinet.txt": "---\ntitle: 박근혜 대통령, 국무회의 주재\n---\n"
                                     "박근혜 대통령은 국무회의를 주재하고 민생법안 처리를 당부했다.\n"})
    assert marked(top(r, "박근혜 경주 언제 찾아갔어?")) == "9월 20일"


_BOX = ("---\ntitle: 아내를 죽이고 12년간 방치한 남편 체포\n---\n"
        "부인을 흉기로 숨지게 한 뒤 시신을 상자에 넣어 12년 동안 방치한 남편이 체포됐다.\n"
        "이삿짐 상자 속에서 시신이 발견된지 사흘만에 체포된 이 모 씨가 범인이다. 이 씨는 1999년 6월 한밤중 부부싸움을 "
        "벌이다 흉기로 부인을 찔러 숨지게 한 혐의를 받고 있다.\n")


def test_days_counted_in_native_words_answer_how_many_days(among_others):
    # 며칠 만에: news counts a few days in words (사흘, 이틀, 열흘), with no number and no 일, and
    # the question was refused as finding no number of days.
    r = among_others({"box.txt": _BOX})
    assert marked(top(r, "아내 살해 남편 시신 발견 며칠 만에 잡혔어?")) == "사흘"


_CABLES = ("---\ntitle: JS전선, 한국수력원자력에 불량 케이블 납품\n---\n"
           "한국수력원자력이 신고리 원전 3/4호기에 불량 케이블을 납품한 JS전선에 대해 1천 3백억원의 소송을 "
           "서울중앙지방법원에 제기했다.\n"
           "한편, 한국수력원자력은 불량 케이블로 1조 5천억원 경의 손실을 입은 것으로 알려졌다.\n")


def test_a_short_name_finds_the_article_that_writes_it_out(among_others):
    # 한수원 asked, only 한국수력원자력 written: the search and the article's share of the question's
    # words knew only 한수원 (over ~700 articles the question was refused), and the name asked
    # about was not set in bold where the quote writes it out.
    r = among_others({"cables.txt": _CABLES})
    result = top(r, "한수원 소송 어느 법원에 냈어?")
    assert "서울중앙지방법원" in result.excerpt.text and "한국수력원자력" in bold(result)


_BY_ELECTIONS = ("---\ntitle: 7월 28일 재보궐선거에 한나라 5석 민주 3석\n---\n"
                 "7월 28일 8명의 국회의원을 선출하는 재보궐선거에서 한나라당이 5석, 민주당이 3석을 확보했다. 서울 은평구 "
                 "을선거구에서 이재오, 충북 충주에서 윤진식 후보(이상 한나라당)가 당선되었고, 광주 남구에 장병완 후보가 "
                 "당선되었다.\n")


def test_a_by_election_asked_as_jaeboseon_is_the_one_written_out(among_others):
    # 재보선 is how a reader says 재보궐선거, which the article writes: the question was refused as
    # about an election the article never mentions.
    r = among_others({"by-elections.txt": _BY_ELECTIONS})
    assert "윤진식" in top(r, "충주 재보선에서 누가 당선됐어?").excerpt.text


_MINERS = ("---\ntitle: 칠레 산호세 광산에 매몰된 광부 구출 시작\n---\n"
           "2010년 8월 5일, 칠레 코피아포 지역의 산호세 광산에 매몰되었던 광부들의 구출이 현지 시각 오전 0시부터 "
           "시작되었다. 첫 구조 광부는 칠레 국적의 31세 플로렌시오 아발로이며, 그는 구출 직후 칠레의 대통령인 "
           "세바스티안 피녜라와 포옹하였다. 현지 시각 오전 3시 반 현재 4명의 광부가 구출되었다. 한편 모든 광부들의 "
           "구조는 구출 시작 후 48시간 이내에 완료될 것으로 예상된다.\n")


def test_a_year_of_the_calendar_is_no_length_of_time(among_others):
    # 얼마나 걸려 asks how long: 2010년 of the lead's date was taken for a number of years, and the
    # lead was quoted over 48시간 이내.
    r = among_others({"miners.txt": _MINERS})
    assert marked(top(r, "칠레 광부 구조 다 끝나는 데 얼마나 걸려?")) == "48시간"


_BORDER = ("---\ntitle: 타지키스탄, 중화인민공화국에 영토 일부 넘긴다\n---\n"
           "중앙아시아에 위치한 국가인 타지키스탄이 중화인민공화국에 어제 영토 일부를 할양함으로써 19세기부터 이어져온 "
           "130년간의 영토분쟁이 마무리 되었다.\n"
           "타지키스탄은 제정러시아에 속했을때인 19세기부터 중국과 영토분쟁을 벌여왔으며, 이번 중화인민공화국과의 국경 획정 "
           "협약은 타지키스탄이 1991년 소련으로부터 독립한 이후 이웃나라들과의 영토분쟁을 처음으로 해결한 것이다.\n")


@pytest.mark.parametrize("question", ["타지키스탄 중국 영토분쟁 몇 년 됐어?", "타지키스탄 중국 영토분쟁 몇 년 이어졌어?"])
def test_how_many_years_it_has_been_is_no_year_of_the_calendar(among_others, question):
    # 몇 년 됐어 asks how many years have passed: 1991년 of 1991년 소련으로부터 독립한 was taken
    # for that number, and the sentence holding it quoted over 130년간의 영토분쟁.
    r = among_others({"border.txt": _BORDER})
    assert marked(top(r, question)) == "130년간"


_ARSON = ("---\ntitle: 60대 남성, 대한민국 정부종합청사에서 방화 후 투신\n---\n"
          "2012년 10월 14일 오후 1시32분경 대한민국 서울 종로구 정부종합청사에서 교육과학기술부 직원으로 추정되는 남성이 "
          "사무실에 불을 지르고 투신한 것으로 알려졌다.\n"
          "이 남성은 18층 교과부 사무실 한 책상에 불을 붙인 후 창문 밖으로 투신해 인근 병원으로 옮겨졌으나, 숨을 거두었다. "
          "불은 소방당국에 의해 6분만에 꺼졌으며, 경찰과 소방당국은 해당 남성의 신원을 파악하고 있다고 밝혔다.\n")


@pytest.mark.parametrize("question", ["청사 불 끄는 데 얼마나 걸렸어?", "청사 불 몇 분 만에 꺼졌어?"])
def test_the_minutes_of_a_time_of_day_are_no_length_of_time(among_others, question):
    # 1시32분 is when, not 32 minutes: the lead was quoted for it over 6분만에 꺼졌으며.
    r = among_others({"arson.txt": _ARSON})
    assert marked(top(r, question)) == "6분"


_BANGS = ("---\ntitle: 남양주서 의문의 폭음\n---\n"
          "최근 경기도 남양주시에서 의문의 폭음이 일어나고 있다.\n"
          "주민들은 그 폭음이 \"총소리\" \"땅굴파는 소리\"라는 등의 주장을 펼치며 두려워하고 있다. 시와 군경, 정보당국은 "
          "현장 조사에 착수 했지만 정확한 원인은 밝혀지지 않은 상태로 폭음에 대한 원인도 분분하다. 숭실대학교 "
          "소리공학연구소는 '해안포나 곡사포 화력의 65%에 해당하는 폭발음으로, 묵현리에서 반경 10㎞ 안에서 발생한 것으로 "
          "보인다'는 분석을 내놓았다.\n")


def test_the_place_asked_about_written_in_full_is_not_where(among_others):
    # 남양주 is searched as 남양주시 too; 경기도 남양주시 of the lead was then marked as the answer
    # to where, though it is the place the question names.
    r = among_others({"bangs.txt": _BANGS})
    answer = r.search("남양주 폭음 어디서 분석했어?", k=3)
    # The lead names no other place: nothing, or the sentence with the analysis in it.
    if answer.results:
        assert "소리공학연구소" in answer.results[0].excerpt.text
    else:
        assert answer.reason_code == "kind_missing"


_PYEONGCHANG = ("---\ntitle: 2018년 동계 올림픽 개최지로 대한민국 평창을 선정\n---\n"
                "남아프리카공화국 더반에서 열린 IOC 총회에서 2018년 동계 올림픽 개최지로 대한민국의 평창이 선정되었다. 이날 "
                "1차 투표에서 대한민국 평창은 63표를 얻었고, 독일 뮌헨은 25표, 프랑스 안시는 7표를 얻었다. 프레젠테이션에서는 "
                "독일의 뮌헨이 첫번째로 나섰고, 프랑스 안시, 대한민국 평창 순으로 진행되었다.\n")


@pytest.mark.parametrize("question, expected", [
    ("평창 2차 투표 결과 어땠어?", None),  # the article tells of the first vote only
    ("평창 1차 투표 결과 어땠어?", "63표"),
])
def test_a_numbered_instance_is_not_answered_by_another_of_the_series(among_others, question, expected):
    # 2차 투표 asked, the sentence on the 1차 투표 was quoted: it repeats every other word.
    r = among_others({"pyeongchang.txt": _PYEONGCHANG})
    assert_refused_or_quoted(r.search(question, k=3), expected, reason="topic_missing")


_LEAK = ("---\ntitle: 전효성, 개인정보 유출\n---\n"
         "시크릿의 멤버인 전효성의 개인정보가 유출되었다.\n"
         "11월 11일, 전효성의 정보로 추정되는 대학교 등록 정보와 관련된 문서가 공개되었으며, 문서에 따르면 이 여성의 "
         "이름이 전효성이다. 학번, 대학 등록금 납부 내역 등의 대학 관련 내용과 주민번호, 전화번호 등 개인정보가 모두 "
         "적혀있다.\n")
_CAUGHT = "경찰은 13일 전효성의 개인정보를 유출한 혐의로 대학 직원 A씨를 검거했다.\n"
_CAUGHT_PLAINLY = "경찰은 13일 전효성의 개인정보를 유출한 대학 직원 A씨를 잡았다.\n"


@pytest.mark.parametrize("article, expected", [(_LEAK, None), (_LEAK + _CAUGHT, "검거했다"),
                                               (_LEAK + _CAUGHT_PLAINLY, "잡았다")])
def test_whether_someone_was_caught_is_answered_only_by_a_quote_that_says_so(among_others, article, expected):
    # 잡혔어? asks whether the leaker was caught: the lead on the leak was quoted, though it says
    # nothing of anyone caught (news writes 검거, 체포).
    r = among_others({"leak.txt": article})
    assert_refused_or_quoted(r.search("전효성 개인정보 유출한 사람 잡혔어?", k=3), expected, reason="words_missing")


_KARBALA = ("---\ntitle: 이라크서 자살 차량폭탄 공격, 50명 사망\n---\n"
            "이라크 남부 시아파 성지인 카르발라 시 교외에서 2건의 자살 차량폭탄 공격으로 적어도 50명이 사망했다. 이라크 "
            "당국자들은 두 건의 폭발이 모두 순례자들이 시아파 종교행사인 아르바 인을 위해 카르발라로 가는데 이용하는 도로에서 "
            "발생했다고 말했다. 이번 폭발로 적어도 150명이 다친 가운데, 아직 공격이 자신들의 소행이라는 주장은 나오지 "
            "않았다.\n")
_REACTOR = ("---\ntitle: 일본 후쿠시마 원전 3호기도 폭발\n---\n"
            "폭발이 우려되던 후쿠시마 제1 원자력 발전소의 원자로 3호기가 폭발했다. 이번 폭발로 11명이 부상당했으며, 지난 "
            "12일 후쿠시마 제1원전 1호기가 수소 발생으로 폭발한 후 3호기도 폭발이 우려됐었다.\n")


@pytest.mark.parametrize("question, expected", [
    ("카르발라 폭탄 공격으로 몇 명 다쳤어?", "150명"),
    ("카르발라 폭탄 공격으로 몇 명 죽었어?", "50명"),
    ("후쿠시마 3호기 폭발 사망자 몇 명이야?", None),  # 11명 were hurt; no one is said to have died
])
def test_a_count_of_the_dead_does_not_answer_how_many_were_hurt(among_others, question, expected):
    # 몇 명 다쳤어: the lead's 50명이 사망했다 was quoted and marked over 150명이 다친.
    r = among_others({"karbala.txt": _KARBALA, "reactor.txt": _REACTOR})
    assert_refused_or_marked(r.search(question, k=3), expected)


_BRIEFING = ("---\ntitle: 2014년 9월 2일 뉴스브리핑\n---\n"
             "2014년 9월 2일 뉴스브리핑 시작합니다. 세월호 참사 140일째입니다. 남쪽 바다의 날씨는 수색을 도와주지 않고 "
             "있습니다. 국회의장이 꼬인 정국을 풀어보겠다고 나섰지만 새누리당 원내부대표가 일언지하에 거절하면서 모양새가 "
             "우습게 되었습니다. 반면 야당은 국회의장의 중재를 기다려보기로 했습니다. 청운효자동 주민센터에서 단원고 "
             "유가족들은 12일째 농성중이고, 대통령은 여전히 묵묵부답입니다.\n")


def test_the_sentence_before_that_completes_the_quote_is_quoted_with_it(among_others):
    # 반면 야당은 국회의장의 중재를 기다려보기로 했습니다 was quoted alone: the sentence after it
    # names people but none of the question's words, and was preferred as its companion to the
    # one before, which says who refused.
    r = among_others({"briefing.txt": _BRIEFING})
    assert "새누리당 원내부대표가 일언지하에 거절" in top(r, "국회의장 중재 누가 거절했어?").excerpt.text


_TRUCKS = ("---\ntitle: 나주서 트럭 3중 추돌해 1명 숨지고 4명은 부상\n---\n"
           "2일 오전 7시 26분 전남 나주시 부덕동의 한 도로에서 69살 최 아무개가 운전하던 트럭이 다른 트럭 2대와 충돌했다. "
           "이 사고로 최 아무개의 조수석에 타있던 61살 이 아무개가 크게 다쳐 병원으로 옮겼으나 세상을 떠났다.\n"
           "경찰은 정확한 사고 경위를 조사 중이다.\n")
_DRUNK = "경찰 조사 결과 트럭 운전자 최씨는 음주 상태였던 것으로 드러났다.\n"


@pytest.mark.parametrize("article, expected", [(_TRUCKS, None), (_TRUCKS + _DRUNK, "음주 상태")])
def test_whether_it_was_so_is_answered_only_by_a_quote_that_says_so(among_others, article, expected):
    # 음주였어? asks whether the driver was drunk: the lead on the crash was quoted, though it says
    # nothing of drink.
    r = among_others({"trucks.txt": article})
    assert_refused_or_quoted(r.search("나주 트럭 사고 운전자 음주였어?", k=3), expected, reason="words_missing")


_HEADLINE_AGAIN = ("---\ntitle: 60대 남성, 정부종합청사에서 방화 후 투신\n---\n"
                   "60대 남성, 정부종합청사에서 방화 후 투신.\n"
                   "경찰과 소방당국은 해당 남성의 신원을 파악하고 있다고 밝혔다.\n"
                   "이 남성은 18층 사무실 한 책상에 불을 붙인 후 창문 밖으로 투신했다. 불은 6분만에 꺼졌다.\n"
                   "사건은 2012년 10월 14일 오후 1시32분경 일어났다.\n")


@pytest.mark.parametrize("question", ["정부종합청사 방화 언제 일어났어?", "정부종합청사 방화 언제야?"])
def test_a_quote_with_no_time_in_it_does_not_answer_when(among_others, question):
    # The headline, repeated as the body's first line, holds every word of the question and was
    # quoted as the answer to when, with no date or time in it.
    r = among_others({"arson.txt": _HEADLINE_AGAIN})
    answer = r.search(question, k=3)
    assert not answer.results or "2012년 10월 14일" in answer.results[0].excerpt.text


_OIL = ("---\ntitle: 울산에서 원유 이송 중 기름 유출\n---\n"
        "10일 오전 4시 45분경 울산시 울주군 온산앞바다에서 파나마 선적 16만t급 대형 유조선이 해상 원유이송시설인 부이로 "
        "원유를 이송하던 도중 원유 이송관에 균열이 발생하면서 원유가 바다로 유출됐다.\n"
        "기름은 세 군데에 길이가 700ｍ, 너비가 30∼40ｍ 정도로 유출되었을 것으로 추정된다.\n")


def test_a_unit_typed_in_full_width_letters_is_the_unit(among_others):
    # 700ｍ, with the full-width ｍ of some Korean fonts, was no length: 길이 얼마야 was refused.
    r = among_others({"oil.txt": _OIL})
    assert "700ｍ" in top(r, "유출된 기름 길이 얼마야?").excerpt.text


_THE_PLAN = ("---\ntitle: 선거 개표 조작 의혹 영화 ‘더플랜’ 개봉\n---\n"
             "제18대 대통령 선거 개표과정에서 조작이 있었다는 의혹을 제기한 다큐멘터리 영화 ‘더플랜’이 20일 개봉했다.\n"
             "선관위는 분류표와 미분류표 간의 비율 차이는 연령에 따른 것이라고 설명하였다. 그런데 당시 박근혜 후보는 문재인 "
             "후보보다 노년층에서 높은 지지율을 얻었으므로 미분류표에서 박근혜 후보자의 득표율이 높을 수밖에 없다는 것이다. "
             "나아가 “18대 대선 개표부정 의혹을 해소하기 위한 가장 확실한 방법은 투표지 현물을 직접 검증하는 것”이라며 "
             "공개검증에 응할 것이라고 말했다.\n")


def test_a_share_asked_for_is_not_answered_by_a_quote_without_one(among_others):
    # Every word of 18대 대선 박근혜 득표율 몇 %야 is in these two sentences, and no share at all:
    # they were quoted as complete.
    r = among_others({"the-plan.txt": _THE_PLAN})
    assert_refused_or_quoted(r.search("18대 대선 박근혜 득표율 몇 %야?", k=3), None)


_MARCOULE = ("---\ntitle: 프랑스 마르쿨 원자력 발전소에서 폭발, 1명 사망\n---\n"
             "프랑스 가르 주 마르쿨에 위치한 원자력 발전소에서 현지 시각으로 11시 45분에 폭발이 발생해 1명이 사망하고, "
             "4명이 부상을 입었다고 국영TF1방송 등이 보도했다. 이 폭발이 발생한 직후에, 이 발전소를 소유하고 있는 "
             "EDF(프랑스전력회사)의 주가는 6% 이상 급락했다.\n")


def test_a_nuclear_plant_asked_as_wonjeon_is_the_one_written_out(among_others):
    # 원전 is how news and readers say 원자력 발전소: the article, which writes it out, was
    # refused as never naming what the question asks about.
    r = among_others({"marcoule.txt": _MARCOULE})
    assert "가르 주" in top(r, "마르쿨 원전 어느 지역에 있어?").excerpt.text


_SUIT_TO_COME = ("---\ntitle: 2014년 9월 26일 뉴스브리핑\n---\n"
                 "김무성 새누리당 대표는 유경근 세월호 단원고 유가족대책위 대변인을 허위사실 유포로 고소하겠다는 입장을 "
                 "밝혔고, 유경근 대변인은 \"오해를 한 것은 맞지만 김무성 대표가 청와대 때문에 안된다는 말을 한 것은 맞다\"는 "
                 "입장을 고수했습니다.\n")


def test_how_it_turned_out_is_not_answered_by_a_quote_where_it_is_still_to_come(among_others):
    # 고소 결과 어떻게 됐어 asks how a complaint ended; the quote tells only that one will be filed.
    r = among_others({"briefing.txt": _SUIT_TO_COME})
    assert_refused_or_quoted(r.search("유경근 고소 결과 어떻게 됐어?", k=3), None, reason="words_missing")


_SCRAPPED = ("---\ntitle: 중대재해법, 다시 발의되나\n---\n"
             "중대재해법은 지난 2017년 4월 노회찬 당시 정의당 원내대표가 대표발의한 특별법안을 사실상 승계했다. 이 법안은 "
             "제20대 국회의 임기가 만료되어 본회의를 통과하지 못하고 2020년 5월 29일에 자동 폐기되었다.\n")


def test_when_it_passed_is_not_answered_by_a_quote_that_says_it_did_not(among_others):
    # 본회의를 통과하지 못하고 … 자동 폐기되었다 tells that the bill did not pass: its date is when
    # it was scrapped, and it was marked as when it passed.
    r = among_others({"scrapped.txt": _SCRAPPED})
    assert_refused_or_quoted(r.search("중대재해법 국회 본회의 통과 언제 됐어?", k=3), None, reason="words_missing")


_SHANGHAI = ("---\ntitle: 대한민국 상하이 총영사관 스캔들 일파만파\n---\n"
             "대한민국 상하이 총영사관에서 발생한 이른바 “상하이 스캔들”의 파문이 커지고 있다. 총영사관 주재 영사들과 "
             "부적절한 관계를 맺은 것으로 드러난 덩신밍(여성, 33)이 영사들로부터 이명박 대통령 후보 선거 캠프 등의 비상 "
             "연락망을 유출한 것으로 밝혀졌다.\n")


def test_an_age_in_brackets_after_the_persons_sex_is_an_age(among_others):
    # 덩신밍(여성, 33): news gives sex and age in brackets after a name; the age was not seen,
    # and 덩신밍 몇 살이야 was refused.
    r = among_others({"shanghai.txt": _SHANGHAI})
    assert "덩신밍(여성, 33)" in top(r, "덩신밍 몇 살이야?").excerpt.text


_TABLET = ("---\ntitle: JTBC, 최순실 PC에서 대통령 연설문 확인\n---\n"
           "JTBC 뉴스룸은 최순실 씨가 대통령이 연설하기 전에 연설문을 미리 받아봤다는 사실을 확인했다고 보도했다. "
           "JTBC 취재팀은 최순실 씨의 PC를 입수하여 분석한 결과라고 밝혔다.\n")
_WHERE_FOUND = "JTBC 취재팀은 서울 신사동의 더블루K 사무실에서 PC를 입수했다.\n"


@pytest.mark.parametrize("article, expected", [(_TABLET, None), (_TABLET + _WHERE_FOUND, "더블루K 사무실")])
def test_a_quote_with_no_place_in_it_does_not_answer_where(among_others, article, expected):
    # Every word of the question, and no place: "JTBC 취재팀은 … PC를 입수하여" was quoted as where
    # the PC was found.
    r = among_others({"tablet.txt": article})
    assert_refused_or_quoted(r.search("JTBC 최순실 PC 어디서 입수했어?", k=3), expected)


_TUITION = ("---\ntitle: KAIST, 잇따른 학생 자살로 징벌적 수업료 제도 폐지\n---\n"
            "서남표 한국과학기술원(KAIST) 총장은 7일 기자 회견을 열고 2007년 입학생부터 적용된 징벌적 수업료 제도를 "
            "폐지하겠다고 발표했다. 올해 들어 학생 4명이 잇따라 자살하면서 제도가 자살 원인의 하나로 지적돼 왔다.\n")
_FILTER = ("---\ntitle: 카이스트 연구진, 미세먼지 필터 개발\n---\n"
           "카이스트 연구진이 초미세먼지를 99.9%까지 걸러내는 세라믹 필터를 개발했다. 연구진은 필터를 물로 씻어 다시 "
           "쓸 수 있다고 밝혔다.\n")
_PROSECUTORS = ("---\ntitle: 검찰총장, 국회 출석\n---\n"
                "검찰총장이 9일 국회 법제사법위원회에 출석해 수사 상황을 보고했다. 총장은 수사가 공정하게 진행되고 있다고 "
                "말했다.\n")
_UNIVERSITY = ("---\ntitle: 서울대 총장 선거 연기\n---\n"
               "서울대 이사회는 다음 달로 예정된 총장 선거를 연기하기로 했다. 총장 후보 추천위원회는 일정을 다시 정하기로 "
               "했다.\n")


def test_kaist_typed_in_hangul_finds_the_article_that_writes_it_in_full(among_others):
    # 카이스트 총장 누구야: the article writes 한국과학기술원(KAIST), and was not among the articles
    # searched; the one that writes 카이스트 about a filter was, and said no one.
    r = among_others({"tuition.txt": _TUITION, "filter.txt": _FILTER, "prosecutors.txt": _PROSECUTORS,
                      "university.txt": _UNIVERSITY})
    assert marked(top(r, "카이스트 총장 누구야?")) == "서남표"


_KARA = ("---\ntitle: 카라 3인, 전속계약 해지 소송\n---\n"
         "대중가요 그룹 카라의 한승연, 정니콜, 강지영이 소속사를 상대로 전속계약 무효소송을 제기했다.\n")


def test_the_members_asked_for_are_named_without_the_word(among_others):
    # 카라 소송 낸 멤버 누구야 was refused: the article names the three, and never says 멤버.
    r = among_others({"kara.txt": _KARA})
    assert "한승연, 정니콜, 강지영" in top(r, "카라 소송 낸 멤버 누구야?").excerpt.text


_CAIRO = ("---\ntitle: 이집트서 대통령 퇴위 요구 시위 벌어져\n---\n"
          "튀니지에서 발생한 재스민 혁명의 영향으로 이집트에서 25일부터 대통령의 퇴위를 요구하는 반정부 시위가 "
          "시작됐다. 27일 현재 시위대와 경찰관을 포함해 6명의 사망자가 발생했다.\n")
_TURNOUT = "카이로 도심 시위에는 1만 5천여 명이 참가했다.\n"


@pytest.mark.parametrize("article, expected", [(_CAIRO, None), (_CAIRO + _TURNOUT, "1만 5천여 명")])
def test_a_count_of_the_dead_does_not_answer_how_many_took_part(among_others, article, expected):
    # 6명의 사망자 was quoted and taken for how many joined the protest.
    r = among_others({"cairo.txt": article})
    assert_refused_or_quoted(r.search("이집트 퇴위 요구 시위 참가자 몇 명이야?", k=3), expected)


_CAPUCHIN = ("---\ntitle: 도구 만드는 원숭이 첫 관찰\n---\n"
             "남미 정글에 주로 사는 카푸친원숭이는 작은 얼굴에 긴 팔다리가 특징이다.\n"
             "연구진은 브라질 카피바라 산지 일대의 면적 약 1000㎢에 이르는 산악지대에 자리한 국립공원에 사는 카푸친 "
             "원숭이들을 관찰했다.\n")


def test_an_area_asked_with_a_verb_kiwi_reads_as_buying_is_still_an_area(among_others):
    # 원숭이 사는 (살다, to live) is 사다 (to buy) to Kiwi: 면적 얼마야 was read as asking a price,
    # and refused for want of one.
    r = among_others({"capuchin.txt": _CAPUCHIN})
    assert "1000㎢" in marked(top(r, "카푸친 원숭이 사는 산악지대 면적 얼마야?"))


_DRONE = ("---\ntitle: AI 드론이 실종자 찾는다\n---\n"
          "미국 국방부는 지난달 말 인공지능(AI)을 이용해 인간 도움 없이 적을 식별해 타격하는 드론을 시연했다.\n"
          "이 드론은 카메라 화면에서 총으로 무장한 사람과 무기가 없는 사람을 구분할 수 있다.\n")


def test_last_month_is_a_time(among_others):
    # 지난달 말 was no time of any kind: 시연 언제 했어 was refused for want of one.
    r = among_others({"drone.txt": _DRONE})
    assert "지난달 말" in top(r, "미 국방부 AI 드론 시연 언제 했어?").excerpt.text


_MARS = ("---\ntitle: NASA vs 스페이스X, 화성 땅 첫 발자국 경쟁\n---\n"
         "현시점에서 가장 빨리 화성에 도달할 나라는 미국이다. 먼저 미국항공우주국(NASA)이 꼽힌다. 여기에 질세라 민간 "
         "우주기업 스페이스X도 화성 유인 탐사를 준비하고 있어 둘 중 누가 먼저 화성에 도착하게 될지 관심이 모아지고 "
         "있다.\n")


def test_how_many_is_not_answered_by_a_quote_with_no_number(among_others):
    # "스페이스X도 화성 유인 탐사를 준비하고 있어 …" repeats the question and gives no count at
    # all: it was quoted as complete.
    r = among_others({"mars.txt": _MARS})
    assert_refused_or_quoted(r.search("스페이스X 화성 유인 탐사 몇 명 태워?", k=3), None)


_BOZEMAN = ("---\ntitle: 테이저에 심전도 기기 달면 생명 살린다\n---\n"
            "웨이크 포리스트 뱁티스트 메디컬 센터의 응급 의학교수인 윌리엄 보즈먼은 지난 2009년 동료들과 함께 테이저의 "
            "안전성을 철저히 검증했다.\n"
            "보즈먼 교수는 \"테이저는 놀랄 만큼 효율적이고 또한 안전합니다\"라고 말했다.\n")


def test_a_title_with_the_copula_before_a_name_makes_it_a_person(among_others):
    # 의학교수인 윌리엄 보즈먼: a title before the name, written with 인; only 보즈먼 교수 of the
    # sentence after was seen as a person, and quoted.
    r = among_others({"bozeman.txt": _BOZEMAN})
    assert marked(top(r, "테이저 안전성 검증한 응급의학 교수 누구야?")) == "윌리엄 보즈먼"


_RACECOPTER = ("---\ntitle: 헬리콥터를 개조해 만든 경주용차\n---\n"
               "지난 5월, 블로크가 만든 레이스콥터는 밀빌에서 열린 레몬스 레이스 대회에서 주최자 상을 탔다.\n"
               "그는 헬리콥터를 기증받자 친구와 가족 등 16명의 도움으로 폐기 처분된 헬리콥터를 주행 가능한 자동차로 "
               "개조했다.\n")


def test_help_asked_with_a_verb_is_the_help_an_article_writes_as_a_noun(among_others):
    # 몇 명이 도와줬어: "16명의 도움으로" shares no word with the question as it was read, and was
    # never looked at; the question was refused.
    r = among_others({"racecopter.txt": _RACECOPTER})
    assert marked(top(r, "레이스콥터 만들 때 몇 명이 도와줬어?")) == "16명"


_FUSION = ("---\ntitle: 기계공학에 재료과학·역학적 시각 더해\n---\n"
           "조맹효 서울대 기계항공공학부 교수는 \"고전적 기계공학의 외연을 넓히려는 시도가 지난 10여년 동안 급박하게 "
           "진행됐다\"며 \"융합·협력 연구는 이미 세계적인 추세\"라고 말했다.\n")


def test_which_year_is_not_answered_by_a_number_of_years(among_others):
    # 몇 년에 들어갔어 asks a year; 지난 10여년 동안 was quoted and marked as if it asked how many.
    r = among_others({"fusion.txt": _FUSION})
    assert_refused_or_quoted(r.search("조맹효 교수 서울대 몇 년에 들어갔어?", k=3), None)


_FIREWORKS = ("---\ntitle: 살아 움직이는 불꽃놀이쇼, 드론 덕분\n---\n"
              "인텔은 4일 '슈팅스타'라고 불리는 자사의 드론으로 가짜 불꽃놀이를 시연하는 데 성공했다고 밝혔다.\n"
              "500개의 슈팅스타가 불꽃놀이에 동원됐다. 이는 가장 많은 드론이 동시에 비행한 기록이다.\n")
_ORDERS = ("---\ntitle: 트럼프 대통령 취임 100일\n---\n"
           "트럼프 대통령은 취임 후 100일 동안 30개의 행정명령에 서명했다.\n")


def test_machines_asked_in_dae_are_counted_in_gae_too(among_others):
    # 몇 대 동원됐어 was refused: the article counts the drones with 개, as anything may be counted.
    r = among_others({"fireworks.txt": _FIREWORKS})
    assert marked(top(r, "인텔 불꽃놀이에 드론 몇 대 동원됐어?")) == "500개"


def test_the_ordinal_of_an_office_is_not_a_count_in_gae(among_others):
    # 몇 대 대통령 asks which president in order (45대): 30개 counts something else.
    r = among_others({"orders.txt": _ORDERS})
    answer = r.search("트럼프 몇 대 대통령이야?", k=3)
    assert not answer.results or marked(answer.results[0]) != "30개"


_USE1 = ("---\ntitle: 폐암 조기진단 가능해진다\n---\n"
         "폐암 환자의 92.5%에서 USE1 단백질이 증가돼 있다는 사실을 발견했습니다.\n"
         "연구 결과는 국제학술지인 국립암학회지(JNCI) 10월18일자(논문명 : USE1 with lung tumorigenesis)에 "
         "실렸습니다.\n"
         "연구팀은 이번 연구가 폐암 조기 진단 키트와 신약 개발로 이어질 것으로 기대했습니다.\n")


def test_an_issue_date_does_not_say_when_something_still_to_come_will_be(among_others):
    # 진단 키트 언제 나와 asks about what is still to come; the journal's 10월18일자 was quoted as
    # its date.
    r = among_others({"use1.txt": _USE1})
    assert_refused_or_quoted(r.search("USE1 폐암 진단 키트 언제 나와?", k=3), None)


_BORDER_TOWNS = ("---\ntitle: 접경지역 외출·외박 제한 폐지 반발\n---\n"
           "국방부가 군인의 외출·외박구역 제한 폐지를 검토하자 접경지역이 반발하고 있다.\n"
           "접경지역 시장·군수 협의회장을 맡고 있는 최문순 화천군수는 정치적으로 해결하겠다고 밝혔다.\n"
           "접경지역 10개 시·군 인구는 약 120만 명으로 추산된다.\n")


def test_a_word_asked_without_the_gaps_the_article_writes_it_with(among_others):
    # 시장군수협의회장 asked, 시장·군수 협의회장 written: the question was refused for a word no
    # article held as written.
    r = among_others({"border.txt": _BORDER_TOWNS})
    result = top(r, "접경지역 시장군수협의회장 누구야?")
    assert "최문순" in result.excerpt.text
    # Asked as the article writes it, the same quote.
    assert "최문순" in top(r, "접경지역 시장·군수 협의회장 누구야?").excerpt.text


_GOVERNOR = ("---\ntitle: 강원지사, 외출·외박구역 제한 폐지 검토 중단 건의\n---\n"
             "최 지사는 건의문에서 “강원도 접경지역 6개 시.군은 군과 함께 발전해 왔다”고 말했다.\n"
             "최 지사는 국방부 장관과의 면담도 추진한다고 밝혔다.\n")


def test_a_short_word_the_press_writes_with_a_full_stop_for_its_dot(among_others):
    # 시군 asked, 시.군 written (the press's full stop for the middle dot): the article that says
    # how many 강원도 has lost to one counting the country's 10 시·군 without 강원도.
    r = among_others({"border.txt": _BORDER_TOWNS, "governor.txt": _GOVERNOR})
    assert marked(top(r, "강원도 접경지역 시군 몇 개야?")) == "6개"


_CLOSING = ("---\ntitle: 평창올림픽 오늘 폐막\n---\n"
            "청와대는 25일(오늘) 저녁 열리는 폐회식에 각국 대표단이 나란히 참석한다고 밝혔다.\n"
            "오후 8시부터 2시간 동안 진행되는 폐회식에는 문 대통령 부부도 참석한다.\n")
_OPENED = ("---\ntitle: 평창올림픽 17일간의 열전 마무리\n---\n"
           "지난 9일 시작해 총 17일간 열린 평창 동계올림픽이 25일 폐막식을 갖는다.\n")


def test_a_day_of_the_month_is_no_number_of_days(among_others):
    # 며칠 동안 asks how many days; 25일(오늘) is the day the report was written, and was
    # marked as the answer.
    r = among_others({"closing.txt": _CLOSING})
    answer = r.search("평창 올림픽 며칠 동안 열렸어?", k=3)
    assert not answer.results or marked(answer.results[0]) != "25일"


def test_the_number_of_days_is_found_beside_a_day_of_the_month(among_others):
    r = among_others({"closing.txt": _CLOSING, "opened.txt": _OPENED})
    assert "17일간" in top(r, "평창 올림픽 며칠 동안 열렸어?").excerpt.text


def test_what_day_a_thing_is_asked_with_the_copula(among_others):
    # 출시 며칠이야 asks the date, as 며칠에 does: read as how many days, a date is no answer.
    r = among_others({"closing.txt": _CLOSING})
    assert "25일" in top(r, "평창 폐회식 며칠이야?").excerpt.text


_SIT_IN = ("---\ntitle: 한국당, 통일대교 남단서 밤샘 농성\n---\n"
           "홍준표 한국당 대표와 김성태 원내대표 등 소속 의원들은 이날 오전 통일대교 남단 전차선을 막고 농성을 벌였다.\n"
           "이들은 전날부터 이곳에 모여 대형 태극기를 펼쳐 놓았다.\n")


def test_the_numeral_beginning_a_word_is_no_number(among_others):
    # Asked how many, a quote with no number at all does not say; the 한 of 한국당 was read as
    # one, and the sentence that never counts the lawmakers was quoted.
    r = among_others({"sitin.txt": _SIT_IN})
    assert_refused_or_quoted(r.search("한국당 통일대교 농성에 의원 몇 명 모였어?", k=3), None)


_DETOUR = ("---\ntitle: 북측 대표단, 농성 피해 전진교로 우회\n---\n"
           "북측 대표단은 한국당의 농성으로 통일대교가 막히자 동쪽의 전진교로 이동경로를 바꿨다.\n"
           "국방부는 전진교가 군사도로가 아닌 일반도로라고 밝혔다.\n")


def test_instead_of_is_no_word_the_answer_must_hold(among_others):
    # 통일대교 대신 어느 다리로: 대신 was read as what is asked about, and an article that never
    # writes it was refused as not about the question.
    r = among_others({"detour.txt": _DETOUR})
    assert "전진교" in top(r, "대표단 통일대교 대신 어느 다리로 넘어왔어?").excerpt.text


def test_asked_how_many_were_hurt_a_count_of_others_does_not_answer(among_others):
    # 농성 중 다친 사람 몇 명이야: "90여명의 의원이 집결했고" counts the lawmakers who came, and
    # no one is said to be hurt; it was quoted with the count marked.
    r = among_others({"sitin.txt": _SIT_IN.replace(
        "이들은 전날부터", "이날 농성에는 90여명의 의원이 모였다.\n이들은 전날부터")})
    assert_refused_or_quoted(r.search("통일대교 농성 중 다친 사람 몇 명이야?", k=3), None)
    # Asked how many came, the count is the answer.
    assert marked(top(r, "한국당 통일대교 농성에 의원 몇 명 모였어?")) == "90여명"


_CALL = ("---\ntitle: 트럼프-니에토 통화 중 충돌\n---\n"
         "그러나 지난 20일 트럼프 대통령과의 통화에서 양국 정상은 장벽 건설 비용 문제로 부딪혔다.\n"
         "약 50분간 이어진 전화통화에서 니에토 대통령도 물러서지 않았다.\n")


def test_a_span_in_minutes_is_an_amount_asked_how_long(among_others):
    # 통화 얼마나 했어: 50분간 was read as a time of day, like 3시 50분, and the article was refused
    # for holding no amount.
    r = among_others({"call.txt": _CALL})
    assert "50분간" in top(r, "트럼프 니에토 통화 얼마나 했어?").excerpt.text


_SPOKESPEOPLE = ("---\ntitle: 여야, 국회 일정 두고 공방\n---\n"
                 "김현 민주당 대변인은 전날 구두논평에서 한국당의 국회 복귀를 촉구했다.\n"
                 "한국당은 김영철 방남에 반발해 국회 일정을 거부하고 있다.\n")


def test_asked_for_one_office_a_quote_naming_another_of_the_same_word_does_not_answer(among_others):
    # 민주당 원내대변인 누구야: 김현 is the party's 대변인, another office; he was named as the
    # answer. Asked for the 대변인 he is, he is.
    r = among_others({"spokespeople.txt": _SPOKESPEOPLE})
    assert_refused_or_quoted(r.search("민주당 원내대변인 누구야?", k=3), None)
    assert "김현" in top(r, "민주당 대변인 누구야?").excerpt.text


_SESSION = ("'김영철 방남'에 여야 대치…마지막 본회의 난항 예고 3월 임시국회 불가피론 제기\n"
            "얼마 남지 않은 2월 임시국회가 여야 간의 첨예한 대립으로 핵심 안건을 처리하지 못할 것이라는 우려가 커지고 있다.\n"
            "여야는 애초 하나같이 민생 국회를 강조하며 2월 국회에 임했다.\n"
            "두 법안 모두 마지막 본회의(28일)에 상정되려면 27일 법사위 처리 절차를 거쳐야 한다.\n")


def test_what_day_is_answered_by_a_day_not_a_month(among_others):
    # 마지막 본회의 며칠이야 asks the day: the deck's 3월 임시국회 was marked as the date.
    r = among_others({"session.txt": _SESSION})
    assert marked(top(r, "2월 임시국회 마지막 본회의 며칠이야?")) == "28일"


_HANYANG = ("---\ntitle: 한양대, 성희롱 폭로 대학원생 면담\n---\n"
            "한양대가 교수의 성희롱을 폭로한 피해 대학원생 면담에 나섰다.\n"
            "한양대 인권센터는 사회관계망 서비스(SNS)에 폭로한 A 씨를 최근 만나 조사했다.\n")


def test_a_proper_noun_with_its_particle_before_a_title_is_no_name(among_others):
    # 교수 이름 뭐야: "한양대가 교수의 성희롱을" was read as a name before the title 교수 and
    # marked; A 씨 and SNS are no names either. The article names no professor.
    r = among_others({"hanyang.txt": _HANYANG})
    assert_refused_or_quoted(r.search("한양대 성희롱 교수 이름 뭐야?", k=3), None)
    named = among_others({"hanyang.txt": _HANYANG + "한양대 인권센터는 성희롱 가해자로 지목된 김민수 교수를 불러 조사할 예정이다.\n"})
    named.reload()  # the index of the first question is not the corpus now
    assert marked(top(named, "한양대 성희롱 교수 이름 뭐야?")) == "김민수"


def test_a_term_of_office_is_not_told_by_the_day_of_another_act(among_others):
    # 임기 언제까지야: 지난 20일 dates a telephone call, and was quoted as the end of the term.
    call = _CALL.replace("통화 중 충돌", "통화 중 충돌…임기 초 방문 관례 깨져")
    r = among_others({"call.txt": call})
    assert_refused_or_quoted(r.search("니에토 대통령 임기 언제까지야?", k=3), None)
    told = among_others({"call.txt": call + "니에토 대통령의 임기는 오는 11월 30일까지다.\n"})
    told.reload()
    assert "11월 30일" in top(told, "니에토 대통령 임기 언제까지야?").excerpt.text


_MEDALS = ("---\ntitle: 한국, 종합 7위로 피날레\n---\n"
           "평창올림픽에서 한국은 금메달 5개를 따내 종합순위 7위를 기록했다.\n"
           "대회에는 92개국 선수가 참가했다.\n")
_BJORGEN = ("---\ntitle: 비에르겐, 평창 마지막 금메달\n---\n"
            "비에르겐은 25일 평창올림픽 크로스컨트리 여자 30㎞ 클래식에서 우승했다.\n"
            "이 경기 전까지 종합순위 2위를 달리던 노르웨이는 금메달 14개로 역전 1위를 달성했다.\n")


def test_asked_for_a_place_in_a_ranking_a_quote_with_only_another_place_does_not_answer(among_others):
    # 종합 1위 어느 나라야: 한국 … 종합순위 7위 was quoted; the place asked for is 1위.
    alone = among_others({"medals.txt": _MEDALS})
    assert_refused_or_quoted(alone.search("평창올림픽 종합 1위 어느 나라야?", k=3), None)
    r = among_others({"medals.txt": _MEDALS, "bjorgen.txt": _BJORGEN})
    r.reload()
    assert "노르웨이" in top(r, "평창올림픽 종합 1위 어느 나라야?").excerpt.text


def test_asked_in_km_the_quote_bolds_the_unit_the_article_writes_as_a_sign(among_others):
    # Asked 30km, "30㎞" was matched by its number alone: the article's unit was no word.
    r = among_others({"bjorgen.txt": _BJORGEN})
    assert "여자 30㎞ 클래식" in bold(top(r, "비에르겐 여자 30km 클래식 결과 어땠어?"))


_HONG_LEI = ("---\ntitle: 중국 외교부 대변인 \"안중근은 항일의사\"\npublished: 2013-11-20\n---\n"
             "훙레이 중국 외교부 대변인은 정례브리핑에서 안중근은 저명한 항일의사라고 말했다.\n"
             "중국은 기념물 설치가 관련 법률에 따른 것이라고 밝혔다.\n")
_GENG_SHUANG = ("---\ntitle: 중국, 미국 대북제재에 결연한 반대\npublished: 2018-02-25\n---\n"
                "겅솽 중국 외교부 대변인은 24일 성명에서 미국의 일방적 제재에 반대한다고 밝혔다.\n"
                "중국은 안보리 결의를 엄격하게 집행하고 있다고 덧붙였다.\n")


def test_asked_who_holds_an_office_the_newest_report_answers_first(among_others):
    # 중국 외교부 대변인 누구야: a report of 2013 (훙레이) was the first answer, the one of 2018
    # (겅솽) the second; offices change hands.
    r = among_others({"hong.txt": _HONG_LEI, "geng.txt": _GENG_SHUANG})
    assert "겅솽" in top(r, "중국 외교부 대변인 누구야?").excerpt.text
    # Asked of the holder at an act, the report of the act answers, however old.
    assert "훙레이" in top(r, "안중근 항일의사라고 말한 중국 외교부 대변인 누구야?").excerpt.text


_PARTIES_CLASH = ("---\ntitle: 여야, 김영철 방남 놓고 정면 충돌\n---\n"
           "제 대변인은 \"그러나 남북관계 발전과 한반도 평화 정착을 위해 실질적 대화의 끈을 이어가고 만들어가는 것도 "
           "중요하다\"면서 \"민주당은 향후 한반도 안보에 대해 국회 차원의 협력을 원칙으로 한국당과 긴밀한 논의를 할 "
           "것이고, 대승적 이해를 부탁한다\"고 요청했다.\n"
           "민주평화당 최경환 대변인도 논평을 통해 \"통일대교에서 농성을 벌이는 한국당의 행위는 올림픽을 계기로 "
           "조성된 남북관계 개선과 한반도 평화 분위기를 훼방 놓기 위한 행태에 불과하다\"며 \"제1야당의 드러눕기와 막말에 많은 국민이 혀를 차고 있다\n"
           "성공적 올림픽에 최악의 오점\"이라고 비판에 가세했다\n"
           "한국당은 26일 청계광장에서 규탄 국민대회를 열 예정이다.\n")


def test_asked_what_was_said_a_quotation_left_open_is_quoted_to_its_end(among_others):
    # 뭐라고 했어: the crawl broke a line inside 최경환's quotation, and the quote was the sentence
    # before it with the open half; the rest of what was said, and who said it, is the answer.
    r = among_others({"clash.txt": _PARTIES_CLASH})
    text = top(r, "민주평화당은 한국당 농성이 올림픽에 뭐라고 했어?").excerpt.text
    assert "최악의 오점" in text and "최경환" in text


_WATCHING = ("---\ntitle: 문 대통령, 오늘 저녁 평창동계올림픽 폐막식 참석\n---\n"
            "문재인 대통령은 오늘 저녁 강원도 평창 올림픽스타디움에서 열리는 평창동계올림픽 폐막식에 참석합니다.\n"
            "문 대통령은 부인 김정숙 여사와 폐막식을 관람하고, 이번 올림픽이 성공적으로 치러지도록 힘쓴 관계자 등을 "
            "격려할 예정입니다.폐막식에는 김영철 북한 노동당 중앙위원회 부위원장을 단장으로 하는 북한 고위급대표단도 "
            "참석합니다.\n")


def test_a_name_before_yeosa_is_a_person(among_others):
    # 누구랑 같이 관람해: 김정숙 여사 was no plausible person, and 김영철 of the next sentence,
    # named by his title, was marked as the answer.
    r = among_others({"watching.txt": _WATCHING})
    assert marked(top(r, "문 대통령 폐막식 누구랑 같이 관람해?")).startswith("김정숙")


_WALL = ("---\ntitle: 트럼프, 멕시코와 장벽 갈등 키워\n---\n"
         "도널드 트럼프 미국 대통령이 멕시코와의 국경에 장벽을 건설하는 것과 관련, 멕시코가 비용을 부담해야 한다는 "
         "뜻을 고수하면서 멕시코와의 갈등을 키우고 있다\n"
         "24일(현지시간) 워싱턴포스트(WP)에 따르면 엔리케 페나 니에토 멕시코 대통령은 지난 20일 트럼프 대통령과 "
         "전화 통화를 나눈 뒤 이달 말 또는 3월 중 백악관을 방문하려던 계획을 철회했다\n"
         "약 50분 간의 전화 통화에서 국경 장벽 설치 문제를 놓고 또 한번 충돌했기 때문이다\n"
         "니에토 대통령이 건설 비용을 멕시코가 부담할 수 없다는 뜻을 확고히 했고, 트럼프 대통령은 이를 자신의 공약을 "
         "철회하라는 뜻으로 받아 들이며 발끈한 것으로 전해졌다\n"
         "한 멕시코 당국자는 “트럼프 대통령이 통화에서 화가 나 이성을 잃었다”고 설명했다.\n")


def test_malhan_saram_asks_who_said_it_not_about_an_end_of_month(among_others):
    # …라고 말한 사람 누구야: 말 of 말하다 was the question's focus, and "이달 말 또는 3월 중" of
    # another sentence matched it.
    r = among_others({"wall.txt": _WALL})
    assert "멕시코 당국자" in top(r, "트럼프가 통화에서 이성 잃었다고 말한 사람 누구야?").excerpt.text


_APARTMENT = ("---\ntitle: 남산외인아파트 20년 만에 철거\n---\n"
              "남산외인아파트는 1970년 착공해 1972년 완공된 16층과 17층 두 동의 건물이다.\n"
              "서울시는 남산 경관을 되살리기 위해 이 아파트를 사들여 철거하기로 했다.\n")


def test_asked_when_a_date_the_question_states_is_not_its_answer(among_others):
    # 1970년 착공한 … 언제 완공됐어: the question's own 1970년 was marked as the answer.
    r = among_others({"apartment.txt": _APARTMENT})
    assert marked(top(r, "1970년 착공한 남산외인아파트 언제 완공됐어?")) == "1972년"


_GAS = ("---\ntitle: 난방비 폭탄에 여야 책임 공방\npublished: 2023-01-27\n---\n"
        "주호영 국민의힘 원내대표는 \"문재인 정부는 대선 전까지 1년 반 동안 가스요금을 동결했다가 선거 끝난 뒤 "
        "겨우 12%를 인상했다\"고 주장했다.\n"
        "더불어민주당은 윤석열 정부가 요금 인상을 방치했다고 반박했다.\n"
        "정부는 취약계층 난방비 지원을 두 배로 늘리기로 했다.\n")


def test_asked_for_a_partys_office_another_partys_holder_does_not_answer(among_others):
    # 민주당 원내대표 누구야: 주호영 국민의힘 원내대표 was quoted, and marked.
    r = among_others({"gas.txt": _GAS})
    assert_refused_or_quoted(r.search("민주당 원내대표 누구야?", k=3), None)
    told = among_others({"gas.txt": _GAS + "박홍근 더불어민주당 원내대표는 정부가 난방비 대책을 내놓으라고 요구했다.\n"})
    told.reload()
    assert marked(top(told, "민주당 원내대표 누구야?")) == "박홍근"


_GENG_STATEMENT = ("---\ntitle: 중국, 미국 대북제재에 결연한 반대\npublished: 2018-02-25\n---\n"
                   "겅솽 중국 외교부 대변인은 24일 외교부 홈페이지에 올린 기자문답형식의 성명에서 미국의 일방적 제재에 "
                   "결연히 반대한다고 밝혔다.\n"
                   "중국은 안보리 결의를 엄격하게 집행하고 있다고 덧붙였다.\n")
_TOKYO_TRAINS = ("---\ntitle: 도쿄 철도 노선 운행 일시 중단 예정\n---\n"
                 "JR동일본은 선로 근처에서 불발탄이 발견되어 17일 일부 노선의 운행을 잠시 보류한다고 밝혔다.\n"
                 "운행 중단 시간은 11:00~12:00으로 예정되어 있다.\n")


def test_asked_the_hour_a_day_alone_does_not_answer_and_a_clock_does(among_others):
    # 몇 시에 나왔어: "24일 … 성명에서" was quoted; the day is not the hour. A timetable's clock
    # (11:00~12:00) is the hour, and was no time at all.
    r = among_others({"geng.txt": _GENG_STATEMENT, "tokyo.txt": _TOKYO_TRAINS})
    assert_refused_or_quoted(r.search("겅솽 대변인 성명 몇 시에 나왔어?", k=3), None)
    assert marked(top(r, "도쿄 철도 운행 중단 몇 시부터 몇 시까지야?")) == "11:00~12:00"


_GENG_GLOSSED = ("---\ntitle: 중 매체 \"남북 화해분위기에 악영향\"\npublished: 2018-02-25\n---\n"
                 "겅솽(耿爽) 중국 외교부 대변인은 24일 외교부 홈페이지에 올린 성명에서 미국의 일방적 제재에 결연히 "
                 "반대한다고 밝혔다.\n"
                 "중국은 안보리 결의를 엄격하게 집행하고 있다고 덧붙였다.\n")


def test_a_name_glossed_in_chinese_characters_before_a_title_is_marked(among_others):
    # 겅솽(耿爽) 중국 외교부 대변인: Kiwi read the glossed name as a common noun, and nothing was
    # marked (the nearest word, 외교부, was the only candidate before the title).
    r = among_others({"geng.txt": _GENG_GLOSSED})
    assert marked(top(r, "중국 외교부 대변인 누구야?")) == "겅솽"


_JANG = ("---\ntitle: 장성택 실각설, 측근 처형 잇따라\n---\n"
         "정보당국은 조선민주주의인민공화국의 장성택 국방위원회 부위원장이 실각했을 가능성이 높다고 밝혔다.\n"
         "정보당국은 측근들이 처형당했음을 감안할 때 장성택이 모든 권한에서 해임당했을 것이라고 추측했다. "
         "그의 부인의 거취에 대해서는 \"확인된 건 없다\"는 입장이다.\n")
_FARM = ("---\ntitle: 경주 목장서 조류 인플루엔자 확인\n---\n"
         "경북 경주의 한 목장에서 조류 인플루엔자(AI) 발병이 확인되었다.\n"
         "경상북도는 그동안 AI가 발병한 적이 한 번도 없었다며 목장 주변 3km 안의 닭과 오리를 모두 살처분하기로 했다.\n")


@pytest.mark.parametrize("article, question, added, expected", [
    # 부인 이름 뭐야 asks whose name: a wife's, a person's. A quote that names no one ("그의 부인의
    # 거취") was given for it, the question read as asking what something is called.
    (("jang.txt", _JANG), "장성택 부인 이름 뭐야?", "", None),
    (("jang.txt", _JANG), "장성택 부인 이름 뭐야?", "장성택의 부인 김경희 노동당 비서도 최근 공개 석상에 나타나지 않았다.\n",
     "김경희"),
    # ... and so does a trade (목장 주인): an article that never says who owns the farm does not tell.
    (("farm.txt", _FARM), "경주 AI 발병 목장 주인 이름 뭐야?", "", None),
    (("farm.txt", _FARM), "경주 AI 발병 목장 주인 이름 뭐야?", "목장 주인 김철수 씨는 방역에 적극 협조하겠다고 말했다.\n", "김철수"),
])
def test_a_name_asked_of_a_wife_or_an_owner_is_a_persons(among_others, article, question, added, expected):
    name, text = article
    answer = among_others({name: text + added}).search(question, k=3)
    if expected is None:
        assert answer.results == ()
    else:
        assert expected in answer.results[0].excerpt.text


_RACECOPTER_SPEED = ("---\ntitle: 헬리콥터를 개조해 만든 경주용차\n---\n"
                     "제프 블로크는 폐기 처분된 헬리콥터를 주행 가능한 자동차로 개조했다.\n"
                     "지난 5월 블로크가 만든 이 레이스콥터는 24시간 레몬스 레이스 대회에서 주최자 상을 탔다.\n"
                     "레이스콥터가 땅 위에서 낼 수 있는 최고 속도는 시속 128km다.\n")


_SUBMARINE = ("---\ntitle: 무인 잠수정, 바닷속 탐사 성공\n---\n"
              "무인 잠수정은 깊은 바다 속 열수구까지 내려가 사진을 찍었다.\n"
              "잠수정은 속이 빈 티타늄 구로 수압을 견딘다.\n")


def test_a_noun_kiwi_cut_into_a_syllable_and_a_particle_is_searched_whole(among_others):
    # 속도 얼마나 나와: Kiwi reads 속 + 도 (even the inside) there, so the articles' 속 was searched
    # and not 속도, and the question was refused; alone, it reads 속도.
    r = among_others({"racecopter.txt": _RACECOPTER_SPEED, "submarine.txt": _SUBMARINE})
    assert "128km" in top(r, "레이스콥터 속도 얼마나 나와?").excerpt.text


_BORDER_WALL = ("---\ntitle: 트럼프, 멕시코 국경장벽 예산 요청\n---\n"
                "트럼프 대통령은 의회에 멕시코 국경장벽 건설 예산 250억 달러를 요청했다.\n"
                "멕시코 국경장벽 건설은 트럼프 대통령의 주요 대선 공약이다.\n"
                "장벽 건설 비용은 멕시코가 부담하도록 하겠다는 게 트럼프 대통령의 복안이다.\n")


def test_a_length_asked_as_kiwi_reads_a_road_is_still_a_length(among_others):
    # 길이 얼마나 돼: before 얼마나, Kiwi reads 길 (a road) + 이, and the question asked for any
    # number (250억 달러); read as 길이, it asks for a length, which a report of the wall's budget
    # does not give.
    bridge = "---\ntitle: 한강 새 다리 개통\n---\n한강에 새 다리가 개통됐다. 다리 길이는 1.5km다.\n"
    r = among_others({"wall.txt": _BORDER_WALL, "bridge.txt": bridge})  # (길이 in the corpus)
    answer = r.search("멕시코 국경장벽 길이 얼마나 돼?", k=1)
    assert not answer.results and answer.reason_code == "kind_missing"


def test_a_length_asked_as_kiwi_reads_a_road_is_answered_with_one(among_others):
    r = among_others({"wall-length.txt": "---\ntitle: 멕시코 국경장벽, 어디까지 왔나\n---\n"
                      "미국과 멕시코 사이 국경장벽은 길이가 약 3145km에 이른다.\n"
                      "장벽 건설은 트럼프 대통령의 주요 대선 공약이었다.\n"})
    assert marked(top(r, "멕시코 국경장벽 길이 얼마나 돼?")) == "약 3145km"


_HOPAE = ("---\ntitle: 서울시, 고영근의 호패와 명판 등록문화재로 등록 추진\n---\n"
          "서울특별시는 고영근의 증손자가 소장하고 있던 고영근의 호패 2점과 명판 2점에 대한 등록문화재 등록을 27일 "
          "문화재청에 신청했다고 보도자료를 통해 밝혔다.\n"
          "이번에 등록 신청된 고영근의 호패는 1887년 서각으로 제작된 것과 1889년 상아로 제작된 것 두 가지다.\n"
          "호패는 오늘날의 신분증과 비슷한 것으로 조선시대에는 모든 계층의 16세 이상 남자가 차고 다녔다.\n")


def test_asked_where_something_was_filed_the_body_before_the_act_answers_and_this_time_does_not(among_others):
    # 어디에 신청했어: 이번에 등록 신청된 had 이번 marked as the place, and 문화재청에 신청했다 stayed a
    # merely plausible body.
    r = among_others({"hopae.txt": _HOPAE})
    result = top(r, "고영근 호패 등록 어디에 신청했어?")
    assert "문화재청에 신청했다" in result.excerpt.text and marked(result) == "문화재청"


_VICTORY_DAY = ("---\ntitle: 북한, 전국노병대회 개최\n---\n"
                "2021년 7월 27일, 김정은 북한 국무위원장이 6.25 전쟁 정전협정 체결일을 기념하여 전국노병대회에 참석해 "
                "연설하였다고 한다.\n"
                "오늘날 북한은 미국과 전쟁을 벌여 이긴 날이라는 의미로 정전협정 체결 기념일을 '전승절'로 부르며 기념하고 "
                "있다.\n")


def test_asked_what_a_thing_is_called_the_name_it_is_called_by_answers(among_others):
    # 체결일 뭐라고 불러: Kiwi reads 체결 + 일, and 일 became the kind of name asked; '전승절'로 부르며
    # does not say 일 beside it, and the sentence repeating 체결일 was quoted instead.
    r = among_others({"victory.txt": _VICTORY_DAY})
    assert marked(top(r, "북한은 정전협정 체결일을 뭐라고 불러?")) == "전승절"


_DERAILMENT = ("---\ntitle: 대전에서 고속열차 탈선... 11명 부상\n---\n"
               "1일 오후 대전조차장역 인근에서 부산으로 가던 고속열차가 선로를 벗어나 승객 11명이 다쳤다.\n"
               "운영사인 주식회사 에스알은 \"열차에서 진동이 발생하자 기관사가 즉시 제동했다\"고 밝혔다.\n"
               "사고 열차의 승객들은 버스를 타고 대전역으로 옮겨 후속 열차를 이용했다.\n")
_DERAILMENT_NAMED = _DERAILMENT.replace("기관사가 즉시", "기관사 김민수 씨가 즉시")


def test_asked_someones_name_by_what_they_are_a_quote_that_leaves_them_unnamed_does_not_answer(among_others):
    # 기관사 이름 뭐야: the sentence saying 기관사가 즉시 제동했다 repeats every word of the question
    # and names no one; 에스알 is the company, not the driver.
    answer = among_others({"derailment.txt": _DERAILMENT}).search("탈선 열차 기관사 이름 뭐야?", k=3)
    assert not answer.results and answer.reason_code == "kind_missing"


def test_asked_someones_name_by_what_they_are_the_name_given_to_that_word_answers(among_others):
    result = top(among_others({"derailment.txt": _DERAILMENT_NAMED}), "탈선 열차 기관사 이름 뭐야?")
    assert "기관사 김민수 씨가" in result.excerpt.text


_SPACE_RETURN = ("---\ntitle: 소유스 우주선, 115일 임무 마치고 지구 귀환\n---\n"
                 "러시아 우주비행통제센터는 30일 러시아 우주인 아나톨리 이바니쉰, 미국 우주인 캐슬린 루빈스, 일본 우주인 "
                 "오니시 다쿠야를 태운 소유스 귀환캡슐이 카자흐스탄 초원에 무사히 착륙했다고 밝혔다.\n"
                 "우주인들은 국제우주정거장에서 115일 동안 머물며 여러 실험을 수행했다.\n")


def test_asked_someones_name_by_what_they_are_a_name_right_after_the_word_answers(among_others):
    # 일본 우주인 오니시 다쿠야: the name follows the word; the second sentence, with 우주인 and no
    # name, is not the answer.
    result = top(among_others({"soyuz.txt": _SPACE_RETURN}), "소유스 타고 돌아온 일본 우주인 이름 뭐야?")
    assert marked(result) == "오니시 다쿠야"


_TRASH_BAGS = ("---\ntitle: 난방비 폭탄... 대중교통 요금도 오를 예정\n---\n"
               "2월부터는 대중교통 요금도 순차적으로 오를 전망이다.\n"
               "종량제 쓰레기봉투 가격은 현재까지 동결이 유력하다. 서울시 관계자는 \"아직 인상 계획은 없다\"고 밝혔다.\n")


def test_asked_the_name_of_an_official_news_leaves_unnamed_nothing_is_quoted(among_others):
    # 관계자 이름: news quotes 서울시 관계자 without a name; the sentence repeating the question's
    # words is no answer.
    answer = among_others({"heating.txt": _TRASH_BAGS}).search("쓰레기봉투 값 동결 말한 서울시 관계자 이름 뭐야?", k=3)
    assert not answer.results and answer.reason_code == "kind_missing"


_PARIS_SHOOTING = ("---\ntitle: 프랑스 파리에서 쿠르드족 노린 총기 난사\n---\n"
                   "프랑스 파리의 쿠르드족 거주 지역에서 60대 남성이 총기를 난사해 세 명이 숨졌다.\n"
                   "현장에서 체포된 용의자는 '윌리암 M.'이라는 69살 백인 남성으로 최근 보석으로 풀려난 것으로 알려졌다.\n")


def test_asked_someones_name_by_what_they_are_a_name_said_to_be_it_answers(among_others):
    # 용의자는 '윌리암 M.'이라는: the name is what the word is, across a quotation mark.
    result = top(among_others({"paris.txt": _PARIS_SHOOTING}), "파리 쿠르드족 총격 용의자 이름 뭐야?")
    assert "'윌리암 M.'이라는" in result.excerpt.text


def test_a_campaign_named_only_by_its_hashtag_is_found_as_typed(among_others):
    # The report writes the campaign only as "#CancelKorea"; a reader types it in Hangul, as
    # chat does, or as the hashtag.
    r = among_others({
        "cancel.txt": "---\ntitle: 필리핀에서 번진 반한 운동\n---\n"
            "최근 필리핀에서 한국에 반대하자는 운동인 \"#CancelKorea\" 움직임이 일고 있다.\n"
            "이 사태의 시작은 틱톡 스타인 벨라 포치가 욱일기 형상의 문신을 새긴 사진을 올렸기 때문이었다.\n"
            "벨라 포치는 문신이 잘못되었다는 것을 알게 되었다며 사과문을 올렸다.\n",
        "metoo.txt": "---\ntitle: 미투 운동 1년\n---\n"
            "미투 운동은 지난해 미국에서 시작됐다.\n"
            "운동이 시작된 계기는 할리우드 제작자의 성추문 보도였다.\n",
    })
    for question in ("캔슬코리아 운동 왜 시작됐어?", "#CancelKorea 운동 왜 시작됐어?"):
        assert "욱일기 형상의 문신" in top(r, question).excerpt.text


def test_words_reported_with_a_verb_of_denial_are_what_someone_said(among_others):
    # 뭐라고 했어 asks what someone said; news reports it as often with 부인했다 or 반박했다 after
    # the quoted words as with 말했다, and such a sentence was refused as saying nothing.
    r = among_others({
        "taxi.txt": "---\ntitle: 택시에 두고 내린 마약 찾으려던 20대 입건\n---\n"
            "택시 기사가 손님이 두고 내린 가방에서 마약을 발견해 경찰에 넘겼다.\n"
            "택시에 놓고 내린 마약을 찾으려던 26세 여성은 서울 강남구에서 입건됐으나, 발견된 마약이 "
            "자신의 것이 아니라고 혐의를 부인했다.\n"
            "경찰은 마약의 출처를 조사하고 있다.\n",
    })
    result = top(r, "택시에 마약 놓고 내린 여성 뭐라고 했어?")
    assert "자신의 것이 아니라고" in result.excerpt.text


def test_words_reported_as_hearsay_are_what_someone_said(among_others):
    # "…에 따르면, …했다고 한다" is how news most often passes on a witness's words: asked what
    # the witness said, that sentence answers, though it has no quotation marks and no 말했다.
    r = among_others({
        "crash.txt": "---\ntitle: 여객기 착륙 도중 추락\n---\n"
            "여객기가 현지시각 6일 오전 11시 30분 착륙 도중 활주로에 추락했다.\n"
            "목격자 앤서니 캐스토라니에 따르면, 여객기가 착륙하는 도중 불길이 치솟았고 기체가 뒤집혔다고 한다.\n"
            "연방교통안전국이 사고를 조사할 예정이다.\n",
    })
    result = top(r, "여객기 추락 목격자 뭐라고 했어?")
    assert "기체가 뒤집혔다고 한다" in result.excerpt.text


def test_the_culprit_a_reader_asks_about_is_the_criminal_news_writes_of(among_others):
    # A reader says 범인; the report says 범죄자 or 용의자.
    r = among_others({
        "qr.txt": "---\ntitle: 볶음밥 노점상, QR코드 바꿔치기에 하루 매출 날려\n---\n"
            "중국 구이양의 한 볶음밥 노점상이 최근 QR코드 바꿔치기에 당해 하루 매출을 모두 날렸다.\n"
            "노점상은 한 그릇에 10위안 하는 볶음밥을 하루 100그릇 이상 판다.\n"
            "노점상이 자리를 비운 사이 범죄자가 자신의 계좌에 연결된 QR코드를 인쇄해 노점상의 코드 위에 덧붙였다.\n",
    })
    result = top(r, "QR코드 바꿔치기 범인 어떻게 했어?")
    assert "코드 위에 덧붙였다" in result.excerpt.text


_IMPEACHMENT_MOTION = ("---\ntitle: 교육부 장관 해임 건의안 국회 통과\n---\n"
                       "교육부 장관 해임 건의안이 24일 국회 본회의를 통과했다.\n"
                       "야당 원내대표는 \"장관은 해임 건의를 무겁게 받아들여 즉시 물러나야 한다\"고 말했다.\n"
                       "이에 대해 정홍원 국무총리는 \"해임 건의안의 취지는 존중하지만 장관 교체는 신중히 판단하겠다\"고 "
                       "밝혔다.\n"
                       "교육부는 다음 주 새 입시 제도를 발표할 예정이다.\n")
# Other reports, so that the president is a common word of the corpus, as in the news.
_PRESIDENT = {
    "visit.txt": "---\ntitle: 박근혜 대통령, 프랑스 국빈 방문\n---\n"
                 "박근혜 대통령은 3일 프랑스를 국빈 방문해 올랑드 대통령과 정상회담을 열었다.\n",
    "budget.txt": "---\ntitle: 박근혜 대통령 예산안 시정연설\n---\n"
                  "박근혜 대통령은 18일 국회에서 내년도 예산안 시정연설을 했다.\n",
    "poll.txt": "---\ntitle: 박근혜 대통령 지지율 소폭 상승\n---\n"
                "박근혜 대통령의 국정 수행 지지율이 2주 연속 올랐다.\n",
}
_AIRSTRIKE = ("---\ntitle: 나토군 공습으로 아프간 민간인 4명 사망\n---\n"
              "나토군의 공습으로 아프가니스탄 남부 헬만드 주에서 여성과 어린이 등 민간인 4명이 숨졌다.\n"
              "국제안보지원군(ISAF)은 탈레반 지휘관이 탄 차량을 추적하던 중 공습을 했다고 밝혔다.\n"
              "ISAF 대변인은 \"민간인 희생에 깊은 유감을 표한다\"고 말했다.\n")


@pytest.mark.parametrize("article, question, expected", [
    (_IMPEACHMENT_MOTION, "해임 건의안에 총리 뭐라고 했어?", "신중히 판단하겠다"),
    (_AIRSTRIKE, "ISAF 대변인은 공습에 뭐라고 했어?", "깊은 유감을 표한다"),
    # 뭐라고 했어 asks what was said, not for a name: 대통령 and 정부 are who is asked about, and
    # an article that never names them reports only others' words.
    (_IMPEACHMENT_MOTION, "해임 건의안 통과에 대통령은 뭐라고 했어?", None),
    (_IMPEACHMENT_MOTION, "박근혜 대통령 해임 건의안에 뭐라고 했어?", None),
    (_AIRSTRIKE, "아프간 정부는 공습에 뭐라고 했어?", None),
])
def test_asked_what_someone_said_an_article_that_never_names_them_does_not_answer(among_others, article, question,
                                                                                 expected):
    answer = among_others({"speech.txt": article, **_PRESIDENT}).search(question, k=3)
    assert_refused_or_quoted(answer, expected, reason="topic_missing")


_WASTEWATER = ("---\ntitle: 낙동강에 폐수 무단 방류한 도금업체 적발\n---\n"
               "낙동강 지류에 폐수를 무단으로 흘려보낸 김해의 한 도금업체가 적발됐다.\n"
               "환경부는 이 업체 대표에 대한 고발을 검토 중이다.\n")
_WASTEWATER_FILED = _WASTEWATER.replace("대표에 대한 고발을 검토 중이다.", "대표를 경찰에 고발했다.")


@pytest.mark.parametrize("article, expected", [
    (_WASTEWATER_FILED, "경찰에 고발했다"),
    # Only considered: 고발 결국 됐어 asks whether it was done, with chat's adverb between the act
    # and its verb.
    (_WASTEWATER, None),
])
def test_asked_whether_an_act_happened_with_an_adverb_before_its_verb_a_plan_does_not_answer(among_others, article,
                                                                                             expected):
    answer = among_others({"wastewater.txt": article}).search("폐수 방류 도금업체 고발 결국 됐어?", k=3)
    assert_refused_or_quoted(answer, expected, reason="words_missing")


_ARIRANG = ("---\ntitle: 아리랑 3호 일본서 발사 성공\n---\n"
            "다목적 실용위성 아리랑 3호가 18일 오전 일본 다네가시마 우주센터에서 발사됐다.\n"
            "아리랑 3호는 2006년 발사된 아리랑 2호보다 해상도가 네 배 높은 카메라를 실었다.\n")


@pytest.mark.parametrize("question, expected", [
    ("아리랑 3호 언제 발사됐어?", "18일 오전"),
    # The report names the 3호 and the 2호 of the series, not the 5호: it tells of others.
    ("아리랑 5호 언제 발사됐어?", None),
])
def test_asked_about_one_numbered_satellite_a_report_of_others_in_the_series_does_not_answer(among_others, question,
                                                                                            expected):
    answer = among_others({"arirang.txt": _ARIRANG}).search(question, k=3)
    assert_refused_or_quoted(answer, expected, reason="topic_missing")


_TRUCK_CRASH = ("---\ntitle: 중부고속도로서 화물차 5중 추돌\n---\n"
                "27일 새벽 중부고속도로 음성 나들목 부근에서 화물차 등 차량 5대가 잇따라 부딪쳤다.\n"
                "이 사고로 맨 앞 화물차를 몰던 운전사가 그 자리에서 숨지고 3명이 다쳤다.\n")
_TRUCK_CRASH_NAMED = _TRUCK_CRASH.replace("화물차를 몰던 운전사가", "화물차를 몰던 운전사 김모(54)씨가")


@pytest.mark.parametrize("article, expected", [
    (_TRUCK_CRASH_NAMED, "김모(54)씨"),
    # 운전사, like 기관사, is someone whose name is asked: the report leaves the driver unnamed,
    # and 음성 or 중부고속도로 is no one's name.
    (_TRUCK_CRASH, None),
])
def test_asked_the_name_of_a_driver_a_report_that_leaves_them_unnamed_does_not_answer(among_others, article, expected):
    answer = among_others({"crash.txt": article}).search("중부고속도로 추돌 화물차 운전사 이름 뭐야?", k=3)
    assert_refused_or_quoted(answer, expected)


# --- asked in a reader's own words, not the article's (held-out set 99) ----------------------

_RELIEF_FUND = ("---\ntitle: 경기도 재난기본소득 효과 조사\n---\n"
                "경기도는 재난기본소득 효과를 조사해 14일 결과를 발표했는데, 가맹점의 56%가 월매출이 증가했다고 밝혔다.\n"
                "재난기본소득 만족도 조사에서 경기도민 90%가 잘했다고 평가했다.\n"
                "지역 화폐를 사용한 매출은 44.5%가 증가하여 크게 상승한 것으로 확인되었다.\n")


@pytest.mark.parametrize("question, expected", [
    # By how much a sum grew is told as a share as often as in money (매출은 44.5%가 증가).
    ("경기도 지역화폐 매출 얼마나 늘었어?", "44.5%"),
    # ... and a shop, as a reader says it, is the 가맹점 of the report.
    ("경기도 재난기본소득으로 매출 늘어난 가게 몇 %야?", "56%"),
    # How much was given to each is a sum of money, which no share answers.
    ("경기도 재난기본소득 한 사람당 얼마 줬어?", None),
])
def test_a_change_is_answered_by_a_share_and_a_sum_given_only_by_money(among_others, question, expected):
    answer = among_others({"fund.txt": _RELIEF_FUND}).search(question, k=3)
    assert_refused_or_quoted(answer, expected)


def test_the_cheapest_one_asks_for_a_price(among_others):
    # 제일 싼 거 얼마야: a price, not the first number of the lead (7세대, 3월 24일).
    r = among_others({"sonata.txt": "---\ntitle: 현대 LF 쏘나타 출시\n---\n"
                      "현대자동차가 7세대 쏘나타(프로젝트명 LF)를 공식 출시했다.\n"
                      "현대자동차는 3월 24일 서울 삼성동 코엑스에서 신차발표회를 열고 LF쏘나타의 시판에 돌입했다.\n"
                      "LF쏘나타에는 운전석 무릎 에어백을 포함 총 7개의 에어백이 장착되었다.\n"
                      "LF쏘나타의 판매 가격은 스마트 2,545만원, 프리미엄 2,860만원이다.\n"})
    assert "2,545만원" in top(r, "LF쏘나타 제일 싼 거 얼마야?").excerpt.text


_FOREST_FIRE = ("---\ntitle: 울진·삼척 동시다발 산불 비상\n---\n"
                "전날 오후 경북 울진을 시작으로 강원 삼척 등 전국 8곳에서 산불이 동시다발로 발생했다.\n"
                "산불영향구역이 울진 3천240ha, 삼척 60ha 등 3천300ha로 최근 10년 이내 최대 피해 규모다.\n"
                "인명피해는 발생하지 않았으나 울진에서만 주택 등 158곳이 피해를 봤다.\n")


@pytest.mark.parametrize("question, expected", [
    # Houses asked in 채, counted by the report in 곳; hurt people asked of, 인명피해 told.
    ("울진 산불로 집 몇 채 피해 봤어?", "158곳"),
    ("울진 산불로 다친 사람 있어?", "인명피해는 발생하지 않았으나"),
])
def test_a_fire_report_answers_in_its_own_words(among_others, question, expected):
    assert expected in top(among_others({"fire.txt": _FOREST_FIRE}), question).excerpt.text


def test_an_event_asked_as_a_reader_calls_it_is_the_launch_the_report_names(among_others):
    # 발표 행사 for the 신차발표회 of the report: 행사 is any such event.
    r = among_others({"sonata.txt": "---\ntitle: 현대 LF 쏘나타 출시\n---\n"
                      "현대자동차가 7세대 쏘나타를 공식 출시했다.\n"
                      "현대자동차는 3월 24일 서울 삼성동 코엑스에서 신차발표회를 열고 LF쏘나타의 시판에 돌입했다.\n"})
    assert "코엑스" in top(r, "신형 쏘나타 발표 행사 어디서 했어?").excerpt.text


@pytest.mark.parametrize("article, expected", [
    ("박근혜의 변호사 국선변호인 김모씨는 이날 이렇게 말했다.", "김모씨"),
    # 변호인 is someone whose name is asked: 박근혜의 변호사 is whose lawyer, not the lawyer's name.
    ("박근혜의 변호사 국선변호인은 이날 이렇게 말했다.", None),
])
def test_asked_the_name_of_a_defence_lawyer_the_client_is_not_it(among_others, article, expected):
    answer = among_others({"trial.txt": "---\ntitle: 박근혜, 검찰에 징역 35년 구형받아\n---\n"
                           "박근혜 전 대통령이 파기환송심 재판에서 검찰에게 징역 35년을 구형받았다.\n"
                           f"{article}\n"
                           "박 전 대통령은 이 사건 이전에는 부패에 연루된 적이 없다.\n"}).search("박근혜 국선변호인 이름 뭐야?", k=3)
    assert_refused_or_quoted(answer, expected)


def test_a_fine_asked_as_a_reader_calls_it_is_the_penalty_the_report_names(among_others):
    # 벌금, as people call any fine, for the report's 과태료; 담배 피우면 for its 흡연을 하면.
    r = among_others({"smoking.txt": "---\ntitle: '길거리 금연 의무화'... 흡연자 반발\n---\n"
                      "금연 거리를 자치단체마다 만들도록 의무화하는 법안이 국회에 발의됐다.\n"
                      "금연구역으로 지정된 길거리에서 흡연을 하면 과태료 10만원을 부과 받게 된다.\n"
                      "비흡연자들은 이 법안을 환영하지만, 흡연자들은 지나친 규제라며 반발하고 있다.\n"})
    assert "과태료 10만원" in top(r, "길거리에서 담배 피우면 벌금 얼마야?").excerpt.text


def test_until_before_something_is_no_word_the_answer_must_hold(among_others):
    # 고쳐지기 전까지: 전 relates the question's words, as 후 does; the report says 나올 때까지.
    r = among_others({"alyac.txt": "---\ntitle: 알약 오류로 컴퓨터 부팅 불가\n---\n"
                      "안티 바이러스 프로그램 알약이 랜섬웨어 인식 오류를 일으켜 사용자의 컴퓨터를 다운시키는 일이 발생하였다.\n"
                      "알약을 개발한 이스트시큐리티에서는 정확한 원인 분석 및 긴급 대응을 하겠다고 공지를 올렸다. "
                      "해결책이 나올 때까지는 랜섬웨어 차단 기능을 해제해야 한다.\n"})
    assert "차단 기능을 해제" in top(r, "알약 문제 고쳐지기 전까지 어떻게 해야 돼?").excerpt.text


def test_raised_is_the_level_news_writes_as_격상(among_others):
    r = among_others({"kim.txt": "---\ntitle: 김정일 사망 공식 보도\n---\n"
                      "조선중앙TV는 특별 방송으로 김정일의 사망 소식을 일제히 보도하였다.\n"
                      "합동참모본부는 한미연합사령부와의 긴급 회의를 열었으나, 워치콘 격상은 하지 않는 것으로 밝혔다.\n"})
    assert "워치콘 격상은 하지 않는" in top(r, "김정일 사망 후 우리 군 워치콘 올렸어?").excerpt.text


_GOOGLE_PHOTOS = ("---\ntitle: 구글 포토 무료서비스 종료\n---\n"
                  "구글(Google)은 2021년 6월 1일부터 무제한으로 고화질 사진과 동영상을 백업하는 기능을 중단한다고 밝혔다.\n"
                  "구글은 더 많은 추억을 보관할 공간을 확보하고 앞으로 더 나은 Google 포토 서비스를 제공하기 위함이라 했다. 2021년 6월 1일부터는 Google 계정에서 무료로 제공되는 15GB의 저장용량 또는 추가로 구매한 저장용량에 포함된다. 2021년 6월 1일 이전에 고화질로 백업되는 모든 사진 및 동영상은 이번 변경사항의 적용을 받지 않으므로 Google 계정 저장용량에 반영되지 않는다. 고화질로 업로드된 기존의 모든 콘텐츠도 저장용량에 반영되지 않는다.\n"
                  "2021년 6월 1일 이후 저장용량 한도에 거의 도달하면 구글에서 알림을 보내 연락할 것이라고 한다.\n"
                  "구글은 2021년 6월 1일 출시될 새 저장용량 관리 도구를 사용해 어둡거나 흐릿한 콘텐츠 및 기타 원치 않는 콘텐츠를 쉽게 찾아 삭제할 수 있는 서비스를 제공할 예정이라 했다.\n")


@pytest.mark.parametrize("question, expected", [
    # 무료 is no price: 얼마 of free storage asks its size.
    ("구글 무료 저장공간 얼마야?", "15GB"),
    # ... and 하기 위함이다 gives a purpose, as 하기 위해 does.
    ("구글은 포토 무료 백업 왜 중단한대?", "추억을 보관할 공간을 확보"),
])
def test_free_storage_asks_a_size_and_a_purpose_answers_why(among_others, question, expected):
    assert expected in top(among_others({"photos.txt": _GOOGLE_PHOTOS}), question).excerpt.text


def test_a_purpose_given_as_위함_answers_why(among_others):
    r = among_others({"photos.txt": "---\ntitle: 구글 포토 무료 백업 중단\n---\n"
                      "구글이 6월 1일부터 구글 포토의 무제한 무료 백업을 중단한다.\n"
                      "구글 포토 무료 백업 중단 소식에 사용자들은 불만을 나타냈다.\n"
                      "구글은 더 많은 추억을 보관할 공간을 확보하기 위함이라고 설명했다.\n"})
    assert "공간을 확보하기 위함" in top(r, "구글은 포토 무료 백업 왜 중단한대?").excerpt.text


def test_an_age_follows_a_name_written_in_chinese_characters(among_others):
    r = among_others({"nobel.txt": "---\ntitle: 2016 노벨 생리의학상, 일본의 오스미 요시노리 교수\n---\n"
                      "노벨위원회는 2016년 노벨생리의학상 수상자로 오스미 요시노리(大隅良典, 71, 일본 도쿄공업대 명예교수)를 선정했다고 밝혔다.\n"
                      "오스미 교수는 1980년대 현미경 관찰로 세포 내에서 오토파지 현상을 발견했다.\n"})
    assert "(大隅良典, 71," in top(r, "오스미 교수 몇 살이야?").excerpt.text


@pytest.mark.parametrize("decision, expected", [
    ("법원은 고종석에 대한 구속영장을 발부했다.", "구속영장을 발부했다"),
    # Applied for is not issued: 발부됐어 asks whether it was, and 되 glued to 발부 makes it the act asked.
    ("나주경찰은 고종석의 진술 등을 토대로 구속영장을 신청할 방침이다.", None),
])
def test_whether_a_warrant_was_issued_is_not_answered_by_its_application(among_others, decision, expected):
    answer = among_others({"naju.txt": "---\ntitle: 나주 성폭행범 고종석\n---\n"
                           "성폭행범 고종석은 지난 30일 나주시 한 주택에서 잠자던 7세 A양을 납치했다.\n"
                           f"{decision}\n"}).search("고종석 구속영장 발부됐어?", k=3)
    assert_refused_or_quoted(answer, expected, reason="words_missing")


def test_how_much_a_thing_is_worth_is_a_sum_of_money(among_others):
    r = among_others({"card.txt": "---\ntitle: 카드사 개인정보 유출\n---\n"
                      "유출된 정보 중에는 주민등록번호와 신용카드 승인 내역 등 10여 개 항목이 포함됐다.\n"
                      "카드사 3곳은 결제내역 무료 서비스를 제공하기로 했지만, 월 300원짜리 무료 문자 서비스로 보상을 끝낼 것이냐는 비난이 쏟아지고 있다.\n"})
    # 얼마짜리 asks a price: not the count of card companies beside it.
    assert marked(top(r, "카드사 문자 서비스 한 달에 얼마짜리야?")) == "300원"


def test_what_an_inquiry_concluded_is_what_it_said_of_a_cause_of_death(among_others):
    # 사인 (死因) for the report's 사망; 결론내렸다 reports what the institute said.
    r = among_others({"cross.txt": "---\ntitle: 십자가형 모방 자살 사건 발생\n---\n"
                      "경상북도 문경시에 있는 한 폐광산에서 십자가 형태의 나무에 못박혀 죽은 남성 시신이 발견되었다.\n"
                      "경찰은 단독 자살로 판단하고 국립과학수사연구원에 부검을 의뢰하였다. "
                      "국과수는 김 모가 배 부위의 많은 출혈과 함께 목을 매 질식하여 사망하였으며, 자살한 것으로 결론내렸다.\n",
                      # Another report writes 사인, so that the question's word is one the index knows.
                      "kim.txt": "---\ntitle: 북한 김정남 피살\n---\n"
                      "김정남은 말레이시아 쿠알라룸푸르 공항에서 신원 미상의 여성 2명에게 피살당했다.\n"
                      "정확한 사인은 시체 부검이 끝나야 알 수 있을 것으로 추정된다.\n"})
    assert "목을 매 질식" in top(r, "국과수는 십자가 남자 사인 뭐라고 했어?").excerpt.text


def test_an_illness_one_was_taken_to_hospital_with_answers_why(among_others):
    # 간출혈으로 입원한: what someone was admitted with is why.
    r = among_others({"crash.txt": "---\ntitle: 승리 교통사고 블랙박스 영상 공개, '음주운전' 논란 확산\n---\n"
                      "교통사고를 낸 승리의 음주운전 여부에 대해 관심이 뜨겁다.\n"
                      "아이돌그룹 빅뱅의 멤버 승리(25, YG엔터테인먼트)는 지난 12일 새벽 3시 36분께 서울 용산구 서빙고동 반포대교 인근 강변북로에서 포르셰 승용차를 타고 일산방향으로 가던 중 앞서 가던 벤츠 승용차를 들이받는 사고를 냈다. 부딪힌 벤츠는 도로를 이리저리 미끄러지다 한 바퀴를 돌아 왼쪽 중앙분리대와 강하게 충돌한 뒤에야 멈춰 섰다. 승리의 차도 가드레일을 들이받고 반쯤 뒤집힌 채 전복됐다.\n"
                      "이 사고로 승리와 앞 차에 타고 있던 54살 이모씨 등 3명이 부상을 입고 병원으로 옮겨졌다.\n"
                      "사고 영상을 본 누리꾼들은 승리의 음주운전 가능성을 강하게 제기했다.\n"
                      "승리가 사고 직후 구급차를 타고 병원에 이송되던 도중에 하차해 귀가했기 때문이다. 또한 승리가 타박상 등의 외상이 아닌 간출혈으로 입원한 점 또한 논란을 증폭시켰다.\n"
                      "현재 승리의 소속사인 YG엔터테인먼트는 음주운전 의혹을 적극 부인하고 있다. 이에 YG와 승리가 사고 야기에 대한 책임을 인정하고 피해와 염려를 끼친 데 대해 사과부터 했어야 한다는 의견이 지배적이다.\n"
                      "하지만 YG는 사고 이튿날인 13일 현재까지 공식적인 입장을 내놓지 않고 있다. 소속그룹 2NE1의 멤버 박봄의 마약스캔들과 위너의 멤버 남태현의 일진스캔들로 여론의 불신을 쌓았던 YG가 이번 사건으로 다시 한번 소속가수 인성논란에 불을 지폈다.\n"})
    # The quote opens on the illness, not on why he went home (귀가했기 때문이다) beside it.
    assert top(r, "승리 교통사고 후 왜 입원했어?").excerpt.text.startswith("또한 승리가 타박상 등의 외상이 아닌 간출혈으로 입원한")


_DEATH_BENEFIT = ("---\ntitle: 순직 장병 사망보상금 인상\n---\n"
                  "국방부는 이번 달 25일, 군 복무 중 순직한 장병의 유족에게 지급하는 사망보상금 최저 지급액을 인상하고, 특수직무 순직 사망보상금을 신설하는 것을 골자로하는 군인연금법 시행령을 개정, 공포했다.\n"
                  "국방부는 이번 개정을 통해 종전에는 공무수행 중 사망한 경우에 동일하게 보수월액의 36배를 사망보상금으로 지급하였지만, 이를 특수직무순직과 일반순직으로 구분했다. 이에 따라 생명과 신체에 대한 고도의 위험이 따르는 직무를 수행하다가 사망한 ‘특수직무순직’의 경우에는 소령 10호봉 보수월액의 55배인 1억 5,279만원이 지급된다. ‘일반순직’의 경우에는 현행대로 본인 보수월액의 36배가 지급되지만 기존 최저 지급액 기준이 중사 1호봉의 보수월액이었던 것에서 상사18호봉의 보수월액으로 인상되었다. 이에 따라 일반 순직의 경우 기존 3,656만원을 지급받던것에서 2.48배 인상된 9,072만원을 받게 된다.\n"
                  "그동안 군에서는 하사, 병 및 무관후보생 등에 대한 사망보상금이 민간 보상수준에 비해 현저히 낮아 군 간부들이 조위금을 모금하여 보상금을 보충하여 왔지만, 국방부는 이번 개정을 통해 이런 불합리한 관행을 시정할 수 있을 것으로 기대된다고 밝혔다. 또한 국방부는 위험한 직무를 수행하다 순직한 장병에게는 이에 상응한 적정한 보상이 이루어질 수 있도록 하기 위하여 순직 장병 보상체계 개선을 추진하여 왔으며, 이번 개정은 ‘국가를 위하여 헌신한 장병들에 대한 국가 책임을 강화’하겠다는 정부의 의지를 반영한 것이라고 밝혔다.\n")


def test_what_a_sum_rose_to_is_money(among_others):
    # 얼마로 올랐어 asks the level reached, in money: not the share it rose by.
    result = top(among_others({"benefit.txt": _DEATH_BENEFIT}), "일반 순직 보상금 얼마로 올랐어?")
    assert "9,072만원" in result.excerpt.text


_CRIMEA = (
    "---\ntitle: 푸틴 크림반도 합병 공식서명\n---\n"
    "블라디미르 푸틴 러시아 대통령이 크림자치공화국을 러시아 영토에 편입시키는 합병 조약에 서명했다.\n"
    "푸틴 대통령은 합병조약 서명에 앞서 상하원 합동 연설에서 \"크림 반도는 언제나 러시아의 떼어낼 수 없는 일부였다\"면서 \"크림은 러시아의 구성원이 될 것이며 강력하고 안정적인 자주권을 가지게 될 것\"이라고 밝혔으며, 우크라이나에 대해서는 \"우리는 우크라이나의 분열을 원치 않는다. 러시아가 크림에 이어 다른 지역도 합병할 것이라는 주장은 사실이 아니다\"라고 말했다.\n"
    "연설 직후 푸틴 대통령과 세르게이 악쇼노프 크림 공화국 총리는 크림의 러시아 합병 조약에 서명했다.\n"
    "합병 조약은 러시아 헌법재판소의 승인과 상하원의 비준을 얻어 발효된다. 발렌티나 마트비옌코 러시아 상원의장은 조약 비준 절차가 이번 주말까지 완료될 것이라고 말했다.\n"
    "푸틴 대통령의 합병조약 서명에 미국 정부 등 서방은 러시아의 크림반도 합병 조약 서명이 국제법 위반이라며 추가 제재를 준비하고 있다.\n"
    "제이 카니 백악관 대변인은 정례 브리핑에서 \"러시아 행보는 우크라이나 헌법과 주권을 무시하는 처사\"라며 \"국제사회는 크림반도를 러시아 일부로 인정하지 않겠다\"고 말했다. 이날 폴란드를 방문한 조 바이든 미국 부통령도 \"러시아의 불법 영토 점령을 전세계가 배격하고 있다\"고 비판했다.\n"
    "앙겔라 메르켈 독일 총리는 \"크림의 주민투표라는 것도 국제법을 위반했으며 크림공화국의 독립 선언과 푸틴 대통령의 크림 독립국 지위 인정, 러시아의 크림 흡수 등이 모두 국제법에 어긋난다\"고 지적했다.\n"
    "서방은 러시아를 주요 8개국(G8)에서 제외하고 6월 러시아 소치에서 열릴 예정이었던 G8 정상회의 준비를 위한 예비회담 참여도 유보했으며, 유럽연합(EU)는 오는 20일부터 정상회의를 열어 러시아에 대한 추가 대응조치를 논의할 예정이다.\n")


def test_left_out_of_a_group_is_what_news_writes_as_제외(among_others):
    r = among_others({"crimea.txt": _CRIMEA})
    assert "주요 8개국(G8)에서 제외" in top(r, "서방은 러시아를 어느 모임에서 뺐어?").excerpt.text


_CIA_REPORT = (
    "---\ntitle: 미 상원, CIA의 고문에 대한 보고서를 발간\n---\n"
    "미국 상원 정보위원회가 12월 9일 미 중앙정보국이 백악관과 미국 의회에 9·11 테러 이후의 테러 용의자 수감과 심문에 관한에 대한 잘못된 정보를 제공했다고 결론지었다.\n"
    "위원회는 6000장이 넘는 장대한 보고서 (옆의 이미지에서 열람 가능)를 발간했다. 보고서는 억류자들이 일주일 이상 잠을 자지 못했고, 기존에 알려진 인원보다 많은 억류자들을 물고문했다고 기술하고 있다.\n"
    "보고서는 부시 정부의 공무원들이 사후에야 보고를 받았다고 말하고 있다. 미 국방장관 도널드 럼즈펠드와 국무장관 콜린 파월은 물고문이 시작된 지 1년 후에야 CIA의 작전에 대한 보고를 받았다. 부시 행정부는 \"발전된 심문 기술\" 프로그램이 시작된 지 4년이 지난 2006년에야 관련 사실을 밝혔다.\n"
    "발간된 보고서는 프로그램의 효용성과 수집된 정보에 대한 정확성을 논박하고 있다. 기존에, 부시 행정부는 이러한 프로그램을 옹호하면서, 고문으로 얻은 정보를 통해 테러리스트를 체포하고, 오사마 빈 라덴을 포함한 알 카에다 고위층을 체포하는데 효과를 보고 있다고 주장해왔다. 보고서는 CIA의 내부 기록이 (위원회에 따르면) 이러한 옹호론을 반박한다고 밝혔다.\n"
    "미 중앙정보국 국장 존 브레넌은 위원회가 나열한 많은 실패점을 인식하고 있었으나, 보고서가 \"불완전하고, 일어난 일에 대한 선별적 기록\"이라고 비난했다. 공화당 상원 의원들은 이 보고서에 대해 비판적인데, 리차드 버는 \"픽션\"이라고 일축했고, 마르코 루비오는 상원 민주당원이 이 보고서를 당파적인 목적과 \"부시 행정부의 관료를 당황시키려는\" 목적으로 제작한 것이라고 주장했다.\n")


def test_a_week_in_words_answers_how_long(among_others):
    r = among_others({"cia.txt": _CIA_REPORT})
    assert "일주일 이상" in top(r, "CIA 억류자들 얼마 동안 못 잤어?").excerpt.text


def test_paying_a_bonus_is_what_a_survey_writes_as_지급(among_others):
    r = among_others({"bonus.txt": "---\ntitle: 직장에서 ‘추석 보너스’ 받으시나요?\n---\n"
                      "사람인이 기업 519개사를 대상으로 ‘추석 상여금 지급 계획’을 조사한 결과, 58.8%가 ‘지급할 계획이 있다’고 답했다.\n"
                      "상여금을 지급하는 이유는 ‘직원들을 격려하기 위해서’(41.3%), ‘애사심을 높이기 위해서’(19.3%) 등이었다.\n"})
    assert marked(top(r, "추석 상여금 주는 회사 몇 %야?")) == "58.8%"


# Whose a book or a film is (Wikinews): news names its author or director so, without the word.
_STUDENT_COUNCIL = (
    "---\ntitle: 학생회 임원들 2기, 애니플러스에서 방영\n---\n"
    "애니플러스 측은 2013년 1월 8일 24:30, 즉 1월 9일 오전 12:30에 학생회 임원들 2기가 처음으로 방영된다고 밝혔다. "
    "1기는 한국에 정식으로 방영되지 않았으며 학생회 임원들이 이번에 정식 방영하는 것은 처음이다.\n"
    "학생회 임원들 * 1화는 이미 지난 1월 4일에 TOKYO MX를 통해 이미 일본 현지에서 방영된 바 있다. "
    "이번에 방영되는 에피소드도 학생회 임원들 2기의 제 1화이다.\n"
    "\"학생회 임원들\"은 유지메 토젠의 학원 코미디 만화로, 학생회장인 아마쿠사 시노, 부회장인 츠다 타케토시, 시치죠 아리아, "
    "회계 담당 하기무라 스즈, 학생회 고문인 요코시마 선생님이 등장한다.\n")
_USB_ALBUM = (
    "---\ntitle: 지드래곤의 USB앨범 논란\n---\n"
    "지드래곤(G-Dragon)의 USB앨범을 '음반'으로 인정할 수 있느냐를 놓고, 논란이 일어났다. 그는 2017년 6월 8일 새로운 음악을 "
    "내놓았는데, 특이하게도 기존의 CD형태가 아닌, USB 형태였다.\n"
    "대한민국의 가온 차트에서는 이를 '음반'으로 인정하고 있지 않다. 가온차트는 지드래곤의 USB 앨범을 '전송'(다운로드 서비스)으로 "
    "판단하여 다운로드 차트라고 보고, 그 이상의 '음반'으로는 보지 않은 것이다.\n"
    "이번 사태는 봉준호의 영화 '옥자'가 인터넷 스트리밍을 중심으로 개봉한 것과 함께, 예술의 형태와 제도에 대한 새로운 이슈를 제기하고 있다.\n")


def test_whose_comic_it_is_names_its_author(among_others):
    result = top(among_others({"council.txt": _STUDENT_COUNCIL}), "학생회 임원들 원작자 누구야?")
    assert marked(result) == "유지메 토젠"


def test_whose_film_it_is_names_its_director(among_others):
    result = top(among_others({"usb.txt": _USB_ALBUM}), "옥자 감독 누구야?")
    assert marked(result) == "봉준호"


def test_the_author_is_also_the_writer(among_others):
    r = among_others({"yuru.txt": "---\ntitle: 유루유리 OVA 제작이 결정, 3기는 거짓으로 밝혀져\n---\n"
                      "이치진샤의 잡지 코믹 유리히메에서 유루유리 OVA의 제작이 발표되었다고 아니메 뉴스 네트워크가 전했다. "
                      "애니메이션 제작사 등 자세한 사항은 발표되지 않았다. 이전에 유루유리의 저자인 나모리가 트위터에서 "
                      "\"신작 애니메이션 발매\"라고 밝힌 바가 있는데 이것은 OVA 제작으로 밝혀졌다.\n"})
    assert marked(top(r, "유루유리 작가 누구야?")) == "나모리"


def test_a_work_named_with_its_의_is_not_whose_it_is(among_others):
    # 쿠로코의 농구 is the title: "쿠로코의 농구의 TV 애니메이션" names no director.
    r = among_others({"kuroko.txt": "---\ntitle: 쿠로코의 농구 제3기, 2015년 방영예정\n---\n"
                      "북아메리카의 최대 규모의 애니메이션 정보 사이트, Anime News Network에서 후지마키 타다토시의 작품을 원작으로 한 "
                      "TV 애니메이션,《쿠로코의 농구》(黒子のバスケ)의 제3기 방영 개시시기가 2015년으로 결정되었다.\n"
                      "현재까지 쿠로코의 농구의 TV 애니메이션은 2기까지 나왔으며, 원작의 경우는 2014년 7월 4일 기준으로 "
                      "28권까지 발매되어있다.\n"})
    answer = r.search("쿠로코의 농구 3기 감독 누구야?", k=3)
    assert not answer.results and answer.reason_code == "topic_missing"


_SUBMARINES = (
    "---\ntitle: 대한민국 해군 잠수함 30년 무사고가 대단한 이유\n---\n"
    "대한민국 해군잠수함사령부가 지난 1일 창설 30주년 기념식을 열고 30년 무사고 달성 사실을 알렸다.\n"
    "잠수함을 운항하는데 가장 중요한 승조원을 양성하는 과정은 무척 까다롭다. 잠수함 운행 경력이 있는 선배가 신참 후배를 일대일 "
    "교육하는 도제식 교육을 실시하고 있고, 신참은 최소 6개월간 교육을 받아야 잠수함 승조원 자격을 부여 받을 수 있다.\n"
    "2013년부터 국제 잠수함 과정 교육을 개설해서 아랍에미리트(UAE), 싱가포르, 말레이시아 등 10개국 장교와 부사관 76명을 양성했다.\n")


def test_how_long_a_course_is_taken_asks_a_span_not_a_sum(among_others):
    # 교육 얼마나 받아야: 받다 after 얼마 asks a sum paid (얼마 받았어), but a course is taken for a while.
    result = top(among_others({"submarines.txt": _SUBMARINES}), "잠수함 승조원 되려면 교육 얼마나 받아야 돼?")
    assert marked(result) == "최소 6개월"


def test_farmers_are_what_news_calls_농업인(among_others):
    r = among_others({"thaad.txt": "---\ntitle: 국방부, 사드 배치 부지 발표\n---\n"
                      "국방부 배치 발표 이후에도 사드에 반대하는 성주 군민들의 시위는 계속 되었다. 사드 배치에 반대하는 "
                      "한국농업경영인회 성주군연합회 소속 농업인 200여명은 7월 30일 오전 10시 성주읍 성산리의 한 참외 비닐하우스 "
                      "농가에서 트랙터 20여대를 동원, 참외밭을 갈아엎는 시위를 하였다.\n"})
    assert marked(top(r, "참외밭 갈아엎은 농민 몇 명이야?")) == "200여명"


def test_a_ship_is_named_with_함(among_others):
    # A navy's ship is named with 함 (장보고함), a ship with 호: the name is the ship asked for.
    r = among_others({"submarines.txt": _SUBMARINES.replace(
        "잠수함을 운항하는데", "우리나라 첫번째 잠수함은 1200t급 장보고함이다. 1992년 독일에서 인수하였고, 1997년 해군 최초로 "
        "하와이까지 왕복 18,000Km 잠항에 성공하였다.\n이러다 보니, 잠수함 전문가인 문근식 국장은 \"잠수함 최강국인 미국도 디젤 "
        "잠수함은 한국에 가서 물어보라\"는 이야기를 하는 것을 들었다고 하며 한국의 기술에 자부심을 표했다.\n잠수함을 운항하는데")})
    assert marked(top(r, "우리나라 첫 잠수함 이름 뭐야?")) == "장보고함"


def test_a_count_of_places_or_an_order_is_no_place(among_others):
    # 8곳에서 산불이 발생: how many places, not which; 그 다음으로 국정원에: an order, not where to.
    r = among_others({"fires.txt": "---\ntitle: 울진·삼척·강릉 동시다발 산불 비상\n---\n"
                      "전날 오후 경북 울진을 시작으로 강원 삼척·영월·동해·강릉 등 전국 8곳에서 산불이 동시다발로 발생해 피해가 커지고 있다.\n"
                      "소방청은 5일 상황판단회의를 열고 전국 단위로는 처음으로 화재위험경보 '심각' 단계까지 발령했다.\n"
                      "인명피해는 발생하지 않았으나 울진에서만 주택 등 158곳이 피해를 봤다.\n"})
    result = top(r, "동시다발 산불 처음 어디서 났어?")
    assert "경북 울진" in result.excerpt.text
    assert marked(result) != "곳"


def test_a_studio_is_not_whose_film_it_is(among_others):
    # 디즈니의 애니메이션: the studio's, not its director's; the article names no director.
    r = among_others({"frozen.txt": "---\ntitle: 겨울왕국, 대한민국서 1000만 관객 돌파\n---\n"
                      "1월 16일에 개봉한 디즈니의 애니메이션 겨울왕국이 오늘 1000만 관객을 돌파했다.\n"
                      "오늘 영화진흥위원회 통합전상망(배급사 집계 기준)에 따르면 ‘겨울왕국’은 이날 오전 11시 20분 1000만 관객을 "
                      "돌파했다.\n"})
    answer = r.search("겨울왕국 감독 누구야?", k=3)
    assert not answer.results and answer.reason_code == "topic_missing"
