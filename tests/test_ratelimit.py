"""The per-user limit: a sliding minute, and no memory of users who stopped asking."""

from __future__ import annotations

from bot.ratelimit import RateLimiter


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_limit_per_sliding_minute_and_the_wait_it_reports():
    clock = Clock()
    limiter = RateLimiter(3, clock)
    assert [limiter.check(7) for _ in range(3)] == [0, 0, 0]
    clock.now += 20
    assert limiter.check(7) == 40  # the first of the three leaves the window in 40 s
    assert limiter.check(8) == 0  # another user is not held up
    clock.now += 40
    assert limiter.check(7) == 0


def test_users_who_stopped_asking_are_forgotten():
    clock = Clock()
    limiter = RateLimiter(5, clock)
    for user in range(1000):
        limiter.check(user)
    assert limiter.tracked_users() == 1000
    clock.now += 61
    limiter.check(5000)
    assert limiter.tracked_users() == 1
