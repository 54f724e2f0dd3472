"""Questions in, answers out, over an index that can be rebuilt and swapped in while serving."""

from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Callable

import numpy as np

from .analyzer import Analyzer, Token
from .answerability import (informative_weights, judge, names_the_day, names_the_instance, names_the_speaker, prejudge,
                            title_words, word_rules)
from .bm25 import BM25Params, top_n
from .bm25 import warm_up as warm_up_scoring
from .cleanup import CLEANUP_VERSION, strip_markup
from .excerpt import ArticleView, Choice, QueryTerm, choose_in, match, question_keys
from .excerpt import warm_up as warm_up_excerpts
from .other_forms import merged, misread_forms, other_forms, question_words, written_apart
from .phrases import VERBS
from .question import (OFFICES, Kind, Question, analyse, says_nothing, spaced_question_words, standard_spelling,
                       without_chat_noise, as_asked, without_fillers, without_wrapper)
from .respacing import may_hold_several_words, spaces_put_back
from .indexer import BuildReport, Progress, build_index, corpus_unchanged
from .models import Answer, Article, Result
from .shard_snapshot import ShardSnapshot, ShardsUnusable, served_generation
from .shards import LIVE_PREFIX, ShardsUnavailable, ShardSearch, shard_paths, shards_current
from .shards import available as shards_available
from .store import IndexCorrupt, IndexMissing, IndexUnusable, PassageRecord, Snapshot, current_generation, load_current

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 1000
# A first, cheap floor: passages scoring below this share of the question's term weight (idf)
# are not considered at all. Whether a quote answers is decided by answerability.judge.
DEFAULT_MIN_COVERAGE = 0.25
MAX_CANDIDATES = 400  # passages read to find the best matching articles, at most
MAX_RESULTS = 100  # results a question can page through; k and offset are clamped to them
FOLLOW_EVERY = 1.0  # seconds between looks at CURRENT for an index built by another process
REMOTE_FOLLOW_EVERY = 5.0  # seconds between asking the shard servers which build they serve
JUDGE_SLACK = 2  # articles judged beyond the ones a page shows, for those that do not answer
BACKENDS = ("embedded", "xapian")
FIRST_ANSWER_WITHIN = 3  # the first answer must come from the best matching articles
# Of the first RERANK_AMONG answers, the one whose quote holds clearly more of the question's
# informative weight (RERANK_MARGIN more) comes first, when its article scores nearly as well
# (RERANK_SCORE of the best): BM25 ranks passages by their words, the quote is what answers.
RERANK_AMONG = 3
RERANK_SCORE = 0.8
RERANK_MARGIN = 0.05
SAME_STORY = 0.8  # share of its sentences an article shares with another that tells the same story
REASONS = {
    "stale": "the matching articles are older than the question's time words allow",
    "topic_missing": "no article mentions what the question asks about",
    "kind_missing": "no quote holds the kind of answer asked for",
    "words_missing": "no quote matches enough of the question's words",
    "unavailable": "the search shards cannot be reached right now",
}


@dataclass(frozen=True)
class IndexInfo:
    articles: int
    passages: int
    terms: int
    built_at: float
    build_seconds: float


