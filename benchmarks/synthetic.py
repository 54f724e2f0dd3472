"""A large corpus of real Korean sentences for speed benchmarks.

Tokenizing 100,000 passages' worth of text with Kiwi would take over ten minutes, so articles
are assembled from a pool of real sentences (KorQuAD 1.0 dev contexts and the 50 Naver news
articles): each sentence is one paragraph, tokenized once and then reused from the analysis
cache. Term statistics stay those of real text; only the mix of sentences is random.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared" / "data"
KORQUAD = SHARED / "korquad-1.0" / "KorQuAD_v1.0_dev.json"
SCI_NEWS = SHARED / "sci-news-sum-kr-50"


def work_folder(work: Path | None, prefix: str, needs: tuple[Path, ...] = ()) -> Path | None:
    """A benchmark's folder for corpora and indexes (a new temporary one unless given, kept and
    reused when given), or None when data it needs is missing, which it says."""
    missing = [path for path in needs if not path.exists()]
    if missing:
        print("needs " + ", ".join(map(str, missing)), file=sys.stderr)
        return None
    work = work or Path(tempfile.mkdtemp(prefix=prefix))
    work.mkdir(parents=True, exist_ok=True)
    return work


def korquad_corpus(folder: Path, name: str = "contexts.jsonl"):
    """KorQuAD dev's paragraphs as a corpus folder (one JSON Lines file, an article a paragraph
    with its Wikipedia title); returns the articles and the questions."""
    from retrieval.evaluation import load_squad

    articles, items = load_squad(KORQUAD)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / name, "w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    return articles, items


def sentence_pool(analyzer) -> tuple[list[str], list[str]]:
    """Real sentences and titles, as Kiwi splits them."""
    texts, titles = [], []
    data = json.loads(KORQUAD.read_text(encoding="utf-8"))
    for entry in data["data"]:
        titles.append(entry["title"])
        texts.extend(p["context"] for p in entry["paragraphs"])
    for f in sorted(SCI_NEWS.glob("*.json")):
        article = json.loads(f.read_text(encoding="utf-8"))
        titles.append(article["title"])
        texts.extend(article["sentences"])
    sentences = []
    for text, sents in zip(texts, analyzer.sentences(texts)):
        for s in sents:
            sentence = text[s.start:s.end].strip()
            if 20 <= len(sentence) <= 400:
                sentences.append(sentence)
    return list(dict.fromkeys(sentences)), list(dict.fromkeys(titles))


def write_corpus(folder: Path, sentences: list[str], titles: list[str], articles: int,
                 per_file: int = 1000, seed: int = 7) -> None:
    """JSON Lines files of articles of 6-14 sentences each (about 1.7 passages per article)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for start in range(0, articles, per_file):
        with open(folder / f"part-{start // per_file:05d}.jsonl", "w", encoding="utf-8") as f:
            for i in range(start, min(articles, start + per_file)):
                body = "\n".join(rng.sample(sentences, rng.randint(6, 14)))
                record = {"title": rng.choice(titles), "body": body, "url": f"https://news.example.com/{i}"}
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
