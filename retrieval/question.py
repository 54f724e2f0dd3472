"""What a question asks for: its search terms, and the kind of phrase that would answer it.

Korean questions say what they want with a handful of words: 누구 (a person), 어디/어느 곳
(a place or an organisation), 언제/몇 년 (a time), 몇 + a counter or 얼마 (an amount in some
unit), 이름이 뭐/뭐라고 불러 (a name). The sentence that answers holds such a phrase, and holds
one the question does not already name. Everything here is read from Kiwi's morphemes.
"""

from __future__ import annotations

import enum
import functools
import re
from dataclasses import dataclass

from .analyzer import QUESTION_WORDS, TAG_CODE, Token, base_tag


class Kind(enum.Enum):
    ANY = "any"  # what, how, why: no particular kind of phrase
    PERSON = "person"
    PLACE = "place"  # a place or an organisation: 어디, 어느 대학
    TIME = "time"
    AMOUNT = "amount"  # a number, with `units` when the question names them
    NAME = "name"  # what something is called: 이름이 뭐야, 뭐라고 불러, 어느 저널
    REASON = "reason"  # why: 왜, 원인이 뭐야, 이유는
    CONTACT = "contact"  # a telephone number, e-mail or web address: 신고 전화번호 뭐야, 홈페이지 주소


@dataclass(frozen=True)
class Question:
    text: str
    terms: tuple[str, ...]  # index terms, in order (repeats kept, as BM25 counts them)
    tags: tuple[int, ...]  # analyzer.TAGS code of each term
    kind: Kind
    units: tuple[str, ...] = ()  # for AMOUNT: counters an answer would use (명, %, km)
    publication: bool = False  # asks where something was published (a journal)
    recent: str | None = None  # the words that tie the question to the present (오늘, 올해, 다음 대선)
    recent_days: int = 0  # how old an article may be to answer it (0: any age)
    focus: frozenset[str] = frozenset()  # the terms the question word asks about (무게 in 무게 얼마야)
    category: str | None = None  # the noun after 어느/무슨 (어느 대학, 무슨 로켓): what the answer is
    synonyms: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (question term, words that mean the same)
    pairs: tuple[tuple[str, str], ...] = ()  # words of neighbouring eojeols (사장단 워크숍)
    names: frozenset[str] = frozenset()  # proper nouns, and numbers that belong to one (아이폰 16)
    # Words of the question as written (폴더블, 제나기즈) with the terms Kiwi made of them: an
    # article may cut a rare word differently, and then holds the word but not the terms.
    surfaces: tuple[tuple[str, tuple[str, ...]], ...] = ()
    grain: str | None = None  # for TIME: the part of a date asked for (년 of 몇 년도, 시 of 시각)
    ahead: bool = False  # asks when something still to come will be (언제 나와, 다음 대선 언제야)
    said: bool = False  # asks what someone said (소감 뭐라고 했어, 강조한 건)
    # Asks where something is or happened, and with which particle: 에서 (어디서 열렸어), 에 (어디에
    # 있어) or 로 (어디로 갔어); None when not.
    located: str | None = None
    asserted: str | None = None  # the act a yes-or-no question asks about (기소 of 결국 기소됐어?)
    outcome: bool = False  # asks how something turned out (판결 어떻게 났어, 징계 어떻게 나왔어)
    # Tied to what is to come by its verb alone (언제 문 닫아), not by a word for now or next: an
    # old article that writes the date out with its year still answers it.
    by_tense: bool = False
    # The days the question names with their month (12월 20일 확진자): (month, day).
    days: tuple[tuple[int, int], ...] = ()
    # The act a when-question asks the time of as done: the word right before 언제, made a verb
    # (통과 of 통과 언제 됐어).
    done: str | None = None
    # Who a question asking what was said asks about (정부 of 아프간 정부는 공습에 뭐라고 했어,
    # 장관 of 케리 국무장관 뭐라고 했어), when it names them before the question word.
    speaker: str | None = None

    @property
    def aliases(self) -> tuple[str, ...]:
        """Other names of the question's names that an article may use instead (북한: 조선민주주의
        인민공화국), to search with beside them."""
        return tuple(a for t in dict.fromkeys(self.terms) for a in ALIASES.get(t, ()))

    @functools.cached_property
    def asks_called(self) -> bool:
        """Asks what something is called (뭐라고 불러, 무엇이라 불리는가): a name right before
        (이)라고 부른다 or 로 불린다 is the thing's, whatever the question calls the thing."""
        return self.kind is Kind.NAME and _ASKS_CALLED.search(self.text) is not None

    @functools.cached_property
    def named_by(self) -> frozenset[str]:
        """The words that say what someone is when the question asks that one's name
        (조종사 이름 뭐야, 고창군수 이름, 아내의 이름은): a quote that writes the word with no
        name beside it speaks of someone left unnamed. Not a word of what someone did (수배된
        사람의 이름은): whoever did it may be named anywhere in the sentence."""
        if self.kind is not Kind.PERSON or "이름" not in self.term_set:
            return frozenset()
        return frozenset(f for f in self.specific_focus if len(f) > 1  # 장 of 응원단장 is in every other word
                         and re.search(re.escape(f) + "(?:의)? ?이름", self.text))

    @property
    def asks_journal(self) -> bool:
        """Asks which journal published something (어느 저널에 실렸어): news names a journal
        beside 게재, 실렸다, 학술지 or 온라인판, and a sentence without one does not say."""
        return self.publication and self.category in JOURNAL_NOUNS

    @functools.cached_property
    def term_set(self) -> frozenset[str]:
        """The question's terms as a set, worked out once: each sentence looked at asks."""
        return frozenset(self.terms)

    @functools.cached_property
    def unspaced(self) -> str:
        """The question as written, without spaces, in lower case (where a phrase may be its
        own word), worked out once."""
        return self.text.replace(" ", "").lower()

    @functools.cached_property
    def fuller_forms(self) -> frozenset[str]:
        """The question's words written in full as it is searched by them (남양주시 for 남양주),
        in lower case, worked out once."""
        return frozenset(f.lower() for t, forms in self.synonyms for f in forms if len(f) > len(t) and f.lower().startswith(t))

    @functools.cached_property
    def casualty(self) -> str | None:
        """Asked how many died (몇 명 죽었어, 사망자 몇 명) or were hurt (몇 명 다쳤어, 부상자 몇 명):
        "died" or "hurt"; asked how many of other people (시위 참가자 몇 명, 몇 명 실종됐어), "other";
        else None (not a count of people, or of all who came to harm: 피해자, 사상자)."""
        if self.kind is not Kind.AMOUNT or "명" not in self.units:
            return None
        for kind, words in CASUALTIES.items():
            if not self.term_set.isdisjoint(words):
                return kind
        return None if self.term_set & _ALL_HARMED else "other"

    @functools.cached_property
    def ordinals(self) -> tuple[tuple[int, str], ...]:
        """The numbered instances the question names (2차 투표, 3호기, 5차전): (number, counter)."""
        return tuple((int(m.group(1)), m.group(2)) for m in ORDINAL.finditer(self.text))

    @functools.cached_property
    def ranks(self) -> tuple[int, ...]:
        """The places in a ranking the question names (종합 1위 어느 나라야, 득점 2위 누구야)."""
        return tuple(int(m.group(1)) for m in RANK.finditer(self.text))

    @functools.cached_property
    def numbered_words(self) -> tuple[str, ...]:
        """The question's words as written that hold a number (1인당, 5차전, 갤럭시s8), worked
        out once: every sentence an amount is looked for in asks."""
        return tuple(w for w, _ in self.surfaces if any(c.isdigit() for c in w))

    @functools.cached_property
    def models(self) -> dict[str, str]:
        """The question's names written with a number after them (ipv6, 노트7): name (lower case) ->
        number. An article about the thing names it, and with that number."""
        out = {}
        for surface in self.numbered_words:
            name = surface.rstrip("0123456789").lower()
            if len(name) >= 2 and not any(c.isdigit() for c in name):
                out[name] = surface[len(name):]
        return out

    @functools.cached_property
    def asks_count(self) -> bool:
        """Asks for a number: an amount in a unit (몇 명, 얼마 -> 원), or 얼마 or 몇 without one (어느
        정도 asks a degree, often answered in words: 최장 4년, 어느 정도 발전된 식민지). A quote
        without one does not give it."""
        return self.kind is Kind.AMOUNT and (bool(self.units) or _ASKS_NUMBER.search(self.text) is not None)

    @functools.cached_property
    def asks_verdict(self) -> bool:
        """Asks how a lawsuit or a trial turned out (소송 결과 어떻게 나왔어): a court's decision
        answers, not the suit's being filed."""
        return self.outcome and not LEGAL_PROCEEDINGS.isdisjoint(self.terms)

    @property
    def specific_focus(self) -> frozenset[str]:
        """Focus words that are not just the kind of answer (소송 in "소송 어떻게 됐어", not 곳 or
        인물): an article that never mentions them cannot answer."""
        return frozenset(t for t in self.focus if t not in CATEGORY_NOUNS and not self.names_the_kind(t)
                         and not (self.kind is Kind.PERSON and t in _MEMBERS))

    def names_the_kind(self, text: str) -> bool:
        """The word names the kind of answer asked for and nothing more: the noun after 어느/무슨
        (어느 대학's 대학), or what was said in a question of what someone said (소감 of 소감 뭐라고
        했어: the quote's words are the 소감, which it need not write)."""
        return text == self.category or (self.said and text in _SPEECH_NOUNS)


# Who belongs to a group, asked who (카라 소송 낸 멤버 누구야): a report names them without the word.
_MEMBERS = frozenset({"멤버", "구성원"})


# The words a question asks a count of the dead or the hurt with, and a report gives it with.
CASUALTIES = {"died": frozenset("죽 숨지 사망 사망자 목숨 희생 희생자".split()),
              "hurt": frozenset("다치 부상 부상자 중상 경상 부상당하 중경상".split())}
# ... and of everyone harmed, the dead and the hurt together.
_ALL_HARMED = frozenset("피해 피해자 사상 사상자 인명피해".split())


# A numbered instance of something that happens or is made in a series (2차 투표, 3호기, 5차전, 2라운드,
# 무궁화위성 6호, 제15호 태풍), with a particle or alone: 2차례 counts times, 1차로 is no instance.
ORDINAL = re.compile(r"(?<![\d.,])(\d{1,3})\s?(차전|호기|회차|라운드|번째|쿼터|세트|차|호)(?:[은는이가도의에을를와과]|에서)?(?![가-힣])")
# A place in a ranking (1위, 3위로), not a committee (1위원회).
RANK = re.compile(r"(?<![\d.,])(\d{1,3})\s?위(?:[은는이가도의에을를와과]|로|에서)?(?![가-힣])")


# Proceedings a court decides: asked how one turned out, the decision answers.
LEGAL_PROCEEDINGS = frozenset("소송 행정소송 본안 재판 항소 항소심 상고 상고심 1심 2심 파기환송심 공판 소청 심판".split())
# 몇 퍼 is how a chat says 몇 %; every form is listed so that the one asked with is dropped from
# the words an answer must share, like 명 of 몇 명.
_PERCENT = ("%", "％", "퍼센트", "프로", "퍼")
# Words after 몇 (or 얼마) that say what is counted, and the counters an answer writes them
# with. Unlisted counters stand for themselves (몇 편 -> 편).
# The units of a score (몇 대 몇): 2-1, 3:0 and 1대 0 are read whole.
SCORE = ("대", "-", ":")
# The units of a temperature or an angle, and of an area, each asked for in more than one way.
_DEGREES = ("도", "℃", "°")
_AREAS = ("㎡", "㎢", "평", "헥타르", "ha", "제곱미터", "제곱킬로미터")
_UNIT_ALIASES = {
    "살": ("살", "세"),
    "세": ("세", "살"),
    "퍼": _PERCENT,
    "퍼센트": _PERCENT,
    "프로": _PERCENT,
    "%": _PERCENT,
    "명": ("명", "여명", "인"),
    "개": ("개", "가지", "종"),
    "가지": ("가지", "개", "종"),
    # Places are counted as 곳, 개소 (official counts: 59개소 중 41개소), 군데 and 개 (3개의 지정해역).
    **dict.fromkeys(("곳", "개소", "군데"), ("곳", "개소", "군데", "개")),
    "km": ("km", "㎞", "킬로미터", "킬로"),
    "cm": ("cm", "㎝", "센티미터", "센티"),
    "kg": ("kg", "㎏", "킬로그램", "킬로"),
    # 몇 킬로, 몇 키로 (as chat spells it): kilometres or kilograms, whichever the article gives.
    **dict.fromkeys(("킬로", "키로"), ("km", "㎞", "킬로미터", "kg", "㎏", "킬로그램", "킬로")),
    "배": ("배",),
    # Machines are counted as 대, and as anything is, 개 (500개의 슈팅스타가 동원됐다).
    "대": ("대", "개"),
    # Houses are counted as 채, and in reports as 동, 가구, 세대 or 곳 (주택 등 158곳이 피해를 봤다).
    "채": ("채", "동", "가구", "세대", "곳"),
    # Degrees, of heat or of an angle, are written as signs too: 4.8℃, 26°.
    "도": _DEGREES,
    "년": ("년",),
    "번째": ("번째", "회", "차"),
    "번": ("번", "차례", "회"),
    "원": ("원", "달러", "유로", "엔", "위안"),
}
# A unit asked in words is given in symbols, and the other way round (몇 미터 -> 1.3m).
for _group in (("m", "미터"), ("km", "㎞", "킬로미터"), ("cm", "㎝", "센티미터", "센티"), ("mm", "㎜", "밀리미터", "밀리"),
               ("kg", "㎏", "킬로그램"), ("g", "그램"), ("t", "톤"), ("l", "ℓ", "리터"),
               ("gb", "기가바이트", "기가"), ("mb", "메가바이트", "메가"), ("tb", "테라바이트", "테라"),
               ("w", "와트"), ("kw", "킬로와트"), ("kwh", "킬로와트시"), ("hz", "헤르츠")):
    for _unit in _group:
        _UNIT_ALIASES.setdefault(_unit, _group)
