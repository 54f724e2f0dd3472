"""The bot under Bot API failures and against senders who are not admins, end to end."""

from __future__ import annotations

import json
import shutil
import time

import pytest

from .botapi import Fault, FakeBotAPI
from .bot_process import ADMIN_ID, TOKEN, BotProcess, admin_reload, work_dir
from .conftest import SAMPLE_CORPUS

QUESTION = "구광모 회장이 사장단 워크숍에서 강조한 건?"


@pytest.fixture(scope="module")
def env():
    work = work_dir()
    shutil.copytree(SAMPLE_CORPUS, work / "corpus")
    api = FakeBotAPI(TOKEN).start()
    bot = BotProcess(api, work / "corpus", work, RATE_LIMIT_PER_MINUTE=1000).start()
    yield api, bot
    code = bot.stop()
    api.stop()
    log = bot.log()
    (work.parent / "newsqa-faults-bot.log").write_text(log)
    assert code == 0
    assert TOKEN not in log and TOKEN.split(":")[1] not in log
    shutil.rmtree(work, ignore_errors=True)


def answered(api: FakeBotAPI, chat_id: int, timeout: float = 30) -> list[dict]:
    api.wait_for("sendMessage", lambda c: int(c.params["chat_id"]) == chat_id, timeout=timeout)
    return api.replies_to(chat_id)


def test_sends_telegram_did_not_take_are_retried_and_answered_once(env):
    api, _ = env
    api.inject(Fault("sendMessage", "500", times=2, chat_id=5000))  # 502 Bad Gateway: not done
    api.push_message(QUESTION, 5000)
    replies = answered(api, 5000)
    time.sleep(1.0)
    assert len(api.replies_to(5000)) == 1
    assert "구광모" in replies[0]["text"]


def test_a_send_telegram_carried_out_is_not_sent_again_when_the_connection_breaks(env):
    api, _ = env
    # The message is sent, then the connection drops before the answer: from the bot's side
    # this looks like any broken connection, and a retry would send the answer twice.
    api.inject(Fault("sendMessage", "done_then_drop", times=1, chat_id=5001))
    api.push_message(QUESTION, 5001)
    answered(api, 5001)
    time.sleep(3.0)  # longer than the retries' back-off (0.5 s, then 1 s)
    assert len(api.replies_to(5001)) == 1
    # The bot goes on answering.
    api.push_message(QUESTION, 5001)
    api.wait_for("sendMessage", lambda c: int(c.params["chat_id"]) == 5001, count=2)
    assert len(api.replies_to(5001)) == 2


def test_calls_that_may_run_twice_are_retried_after_a_broken_connection(env):
    api, _ = env
    api.push_message("LG 고객 가치 경영", 5002)
    reply = answered(api, 5002)[0]
    api.inject(Fault("answerCallbackQuery", "drop", times=2))
    qid = api.push_callback(5002, reply, reply["reply_markup"]["inline_keyboard"][-1][0]["callback_data"])
    call = api.wait_for("answerCallbackQuery", lambda c: c.params["callback_query_id"] == qid)[0]
    assert "고마워요" in call.params["text"]


def test_flood_control_on_edits_is_waited_out(env):
    api, _ = env
    api.push_message("LG 고객 가치 경영", 5010)
    reply = answered(api, 5010)[0]
    api.inject(Fault("answerCallbackQuery", "429", times=1, value=1))
    qid = api.push_callback(5010, reply, reply["reply_markup"]["inline_keyboard"][-1][0]["callback_data"])
    call = api.wait_for("answerCallbackQuery", lambda c: c.params["callback_query_id"] == qid)[0]
    assert "고마워요" in call.params["text"]


def test_slow_and_blocked_users_do_not_stop_others(env):
    api, bot = env
    api.inject(Fault("sendMessage", "delay", times=1, value=7.0, chat_id=5020))  # past the read timeout
    api.inject(Fault("sendMessage", "blocked", times=5, chat_id=5021))
    api.push_message(QUESTION, 5020)
    api.push_message(QUESTION, 5021)
    started = time.time()
    for user in range(5030, 5040):
        api.push_message(QUESTION, user)
    for user in range(5030, 5040):
        answered(api, user)
    assert time.time() - started < 5  # not held up by the slow one
    # The slow send went through in the end (Telegram acted on it), after the bot had stopped
    # waiting: it neither sends the answer again nor apologises after it.
    api.wait_for("sendMessage", lambda c: int(c.params["chat_id"]) == 5020, timeout=20)
    time.sleep(2.0)
    assert len(api.replies_to(5020)) == 1 and "구광모" in api.replies_to(5020)[0]["text"]
    assert "may have been delivered" in bot.log() and "user unreachable" in bot.log()
    # Still serving.
    api.push_message(QUESTION, 5041)
    assert "구광모" in answered(api, 5041)[0]["text"]


def test_no_update_is_lost_when_get_updates_fails(env):
    api, _ = env
    api.inject(Fault("getUpdates", "500", times=2))
    api.inject(Fault("getUpdates", "drop", times=1))
    for user in range(5050, 5055):
        api.push_message(QUESTION, user)
    for user in range(5050, 5055):
        assert len(answered(api, user, timeout=40)) == 1


