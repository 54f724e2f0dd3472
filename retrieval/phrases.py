"""Phrases of a sentence that could answer a question of some kind: an amount in the asked
unit, a date, a person's name, a place or organisation, a quoted name, a journal.

Korean news writes these in a few fixed ways: a number and its counter (65만명, 1조2,081억원,
40여가지), dates (2006년 1월, 20시 21분경), a name before a title (박충모 서울대 교수, 우주인
오니시 다쿠야), names in quotes or after 이른바, and journals before 게재/실렸다. Numbers and
quotes are read from the text; names from Kiwi's tags (NNP for proper nouns).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .analyzer import TAG_CODE
from .question import (CRIME_PARTS, DURATION, JOURNAL_NOUNS, MONEY, SCORE, SPAN_YEARS, SPEED, TERM_YEARS, Kind,
                       Question, criminal)

NNP, SL, SH, NNG, SN = (TAG_CODE[t] for t in ("NNP", "SL", "SH", "NNG", "SN"))
VERBS = frozenset(TAG_CODE[t] for t in ("VV", "VA", "VX"))
_PROPER_TAGS = frozenset((NNP, SL, SH))

_DIGITS = r"\d[\d,]*(?:\.\d+)?"
_BIG = r"[십백천만억조]"
# Native numerals: past ten a ten and a unit in one word (열두, 스물다섯) or 스무; the longest first.
_NATIVE_ONES = r"(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉)"
_NATIVE = (rf"(?:(?:열|스물|서른|마흔|쉰|예순|일흔|여든|아흔){_NATIVE_ONES}|스무|서른|마흔|예순|일흔|여든|아흔"
           rf"|[한두세네]|다섯|여섯|일곱|여덟|아홉|열)")
_NUMBER = (
    rf"(?:(?:약|최대|최소|최고|총|무려)\s?)?"
    rf"(?:{_DIGITS}(?:\s?{_BIG}+(?:\s?{_DIGITS})?)*|{_BIG}+|수{_BIG}*|{_NATIVE})"
    rf"(?:\s?여)?"
)
_DATE_UNITS = ("년", "월", "일", "시", "분", "초")
# Counters an amount is written with when the question names no unit.
_COUNTERS = sorted(
    "명 개 가지 원 달러 유로 엔 위안 배 퍼센트 년 개월 달 주 일 시간 분 초 대 건 회 번 번째 위 점 편 장 마리 곳 층 세 "
    "살 도 주년 호 권 척 기 발 톤 그램 킬로그램 킬로미터 미터 센티미터 광년 마력 와트 평 가구 차례 종 억 조 만 천".split(),
    key=len, reverse=True,
)
_SYMBOL_UNIT = r"%|％|[A-Za-z㎞㎝㎜㎏㎎㎡℃°]+(?:/[A-Za-z㎏]+)?"
# A number starts a word, or follows the ordinal 제 (제89조, 제50회).
# 제3자, 징역3년: glued to what it numbers; 시민9명: to the word before, a space left out.
_STARTS = r"(?:(?<![\w.])|(?<=제)|(?<=징역)|(?<=금고)|(?<=[가-힣])(?=\d))"
_ANY_AMOUNT = re.compile(rf"{_STARTS}{_NUMBER}(?:\s?(?:{_SYMBOL_UNIT}|{'|'.join(_COUNTERS)}))?")
# Dates begin with a digit; the words before some (지난 4월, 올해 3월) are added after a match.
_DAY_PARTS = "오전|오후|새벽|밤|저녁|아침|낮"  # the parts of a day, after its date (25일 오후)
_TIME = re.compile(
    r"(?:\d{4}\s?[.-]\s?\d{1,2}(?:\s?[.-]\s?\d{1,2})?"
    r"|\d{1,4}\s?년대|\d{1,2}\s?세기(?:\s?[초중말])?"
    r"|(?:\d{1,4}\s?년\s?)?(?:\d{1,2}\s?월\s?)?(?:\d{1,2}\s?일)(?:\s?(?:" + _DAY_PARTS + r"))?(?:\s?\d{1,2}\s?시(?!간)(?:\s?\d{1,2}\s?분)?)?"
    r"|\d{1,4}\s?년(?:\s?\d{1,2}\s?월)?|\d{1,2}\s?월(?:\s?(?:초|중순|말|하순|초순))?"
    r"|(?:\d+\s?[천백]\s?)?\d*\s?[만억]\s?년\s?(?:전|후)"
    r"|\d{1,2}\s?시(?!간)(?:\s?\d{1,2}\s?분)?(?:\s?경)?"
    # ... and the clock as timetables write it (11:00~12:00); not a score (2:1) or a ratio.
    r"|(?<![\d:])(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]))"
)
_TIME_WORDS = re.compile(
    r"(?:지난|올|내|작|이듬)해|작년|내년|올해|연말|연초|상반기|하반기"
    # ... a month or a week told from the day of the report (지난달 말, 이번 주 초, 이튿날).
    r"|(?:(?:지난|이번|다음)\s?(?:달|주)|이달|전날|이튿날)(?:\s?(?:초|말|중순|하순|초순))?"
    r"|(?:초등학교|중학교|고등학교|대학|고교|중학)?\s?\d+\s?(?:학년|살|세)\s?(?:때|무렵|시절)"
    r"|(?:어릴|어렸을|젊은|학창|유년)\s?(?:적|때|시절)"
    # An era or an event given as the time (임진왜란 때, 계몽주의 시대까지, 전쟁 직후).
    r"|[가-힣]{2,}\s(?:때|시대|시절|무렵|직후|당시)(?=까지|부터|에|의|엔|[^가-힣]|$)"
    # A numbered assembly or election is a period too (18대 국회에서, 제19대 대선 때).
    r"|(?<![\d가-힣])(?:제\s?)?\d{1,2}\s?대\s(?:국회|대선|총선|대통령\s?선거|국회의원\s?선거|지방\s?선거|정부)"
)
_TIME_PREFIX = re.compile(r"(?:지난|올|오는|내년|작년|올해|오전|오후|새벽|아침|저녁|밤)\s?$")
NAMED_HINTS = ("이른바", "일명", "소위", "라고", "이란", "란 ", "라는", "불리")
_NAMED_HINT = re.compile("|".join(NAMED_HINTS))  # any of them, in one search
# Quotes with distinct opening and closing marks; straight quotes are paired in order instead,
# so the text between a closing and the next opening one ("…했다"며 "…") is never taken.
_QUOTED = re.compile(r"[‘“「『《〈<]([^‘’“”「」『』《》〈〉<>]{1,40})[’”」』》〉>]")
_STRAIGHT = ("'", '"', "`")
_LATIN_GLOSS = re.compile(r"[가-힣]+\(([A-Za-z][A-Za-z0-9 .&/-]{1,40})\)")
_NAMED = re.compile(
    r"(?:이른바|일명|소위)\s([^\s,.]+(?:\s[^\s,.]+)?)"
    r"|([^\s‘’'\"“”]{2,20}?)(?:이)?(?:라고\s?(?:부르|불리|불린|부른|명명|이름)|으로\s불리|로\s불리)"
)
_PUBLISHED = re.compile(r"게재|실렸|실린|실리|발표했|발표됐|온라인판|최신호|학술지|저널|자매지|국제학술지|[^\s]+지\(")

# Nouns that name a role; a proper noun next to one is a person's name.
PERSON_TITLES = frozenset(
    "교수 박사 연구원 연구위원 선임연구위원 책임연구원 선임연구원 연구교수 위원 씨 회장 대표 사장 부사장 "
    "원장 부원장 단장 위원장 장관 차관 대통령 총리 의원 감독 선수 작가 기자 책임자 개발자 전문가 학생 "
    "학부생 대학원생 과학자 연구자 총장 소장 센터장 팀장 이사 국장 청장 시장 지사 변호사 판사 검사 "
    "재판장 대변인 저자 제1저자 교수팀 박사팀 연구팀장 의장 주임 우주인 비행사 조종사 화가 "
    "배우 가수 회원 주민 경찰관 대사 상무 전무 부장 과장 국왕 여왕 왕 총재 부총재 고문 서장 직무대리 "
    # The honorific news gives a leader's wife (부인 김정숙 여사와 관람한다).
    "여사 "
    # A player by the team's part (주장 에마뉘엘 아데바요르, 공격수 손흥민, 투수 류현진, 6번 키커 장슬기).
    "주장 코치 투수 타자 포수 내야수 외야수 공격수 수비수 미드필더 골키퍼 키커 스트라이커 윙어 세터 리베로".split()
)


# Title words that end a word naming a person's role (징계위원장, 서울대교수).
_TITLE_SUFFIXES = tuple(sorted(
    "교수 박사 연구원 연구위원 위원 위원장 회장 대표 사장 부사장 원장 단장 장관 차관 대통령 총리 의원 감독 선수 "
    "작가 기자 책임자 총장 소장 센터장 팀장 이사 국장 청장 시장 지사 변호사 재판장 대변인 교수팀 박사팀 직무대리 "
    "서장 부장 의장 총재 씨".split(), key=len, reverse=True))
_TITLE_ANY = re.compile("|".join(_TITLE_SUFFIXES))
# The same, with 부회장 and 부총리: what an article names a person by after the name (이 부회장).
TITLE_SUFFIXES = tuple(sorted({*_TITLE_SUFFIXES, "부회장", "부총리", "부시장", "부위원장"}, key=len, reverse=True))

# Category words that ask for a country (어느 나라, 국적), and how a state's name may end.
_NATION_NOUNS = frozenset(("나라", "국가", "국적"))
_NATION_ENDS = ("공화국", "왕국", "제국", "민국", "연방")
# States, today's and history's, as Korean writes their names.
NATIONS = frozenset(
    "가나 가봉 가이아나 감비아 과테말라 그레나다 그리스 기니 나미비아 나우루 나이지리아 남수단 남아공 네덜란드 네팔 "
    "노르웨이 뉴질랜드 니제르 니카라과 대만 덴마크 도미니카 독일 동티모르 라오스 라이베리아 라트비아 러시아 레바논 "
    "레소토 루마니아 룩셈부르크 르완다 리비아 리투아니아 리히텐슈타인 마다가스카르 말라위 말레이시아 말리 멕시코 "
    "모나코 모로코 모리셔스 모리타니 모잠비크 몬테네그로 몰도바 몰디브 몰타 몽골 미국 미얀마 바레인 바베이도스 "
    "바티칸 바하마 방글라데시 베냉 베네수엘라 베트남 벨기에 벨라루스 벨리즈 보스니아 보츠와나 볼리비아 부룬디 "
    "부르키나파소 부탄 북마케도니아 마케도니아 북한 불가리아 브라질 브루나이 사모아 사우디아라비아 사우디 산마리노 "
    "세네갈 세르비아 세이셸 소말리아 수단 수리남 스리랑카 스웨덴 스위스 스페인 슬로바키아 슬로베니아 시리아 "
    "시에라리온 싱가포르 아랍에미리트 아르메니아 아르헨티나 아이슬란드 아이티 아일랜드 아제르바이잔 아프가니스탄 "
    "안도라 알바니아 알제리 앙골라 에리트레아 에스토니아 에콰도르 에티오피아 엘살바도르 영국 예멘 오만 "
    "오스트레일리아 호주 오스트리아 온두라스 요르단 우간다 우루과이 우즈베키스탄 우크라이나 이라크 이란 이스라엘 "
    "이집트 이탈리아 인도 인도네시아 일본 자메이카 잠비아 조지아 중국 지부티 짐바브웨 차드 체코 칠레 카메룬 "
    "카자흐스탄 카타르 캄보디아 캐나다 케냐 코모로 코스타리카 코트디부아르 콜롬비아 콩고 쿠바 쿠웨이트 크로아티아 "
    "키르기스스탄 키리바시 키프로스 타지키스탄 탄자니아 태국 토고 통가 투르크메니스탄 투발루 튀니지 튀르키예 터키 "
    "파나마 파라과이 파키스탄 파푸아뉴기니 팔라우 팔레스타인 페루 포르투갈 폴란드 프랑스 피지 핀란드 필리핀 헝가리 "
    "한국 남한 대한민국 고구려 백제 신라 가야 발해 고려 조선 로마 프로이센 오스만 페르시아 비잔티움 소련 "
    "청나라 명나라 원나라 송나라 당나라 수나라".split()
)


# Words of 2-4 syllables before a title that are not names.
# Countries and regions that news puts before a title (미국 대통령, 러시아 우주인): not names. The
# states, and the regions, capitals and one-syllable short forms (미, 중) news also writes there.
COUNTRIES = NATIONS | frozenset(
    "홍콩 유럽 아시아 아프리카 중동 서울 도쿄 베이징 워싱턴 뉴욕 런던 파리 모스크바 미 중 일 영 러 독 불 유엔".split())
_NOT_NAMES = frozenset("이번 당시 지난 현재 전직 신임 초대 공동 연구 관계 담당 해당 정부 국내 "
                       "현직 차기 전임 후임 명예 수석 선임 책임 부장 대학".split()) | COUNTRIES


# Telephone numbers (02-2110-7711, (044)201-6789, 1588-1234), the short lines dialled without an
# area code (국번 없이 128, 유선전화 128; not 128억 or 128명), e-mail and web addresses.
_CONTACT = re.compile(
    r"(?<![\d.,])(?!(?:19|20)\d\d-(?:19|20)\d\d)(?:\+82[-\s]?)?(?:\(?0\d{1,2}\)?[-.\s]?)?\d{3,4}-\d{4}(?!\d)"
    r"|(?<![\d.,])1\d{2,3}(?![\d]|[.,]\d|\s?(?:년|월|일|명|개|원|억|만|천|%|번째|위|호|회|대|곳|건|도|시|분|초|세|살|[A-Za-z]))"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?:https?://|www\.)[^\s<>\"')]+|[\w-]+(?:\.[\w-]+)*\.(?:kr|com|net|org)(?:/[^\s<>\"')]*)?"
)

# Words that give a cause or a purpose: a sentence without one rarely says why.
# Also what something happened through (노후화로 벌어졌다, 태풍으로 발생한): a cause with 로.
_CAUSES = re.compile(r"때문|원인|이유|까닭|탓|인해|인한|인하여|덕분|혐의|므로|바람에|영향(?:으로|을\s?받|에\s?따)|계기"
                     r"|위해|위한|위하여|위함|목적"  # a purpose: 국민의 안전을 위해 제작했다, 제공하기 위함이라
                     r"|(?:조사|확인|분석|수사|검사|감식|부검|점검|감사)(?:한|했던)?\s?결과"
                     r"|로\s?(?:벌어|발생|일어[나난났]|빚어|비롯|입원|숨[지진졌]|사망)")
# Words that may introduce a cause or only an outcome (연구 결과가 나왔다, 큰 영향이 없을 것; but an
# inquiry's 결과 and 영향으로 give one): a plausible cause, never exactly one.
_MAYBE_CAUSES = re.compile(r"결과|영향")

# What a sentence that reports speech holds: double quotation marks, a verb of saying, or words
# passed on as said (…에 따르면 …했다고 한다; 아니라고 혐의를 부인했다, a verb of answering back or
# asking after the quotative, one word between at most). (Single quotation marks name things and
# stress words in Korean news: '세상과의 연결'에서는.)
_SPOKEN = re.compile(r"[“”\"「」]|말(?:했|하|한)|밝혔|강조|설명(?:했|하)|전했|덧붙|언급|주장|답했|당부|소감"
                     # ... and what an inquiry concluded (국과수는 … 자살한 것으로 결론내렸다)
                     r"|결론(?:을\s?)?(?:내렸|지었|냈)"
                     r"|[다라]며|[다라]고\s?(?:했|한다|하였|말|밝|강조|전|설명|보고했)|에 따르면"
                     r"|[다라냐자]고\s(?:\S+\s)?\S*?(?:부인|반박|해명|호소|지적|비판|시인|인정|토로|요구|촉구|경고|진술|신고|답변|응답|약속)(?:했|하였|하며|하고|한|해)")


def reports_speech(text: str) -> bool:
    return _SPOKEN.search(text) is not None


# A court's decision as news writes it: 원고 패소 판결했다, 청구를 기각했다, 무죄를 선고했다.
_VERDICT = re.compile(r"판결|패소|승소|기각|각하|무죄|유죄|선고|인용(?:했|됐|되|하)|취소하라")


def gives_verdict(text: str) -> bool:
    return _VERDICT.search(text) is not None


@dataclass(frozen=True)
class Phrase:
    start: int  # offsets into the sentence
    end: int
    strong: bool  # exactly the asked kind (the unit, a title beside the name); else plausible
    # Plausible, but named right after the word for the asked thing (가설인 ‘E3 모형’): a phrase
    # to mark in a quote chosen without it, not one to choose the quote by.
    apposed: bool = False


def find(question: Question, text: str, terms: list[str], tags: list[int], spans: list[tuple[int, int]]) -> list[Phrase]:
    """Phrases of the kind the question asks for that the question does not already contain.
    terms/tags/spans are the sentence's index tokens, spans relative to text."""
    kind = question.kind
    if kind is Kind.ANY:
        return []
    asked = question.term_set
    if kind is Kind.AMOUNT:
        found = _amounts(text, question.units, spans)
        # The question's own numbered word (1인당 of 1인당 GDP) is not the amount it asks for.
        own = question.numbered_words
        if own and found:
            found = [p for p in found if not any(text[p.start:p.start + len(w)].lower() == w for w in own)]
        if found:
            # ... nor an amount the question states (확진자 1104명 나온 날 서울 확진자 몇 명이야:
            # the 1104명 of a sentence is what it asks about, not its answer).
            found = [p for p in found if not _stated(text[p.start:p.end], question.unspaced)]
        if found and question.casualty:
            # ... nor, asked how many were hurt, a count of the dead (50명이 사망했다), or the other way;
            # nor either, asked how many of other people (시위 참가자 몇 명: 6명의 사망자).
            others = _NOT_COUNTED[question.casualty]
            found = [p for p in found if not any(other.match(text, p.end) for other in others)]
        if found and question.units == SPEED:
            # ... and a speed is a distance in a time (시속 300km, 초속 11.2km, 3km/s): 730㎞ 떨어진 is
            # a distance.
            found = [p if not p.strong or _a_speed(text, p) else Phrase(p.start, p.end, False) for p in found]
        if found and "일" in question.units and not _ORDINAL_DAY.search(question.unspaced):
            # ... and, asked for how many days, the day an event had come to (파업이 2일차로
            # 접어들었다, 3일째) is how far it had gone, not how long it went on: plausibly.
            found = [Phrase(p.start, p.end, False) if p.strong and _ORDINAL_DAY.match(text, p.end) else p for p in found]
        if found and not question.ahead and question.term_set.isdisjoint(_TARGET_WORDS):
            # ... and one set as a target (75%까지 높이기, 92%을 달성하기 위해) is not what is, unless
            # a target is asked for: only plausibly the answer.
            found = [Phrase(p.start, p.end, False) if p.strong and _TARGET.match(text, p.end) else p for p in found]
        return found
    if kind is Kind.TIME:
        # A date the question states (3월 of 3월 임시국회 소집일 언제야) is what it asks about, not
        # its answer.
        return [p for p in _times(text, question.grain, question.ahead)
                if not _stated(text[p.start:p.end], question.unspaced)]
    if kind is Kind.REASON:
        found = [Phrase(m.start(), m.end(), True) for m in _CAUSES.finditer(text)]
        return found or [Phrase(m.start(), m.end(), False) for m in _MAYBE_CAUSES.finditer(text)]
    if kind is Kind.CONTACT:
        return [Phrase(m.start(), m.end(), True) for m in _CONTACT.finditer(text)]
    # The question's own word, written in the sentence as one (지카 + 바이러스 for the question's
    # 지카바이러스), is not what it asks for.
    # Nor is its word in another form it is searched by (남양주시 for 남양주, in 경기도 남양주시).
    own, forms = question.unspaced, question.fuller_forms
    return [p for p in _names_asked(question, text, terms, tags, spans, asked)
            if not _its_own(text[p.start:p.end], own, forms)]


