"""The types that cross module boundaries: articles in, results out."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np


@dataclass(frozen=True)
class Article:
    """One cleaned article. `body` is exactly the text that is indexed and quoted."""

    id: str
    title: str
    body: str
    path: str  # relative to the corpus folder, with '#n' for the n-th article of a JSON file
    url: str | None = None
    press: str | None = None
    reporter: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when known

    def meta(self) -> dict:
        d = asdict(self)
        del d["body"]
        return d


@dataclass(frozen=True)
class Skipped:
    """A file (or one entry of it) that was not indexed, and why, in one line."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True, eq=False)
class Sentence:
    """A sentence of a paragraph and its indexed terms, offsets relative to the paragraph.
    Spans are an (n, 2) int32 array so passages can shift and join them without a Python loop
    per token."""

    start: int
    end: int
    terms: tuple[str, ...]
    spans: np.ndarray
    tags: np.ndarray  # uint8 analyzer.TAGS code of each term's morpheme


@dataclass(frozen=True)
class Excerpt:
    text: str
    highlights: tuple[tuple[int, int], ...]  # [start, end) into text


@dataclass(frozen=True)
class Result:
    rank: int
    score: float
    excerpt: Excerpt
    passage: str
    article: Article
    answer: tuple[int, int] | None = None  # the phrase that answers, [start, end) into the excerpt
    sure: bool = True  # False: the quote may not answer what was asked (answerability.Verdict.sure)

    def to_json(self) -> dict:
        return {
            "rank": self.rank,
            "score": round(self.score, 6),
            "excerpt": self.excerpt.text,
            "highlights": [list(h) for h in self.excerpt.highlights],
            "answer": list(self.answer) if self.answer else None,
            "answer_text": self.excerpt.text[self.answer[0]:self.answer[1]] if self.answer else None,
            "sure": self.sure,
            "passage": self.passage,
            "article": self.article.meta(),
        }


@dataclass(frozen=True)
class Answer:
    """What a question gets: results best first, or none and the reason why."""

    question: str
    results: tuple[Result, ...]
    reason: str | None = None  # set when results is empty
    reason_code: str | None = None  # the same as a key: stale, topic_missing, kind_missing, words_missing
    recent: str | None = None  # the question's words that ask about the present (오늘, 이번 주)
    truncated: bool = False  # the question was longer than we read
    terms: tuple[str, ...] = field(default=())
    has_more: bool = False
    # Refused as stale: the quote the newest such article would have given, had the question not
    # asked about the present. Never an answer; shown apart, with its date, for what it is.
    older: tuple[Result, ...] = ()
