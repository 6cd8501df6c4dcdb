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
