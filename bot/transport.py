"""HTTP to the Bot API with retries for failures that mean the request was not carried out."""

from __future__ import annotations

import asyncio
import logging

import httpx
from telegram.error import NetworkError
from telegram.request import HTTPXRequest

log = logging.getLogger(__name__)

RETRY_STATUS = {500, 502, 503, 504}
ATTEMPTS = 3
BACKOFF = 0.5  # seconds, doubled after each failure


class RetryingRequest(HTTPXRequest):
    """Retries a Bot API call when the connection could not be made or was dropped before any
    answer, or when the server answered 5xx. Telegram has then almost surely not acted on it;
    should it have, a message is sent twice, which is better than a question left unanswered.
    A timeout after the request was sent is not retried: there Telegram most likely did act.
    Flood control (429) is left to AIORateLimiter, which waits out retry_after."""

    async def do_request(self, url, method, request_data=None, *args, **kwargs):
        delay = BACKOFF
        for attempt in range(1, ATTEMPTS + 1):
            try:
                code, payload = await super().do_request(url, method, request_data, *args, **kwargs)
            except NetworkError as e:
                cause = e.__cause__
                unsent = isinstance(cause, (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError)) and not isinstance(cause, httpx.TimeoutException)
                if not unsent or attempt == ATTEMPTS:
                    raise
                log.warning("Bot API connection failed (%s); retrying", type(cause).__name__)
            else:
                if code not in RETRY_STATUS or attempt == ATTEMPTS:
                    return code, payload
                log.warning("Bot API answered %s; retrying", code)
            await asyncio.sleep(delay)
            delay *= 2
        raise AssertionError("unreachable")
