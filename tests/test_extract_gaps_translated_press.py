"""Gaps in reading the attribution wording of translated and non-Anglophone press, checked on invented texts.

Wire copy from TASS, RIA, Xinhua, Yonhap, Kyodo, IRNA or Ukrainian and Baltic
outlets, and the English editions of European papers, say who was behind an
attack in words carried over from other languages: "behind the attacks
stands the group", "responsibility was assigned to", "the trace leads to",
"has a Russian trace", and hedges such as "presumably", "allegedly", "cannot
exclude". Near misses must not attribute.
"""

from __future__ import annotations

import pytest

from extract_helpers import attributions_of as _attributions
from extract_helpers import report_of, victims_of


# "behind the attacks stands the group Space Pirates": the group word between the verb and the name
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Behind the attacks stands the group Space Pirates, Positive Technologies said.", ("Positive Technologies", "Space Pirates", None, None)),
        ("Behind this campaign stands the hacker group Sandworm, the SBU said.", ("UA", "Sandworm", None, None)),
        ("Behind the attack on the ministry stood the group APT28, the Czech foreign ministry said.", ("CZ", "APT28", None, None)),
    ],
)
def test_behind_stands_the_group(text, expected):
    assert expected in _attributions(text)


# "responsibility for the attack was assigned to ...": the passive of placing responsibility
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Responsibility for the attack on the Japanese space agency was assigned to the Chinese group APT10, Japanese police said.", ("JP", "APT10", None, None)),
        ("Responsibility for the hack of the ministry was placed on Russia, Polish officials said.", ("PL", None, "RU", None)),
        ("Responsibility for the cyberattack was laid on the group Gamaredon, the Ukrainian foreign ministry said.", ("UA", "Gamaredon", None, None)),
    ],
)
def test_responsibility_was_assigned_to(text, expected):
    assert expected in _attributions(text)


# "named the Chinese group MirrorFace as the perpetrator": a longer object before "as the perpetrator"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The National Police Agency named the Chinese group MirrorFace as the perpetrator of the attacks on Japanese think tanks, Japanese police said.", ("JP", "MirrorFace", None, None)),
        ("Ukrainian officials named the hacker group Sandworm as the organizer of the attack on the energy company.", ("UA", "Sandworm", None, None)),
    ],
)
def test_named_as_the_perpetrator(text, expected):
    assert expected in _attributions(text)


# "the trace leads to", "the traces of the attack led back to", "has a Russian trace", "bears a Russian footprint"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to the SBU, the trace leads to the Russian special services.", ("UA", None, "RU", None)),
        ("The trace of the cyberattack leads to Russia, the Lithuanian defence minister said.", ("LT", None, "RU", None)),
        ("The traces of the attack on the ministry led back to Iran, Albanian officials said.", ("AL", None, "IR", None)),
        ("The cyberattack has a Russian trace, Polish Digital Affairs Minister Krzysztof Gawkowski said.", ("PL", None, "RU", None)),
        ("Polish officials said the attack on the news agency bears a clear Russian footprint.", ("PL", None, "RU", None)),
        ("The trace of the cyberattack leads to the Sandworm group, Ukrainian officials said.", ("UA", "Sandworm", None, None)),
    ],
)
def test_trace_leads_to(text, expected):
    assert expected in _attributions(text)


@pytest.mark.parametrize(
    "text",
    [
        "The hackers left no trace, the Lithuanian defence minister said.",
        "The trail of the money leads to a bank in Cyprus, police said.",
        "The police followed the trail of the hackers to a flat in Kyiv.",
        # machines and places, not the hand behind them
        "The trail led to IP addresses in two Chinese provinces, Kaspersky said.",
        "The trace of the attack leads to servers in Russia, Lithuanian officials said.",
    ],
)
def test_trace_near_misses_attribute_nothing(text):
    assert _attributions(text) == set()


