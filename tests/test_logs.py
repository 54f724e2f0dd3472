"""The bot token never reaches a log line, a traceback included."""

from __future__ import annotations

import io
import logging

import httpx
import pytest

from bot.logs import RedactToken, install_redaction

TOKEN = "123456789:AAE-secret_token_for_logs_test"
URL = f"https://api.telegram.org/bot{TOKEN}/sendMessage"


@pytest.fixture
def root_log():
    """A handler on the root logger, as the bot's logging set-up installs one, removed after."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    yield out, handler
    root.removeHandler(handler)
    for owner in (root, *root.handlers):  # pytest's own capture handlers got the filter too
        for f in [f for f in owner.filters if isinstance(f, RedactToken)]:
            owner.removeFilter(f)


def emit_leaky_records() -> None:
    # What libraries log: a request URL (httpx at INFO) and an exception carrying the URL.
    logging.getLogger("httpx").warning("HTTP Request: POST %s \"HTTP/1.1 502 Bad Gateway\"", URL)
    try:
        raise httpx.ConnectError(f"cannot connect to {URL}")
    except httpx.ConnectError:
        logging.getLogger("telegram.ext.Updater").exception("Exception happened while polling")


def test_the_token_is_taken_out_of_messages_and_tracebacks(root_log):
    out, _ = root_log
    install_redaction(TOKEN)
    emit_leaky_records()
    text = out.getvalue()
    assert TOKEN not in text and TOKEN.split(":")[1] not in text
    assert text.count("bot<token>/sendMessage") == 2  # in the message, and in the traceback's last line
    assert "Traceback" in text and "ConnectError" in text  # the rest of the traceback is kept


def test_without_the_filter_the_same_records_would_leak(root_log):
    # The control: the records above do carry the token, so the test above can fail.
    out, handler = root_log
    root = logging.getLogger()
    assert not any(isinstance(f, RedactToken) for owner in (root, *root.handlers) for f in owner.filters)
    emit_leaky_records()
    assert TOKEN in out.getvalue()
