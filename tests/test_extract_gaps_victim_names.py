"""Victims named as the text names them: one victim for one phrase, and a state that is hit though it speaks."""

from __future__ import annotations

import pytest

from extract_helpers import victims_of as _victims


# A state can be both hit and the one that speaks: the speaker does not stop its people being victims.
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Russian hackers targeted German officials, the BSI said.", "DE"),
        ("Chinese state hackers hacked into the phones of British officials, the NCSC said.", "GB"),
        ("Hackers linked to Russia's GRU breached the email accounts of Polish lawmakers, Poland's internal security agency said on Tuesday.", "PL"),
        ("Russian state hackers compromised the email accounts of French officials, France's ANSSI said.", "FR"),
    ],
)
def test_speaking_state_is_still_hit(text, country):
    assert country in {v.country for v in _victims(text)}


# Near misses: the speaking state that only speaks is no victim.
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Britain and its allies, including the United States, said Russian hackers targeted officials in Ukraine.", "GB"),
        ("The BSI said Russian hackers targeted Ukrainian officials last year.", "DE"),
    ],
)
def test_speaking_state_alone_is_not_hit(text, country):
    assert country not in {v.country for v in _victims(text)}


# One victim named by its owner's possessive and its sector word stays one victim, named as the text names it.
@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        ("Chinese state hackers breached Taiwan's largest telecom company Chunghwa Telecom.", "Taiwan's largest telecom company Chunghwa Telecom", "TW", "telecom"),
        ("Hackers working for Iran's IRGC attacked Israel's national water company Mekorot.", "Israel's national water company Mekorot", "IL", "water"),
        ("APT28, a unit of Russia's GRU, breached Poland's state news agency PAP, officials said.", "Poland's state news agency PAP", "PL", "media"),
        ("Russian state hackers hit Ukraine's largest telecom operator Kyivstar, the SBU said.", None, "UA", "telecom"),
    ],
)
def test_possessive_company_is_one_victim(text, name, country, sector):
    (v,) = _victims(text)
    assert (v.country, v.sector) == (country, sector)
    assert name is None or v.name == name
    assert "Kyivstar" in v.name or name is not None
