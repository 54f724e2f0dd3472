"""Per-user rate limit: a sliding window of the last minute's questions."""

from __future__ import annotations

import math
import time
from collections import defaultdict, deque


class RateLimiter:
    def __init__(self, per_minute: int, clock=time.monotonic):
        self.per_minute = per_minute
        self.window = 60.0
        self._clock = clock
        self._seen: dict[int, deque[float]] = defaultdict(deque)

    def check(self, user_id: int) -> int:
        """0 when the user may ask now, else the whole seconds to wait."""
        now = self._clock()
        seen = self._seen[user_id]
        while seen and now - seen[0] >= self.window:
            seen.popleft()
        if len(seen) >= self.per_minute:
            return max(1, math.ceil(self.window - (now - seen[0])))
        seen.append(now)
        return 0