def _its_own(phrase: str, own: str, forms: frozenset[str]) -> bool:
    """The phrase is within the question as written (own: Question.unspaced), or ends in one of its
    words in the fuller form it is searched by (forms: Question.fuller_forms)."""
    if _within(phrase.replace(" ", "").lower(), own):
        return True
    words = phrase.split()
    return bool(forms and words) and words[-1].lower() in forms


# A count of people followed by what befell them: died or hurt.
_BEFELL = r"\s?(?:[이가은는도의]|이나|여|가량|정도|이상)?\s?(?:[이가]\s?)?"
DEATH_WORDS = r"사망|숨[지진졌져]|죽|목숨|희생"
INJURY_WORDS = r"부상|다[치쳐친쳤]|중상|경상|중경상"
_DIED = re.compile(_BEFELL + f"(?:{DEATH_WORDS})")
_HURT = re.compile(_BEFELL + f"(?:{INJURY_WORDS})")
_NOT_COUNTED = {"died": (_HURT,), "hurt": (_DIED,), "other": (_DIED, _HURT)}


def _a_speed(text: str, p: Phrase) -> bool:
    """An amount of the speed units is a speed: in knots, or a length with a time before or after
    it (시속 60㎞, 초속 11.2km, 속도는 약 300km, 3km/s, 300km의 속도)."""
    return text.endswith("노트", p.start, p.end) or _PER_TIME_BEFORE.search(text, max(0, p.start - 8), p.start) \
        is not None or _PER_TIME_AFTER.match(text, p.end) is not None


