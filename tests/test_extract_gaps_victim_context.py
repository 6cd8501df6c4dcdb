"""Victims whose country is stated beside them, not in their own phrase: datelines, a part of a state, a city in a name."""

from __future__ import annotations

import pytest

from extract_helpers import victims_of as _victims


def _pairs(text: str) -> set[tuple[str | None, str | None]]:
    return {(v.country, v.sector) for v in _victims(text)}


# A dateline closed by a colon ("NEW DELHI:", "New Delhi, May 3:") or set under a byline places the article's victims.
@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("NEW DELHI: APT41 attacked a hospital, officials said.", "IN", "healthcare"),
        ("NEW DELHI (PTI): Chinese state hackers breached a power utility, the ministry said.", "IN", "energy"),
        ("By Jane Doe\nWARSAW, May 3 (Reuters) - APT28 hackers attacked a hospital.", "PL", "healthcare"),
        ("Hackers hit hospital\n\nBy Jane Doe\nWARSAW, May 3 (Reuters) - APT28 hackers attacked a hospital.", "PL", "healthcare"),
    ],
)
def test_dateline_forms_place_the_victims(text, country, sector):
    assert (country, sector) in _pairs(text)


# Near misses: a headline's kicker ending in a colon is no dateline, and a place named only in the body of a line is none.
@pytest.mark.parametrize(
    "text",
    [
        "Police: APT41 attacked a hospital, officials said.",
        "EXCLUSIVE: APT41 attacked a hospital, officials said.",
        "APT41 attacked a hospital.\nBEIJING officials declined to comment.",
    ],
)
def test_kickers_are_no_datelines(text):
    assert {v.country for v in _victims(text) if v.sector == "healthcare"} == {None}


# "in southern Ukraine", "In eastern Ukraine, ...": a part of a state places the victims listed before or after it.
@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("In southern Ukraine, Russian state hackers disrupted a regional energy company.", "UA", "energy"),
        ("In north-eastern Syria, Turkish state hackers targeted telecom operators.", "SY", "telecom"),
        ("Sandworm attacked power companies, hospitals and water utilities in eastern Ukraine.", "UA", "energy"),
        ("Sandworm attacked power companies, hospitals and water utilities in eastern Ukraine.", "UA", "healthcare"),
        ("APT41 breached universities, hospitals and research institutes in central India.", "IN", "healthcare"),
    ],
)
def test_part_of_a_state_places_the_victims(text, country, sector):
    assert (country, sector) in _pairs(text)


# Near miss: the hackers' own region is not the victims'.
def test_part_of_the_attackers_state_is_no_victims_place():
    text = "APT41, which operates from southern China, breached hospitals, officials said."
    assert "CN" not in {v.country for v in _victims(text)}