# confidence words of translated press: "presumably", "there are grounds to believe" (medium); "allegedly",
# "cannot exclude", "could not rule out" (low)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack on the defence company was presumably carried out by the group Lazarus, the South Korean National Intelligence Service said.", ("KR", "Lazarus", None, "medium")),
        ("There are grounds to believe that the group Turla is behind the attack, the Estonian intelligence said.", ("EE", "Turla", None, "medium")),
        ("The attack was allegedly organized by the group Sandworm, the SBU said.", ("UA", "Sandworm", None, "low")),
        ("German officials said they cannot exclude that APT28 was behind the attack on the Bundestag.", ("DE", "APT28", None, "low")),
        ("The Dutch intelligence service AIVD said it could not rule out that APT29 was behind the intrusion at the ministry.", ("NL", "APT29", None, "low")),
        ("Dutch officials did not exclude that APT29 was behind the intrusion at the ministry.", ("NL", "APT29", None, "low")),
        ("With high probability the attack was carried out by the group APT28, CERT-UA said.", ("UA", "APT28", None, "high")),
    ],
)
def test_translated_confidence_words(text, expected):
    assert expected in _attributions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dutch officials said APT29 was not behind the intrusion at the ministry.",
        "The AIVD said it had ruled out that APT29 was behind the intrusion at the ministry.",
    ],
)
def test_ruled_out_is_still_no_attribution(text):
    assert _attributions(text) == set()


def test_group_after_assigned_to_is_no_victim():
    text = "Responsibility for the attack on the Japanese space agency was assigned to the Chinese group APT10, Japanese police said."
    assert all("APT10" not in (v.name or "") for v in victims_of(text))


# a negated "behind" and a ruled-out link stay no attribution
def test_not_behind_attributes_nothing():
    assert _attributions("Dutch officials said APT29 was not behind the intrusion at the ministry.") == set()


# the source opens the sentence: "As reported by Kaspersky experts, ...", "attributed by the specialists of CERT-UA to"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As reported by Kaspersky experts, the attack was organized by Lazarus.", ("Kaspersky", "Lazarus", None, None)),
        ("As reported by the specialists of Kaspersky, the attack was organized by Lazarus.", ("Kaspersky", "Lazarus", None, None)),
        ("As established by the SBU, the attack was carried out by the group Sandworm.", ("UA", "Sandworm", None, None)),
        ("The attack on the Ukrainian railway was attributed by the specialists of CERT-UA to the group UAC-0050.", ("UA", "UAC-0050", None, None)),
        ("The attack was attributed by the experts of ESET to the group Sandworm.", ("ESET", "Sandworm", None, None)),
    ],
)
def test_source_named_before_the_statement(text, expected):
    assert expected in _attributions(text)


@pytest.mark.parametrize(
    "text",
    [
        # an outlet relaying, anonymous experts, hackers without a group or state
        "As reported by Yonhap, the attack was organized by the group Lazarus.",
        "According to experts, the attack was probably organized by hackers from North Korea.",
        "Hackers attacked the website of the Polish ministry of defence, the ministry said.",
        "The Turkish police detained 10 hackers, Anadolu reported.",
    ],
)
def test_relays_and_anonymous_experts_attribute_nothing(text):
    assert _attributions(text) == set()


def test_relaying_newspaper_is_no_victim():
    text = "As reported by the newspaper Kommersant, the attack was organized by Ukrainian hackers."
    assert all("Kommersant" not in (v.name or "") for v in victims_of(text))
    assert _attributions(text) == set()


# "Kimsuky, which is associated with the North Korean intelligence": a tie told in a relative clause after the group's name
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The NIS said that Kimsuky, which is associated with North Korean intelligence, carried out the attack.", ("KR", "Kimsuky", "KP", None)),
        ("Japanese police said that the MirrorFace group, which is associated with China, carried out the attacks.", ("JP", "MirrorFace", "CN", None)),
        ("Ukrainian officials said that Gamaredon, which is affiliated with the Russian FSB, carried out the attack.", ("UA", "Gamaredon", "RU", None)),
    ],
)
def test_group_which_is_associated_with_a_state(text, expected):
    assert expected in _attributions(text)


def test_associated_relative_after_a_victim_is_no_sponsor():
    text = "Hackers of the group Sandworm attacked Naftogaz, which is associated with the Ukrainian state, the SBU said."
    assert not any(s.state == "UA" for inc in report_of(text).incidents for s in inc.sponsors)


# "Specialists of the Ukrainian CERT-UA established that ...", "Behind the attack, according to the SBU, stands ..."
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Specialists of the Ukrainian CERT-UA established that the attack was carried out by the group UAC-0056.", ("UA", "UAC-0056", None, None)),
        ("Experts of the company Positive Technologies established that the attack was carried out by the group APT31.", ("Positive Technologies", "APT31", None, None)),
        ("Behind the attack, according to the SBU, stands the group Sandworm.", ("UA", "Sandworm", None, None)),
    ],
)
def test_established_that_and_interrupted_behind(text, expected):
    assert expected in _attributions(text)
