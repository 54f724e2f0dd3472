"""What the bot remembers: questions asked (for paging buttons and feedback) and votes.

SQLite in WAL mode: paging and votes keep working across restarts and index reloads, because a
button carries only a question id and the question's text is looked up here. Questions are kept
for a set number of days (QUESTION_RETENTION_DAYS): older ones and their votes are forgotten,
their counts kept in /stats' totals; their buttons then get the notice for a stale button.
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
CREATE INDEX IF NOT EXISTS questions_created ON questions (created);
-- What forgotten questions and votes add to the totals: one row.
CREATE TABLE IF NOT EXISTS forgotten (questions INTEGER, unanswered INTEGER, up INTEGER, down INTEGER);
INSERT INTO forgotten SELECT 0, 0, 0, 0 WHERE NOT EXISTS (SELECT 1 FROM forgotten);
"""
FORGET_EVERY = 3600.0  # seconds between looks for questions past their time


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
    def __init__(self, path: Path, retention_days: float = 90, clock=time.time):
        """retention_days: how long questions are kept (0: for ever)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)
        self._lock = threading.Lock()
        self.retention_days = retention_days
        self._clock = clock
        self._forgot_at = float("-inf")
        self.forget_old()

    def forget_old(self) -> int:
        """Forget questions older than the retention time, and their votes, adding their counts
        to the totals; how many questions went."""
        if not self.retention_days:
            return 0
        now = self._clock()
        cutoff = now - self.retention_days * 86400
        with self._lock:
            self._forgot_at = now
            self._db.execute("BEGIN IMMEDIATE")
            try:
                old = "SELECT id FROM questions WHERE created < ?"
                q, unanswered = self._db.execute(
                    "SELECT count(*), coalesce(sum(results = 0), 0) FROM questions WHERE created < ?", (cutoff,)
                ).fetchone()
                up, down = self._db.execute(
                    f"SELECT coalesce(sum(value = 1), 0), coalesce(sum(value = 0), 0) FROM votes WHERE question_id IN ({old})",
                    (cutoff,)).fetchone()
                if q:
                    self._db.execute("UPDATE forgotten SET questions = questions + ?, unanswered = unanswered + ?,"
                                     " up = up + ?, down = down + ?", (q, unanswered, up, down))
                    self._db.execute(f"DELETE FROM votes WHERE question_id IN ({old})", (cutoff,))
                    self._db.execute("DELETE FROM questions WHERE created < ?", (cutoff,))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return q

    def record_question(self, user_id: int | None, chat_id: int | None, text: str, lang: str,
                        article_ids: list[str]) -> int:
        if self._clock() - self._forgot_at > FORGET_EVERY:
            self.forget_old()
        with self._lock:
            cur = self._db.execute(
                "INSERT INTO questions (user_id, chat_id, text, lang, results, articles, created)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (user_id, chat_id, text, lang, len(article_ids), ",".join(article_ids), self._clock()),
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
                "INSERT OR REPLACE INTO votes VALUES (?, ?, ?, ?)", (question_id, user_id, int(helpful), self._clock())
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
            fq, fu, fup, fdown = self._db.execute("SELECT questions, unanswered, up, down FROM forgotten").fetchone()
        return Totals(q + fq, unanswered + fu, up + fup, down + fdown)

    def close(self) -> None:
        self._db.close()
