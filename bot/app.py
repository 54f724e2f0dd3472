"""The Telegram application: handlers wired to the retriever, long polling or webhook."""

from __future__ import annotations

import logging
import secrets
from urllib.parse import urlparse

from telegram import BotCommand, BotCommandScopeChat, BotCommandScopeDefault, Update
from telegram.error import Forbidden, InvalidToken, NetworkError, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from retrieval import Retriever

from .handlers.admin import on_document, on_reload, on_stats
from .handlers.help import on_help, on_whoami
from .handlers.inline import on_inline_query
from .handlers.questions import on_ask_command, on_button, on_group_text, on_private_text
from .logs import install_redaction
from .ratelimit import RateLimiter
from .services import Services
from .settings import Settings, make_retriever
from .state import BotState
from .texts import lang_of, t
from .transport import RetryingRequest

log = logging.getLogger("newsqa.bot")

# Inline queries come a keystroke at a time: a user typing one question sends several, so
# they are counted against a per-user allowance this many times the question limit.
INLINE_KEYSTROKES = 4


def build_application(settings: Settings, retriever: Retriever, state: BotState) -> Application:
    app = (
        Application.builder()
        .token(settings.token)
        .base_url(settings.telegram_base_url)
        .base_file_url(settings.telegram_base_file_url)
        .request(RetryingRequest(connection_pool_size=64))
        # Waits out RetryAfter (flood control) and spaces requests within Telegram's limits.
        .rate_limiter(AIORateLimiter(
            overall_max_rate=settings.telegram_max_rate, overall_time_period=1,
            group_max_rate=settings.telegram_group_rate_per_minute, group_time_period=60, max_retries=3,
        ))
        # One slow update (a reload, an upload) must not hold up everyone else's questions.
        .concurrent_updates(32)
        .post_init(_post_init)
        .build()
    )
    app.bot_data["services"] = Services(
        settings=settings, retriever=retriever, state=state, limiter=RateLimiter(settings.rate_limit_per_minute),
        inline_limiter=RateLimiter(settings.rate_limit_per_minute * INLINE_KEYSTROKES),
    )

    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    app.add_handler(CommandHandler(["start", "help"], on_help))
    app.add_handler(CommandHandler("whoami", on_whoami))
    app.add_handler(CommandHandler("ask", on_ask_command))
    app.add_handler(CommandHandler("reload", on_reload))
    app.add_handler(CommandHandler("stats", on_stats))
    app.add_handler(MessageHandler(filters.Document.ALL, on_document))
    app.add_handler(MessageHandler(private & filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGE, on_private_text))
    app.add_handler(MessageHandler(groups & filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGE, on_group_text))
    app.add_handler(CallbackQueryHandler(on_button))
    app.add_handler(InlineQueryHandler(on_inline_query))
    app.add_error_handler(_on_error)
    return app


async def _post_init(app: Application) -> None:
    svc: Services = app.bot_data["services"]
    svc.refresh_example()
    bot = app.bot
    for lang, code in (("ko", None), ("en", "en")):
        public = [BotCommand("ask", t(lang, "cmd_ask")), BotCommand("help", t(lang, "cmd_help")),
                  BotCommand("whoami", t(lang, "cmd_whoami"))]
        admin = public + [BotCommand("reload", t(lang, "cmd_reload")), BotCommand("stats", t(lang, "cmd_stats"))]
        await bot.set_my_commands(public, scope=BotCommandScopeDefault(), language_code=code)
        for admin_id in sorted(svc.settings.admin_ids):
            # Admin commands show only in admins' own menus (their private chat with the bot).
            try:
                await bot.set_my_commands(admin, scope=BotCommandScopeChat(admin_id), language_code=code)
            except TelegramError as e:
                log.warning("could not set admin commands for %s: %s", admin_id, e)
    log.info("bot @%s ready: %d articles", bot.username, svc.retriever.info().articles)


async def _on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    error = context.error
    if isinstance(error, Forbidden):
        log.info("user unreachable (%s)", error)  # blocked the bot: nothing to tell them
        return
    if isinstance(error, NetworkError):
        # The connection to Telegram broke or timed out mid-call (transport.py retried what it
        # safely could): the reply may well have arrived, and an apology after it would
        # contradict it (while the network is down, it would not arrive either).
        log.warning("update %s: Bot API connection broke (%s); not retried, may have been delivered",
                    getattr(update, "update_id", "?"), error)
        return
    log.error("update failed: %s", error, exc_info=error)
    if not isinstance(update, Update):
        return
    text = t(lang_of(update.effective_user), "error")
    try:
        if update.callback_query:
            await update.callback_query.answer(text)
        elif update.effective_message and update.effective_message.chat.type:
            await update.effective_message.reply_text(text)
    except TelegramError:
        pass


def run_bot(settings: Settings) -> int:
    install_redaction(settings.token or "")
    retriever = make_retriever(settings)
    report = retriever.open(refresh=True)  # articles put in the corpus folder while it was down
    if report is not None:
        log.info("index updated: %s", report.summary().splitlines()[0])
    retriever.warm_up()
    state = BotState(settings.state_db, settings.question_retention_days)
    app = build_application(settings, retriever, state)
    try:
        if settings.webhook_url:
            secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else secrets.token_urlsafe(32)
            app.run_webhook(
                listen=settings.webhook_listen,
                port=settings.webhook_port,
                url_path=urlparse(settings.webhook_url).path.lstrip("/"),
                webhook_url=settings.webhook_url,
                secret_token=secret,
                allowed_updates=Update.ALL_TYPES,
            )
        else:
            app.run_polling(allowed_updates=Update.ALL_TYPES)
    except InvalidToken:
        log.error("Telegram refused TELEGRAM_BOT_TOKEN; check it with @BotFather")
        return 1
    except NetworkError as e:
        log.error("cannot reach the Bot API at %s: %s", settings.telegram_base_url, e)
        return 1
    finally:
        state.close()
    return 0