class Retriever:
    """Thread-safe: searches run on whatever snapshot is current when they start; reload()
    builds a new generation and swaps it in without blocking them."""

    def __init__(
        self,
        corpus_dir: Path,
        index_dir: Path,
        analyzer: Analyzer | None = None,
        params: BM25Params = BM25Params(),
        min_coverage: float = DEFAULT_MIN_COVERAGE,
        judge_answers: bool = True,
        today: Callable[[], date] = date.today,
        backend: str = "embedded",
        shards: int = 1,
        remote: tuple[str, ...] = (),
        dask: str | None = None,
    ):
        """backend: "embedded" (postings in memory, the default) or "xapian" (the passages also
        written as `shards` Xapian databases in each generation, searched from disk; see
        retrieval/shards.py). Excerpts and the no-answer decision are the same for both. remote:
        `tcp://host:port` of xapian-tcpsrv serving the shards, in shard order: then everything
        is read from them (retrieval/shard_snapshot.py), no local index file; a rebuild here
        (reload) is followed when the servers serve INDEX_DIR/live-shard-*. dask: a
        Dask scheduler's address; builds have its workers run Kiwi (retrieval/distributed.py)."""
        if backend not in BACKENDS:
            raise ValueError(f"unknown search backend {backend!r} (one of: {', '.join(BACKENDS)})")
        if backend == "xapian":
            if shards < 1:
                raise ValueError("shards must be at least 1")
            if not shards_available():
                raise ShardsUnavailable("the xapian backend needs the Xapian bindings: pip install -e '.[scale]'")
        self.corpus_dir = Path(corpus_dir)
        self.index_dir = Path(index_dir)
        self.analyzer = analyzer or Analyzer()
        self.params = params
        self.min_coverage = min_coverage
        self.judge_answers = judge_answers
        self.today = today
        self.backend = backend
        self.shards = shards if backend == "xapian" else 0
        self.remote = tuple(remote) if backend == "xapian" else ()
        self.dask = dask
        if self.remote and len(self.remote) != self.shards:
            raise ValueError(f"{len(self.remote)} remote shard(s) given for an index of {self.shards}")
        self._shard_search: tuple[Path, ShardSearch] | None = None  # for the snapshot in use
        self._shards_lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._looked = 0.0  # when CURRENT was last read
        # Held while this retriever builds or loads a generation: the one lock its writers take
        # (searches read self._snapshot once, and see the old or the new one whole).
        self._busy = threading.Lock()

    # --- index lifecycle -------------------------------------------------------------------

    def open(self, progress: Progress | None = None, refresh: bool = False) -> BuildReport | None:
        """Load the persisted index; build it first when there is none or it is damaged or
        was built with another analyzer or parameters. With refresh, also bring it up to date
        with the corpus folder when a file was added, changed or removed since (a stat of each
        file decides: an unchanged corpus is not read, and no new generation is written)."""
        if self.remote:
            self._snapshot = self._open_remote()
            return None
        try:
            snapshot = load_current(self.index_dir, postings=self._loads_postings)
        except IndexMissing:
            return self.reload(progress)
        except IndexCorrupt as e:
            log.warning("index unusable (%s); rebuilding", e)
            return self.reload(progress)
        if (snapshot.manifest.analyzer != self.analyzer.signature or snapshot.params != self.params
                or snapshot.manifest.cleanup != CLEANUP_VERSION or not self._has_shards(snapshot)):
            log.info("index built with other settings; updating")
            return self.reload(progress)
        if refresh and not corpus_unchanged(self.corpus_dir, snapshot):
            log.info("corpus folder changed since the index was built; updating")
            return self.reload(progress)
        self._snapshot = snapshot
        return None

    def reload(self, progress: Progress | None = None) -> BuildReport:
        with self._busy:
            report = build_index(self.corpus_dir, self.index_dir, self.analyzer, self.params, progress,
                                 shards=self.shards, dask=self.dask)
            if self.remote:
                built = current_generation(self.index_dir)
                try:
                    snapshot = self._open_remote()
                except (ShardsUnavailable, IndexUnusable) as e:
                    # The build is made; the servers will serve it when they answer (follow).
                    log.error("built %s, but the shard servers cannot be read: %s", built.name if built else "?", e)
                    return report
                if built is not None and snapshot.path.name != built.name:
                    log.error("the shard servers still serve %s, not the new build %s: serve %s to follow rebuilds",
                              snapshot.path.name, built.name, self.index_dir / f"{LIVE_PREFIX}<i>")
            else:
                snapshot = load_current(self.index_dir, postings=self._loads_postings)
            self._install(snapshot)
        return report

    def _open_remote(self) -> ShardSnapshot:
        """The generation the shard servers serve, read from them alone: no local index file."""
        snapshot = ShardSnapshot(ShardSearch(list(self.remote), self.params))
        if snapshot.manifest.analyzer != self.analyzer.signature or snapshot.params != self.params:
            raise ShardsUnusable(f"the served shards were built with other settings ({snapshot.manifest.analyzer}, "
                                 f"{snapshot.params}); this newsqa uses {self.analyzer.signature}, {self.params}: "
                                 "rebuild them with newsqa index --backend xapian")
        return snapshot

    def _install(self, snapshot: Snapshot | ShardSnapshot) -> bool:
        """Make snapshot the one searches use, unless a newer generation is already in use
        (generation names sort by the time they were begun). Called holding _busy."""
        if self._snapshot is not None and self._snapshot.path.name > snapshot.path.name:
            return False
        self._snapshot = snapshot
        return True

    def follow(self) -> None:
        """Switch to a generation another process made current (newsqa index beside a running
        bot), at most once a FOLLOW_EVERY: a read of CURRENT, and when it names a newer
        generation, loading that in a thread while searches go on with the old one."""
        now = time.monotonic()
        if self._snapshot is None or now - self._looked < (REMOTE_FOLLOW_EVERY if self.remote else FOLLOW_EVERY):
            return
        self._looked = now
        if self.remote:
            if self._busy.acquire(blocking=False):
                threading.Thread(target=self._follow_remote, name="index-follow", daemon=True).start()
            return
        try:
            name = (self.index_dir / "CURRENT").read_text().strip()
        except OSError:
            return
        if name <= self._snapshot.path.name or not self._busy.acquire(blocking=False):
            return  # up to date, or this retriever is building or loading one itself
        threading.Thread(target=self._load_followed, args=(name,), name="index-follow", daemon=True).start()

    def _load_followed(self, name: str) -> None:
        try:
            snapshot = Snapshot(self.index_dir / name, postings=self._loads_postings)
            if snapshot.manifest.analyzer != self.analyzer.signature or snapshot.params != self.params \
                    or not self._has_shards(snapshot):
                log.warning("index %s was built with another analyzer, parameters or shards; staying on %s",
                            name, self._snapshot.path.name)
                return
            snapshot.build_lookups()  # here, not in the first search after the switch
            if self._install(snapshot):
                log.info("switched to index %s (%d articles), made current by another process",
                         name, snapshot.manifest.articles)
        except Exception as e:  # noqa: BLE001 - a thread of its own: whatever failed is logged, the old index serves
            log.warning("index %s not switched to: %s: %s", name, type(e).__name__, e)
        finally:
            self._busy.release()

    def _follow_remote(self) -> None:
        """Switch to the generation the shard servers serve now, when it is newer (a rebuild
        on the machine that holds the index, served through its live-shard-* stubs)."""
        try:
            name = served_generation(ShardSearch(list(self.remote), self.params))
            if name > self._snapshot.path.name:
                snapshot = self._open_remote()
                snapshot.build_lookups()
                if self._install(snapshot):
                    log.info("switched to index %s (%d articles), served by the shard servers", name,
                             snapshot.manifest.articles)
        except Exception as e:  # noqa: BLE001 - a thread of its own: whatever failed is logged, the old index serves
            log.warning("served shards not followed: %s: %s", type(e).__name__, e)
        finally:
            self._busy.release()

    def warm_up(self) -> None:
        """Load Kiwi's model and compile the scoring and excerpt kernels before the first
        question."""
        self.analyzer.warm_up()
        warm_up_scoring()
        warm_up_excerpts()
        self.snapshot.build_lookups()

    @property
    def snapshot(self) -> Snapshot | ShardSnapshot:
        if self._snapshot is None:
            raise IndexMissing("index not loaded")
        return self._snapshot

    def info(self) -> IndexInfo:
        m = self.snapshot.manifest
        return IndexInfo(m.articles, m.passages, m.terms, m.built_at, m.build_seconds)

    # --- asking ----------------------------------------------------------------------------

    def search(self, question: str, k: int = 5, offset: int = 0) -> Answer:
        self.follow()
        snap = self.snapshot
        truncated = len(question) > MAX_QUESTION_CHARS
        # k and offset may come from outside (a "more" button's callback data is the client's):
        # buffers are sized by them, so they stay within what a question can page through.
        k = max(1, min(int(k), MAX_RESULTS))
        if offset < 0 or offset >= MAX_RESULTS:
            return Answer(question, (), reason="no more results", reason_code="no_more", truncated=truncated)
        k = min(k, MAX_RESULTS - offset)
        # Markup pasted along with a question (<b>보안</b>) is not part of what is asked; what chat
        # adds or leaves off (ㅋㅋ, 머야, 근데, 언젠지 알아?, a missing mark or space) is mended.
        text = strip_markup(question[:MAX_QUESTION_CHARS])
        if not text.strip():
            return Answer(question, (), reason="empty question", truncated=truncated)
        text, tokens = self._mended(text, snap.vocab.__contains__)
        asked = analyse(text, tokens, known=snap.vocab.__contains__, inside=snap.compounds)
        if not asked.terms:
            return Answer(question, (), reason="no searchable words in the question", truncated=truncated)
        if self.judge_answers and says_nothing(asked):
            # 어떻게 됐어?, 사람 누구야: nothing says what about; any quote would be a guess.
            return Answer(question, (), reason="no searchable words in the question", truncated=truncated,
                          terms=asked.terms)
        words = question_words(text, tokens, asked)
        misread = misread_forms(snap, words)
        spelled = merged(other_forms(snap, asked, words), misread)
        if spelled:
            # 다이너마이트 asked, Dynamite written: the other form counts as the word itself does,
            # in the search and in the quote.
            asked = replace(asked, synonyms=tuple(merged(dict(asked.synonyms), spelled).items()))
        qterms = query_terms(snap, asked)
        by_text = {q.text: q for q in qterms}
        # A word Kiwi read grammar into (주산지 as 주사 + 이 + ㄴ지) is searched as the articles write it.
        known_ids = [by_text[t].id for t in asked.terms if by_text[t].id is not None and t not in misread]
        terms = asked.terms
        # An article that names the country as 조선민주주의인민공화국 is found for 북한 too.
        known_ids += [q.id for q in alias_terms(snap, asked) if q.id is not None]
        known_ids += sorted({snap.vocab[w] for words in spelled.values() for w in words} - set(known_ids))
        # A word no passage holds, cut into terms that some do, finds the articles that write it as
        # the question does (what counts in the quote is the word as written: Question.surfaces).
        known_ids += sorted({snap.vocab[w] for words in written_apart(snap, asked).values() for w in words}
                            - set(known_ids))
        if not known_ids:
            return Answer(question, (), reason="no word of the question occurs in the corpus",
                          reason_code="words_missing", truncated=truncated, terms=terms)
        # A word no passage holds still counts against the floor: a question about something the
        # corpus never mentions should not be answered by its other words.
        total_weight = sum(by_text[t].idf for t in terms)
        floor = self.min_coverage * total_weight

        want = offset + k
        try:
            candidates = self._candidates(snap, known_ids, want + JUDGE_SLACK + 1, floor)
        except ShardsUnavailable as e:
            log.warning("question not searched: %s", e)
            return Answer(question, (), reason=REASONS["unavailable"], reason_code="unavailable",
                          truncated=truncated, terms=terms)
        accepted: list[_Accepted] = []
        first_refusal: str | None = None
        older = None  # the first article refused only for its age, with the quote it would give
        judged = candidates[:want + JUDGE_SLACK]
        keys = question_keys(qterms, asked, snap.vocab.get, snap.compounds)
        weights = informative_weights(asked, qterms)
        rules = word_rules(asked, qterms)
        today = self.today()
        last = -1
        stories: list[frozenset[str]] = []  # the sentences of each answer, for copies of it
        for last, ((_, doc_score), passages) in enumerate(zip(judged, _read(snap, [d for d, _ in judged], want))):
            if not accepted and last >= FIRST_ANSWER_WITHIN:
                break  # the best matching articles do not answer: further ones will not either
            view = ArticleView(passages, snap.term_text, snap.vocab.get, snap.term_texts)
            matches = match(view, keys)
            if self.judge_answers:
                a = passages[0].article
                title = title_words(asked, [snap.term_text(t) for t in a["title_terms"].tolist()], a["title"])
                refusal = prejudge(asked, qterms, matches.in_article, title, a["published"], today, weights, rules)
                if refusal is None and (asked.days or asked.ordinals or asked.speaker):
                    # Asked of a day (12월 20일 확진자) or of one in a series (2차 투표), the article
                    # names it, not only others; asked what someone said, it names them.
                    texts = [a["title"], *(p.text for p in passages)]
                    if not names_the_day(asked, texts, a["published"]) or not names_the_instance(asked, texts) \
                            or not names_the_speaker(asked, qterms, matches.in_article, texts):
                        refusal = "topic_missing"
                if refusal:
                    first_refusal = first_refusal or refusal
                    if refusal == "stale" and older is None:
                        older = _aged_out(asked, qterms, choose_in(asked, qterms, view, matches), title,
                                          a["published"], weights, rules, doc_score, passages)
                    continue
            choice = choose_in(asked, qterms, view, matches)
            coverage, sure = 0.0, True
            if self.judge_answers:
                verdict = judge(asked, qterms, choice, title, a["published"], today, weights, rules)
                if not verdict.answers:
                    first_refusal = first_refusal or verdict.reason
                    if verdict.reason == "stale" and older is None:
                        older = _aged_out(asked, qterms, choice, title, a["published"], weights, rules, doc_score,
                                          passages)
                    continue
                coverage, sure = verdict.coverage, verdict.sure
            # The same story from another outlet (its paragraphs in another order, a line more) is
            # not another answer.
            story = view.story()
            if any(same_story(story, seen) for seen in stories):
                continue
            stories.append(story)
            accepted.append(_Accepted(doc_score, passages, choice, coverage, sure))
            # The first answer is chosen among RERANK_AMONG, whatever the page size: a question
            # asked for one answer gets the first of three.
            if len(accepted) >= max(want, RERANK_AMONG if self.judge_answers else 0):
                break
        # More answers may follow when this page filled up before the candidates ran out.
        has_more = len(accepted) > want or (len(accepted) == want and len(candidates) > last + 1)
        _best_quote_first(accepted, asked.pairs, asked.kind in (Kind.AMOUNT, Kind.TIME))
        _newest_holder_first(accepted, asked)

        if not accepted:
            code = first_refusal or "words_missing"
            shown = (_result(1, older),) if code == "stale" and older is not None and offset == 0 else ()
            return Answer(question, (), reason=REASONS[code], reason_code=code, truncated=truncated, terms=terms,
                          recent=asked.recent, older=shown)
        out = [_result(rank, a) for rank, a in enumerate(accepted[offset:offset + k], offset + 1)]
        if not out:
            return Answer(question, (), reason="no more results", reason_code="no_more", truncated=truncated, terms=terms)
        return Answer(question, tuple(out), truncated=truncated, terms=terms, has_more=has_more)

    def _mended(self, text: str, known) -> tuple[str, list[Token]]:
        """The question's text with what chat adds or leaves off mended, and Kiwi's tokens of
        it: each pass reads the tokens of the text before it, and a text a pass changed is read
        again (known: whether the index holds a term)."""
        text = as_asked(standard_spelling(" ".join(without_chat_noise(text).split())))
        tokens = self.analyzer.tokens(text)
        for mend in (lambda text, tokens: self._respaced(text, tokens, known),  # 김은혜가바이든이아니라...
                     without_fillers,  # 근데, 혹시
                     without_wrapper,  # 언젠지 알아?: asks 언젠지?
                     lambda text, tokens: spaced_question_words(text, tokens, known)):  # 개발사어디야
            mended = mend(text, tokens)
            if mended != text:
                text, tokens = mended, self.analyzer.tokens(mended)
        return text, self._nouns_read_whole(text, tokens, known)

    def _nouns_read_whole(self, text: str, tokens: list[Token], known) -> list[Token]:
        """tokens with a word of two syllables that Kiwi read, in the question, as a noun of one
        and a particle (레이스콥터 속도 얼마나 나와: 속 + 도) read as it reads the word alone (속도),
        when that is one noun the index holds: the question asks about it, not about 속. (A
        one-syllable noun and the subject's particle before 얼마: question.rejoin.)"""
        out: list[Token] = []
        i = 0
        while i < len(tokens):
            a = tokens[i]
            b = tokens[i + 1] if i + 1 < len(tokens) else None
            if b is not None and a.tag == "NNG" and b.tag == "JX" and b.start == a.end \
                    and b.end - a.start == 2 and not (a.start and _HANGUL.match(text, a.start - 1)) \
                    and not _HANGUL.match(text, b.end) and known(text[a.start:b.end]):
                alone = self.analyzer.tokens(text[a.start:b.end])
                if len(alone) == 1 and alone[0].tag == "NNG" and alone[0].form == text[a.start:b.end]:
                    out.append(alone[0]._replace(start=a.start, end=b.end))
                    i += 2
                    continue
            out.append(a)
            i += 1
        return out

    def _respaced(self, text: str, tokens: list[Token], known) -> str:
        """text with the spaces Kiwi's spacing model puts back in words typed together, where
        the index agrees (retrieval/respacing.py); its model is asked only where it may cut."""
        if not may_hold_several_words(text, tokens, known):
            return text
        spaced = self.analyzer.space(text)
        return spaces_put_back(text, spaced, self.analyzer.tokens(spaced), known)

    @property
    def _loads_postings(self) -> bool:
        """The xapian backend scores from its shards: the postings need not be in memory."""
        return self.backend == "embedded"

    def _has_shards(self, snapshot: Snapshot) -> bool:
        """Whether the generation carries the shards this retriever searches (any, embedded)."""
        return self.backend == "embedded" or (snapshot.manifest.shards == self.shards
                                              and shards_current(snapshot.path, self.shards))

    def _top(self, snap: Snapshot, query_ids: list[int], n: int, floor: float):
        if self.backend == "embedded":
            return top_n(snap.postings, query_ids, n, floor=floor)
        ids, scores = self._shards_for(snap).top([snap.term_text(t) for t in query_ids], n, floor)
        # Shards number passages by their store id, which survives incremental builds; the rest
        # of a question works with postings rows (rowids, ascending, says which id each row is).
        rows = np.searchsorted(snap.rowids, ids)
        known = rows < len(snap.rowids)
        known[known] = snap.rowids[rows[known]] == ids[known]
        return rows[known], scores[known]

    def _shards_for(self, snap: Snapshot) -> ShardSearch:
        with self._shards_lock:
            if isinstance(snap, ShardSnapshot):
                return snap.search  # read from the shards: the one search they came with
            cached = self._shard_search
            if cached is not None and cached[0] == snap.path:
                return cached[1]
            search = ShardSearch(shard_paths(snap.path, snap.manifest.shards), self.params)
            # The previous generation's search is not closed here: a question begun on it may
            # still be scoring; it closes when the last one lets go of it.
            self._shard_search = (snap.path, search)
            return search

    def _candidates(self, snap: Snapshot, query_ids: list[int], want: int, floor: float) -> list[tuple[int, float]]:
        """The best passage of each of the `want` best matching articles, best first."""
        n = want + 3
        while True:
            docs, scores = self._top(snap, query_ids, n, floor)
            picked, seen = [], set()
            for doc, doc_score in zip(docs.tolist(), scores.tolist()):
                art = int(snap.doc_article[doc])
                if art not in seen:
                    seen.add(art)
                    picked.append((doc, doc_score))
                    if len(picked) == want:
                        return picked
            if len(docs) < n or n >= MAX_CANDIDATES:
                return picked
            n = min(n * 4, MAX_CANDIDATES)


