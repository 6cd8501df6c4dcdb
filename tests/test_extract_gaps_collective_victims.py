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


# In a list, "in <state>" closes the item it follows: the next item, with its own people or sector, does not live there.
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("APT31 targeted Uyghur exiles in Germany and Tibetan dissidents.", "Tibetan dissidents", None),
        ("APT31 spied on Hong Kong activists, Uyghurs in Turkey and Tibetan groups.", "Tibetan groups", None),
        ("APT31 targeted Uyghur exiles in Munich and Tibetan dissidents.", "Tibetan dissidents", None),
        ("APT31 targeted journalists in Taiwan, as well as Tibetan activists.", "Tibetan activists", None),
        ("APT28 hacked energy companies in Poland and telecom firms.", "telecom firms", None),
    ],
)
def test_place_of_previous_item_does_not_bleed(text, name, country):
    vs = {v.name: v.country for v in _victims(text)}
    assert name in vs and vs[name] == country


# Near misses: each item's own place, and the place that closes a whole list, still count.
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("APT31 targeted Uyghur exiles in Germany and Tibetan dissidents.", "Uyghur exiles in Germany", "DE"),
        ("APT28 hacked hospitals in Germany and banks in France.", "banks in France", "FR"),
        ("APT28 hacked energy companies in Poland and a French telecommunications firm.", "French telecommunications firm", "FR"),
    ],
)
def test_own_place_still_counts(text, name, country):
    assert (name, country) in {(v.name, v.country) for v in _victims(text)}


# An international body hit as such is a government victim: the Union's own bodies are the EU's, the others have no state.
@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("APT28 breached networks of EU institutions in 2023.", "EU", "government"),
        ("APT29 breached the European Commission's networks in 2024.", "EU", "government"),
        ("APT31 compromised the Council of the European Union's communications.", "EU", "government"),
        ("APT28 targeted the European Union in 2023.", "EU", "government"),
        ("Killnet attacked the European Parliament's website with a DDoS in November 2022.", "EU", "legislature"),
        ("Killnet knocked the European Parliament offline in November 2022.", "EU", "legislature"),
        ("APT28 targeted NATO in 2023.", None, "government"),
        ("APT28 infiltrated NATO's networks.", None, "government"),
        ("Russian state hackers spied on NATO and the Ukrainian government, the company said.", None, "government"),
        ("APT29 breached the networks of the OSCE in 2022.", None, "government"),
        ("APT41 broke into the United Nations' networks in 2021.", None, "government"),
        ("APT41 targeted the Association of Southeast Asian Nations in 2019.", None, "government"),
    ],
)
def test_international_body_hit(text, country, sector):
    assert (country, sector) in {(v.country, v.sector) for v in _victims(text)}


# Near misses: the body speaking or responding, an ally of it, the Union's members and elections are no EU or NATO victim.
@pytest.mark.parametrize(
    "text",
    [
        "NATO condemned the attacks by APT28 on Germany.",
        "APT28 hacked Ukraine, the EU said.",
        "APT28 launched an attack on NATO ally Poland.",
        "APT28 targeted EU member states in 2023.",
        "APT29 breached email accounts of European Parliament members.",
        "NoName057(16) tried to disrupt the European Parliament elections in June by knocking websites offline.",
    ],
)
def test_international_body_not_hit(text):
    assert not any(v.country == "EU" or v.name in ("NATO", "EU") for v in _victims(text))


# A named crypto bridge or network robbed of money ("stole $600 million from the Ronin Network") is a finance victim;
# a named network hacked is a victim by name.
@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Lazarus Group stole $600 million from the Ronin Network in March 2022.", "Ronin Network", "finance"),
        ("Lazarus stole $100 million from the Harmony Horizon bridge.", "Harmony Horizon bridge", "finance"),
        ("Lazarus Group stole $625 million from Sky Mavis's Ronin bridge.", "Sky Mavis", "finance"),
        ("Sandworm hacked the KA-SAT network.", "KA-SAT network", None),
    ],
)
def test_named_network_or_bridge_hit(text, name, sector):
    assert (name, sector) in {(v.name, v.sector) for v in _victims(text)}


# Near miss: a network the attackers used is no victim.
def test_network_used_is_no_victim():
    assert not _victims("The hackers used the Tor network to hide, APT28 said.")


# A party named by its usual acronym ("Taiwan's DPP", "Germany's CDU") is political.
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("APT31 attacked Taiwan's DPP ahead of the election.", "TW"),
        ("APT31 targeted Germany's CDU in 2021.", "DE"),
        ("Chinese state hackers broke into the networks of Germany's CDU.", "DE"),
        ("APT28 broke into email accounts of the SPD party executive in January 2023.", None),
    ],
)
def test_party_acronym_is_political(text, country):
    vs = [v for v in _victims(text) if v.sector == "political"]
    assert vs and (country is None or country in {v.country for v in vs})


# Near miss: the party speaking is no victim.
def test_party_speaking_is_no_victim():
    assert "political" not in {v.sector for v in _victims("The CDU said APT28 had hacked the Bundestag.")}
