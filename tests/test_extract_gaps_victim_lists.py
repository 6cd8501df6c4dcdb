"""Victims in lists and enumerations found by probing: every item with its own country and sector."""

from __future__ import annotations

import pytest

from extract_helpers import victims_of as _victims


def _pairs(text: str) -> set[tuple[str | None, str | None]]:
    return {(v.country, v.sector) for v in _victims(text)}


# Demonyms or genitives listed before the noun they share: each state's own victims ("Polish, Czech and Slovak ministries").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("APT28 targeted Polish, Czech and Slovak ministries.", {("PL", "government"), ("CZ", "government"), ("SK", "government")}),
        ("APT28 targeted the Polish, Czech and Slovak foreign ministries.", {("PL", "government"), ("CZ", "government"), ("SK", "government")}),
        ("Iranian state hackers targeted Israeli and American water utilities.", {("IL", "water"), ("US", "water")}),
        (
            "Chinese state-sponsored hackers targeted Vietnamese, Philippine and Malaysian government agencies, the report said.",
            {("VN", "government"), ("PH", "government"), ("MY", "government")},
        ),
        ("APT31 hacked the Finnish and Norwegian parliaments.", {("FI", "legislature"), ("NO", "legislature")}),
        ("Kimsuky went after South Korean and Japanese think tanks.", {("KR", "civil_society"), ("JP", "civil_society")}),
        ("The group targeted Ukrainian, Georgian and Moldovan officials, Google said of APT28.", {("UA", "government"), ("GE", "government"), ("MD", "government")}),
        ("APT29 targeted Czech and Slovak diplomats.", {("CZ", "government"), ("SK", "government")}),
        ("APT31 targeted Poland's and Lithuania's foreign ministries.", {("PL", "government"), ("LT", "government")}),
        ("APT31 targeted Finland's and Sweden's parliaments.", {("FI", "legislature"), ("SE", "legislature")}),
        (
            "APT28 targeted Germany's and France's foreign ministries and Italy's defence ministry.",
            {("DE", "government"), ("FR", "government"), ("IT", "government")},
        ),
    ],
)
def test_states_listed_before_a_shared_noun(text, expected):
    assert expected <= _pairs(text)


def test_shared_noun_names_each_item():
    names = {(v.name, v.country) for v in _victims("APT28 targeted Polish, Czech and Slovak ministries.")}
    assert {("Polish ministries", "PL"), ("Czech ministries", "CZ"), ("Slovak ministries", "SK")} <= names


# Near misses: a list of speakers' or attackers' states before a shared noun names no victim.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("US and British officials said APT28 hacked Ukrainian ministries.", {"US", "GB"}),
        ("German and French officials said APT28 had targeted the Bundestag.", {"FR"}),
        ("Hackers from Russia, China and Iran targeted the US election, officials said.", {"RU", "CN", "IR"}),
        ("The US, UK and Australia said APT40 had targeted government networks.", {"US", "GB", "AU"}),
        ("APT40 used servers in the Netherlands and Germany to attack Australian government networks.", {"NL", "DE"}),
    ],
)
def test_listed_states_that_are_not_hit(text, absent):
    assert not absent & {v.country for v in _victims(text)}


# A place that closes one list item is not the next item's: "Uyghur exiles in Germany and Tibetan dissidents".
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Chinese state hackers targeted Uyghur exiles in Germany and Tibetan dissidents.", "Tibetan dissidents", None),
        ("Chinese state hackers targeted Uyghur exiles in Germany and Tibetan dissidents in India.", "Tibetan dissidents in India", "IN"),
        ("Uyghur activists in Turkey and Tibetan exiles in India were targeted by Chinese state hackers.", "Tibetan exiles in India", "IN"),
        ("Chinese state hackers targeted Uyghur exiles in Germany, Tibetan dissidents and Hong Kong activists.", "Tibetan dissidents", None),
        ("Chinese state hackers targeted Uyghur exiles in Munich and Tibetan dissidents.", "Tibetan dissidents", None),
        ("APT28 targeted ministries in Poland and energy firms.", "energy firms", None),
    ],
)
def test_place_of_the_item_before(text, name, country):
    vs = _victims(text)
    assert (name, country) in {(v.name, v.country) for v in vs}
    assert not [v for v in vs if v.name == name and v.country != country]


