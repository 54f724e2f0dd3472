"""Reading the corpus folder: formats, encodings, Korean news clean-up, metadata, duplicates."""

from __future__ import annotations

import json
import os

import pytest

from retrieval.corpus import article_from_record, list_corpus, read_corpus_file
from retrieval.cleanup import clean_article_text
from retrieval.textfile import UnreadableFile, decode

from .conftest import SAMPLE_CORPUS, SCI_NEWS, needs_sci_news, write

BODY = "삼성전자가 3나노 공정으로 만든 모바일 칩을 처음 공개했다.\n회사는 내년 상반기 양산을 목표로 한다고 밝혔다."


def read_one(folder, name):
    return read_corpus_file(folder, name)


def test_sample_article_bylines_and_related_headlines_are_removed():
    [name] = [p.name for p in SAMPLE_CORPUS.iterdir()]
    got = read_corpus_file(SAMPLE_CORPUS, name)
    [article] = got.articles
    assert article.press == "서울파이낸스"
    assert article.reporter == "오세정"
    assert article.body.startswith("올해 '고객 접점'과")
    assert "[서울파이낸스" not in article.body
    # The related-headline list at the end is not article text.
    assert "재계 총수들" not in article.body
    assert not any(line.startswith("- ") for line in article.body.splitlines())
    assert article.body.endswith("OLED TV 대세화 현황을 살폈다.")
    assert article.title == "구광모 LG 회장, 사장단 워크숍서 고객 가치 강조"


@pytest.mark.parametrize(
    "raw, press, reporter, starts",
    [
        ("(서울=연합뉴스) 홍길동 기자 = 정부가 내년 예산안을 발표했다.", "연합뉴스", "홍길동", "정부가"),
        ("【서울=뉴시스】김철수 기자 = 한국은행이 기준금리를 동결했다.", "뉴시스", "김철수", "한국은행이"),
        ("[아이뉴스24 김문기 기자] 통신 3사가 요금제를 개편한다.", "아이뉴스24", "김문기", "통신 3사가"),
        # The press before "=", a reporter after it; several reporters; a desk for a byline.
        ("[예시스포츠=김재원 기자] 가수가 폐막식 무대에 선다.", "예시스포츠", "김재원", "가수가"),
        ("[예시데일리 = 여동은 기자] 청원 지지자가 60만명을 넘었다.", "예시데일리", "여동은", "청원 지지자가"),
        ("[머니투데이 강주헌 기자, 이영민 기자] 폐막식에 드론 300기를 띄운다.", "머니투데이", "강주헌", "폐막식에"),
        ("(서울=뉴스1) 김수완 기자,이형진 기자 = 야당 지도부가 폐회식에 불참한다.", "뉴스1", "김수완", "야당 지도부가"),
        ("(도라산·서울=뉴스1) 공동취재단,조규희 기자 = 대표단이 입경했다.", "뉴스1", "조규희", "대표단이"),
        ("【서울=뉴시스】 정당팀 = 자유한국당은 방남에 반발했다.", "뉴시스", None, "자유한국당은"),
        # A regional paper's reporter alone with an address, on a line of its own: no title.
        ("[장성혁기자 jsh@example.com]\n예비후보들이 잇따라 비난 성명을 냈다.", None, "장성혁", "예비후보들이"),
    ],
)
def test_leading_bylines_fill_press_and_reporter(raw, press, reporter, starts):
    cleaned = clean_article_text(raw)
    assert (cleaned.press, cleaned.reporter) == (press, reporter)
    assert cleaned.body.startswith(starts)


def test_a_deck_glued_before_the_dateline_is_the_first_line_and_the_title():
    # A crawl that lost the line break after the deck: the byline is still found, and the deck
    # stands as the headline of an article given none.
    raw = ("보수 야당 지도부, 항의 뜻으로 폐회식 불참(서울=뉴스1) 김수완 기자 = 야당 지도부가 폐회식에 "
           "불참하기로 했다.\n당 대변인은 항의의 뜻이라고 밝혔다.")
    cleaned = clean_article_text(raw)
    assert (cleaned.press, cleaned.reporter) == ("뉴스1", "김수완")
    assert cleaned.body.split("\n")[:2] == ["보수 야당 지도부, 항의 뜻으로 폐회식 불참", "야당 지도부가 폐회식에 불참하기로 했다."]
    article, _ = article_from_record({"body": raw}, "press.jsonl#1")
    assert article.title == "보수 야당 지도부, 항의 뜻으로 폐회식 불참"


