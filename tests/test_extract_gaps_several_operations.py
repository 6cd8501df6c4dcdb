"""Articles holding several operations, found by probing: each fact stays with its own operation's actor."""

from __future__ import annotations

import pytest

from extract_helpers import incidents_of


def _by_actor(text: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for inc in incidents_of(text):
        for a in inc.actors:
            out.setdefault(a.name, []).append(inc)
    return out


def _attributors(text: str, actor: str) -> set[str]:
    return {a.by for inc in _by_actor(text).get(actor, []) for a in inc.attributions}


# The next story of a roundup ("Meanwhile, ...", "Separately, ...", "A year later, ...") is not told by the speaker
# of the story before: its group gets no attribution from that speaker.
@pytest.mark.parametrize(
    ("text", "actor", "speaker"),
    [
        ("The FBI said APT41 hacked US state governments in 2021. Meanwhile, Charming Kitten targeted Israeli academics with fake conference invitations.", "Charming Kitten", "US"),
        ("In 2020, APT29 broke into the US Treasury in a sprawling espionage campaign, US officials said. A year later, Sandworm launched destructive attacks on Ukrainian power companies.", "Sandworm", "US"),
        ("Mandiant said APT41 hacked video game makers in 2020. In other news, Kimsuky phished South Korean think tanks.", "Kimsuky", "Mandiant"),
        ("Taiwan's government said APT41 stole chip designs. Elsewhere, Turla spied on Afghan government networks in 2023.", "Turla", "TW"),
    ],
)
def test_next_story_keeps_no_carried_speaker(text, actor, speaker):
    assert actor in _by_actor(text)
    assert speaker not in _attributors(text, actor)


# Near misses: the speaker's own story goes on, or the next story names its own speaker.
@pytest.mark.parametrize(
    ("text", "actor", "speaker"),
    [
        ("The FBI said APT41 hacked US state governments in 2021. The group also targeted universities.", "APT41", "US"),
        ("The FBI said APT41 hacked US state governments in 2021. Meanwhile, Microsoft said Charming Kitten targeted Israeli academics.", "Charming Kitten", "Microsoft"),
        ("Separately, the FBI said last week that Scattered Spider had breached casinos in Las Vegas.", "Scattered Spider", "US"),
    ],
)
def test_same_story_keeps_its_speaker(text, actor, speaker):
    assert speaker in _attributors(text, actor)


# A group named only as the owner of a habit the operation shares ("a tactic also used by Lazarus", "first seen in
# attacks by Lazarus") or in a comparison opening the sentence ("Like APT29 before it, the group ...") makes no incident.
@pytest.mark.parametrize(
    ("text", "passing"),
    [
        ("Researchers at ESET said the attackers used a tactic also used by Lazarus, the North Korean group behind the Sony hack. The campaign targeted logistics firms in Poland and was attributed to Gamaredon.", "Lazarus"),
        ("The technique, first seen in attacks by Lazarus, has since been copied by criminal gangs. On Tuesday, CISA said Chinese state hackers used it to breach a US federal agency.", "Lazarus"),
        ("The hackers relied on a method previously used by APT28 to hide their traffic. Microsoft attributed the intrusion to Storm-0558.", "APT28"),
        ("Like APT29 before it, the group abused cloud services to hide its traffic. Microsoft said Storm-0558 breached the email accounts of US State Department officials in May 2023.", "APT29"),
        ("Unlike APT28, which mostly steals documents, the group appears focused on prepositioning. Microsoft said Volt Typhoon has been in US networks since 2021.", "APT28"),
    ],
)
def test_group_named_in_passing_makes_no_incident(text, passing):
    assert passing not in _by_actor(text)


# Near misses: the group that did it, told with the same words.
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Lazarus used a tactic to steal $81 million from Bangladesh Bank in 2016, the FBI said.", "Lazarus"),
        ("The malware used by APT28 in the Bundestag hack in 2015 was X-Agent, German prosecutors said.", "APT28"),
        ("Like many state hackers, APT29 abused cloud services to breach the US Treasury in 2020.", "APT29"),
    ],
)
def test_group_that_acts_keeps_its_incident(text, actor):
    assert actor in _by_actor(text)


# "Unlike APT28, which mostly steals documents from European governments, Volt Typhoon ...": the victims in a relative
# clause on another group are that group's, not those of the incident of the sentence.
@pytest.mark.parametrize(
    ("text", "actor", "country"),
    [
        ("Microsoft said Volt Typhoon has been targeting critical infrastructure in Guam since 2021. Unlike APT28, which mostly steals documents from German ministries, Volt Typhoon appears focused on prepositioning.", "Volt Typhoon", "DE"),
        ("Mandiant said APT41 breached US state governments in 2021. Unlike Kimsuky, who phishes South Korean think tanks, APT41 exploits web applications.", "APT41", "KR"),
    ],
)
def test_other_groups_relative_clause_gives_no_victim(text, actor, country):
    assert actor in _by_actor(text)
    assert country not in {v.country for inc in _by_actor(text)[actor] for v in inc.victims}


# Near miss: the relative clause on the incident's own group names its victims.
def test_own_relative_clause_gives_victims():
    text = "The FBI blamed APT41, which breached US state governments in 2021, for the intrusion, officials said."
    assert "US" in {v.country for inc in _by_actor(text)["APT41"] for v in inc.victims}


# "..., while Iranian group MuddyWater went after Turkish telecom firms in 2023": a second named doer's operation,
# dated to its own year, is its own incident, and its victims are not the first one's.
@pytest.mark.parametrize(
    ("text", "first", "second", "country"),
    [
        ("According to the report, Russian hackers from APT28 breached the Danish defence ministry in 2022, while Iranian group MuddyWater went after Turkish telecom firms in 2023.", "APT28", "MuddyWater", "TR"),
        ("Sandworm hit Ukraine's power grid in 2015, whereas APT29 breached the US State Department in 2014, officials said.", "Sandworm", "APT29", "US"),
    ],
)
def test_while_another_group_is_another_operation(text, first, second, country):
    by = _by_actor(text)
    assert country in {v.country for inc in by.get(second, []) for v in inc.victims}
    assert country not in {v.country for inc in by[first] for v in inc.victims}


# Near miss: "while" on the same group's own doing stays one operation.
def test_while_the_same_group_stays_one_operation():
    text = "APT28 breached the Danish defence ministry in 2022, while the group kept its access into 2023, officials said."
    by = _by_actor(text)
    assert "DK" in {v.country for inc in by["APT28"] for v in inc.victims}
    assert set(by) == {"APT28"}