_ASKS_NUMBER = re.compile(r"얼마|몇")
_TIME_COUNTERS = {"월", "일", "시", "분기", "년도", "연도", "시각", "요일"}
MONEY = ("원", "달러", "유로", "엔", "위안", "파운드")
# A prison term asked in years (징역 몇 년, 몇 년형): 12년, 7년형, never a year of the calendar.
TERM_YEARS = ("년형", "년")
SPAN_YEARS = ("년간", "년")  # 몇 년 동안: a number of years, which no year of the calendar is
_HOW_LONG = frozenset({"동안", "간", "만", "째", "씩"})
# 몇 년 됐어, 몇 년 지났어, 몇 년 이어졌어: how many years have passed, never which year.
_YEARS_PASS = frozenset({"되", "지나", "흐르", "걸리", "이어지", "계속되", "지속되"})
_SENTENCE_NOUNS = frozenset({"징역", "금고", "실형", "형", "형량", "구형", "선고", "복역"})
DURATION = ("년", "개월", "달", "주", "일", "시간", "분", "초")  # how long: 얼마나 걸려, 기간
# A speed's units (phrases.py tells a speed from a distance in them), and rain's and snow's.
SPEED = ("km", "㎞", "m", "노트", "마하", "킬로미터")
_FALLEN = ("mm", "㎜", "cm", "㎝", "밀리미터", "센티미터", "밀리", "센티")
# Nouns that say what is measured, and the units an answer gives it in (무게 얼마야 -> 280g).
_MEASURES = {
    **dict.fromkeys("무게 중량 체중".split(), ("g", "kg", "mg", "㎏", "㎎", "t", "톤", "그램", "킬로그램", "킬로")),
    # A count is given with the counter of what is counted (사건 2건, 섬 3곳, 음반 120만 장, 원전
    # 4기, 미사일 2발): any of them.
    **dict.fromkeys("개수 갯수".split(), ("개", "가지", "종", "건", "곳", "명", "마리", "대", "편", "권", "척", "차례", "장",
                                          "채", "그루", "기", "발", "부", "곡", "개국")),
    "가짓수": ("개", "가지", "종"),
    **dict.fromkeys("나이 연령 향년".split(), ("살", "세")),
    # What was spent or lost is often told by its verb (1000억원을 들여, 투입, 피해를 입었다).
    **dict.fromkeys("가격 값 비용 금액 돈 예산 투자액 투자금 사업비 공사비 건설비 치료비 발사비 손해 피해액 손실액 "
                    "인수가 몸값".split(), MONEY),
    **dict.fromkeys("거리 길이 높이 깊이 키 폭 지름 반지름 고도 신장".split(),
                    ("m", "km", "cm", "mm", "㎞", "㎝", "㎜", "미터", "킬로미터", "센티미터", "광년", "마일", "피트")),
    # A size is a length or an area, from a virus's (80nm) to a structure of the universe's
    # (12억 광년).
    "크기": ("m", "km", "cm", "mm", "nm", "㎞", "㎝", "㎜", "㎚", "㎛", "미터", "킬로미터", "센티미터", "밀리미터",
           "나노미터", "마이크로미터", "인치", "광년", "마일", "피트", *_AREAS),
    **dict.fromkeys("속도 시속 속력 초속".split(), SPEED),
    **dict.fromkeys("화소 화소수".split(), ("화소", "픽셀")),
    **dict.fromkeys("온도 기온 체온 수온".split(), _DEGREES),
    **dict.fromkeys("비율 확률 비중 지지율 점유율 정확도 인상률 성장률 증가율 감소율 효율 득표율 투표율 "
                    "실업률 금리 퍼센트 수익률 응답률 정답률 승률".split(), ("%", "％", "퍼센트", "프로", "배")),
    # A poll's answers are counted in shares (찬성 응답 68.7%), or in people.
    "응답": ("%", "％", "퍼센트", "프로", "명"),
    **dict.fromkeys("출력 전력".split(), ("W", "kW", "KW", "MW", "GW", "와트", "마력")),
    **dict.fromkeys("인구 환자 관객 인원 사망자 부상자 확진자 감염자 참가자 가입자 이용자 응답자".split(), ("명", "인")),
    **dict.fromkeys("면적 넓이".split(), (*_AREAS, "m2", "km2", "m²", "km²")),
    **dict.fromkeys("기간 동안".split(), DURATION),
    # How often or for how long: 4년마다, 5년 임기.
    **dict.fromkeys("주기 간격 임기".split(), DURATION),
    **dict.fromkeys("번호 전화번호 번지".split(), ("",)),  # any number will do
    # Measures news gives in units of their own: a car's mileage per litre, a concentration (of
    # alcohol in blood, of dust in air), an engine's displacement.
    "연비": ("km/ℓ", "km/L", "km/l", "㎞/ℓ", "㎞/L", "km", "㎞", "킬로미터"),
    **dict.fromkeys("농도 알코올농도 혈중알코올농도".split(),
                    ("%", "％", "퍼센트", "ppm", "ppb", "㎍", "μg", "마이크로그램", "mg", "㎎")),
    "배기량": ("cc", "CC", "㏄", "ℓ", "L", "리터"),
    # A building's height in floors (층수 얼마: 4층 높이에).
    "층수": ("층",),
    # Rain and snow, in millimetres or centimetres (거제 4.5mm, 적설량 20cm).
    **dict.fromkeys("강수량 강우량 적설량 강설량 누적강수량 일강수량".split(), _FALLEN),
}
# Sums with a name of their own: asked 과징금 얼마, an article that never says 과징금 does not
# answer with the price of a text message. (가격, 비용 and 돈 only say that money is asked.)
NAMED_SUMS = frozenset(
    "매출 매출액 이익 영업이익 순이익 수익 적자 흑자 부채 빚 세수 수출액 수입액 시가총액 시가 시세 단가 원가 정가 "
    "추경 연봉 요금 운임 수수료 등록금 보증금 월세 전세금 과징금 과태료 벌금 배상금 위자료 보상금 지원금 상금 "
    "기부금 후원금 성금 환율".split()
)
_MEASURES.update(dict.fromkeys(NAMED_SUMS, MONEY))
# Spans of time a quote that tells them names (임기 언제까지: not by the day of a telephone call).
NAMED_SPANS = frozenset({"임기"})
# 얼마어치, 몇 원어치: the worth of what is counted, in money; no article writes the word beside its sum
# (2억 7760만원 규모), so it is asked by and never searched for.
_WORTH = "어치"
_MEASURES[_WORTH] = MONEY
# Keyword questions ("슈퍼문 최근접 시각") name what they want with their last noun.
_TIME_NOUNS = {"시각", "시점", "날짜", "연도", "년도", "일시", "시기", "날", "때", "해", "연대", "요일", "일자", "기일",
               "예정일", "기한", "시한"}
# Asked on their own (장성택 생년월일), a date; unlike 날짜 or 연도 they say what is dated, and an
# article must say it too (태어났다, 출생).
_BIRTH_NOUNS = frozenset({"생일", "생년월일"})
_KEYWORD_PLACE_NOUNS = {"장소", "지역", "국가", "나라", "도시", "소속", "출신", "기업", "회사", "업체", "기관", "대학",
                        "학교", "단체", "매체", "언론사", "연구소", "병원", "제조사", "개발사"}
# The heads of institutions: people, and, asked for, named only by an article that says the title
# (an article that never says 관장 does not say who heads the welfare centre).
_HEADS = frozenset("관장 교장 학장 원장 총장 소장 센터장 회장 사장 이사장 위원장 단장 국장 실장 청장 처장 "
                   # ... and of their parts: a team, a department, a shop, a village.
                   "반장 부장 과장 조장 계장 점장 역장 이장 면장 동장".split())
# The parts people have in a crime or an accident, by which news names them (범인 고종석은, 운전자
# 김모씨): a person asked for, a part a report that tells who had it names, a title before a name.
CRIME_PARTS = frozenset("범인 용의자 피의자 가해자 피해자 제보자 운전자 기관사".split())
_PERSON_NOUNS = _HEADS | CRIME_PARTS | set(
    "사람 교수 박사 연구원 연구자 과학자 학생 저자 제1저자 주인공 대표 위원 좌장 장관 "
    "대통령 총리 의원 감독 선수 작가 기자 책임자 개발자 창업자 설립자 우주인 전문가 주민 "
    "변호사 변호인 의사 환자 부사장 팀장 장 서장 직무대리 재판장 관방장관 차장 함장 "
    # Roles news names people by (아시아나 기장 이름 뭐야: a person is asked for, not a name of a thing).
    "기장 부기장 선장 조종사 비행사 승무원 지휘관 사령관 장군 피고인 "
    # (Not an artist's: "…를 부른 가수는?" is answered by "체크가 불렀다", which never says 가수,
    # and a role stays a word the article must hold.)
    "희생자 당선자 당선인 후보자 수상자 우승자 득점왕 발견자 창시자 지도자 대변인 의장 부회장 "
    "국왕 여왕 황제 교황 목사 판사 경찰관 소방관 외교관 진행자 사회자 "
    # ... and people by their work at a place (J초등학교 체육교사 이름 뭐야).
    "교사 강사 간호사 경비원 직원 선생님".split()
)
# Offices that change hands: asked who holds one (외교부 대변인 누구야), the newest report tells.
OFFICES = _HEADS | frozenset(
    "대변인 원내대변인 장관 차관 총리 대통령 부통령 의장 대표 대표이사 총재 지사 군수 구청장 교육감 대사 "
    "비서실장 감독 코치 주장 국무장관 사무총장 의원".split())
# Whose name is asked (장성택 부인 이름 뭐야, 해수부 차관 이름, 목장 주인 이름): people by their
# family, whom they stand close to, their rank, crew or trade, or an office. Only before 이름:
# asked on its own (테드 번디의 아버지는?) such a word is often answered by a sentence that names
# the person by another word. (Not 남성 or 여성: an article calls them otherwise, 여자친구, 그녀.
# 관계자 is: news quotes an official as 서울시 관계자 and names them beside the word if at all.)
_NAMED_AS_PEOPLE = OFFICES | frozenset(
    "부인 아내 남편 아들 딸 어머니 아버지 엄마 아빠 부모 형 동생 누나 언니 오빠 할머니 할아버지 손자 손녀 "
    "사위 며느리 조카 배우자 약혼자 약혼녀 애인 측근 "
    "장교 병사 군인 사병 선원 어민 농민 주인 노동자 근로자 범 승객 탑승객 관계자 운전사 임원 간부".split())
# Parts people have in an event, which a report that tells who had them names (진행자, 당선자,
# 연구팀장): unlike an occupation (선수, 작가), never left for the reader to infer.
EVENT_ROLES = _HEADS | CRIME_PARTS | frozenset(
    "진행자 사회자 당선자 당선인 후임 후임자 전임자 목격자 신고자 발견자 "
    "수상자 우승자 책임자 대변인 팀장 연구팀장 연구책임자 대표 대표이사 주인 "
    # ... and the heads of a team: its coach and its captain.
    "감독 코치 주장".split()
)
_PLACE_NOUNS = set(
    "곳 장소 지역 나라 국가 도시 대학 대학교 학교 회사 기업 기관 업체 매체 언론 언론사 연구소 연구원 "
    "연구진 연구팀 팀 병원 공장 학회 단체 정부 부처 국립공원 공원 지방 주 시 섬 해역 소속 출신".split()
)
_PUBLICATION_NOUNS = {"저널", "학술지", "논문", "잡지", "학회지"}
_PAPER_NOUNS = {"논문", "연구", "결과", "성과"}
JOURNAL_NOUNS = frozenset({"저널", "학술지", "학회지"})
_PUBLISH_VERBS = {"실리", "게재", "싣", "발표", "나오"}
_NAME_NOUNS = {"이름", "명칭", "별명", "별칭", "제목", "애칭", "이름표", "풀네임", "약자", "뜻", "용어"}
_CALL_VERBS = {"부르", "불리", "하", "칭하", "일컫"}
_ASKS_CALLED = re.compile(r"(?:뭐|무엇|머)\s?(?:이)?라(?:고)?\s?(?:불|부르|부른|칭|일컫|일컬)")
_SAY_VERBS = {"말하", "말", "밝히", "강조", "설명", "주장", "정의", "답하", "대답", "발표", "언급", "지적", "전하"}
_PRICE_ENDINGS = set("료비금값액")
_NOT_PRICES = set("장비 설비 준비 대비 예비 자료 재료 연료 원료 음료 의료 동료 종료 지금 소금 황금 혈액 용액 무료".split())
_DURATION_WORDS = {"걸리", "오래", "동안", "기간", "지속"}
# Acts that last a while: 얼마나 before one asks how long (공항 얼마나 폐쇄됐어: 1시간 가량; 이륙 얼마나
# 멈췄어: 50분), where 정전 피해액 얼마야 asks a sum.
_LASTING_ACTS = {"폐쇄", "중단", "멈추", "정지", "지연", "늦", "머물", "체류", "유예", "연기", "정전", "통제", "마비",
                 "휴업", "휴교", "파업", "단식", "결항", "운휴", "휴장", "휴관"}
# Acts of growing or shrinking: 얼마나 before one asks by how much, which news often gives as a
# share (매출 44.5% 증가); 얼마까지 or 얼마로 before one asks the level reached.
_CHANGE_ACTS = frozenset({"늘", "늘어나", "불어나", "줄", "줄어들", "오르", "뛰", "떨어지", "내리", "증가", "감소", "상승",
                          "하락", "급증", "급감", "급등", "급락", "확대", "축소", "인상", "인하"})
_TO_A_LEVEL = (["까지"], ["로"], ["으로"])
_TRADE_VERBS = {"사", "팔", "팔리", "구입", "구매", "매입", "매각", "인수", "낙찰", "거래", "들", "들이",
                "지불", "지급", "납부", "기부", "후원"}
# Words that tie a question to the present (오늘, 올해, 이번 주): asked of an old article, such
# a question is answered by what was true then.
# Each with how many days old an article may be to answer it.
_NOW_WORDS = {"오늘": 7, "어제": 7, "내일": 7, "모레": 7, "지금": 7, "현재": 365, "요즘": 365, "요새": 365,
              "올해": 365, "금년": 365, "내년": 365, "작년": 730}
_NOW_PREFIXES = {"이번", "다음", "지난", "올"}
_NOW_PERIODS = {"주": 14, "주말": 14, "달": 60, "시즌": 365, "분기": 120}
_FUTURE_DAYS = 365


MAX_TERM_CHARS = 40
MAX_MISTYPED = 7  # syllables of the longest word read as mistyped (each costs ~70 lookups)
_SPLIT_TAGS = ("NNP", "NNG", "NNB", "MM", "MAG", "XR", "VV", "VA", "NR", "XPN", "XSN")


def rejoin(text: str, tokens: list[Token], known, inside=None) -> list[Token]:
    """Runs of one- and two-syllable morphemes inside one word (박남규 read as 박 + 남 + 규) are
    one term again when the index knows the whole: Kiwi cuts names it has not seen, and cuts
    them differently in a question than in an article."""
    out: list[Token] = []
    # Whether each token may be a piece of a cut word (short, of a tag Kiwi cuts names into),
    # worked out once: the run below is looked for again from every token.
    piece = [len(t.form) <= 2 and base_tag(t.tag) in _SPLIT_TAGS for t in tokens]
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and piece[j] and (j == i or tokens[j].start == tokens[j - 1].end):
            j += 1
        # Not a counter and its suffix (번 + 째 of 첫 번째), which the articles cut the same way.
        if j - i >= 2 and any(t.pieces for t in tokens[i:j]) and not _counter_suffix(tokens[i:j]):
            if known(text[tokens[i].start:tokens[j - 1].end].lower()):
                code = next(t.pieces[0][3] for t in tokens[i:j] if t.pieces)
                out.append(_whole_word(text, tokens[i].start, tokens[j - 1].end,
                                       code if code in PROPER_CODES else TAG_CODE["NNP"]))
                i = j
                continue
        grown = _grown(text, tokens, i, known) or _measured_word(text, tokens, i, known)
        if grown is not None:
            out.append(grown)
            i += 1
            while i < len(tokens) and tokens[i].start < grown.end:
                i += 1  # the particles and endings Kiwi read into the word
            continue
        out.extend(_split_unknown(tokens[i], known, inside))
        i += 1
    return out


