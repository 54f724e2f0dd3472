"""Runs the real `newsqa run` in a subprocess against the local Bot API server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .botapi import FakeBotAPI

TOKEN = "123456789:AAH-test-token-that-must-never-be-logged"
ADMIN_ID = 4242


class BotProcess:
    def __init__(self, api: FakeBotAPI, corpus: Path, work: Path, **env):
        self.api = api
        self.corpus = corpus
        self.log_path = work / "bot.log"
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")},
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_BASE_URL": api.base_url,
            "TELEGRAM_BASE_FILE_URL": api.base_file_url,
            "ADMIN_IDS": str(ADMIN_ID),
            "CORPUS_DIR": str(corpus),
            "INDEX_DIR": str(work / "index"),
            "STATE_DB": str(work / "state.sqlite"),
            "LOG_LEVEL": "DEBUG",  # the most talkative level: the token must not appear even here
            **{k: str(v) for k, v in env.items()},
        }
        self.work = work
        self.proc: subprocess.Popen | None = None

    def start(self, ready: str = "getUpdates", timeout: float = 90) -> BotProcess:
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=self.work, env=self.env,
                                     stdout=self._log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while not self.api.calls(ready):
            if self.proc.poll() is not None:
                raise RuntimeError(f"bot exited with {self.proc.returncode}:\n{self.log()}")
            if time.monotonic() > deadline:
                raise TimeoutError(f"bot not ready:\n{self.log()}")
            time.sleep(0.05)
        return self

    def stop(self, sig=signal.SIGTERM, timeout: float = 20) -> int:
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()
        return self.proc.returncode

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def work_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="newsqa-bot-"))


def admin_reload(api: FakeBotAPI, until: str, timeout: float = 120) -> str:
    """An admin's /reload, and the status message it edits, once it says `until` (완료, 실패)."""
    before = len(api.replies_to(ADMIN_ID))
    api.push_message("/reload", ADMIN_ID)
    api.wait_for("sendMessage", lambda c: int(c.params["chat_id"]) == ADMIN_ID, count=before + 1)
    status = api.replies_to(ADMIN_ID)[before]
    deadline = time.time() + timeout
    while until not in api.message(ADMIN_ID, status["message_id"])["text"] and time.time() < deadline:
        time.sleep(0.1)
    return api.message(ADMIN_ID, status["message_id"])["text"]
