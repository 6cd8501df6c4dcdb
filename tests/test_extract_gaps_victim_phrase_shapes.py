"""Victim phrases by their shape found by probing: demonym, sector word and head noun; names with "&"; regions of states."""

from __future__ import annotations

import pytest

from extract_helpers import victims_of as _victims


def _triples(text):
    return {(v.name, v.country, v.sector) for v in _victims(text)}


# A demonym, a sector word and a head noun: "a Dutch defence network", "a Norwegian government IT platform".
@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("APT28 breached a Dutch defence network, officials said.", "NL", "military"),
        ("Sandworm got into the Polish defense IT networks last year.", "PL", "military"),
        ("APT29 breached a Norwegian government IT platform.", "NO", "government"),
        ("Hackers working for Russia's GRU compromised the Estonian government platform used by ministries.", "EE", "government"),
    ],
)
def test_demonym_sector_head(text, country, sector):
    assert (country, sector) in {(v.country, v.sector) for v in _victims(text)}


# Near misses: an air or missile defence system is a weapon, not a network hit.
@pytest.mark.parametrize(
    "text",
    [
        "APT28 stole documents about Patriot air defense systems from a contractor in Germany.",
        "APT28 studied missile defence networks.",
    ],
)
def test_weapon_defence_systems_are_no_military_victim(text):
    assert "military" not in {v.sector for v in _victims(text)}


# The head noun stays on the name: "service", "confederation", "IT systems" are not cut off.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("APT28 disrupted Ukraine's state postal service.", "Ukraine's state postal service"),
        ("Sandworm hit the Ukrainian postal service Ukrposhta.", "Ukrainian postal service Ukrposhta"),
        ("APT28 attacked the Swedish sports confederation.", "Swedish sports confederation"),
        ("APT31 breached the Finnish parliament's IT systems.", "Finnish parliament's IT systems"),
    ],
)
def test_head_noun_kept(text, name):
    assert name in {v.name for v in _victims(text)}


# The accused state's own agency named after it acts; the state does not speak ("China's Ministry of State Security hacked ...").
@pytest.mark.parametrize(
    "text",
    [
        "China's Ministry of State Security hacked Czech ministries.",
        "China's espionage agency, the Ministry of State Security, hacked Czech ministries.",
    ],
)
def test_own_agency_acts_victim_kept(text):
    assert ("Czech ministries", "CZ", "government") in _triples(text)


# Near miss: the agency that speaks names no victim of its own state's operation.
def test_own_agency_speaks_names_no_victim():
    assert not _victims("China's Ministry of State Security said Czech ministries were lying about the hack.")


# A demonym before a proper name gives its state; "attacked" names what was hit; "&" stays inside a name.
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("APT28 attacked French TV5Monde in 2015.", "French TV5Monde", "FR"),
        ("APT28 attacked the Estonian Information System Authority (RIA).", "Estonian Information System Authority", "EE"),
        ("Scattered Spider attacked Marks & Spencer in April.", "Marks & Spencer", None),
    ],
)
def test_named_victim_shapes(text, name, country):
    assert (name, country) in {(v.name, v.country) for v in _victims(text)}


# Near misses: a product, the attacker's organ.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("APT28 attacked Microsoft Exchange servers at the Norwegian parliament.", "Microsoft Exchange"),
        ("The Ministry of State Security attacked Taiwan's legislature, officials said.", "Ministry of State Security"),
    ],
)
def test_named_victim_near_misses(text, name):
    assert name not in {v.name for v in _victims(text)}


# A region of a state gives the state: German Länder, the UK's nations, "the government of <region>", "<region> province".
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("APT28 attacked a hospital in Bavaria.", "DE"),
        ("APT28 breached a water utility in Lower Saxony.", "DE"),
        ("APT28 hit the Brandenburg state government.", "DE"),
        ("APT28 targeted the Bank of England.", "GB"),
        ("APT41 breached the government of Andhra Pradesh.", "IN"),
        ("APT41 hacked the government of Sichuan province.", "CN"),
    ],
)
def test_region_gives_state(text, country):
    assert country in {v.country for v in _victims(text)}
