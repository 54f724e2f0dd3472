"""What the bot remembers: questions asked (for paging buttons and feedback) and votes.

SQLite in WAL mode: paging and votes keep working across restarts and index reloads, because a
button carries only a question id and the question's text is looked up here.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS questions (
    id INTEGER PRIMARY KEY, user_id INTEGER, chat_id INTEGER, text TEXT NOT NULL, lang TEXT,
    results INTEGER, articles TEXT, created REAL
);
CREATE TABLE IF NOT EXISTS votes (
    question_id INTEGER, user_id INTEGER, value INTEGER, created REAL,
    PRIMARY KEY (question_id, user_id)
);
"""


@dataclass(frozen=True)
class StoredQuestion:
    id: int
    text: str
    lang: str


@dataclass(frozen=True)
class Totals:
    questions: int
    unanswered: int
    up: int
    down: int


class BotState:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)
        self._lock = threading.Lock()

    def record_question(self, user_id: int | None, chat_id: int | None, text: str, lang: str,
                        article_ids: list[str]) -> int:
        with self._lock:
            cur = self._db.execute(
                "INSERT INTO questions (user_id, chat_id, text, lang, results, articles, created)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (user_id, chat_id, text, lang, len(article_ids), ",".join(article_ids), time.time()),
            )
            return int(cur.lastrowid)

    def question(self, question_id: int) -> StoredQuestion | None:
        with self._lock:
            row = self._db.execute("SELECT id, text, lang FROM questions WHERE id = ?", (question_id,)).fetchone()
        return StoredQuestion(*row) if row else None

    def vote(self, question_id: int, user_id: int, helpful: bool) -> bool | None:
        """Record a user's vote (one per user and question; a new one replaces the old) and
        return the vote it replaced, if any."""
        with self._lock:
            old = self._db.execute(
                "SELECT value FROM votes WHERE question_id = ? AND user_id = ?", (question_id, user_id)
            ).fetchone()
            self._db.execute(
                "INSERT OR REPLACE INTO votes VALUES (?, ?, ?, ?)", (question_id, user_id, int(helpful), time.time())
            )
            return bool(old[0]) if old else None

    def totals(self) -> Totals:
        with self._lock:
            q, unanswered = self._db.execute(
                "SELECT count(*), coalesce(sum(results = 0), 0) FROM questions"
            ).fetchone()
            up, down = self._db.execute(
                "SELECT coalesce(sum(value = 1), 0), coalesce(sum(value = 0), 0) FROM votes"
            ).fetchone()
        return Totals(q, unanswered, up, down)

    def close(self) -> None:
        self._db.close()
