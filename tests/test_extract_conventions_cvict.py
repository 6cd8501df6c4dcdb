"""Annotation conventions of incidents, victims, periods and activity, checked on invented texts (spec-driven)."""

from __future__ import annotations

import pytest

from extract_helpers import incidents_of as _incidents


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


# `period.end` is filled only when the text says when the activity stopped.
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("APT31, which works for China's Ministry of State Security, spied on the Finnish parliament from 2020 to 2021, officials said.", "2020", "2021"),
        ("The campaign by APT28, a GRU unit, began in 2018 and continued until the end of 2020, the BfV said.", "2018", "2020"),
        ("APT28, a GRU unit, targeted the party in 2022; the hackers were expelled from the network in January 2023, officials said.", "2022", "2023-01"),
        ("Sandworm, a GRU unit, attacked the grid in December 2016; the attacks ended in January 2017 when power was restored, officials said.", "2016-12", "2017-01"),
        ("Chinese state hackers working for the MSS breached the ministry in 2019 and stayed in its network until investigators evicted them in August 2021, officials said.", "2019", "2021-08"),
        ("APT29, run by Russia's SVR, targeted the ministry between 2015 and 2017, the government said in 2024.", "2015", "2017"),
    ],
)
def test_extract_conventions_cvict_period_end_when_the_text_says_it_stopped(text, start, end):
    (inc,) = _incidents(text)
    assert (inc.period.start, inc.period.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "APT29, run by Russia's SVR, has been inside the agency's networks since 2019, officials said.",
        "Volt Typhoon, a Chinese state-sponsored group, has compromised US utilities since at least 2021 and remains active, CISA said.",
        "APT40, which works for the MSS, targeted the agency from 2019 until it was detected in 2022, officials said.",
        "APT28, a GRU unit, hacked the party in 2021, the government said in March 2023.",
    ],
)
def test_extract_conventions_cvict_period_stays_open_while_ongoing(text):
    (inc,) = _incidents(text)
    assert inc.period.start and inc.period.end is None


def test_extract_conventions_cvict_intruders_expelled_from_a_network_are_no_expulsion():
    (inc,) = _incidents("APT28, a unit of Russia's GRU, breached the ministry in 2022. Germany said the hackers were expelled from the network in January 2023.")
    assert [r.type for r in inc.responses] == []


# A group that claims an attack is the actor unless the text calls the claim a decoy, whatever name it gives itself.
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A group calling itself Cyber Army of Liberty claimed responsibility for the DDoS attacks on Danish ministries on Monday.", "Cyber Army of Liberty"),
        ("A little-known group that calls itself Justice for the Homeland said it had hacked Albania's border control system.", "Justice for the Homeland"),
        ("An online persona named Voice of Kurdistan posted the stolen files and claimed the breach of the ministry.", "Voice of Kurdistan"),
        ("The hacktivist persona known as Lion of Persia claimed to have defaced the websites of two Israeli newspapers.", "Lion of Persia"),
        ("A persona called Sword of Justice claimed the attack on the steel plant, but Israeli officials said it was a front for Iranian military intelligence.", "Sword of Justice"),
    ],
)
def test_extract_conventions_cvict_a_claiming_persona_is_the_actor(text, actor):
    (inc,) = _incidents(text)
    assert [a.name for a in inc.actors] == [actor]
    assert inc.attributions == [] or all(x.by != actor for x in inc.attributions)


def test_extract_conventions_cvict_a_persona_called_a_decoy_is_not_the_actor():
    text = (
        "A group calling itself the Guardians of Truth claimed the hack of the broadcaster; investigators said the claim "
        "was a false flag planted by APT28, a unit of Russia's GRU."
    )
    (inc,) = _incidents(text)
    assert [a.name for a in inc.actors] == ["APT28"]


# Attempts to change chlorine or other chemical levels count as `sabotage`, and make the incident even when only attempted.
@pytest.mark.parametrize(
    "text",
    [
        "Iranian government hackers attempted to alter chemical levels at water treatment plants in Israel, officials said.",
        "State-sponsored hackers from Iran tried to change the amount of chlorine added to drinking water, Israel's cyber chief said.",
        "Hackers working for Iran's IRGC tried to raise the level of sodium hydroxide in the town's water supply, the FBI said.",
        "Hackers linked to the IRGC sought to increase chlorine levels at a treatment plant, officials said.",
    ],
)
def test_extract_conventions_cvict_chemical_levels_are_sabotage(text):
    (inc,) = _incidents(text)
    assert inc.activity == "sabotage"
    assert [s.state for s in inc.sponsors] == ["IR"]


