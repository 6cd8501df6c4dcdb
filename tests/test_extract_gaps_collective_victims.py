"""Victim phrasings found by probing: groups of states, international bodies, named networks, parties, lists of peoples."""

from __future__ import annotations

import pytest

from extract_helpers import victims_of as _victims


# A group of states none of which is named ("officials of three Baltic states", "ministries in several EU member
# states") is a victim of the sector its head names, with no country; "states" there is a noun, not the verb of a speaker.
@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("APT29 spied on officials of three Baltic states, Estonian intelligence said.", "government"),
        ("APT28 targeted ministries in several EU member states in 2023.", "government"),
        ("APT31 breached foreign ministries of ASEAN member states.", "government"),
        ("APT40 spied on governments of Pacific island nations.", "government"),
        ("Turla went after diplomats from several NATO countries, the agency said.", "government"),
    ],
)
def test_group_of_states_gives_sector_no_country(text, sector):
    vs = _victims(text)
    assert sector in {v.sector for v in vs}
    assert all(v.country is None for v in vs if v.sector == sector)


# Near misses: the verb "states" still marks a speaker; a named state in the list still gives its country.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The foreign ministry states that APT31 breached its network.", "government"),
    ],
)
def test_speaker_that_states_is_no_victim(text, absent):
    assert absent not in {v.sector for v in _victims(text)}


def test_named_state_beside_a_group_keeps_its_country():
    vs = _victims("APT28 hacked diplomats of Gulf states and Israel.")
    assert "IL" in {v.country for v in vs}
