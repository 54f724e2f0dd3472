"""Kiwi on a Dask cluster: the paragraphs a build must analyse, in batches on the workers.

Analysis is nearly all of a build's time (Kiwi, ~130,000 characters a second on 2 cores), and
it is a pure function of a paragraph's text and the analyzer: the workers return what
Analyzer.sentences would have returned here, the build puts it in its analysis cache and goes
on exactly as a local build does (reading, dedupe, passages and weights stay in the building
process, which they take seconds of). A worker's analyzer must have the building process's
signature (kiwipiepy version, analyzer version, user dictionary), or its results are refused.

A worker that dies mid-build loses only its batches in flight: the scheduler gives them to the
others (and each batch is retried). With no worker left the build fails with DaskBuildFailed
before anything is written to the index, so the live index is untouched.

Workers need this project installed (pip install -e '.[scale]') and its user dictionary, if any,
at the same path.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from .analyzer import Analyzer
from .models import Sentence

log = logging.getLogger(__name__)

BATCH = 64  # paragraphs a task: large enough to keep a worker's Kiwi busy, small enough to spread
NO_WORKER_GRACE_S = 10.0  # how long a build waits for a worker to (re)appear before failing
RETRIES = 2
POLL_S = 0.05

_worker_analyzers: dict[str | None, Analyzer] = {}


class DaskBuildFailed(RuntimeError):
    """The cluster could not analyse the paragraphs; nothing was written to the index."""


def _analyse_on_worker(batch: list[str], user_dict: str | None) -> tuple[str, list[list[Sentence]]]:
    """Runs on a worker: its own Analyzer, loaded once per worker process."""
    analyzer = _worker_analyzers.get(user_dict)
    if analyzer is None:
        analyzer = _worker_analyzers[user_dict] = Analyzer(Path(user_dict) if user_dict else None)
    return analyzer.signature, analyzer.sentences(batch)


class DaskAnalysis:
    """Analyzer.sentences over a cluster, for the texts given."""

    def __init__(self, address: str, analyzer: Analyzer, connect_timeout_s: float = 10.0):
        try:
            from distributed import Client
        except ImportError:
            raise DaskBuildFailed("building with Dask needs the `scale` extra: pip install -e '.[scale]'") from None
        self.analyzer = analyzer
        try:
            self.client = Client(address, timeout=connect_timeout_s, set_as_default=False)
        except (OSError, TimeoutError) as e:
            raise DaskBuildFailed(f"cannot reach the Dask scheduler at {address}: {e}") from None
        self.address = address

    def close(self) -> None:
        self.client.close()

    def __call__(self, texts: list[str], progress=None) -> list[list[Sentence]]:
        user_dict = str(self.analyzer.user_dict) if self.analyzer.user_dict else None
        batches = [texts[i:i + BATCH] for i in range(0, len(texts), BATCH)]
        futures = [self.client.submit(_analyse_on_worker, b, user_dict, pure=False, retries=RETRIES) for b in batches]
        index = {f.key: i for i, f in enumerate(futures)}
        results: list[list[list[Sentence]] | None] = [None] * len(batches)
        pending = set(futures)
        done_count = 0
        lonely_since: float | None = None
        try:
            while pending:
                done = {f for f in pending if f.done()}
                if not done:
                    time.sleep(POLL_S)
                pending -= done
                for f in done:
                    try:
                        signature, sentences = f.result()
                    except Exception as e:  # noqa: BLE001 - a task's own error, raised again here
                        raise DaskBuildFailed(f"a worker could not analyse a batch: {type(e).__name__}: {e}") from None
                    if signature != self.analyzer.signature:
                        raise DaskBuildFailed(f"a worker's analyzer is {signature}, this one {self.analyzer.signature}")
                    results[index[f.key]] = sentences
                    done_count += len(sentences)
                if progress is not None:
                    progress("tokenizing", done_count, len(texts))
                if pending and not self.client.scheduler_info(n_workers=-1).get("workers"):
                    lonely_since = lonely_since or time.monotonic()
                    if time.monotonic() - lonely_since > NO_WORKER_GRACE_S:
                        raise DaskBuildFailed(f"no Dask worker left at {self.address}; "
                                              f"{len(pending)} of {len(batches)} batches not analysed")
                else:
                    lonely_since = None
        except BaseException:
            self.client.cancel(list(pending))
            raise
        return [s for batch in results for s in batch]
