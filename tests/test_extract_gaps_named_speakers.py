"""Who attributes: a firm's named people, the source an outlet cites, and parties that are only named in what is said.

A researcher or executive speaks for the firm that employs them ("said John Hultquist, chief analyst at Mandiant").
An outlet that relays ("according to Reuters, which cited Mandiant") does not attribute; the source it cites does.
A newspaper named after a place ("the Washington Post") is not that place's state. A firm that opens the reported
clause ("Mandiant said Microsoft's email systems were breached") is what is spoken about, not who speaks. The texts
are written for these tests, with near misses.
"""

from __future__ import annotations

import pytest

from extract_helpers import attributions_of as _attributions


def _attributors(text: str) -> set[str]:
    return {a[0] for a in _attributions(text)}


# A firm's person, named with their role at it, speaks for the firm: before or after "said", or after "according to".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("John Hultquist, chief analyst at Mandiant, said the intrusion was the work of APT29.", ("Mandiant", "APT29")),
        ("Jane Doe, a researcher at ESET, said Sandworm was behind the attack on the Ukrainian grid.", ("ESET", "Sandworm")),
        ("The attack on the utility was carried out by Sandworm, said Jane Doe, a researcher at ESET.", ("ESET", "Sandworm")),
        ("“We assess this is the work of Sandworm,” said Jane Doe, a senior researcher at ESET.", ("ESET", "Sandworm")),
        ("The campaign was the work of APT41, said John Smith, head of threat research with Recorded Future.", ("Recorded Future", "APT41")),
        ("According to Ben Read, a director at Mandiant, APT41 was behind the intrusions.", ("Mandiant", "APT41")),
        ("Ben Read of Mandiant said the campaign was carried out by APT41.", ("Mandiant", "APT41")),
        ("A senior analyst at Proofpoint said TA453 was behind the phishing emails.", ("Proofpoint", "TA453")),
        ("“It's APT28,” said Ben Read, a director at Mandiant, adding that the group works for Russia's GRU.", ("Mandiant", "APT28")),
    ],
)
def test_a_firms_person_speaks_for_the_firm(text, expected):
    assert expected in {(a[0], a[1]) for a in _attributions(text)}


# Near misses: the person says nothing of a culprit, or is quoted about something else.
@pytest.mark.parametrize(
    "text",
    [
        "John Hultquist, chief analyst at Mandiant, said the group was very active.",
        "'We are investigating,' said a spokesperson for Microsoft.",
        "Jane Doe, a researcher at ESET, said the malware was new.",
    ],
)
def test_a_firms_person_saying_no_culprit_attributes_nothing(text):
    assert _attributions(text) == set()


# The source an outlet cites attributes; the outlet only relays.
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("According to Reuters, which cited Mandiant, the intrusion was the work of APT41.", "Mandiant"),
        ("According to Reuters, which cited researchers at Mandiant, the intrusion was the work of APT41.", "Mandiant"),
        ("The intrusion was the work of APT41, Reuters reported, citing Mandiant.", "Mandiant"),
        ("The intrusion was the work of APT41, Reuters reported, citing a Mandiant report.", "Mandiant"),
        ("The intrusion was the work of APT41, Bloomberg reported, citing a report by CrowdStrike.", "CrowdStrike"),
        ("Citing Mandiant, Reuters reported that APT41 was behind the intrusion.", "Mandiant"),
    ],
)
def test_the_cited_source_attributes(text, source):
    assert _attributors(text) == {source}


# Near misses: an outlet on its own, or citing anonymous people, attributes nothing; a newspaper named after a place
# is not its state.
@pytest.mark.parametrize(
    "text",
    [
        "Reuters reported that APT41 was behind the intrusion.",
        "The campaign was the work of APT41, the New York Times reported.",
        "According to the Washington Post, the intrusion was the work of APT29.",
        "The Moscow Times reported that the intrusion was the work of APT29.",
        "According to Bloomberg, which cited people familiar with the matter, the intrusion was the work of APT29.",
    ],
)
def test_outlets_that_only_relay_attribute_nothing(text):
    assert _attributions(text) == set()


# A party that opens the reported clause is spoken about: "X said Y's systems were breached by Z" is X's word only.
@pytest.mark.parametrize(
    ("text", "speaker", "spoken_of"),
    [
        ("Mandiant said Microsoft's email systems were breached by APT29.", "Mandiant", "Microsoft"),
        ("Mandiant said Microsoft's corporate email accounts were hacked by Midnight Blizzard.", "Mandiant", "Microsoft"),
        ("CrowdStrike said Microsoft was breached by APT29 in 2023.", "CrowdStrike", "Microsoft"),
    ],
)
def test_a_party_spoken_about_does_not_speak(text, speaker, spoken_of):
    by = _attributors(text)
    assert speaker in by
    assert spoken_of not in by


# Near misses: the second party speaks in its own right, or relays another's finding.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mandiant said Microsoft had attributed the attack to Midnight Blizzard.", {"Microsoft"}),
        ("The attack was the work of Midnight Blizzard, said Microsoft.", {"Microsoft"}),
    ],
)
def test_a_party_that_speaks_after_said_still_speaks(text, expected):
    assert _attributors(text) == expected


# A firm's person named once, with the firm, speaks for it later by surname alone; a role before the name works too.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('John Hultquist, chief analyst at Mandiant, spoke to reporters on Tuesday. "This was the work of APT29," Hultquist said.', ("Mandiant", "APT29")),
        ("Jane Doe, a researcher at ESET, has followed the group for years. Doe said the wiper attack was carried out by Sandworm.", ("ESET", "Sandworm")),
        ("Mandiant's John Hultquist spoke at a conference. Hultquist said the intrusion was the work of APT44.", ("Mandiant", "APT44")),
        ('"The attack was carried out by Sandworm," ESET researcher Jane Doe told Reuters.', ("ESET", "Sandworm")),
    ],
)
def test_a_firms_person_named_before_speaks_for_it_later(text, expected):
    assert expected in {(a[0], a[1]) for a in _attributions(text)}


def test_a_surname_not_tied_to_a_firm_speaks_for_nobody():
    text = "John Hultquist spoke to reporters on Tuesday. Hultquist said the intrusion was the work of APT29."
    assert _attributors(text) == set()


# "declined to comment on reports that ...": others' claim, not the firm's.
@pytest.mark.parametrize(
    "text",
    [
        "A spokesperson for Microsoft declined to comment on reports that APT29 was behind the breach.",
        "Microsoft declined to comment on reports that Midnight Blizzard had breached its systems.",
        "Mandiant would not comment on claims that APT41 carried out the intrusion.",
    ],
)
def test_declining_to_comment_on_reports_attributes_nothing(text):
    assert _attributions(text) == set()


# Near miss: the firm comments, then says who did it.
def test_a_firm_that_comments_still_attributes():
    text = "Microsoft declined to comment further but said the breach was the work of Midnight Blizzard."
    assert "Microsoft" in _attributors(text)


# A flaw "exploited by" a named group: the doer named in the passive, by whoever says it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivanti said a vulnerability in its VPN products was exploited by UNC5221, according to Mandiant.", ("Mandiant", "UNC5221")),
        ("Mandiant said the flaw had been exploited by APT29 since March.", ("Mandiant", "APT29")),
    ],
)
def test_a_flaw_exploited_by_a_group(text, expected):
    assert expected in {(a[0], a[1]) for a in _attributions(text)}


def test_a_flaw_that_could_be_exploited_names_no_doer():
    assert _attributions("Microsoft said the flaw could be exploited by attackers to take over servers.") == set()
