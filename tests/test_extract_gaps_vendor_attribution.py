"""Security vendors' and agencies' attributions, worded as their reports and the trade press word them.

Vendor blogs, threat reports, trade press and wire copy: a sub-brand attributes as its company
("Google's TAG" is Google), a vendor's findings in its own words ("their analysis indicates that")
attribute, and a firm disputing a link ("denied that ... was linked to") makes none. The texts are
written for these tests, with near misses that must not attribute.
"""

from __future__ import annotations

import pytest

from aptrace.extract import analyze_text
from extract_helpers import attributions_of as _attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mandiant assesses with moderate confidence that UNC4841 supports the People's Republic of China.", ("Mandiant", "UNC4841", None, "medium")),
        ("Mandiant assesses with high confidence that UNC4841 conducts espionage in support of the People's Republic of China.", ("Mandiant", "UNC4841", "CN", "high")),
        ("Microsoft Threat Intelligence attributes this activity to Forest Blizzard, a Russian military intelligence actor.", ("Microsoft", "Forest Blizzard", "RU", None)),
        ("Microsoft attributes the intrusions to Midnight Blizzard with high confidence.", ("Microsoft", "Midnight Blizzard", None, "high")),
        ("Researchers at ESET linked the wiper to Sandworm, the Russian military hacking group.", ("ESET", "Sandworm", "RU", None)),
        ("ESET researchers attributed the attack on the Ukrainian energy company to Sandworm.", ("ESET", "Sandworm", None, None)),
        ("According to Recorded Future's Insikt Group, the campaign was carried out by RedDelta, a Chinese state-sponsored group.", ("Recorded Future", "RedDelta", "CN", None)),
        ("Google's Threat Analysis Group said the phishing emails were sent by APT28, which is linked to Russia's GRU.", ("Google", "APT28", "RU", None)),
        ("Secureworks CTU researchers attribute the activity to Bronze Silhouette, a Chinese state-sponsored group.", ("Secureworks", "Bronze Silhouette", "CN", None)),
        ("CrowdStrike said with high confidence that Fancy Bear was behind the intrusion.", ("CrowdStrike", "Fancy Bear", None, "high")),
        ("Palo Alto Networks' Unit 42 said a China-nexus actor, which it tracks as CL-STA-0044, breached telecom networks in Southeast Asia.", ("Palo Alto Networks", "CL-STA-0044", "CN", None)),
        ("Proofpoint researchers said the campaign bears the hallmarks of TA453, an Iranian state-sponsored group.", ("Proofpoint", "TA453", "IR", None)),
        ("The NSA, FBI and CISA assess that Volt Typhoon, a PRC state-sponsored actor, has pre-positioned itself on US critical infrastructure networks.", ("US", "Volt Typhoon", "CN", None)),
        ("The NSA, FBI and CISA assess with high confidence that Volt Typhoon is a PRC state-sponsored actor that compromised US critical infrastructure.", ("US", "Volt Typhoon", "CN", "high")),
        ("Symantec said the attacks were likely the work of Lazarus.", ("Symantec", "Lazarus", None, "medium")),
        ("Trend Micro researchers said they suspect Earth Lusca, a Chinese group, of the intrusions.", ("Trend Micro", "Earth Lusca", None, "low")),
        ("Microsoft Threat Intelligence assesses that Mint Sandstorm is affiliated with Iran's Islamic Revolutionary Guard Corps.", ("Microsoft", "Mint Sandstorm", "IR", None)),
        ("The campaign was attributed to APT41 by Mandiant.", ("Mandiant", "APT41", None, None)),
        ("Researchers at Kaspersky attributed the campaign to the Lazarus group with high confidence.", ("Kaspersky", "Lazarus group", None, "high")),
        ("SentinelLabs assesses with high confidence that the activity was conducted by a Chinese state-sponsored actor.", ("SentinelOne", None, "CN", "high")),
        ("ESET researchers attribute the attacks with medium confidence to the Gamaredon group.", ("ESET", "Gamaredon group", None, "medium")),
        ("Mandiant published its findings on Tuesday. \"We attribute this activity with high confidence to APT29,\" the company said.", ("Mandiant", "APT29", None, "high")),
        ("Cisco Talos said with moderate confidence that the campaign was conducted by Kimsuky.", ("Cisco Talos", "Kimsuky", None, "medium")),
        ("Researchers at Google's Threat Analysis Group said the campaign was likely the work of APT28.", ("Google", "APT28", None, "medium")),
        ("Britain's National Cyber Security Centre assessed that the GRU was almost certainly behind the attack.", ("GB", None, "RU", "high")),
        ("Mandiant said the intrusion was carried out by a China-nexus espionage actor it tracks as UNC3886.", ("Mandiant", "UNC3886", "CN", None)),
        ("The hackers, whom Mandiant tracks as APT41, breached six state governments, the firm said.", ("Mandiant", "APT41", None, None)),
        ("Our analysis indicates that the campaign was run by APT15, SentinelOne researchers wrote.", ("SentinelOne", "APT15", None, None)),
        # a sub-brand's short form is its company
        ("Google's TAG said APT42 targeted campaign staff of both parties.", ("Google", "APT42", None, None)),
        ("Google TAG attributed the phishing campaign to APT42, an Iranian government-backed group.", ("Google", "APT42", "IR", None)),
        # a vendor's findings in its own words
        ("SentinelOne researchers said their analysis indicates that the group APT15 conducted the intrusions.", ("SentinelOne", "APT15", None, None)),
        ("Kaspersky said its investigation showed that the Lazarus group was behind the heist.", ("Kaspersky", "Lazarus group", None, None)),
        ("Dragos said its own research confirmed that the group Electrum was responsible for the attack on the Kyiv substation.", ("Dragos", "Electrum", None, None)),
    ],
)
def test_vendor_and_agency_wording_attributes(text, expected):
    assert expected in _attributions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft patched the vulnerability in its Exchange server software on Tuesday.",
        "ESET researchers described a new backdoor called Kapeka but did not link it to any group.",
        "Kaspersky said the malware was not linked to any known threat actor.",
        "Unlike APT29, the new group uses custom loaders, Mandiant said.",
        "Talos described the new ransomware strain, which encrypts files and demands payment in bitcoin.",
        "Microsoft said the attack exploited a flaw in its Exchange server software, which it patched in March.",
        "CrowdStrike said the malware, dubbed Sunspot, was used to tamper with builds. It did not attribute the attack.",
        "Mandiant said it had found no evidence linking the intrusion to APT41.",
        "Researchers said the campaign bears the hallmarks of Lazarus.",
        "Researchers said their analysis indicates that the group APT15 conducted the intrusions.",
        # a firm disputing a link makes none
        "Mandiant denied that the intrusion was linked to APT41.",
        "CrowdStrike rejected claims that Fancy Bear was behind the intrusion.",
    ],
)
def test_near_misses_attribute_nothing(text):
    assert _attributions(text) == set()


