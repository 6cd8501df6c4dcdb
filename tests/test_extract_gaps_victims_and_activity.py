"""Victims and activity misread by invented sentences: a state's officials, lists of states, fraud and election words (spec-driven)."""

from __future__ import annotations

import pytest

from extract_helpers import incidents_of as _incidents


def _victims(text: str) -> set[tuple[str | None, str | None]]:
    (inc,) = _incidents(text)
    return {(v.country, v.sector) for v in inc.victims}


# The officials of a state, hit, are that state's government, whether the state is named by its demonym or short name.
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Chinese state hackers hacked into email accounts of US officials, Microsoft said.", "US"),
        ("Chinese state hackers hacked into email accounts of UK officials, Microsoft said.", "GB"),
        ("Chinese state hackers hacked into email accounts of American officials, Microsoft said.", "US"),
        ("Chinese state hackers hacked into email accounts of British officials, Microsoft said.", "GB"),
        ("Microsoft said the Chinese group Storm-0558 hacked into email accounts of US officials.", "US"),
        ("Chinese hackers compromised the phones of U.S. officials, investigators said.", "US"),
        ("Russian state hackers breached the inboxes of French officials last year, Google said.", "FR"),
    ],
)
def test_officials_of_a_state_are_its_government(text, country):
    assert (country, "government") in _victims(text)


def test_officials_who_speak_are_not_victims():
    victims = _victims("US officials said Chinese hackers breached the networks of several telecom companies.")
    assert ("US", "government") not in victims
    assert ("US", "telecom") in victims


# Every state of a list after "<bodies> in" is a victim country (the first one also with the bodies' sector).
@pytest.mark.parametrize(
    ("text", "expected", "first"),
    [
        ("Russian state hackers breached foreign ministries in Austria, Hungary and Slovakia, officials said.", {"AT", "HU", "SK"}, ("AT", "government")),
        ("Russian hackers targeted foreign ministries in Austria, Hungary and Slovakia, ESET said.", {"AT", "HU", "SK"}, ("AT", "government")),
        ("APT29 phished diplomats at foreign ministries in Poland, Lithuania and Latvia, Mandiant said.", {"PL", "LT", "LV"}, ("PL", "government")),
        ("Chinese hackers breached telecom operators in Kenya, Nigeria, and the Philippines, researchers said.", {"KE", "NG", "PH"}, ("KE", "telecom")),
    ],
)
def test_each_state_of_a_list_is_a_victim_country(text, expected, first):
    victims = _victims(text)
    assert {c for c, _ in victims} == expected
    assert first in victims


# Money taken by fraud, drained or moved on is financial.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea's Lazarus Group swindled investors out of $100 million, the FBI said.",
        "North Korean state hackers defrauded banks of $12 million, the FBI said.",
        "North Korea's Lazarus Group drained $100 million from a crypto exchange, the FBI said.",
        "North Korean hackers siphoned about $35 million from the platform, investigators said.",
        "North Korea's Lazarus Group channelled stolen funds through mixers, the FBI said.",
        "Hackers working for North Korea's RGB channelled the cryptocurrency to the regime's weapons programme, the UN said.",
        "North Korea's Lazarus Group laundered the proceeds of the heist through Tornado Cash, the Treasury said.",
    ],
)
def test_fraud_and_moved_money_is_financial(text):
    (inc,) = _incidents(text)
    assert inc.activity == "financial"


# Interference in an election is influence however many words name the election; an election told as a date is not.
@pytest.mark.parametrize(
    "text",
    [
        "Russian hackers working for the GRU interfered in the 2016 US presidential election, officials said.",
        "Russian hackers working for the GRU meddled in the 2017 French presidential election, officials said.",
        "Russian state hackers sought to interfere with the upcoming 2024 European Parliament elections, officials said.",
        "Iranian state hackers interfered in the 2020 US presidential election by sending threatening emails, the FBI said.",
    ],
)
def test_election_interference_is_influence(text):
    (inc,) = _incidents(text)
    assert inc.activity == "influence"


def test_an_election_as_a_date_is_not_influence():
    (inc,) = _incidents("Chinese state hackers stole documents from the defence ministry before the 2024 presidential election, officials said.")
    assert inc.activity == "espionage"


# Service knocked out is disruption; a hijacked broadcast is influence when it airs messages, disruption when it goes off air.
@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Russian hackers hit Ukraine's largest telecom operator Kyivstar, knocking out mobile service for millions, officials said.", "disruption"),
        ("Sandworm, a unit of Russia's GRU, knocked out internet services for a regional provider, officials said.", "disruption"),
        ("Iranian state hackers hijacked the broadcast of state television, airing propaganda messages, officials said.", "influence"),
        ("Iranian state hackers hijacked the broadcast of state television, taking it off air for an hour, officials said.", "disruption"),
    ],
)
def test_service_and_broadcast(text, activity):
    (inc,) = _incidents(text)
    assert inc.activity == activity


def test_kyivstar_is_a_ukrainian_telecom_victim():
    assert ("UA", "telecom") in _victims("Russian hackers hit Ukraine's largest telecom operator Kyivstar, knocking out mobile service for millions, officials said.")


# Near misses: funds of a sanctions package, the attackers' own city.
def test_funds_of_a_sanctions_package_make_no_incident():
    assert _incidents("The EU adopted a sanctions package freezing the funds of six Russian hackers.") == []


def test_the_attackers_city_is_not_a_victim():
    victims = _victims("Russian state hackers based in Moscow breached the Polish finance ministry, officials said.")
    assert victims == {("PL", "government")}