_PER_TIME_BEFORE = re.compile(r"(?:시속|초속|분속|속도는?|속력은?)\s?(?:약\s?|최고\s?|최대\s?|평균\s?)?$")
_PER_TIME_AFTER = re.compile(r"\s?(?:/\s?(?:h|s|hr|초|시간?)|퍼\s?아워|의\s?속도|의\s?속력)", re.IGNORECASE)

# An amount a plan is to reach, and the question words that ask for one.
_TARGET_WORDS = frozenset({"목표", "목표치", "계획", "예정", "전망", "예상"})
_TARGET = re.compile(r"\s?(?:까지\s?(?:높|늘|끌어올|올리|낮추|줄이|확대|확충|감축|증가|달성)|(?:을|를)?\s?달성(?:하기|할|하겠|하려))")


def _stated(phrase: str, question: str) -> bool:
    """The amount is written in the question (unspaced), whole and with or without its
    thousands' commas (1,104명 for 1104명): 2년 is not in 2002년."""
    phrase = phrase.replace(" ", "").replace(",", "").lower()
    question = question.replace(",", "")
    at = question.find(phrase)
    while at != -1:
        if at == 0 or not (question[at - 1].isdigit() or question[at - 1] == "."):
            return True
        at = question.find(phrase, at + 1)
    return False


def _within(phrase: str, question: str) -> bool:
    return len(phrase) >= 2 and phrase in question


def _names_asked(question: Question, text: str, terms, tags, spans, asked: set[str]) -> list[Phrase]:
    kind = question.kind
    if kind is Kind.PERSON:
        people = _people(text, terms, tags, spans, asked, question.focus)
        # Any other proper noun may be a name without a title (김대중이 당선됐다): plausible.
        taken = {(p.start, p.end) for p in people}
        # Asked a name (음주운전 10대 이름 뭐야), a country's (미국에서) is not one.
        name_asked = "이름" in asked
        # ... nor a letter standing for one left unnamed (A 씨) or an acronym (SNS).
        return people + [p for p in _proper_runs(text, terms, tags, spans, asked, strong=False, people=True)
                         if (p.start, p.end) not in taken and not (name_asked and (
                             _a_nation(text[p.start:p.end]) or _INITIALS.fullmatch(text, p.start, p.end)))] \
            + _unnamed(text)
    if kind is Kind.PLACE:
        found = _proper_runs(text, terms, tags, spans, asked)
        found += _apart(found, _compounds_of(question.category, text, terms, tags, spans))  # 서울대학교 법과대학 is one name
        found += _apart(found, [Phrase(m.start(1), m.end(1), True) for m in _OFFICES.finditer(text)])
        if question.located:
            found += _apart(found, _placed_before_act(text, terms, tags, spans, asked, question.located))
        # A public body by the word for what it is (산림청, 식약처, 방송통신위원회): plausibly where,
        # asked which body did something (국유림 내준다고 한 곳 어디야); surely where, right before
        # the act asked about with the asked particle (문화재청에 신청했다), as found just above.
        found += _apart(found, [Phrase(m.start(), m.end(), False) for m in _BODIES.finditer(text)])
        if question.located:
            # Asked 어디서 / 어디에, the place is written with the same particle (공평동 선거캠프에서):
            # a name without one (대한민국 대선 후보) is only plausible.
            placed = _PLACED[question.located]
            found = [Phrase(p.start, p.end, p.strong and placed.match(text, p.end) is not None) for p in found]
        return _categorised(text, found, question.category, apposed_as=None if question.located else "kind")
    # NAME
    out = _names(text, asked)
    if question.publication and (not question.category or question.asks_journal) and not _PUBLISHED.search(text):
        return []  # a journal is named where the paper is said to be published
    out += _proper_runs(text, terms, tags, spans, asked, strong=False)
    if question.category in ILLNESS_NOUNS:
        # 무슨 병이었어: an illness is named by its common noun (간암, 폐렴, 당뇨병, 심근경색).
        return _categorised(text, out, question.category) + _apart(out, _illnesses(terms, tags, spans, asked))
    return _categorised(text, out, question.category, question.asks_called, apposed_as="mark")


# What is asked when an illness is (무슨 병, 병명, 사인), and how the names of illnesses end.
ILLNESS_NOUNS = frozenset("병 질병 질환 병명 지병 사인 암 장애".split())
_ILLNESS_ENDS = ("암", "병", "증", "염", "렴", "종양", "장애", "경색", "질환", "감염", "출혈", "부전", "마비", "결핵",
                 "치매", "독감", "바이러스", "증후군")
# ... and words that end so but are no illness (투병 is fighting one, 파병 sending troops, 검증 a check).
_NOT_ILLNESSES = ("투병", "발병", "간병", "문병", "파병", "장병", "사병", "해병", "의병", "보병", "용병", "신병", "오염",
                  "검증", "보증", "인증", "입증", "고증", "확증", "논증", "반증", "실증", "방증", "신분증", "자격증",
                  "면허증", "등록증", "허가증", "학생증", "영수증")


_ILLNESS_WORD = re.compile("[가-힣](?:" + "|".join(_ILLNESS_ENDS) + ")")


def holds_a_number(text: str) -> bool:
    """Any number at all, in figures or words (3명, 세 명, 두 칸, 수십 명, 1만); not a numeral word
    that begins another word (한 of 한국당, 세 of 세계)."""
    return any(not (_BARE_NUMERAL.fullmatch(m.group().strip()) and _hangul_at(text, m.end()))
               for m in _ANY_AMOUNT.finditer(text))


def _hangul_at(text: str, i: int) -> bool:
    return i < len(text) and "가" <= text[i] <= "힣"


def names_an_illness(text: str) -> bool:
    """A cheap look, before tokens, for what may be an illness's name (췌장암으로, 폐렴; also 병원,
    which the phrase finder then passes over)."""
    return _ILLNESS_WORD.search(text) is not None


def _illnesses(terms, tags, spans, asked: set[str]) -> list[Phrase]:
    """Nouns that name an illness, with the nouns written onto them (알츠하이머 + 병)."""
    out = []
    for i, term in enumerate(terms):
        if tags[i] == NNG and term not in asked and term not in ILLNESS_NOUNS and term.endswith(_ILLNESS_ENDS) \
                and not term.endswith(_NOT_ILLNESSES):
            a = _glued_start(tags, spans, i)
            out.append(Phrase(spans[a][0], spans[i][1], True))
    return out


# Places an institution's name is glued onto (교통대학교, 정부과천청사역 is one proper noun already):
# written together with what comes before, they name one, where 건설회사 or 보험회사 is a kind.
_INSTITUTIONS = frozenset("학교 대학 대학교 병원 공항 경찰서 소방서 법원 교회 성당 구청 시청 도청 군청 경기장 터미널".split())


def _apart(found: list[Phrase], more: list[Phrase]) -> list[Phrase]:
    """The phrases of more that overlap none of found."""
    return [p for p in more if not any(f.start < p.end and p.start < f.end for f in found)]


def _glued_start(tags, spans, i: int) -> int:
    """The first of the nouns written together up to token i (교통대학교: 교통 + 대학교)."""
    while i > 0 and tags[i - 1] in (NNG, NNP) and spans[i - 1][1] == spans[i][0]:
        i -= 1
    return i


def _compounds_of(category: str | None, text: str, terms, tags, spans) -> list[Phrase]:
    """Common nouns written together onto the word for the institution a question asks which of
    (교통대학교 for 어느 학교, 교통 + 대학교 to Kiwi): a name Kiwi did not read as proper."""
    if category not in _INSTITUTIONS:
        return []
    out = []
    for i, term in enumerate(terms):
        if i == 0 or not term.endswith(category):  # 대학교 is a 학교
            continue
        a = _glued_start(tags, spans, i)
        if a < i:
            out.append(Phrase(spans[a][0], spans[i][1], True))
    return out


# The offices people are sent to, which a report names by what they are (읍·면·동 주민센터에서 신청해):
# where to go, though no name.
_OFFICES = re.compile(r"(?<![가-힣])((?:행정복지|주민|고용|민원)센터|주민자치센터|동사무소|보건소|구청|시청|군청|도청|우체국|세무서|"
                      r"경찰서|파출소|지구대|소방서|등기소|출입국관리사무소|민원실)(?:에서|에|으로|로)")


_BODIES = re.compile(r"(?<![가-힣])[가-힣]{2,}(?:청|처|위원회|공단|공사|연구원|연구소|재단|협회)(?=[이가은는도의에와과]|[\s,.]|$)")


