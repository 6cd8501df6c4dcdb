"""Periods told relative to an earlier date ("Two years later", "the following spring"), and dates after every
attack verb, active and passive (invented texts)."""

from __future__ import annotations

import pytest

from aptrace.extract import analyze_text
from aptrace.extract.dates import find_dates
from aptrace.extract.doc import Doc
from aptrace.extract.sentences import split_sentences
from aptrace.report import InputDocument


def _periods(text: str, published: str = "2024-06-15") -> list[tuple[str, str | None]]:
    out = []
    for inc in analyze_text(text, published=published).incidents:
        key = inc.actors[0].name if inc.actors else f"state:{inc.sponsors[0].state if inc.sponsors else None}"
        out.append((key, inc.period.start[:4] if inc.period.start else None))
    return sorted(out, key=lambda p: (p[0], p[1] or ""))


def _dates(text: str, published: str = "2024-06-15") -> dict[str, str | None]:
    """Every date expression of ``text`` and its value."""
    doc = Doc.from_input(InputDocument(id="t", text=text, published=published))
    split_sentences(doc)
    find_dates(doc)
    return {text[d.start : d.end]: d.value for d in doc.dates}


# Attack verbs that tell an operation without an operation word ("crippled", "paralysed", "held to ransom",
# "unleashed <malware>"), after a group word ("The Conti gang crippled") or in the passive ("was crippled by Conti"):
# the date after them dates the operation.
@pytest.mark.parametrize(
    ("text", "actor", "year"),
    [
        ("The Conti gang crippled Ireland's health service in May 2021.", "Conti", "2021"),
        ("Costa Rica's finance ministry was crippled by Conti in April 2022.", "Conti", "2022"),
        ("Costa Rica's finance ministry was paralysed by Conti in April 2022.", "Conti", "2022"),
        ("The Conti ransomware gang paralyzed Costa Rica's customs service on April 18, 2022.", "Conti", "2022"),
        ("The BlackCat gang held Change Healthcare to ransom in February 2024.", "BlackCat", "2024"),
        ("Change Healthcare was held to ransom by the BlackCat gang in February 2024.", "BlackCat", "2024"),
        ("MGM Resorts was crippled last September by the Scattered Spider gang.", "Scattered Spider", "2023"),
        ("The Sandworm group unleashed NotPetya on Ukrainian firms in June 2017.", "Sandworm", "2017"),
        ("The Conti gang hit the city of Atlanta in 2018.", "Conti", "2018"),
        ("The LockBit ransomware gang struck the city of Oakland in February 2023.", "LockBit", "2023"),
        # a stay told by how long it lasted, and a network shut down
        ("China's Volt Typhoon has been inside US water utilities since 2021.", "Volt Typhoon", "2021"),
        ("Volt Typhoon has lurked in US water utilities since 2021.", "Volt Typhoon", "2021"),
        ("Sandworm shut down Kyivstar's mobile network in December 2023.", "Sandworm", "2023"),
        ("Kyivstar's mobile network was shut down by the Sandworm group in December 2023.", "Sandworm", "2023"),
    ],
)
def test_date_after_attack_verb(text, actor, year):
    assert (actor, year) in _periods(text)


# Near misses: a state that lasted ("whose services remained paralysed for days in March") is no new operation.
@pytest.mark.parametrize(
    "text",
    [
        "The Conti gang hit the city of Atlanta in 2018. Atlanta, whose municipal services remained paralysed for days in March 2019, refused to pay.",
        "The Conti gang hit the city of Atlanta in 2018. The city's services were still crippled in March 2019, officials said.",
    ],
)
def test_lasting_state_is_no_new_operation(text):
    assert _periods(text) == [("Conti", "2018")]


# Near misses: "unleashed" of no tool or attack, a takedown's "shut down by the FBI", "been in talks since".
@pytest.mark.parametrize(
    "text",
    [
        "The Sandworm trial unleashed a wave of criticism in June 2017.",
        "Sandworm's leak site was shut down by the FBI in December 2023.",
        "The Sandworm researchers have been in talks with the ministry since 2021.",
    ],
)
def test_no_operation_words(text):
    assert _periods(text) in ([], [("Sandworm", None)])


