"""Per-user rate limit: a sliding window of the last minute's questions."""

from __future__ import annotations

import math
import time
from collections import deque


class RateLimiter:
    def __init__(self, per_minute: int, clock=time.monotonic):
        self.per_minute = per_minute
        self.window = 60.0
        self._clock = clock
        self._seen: dict[int, deque[float]] = {}
        self._swept = clock()

    def check(self, user_id: int) -> int:
        """0 when the user may ask now, else the whole seconds to wait."""
        now = self._clock()
        if now - self._swept >= self.window:
            self._sweep(now)
        seen = self._seen.setdefault(user_id, deque())
        while seen and now - seen[0] >= self.window:
            seen.popleft()
        if len(seen) >= self.per_minute:
            return max(1, math.ceil(self.window - (now - seen[0])))
        seen.append(now)
        return 0

    def tracked_users(self) -> int:
        return len(self._seen)

    def _sweep(self, now: float) -> None:
        """Forget users with nothing in the window, at most once a window: otherwise every user
        who ever asked would be kept for as long as the bot runs."""
        self._seen = {u: seen for u, seen in self._seen.items() if seen and now - seen[-1] < self.window}
        self._swept = now
