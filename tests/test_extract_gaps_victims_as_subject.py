"""Victims in subject position found by probing: passive and intransitive wording ("was paralysed by", "fell victim to",
"has been under attack from", "suffered a ransomware attack by", "said it had been targeted"), and the damage verbs
said of the doer ("shut down the systems of", "encrypted the systems of", "drained ... of $600 million")."""

from __future__ import annotations

import pytest

from extract_helpers import incidents_of, victims_of as _victims


def _pairs(text):
    return {(v.country, v.sector) for v in _victims(text)}


def _names(text):
    return {v.name for v in _victims(text)}


# "The Costa Rican government was paralysed by Conti": a government named before a passive hit is the victim
# (the bare word "government" is read as a victim only where the hit follows it).
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Costa Rican government was paralysed by Conti in April 2022.", "CR"),
        ("The Albanian government was hacked by Iranian hackers in 2022.", "AL"),
        ("The Albanian government has been under attack from Iranian hackers since 2022.", "AL"),
        ("The Polish government has fallen victim to repeated attacks by APT28, officials said.", "PL"),
        ("Albania's government suffered a cyberattack blamed on Iranian hackers in July 2022.", "AL"),
        ("The Montenegrin government has been under attack from Cuba ransomware since August.", "ME"),
        ("The German government said it had been targeted by APT28.", "DE"),
    ],
)
def test_government_hit_in_subject_position(text, country):
    assert (country, "government") in _pairs(text)


# Near misses: a government that only speaks, blames or condemns is no victim.
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The government was quick to blame Sandworm for the outage.", None),
        ("The Estonian government was quick to condemn the attack by APT28 on Lithuania.", "EE"),
        ("The government has been under pressure from lawmakers since APT28 hacked the Bundestag.", None),
    ],
)
def test_government_that_speaks_is_not_hit(text, country):
    assert (country, "government") not in _pairs(text)


# "was under (sustained) attack from", "fell victim to", "became the latest victim of": the subject was hit.
@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Ukraine's power grid has been under attack from Sandworm since 2015.", "UA", "energy"),
        ("Australia's parliament has been under sustained attack from Chinese hackers since February.", "AU", "legislature"),
        ("Germany's ruling party became the latest victim of APT29.", "DE", "political"),
    ],
)
def test_under_attack_and_fell_victim(text, country, sector):
    assert (country, sector) in _pairs(text)


# A proper name the knowledge base does not know, in subject position: "MGM Resorts fell victim to Scattered Spider",
# "Ticketmaster confirmed a breach that ShinyHunters claimed", "HPE disclosed that its network had been accessed by APT29".
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("MGM Resorts fell victim to Scattered Spider last September.", "MGM Resorts"),
        ("The British Library fell victim to Rhysida in October 2023.", "British Library"),
        ("Ticketmaster confirmed a breach that ShinyHunters claimed.", "Ticketmaster"),
        ("Hewlett Packard Enterprise disclosed that its network had been accessed by APT29.", "Hewlett Packard Enterprise"),
        ("Change Healthcare suffered a ransomware attack by ALPHV in February.", "Change Healthcare"),
        ("The Colonial Pipeline was taken down by DarkSide.", "Colonial Pipeline"),
        ("Norsk Hydro's plants were encrypted by LockerGoga in 2019.", "Norsk Hydro"),
        ("Viasat's KA-SAT network was disabled by Sandworm an hour before the invasion.", "Viasat"),
    ],
)
def test_named_subject_hit(text, name):
    assert name in _names(text)


# The gang named after "by" at the sentence's end ("encrypted by Conti.") or after a noun of attack
# ("suffered a ransomware attack by ALPHV") is the doer.
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Health Service Executive said its systems had been encrypted by Conti.", "Conti"),
        ("Change Healthcare suffered a ransomware attack by ALPHV in February.", "ALPHV"),
        ("The British Library fell victim to Rhysida.", "Rhysida"),
    ],
)
def test_doer_after_by_at_sentence_end(text, actor):
    assert actor in {a.name for inc in incidents_of(text) for a in inc.actors}


# "said its systems had been encrypted by": who speaks was hit, with the damage verbs of ransomware.
@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("The Health Service Executive said its systems had been encrypted by Conti.", "healthcare"),
        ("The Dutch defence ministry said its network had been infiltrated by Chinese state hackers.", "government"),
    ],
)
def test_self_reported_damage(text, sector):
    assert sector in {v.sector for v in _victims(text)}


# Damage verbs said of the doer: "shut down the systems of", "drained the Ronin bridge of $600 million".
@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Conti shut down the systems of the Costa Rican finance ministry.", "CR", "government"),
        ("APT28 shut down the websites of the Georgian government in 2019.", "GE", "government"),
        ("Lazarus drained the Ronin bridge of $600 million.", None, "finance"),
    ],
)
def test_damage_verbs_name_the_object(text, country, sector):
    assert (country, sector) in _pairs(text)


# Near misses: a speaker that detected the group elsewhere, a vendor whose product was exploited, code named as
# what was deployed, and a firm whose customers were hit.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Microsoft said it had detected APT29 in other firms' networks.", "Microsoft"),
        ("A flaw in Ivanti's VPN was exploited by UNC5221.", "Ivanti"),
        ("Olympic Destroyer was deployed by Sandworm against the Pyeongchang Games.", "Olympic Destroyer"),
        ("REvil encrypted the servers of Kaseya customers.", "Kaseya"),
        ("Mandiant confirmed a breach of the Norwegian parliament by APT31.", "Mandiant"),
        ("Google disclosed an intrusion into the networks of Czech ministries by APT28.", "Google"),
    ],
)
def test_speaker_vendor_and_code_are_not_hit(text, name):
    assert not any(name in n for n in _names(text))