# The same actor in two separately dated operations gives two incidents, also when the later sentence tells the
# operation by its effect ("a blackout in western Ukraine") rather than by the sector it hit.
@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Sandworm, a unit of Russia's GRU, cut power to parts of Kyiv in December 2016, officials said. "
         "The same group had caused a blackout in western Ukraine in December 2015.", ["2016-12", "2015-12"]),
        ("Sandworm, a GRU unit, wiped computers at Ukrainian banks in 2022, ESET said. "
         "In 2015, the group had left 230,000 people in Ukraine without power.", ["2022", "2015"]),
        ("APT44, a unit of Russia's GRU, took a Georgian TV station off air in October 2019, the UK said. "
         "In 2023 it knocked out power to a city in Ukraine.", ["2019-10", "2023"]),
    ],
)
def test_extract_conventions_cvict_same_actor_two_dated_operations(text, starts):
    incs = _incidents(text)
    assert [i.period.start for i in incs] == starts
    assert len({a.name for i in incs for a in i.actors}) == 1


@pytest.mark.parametrize(
    "text",
    [
        # one operation, its effect told in the next sentence
        "Sandworm, a GRU unit, attacked Ukrainian energy firms in 2016. The attack caused a blackout in Kyiv that lasted an hour.",
        "Sandworm, a GRU unit, caused a blackout in Kyiv in 2016 and kept attacking the grid in 2017, officials said.",
    ],
)
def test_extract_conventions_cvict_one_operation_told_twice_stays_one(text):
    assert len(_incidents(text)) == 1


# Mentions with no fact attached are not incidents: an operation the text only sets beside this one
# ("recalls", "follows", "accusations before, including") lends it no date, no victim and no activity.
@pytest.mark.parametrize(
    ("text", "start", "sectors", "activity"),
    [
        ("Czech officials blamed China's APT31 for hacking the foreign ministry in 2022. Beijing has faced accusations over "
         "cyber espionage before, including the 2015 OPM breach in the US.", "2022", {"government"}, "espionage"),
        ("The Netherlands said APT29, run by the SVR, breached its police in 2024. The attack recalls the 2017 NotPetya "
         "outbreak, which cost companies billions.", "2024", {"government"}, "unknown"),
        ("Britain accused APT31, which works for China's MSS, of hacking the Electoral Commission in 2021. The hack follows "
         "the 2015 breach of the German parliament.", "2021", {"political"}, "unknown"),
        ("Poland said APT28, a unit of Russia's GRU, breached its defence ministry in 2024. The intrusion evokes the 2015 "
         "attack on the Bundestag.", "2024", {"government"}, "unknown"),
    ],
)
def test_extract_conventions_cvict_an_operation_set_beside_lends_nothing(text, start, sectors, activity):
    (inc,) = _incidents(text)
    assert inc.period.start == start
    assert {v.sector for v in inc.victims} == sectors
    assert inc.activity == activity


# Sector mappings: courts -> government, election board -> political, labour union -> civil_society,
# foreign ministry -> government, parliament -> legislature, party -> political (retail -> null).
@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("APT28, a unit of Russia's GRU, hacked the Supreme Court of Brazil, the court said.", "BR", "government"),
        ("Sandworm, a GRU unit, attacked the tribunal in Kyiv, Ukrainian officials said.", "UA", "government"),
        ("APT28, a unit of Russia's GRU, breached the network of Ukraine's judiciary, officials said.", "UA", "government"),
        ("Chinese state hackers working for the MSS breached the state election board in Pennsylvania, the FBI said.", "US", "political"),
        ("APT31, which works for China's MSS, hacked the country's largest trade union, Finnish police said.", "FI", "civil_society"),
        ("APT29, run by the SVR, breached Norway's foreign ministry, Oslo said.", "NO", "government"),
        ("Kimsuky, a North Korean state-backed group, breached the National Assembly of South Korea, police said.", "KR", "legislature"),
        ("APT28, a unit of Russia's GRU, targeted the Social Democratic Party of Germany, Berlin said.", "DE", "political"),
        ("Chinese state hackers working for the MSS breached the ruling party of Japan, officials said.", "JP", "political"),
        ("APT28, a unit of Russia's GRU, hacked the Freedom Party of Austria last year, officials said.", "AT", "political"),
    ],
)
def test_extract_conventions_cvict_sector_mappings(text, country, sector):
    (inc,) = _incidents(text)
    assert (country, sector) in {(v.country, v.sector) for v in inc.victims}


