"""HTTP to the Bot API, retried only where a retry cannot make Telegram act twice."""

from __future__ import annotations

import asyncio
import logging

import httpx
from telegram.error import NetworkError
from telegram.request import HTTPXRequest

log = logging.getLogger(__name__)

ATTEMPTS = 3
BACKOFF = 0.5  # seconds, doubled after each failure
# The gateway could not hand the request on (502) or Telegram is not taking requests (503):
# nothing was done. A 500 or 504 may come after the work was done.
NOT_DONE_STATUS = {502, 503}
MAYBE_DONE_STATUS = {500, 504}
# Failures before any byte of the request left: the connection was never made.
UNSENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Methods that change nothing, or change nothing more when repeated (a second edit to the same
# text, a second answer to a callback query are refused harmlessly). Sending a message is not
# one: a message Telegram sent before the connection broke would be sent twice.
REPEATABLE_PREFIXES = ("get", "set", "delete", "edit", "answer", "logOut", "close")
REPEATABLE = frozenset({"sendChatAction"})


def repeatable(method: str) -> bool:
    return method in REPEATABLE or method.startswith(REPEATABLE_PREFIXES)


class RetryingRequest(HTTPXRequest):
    """Retries a Bot API call when the request provably did not reach Telegram (no connection,
    a 502/503), and, for methods that may safely run twice, also when the connection broke after
    it was sent or Telegram answered 500/504. A question may then go unanswered, but never gets
    the same answer twice. Flood control (429) is left to AIORateLimiter, which waits out
    retry_after."""

    async def do_request(self, url, method, request_data=None, *args, **kwargs):
        api_method = url.rsplit("/", 1)[-1].split("?", 1)[0]
        safe = repeatable(api_method)
        delay = BACKOFF
        for attempt in range(1, ATTEMPTS + 1):
            try:
                code, payload = await super().do_request(url, method, request_data, *args, **kwargs)
            except NetworkError as e:
                cause = e.__cause__
                unsent = isinstance(cause, UNSENT)
                # (Other timeouts are left to the caller: getUpdates has its own loop, and three
                # waits in a row would hold a reply far longer than one.)
                broken = isinstance(cause, httpx.TransportError) and not isinstance(cause, httpx.TimeoutException)
                if not (unsent or (safe and broken)) or attempt == ATTEMPTS:
                    raise
                log.warning("Bot API %s failed (%s); retrying", api_method, type(cause).__name__)
            else:
                retry = code in NOT_DONE_STATUS or (safe and code in MAYBE_DONE_STATUS)
                if not retry or attempt == ATTEMPTS:
                    return code, payload
                log.warning("Bot API %s answered %s; retrying", api_method, code)
            await asyncio.sleep(delay)
            delay *= 2
        raise AssertionError("unreachable")
