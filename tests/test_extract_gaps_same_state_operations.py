"""One state's several operations, unnamed and named, found by probing: when to merge them and when to split them."""

from __future__ import annotations

import pytest

from extract_helpers import incidents_of


def _key(inc) -> str:
    if inc.actors:
        return inc.actors[0].name
    return "state:" + (inc.sponsors[0].state if inc.sponsors else "?")


def _by_key(text: str) -> dict:
    return {_key(inc): inc for inc in incidents_of(text)}


def _countries(inc) -> set:
    return {v.country for v in inc.victims}


# "a China state-affiliated cyber actor", "a Chinese state-linked cyber actor": the state named before "state-affiliated"
# (a singular "cyber actor" too) is held behind the operation.
@pytest.mark.parametrize(
    "text",
    [
        "Britain said a China state-affiliated cyber actor was highly likely responsible for compromising the Electoral Commission's systems between 2021 and 2022.",
        "Britain said a Chinese state-affiliated cyber actor was highly likely responsible for compromising the Electoral Commission's systems between 2021 and 2022.",
        "The UK said a China state-linked actor was responsible for hacking the Electoral Commission in 2021.",
        "A Chinese cyber actor breached the Electoral Commission's servers in 2021, the British government said.",
    ],
)
def test_state_affiliated_actor_is_the_states(text):
    incs = incidents_of(text)
    assert [_key(inc) for inc in incs] == ["state:CN"]
    assert "GB" in _countries(incs[0])


# Near misses: a company's or a place's name before "state-affiliated" ties nothing.
@pytest.mark.parametrize(
    "text",
    [
        "A China-based cyber actor breached the Electoral Commission's servers in 2021, the government said.",
        "A cyber actor breached the Chinese state-owned airline's booking systems in 2021, the company said.",
    ],
)
def test_state_affiliated_near_misses(text):
    assert "state:CN" not in _by_key(text)


# One state's unnamed operation told on one party's word, then another party's word on a named group behind an
# operation of its own (its own victim, no "the attack" or "the group" taking up the first): two incidents.
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Sweden said a Russian GRU unit hacked its sports federation in 2017. Norway also said in 2020 that APT28 was behind a breach of its parliament.", "SE", "NO"),
        ("The Czech government said a Russian state-sponsored actor breached its foreign ministry in 2022. Lithuania also accused APT28 of targeting its ministries in 2022.", "CZ", "LT"),
        ("Denmark's intelligence service said Russian state hackers attacked 22 Danish energy companies in May 2023. Separately, Poland blamed APT28 for a phishing campaign against its government in 2023.", "DK", "PL"),
    ],
)
def test_another_accusers_named_operation_is_split(text, first, second):
    incs = _by_key(text)
    assert incs["state:RU"] and incs["APT28"]
    assert _countries(incs["state:RU"]) == {first}
    assert _countries(incs["APT28"]) == {second}
    assert {a.by for a in incs["APT28"].attributions} == {second}


# Near misses: the second party names the group behind the same operation ("the attack", "the operation", the
# victim named again, "that unit"), or the same party speaks: one incident.
@pytest.mark.parametrize(
    "text",
    [
        "Sweden said a Russian GRU unit hacked its sports federation in 2017. Norway said APT28 was behind the attack.",
        "Britain said Russian military intelligence hacked the OPCW in The Hague in 2018. The Dutch government said APT28 carried out the operation.",
        "Britain said Russian military intelligence hacked the OPCW in The Hague in 2018. The Netherlands said APT28 broke into the OPCW's wifi network.",
        "The US said North Korea was behind WannaCry in 2017. Symantec said early versions of the worm shared code with the Lazarus group.",
        "Prosecutors charged five officers of China's PLA Unit 61398 with hacking US companies in 2014. Mandiant had linked that unit to a crew it calls APT1.",
    ],
)
def test_another_accuser_of_the_same_operation_merges(text):
    incs = incidents_of(text)
    assert len(incs) == 1 and incs[0].actors


def _years(text: str, actor: str) -> set:
    return {inc.period.start[:4] for inc in incidents_of(text) if _key(inc) == actor and inc.period and inc.period.start}