@dataclass(frozen=True)
class _Accepted:
    """An article whose quote answers: its best passage's score, its passages, the quote, the
    share of the question's weight the quote holds, and whether the judge was sure of it."""

    score: float
    passages: list[PassageRecord]
    choice: Choice
    coverage: float
    sure: bool


def _aged_out(asked: Question, qterms: list[QueryTerm], choice: Choice, title: set[str], published: str | None,
              weights, rules, doc_score: float, passages: list[PassageRecord]) -> _Accepted | None:
    """An article refused only for its age, when its quote would answer the question were no
    present time asked (judged with no today); else None."""
    verdict = judge(asked, qterms, choice, title, published, None, weights, rules)
    return _Accepted(doc_score, passages, choice, verdict.coverage, verdict.sure) if verdict.answers else None


def _result(rank: int, accepted: _Accepted) -> Result:
    rec = accepted.passages[accepted.choice.passage]
    a = rec.article
    article = Article(id=a["id"], title=a["title"], body="", path=a["path"], url=a["url"],
                      press=a["press"], reporter=a["reporter"], published=a["published"])
    return Result(rank=rank, score=accepted.score, excerpt=accepted.choice.excerpt, passage=rec.text, article=article,
                  answer=accepted.choice.answer, sure=accepted.sure)


