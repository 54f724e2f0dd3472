"""/start and /help: what the bot does, with an example question from the corpus."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from ..render import escape
from ..services import services
from ..texts import lang_of, t


async def on_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    lang = lang_of(update.effective_user)
    text = t(lang, "help", username=escape(context.bot.username or "bot"), example=escape(svc.example),
             articles=svc.retriever.info().articles)
    await update.effective_message.reply_html(text)


async def on_whoami(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The sender's user id: what an admin puts in ADMIN_IDS (and, while none is configured,
    the line to put there)."""
    user = update.effective_user
    if user is None:
        return
    lang = lang_of(user)
    text = t(lang, "whoami", user_id=user.id)
    if not services(context).settings.admin_ids:
        text += t(lang, "whoami_setup", user_id=user.id)
    await update.effective_message.reply_html(text)
