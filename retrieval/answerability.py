"""Whether a chosen quote answers the question, or the honest answer is "nothing found".

A large corpus always holds some passage that shares a few words with any question, so the
decision looks at the quote and at what the question asks, not at a BM25 score:

1. A question about the present (오늘, 지금, 이번 주, 다음 대선 언제) is not answered by an article
   older than the question allows.
2. A quote that repeats most of the question's informative words (and whose article holds the
   rest) answers it: this is how questions that reuse the article's wording are answered.
3. Otherwise the article must mention what the question asks about (소송 in "유족 소송 어떻게
   됐어"), the quote must hold a phrase of the asked kind (an amount in the asked unit for 몇 명,
   a date for 언제, a name for 누구), and the question's informative words must be in the
   article, names counting more: 60% of their weight, or 45% when the article names every
   name the question gives.

Informative words leave out what every question says (하다, 있다, 거, 이름, 곳) and what only
says the kind of answer (몇 명's 명); verbs, adjectives and adverbs count for less than nouns,
as they are what a question most often says in other words than its article (내려앉았어:
착륙했다) or adds to it (갑자기, 돌돌). Calibrated on news-qa-dev and KorQuAD, asked of corpora of
51 to 3,000+ articles (benchmarks/bench_quality.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

import numpy as np

from .analyzer import TAG_CODE
from .excerpt import Choice, QueryTerm, occurrences, person_name
from .phrases import DEATH_WORDS, INJURY_WORDS, PERSON_TITLES, SURNAMES, gives_verdict, holds_a_number, reports_speech
from .question import (CASUALTIES, DAY, EVENT_ROLES, MONEY, MONTH, NAMED_SPANS, ORDINAL, Kind, Question, dates_only,
                       informative)

NAME_WEIGHT = 1.5  # a name the article never mentions says more than a common word it lacks
PREDICATE_WEIGHT = 0.3  # a verb, adjective or adverb: what a question most often says in other words
_PREDICATE_TAGS = frozenset({TAG_CODE["VV"], TAG_CODE["VA"], TAG_CODE["MAG"]})
STRONG_COVERAGE = 0.75  # of the informative weight, in the quote (or just before it) and the article
MIN_ARTICLE_COVERAGE = 0.6
# An article that names everyone and everything the question names may hold less of its other
# words: those are what a question most often says differently (탈당 for 떠나 당적을 옮기다).
NAMED_ARTICLE_COVERAGE = 0.45
MIN_QUOTE_COVERAGE = 0.3
COMPLETE_COVERAGE = 0.9  # a quote that holds this much of the question's weight, in at least
COMPLETE_WORDS = 4  # this many informative words, answers whatever the kind
RICH_WORDS = 4  # informative question words in the quote, with at least RICH_COVERAGE of the weight
RICH_COVERAGE = 0.5
# Kinds whose phrases are found reliably enough that a quote without one is not an answer,
# whatever else it shares with the question (a number, a date, a proper noun).
ALWAYS_KIND = frozenset({Kind.TIME, Kind.PERSON, Kind.PLACE})


@dataclass(frozen=True)
class Verdict:
    answers: bool
    reason: str | None  # why not, in a few words (a key of bot/texts.py's reasons)
    coverage: float  # share of the question's informative weight in the quote or its context
    article_coverage: float
    # False when the quote passed only the last and weakest test (some of the question's words, a
    # plausible phrase of the asked kind): right for about two answers in three on KorQuAD, fewer
    # on news questions, against nine in ten for the others. Shown as such.
    sure: bool = True


def informative_weights(question: Question, qterms: list[QueryTerm]) -> np.ndarray:
    predicates = {t for t, tag in zip(question.terms, question.tags) if tag in _PREDICATE_TAGS}
    out = np.array([q.idf * (NAME_WEIGHT if q.proper else PREDICATE_WEIGHT if q.text in predicates else 1.0)
                    if informative(question, q) else 0.0 for q in qterms])
    if not out.any():  # a question of nothing but such words: weigh them as they are
        out = np.array([q.idf for q in qterms])
    return out


def title_words(question: Question, title_terms: list[str], title: str) -> set[str]:
    """The question's terms that the article's title holds: its own terms, and the terms of a
    question word written in the title as the question writes it (영생교, cut 영생 + 교 there)."""
    held = set(title_terms)
    lowered = title.lower()
    for surface, terms in question.surfaces:
        if surface in lowered:
            held.update(terms)
    return held


def prejudge(question: Question, qterms: list[QueryTerm], in_article: np.ndarray, title_terms: set[str],
             published: str | None, today: date | None, weights: np.ndarray | None = None,
             rules: WordRules | None = None) -> str | None:
    """A reason to refuse the article before its sentences are read, or None: it is too old
    for the question, or holds too few of the question's words for any quote to answer.
    weights and rules: informative_weights and word_rules, when worked out once for many articles."""
    if weights is None:
        weights = informative_weights(question, qterms)
    held = whole_words(question, qterms, in_article | _in_heading(qterms, title_terms, published), rules=rules)
    least = min(MIN_ARTICLE_COVERAGE, NAMED_ARTICLE_COVERAGE, STRONG_COVERAGE, RICH_COVERAGE)  # any rule accepts
    if float(weights[held].sum()) < least * (float(weights.sum()) or 1.0):
        return "words_missing"
    if _other_model(qterms, held, question):
        return "topic_missing"
    # Checked second: "too old" is only worth saying of an article that is about the question.
    # (Asked 언제 by tense alone, the quote decides: see judge.)
    return "stale" if _stale(question, published, today) and not question.by_tense else None


def judge(question: Question, qterms: list[QueryTerm], choice: Choice, title_terms: set[str],
          published: str | None, today: date | None, weights: np.ndarray | None = None,
          rules: WordRules | None = None) -> Verdict:
    """weights and rules: informative_weights and word_rules, when worked out once for many articles."""
    if weights is None:
        weights = informative_weights(question, qterms)
    if rules is None:
        rules = word_rules(question, qterms)
    total = float(weights.sum()) or 1.0
    in_title = _in_heading(qterms, title_terms, published)
    column = {q.text: col for col, q in enumerate(qterms)}
    in_article = whole_words(question, qterms, choice.article_terms | in_title, compounds=True, rules=rules)
    quoted = choice.quote_terms | choice.context_terms
    in_quote = whole_words(question, qterms, quoted | in_title, rules=rules)
    article_cov = float(weights[in_article].sum()) / total
    quote_cov = float(weights[in_quote].sum()) / total

    def no(reason: str) -> Verdict:
        return Verdict(False, reason, quote_cov, article_cov)

    if (_stale(question, published, today) and not (question.by_tense and _dated_ahead(choice.excerpt.text, published))) \
            or _told_as_past(question, choice.excerpt.text, today):
        return no("stale")
    if _other_model(qterms, in_article, question):
        return no("topic_missing")
    matched_words = int((weights[in_quote] > 0).sum())
    # Asked whether something happened (결국 기소됐어?), a quote that does not say the act (고발당했다)
    # does not answer, however much of the rest it repeats.
    if question.asserted in column and not in_quote[column[question.asserted]]:
        return no("words_missing")
    # ... nor one that tells of it only as asked for, pending or to come (구속영장 실질심사, 사과를
    # 해야 한다, 물러나야 한다): it has not happened there.
    if question.asserted in column and _only_unrealised(question, choice.excerpt.text):
        return no("words_missing")
    # ... nor, asked when it happened (통과 언제 됐어), one that tells of it only so.
    if question.done in column and _only_unrealised(question, choice.excerpt.text, question.done):
        return no("words_missing")
    # Asked how something turned out (소송 판결 어떻게 났어), a quote that does not name it (소송을
    # 제기했다) tells how it began, not how it ended; nor one that tells of it only as to come
    # (고소하겠다는 입장을 밝혔다): it has not begun.
    if question.outcome and any(not in_quote[column[t]] or _only_unrealised(question, choice.excerpt.text, t)
                                for t in question.specific_focus - _STATES if t in column):
        return no("words_missing")
    # ... nor, of a lawsuit or a trial, a quote that tells of no decision (소송을 냈다).
    if question.asks_verdict and not gives_verdict(choice.excerpt.text):
        return no("kind_missing")
    # Asked when something still to come will be, a quote that only talks about it (상용화한다면
    # …) does not answer: what is to come is only ever told with a date. Nor does a quote without
    # a telephone number or address answer a question asking for one, nor one without a journal
    # said to publish a question asking which (Question.asks_journal): all are written in forms
    # always recognised.
    if (question.ahead or question.kind is Kind.CONTACT or question.asks_journal) and not choice.kind_found:
        return no("kind_missing")
    # Asked who came after someone (한상대 후임 검찰총장 누구야), a quote that tells of no one taking
    # the post (사표를 수리했다, 사임하겠다고 발표했다) tells how it was left, not who took it.
    if question.term_set & _SUCCESSOR_WORDS and not _SUCCESSION.search(choice.excerpt.text):
        return no("kind_missing")
    # Asked what someone said (소감 뭐라고 했어), a quote that reports no speech does not answer,
    # however many of the question's names it repeats.
    if question.said and not reports_speech(choice.excerpt.text):
        return no("kind_missing")
    # Asked for a sum of money (피해액 얼마야), a quote with no sum in it does not give one, however
    # much of the question it repeats: news writes money with its unit, and it is found so (or
    # as 4천억 without it; and a change in it, 얼마나 줄었어, as a share: 20% 감소).
    if question.kind is Kind.AMOUNT and question.units == MONEY and not choice.kind_found \
            and not _LARGE_SUM.search(choice.excerpt.text) \
            and not (question.term_set & _CHANGES and "%" in choice.excerpt.text):
        return no("kind_missing")
    # Asked how many died or were hurt (농성 중 다친 사람 몇 명이야), a quote that tells of no one
    # dying or hurt (90여명의 의원이 집결했고) counts other people, however many it counts.
    # (Not asked of 희생자, victims of any harm: 2명의 여성 유괴사건.)
    if question.casualty in _HARM_TOLD and question.term_set & _HARM_ASKED \
            and not _HARM_TOLD[question.casualty].search(choice.excerpt.text):
        return no("kind_missing")
    # ... nor, asked who or what holds a place in a ranking (종합 1위 어느 나라야), a quote that
    # writes only other places (종합순위 7위) names the holder of another. (One that writes none
    # may tell the first as the most: 가장 많은 67.6%.)
    if question.ranks and question.kind is not Kind.AMOUNT \
            and _other_places_only(choice.excerpt.text, question.ranks):
        return no("kind_missing")
    # ... nor, asked about a term of office (임기 언제까지), a quote that tells of none: its date is
    # another act's (지난 20일 전화 통화).
    if question.kind in (Kind.TIME, Kind.AMOUNT) and question.focus & NAMED_SPANS \
            and not _TERM_OF_OFFICE.search(choice.excerpt.text):
        return no("kind_missing")
    # ... nor, asked the hour (성명 몇 시에 나왔어), a quote with no time of day: a day (24일 성명에서)
    # is not the hour.
    if question.kind is Kind.TIME and question.grain == "시" and not choice.kind_strong:
        return no("kind_missing")
    # ... nor, asked a share (득표율 몇 %야), a quote with none: news writes one with % or 퍼센트.
    if question.kind is Kind.AMOUNT and "%" in question.units and not choice.kind_found:
        return no("kind_missing")
    # Asked who holds an office (민주당 원내대변인 누구야, 바른미래당 대변인 누구야), a quote that
    # names it only as another office made of the same word (김현 민주당 대변인; 김삼화
    # 원내대변인) names someone else.
    if question.kind is Kind.PERSON and _another_office(question, choice.excerpt.text):
        return no("kind_missing")
    # ... nor, asked who holds an office of a party (민주당 원내대표 누구야), a quote that gives the
    # office only as another party's (주호영 국민의힘 원내대표).
    if question.kind is Kind.PERSON and _other_partys_office(question, choice.excerpt.text):
        return no("kind_missing")
    # ... nor, asked someone's name (음주운전 10대 이름 뭐야), a quote that names no one.
    if question.kind is Kind.PERSON and "이름" in question.term_set and not choice.kind_found:
        return no("kind_missing")
    # ... nor, asked the name of someone by what they are (폴란드 비행기 조종사 이름 뭐야), a quote
    # that writes the word with no name given to it (조종사가 이를 묵살하고): it speaks of someone
    # it leaves unnamed, and its other names are other people's.
    if choice.unnamed:
        return no("kind_missing")
    # A quote that repeats (nearly) every informative word of a question of several words is
    # about what it asks, even when the answer is phrased in a way not recognised (3학년 때부터).
    # The title's names count as the quote's (a quote may leave its subject to 그 or 이), not
    # its other words: an event's name and date do not make a quote about it (8·15 광복절 기념식
    # in the title, 현수막 20여개 in the quote, asked 몇 명).
    named = np.array([q.proper for q in qterms], dtype=bool)
    own = whole_words(question, qterms, quoted | (in_title & named), rules=rules)
    own_cov = float(weights[own].sum()) / total
    # Asked how many (몇 명 태워, 1년에 몇 명 죽어), a quote without a number of any kind does not say,
    # however much of the question it repeats ("테이저 때문에 죽는 사람은 의외로 많다").
    if question.asks_count and not choice.kind_found and not holds_a_number(choice.excerpt.text):
        return no("kind_missing")
    # An amount in a unit is found reliably, and any number for 얼마 or 몇 without one: a quote
    # with none of it that repeats the four words of a short question (한중일 공동 역사교과서
    # 가격 얼마야: the sentence announcing the book; 1인당 GDP 얼마야: a sentence on who leads
    # in it) is about the topic, not the answer. So is one with no date or time of any kind
    # asked 언제 (a headline repeated as the body's first line), or with no place asked 어디 (JTBC
    # 최순실 PC 어디서 입수했어: "JTBC 취재팀은 그의 PC를 입수하여"). One word more is asked of it;
    # long questions that reuse the answer's own sentence, where the amount is written in a way
    # not recognised, still pass.
    needed = COMPLETE_WORDS + (not choice.kind_found and (question.asks_count or question.kind in (Kind.TIME, Kind.PLACE)))
    # Asked who had a part in an event (인터뷰 진행자 누구야, 관악갑 당선자 누구야, 연구팀장 이름), an
    # article that never names that part does not say who, however many of the question's other
    # words it repeats. (Not an occupation, 선수, 작가, 의원: a report names the scorer without it.)
    if question.kind is Kind.PERSON and any(t in EVENT_ROLES and not in_article[column[t]]
                                            for t in question.specific_focus if t in column):
        return no("topic_missing")
    if own_cov >= COMPLETE_COVERAGE and int((weights[own] > 0).sum()) >= needed \
            and article_cov >= COMPLETE_COVERAGE:
        return Verdict(True, None, quote_cov, article_cov)
    # Amounts (몇 명, 얼마 -> 원, 얼마) and dates are found reliably: a quote without one does not
    # answer 몇 살 or 언제 otherwise.
    if not choice.kind_found and (question.kind in ALWAYS_KIND or question.asks_count):
        return no("kind_missing")
    # A phrase of exactly the asked kind next to a question word (최대 2명이 탈 수 있다, 학술지
    # '사이언티픽 리포츠'에 게재됐다) answers, even when the sentence leaves the topic unnamed, as
    # long as the article holds the question's words.
    if choice.kind_strong and choice.kind_near and question.kind is not Kind.ANY and article_cov >= STRONG_COVERAGE:
        return Verdict(True, None, quote_cov, article_cov)
    # A quote that repeats most of the question's words answers it: names without a title
    # (a bare 김대중) and answers described in other words are not recognised as such.
    if quote_cov >= STRONG_COVERAGE and article_cov >= STRONG_COVERAGE:
        return Verdict(True, None, quote_cov, article_cov)
    # Many of the question's own words in the quote are evidence enough that it is about the
    # same thing, however the answer is phrased: long questions that reuse the article's
    # wording, where the kind of answer is not always recognisable.
    if matched_words >= RICH_WORDS and quote_cov >= RICH_COVERAGE:
        return Verdict(True, None, quote_cov, article_cov)
    held = {q.text for q, a in zip(qterms, in_article) if a}
    if any(t not in held for t in question.specific_focus):
        return no("topic_missing")
    if question.kind not in (Kind.ANY, Kind.NAME) and not choice.kind_found:
        return no("kind_missing")
    # Here, with less of the question in the quote, a merely plausible person or place (any
    # proper noun) must stand next to one of its words: 영빈관 설계한 건축가 누구야 is not answered
    # by "대한민국 물가의 급상승" in a sentence that says 건축물 and nothing of a designer.
    if question.kind in (Kind.PERSON, Kind.PLACE) and not choice.kind_strong and not choice.kind_near:
        return no("kind_missing")
    if quote_cov < MIN_QUOTE_COVERAGE:
        return no("words_missing")
    if article_cov < MIN_ARTICLE_COVERAGE and (article_cov < NAMED_ARTICLE_COVERAGE
                                               or (named & ~in_article & (weights > 0)).any()):
        return no("words_missing")
    return Verdict(True, None, quote_cov, article_cov, sure=False)


# How a report tells of deaths and of injuries (숨졌다, 사망자, 목숨을 잃었다; 다쳤다, 부상자, 중상,
# 병원으로 옮겨졌다).
_HARM_TOLD = {"died": re.compile(DEATH_WORDS + "|참사|시신|유족"),
              "hurt": re.compile(INJURY_WORDS + "|사상자|병원|치료")}
# The words that ask for the dead or the hurt (CASUALTIES) but 희생 and 희생자, which ask for
# victims of any harm.
_HARM_ASKED = (CASUALTIES["died"] | CASUALTIES["hurt"]) - {"희생", "희생자"}
# How a report tells of a term of office: by the word, or by its beginning or end.
_TERM_OF_OFFICE = re.compile("임기|취임|퇴임|재임|연임")
# Places in a ranking as written: 7위, and several before one 위 (예비경선 3, 4, 5위이던).
_PLACE_WRITTEN = re.compile(r"(?<![\d.])((?:\d{1,3}\s?[,·]\s?)*\d{1,3})\s?위(?!원)")


def _other_places_only(quote: str, asked: tuple[int, ...]) -> bool:
    """The quote writes places in a ranking (7위, 2위로는) and none of the asked ones."""
    written = {int(n) for m in _PLACE_WRITTEN.finditer(quote) for n in re.findall(r"\d+", m.group(1))}
    return bool(written) and written.isdisjoint(asked)


# What makes another office of the same word when written onto it (원내대변인, 수석대변인,
# 부회장, 명예회장, 사무총장); not 공동 (a 공동대표 is the party's leader too).
_OFFICE_PREFIXES = ("원내", "수석", "부", "명예", "사무", "상임", "대리", "정책")


def _another_office(question: Question, quote: str) -> bool:
    """The question asks for the holder of an office, and every mention of its word in the quote
    is of another office (a prefix of _OFFICE_PREFIXES written onto it, or not the question's)."""
    for office in question.specific_focus:
        base = next((office[len(p):] for p in _OFFICE_PREFIXES
                     if office.startswith(p) and len(office) > len(p) + 1), office)
        if base not in PERSON_TITLES and base not in EVENT_ROLES:
            continue
        asked = _glued_before(question.text, base)
        found = [_glued_before(quote, base, at) for at, _ in occurrences(quote, (base,))]
        if found and all(f != asked and (f in _OFFICE_PREFIXES or asked in _OFFICE_PREFIXES) for f in found):
            return True
    return False


# A political party as news names it: …당 (민주당, 더불어민주당, 정의당; not 식당 or 수당), or 국민의힘.
_PARTY = re.compile(r"[가-힣]{2,}당|국민의힘")


def _other_partys_office(question: Question, quote: str) -> bool:
    """The question asks for an office of a party it names before it (민주당 원내대표), and each
    time the quote writes the office, another party's name stands before it."""
    words = question.text.split()
    for i, word in enumerate(words[1:], 1):
        office = next((o for o in question.specific_focus if word.startswith(o)), None)
        if office is None or not _PARTY.fullmatch(words[i - 1]):
            continue
        party = words[i - 1]
        before = [quote[:at].split()[-1:] for at, _ in occurrences(quote, (office,))]
        if before and all(b and _PARTY.fullmatch(b[0]) and not b[0].endswith(party) and not party.endswith(b[0])
                          for b in before):
            return True
    return False


def _glued_before(text: str, word: str, at: int | None = None) -> str:
    """The office prefix written onto word at at (its first occurrence if not given), or with a
    space between (원내 대표), or ""."""
    at = text.find(word) if at is None else at
    if at >= 1 and text[at - 1] == " ":
        at -= 1
    return next((p for p in _OFFICE_PREFIXES if at >= len(p) and text.endswith(p, 0, at)
                 and (at == len(p) or not "가" <= text[at - len(p) - 1] <= "힣")), "")


_SUCCESSOR_WORDS = frozenset({"후임", "후임자", "후계자", "후계"})
# How a report tells that someone took a post: as successor or heir, named, chosen or appointed
# to it, or handed it (진행을 최다니엘에게 넘겼다).
_SUCCESSION = re.compile(r"후임|후계|뒤를\s?이|이어받|물려받|승계|넘겨|넘기|신임|차기|지명|내정|임명|선출|선임|취임|당선|새\s?[가-힣]+으?로")


def _only_unrealised(question: Question, text: str, act: str | None = None) -> bool:
    """Every mention of the act a question asks about (whether or when it happened; and its words
    of the same act) in text is one of its being asked for, pending, to come or supposed."""
    act = act or question.asserted
    forms = (act, *dict(question.synonyms).get(act, ()))
    ends = [end for _, end in occurrences(text, forms)]
    return bool(ends) and all(_UNREALISED.match(text, end) for end in ends)


# After the act's word: its warrant or review (구속영장, 구속 여부), a call or plan for it (사과를
# 요구, 사퇴 촉구, 체포할 방침), what must, will or would be (사과를 해야, 물러나야 한다, 사과하겠다,
# 통과되면, 통과할 경우, 통과되야 가능한).
_UNREALISED = re.compile(r"(?:영장|여부|심사|\s?(?:의\s?)?필요|\s?[을를]?\s?(?:요구|촉구|주장|검토|예정|방침|계획|가능성)"
                         r"|\s?[을를]?\s?(?:해야|하라|하겠|할\s?것|할지|하려|되어야|돼야|되야|될지|되면(?!서)|하면(?!서)|[할될]\s?경우)"
                         r"|야[\"'”’]?\s?[하한할해]"
                         # ... or what did not happen: 통과하지 못하고, 체포되지 않았다, 통과 못 했다.
                         r"|[하되]지\s?(?:못|않)|\s?[을를이가]?\s?못\s?[하했한해])")


# What turns out, rather than what it is of (게임의 진행은 어떻게 되는가 -> 게임은 재시작된다).
_STATES = frozenset("진행 상황 상태 처리 결말 결론 운명 향방 전망 추이 앞날 형편 사정".split())


# Ranks a soldier is named by after the surname (윤 일병, 이 병장).
MILITARY_RANKS = frozenset("이병 일병 상병 병장 하사 중사 상사 원사 소위 중위 대위 소령 중령 대령 준장 중장".split())


# 전 of a match against a team (독일전), written otherwise beside the team's name (독일과의 경기).
_MATCH = "전"
# Words of before and after, glued to the act they follow (발언후: 발언 후).
_RELATIONS = frozenset("후 이후 이전 뒤 앞 당시 직후 직전 무렵 동안".split())


def whole_words(question: Question, qterms: list[QueryTerm], held: np.ndarray, compounds: bool = False,
                rules: WordRules | None = None) -> np.ndarray:
    """held, but a name with a number in it (GRP78 -> grp + 78, 모델3, S8) is held only when
    all its terms are: an article with some other 78 in it does not mention GRP78. (A number
    before its counter, 2008년, is not such a name.) With compounds, every word of several
    terms (장기요양등급, 사망보상금) is: an article about 요양등급 does not tell how to get a
    장기요양등급 - said of the article, not of the quote, which may name it in part.
    rules: word_rules(question, qterms), when worked out once for many articles."""
    if rules is None:
        rules = word_rules(question, qterms)
    out = held.copy()
    for surname, title in rules.pairs:
        if not held[title]:
            out[surname] = False
    for cols in rules.every if compounds else rules.numbered:
        if not held[cols].all():
            out[cols] = False
    return out


class WordRules(NamedTuple):
    """What whole_words checks, as question term columns."""

    pairs: list[tuple[int, int]]  # (surname, title): the surname is held only with the title
    numbered: list[list[int]]  # the terms of each word with a number in it (GRP78)
    every: list[list[int]]  # the terms of each word of several terms, those with a number included


def word_rules(question: Question, qterms: list[QueryTerm]) -> WordRules:
    """The question's WordRules: the same for every article, which whole_words reads four times."""
    column = {q.text: col for col, q in enumerate(qterms)}
    # A person asked about by surname and title (윤 일병, 김 병장) is held only with the title:
    # the 윤 of another article's 윤모씨 is someone else.
    pairs = [(column[surname], column[title]) for surname, title in question.pairs
             if len(surname) == 1 and surname in SURNAMES and (title in PERSON_TITLES or title in MILITARY_RANKS)
             and surname in column and title in column]
    numbered, every = [], []
    for _, terms in question.surfaces:
        # A part that only says the kind of answer (연도 of 출생연도, 이름 of 국장이름) is no word the
        # article must hold, nor 전 of a match against a team (독일전: 독일과의 경기). Nor is a word
        # a chat question glued on without its space that makes no compound: a person's name
        # (황장엽한국에서), a word of before and after (발언후).
        cols = [column[t] for t in terms
                if t in column and not dates_only(question, t) and t != _MATCH and t not in _RELATIONS
                and informative(question, qterms[column[t]]) and not (qterms[column[t]].proper and person_name(t))]
        if len(cols) > 1:
            every.append(cols)
            if any(b.isdigit() and not a.isdigit() for a, b in zip(terms, terms[1:])):
                numbered.append(cols)
    return WordRules(pairs, numbered, every)


def _in_heading(qterms: list[QueryTerm], title_terms: set[str], published: str | None) -> np.ndarray:
    """The question's terms an article holds above its text: its title's, and the year it is
    dated (2020 포스트시즌 asked, a report of April 2020 says 포스트시즌 and never 2020)."""
    year = published[:4] if published else None
    return np.array([q.text in title_terms or q.text == year for q in qterms], dtype=bool)


_LARGE_SUM = re.compile(r"\d[\d,.]*\s?[십백천만]*\s?[억조]")
_CHANGES = frozenset({"줄", "늘", "오르", "내리", "떨어지", "감소", "증가", "상승", "하락", "인상", "인하"})


def _other_model(qterms: list[QueryTerm], held: np.ndarray, question: Question) -> bool:
    """The number of a name (아이폰 16, 갤럭시 S 8) is not in the article: it is about another
    model, edition or year of the thing (아이폰4), whatever else it shares with the question. Nor
    is the name of a model the question writes with its number (갤노트7): an article without it
    is about something else (a truck's 출고 for 갤노트7 출고가)."""
    if any(q.proper and q.text.isdigit() and not h for q, h in zip(qterms, held)):
        return True
    names = {name for name in question.models if not name.isascii()}
    return bool(names) and any(q.text.lower() in names and not h for q, h in zip(qterms, held))


# A year as a quote dates what it tells: 2014년, 2016.11.3, 2016-11-03.
_PRESENT_WORDS = ("현재", "지금", "요즘", "요새", "오늘", "올해", "금년", "이번", "올 ")
# The same words in a quote, 올 only as a word of its own (올 시즌, not 돌아올 때).
_PRESENT_IN_QUOTE = re.compile("|".join(w if w != "올 " else r"(?<!\S)올 " for w in _PRESENT_WORDS))
# A date a quote writes with its year: 2014년, 2015년 1월, 2014년 12월 16일; 2016.11.3, 2016-11-03.
_DATED = re.compile(r"(?<![\d.])(?:((?:19|20)\d\d)\s*년(?:\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?)?"
                    r"|((?:19|20)\d\d)[./-](\d{1,2})[./-](\d{1,2}))")


def _dates(quote: str):
    """The quote's dates with their year, as (year, month, day); 0 for a part not written."""
    for m in _DATED.finditer(quote):
        yield _date_of(m)


def _date_of(m: re.Match) -> tuple[int, int, int]:
    return tuple(int(g) if g else 0 for g in (m.group(1) or m.group(4), m.group(2) or m.group(5),
                                              m.group(3) or m.group(6)))


def _told_as_past(question: Question, quote: str, today: date | None) -> bool:
    """Asked about the present (지금 몇 위야), a quote whose latest year is long gone (리그 1위인
    채로 2014년 새해를 맞이했다) tells how it was, whatever the article's date, or when it has none."""
    # Only the present: 어제, 내일 and 내년 are other times (and 내일 is often a title's word:
    # 《우리에게 내일은 없다》), and what is still to come has its own check (ahead).
    if not (question.recent and today and not question.ahead and question.recent.startswith(_PRESENT_WORDS)):
        return False
    if _PRESENT_IN_QUOTE.search(quote):
        return False  # 현재 대부분의 포획은 …: the quote speaks of its own present
    years = [year for year, _, _ in _dates(quote)]
    return bool(years) and max(years) < today.year - max(1, question.recent_days // 365)


def _dated_ahead(quote: str, published: str | None) -> bool:
    """The quote dates something later than its article was written, with the year
    (2014년 12월 16일부로 폐쇄한다, in an article of 2014-12-12): asked 언제 of what was then to
    come, an old article answers with a date the reader can place. A date no later than the
    article's (2020년 9월 신곡을 발표했다) tells what had happened, and 다음 달 or 오는 16일 has no
    year to place."""
    written = _published_day(published)
    if written is None:
        return False
    for m in _DATED.finditer(quote):
        year, month, day = _date_of(m)
        then = (written.year, month and written.month, day and written.day)
        # The article's own day with 부터 (2012년 9월 10일부터 시행된다): what starts that day was
        # still to come when it was written.
        if (year, month, day) > then or ((year, month, day) == then and day and _FROM.match(quote, m.end())):
            return True
    return False


_FROM = re.compile(r"\s?(?:부터|부로)")


def names_the_day(question: Question, texts, published: str | None) -> bool:
    """Asked about a day (12월 20일 부산 확진자), the article names it (20일 사망한, 12월 20일) or
    was published on it or the day after; one that names only other days counts other days
    (12월 23일 0시 기준 부산 32명). texts: the article's title and passages."""
    if not question.days:
        return True
    day = _published_day(published)
    if day is not None and {(d.month, d.day) for d in (day, day - timedelta(days=1))} & set(question.days):
        return True
    for text in texts:
        for m in _DAY_WRITTEN.finditer(text):
            month = int(m.group("month") or m.group("dotted_month") or 0)
            d = int(m.group("day") or m.group("lone_day") or m.group("dotted_day"))
            if any(d == dd and month in (0, mm) for mm, dd in question.days):
                return True
    return False


def names_the_speaker(question: Question, qterms: list[QueryTerm], in_article: np.ndarray, texts) -> bool:
    """Asked what someone said (아프간 정부는 공습에 뭐라고 했어), the article names them: a report
    quoting only the alliance's spokesman reports another's words. As a term (or another name of
    the country) or as the question writes them: an article may cut a name otherwise (페링하 as
    페링 + 하)."""
    if question.speaker is None:
        return True
    if any(q.text == question.speaker and held for q, held in zip(qterms, in_article.tolist())):
        return True
    return any(question.speaker in text for text in texts)


def names_the_instance(question: Question, texts) -> bool:
    """Asked about a numbered instance (평창 2차 투표 결과), the article names it, or no other
    instance of the same series: one that tells only of the 1차 투표 tells of another vote."""
    if not question.ordinals:
        return True
    written: dict[str, set[int]] = {}  # counter -> the numbers written with it, read once
    for text in texts:
        for m in ORDINAL.finditer(text):
            written.setdefault(m.group(2), set()).add(int(m.group(1)))
    return all(number in written[counter] for number, counter in question.ordinals if counter in written)


# 12월 20일 (8월 28 with its 일 left out), 20일, and a day typed with a dot or a middle dot (12.20, 5·18).
_DAY_WRITTEN = re.compile(rf"(?<![\d.])(?:(?P<month>{MONTH})\s?월\s?(?P<day>{DAY})(?:\s?일|(?!\d))"
                          rf"|(?P<lone_day>{DAY})\s?일|(?P<dotted_month>{MONTH})[.·](?P<dotted_day>{DAY})(?![\d%]))")


def _stale(question: Question, published: str | None, today: date | None) -> bool:
    """The question is about the present and the article older than its words allow."""
    return bool(question.recent_days and published and today and _age(published, today) > question.recent_days)


def _age(published: str, today: date) -> int:
    day = _published_day(published)
    return (today - day).days if day is not None else 0


def _published_day(published: str | None) -> date | None:
    """The day an article is dated (2020-12-21 or a longer ISO time), or None."""
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None
