"""Settings from the environment or `.env`; every one is documented in `.env.example`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from retrieval import Analyzer, Retriever
from retrieval.retriever import DEFAULT_MIN_COVERAGE
from retrieval.shards import ShardsUnavailable


class SettingsError(Exception):
    """A setting has a bad value; the message names the variable, in one line."""


class Settings(BaseSettings):
    # Empty values (as in a copied .env.example) mean "use the default".
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True)

    telegram_bot_token: SecretStr | None = None
    telegram_base_url: str = "https://api.telegram.org/bot"
    telegram_base_file_url: str = "https://api.telegram.org/file/bot"
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()

    corpus_dir: Path = Path("corpus")
    index_dir: Path = Path("index")
    state_db: Path = Path("data/bot.sqlite")
    question_retention_days: float = Field(90, ge=0)
    user_dict: Path | None = None
    # Where questions are scored: "embedded" (in memory) or "xapian" (INDEX_SHARDS Xapian
    # databases in each index generation, read from disk; needs the `scale` extra).
    search_backend: Literal["embedded", "xapian"] = "embedded"
    index_shards: int = Field(1, ge=1, le=1024)
    # tcp://host:port of `newsqa shard-server`s serving the shards, in shard order (xapian only).
    xapian_remote: Annotated[tuple[str, ...], NoDecode] = ()
    # A Dask scheduler (tcp://host:8786) whose workers run Kiwi for index builds; empty: this process.
    dask_scheduler: str | None = None

    results_per_message: int = Field(3, ge=1, le=10)
    min_coverage: float = Field(DEFAULT_MIN_COVERAGE, ge=0.0, le=1.0)
    rate_limit_per_minute: int = Field(20, ge=1, le=100_000)
    # Telegram's documented limits: about 30 messages a second in all, 20 a minute per group.
    telegram_max_rate: float = Field(30.0, gt=0)
    telegram_group_rate_per_minute: int = Field(20, ge=1)
    max_upload_bytes: int = Field(5 * 1024 * 1024, ge=1024, le=20 * 1024 * 1024)

    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = Field(8443, ge=1, le=65535)

    log_level: str = "INFO"

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value):
        if isinstance(value, str):
            parts = [p.strip() for p in value.replace(";", ",").split(",") if p.strip()]
            try:
                return frozenset(int(p) for p in parts)
            except ValueError:
                raise ValueError("must be comma-separated numeric Telegram user ids") from None
        return value

    @field_validator("xapian_remote", mode="before")
    @classmethod
    def _split_remote(cls, value):
        if isinstance(value, str):
            value = tuple(p.strip() for p in value.split(",") if p.strip())
        for address in value:
            host, _, port = address.removeprefix("tcp://").rpartition(":")
            if not address.startswith("tcp://") or not host or not port.isdigit() or not 0 < int(port) < 65536:
                raise ValueError(f"{address!r} is not tcp://host:port")
        return tuple(value)

    @field_validator("user_dict")
    @classmethod
    def _dict_exists(cls, value: Path | None):
        if value is not None and not value.is_file():
            raise ValueError(f"file not found: {value}")
        return value

    @field_validator("webhook_url")
    @classmethod
    def _https(cls, value: str | None):
        if value and not value.startswith("https://"):
            raise ValueError("must be an https:// URL (Telegram only delivers webhooks over HTTPS)")
        return value or None

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str):
        value = value.upper()
        if value not in ("DEBUG", "INFO", "WARNING", "ERROR"):
            raise ValueError("must be DEBUG, INFO, WARNING or ERROR")
        return value

    @property
    def token(self) -> str | None:
        return self.telegram_bot_token.get_secret_value() if self.telegram_bot_token else None


def load_settings(**overrides) -> Settings:
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as e:
        err = e.errors()[0]
        name = str(err["loc"][0]).upper() if err["loc"] else "settings"
        message = err["msg"].removeprefix("Value error, ")
        raise SettingsError(f"{name}: {message}") from None


def make_retriever(settings: Settings) -> Retriever:
    """The retriever these settings describe, for the bot and every command alike."""
    try:
        return Retriever(
            settings.corpus_dir, settings.index_dir, Analyzer(settings.user_dict),
            min_coverage=settings.min_coverage, backend=settings.search_backend, shards=settings.index_shards,
            remote=settings.xapian_remote, dask=settings.dask_scheduler,
        )
    except ShardsUnavailable as e:
        raise SettingsError(f"SEARCH_BACKEND: {e}") from None
    except ValueError as e:
        raise SettingsError(f"XAPIAN_REMOTE: {e}") from None
