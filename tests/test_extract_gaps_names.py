"""Names found by probing: groups whose names are plain words (Machete, Patchwork, Lead), and where a victim's name ends."""

from __future__ import annotations

import pytest

from extract_helpers import incidents_of, report_of


def _actors(text: str) -> set[str]:
    return {a.name for inc in incidents_of(text) for a in inc.actors}


# "a campaign by Machete": a campaign, an operation or attacks are a group's, and name it.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Since March 2019, we at ESET have been tracking a renewed espionage campaign by Machete against Venezuela's military.", "Machete"),
        ("A phishing campaign by Patchwork hit Pakistani government officials last year.", "Patchwork"),
        ("Researchers linked the intrusions into Taiwanese chip makers to an operation carried out by Lead.", "Lead"),
        ("The attacks by Sandworm knocked Ukrainian substations offline.", "Sandworm"),
    ],
)
def test_what_a_group_runs_names_it(text, name):
    assert name in _actors(text)


# "Machete, a Spanish-speaking cyberespionage group": the apposition says the plain word is a group.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Machete, a Spanish-speaking cyberespionage group, stole files from Ecuador's military.", "Machete"),
        ("Confucius, a South Asian espionage group, went after Pakistani officials, Trend Micro said.", "Confucius"),
    ],
)
def test_apposition_names_a_plain_word_group(text, name):
    assert name in _actors(text)


# Near misses: the plain word as a word, or a name of several capitalised words.
@pytest.mark.parametrize(
    "text",
    [
        "Summit, a group of leaders, met in Paris after hackers breached the German foreign ministry.",
        "The attacks by Lead Global Partners on its rivals' prices were in the news; hackers breached the Dutch finance ministry.",
        "Damage by Monsoon rains closed the ministry; hackers breached the Indian energy ministry's network.",
    ],
)
def test_plain_words_stay_words(text):
    assert not _actors(text) & {"Summit", "Lead", "Monsoon"}


# A victim named last in its sentence ends before the sentence's full stop; a name's own dot stays.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Scattered Spider hacked MGM Resorts. The FBI said the group was behind it.", "MGM Resorts"),
        ("APT41 breached Chunghwa Telecom. Taiwan said so on Monday.", "Chunghwa Telecom"),
        ("APT41 hacked Acme Inc. and Globex Corp. in March.", "Acme Inc."),
    ],
)
def test_victim_name_ends_before_the_full_stop(text, name):
    report = report_of(text)
    victims = [v for inc in report.incidents for v in inc.victims]
    assert name in {v.name for v in victims}
    for v in victims:
        for span in v.evidence:
            assert text[span.start : span.end] == span.text
