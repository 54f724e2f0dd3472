"""What every handler needs, built once and kept in application.bot_data."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from dataclasses import dataclass, field

import numpy as np
from telegram.ext import ContextTypes

from retrieval import Retriever

from .ratelimit import RateLimiter
from .settings import Settings
from .state import BotState

LATENCY_WINDOW = 10_000
DEFAULT_EXAMPLE = "구광모 회장이 사장단 워크숍에서 강조한 건?"


@dataclass
class Services:
    settings: Settings
    retriever: Retriever
    state: BotState
    limiter: RateLimiter  # questions and "more" pages, per user
    inline_limiter: RateLimiter  # inline queries, which arrive per keystroke: a larger allowance
    reload_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    started: float = field(default_factory=time.time)
    latencies: deque = field(default_factory=lambda: deque(maxlen=LATENCY_WINDOW))
    example: str = DEFAULT_EXAMPLE

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.settings.admin_ids

    def latency_ms(self) -> tuple[float, float]:
        if not self.latencies:
            return 0.0, 0.0
        p50, p95 = np.percentile(np.array(self.latencies) * 1000, [50, 95])
        return float(p50), float(p95)

    def refresh_example(self) -> None:
        """An example question that this corpus answers: the sample article's question while it
        does, else the first article's headline."""
        if self.retriever.search(DEFAULT_EXAMPLE).results:
            self.example = DEFAULT_EXAMPLE
            return
        titles = self.retriever.snapshot.sample_titles(1)
        if titles:
            self.example = titles[0]


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.application.bot_data["services"]