# A hit participle with no auxiliary, before "by" or a headline's break: "Czech foreign ministry hacked by APT31, Prague
# says", "The US Treasury was breached by", "Ukrainian telecom Kyivstar knocked offline; Sandworm blamed"
# (an organ hit in the passive is a victim, not only a speaker).
@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Czech foreign ministry hacked by APT31, Prague says", "CZ", "government"),
        ("Costa Rica's finance ministry crippled by Conti", "CR", "government"),
        ("German parliament targeted by APT28 again", "DE", "legislature"),
        ("Ukrainian telecom Kyivstar knocked offline; Sandworm blamed", "UA", "telecom"),
        ("The US Treasury was breached by Silk Typhoon in December 2024.", "US", "government"),
        ("The Dutch police were hacked by Laundry Bear last year.", "NL", "government"),
        ("The Taiwanese chipmaker was hit hard by LockBit in 2023, losing production for weeks.", "TW", "manufacturing"),
        ("Lithuanian energy firm Ignitis Group has been under DDoS attack from Killnet since June.", "LT", "energy"),
    ],
)
def test_bare_participle_and_passive_organ(text, country, sector):
    assert (country, sector) in _pairs(text)


# Near misses: the doer with a participle of its own, an organ that only investigates, a speaker after the break.
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Sandworm, hit by US sanctions in 2020, attacked Kyivstar.", "US"),
        ("Dutch police hacked into the servers of the Ghost platform, Europol said.", "NL"),
        ("Kenyan police hacked the phones of activists, researchers said.", "KE"),
        ("Sandworm hacked Kyivstar; Ukraine blamed Russia", "RU"),
    ],
)
def test_bare_participle_near_misses(text, country):
    assert country not in {v.country for v in _victims(text)}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Costa Rica's finance ministry crippled by Conti", "Conti"),
        ("The Taiwanese chipmaker was hit hard by LockBit in 2023.", "LockBit"),
    ],
)
def test_bare_participle_doer(text, actor):
    assert actor in {a.name for inc in incidents_of(text) for a in inc.actors}


# "the city of Dallas": a city's own administration, hit (government), placed by the city.
@pytest.mark.parametrize(
    "text",
    [
        "Royal held the city of Dallas to ransom in May 2023.",
        "The city of Dallas was crippled by the Royal gang in May 2023.",
    ],
)
def test_city_of_is_its_administration(text):
    assert ("US", "government") in _pairs(text)


# Near misses: a city where someone works or speaks, or whose utility was hit.
@pytest.mark.parametrize(
    "text",
    [
        "Investigators in the city of Lyon said APT28 hacked the German ministry.",
        "Sandworm hacked the water utility of the city of Lviv in 2022.",
        "Police in the city of Frankfurt said LockBit had encrypted a hospital's servers.",
    ],
)
def test_city_of_not_hit(text):
    assert not any(v.name.startswith("city of") for v in _victims(text))


# Damage said of the doer with its object after a noun of systems, or money taken with "of":
# "crippled the systems of MGM Resorts", "emptied the Ronin bridge of $620 million", "relieved Bybit of $1.5 billion".
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Scattered Spider crippled the systems of MGM Resorts and Caesars Entertainment.", "MGM Resorts"),
        ("Lazarus emptied the Ronin bridge of $620 million in March 2022.", "Ronin bridge"),
        ("The Lazarus group relieved Bybit of $1.5 billion in ether in February 2025.", "Bybit"),
        ("Hackers from Lazarus robbed Bangladesh Bank of $81 million in 2016.", "Bangladesh Bank"),
    ],
)
def test_damage_object_named(text, name):
    assert name in _names(text)


# What failed, or had to be shut, when the group struck: "Kyivstar's network went down after Sandworm struck",
# "The Irish health service was forced to shut down all its IT systems after Conti struck".
@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Kyivstar's network went down after Sandworm struck in December 2023.", "Kyivstar", None),
        ("The Irish health service was forced to shut down all its IT systems after Conti struck.", None, "healthcare"),
    ],
)
def test_outcome_names_the_victim(text, name, sector):
    vs = _victims(text)
    assert (name is None or name in {v.name for v in vs}) and (sector is None or sector in {v.sector for v in vs})


# Near misses: what went down is not the subject's systems; a doer forced to close its own sites.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kyivstar's shares went down after Sandworm struck.", "Kyivstar"),
        ("LockBit was forced to shut down its leak sites after the takedown.", "LockBit"),
    ],
)
def test_outcome_near_misses(text, name):
    assert not any(name in n for n in _names(text))


# A known company that says it was hit: "Cisco said it had been hit by", "detected an intrusion by Midnight Blizzard into its
# corporate email" (the doer named between the noun and the victim's own systems).
@pytest.mark.parametrize(
    "text",
    [
        "Cisco said it had been hit by the Yanluowang gang.",
        "Microsoft said it had detected an intrusion by Midnight Blizzard into its corporate email.",
    ],
)
def test_company_says_it_was_hit(text):
    assert text.split()[0] in _names(text)


# Near misses: a company that only detected the group, or says nothing of its own systems.
@pytest.mark.parametrize(
    "text",
    [
        "Microsoft said it had detected APT29 in other firms' networks.",
        "Microsoft said it had detected an intrusion by Midnight Blizzard in January.",
        "Microsoft said it had been tracking APT29 since 2021.",
    ],
)
def test_company_that_only_detected(text):
    assert "Microsoft" not in _names(text)