def _best_quote_first(accepted: list[_Accepted], pairs: tuple[tuple[str, str], ...] = (),
                      exact_kind: bool = False) -> None:
    """Move to the front the answer whose quote holds clearly more of the question than the
    best matching article's quote, among the next articles that match nearly as well (or, with
    exact_kind, the first to give exactly the amount or date asked when that quote does not)."""
    if len(accepted) < 2:
        return
    top_score, top_coverage = accepted[0].score, accepted[0].coverage
    best, best_coverage = 0, top_coverage + RERANK_MARGIN
    for i, a in enumerate(accepted[1:RERANK_AMONG], 1):
        if a.score >= RERANK_SCORE * top_score and a.coverage > best_coverage:
            best, best_coverage = i, a.coverage
    if not best and pairs:
        # As much of the question, and its words side by side as it writes them (철도노조
        # 위원장, not 철도노조 ... 당협위원장): that quote is about what is asked.
        most = _pairs_held(accepted[0].choice.excerpt.text, pairs)
        for i, a in enumerate(accepted[1:RERANK_AMONG], 1):
            if a.score >= RERANK_SCORE * top_score and a.coverage >= top_coverage:
                held = _pairs_held(a.choice.excerpt.text, pairs)
                if held > most:
                    best, most = i, held
    if not best and exact_kind and not accepted[0].choice.kind_strong:
        # Asked an amount or a date, the best matching article's quote gives none exactly (파업이
        # 2일차로 접어들었다) and the quote of another that matches nearly as well, as much about
        # the question, marks one (22일간 이어온 파업): that one answers.
        best = next((i for i, a in enumerate(accepted[1:RERANK_AMONG], 1)
                     if a.score >= RERANK_SCORE * top_score and a.coverage >= top_coverage
                     and a.choice.kind_strong and a.choice.answer is not None), 0)
    if best:
        accepted.insert(0, accepted.pop(best))


