"""Admin commands (/reload, /stats) and article uploads. Admins are recognised by the sender's
user id, whatever chat the message comes from."""

from __future__ import annotations

import asyncio
import logging
import time

from telegram import Update
from telegram.constants import ChatType, ParseMode
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from retrieval import BuildReport, IndexBusy

from ..render import clip, escape
from ..services import Services, services
from ..texts import TEXTS, lang_of, t
from .edits import edit_unless_same
from ..uploads import UploadRefused, check_size, safe_name, save_upload

log = logging.getLogger(__name__)

PROGRESS_EVERY = 2.0  # seconds between status edits: well inside Telegram's edit limits
SUMMARY_CHARS = 3000


async def _refuse_non_admin(update: Update, context: ContextTypes.DEFAULT_TYPE, what: str) -> bool:
    svc = services(context)
    user = update.effective_user
    if svc.is_admin(user.id if user else None):
        return False
    log.warning("refused %s from user %s in chat %s", what, user.id if user else None, update.effective_chat.id if update.effective_chat else None)
    if update.effective_message:
        # With no admin configured nobody could ever pass: say how to become one.
        key = "not_admin" if svc.settings.admin_ids else "no_admin_yet"
        await update.effective_message.reply_text(t(lang_of(update.effective_user), key))
    return True


async def _edit(message, text: str) -> None:
    await edit_unless_same(message.edit_text(text, parse_mode=ParseMode.HTML))


async def run_reload(svc: Services, status, lang: str) -> BuildReport | None:
    """Rebuild in a worker thread, editing `status` with progress; the previous index keeps
    answering until the new one is swapped in."""
    loop = asyncio.get_running_loop()
    last = [0.0]
    edits: list = []  # progress edits in flight; the final text must not be overtaken by one

    def progress(stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if total and done < total and now - last[0] >= PROGRESS_EVERY:
            last[0] = now
            label = t(lang, f"stage_{stage}") if f"stage_{stage}" in TEXTS["ko"] else stage
            edits.append(asyncio.run_coroutine_threadsafe(
                _quiet_edit(status, t(lang, "reload_progress", stage=label, done=done, total=total)), loop
            ))

    started = time.monotonic()
    try:
        try:
            report = await asyncio.to_thread(svc.retriever.reload, progress)
        finally:
            for edit in edits:
                await asyncio.wrap_future(edit)
    except IndexBusy:
        await _edit(status, t(lang, "reload_busy"))
        return None
    except Exception as e:  # noqa: BLE001 - any failure is reported; the old index keeps serving
        log.exception("reload failed")
        await _edit(status, t(lang, "reload_failed", reason=escape(clip(str(e) or type(e).__name__, 300))))
        return None
    svc.refresh_example()
    await _edit(status, t(lang, "reload_done", seconds=time.monotonic() - started,
                          summary=escape(clip(report.summary(), SUMMARY_CHARS))))
    return report


async def _quiet_edit(message, text: str) -> None:
    try:
        await _edit(message, text)
    except TelegramError:
        pass  # a progress line is not worth failing for


async def on_reload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if await _refuse_non_admin(update, context, "/reload"):
        return
    svc = services(context)
    lang = lang_of(update.effective_user)
    if svc.reload_lock.locked():
        await update.effective_message.reply_text(t(lang, "reload_busy"))
        # The notice promises word when the running reload ends: wait for it, then send it.
        async with svc.reload_lock:
            pass
        info = svc.retriever.info()
        await update.effective_message.reply_text(t(lang, "reload_ended", articles=info.articles,
                                                    passages=info.passages))
        return
    async with svc.reload_lock:
        status = await update.effective_message.reply_text(t(lang, "reload_started"))
        await run_reload(svc, status, lang)


def _age(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f}s"
    if seconds < 7200:
        return f"{seconds / 60:.0f}m"
    if seconds < 172800:
        return f"{seconds / 3600:.0f}h"
    return f"{seconds / 86400:.0f}d"


async def on_stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if await _refuse_non_admin(update, context, "/stats"):
        return
    svc = services(context)
    info = svc.retriever.info()
    totals = svc.state.totals()
    p50, p95 = svc.latency_ms()
    await update.effective_message.reply_html(t(
        lang_of(update.effective_user), "stats", articles=info.articles, passages=info.passages, build_seconds=info.build_seconds,
        age=_age(time.time() - info.built_at), questions=totals.questions,
        no_answer_rate=totals.unanswered / totals.questions if totals.questions else 0.0,
        up=totals.up, down=totals.down, p50=p50, p95=p95,
    ))


def _asks_to_add(caption: str | None) -> bool:
    """The caption starts with the /add command (or /add@botname)."""
    first = (caption or "").split(maxsplit=1)[:1]
    return first == ["/add"] or (bool(first) and first[0].startswith("/add@"))


async def on_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    svc = services(context)
    user = update.effective_user
    if message.chat.type != ChatType.PRIVATE and not _asks_to_add(message.caption):
        # A file shared in a group is for its members, even when an admin shares it: it is
        # added only when its caption says /add (issue 9, item 9).
        return
    if await _refuse_non_admin(update, context, "document upload"):
        return
    lang = lang_of(update.effective_user)
    document = message.document
    try:
        name = safe_name(document.file_name)
        check_size(document.file_size, svc.settings.max_upload_bytes)
        file = await document.get_file()
        data = bytes(await file.download_as_bytearray())
        check_size(len(data), svc.settings.max_upload_bytes)
        path, articles = await asyncio.to_thread(save_upload, svc.settings.corpus_dir, name, data)
    except UploadRefused as e:
        await message.reply_text(t(lang, "upload_refused", reason=str(e)))
        return
    log.info("admin %s added %s (%d articles)", user.id, path.name, articles)
    async with svc.reload_lock:
        status = await message.reply_text(t(lang, "reload_started"))
        report = await run_reload(svc, status, lang)
    if report is not None:
        await message.reply_html(t(lang, "upload_done", name=escape(path.name), articles=articles,
                                   summary=escape(report.summary().splitlines()[0])))
