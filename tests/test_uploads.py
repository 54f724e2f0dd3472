"""Article files sent by admins, as saved into the corpus (real files, real names)."""

from __future__ import annotations

import json

from bot.uploads import safe_name, save_upload

ARTICLE = {"title": "국회, 디지털 기본법 통과", "source": "https://news.example.kr/1",
           "sentences": ["국회는 28일 본회의에서 디지털 기본법을 통과시켰다", "법은 내년 1월 시행된다"]}


def test_a_long_korean_file_name_is_cut_by_bytes_and_keeps_its_extension(tmp_path):
    # 120 syllables: 360 bytes in UTF-8, more than a file system allows in one name (issue 9,
    # item 3: cut to 100 characters, the name was still 300+ bytes and saving failed).
    original = "국회 본회의 디지털 기본법 통과 관련 보도자료 " * 5 + ".json"
    name = safe_name(original)
    assert name.endswith(".json")
    assert len(name.encode("utf-8")) <= 255 - len(" (999)")
    assert name.startswith("국회 본회의 디지털 기본법")
    data = json.dumps(ARTICLE, ensure_ascii=False).encode("utf-8")
    first, articles = save_upload(tmp_path, name, data)
    second, _ = save_upload(tmp_path, name, data)  # the same name again: a numbered copy
    assert articles == 1 and first.is_file() and second.is_file() and first != second
    assert json.loads(first.read_text(encoding="utf-8"))["title"] == ARTICLE["title"]