_OF_THEN = re.compile("당시|였|었")
_HANGUL = re.compile("[가-힣]")


def _newest_holder_first(accepted: list[_Accepted], asked: Question) -> None:
    """Asked who holds an office (중국 외교부 대변인 누구야: no act, no year or day, not 당시 or 였어),
    of the answers whose articles match nearly as well as the best the newest report's comes
    first: offices change hands, and a report of years ago names a holder of then."""
    if len(accepted) < 2 or asked.kind is not Kind.PERSON or not asked.focus & OFFICES \
            or any(c.isdigit() for c in asked.text) or _OF_THEN.search(asked.text) \
            or not VERBS.isdisjoint(asked.tags):
        return
    top = accepted[0].score
    days = [a.passages[0].article["published"] or "" for a in accepted[:RERANK_AMONG]]
    newest = max((i for i, a in enumerate(accepted[:RERANK_AMONG]) if a.score >= RERANK_SCORE * top and a.sure),
                 key=lambda i: days[i][:10], default=0)
    if days[newest][:10] > days[0][:10]:
        accepted.insert(0, accepted.pop(newest))


def _pairs_held(text: str, pairs: tuple[tuple[str, str], ...]) -> int:
    """How many of the question's neighbouring words text writes side by side (terms are
    lower case: SK건설 holds sk + 건설)."""
    text = text.lower()
    return sum(1 for a, b in pairs if f"{a} {b}" in text or f"{a}{b}" in text)


