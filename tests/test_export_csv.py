"""CSV export: one row per claim, exact evidence offsets, no formula injection."""

from __future__ import annotations

import csv
import io

from aptrace.export import export
from aptrace.export.csv import COLUMNS, csv_cell
from aptrace.report import Actor, DocumentInfo, Incident, Report, Response, Software, Span
from export_fixtures import SOFTWARE_TEXT, seed_document, seed_report, software_report


def _rows(reports) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(export(reports, "csv"))))


def test_export_csv_one_row_per_claim() -> None:
    report = seed_report()
    rows = _rows([report])
    expected = sum(
        len(i.actors) + len(i.sponsors) + len(i.victims) + len(i.attributions) + len(i.responses) + len(i.denials)
        for i in report.incidents
    )
    assert len(rows) == expected == 18
    assert tuple(rows[0]) == COLUMNS
    kinds = [r["kind"] for r in rows if r["incident"] == "seed-cz-apt31/APT31"]
    assert kinds.count("attribution") == 3 and kinds.count("response") == 4 and kinds.count("denial") == 1
    nato = next(r for r in rows if r["kind"] == "attribution" and r["by"] == "NATO")
    assert (nato["actor"], nato["target"], nato["sponsor_state"], nato["sponsor_agency"]) == ("APT31", "CN", "CN", "MSS")
    summons = [r for r in rows if r["type"] == "summon_ambassador"]
    assert [(r["by"], r["target"], r["date"]) for r in summons] == [("CZ", "CN", "2025-05-28"), ("CZ", "RU", "2024-05")]


def test_export_csv_evidence_offsets_point_into_the_text() -> None:
    text = seed_document().text
    for row in _rows([seed_report()]):
        assert text[int(row["start"]):int(row["end"])] == row["evidence"]


def test_export_csv_guards_against_formula_injection() -> None:
    text = '=HYPERLINK("http://evil.example","x") +1 -2 @SUM(A1) plain'
    def span(s: str) -> Span:
        i = text.index(s)
        return Span(start=i, end=i + len(s), text=s)
    report = Report(
        document=DocumentInfo(id="@doc", sha256="c" * 64, url="=1+1"),
        incidents=[Incident(
            actors=[Actor(name="+APT", evidence=[span("+1")])],
            responses=[Response(type="sanctions", by="-US", evidence=[span('=HYPERLINK("http://evil.example","x")')])],
        )],
    )
    rows = _rows([report])
    cells = [v for row in rows for v in row.values() if v]
    assert not [c for c in cells if c[0] in "=+-@\t\r"], cells
    assert rows[0]["document_id"] == "'@doc" and rows[0]["url"] == "'=1+1" and rows[0]["actor"] == "'+APT"
    assert rows[1]["evidence"] == "'=HYPERLINK(\"http://evil.example\",\"x\")"
    assert csv_cell("2025-05-28") == "2025-05-28" and csv_cell(0) == 0 and csv_cell(None) == ""


def test_export_csv_quotes_newlines_and_commas() -> None:
    text = 'He said: "we, the people,\nblame X".'
    report = Report(
        document=DocumentInfo(id="d", sha256="d" * 64),
        incidents=[Incident(actors=[Actor(name="X", evidence=[Span(start=0, end=len(text), text=text)])])],
    )
    (row,) = _rows([report])
    assert row["evidence"] == text


def test_export_csv_header_only_without_incidents() -> None:
    assert export([], "csv") == ",".join(COLUMNS) + "\n"


def test_export_csv_software_column_and_rows() -> None:
    rows = _rows([software_report()])
    assert COLUMNS[-1] == "software"
    by_incident = {}
    for row in rows:
        by_incident.setdefault(row["incident"], set()).add(row["software"])
    assert by_incident == {
        "software-demo/Sandworm": {"NotPetya (S0368); Whispergate (S0689)"},
        "software-demo/Volt Typhoon": {"KV Botnet; Mimikatz (S0002)"},
    }
    software = [(r["incident"], r["target"], r["type"], r["evidence"]) for r in rows if r["kind"] == "software"]
    assert software == [
        ("software-demo/Sandworm", "NotPetya", "malware", "NotPetya"),
        ("software-demo/Sandworm", "Whispergate", "malware", "Whispergate"),
        ("software-demo/Volt Typhoon", "KV Botnet", "", "KV Botnet"),
        ("software-demo/Volt Typhoon", "Mimikatz", "tool", "Mimikatz"),
    ]
    for row in rows:
        assert SOFTWARE_TEXT[int(row["start"]):int(row["end"])] == row["evidence"]


def test_export_csv_software_guards_against_formula_injection() -> None:
    text = "=cmd|' /C calc'!A0 and @SUM(A1)"
    first, second = "=cmd|' /C calc'!A0", "@SUM(A1)"
    report = Report(
        document=DocumentInfo(id="d", sha256="a" * 64),
        incidents=[Incident(
            actors=[Actor(name="X", evidence=[Span(start=0, end=1, text="=")])],
            software=[
                Software(name=first, kb_ref="=S0001", evidence=[Span(start=0, end=len(first), text=first)]),
                Software(name=second, evidence=[Span(start=text.index(second), end=len(text), text=second)]),
            ],
        )],
    )
    rows = _rows([report])
    assert {r["software"] for r in rows} == {"'=cmd|' /C calc'!A0; @SUM(A1)"}  # malformed kb_ref: no id shown
    assert [r["target"] for r in rows if r["kind"] == "software"] == ["'=cmd|' /C calc'!A0", "'@SUM(A1)"]
    cells = [v for row in rows for v in row.values() if v]
    assert not [c for c in cells if c[0] in "=+-@\t\r"], cells
