"""Annotation conventions of incidents, victims, periods and activity, checked on invented texts (spec-driven)."""

from __future__ import annotations

import pytest

from aptrace.extract import analyze_text


def _incidents(text: str):
    return analyze_text(text, published="2024-05-01").incidents


# Website defacement, DDoS and taking a channel off air are `disruption`, however the text words "off air".
@pytest.mark.parametrize(
    "text",
    [
        "The Iranian state-backed group knocked the state broadcaster off air on Saturday, the government said.",
        "Hackers working for Russia's GRU took the national television station off air for three hours, Georgian officials said.",
        "A Chinese state-sponsored group forced a Taiwanese radio station off-air during its morning programme, officials said.",
        "Russian state hackers kept two regional TV channels off the air for most of the day, Ukrainian officials said.",
    ],
)
def test_extract_conventions_cvict_off_air_is_disruption(text):
    (inc,) = _incidents(text)
    assert inc.activity == "disruption"
    assert [v.sector for v in inc.victims] and {v.sector for v in inc.victims} == {"media"}


def test_extract_conventions_cvict_off_air_without_a_hostile_act_makes_no_incident():
    assert _incidents("The station went off air after a fire in its studio, the broadcaster said.") == []


# Grid blackouts count as `sabotage`, told with or without the word "blackout".
@pytest.mark.parametrize(
    "text",
    [
        "Russia's Sandworm, a unit of the GRU, shut down substations and left thousands without electricity, ESET said.",
        "Sandworm, a unit of Russia's GRU, cut off the electricity supply to the region, officials said.",
        "Russian state hackers de-energised substations in Kyiv, leaving a fifth of the city without power, officials said.",
        "Hackers working for Russia's GRU cut power to 230,000 customers in western Ukraine in December 2015, investigators said.",
    ],
)
def test_extract_conventions_cvict_grid_outage_is_sabotage(text):
    (inc,) = _incidents(text)
    assert inc.activity == "sabotage"


# Victims are the organisations that were breached, not the people whose data they held.
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("Chinese state-sponsored hackers breached the US Office of Personnel Management and stole the records of 21 million federal employees, officials said.", {"government"}),
        ("APT29, a group run by Russia's SVR, breached a telecom operator and stole the personal data of 4 million government workers, the company said.", {"telecom"}),
        ("North Korean state hackers hacked the bank and stole the details of journalists and activists who held accounts there, officials said.", {"finance"}),
        ("Iranian state hackers broke into the hospital network and copied the files of patients, soldiers and their families, Israeli officials said.", {"healthcare"}),
    ],
)
def test_extract_conventions_cvict_people_whose_data_was_held_are_not_victims(text, sectors):
    (inc,) = _incidents(text)
    assert {v.sector for v in inc.victims} == sectors


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        # the people's own accounts were broken into: they are hit
        ("APT28, a unit of Russia's GRU, hacked the email accounts of senior government officials in Poland, officials said.", "government"),
        ("Iranian government hackers spied on journalists and activists in Britain, the NCSC said.", "civil_society"),
        # no breached body named: whose records they were is all the text gives
        ("Microsoft said APT31 stole the records of 100,000 US Navy personnel, officials said.", "military"),
    ],
)
def test_extract_conventions_cvict_people_hit_themselves_stay_victims(text, sector):
    (inc,) = _incidents(text)
    assert sector in {v.sector for v in inc.victims}
