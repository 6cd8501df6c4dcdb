"""Vendors and agencies relaying, disputing and observing: who attributes when one party reports another's finding.

A firm or outlet that passes on another's attribution ("Mandiant said Microsoft had attributed ...", "CrowdStrike,
citing Microsoft, said ...") does not attribute; the one it cites does. A firm disputing reports of a group's act,
or saying an attack was not linked to any known actor, makes no attribution. A vendor that reports it observed a
named group doing the operation attributes it. "Aligned with ... state interests" or "supports the PRC" does not fill
the attribution's state (the conventions tie a state only through the attributor's own tie). The texts are written
for these tests, with near misses.
"""

from __future__ import annotations

import pytest

from extract_helpers import attributions_of as _attributions


def _attributors(text: str) -> set[str]:
    return {a[0] for a in _attributions(text)}


@pytest.mark.parametrize(
    ("text", "expected", "relay"),
    [
        ("Mandiant said Microsoft had attributed the attack to Midnight Blizzard.", ("Microsoft", "Midnight Blizzard", None, None), "Mandiant"),
        ("Researchers at Mandiant said Microsoft has blamed the intrusion on Midnight Blizzard.", ("Microsoft", "Midnight Blizzard", None, None), "Mandiant"),
        ("Mandiant said on Tuesday that Microsoft had linked the breach to Midnight Blizzard, a Russian state-sponsored group.", ("Microsoft", "Midnight Blizzard", "RU", None), "Mandiant"),
        ("The BBC said the NCSC had blamed the attack on APT28.", ("GB", "APT28", None, None), "BBC"),
        ("The BBC said Britain's National Cyber Security Centre had blamed the GRU for the attack.", ("GB", None, "RU", None), "BBC"),
        ("CrowdStrike, citing Microsoft, said the breach was carried out by Midnight Blizzard.", ("Microsoft", "Midnight Blizzard", None, None), "CrowdStrike"),
        ("The Washington Post reported that the NSA had attributed the intrusion to APT29.", ("US", "APT29", None, None), "Washington Post"),
        ("Reuters reported that Mandiant had attributed the intrusion to APT41.", ("Mandiant", "APT41", None, None), "Reuters"),
    ],
)
def test_a_relayed_attribution_is_credited_to_its_source_only(text, expected, relay):
    got = _attributions(text)
    assert expected in got
    assert relay not in {a[0] for a in got}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: both speak, or the first speaks on its own
        ("Mandiant and Microsoft said the attack was carried out by Midnight Blizzard.", {"Mandiant", "Microsoft"}),
        ("Mandiant said the attack was carried out by APT29, as Microsoft had reported.", {"Mandiant"}),
        ("In a report shared with Reuters, Mandiant said the intrusion was carried out by APT41.", {"Mandiant"}),
    ],
)
def test_parties_speaking_in_their_own_right_attribute(text, expected):
    assert expected <= _attributors(text)


@pytest.mark.parametrize(
    "text",
    [
        "ESET has disputed reports that Sandworm was responsible for the outage.",
        "ESET has disputed reports that Sandworm had breached the utility.",
        "CrowdStrike rejected claims that Fancy Bear had hacked the committee.",
        "ESET disputed claims that Sandworm was behind the attack.",
        "ESET said the attack was unlike those of Sandworm and was not linked to any known threat actor.",
        "Microsoft said it had not observed Volt Typhoon targeting Guam.",
        "Microsoft said it had observed a surge in phishing targeting Guam.",
        "Microsoft said it had observed Volt Typhoon infrastructure in Guam.",
        "Talos researchers, who track the group as Kimsuky, said the campaign used a new backdoor.",
    ],
)
def test_disputes_denied_links_and_mere_sightings_attribute_nothing(text):
    assert _attributions(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses of the disputes: the firm's own finding
        ("ESET said the wiper was linked to Sandworm.", ("ESET", "Sandworm", None, None)),
        ("ESET said the wiper, which was not linked to any known group at first, was later linked to Sandworm.", ("ESET", "Sandworm", None, None)),
        # a vendor that observed the group doing it
        ("Microsoft said it had observed Volt Typhoon targeting critical infrastructure in Guam.", ("Microsoft", "Volt Typhoon", None, None)),
        ("Microsoft said it has seen Volt Typhoon compromise routers in Guam.", ("Microsoft", "Volt Typhoon", None, None)),
        ("Mandiant said it had seen APT44 attack Ukrainian water utilities.", ("Mandiant", "APT44", None, None)),
        ("Microsoft says it has also observed Mint Sandstorm targeting universities in Israel.", ("Microsoft", "Mint Sandstorm", None, None)),
        ("Talos researchers, who track the group as Kimsuky, said the campaign targeted South Korean think tanks.", ("Cisco Talos", "Kimsuky", None, None)),
        ("Google's TAG said APT42 targeted campaign staff of both parties.", ("Google", "APT42", None, None)),
        # alignment or support of a state's interests does not fill the state
        ("Recorded Future said the activity by RedDelta was aligned with Chinese state interests.", ("Recorded Future", "RedDelta", None, None)),
        ("Mandiant said UNC3886, which supports the PRC, breached VMware hosts at defense firms.", ("Mandiant", "UNC3886", None, None)),
        ("Mandiant said APT44, which is aligned with Russian state interests, attacked Ukrainian water utilities.", ("Mandiant", "APT44", None, None)),
    ],
)
def test_vendor_findings_and_sightings_attribute(text, expected):
    assert expected in _attributions(text)