def _misread(text: str, tokens: list[Token], known) -> list[Token]:
    """A written word of two or more syllables that the index knows whole (탈선, 사인, 강훈) but
    that Kiwi, without an article around it, read as a stem and an ending or a particle cut out
    of a syllable (타 + ㄹ + 선, 사이 + ㄴ, 강 + 후 + ㄴ): one noun again, as the articles have it;
    a particle after it stays."""
    # Most questions have only verbs' endings closing their words (개발한): nothing to join.
    if not any(_is_final(t.form) and (base_tag(t.tag) != "ETM" or (n + 1 < len(tokens) and tokens[n + 1].start <= t.end))
               for n, t in enumerate(tokens)):
        return tokens
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        j = i + 1
        while j < len(tokens) and tokens[j].start <= tokens[j - 1].end:
            j += 1  # tokens[i:j] are one written word (a final cut out shares its syllable)
        word_end = j
        if any(_cut_final(tokens, n, j) for n in range(i, j)):
            for k in range(j, i + 1, -1):
                whole = text[tokens[i].start:tokens[k - 1].end]
                if len(whole) >= 2 and _HANGUL_WORD.fullmatch(whole) and known(whole) \
                        and any(_cut_final(tokens, n, k) for n in range(i, k)):
                    # Syllables Kiwi found no word in (강 + 후 + ᆫ of 강훈) are a name, as in rejoin.
                    tag = "NNP" if all(len(t.form) == 1 and base_tag(t.tag) in ("NNG", "NNP")
                                       for t in tokens[i:k] if not _is_final(t.form)) else "NNG"
                    out.append(_whole_word(text, tokens[i].start, tokens[k - 1].end, TAG_CODE[tag], tag))
                    i = k
                    break
        out.extend(tokens[i:word_end])
        i = word_end
    return out


def _suffix_across_space(text: str, tokens: list[Token], known) -> list[Token]:
    """A word that Kiwi read as the verb suffix of the noun before it, across the space between
    them (매몰 돼지 as 매몰 + 되 + 어 + 지): a suffix never begins a written word, and when the word
    (or the word without a one-syllable particle) is one the index knows, it is that noun."""
    def begins_word(tok: Token) -> bool:
        return base_tag(tok.tag) in ("XSV", "XSA") and tok.start > 0 and text[tok.start - 1] == " "

    if not any(map(begins_word, tokens)):
        return tokens
    out: list[Token] = []
    skip_to = -1
    for tok in tokens:
        if tok.start < skip_to:
            continue
        if begins_word(tok):
            end = tok.start
            while end < len(text) and "가" <= text[end] <= "힣":
                end += 1
            for stop in (end, end - 1):
                if stop - tok.start >= 2 and known(text[tok.start:stop]):
                    out.append(_whole_word(text, tok.start, stop, TAG_CODE["NNG"], "NNG"))
                    skip_to = stop
                    break
            if skip_to > tok.start:
                continue
        out.append(tok)
    return out


# Question words as Kiwi tags them when it reads them right.
_WH_TAGS = {"언제": "MAG", "어디": "NP", "누구": "NP", "얼마": "NNG", "얼마나": "MAG", "며칠": "NNG", "무엇": "NP"}


def _question_words_whole(text: str, tokens: list[Token]) -> list[Token]:
    """A question word written as a word of its own is that word, however Kiwi read it next to
    the words around it (위키백과 언제 설립됐어 as 언 + 제, a noun and a suffix)."""
    out, changed = list(tokens), False
    for m in _HANGUL_WORD.finditer(text):
        tag = _WH_TAGS.get(m.group())
        if tag is None:
            continue
        inside = [i for i, t in enumerate(out) if m.start() <= t.start < m.end()]
        if inside and not any(out[i].form == m.group() for i in inside):
            out[inside[0]:inside[-1] + 1] = [Token(m.group(), tag, m.start(), m.end(), ())]
            changed = True
    return out if changed else tokens


def _cut_final(tokens: list[Token], n: int, end: int) -> bool:
    """tokens[n] is a final consonant cut out of a syllable of the word tokens[..end]: inside
    the word (ᆯ of 타 + ᆯ + 선), or a particle closing it (ᆫ of 사이 + ᆫ). An ending that closes
    a verb (대하 + ᆫ of 대한, 만들 + ᆫ) is how the word is read, and stays."""
    return _is_final(tokens[n].form) and (n < end - 1 or base_tag(tokens[n].tag) != "ETM")


def _is_final(form: str) -> bool:
    """A final consonant on its own (ᆫ of 사인, ᆯ of 탈선), as Kiwi writes one it cut out of a
    syllable as an ending or a particle."""
    return len(form) == 1 and "\u11a8" <= form <= "\u11ff"


_HANGUL_WORD = re.compile("[가-힣]+")


def _counter_suffix(run: list[Token]) -> bool:
    return base_tag(run[0].tag) == "NNB" and all(base_tag(t.tag) == "XSN" for t in run[1:])


def _grown(text: str, tokens: list[Token], i: int, known) -> Token | None:
    """A noun the index does not know, whose word goes on in one or two syllables that Kiwi read
    as grammar (오토파지 as 오토파 + 이 + 지): the whole word, when the index knows it."""
    tok = tokens[i]
    if len(tok.pieces) != 1 or base_tag(tok.tag) not in ("NNG", "NNP") or known(tok.pieces[0][0]):
        return None
    following = [t for t in tokens[i + 1:] if t.start < tok.end + 2 and " " not in text[tok.end:t.end]]
    for stop in sorted({t.end for t in following if t.end <= tok.end + 2}, reverse=True):
        covered = [t for t in following if t.start < stop]
        whole = text[tok.start:stop]
        if any(t.pieces or t.end > stop for t in covered) or not all("가" <= c <= "힣" for c in whole):
            continue
        if known(whole.lower()):
            return _whole_word(text, tok.start, stop, TAG_CODE["NNP"])
    return None


def _measured_word(text: str, tokens: list[Token], i: int, known) -> Token | None:
    """A word that Kiwi reads, before 얼마 or 몇, as a one-syllable noun and the subject's
    particle: a price of -가 (價) (시가 얼마였어 as 시 + 가, 주가 얼마야 as 주 + 가) or a length
    (길이 얼마나 돼 as 길, a road, + 이): the whole word, when the index knows it."""
    tok = tokens[i]
    if len(tok.form) != 1 or base_tag(tok.tag) not in ("NNG", "NNB") or i + 2 >= len(tokens):
        return None
    particle, after = tokens[i + 1], tokens[i + 2]
    if particle.form not in ("가", "이") or particle.start != tok.end or after.form not in ("얼마", "얼마나", "몇"):
        return None
    word = tok.form + particle.form
    return _whole_word(text, tok.start, particle.end, TAG_CODE["NNG"]) if known(word) else None


def _whole_word(text: str, start: int, end: int, code: int, tag: str = "NNP") -> Token:
    """text[start:end] as one token and one term, where Kiwi cut it into several."""
    whole = text[start:end]
    return Token(whole, tag, start, end, ((whole.lower(), 0, len(whole), code),))


_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})")
_ANY_UNIT = frozenset(u.lower() for units in (*_UNIT_ALIASES.values(), *_MEASURES.values()) for u in units if u)


def _dotted_dates(tokens: list[Token], known) -> list[Token]:
    """An event named by its date (5·18 민주화운동, 2·26 사건, 3·1절) typed with a full stop, as
    keyboards have no middle dot (5.18 광주): the month and the day, as the articles write them,
    when the index does not know the dotted number. (A decimal, 4.29%, is followed by its unit.)"""
    out: list[Token] = []
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        m = _DOTTED_DATE.fullmatch(tok.form)
        if (m and base_tag(tok.tag) == "SN" and len(tok.pieces) == 1 and nxt is not None
                and base_tag(nxt.tag) in ("NNG", "NNP") and nxt.form.lower() not in _ANY_UNIT and nxt.start - tok.end <= 1
                and 1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 31 and not known(tok.form)):
            month, day = m.group(1), m.group(2)
            code = tok.pieces[0][3]
            out.append(Token(month, tok.tag, tok.start, tok.start + len(month), ((month, 0, len(month), code),)))
            out.append(Token(day, tok.tag, tok.end - len(day), tok.end, ((day, 0, len(day), code),)))
        else:
            out.append(tok)
    return out


_PARTICLES = ("에게서", "으로", "에서", "에게", "까지", "부터", "의", "은", "는", "이", "가", "을", "를", "에", "와", "과", "도", "로")


def _split_unknown(tok: Token, known, inside=None) -> list[Token]:
    """A word the index does not know, written as two words it knows (한스뮐러 for the
    article's 한스 뮐러): those two. Questions in chat leave out spaces articles keep. A known
    name with a particle Kiwi did not split off (전현희의): the name. A word mistyped: the word
    meant (see _misspelled)."""
    if len(tok.pieces) != 1 or base_tag(tok.tag) not in ("NNP", "NNG"):
        return [tok]
    term, a, b, code = tok.pieces[0]
    n = len(term)
    if n < 2 or not all("가" <= c <= "힣" for c in term) or known(term):
        return [tok]
    # A word the articles write only inside longer ones (진원 of 진원지) is no slip: 지원 is not meant.
    if base_tag(tok.tag) == "NNG" and n <= 4 and (inside is None or not len(inside(term))):
        meant = _misspelled(term, known, _common_slips)
        if meant is not None:
            return [_one(tok, meant)]
    if n < 3:
        return [tok]
    # Kiwi leaves a particle on a name it does not know (전현희의): the name alone.
    for particle in _PARTICLES:
        stem = term[:-len(particle)]
        if term.endswith(particle) and len(stem) >= 2 and known(stem):
            return [Token(tok.form[:a + len(stem)], tok.tag, tok.start, tok.start + a + len(stem), ((stem, a, a + len(stem), code),))]
    k = _cut_in_two(term, known)
    if k is not None:
        return _at_cuts(tok, term, (k,))
    cuts = _cut_in_words(term, known)
    if cuts:
        # 볼라벤중심기압, 도쿄폭설적설량: three words or more typed without their spaces.
        return _at_cuts(tok, term, cuts)
    if n > MAX_MISTYPED:
        return [tok]
    meant = _misspelled(term, known, _letter_slips)
    if meant is not None:
        return [_one(tok, meant)]
    # Mistyped, and written as two words in the articles (소백산천뭉대: 소백산 천문대).
    cuts = _mistyped_cuts(term, known)
    if len(cuts) == 1:
        meant, k = cuts.pop()
        return _at_cuts(tok, meant, (k,))
    return [tok]


def _mistyped_cuts(term: str, known) -> set[tuple[str, int]]:
    """The words a letter away from term that split into two words the index knows, each with
    its cut; a slip on one side of the cut, the other side as typed."""
    out = set()
    for k in range(2, len(term) - 1):
        left, right = term[:k], term[k:]
        if known(right):
            out.update((v + right, k) for v in _letter_slips(left) if known(v))
        if known(left):
            out.update((left + v, k) for v in _letter_slips(right) if known(v))
    return out


def _cut_in_two(term: str, known) -> int | None:
    """Where term splits into two words the index knows, of two syllables or more each."""
    n = len(term)
    for k in sorted(range(2, n - 1), key=lambda k: abs(n - 2 * k)):  # the most even cut first
        if known(term[:k]) and known(term[k:]):
            return k
    return None


def _cut_in_words(term: str, known) -> tuple[int, ...]:
    """Where term splits into the fewest words the index knows, of two syllables or more each;
    () when it does not."""
    n = len(term)
    best: list[tuple[int, ...] | None] = [None] * (n + 1)  # best[i]: the cuts of term[:i]
    best[0] = ()
    for end in range(2, n + 1):
        for start in range(0, end - 1):
            before = best[start]
            if before is None or not known(term[start:end]):
                continue
            cuts = before + (start,) if start else ()
            if best[end] is None or len(cuts) < len(best[end]):
                best[end] = cuts
    return best[n] or ()


def _at_cuts(tok: Token, term: str, cuts: tuple[int, ...]) -> list[Token]:
    """tok read as term (its one piece, as typed or as meant), cut at each of cuts (offsets in term)."""
    _, a, b, code = tok.pieces[0]
    form = tok.form[:a] + term + tok.form[b:]
    bounds = (0, *cuts, len(term))
    out = []
    for i, j in zip(bounds, bounds[1:]):
        last = j == len(term)
        if i == 0:
            out.append(Token(form[:a + j], tok.tag, tok.start, tok.start + a + j, ((term[:j], a, a + j, code),)))
        else:
            out.append(Token(form[a + i:] if last else form[a + i:a + j], tok.tag, tok.start + a + i,
                             tok.end if last else tok.start + a + j, ((term[i:j], 0, (b - a if last else j) - i, code),)))
    return out


def _one(tok: Token, meant: str) -> Token:
    """tok read as the word meant throughout (무개 얼마 asks a weight, as 무게 does)."""
    _, a, b, code = tok.pieces[0]
    return Token(tok.form[:a] + meant + tok.form[b:], tok.tag, tok.start, tok.end, ((meant, a, b, code),))


# Vowels typed for each other (ㅐ/ㅔ, ㅒ/ㅖ, ㅙ/ㅚ/ㅞ), and final consonants dropped or added by
# a slip or a misremembered spelling (궈력 for 권력, 갯수 for 개수), by their Unicode indices.
_VOWEL_SLIPS = {1: (5,), 5: (1,), 3: (7,), 7: (3,), 10: (11, 15), 11: (10, 15), 15: (10, 11)}
_FINAL_SLIPS = (4, 21, 8, 16, 1, 19)  # ㄴ ㅇ ㄹ ㅁ ㄱ ㅅ


def _misspelled(word: str, known, slips) -> str | None:
    """The one word the index knows that is a slip away from word, for a word no article uses.
    None when there is none, or more than one."""
    found = {v for v in slips(word) if known(v)}
    return found.pop() if len(found) == 1 else None


def _letters(syllable: str) -> tuple[int, int, int]:
    """A Hangul syllable's initial, vowel and final (0: none), by their Unicode indices."""
    code = ord(syllable) - 0xAC00
    return code // 588, code // 28 % 21, code % 28


def _syllable(initial: int, vowel: int, final: int) -> str:
    return chr(0xAC00 + initial * 588 + vowel * 28 + final)


def _common_slips(word: str):
    """The common slips of a short common noun (탑제 -> 탑재)."""
    for i, ch in enumerate(word):
        initial, vowel, final = _letters(ch)
        options = [(initial, v, final) for v in _VOWEL_SLIPS.get(vowel, ())]
        options += [(initial, vowel, f) for f in _FINAL_SLIPS] if final == 0 else [(initial, vowel, 0)]
        for x, y, z in options:
            yield word[:i] + _syllable(x, y, z) + word[i + 1:]