def test_extract_conventions_cvict_retail_has_no_sector():
    (inc,) = _incidents("Iranian state hackers linked to the IRGC breached a supermarket chain in Israel, officials said.")
    assert {(v.country, v.sector) for v in inc.victims} == {("IL", None)}


def test_extract_conventions_cvict_a_party_to_a_conflict_is_no_political_victim():
    (inc,) = _incidents("APT31 used a third-party vendor to breach the foreign ministry of Finland, officials said.")
    assert {v.sector for v in inc.victims} == {"government"}


# `activity` follows the text's own description: money taken is `financial`, people's records taken or read `espionage`.
@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("The Chinese group APT41 stole millions of dollars in pandemic relief funds, the Secret Service said.", "financial"),
        ("Lazarus Group, which works for North Korea's RGB, stole hundreds of millions of dollars from crypto exchanges, the FBI said.", "financial"),
        ("APT38, a North Korean state-backed group, stole tens of millions of euros from banks in Europe, Europol said.", "financial"),
        ("Hackers working for China's MSS broke into a hotel chain's reservation database and took the passport details of millions of guests, US officials said.", "espionage"),
        ("North Korea's Lazarus Group hacked a South Korean hospital and accessed the medical data of 800,000 patients, police said.", "espionage"),
    ],
)
def test_extract_conventions_cvict_activity_of_what_was_taken(text, activity):
    (inc,) = _incidents(text)
    assert inc.activity == activity


# Hack-and-leak is `influence`: what was taken, handed to the press or put out in public.
@pytest.mark.parametrize(
    "text",
    [
        "Hackers working for Iran's IRGC broke into the campaign's email and sent the stolen documents to journalists, the FBI said.",
        "Russian military intelligence hackers hacked the anti-doping agency and posted athletes' medical records online, WADA said.",
        "Hackers linked to Russia's FSB stole the trade minister's emails and released them through a website, the UK said.",
        "Iranian state hackers working for the IRGC hacked a dating site and dumped its user database on Telegram, Israeli officials said.",
    ],
)
def test_extract_conventions_cvict_hack_and_leak_is_influence(text):
    (inc,) = _incidents(text)
    assert inc.activity == "influence"


def test_extract_conventions_cvict_ransom_leak_stays_financial():
    text = "LockBit, a ransomware gang, encrypted the hospital's servers, demanded a ransom and posted the stolen data online after it refused to pay."
    (inc,) = _incidents(text)
    assert inc.activity == "financial"


# A victim's country may come from clear context ("145 million Americans", "French investigators", a dateline);
# with no cue it is null.
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Chinese state hackers breached the credit agency and stole the data of 145 million Americans, officials said.", "US"),
        ("North Korean state hackers hacked the insurer and stole the personal information of 2.3 million South Koreans, police said.", "KR"),
        ("APT41, which works for the Chinese state, broke into a telecom operator and took the call records of millions of Thai citizens, Mandiant said.", "TH"),
        ("French investigators said APT28, a unit of Russia's GRU, had breached the broadcaster's systems.", "FR"),
        ("PARIS (Reuters) - Hackers working for Russia's GRU breached the networks of a major television network, investigators said on Monday.", "FR"),
    ],
)
def test_extract_conventions_cvict_victim_country_from_clear_context(text, country):
    (inc,) = _incidents(text)
    assert {v.country for v in inc.victims if v.sector} == {country}


@pytest.mark.parametrize(
    "text",
    [
        "Chinese state hackers breached the credit agency and stole the data of millions of people, officials said.",
        "Chinese state hackers breached a credit agency and stole the data of 3 million Chinese, officials said.",
    ],
)
def test_extract_conventions_cvict_victim_country_stays_null_without_a_cue(text):
    (inc,) = _incidents(text)
    assert {v.country for v in inc.victims if v.sector} == {None}


