"""Mixed load through the local Bot API server: 50 users, 2,000 actions in all.

    .venv/bin/python benchmarks/bench_load.py [--users 50] [--actions 2000]

Each simulated user acts in turn and waits for the bot's response before the next action, as a
person would: private questions (60%), `/ask` in one of five groups (15%), a "더 보기" press
on their last answer (15%) and inline queries (10%). Checked: every action gets exactly one
response; no user gets more than RATE_LIMIT_PER_MINUTE real answers in any minute (the rest get
the rate-limit notice); RSS of the bot at start and end; latency percentiles per kind.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_bot import questions  # noqa: E402
from benchmarks.bench_retrieval import machine  # noqa: E402
from benchmarks.synthetic import SCI_NEWS  # noqa: E402
from tests.bot_process import TOKEN, BotProcess  # noqa: E402
from tests.botapi import FakeBotAPI  # noqa: E402

GROUPS = [-1001000 - i for i in range(5)]


def user_session(api: FakeBotAPI, user: int, actions: int, rng: random.Random, log: list, lock: threading.Lock):
    last_answer = None
    pool = questions(actions, seed=user)
    for i in range(actions):
        time.sleep(rng.uniform(0.2, 1.2))
        roll = rng.random()
        t0 = time.time()
        if roll < 0.10:
            kind = "inline"
            qid = api.push_inline(user, pool[i])
            api.wait_for("answerInlineQuery", lambda c: c.params["inline_query_id"] == qid, timeout=60)
            key = qid
        elif roll < 0.25 and last_answer and "reply_markup" in last_answer:
            kind = "paging"
            buttons = {b.get("callback_data", ""): b for row in last_answer["reply_markup"]["inline_keyboard"] for b in row}
            data = next((d for d in buttons if d.startswith("more:")), next(d for d in buttons if d.startswith("vote:")))
            qid = api.push_callback(user, last_answer, data)
            api.wait_for("answerCallbackQuery", lambda c: c.params["callback_query_id"] == qid, timeout=60)
            key = qid
        elif roll < 0.40:
            kind = "group"
            group = rng.choice(GROUPS)
            msg = api.push_message(f"/ask {pool[i]}", user, chat_id=group, chat_type="supergroup")
            mid = msg["message_id"]
            api.wait_for("sendMessage", lambda c: int(c.params["chat_id"]) == group
                         and (c.params.get("reply_parameters") or {}).get("message_id") == mid, timeout=60)
            key = f"g{mid}"
        else:
            kind = "private"
            before = len(api.replies_to(user))
            api.push_message(pool[i], user)
            api.wait_for("sendMessage", lambda c: int(c.params["chat_id"]) == user, count=before + 1, timeout=60)
            last_answer = api.replies_to(user)[before]
            key = f"p{user}:{before}"
        with lock:
            log.append({"user": user, "kind": kind, "key": key, "latency": time.time() - t0, "at": t0})


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--actions", type=int, default=2000)
    parser.add_argument("--rate-limit", type=int, default=30)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "load.json")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="newsqa-load-"))
    corpus = work / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    if SCI_NEWS.is_dir():
        for f in SCI_NEWS.glob("*.json"):
            shutil.copy(f, corpus)
    api = FakeBotAPI(TOKEN).start()
    # Telegram's own limits (30 messages/s, 20 per minute per group) are lifted for the local
    # server; the per-user limit under test is the bot's own.
    bot = BotProcess(api, corpus, work, LOG_LEVEL="WARNING", RATE_LIMIT_PER_MINUTE=args.rate_limit,
                     TELEGRAM_MAX_RATE=100_000, TELEGRAM_GROUP_RATE_PER_MINUTE=100_000).start()
    proc = psutil.Process(bot.proc.pid)
    rss_start = proc.memory_info().rss / 2**20

    log: list[dict] = []
    lock = threading.Lock()
    per_user = args.actions // args.users
    threads = [threading.Thread(target=user_session, args=(api, 200_000 + u, per_user, random.Random(u), log, lock))
               for u in range(args.users)]
    started = time.time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.time() - started
    time.sleep(2.0)  # late duplicates would show now
    rss_end = proc.memory_info().rss / 2**20

    # Exactly once: one response per action.
    responses = {"private": {}, "group": {}, "paging": {}, "inline": {}}
    for c in api.calls("sendMessage"):
        chat = int(c.params["chat_id"])
        if chat in GROUPS:
            mid = (c.params.get("reply_parameters") or {}).get("message_id")
            responses["group"][f"g{mid}"] = responses["group"].get(f"g{mid}", 0) + 1
        elif chat >= 200_000:
            responses["private"][chat] = responses["private"].get(chat, 0) + 1
    for c in api.calls("answerCallbackQuery"):
        responses["paging"][c.params["callback_query_id"]] = responses["paging"].get(c.params["callback_query_id"], 0) + 1
    for c in api.calls("answerInlineQuery"):
        responses["inline"][c.params["inline_query_id"]] = responses["inline"].get(c.params["inline_query_id"], 0) + 1
    private_asked = {}
    for entry in log:
        if entry["kind"] == "private":
            private_asked[entry["user"]] = private_asked.get(entry["user"], 0) + 1
    twice = sum(1 for kind in ("group", "paging", "inline") for v in responses[kind].values() if v > 1)
    twice += sum(1 for u, n in private_asked.items() if responses["private"].get(u, 0) > n)
    lost = sum(1 for e in log if e["kind"] in ("group", "paging", "inline") and e["key"] not in responses[e["kind"]])
    lost += sum(1 for u, n in private_asked.items() if responses["private"].get(u, 0) < n)

    # Rate limit honoured: real answers per user in any 60 s window.
    answers_at: dict[int, list[float]] = {}
    for c in api.calls("sendMessage"):
        if "초 뒤에 다시" in c.result["text"]:
            continue
        chat = int(c.params["chat_id"])
        user = chat if chat >= 200_000 else None
        if chat in GROUPS:
            user = int(api.message(chat, c.params["reply_parameters"]["message_id"])["from"]["id"])
        if user:
            answers_at.setdefault(user, []).append(c.at)
    worst = 0
    for times in answers_at.values():
        times.sort()
        j = 0
        for i, t in enumerate(times):
            while t - times[j] >= 60:
                j += 1
            worst = max(worst, i - j + 1)
    notices = sum(1 for c in api.calls("sendMessage") if "초 뒤에 다시" in c.result["text"])

    lat = {}
    for kind in ("private", "group", "paging", "inline"):
        values = np.array([e["latency"] for e in log if e["kind"] == kind]) * 1000
        if len(values):
            lat[kind] = {"count": int(len(values)), **{p: round(float(np.percentile(values, q)), 1)
                                                       for p, q in (("p50", 50), ("p95", 95), ("p99", 99))}}
    everything = np.array([e["latency"] for e in log]) * 1000
    result = {
        "machine": machine(), "date": time.strftime("%Y-%m-%d"),
        "users": args.users, "actions": len(log), "seconds": round(elapsed, 1),
        "lost": lost, "answered_twice": twice,
        "rate_limit_per_minute": args.rate_limit, "max_answers_in_any_minute": worst, "rate_limit_notices": notices,
        "latency_ms": {"all": {p: round(float(np.percentile(everything, q)), 1) for p, q in (("p50", 50), ("p95", 95), ("p99", 99))},
                       **lat},
        "rss_mb": {"start": round(rss_start), "end": round(rss_end)},
    }
    code = bot.stop()
    api.stop()
    result["token_in_log"] = TOKEN in bot.log()
    result["exit_code"] = code
    shutil.rmtree(work, ignore_errors=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0 if not lost and not twice and worst <= args.rate_limit else 1


if __name__ == "__main__":
    sys.exit(main())
