"""The seed article's exports, byte for byte, against golden files.

Regenerate after an intended change with ``APTRACE_UPDATE_GOLDEN=1 pytest
tests/test_export_golden.py`` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from aptrace.export import export
from export_fixtures import seed_report

GOLDEN = Path(__file__).parent / "golden"
FILES = {"stix": "seed.stix.json", "misp": "seed.misp.json", "csv": "seed.csv", "markdown": "seed.md"}


@pytest.mark.parametrize("fmt", sorted(FILES))
def test_export_golden_seed_matches(fmt: str) -> None:
    text = export([seed_report()], fmt)
    path = GOLDEN / FILES[fmt]
    if os.environ.get("APTRACE_UPDATE_GOLDEN") == "1":
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    assert path.exists(), f"missing golden file {path}; run with APTRACE_UPDATE_GOLDEN=1"
    with open(path, encoding="utf-8", newline="") as fh:
        assert text == fh.read()


@pytest.mark.parametrize("fmt", sorted(FILES))
def test_export_golden_twice_identical(fmt: str) -> None:
    # Fresh report objects each time: nothing may depend on identity or the clock.
    assert export([seed_report()], fmt) == export([seed_report()], fmt)