def test_trailing_byline_email_and_copyright_are_removed():
    raw = (
        "정부가 반도체 지원책을 내놓았다.\n업계는 환영했다.\n"
        "홍길동 기자 gildong@example.com\n"
        "<저작권자 ⓒ 예시일보, 무단전재 및 재배포 금지>"
    )
    cleaned = clean_article_text(raw)
    assert cleaned.body == "정부가 반도체 지원책을 내놓았다.\n업계는 환영했다."
    assert cleaned.reporter == "홍길동"


def test_a_wikis_citation_marks_are_no_part_of_the_text():
    cleaned = clean_article_text(
        "JTBC는 전수조사로 바꿔야 한다며 기사를 끝맺었다.[1]\n"
        "해수부는 평형수를 관리하고 있다고 해명했다.[2][3]많은 사람들은 불신을 가지고 있다.\n"
        "한국판 미투[4] 사건은 공개된 비디오([5])에서 시작됐다.\n"
        "[1] 목록의 첫 항목은 그대로 둔다.")
    assert cleaned.body == (
        "JTBC는 전수조사로 바꿔야 한다며 기사를 끝맺었다.\n"
        "해수부는 평형수를 관리하고 있다고 해명했다. 많은 사람들은 불신을 가지고 있다.\n"
        "한국판 미투 사건은 공개된 비디오에서 시작됐다.\n"
        "[1] 목록의 첫 항목은 그대로 둔다.")


def test_copyright_notice_at_end_of_long_last_line_is_cut_but_text_kept():
    sentence = "과학기술정보통신부는 인공지능 반도체 개발에 올해 1000억원을 투입한다고 밝혔다. " * 3
    cleaned = clean_article_text(sentence + "ⓒ 예시뉴스 무단전재 및 재배포 금지")
    assert cleaned.body == sentence.strip()


def test_sentences_a_crawl_glued_to_links_and_notice_are_kept():
    # A broadcaster's page as a crawl gives it: every sentence on one line, its links, byline and
    # notice glued after the last one. The article was lost whole; its sentences are its text.
    story = ("국방부는 대표단이 지나간 도로가 군 작전도로라는 주장에 대해 일반도로라고 밝혔습니다."
             "국방부 대변인실은 이 도로를 민간인도 매일 이용한다고 설명했습니다.")
    cleaned = clean_article_text(
        story + "홍길동 기자(gildong@example.com)▶동영상 뉴스 모아보기 ▶예시TV와 친구가 되어주세요"
        "[저작권자(c) 예시TV 무단전재 및 재배포 금지]")
    assert cleaned.body == story
    # The last sentence of an article, followed on its line by the outlet's links and notice.
    cleaned = clean_article_text(
        "정부는 올해 예산을 늘린다고 밝혔다.\n"
        "야당은 재원 대책부터 내놓으라고 요구했다.▶ 예시일보 구독하기▶ 여러분의 제보를 기다립니다."
        "[ⓒ 예시일보, 무단 전재 및 재배포 금지]")
    assert cleaned.body == "정부는 올해 예산을 늘린다고 밝혔다.\n야당은 재원 대책부터 내놓으라고 요구했다."


def test_an_outlets_closing_lines_in_any_order_are_not_text():
    # The address before the name, one line of links, the notice broken over three lines.
    cleaned = clean_article_text(
        "정부는 올해 예산을 늘린다고 밝혔다.\n야당은 재원 대책부터 내놓으라고 요구했다.gildong@example.com\n"
        "gildong@example.com 홍길동 기자\n▶ 세상의 모든 이야기 예시파스▶ 예시일보 구독하기\n"
        "※ 저작권자 ⓒ\n예시일보\n무단 전재-재배포 금지")
    assert cleaned.body == "정부는 올해 예산을 늘린다고 밝혔다.\n야당은 재원 대책부터 내놓으라고 요구했다."
    assert cleaned.reporter == "홍길동"


