"""A state (or its capital) as the doer, with a speaker: the verbs of theft, eavesdropping, meddling, targeting and
sponsoring said of "North Korea", "Pyongyang", "the Kremlin"; and the doers named after their state ("hackers from X")."""

from __future__ import annotations

import pytest

from extract_helpers import attributions_of, incidents_of


def _sponsors(text: str) -> set[str]:
    return {s.state for inc in incidents_of(text) for s in inc.sponsors}


def _accusations(text: str) -> set[tuple[str, str | None]]:
    return {(by, state) for by, _, state, _ in attributions_of(text)}


# A state that steals, siphons, loots or launders what hacking takes (data, money, a sum, cryptocurrency), with a speaker
# before or after, is the doer, as it is when it "hacked": the speaker accuses it.
@pytest.mark.parametrize(
    ("text", "by", "state"),
    [
        ("North Korea stole $81 million from Bangladesh Bank, the FBI said.", "US", "KP"),
        ("The FBI said North Korea stole $81 million from Bangladesh Bank in 2016.", "US", "KP"),
        ("North Korea stole $81m from Bangladesh Bank, FBI says", "US", "KP"),
        ("US says North Korea stole $81 million from Bangladesh Bank", "US", "KP"),
        ("North Korea stole an estimated $1.5 billion in cryptocurrency from Bybit, the FBI said.", "US", "KP"),
        ("North Korea stole millions of dollars from banks around the world, US officials said.", "US", "KP"),
        ("Pyongyang looted $600 million from the Ronin Network, the FBI said.", "US", "KP"),
        ("Pyongyang laundered stolen cryptocurrency through mixers, the Treasury said.", "US", "KP"),
        ("US officials said Beijing stole the personal data of 22 million federal employees.", "US", "CN"),
        ("Washington stole data from Chinese universities, Beijing said.", "CN", "US"),
        ("Russia siphoned data from the Ukrainian defence ministry, Kyiv said.", "UA", "RU"),
    ],
)
def test_state_takes_by_hacking(text, by, state):
    assert (by, state) in _accusations(text)


# Other verbs of a state's hand, with a speaker: eavesdropping, meddling in a vote, a campaign it ran or sponsored,
# a target named as a network, accounts or systems, or hit with malware.
@pytest.mark.parametrize(
    ("text", "by", "state"),
    [
        ("China eavesdropped on African Union headquarters for five years, French officials said.", "FR", "CN"),
        ("The Kremlin meddled in the 2016 US presidential election, US intelligence agencies concluded.", "US", "RU"),
        ("Russia interfered in the Moldovan election, the Moldovan government said.", "MD", "RU"),
        ("Beijing ran a campaign against Taiwanese government agencies, Taipei said.", "TW", "CN"),
        ("Iran sponsored the attacks on US banks in 2012, the Justice Department said.", "US", "IR"),
        ("China targeted the Philippine government's networks in 2023, Manila said.", "PH", "CN"),
        ("Iran went after US water utilities with malware last year, CISA said.", "US", "IR"),
    ],
)
def test_state_acts_in_other_words(text, by, state):
    assert (by, state) in _accusations(text)


# "hackers from X", "state hackers of X", "spies from China" name the doers' state as "X's hackers" and "X-ian hackers"
# do: with a speaker, the state is the sponsor (and a named speaker accuses it).
@pytest.mark.parametrize(
    ("text", "state", "by"),
    [
        ("Hackers from North Korea stole $81 million from Bangladesh Bank, the FBI said.", "KP", "US"),
        ("Hackers from the United States broke into Huawei's servers, China's foreign ministry said.", "US", "CN"),
        ("Hackers from China targeted the email accounts of Czech diplomats, the Czech foreign ministry said.", "CN", "CZ"),
        ("State hackers of Iran targeted Albanian government networks in 2022, Microsoft said.", "IR", "Microsoft"),
        ("Spies from China stole trade secrets from the company, prosecutors said.", "CN", None),
    ],
)
def test_hackers_from_a_state(text, state, by):
    assert state in _sponsors(text)
    if by:
        assert (by, state) in _accusations(text)


# Near misses: a state robbed, a war, a strike or a physical theft, a figure of speech, hackers only located in a
# state, and a state acting with nobody to say so.
@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Hackers stole $81 million from North Korea, the FBI said.", "KP"),
        ("Russia invaded Ukraine in February 2022, officials said.", "RU"),
        ("China stole the show at the trade fair, organisers said.", "CN"),
        ("Beijing stole a march on its rivals, analysts said.", "CN"),
        ("Russia stole Ukrainian grain worth millions, Kyiv said.", "RU"),
        ("Russia stole Ukrainian grain worth $5 million, Kyiv said.", "RU"),
        ("Russia stole thousands of Ukrainian children, the UN said.", "RU"),
        ("Russia looted Ukrainian museums, Kyiv said.", "RU"),
        ("Pyongyang laundered money through front companies, the UN panel said.", "KP"),
        ("Israel attacked Iranian nuclear sites in June, officials said.", "IL"),
        ("Russia targeted Ukraine's power plants with missiles, Kyiv said.", "RU"),
        ("Russia targeted Ukraine's energy infrastructure overnight, the Ukrainian air force said.", "RU"),
        ("China targeted the Philippines in the South China Sea with water cannon, Manila said.", "CN"),
        ("Iran went after dissidents abroad, activists said.", "IR"),
        ("Russia launched missile attacks on Kyiv, officials said.", "RU"),
        ("Russia waged a military campaign against Ukraine, officials said.", "RU"),
        ("Russia ran a bombing campaign in Syria, the monitoring group said.", "RU"),
        ("Russia meddled in Ukraine's affairs for years, Kyiv said.", "RU"),
        ("Hackers in Russia broke into the German parliament in 2015, officials said.", "RU"),
        ("China-based hackers stole data from the ministry, Microsoft said.", "CN"),
        ("Russian-speaking hackers stole $10 million from the bank, officials said.", "RU"),
        ("North Korea stole $81 million from Bangladesh Bank.", "KP"),
        ("Hackers from Russia broke into the German parliament in 2015.", "RU"),
    ],
)
def test_no_state_doer(text, state):
    assert state not in _sponsors(text)
