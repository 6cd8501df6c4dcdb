"""Gaps in how operations are read, checked on invented texts.

Each family is a pattern of language the extractor had not met: attack verbs
beyond "hacked" and "breached" ("hit", "crippled", "zeroed in on", "gained a
foothold in"), groups named after their own ransomware doing things, and the
many ways news states an operation. The texts are written for these tests, in
varied styles, with near misses (other senses of the words, the tool rather
than the doer) that must not give the fact.
"""

from __future__ import annotations

import pytest

from extract_helpers import incident_facts as _incidents
from extract_helpers import only_incident as _only
from extract_helpers import report_of as _report


# --- attack verbs: "hit", "struck", "crippled", "zeroed in on", ... said of the hackers -----------------------------
@pytest.mark.parametrize(
    ("text", "by", "state", "victim", "start"),
    [
        ("Danish officials said Russian hackers hit the country's energy sector in May 2023.", "DK", "RU", ("DK", "energy"), "2023-05"),
        ("Ukrainian officials said Russian military hackers struck the power grid in December 2015.", "UA", "RU", ("UA", "energy"), "2015-12"),
        ("US officials said North Korean hackers crippled the bank's systems in 2016.", "US", "KP", ("US", "finance"), "2016"),
        ("Albanian officials said Iranian state hackers paralysed government websites in July 2022.", "AL", "IR", ("AL", "government"), "2022-07"),
        ("South Korean police said North Korean hackers zeroed in on defence contractors in 2023.", "KR", "KP", ("KR", "defense"), "2023"),
        ("German officials said Russian spies eavesdropped on air force officers in February 2024.", "DE", "RU", ("DE", "military"), "2024-02"),
        ("Australian officials said Chinese state hackers siphoned data from the parliament in 2019.", "AU", "CN", ("AU", "legislature"), "2019"),
        ("Ukrainian officials said Russian military hackers planted malware in the power grid in 2022.", "UA", "RU", ("UA", "energy"), "2022"),
        ("US officials said Chinese state hackers gained a foothold in US water utilities in 2023.", "US", "CN", ("US", "water"), "2023"),
        ("US officials said Chinese state hackers burrowed into US telecom networks in 2024.", "US", "CN", ("US", "telecom"), "2024"),
        ("Dutch intelligence said Chinese state hackers went after the defence ministry in 2023.", "NL", "CN", ("NL", "government"), "2023"),
        ("Australian officials said Chinese state hackers infected the parliament's computers with malware in 2019.", "AU", "CN", ("AU", "legislature"), "2019"),
    ],
)
def test_attack_verbs_said_of_a_states_hackers(text, by, state, victim, start):
    inc = _only(text)
    assert (by, None, state) in inc["attributions"]
    assert victim in inc["victims"]
    assert inc["start"] == start


@pytest.mark.parametrize(
    ("text", "actor", "victim", "start"),
    [
        ("APT28 hit the Danish energy ministry in May 2023, officials said.", "APT28", ("DK", "government"), "2023-05"),
        ("The US Justice Department said the group Volt Typhoon crippled a water utility in Texas in 2023.", "Volt Typhoon", ("US", "water"), "2023"),
        ("Sandworm took down Ukrainian power substations in December 2016, Ukrainian officials said.", "Sandworm", ("UA", "energy"), "2016-12"),
        ("APT28 paralysed the Danish energy ministry in May 2023, officials said.", "APT28", ("DK", "government"), "2023-05"),
        ("According to Lithuanian officials, Killnet knocked the parliament's website offline in June 2022.", "Killnet", ("LT", "legislature"), "2022-06"),
        ("APT28 siphoned data from the Danish energy ministry in May 2023, officials said.", "APT28", ("DK", "government"), "2023-05"),
        ("The US Justice Department said the group Volt Typhoon gained a foothold in a water utility in Texas in 2023.", "Volt Typhoon", ("US", "water"), "2023"),
        ("The US Justice Department said the group Volt Typhoon zeroed in on a water utility in Texas in 2023.", "Volt Typhoon", ("US", "water"), "2023"),
    ],
)
def test_attack_verbs_said_of_a_named_group(text, actor, victim, start):
    inc = _only(text)
    assert inc["actors"] == {actor}
    assert victim in inc["victims"]
    assert inc["start"] == start


# "hit" and "struck" in their other senses give no operation
@pytest.mark.parametrize(
    "text",
    [
        "Danish officials said the European Union hit Russia with sanctions in May 2023.",
        "Russian officials hit back at the accusations in May 2023, calling them baseless.",
        "Danish officials said the energy sector was the hardest hit by the storms in May 2023.",
        "Chinese exports to Denmark hit a record in May 2023, officials said.",
        "Danish officials said Russia and Denmark struck a deal on gas supplies in May 2023.",
        "US officials said Chinese hackers could hit US water utilities in a conflict.",
    ],
)
def test_other_senses_of_hit_give_no_incident(text):
    assert _incidents(text) == []


# --- gangs named after their ransomware: the doer of an act is the actor, the tool is not ---------------------------
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The FBI said REvil hacked Kaseya in July 2021.", "REvil"),
        ("Costa Rican officials said Conti attacked the country's finance ministry in April 2022.", "Conti"),
        ("Qilin claimed the attack on Synnovis, a pathology provider for London hospitals, in June 2024.", "Qilin"),
        ("LockBit hit a children's hospital in Toronto in December 2022, Canadian police said.", "LockBit"),
        ("Black Basta breached the systems of a US health network in May 2024, the FBI said.", "Black Basta"),
        ("In a post on its leak site, Rhysida claimed responsibility for the attack on the British Library in November 2023.", "Rhysida"),
        ("Security firm Emsisoft said Conti operators stole data from the Irish health service in May 2021.", "Conti"),
    ],
)
def test_ransomware_name_as_doer_is_the_actor(text, actor):
    inc = _only(text)
    assert inc["actors"] == {actor}
    assert inc["states"] == set()  # a criminal gang: no sponsor the text does not give


@pytest.mark.parametrize(
    "text",
    [
        "The attackers deployed REvil ransomware on the servers in July 2021.",
        "The hospital was infected with Conti ransomware in May 2021.",
        "Investigators found a LockBit encryptor on the machines of the port in 2023.",
        "The WannaCry worm spread across the world in May 2017. WannaCry hit the NHS hardest, officials said.",
        "Saudi officials said the disk-wiping virus Shamoon struck several government agencies in 2016.",
    ],
)
def test_ransomware_name_as_tool_is_no_actor(text):
    assert all(not inc["actors"] for inc in _incidents(text))


def test_criminal_gang_responses_are_against_no_state():
    text = (
        "US authorities arrested a REvil affiliate in Poland in October 2021. REvil hacked Kaseya in July 2021, "
        "the Justice Department said. The State Department offered a reward of $10 million for information on the gang's leaders."
    )
    report = _report(text)
    assert [{a.name for a in inc.actors} for inc in report.incidents] == [{"REvil"}]
    responses = {(r.type, r.by, r.against) for r in report.incidents[0].responses}
    assert ("reward", "US", None) in responses
    assert all(against is None for _, _, against in responses)
