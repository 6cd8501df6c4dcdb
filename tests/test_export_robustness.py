"""Exporters on hostile and malformed facts: valid output, never a crash.

Reports are generated from a fixed seed (so failures reproduce) with empty,
control-character, formula, markup, over-long and wrong-vocabulary strings in
every free-text field.
"""

from __future__ import annotations

import json
import random
import string

import pytest
from pymisp import MISPEvent
from stix2validator import ValidationOptions, validate_string

from aptrace.export import export
from aptrace.export.common import http_url
from aptrace.report import (
    Actor, Attribution, Denial, DocumentInfo, Incident, Period, Report, Response, Software, Span, Sponsor,
    Victim,
)
from aptrace.vocab import ACTIVITIES, RESPONSE_TYPES, SECTORS

ODD = ["", " ", "\x00", "=cmd|' /C calc'!A0", "<script>alert(1)</script>", "ÄÖ→中文", "a" * 300, "EU", "CZ", "XX",
       "zz", "Microsoft", '"q"', "\n# h", "javascript:alert(1)", "G0007", "2024-13-45", "2024", "0000-00"]


def _random_report(rnd: random.Random, n: int) -> Report:
    text = "".join(rnd.choice(string.printable) for _ in range(400))

    def odd():
        return rnd.choice(ODD)

    def maybe():
        return rnd.choice([None, odd()])

    def spans():
        start = rnd.randrange(0, 390)
        end = start + rnd.randrange(0, 10)
        return [Span(start=start, end=end, text=text[start:end])]

    def some(make, most=2):
        return [make() for _ in range(rnd.randrange(0, most + 1))]

    incidents = some(lambda: Incident(
        actors=some(lambda: Actor(name=odd(), aliases=[odd(), odd()], evidence=spans(),
                                  kb_ref=rnd.choice([None, odd(), "misp-galaxy:threat-actor=x"]),
                                  kb=rnd.choice([None, {"attack_id": odd()}, {"attack_id": 7}]))),
        sponsors=some(lambda: Sponsor(state=maybe(), agency=maybe(), evidence=spans())),
        victims=some(lambda: Victim(name=odd(), country=maybe(), sector=rnd.choice([None, *sorted(SECTORS)]),
                                    evidence=spans())),
        activity=rnd.choice(sorted(ACTIVITIES)),
        period=Period(start=maybe(), end=maybe()),
        attributions=some(lambda: Attribution(by=odd(), actor=maybe(), state=maybe(), evidence=spans(),
                                              confidence=rnd.choice([None, "high", "medium", "low"]))),
        responses=some(lambda: Response(type=rnd.choice(sorted(RESPONSE_TYPES)), by=maybe(), against=maybe(),
                                        date=maybe(), evidence=spans())),
        denials=some(lambda: Denial(by=odd(), evidence=spans()), 1),
        software=some(lambda: Software(name=odd(), kb_ref=rnd.choice([None, odd(), "S0368", "S0002", "S9999"]),
                                       type=rnd.choice([None, "malware", "tool"]), evidence=spans())),
    ))
    return Report(
        document=DocumentInfo(id=odd() or "doc", published=rnd.choice([None, odd(), "2025-05-28"]), title=maybe(),
                              url=rnd.choice([None, odd(), "https://x.example/a b\"<>"]), sha256=f"{n:064x}"),
        incidents=incidents,
    )


@pytest.mark.parametrize("seed", range(4))
def test_export_robustness_hostile_reports(seed: int, caplog) -> None:
    rnd = random.Random(seed)
    reports = [_random_report(rnd, seed * 100 + i) for i in range(10)]
    stix = export(reports, "stix")
    results = validate_string(stix, ValidationOptions())
    assert results.is_valid, [str(e) for e in results.errors][:5]
    for element in json.loads(export(reports, "misp")):
        MISPEvent().load(json.dumps(element))
    for fmt in ("csv", "markdown"):
        assert export(reports, fmt) == export(reports, fmt)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.dw.com/en/a-b/a-72697464", "https://www.dw.com/en/a-b/a-72697464"),
        ("http://x.example/a b?q=\"<>\"", "http://x.example/a%20b?q=%22%3C%3E%22"),
        ("HTTPS://X.example/%41", "HTTPS://X.example/%41"),
        ("javascript:alert(1)", None),
        ("data:text/html,<b>", None),
        ("file:///etc/passwd", None),
        ("//x.example/a", None),
        ("https://", None),
        ("http://x.example:port/", None),
        ("", None),
        (None, None),
    ],
)
def test_export_robustness_http_url(url, expected) -> None:
    assert http_url(url) == expected
