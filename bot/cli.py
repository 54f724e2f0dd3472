"""The `newsqa` command line: index, ask, eval, analyze, chat, run."""

from __future__ import annotations

import argparse
import html
import json
import logging
import os
import shutil
import sys
from pathlib import Path

from retrieval import Analyzer, IndexBusy, Retriever
from retrieval.models import Answer
from retrieval.retriever import BACKENDS, MAX_QUESTION_CHARS
from retrieval.distributed import DaskBuildFailed
from retrieval.shards import LIVE_PREFIX, ShardsUnavailable, is_shard, shard_paths
from retrieval.store import IndexUnusable, current_generation
from retrieval.textfile import UnreadableFile, decode

from .handlers.questions import no_answer_text
from .render import answer_plain, result_plain
from .settings import Settings, SettingsError, load_settings, make_retriever
from .texts import t

log = logging.getLogger("newsqa")

NO_TOKEN_HELP = """\
newsqa run: TELEGRAM_BOT_TOKEN is not set.
  1. In Telegram, talk to @BotFather and send /newbot; it replies with a token.
  2. Put it in .env (see .env.example): TELEGRAM_BOT_TOKEN=123456:ABC...
  3. Run `newsqa run` again.
Meanwhile `newsqa chat` answers the same questions in this terminal."""


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        settings = load_settings(
            corpus_dir=getattr(args, "corpus", None), index_dir=getattr(args, "index", None),
            search_backend=getattr(args, "backend", None), index_shards=getattr(args, "shards", None),
            dask_scheduler=getattr(args, "dask", None),
        )
        _setup_logging(settings.log_level)
        return args.func(args, settings)
    except SettingsError as e:
        print(f"newsqa: {e}", file=sys.stderr)
        return 2
    except (IndexBusy, IndexUnusable, ShardsUnavailable, FileNotFoundError, UnreadableFile, DaskBuildFailed) as e:
        print(f"newsqa: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsqa", description="Answers Korean questions with quotes from news articles.")
    sub = p.add_subparsers(metavar="COMMAND")

    def with_paths(sp):
        sp.add_argument("--corpus", type=Path, help="corpus folder (default: CORPUS_DIR or ./corpus)")
        sp.add_argument("--index", type=Path, help="index folder (default: INDEX_DIR or ./index)")
        with_backend(sp)
        return sp

    def with_backend(sp):
        sp.add_argument("--backend", choices=BACKENDS,
                        help="where questions are scored (default: SEARCH_BACKEND or embedded)")
        sp.add_argument("--shards", type=int, metavar="N",
                        help="Xapian shards for --backend xapian (default: INDEX_SHARDS or 1)")
        return sp

    sp = with_paths(sub.add_parser("index", help="build or update the index"))
    sp.add_argument("--dask", metavar="ADDRESS", help="a Dask scheduler whose workers run Kiwi (default: DASK_SCHEDULER)")
    sp.set_defaults(func=cmd_index)

    sp = with_paths(sub.add_parser("ask", help="answer a question (or a file of them)"))
    sp.add_argument("question", nargs="?", help="the question")
    sp.add_argument("-k", type=int, default=3, help="number of results (default 3)")
    sp.add_argument("--json", action="store_true", help="JSON out (JSON Lines with --batch)")
    sp.add_argument("--batch", type=Path, help="a file with one question per line")
    sp.set_defaults(func=cmd_ask)

    sp = sub.add_parser("eval", help="hit@k, excerpt@1, no-answer rate and latency on a question set")
    sp.add_argument("--qa", type=Path, required=True,
                    help="SQuAD-format JSON (builds its own corpus) or JSON Lines questions asked of --corpus")
    sp.add_argument("--corpus", type=Path, help="corpus folder for JSON Lines questions (default: CORPUS_DIR or ./corpus)")
    sp.add_argument("--limit", type=int, help="only the first N questions")
    sp.add_argument("--json", action="store_true")
    with_backend(sp)
    sp.set_defaults(func=cmd_eval)

    sp = sub.add_parser("shard-server", help="serve one Xapian shard over TCP (xapian-tcpsrv)")
    sp.add_argument("path", type=Path, help="INDEX_DIR/live-shard-N (the current build's shard N, "
                    "following rebuilds) or a shard folder (INDEX_DIR/gen-*/shard-N)")
    sp.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    sp.add_argument("--port", type=int, required=True)
    sp.set_defaults(func=cmd_shard_server)

    sp = sub.add_parser("analyze", help="show the analyzer's tokens, as Elasticsearch's _analyze does")
    sp.add_argument("text", nargs="+")
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(func=cmd_analyze)

    sp = with_paths(sub.add_parser("chat", help="ask questions in this terminal"))
    sp.add_argument("--first", metavar="QUESTION", help="answer this question first (one process, Kiwi loaded once)")
    sp.add_argument("-k", type=int, default=3)
    sp.set_defaults(func=cmd_chat)

    sp = with_paths(sub.add_parser("run", help="run the Telegram bot"))
    sp.set_defaults(func=cmd_run)
    return p