def _placed_before_act(text: str, terms, tags, spans, asked: set[str], located: str) -> list[Phrase]:
    """A common noun with the particle the question asks with, right before the question's own
    word for what happened there (옥상으로 대피하여 for 어디로 대피했어, 의무실에서 치료를 받은 for 어디서
    치료받았어): the place, though no name."""
    out = []
    placed = _PLACED_RIGHT_BEFORE[located]
    for i in range(len(terms) - 1):
        # (The word after is the act, never a name: 쿠데타를 이유로 레소토의 ... is no place.)
        if tags[i] != NNG or terms[i] in asked or terms[i + 1] not in asked or tags[i + 1] == NNP \
                or terms[i] in _WHEN_NOUNS or terms[i] in _NO_PLACE_NOUNS:
            continue
        if i and tags[i - 1] == SN and spans[i - 1][1] == spans[i][0]:
            continue  # a count of places (8곳에서), not one
        if placed.fullmatch(text, spans[i][1], spans[i + 1][0]):
            # 상황실 of 재난 상황실 written as one word, 재난상황실: the whole word.
            out.append(Phrase(spans[_glued_start(tags, spans, i)][0], spans[i][1], True))
    return out


# Nouns that tell when, not where (이번에 등록 신청된, 당시에 설립된): never the place asked 어디에.
_WHEN_NOUNS = frozenset("이번 지난번 당시 현재 최근 요즘 지금 오늘 어제 내일 올해 작년 내년 이날 전날 그날 당일 처음 "
                        "마지막 이후 이전 직후 직전 동안 그동안 무렵 시기 시절 때 주말 연말 연초 오전 오후 새벽 아침 "
                        "저녁 밤 평소 향후 추후 나중".split())
# ... and nouns that say where only in the abstract, or in an order (그 다음으로, 입지로 선정): the
# place is the name they stand for, not them.
_NO_PLACE_NOUNS = frozenset("다음 입지 결과 목적 이유 계기 방식 형태 수준 정도 기준 대상 중 등".split())
# The particles an article places the answer with, by the one the question asks with: where
# something happened is 에서 (메릴랜드주로 이동한 기내에서 답했다 is not where 어디서 asks),
# where something is 에 or 에서, where something went 로 or 에.
_PLACED = {"에서": re.compile(r"에서"), "에": re.compile(r"에서|에"), "로": re.compile(r"으로|로|에")}
# The same, then at most a space before the next word.
_PLACED_RIGHT_BEFORE = {k: re.compile(rf"(?:{p.pattern})\s?") for k, p in _PLACED.items()}
_BARE_YEARS = re.compile(r"\d{1,4}\s?년")
# What after a bare number of years or days says how long, not when: 3년간, 4일째, 5년여 (glued to
# the number: 5일 간담회 and 2019년 여의도 are dates), 5년 동안, 10일 만에, 400년 역사, 1년 내내,
# 20년 가까운 세월, 10년 넘게, 5년에 걸쳐, 20년이 흐른; a span set for what is to come: 60일 이내에, 3년 안에.
_DURATION_AFTER = re.compile(r"[간째여]|\s?(?:동안|만에|의?\s?역사|내내|가까|넘게|넘는|넘은|에\s?걸[쳐친]|[이가]\s?(?:지나|지난|흐르|흐른|흘러)"
                             r"|이내|안에|내에|이상|이하|미만)")
# A year of a reign or an era glossed with the common era: 정조 20년(1796).
_YEAR_GLOSS = re.compile(r"\s?\(\d{3,4}년?\)")
_GRAIN_PATTERNS = {grain: re.compile(rf"\d\s?{grain}") for grain in ("년", "월", "일")}
_GRAIN_PATTERNS["시"] = re.compile(r"\d\s?시|\d:[0-5]\d")
_WEEKDAY = re.compile(r"[월화수목금토일]요일")
# The parts of a date that few sentences of an article give: a sentence with one is worth checking
# for the asked hour or weekday whatever its words score.
RARE_GRAINS = {"시": _GRAIN_PATTERNS["시"], "요일": _WEEKDAY}
# A date written as past (지난달 30일, 작년 5월) or as the day of the report (10일 밝혔다, 1일 LG에
# 따르면) tells when something happened or was said, never when something still to come will be.
_PAST_BEFORE = re.compile(r"(?:지난(?:달|해|주)?|작년|앞서|전날|어제|그제|이미)\s?$")
_REPORTED_AFTER = re.compile(r"\s?(?:\(현지\s?시간\)\s?)?(?:밝혔|말했|발표했|전했|설명했|보도했|\S*에\s?따르면)")
_BARE_DAY = re.compile(r"\d{1,2}\s?일")
_CLOCK_HOUR = re.compile(r"\d\s?시\s?$")
_AS_OF = re.compile(r"\s?(?:기준|현재)(?:으로|까지|에)?(?![가-힣])")
_PAST_WORDS = ("지난", "작")
_RANGE_JOIN = re.compile(r"\s?(?:부터|에서|~|∼|～|–|-)\s?")
_UNTIL = re.compile(r"\s?까지")


# The date of an issue (국립암학회지 10월18일자): when it was published, nothing still to come.
_ISSUE_DATE = re.compile(r"자(?=[\s(에의로,.]|$)")


def _times(text: str, grain: str | None = None, ahead: bool = False) -> list[Phrase]:
    """Dates and times; when a part of a date is asked for (몇 년도, 시각), only dates that give
    it are exactly of the kind. Asked about what is still to come, dates of the past are not."""
    out = []
    grain_pattern = _WEEKDAY if grain == "요일" else _GRAIN_PATTERNS.get(grain)
    for m in _TIME.finditer(text):
        start = m.start()
        if (_BARE_YEARS.fullmatch(m.group()) or (grain is None and _BARE_DAY.fullmatch(m.group())
                                                  and not _day_of_month(text, start))) \
                and _DURATION_AFTER.match(text, m.end()):
            # 400년 역사, 5년 동안, 3년째, 4일째: how long, not when (but 지난 15일 내내 is a day).
            # (Asked 몇 일, a count of days may be what is wanted.)
            continue
        if ahead and (_PAST_BEFORE.search(text, max(0, start - 5), start) or _ISSUE_DATE.match(text, m.end()) or (
                _BARE_DAY.fullmatch(m.group()) and _REPORTED_AFTER.match(text, m.end()))):
            continue
        before = _TIME_PREFIX.search(text, max(0, start - 4), start)
        strong = grain_pattern is None or grain_pattern.search(m.group()) is not None
        # 2020년 4월 26일 기준, 10일 현재: the day a figure holds, not when anything happened.
        strong = strong and not _AS_OF.match(text, m.end())
        gloss = _YEAR_GLOSS.match(text, m.end())
        phrase = Phrase(before.start() if before else start, gloss.end() if gloss else m.end(), strong)
        if out and _RANGE_JOIN.fullmatch(text, out[-1].end, phrase.start):
            # 19일부터 27일까지, 3월~5월: a range answers 언제부터 언제까지 as one phrase.
            until = _UNTIL.match(text, phrase.end)
            phrase = Phrase(out[-1].start, until.end() if until else phrase.end, out.pop().strong or strong)
        out.append(phrase)
    if grain == "요일":
        out += [Phrase(m.start(), m.end(), True) for m in _WEEKDAY.finditer(text)]
    out += [Phrase(m.start(), m.end(), False) for m in _TIME_WORDS.finditer(text)
            if not (ahead and m.group().startswith(_PAST_WORDS))]
    if grain is None and not any(p.strong for p in out):
        # A time told from another (27.5시간 뒤에 뇌를 제거하여, 발사 3일 만에): when, in a sentence
        # that gives no date.
        out += _apart(out, [Phrase(m.start(), m.end(), True) for m in _RELATIVE_TIME.finditer(text)])
    return out


_RELATIVE_TIME = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s?(?:초|분|시간|일|주|주일|개월|달|년)\s?(?:뒤|후|만에)")


_NUMBER_ONLY = re.compile(rf"{_STARTS}{_NUMBER}")
# 1-0, 3 : 2, 2대 1; not dates (2016-11-03), ranges of years or telephone numbers.
_SCORES = re.compile(r"(?<![\d.,:-])\d{1,3}\s?(?:-|:|대)\s?\d{1,3}(?![\d.,:-])")
_BIG_CHARS = frozenset("십백천만억조")
# A particle right after a number (2500억이, 3조를): no unit follows it.
_SUM_PARTICLE = re.compile(r"(?:이|가|을|를|은|는|도|까지|이나|에|의|으로|로|여|대)(?![가-힣])")


# Full-width Latin letters and signs (ｍ, Ｋｍ, ％) to their usual forms, one character for one.
_HALFWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}


