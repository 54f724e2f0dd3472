"""Questions and the buttons under answers: paging and feedback."""

from __future__ import annotations

import asyncio
import logging
import time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, MessageEntity, Update
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from retrieval import Answer
from retrieval.retriever import MAX_QUESTION_CHARS

from ..buttons import ButtonData
from ..render import answer_html, escape, published_day, safe_url
from ..services import Services, services
from ..texts import lang_of, t
from .edits import edit_unless_same

log = logging.getLogger(__name__)

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
TYPING_AFTER = 0.3  # seconds: answers faster than this need no "typing…"


async def search(svc: Services, context: ContextTypes.DEFAULT_TYPE, chat_id: int | None, text: str, offset: int = 0) -> Answer:
    """Search off the event loop; show "typing…" only if it takes longer than a moment."""
    task = asyncio.ensure_future(
        asyncio.to_thread(svc.retriever.search, text, svc.settings.results_per_message, offset)
    )
    done, _ = await asyncio.wait({task}, timeout=TYPING_AFTER)
    if not done and chat_id is not None:
        try:
            await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
        except TelegramError:
            pass  # cosmetic
    return await task


def no_answer_text(answer: Answer, lang: str) -> str:
    """Why nothing is quoted, in the user's language."""
    if answer.reason_code == "stale" and answer.recent:
        if answer.older:
            day = published_day(answer.older[0])
            return escape(t(lang, "no_answer_stale_older", recent=answer.recent, published=day))
        return escape(t(lang, "no_answer_stale", recent=answer.recent))
    if answer.reason_code == "kind_missing":
        return t(lang, "no_answer_kind")
    if answer.reason_code == "unavailable":
        return t(lang, "no_answer_unavailable")
    return t(lang, "no_answer")


def page(answer: Answer, question_id: int, lang: str, offset: int) -> tuple[str, InlineKeyboardMarkup | None]:
    """The message text and buttons for one page of results."""
    header = t(lang, "too_long", limit=MAX_QUESTION_CHARS) if answer.truncated else ""
    if not answer.results:
        notice = "\n\n".join(x for x in (header, no_answer_text(answer, lang)) if x)
        if not answer.older:
            return notice, None
        # Only older articles tell of it: their quote, under the notice that says so, is no answer
        # to a question about now, but it is what the corpus knows.
        text, _ = answer_html(answer.older, notice, t(lang, "unsure"))
        url = safe_url(answer.older[0].article.url)
        return text, InlineKeyboardMarkup([[InlineKeyboardButton(t(lang, "original"), url=url)]]) if url else None
    text, shown = answer_html(answer.results, header, t(lang, "unsure"))
    nav = []
    if offset > 0:
        nav.append(InlineKeyboardButton("◀", callback_data=ButtonData("more", question_id, max(0, offset - shown)).encode()))
    if answer.has_more or shown < len(answer.results):
        nav.append(InlineKeyboardButton(f"{t(lang, 'more')} ▶", callback_data=ButtonData("more", question_id, offset + shown).encode()))
    rows = [nav] if nav else []
    url = safe_url(answer.results[0].article.url)
    if url:
        rows.append([InlineKeyboardButton(t(lang, "original"), url=url)])
    rows.append([
        InlineKeyboardButton(t(lang, "helpful"), callback_data=ButtonData("vote", question_id, 1).encode()),
        InlineKeyboardButton(t(lang, "unhelpful"), callback_data=ButtonData("vote", question_id, 0).encode()),
    ])
    return text, InlineKeyboardMarkup(rows)


async def answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    svc = services(context)
    started = time.perf_counter()
    message = update.effective_message
    user = update.effective_user
    lang = lang_of(user)
    quote = message.chat.type != ChatType.PRIVATE

    wait = svc.limiter.check(user.id) if user else 0
    if wait:
        await message.reply_text(t(lang, "rate_limited", seconds=wait), do_quote=quote)
        return
    if not question.strip():
        await message.reply_html(t(lang, "empty_question", example=escape(svc.example)), do_quote=quote)
        return

    answer = await search(svc, context, message.chat_id, question)
    question_id = svc.state.record_question(
        user.id if user else None, message.chat_id, question[:MAX_QUESTION_CHARS], lang,
        [r.article.id for r in answer.results],
    )
    text, markup = page(answer, question_id, lang, 0)
    await message.reply_html(text, reply_markup=markup, link_preview_options=NO_PREVIEW, do_quote=quote)
    svc.latencies.append(time.perf_counter() - started)


# --- where questions come from --------------------------------------------------------------

async def on_private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await answer_question(update, context, update.effective_message.text or "")


async def on_ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await answer_question(update, context, " ".join(context.args or []))


async def on_group_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In groups only messages meant for the bot are questions: a mention, or a reply to it."""
    message = update.effective_message
    bot = context.bot
    text = message.text or ""
    mentioned = False
    for entity, value in message.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION]).items():
        if (entity.type == MessageEntity.MENTION and value.lstrip("@").lower() == (bot.username or "").lower()) or (
            entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot.id
        ):
            mentioned = True
            text = text.replace(value, " ")
    replied = message.reply_to_message is not None and message.reply_to_message.from_user is not None \
        and message.reply_to_message.from_user.id == bot.id
    if mentioned or replied:
        await answer_question(update, context, " ".join(text.split()))


# --- buttons --------------------------------------------------------------------------------

async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    svc = services(context)
    lang = lang_of(query.from_user)
    button = ButtonData.decode(query.data)
    if button is None:
        await query.answer(t(lang, "stale"))
        return
    kind, question_id, value = button.action, button.question_id, button.value
    stored = svc.state.question(question_id)
    if stored is None:
        await query.answer(t(lang, "stale"))
        return

    if kind == "vote":
        before = svc.state.vote(question_id, query.from_user.id, value == 1)
        await query.answer(t(lang, "vote_changed") if before is not None and before != (value == 1) else t(lang, "thanks"))
        return

    # A page is a search: it counts against the same per-user limit as a question.
    wait = svc.limiter.check(query.from_user.id)
    if wait:
        await query.answer(t(lang, "rate_limited", seconds=wait))
        return
    chat_id = query.message.chat_id if query.message else None
    answer = await search(svc, context, chat_id, stored.text, offset=value)
    if not answer.results:
        await query.answer(t(lang, "no_more"))
        return
    text, markup = page(answer, question_id, stored.lang, value)
    await edit_unless_same(
        query.edit_message_text(text, parse_mode=ParseMode.HTML, reply_markup=markup, link_preview_options=NO_PREVIEW)
    )
    await query.answer()
