"""How far two careful annotators agree, against how far the extractor does.

Usage::

    .venv/bin/python benchmarks/bench_agreement.py

``tests/data/agreement/agreement.gold.jsonl`` holds a second, blind
annotation of 36 held-out documents (drawn at random from every held-out
part), made by two annotators who read only the texts and the annotation
conventions, never the gold. Scoring that second annotation against the gold
with the project's scorer (``shared/tools/score.py``) gives the agreement a
careful reader reaches on these documents: the ceiling an extractor can be
held to. The extractor's score on the same documents is printed beside it.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_quality import CORPORA, SCORER, _lines, print_score  # noqa: E402

AGREEMENT = ROOT / "tests" / "data" / "agreement" / "agreement.gold.jsonl"


def main() -> None:
    if not SCORER.exists():
        raise SystemExit(f"the scorer is not at {SCORER}")
    from aptrace.extract import analyze_document
    from aptrace.report import InputDocument

    second = {json.loads(line)["id"]: line for line in _lines(AGREEMENT)}
    texts, golds = {}, {}
    for corpus, gold, _split in CORPORA.values():
        texts.update({json.loads(line)["id"]: line for line in _lines(corpus) if json.loads(line)["id"] in second})
        golds.update({json.loads(line)["id"]: line for line in _lines(gold) if json.loads(line)["id"] in second})
    missing = sorted(set(second) - set(texts))
    if missing:
        raise SystemExit(f"{AGREEMENT}: no document for {', '.join(missing)}")
    ids = sorted(second)
    reports = []
    for i in ids:
        d = json.loads(texts[i])
        reports.append(analyze_document(InputDocument(id=d["id"], text=d["text"], published=d.get("published"), title=d.get("title"))).to_json())
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        files = {"corpus": [texts[i] for i in ids], "gold": [golds[i] for i in ids], "second": [second[i] for i in ids], "extractor": reports}
        for name, lines in files.items():
            (t / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        for title, pred in (("second annotator against the gold", "second"), ("extractor against the gold", "extractor"),
                            ("extractor against the second annotator", None)):
            gold = t / ("second.jsonl" if pred is None else "gold.jsonl")
            print_score(f"{title} ({len(ids)} documents)", t / "corpus.jsonl", gold, t / f"{pred or 'extractor'}.jsonl")


if __name__ == "__main__":
    main()
