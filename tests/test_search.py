"""Questions to answers: the quoted sentence, its highlights, its source, or no answer."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from .conftest import ROOT, SCI_NEWS, needs_sci_news, write


def highlighted(excerpt):
    return [excerpt.text[s:e] for s, e in excerpt.highlights]


def test_sample_question_quotes_the_answering_sentence(sample_corpus, make_retriever):
    r = make_retriever(sample_corpus)
    answer = r.search("구광모 회장이 사장단 워크숍에서 강조한 건?")
    top = answer.results[0]
    assert "고객 가치의 중요성을 재차 강조했다" in top.excerpt.text
    assert {"구광모", "회장", "사장단 워크숍", "강조"} <= set(highlighted(top.excerpt))
    assert top.excerpt.text in top.passage.replace("\n", " ")
    assert len(top.excerpt.text) <= 301
    assert top.article.press == "서울파이낸스" and top.article.reporter == "오세정"


def test_later_paragraph_question_finds_its_sentence(sample_corpus, make_retriever):
    r = make_retriever(sample_corpus)
    top = r.search("구광모 대표가 9월에 방문한 곳은?").results[0]
    assert "평택 디지털 파크" in top.excerpt.text


def test_unrelated_question_gets_no_answer_with_a_reason(sample_corpus, make_retriever):
    r = make_retriever(sample_corpus)
    for q in ["오늘 서울 날씨 어때?", "비트코인 가격 전망은?"]:
        answer = r.search(q)
        assert answer.results == ()
        assert answer.reason


@pytest.mark.parametrize("question, reason", [("", "empty"), ("   \n\t", "empty"), ("😀🎉👍🏽", "no searchable words"), ("?!...", "no searchable words"),
                                              # Words that say nothing of what is asked about: the
                                              # sample holds 사람 and 회사, and a quote would be a guess.
                                              ("어떻게 됐어?", "no searchable words"), ("그 사람 누구야?", "no searchable words"),
                                              ("회사 어디야?", "no searchable words")])
def test_questions_without_words(sample_corpus, make_retriever, question, reason):
    answer = make_retriever(sample_corpus).search(question)
    assert answer.results == () and reason in answer.reason


def test_very_long_question_is_cut_and_still_answered(sample_corpus, make_retriever):
    r = make_retriever(sample_corpus)
    answer = r.search("구광모 회장 사장단 워크숍 고객 가치 " + "가" * 10_000)
    assert answer.truncated and answer.results


def test_one_result_per_article_and_paging(corpus, make_retriever):
    for i in range(6):
        write(corpus, f"a{i}.txt", f"---\ntitle: 반도체 수출 {i}월 동향\n---\n"
              f"반도체 수출이 {i + 1}개월 연속 늘었다.\n" + "업계는 반도체 수요 회복을 기대했다.\n" * 3)
    r = make_retriever(corpus)
    first = r.search("반도체 수출", k=3)
    assert len(first.results) == 3 and first.has_more
    assert len({res.article.id for res in first.results}) == 3
    second = r.search("반도체 수출", k=3, offset=3)
    assert [res.rank for res in second.results] == [4, 5, 6]
    assert not second.has_more
    assert {res.article.id for res in first.results}.isdisjoint(res.article.id for res in second.results)
    # A "more" button's offset is the client's to forge (issue 9, item 8): past what a question
    # pages through there is nothing more, and no buffer is sized by it.
    for offset in (10**6, 10**12, -5):
        forged = r.search("반도체 수출", k=3, offset=offset)
        assert forged.results == () and forged.reason_code == "no_more"
    assert len(r.search("반도체 수출", k=10**12).results) == 6


def test_long_sentence_is_cut_around_the_match(corpus, make_retriever):
    long_sentence = "정부는 " + "지역 균형 발전을 위한 여러 사업을 검토하고 있으며 " * 15 + "특히 새만금 이차전지 특화단지 조성을 서두르기로 했다."
    write(corpus, "long.txt", f"---\ntitle: 정부 사업 계획\n---\n{long_sentence}")
    excerpt = make_retriever(corpus).search("새만금 이차전지 특화단지").results[0].excerpt
    assert excerpt.text.startswith("…")
    assert len(excerpt.text) <= 302
    assert "새만금 이차전지 특화단지" in highlighted(excerpt)


def excerpt_of(analyzer, text: str, question: str, max_chars: int = 300):
    """The excerpt chosen from one paragraph analysed by real Kiwi, every word weighing the same."""
    import numpy as np

    from retrieval.excerpt import QueryTerm, choose
    from retrieval.question import analyse
    from retrieval.store import PassageRecord

    sentences = analyzer.sentences([text])[0]
    ids: dict[str, int] = {}
    terms = [ids.setdefault(t, len(ids)) for s in sentences for t in s.terms]
    asked = analyse(question, analyzer.tokens(question))
    qterms = [QueryTerm(t, ids.get(t), 1.0, False) for t in dict.fromkeys(asked.terms)]
    record = PassageRecord(
        rowid=1, text=text, sentences=np.array([[s.start, s.end] for s in sentences], dtype=np.int32),
        tok_terms=np.array(terms, dtype=np.int32), tok_spans=np.concatenate([s.spans for s in sentences]),
        tok_tags=np.concatenate([s.tags for s in sentences]), article={},
    )
    texts = {i: t for t, i in ids.items()}
    return choose(asked, qterms, [record], texts.get, max_chars, vocab_id=ids.get).excerpt


def test_excerpt_adds_the_better_neighbour_and_the_next_one_on_ties(analyzer):
    question = "구광모 회장이 워크숍에서 강조한 고객 가치는?"
    best = "구광모 회장은 사장단 워크숍에서 고객 가치를 강조했다."
    tie = f"행사에는 고객 대표도 참석했다. {best} 그는 고객의 불편을 살피라고 주문했다. 행사는 이틀 동안 열렸다."
    # Both neighbours name 고객 once: the next sentence is added.
    excerpt = excerpt_of(analyzer, tie, question)
    assert excerpt.text == f"{best} 그는 고객의 불편을 살피라고 주문했다."
    assert set(highlighted(excerpt)) == {"구광모 회장", "워크숍", "고객 가치", "강조", "고객"}
    # The one before matches more (고객 가치): it is added instead.
    better_before = f"행사는 고객 가치 경영의 일환이다. {best} 그는 고객의 불편을 살피라고 주문했다."
    assert excerpt_of(analyzer, better_before, question).text == f"행사는 고객 가치 경영의 일환이다. {best}"
    # No room for two sentences: the best one alone.
    assert excerpt_of(analyzer, tie, question, max_chars=40).text == best



def test_words_asked_when_or_where_between_do_not_make_a_compound_win(analyzer):
    # 국어학회 언제 창립됐어: the society and its founding, not the phrase 국어학회 창립 (60주년)
    # that a later sentence writes of an anniversary; that one matched the question's words side
    # by side and took the quote from the founding's date.
    founded = "국어학회는 한국어를 연구하는 대한민국 최초의 학회로, 1959년 11월 22일 창립되었다."
    text = f"{founded} 해마다 세 번 학술지 《국어학》을 발간하고 있다. 지난 3월에는 국어학회 창립 60주년 기념호가 나왔다."
    assert founded in excerpt_of(analyzer, text, "국어학회 언제 창립됐어?").text
    # Where no question word stands between them, they are the question's phrase (철도노조 위원장).
    from retrieval.question import analyse
    assert analyse("철도노조 위원장 누구야?", analyzer.tokens("철도노조 위원장 누구야?")).pairs == (("노조", "위원장"),)

@needs_sci_news
def test_news_corpus_questions(tmp_path, make_retriever):
    corpus = tmp_path / "news"
    shutil.copytree(SCI_NEWS, corpus)
    r = make_retriever(corpus)
    top = r.search("지카바이러스가 남성 생식능력에 미치는 영향은?").results[0]
    assert top.article.title == "지카바이러스, 남성 생식능력도 저하시킨다"
    assert top.article.url.startswith("http://news.naver.com/")
    assert "지카바이러스" in top.excerpt.text


def run_cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_cli_ask_json_and_batch(sample_corpus, tmp_path):
    index = tmp_path / "idx"
    common = ["--corpus", str(sample_corpus), "--index", str(index)]
    out = run_cli("ask", *common, "--json", "구광모 회장이 사장단 워크숍에서 강조한 건?", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    results = json.loads(out.stdout)
    first = results[0]
    assert first["rank"] == 1 and first["score"] > 0
    assert {"id", "title", "press", "reporter", "url", "published", "path"} <= set(first["article"])
    for start, end in first["highlights"]:
        assert first["excerpt"][start:end].strip()

    questions = tmp_path / "q.txt"
    questions.write_text("LG 최고경영진이 공유한 성과는?\n비트코인 가격 전망은?\n\n구광모 회장\n", encoding="utf-8")
    out = run_cli("ask", *common, "--json", "--batch", str(questions), cwd=tmp_path)
    lines = out.stdout.splitlines()
    assert len(lines) == 3
    parsed = [json.loads(line) for line in lines]
    assert parsed[0] and parsed[1] == [] and parsed[2]
    assert "no answer" in out.stderr


def test_cli_chat_answers_from_an_article_put_in_the_folder_after_indexing(sample_corpus, tmp_path):
    common = ["--corpus", str(sample_corpus), "--index", str(tmp_path / "idx")]
    assert run_cli("index", *common, cwd=tmp_path).returncode == 0
    (sample_corpus / "port.txt").write_text(
        "---\ntitle: 부산항 물동량 역대 최대\n---\n부산항의 올해 컨테이너 물동량이 2400만개로 역대 최대를 기록했다.\n",
        encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "bot", "chat", *common], cwd=tmp_path, capture_output=True, text=True,
                         timeout=120, input="부산항 컨테이너 물동량 얼마야?\n구광모 회장이 사장단 워크숍에서 강조한 건?\n")
    assert out.returncode == 0, out.stderr
    assert "2400만개" in out.stdout and "구광모" in out.stdout  # the new article, and the old ones
    assert "index updated" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.skipif((ROOT / ".env").is_file() and "TELEGRAM_BOT_TOKEN=" in (ROOT / ".env").read_text(encoding="utf-8"),
                    reason="a token in .env would start the bot")
def test_scripts_start_without_a_token_answers_the_example_question(sample_corpus, tmp_path):
    # What the README's first command does on a fresh machine, on a copy of the sample.
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": "", "CORPUS_DIR": str(sample_corpus), "INDEX_DIR": str(tmp_path / "idx")}
    out = subprocess.run(["bash", str(ROOT / "scripts" / "start")], env=env, stdin=subprocess.DEVNULL,
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    assert "No TELEGRAM_BOT_TOKEN" in out.stdout and "Q: 구광모 회장이 사장단 워크숍에서 강조한 건?" in out.stdout
    assert "고객 가치" in out.stdout and "서울파이낸스" in out.stdout
    assert "Traceback" not in out.stderr


def test_cli_index_reports_skipped_files(sample_corpus, tmp_path):
    (sample_corpus / "broken.json").write_text('{"title": "잘린', encoding="utf-8")
    out = run_cli("index", "--corpus", str(sample_corpus), "--index", str(tmp_path / "idx"), cwd=tmp_path)
    assert out.returncode == 0
    assert "1 articles" in out.stdout
    assert "broken.json: invalid JSON" in out.stdout
    assert "Traceback" not in out.stderr


def test_cli_missing_corpus_is_one_line(tmp_path):
    out = run_cli("ask", "--corpus", str(tmp_path / "nope"), "--index", str(tmp_path / "idx"), "질문", cwd=tmp_path)
    assert out.returncode == 1
    assert out.stderr.strip().splitlines() == [f"newsqa: corpus folder not found: {tmp_path / 'nope'}"]


def test_cli_analyze_shows_tags_and_terms(tmp_path):
    out = run_cli("analyze", "--json", "구광모 회장이 강조한 건?", cwd=tmp_path)
    tokens = json.loads(out.stdout)
    assert tokens[0] == {"token": "구광모", "tag": "NNP", "start_offset": 0, "end_offset": 3, "term": "구광모"}
    assert any(t["tag"] == "JKS" and t["term"] is None for t in tokens)


def test_a_copied_env_example_works_as_is(sample_corpus, tmp_path):
    shutil.copy(ROOT / ".env.example", tmp_path / ".env")
    assert sample_corpus == tmp_path / "corpus"  # where CORPUS_DIR=corpus points
    out = run_cli("ask", "--json", "구광모 회장이 사장단 워크숍에서 강조한 건?", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)[0]["article"]["press"] == "서울파이낸스"


def test_a_counter_and_its_suffix_are_not_joined_into_a_rare_word(analyzer):
    # Kiwi cuts 첫 번째 into 첫 + 번 + 째, as it does in the articles; a rare 번째 some article's
    # odd cut put in the index must not replace them and weigh the question down.
    from retrieval.question import analyse

    question = "첫 번째 한중일 공동 교과서 이름 뭐였어?"
    known = {"번째", "한중일", "공동", "교과서"}.__contains__
    asked = analyse(question, analyzer.tokens(question), known=known)
    assert "번째" not in asked.terms and "교과서" in asked.terms
