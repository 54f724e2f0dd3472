"""What the bot remembers, and for how long: questions kept for their buttons, then forgotten
with their counts kept."""

from __future__ import annotations

from bot.state import BotState

DAY = 86400.0


class Clock:
    def __init__(self, now: float = 1_800_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_questions_past_their_time_are_forgotten_and_their_counts_kept(tmp_path):
    clock = Clock()
    state = BotState(tmp_path / "bot.sqlite", retention_days=90, clock=clock)
    old = state.record_question(1, 1, "구광모 회장이 사장단 워크숍에서 강조한 건?", "ko", ["a1"])
    unanswered = state.record_question(2, 2, "내일 서울 날씨 어때?", "ko", [])
    state.vote(old, 1, helpful=True)
    state.vote(old, 3, helpful=False)
    before = state.totals()
    assert (before.questions, before.unanswered, before.up, before.down) == (2, 1, 1, 1)

    clock.now += 89 * DAY
    recent = state.record_question(1, 1, "드론 무게 얼마야?", "ko", ["a2"])
    assert state.question(old) is not None  # within 90 days: its buttons still work

    clock.now += 2 * DAY  # the first two are now 91 days old; the next question looks
    state.record_question(4, 4, "해운대 모래축제 주제 뭐야?", "ko", ["a3"])
    assert state.question(old) is None and state.question(unanswered) is None
    assert state.question(recent).text == "드론 무게 얼마야?"
    after = state.totals()
    assert (after.questions, after.unanswered, after.up, after.down) == (4, 1, 1, 1)
    state.close()

    # The counts survive a restart, and nothing is forgotten twice.
    again = BotState(tmp_path / "bot.sqlite", retention_days=90, clock=clock)
    assert again.totals() == after
    again.close()


def test_retention_zero_keeps_every_question(tmp_path):
    clock = Clock()
    state = BotState(tmp_path / "bot.sqlite", retention_days=0, clock=clock)
    qid = state.record_question(1, 1, "구광모 회장이 사장단 워크숍에서 강조한 건?", "ko", ["a1"])
    clock.now += 3650 * DAY
    state.record_question(1, 1, "드론 무게 얼마야?", "ko", ["a2"])
    assert state.question(qid) is not None and state.totals().questions == 2
    state.close()
