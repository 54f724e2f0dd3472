"""The bot end to end through the local Bot API server: throughput, latency, nothing lost.

    .venv/bin/python benchmarks/bench_bot.py [--out benchmarks/results/bot.json]

The real `newsqa run` process (long polling) over the sample article plus the 50 Naver news
articles. Each question comes from its own user, so every reply can be matched to its
question; latency is from the moment the update is handed to the server to the moment the
bot's sendMessage for it arrives.

Phases: paced (a steady rate, for latency), burst (everything at once, for throughput), and
the burst again with Telegram's own limit of 30 messages a second in force (the default), to
show that the rate limiter, not the bot, is then what bounds throughput.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_retrieval import machine  # noqa: E402
from benchmarks.synthetic import SCI_NEWS  # noqa: E402
from tests.bot_process import TOKEN, BotProcess  # noqa: E402
from tests.botapi import FakeBotAPI  # noqa: E402


def questions(n: int, seed: int = 3) -> list[str]:
    """Questions made of news sentences' opening words, plus some the corpus cannot answer."""
    rng = random.Random(seed)
    pool = []
    for f in sorted(SCI_NEWS.glob("*.json")):
        for s in json.loads(f.read_text(encoding="utf-8"))["sentences"]:
            words = s.split()
            if len(words) >= 6:
                pool.append(" ".join(words[:6]) + "?")
    pool += ["구광모 회장이 사장단 워크숍에서 강조한 건?", "내일 부산 날씨는 어때?", "비트코인 가격 전망은?"]
    return [rng.choice(pool) for _ in range(n)]


def run_phase(api: FakeBotAPI, texts: list[str], first_user: int, rate: float | None, timeout: float = 600) -> dict:
    pushed: dict[int, float] = {}
    started = time.time()
    for i, text in enumerate(texts):
        if rate:
            delay = started + i / rate - time.time()
            if delay > 0:
                time.sleep(delay)
        user = first_user + i
        pushed[user] = time.time()
        api.push_message(text, user)
    users = set(pushed)
    deadline = time.time() + timeout
    while True:
        replies = [c for c in api.calls("sendMessage") if int(c.params["chat_id"]) in users]
        if len(replies) >= len(texts) or time.time() > deadline:
            break
        time.sleep(0.05)
    time.sleep(1.0)  # anything answered twice would show up now
    replies = [c for c in api.calls("sendMessage") if int(c.params["chat_id"]) in users]
    per_user: dict[int, list] = {}
    for c in replies:
        per_user.setdefault(int(c.params["chat_id"]), []).append(c)
    latencies = [per_user[u][0].at - pushed[u] for u in users if u in per_user]
    last = max(c.at for c in replies) if replies else started
    return {
        "questions": len(texts),
        "answered": len(per_user),
        "lost": len(users - set(per_user)),
        "answered_twice": sum(1 for v in per_user.values() if len(v) > 1),
        "seconds": round(last - started, 2),
        "questions_per_s": round(len(per_user) / max(1e-9, last - started), 1),
        "latency_ms": {p: round(float(np.percentile(np.array(latencies) * 1000, q)), 1)
                       for p, q in (("p50", 50), ("p95", 95), ("p99", 99))} if latencies else {},
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--paced", type=int, default=1500, help="questions in the paced phase")
    parser.add_argument("--rate", type=float, default=100.0, help="questions per second in the paced phase")
    parser.add_argument("--burst", type=int, default=2000)
    parser.add_argument("--limited-burst", type=int, default=300)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "bot.json")
    args = parser.parse_args()
    if not SCI_NEWS.is_dir():
        print("needs ../shared/data/sci-news-sum-kr-50", file=sys.stderr)
        return 2

    results = {"machine": machine(), "date": time.strftime("%Y-%m-%d")}
    for name, max_rate, phases in (
        ("unthrottled", 100_000, [("paced", args.paced, args.rate), ("burst", args.burst, None)]),
        ("telegram_limit_30_per_s", 30, [("burst", args.limited_burst, None)]),
    ):
        work = Path(tempfile.mkdtemp(prefix="newsqa-botbench-"))
        corpus = work / "corpus"
        shutil.copytree(ROOT / "corpus", corpus)
        for f in SCI_NEWS.glob("*.json"):
            shutil.copy(f, corpus)
        api = FakeBotAPI(TOKEN).start()
        bot = BotProcess(api, corpus, work, LOG_LEVEL="WARNING", RATE_LIMIT_PER_MINUTE=100_000,
                         TELEGRAM_MAX_RATE=max_rate).start()
        proc = psutil.Process(bot.proc.pid)
        section = {"telegram_max_rate": max_rate, "rss_mb_start": round(proc.memory_info().rss / 2**20)}
        user = 100_000
        for phase, count, rate in phases:
            section[phase] = run_phase(api, questions(count, seed=user), user, rate)
            if rate:
                section[phase]["rate"] = rate
            user += count
            print(name, phase, json.dumps(section[phase]), flush=True)
        section["rss_mb_end"] = round(proc.memory_info().rss / 2**20)
        bot.stop()
        api.stop()
        shutil.rmtree(work, ignore_errors=True)
        results[name] = section
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"written {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