def _amounts(text: str, units: tuple[str, ...], spans=()) -> list[Phrase]:
    """spans: the sentence's index tokens (Phrase offsets), to tell a numeral from the start of a
    word; none given, every numeral counts."""
    if units == SCORE:
        return [Phrase(m.start(), m.end(), True) for m in _SCORES.finditer(text)]
    if units:
        # A number followed by one of the asked units (one pattern for every question: a pattern
        # per unit set would be compiled anew for most questions).
        lowered = text.translate(_HALFWIDTH).lower()  # 700ｍ, typed in a full-width font, is 700m
        asked = sorted({u.lower() for u in units}, key=len, reverse=True)  # "" (any number) last
        ages = not _AGE_UNITS.isdisjoint(asked)
        # A number of years (징역 몇 년, 몇 년 동안 수감됐어) is never a year of the calendar: 2021년에도
        # 수감됐다 and 1918년 생으로 say when, not for how long (a prison term is never 1,000 years or
        # more, a time in prison 1,800).
        years = units in (TERM_YEARS, SPAN_YEARS, DURATION)
        since = 1000 if units == TERM_YEARS else 1800
        out = []
        for m in _NUMBER_ONLY.finditer(text):
            if not _is_number(m.group()) or _one_of(text, m) or _begins_word(m, spans):
                continue
            if years and _CALENDAR_YEAR.fullmatch(m.group()) and int(m.group()) >= since:
                continue
            at = m.end() + (1 if lowered[m.end():m.end() + 1].isspace() else 0)
            if lowered.startswith("(", at):
                # A range or a note between the number and its unit: 870만(±120만)종.
                close = lowered.find(")", at, at + 20)
                at = close + 1 if close != -1 else at
            unit = _unit_at(lowered, at, asked)
            if _never_native(m.group(), unit):
                continue  # 도둑질 한 원곡
            if unit == "일" and (_day_of_month(text, m.start()) or _DAY_OF_DATE.match(text, m.end())):
                continue  # 5월 6일, 25일(오늘), 25일 오후: a date, not a count of days
            if unit == "분" and _CLOCK_HOUR.search(text, max(0, m.start() - 4), m.start()):
                continue  # 오후 1시32분: a time of day, not a count of minutes
            glossed = _GLOSSED_UNIT.match(lowered, at) if unit is None else None
            if unit is not None:
                # 한 명도 보지 못했다 answers 몇 명 봤어 with none: plausible, but no count to mark.
                out.append(Phrase(m.start(), at + len(unit) if unit else m.end(),
                                  _NOT_EVEN_ONE.match(text, m.start()) is None))
            elif glossed and _unit_at(lowered, glossed.start(1), asked):
                # The unit as a symbol, glossed in Korean: 93PF(페타플롭), 5nm(나노미터).
                out.append(Phrase(m.start(), glossed.end(), True))
            elif "달러" in asked and (dollars := _FOREIGN_DOLLARS.match(lowered, at)):
                out.append(Phrase(m.start(), dollars.end(), True))  # 100만 캐나다 달러
            elif m.group()[-1] in _BIG_CHARS and m.group()[-1] in asked and any(c.isdigit() for c in m.group()):
                out.append(Phrase(m.start(), m.end(), True))  # 제89조: 조 read as a number word
            elif "원" in asked and m.group()[-1] in "억조" and any(c.isdigit() for c in m.group()) \
                    and _SUM_PARTICLE.match(text, m.end()):
                # 2500억이 들어갈 것: news leaves 원 off a large sum; plausibly money (인구 1억이 too).
                out.append(Phrase(m.start(), m.end(), False))
            elif ages and (end := _bracketed_age(text, m)):
                out.append(Phrase(m.start(), end, True))  # 김제덕(17·경북일고), 최서원(64)
        if "일" in asked:
            # Days counted in native words (사흘만에, 이틀 동안, 열흘째): no number, no 일.
            out += [Phrase(m.start(), m.end(), True) for m in _NATIVE_DAYS.finditer(text)]
        if "번째" in asked:
            # Ordinals with no number in them: 첫 번째, 여덟째.
            out += [Phrase(m.start(), m.end(), True) for m in _ORDINAL.finditer(text)]
        # A share of them (재적의원 3분의 2 이상) may answer 몇 명 or 몇 %: plausibly.
        if _SHARES & set(asked):
            out += [Phrase(m.start(), m.end(), False) for m in _FRACTION.finditer(text)]
        if "명" in asked:
            out += [Phrase(m.start(), m.end(), True) for m in CHILDREN.finditer(text)]
        return out
    out = []
    for m in _ANY_AMOUNT.finditer(text):
        phrase = m.group()
        if not _is_number(phrase) or _one_of(text, m) or _begins_word(m, spans):
            continue
        tail = phrase.lstrip("약최대소고총무려 0123456789,.십백천만억조여").strip()
        if _BARE_NUMERAL.fullmatch(phrase.strip()):
            continue  # 한 of 한국인, 세 of 세계, 수 of 수익: a numeral word counts only with what it counts
        if phrase.endswith(MONEY):
            number = _NUMBER_ONLY.match(text, m.start())
            if number and _never_native(number.group(), text[number.end():m.end()].strip()):
                continue  # 한 원곡
        # A bare date (14일, 4월) is not an amount; a span in the same units is (50분간, 3일 동안).
        if tail.startswith(_DATE_UNITS) and not tail.startswith(("일간", "년간", "년째", "시간", "분의", "개월")) \
                and not _SPAN_AFTER.match(text, m.end()):
            continue
        out.append(Phrase(m.start(), m.end(), False))
    return out


_ORDINAL_DAY = re.compile(r"째|차(?![가-힣])|차[로인에의를]")
_SPAN_AFTER = re.compile(r"간|째|\s?동안|\s?만에")
_AGE_UNITS = frozenset(("살", "세"))
_NATIVE_DAYS = re.compile(r"(?<![가-힣])(?:하루|이틀|사흘|나흘|닷새|엿새|이레|여드레|아흐레|열흘|보름|일주일)(?=\s|만|째|간|동안|이|을|의|에|가|은|는|도|,|\.|$)")


def _bracketed_age(text: str, m: re.Match) -> int | None:
    """Where the age ends, when m is a number of one to three digits in brackets right after a
    word, alone in them or before a comma or a middle dot: how news gives a person's age
    (김제덕(17·경북일고), 최서원(64)); else None."""
    number = m.group().rstrip(",")  # 한상대(53, 사법연수원 13기): the comma read as a thousands separator
    start, end = m.start(), m.start() + len(number)
    # ... or after the person's sex or their name in Chinese or Latin letters: 덩신밍(여성, 33),
    # 데 바레토(여, 65세), 오스미 요시노리(大隅良典, 71, 일본 도쿄공업대 명예교수).
    before = _BEFORE_AGE.search(text, max(0, start - 28), start)
    opening = before.start() if before else start - 1
    after = text[end:end + 1]
    if (opening >= 1 and text[opening] == "(" and "가" <= text[opening - 1] <= "힣" and number.isdigit()
            and len(number) <= 3 and (after in ("·", ",", ")") or after in _AGE_UNITS)):
        return end + (after in _AGE_UNITS)
    return None


# The sex or the name in other letters that may open the brackets an age is in.
_BEFORE_AGE = re.compile(r"\((?:여성|남성|여자|남자|여|남|[一-鿿A-Za-z][一-鿿A-Za-z .\-]{0,24})\s?[,·]\s?$")


# A day of a month: 5월 6일, 지난달 14일, 오는 20일.
_MONTH_BEFORE = re.compile(r"(?:\d\s?월|지난\s?달|이\s?달|다음\s?달|내달|오는|지난)\s?$")


# What follows a day of the month and never a count of days: its weekday or 오늘 in brackets,
# the time of that day.
_DAY_OF_DATE = re.compile(r"\s?일\s?(?:\((?:[월화수목금토일]|오늘|어제|내일|현지)|(?:" + _DAY_PARTS + r"|정오|자정)(?![가-힣]))")


def _day_of_month(text: str, start: int) -> bool:
    """The number of days at start is written as a day of a month (5월 6일, 지난달 14일)."""
    return _MONTH_BEFORE.search(text, max(0, start - 4), start) is not None


_GLOSSED_UNIT = re.compile(r"[a-z㎞㎝㎜㎏㎎㎡℃°/]+\s?\(([^)]{1,12})\)")
_FOREIGN_DOLLARS = re.compile(r"(?:미국|캐나다|홍콩|호주|싱가포르|대만|뉴질랜드|미)\s?달러")
_ORDINAL = re.compile(r"(?<![가-힣])(?:첫|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열)\s?(?:번\s?)?째")
_SHARES = frozenset({"명", "%", "％", "퍼센트", "인"})
_FRACTION = re.compile(r"(?<![\d.])\d+\s?분의\s?\d+")
_YEAR = r"(?:1\d|20)\d\d"  # a year of the calendar, 1000-2099
_CALENDAR_YEAR = re.compile(_YEAR)
# A birth as a life's dates in brackets after a name (its other spellings first), or a year of
# birth (1946년생); read in lower case.
LIFESPAN = re.compile(rf"(?<=[가-힣a-z])\s?\((?:[^()\d]{{1,40}}[,，]\s*)?{_YEAR}\s?년(?:\s?\d{{1,2}}\s?월(?:\s?\d{{1,2}}\s?일)?)?"
                      rf"\s?[~∼～]|(?<!\d){_YEAR}\s?년(?:\s?\d{{1,2}}\s?월\s?\d{{1,2}}\s?일)?생(?=[\s,.)인이은의으]|$)")
# Children counted as news counts them: 슬하에 1남 2녀, 2남1녀, 3남매.
CHILDREN = re.compile(r"(?<![\d.])\d\s?(?:남\s?\d\s?녀(?=[를을이가의와은는도로]|[^가-힣]|$)|남매)")
# A work named by whose it is (유지메 토젠의 학원 코미디 만화, 봉준호의 영화 '옥자'): news names the
# author of a book and the director of a film so, without the word for either. The roles a
# question asks for and the works that name them; after the work, a space, a mark or a particle.
WRITER_ROLES = frozenset("작가 원작 원작자 저자 지은이 작자 글쓴이 만화가 소설가".split())
DIRECTOR_ROLES = frozenset("감독 연출가 연출자".split())
_WRITTEN_WORKS = r"만화|소설|라이트\s?노벨|웹툰|웹소설|동화|그림책|시집|에세이|수필|저서|회고록|자서전|희곡|연재작"
_FILMED_WORKS = r"영화|드라마|다큐멘터리|애니메이션|연출작|장편영화|단편영화"
# Words between whose and the work that say what kind of work it is (학원 코미디, 장편): none
# ends in a particle or as a verb's (연락을 통해 JTBC 드라마 is not 김희애's).
_MODIFIERS = r"(?:[^\s,.]{0,9}[^\s,.의을를에서로와과도는은이가해고며던된한]\s){0,3}?"
_WORK_ENDS = r"(?=$|[^가-힣]|(?:이자|이며|이다|이었|이고|으로|로|인|이|가|은|는|을|를|과|와|의|에|도)(?![가-힣]))"
# Words before 의 that say whose in no name's way (올해의 영화, 일본의 만화, 동명의 애니메이션), and
# the studios, broadcasters and platforms whose a film or a series is as often as its maker's
# (디즈니의 애니메이션, 넷플릭스의 드라마, KBS의 드라마: an acronym).
_STUDIOS = frozenset("디즈니 픽사 드림웍스 지브리 넷플릭스 마블 워너 워너브라더스 유니버설 파라마운트 소니 도호 도에이 "
                    "선라이즈 교토애니메이션 애플 아마존 웨이브 티빙 왓챠 카카오 네이버 쿠팡 디즈니플러스".split())
_NOT_WHOSE = "|".join(sorted(COUNTRIES | _STUDIOS | frozenset(
    "그 그녀 그들 자신 본인 이들 동명 원작 올해 최고 최초 최근 당시 이번 세계 국내 해외 한국 일본 미국 중국 인기 "
    "최대 최악 최신 역대 생애 필생 평생 대표 같은 다른 여러 많은 첫 유일".split()), key=len, reverse=True))