def _setup_logging(level: str) -> None:
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def _progress():
    """A tqdm bar per stage on a terminal; nothing when output is redirected."""
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    bars: dict[str, tqdm] = {}

    def update(stage: str, done: int, total: int) -> None:
        bar = bars.get(stage)
        if bar is None:
            if total <= 0:
                return
            bar = bars[stage] = tqdm(total=total, desc=stage, unit="", leave=False, file=sys.stderr)
        bar.n = done
        bar.refresh()
        if done >= total:
            bar.close()

    return update


def _open(settings: Settings) -> Retriever:
    """The index, brought up to date with the corpus folder first: an article put there is
    found without running `newsqa index`."""
    retriever = make_retriever(settings)
    report = retriever.open(_progress(), refresh=True)
    if report is not None:
        print(f"index updated: {report.summary().splitlines()[0]}", file=sys.stderr)
        for s in report.skipped:
            print(f"skipped {s}", file=sys.stderr)
    return retriever


def cmd_index(args, settings: Settings) -> int:
    retriever = make_retriever(settings)
    report = retriever.reload(_progress())
    print(report.summary())
    if retriever.shards:
        gen = current_generation(retriever.index_dir)
        print(f"{retriever.shards} Xapian shard(s) in {gen}: " + ", ".join(f"{gen.name}/{p.name}" for p in shard_paths(gen, retriever.shards)))
        print("to serve them, following rebuilds: " + "; ".join(
            f"newsqa shard-server {retriever.index_dir / f'{LIVE_PREFIX}{i}'} --port PORT" for i in range(retriever.shards)))
    return 0


def _print_answer(answer: Answer, as_json: bool, stream=sys.stdout) -> None:
    if as_json:
        print(json.dumps([r.to_json() for r in answer.results], ensure_ascii=False), file=stream)
        if answer.reason:
            print(f"no answer: {answer.reason}: {answer.question[:80]}", file=sys.stderr)
        return
    if answer.truncated:
        print(f"(question cut to its first {MAX_QUESTION_CHARS:,} characters)")
    bold = ("\033[1m", "\033[0m") if stream.isatty() else ("", "")
    if not answer.results:
        print(html.unescape(no_answer_text(answer, "ko")))
        if answer.older:
            print("\n".join(result_plain(r, bold, t("ko", "unsure")) for r in answer.older), file=stream)
        return
    print(answer_plain(answer, bold, t("ko", "unsure")), file=stream)