# "the same hackers, known as Lazarus", "the hackers, which Microsoft calls Storm-0558", "those hackers, later dubbed X":
# the name of the state's doers told before; a later operation is the group's second incident, the first keeps its victims.
@pytest.mark.parametrize(
    ("text", "actor", "first", "second"),
    [
        ("In 2016, North Korean hackers stole $81 million from Bangladesh Bank, the FBI said. Two years later the same hackers, known as Lazarus, hit a Chilean bank.", "Lazarus", "BD", "CL"),
        ("The FBI said North Korean hackers stole $81 million from Bangladesh Bank in 2016. The hackers, known as Lazarus, also hit a Vietnamese bank in 2015.", "Lazarus", "BD", "VN"),
        ("The FBI said North Korean hackers stole $81 million from Bangladesh Bank in 2016. Those hackers, later dubbed Lazarus, were also behind the Sony Pictures hack in 2014.", "Lazarus", "BD", "US"),
    ],
)
def test_same_doers_named_later(text, actor, first, second):
    incs = incidents_of(text)
    assert all(_key(inc) == actor for inc in incs)
    assert all("KP" in {s.state for s in inc.sponsors} for inc in incs)
    assert {first, second} <= {c for inc in incs for c in _countries(inc)}
    assert "2016" in _years(text, actor)


# Near misses: "a different group, known as X" is another actor; the unnamed incident stays the state's.
@pytest.mark.parametrize(
    "text",
    [
        "The FBI said North Korean hackers stole $81 million from Bangladesh Bank in 2016. A different group, known as Kimsuky, spied on South Korean nuclear engineers in 2018.",
        "The FBI said North Korean hackers stole $81 million from Bangladesh Bank in 2016. Researchers said a group known as Kimsuky spied on South Korean nuclear engineers in 2018.",
    ],
)
def test_other_group_known_as_is_not_the_doers(text):
    incs = _by_key(text)
    assert _countries(incs["state:KP"]) == {"BD"}
    assert "BD" not in _countries(incs["Kimsuky"])


# "Both groups are run by Russian intelligence", "The two groups work for ...": the tie goes to each group told before.
@pytest.mark.parametrize(
    "text",
    [
        "APT28 hacked the Bundestag in 2015. In 2016, APT29 targeted Norwegian ministries. Both groups are run by Russian intelligence, according to Mandiant.",
        "APT28 breached the DNC in 2016. APT29 had been inside its network since 2015. Both groups are run by Russian intelligence, according to Mandiant.",
        "APT28 hacked the Bundestag in 2015. In 2016, APT29 targeted Norwegian ministries. The two groups are run by Russian intelligence, according to Mandiant.",
    ],
)
def test_both_groups_tie_each(text):
    incs = _by_key(text)
    for actor in ("APT28", "APT29"):
        assert "RU" in {s.state for s in incs[actor].sponsors}
        assert ("Mandiant", "RU") in {(a.by, a.state) for a in incs[actor].attributions}


# Near miss: "the group" is the one told last only.
def test_the_group_ties_the_last_only():
    incs = _by_key("APT28 hacked the Bundestag in 2015. In 2016, APT29 targeted Norwegian ministries. The group is run by Russian intelligence, according to Mandiant.")
    assert not incs["APT28"].sponsors
    assert "RU" in {s.state for s in incs["APT29"].sponsors}


# A short dated sentence that opens a paragraph and tells its own group's operation is no heading: its date is not
# the next group's.
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("APT28 hacked the Bundestag in 2015. In 2016, APT29 targeted Norwegian ministries.", {"2016"}),
        ("APT28 hacked the Bundestag in 2015. APT29 targeted Norwegian ministries in 2016.", {"2016"}),
        ("APT28 hacked the Bundestag in 2015. APT29 targeted Norwegian ministries.", set()),
    ],
)
def test_short_dated_sentence_dates_its_own_group(text, years):
    assert _years(text, "APT28") == {"2015"}
    assert _years(text, "APT29") == years