# A word of a name before 의, not one of those (nor an acronym: KBS의, tvN의).
_MAKER = rf"(?<![가-힣A-Za-z])(?!(?:{_NOT_WHOSE}|[A-Z]{{2,6}}|[a-z]{{2,3}}[A-Z])의)([가-힣A-Za-z]{{2,15}})의"
_WHOSE = rf"{_MAKER}\s{_MODIFIERS}"
WRITTEN_BY = re.compile(rf"{_WHOSE}(?:{_WRITTEN_WORKS}){_WORK_ENDS}")
FILMED_BY = re.compile(rf"{_WHOSE}(?:{_FILMED_WORKS}){_WORK_ENDS}")
# The same, ending where a work's 의 ends: the word before it is whose the work may be.
_WHOSE_NAME = re.compile(rf"{_MAKER}$")
# The same, read from right after a name: whose work follows.
_WORK_AFTER = {roles: re.compile(rf"의\s{_MODIFIERS}(?:{works}){_WORK_ENDS}")
               for roles, works in ((WRITER_ROLES, _WRITTEN_WORKS), (DIRECTOR_ROLES, _FILMED_WORKS))}
_BARE_NUMERAL = re.compile(rf"(?:(?:약|최대|최소|최고|총|무려)\s?)?(?:{_NATIVE}|수)")
_ONE_OF = re.compile(r"(?:중|가운데)\s?$")
_NOT_EVEN_ONE = re.compile(r"한\s?(?:명|사람|번|차례|곳|군데|개|가지|건|마리|대|장|권|푼)도(?![가-힣])")
_BEING_ONE = re.compile(r"\s*한\s?(?:명|사람|분|곳|개|가지)?\s?(?:인|이다|이었|이며|이자|으로)")


def _never_native(number: str, unit: str | None) -> bool:
    """A unit never counted in native numerals: money (한 원 of 도둑질 한 원곡) and people counted
    with 인 (한인회, 한인 식당: Koreans; 한 명, but 1인)."""
    return (unit in MONEY or unit == "인") and _BARE_NUMERAL.fullmatch(number.strip()) is not None


def _begins_word(m: re.Match, spans) -> bool:
    """A numeral word that the sentence's tokens read as the start of a longer word: 한편 (not 한
    편), 세대 and 열대 (not 세 대, 열 대), 한도, 한명숙, 세종. Written glued to its counter, a count
    is read as a numeral and the counter (두명이, 한대가: Kiwi's 두 + 명); a word is one token."""
    if not spans or any(c.isdigit() for c in m.group()):
        return False
    numeral = _NATIVE_WORD.search(m.group())
    if numeral is None:
        return False
    start, end = m.start() + numeral.start(), m.start() + numeral.end()
    return any(a == start and b > end for a, b in spans)


def _one_of(text: str, m: re.Match) -> bool:
    """발기인 중 한 명인 김소연: being one of several, which counts nothing (부상자 중 한 명이
    숨졌다 still counts)."""
    return _BEING_ONE.match(text, m.start()) is not None \
        and _ONE_OF.search(text, max(0, m.start() - 4), m.start()) is not None


def _unit_at(lowered: str, at: int, asked: list[str]) -> str | None:
    """The first asked unit written at `at`. A Latin one ends where the letters do: 3m is not the
    m of 3mm or 3mg."""
    for unit in asked:
        if lowered.startswith(unit, at):
            after = lowered[at + len(unit):at + len(unit) + 1]
            if not (unit.isascii() and unit.isalpha() and after.isascii() and after.isalpha()):
                return unit
    return None


_NUMERAL_WORD = re.compile(rf"{_NATIVE}|수")
_NATIVE_WORD = re.compile(_NATIVE)


def _is_number(phrase: str) -> bool:
    return any(c.isdigit() for c in phrase) or _NUMERAL_WORD.search(phrase) is not None


_EOJEOL = re.compile(r"\S+")
_PARTICLE_END = re.compile(r"(?:은|는|이|가|을|를|의|에|와|과|도|로|으로|에서|에게|께서)$")
# Particles no Korean name ends in (은 and 이 do: 박지은, 김철이).
_NOT_NAME_END = re.compile(r"(?:는|를|을|에|에서|에게|께서|으로)$")


# A name with its spelling in Chinese characters in brackets (겅솽(耿爽), 시진핑(習近平)).
_GLOSSED_NAME = re.compile(r"([가-힣]{2,4})\([\u4e00-\u9fff]{1,6}\)")


def _glossed_name(words: list[tuple[int, int, str]], asked: set[str]) -> Phrase | None:
    """The name before a title when it is glossed in Chinese characters, at most four words back
    with none ending in a particle between (겅솽(耿爽) 중국 외교부 대변인): Kiwi reads such a name as
    a common noun, and the nearest word, 외교부, would be taken for it."""
    for j in range(len(words) - 1, max(-1, len(words) - 5), -1):
        a, _, word = words[j]
        glossed = _GLOSSED_NAME.fullmatch(word)
        if glossed:
            name = glossed.group(1)
            return None if name in asked else Phrase(a, a + len(name), True)
        if _PARTICLE_END.search(word):
            return None
    return None


def _titled_names(text: str, asked: set[str]) -> list[Phrase]:
    """A word of 2-4 Hangul syllables a few words before a title (정한중 징계위원장, 박충모 서울대
    화학부 교수): Kiwi often cuts names it does not know into pieces, but the title stays."""
    out = []
    for title in _TITLE_ANY.finditer(text):
        # The title must end its word, before at most a particle (교수가, 위원장은).
        end = title.end()
        word_end = end
        while word_end < len(text) and not text[word_end].isspace() and text[word_end] not in ",.)\"'”’":
            word_end += 1
        if text[end:word_end] and text[end:word_end] not in _TITLE_PARTICLES:
            continue
        word_start = text.rfind(" ", 0, title.start()) + 1
        words = [(m.start(), m.end(), m.group()) for m in _EOJEOL.finditer(text, max(0, word_start - 60), word_start)]
        glossed = _glossed_name(words, asked)
        if glossed is not None:
            out.append(glossed)
            continue
        for j in range(len(words) - 1, max(-1, len(words) - 5), -1):
            a, b, name = words[j]
            # The title is the question's own name's (이뤄진 아베 총리, asked about 아베), or the
            # word before it ends in a particle no name ends in (위상 저하는 위원장의 직권).
            # (A word of one syllable, 전 or 현 of 전 방송통신위원장, says when, and is passed over.)
            if (name in asked and len(name) > 1) or _NOT_NAME_END.search(name):
                break
            # An organisation's name (독립협회, 한국철도공사) is whom the person works for: the
            # name stands before it, with no particle between (오영식 한국철도공사 사장; not
            # 고영근은 독립협회 회장을 지냈고, where 고영근 is the subject of the sentence).
            org = name.endswith(_ORG_SUFFIXES)
            if _NAME_WORD.fullmatch(name) and name not in _NOT_NAMES and not org:
                after = [w for _, _, w in words[j + 1:]]
                if all(not _PARTICLE_END.search(w) for w in after) and not (
                        after and _PARTICLE_END.search(name)):
                    out.append(Phrase(a, b, True))
                break
            if _PARTICLE_END.search(name) or not _ORG_WORD.fullmatch(name):
                break
    return out


_NAME_WORD = re.compile(r"[가-힣]{2,4}")
_ORG_WORD = re.compile(r"[가-힣A-Za-z0-9·()]+")
_TITLE_PARTICLES = frozenset("은 는 이 가 을 를 의 과 와 도 에게 께서 으로 로".split())


# News often tells who without a name: 한 소방관은, 익명의 관계자는, 업계 관계자는.
_ANONYMOUS = ("관계자 소방관 경찰관 공무원 주민 시민 직원 의원 교수 전문가 학생 대학생 네티즌 누리꾼 당국자 소식통 "
              "목격자 회원 간부 인사 참석자 선수 감독 여성 남성 노인 청년 환자 의사 변호사 교사 외교관 군인 병사 "
              "근로자 노동자 상인 운전자 승객 학부모 주부 연구원 과학자 정치인 관리").split()
_UNNAMED = re.compile(rf"(?:(?<![가-힣])한|익명의)\s(?:[가-힣]+\s)?(?:{'|'.join(_ANONYMOUS)})(?=은|는|이|가|도)"
                      r"|[가-힣]+\s관계자(?=는|은|가|도|들)")


def _unnamed(text: str) -> list[Phrase]:
    """Someone told of without a name: plausibly who is asked for, never marked."""
    return [Phrase(m.start(), m.end(), False) for m in _UNNAMED.finditer(text)]


