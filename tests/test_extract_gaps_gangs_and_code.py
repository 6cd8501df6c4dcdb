"""Gaps in telling a ransomware gang from the code it is named after, checked on invented texts.

A gang named after its ransomware ("Conti", "LockBit", "DarkSide") is the doer of what it does to its victims'
systems ("disrupted", "crippled", "encrypted the systems of", "held to ransom"), in the active, the passive and
headlines. The same verbs said of a worm or a wiper ("WannaCry crippled the NHS", "NotPetya hit Maersk") make the
code the subject: no actor, and with neither a group nor a state no incident. The catalogues tell them apart (ATT&CK's
ransomware that neither spreads as a worm nor wipes disks, the ransomware galaxy's gangs with their own leak sites),
and so do the words around the name ("the TrickBot gang", "the WannaCry worm").
"""

from __future__ import annotations

import pytest

from extract_helpers import incident_facts as _incidents
from extract_helpers import only_incident as _only


# --- a gang disrupting, crippling, encrypting, holding to ransom: the gang is the doer ---------------------------------
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("DarkSide disrupted the Colonial Pipeline.", "DarkSide"),
        ("Conti crippled Ireland's Health Service Executive.", "Conti"),
        ("LockBit paralysed the systems of a Toronto children's hospital in December 2022.", "LockBit"),
        ("REvil encrypted the systems of hundreds of companies through Kaseya in July 2021.", "REvil"),
        ("Black Basta locked the files of a US health network in May 2024.", "Black Basta"),
        ("BlackCat knocked the casino operator's systems offline in September 2023, the FBI said.", "BlackCat"),
        ("ALPHV shut down the systems of Change Healthcare in February 2024.", "ALPHV"),
        ("Hive held the hospital's data to ransom in 2022, US officials said.", "Hive"),
        ("Rhysida paralysed the British Library in October 2023.", "Rhysida"),
        ("Medusa encrypted the servers of Minneapolis Public Schools in February 2023.", "Medusa"),
        ("Qilin disrupted Synnovis, a London pathology provider, in June 2024.", "Qilin"),
        ("Ryuk crippled Universal Health Services in September 2020.", "Ryuk"),
        ("Sodinokibi encrypted the systems of Travelex on New Year's Eve 2019.", "Sodinokibi"),
        ("LockBit affiliates disrupted Royal Mail in January 2023.", "LockBit"),
        # headlines, in the present
        ("Conti cripples Irish health service", "Conti"),
        ("LockBit paralyses Royal Mail's international exports", "LockBit"),
        # the passive: the gang after "by"
        ("Ireland's Health Service Executive was crippled by Conti in May 2021.", "Conti"),
        ("Systems of the Toronto hospital were encrypted by LockBit in December 2022.", "LockBit"),
        ("The Colonial Pipeline was disrupted by DarkSide in May 2021.", "DarkSide"),
        ("Change Healthcare was paralysed by BlackCat in February 2024, the company said.", "BlackCat"),
        ("The British Library was held to ransom by Rhysida in October 2023.", "Rhysida"),
        ("The Costa Rican government was hacked by Conti in April 2022.", "Conti"),
    ],
)
def test_gang_disrupting_its_victim_is_the_actor(text, actor):
    inc = _only(text)
    assert inc["actors"] == {actor}
    assert inc["states"] == set()  # a criminal gang: no sponsor the text does not give


@pytest.mark.parametrize(
    ("text", "actor", "victim", "activity", "start"),
    [
        ("Conti crippled Ireland's Health Service Executive in May 2021.", "Conti", ("IE", "healthcare"), "disruption", "2021-05"),
        ("The Colonial Pipeline was disrupted by DarkSide in May 2021.", "DarkSide", (None, "energy"), "disruption", "2021-05"),
        ("Qilin disrupted Synnovis, a London pathology provider, in June 2024.", "Qilin", ("GB", "healthcare"), "disruption", "2024-06"),
        ("Systems of the Toronto hospital were encrypted by LockBit in December 2022.", "LockBit", ("CA", "healthcare"), None, "2022-12"),
    ],
)
def test_gang_disrupting_its_victim_gives_the_operation(text, actor, victim, activity, start):
    inc = _only(text)
    assert inc["actors"] == {actor}
    assert victim in inc["victims"]
    if activity:
        assert inc["activity"] == activity
    assert inc["start"] == start


# --- a worm or a wiper doing the same: the code is no actor, and with no group or state there is no incident ----------
@pytest.mark.parametrize(
    "text",
    [
        "WannaCry crippled the NHS in May 2017.",
        "NotPetya hit Maersk in June 2017.",
        "NotPetya crippled Maersk in June 2017.",
        "Olympic Destroyer disrupted the opening ceremony of the 2018 Winter Olympics.",
        "HermeticWiper destroyed data on Ukrainian government computers in February 2022.",
        "AcidRain wiped Viasat modems in February 2022.",
        "Emotet infected the computers of the Berlin court in 2019.",
        "Qakbot hit hundreds of companies in 2022.",
        "Bad Rabbit hit the Kyiv metro in October 2017.",
        "KillDisk crippled Ukrainian media companies in 2015.",
        "The NHS was crippled by WannaCry in May 2017.",
        "Maersk was hit by NotPetya in June 2017.",
        "The WannaCry worm crippled the NHS in May 2017.",
        "The NotPetya wiper hit Maersk in June 2017.",
        # (a victim's network hit by code is no botnet taken down)
        "The Viasat network was disrupted by AcidRain in February 2022.",
    ],
)
def test_code_doing_damage_is_no_actor(text):
    assert _incidents(text) == []


# ... the group the text blames for the code is the actor
@pytest.mark.parametrize(
    ("text", "actor", "state"),
    [
        ("NotPetya hit Maersk in June 2017. Western governments blamed Sandworm, a unit of Russia's GRU.", "Sandworm", "RU"),
        ("The WannaCry outbreak crippled the NHS in May 2017. The US later blamed North Korea's Lazarus Group.", "Lazarus Group", "KP"),
    ],
)
def test_code_doing_damage_leaves_the_blamed_group(text, actor, state):
    inc = _only(text)
    assert inc["actors"] == {actor}
    assert inc["states"] == {state}


# ... unless the text itself makes the code's name a gang's
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The TrickBot gang crippled hospitals in 2020.", "TrickBot"),
        ("Emotet operators hit hundreds of companies in 2020.", "Emotet"),
    ],
)
def test_code_name_the_text_gives_a_gang_is_the_actor(text, actor):
    assert _only(text)["actors"] == {actor}


# --- near misses: the gang's code, other doers of the same verbs -------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The hospital was infected with Conti in May 2021.",
        "Investigators found a LockBit encryptor on the port's servers in 2023.",
        "REvil ransomware encrypted files of hundreds of firms in July 2021.",
        "The systems were encrypted by LockBit ransomware in 2023.",
        "The company was hit by Conti ransomware in May 2021.",
        "The company was hit by a LockBit attack in 2023.",
        "WhatsApp encrypts messages end to end.",
        "The bank locked customers out of their accounts in May 2023.",
        "The storm disrupted power supplies in Texas in February 2021.",
        "The strike crippled London's transport network in June 2022.",
        "The government was hit by sanctions in May 2023.",
    ],
)
def test_code_and_other_doers_give_no_gang(text):
    assert all(not inc["actors"] for inc in _incidents(text))
