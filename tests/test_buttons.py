"""Button data: what the bot writes it reads back, and what a client makes up is refused."""

from __future__ import annotations

import pytest

from bot.buttons import ButtonData


def test_what_the_bot_writes_it_reads_back_within_64_bytes():
    for data in (ButtonData("more", 123456789012, 99), ButtonData("vote", 1, 0), ButtonData("vote", 7, 1)):
        encoded = data.encode()
        assert len(encoded.encode()) <= 64 and ButtonData.decode(encoded) == data


@pytest.mark.parametrize("data", [None, "", "more", "more:1", "more:1:2:3", "more:a:1", "more:1:x", "more:-1:3",
                                  "more:1:-3", "vote:1:2", "delete:1:1", "more:1:1e9", " more:1:1", "vote:١:1"])
def test_data_the_bot_did_not_make_is_refused(data):
    assert ButtonData.decode(data) is None