def _letter_slips(word: str):
    """For a word of three syllables or more (or a part of one), where a word a letter away from
    another is rare: any one letter mistyped (훗카이도 -> 홋카이도), or two syllables typed the
    other way round (카자스흐탄 -> 카자흐스탄)."""
    for i, ch in enumerate(word):
        head, tail = word[:i], word[i + 1:]
        for other in _one_letter_away(ch):
            yield head + other + tail
        if tail:
            yield head + tail[0] + ch + tail[1:]


@functools.lru_cache(maxsize=4096)
def _one_letter_away(syllable: str) -> tuple[str, ...]:
    """The syllables with one letter (initial, vowel or final) other than this one's."""
    initial, vowel, final = _letters(syllable)
    return tuple(_syllable(x, y, z) for x, y, z in (
        *((x, vowel, final) for x in range(19) if x != initial),
        *((initial, y, final) for y in range(21) if y != vowel),
        *((initial, vowel, z) for z in range(28) if z != final)))


# Endings before which a verb stem's final ㄹ drops (깔 + 는 -> 까는, 팔 + 니 -> 파니).
_RIEUL_DROPPING = ("는", "ᆫ", "니", "ᆸ", "시", "세", "오")


# Endings that begin with a vowel, before which a ㄷ-irregular stem is written with ㄹ (걸었어).
_VOWEL_ENDINGS = ("어", "었", "아", "았", "으", "은", "을", "ᆫ", "ᆯ", "음")
_DIGEUT, _RIEUL = 7, 8  # final consonants


def _rieul_stems(tokens: list[Token], terms: set[str], synonyms: dict) -> list[tuple[str, tuple[str, ...]]]:
    """Verb stems Kiwi read where the question may mean the stem ending in ㄹ, which then counts
    as the same word: a stem ending in a vowel before an ending the ㄹ drops before (까는 read as
    까다, peel, where 깔다, lay, is meant; 파는 as 파다 for 팔다, sell; 사는 as 사다 for 살다, live),
    and a ㄷ-irregular stem read from a syllable written with ㄹ before a vowel (걸었어 as 걷다,
    walk, for 걸다, bet; 들었어 as 듣다 for 들다). Before a consonant a ㄷ stem keeps its ㄷ
    (걷고), and a stem with another final consonant keeps it: no doubt there."""
    out = []
    for tok, nxt in zip(tokens, tokens[1:]):
        if not tok.pieces or base_tag(tok.tag) not in ("VV", "VA"):
            continue
        stem = tok.pieces[0][0]
        code = ord(stem[-1]) - 0xAC00
        if stem not in terms or not 0 <= code < 11172:
            continue
        final = code % 28
        if (final == 0 and nxt.form.startswith(_RIEUL_DROPPING)) or (
                final == _DIGEUT and tok.tag.endswith("-I") and nxt.form.startswith(_VOWEL_ENDINGS)):
            with_rieul = stem[:-1] + chr(ord(stem[-1]) - final + _RIEUL)
            out.append((stem, tuple(dict.fromkeys((*synonyms.get(stem, ()), with_rieul)))))
    return out


_STRAY_PARTICLES = frozenset("을 를 의 로 에 은 는 와 과".split())


def _stray_particles(tokens: list[Token]) -> list[Token]:
    """A particle glued to a word Kiwi does not know, or to a symbol (페이스북논재을, 몇%로), is
    sometimes read as a one-syllable noun: it is a particle, not a word to look for. Nor is the
    거 that makes a verb a noun to ask with (격추했던 거야?, 사과한 거임?)."""
    out = []
    for i, tok in enumerate(tokens):
        if (i and tok.form in _STRAY_PARTICLES and base_tag(tok.tag) == "NNG" and tok.start == tokens[i - 1].end
                and (i + 1 == len(tokens) or tokens[i + 1].start > tok.end or not tokens[i + 1].pieces)):
            tok = Token(tok.form, "JKB", tok.start, tok.end, ())
        elif tok.pieces and _verb_made_noun(tokens, i):
            tok = tok._replace(pieces=())
        out.append(tok)
    return out


def _verb_made_noun(tokens: list[Token], i: int) -> bool:
    """tokens[i] is the 거 (것) that makes the verb before it a noun to ask with, before 이다:
    구속됐던 거야?, 사과한 거임? (asked as 구속됐어? is)."""
    tok = tokens[i]
    return tok.form in ("거", "것") and base_tag(tok.tag) == "NNB" and 0 < i < len(tokens) - 1 \
        and base_tag(tokens[i - 1].tag) == "ETM" and base_tag(tokens[i + 1].tag) == "VCP"


def _verb_han(tokens: list[Token]) -> list[Token]:
    """시구한 사람, 창업한 해: in a short question Kiwi often reads the 한 glued to a noun as the
    determiner (one); it is 하 + ㄴ, which makes the noun a verb (시구하다), and is no word to
    look for. The noun before it then is what is asked about."""
    out = []
    for i, tok in enumerate(tokens):
        if tok.form == "한" and base_tag(tok.tag) == "MM" and i and tok.start == tokens[i - 1].end \
                and base_tag(tokens[i - 1].tag) == "NNG":
            out += [Token("하", "XSV", tok.start, tok.end, ()), Token("ᆫ", "ETM", tok.start, tok.end, ())]
            continue
        out.append(tok)
    return out


def _hearsay(text: str, tokens: list[Token]) -> list[Token]:
    """"무슨 공룡 거래?", "누구 거래요?": chat's 거래 ending a question is 거 + 이래 (it is, they
    say), which Kiwi reads as the noun 거래 (a trade). Ending a question with a question word, it
    is kept as the light word 거."""
    content = [i for i, t in enumerate(tokens) if t.pieces]
    if not content or tokens[content[-1]].pieces[0][0] != "거래" or not _WH & {t.form for t in tokens}:
        return tokens
    i = content[-1]
    if text[tokens[i].end:].strip(" ?!.~요"):
        return tokens
    tok = tokens[i]
    return [*tokens[:i], Token(tok.form, tok.tag, tok.start, tok.end, (("거", 0, 1, tok.pieces[0][3]),)), *tokens[i + 1:]]


# What chat adds to a question that is no part of it: laughter and tears in single letters (ㅋㅋ,
# ㅠㅠ, ㅇㅇ), emoji, and faces typed in signs (^^, ;;).
_CHAT_NOISE = re.compile("[\u3131-\u318e]+|[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]+|\\^\\^+|;;+")


def without_chat_noise(text: str) -> str:
    """text without laughter, tears, emoji and faces: Kiwi reads them as signs of their own, and
    a question's last word is no longer its ending (누구야ㅋㅋ)."""
    return _CHAT_NOISE.sub(" ", text)


# ... and conjunctions and interjections (근데, 아); 너 addresses the bot (너 김정남 생일 언제야 알아?)
_FILLERS = frozenset({"혹시", "저기", "저", "있잖아", "너"})


def without_fillers(text: str, tokens: list[Token]) -> str:
    """text without the words chat opens a question with (근데, 아, 혹시, 저기): they say nothing of
    what is asked, and Kiwi, reading a name after them mid-sentence, may no longer take it for one
    (근데 엔케 장례식: 엔케 a common noun)."""
    at = 0
    for i, tok in enumerate(tokens):
        # a word of its own (너는 누구야 asks of 너)
        alone = i + 1 == len(tokens) or tokens[i + 1].start > tok.end
        if (base_tag(tok.tag) in ("MAJ", "IC") or tok.form in _FILLERS) and alone:
            at = tok.end
            continue
        break
    return text[at:].lstrip() if at and text[at:].strip() else text


# Verbs chat wraps a question in (김정남 생일 언젠지 알아?, 수석대변인 누구인지 알려줘, 상금 얼마인지
# 궁금해): they ask to be told, not about knowing. Those of telling ask it only with 주 (말해줘).
_KNOWING = frozenset({"알", "알리", "가르치", "궁금하", "궁금"})
_TELLING = frozenset({"말", "설명", "얘기", "이야기", "찾", "검색"})
_WRAPPER_REST = frozenset({"주", "싶", "있", "수", "보", "하", "좀"})
_ASKED_IN = ("지",)  # the ending of a question asked inside another: 언젠지, 누구인지, 이겼는지
_ASKED_DIRECTLY = frozenset({"야", "어", "아", "여", "래", "냐", "니", "나"})  # 언제야, 생겨, 몇 도래
_WHO = frozenset({"누구", "누가"})
_PAST = frozenset({"었", "았", "였", "었었", "았었"})
_NOUN_TAGS = ("NNG", "NNP", "NNB", "NR", "SL", "SN", "SH", "XSN")


def without_wrapper(text: str, tokens: list[Token]) -> str:
    """text without the verb a chat question is wrapped in, ending where the question asked inside
    it ends: 김정남 생일 언젠지 알아? asks 김정남 생일 언젠지?, not whether one knows it; read as
    the question's own verb, 알아 made it ask about the present and refused every report of a
    past day. A wrapper in the past (알았어) is a question about knowing, and stays."""
    end = _asked_end(tokens)
    if end is None:
        return text
    head = text[:end].rstrip()
    return head + "?" if head else text


def _asked_end(tokens: list[Token]) -> int | None:
    """Where the question asked inside a trailing wrapper (좀 알려줘, 알고 싶어, 궁금합니다) ends,
    if one wraps it: after its ending, or after the noun asked for without its particle
    (생일을 알려줘)."""
    content = [i for i, t in enumerate(tokens) if base_tag(t.tag) in ("SL", "SN", "SH")
               or not base_tag(t.tag).startswith(("E", "J", "S"))]
    # the wrapper's own words run to the end: its head, then only 주, 싶, 있, 수 and endings
    i = len(content) - 1
    while i >= 0 and tokens[content[i]].form in _WRAPPER_REST:
        i -= 1
    if i < 0:
        return None
    at = content[i]
    tok = tokens[at]
    rest = tokens[at + 1:]
    if any(base_tag(t.tag) == "EP" and t.form in _PAST for t in rest):
        return None  # 알았어, 궁금했어: about knowing (not 알려주시겠어요, polite and ahead)
    wraps = (tok.form in _KNOWING and base_tag(tok.tag) in ("VV", "VA", "XR")
             or tok.form == "아" and bool(rest) and rest[0].form in ("세요", "셔요")  # 아세요, read as an interjection
             or tok.form in _TELLING and any(t.form == "주" and base_tag(t.tag) == "VX" for t in rest))
    if not wraps:
        return None
    if i > 0 and tokens[content[i - 1]].form == "좀":
        at = content[i - 1]
    if at == 0:
        return None
    before = tokens[at - 1]
    tag = base_tag(before.tag)
    if tag == "EC" and before.form.endswith(_ASKED_IN):
        return before.end  # 언젠지 알아, 이겼는지 말해줘
    if tag == "EF" or (tag in ("EC", "JKV") and before.form in _ASKED_DIRECTLY and before.end < tokens[at].start):
        return before.end  # 언제야 알아?, 언제부터 생겨 알아? (Kiwi reads some such endings as linking ones)
    noun = before if tag not in ("JKO", "JX") or at < 2 else tokens[at - 2]
    # 생일을 알려줘 asks to be told it; 피해자를 알아 asks whether one knows someone.
    marked = before.form in ("을", "를", "은", "는") and tokens[at].form != "알"
    if base_tag(noun.tag) in _NOUN_TAGS and (noun is before or marked):
        # 김정남 생일 알려줘, 너 슈퍼문 최근접 시각 알아?, 기온 몇 도래 알아?: the thing to be
        # told. Not where the question asks who knows it (누가 비밀번호 알아?).
        if not any(t.form in _WHO for t in tokens[:at]):
            return noun.end
    return None


_CLOSING = re.compile(r"[~?!.]*~[~?!.]*$")


def as_asked(text: str) -> str:
    """text ending as a question: chat leaves the question mark off or types a tilde for it
    (구속됐어~), and Kiwi, without the mark, reads 통과됐어 with 되 as a verb of its own and
    상용화된대 as 상용화된 + 대, and after a tilde, a sign of its own, not the question's ending."""
    closing = _CLOSING.search(text)
    if closing:
        marks = closing.group().replace("~", "")
        text = text[:closing.start()] + (marks or "?")
    return text + "?" if text and text[-1] not in "?!." else text


# How chat spells 뭐 (머야, 머였어, 머라고, 모야): Kiwi reads them as a pronoun, an interjection or
# a noun (모야), and the question as asking nothing in particular. Not 모임, 모였다, 모든, 머리.
_CHAT_WHAT = re.compile("(?<![가-힣])(?:머(?=(?:야|임|냐|래|라고|라는|라구|길래|가|를|로|랑|였[어지냐니음]?)?(?![가-힣]))"
                        "|모(?=(?:야|냐|라고|라는|라구)(?![가-힣])))")


# ... and other question words as chat spells them: 몇일 (as often typed as 며칠, and read by
# Kiwi as 몇 + 일, a count of days or a date), 어케 and 어캐 (어떻게, read as no word at all).
_CHAT_WORDS = {"몇일": "며칠", "어케": "어떻게", "어캐": "어떻게"}
_CHAT_WORD = re.compile(f"(?<![가-힣])(?:{'|'.join(_CHAT_WORDS)})")
# 당명 뭐?: the last word alone, which Kiwi reads as the interjection (뭐? what?), not as 뭐야.
_BARE_WHAT = re.compile(r"(?<=[^가-힣]) *뭐(?=[?~]*$)")


# 몇 조임?, 몇 %임?: chat's closing 임 after a counter, which Kiwi reads into a noun with it (조임,
# 위임, 부임, 자임) and the question then as asking no count.
_COUNTED_IM = re.compile(r"(몇 ?[가-힣A-Za-z]{1,5}|%)임(?=[?~!.]*$)")


def _im_as_iya(m: re.Match) -> str:
    """The counter's closing 임 as 이야 after a final consonant, 야 after a vowel or a sign."""
    counter = m.group(1)
    return counter + ("이야" if "가" <= counter[-1] <= "힣" and _letters(counter[-1])[2] else "야")


def standard_spelling(text: str) -> str:
    """text with chat's spellings of question words as news would write them (머야: 뭐야, 몇일:
    며칠, 어케: 어떻게, a closing 뭐? as 뭐야?, 몇 조임? as 몇 조야?)."""
    text = _CHAT_WORD.sub(lambda m: _CHAT_WORDS[m.group()], _CHAT_WHAT.sub("뭐", text))
    text = _COUNTED_IM.sub(_im_as_iya, text)
    return _BARE_WHAT.sub(lambda m: m.group() + "야", text)


# Question words a chat question glues to the word before (마운트곡스파산언제였어, 개발사어디야)
# where Kiwi, not knowing that word, reads them into it.
_GLUED_WH = re.compile("(?<=[가-힣])(?:어디|언제|누구|얼마|며칠|무슨|어느|몇|왜)")
_WORD_TAGS = ("NNG", "NNP", "NNB", "XSN", "XR", "NR")


