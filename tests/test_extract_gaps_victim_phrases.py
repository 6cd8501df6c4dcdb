"""Victim phrasings found by probing: "spied on", a government's systems, people named with where they live."""

from __future__ import annotations

import pytest

from extract_helpers import victims_of as _victims


# "spied on" names whom an operation hit, as "targeted" and "spying on" do.
@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Chinese state hackers spied on Dutch officials.", "NL", "government"),
        ("APT31 spied on Finnish lawmakers for two years, the security police said.", "FI", "legislature"),
        ("Hackers working for Russia's FSB spied on British journalists.", "GB", "media"),
        ("Chinese state hackers spied on German diplomats, the government in Berlin said.", "DE", "government"),
    ],
)
def test_spied_on_names_the_victim(text, country, sector):
    assert (country, sector) in {(v.country, v.sector) for v in _victims(text)}


# Near misses: the attackers' side and who spies are no victims.
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Chinese state hackers spied on Dutch officials.", "CN"),
        ("Russian officials spied on Ukrainian soldiers' phones, investigators said.", "RU"),
    ],
)
def test_spied_on_spares_the_spy(text, country):
    assert country not in {v.country for v in _victims(text)}


# A people named by nationality and role is one victim, named as the text names it.
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Chinese state hackers spied on Uyghur activists in Turkey.", "Uyghur activists in Turkey", "TR"),
        ("Chinese state hackers targeted Uyghur activists in Turkey.", "Uyghur activists in Turkey", "TR"),
        ("APT31 targeted Tibetan activists living in India.", "Tibetan activists", "IN"),
    ],
)
def test_people_by_origin_and_role(text, name, country):
    vs = [v for v in _victims(text) if v.sector == "civil_society"]
    assert (name, country) in {(v.name, v.country) for v in vs}
    assert all(v.name != name.split()[0] for v in vs)


# "the Albanian government's systems": the sector word read before the possessive.
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Iranian state hackers breached the Albanian government's systems in July.", "AL"),
        ("Iranian state hackers breached the Albanian government's network.", "AL"),
        ("Iranian state hackers breached Albania's government systems.", "AL"),
        ("Hackers tied to Russia's GRU broke into the Montenegrin government's servers, officials said.", "ME"),
    ],
)
def test_government_possessive(text, country):
    assert (country, "government") in {(v.country, v.sector) for v in _victims(text)}


# Near misses: the accused government's own hackers, and a government that only speaks.
@pytest.mark.parametrize(
    "text",
    [
        "The Albanian government's spokesman said Iranian state hackers breached its systems.",
        "The Chinese government's hackers breached the networks of Philippine ministries.",
    ],
)
def test_government_possessive_not_hit(text):
    assert not any(v.sector == "government" and v.country in (None, "CN") and "government" in v.name for v in _victims(text))
