"""Victims (names, countries, sectors) and periods in phrasings the tuned articles rarely use, checked on invented texts."""

from __future__ import annotations

import pytest

from extract_helpers import incidents_of as _incidents


def _victims(text: str) -> set[tuple[str | None, str | None]]:
    return {(v.country, v.sector) for inc in _incidents(text) for v in inc.victims}


def _names(text: str) -> set[str]:
    return {v.name for inc in _incidents(text) for v in inc.victims}


# The victim named before the operation noun: "blamed X for the Storting hack" is the hack's victim, not whom it is for.
@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("Australia blamed China for the Electoral Commission breach, officials said.", ("AU", "political")),
        ("Norway blamed APT28 for the 2020 Storting hack.", ("NO", "legislature")),
        ("Norway blames Russia's APT28 for Storting hack", ("NO", "legislature")),
        ("Germany blamed Russia for the 2015 Bundestag hack.", ("DE", "legislature")),
        ("The Storting hack in 2020 was the work of APT28, Norway said.", ("NO", "legislature")),
    ],
)
def test_victim_named_before_the_operation_noun(text, victim):
    assert victim in _victims(text)


# The year before the operation noun dates the operation, even after "said".
@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The 2020 Storting hack was the work of APT28, Norwegian police said.", "2020"),
        ("Norway said the 2020 Storting hack was the work of APT28.", "2020"),
        ("Officials said the 2020 Storting hack was the work of Russia's APT28.", "2020"),
        ("Norway blamed APT28 for the 2020 Storting hack.", "2020"),
        ("The 2016 hack of the Democratic National Committee was the work of Russia's GRU, the US said.", "2016"),
    ],
)
def test_year_before_the_operation_noun_is_the_period(text, start):
    (inc,) = _incidents(text)
    assert inc.period.start == start


# A company that says its own systems were hacked is the victim.
@pytest.mark.parametrize(
    "text",
    [
        "Microsoft said the Midnight Blizzard hack of its corporate email was carried out by Russia's SVR.",
        "Microsoft said Russian state hackers broke into its corporate email.",
    ],
)
def test_the_speaker_hit(text):
    (inc,) = _incidents(text)
    assert "Microsoft" in {v.name for v in inc.victims}
    assert [a.by for a in inc.attributions] == ["Microsoft"]


# Names the knowledge base does not know, named as what was hit.
@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        ("Chinese state hackers breached Kaseya, officials said.", "Kaseya", None, None),
        ("Russian hackers carried out the attack on Synnovis, a pathology provider, officials said.", "Synnovis", None, "healthcare"),
        ("The British Library was hit by a ransomware attack by Russian state hackers, officials said.", "British Library", "GB", None),
        ("Chinese state hackers breached TSMC, a Taiwanese chipmaker, officials said.", "TSMC", "TW", "manufacturing"),
        ("Russian hackers crippled Viasat's KA-SAT network on 24 February 2022, the EU said.", "Viasat", None, None),
    ],
)
def test_unknown_names_hit(text, name, country, sector):
    hits = {(v.name, v.country, v.sector) for inc in _incidents(text) for v in inc.victims}
    assert (name, country, sector) in hits


# Who was hit, in active, passive, nominal, possessive, list and headline forms, with its country and sector.
@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Russian state hackers breached the Polish foreign ministry, officials said.", "PL", "government"),
        ("The German parliament was hacked by APT28 in 2015.", "DE", "legislature"),
        ("The breach of the Czech foreign ministry was carried out by APT31, Prague said.", "CZ", "government"),
        ("APT31 carried out an intrusion into the Czech foreign ministry's network, the government said.", "CZ", "government"),
        ("APT28 targeted ministries in Poland, Lithuania and Latvia, officials said.", "PL", "government"),
        ("Hackers linked to Russia's GRU hacked Germany's ruling party, Berlin said.", "DE", "political"),
        ("Russian state hackers attacked a hospital in Brno, Czech officials said.", "CZ", "healthcare"),
        ("Iranian hackers breached a US defence contractor, the FBI said.", "US", "defense"),
        ("North Korea's Lazarus Group hacked a think tank in Seoul, officials said.", "KR", "civil_society"),
        ("Chinese state hackers targeted the Dutch defence ministry in 2023.", "NL", "government"),
        ("Dutch intelligence says Chinese hackers breached the Dutch military network", "NL", "military"),
        ("APT29 hacked the Norwegian parliament's email system in 2020, police said.", "NO", "legislature"),
        ("APT40 targeted universities in Australia, the Australian Signals Directorate said.", "AU", "education"),
        ("Chinese state hackers broke into the networks of Japan's space agency, JAXA said.", "JP", "aerospace"),
        ("Iranian state hackers targeted water utilities in Pennsylvania, US officials said.", "US", "water"),
        ("Britain accused Russia of targeting British politicians, the Foreign Office said.", "GB", "political"),
        ("Mandiant, which investigated the attack, said APT41 hacked six US state governments.", "US", "government"),
        ("A Chinese state group hacked the email of the Belgian foreign ministry in 2021.", "BE", "government"),
        ("Chinese state hackers spied on the Mongolian government between 2019 and 2021, researchers said.", "MN", "government"),
        ("Russia's Sandworm wiped servers at an Ukrainian logistics company, ESET said.", "UA", "transport"),
        ("Chinese state-backed hackers infiltrated Taiwan's presidential office, officials said.", "TW", "government"),
        ("Canada blamed China for the hack of the National Research Council in 2014.", "CA", "education"),
        ("The attack on SolarWinds hit customers including US government agencies, officials said.", "US", "government"),
    ],
)
def test_victim_phrasings(text, country, sector):
    assert (country, sector) in _victims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chinese state hackers targeted telecom operators across Southeast Asia, researchers said.",
    ],
)
def test_a_region_is_no_country(text):
    assert (None, "telecom") in _victims(text)


# Near misses: where the attackers sat, who investigated, a vendor's customers, a product, the accusing state.
@pytest.mark.parametrize(
    ("text", "not_country"),
    [
        ("Chinese state hackers, operating from servers in the Netherlands, breached the Ukrainian energy ministry, officials said.", "NL"),
        ("Britain accused Russia of targeting British politicians, the Foreign Office said.", "RU"),
        ("Norway blamed APT28 for the 2020 Storting hack.", "RU"),
    ],
)
def test_near_miss_countries(text, not_country):
    assert not_country not in {c for c, _ in _victims(text)}


@pytest.mark.parametrize(
    ("text", "not_name"),
    [
        ("Mandiant, which investigated the attack, said APT41 hacked six US state governments.", "Mandiant"),
        ("Chinese hackers breached Exchange servers at the ministry, officials said.", "Exchange"),
        ("Norway blamed APT28 for the 2020 Storting hack.", "Norway"),
        ("Microsoft said the Chinese group Storm-0558 hacked US officials' accounts.", "Microsoft"),
    ],
)
def test_near_miss_names(text, not_name):
    assert not any(not_name in n for n in _names(text))


def test_customers_of_a_vendor_not_hit_are_no_victim():
    assert _victims("Chinese hackers breached Ivanti's customers, officials said.") == set()
