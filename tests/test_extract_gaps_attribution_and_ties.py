"""Who attributes and who is tied to whom, in phrasings found by probing with invented sentences.

Families: a victim list of states before "..., officials said" (the last state is a victim, not the
speaker); an operation named after a product or victim ("the Microsoft Exchange hack") opening a sentence
whose speaker comes last; a company's attribution by resemblance ("consistent with the group APT41");
"traced (back) to <state>"; a tie stated as an operation run "for the <demonym> government". Each with
near misses. The texts are written for these tests.
"""

from __future__ import annotations

import json

import pytest

from extract_helpers import report_of as _report


def _attributions(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(a.by, a.actor, a.state) for inc in _report(text).incidents for a in inc.attributions}


def _victim_countries(text: str) -> set[str]:
    return {v.country for inc in _report(text).incidents for v in inc.victims if v.country}


def _sponsors(text: str) -> set[str]:
    return {s["state"] for inc in json.loads(_report(text).to_json())["incidents"] for s in inc["sponsors"]}


def _responses(text: str) -> set[tuple[str, str | None]]:
    return {(r.by, r.against) for inc in _report(text).incidents for r in inc.responses}


# a list of states after a preposition, then ", officials said": every state listed is a victim, none speaks
@pytest.mark.parametrize(
    ("text", "victims", "not_by"),
    [
        ("APT28 targeted ministries in Poland, Lithuania and Latvia, officials said.", {"PL", "LT", "LV"}, "LV"),
        ("Hackers linked to Russia's GRU broke into government networks in Estonia, Latvia and Lithuania, officials said on Tuesday.", {"EE", "LV", "LT"}, "LT"),
        ("The group APT29 went after embassies of Germany, France and Italy, security officials said.", {"DE", "FR", "IT"}, "IT"),
        ("Chinese hackers attacked power grids in India and Nepal, researchers said.", {"IN", "NP"}, "NP"),
        ("The group Turla spied on foreign ministries in Austria, Hungary and Slovakia, investigators said.", {"AT"}, "SK"),
    ],
)
def test_listed_victim_states_do_not_speak(text, victims, not_by):
    assert victims <= _victim_countries(text)
    assert not any(by == not_by for by, _, _ in _attributions(text))


def test_listed_states_that_open_the_sentence_still_speak():
    assert {("PL", "APT28", None), ("LT", "APT28", None), ("LV", "APT28", None)} <= _attributions(
        "Poland, Lithuania and Latvia said APT28 targeted their ministries."
    )


# an operation named after a product or its victim opens the sentence: the speaker at the end attributes
@pytest.mark.parametrize(
    ("text", "expected", "not_by"),
    [
        ("The 2021 Microsoft Exchange hack was the work of Chinese state hackers, the US said.", ("US", None, "CN"), "Microsoft"),
        ("The SolarWinds hack was carried out by Russia's SVR, the White House said.", ("US", None, "RU"), "SolarWinds"),
        ("The 2020 SolarWinds supply-chain attack was the work of Russian intelligence, British officials said.", ("GB", None, "RU"), "SolarWinds"),
        ("The Microsoft Exchange hack was carried out by the group Hafnium, the British government said on Monday.", ("GB", "Hafnium", None), "Microsoft"),
    ],
)
def test_operation_named_after_product_is_not_the_speaker(text, expected, not_by):
    found = _attributions(text)
    assert expected in found
    assert not any(by == not_by for by, _, _ in found)


def test_company_that_opens_a_sentence_still_speaks():
    assert ("Microsoft", "Hafnium", None) in _attributions("Microsoft said the group Hafnium had exploited flaws in its Exchange software.")


# a company's attribution by resemblance to a named group
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The activity was consistent with the group APT41, Mandiant said.", ("Mandiant", "APT41", None)),
        ("Mandiant said the activity was consistent with APT41.", ("Mandiant", "APT41", None)),
        ("Google said the intrusions were in line with those of the threat actor APT29.", ("Google", "APT29", None)),
        ("The phishing emails were consistent with the hacking group Kimsuky, Proofpoint said on Thursday.", ("Proofpoint", "Kimsuky", None)),
        ("ESET researchers said the wiper attack was in keeping with Sandworm.", ("ESET", "Sandworm", None)),
    ],
)
def test_consistent_with_a_group_attributes(text, expected):
    assert expected in _attributions(text)


@pytest.mark.parametrize(
    "text",
    [
        "The targeting was consistent with Chinese state interests, Mandiant said.",
        "Mandiant said the findings were consistent with Microsoft's report.",
    ],
)
def test_consistent_with_something_else_attributes_nothing(text):
    assert _attributions(text) == set()


# "traced (back) to <state>": the state is accused; a place of servers is not
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The campaign was traced back to China by Indian investigators.", ("IN", None, "CN")),
        ("Indian investigators traced the campaign back to China.", ("IN", None, "CN")),
        ("The attacks could be traced to Russia, Polish officials said.", ("PL", None, "RU")),
        ("Estonian investigators traced the attacks to China's Ministry of State Security.", ("EE", None, "CN")),
        ("German prosecutors said they had traced the hack of the Bundestag to Russia.", ("DE", None, "RU")),
    ],
)
def test_traced_to_a_state_attributes(text, expected):
    assert expected in _attributions(text)


@pytest.mark.parametrize(
    "text",
    [
        "The intrusion was traced to servers in Russia, Polish officials said.",
        "The attacks were traced to Russian IP addresses, Polish officials said.",
    ],
)
def test_traced_to_a_place_attributes_nothing(text):
    assert _attributions(text) == set()


# a tie stated as an operation run "for the <demonym> government": the state sponsors, responses go against it
@pytest.mark.parametrize(
    ("text", "state", "response"),
    [
        ("The US Treasury sanctioned Integrity Technology Group, a Beijing firm that ran the Flax Typhoon botnet for the Chinese government.", "CN", ("US", "CN")),
        ("The Justice Department charged two men who hacked for the Iranian government.", "IR", ("US", "IR")),
        ("The EU sanctioned a Moscow company that operated the Sandworm servers for the Russian military.", "RU", ("EU", "RU")),
    ],
)
def test_operation_run_for_a_government_is_a_tie(text, state, response):
    assert state in _sponsors(text)
    assert response in _responses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mandiant, which ran the investigation for the Ukrainian government, said the group Sandworm attacked the grid.",
        "Mandiant, a company working for the Ukrainian government, said the group Sandworm attacked the grid.",
        "Microsoft, acting on behalf of its customers, took down servers used by the group APT28.",
    ],
)
def test_working_for_a_victim_is_no_tie(text):
    assert _sponsors(text) == set()
