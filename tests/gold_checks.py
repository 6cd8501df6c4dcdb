"""Checks shared by the tests that validate hand-annotated gold files (own, fresh)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pycountry

from aptrace import vocab

INCIDENT_KEYS = {"actors", "sponsors", "victims", "activity", "period", "attributions", "responses", "denials"}
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def read_jsonl(path: Path) -> list[dict]:
    """Every line of a JSONL file, parsed; a blank line fails naming the file and line."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{path.name}:{n}: blank line"
        rows.append(json.loads(line))
    return rows


def is_state(code: str | None) -> bool:
    return code is not None and len(code) == 2 and pycountry.countries.get(alpha_2=code) is not None


def is_party(party: str | None) -> bool:
    """A state code, a listed organisation, or a name (company, agency, campaign), never a bare 2-letter code."""
    if party is None:
        return False
    if is_state(party) or party in vocab.ORGANISATIONS:
        return True
    return len(party) > 2 and party.strip() == party


def partial_date(value: str | None) -> dt.date | None:
    """Parse YYYY, YYYY-MM or YYYY-MM-DD to its first day; None stays None; anything else fails."""
    if value is None:
        return None
    assert PARTIAL_DATE.match(value), value
    parts = [int(p) for p in value.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def check_incidents(doc_id: str, incidents: list[dict], *, one_actor: bool, named_attributions: bool) -> None:
    """Every gold incident of one document has the spec's keys and values from the report vocabularies."""
    for k, inc in enumerate(incidents):
        where = f"{doc_id}#{k}"
        assert set(inc) == INCIDENT_KEYS, where
        assert inc["actors"] or inc["sponsors"], f"{where}: neither actor nor sponsor"
        assert len(inc["actors"]) <= 1 or not one_actor, f"{where}: one actor per incident"
        for a in inc["actors"]:
            assert set(a) == {"name"} and a["name"].strip() == a["name"] and a["name"], where
        for s in inc["sponsors"]:
            assert set(s) == {"state", "agency"}, where
            assert is_state(s["state"]), f"{where}: sponsor {s}"
        for v in inc["victims"]:
            assert set(v) == {"name", "country", "sector"}, where
            assert v["name"].strip(), where
            assert v["country"] is None or is_party(v["country"]), f"{where}: {v}"  # the spec lets a party (EU) be a victim too
            assert v["sector"] is None or v["sector"] in vocab.SECTORS, f"{where}: {v}"
        assert inc["activity"] in vocab.ACTIVITIES, where
        assert set(inc["period"]) == {"start", "end"}, where
        start, end = partial_date(inc["period"]["start"]), partial_date(inc["period"]["end"])
        assert start is None or end is None or start <= end, where
        for a in inc["attributions"]:
            assert set(a) == {"by", "actor", "state", "confidence"}, where
            assert is_party(a["by"]), f"{where}: {a}"
            assert a["actor"] or a["state"] or not named_attributions, f"{where}: empty attribution"
            assert a["state"] is None or is_state(a["state"]), f"{where}: {a}"
            assert a["confidence"] is None or a["confidence"] in vocab.CONFIDENCES, f"{where}: {a}"
        for r in inc["responses"]:
            assert set(r) == {"type", "by", "against", "date"}, where
            assert r["type"] in vocab.RESPONSE_TYPES, f"{where}: {r}"
            assert is_party(r["by"]), f"{where}: {r}"
            assert r["against"] is None or is_party(r["against"]), f"{where}: {r}"
            partial_date(r["date"])
        for d in inc["denials"]:
            assert set(d) == {"by"} and is_party(d["by"]), f"{where}: {d}"
