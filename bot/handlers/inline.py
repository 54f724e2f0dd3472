"""Inline mode: `@bot question` in any chat offers quotes to post."""

from __future__ import annotations

import asyncio

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

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
    results = [
        InlineQueryResultArticle(
            id=f"{r.article.id}-{r.rank}",
            title=clip(r.article.title, 100),
            # A quote that may not answer (Result.sure) is marked before it is picked, too.
            description=clip(("⚠️ " if not r.sure else "") + r.excerpt.text, 180),
            input_message_content=InputTextMessageContent(
                result_html(r, t(lang, "unsure")), parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
            ),
        )
        for r in answer.results
    ]
    if not results and answer.older:
        # Only an older article tells of it (asked about now): offered as such, its date first,
        # and posted under the same notice the bot gives in a chat.
        r = answer.older[0]
        notice = no_answer_text(answer, lang)
        results = [InlineQueryResultArticle(
            id=f"{r.article.id}-older",
            title=clip(f"({published_day(r)}) {r.article.title}", 100),
            description=clip(r.excerpt.text, 180),
            input_message_content=InputTextMessageContent(
                f"{notice}\n\n{result_html(r, t(lang, 'unsure'))}", parse_mode=ParseMode.HTML,
                link_preview_options=NO_PREVIEW
            ),
        )]
    await query.answer(results, cache_time=60)
