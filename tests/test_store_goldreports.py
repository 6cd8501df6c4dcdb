"""Reports built from gold files, for store tests and the merge benchmark.

Gold incidents carry no evidence; each fact gets a span found by ``text.find``
(its name, else the document's first word), so the reports validate against
the contract exactly as the extractor's do. Also tested here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

from aptrace.report import InputDocument, Report

SHARED = Path(__file__).resolve().parents[2] / "shared"  # shared/ beside the checkout
CORPUS = SHARED / "corpus"
OWN = Path(__file__).resolve().parent / "data" / "own"


def _span(text: str, *candidates: str | None) -> dict[str, Any]:
    for c in candidates:
        if not c:
            continue
        i = text.find(c)
        if i < 0:
            i = text.lower().find(c.lower())
        if i >= 0:
            return {"start": i, "end": i + len(c), "text": text[i : i + len(c)]}
    end = text.find(" ") if " " in text else len(text)
    end = max(end, 1)
    return {"start": 0, "end": end, "text": text[:end]}


def gold_report(record: dict[str, Any], doc: InputDocument, *, with_text: bool = False) -> Report:
    text = doc.text
    incidents = []
    for inc in record.get("incidents", []):
        incidents.append(
            {
                "actors": [
                    {"name": a["name"], "aliases": a.get("aliases", []), "evidence": [_span(text, a["name"])]}
                    for a in inc.get("actors", [])
                ],
                "sponsors": [
                    {"state": s.get("state"), "agency": s.get("agency"), "evidence": [_span(text, s.get("agency"))]}
                    for s in inc.get("sponsors", [])
                ],
                "victims": [
                    {
                        "name": v["name"],
                        "country": v.get("country"),
                        "sector": v.get("sector"),
                        "evidence": [_span(text, v["name"])],
                    }
                    for v in inc.get("victims", [])
                ],
                "activity": inc.get("activity", "unknown"),
                "period": {**(inc.get("period") or {}), "evidence": []},
                "attributions": [
                    {**{k: a.get(k) for k in ("by", "actor", "state", "confidence")}, "evidence": [_span(text, a.get("by"))]}
                    for a in inc.get("attributions", [])
                ],
                "responses": [
                    {**{k: r.get(k) for k in ("type", "by", "against", "date")}, "evidence": [_span(text, r.get("by"))]}
                    for r in inc.get("responses", [])
                ],
                "denials": [{"by": d["by"], "evidence": [_span(text, d["by"])]} for d in inc.get("denials", [])],
            }
        )
    info = {
        "id": doc.id,
        "published": doc.published,
        "title": doc.title,
        "url": doc.url,
        "sha256": doc.sha256,
        "text": text if with_text else None,
    }
    return Report.from_dict({"document": info, "incidents": incidents, "warnings": []})


def load_corpus(corpus: Path) -> dict[str, InputDocument]:
    docs = {}
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                docs[rec["id"]] = InputDocument(
                    id=rec["id"], text=rec["text"], published=rec.get("published"),
                    title=rec.get("title"), url=rec.get("url"), source=str(corpus),
                )
    return docs


def load_gold(gold: Path) -> dict[str, dict[str, Any]]:
    with gold.open(encoding="utf-8") as fh:
        return {r["id"]: r for r in (json.loads(l) for l in fh if l.strip())}


def gold_pairs(corpus: Path, gold: Path) -> Iterator[tuple[InputDocument, Report]]:
    docs = load_corpus(corpus)
    for doc_id, rec in load_gold(gold).items():
        yield docs[doc_id], gold_report(rec, docs[doc_id])


class GoldAnalyzer:
    """An analyzer for ``aptrace.store.ingest`` that answers from a gold file."""

    def __init__(self, gold: Path, delay: float = 0.0) -> None:
        self.gold = load_gold(gold)
        self.delay = delay

    def __call__(self, doc: InputDocument) -> Report:
        if self.delay:
            import time

            time.sleep(self.delay)
        return gold_report(self.gold.get(doc.id, {"incidents": []}), doc)


# ---------------------------------------------------------------- tests


def test_store_goldreports_dev_gold_builds_valid_reports() -> None:
    pairs = list(gold_pairs(CORPUS / "dev.corpus.jsonl", CORPUS / "dev.gold.jsonl"))
    assert len(pairs) == 32
    for doc, report in pairs:
        assert report.document.sha256 == doc.sha256
        for inc in report.incidents:
            for actor in inc.actors:
                span = actor.evidence[0]
                assert doc.text[span.start : span.end] == span.text
    by_id = {d.id: r for d, r in pairs}
    assert [a.name for a in by_id["dev-21"].incidents[0].actors] == ["Fancy Bear"]