# Near misses: the first item keeps its place, a place that opens the sentence still places its victims, and a
# place after the list is everyone's.
@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Chinese state hackers targeted Uyghur exiles in Germany and Tibetan dissidents.", "DE", "civil_society"),
        ("Last year in Ukraine, power plants were hit by Sandworm.", "UA", "energy"),
        ("APT28 targeted ministries in Poland and the Lithuanian parliament.", "LT", "legislature"),
        ("APT41 hit healthcare, telecom and education organisations in Taiwan.", "TW", "healthcare"),
    ],
)
def test_place_still_given(text, country, sector):
    assert (country, sector) in _pairs(text)


# "member states", "NATO states": "states" the noun, not the verb of a speaker; the ministries are hit, in no one state.
@pytest.mark.parametrize(
    "text",
    [
        "APT28 targeted ministries across NATO member states.",
        "APT28 targeted government agencies in NATO and EU member states.",
        "Russian state hackers targeted foreign ministries in several Baltic states.",
    ],
)
def test_member_states_is_a_noun(text):
    assert (None, "government") in _pairs(text)


# Near miss: "states" the verb still marks a speaker.
def test_states_verb_still_speaks():
    assert "government" not in {v.sector for v in _victims("The ministry states that APT28 was behind the campaign.")}


# A list of states closed by a passive hit: each state is hit, even when officials speak after ("..., officials said").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonia, Latvia and Lithuania were hit by APT28, officials said.", {"EE", "LV", "LT"}),
        ("Estonia, Latvia and Lithuania were hit by APT28.", {"EE", "LV", "LT"}),
        ("Estonia was hit by APT28.", {"EE"}),
        ("Ministries in Estonia, Latvia and Lithuania were hit by APT28.", {"EE", "LV", "LT"}),
    ],
)
def test_states_hit_in_the_passive(text, expected):
    assert expected <= {v.country for v in _victims(text)}


# Near miss: states that say something about a passive hit are speakers.
def test_states_speaking_of_a_passive_hit():
    assert not {"PL", "LT", "LV"} & {v.country for v in _victims("Poland, Lithuania and Latvia said their ministries were targeted by APT28.")}


# "the victims were located in ...": every state of the list, though "located/based in" never makes a sponsor.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The victims of Volt Typhoon were located in the US, Guam and Japan.", {"US", "GU", "JP"}),
        ("Most of the group's targets are based in India, Pakistan and Bangladesh, according to Kaspersky, which tracks it as SideWinder.", {"IN", "PK", "BD"}),
    ],
)
def test_victims_located_in(text, expected):
    assert expected <= {v.country for v in _victims(text)}


# Near misses: where the group itself is based is no victim's country.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("SideWinder, a group based in India, targeted ministries in Pakistan.", "IN"),
        ("The hackers behind APT28 are based in Moscow and targeted ministries in Berlin.", "RU"),
    ],
)
def test_group_based_in_is_no_victim(text, absent):
    assert absent not in {v.country for v in _victims(text)}


# "the embassies of Germany, France and Italy in Moscow": the missions' states are hit, not the state they are posted in.
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Turla compromised embassies of Germany, France and Italy in Moscow.", {"DE", "FR", "IT"}, "RU"),
        ("APT28 hacked the embassies of Poland and Hungary in Kyiv.", {"PL", "HU"}, "UA"),
    ],
)
def test_missions_of_listed_states(text, expected, absent):
    countries = {v.country for v in _victims(text)}
    assert expected <= countries and absent not in countries


# Near miss: ministries in a capital are that state's.
def test_ministries_in_a_capital():
    assert ("UA", "government") in _pairs("APT29 targeted Germany's ambassador to Moscow and hacked ministries in Kyiv.")


# "an arms maker", "a weapons manufacturer": the defence industry, in the singular too.
@pytest.mark.parametrize(
    "text",
    [
        "APT28 also went after a Polish arms maker.",
        "APT28 also went after the defence ministries of Ukraine and Georgia and a Polish arms maker.",
        "Lazarus breached a South Korean weapons manufacturer.",
    ],
)
def test_arms_maker(text):
    assert ("PL" if "Polish" in text else "KR", "defense") in _pairs(text)
