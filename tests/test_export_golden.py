"""The seed article's exports, and a short article naming software, byte for byte, against golden files.

Regenerate after an intended change with ``APTRACE_UPDATE_GOLDEN=1 pytest
tests/test_export_golden.py`` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from aptrace.export import export
from export_fixtures import packaged_attack_catalogue, seed_report, software_report  # noqa: F401  (a fixture)

# Software names and galaxy values come from the packaged ATT&CK catalogue.
pytestmark = pytest.mark.usefixtures("packaged_attack_catalogue")

GOLDEN = Path(__file__).parent / "golden"
FILES = {"stix": "stix.json", "misp": "misp.json", "csv": "csv", "markdown": "md"}
REPORTS = {"seed": seed_report, "software": software_report}


@pytest.mark.parametrize("name", sorted(REPORTS))
@pytest.mark.parametrize("fmt", sorted(FILES))
def test_export_golden_matches(name: str, fmt: str) -> None:
    text = export([REPORTS[name]()], fmt)
    path = GOLDEN / f"{name}.{FILES[fmt]}"
    if os.environ.get("APTRACE_UPDATE_GOLDEN") == "1":
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    assert path.exists(), f"missing golden file {path}; run with APTRACE_UPDATE_GOLDEN=1"
    with open(path, encoding="utf-8", newline="") as fh:
        assert text == fh.read()


@pytest.mark.parametrize("name", sorted(REPORTS))
@pytest.mark.parametrize("fmt", sorted(FILES))
def test_export_golden_twice_identical(name: str, fmt: str) -> None:
    # Fresh report objects each time: nothing may depend on identity or the clock.
    assert export([REPORTS[name]()], fmt) == export([REPORTS[name]()], fmt)
