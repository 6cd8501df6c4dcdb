"""Gaps in reading attribution statements, checked on invented texts.

Each family is a pattern of language the extractor had not met: a suspicion
voiced by a state's own bodies ("investigators suspect", "suspicion fell on"),
a hedge inside the statement ("in all likelihood"), and the many ways news
writes that someone blames someone. Near misses must not attribute.
"""

from __future__ import annotations

import pytest

from aptrace.extract import analyze_text
from extract_helpers import attributions_of as _attributions


# a state's bodies suspecting, in words not met before: low confidence
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finnish investigators suspect Russia of hacking the parliament's email system.", ("FI", None, "RU", "low")),
        ("Czech officials are suspecting China of hacking the foreign ministry.", ("CZ", None, "CN", "low")),
        ("Suspicion fell on Russia after the Danish energy companies were hacked, Danish officials said.", ("DK", None, "RU", "low")),
        ("Suspicion quickly fell on North Korea, South Korean officials said, after the bank's network was wiped.", ("KR", None, "KP", "low")),
        ("Polish authorities said suspicion had fallen on Russian military intelligence for the attack on the news agency.", ("PL", None, "RU", "low")),
        ("Dutch authorities suspect a Chinese state-backed group of breaching the defence ministry's network.", ("NL", None, "CN", "low")),
        ("The group APT28 is suspected of being behind the attack on the German parliament, German officials said.", ("DE", "APT28", None, "low")),
    ],
)
def test_suspicion_is_a_low_attribution(text, expected):
    assert expected in _attributions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Suspicion initially fell on Russia, but Danish police later said a disgruntled employee was responsible.",
        "Police arrested two suspects in the hacking of the ministry, Polish prosecutors said.",
        "Suspected hackers broke into the Finnish parliament's email system, officials said.",
        "It is not suspected that Russia was behind the outage, Finnish officials said.",
        "Finnish investigators are not suspecting Russia of involvement in the outage.",
        "Suspicion did not fall on Russia, Finnish investigators said of the outage at the ministry.",
        "Finnish investigators suspect that a power surge caused the outage at the ministry.",
        "Some people suspect Russia, but investigators have named no culprit.",
        # the press and its sources report the suspicion: nobody's officials speak
        "BERN - Hackers sat in the defence group's network for months. Swiss newspapers, citing people close to the investigation, reported that investigators suspect Russia.",
        "Sources close to the inquiry said investigators suspect Russia of the hack of the Danish energy firms.",
    ],
)
def test_suspicion_near_misses_attribute_nothing(text):
    assert _attributions(text) == set()


# hedges inside the statement: "in all likelihood", "in all probability" are "likely"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finnish officials said Russia was in all likelihood behind the attack on the parliament's email system.", ("FI", None, "RU", "medium")),
        ("The Finnish security police said the attack on parliament was in all probability carried out by Russian state hackers.", ("FI", None, "RU", "medium")),
        ("Danish officials said Russia was most probably behind the cyberattack on the energy companies.", ("DK", None, "RU", "medium")),
        ("The British government said Russia's GRU was almost certainly behind the attack on the Electoral Commission.", ("GB", None, "RU", "high")),
        ("The Dutch intelligence service said with a high degree of confidence that China was behind the intrusion into the defence ministry.", ("NL", None, "CN", "high")),
        ("Belgian officials said China was possibly behind the breach of the interior ministry's network.", ("BE", None, "CN", "low")),
    ],
)
def test_hedge_gives_confidence(text, expected):
    assert expected in _attributions(text)


def test_state_only_attribution_keys_the_incident_by_the_state():
    report = analyze_text("Finnish officials said Russia was in all likelihood behind the attack on the parliament's email system.", published="2024-05-01")
    assert [([a.name for a in inc.actors], [s.state for s in inc.sponsors]) for inc in report.incidents] == [([], ["RU"])]