def test_a_firm_disputing_one_thing_still_attributes_another():
    assert ("Mandiant", "APT41", None, None) in _attributions(
        "Mandiant said APT41 was behind the intrusion and denied that its own systems were affected."
    )


def test_a_state_denial_after_a_vendor_attribution_keeps_both():
    report = analyze_text("Microsoft attributed the attack to Midnight Blizzard. Russia denied that it was behind the attack.", published="2024-05-01")
    assert ("Microsoft", "Midnight Blizzard") in {(a.by, a.actor) for inc in report.incidents for a in inc.attributions}
    assert "RU" in {d.by for inc in report.incidents for d in inc.denials}


@pytest.mark.parametrize(
    ("text", "deniers"),
    [
        ("Mandiant denied that the intrusion was linked to APT41.", set()),
        ("CrowdStrike rejected claims that Fancy Bear was behind the breach of the ministry.", set()),
        # the firm accused of a part in it denies its own part
        ("Kaspersky denied that it had helped the FSB spy on the ministry hacked by Turla.", {"Kaspersky"}),
        ("Russia denied that APT28 hacked the ministry, calling the claims baseless.", {"RU"}),
    ],
)
def test_a_firm_disputing_a_link_is_no_denier(text, deniers):
    report = analyze_text(text, published="2024-05-01")
    assert {d.by for inc in report.incidents for d in inc.denials} == deniers
