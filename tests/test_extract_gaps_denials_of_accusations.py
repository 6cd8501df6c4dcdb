"""Denials and protests whose object is only "the accusations", found by probing: what the accusations are of or
whose they are, "dismissed/rejected/slammed the claims as ...", "branded the claims disinformation"."""

from __future__ import annotations

import pytest

from extract_helpers import denials_of as _denials
from extract_helpers import incidents_of as _incidents
from extract_helpers import responses_of as _responses

_RU = "The Dutch government said Russia's GRU hacked the Organisation for the Prohibition of Chemical Weapons in 2018. "
_CN = "The Czech Republic said APT31, linked to China's Ministry of State Security, hacked its foreign ministry in 2022. "
_CZ = "Prague blamed APT31 for the attack on its foreign ministry. "


# The accusations may say what they are of, or whose they are ("the accusations of involvement in the cyberattack",
# "the accusations of the Czech side", "the claims made by London"); a ministry of the state that answers is its
# speaker, not a victim ("The Chinese foreign ministry called the accusations unfounded").
@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("Moscow called the accusations of involvement in the cyberattack groundless.", "RU"),
        ("Moscow called the accusations of hacking groundless.", "RU"),
        ("The Chinese foreign ministry called the accusations of the Czech side unfounded.", "CN"),
        ("The Chinese foreign ministry called the accusations unfounded.", "CN"),
        (_CZ + "Beijing called the accusations of the Czech side unfounded.", "CN"),
        (_CZ + "The Chinese foreign ministry called the accusations of the Czech side unfounded.", "CN"),
        (_CZ + "The Chinese embassy called the claims made by Prague groundless.", "CN"),
    ],
)
def test_accusations_of_something_or_someone_denied(text, by):
    assert by in _denials(text)


# "dismissed/rejected/slammed the claims as ...", "branded the claims disinformation", "said the accusations were
# politically motivated", "a pure fabrication", "part of a Western smear campaign"
@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("Russia branded the claims disinformation.", "RU"),
        (_RU + "Russia branded the claims disinformation.", "RU"),
        ("The Kremlin dismissed the allegations as Russophobic fiction.", "RU"),
        ("China rejected the allegations as groundless.", "CN"),
        ("Beijing slammed the accusations as politically motivated.", "CN"),
        ("Tehran dismissed the claims as part of a Western smear campaign.", "IR"),
        ("A Chinese foreign ministry spokesperson said the accusations were politically motivated.", "CN"),
        ("China's foreign ministry said the accusations were \"pure fabrication\".", "CN"),
        ("The Chinese embassy said in a statement that the accusations were groundless.", "CN"),
        (_CN + "China's embassy in London said the claims were \"completely fabricated and malicious slanders\".", "CN"),
    ],
)
def test_claims_dismissed_as_false(text, by):
    assert by in _denials(text)


# A denial alone, with no accusation before it, keys an incident by the state that denies.
@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Moscow called the accusations of involvement in the cyberattack groundless.", "RU"),
        ("The Chinese foreign ministry called the accusations of the Czech side unfounded.", "CN"),
        ("Moscow has denied the claims.", "RU"),
        ("Beijing rejected the allegations as groundless.", "CN"),
    ],
)
def test_lone_denial_keys_the_denier(text, state):
    (inc,) = _incidents(text)
    assert [s.state for s in inc.sponsors] == [state]
    assert [d.by for d in inc.denials] == [state]


# Near misses: no answer from the accused; a victim, a firm, or the accuser disputing something else.
@pytest.mark.parametrize(
    ("text", "accused"),
    [
        (_RU + "The Kremlin declined to comment.", "RU"),
        (_CN + "The Chinese embassy did not respond to a request for comment.", "CN"),
        (_CN + "China's foreign ministry did not immediately respond to a request for comment.", "CN"),
        (_CN + "Mandiant denied that the intrusion was linked to APT41.", "CN"),
        (_CN + "The Czech foreign ministry denied that classified data had been stolen.", "CN"),
        ("Britain called the reports of data theft unfounded.", "GB"),
        ("The Chinese bank ICBC said the claims of a breach were unfounded.", "CN"),
    ],
)
def test_no_denial_by_the_accused(text, accused):
    assert accused not in _denials(text)


# A protest expressed (voiced, conveyed) to the accused over the operation condemns it, and names the state it is
# lodged with as the accused ("expressed a strong protest to China over the cyberattack by APT31").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Czech Ministry of Foreign Affairs expressed a strong protest to China over the cyberattack by APT31.", ("condemnation", "CZ", "CN")),
        ("Prague said APT31, linked to China's MSS, hacked its foreign ministry. The Czech foreign ministry expressed its strong protest to China.",
         ("condemnation", "CZ", "CN")),
        ("Prague said APT31, linked to China's MSS, hacked its foreign ministry. Prague voiced a firm protest to Beijing.", ("condemnation", "CZ", "CN")),
    ],
)
def test_protest_expressed_to_the_accused_condemns(text, expected):
    assert expected in _responses(text)


# Near misses: the accused protesting against the accusations denies them; it condemns nothing.
@pytest.mark.parametrize(
    "text",
    [
        "Prague said APT31, linked to China's MSS, hacked its foreign ministry. China expressed strong protest over the groundless accusations.",
        "Prague said APT31, linked to China's MSS, hacked its foreign ministry. Beijing voiced a strong protest to the Czech side over its groundless accusations.",
    ],
)
def test_accused_protesting_denies(text):
    assert "CN" in _denials(text)
    assert not {r for r in _responses(text) if r[1] == "CN"}
