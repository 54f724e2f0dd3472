"""The bot end to end: the real `newsqa run` process talks HTTP to a local Bot API server."""

from __future__ import annotations

import json
import shutil
import time
import urllib.error
import urllib.request

import pytest

from .botapi import BOT_ID, BOT_USERNAME, Fault, FakeBotAPI
from .bot_process import ADMIN_ID, TOKEN, BotProcess, work_dir
from .conftest import SAMPLE_CORPUS, SCI_NEWS, TEST_NEWS, TEST_SERIES
from .telegram_html import parse

QUESTION = "구광모 회장이 사장단 워크숍에서 강조한 건?"
HOSTILE = ("---\ntitle: <script>alert(1)</script> 보안 & \"취약점\" 경고\nurl: https://news.example.com/sec?a=1&b=2\n---\n"
           "보안 업체는 <b>굵은</b> 글씨와 <script>alert('x')</script> 같은 코드를 기사에 넣는 공격을 경고했다. "
           "파이썬 a < b && c > d 같은 비교식도 본문에 나온다.\n")


@pytest.fixture(scope="module")
def env():
    work = work_dir()
    corpus = work / "corpus"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    shutil.copytree(TEST_NEWS, corpus / "news")
    shutil.copytree(TEST_SERIES, corpus / "series")
    if SCI_NEWS.is_dir():
        for f in SCI_NEWS.glob("*.json"):
            shutil.copy(f, corpus)
    (corpus / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    api = FakeBotAPI(TOKEN).start()
    bot = BotProcess(api, corpus, work, RATE_LIMIT_PER_MINUTE=5, RESULTS_PER_MESSAGE=3).start()
    yield api, bot
    code = bot.stop()
    api.stop()
    log = bot.log()
    assert code == 0, log
    assert TOKEN not in log and TOKEN.split(":")[1] not in log
    (work.parent / "newsqa-last-bot.log").write_text(log)
    shutil.rmtree(work, ignore_errors=True)


def ask(api: FakeBotAPI, user: int, text: str, **kw) -> dict:
    """Push a message and wait for the one reply to that chat it causes."""
    chat_id = kw.get("chat_id", user)
    before = len(api.replies_to(chat_id))
    api.push_message(text, user, **kw)
    api.wait_for("sendMessage", lambda c: int(c.params["chat_id"]) == chat_id, count=before + 1)
    return api.replies_to(chat_id)[before]


def buttons(reply: dict) -> dict[str, dict]:
    return {b["text"]: b for row in reply.get("reply_markup", {}).get("inline_keyboard", []) for b in row}


def test_private_question_gets_quote_with_source(env):
    api, _ = env
    reply = ask(api, 1001, QUESTION)
    html = reply["html"]
    assert html.startswith("<blockquote>")
    assert "<b>구광모</b>" in html and "강조" in reply["text"]
    assert "고객 가치의 중요성을 재차 강조했다" in reply["text"]
    assert "📰 <b>구광모 LG 회장, 사장단 워크숍서 고객 가치 강조</b> · 서울파이낸스" in html
    call = [c for c in api.calls("sendMessage") if c.result["message_id"] == reply["message_id"]][0]
    assert call.params["link_preview_options"] == {"is_disabled": True}
    assert call.params["parse_mode"] == "HTML"
    keys = buttons(reply)
    assert {"👍", "👎"} <= set(keys)
    assert all(len(b["callback_data"].encode()) <= 64 for b in keys.values() if "callback_data" in b)


@pytest.mark.skipif(not SCI_NEWS.is_dir(), reason="needs ../shared/data/sci-news-sum-kr-50")
def test_answer_links_the_original_article(env):
    api, _ = env
    reply = ask(api, 1002, "지카바이러스가 남성 생식능력에 미치는 영향은?")
    assert '<a href="http://news.naver.com/main/read.nhn?mode=LS2D&amp;mid=shm' in reply["html"]
    assert buttons(reply)["원문 보기"]["url"].startswith("http://news.naver.com/")


def test_no_answer_says_so_without_quoting(env):
    api, _ = env
    reply = ask(api, 1003, "내일 부산 날씨와 미세먼지는 어때?")
    assert "찾지 못했어요" in reply["text"]
    assert "<blockquote>" not in reply["html"]


def test_asked_about_today_only_an_old_article_knows_its_quote_comes_under_a_notice(env):
    # The only article on the fare is from 2015: no answer to 오늘, but what it said, dated.
    api, _ = env
    reply = ask(api, 1010, "오늘 서울 지하철 기본요금 얼마야?")
    parse(reply["html"])
    text = reply["text"]
    assert text.startswith("‘오늘’에 맞는 최근 기사가 없어요. 오래된 기사에는 이렇게 나와요 (2015-06-20):")
    assert "<blockquote>" in reply["html"] and "1250원" in text
    assert "👍" not in buttons(reply)  # not an answer to vote on



def test_a_quote_that_may_not_answer_says_so_under_it(env):
    # The test corpus's Canadian landing story never says 소유스: its quote passes only the
    # weakest test and is flagged (with sci-news beside it, the real Soyuz report comes first,
    # unflagged, and this one second).
    api, _ = env
    reply = ask(api, 1011, "소유스 귀환캡슐 어디에 착륙했어?")
    parse(reply["html"])
    blocks = reply["html"].split("\n\n")
    flagged = [b for b in blocks if "로버트 톰슨" in b]
    assert flagged and "</blockquote>\n<i>⚠️ 질문에 딱 맞는 답이 아닐 수 있어요.</i>\n📰" in flagged[0]
    assert all("⚠️" not in b for b in blocks if "로버트 톰슨" not in b)
    # Offered inline, it is marked in the list and posted with the note.
    qid = api.push_inline(1011, "소유스 귀환캡슐 어디에 착륙했어?")
    call = api.wait_for("answerInlineQuery", lambda c: c.params["inline_query_id"] == qid)[0]
    landing = [r for r in call.params["results"] if "로버트 톰슨" in r["description"]]
    assert landing and landing[0]["description"].startswith("⚠️ ")
    assert "<i>⚠️ 질문에 딱 맞는 답이 아닐 수 있어요.</i>" in landing[0]["input_message_content"]["message_text"]
    assert all(not r["description"].startswith("⚠️") for r in call.params["results"] if "로버트 톰슨" not in r["description"])

def test_markup_in_articles_and_questions_is_escaped(env):
    api, _ = env
    reply = ask(api, 1004, "<b>보안</b> 업체가 경고한 공격은? & <script>")
    parse(reply["html"])  # the server accepted it; check again with the strict parser
    # Tags in articles are removed when they are read; what is left of < > & is shown as text.
    assert "a < b && c > d" in reply["text"] and "&amp;&amp; c &gt; d" in reply["html"]
    assert "script" not in reply["text"]
    assert '<a href="https://news.example.com/sec?a=1&amp;b=2">보안 &amp; &quot;취약점&quot; 경고</a>' in reply["html"]


def test_paging_and_pressing_twice(env):
    api, _ = env
    reply = ask(api, 1005, "반도체 수출 얼마나 늘었어?")  # five monthly reports answer it
    more = buttons(reply)["더 보기 ▶"]
    first_text = reply["text"]
    qid = api.push_callback(1005, reply, more["callback_data"])
    api.wait_for("answerCallbackQuery", lambda c: c.params["callback_query_id"] == qid)
    edited = api.message(1005, reply["message_id"])
    assert edited["text"] != first_text and "◀" in buttons(edited)
    # The same button again: Telegram says "message is not modified"; the user sees no error.
    qid2 = api.push_callback(1005, reply, more["callback_data"])
    api.wait_for("answerCallbackQuery", lambda c: c.params["callback_query_id"] == qid2)
    time.sleep(0.3)
    assert not [r for r in api.replies_to(1005) if "다시 시도" in r["text"]]
    assert len(api.replies_to(1005)) == 1


def test_votes_are_counted_and_a_stale_button_gets_a_notice(env):
    api, _ = env
    reply = ask(api, 1006, QUESTION)
    up = buttons(reply)["👍"]["callback_data"]
    for _ in range(2):
        qid = api.push_callback(1006, reply, up)
        call = api.wait_for("answerCallbackQuery", lambda c, q=qid: c.params["callback_query_id"] == q)[0]
        assert "고마워요" in call.params["text"]
    stale = api.push_callback(1006, reply, "more:99999999:3")
    call = api.wait_for("answerCallbackQuery", lambda c: c.params["callback_query_id"] == stale)[0]
    assert "오래된 버튼" in call.params["text"]
    stats = ask(api, ADMIN_ID, "/stats")
    assert "👍 1" in stats["text"]


def test_group_answers_only_what_is_meant_for_the_bot(env):
    api, _ = env
    group = -100500
    api.push_message("점심 뭐 먹을까요?", 1010, chat_id=group, chat_type="supergroup")
    reply = ask(api, 1010, f"/ask {QUESTION}", chat_id=group, chat_type="supergroup")
    assert "구광모" in reply["text"]
    mention = f"@{BOT_USERNAME} LG 최고경영진이 공유한 성과는?"
    reply2 = ask(api, 1011, mention, chat_id=group, chat_type="supergroup",
                 entities=[{"type": "mention", "offset": 0, "length": len(BOT_USERNAME) + 1}])
    assert "페인 포인트" in reply2["text"]
    bot_msg = dict(reply2, **{"from": {"id": BOT_ID, "is_bot": True, "first_name": "뉴스QA"}})
    reply3 = ask(api, 1012, "구광모 대표가 9월에 방문한 곳은?", chat_id=group, chat_type="supergroup", reply_to=bot_msg)
    assert "평택" in reply3["text"]
    assert len(api.replies_to(group)) == 3  # the lunch chatter got nothing


def test_inline_mode_offers_quotes(env):
    api, _ = env
    qid = api.push_inline(1020, "구광모 고객 가치")
    call = api.wait_for("answerInlineQuery", lambda c: c.params["inline_query_id"] == qid)[0]
    results = call.params["results"]
    assert 1 <= len(results) <= 10
    first = results[0]
    assert first["title"] == "구광모 LG 회장, 사장단 워크숍서 고객 가치 강조"
    assert "구광모" in parse(first["input_message_content"]["message_text"])


def test_inline_mode_offers_an_old_articles_quote_dated_when_asked_about_today(env):
    api, _ = env
    qid = api.push_inline(1021, "오늘 서울 지하철 기본요금 얼마야?")
    call = api.wait_for("answerInlineQuery", lambda c: c.params["inline_query_id"] == qid)[0]
    older, = call.params["results"]
    assert older["title"] == "(2015-06-20) 서울 지하철 기본요금 1250원으로 인상"
    posted = older["input_message_content"]["message_text"]
    parse(posted)
    assert posted.startswith("‘오늘’에 맞는 최근 기사가 없어요.") and "1250원" in posted


def test_help_in_korean_and_english(env):
    api, _ = env
    ko = ask(api, 1030, "/start")
    assert "예시" in ko["text"] and "구광모" in ko["text"]
    en = ask(api, 1031, "/help", lang="en")
    assert "Example" in en["text"]


def test_commands_are_registered_with_admin_ones_only_for_admins(env):
    api, _ = env
    commands = api.s.commands
    default = commands[(json.dumps({"type": "default"}), "")]
    assert default == ["ask", "help", "whoami"]
    admin_scope = json.dumps({"chat_id": ADMIN_ID, "type": "chat"}, sort_keys=True)
    assert commands[(admin_scope, "")] == ["ask", "help", "whoami", "reload", "stats"]


def test_admin_commands_refuse_others(env):
    api, bot = env
    for command in ("/reload", "/stats"):
        reply = ask(api, 1040, command)
        assert "관리자만" in reply["text"]
    # An admin's id matters, not the chat: a non-admin in the admin's group is refused too.
    reply = ask(api, 1041, "/reload", chat_id=-100600, chat_type="group")
    assert "관리자만" in reply["text"]
    assert "refused /reload from user 1040" in bot.log()


def test_whoami_tells_a_new_admin_their_id_and_the_line_for_env(tmp_path):
    """With ADMIN_IDS empty nobody can /reload (issue 9, item 12): /whoami gives the id and
    the .env line, and a refused /reload says how to become an admin."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    api = FakeBotAPI(TOKEN).start()
    bot = BotProcess(api, corpus, tmp_path, ADMIN_IDS="").start()
    try:
        reply = ask(api, 4321, "/whoami")
        assert "4321" in reply["text"] and "ADMIN_IDS=4321" in reply["text"]
        assert "/whoami" in ask(api, 4321, "/reload")["text"]
    finally:
        bot.stop()
        api.stop()


def test_reload_reports_counts_and_a_second_one_is_told_to_wait(env):
    api, bot = env
    earlier = ask(api, 1049, "인공지능 기술 연구")  # its buttons must still work after the reload
    (bot.corpus / "new-article.txt").write_text(
        "---\ntitle: 네이버, 한국어 검색 모델 공개\n---\n네이버가 뉴스 검색에 쓰는 한국어 모델을 공개했다.", encoding="utf-8")
    before = len(api.replies_to(ADMIN_ID))
    api.push_message("/reload", ADMIN_ID)
    api.push_message("/reload", ADMIN_ID)
    api.wait_for("sendMessage", lambda c: int(c.params["chat_id"]) == ADMIN_ID, count=before + 2)
    texts = [r["text"] for r in api.replies_to(ADMIN_ID)[before:]]
    assert any("이미 다시 읽는 중" in x for x in texts)
    status = next(r for r in api.replies_to(ADMIN_ID)[before:] if "다시 읽는 중…" in r["text"])
    deadline = time.time() + 60
    while "완료" not in api.message(ADMIN_ID, status["message_id"])["text"] and time.time() < deadline:
        time.sleep(0.1)
    final = api.message(ADMIN_ID, status["message_id"])["text"]
    assert "1 added" in final and "articles" in final
    # The second /reload was told it would hear when the reload ends (issue 9, item 14): it does.
    api.wait_for("sendMessage", lambda c: int(c.params["chat_id"]) == ADMIN_ID and "다시 읽기가 끝났어요" in c.result["text"])
    assert "검색 모델" in ask(api, 1050, "네이버가 공개한 한국어 모델은?")["text"]
    more = buttons(earlier).get("더 보기 ▶")
    if more:
        qid = api.push_callback(1049, earlier, more["callback_data"])
        api.wait_for("answerCallbackQuery", lambda c: c.params["callback_query_id"] == qid)
        assert api.message(1049, earlier["message_id"]).get("edit_date")


def test_admin_upload_is_added_and_indexed(env):
    api, bot = env
    article = json.dumps({"title": "카카오모빌리티, 자율주행 택시 시범 운행", "url": "https://news.example.com/robotaxi",
                          "body": "카카오모빌리티가 판교에서 자율주행 택시 시범 운행을 시작했다."}, ensure_ascii=False)
    before = len(api.replies_to(ADMIN_ID))
    api.push_document(ADMIN_ID, "../../etc/로보택시.json", article.encode("utf-8"))
    api.wait_for("sendMessage", lambda c: int(c.params["chat_id"]) == ADMIN_ID and "추가 완료" in c.result["text"], timeout=60)
    assert (bot.corpus / "uploads" / "로보택시.json").is_file()
    assert "자율주행 택시" in ask(api, 1060, "카카오모빌리티 자율주행 택시는 어디서 운행해?")["text"]

    api.push_document(ADMIN_ID, "virus.exe", b"MZ\x00\x00")
    api.push_document(ADMIN_ID, "empty.txt", b"")
    api.wait_for("sendMessage", lambda c: int(c.params["chat_id"]) == ADMIN_ID and "추가하지 않았어요" in c.result["text"], count=2)
    refusals = [r["text"] for r in api.replies_to(ADMIN_ID)[before:] if "추가하지 않았어요" in r["text"]]
    assert any(".txt, .md, .json, .jsonl" in r for r in refusals) and any("empty file" in r for r in refusals)
    assert not (bot.corpus / "uploads" / "empty.txt").exists()

    reply_count = len(api.replies_to(1061))
    api.push_document(1061, "spam.txt", "광고 문서입니다.".encode())
    api.wait_for("sendMessage", lambda c: int(c.params["chat_id"]) == 1061, count=reply_count + 1)
    assert "관리자만" in api.replies_to(1061)[-1]["text"]
    assert not (bot.corpus / "uploads" / "spam.txt").exists()


def test_rate_limit_notice(env):
    api, _ = env
    replies = [ask(api, 1070, f"구광모 회장 {i}") for i in range(6)]
    assert all("구광모" in r["text"] for r in replies[:5])
    assert "초 뒤에 다시" in replies[5]["text"]


def test_more_pages_and_inline_queries_count_against_the_user_limit(env):
    """Each page and each inline query is a search (issue 9, item 7): the limit of 5 questions
    a minute covers pages too, and inline queries, which come a keystroke at a time, get 4x."""
    api, _ = env
    reply = ask(api, 1075, QUESTION)
    question_id = buttons(reply)["👍"]["callback_data"].split(":")[1]
    answers = []
    for _ in range(5):
        qid = api.push_callback(1075, reply, f"more:{question_id}:3")
        answers.append(api.wait_for("answerCallbackQuery", lambda c, q=qid: c.params["callback_query_id"] == q)[0])
    assert not any("초 뒤에 다시" in (c.params.get("text") or "") for c in answers[:4])
    assert "초 뒤에 다시" in answers[4].params["text"]

    queries = [api.push_inline(1076, f"구광모 고객 가치 {i}") for i in range(25)]
    calls = [api.wait_for("answerInlineQuery", lambda c, q=q: c.params["inline_query_id"] == q)[0] for q in queries]
    offered = [len(c.params["results"]) for c in calls]
    assert sum(1 for n in offered if n) == 20 and offered.count(0) == 5


def test_flood_control_is_waited_out(env):
    api, _ = env
    api.inject(Fault("sendMessage", "429", times=1, value=1, chat_id=1080))
    started = time.time()
    reply = ask(api, 1080, QUESTION)
    assert "구광모" in reply["text"] and time.time() - started >= 1.0
    assert len(api.replies_to(1080)) == 1


def test_every_question_answered_exactly_once(env):
    api, _ = env
    users = range(2000, 2020)
    for u in users:
        api.push_message(QUESTION, u)
    api.wait_for("sendMessage", lambda c: 2000 <= int(c.params["chat_id"]) < 2020, count=20)
    time.sleep(0.5)
    assert [len(api.replies_to(u)) for u in users] == [1] * 20


def test_webhook_mode_requires_the_secret(tmp_path):
    api = FakeBotAPI(TOKEN).start()
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    bot = BotProcess(api, corpus, tmp_path, WEBHOOK_URL="https://bot.example.com/hook", WEBHOOK_SECRET="s3cret-value",
                     WEBHOOK_LISTEN="127.0.0.1", WEBHOOK_PORT=port).start(ready="setWebhook")
    try:
        deadline = time.time() + 30
        while True:  # setWebhook is sent before the webhook server listens
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.time() < deadline, bot.log()
                time.sleep(0.05)
        assert api.s.webhook["url"] == "https://bot.example.com/hook"
        assert api.s.webhook["secret_token"] == "s3cret-value"
        api.chat(3001)
        update = {"update_id": 1, "message": api.make_message(QUESTION, 3001)}

        def post(headers):
            req = urllib.request.Request(f"http://127.0.0.1:{port}/hook", data=json.dumps(update).encode(),
                                         headers={"Content-Type": "application/json", **headers})
            try:
                return urllib.request.urlopen(req, timeout=10).status
            except urllib.error.HTTPError as e:
                return e.code

        assert post({}) == 403
        assert post({"X-Telegram-Bot-Api-Secret-Token": "wrong"}) == 403
        time.sleep(0.5)
        assert api.replies_to(3001) == []
        assert post({"X-Telegram-Bot-Api-Secret-Token": "s3cret-value"}) == 200
        api.wait_for("sendMessage", lambda c: int(c.params["chat_id"]) == 3001)
        assert "구광모" in api.replies_to(3001)[0]["text"]
    finally:
        assert bot.stop() == 0
        api.stop()
    assert TOKEN not in bot.log()


def test_run_without_token_explains_and_fails(tmp_path):
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "bot", "run"], cwd=tmp_path, capture_output=True, text=True,
                         env={"PATH": "/usr/bin:/bin"}, timeout=60)
    assert out.returncode == 1
    assert "@BotFather" in out.stderr and "newsqa chat" in out.stderr


def test_bad_setting_is_one_line_naming_the_variable(tmp_path):
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "bot", "run"], cwd=tmp_path, capture_output=True, text=True,
                         env={"PATH": "/usr/bin:/bin", "ADMIN_IDS": "12,abc"}, timeout=60)
    assert out.returncode == 2
    assert out.stderr.strip() == "newsqa: ADMIN_IDS: must be comma-separated numeric Telegram user ids"