def _people(text, terms, tags, spans, asked, roles=frozenset()) -> list[Phrase]:
    """Names of people: a run of proper nouns with a title beside it, or with what the question
    asks someone to be or to have had done (roles: its focus words; 지도자 of 하마스 지도자 이름
    뭐야: 지도자인 예히야 신와르, 제이크 설리번 백악관 국가안보보좌관; 암살 of 고영근이 암살한 사람:
    우범선을 암살한)."""
    def titled(word: str) -> bool:
        return _is_title(word) or word in roles
    # (A name glossed in Chinese characters is one, whatever Kiwi made of it.)
    out = [p for p in _titled_names(text, asked)
           if not _common_word(p, text, tags, spans) or _GLOSSED_NAME.match(text, p.start)]
    n = len(terms)
    for a, b in _runs(text, terms, tags, spans, asked):
        # A title right before the name, a space apart (우주인 오니시 다쿠야); not one that ends
        # the sentence before a quote (교수는 "찰스 다윈은…").
        # The word before as written: Kiwi may cut the title apart (우주인 아나톨리 -> 우주 + 이 + ㄴ).
        # The title may open a bracket that glosses a body with its head (문화재청(청장 이건무)).
        start = spans[a][0]
        before = text[text.rfind(" ", 0, start - 1) + 1:start - 1] if start > 1 and text[start - 1] == " " else ""
        bracketed = "(" in before
        before = before[before.rfind("(") + 1:]
        after = [terms[i] for i in range(b, min(b + 2, n))]
        # A Korean name is the run's first word; an organisation may follow it (박충모 서울대 화학부 교수).
        first_end = spans[a][1]
        if first_end - spans[a][0] < 2 and (b - a == 1 or tags[a + 1] == SL):
            # A surname alone (이 위원, 조 교수) refers back to a name already given; 존 브레넌 and
            # 성 김 are names, 존 F(. 케네디) the start of one.
            continue
        # A name of two parts or more may run on into whom the person works for (밋 롬니 공화당
        # 후보): the name ends before it.
        name_end = b
        while name_end - a > 2 and terms[name_end - 1].endswith(_ORG_SUFFIXES):
            name_end -= 1
        if terms[a] in COUNTRIES or terms[name_end - 1].endswith(_ORG_SUFFIXES):
            continue  # 러시아 우주인, 미국 대통령, 독립협회 회장
        if b - a == 1 and _ACRONYM.fullmatch(text, start, first_end):
            continue  # NSC 상임위원장, FBI 국장: an organisation's initials
        made = _made_the_work(text, spans[b - 1][1], roles)
        title_after = any(t in PERSON_TITLES or t in roles for t in after) or (b < n and _is_title(terms[b])) \
            or _titled_through(text, terms, tags, spans, b, roles) or made
        # ... or the title with the copula (응급 의학교수인 윌리엄 보즈먼, CEO인 데미스 하사비스).
        if title_after or titled(before) or (before.endswith("인") and titled(before[:-1])) \
                or (bracketed and before.endswith("장")) \
                or before in _PARTS_BEFORE_NAMES or criminal(before):
            # (A Korean name as news writes it: three syllables, a surname first; 안드레스 of
            # 안드레스 이니에스타 is a given name, and the name goes on.)
            korean_name = first_end - spans[a][0] == 3 and text[spans[a][0]] in SURNAMES \
                and _NAME_WORD.fullmatch(text, spans[a][0], first_end) is not None
            # (A name right before whose work it is, 유지메 토젠의 만화, is not cut to its first word.)
            end = first_end if korean_name and b - a > 1 and title_after and not made \
                else spans[name_end - 1][1]
            out.append(Phrase(*_spelled_before(text, spans[a][0], end), True))
    return out


def _made_the_work(text: str, end: int, roles) -> bool:
    """Asked who wrote a book or made a film (roles: the question's focus words), the name
    ending at end is followed by 의 and that work (후지미 소보의 라이트 노벨, 봉준호의 영화), and is
    no studio's (디즈니의 애니메이션)."""
    # (The maker's word is at most 15 letters: the search looks back no further, not from the
    # sentence's start at every name.)
    return any(not roles.isdisjoint(asked) and pattern.match(text, end) is not None
               and _WHOSE_NAME.search(text, max(0, end - 15), end + 1) is not None
               for asked, pattern in _WORK_AFTER.items())


# Someone's part in a crime or an accident, which news writes right before the name as it does a
# title (범인 고종석은, 성폭행범 고종석은, 용의자 제임스 홈즈): a name asked of that part is that
# one. (And a word for who did a crime, question.criminal: 방화범 최동훈은.)
_PARTS_BEFORE_NAMES = CRIME_PARTS | frozenset("피고인 목격자 신고자 희생자 사망자 부상자 공범 주범".split())


def _titled_through(text, terms, tags, spans, b, roles=frozenset()) -> bool:
    """A title ends the noun phrase that follows the run at b, whatever names what the person
    works for in between (세르게이 악쇼노프 크림 공화국 총리, 홍길동 서울대 화학과 교수): the words
    written a space apart, at most three before the title."""
    for j in range(b, min(b + 4, len(terms))):
        if tags[j] not in _PHRASE_TAGS or not _joined(text, spans[j - 1][1], spans[j][0]):
            return False
        if terms[j] in PERSON_TITLES or terms[j] in roles:
            return True
    return False


_PHRASE_TAGS = frozenset((NNP, NNG, SL, SH))


def names_beside(text: str, tags, spans, found: list[Phrase], words) -> bool | None:
    """Whether one of the found names is given to one of words as text writes it: with it (박우정
    군수), right after it (우주인 오니시 다쿠야, 부인인 '리설주'), before it, at most four nouns apart
    (데이비드 노먼 영국 케임브리지대 지구과학부 교수팀, 알투로 사쿠칸 전 주미 멕시코 대사), or said
    to be it (조던 토마스가 … 감독이라고, 아내는 드루이드 보그말이었고). None when text writes none
    of words."""
    seen = False
    for word in words:
        at = text.find(word)
        while at != -1:
            seen = True
            end = at + len(word)
            is_it, it_is = _IS.match(text, end) is not None, _SUBJECT.match(text, end) is not None
            for p in found:
                if p.start < end and at < p.end \
                        or p.start >= end and _AFTER_TITLE.fullmatch(text, end, p.start) \
                        or p.end <= at and _nouns_between(text, tags, spans, p.end, at) \
                        or is_it and _SUBJECT.match(text, p.end) or it_is and _IS.match(text, p.end):
                    return True
            at = text.find(word, end)
    return False if seen else None


# A name's gloss in brackets (겅솽(耿爽), 제나 기즈(당시 15세)), then a subject's particle or the copula.
_GLOSS = re.compile(r"\([^()]{1,30}\)")
_SUBJECT = re.compile(rf"(?:{_GLOSS.pattern})?(?:께서|[이가은는](?![가-힣]))")
_IS = re.compile(rf"(?:{_GLOSS.pattern})?[.'\"’”]{{0,2}}(?:이다|이라|이었|였|이며|이고|이자)")
_AFTER_TITLE = re.compile(r"(?:인|이자|이던|이었던|였던)?\s?[‘'\"“]?")
# Written between a name and the title it holds: the title's time (전 대사, 현 회장; 당시, 신임 and
# 초대 are nouns).
_TITLE_TIMES = frozenset("전 현 前 現".split())
_WORD = re.compile(r"\S+")


def _nouns_between(text: str, tags, spans, start: int, end: int) -> bool:
    """text[start:end] is a space, or after one at most four words, each nothing but nouns (or a
    title's time, 전), a gloss in brackets after the name aside (겅솽(耿爽) 중국 외교부 대변인)."""
    gloss = _GLOSS.match(text, start, end)
    if gloss:
        start = gloss.end()
    between = text[start:end]
    if not between.strip():
        return len(between) <= 1
    words = list(_WORD.finditer(between))
    if not between.startswith(" ") or len(words) > 4:
        return False
    for m in words:
        a, b = start + m.start(), start + m.end()
        if text[a:b] in _TITLE_TIMES or text[a] == "(":
            continue
        if "(" in text[a:b]:
            b = text.index("(", a)  # 국가안전보장회의(NSC)
        covered = a
        for (s, e), tag in zip(spans, tags):
            if e <= covered or s >= b:
                continue
            if s != covered or tag not in _PHRASE_TAGS:
                return False
            covered = e
        if covered < b:
            return False
    return True


def _spelled_before(text: str, start: int, end: int) -> tuple[int, int]:
    """A name in Latin letters in brackets after its Hangul spelling (피어스 커리지(Piers Courage)
    선수) is given with it: the Hangul words before the bracket, at most three, back to one that
    ends in a particle or is a title (프랑스의 앙리 베르나르(Henri Bernard) -> 앙리 베르나르(…))."""
    if not (start > 0 and text[start - 1] == "(" and text.startswith(")", end)):
        return start, end
    name: list[str] = []
    for word in reversed(text[:start - 1].split(" ")[-3:]):
        if not _NAME_WORD.fullmatch(word) or _PARTICLE_END.search(word) or _is_title(word):
            break
        name.insert(0, word)
    return (start - 1 - len(" ".join(name)), end + 1) if name else (start, end)


# How organisations' names end (독립협회, 민주평화재단, 삼성그룹, 새누리당): before a title they
# name whom the person works for, not the person.
_ORG_SUFFIXES = ("협회", "위원회", "협의회", "연합회", "재단", "공사", "은행", "그룹", "학회", "조합", "연구소",
                 "센터", "본부", "법원", "검찰청", "경찰청", "대학교", "대학원", "학과", "학부", "정당", "신문", "방송", "당")


_ACRONYM = re.compile(r"[A-Z]{2,5}")
_INITIALS = re.compile(r"[A-Z]{1,5}")  # an acronym, or a letter for someone left unnamed (A 씨)


# The commonest Korean surnames: a three-syllable word that begins with one
# and that Kiwi read as a single common noun (홍수열: 홍수 + 열) is likelier a name than a word.
SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육")
# ... unless it ends as a field of study or an organisation does (물리학 교수, 연구소 소장).
_NOT_NAME_ENDINGS = ("학", "과", "부", "소", "원", "청", "처", "실", "단", "팀", "사", "회", "국", "대", "계", "측", "업")


def _common_word(p: Phrase, text: str, tags, spans) -> bool:
    """Kiwi read the word as one word that is not a proper noun (a common noun, a verb, an
    acronym), or as one with a verb in it, or found no index term in it: 물리학 (교수), 설립하고
    (대표이사로), 통해 (대통령을), NSC (상임위원장), 마친후 (도경국장). A name it does not know
    comes out as a proper noun or in nouns."""
    within = [(t, b) for t, (a, b) in zip(tags, spans) if p.start <= a and b <= p.end]
    inside = [t for t, _ in within]
    if within and within[-1][0] == NNP and text[within[-1][1]:p.end] in _CASE_PARTICLES:
        return True  # 한양대가 (교수의 성희롱): a proper noun and its particle, not a name before a title
    if len(inside) == 1 and inside[0] == NNG and _surname_first(text[p.start:p.end]) and (p.start, p.end) in spans:
        return False  # the whole word one noun: not 인물 of 인물인
    if len(inside) >= 2 and inside[-1] != NNP and text[p.end - 1] in _WHEN_SUFFIXES and p.end - p.start >= 3:
        return True  # 매각시, 변동시 (장관 인가): a noun and 시 (when), not a name
    return not inside or (len(inside) == 1 and inside[0] != NNP) or any(t in VERBS for t in inside)


# Particles that end a noun phrase: a title after one (한양대가 교수의) is not the proper noun's.
_CASE_PARTICLES = frozenset("이 가 은 는 을 를 의 와 과 도".split())
# One-syllable nouns that end a word as "when" or "during" (매각시, 졸업후, 재임중).
_WHEN_SUFFIXES = frozenset("시때후전중간")


