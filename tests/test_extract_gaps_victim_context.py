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


# A larger city that opens or closes a proper name places the named victim ("the University Hospital Brno").
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("APT28 targeted the University Hospital Brno.", "CZ"),
        ("Chinese state hackers broke into the New York Times.", "US"),
    ],
)
def test_city_in_a_name_places_the_victim(text, country):
    assert country in {v.country for v in _victims(text)}


# Near misses: who speaks, where they speak, and where the hackers sit do not place the victim.
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("APT41 breached Kaseya, Sydney-based researchers said.", "AU"),
        ("APT41 hacked Kaseya; the hackers worked from Chengdu.", "CN"),
        ("APT41 breached a hospital, researchers told a conference in Singapore.", "SG"),
        ("Speaking in Munich, the minister said APT28 hit a hospital.", "DE"),
    ],
)
def test_speakers_and_attackers_places_are_not_the_victims(text, country):
    assert country not in {v.country for v in _victims(text) if v.sector}


# Sector words of organisations: a national or flag carrier is transport, a consulate is government.
@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Sandworm hit the national carrier of Ukraine.", "UA", "transport"),
        ("Sandworm targeted Ukraine's flag carrier.", "UA", "transport"),
        ("Poland blamed APT28 for the attacks. The group also targeted the national carrier LOT and the capital's airport.", "PL", "transport"),
        ("Turla breached the German consulate in Shanghai.", "DE", "government"),
        ("North Korean state hackers targeted the South Korean consulate in Vladivostok.", "KR", "government"),
    ],
)
def test_carriers_and_consulates(text, country, sector):
    assert (country, sector) in _pairs(text)


# Near miss: telecom carriers stay telecom.
def test_mobile_carriers_stay_telecom():
    assert ("US", "telecom") in _pairs("Mobile carriers in the US were hit by Salt Typhoon.")
    assert "transport" not in {s for _, s in _pairs("Mobile carriers in the US were hit by Salt Typhoon.")}


# "The group also hit a hospital": one body named as hit is an operation's victim, as "hit hospitals" is.
@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("The Czech foreign ministry said APT31 targeted the ministry's network. The group also hit the state-owned utility.", "CZ", "energy"),
        ("The Czech foreign ministry said APT31 targeted the ministry's network. The group also hit a hospital, officials said.", "CZ", "healthcare"),
    ],
)
def test_hit_one_body(text, country, sector):
    assert (country, sector) in _pairs(text)


# Near misses: "hit" of a number or of sanctions names no victim.
@pytest.mark.parametrize(
    "text",
    [
        "APT28 hit a record number of targets last year.",
        "Sanctions hit the company hard after APT41 was blamed.",
    ],
)
def test_hit_without_a_body_hit(text):
    assert not _victims(text)
