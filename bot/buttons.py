"""What a button carries back: its action, the stored question's id and a number, as Telegram's
callback_data (at most 64 bytes, and chosen by the client: parsed, never trusted)."""

from __future__ import annotations

from dataclasses import dataclass

ACTIONS = ("more", "vote")


@dataclass(frozen=True)
class ButtonData:
    action: str  # "more": show results from `value` on; "vote": 1 helpful, 0 not
    question_id: int
    value: int

    def encode(self) -> str:
        data = f"{self.action}:{self.question_id}:{self.value}"
        assert len(data.encode()) <= 64, data  # ids and offsets are far from that many digits
        return data

    @classmethod
    def decode(cls, data: str | None) -> ButtonData | None:
        """None for anything this bot did not make: an unknown action, not three parts, not
        plain digits (no sign, no other scripts' digits), a vote other than 0 or 1."""
        parts = (data or "").split(":")
        if len(parts) != 3 or parts[0] not in ACTIONS or not all(p.isascii() and p.isdigit() for p in parts[1:]):
            return None
        question_id, value = int(parts[1]), int(parts[2])
        if parts[0] == "vote" and value not in (0, 1):
            return None
        return cls(parts[0], question_id, value)
