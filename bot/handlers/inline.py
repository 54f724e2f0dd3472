"""Inline mode: `@bot question` in any chat offers quotes to post."""

from __future__ import annotations

import asyncio

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from retrieval import Result

from ..render import clip, published_day, result_html
from ..services import services
from ..texts import lang_of, t
from .questions import NO_PREVIEW, no_answer_text

INLINE_RESULTS = 10


async def on_inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.inline_query
    text = query.query.strip()
    if not text:
        await query.answer([], cache_time=300)
        return
    svc = services(context)
    if svc.inline_limiter.check(query.from_user.id):
        # Past the allowance: nothing offered until the minute's window moves on (no notice:
        # an inline answer has no place for one, and the user is mid-typing).
        await query.answer([], cache_time=0)
        return
    answer = await asyncio.to_thread(svc.retriever.search, text, INLINE_RESULTS)
    lang = lang_of(query.from_user)
    unsure = t(lang, "unsure")
    results = [_offer(r, f"{r.article.id}-{r.rank}", r.article.title, result_html(r, unsure)) for r in answer.results]
    if not results and answer.older:
        # Only an older article tells of it (asked about now): offered as such, its date first,
        # and posted under the same notice the bot gives in a chat.
        r = answer.older[0]
        results = [_offer(r, f"{r.article.id}-older", f"({published_day(r)}) {r.article.title}",
                          f"{no_answer_text(answer, lang)}\n\n{result_html(r, unsure)}")]
    await query.answer(results, cache_time=60)


def _offer(result: Result, result_id: str, title: str, message: str) -> InlineQueryResultArticle:
    """One quote offered for posting: its title, the quote shown under it (a quote that may not
    answer, Result.sure, marked before it is picked too), and the message posted when it is."""
    return InlineQueryResultArticle(
        id=result_id,
        title=clip(title, 100),
        description=clip(("⚠️ " if not result.sure else "") + result.excerpt.text, 180),
        input_message_content=InputTextMessageContent(message, parse_mode=ParseMode.HTML,
                                                      link_preview_options=NO_PREVIEW),
    )