def spaced_question_words(text: str, tokens: list[Token], known) -> str:
    """text with a space before each question word glued to an unknown word before it: where
    the words Kiwi read over it are nouns the index does not know or single syllables (태풍파나피어디,
    국내철도규칙언제 as ... 언 + 제), not where it is inside words the index knows (발언제한:
    발언 + 제한)."""
    cuts = []
    for m in _GLUED_WH.finditer(text):
        over = [t for t in tokens if t.start < m.end() and t.end > m.start()]
        if not over or any(t.start == m.start() and t.end >= m.end() and base_tag(t.tag) not in _WORD_TAGS for t in over):
            continue  # read as the question word it is
        if all(base_tag(t.tag) in _WORD_TAGS and (t.end - t.start == 1 or not known(t.form.lower())) for t in over):
            cuts.append(m.start())
    for at in reversed(cuts):
        text = text[:at] + " " + text[at:]
    return text


def analyse(text: str, tokens: list[Token], known=None, inside=None) -> Question:
    """known(term) tells whether the index holds a term: names that Kiwi cut into syllables
    (박남규 -> 박/남/규) are joined again when the index knows them whole. inside(word), the ids
    of the index's longer terms that contain word: a word the articles write only inside them
    (진원 of 진원지) is not read as a slip for another."""
    tokens = _verb_han(tokens)
    tokens = _question_words_whole(text, tokens)
    if known is not None:
        tokens = _suffix_across_space(text, tokens, known)
        tokens = _misread(text, tokens, known)
        tokens = rejoin(text, tokens, known, inside)
        tokens = _dotted_dates(tokens, known)
    tokens = _hearsay(text, tokens)
    tokens = _stray_particles(tokens)
    terms: list[str] = []
    tags: list[int] = []
    for tok in tokens:
        for term, _, _, code in tok.pieces:
            if len(term) > MAX_TERM_CHARS:
                continue  # no word is this long: pasted noise ("가가가…") that nothing could match
            terms.append(term)
            tags.append(code)
    forms = [t.form for t in tokens]
    bases = [base_tag(t.tag) for t in tokens]
    counted = _counted(forms, bases)
    kind, units, publication = _kind(tokens, forms, bases, counted)
    # An amount in a unit of its own (홈페이지 설문조사에서 몇 %, 홈페이지 방문자 몇 명) is what is
    # asked, whatever the question says it was counted on; 몇 번 of 전화번호 몇 번이야 is the number.
    counts_else = kind is Kind.AMOUNT and bool(units) and units[0] not in _DIALLED
    if kind in (Kind.ANY, Kind.NAME, Kind.AMOUNT) and not counts_else \
            and _asks_contact({t.form for t in tokens if base_tag(t.tag) == "NNG"}):
        kind, units = Kind.CONTACT, ()  # 전화번호 몇 번이야, 홈페이지 주소 뭐야; not 홈페이지에 글을 올린 사람
    if kind is Kind.AMOUNT and units:
        # The counter a question asks with (몇 명) says what kind of answer it wants; it is not
        # a word the answering sentence must share. (The noun of 몇 개의 채널 still is.)
        unit_terms = ({u.lower() for u in units} - {counted}) | {_WORTH}
        kept = [(t, c) for t, c in zip(terms, tags) if t not in unit_terms]
        if kept:
            terms, tags = [t for t, _ in kept], [c for _, c in kept]
    category = _category(tokens, forms, bases, kind)
    if publication and category in _PAPER_NOUNS:
        category = None  # "논문 어디 실렸어" asks for a journal: the paper is what was published
    kept = set(terms)
    synonyms = [(t, _REGISTER[t]) for t in dict.fromkeys(terms) if t in _REGISTER]
    synonyms += _rieul_stems(tokens, kept, dict(synonyms))
    if publication:
        # News reports a paper with one of a few words (게재됐다, 실렸다, 온라인판에 발표).
        synonyms += [(t, _PUBLISHED_WORDS) for t in dict.fromkeys(terms) if t in _PUBLISHED_WORDS]
    synonyms = tuple(synonyms)
    recent, recent_days, ahead, by_tense = _recent(text, tokens, kind)
    grain = (_grain(forms, bases) or ("일" if _glued_day(tokens) else None)) if kind is Kind.TIME else None
    asserted = _asserted(tokens) if kind is Kind.ANY else None
    focus = _focus(tokens, kept, units if kind is Kind.AMOUNT else ())
    if asserted in kept:
        focus |= {asserted}  # 징계 of 징계 받았어: the act asked about, though a verb follows it
    said = _said(text, tokens, kind)
    return Question(text, tuple(terms), tuple(tags), kind, units, publication, recent, recent_days,
                    focus, category, synonyms, _pairs(text, tokens, kept),
                    _names(text, tokens), _surfaces(text, tokens, kept),
                    grain, ahead and kind is Kind.TIME,
                    said, _located(forms) if kind is Kind.PLACE else None,
                    asserted, kind is Kind.ANY and _outcome(forms), by_tense, _days(text),
                    _done(text) if kind is Kind.TIME else None, _speaker(forms, bases) if said else None)


MONTH, DAY = r"1[0-2]|0?[1-9]", r"3[01]|[12]\d|0?[1-9]"  # as digits: 12, 05; 31, 7
# A day with its month, not a number of days (20일간, 20일째, 20일 동안).
_DAY_OF_MONTH = re.compile(rf"(?<![\d.])({MONTH})\s?월\s?({DAY})\s?일(?!\s?(?:간|째|동안))")


