"""State media and national CERTs of accusing-back states as speakers, found by probing."""

from __future__ import annotations

import pytest

from extract_helpers import attributions_of, incidents_of, victims_of


def _bys(text):
    return {a[0] for a in attributions_of(text)}


def _sponsors(text):
    return {s.state for i in incidents_of(text) for s in i.sponsors}


# A state outlet in its own voice relays: no attributor (neither under its own name nor as its state),
# but the state it blames is still the sponsor.
@pytest.mark.parametrize(
    ("text", "sponsor"),
    [
        ("KCNA said the US was behind the cyberattack on North Korean websites.", "US"),
        ("The Zionist regime carried out a cyberattack on Iran's fuel distribution system, Press TV reported.", "IL"),
        ("Fars news agency said the Zionist regime's hackers attacked Iranian steel plants in June 2022.", "IL"),
        ("Rodong Sinmun accused South Korean intelligence of hacking North Korean servers in 2023.", "KR"),
    ],
)
def test_state_outlet_in_its_own_voice_is_no_attributor(text, sponsor):
    assert _bys(text) == set()
    assert sponsor in _sponsors(text)


# An official body quoted by state media speaks for its state; a bare title takes the outlet's state.
@pytest.mark.parametrize(
    ("text", "by", "state"),
    [
        ("IRNA reported that the Intelligence Ministry blamed Israel for the cyberattack on Iranian fuel stations.", "IR", "IL"),
        ("The Intelligence Ministry blamed Israel for the cyberattack on Iranian fuel stations, IRNA reported.", "IR", "IL"),
        ("According to IRNA, Iran's Passive Defense Organization said the Zionist regime was behind the attack on the Shahid Rajaee port in 2020.", "IR", "IL"),
        ("RIA Novosti quoted the Russian Foreign Ministry as saying that the US had carried out cyberattacks against Russia's critical infrastructure.", "RU", "US"),
        ("A spokesman for the DPRK Foreign Ministry told KCNA that the United States had launched cyberattacks on North Korean banks.", "KP", "US"),
    ],
)
def test_official_quoted_by_state_media_attributes(text, by, state):
    atts = attributions_of(text)
    assert any(a[0] == by and a[2] == state for a in atts), atts
    assert not any(a[0] in ("IRNA", "KCNA", "EE") for a in atts)


# National CERTs and coordination centres speak for their states.
@pytest.mark.parametrize(
    ("text", "by", "state"),
    [
        ("CNCERT said the US intelligence agency attacked a Chinese defence company in 2023.", "CN", "US"),
        ("GosSOPKA said Ukrainian hackers had attacked Russian ministries.", "RU", "UA"),
        ("Iran's Maher center said Israel-linked hackers disrupted Iranian gas stations.", "IR", "IL"),
        ("Russia's National Coordination Centre for Computer Incidents (NKTsKI) said Ukrainian hackers had attacked Russian government websites.", "RU", "UA"),
    ],
)
def test_national_cert_speaks_for_its_state(text, by, state):
    atts = attributions_of(text)
    assert any(a[0] == by and a[2] == state for a in atts), atts
    assert "CNCERT" not in {a[0] for a in atts}


# "the Zionist regime" is Israel.
def test_zionist_regime_is_israel():
    assert "IL" in _sponsors("Iran's Intelligence Ministry said the Zionist regime was behind the cyberattack on Iranian fuel stations.")


# Near misses: an outlet's name is no party ("RIA Novosti" is not Estonia's RIA), and a Western or state
# outlet relaying a third party's statement credits that party only.
@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("KCNA reported that the South Korean intelligence agency accused North Korea's Kimsuky of hacking the KHNP.", "KR"),
        ("Reuters reported that Chinese state-sponsored hackers breached the Dutch defence ministry, citing Dutch intelligence.", "NL"),
    ],
)
def test_relayed_statement_keeps_its_speaker(text, by):
    assert _bys(text) == {by}


# A state accused elsewhere in the text that tells of an attack on itself keeps its victims
# (S-09 style: "..., according to CNCERT" after the US accused China of Salt Typhoon).
def test_counter_accuser_keeps_its_victims():
    text = (
        "CNCERT on Wednesday released details of a cyberattack that it said was launched by a suspected U.S. intelligence agency.\n\n"
        "The attackers exploited a vulnerability in the document system of a major Chinese research institute in August 2024, according to CNCERT.\n\n"
        "U.S. officials have claimed that hackers backed by the Chinese government broke into U.S. telecommunications companies."
    )
    assert "CN" in {v.country for v in victims_of(text)}