# A year, month or season counted from the date told before: "Two years later", "eight months later",
# "a year earlier", "the following spring", "the previous summer", "later that summer", "two weeks later".
@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The group struck in 2016. Two years later it struck again.", "Two years later", "2018"),
        ("The group struck in February 2016. A year later it struck again.", "A year later", "2017"),
        ("The group struck in 2016. Some two years earlier it had probed the bank.", "Some two years earlier", "2014"),
        ("The group struck in June 2017. Eight months later it struck again.", "Eight months later", "2018-02"),
        ("The group struck in June 2017. Eighteen months earlier it had probed the bank.", "Eighteen months earlier", "2015-12"),
        ("The group struck on 3 May 2021. Ten days later it struck again.", "Ten days later", "2021-05-13"),
        ("The group struck on 28 December 2021. Two weeks later it struck again.", "Two weeks later", "2022-01"),
        ("The group struck in December 2015. The next winter it struck again.", "The next winter", "2016"),
        ("The group struck in May 2021. The following spring it struck again.", "The following spring", "2022"),
        ("The group struck in February 2021. The following spring it struck again.", "The following spring", "2021"),
        ("The group struck in April 2022. The previous summer it had probed the bank.", "The previous summer", "2021"),
        ("The group struck in October 2022. The previous summer it had probed the bank.", "The previous summer", "2022"),
        ("The group struck in January 2022. The previous winter it had probed the bank.", "The previous winter", "2020"),
        ("The group struck in March 2020. Later that summer it struck again.", "Later that summer", "2020"),
        ("The group struck in 2016. A year after, it struck again.", "A year after", "2017"),
        # each later date runs on from the one before it; a look back does not move the story
        ("The group struck in June 2017. Eight months later it struck again. The next winter it struck a third time.", "The next winter", "2018"),
        ("The group struck in 2016. The year before it had probed the bank. Two years later it struck again.", "Two years later", "2018"),
    ],
)
def test_counted_from_the_date_before(text, phrase, value):
    assert _dates(text)[phrase] == value


# Near misses: no date before to count from, a date past publication, a capitalised season that is a name
# ("that Winter Vivern's targeting"), "a year after <clause>" (counted from what follows, not read),
# "two years before the election" (counted from the election), a comparison ("up 20% from a year earlier").
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Two years later the group struck again.", "Two years later"),
        ("The group struck in May 2024. A year later it struck again.", "A year later"),
        ("The group struck in 2016. Two months later it struck again.", "Two months later"),
    ],
)
def test_not_counted(text, phrase):
    assert _dates(text)[phrase] is None


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Researchers said in 2022 that Winter Vivern's targeting is aligned with Belarus.", "that Winter"),
        ("The group struck in 2016, a year after it hacked the Bundestag.", "a year after"),
        ("The group struck in 2016, two years before the election.", "two years before"),
        ("The group struck in 2016. Attacks rose 20% from a year earlier.", "a year earlier"),
        ("The group struck in 2016. Attacks were more frequent than the previous year.", "the previous year"),
    ],
)
def test_not_read_as_counted(text, absent):
    assert absent not in _dates(text)


# The operation told with such a date is the same actor's next (or earlier) operation, dated to the counted year.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2016, North Korean hackers from the Lazarus Group stole $81 million from Bangladesh Bank. Two years later the same hackers hit a Chilean bank.",
            [("Lazarus Group", "2016"), ("Lazarus Group", "2018")],
        ),
        (
            "The Lazarus Group stole $81 million from Bangladesh Bank in 2016. A year later, the group hacked Far Eastern International Bank in Taiwan.",
            [("Lazarus Group", "2016"), ("Lazarus Group", "2017")],
        ),
        (
            "The Lazarus Group stole $81 million from Bangladesh Bank in 2016. The following year it hacked Far Eastern International Bank in Taiwan.",
            [("Lazarus Group", "2016"), ("Lazarus Group", "2017")],
        ),
        (
            "Conti crippled Ireland's health service in May 2021. The following spring the gang paralysed Costa Rica's government.",
            [("Conti", "2021"), ("Conti", "2022")],
        ),
        (
            "Conti paralysed Costa Rica's government in April 2022. The previous summer the gang had crippled Ireland's health service.",
            [("Conti", "2021"), ("Conti", "2022")],
        ),
        (
            "In June 2017 Sandworm unleashed NotPetya on Ukrainian firms. Eight months later the group disrupted the opening ceremony of the Pyeongchang Winter Olympics.",
            [("Sandworm", "2017"), ("Sandworm", "2018")],
        ),
        (
            "Sandworm cut power to 230,000 Ukrainians in December 2015. The next winter the group cut power to part of Kyiv.",
            [("Sandworm", "2015"), ("Sandworm", "2016")],
        ),
    ],
)
def test_next_operation_counted_from_the_one_before(text, expected):
    assert _periods(text) == expected


# Near misses: the later date is that of a response, a report, a leak or a discovery, not another operation.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("APT28 hacked the DNC in 2016. Two years later, the US charged twelve GRU officers.", [("APT28", "2016")]),
        ("APT28 hacked the DNC in 2016. A year later, Germany published a report on the attack.", [("APT28", "2016")]),
        ("Conti hit Ireland's health service in May 2021. Months later the gang's chats leaked.", [("Conti", "2021")]),
        ("The Lazarus Group hacked Sony Pictures in November 2014. The following month the FBI blamed North Korea.", [("Lazarus Group", "2014")]),
        ("APT29 breached SolarWinds in March 2020. Nine months later, FireEye discovered the intrusion.", [("APT29", "2020")]),
        ("APT29 breached SolarWinds in 2020. The next spring the US expelled ten Russian diplomats.", [("APT29", "2020")]),
        ("In March 2024 the US charged seven APT31 hackers for intrusions that began in 2010.", [("APT31", "2010")]),
    ],
)
def test_later_response_dates_no_operation(text, expected):
    assert _periods(text) == expected