# an office named without its state speaks for the state the article makes plain
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hackers broke into the network of the Czech foreign ministry. The foreign ministry spokesperson said Russia was behind the attack.", ("CZ", None, "RU", None)),
        ("A cyberattack hit the Polish news agency PAP on Friday. The digital affairs minister said Russia was behind the attack.", ("PL", None, "RU", None)),
        ("Hackers stole emails from Germany's ruling party. The interior minister said the group APT28 was responsible.", ("DE", "APT28", None, None)),
        ("Britain's culture secretary said the attack on the British Library was carried out by a Russian state-backed group. "
         "Later the culture secretary said Russia was behind the attack and condemned it.", ("GB", None, "RU", None)),
    ],
)
def test_unnamed_office_speaks_for_its_state(text, expected):
    assert expected in _attributions(text)


@pytest.mark.parametrize(
    "text",
    [
        # no state made plain: the minister's government is unknown
        "Hackers stole emails from a ruling party. The interior minister said the group APT28 was responsible.",
        # the state named before is the accused's, not the speaker's
        "Hackers linked to China broke into a ministry network. The foreign ministry spokesperson said Russia was behind the attack.",
    ],
)
def test_unnamed_office_without_a_plain_state_attributes_nothing(text):
    assert _attributions(text) == set()


# ways news writes a blame
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("British officials pinned the blame for the attack on the Electoral Commission on China.", ("GB", None, "CN", None)),
        ("Czech officials laid the attack at the door of Russian military intelligence.", ("CZ", None, "RU", None)),
        ("The Albanian government held Iran responsible for the attack on its servers.", ("AL", None, "IR", None)),
        ("Sweden's security service said Russia was the culprit.", ("SE", None, "RU", None)),
        ("The Estonian government pointed the finger at Russia for the cyberattacks on its ministries.", ("EE", None, "RU", None)),
        ("German investigators traced the intrusion into the Bundestag to the group APT28.", ("DE", "APT28", None, None)),
        ("Dutch investigators said the intrusion bore the hallmarks of the group APT29.", ("NL", "APT29", None, None)),
        ("The attack bears the fingerprints of North Korea's Lazarus Group, South Korean officials said.", ("KR", "Lazarus Group", "KP", None)),
        ("The US Justice Department named the group APT10 as the culprit behind the breaches.", ("US", "APT10", None, None)),
        ("Poland blames Russia for cyberattack on news agency", ("PL", None, "RU", None)),
        ("Spain points finger at Russia over hack of defence ministry", ("ES", None, "RU", None)),
        ("Responsibility for the attack lies with Russia's GRU, the Danish defence ministry said.", ("DK", None, "RU", None)),
        ("Swiss authorities have identified Russian military intelligence as the perpetrator of the hack.", ("CH", None, "RU", None)),
        ("Kyiv laid the blame squarely on Moscow for the attack on the power grid.", ("UA", None, "RU", None)),
        ("The attack was blamed on Iran by US officials.", ("US", None, "IR", None)),
        ("The attack has been attributed by Ukrainian authorities to the Sandworm group.", ("UA", "Sandworm", None, None)),
        ("The Dutch government named Russia's GRU as responsible for the attempted hack of the OPCW.", ("NL", None, "RU", None)),
        ("According to Dutch officials, the hack was the work of Chinese state hackers.", ("NL", None, "CN", None)),
    ],
)
def test_blame_phrasings(text, expected):
    assert expected in _attributions(text)


def test_joint_statement_gives_every_signatory():
    text = ("Britain, the United States, Canada, Australia and New Zealand said in a joint statement that Russia's GRU "
            "was behind the attacks on the chemical weapons watchdog.")
    assert {a[0] for a in _attributions(text)} == {"GB", "US", "CA", "AU", "NZ"}


@pytest.mark.parametrize(
    "text",
    [
        "The Albanian government held talks with Iran on the attack on its servers.",
        "Swedish police said Russia was not the culprit in the outage at the transport agency.",
        "Czech officials laid the blame for the outage at the door of a faulty software update.",
    ],
)
def test_blame_near_misses_attribute_nothing(text):
    assert _attributions(text) == set()