def _days(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((int(m), int(d)) for m, d in _DAY_OF_MONTH.findall(text))


_WHEN_DONE = re.compile(r"([가-힣]{2,})\s?언제\s?(?:쯤\s?)?(?:됐|했|되었|하였)")


def _done(text: str) -> str | None:
    m = _WHEN_DONE.search(text)
    return m.group(1) if m else None


_YEAR = re.compile(r"(?:19|20)\d\d")


def _names(text: str, tokens: list[Token]) -> frozenset[str]:
    out: set[str] = set()
    last_proper_end = -2
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if _YEAR.fullmatch(tok.form) and nxt is not None and nxt.pieces and nxt.start == tok.end + 1 \
                and base_tag(nxt.tag) in ("NNG", "NNP"):
            out.add(tok.form)  # 2014 월드컵, 2022 베이징 올림픽: the year names which one
            continue
        if not tok.pieces:
            continue
        if tok.pieces[0][3] in PROPER_CODES:
            out.update(p[0] for p in tok.pieces)
            last_proper_end = tok.end
        elif base_tag(tok.tag) == "SN" and 0 <= tok.start - last_proper_end <= 1 and not text[last_proper_end:tok.start].strip() \
                and not (nxt is not None and nxt.start == tok.end and base_tag(nxt.tag) == "NNB"):
            # 아이폰 16, 노트7: the number is part of the name; not 1위 or 3명, a rank or a count.
            out.update(p[0] for p in tok.pieces)
        else:
            last_proper_end = -2
    return frozenset(out)


_SURFACE_TAGS = ("NNG", "NNP", "SL", "SH", "SN", "NR", "XR", "XPN", "XSN")
MIN_SURFACE_CHARS = 3  # shorter words sit inside too many others


# Short names a reader types, as news writes them out at first mention (2011학년도
# 대학수학능력시험을 앞두고; 수능 only later): what the short name is wherever it is written out, in
# a quote (Question.surfaces) and in the search (other_forms.written_in_full: an article may write
# the full name only).
# (과기 for 과학기술, whose syllables each begin a word, is found without a table: _shortened.)
SPELLED_OUT = {
    "수능": ("대학수학능력시험", "수학능력시험"),
    "국정원": ("국가정보원",),
    "공정위": ("공정거래위원회",),
    "선관위": ("선거관리위원회",),
    "헌재": ("헌법재판소",),
    "전경련": ("전국경제인연합회",),
    "민주노총": ("전국민주노동조합총연맹",),
    "한국노총": ("한국노동조합총연맹",),
    "전교조": ("전국교직원노동조합",),
    "경실련": ("경제정의실천시민연합",),
    "합참": ("합동참모본부",),
    "안보리": ("안전보장이사회",),
    "금감원": ("금융감독원",),
    "금융위": ("금융위원회",),
    "방통위": ("방송통신위원회",),
    "인권위": ("국가인권위원회",),
    "권익위": ("국민권익위원회",),
    "한은": ("한국은행",),
    "교과부": ("교육과학기술부",),
    "문체부": ("문화체육관광부",),
    "행안부": ("행정안전부",),
    "복지부": ("보건복지부",),
    "국토부": ("국토교통부", "국토해양부"),
    "산업부": ("산업통상자원부",),
    "과기부": ("과학기술정보통신부",),
    "중기부": ("중소벤처기업부",),
    "질병청": ("질병관리청",),
    "재보선": ("재보궐선거", "재보궐"),
    "원전": ("원자력발전소", "원자력 발전소"),
    # ... and public companies, agencies and the ministries' names of 2008-2017.
    "한수원": ("한국수력원자력",),
    "한전": ("한국전력", "한국전력공사"),
    "국과수": ("국립과학수사연구원",),
    "식약처": ("식품의약품안전처",),
    "식약청": ("식품의약품안전청",),
    "방사청": ("방위사업청",),
    "기재부": ("기획재정부",),
    "해수부": ("해양수산부",),
    "고용부": ("고용노동부",),
    "여가부": ("여성가족부",),
    "농식품부": ("농림축산식품부", "농림수산식품부"),
    "미래부": ("미래창조과학부",),
    "외교부": ("외교통상부",),
    "중기청": ("중소기업청",),
}


def _surfaces(text: str, tokens: list[Token], kept: set[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Runs of nouns, names and numbers written together in one word (폴더블 read as 폴 + 더블,
    양무운동), as written, with their terms; and the short names among them written out."""
    out = {full: (term,) for term in sorted(kept & SPELLED_OUT.keys()) for full in SPELLED_OUT[term]}
    run: list[Token] = []

    def close() -> None:
        if run:
            surface = text[run[0].start:run[-1].end].lower()
            terms = tuple(dict.fromkeys(p[0] for t in run for p in t.pieces if p[0] in kept))
            # Two syllables will do for a word Kiwi cut in two (깡철 -> 깡 + 철).
            shortest = MIN_SURFACE_CHARS if len(run) == 1 else 2
            if len(surface) >= shortest and terms and not surface.isdigit():
                out.setdefault(surface, terms)
            if len(run) > 1:
                # A chat question leaves spaces out (사퇴기자회견, 국장이름): each word of the run
                # is also a word as written, as it would be had the question spaced it.
                for tok in run:
                    word = text[tok.start:tok.end].lower()
                    own = tuple(dict.fromkeys(p[0] for p in tok.pieces if p[0] in kept))
                    if len(word) >= MIN_SURFACE_CHARS and own and not word.isdigit():
                        out.setdefault(word, own)
            run.clear()

    for tok in tokens:
        content = bool(tok.pieces) and base_tag(tok.tag) in _SURFACE_TAGS
        if run and not (content and tok.start == run[-1].end):
            close()
        if content:
            run.append(tok)
    close()
    return tuple(out.items())


_WHEN_WHERE = frozenset({"언제", "어디", "며칠"})


def _pairs(text: str, tokens: list[Token], kept: set[str]) -> tuple[tuple[str, str], ...]:
    """The last term of each word and the first of the next (사장단 워크숍): a sentence that
    has them side by side repeats the question's phrase. Pieces of one word (스페이스X) are
    always side by side and are not pairs."""
    words: list[list[str]] = []
    apart: set[int] = set()  # words a question word stands before: no pair with the word before them
    asked_between = False
    last_end = -1
    for tok in tokens:
        if not tok.pieces:
            asked_between = asked_between or tok.form in _WHEN_WHERE
            if not text[last_end:tok.start].isspace() or last_end < 0:
                last_end = max(last_end, tok.end)
            continue
        term = tok.pieces[0][0]
        if term not in kept:
            continue
        if words and last_end >= 0 and not text[last_end:tok.start].strip() and text[last_end:tok.start]:
            words.append([p[0] for p in tok.pieces])
        elif words and last_end == tok.start:
            words[-1].extend(p[0] for p in tok.pieces)
        else:
            words.append([p[0] for p in tok.pieces])
        if asked_between:
            # 나이지리아 언제 독립했어: who acted and the act, asked when or where, not the phrase
            # 나이지리아 독립 (50주년 기념 행사) an article writes of something else. (누가 or 뭘
            # stands for a part of the phrase around it: 원인 누가 조사해 is 원인을 조사하다.)
            apart.add(len(words) - 1)
            asked_between = False
        last_end = tok.end
    return tuple((a[-1], b[0]) for i, (a, b) in enumerate(zip(words, words[1:]), 1)
                 if a[-1] != b[0] and i not in apart)


# Words of spoken Korean and the ones news writes for them.
_REGISTER = {
    "우리나라": ("국내", "한국", "대한민국"),
    "헬기": ("헬리콥터",),
    "폰": ("스마트폰", "휴대폰", "휴대전화"),
    "핸드폰": ("스마트폰", "휴대폰", "휴대전화"),
    "죽": ("사망", "숨지"),
    "돈": ("비용", "금액", "예산", "자금"),
    "젤": ("가장",),
    "제일": ("가장",),
    # Family, as news writes it: 트럼프 딸 is 장녀 이방카, 차남 에릭.
    "딸": ("장녀", "차녀", "막내딸", "외동딸"),
    "아들": ("장남", "차남", "삼남", "막내아들", "외아들"),
    "아내": ("부인", "배우자"),
    "아이": ("아동", "어린이", "여아", "남아", "아기", "유아", "자녀"),  # 피해 아이 몇 살: 7세 여아
    # Children as a profile names them: 2남 1녀 차하나(장녀), 차두리(장남).
    "자식": ("자녀", "아들", "딸", "장남", "장녀", "차남", "차녀"),
    "자녀": ("아들", "딸", "장남", "장녀", "차남", "차녀"),
    "남편": ("배우자",),
    # An old woman or man as a chat says it; news writes 84세 여성, 70대 남성, 노인.
    "할머니": ("여성", "노인"),
    "할아버지": ("남성", "노인"),
    "엄마": ("어머니", "모친"),
    "아빠": ("아버지", "부친"),
    "의심": ("의혹", "혐의"),
    "범인": ("범죄자", "용의자"),  # 바꿔치기 범인 어떻게 했어: 범죄자가 QR 코드를 덧붙인 것이다
    "여자": ("여성",),
    "남자": ("남성",),
    "키": ("신장",),
    "값": ("가격",),
    "농민": ("농업인", "농부", "농가"),
    "월급": ("임금", "급여"),
    "주가": ("주식",),  # 삼성물산 주가: 삼성 관련 주식이 상승
    # Short forms news writes out as two words (대통령 선거, 국회의원 선거): the election is 선거.
    "대선": ("선거",),
    "총선": ("선거",),
    # Everyday verbs and the Sino-Korean nouns news reports the same act with.
    "다치": ("부상", "상처", "인명"),  # 다친 사람 있어: 인명피해는 발생하지 않았다
    "멈추": ("중단", "정지", "멈춤"),
    "보내": ("전송", "송신", "발송"),
    "만들": ("개발", "제작", "제조", "설립", "신설"),
    "고치": ("수리", "치료", "개선", "해결", "복구"),  # 문제 고쳐지기 전까지: 해결책이 나올 때까지
    "찾": ("발견", "탐지", "검출"),
    "누르": ("압박",),
    "알아내": ("규명", "발견", "밝히"),
    "늘": ("증가", "확대", "상승"),
    "늘어나": ("늘", "증가", "확대", "상승"),
    "줄": ("감소", "축소", "하락", "단축"),
    "줄어들": ("줄", "감소", "축소", "하락"),  # 믿음 줄어든 이유: 신임이 많이 줄었기 때문
    "오르": ("상승", "인상", "증가"),  # 주가 얼마나 올랐어: 10.61% 상승
    "올리": ("인상", "상향", "격상"),  # 워치콘 올렸어: 워치콘 격상은 하지 않는
    "내리": ("인하", "하향", "격하"),
    "막": ("차단", "방지", "예방"),
    "뽑": ("선정", "선출", "선발"),
    "열리": ("개최",),
    "끝나": ("종료", "마감"),
    "닫": ("폐쇄", "폐업", "폐점", "중단"),  # 문 닫아: news says 폐쇄한다
    "나": ("발생", "일어나"),  # 사고 났어: 사고가 발생했다
    "늦": ("지연", "연착"),  # 열차 얼마나 늦어졌어
    # 어느 나라 기술이 들어갔어, 사무국 들어갈 건물, DB에 들어갈 수 있던 사람 (접근할 권한을 가진).
    "들어가": ("포함", "입주", "접근", "접속"),
    "바꾸": ("변경", "전환", "교체"),
    "팔": ("판매", "매각"),
    "싣": ("수송", "운송", "적재"),  # 뭘로 실어 왔어: 수송기를 통해 수송하였다
    "타": ("탑승", "승선", "승차"),  # 몇 명 타고 있었어: 승조원 104명이 탑승하고 있었으며
    "잡": ("체포", "검거", "붙잡"),  # 어디서 잡혔어: 경찰서에 검거됐다
    # 범인 잡혔어: 경찰이 범인을 잡았다 too; 북한에서 왜 잡혔어: 관광객으로 입국해 … 억류했고.
    "잡히": ("체포", "검거", "붙잡히", "잡", "붙잡", "억류", "구금"),
    "뿌리": ("배포", "살포", "유포"),
    "쓰": ("작성", "집필", "저술"),  # 출마선언문 누가 썼어: 자원봉사자가 작성한 것
    "모으": ("수집", "모집"),
    "빗대": ("비유",),
    "이기": ("승리", "우승"),
    "처음": ("최초",),
    "키우": ("육성", "사육", "재배"),
    "돕": ("지원",),
    "틀": ("재생",),  # 무슨 음악 틀었어: 게임 OST를 재생하였다
    "음악": ("노래", "곡"),
    "캐": ("생산", "채굴", "채취"),  # 무연탄 얼마나 캤어: 무연탄 생산량은 180만 톤
    # A fine, as a reader calls any: 과태료 10만원, 범칙금.
    "벌금": ("과태료", "범칙금"),
    "피우": ("흡연",),  # 담배 피우면: 흡연을 하면
    "몰": ("운전", "운행"),  # 차를 몰고 가다: 운전하다
    "빼": ("제외",),  # 러시아를 어느 모임에서 뺐어: 주요 8개국(G8)에서 제외하고
    "주": ("지급",),  # 상여금 주는 회사: 지급할 계획이 있다
    "사인": ("사망", "원인"),  # 사인 뭐라고 했어 (死因): 질식하여 사망하였으며
    "착각": ("오인", "인식"),  # 뭘 랜섬웨어로 착각했어: 랜섬웨어로 인식되는 해당 프로그램
    "빼내": ("유출", "탈취", "빼돌리"),
    "밀어붙이": ("강행",),  # 임명 밀어붙인 이유: 임명을 강행한 것은
    "믿음": ("신뢰", "신임"),
    "집": ("주택", "가옥", "자택"),
    "가게": ("상점", "점포", "매장", "가맹점", "업소"),
    # Any event, as a reader calls it; news names its kind (신차발표회를 열고, 기념식을 가졌다).
    "행사": ("발표회", "설명회", "기념식", "개막식", "출범식", "축제", "박람회", "전시회", "시상식", "간담회", "토론회"),
}
# Words news uses for the same act, each standing for the others (a question says 발발, the
# article 벌어지다; 허용 / 인정): groups, not a thesaurus, kept to what reports interchange.
_SAME_ACT = [
    ("발발", "발생", "일어나", "벌어지"),
    ("허용", "인정", "허가", "승인"),
    ("참고", "참조"),
    ("점령", "장악"),
    ("체포", "검거"),
    ("사망", "숨지", "별세", "타계", "서거"),
    ("출간", "출판", "발간", "펴내"),
    ("설립", "창립", "창설", "세우"),
    ("임명", "선임", "지명"),
    ("사임", "사퇴", "물러나"),
    ("수상", "받"),
    ("공개", "발표"),
    ("건설", "건립", "짓"),
    ("폐지", "없애"),
    ("착용", "입"),
    ("탑재", "장착"),
    ("비행", "날아가"),
    ("반입", "들여오"),
    ("실시", "시행"),
    ("규명", "밝혀내", "알아내"),
    ("진입", "들어가"),
    ("출생", "태어나", "생일"),
    ("여론조사", "설문조사"),
    ("유출", "누출"),
    ("도와주", "돕", "도움"),
    ("작가", "저자", "원작자", "지은이"),  # who wrote it: 유루유리의 저자인 나모리
]
# Names that news writes either way (Wikinews writes 조선민주주의인민공화국 where a reader types 북한;
# 한국과학기술원(KAIST) where one types 카이스트): each stands for the others, in the search as in the
# quote (Question.aliases).
_SAME_NAME = [("북한", "조선민주주의인민공화국", "북조선"), ("카이스트", "kaist", "한국과학기술원"),
              ("나사", "nasa", "항공우주국")]
ALIASES = {word: tuple(w for w in group if w != word) for group in _SAME_NAME for word in group}
# Its army, one word to Kiwi: where an article writes 조선민주주의인민공화국군, the country's name
# and 군 are read apart, so the country's names stand for 북한군 too (one way only).
ALIASES["북한군"] = ("조선인민군", "인민군", *ALIASES["북한"])
for _group in _SAME_ACT + _SAME_NAME:
    for _word in _group:
        _REGISTER[_word] = tuple(dict.fromkeys(_REGISTER.get(_word, ()) + tuple(w for w in _group if w != _word)))
_REGISTER["북한군"] = ALIASES["북한군"]
_PUBLISHED_WORDS = ("게재", "실리", "싣", "저널", "학술지", "논문", "발표", "온라인판", "학회지", "자매지", "최신호", "나오")


_WH = {"누구", "누가", "어디", "언제", "몇", "며칠", "얼마", "얼마나", "무엇", "뭐", "뭘", "무슨", "어느", "어떤", "어떻", "왜"}
# Nouns that only stand for the thing asked about (이름 in "우주인 이름 뭐야"): the noun before
# them is the focus.
_HOLLOW = {"이름", "명칭", "정도", "것", "거", "게", "데", "수", "때", "쪽", "얘기", "뜻", "종류", "올해", "지금", "현재", "오늘",
           "최대", "최고", "최소", "최저", "최다", "대비", "기존", "당시", "처음", "가장", "국내", "예전", "종전", "원래", "본래",
           # ... and the day or time the question points back to (그날 뭐 관람했어: the report's day).
           "그날", "그때", "이날", "그해", "이때", "당일",
           # ... and nouns that relate the question's words (통일대교 대신 어느 다리로, 무엇 때문에,
           # 사표를 낸 후 무엇으로: the article may say 뒤, or nothing of the order).
           "대신", "때문", "후", "이후", "직후", "전", "직전"}
# 며칠 동안, 몇 년 간: the noun after the question word says a span is asked for, and the
# answering sentence seldom repeats it (2013일을 배양했다).
_SPAN_NOUNS = {"동안", "간", "기간", "내내"}
# Nouns that make a verb of saying with 하다 (…라고 말한 사람): the report says 설명했다 or 밝혔다
# as often, and the noun alone is another word (이달 말).
_SAYING = frozenset({"말", "이야기"})
# Who asked as "…한 사람 누구야": the noun says only that a person is asked for, and a sentence
# that happens to say 사람 is no likelier to name them.
_ANYONE = {"사람", "인물"}
# Where asked as "…한 곳 어디야" or "…한 곳은?": 곳 is part of the question word, and what comes
# before it is what happened there, not a word the answer must hold ("지진 난 곳" is answered by
# "충북 괴산에서 지진이 일어났다", which never says 곳).
_ANYWHERE = "곳"


_ATTRIBUTE_NOUNS = (_TIME_NOUNS | _KEYWORD_PLACE_NOUNS | set(_MEASURES) | _NAME_NOUNS
                    | {"위치", "방법", "방식", "이유", "원인", "규모", "수준", "결과", "대상", "형태"})
# Nouns that say what kind of thing the answer is (…한 인물은?, 어느 회사, 어떤 종교): an answering
# sentence names the thing, not often the kind.
CATEGORY_NOUNS = (_ATTRIBUTE_NOUNS - NAMED_SUMS) | _HOLLOW | set(
    "곳 인물 사람 작품 단어 용어 책 나라 국가 회사 기업 단체 기관 조직 팀 도시 지역 장소 물질 동물 식물 제품 상품 "
    "프로그램 영화 드라마 노래 곡 앨범 경기 대회 사건 제도 법 직위 직책 직업 자리 역할 분야 종교 형 죄명 출처 계기 "
    "목적 내용 의미 특징 비결 성능 정체 주제 개발사 제조사 수치 숫자 값 기록 상 부문 항목 요소 종".split()
)


def _focus(tokens: list[Token], kept: set[str], units: tuple[str, ...] = ()) -> frozenset[str]:
    """The content words next to the question word: what is asked about. Without a question
    word (a keyword question) the last noun. An answering sentence usually repeats them. A
    noun that ends in the unit asked (의석 of 의석 몇 석) is said by the unit (103석): what it
    belongs to is the focus too, as for 무게 or 연도."""
    content = [i for i, t in enumerate(tokens) if t.pieces and t.pieces[0][0] in kept and t.form not in _ANYONE]
    wh = [i for i, t in enumerate(tokens) if t.form in _WH]
    out: list[str] = []

    def noun_before(pos: int) -> None:
        for i in reversed([c for c in content if c < pos]):
            if tokens[i].form == _ANYWHERE:
                return
            if tokens[i].form in _SAYING and i + 1 < len(tokens) and base_tag(tokens[i + 1].tag) == "XSV":
                continue  # 말한 사람: a verb of saying, not the 말 of 이달 말
            if i == content[-1] and _day_of_act(tokens, i):
                noun_before(i)  # 출생일: the day of the act, which is the focus
                return
            if base_tag(tokens[i].tag) in ("NNG", "NNP", "SL", "XR") and tokens[i].form not in _HOLLOW:
                out.extend(p[0] for p in tokens[i].pieces)
                if tokens[i].form in _ATTRIBUTE_NOUNS or _counted_by(tokens[i].form, units):
                    # 목표 연도, 발견 장소: the attribute noun is seldom in the answer; what it
                    # belongs to is.
                    noun_before(i)
                return
            if base_tag(tokens[i].tag) not in ("NNG", "NNP", "SL", "NNB", "XR") and tokens[i].form not in _HOLLOW:
                # A verb or adverb lies between: the noun is not what is asked about. (지금 and
                # 오늘, which Kiwi reads as adverbs before 얼마, say when, not what: 주가 지금 얼마야.)
                return

    if wh:
        w = wh[0]
        noun_before(w)
        after = [c for c in content if c > w]
        if after and after[0] == w + 1 and base_tag(tokens[after[0]].tag) in ("NNG", "NNP", "SL") \
                and tokens[after[0]].form not in _HOLLOW and tokens[after[0]].form not in _UNIT_ALIASES \
                and tokens[after[0]].form not in _SPAN_NOUNS:
            out.extend(p[0] for p in tokens[after[0]].pieces)
    elif content:
        noun_before(len(tokens))
    return frozenset(t for t in out if t in kept)


def _counted_by(noun: str, units: tuple[str, ...]) -> bool:
    return any(unit and len(noun) > len(unit) and noun.endswith(unit) for unit in units)


def _recent(text: str, tokens: list[Token], kind: Kind) -> tuple[str | None, int, bool, bool]:
    """The words that make the question about the present, how many days old an article may
    be to answer it, whether it asks about something still to come, and whether only its verb's
    tense says so. Asked "오늘 코스피 마감 몇이야?", a 2016 article answers a question nobody
    asked."""
    if any(_YEAR.fullmatch(t.form) for t in tokens):
        return None, 0, False, False  # 2010년 올해의 사자성어: the question names its own time
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if tok.form in _NOW_WORDS and base_tag(tok.tag) in ("NNG", "MAG"):
            # 지금까지 (so far) and 현재까지 ask about a span that ends now, which an older
            # article can still answer; 올해의 책 is a title, not a time; 지금처럼 and 현재와 같은
            # compare with now, and ask when that began.
            if nxt is not None and nxt.form in ("까지", "의", "처럼", "과", "와", "같이"):
                continue
            return tok.form, _NOW_WORDS[tok.form], False, False
        if tok.form in _NOW_PREFIXES and nxt is not None and nxt.form in _NOW_PERIODS:
            return text[tok.start:nxt.end], _NOW_PERIODS[nxt.form], False, False
    forms = [t.form for t in tokens]
    if "다음" in forms:
        # 다음 대선, 다음 동계올림픽: the next one from now, which an old article gets wrong.
        i = forms.index("다음")
        if i + 1 < len(tokens) and base_tag(tokens[i + 1].tag) in ("NNG", "NNP") and tokens[i + 1].form not in ("날", "번", "해"):
            return text[tokens[i].start:tokens[i + 1].end], _FUTURE_DAYS, True, False
    if kind is Kind.TIME and "언제" in forms:
        # 언제 나와, 언제 끝나: asks when something will happen, which only a recent article
        # can say. A past tense (나왔어, 나온 게) asks about what an old one may report.
        verbs = [t for t in tokens if base_tag(t.tag) in ("VV", "VA", "XSV")]
        past = any(base_tag(t.tag) == "EP" for t in tokens) or any(
            base_tag(t.tag) == "ETM" and t.form in ("ᆫ", "은") for t in tokens)
        # 언제 많이 발생해, 보통 언제 피어: what happens again and again, which an old article
        # tells as well as a new one.
        habitual = any(t.form in _HABITUAL for t in tokens)
        if verbs and not past and not habitual:
            return text[tokens[forms.index("언제")].start:], _FUTURE_DAYS, True, True
    return None, 0, False, False


_HABITUAL = frozenset("많이 주로 보통 자주 흔히 대개 대체로 매년 해마다 매번 항상 늘 언제나 평소".split())


_DIALLED = frozenset({"번"})  # the counter of a number to call
_CONTACT_NOUNS = frozenset({"전화번호", "연락처", "이메일", "홈페이지", "누리집", "웹사이트"})
_CONTACT_PAIRS = ({"전화", "번호"}, {"메일", "주소"}, {"사이트", "주소"})
_CONTACT_LINES = frozenset({"콜센터", "신고", "문의", "상담", "핫라인", "상황실"})


def _asks_contact(nouns: set[str]) -> bool:
    """전화번호, 연락처, 홈페이지 주소, 신고 번호: asked for a number to call or an address to
    write to, which only one written as such answers."""
    return bool(nouns & _CONTACT_NOUNS) or any(pair <= nouns for pair in _CONTACT_PAIRS) \
        or ("번호" in nouns and bool(nouns & _CONTACT_LINES))


_REASON_NOUNS = frozenset({"원인", "이유", "까닭", "사유", "탓"})


def _counted(forms: list[str], bases: list[str]) -> str | None:
    """The noun of 몇 개의 채널, 몇 개의 단지, or of 채널은 몇 개: counted, it is its own counter
    too (3채널, 7단지)."""
    for i in range(len(forms) - 3):
        if forms[i] == "몇" and forms[i + 1] in ("개", "가지") and forms[i + 2] == "의" and bases[i + 3] == "NNG":
            return forms[i + 3]
    # ... and the noun asked how many of (청은 몇 개야: 17부3처17청; 팀 몇 개야: 16팀).
    for i in range(1, len(forms) - 1):
        if forms[i] == "몇" and forms[i + 1] in ("개", "가지"):
            j = i - 1 - (bases[i - 1] in ("JX", "JKS"))
            if j >= 0 and bases[j] == "NNG":
                return forms[j]
    return None


def _kind(tokens: list[Token], forms: list[str], bases: list[str], counted: str | None
          ) -> tuple[Kind, tuple[str, ...], bool]:
    """forms and bases: the tokens' forms and base tags; counted: _counted of them."""
    nouns = {t.form for t in tokens if base_tag(t.tag) in ("NNG", "NNP", "NNB")}
    verbs = {t.form for t in tokens if base_tag(t.tag) in ("VV", "VA", "XSV")} | nouns
    publication = bool(nouns & _PUBLICATION_NOUNS) and bool(verbs & _PUBLISH_VERBS | {"어디", "어느"} & set(forms))

    for i, form in enumerate(forms):
        after = forms[i + 1] if i + 1 < len(forms) else ""
        after_tag = bases[i + 1] if i + 1 < len(forms) else ""
        if form == "며칠":
            # 며칠에 일어났어, 며칠로 예정됐어 and 출시 며칠이야 ask the day of a date; 며칠 있었어,
            # 며칠 걸려 a number of days.
            return (Kind.TIME, (), False) if after in ("에", "로") or after_tag == "VCP" else (Kind.AMOUNT, ("일",), False)
        if form == "몇" and after in ("대", ":") and "몇" in forms[i + 2:i + 4]:
            return Kind.AMOUNT, SCORE, False  # 몇 대 몇으로 이겼어: a score
        if form == "몇" and after_tag in ("NNB", "NNG", "SL", "SW", "NNP"):
            unit = after.lower()
            if unit == "번" and forms[i + 2:i + 3] == ["째"]:
                unit = "번째"  # Kiwi cuts 번째 in two: an ordinal is asked, not how many times
            if unit in _TIME_COUNTERS or (unit == "년" and i + 2 < len(forms) and forms[i + 2] in ("도",)):
                return Kind.TIME, (), False
            if unit == "년" and forms[i + 2:i + 3] == ["에"] and forms[i + 3:i + 4] not in (["걸치"], ["한"]):
                return Kind.TIME, (), False  # 몇 년에 들어갔어: which year (not 몇 년에 걸쳐, 몇 년에 한 번)
            if unit == "년" and nouns & _SENTENCE_NOUNS:
                return Kind.AMOUNT, TERM_YEARS, False
            if unit == "년" and forms[i + 2:i + 3] and (forms[i + 2] in _HOW_LONG or forms[i + 2] in _YEARS_PASS):
                return Kind.AMOUNT, SPAN_YEARS, False  # 몇 년 동안, 몇 년간, 몇 년 만에: how long, not which year
            if unit == "대" and forms[i + 2:i + 3] and _is_person_noun(forms[i + 2]):
                return Kind.AMOUNT, ("대",), False  # 몇 대 대통령: the ordinal of an office, not a count
            return Kind.AMOUNT, _UNIT_ALIASES.get(unit, (unit,)) + ((counted,) if counted else ()), False
        if form == "몇":
            return Kind.AMOUNT, _measured(forms, bases), False
        if form in ("얼마", "얼마나"):
            if set(forms) & _DURATION_WORDS or (form == "얼마나" and not _LASTING_ACTS.isdisjoint(forms[i + 1:])) \
                    or (form == "얼마나" and _undergone(forms, i)):
                return Kind.AMOUNT, DURATION, False
            measured = _measured(forms, bases)
            # 얼마에 샀어, 얼마에 팔렸어 (as a verb or noun: 들 of 신경컴퓨터들 is not 들다): money, unless
            # a measure is named (원숭이 사는 지대 면적 얼마야: Kiwi reads 사는 as 사다, to buy, not 살다).
            if (verbs & _TRADE_VERBS or _paid(forms, i)) and not measured and _SENTENCE_NOUNS.isdisjoint(forms):
                return Kind.AMOUNT, MONEY, False
            units = measured or _priced(forms, bases)
            if units and not _CHANGE_ACTS.isdisjoint(forms[i + 1:]) and forms[i + 1:i + 2] not in _TO_A_LEVEL:
                # 매출 얼마나 늘었어: a change is told in shares as often as in the measure itself
                # (매출은 44.5%가 증가, 두 배로 늘어); not the level it reached (환율 얼마까지 올랐어,
                # 보상금 얼마로 올랐어).
                units = tuple(dict.fromkeys((*units, *_MEASURES["비율"])))
            return Kind.AMOUNT, units, False
        if form == "언제":
            return Kind.TIME, (), False
        if form in ("누구", "누가"):
            return Kind.PERSON, (), False
    # Without one of the words above, a question asks for a name, a place, a person by the
    # noun it puts next to 어디/어느/무슨/뭐.
    if publication:
        return Kind.NAME, (), True
    if _asks_use(forms):
        return Kind.ANY, (), False  # 어디에 쓰여: what for, which no place answers
    if "어디" in forms or "어느" in forms:
        after_which = _noun_after(forms, bases, "어느")
        if after_which == "정도":
            return Kind.AMOUNT, (), False
        if _is_person_noun(after_which):
            return Kind.PERSON, (), False
        if after_which in _PUBLICATION_NOUNS:
            return Kind.NAME, (), True
        if after_which and after_which not in _PLACE_NOUNS and "어디" not in forms:
            return Kind.NAME, (), False
        return Kind.PLACE, (), False
    if "왜" in forms or _last_noun(forms, bases) in _REASON_NOUNS or _noun_before_what(forms, bases) in _REASON_NOUNS:
        return Kind.REASON, (), False
    if {"뭐", "무엇", "뭘"} & set(forms) and {"라고", "이라고"} & set(forms) and verbs & _SAY_VERBS \
            or _what_was_said(tokens, forms):
        # 뭐라고 했어, 뭐라고 정의했어: what someone said, not a name; the noun before 뭐 (정부는
        # 공습에 뭐라고 했어) is who spoke or of what, which a quote must hold, not a kind of name.
        return Kind.ANY, (), False
    if nouns & _NAME_NOUNS or ({"뭐", "무엇", "뭘"} & set(forms) and verbs & _CALL_VERBS and {"라고", "이라고", "라"} & set(forms)):
        named = _noun_before(forms, bases, "이름")
        if _a_person(named) or _of_an_age(forms, bases, "이름"):
            return Kind.PERSON, (), False
        return Kind.NAME, (), False
    if "무슨" in forms or "어떤" in forms:
        return Kind.NAME, (), False
    for i, form in enumerate(forms):
        # "…의 영어 약어는 무엇인가?", "첫 정규 음반 이름은 뭐야?": what a noun is.
        if form in ("무엇", "뭐") and i + 1 < len(forms) and bases[i + 1] == "VCP":
            j = i - 1
            while j >= 0 and bases[j] in _PARTICLE_TAGS:
                j -= 1
            if j >= 0 and bases[j] in ("NNG", "NNP", "SL") and forms[j] not in _HOLLOW:
                return Kind.NAME, (), False
    last = _last_noun(forms, bases)
    if last in _TIME_NOUNS or last in _BIRTH_NOUNS or _glued_day(tokens):
        return Kind.TIME, (), False
    if last in _MEASURES:
        return Kind.AMOUNT, _MEASURES[last], False
    if last in _KEYWORD_PLACE_NOUNS:
        return Kind.PLACE, (), False
    if _is_person_noun(last):
        return Kind.PERSON, (), False
    if last and last not in _HOLLOW and _asks_what(tokens):
        # "루이 16세의 왕비는?", "첫 레이스에서 우승한 인물은?": the noun before the final 은/는
        # names what is asked for.
        return Kind.NAME, (), False
    return Kind.ANY, (), False


# Words of a time question that say which part of a date answers it.
_GRAINS = {"시각": "시", "시": "시", "연도": "년", "년도": "년", "해": "년", "년": "년", "연대": "년", "날짜": "일",
           "일자": "일", "날": "일", "일": "일", "월": "월", "요일": "요일", "생일": "일", "생년월일": "일",
           "며칠": "일"}


_SPEECH_NOUNS = frozenset({"소감", "발언"})
_SPEECH_FORMS = frozenset(noun + particle for noun in _SPEECH_NOUNS for particle in ("", "은", "는", "이", "을", "도", "만"))
_SAID_VERBS = frozenset({"하", "말하", "밝히", "답하", "대답하", "얘기하", "이야기하"})
_SPEECH_STEMS = frozenset({"강조", "언급", "주장", "당부", "말하", "발언"})
_WHAT_WAS_SAID = frozenset({"것", "거", "건", "내용"})
_NOT_SPEAKERS = _SPEECH_NOUNS | _WHAT_WAS_SAID | {"말", "얘기", "이야기", "입장", "반응", "답", "답장", "대답", "주장"}


def _what_was_said(tokens: list[Token], forms: list[str]) -> bool:
    """뭐라고 했어, 뭐라고 밝혔대: what someone said, in the past (뭐라고 해 asks what a thing is
    called)."""
    for i, form in enumerate(forms):
        if form == "라고" and i >= 2 and forms[i - 2] in ("뭐", "무엇") and forms[i + 1:i + 2] \
                and forms[i + 1] in _SAID_VERBS and any(base_tag(t.tag) == "EP" for t in tokens[i + 2:i + 4]):
            return True
    return False


def _speaker(forms: list[str], bases: list[str]) -> str | None:
    """The one a question asking what was said names as speaking: the noun the subject's or the
    topic's particle follows before 뭐 (카다피는 공습을 뭐라고 했어), or, as chat drops it, a name or
    a word for people right before 뭐 (케리 국무장관 뭐라고 했어) or a name with its title opening
    the question; None when none. Not a word for what was said (강조한 내용은 무엇인가, 소감 뭐라고
    했어). forms and bases: the question's tokens' forms and base tags."""
    what = next((i for i, f in enumerate(forms) if f in ("뭐", "무엇", "뭘")), None)
    if what is None:
        return None
    # A word of one syllable is more often a piece Kiwi cut (소 + 가 of 소감) than who spoke.
    def spoke(i: int) -> bool:
        return len(forms[i]) > 1 and forms[i] not in _NOT_SPEAKERS

    for i in range(what - 1):
        j = i + 1 + (bases[i + 1] == "XSN")  # 네티즌들은
        if bases[i] in ("NNG", "NNP", "SL") and spoke(i) and j < what \
                and forms[j] in ("은", "는", "이", "가") and bases[j] in ("JX", "JKS"):
            return forms[i]
    j = what - 1 - (what >= 1 and bases[what - 1] == "XSN")
    if j >= 0 and spoke(j) and (bases[j] in ("NNP", "SL") or (bases[j] == "NNG" and _a_person(forms[j]))):
        return forms[j]
    # ... or, opening the question, a name with its title (박근혜 대통령 만델라 타계에 뭐라고 했어).
    if what >= 2 and bases[0] == "NNP" and spoke(0) and bases[1] == "NNG" and _a_person(forms[1]):
        return forms[0]
    return None


def _a_person(noun: str | None) -> bool:
    return _is_person_noun(noun) or noun in _NAMED_AS_PEOPLE


def _said(text: str, tokens: list[Token], kind: Kind) -> bool:
    """Whether the question asks what someone said: 소감, 뭐라고 했어 (not 뭐라고 불러, which asks
    for a name), 강조한 건. Who said it, or when, is asked with another kind."""
    if kind in (Kind.PERSON, Kind.PLACE, Kind.TIME, Kind.AMOUNT):
        return False
    forms = [t.form for t in tokens]
    if _SPEECH_NOUNS & set(forms):
        return True
    # Kiwi may cut the noun off in a phrase it misreads ("점화자 소감" -> 점화 + 자 + 소 + 가 + ㅁ):
    # the word as typed, alone or before a particle, says it as well.
    if any(word.rstrip("?!.,") in _SPEECH_FORMS for word in text.split()):
        return True
    if _what_was_said(tokens, forms):
        return True
    for i, tok in enumerate(tokens):
        nxt = forms[i + 1:i + 4]
        if tok.form in _SPEECH_STEMS and any(base_tag(t.tag) == "ETM" for t in tokens[i + 1:i + 3]) \
                and _WHAT_WAS_SAID & set(nxt):
            return True
    return False


_FINAL_TAGS = ("EP", "EF", "EC", "SF", "VX", "JX", "ETN")  # ETN: chat's 받았음?, 통과됐음?
_BIDDING = frozenset({"오", "시오", "십시오", "세요", "라", "어라", "아라", "자"})
_TURNED_OUT = frozenset({"되", "나오", "나"})


def _outcome(forms: list[str]) -> bool:
    """어떻게 됐어, 어떻게 나왔어, 어떻게 났어: how what the question names turned out."""
    return any(form in ("어떻", "어떻게") and i + 1 < len(forms)
               and (forms[i + 1] in _TURNED_OUT or (forms[i + 1] == "게" and forms[i + 2:i + 3] and forms[i + 2] in _TURNED_OUT))
               for i, form in enumerate(forms))


_SUFFERED = frozenset({"받", "당하"})  # 징계(를) 받다, 체포(를) 당하다: the act done to the one asked about


def _asserted(tokens: list[Token]) -> str | None:
    """The act a question without a question word asks whether it happened (결국 기소됐어?,
    사과했대?, 징계 받았어?, 체포당했어?) or what it asks whether something was (음주였어?): a
    verbal noun made a verb with 하다 / 되다, suffered with 받다 / 당하다, or a noun with 이다,
    ending the question. Other verbs change their stem with the voice (잡혔어 for an article's
    잡았다): only those whose news words are known count (잡혔어 -> 체포, 검거, 잡다)."""
    if any(t.form in _WH or t.form in QUESTION_WORDS or t.form.startswith("어떠") for t in tokens):
        return None
    if any(base_tag(t.tag) == "EF" and t.form in _BIDDING for t in tokens):
        return None  # 요인을 말하시오: a task, not a question whether
    content = [i for i, t in enumerate(tokens) if base_tag(t.tag) not in _FINAL_TAGS]
    if len(content) >= 4 and _verb_made_noun(tokens, content[-2]):
        content = content[:-3]  # 구속됐던 거야?, 사과한 거임?: the verb made a noun, then 이다
    if len(content) < 2:
        return None
    if len(content) >= 3 and content[-3] + 2 == content[-2] + 1 == content[-1]:
        noun, between, verb = (tokens[i] for i in content[-3:])
        if base_tag(noun.tag) == "NNG" and noun.pieces and verb.form in ("하", "되", *_SUFFERED) \
                and base_tag(verb.tag) in ("VV", "XSV") \
                and (base_tag(between.tag) == "MAG" or between.form in LIGHT_WORDS):
            # 고발 결국 됐어?, 징계 이미 받았어?: chat puts an adverb between the act and its verb,
            # which Kiwi then reads as a verb of its own.
            return noun.pieces[0][0]
    noun, verb = tokens[content[-2]], tokens[content[-1]]
    # Kiwi reads the 되 of a verbal noun as a verb of its own at times (발부됐어: 발부 + 되/VV): glued
    # to the noun, it makes it a verb all the same.
    made = verb.form in ("하", "되") and (base_tag(verb.tag) == "XSV"
                                         or base_tag(verb.tag) == "VV" and verb.start == noun.end)
    suffered = verb.form in _SUFFERED and base_tag(verb.tag) == "VV"
    said_to_be = verb.form == "이" and base_tag(verb.tag) == "VCP"  # 음주였어?, 자살이었대?
    if base_tag(noun.tag) == "NNG" and noun.pieces and (made or suffered or said_to_be) and content[-1] == content[-2] + 1:
        return noun.pieces[0][0]
    # ... or a verb whose news words are known (잡혔어 -> 체포, 검거): the article says it so.
    if base_tag(verb.tag) == "VV" and verb.form in _REGISTER:
        return verb.form
    return None


def _grain(forms: list[str], bases: list[str]) -> str | None:
    """몇 시, 시각 -> 시; 몇 년도, 연도, 개봉한 해 -> 년; 날짜, 며칠 -> 일; 몇 월 -> 월."""
    for i, form in enumerate(forms):
        if form == "몇" and i + 1 < len(forms) and forms[i + 1] in _GRAINS:
            return _GRAINS[forms[i + 1]]
    for form, base in zip(forms, bases):
        if base == "NNG" and form in _GRAINS and len(form) >= 2:
            return _GRAINS[form]
    last = _last_noun(forms, bases)  # 해, 날: only as what is asked (개봉된 해는?), not the sun
    return _GRAINS[last] if last in ("해", "날") else None


def _glued_day(tokens: list[Token]) -> bool:
    """출생일은?, 개봉일은?: the question ends with the day of an act."""
    rest = [i for i, t in enumerate(tokens) if base_tag(t.tag) not in _PARTICLE_TAGS + ("SS", "SE", "SO", "SW")]
    return bool(rest) and _day_of_act(tokens, rest[-1])


def _day_of_act(tokens: list[Token], i: int) -> bool:
    """Token i is 일 written onto the noun before it (출생일: Kiwi cuts it off; on its own 일 is
    as often work)."""
    return tokens[i].form == "일" and base_tag(tokens[i].tag) == "NNG" and i > 0 \
        and base_tag(tokens[i - 1].tag) == "NNG" and tokens[i - 1].end == tokens[i].start


def _asks_what(tokens: list[Token]) -> bool:
    """The question ends with a noun and the topic particle (…왕비는?)."""
    rest = [t for t in tokens if base_tag(t.tag) not in ("SF", "SP", "SE", "SS", "SO", "SW")]
    return len(rest) >= 2 and rest[-1].form in ("은", "는", "ᆫ") and base_tag(rest[-1].tag) == "JX" \
        and base_tag(rest[-2].tag) in ("NNG", "NNP")


def _is_person_noun(noun: str | None) -> bool:
    """A role that a person holds: 교수, 좌장, the heads of things (부대장, 소방서장) and the
    doers of crimes (방화범, 살인범)."""
    return noun is not None and (noun in _PERSON_NOUNS or (len(noun) >= 3 and noun.endswith("장"))
                                 or criminal(noun))


def criminal(noun: str) -> bool:
    """A word for who did a crime as Kiwi reads it whole: 방화범, 성폭행범, 현행범 (not 모범,
    시범 or 방범, of two syllables)."""
    return len(noun) >= 3 and noun.endswith("범")


_USE_WORDS = frozenset({"쓰", "쓰이", "사용", "활용", "이용", "응용", "적용", "써먹"})


def _asks_use(forms: list[str]) -> bool:
    """어디에 쓸 수 있어, 어디에 사용돼: asks what a thing is for."""
    return any(form == "어디" and forms[i + 1:i + 2] == ["에"] and forms[i + 2:i + 3] and forms[i + 2] in _USE_WORDS
               for i, form in enumerate(forms))


# What one goes through for a while: 교육 얼마나 받아야 돼 asks how long (최소 6개월간), not a sum.
_COURSES = frozenset({"교육", "훈련", "치료", "수업", "연수", "강의", "재활", "입원", "수감", "복역", "수련", "실습"})


def _undergone(forms: list[str], i: int) -> bool:
    """The noun right before 얼마나 at i (its particle aside) is a course one goes through."""
    j = i - 1
    while j >= 0 and forms[j] in ("을", "를", "은", "는", "이", "가", "도"):
        j -= 1
    return j >= 0 and forms[j] in _COURSES


def _paid(forms: list[str], i: int) -> bool:
    """얼마 내야 돼, 얼마를 냈어, 한 사람당 얼마 줬어, 얼마 받았어, 얼마짜리야: paying, giving,
    being paid or what a thing costs, right after 얼마 (not 내 of 내자동)."""
    after = [f for f in forms[i + 1:i + 3] if f not in ("를", "을", "씩")]
    return bool(after) and after[0] in ("내", "주", "받", "짜리")


def _measured(forms: list[str], bases: list[str]) -> tuple[str, ...]:
    """Units that the question's measured noun is given in (or its adjective: 얼마나 멀어 asks a
    거리), or () for any number."""
    for form, base in zip(reversed(forms), reversed(bases)):
        if base in ("NNG", "NNP") and form in _MEASURES:
            return _MEASURES[form]
        if base == "VV" and form in _FALLING and not _FALLS.isdisjoint(forms):
            return _FALLEN  # 비 얼마나 왔어, 눈 얼마나 쌓였어: how much fell
        if base == "XSN" and form in ("율", "률"):
            return _MEASURES["비율"]  # Kiwi cuts 투표율 into 투표 + 율: any rate is a share
        if base == "VA" and form in _MEASURED_BY:
            return _MEASURES[_MEASURED_BY[form]]
    return ()


# Rain and snow asked as falling (비 얼마나 왔어, 눈 얼마나 내렸어) are measured as their amounts are.
_FALLS = frozenset({"비", "눈", "폭우", "호우", "폭설", "빗물"})
_FALLING = frozenset({"오", "내리", "쏟아지", "쌓이", "퍼붓"})


# Adjectives that ask for a measure with 얼마나 (얼마나 멀어, 얼마나 무거워): the noun they stand for.
_MEASURED_BY = {"멀": "거리", "무겁": "무게", "가볍": "무게", "높": "높이", "깊": "깊이", "넓": "면적", "길": "길이",
                "빠르": "속도",
                # 제일 싼 거 얼마야: a price.
                "싸": "가격", "비싸": "가격", "저렴하": "가격"}


def _priced(forms: list[str], bases: list[str]) -> tuple[str, ...]:
    """얼마 of a fee, a cost or a sum (입장료, 제작비, 등록금, 판매가, 거래액): asked with 얼마,
    a noun with one of these endings is money, though no list names every one."""
    for form, base in zip(reversed(forms), reversed(bases)):
        if base in ("NNG", "NNP") and len(form) >= 2 and form[-1] in _PRICE_ENDINGS and form not in _NOT_PRICES:
            return MONEY
    return ()


def _noun_before_what(forms: list[str], bases: list[str]) -> str | None:
    """The noun 뭐/무엇 asks about: 원인 of "원인 뭐로 밝혀졌어", 이유 of "이유는 무엇인가"."""
    for i, form in enumerate(forms):
        if form in ("뭐", "무엇", "뭘"):
            j = i - 1
            while j >= 0 and bases[j] in _PARTICLE_TAGS:
                j -= 1
            if j >= 1 and forms[j] == "위" and bases[j - 1] == "SN":
                j -= 2  # 이유 1위가 뭐야: the rank is of the noun before it
            return forms[j] if j >= 0 and bases[j] in ("NNG", "NNP") else None
    return None


def _last_noun(forms: list[str], bases: list[str]) -> str | None:
    for form, base in zip(reversed(forms), reversed(bases)):
        # 년도 is a bound noun to Kiwi (개봉한 년도는?), and still the noun that says what is asked.
        if base in ("NNG", "NNP", "SL") or (base == "NNB" and form in _TIME_NOUNS):
            return form
        if base not in ("SF", "SP", "SS", "SE", "SO", "SW", "JKS", "JKO", "JKB", "JX", "EF", "VCP"):
            return None
    return None


_PARTICLE_TAGS = ("JKS", "JKC", "JKG", "JKO", "JKB", "JX", "VCP", "EF", "EC", "ETM", "SF", "SP")
# Particles after 어디 that place something (어디서 열려, 어디에 있어, 어디로 옮겨).
_LOCATIVE = {"에서": "에서", "서": "에서", "에": "에", "로": "로", "으로": "로"}


def _located(forms: list[str]) -> str | None:
    """The particle after 어디 that places something (어디서: 에서, 어디에: 에, 어디로: 로), or None."""
    for a, b in zip(forms, forms[1:]):
        if a == "어디" and b in _LOCATIVE:
            return _LOCATIVE[b]
    return None


def _category(tokens: list[Token], forms: list[str], bases: list[str], kind: Kind) -> str | None:
    """The noun that says what kind of thing the answer is: after 어느/무슨/어떤 (어느 대학), or,
    when a person, place or name is asked, the noun right before 이름 or the question word
    (…방송국은?, 절의 이름은, 좌장 누구였어)."""
    for word in ("어느", "무슨", "어떤"):
        noun = _noun_after(forms, bases, word)
        if noun:
            return None if noun in _HOLLOW else noun
    # Chat asks 어디 학술지에 실렸어 for 어느 학술지. (Not 어디 before any noun: 어디 소속, 어디
    # 출신, 어디 인근 ask for the place, and 소속 is no kind of answer.)
    for i in range(len(forms) - 1):
        if forms[i] == "어디" and forms[i + 1] in JOURNAL_NOUNS:
            return forms[i + 1]
    if kind not in (Kind.NAME, Kind.PLACE):
        # A person's role (좌장 누구, 원장 누구) is what the article must name next to the answer:
        # it stays a word to look for.
        return None
    anchors = [i for i, f in enumerate(forms) if f in ("이름", "명칭") or f in ("누구", "누가", "어디", "무엇", "뭐")]
    if anchors:
        at = anchors[0]
        if _located(forms[at:at + 2]):
            # 장례식 어디서 해, 공장은 어디에 있어: the noun is what stands somewhere, not what
            # the answer is (방송국 어디야): the article must name it.
            return None
        j = at - 1
        while j >= 0 and bases[j] in _PARTICLE_TAGS:
            j -= 1
        if j >= 0 and bases[j] in ("NNG", "NNP") and forms[j] not in _HOLLOW and forms[j] not in _NAME_NOUNS:
            return forms[j]  # (별명 뭐야 asks for a name, not for a thing called 별명)
    if _asks_what(tokens):
        noun = _last_noun(forms, bases)
        return None if noun in _HOLLOW else noun
    return None


def _of_an_age(forms: list[str], bases: list[str], word: str) -> bool:
    """Someone named by their age (음주운전 10대 이름 뭐야): N대 right before word."""
    if word not in forms:
        return False
    i = forms.index(word)
    return i >= 2 and forms[i - 1] == "대" and bases[i - 2] == "SN"


def _noun_before(forms: list[str], bases: list[str], word: str) -> str | None:
    if word not in forms:
        return None
    for j in range(forms.index(word) - 1, -1, -1):
        if bases[j] in ("NNG", "NNP", "SL"):
            return forms[j]
    return None


def _noun_after(forms: list[str], bases: list[str], word: str) -> str | None:
    for i, form in enumerate(forms):
        if form == word:
            for j in range(i + 1, min(i + 3, len(forms))):
                if bases[j] in ("NNG", "NNP"):
                    return forms[j]
    return None


PROPER_CODES = frozenset({TAG_CODE["NNP"], TAG_CODE["SL"], TAG_CODE["SH"]})


# Words that carry no content a quote could be checked for: light verbs, bound nouns and
# adverbs of chat questions (젤, 좀), and determiners.
LIGHT_WORDS = frozenset(
    "하 되 있 없 보 가 오 주 쓰 나오 만들 받 알 말 같 그렇 이렇 싶 놓 두 드리 지 이 그 저 다 또 안 좀 젤 제일 "
    "다시 같이 정말 진짜 혹시 원래 결국 아까 그냥 거 것 게 건 데 수 중 때 등 쪽 번 뭐 얘기".split()
)


def informative(question: Question, term) -> bool:
    """A word whose presence says something: not a light word, not one that only says the kind
    of answer (몇 명's 명, 어느 대학's 대학, 곳, 이름, 소감 of 소감 뭐라고 했어)."""
    text = term.text
    return not (_says_no_topic(text) or text in question.units or question.names_the_kind(text))


def dates_only(question: Question, text: str) -> bool:
    """A word of a question asking when that only says what part of a date it wants (연도 of
    출생연도, 날짜 of 개봉 날짜)."""
    return question.kind is Kind.TIME and text in _TIME_NOUNS


def says_nothing(question: Question) -> bool:
    """Every word of the question is light, a question word or only a kind of thing (어떻게 됐어?,
    사람 누구야, 회사 어디야): it does not say what it asks about."""
    return all(map(_says_no_topic, question.terms))


def _says_no_topic(text: str) -> bool:
    """A light word, a question word or only a kind of thing, in any question."""
    return text in LIGHT_WORDS or text in CATEGORY_NOUNS or _is_question_word(text)


def _is_question_word(text: str) -> bool:
    """누가, 어디에: a question word Kiwi sometimes reads as a name (원수격인 누가 … 임명하는가)."""
    return text in _WH or (len(text) > 1 and text[-1] in "에가는을를의" and text[:-1] in _WH)