def cmd_ask(args, settings: Settings) -> int:
    if args.question is None and args.batch is None:
        print("newsqa ask: give a QUESTION or --batch FILE", file=sys.stderr)
        return 2
    if not 1 <= args.k <= 50:
        print("newsqa ask: -k must be between 1 and 50", file=sys.stderr)
        return 2
    retriever = _open(settings)
    if args.batch is None:
        _print_answer(retriever.search(args.question, k=args.k), args.json)
        return 0
    questions = [q.strip() for q in decode(args.batch.read_bytes()).splitlines() if q.strip()]
    for i, question in enumerate(questions):
        answer = retriever.search(question, k=args.k)
        if args.json:
            _print_answer(answer, True)
        else:
            if i:
                print()
            print(f"Q: {question}")
            _print_answer(answer, False)
    return 0


def cmd_eval(args, settings: Settings) -> int:
    from retrieval.evaluation import evaluate

    if not args.qa.is_file():
        print(f"newsqa eval: no such file: {args.qa}", file=sys.stderr)
        return 2
    # News questions asked of served shards are asked of what they serve; otherwise eval builds
    # an index of its own from the corpus (or, for SQuAD JSON, from its paragraphs).
    served = make_retriever(settings) if settings.xapian_remote and args.qa.suffix.lower() == ".jsonl" else None
    try:
        report = evaluate(args.qa, corpus_dir=args.corpus or settings.corpus_dir, analyzer=Analyzer(settings.user_dict),
                          min_coverage=settings.min_coverage, limit=args.limit, retriever=served,
                          backend=settings.search_backend, shards=settings.index_shards)
    except (ValueError, KeyError) as e:
        print(f"newsqa eval: {e}", file=sys.stderr)
        return 2
    print(json.dumps(report.to_json(), indent=1, ensure_ascii=False) if args.json else report.summary())
    return 0


def cmd_shard_server(args, settings: Settings) -> int:
    """Xapian's own server, which answers searches with the statistics the asking side needs
    to score across shards (xapian-tcpsrv, in Debian's xapian-tools)."""
    server = shutil.which("xapian-tcpsrv")
    if server is None:
        print("newsqa shard-server: needs xapian-tcpsrv (Debian: apt-get install xapian-tools)", file=sys.stderr)
        return 2
    if not is_shard(args.path):
        print(f"newsqa shard-server: {args.path} is not a Xapian shard (newsqa index --backend xapian writes them)",
              file=sys.stderr)
        return 2
    if not 0 < args.port < 65536:
        print("newsqa shard-server: --port must be 1-65535", file=sys.stderr)
        return 2
    print(f"serving {args.path} on tcp://{args.host}:{args.port}", file=sys.stderr, flush=True)
    os.execv(server, [server, "--port", str(args.port), "--interface", args.host, str(args.path)])


def cmd_analyze(args, settings: Settings) -> int:
    text = " ".join(args.text)
    morphemes = Analyzer(settings.user_dict).morphemes(text)
    if args.json:
        print(json.dumps([{"token": m.form, "tag": m.tag, "start_offset": m.start, "end_offset": m.end,
                           "term": m.term} for m in morphemes], ensure_ascii=False, indent=1))
        return 0
    for m in morphemes:
        print(f"{m.start:>4}-{m.end:<4} {m.form:<12} {m.tag:<6} {'→ ' + m.term if m.term else '(dropped)'}")
    return 0


def cmd_chat(args, settings: Settings) -> int:
    retriever = _open(settings)
    interactive = sys.stdin.isatty()
    if args.first:
        print(f"Q: {args.first}")
        _print_answer(retriever.search(args.first, k=args.k), False)
        print()
    if interactive:
        info = retriever.info()
        print(f"기사 {info.articles}건에서 답을 찾아요. 질문을 입력하세요 (끝내려면 Ctrl-D).")
    while True:
        try:
            question = input("질문> " if interactive else "")
        except EOFError:
            break
        if not question.strip():
            continue
        _print_answer(retriever.search(question, k=args.k), False)
        print()
    return 0


def cmd_run(args, settings: Settings) -> int:
    if not settings.token:
        print(NO_TOKEN_HELP, file=sys.stderr)
        return 1
    from .app import run_bot

    return run_bot(settings)