# DDoS and website defacement are `disruption`, however the text words the flood or the defacement; what was
# flooded or defaced is the victim.
@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("NoName057(16), a pro-Russian hacktivist group, overwhelmed the websites of Italian ministries with traffic on Tuesday.", ("IT", "government")),
        ("Killnet, a pro-Russian group, bombarded the portals of several US airports with requests, making them inaccessible.", ("US", "transport")),
        ("Anonymous Sudan swamped Swedish government servers with bogus traffic, the Swedish agency said.", ("SE", "government")),
        ("Iranian state hackers replaced the homepage of an Israeli newspaper with a picture of a burning flag, officials said.", ("IL", "media")),
        ("Chinese state hackers altered the front page of the Taiwanese presidential office's website, officials said.", ("TW", "government")),
        ("Hackers working for Russia's GRU vandalised 15,000 Georgian websites in October 2019, the UK said.", ("GE", None)),
    ],
)
def test_extract_conventions_cvict_floods_and_defacements_are_disruption(text, victim):
    (inc,) = _incidents(text)
    assert inc.activity == "disruption"
    assert victim in {(v.country, v.sector) for v in inc.victims}


# `sabotage` is destructive: wipers, physical effects, systems left unusable.
@pytest.mark.parametrize(
    "text",
    [
        "Sandworm, a GRU unit, deployed malware that rendered thousands of Ukrainian government computers unusable, Microsoft said.",
        "APT28, a GRU unit, left the ministry's servers inoperable, officials said.",
        "Sandworm, a unit of Russia's GRU, caused an explosion at a steel plant in Ukraine, officials said.",
        "Hackers working for Iran's IRGC triggered a fire at a steel plant, officials said.",
        "Iranian state hackers erased the hard drives of 30,000 computers at the oil company, officials said.",
    ],
)
def test_extract_conventions_cvict_destruction_is_sabotage(text):
    (inc,) = _incidents(text)
    assert inc.activity == "sabotage"


def test_extract_conventions_cvict_a_figurative_fire_is_no_sabotage():
    (inc,) = _incidents("Critics said the sanctions caused a fire of protest at the ministry, after APT28, a GRU unit, hacked it.")
    assert inc.activity != "sabotage"


# Victims need their operation: a hit the text explicitly leaves unattributed is attached to no incident, and lends
# it no activity.
@pytest.mark.parametrize(
    ("text", "sectors", "activity"),
    [
        ("Microsoft said Linen Typhoon, a Chinese state group, exploited the flaw at a software maker. The nuclear agency was "
         "also breached, but no group has been named for that intrusion.", {"technology"}, None),
        ("Poland said Russian GRU hackers broke into its news agency PAP in May 2024. The agency was also hit by a DDoS attack "
         "in 2023, though no one was blamed.", {"media"}, "unknown"),
        ("APT29, run by Russia's SVR, breached the foreign ministry in 2023, officials said. A separate attack on the energy "
         "ministry's website, which went offline for a day, has not been attributed.", {"government"}, "unknown"),
        ("Sandworm, a GRU unit, hacked the water utility, officials said. Officials have not said who was behind a wiper attack "
         "on a hospital the same week.", {"water"}, "unknown"),
    ],
)
def test_extract_conventions_cvict_unattributed_hits_belong_to_no_incident(text, sectors, activity):
    (inc,) = _incidents(text)
    assert {v.sector for v in inc.victims} <= sectors and "healthcare" not in {v.sector for v in inc.victims}
    assert {v.sector for v in inc.victims} != {"energy"}
    if activity:
        assert inc.activity == activity


def test_extract_conventions_cvict_an_attack_blamed_by_others_stays_attached():
    text = (
        "APT29, run by Russia's SVR, breached the foreign ministry in 2023. A second attack on the energy ministry has not "
        "been attributed by the government, though officials privately blamed Russia."
    )
    sectors = {v.sector for inc in _incidents(text) for v in inc.victims}
    assert "government" in sectors


