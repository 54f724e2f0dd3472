"""Editing a message that may already say exactly that."""

from __future__ import annotations

from telegram.error import BadRequest


async def edit_unless_same(edit) -> None:
    """Await an edit call. Telegram refuses an edit that changes nothing ("message is not
    modified": a button pressed twice, a page unchanged after a reload); that is no failure."""
    try:
        await edit
    except BadRequest as e:
        if "not modified" not in str(e).lower():
            raise
