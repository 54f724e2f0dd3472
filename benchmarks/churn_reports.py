"""The generated reports bench_churn.py indexes: one shape for the first corpus and for every
report added or rewritten, each with names of its own (the words that come and go with news).
Imports nothing of the project, so the previous release's driver can use it too."""

from __future__ import annotations

import random

CITIES = "서울 부산 대구 인천 광주 대전 울산 세종 수원 창원 전주 청주 제주 포항 춘천 강릉".split()


def report(rng: random.Random, n: int) -> str:
    def name() -> str:
        return "".join(chr(0xAC00 + rng.randrange(11172)) for _ in range(3))

    city, what = rng.choice(CITIES), name()
    return (f"---\ntitle: {city} {what} 사업 {n}호\n---\n{city}시는 {what} 사업에 {rng.randint(10, 900)}억원을 "
            f"투입한다고 {rng.randint(1, 28)}일 밝혔다.\n사업을 맡은 {name()} 국장은 \"{name()} 지구부터 시작한다\"고 "
            f"말했다.\n시는 {name()} 재단과 함께 {rng.randint(2, 40)}개 기관을 모집한다.\n")