def same_story(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two articles tell the same story: 80% of the sentences of the shorter are in the other."""
    return bool(a) and bool(b) and len(a & b) >= SAME_STORY * min(len(a), len(b))


def _read(snap: Snapshot, docs: list[int], first: int):
    """The documents' articles, the first `first` in one read and the rest only when asked for:
    most questions are answered by the articles that matched best."""
    yield from snap.articles(docs[:first])
    if len(docs) > first:
        yield from snap.articles(docs[first:])


def alias_terms(snap: Snapshot, asked: Question) -> list[QueryTerm]:
    """The other names of the question's names (Question.aliases) as this index knows them."""
    return _known(snap, [a for a in asked.aliases if a not in asked.terms], asked)


def query_terms(snap: Snapshot, asked: Question) -> list[QueryTerm]:
    """The question's distinct terms as this index knows them."""
    return _known(snap, asked.terms, asked)


def _known(snap: Snapshot, words, asked: Question) -> list[QueryTerm]:
    """Each distinct word as a QueryTerm: its id and idf when some passage holds it, else no id
    and the idf an unseen word gets."""
    postings = snap.postings
    out: dict[str, QueryTerm] = {}
    for term in words:
        if term in out:
            continue
        i = snap.vocab.get(term)
        if i is not None and postings.indptr[i + 1] > postings.indptr[i]:
            out[term] = QueryTerm(term, i, float(postings.idf[i]), term in asked.names)
        else:
            out[term] = QueryTerm(term, None, postings.unseen_idf(), term in asked.names)
    return list(out.values())