# Two thefts by one actor, each dated to its own year, are two incidents even when the later one names its
# victim only by its name ("stole $620 million from the Ronin bridge").
@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Lazarus Group, which works for North Korea's RGB, stole $81 million from Bangladesh's central bank in 2016. "
         "In 2022, the group stole $620 million from the Ronin bridge, the FBI said.", ["2016", "2022"]),
        ("APT38, a North Korean state-backed group, stole $60 million from a Taiwanese bank in 2017, officials said. "
         "The group also stole $100 million from Harmony in 2022.", ["2017", "2022"]),
    ],
)
def test_extract_conventions_cvict_same_actor_two_dated_thefts(text, starts):
    assert [i.period.start for i in _incidents(text)] == starts


def test_extract_conventions_cvict_one_theft_told_twice_stays_one():
    text = ("Lazarus Group, which works for North Korea's RGB, stole $81 million from Bangladesh's central bank in 2016. "
            "The group stole the $81 million from Bangladesh Bank through fraudulent SWIFT messages, the FBI said.")
    assert len(_incidents(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Over the past two years, Kimsuky, a North Korean state group, has phished South Korean diplomats, police said.",
        "APT29, run by Russia's SVR, spear-phished diplomats at three embassies in Kyiv, officials said.",
    ],
)
def test_extract_conventions_cvict_phished_weighs_like_phishing(text):
    (inc,) = _incidents(text)
    assert inc.activity == "espionage"


# A named group beats a persona: when the text calls the claiming persona a cover, smokescreen or front for a group,
# that group is the one actor.
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A group calling itself Cyber Army of Liberty claimed the attack on the broadcaster, but investigators said it was a "
         "cover for APT28, a unit of Russia's GRU.", "APT28"),
        ("The attack was claimed by a persona called Blue Lotus, which Mandiant said was a smokescreen used by APT41, a Chinese "
         "state group.", "APT41"),
        ("A group calling itself the Guardians of Truth claimed the hack of the broadcaster; investigators said the claim was a "
         "false flag planted by APT28, a unit of Russia's GRU.", "APT28"),
        ("APT33, which works for Iran's IRGC, posed as a group called Lion Cubs to claim the attack on the port, officials said.", "APT33"),
    ],
)
def test_extract_conventions_cvict_the_group_behind_a_decoy_is_the_actor(text, actor):
    (inc,) = _incidents(text)
    assert [a.name for a in inc.actors] == [actor]


# Mentions with no fact attached are not incidents, and lend the incident nothing: a group named only as the one
# whose tools are compared, or as a related group with its own past deed told in a clause.
def test_extract_conventions_cvict_a_group_whose_tools_are_compared_is_not_the_actor():
    text = "Poland blamed Russia's GRU for a breach of its defence ministry in March. Experts compared the malware to tools used by Sandworm."
    (inc,) = _incidents(text)
    assert inc.actors == [] and [s.agency for s in inc.sponsors] == ["GRU"]


def test_extract_conventions_cvict_a_related_groups_deed_lends_no_date_or_victim():
    text = (
        "Japan blamed MirrorFace, a Chinese state group, for hacking its space agency. MirrorFace is thought to be part of "
        "APT10, a group that hacked cloud providers around the world in 2018."
    )
    (inc,) = _incidents(text)
    assert [a.name for a in inc.actors] == ["MirrorFace"]
    assert inc.period.start is None
    assert {v.sector for v in inc.victims} == {"aerospace"}


@pytest.mark.parametrize(
    "text",
    [
        "APT28, a group that hacked the German parliament in 2015, breached the ministry, officials said.",
        "APT31, also known as Zirconium, a group that hacked the Finnish parliament in 2020, was blamed by Helsinki.",
    ],
)
def test_extract_conventions_cvict_the_actors_own_deed_in_a_clause_stays(text):
    (inc,) = _incidents(text)
    assert "legislature" in {v.sector for v in inc.victims}


# Victims are the organisations breached: a state named as the one that blames ("was blamed by Helsinki") is not hit.
@pytest.mark.parametrize(
    "text",
    [
        "APT31, also known as Zirconium, a group that hacked the Finnish parliament in 2020, was blamed by Helsinki.",
        "APT28, a GRU unit, hacked the ministry and was publicly named by Estonia on Thursday.",
        "The breach of the ministry, claimed by no one, was attributed by Denmark to APT29, an SVR group.",
    ],
)
def test_extract_conventions_cvict_the_accuser_is_not_a_victim(text):
    names = {v.name for inc in _incidents(text) for v in inc.victims}
    assert not names & {"Helsinki", "Estonia", "Denmark"}