def _surname_first(word: str) -> bool:
    """Three syllables, a surname first, not ending as a field or an organisation does."""
    return len(word) == 3 and word[0] in SURNAMES and not word.endswith(_NOT_NAME_ENDINGS)


def _is_title(term: str) -> bool:
    """A person's title, or a word ending in one (서울대교수, 김씨)."""
    return term in PERSON_TITLES or term.endswith(("교수", "박사", "씨"))


def _proper_runs(text, terms, tags, spans, asked, strong=True, people=False) -> list[Phrase]:
    """Runs of proper nouns, extended over the common nouns that finish them; a run before a
    person's title is a person, left out unless people are wanted."""
    out = []
    for a, b in _runs(text, terms, tags, spans, asked):
        if not people and b < len(terms) and _is_title(terms[b]) and _joined(text, spans[b - 1][1], spans[b][0]):
            continue  # 바른정당 의원; not 트위터에 "대통령 …"
        # Carry the run over the common nouns that finish the name (디자인경영센터, 초원 지대).
        end = b
        while end < len(terms) and tags[end] == NNG and _joined(text, spans[end - 1][1], spans[end][0]):
            end += 1
        out.append(Phrase(spans[a][0], spans[end - 1][1], strong))
    return out


_SHORT_FORMS = {"대학": ("대학교", "대학", "대"), "대학교": ("대학교", "대학", "대"),
                "회사": ("사", "회사", "기업", "업체", "㈜", "(주)"),
                # A navy's ships are named with 함 (장보고함, 윤봉길함), other ships with 호 (세월호).
                "잠수함": ("잠수함", "함"), "구축함": ("구축함", "함"), "군함": ("군함", "함"), "함정": ("함정", "함"),
                "배": ("배", "호", "함"), "선박": ("선박", "호", "함"), "여객선": ("여객선", "호")}


# Between a name and the word for what it is: its closing quote, and 라는 when it is named
# (‘그린 아메리카’라는 단체, 이구아노돈 공룡).
_CALLED = re.compile(r"[\s'\"’”」』]{0,3}(?:(?:이)?라는\s|(?:이)?란\s)?")


# Right after a name, the words that say the thing is called so ('전승절'로 부르며, 액티브 트랙이라고
# 불리는): asked what a thing is called (Question.asks_called), the name is its, whatever word the
# question calls the thing by (체결일 뭐라고 불러).
_CALLED_SO = re.compile(r"[’'\"”」』]?\s?(?:이)?(?:라고|으로|로)\s?(?:부르|불러|불리|불린|부른|칭하|칭한|일컫)")


def _categorised(text: str, found: list[Phrase], category: str | None, called: bool = False,
                 apposed_as: str | None = None) -> list[Phrase]:
    """When the question says what the answer is (어느 대학, 무슨 로켓), a phrase that is one
    (워싱턴대, 프로톤 로켓) or stands next to the word is strong; others are only plausible. A
    country's name is what 어느 나라 asks for (케냐), though it never says 나라.
    apposed_as: what a phrase named right after the word is, as news puts one in apposition:
    "kind", one of the asked kind, whatever else made it only plausible (싱크탱크 경제경영연구소,
    온라인 매체 ‘갤럭시 클럽’, 시민단체인 군인권센터); "mark", only one to mark (Phrase.apposed),
    as a thing's name so placed (치료제 ‘베루베세스타트’) chose quotes about the wrong thing
    (장편소설 <살인자의 기억법> for the novel of 1996); None, nothing."""
    if not category:
        return found
    forms = _SHORT_FORMS.get(category, (category,) if len(category) >= 2 else ())
    # A journal is named right after a word for one (국제 학술지 ‘에이씨에스 나노’ asked 어느 저널).
    # (Any category's word before a quoted name, 영화 '도둑들', made the first film named answer
    # which film: KorQuAD -2 quotes.)
    journal = category in JOURNAL_NOUNS
    before = tuple(JOURNAL_NOUNS) if journal else _COMPANY_WORDS if category in _COMPANY_NOUNS else ()
    appositives = (*forms, *(f + "인" for f in forms)) if apposed_as else ()
    nation = category in _NATION_NOUNS
    out = []
    for p in found:
        # The words right before the phrase, past its opening quote mark (제약회사 ‘화이자’).
        lead = text[max(0, p.start - 24):p.start].rstrip(OPENING_QUOTES).rstrip() if before or appositives else ""
        # A word of the phrase is one (워싱턴대, 프로톤 로켓), or the word follows it (이구아노돈 공룡).
        strong = _holds_word(text, p.start, p.end, forms) \
            or text.startswith(category, _CALLED.match(text, p.end).end()) \
            or (bool(before) and lead.endswith(before)) \
            or (journal and _PUBLISHED_IN.match(text, p.end) is not None) \
            or (nation and any(map(_a_nation, text[p.start:p.end].split()))) \
            or (called and p.strong and _CALLED_SO.match(text, p.end) is not None)
        # A proper name that ends with the word (바오터우 공항 asked 공항 이름) is one, though a bare
        # proper noun is only plausibly a name of what is asked.
        named = strong and not p.strong and len(category) >= 2 and text[p.start:p.end].endswith(forms) \
            and text[p.start:p.end] not in forms
        # (Or after it and a colon, as a gloss gives it: 본명: 권지용, 학명: Plecia nearctica.)
        apposed = bool(appositives) and lead.rstrip(":").rstrip().endswith(appositives)
        out.append(Phrase(p.start, p.end, (strong and p.strong) or named or (apposed and apposed_as == "kind"),
                          apposed and apposed_as == "mark"))
    return out


def _a_nation(word: str) -> bool:
    """A state's name (케냐, 대한민국, 중화인민공화국)."""
    return word in NATIONS or word.endswith(_NATION_ENDS)


# The marks a name is quoted or bracketed in (‘갤럭시 클럽’, 《한겨레21》).
OPENING_QUOTES = "‘'\"“「『《<"
CLOSING_QUOTES = "’'\"”」』》>"
# ... and a company right after a word for what it is (모바일 게임사 코코네가, 제약회사 화이자).
_COMPANY_NOUNS = frozenset({"회사", "기업", "업체"})
_COMPANY_WORDS = ("게임사", "제약사", "통신사", "제조사", "개발사", "항공사", "건설사", "회사", "기업", "업체")
# ... or right before where the paper is said to appear in it (‘네이처 커뮤니케이션즈’(Nature
# Communications) 25일자에 발표됐다): within a few words, with 에.
_PUBLISHED_IN = re.compile(r"[^.,!?]{0,40}?에\s?(?:게재|실렸|실린|실리|발표됐|발표되|공개됐|소개됐)")


def _holds_word(text: str, start: int, end: int, forms: tuple[str, ...]) -> bool:
    """text[start:end] holds one of forms where a word ends: 워싱턴대 and 워싱턴대의 are
    universities, 서울대병원 is not. (A plain search: a regex per category costs a millisecond
    to compile, more than the whole search of a question.)"""
    for form in forms:
        at = text.find(form, start, end)
        while at != -1:
            after = at + len(form)
            if after >= end or not ("가" <= text[after] <= "힣"):
                return True
            at = text.find(form, at + 1, end)
    return False


# Quoted words that end as a sentence does (배가 다르다, 결실을 맺게 됐다): what was said.
_SENTENCE = re.compile(r"\S\s\S.*(?:다|요|까|죠|네)[.!?…]*$")


def _names(text: str, asked: set[str]) -> list[Phrase]:
    """Quoted names, names glossed in Latin (슈팅스타(Shooting Star)), names given with 이른바 or
    라고 부르다. A name made of the question's own words is what it asks about, not the answer."""
    out = []
    for m in _QUOTED.finditer(text):
        # Words quoted as said (“…할 수 없다”) are only plausibly a name; a title's marks (《》)
        # say it is one, whatever its words.
        said = text[m.start()] in "‘“" and _SENTENCE.search(m.group(1)) is not None
        out.append(Phrase(m.start(1), m.end(1), not said))
    for mark in _STRAIGHT:
        if mark in text:
            positions = []
            at = text.find(mark)
            while at != -1:
                positions.append(at)
                at = text.find(mark, at + 1)
            for a, b in zip(positions[::2], positions[1::2]):
                if 1 <= b - a - 1 <= 40:
                    out.append(Phrase(a + 1, b, _SENTENCE.search(text, a + 1, b) is None))
    for m in _LATIN_GLOSS.finditer(text):
        out.append(Phrase(m.start(), m.end(), True))
    if _NAMED_HINT.search(text):
        for m in _NAMED.finditer(text):
            g = 1 if m.group(1) else 2
            out.append(Phrase(m.start(g), m.end(g), True))
    return [p for p in out if not _asked_name(text[p.start:p.end], asked)]


def _asked_name(phrase: str, asked: set[str]) -> bool:
    """Every word of the name (its gloss in brackets aside) is a question word: '팬텀4',
    오리온(Orion). '탐험 우주선' asked about with 우주선 is an answer."""
    words = re.findall(r"[가-힣]+|[A-Za-z]+|\d+", re.sub(r"\([^)]*\)", "", phrase).lower())
    return bool(words) and all(w in asked for w in words)


def _runs(text, terms, tags, spans, asked):
    """(start, end) token ranges of proper nouns next to each other (at most a space between),
    leaving out the question's own words."""
    if _PROPER_TAGS.isdisjoint(tags):
        return []
    runs = []
    n = len(tags)
    end = 0  # where the last run ended: a run's own tokens do not begin another
    # Only the proper nouns' places are visited: most of a sentence's tokens are not one.
    for i in [i for i, tag in enumerate(tags) if tag in _PROPER_TAGS]:
        if i < end or terms[i] in asked:
            continue
        j = i + 1
        while j < n and tags[j] in _PROPER_TAGS and terms[j] not in asked and _joined(text, spans[j - 1][1], spans[j][0]):
            j += 1
        runs.append((i, j))
        end = j
    return runs


def _joined(text: str, end: int, start: int) -> bool:
    """Two tokens belong to one phrase: nothing but one space (or a middle dot) between them."""
    gap = text[end:start]
    return gap in ("", " ", "·")