def test_txt_front_matter_gives_metadata(corpus):
    write(corpus, "a.txt", f"---\ntitle: 삼성, 3나노 칩 공개\nurl: https://news.example.com/1\npress: 예시일보\npublished: 2024.03.05\n---\n{BODY}")
    [a] = read_one(corpus, "a.txt").articles
    assert (a.title, a.url, a.press, a.published) == ("삼성, 3나노 칩 공개", "https://news.example.com/1", "예시일보", "2024-03-05")
    assert a.body == BODY


def test_markdown_heading_is_title_and_syntax_is_removed(corpus):
    write(corpus, "b.md", "# 삼성, 3나노 칩 공개\n\n**삼성전자**가 [3나노 공정](https://x.example)으로 만든 칩을 공개했다.")
    [a] = read_one(corpus, "b.md").articles
    assert a.title == "삼성, 3나노 칩 공개"
    assert a.body == "삼성전자가 3나노 공정으로 만든 칩을 공개했다."


def test_json_list_and_jsonl_with_a_broken_line(corpus):
    records = [{"title": "첫 기사", "body": BODY, "url": "https://n.example/1"},
               {"title": "둘째 기사", "text": "카카오가 새 인공지능 모델을 발표했다.", "source": "https://n.example/2"}]
    write(corpus, "list.json", json.dumps(records, ensure_ascii=False))
    got = read_one(corpus, "list.json")
    assert [a.title for a in got.articles] == ["첫 기사", "둘째 기사"]
    assert got.articles[1].url == "https://n.example/2"

    lines = [json.dumps(records[0], ensure_ascii=False), '{"title": "깨진 줄", "body": "', json.dumps(records[1], ensure_ascii=False)]
    write(corpus, "lines.jsonl", "\n".join(lines))
    got = read_one(corpus, "lines.jsonl")
    assert len(got.articles) == 2
    assert [s.path for s in got.skipped] == ["lines.jsonl#2"]
    assert "invalid JSON" in got.skipped[0].reason


@needs_sci_news
def test_sci_news_files_load_as_they_are():
    names = sorted(p.name for p in SCI_NEWS.glob("*.json"))
    assert len(names) == 50
    for name in names:
        got = read_corpus_file(SCI_NEWS, name)
        raw = json.loads((SCI_NEWS / name).read_text(encoding="utf-8"))
        [a] = got.articles
        assert a.title == raw["title"]
        assert a.url == raw["source"]
        # Each given sentence stays one line, so the given sentence boundaries are kept.
        assert a.body.split("\n")[0] == raw["sentences"][0].strip()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp949", "utf-16"])
def test_encodings(corpus, encoding):
    write(corpus, "enc.txt", BODY, encoding=encoding)
    [a] = read_one(corpus, "enc.txt").articles
    assert a.body == BODY


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("한국어".encode("utf-8")[:-1] + b"\xff\xfe\xfd", "unknown text encoding"),
        # A lone surrogate's UTF-8 form (CESU/WTF-8 leftovers) is not UTF-8.
        ("속보: ".encode("utf-8") + b"\xed\xa0\x80\x80", "unknown text encoding"),
    ],
)
def test_unreadable_files_are_skipped_with_a_reason(corpus, data, reason):
    (corpus / "bad.txt").write_bytes(data)
    got = read_one(corpus, "bad.txt")
    assert got.articles == []
    assert reason in got.skipped[0].reason


def test_truncated_json_is_reported_with_position(corpus):
    write(corpus, "cut.json", '{"title": "잘린 기사", "body": "문장이 중간에')
    got = read_one(corpus, "cut.json")
    assert got.articles == [] and got.skipped[0].reason.startswith("invalid JSON at line 1")


def test_deeply_nested_json_is_refused(corpus):
    write(corpus, "deep.json", "[" * 100000 + "]" * 100000)
    got = read_one(corpus, "deep.json")
    assert got.articles == [] and got.skipped


def test_non_http_url_is_dropped_and_reported(corpus):
    write(corpus, "x.json", json.dumps({"title": "제목", "body": BODY, "url": "javascript:alert(1)"}))
    got = read_one(corpus, "x.json")
    assert got.articles[0].url is None
    assert "only http and https" in got.warnings[0].reason


