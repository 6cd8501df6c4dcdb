"""State organs as the doers, and organs claiming their own operations (invented, news-style texts).

"Russia's SVR hacked SolarWinds in 2019": a named organ that acts is the sponsor's agency even with nobody speaking
(spec, "Vocabularies", agency; an incident with no named group is keyed by its state). "Ukraine's military
intelligence (HUR) said it had hacked ...", "US Cyber Command said it conducted operations against ...": an organ
telling its own operation is the doer, its state the sponsor; a claim of responsibility is not an attribution
(shared/corpus/README.md, "Annotation conventions").
"""

from __future__ import annotations

import pytest

from extract_helpers import incidents_of as _incidents


# a named organ hacks, breaches, spies, launches attacks, with nobody speaking: (text, state, agency, victim country, start)
ORGAN_DOES = [
    ("Russia's SVR hacked SolarWinds in 2019.", "RU", "SVR", None, "2019"),
    ("Russia's GRU breached the German Bundestag in 2015.", "RU", "GRU", "DE", "2015"),
    ("The FSB spied on Ukrainian officials in 2021.", "RU", "FSB", "UA", "2021"),
    ("China's MSS compromised Microsoft Exchange servers in 2021.", "CN", "MSS", None, "2021"),
    ("The People's Liberation Army penetrated US defense contractors in 2013.", "CN", "PLA", "US", "2013"),
    ("Iran's IRGC targeted Israeli water utilities in 2020.", "IR", "IRGC", "IL", "2020"),
    ("Iran's Ministry of Intelligence ran a campaign against Albanian government networks in 2022.", "IR", "MOIS", "AL", "2022"),
    ("Israel's Unit 8200 infiltrated Kaspersky Lab in 2014.", "IL", "Unit 8200", None, "2014"),
    ("The NSA hacked Huawei's servers in 2010.", "US", "NSA", None, "2010"),
    ("Britain's GCHQ compromised Belgacom in 2010.", "GB", "GCHQ", None, "2010"),
    ("Russian military intelligence hacked the Democratic National Committee in 2016.", "RU", "GRU", None, "2016"),
    # "launched" is a deed here, not a word of speech
    ("The GRU launched attacks on Ukrainian power grids in 2016.", "RU", "GRU", "UA", "2016"),
    ("In 2017 the GRU launched the NotPetya attack against Ukraine.", "RU", "GRU", "UA", "2017"),
    ("The FSB launched a phishing campaign against British lawmakers in 2019.", "RU", "FSB", "GB", "2019"),
]


@pytest.mark.parametrize(("text", "state", "agency", "country", "start"), ORGAN_DOES)
def test_named_organ_is_the_doer(text, state, agency, country, start):
    (inc,) = _incidents(text)
    assert inc.actors == []
    assert (state, agency) in {(s.state, s.agency) for s in inc.sponsors}
    assert inc.period.start == start
    if country:
        assert country in {v.country for v in inc.victims}
    assert inc.attributions == []  # nobody speaks: the text's own statement, no attributor


# an organ telling or claiming its own operation: (text, state, agency, victim country)
OWN_OPERATION = [
    ("Ukraine's military intelligence (HUR) said it hacked Russia's Federal Taxation Service in December 2023.", "UA", "HUR", "RU"),
    ("Ukraine's HUR said it had hacked Russia's Federal Taxation Service in December 2023.", "UA", "HUR", "RU"),
    ("Ukraine's military intelligence agency, known as HUR, said on Tuesday it had carried out a cyberattack on Russian internet provider Lovit.", "UA", "HUR", "RU"),
    ("Ukraine's GUR claimed responsibility for a cyberattack that disrupted Russian airline Aeroflot in July 2025.", "UA", "HUR", "RU"),
    ("The SBU launched a cyberattack on Russian banks in 2024, sources told Reuters.", "UA", "SBU", "RU"),
    ("US Cyber Command said it conducted operations against Russia's Internet Research Agency in 2018.", "US", "USCYBERCOM", "RU"),
    ("U.S. Cyber Command knocked the Internet Research Agency offline on the day of the 2018 midterms.", "US", "USCYBERCOM", None),
    ("The Security Service of Ukraine (SBU) said it had hacked the servers of a Russian drone maker.", "UA", "SBU", None),
]


@pytest.mark.parametrize(("text", "state", "agency", "country"), OWN_OPERATION)
def test_organ_tells_its_own_operation(text, state, agency, country):
    (inc,) = _incidents(text)
    assert inc.actors == []
    assert (state, agency) in {(s.state, s.agency) for s in inc.sponsors}
    if country:
        assert country in {v.country for v in inc.victims}
    assert inc.attributions == []  # a claim of responsibility is not an attribution


# near misses: the organ is the victim (no sponsor at all), or it speaks of others' hacking (its state is not the sponsor)
ORGAN_HIT = [
    "Hackers broke into the FSB's network in 2019.",
    "Ukrainian hackers breached the GRU's email servers in 2023.",
    "Anonymous hacked Russia's Federal Security Service in 2022.",
    "A hacking group stole data from Iran's Ministry of Intelligence in 2021.",
    "Germany launched an investigation into the attack on the Bundestag in 2015.",
]


@pytest.mark.parametrize("text", ORGAN_HIT)
def test_organ_hit_is_no_sponsor(text):
    assert not [s for inc in _incidents(text) for s in inc.sponsors]


ORGAN_SPEAKS = [
    ("The SBU said Russian hackers from the GRU targeted Ukrainian telecom operator Kyivstar in December 2023.", "UA"),
    ("The SBU said it had detained a hacker who attacked Ukrainian banks for Russia.", "UA"),
    ("The HUR said Russian hackers had attacked Ukrainian railways in March 2025.", "UA"),
    ("US Cyber Command said Iranian hackers had targeted American water utilities.", "US"),
]


@pytest.mark.parametrize(("text", "speaker"), ORGAN_SPEAKS)
def test_organ_speaking_of_others_is_not_the_sponsor(text, speaker):
    assert speaker not in {s.state for inc in _incidents(text) for s in inc.sponsors}


# a group claiming or taking credit is the actor, with no attribution; "took credit for" names no finance victim
GROUP_CLAIMS = [
    ("NoName057(16) claimed responsibility on Telegram for DDoS attacks on Danish ministries.", "NoName057(16)", "DK"),
    ("The pro-Russian group Killnet took credit for knocking Lithuanian government websites offline in June 2022.", "Killnet", "LT"),
    ("Predatory Sparrow said it had disrupted Iran's fuel stations in October 2021.", "Predatory Sparrow", "IR"),
]


@pytest.mark.parametrize(("text", "actor", "country"), GROUP_CLAIMS)
def test_group_claim_makes_the_actor_not_an_attribution(text, actor, country):
    (inc,) = _incidents(text)
    assert [a.name for a in inc.actors] == [actor]
    assert inc.attributions == []
    assert country in {v.country for v in inc.victims}
    assert "credit" not in {v.name for v in inc.victims}