# --- who may use admin commands -------------------------------------------------------------

def test_edited_message_from_non_admin_is_refused(env):
    api, bot = env
    api.push_edited_message("/reload", 5100)
    assert "관리자만" in answered(api, 5100)[0]["text"]
    assert "refused /reload from user 5100" in bot.log()


def test_forwarded_admin_command_is_judged_by_the_forwarder(env):
    api, _ = env
    msg = api.make_message("/stats", 5110)
    msg["forward_origin"] = {"type": "user", "date": int(time.time()), "sender_user": api.user(ADMIN_ID)}
    api._push({"message": msg})
    assert "관리자만" in answered(api, 5110)[0]["text"]


def test_admin_in_a_group_is_still_an_admin_and_others_are_not(env):
    api, _ = env
    group = -100777
    api.push_message("/stats", 5120, chat_id=group, chat_type="supergroup")
    api.push_message("/stats", ADMIN_ID, chat_id=group, chat_type="supergroup")
    api.wait_for("sendMessage", lambda c: int(c.params["chat_id"]) == group, count=2)
    texts = [r["text"] for r in api.replies_to(group)]
    assert any("관리자만" in t for t in texts) and any("통계" in t for t in texts)


def test_channel_posts_cannot_run_admin_commands(env):
    api, bot = env
    channel = -100888
    generations = sorted(p.name for p in (bot.work / "index").glob("gen-*"))
    api.push_channel_post("/reload", channel)
    api.push_channel_post("/stats", channel)
    time.sleep(1.5)
    # A channel post has no sending user: admin commands are not run (nor answered).
    assert api.replies_to(channel) == []
    assert sorted(p.name for p in (bot.work / "index").glob("gen-*")) == generations


def test_uploads_from_non_admins_in_groups_are_ignored_and_oversized_files_refused(env):
    api, bot = env
    group = -100999
    api.push_document(5130, "기사.txt", "정상적인 기사 본문입니다.".encode(), chat_id=group, chat_type="supergroup")
    time.sleep(1.0)
    assert api.replies_to(group) == []
    assert not (bot.corpus / "uploads" / "기사.txt").exists()
    api.push_document(ADMIN_ID, "big.txt", b"x", declared_size=50 * 1024 * 1024)
    api.wait_for("sendMessage", lambda c: int(c.params["chat_id"]) == ADMIN_ID and "추가하지 않았어요" in c.result["text"])
    assert not api.calls("getFile")  # refused before downloading anything


def test_an_admin_sharing_a_file_in_a_group_adds_it_only_with_add(env):
    """A file an admin shares in a group is for the group (issue 9, item 9): the corpus changes
    only when its caption says /add."""
    api, bot = env
    group = -100998
    record = {"title": "단체방에 공유한 기사", "body": "단체방에서 공유된 기사 본문이다."}
    data = json.dumps(record, ensure_ascii=False).encode()
    api.push_document(ADMIN_ID, "공유.json", data, chat_id=group, chat_type="supergroup")
    time.sleep(1.5)
    assert api.replies_to(group) == []
    assert not (bot.corpus / "uploads" / "공유.json").exists()
    api.push_document(ADMIN_ID, "공유.json", data, chat_id=group, chat_type="supergroup", caption="/add")
    api.wait_for("sendMessage", lambda c: int(c.params["chat_id"]) == group and "추가 완료" in c.result["text"],
                 timeout=60)
    assert (bot.corpus / "uploads" / "공유.json").is_file()


def test_uploads_never_overwrite(env):
    api, bot = env
    record = {"title": "같은 이름 기사", "body": "첫 번째 본문이다. 중복 이름 시험."}
    for i in range(2):
        record["body"] = f"{i + 1}번째 본문이다. 중복 이름 시험 {i}."
        api.push_document(ADMIN_ID, "same.json", json.dumps(record, ensure_ascii=False).encode())
        api.wait_for("sendMessage", lambda c: int(c.params["chat_id"]) == ADMIN_ID and "same" in c.result["text"]
                     and "추가 완료" in c.result["text"], count=i + 1, timeout=60)
    files = sorted(p.name for p in (bot.corpus / "uploads").glob("same*"))
    assert files == ["same (2).json", "same.json"]
    assert "1번째" in (bot.corpus / "uploads" / "same.json").read_text(encoding="utf-8")


def test_failed_reload_keeps_serving_and_says_why(env):
    api, bot = env
    api.push_message(QUESTION, 5200)
    reply = answered(api, 5200)[0]
    moved = bot.corpus.with_name("corpus-away")
    bot.corpus.rename(moved)
    try:
        text = admin_reload(api, until="실패", timeout=30)
        assert "다시 읽기 실패" in text and "corpus folder not found" in text and "이전 색인" in text
        api.push_message(QUESTION, 5201)
        assert "구광모" in answered(api, 5201)[0]["text"]  # the previous index still answers
    finally:
        moved.rename(bot.corpus)
    # A button from before the failed reload still works.
    qid = api.push_callback(5200, reply, reply["reply_markup"]["inline_keyboard"][-1][1]["callback_data"])
    call = api.wait_for("answerCallbackQuery", lambda c: c.params["callback_query_id"] == qid)[0]
    assert "고마워요" in call.params["text"]