def test_html_in_text_is_stripped(corpus):
    write(corpus, "h.txt", "<p>삼성전자가 칩을 <b>공개</b>했다.</p><script>alert('x')</script><p>양산은 내년이다.</p>")
    [a] = read_one(corpus, "h.txt").articles
    assert a.body == "삼성전자가 칩을 공개했다.\n양산은 내년이다."


def test_ids_are_stable_and_come_from_the_url(corpus, tmp_path):
    write(corpus, "a.json", json.dumps({"title": "t", "body": BODY, "url": "https://n.example/1"}))
    first = read_one(corpus, "a.json").articles[0].id
    other = tmp_path / "other"
    other.mkdir()
    write(other, "moved/b.json", json.dumps({"title": "t2", "body": BODY, "url": "https://N.example/1/"}))
    assert read_one(other, "moved/b.json").articles[0].id == first


def test_links_leaving_the_corpus_are_refused(corpus, tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("비밀 문서", encoding="utf-8")
    os.symlink(outside, corpus / "link.txt")
    write(corpus, "ok.txt", BODY)
    files, refused = list_corpus(corpus)
    assert [f.rel for f in files] == ["ok.txt"]
    assert refused[0].path == "link.txt" and "outside" in refused[0].reason


def test_decode_prefers_utf8_and_refuses_garbage():
    assert decode("가나다".encode("cp949")) == "가나다"
    assert decode(b"\xef\xbb\xbfabc") == "abc"
    with pytest.raises(UnreadableFile):
        decode(b"\x00\x01\x02")


def test_a_photo_credit_glued_before_a_sentence_does_not_take_the_sentence_with_it():
    # Caption, its stamp and the photo credit run on into the next sentence of the story: the
    # credit was read as a notice and everything after it was cut off.
    cleaned = clean_article_text(
        "군은 24일 설명회를 열었다.\n"
        "화천군수가 설명회에서 입장을 전하고 있다.(화천군청제공)2018.2.25/뉴스1 © News1 홍길동 기자"
        "접경지역 시장·군수 협의회장을 맡고 있는 최문순 화천군수는 정치적으로 풀겠다고 밝혔다")
    assert cleaned.body.split("\n") == [
        "군은 24일 설명회를 열었다.", "화천군수가 설명회에서 입장을 전하고 있다.",
        "접경지역 시장·군수 협의회장을 맡고 있는 최문순 화천군수는 정치적으로 풀겠다고 밝혔다"]


def test_a_broadcast_transcripts_speaker_marks_are_not_text():
    # A video report's page: the portal's label, then who speaks before each part. A quote
    # began "동영상 뉴스[앵커]대변인이 …".
    cleaned = clean_article_text(
        "동영상 뉴스[앵커]백악관 대변인이 평창에서 기자회견을 열었습니다.\n"
        "[기자]대변인은 평창의 미국 홍보관에서 회견을 열었습니다.\n◇앵커> 어떻게 보십니까?\n◆인터뷰> 그렇죠.")
    assert cleaned.body.split("\n") == ["백악관 대변인이 평창에서 기자회견을 열었습니다.",
                                        "대변인은 평창의 미국 홍보관에서 회견을 열었습니다.",
                                        "어떻게 보십니까?", "그렇죠."]


def test_where_another_speaker_begins_in_a_line_so_does_another_sentence():
    # A crawl joins a transcript's parts: the programme's credits ran on into the host's first
    # sentence ("… 노영희 변호사자신의 성폭력 피해 경험을 …") once the mark between them was gone.
    cleaned = clean_article_text(
        "■방송: YTN 뉴스Q■진행: 강성옥 앵커■출연: 이웅혁 교수, 노영희 변호사◇앵커> 김어준 씨의 발언이 논란이 되고 "
        "있는데요\n미투운동을 공작으로 보는 것 아닙니까? ◆인터뷰> 23일 공개된 얘기였습니다")
    assert cleaned.body.split("\n") == [
        "■방송: YTN 뉴스Q■진행: 강성옥 앵커■출연: 이웅혁 교수, 노영희 변호사", "김어준 씨의 발언이 논란이 되고 있는데요",
        "미투운동을 공작으로 보는 것 아닙니까?", "23일 공개된 얘기였습니다"]


@pytest.mark.parametrize("page, first_line", [
    # An outlet's promotions before the headline.
    ("☞ 모든 시민은 기자다! [오마이뉴스 바로가기]☞ 오마이뉴스 자발적 유료 구독! [10만인클럽]\"천안함 폭침 장본인\" "
     "유족, 항의서한 전달\n유족회는 24일 청와대에 서한을 전달했다.", "\"천안함 폭침 장본인\" 유족, 항의서한 전달"),
    # A portal's links to other articles.
    ("▶지금 사람들이 가장 많이 보고 있는 기사▶스타들은 뭐 입지?25일 오전 한국당 의원들이 통일대교 남단을 점거했다.\n"
     "천안함 유족들도 시위를 했다.", "25일 오전 한국당 의원들이 통일대교 남단을 점거했다."),
    # A photo's caption and its credit glued before the first sentence.
    ("▲ 전진교 빠져 나오는 북한 대표단 (사진=연합뉴스)국방부는 대표단이 지난 도로가 일반도로라고 밝혔습니다.\n"
     "전진교는 1984년 개통됐습니다.", "국방부는 대표단이 지난 도로가 일반도로라고 밝혔습니다."),
    ("/사진=뉴스1 DB천안함 유족들이 청와대에 서한을 전달했다.\n유족회는 성명을 발표했다.",
     "천안함 유족들이 청와대에 서한을 전달했다."),
    # A line that only labels the photo, told again by the text.
    ("#사진설명=동물권단체 케어가 퍼포먼스를 진행하고 있다\n동물권단체 케어는 25일 퍼포먼스를 진행했다.",
     "동물권단체 케어는 25일 퍼포먼스를 진행했다."),
])
def test_what_a_crawled_page_puts_before_the_first_words_is_no_title(page, first_line):
    # The title of a page without a headline is its first line: it was "☞ 모든 시민은 기자다!".
    assert clean_article_text(page).body.split("\n")[0] == first_line


def test_a_caption_that_ends_by_saying_which_picture_is_no_sentence(tmp_path):
    # Naver science news: a schematic's caption (ending 모식도(왼쪽)) among the sentences, its
    # credit only on the next caption; "가닥교환반응이 뭐야?" was answered with it.
    (tmp_path / "robot.json").write_text(json.dumps({
        "title": "DNA 염기서열 정보로 움직이는 미세로봇 개발", "source": "https://news.example.com/robot",
        "sentences": ["연구팀은 DNA-금 나노 입자 구조체를 만들었다",
                      "DNA 가닥교환반응에 의한 DNA-금나노입자 구조체의 구동기술 모식도(왼쪽)",
                      "가닥교환반응에 의해 연속적으로 모양을 변형하는 구조체의 모습(오른쪽)/한국연구재단 제공",
                      "이 반응은 DNA의 이중나선 구조를 제 3의 DNA를 통해 결합 및 해체시키는 반응이다",
                      "사진 왼쪽(위)과 오른쪽(아래)의 차이는 크지 않다고 연구팀은 밝혔다"]},
        ensure_ascii=False), encoding="utf-8")
    body = read_corpus_file(tmp_path, "robot.json").articles[0].body.split("\n")
    assert body == ["연구팀은 DNA-금 나노 입자 구조체를 만들었다",
                    "이 반응은 DNA의 이중나선 구조를 제 3의 DNA를 통해 결합 및 해체시키는 반응이다",
                    "사진 왼쪽(위)과 오른쪽(아래)의 차이는 크지 않다고 연구팀은 밝혔다"]


def test_a_pool_reporter_and_a_photo_credit_in_the_deck():
    cleaned = clean_article_text(
        "대회만 메달 5개…통산 금8 역주하는 비에르겐[EPA=연합뉴스](평창=연합뉴스) 최송아 기자 = 비에르겐이 우승했다\n"
        "그는 통산 15번째 메달을 땄다")
    assert cleaned.body.split("\n")[0] == "대회만 메달 5개…통산 금8 역주하는 비에르겐"
    pool = clean_article_text("(도라산·서울=연합뉴스) 공동취재단 김효정 기자 = 북측 대표단 8명이 방남했다\n통일부가 확인했다")
    assert (pool.body.split("\n")[0], pool.press, pool.reporter) == ("북측 대표단 8명이 방남했다", "연합뉴스", "김효정")
