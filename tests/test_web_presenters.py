"""The dashboard's shapes: facts with spans, text cut into segments, safe links, the graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from aptrace.extract import analyze_document
from aptrace.web.presenters import Fact, build_graph, report_facts, safe_url, segments
from web_fixtures import HOSTILE, filled_store, seed_documents


def test_web_presenters_facts_of_seed_report() -> None:
    doc = seed_documents()[0]
    facts = report_facts(analyze_document(doc), prefix="d0-")
    ids = [f.id for f in facts]
    assert len(ids) == len(set(ids)) and all(i.startswith("d0-") for i in ids)
    kinds = {f.kind for f in facts}
    assert {"actor", "sponsor", "victim", "activity", "period", "attribution", "response", "denial"} <= kinds
    for f in facts:
        assert f.spans and len(f.spans) == len(f.quotes)
        for (s, e), quote in zip(f.spans, f.quotes):
            assert doc.text[s:e] == quote
    sponsor = next(f for f in facts if f.kind == "sponsor")
    assert sponsor.label == "CN / MSS" and sponsor.quotes == ["Ministry of State Security"]
    assert any(f.label == "CZ: summon ambassador against CN (2025-05-28)" for f in facts)


def test_web_presenters_segments_cover_text_exactly() -> None:
    text = "0123456789abcdef"
    facts = [
        Fact("a", "actor", "A", [(2, 6)], ["2345"]),
        Fact("b", "sponsor", "B", [(4, 10), (12, 14)], ["456789", "cd"]),
        Fact("c", "victim", "C", [(5, 99)], ["out of range"]),  # ignored
    ]
    segs = segments(text, facts, selected="b")
    assert "".join(s.text for s in segs) == text
    assert [(s.start, s.end) for s in segs] == [(0, 2), (2, 4), (4, 6), (6, 10), (10, 12), (12, 14), (14, 16)]
    assert [s.evidence for s in segs] == [False, True, True, True, False, True, False]
    assert "".join(s.text for s in segs if s.marked) == "456789cd"
    assert segments("", facts) == []


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/a?b=1", True),
        ("HTTP://example.org/", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        (" javascript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:msgbox", False),
        ("//evil.example/", False),
        ("/relative", False),
        ("http://[::1", False),
        ("", False),
        (None, False),
    ],
)
def test_web_presenters_safe_url(url: str, safe: bool) -> None:
    assert safe_url(url) == (url if safe else None)


def test_web_presenters_graph_from_store(tmp_path: Path) -> None:
    store = filled_store(tmp_path / "s.db")
    try:
        graph = build_graph(store.incidents())
    finally:
        store.close()
    nodes = {n["id"]: n for n in graph["nodes"]}
    assert nodes["agency:GRU"]["kind"] == "agency"
    assert nodes["state:RU"]["roles"] == ["sponsor"]
    assert {"attributor", "victim"} <= set(nodes["state:DE"]["roles"])
    assert nodes["state:EU"]["kind"] == "state" and nodes["state:NATO"]["roles"] == ["attributor"]
    edges = {(e["source"], e["relation"], e["target"]) for e in graph["edges"]}
    assert ("actor:APT28", "sponsored_by", "agency:GRU") in edges
    assert ("state:DE", "attributes", "state:RU") in edges
    assert all(e["incidents"] for e in graph["edges"])
    assert HOSTILE.title not in str(graph)  # only names from facts, never titles
