"""Annotation conventions on sponsors and agencies, checked on invented texts.

Each test holds one convention of ``shared/corpus/README.md`` or the corpora's
READMEs for a family of phrasings: the positive cases and their near misses.
"""

from __future__ import annotations

import pytest

from aptrace.extract import analyze_text


def _facts(text: str) -> list[tuple[list[str], list[tuple[str, str | None]]]]:
    """Each incident's actors and sponsors (state, agency)."""
    report = analyze_text(text, published="2024-05-01")
    return [([a.name for a in i.actors], [(s.state, s.agency) for s in i.sponsors]) for i in report.incidents]


def _sponsors_of(text: str, actor: str) -> list[tuple[str, str | None]]:
    return next(s for a, s in _facts(text) if actor in a)


@pytest.mark.parametrize(
    "text",
    [
        "Mandiant said UNC4999, a Russian cyber-espionage group, targeted Polish energy firms last year.",
        "Secureworks said Bronze Mohawk, a Chinese group, had broken into the utility's network in Texas.",
        "Google said the attacks on the ministry were the work of APT99, a North Korean hacking crew.",
        "ESET researchers said that the Iranian group OilAlpha had spied on humanitarian groups in Yemen.",
        "Microsoft said the Chinese espionage group Storm-0999 broke into the Dutch foreign ministry.",
        "Microsoft said a Chinese group called Storm-0999 broke into the Dutch foreign ministry.",
        "Mandiant said UNC4999 is a Russian espionage group that targeted Polish energy firms last year.",
        "Mandiant described UNC4999 as a Chinese hacking group and said it targeted Philippine ministries.",
        "Microsoft said the Russian group APT28 hacked the email of German lawmakers.",
        "Microsoft said the North Korean Lazarus Group stole $100 million from the exchange.",
        "Microsoft said the Russian APT28 hacked the email of German lawmakers.",
        # (the state accused of something else in the same article)
        "Poland blamed Russia for attacks on its railways last month. Separately, Mandiant said UNC4999, "
        "a Russian cyber-espionage group, targeted Polish energy firms last year.",
    ],
)
def test_extract_conventions_cspons_a_named_groups_nationality_is_no_sponsor(text):
    actor = next(a for a, _ in _facts(text) if a)[0]
    assert _sponsors_of(text, actor) == []


@pytest.mark.parametrize(
    "text, state",
    [
        ("Mandiant said UNC4999, a Russian state-backed group, targeted Polish energy firms last year.", "RU"),
        ("Google said the attacks on the ministry were the work of APT99, a North Korean government hacking team.", "KP"),
        ("The Russian military hacking group Sandworm was behind the blackout in Kyiv, Ukrainian officials said.", "RU"),
        ("Microsoft said Storm-0999, a Chinese state-sponsored group, broke into the Dutch foreign ministry.", "CN"),
        ("Microsoft said Storm-0999, a hacking group linked to the Iranian government, broke into the Dutch foreign ministry.", "IR"),
        ("Microsoft said Russia's APT28 hacked the email of German lawmakers.", "RU"),
    ],
)
def test_extract_conventions_cspons_a_groups_state_tie_is_a_sponsor(text, state):
    actor = next(a for a, _ in _facts(text) if a)[0]
    assert _sponsors_of(text, actor) == [(state, None)]


@pytest.mark.parametrize(
    "text, state",
    [
        ("Mandiant said UNC4999 is a state-sponsored group operating out of Russia that targeted Polish energy firms last year.", "RU"),
        ("Microsoft said HAFNIUM, a state-sponsored actor operating out of China, exploited flaws in Exchange servers.", "CN"),
        ("CrowdStrike said APT99 is a state-backed group operating from North Korea and stole $40 million from the exchange.", "KP"),
        ("Microsoft said APT99, a nation-state actor operating from Iran, stole data from Israeli defence firms.", "IR"),
        ("Microsoft said APT99, a nation-state group based in Iran, stole data from Israeli defence firms.", "IR"),
        ("Microsoft said Storm-0999, a state-sponsored group based in Iran, broke into Israeli water utilities.", "IR"),
    ],
)
def test_extract_conventions_cspons_a_state_tie_then_where_from_is_a_sponsor(text, state):
    """Own README 1: "state-sponsored ... operating out of / based in China" names the sponsor."""
    actor = next(a for a, _ in _facts(text) if a)[0]
    assert _sponsors_of(text, actor) == [(state, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft said APT99, a nation-state group, stole data from defence firms based in Israel.",
        "Microsoft said Storm-0999, a state-sponsored group, has been operating in Ukraine since 2022.",
        "Microsoft said a China-based hacking group it tracks as Storm-0999 broke into email accounts at the Dutch foreign ministry.",
    ],
)
def test_extract_conventions_cspons_where_a_state_group_works_is_no_sponsor(text):
    actor = next(a for a, _ in _facts(text) if a)[0]
    assert _sponsors_of(text, actor) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Czech cyber agency said the traffic in the attack on the railway operator came from Russia, but it named no group.",
        "Lithuanian officials said the DDoS attacks on government websites were most likely coming from Russia.",
        "The attack on the Danish utility originated from Russian IP addresses, the national CERT said.",
        "Poland's digital minister said the cyberattack on the news agency came from Russia.",
        "Investigators said the malicious traffic was routed through servers in Iran.",
    ],
)
def test_extract_conventions_cspons_where_an_attack_came_from_is_no_sponsor(text):
    """Shared README: "traffic came from Russia" is location; fresh README 2: "attacks coming from Russia"."""
    assert [s for _, s in _facts(text) if s] == []


@pytest.mark.parametrize(
    "text, state",
    [
        ("Norway said the attack on the parliament was carried out from China and summoned the Chinese ambassador.", "CN"),
        ("The EU said the malicious cyber activity against its member states was undertaken from the territory of China.", "CN"),
        ("The foreign ministry said the hack of its email system came from the territory of Russia.", "RU"),
        ("Officials said the attacks on the ministry were launched from China.", "CN"),
    ],
)
def test_extract_conventions_cspons_an_operation_carried_out_from_a_state_is_its(text, state):
    assert [s for _, s in _facts(text)] == [[(state, None)]]


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Pro-Russian hacktivists calling themselves NoName057(16) claimed the DDoS attacks on Danish bank websites on Tuesday.", "NoName057(16)"),
        ("Pro-Palestinian hacktivists known as Anonymous Sudan said they had knocked the airport websites offline.", "Anonymous Sudan"),
        ("The pro-Russian hacker group NoName057(16) claimed responsibility for the outages on the websites of Czech banks.", "NoName057(16)"),
        ("Pro-Iranian hackers calling themselves Cyber Av3ngers claimed the attack on the water utility in Pennsylvania.", "Cyber Av3ngers"),
        ("Microsoft said a Farsi-speaking group, APT99, targeted Israeli hospitals.", "APT99"),
        ("Officials said the pro-Kremlin group NoName057(16) disrupted the websites of Czech banks.", "NoName057(16)"),
        ("Mandiant said APT99, an Iran-aligned group, defaced Israeli websites.", "APT99"),
    ],
)
def test_extract_conventions_cspons_a_stance_is_neither_a_name_nor_a_sponsor(text, actor):
    """Shared README: "pro-Russian" is no sponsor; nor is the stance the group's name."""
    assert _facts(text) == [([actor], [])]


def _confidence(text: str) -> list[tuple[str, str | None]]:
    report = analyze_text(text, published="2024-05-01")
    return [(a.by, a.confidence) for i in report.incidents for a in i.attributions]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Microsoft said Storm-0999 may be tied to the FSB and broke into the ministry's email last year.", [("Microsoft", None)]),
        ("CrowdStrike said Cozy Bear, which it believes may be linked to the FSB, breached the DNC network.", [("CrowdStrike", None)]),
        ("Mandiant said APT99, possibly linked to China's Ministry of State Security, hacked the telecom operator in Kenya.", [("Mandiant", None)]),
        ("Microsoft said Storm-0999, which it suspects has links to the FSB, phished diplomats.", [("Microsoft", None)]),
        # (with no group named, the hedged tie is the attribution itself)
        ("Germany said hackers suspected of links to the GRU broke into the SPD's email.", [("DE", "low")]),
        ("Germany said hackers who may be tied to the GRU broke into the SPD's email.", [("DE", "low")]),
        # (a hedge on the attribution itself, or on the tie to a state, stays)
        ("Microsoft said Storm-0999 may have broken into the ministry's email last year.", [("Microsoft", "low")]),
        ("Japan's police said MirrorFace, a group likely linked to China, hacked the foreign ministry.", [("JP", "medium")]),
        ("Microsoft said Storm-0999 likely broke into the ministry's email and may be tied to the FSB.", [("Microsoft", "medium")]),
    ],
)
def test_extract_conventions_cspons_a_hedge_on_the_agency_link_only_leaves_the_confidence(text, expected):
    """Shared README: "may be tied to the FSB" leaves the attribution's confidence as it is."""
    assert _confidence(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The attackers planted code associated with North Korean hackers as a false flag, but Britain said the GRU carried out the attack.",
         [([], [("RU", "GRU")])]),
        ("The hackers posed as Chinese operatives, officials said, but the NCSC attributed the intrusion to APT29.", [(["APT29"], [])]),
        ("The hackers masqueraded as Iranian hackers, but Microsoft attributed the intrusion to Storm-0999.", [(["Storm-0999"], [])]),
        ("The intruders pretended to be Russian hacktivists, but Mandiant attributed the attack to APT99.", [(["APT99"], [])]),
        # (what the doers posed as is not what they are said to be)
        ("Mandiant said the hackers, who posed as recruiters, were Iranian state hackers.", [([], [("IR", None)])]),
    ],
)
def test_extract_conventions_cspons_a_false_flags_state_is_no_sponsor(text, expected):
    """Shared README and own-21/own-22: a false flag pointing at a state does not make it the sponsor."""
    assert _facts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The FBI said the Guardians of Peace hacked Sony Pictures. The Treasury later sanctioned North Korea's Reconnaissance General Bureau, "
         "though officials did not say it ran the Sony hack.", [(["Guardians of Peace"], [])]),
        ("The FBI said the Lazarus Group stole $81 million from the Bangladesh central bank. Separately, Washington has sanctioned "
         "the Reconnaissance General Bureau for weapons programmes.", [(["Lazarus Group"], [])]),
        ("The FBI said APT99 hacked the water utility in Texas. The Treasury has sanctioned the IRGC over its support for militias in Iraq.",
         [(["APT99"], [])]),
        ("The FBI said the Guardians of Peace hacked Sony Pictures. The sanctions on the Reconnaissance General Bureau were not necessarily "
         "a response to the Sony hack, officials said.", [(["Guardians of Peace"], [])]),
        # (a response over the operation names the agency that did it)
        ("The FBI said APT99 hacked the water utility in Texas. The Treasury sanctioned six IRGC officials over the attack.", [(["APT99"], [("IR", "IRGC")])]),
        ("The EU sanctioned the GRU's Unit 26165 over the 2015 Bundestag hack, which German prosecutors blamed on APT28.", [(["APT28"], [("RU", "GRU")])]),
    ],
)
def test_extract_conventions_cspons_a_sanctioned_agency_not_said_to_have_done_it_is_no_sponsor(text, expected):
    """Own README 9: an agency sanctioned for something else, or not said to have run the operation, leaves the agency null."""
    assert _facts(text) == expected


@pytest.mark.parametrize(
    "text, sponsor",
    [
        ("Britain said Russia's domestic security service hacked the email of British politicians.", ("RU", "FSB")),
        ("Britain said hackers working for Russia's domestic intelligence agency stole documents from the ministry.", ("RU", "FSB")),
        ("Australia said China's main civilian spy agency hacked the parliament network.", ("CN", "MSS")),
        ("The US said China's civilian intelligence service ran the campaign against the Treasury.", ("CN", "MSS")),
        ("Britain said Russia's foreign intelligence service hacked the software company SolarWinds.", ("RU", "SVR")),
        ("Officials in Seoul said North Korea's military intelligence agency stole data from the shipbuilder.", ("KP", "RGB")),
        # (a service that only says the state's name gives no agency; nor does "the military": own-19)
        ("Ukraine's SBU said Russian special services were behind the attack on the power grid.", ("RU", None)),
        ("The UK said Russian military hackers targeted the chemical weapons watchdog.", ("RU", None)),
    ],
)
def test_extract_conventions_cspons_a_service_described_by_its_role_is_its_agency(text, sponsor):
    """Spec: the agency is the usual short name of the state organ held responsible, however the text describes it."""
    assert _facts(text) == [([], [sponsor])]


@pytest.mark.parametrize(
    "text",
    [
        "Germany's domestic intelligence service said APT28 hacked the SPD.",
        "The Dutch domestic intelligence agency AIVD said Cozy Bear broke into the ministry.",
    ],
)
def test_extract_conventions_cspons_a_service_that_speaks_is_not_the_sponsor(text):
    assert [s for _, s in _facts(text)] == [[]]


@pytest.mark.parametrize(
    "text, state",
    [
        ("The Finnish police said the breach was the work of APT31, which is run by the Chinese state.", "CN"),
        ("The Finnish police said the breach was the work of APT31, a group run by Beijing.", "CN"),
        ("Mandiant said APT99 is run by the North Korean regime and stole $30 million.", "KP"),
        ("The Finnish police said the breach was the work of APT31, which cybersecurity experts say is run by China.", "CN"),
    ],
)
def test_extract_conventions_cspons_a_group_run_by_a_state_is_its(text, state):
    """Shared README: a sponsor needs the text to tie the group to a state ("run by" as "on behalf of")."""
    assert [s for a, s in _facts(text) if a] == [[(state, None)]]


@pytest.mark.parametrize(
    "text",
    [
        "Hackers broke into a newspaper run by the Chinese government, Microsoft said.",
        "The group stole data from a bank run by the Iranian state, Check Point said.",
        "APT99 attacked websites operated by the Russian government, the firm said.",
    ],
)
def test_extract_conventions_cspons_a_victim_run_by_a_state_is_no_sponsor(text):
    assert [s for _, s in _facts(text) if s] == []


def _attributions(text: str) -> list[tuple[str, str | None, str | None]]:
    report = analyze_text(text, published="2024-05-01")
    return [(a.by, a.actor, a.state) for i in report.incidents for a in i.attributions]


@pytest.mark.parametrize(
    "text, sponsor, attribution",
    [
        ("Norway's PST said the hack was carried out by APT28, a group that Western intelligence services have linked to the GRU.",
         ("RU", "GRU"), ("NO", "APT28", None)),
        ("Czech counter-intelligence said APT31 was behind the attack; the group is commonly associated with China's Ministry of State Security.",
         ("CN", "MSS"), ("CZ", "APT31", None)),
        ("According to the Danish defence ministry, the intrusion was carried out by Turla, a group widely believed to work for the FSB.",
         ("RU", "FSB"), ("DK", "Turla", None)),
        ("Britain's NCSC said APT99 was almost certainly behind the attack. APT99 is widely known as a unit of the GRU.",
         ("RU", "GRU"), ("GB", "APT99", None)),
        ("The Polish government blamed APT29, which analysts describe as an arm of Russia's SVR, for the breach.",
         ("RU", "SVR"), ("PL", "APT29", None)),
        ("Private security firms say APT28 works for Moscow; Norway's police said the group hacked the parliament.",
         ("RU", None), ("NO", "APT28", None)),
        # (the attributor's own tie)
        ("Poland's cyber minister said APT29, an arm of Russia's SVR, breached the ministry.", ("RU", "SVR"), ("PL", "APT29", "RU")),
        ("The Belgian government said APT15, a group it has linked to the Chinese state, broke into the interior ministry.",
         ("CN", None), ("BE", "APT15", "CN")),
    ],
)
def test_extract_conventions_cspons_a_tie_credited_to_others_fills_only_the_sponsor(text, sponsor, attribution):
    """Shared README: "private security firms say APT28 works for Moscow" fills sponsors, not the attributor's state."""
    assert [s for a, s in _facts(text) if a] == [[sponsor]]
    assert _attributions(text) == [attribution]


@pytest.mark.parametrize(
    "text, attribution",
    [
        ("Mandiant said UNC4999 is a Russian espionage group that targeted Polish energy firms last year.", ("Mandiant", "UNC4999", None)),
        ("Mandiant said UNC4999 is a Russian state-sponsored group that targeted Polish energy firms last year.", ("Mandiant", "UNC4999", "RU")),
        ("Microsoft said Storm-0999 is a Chinese state actor that broke into the Dutch foreign ministry.", ("Microsoft", "Storm-0999", "CN")),
    ],
)
def test_extract_conventions_cspons_what_a_group_is_then_what_it_did_is_the_speakers_attribution(text, attribution):
    """Probes README 3: a vendor naming the group of an operation attributes it, whatever it says of the group's nationality."""
    assert _attributions(text) == [attribution]


@pytest.mark.parametrize(
    "text, state",
    [
        ("Mandiant described UNC4999 as a Russian government-backed group and said it targeted Polish ministries.", "RU"),
        ("Mandiant described UNC4999 as a Russian state-sponsored group and said it targeted Polish ministries.", "RU"),
        ("Microsoft called Storm-0999 a Chinese state actor and said it broke into the Dutch foreign ministry.", "CN"),
    ],
)
def test_extract_conventions_cspons_a_state_tied_group_then_and_said_is_no_speaking_state(text, state):
    """Shared README: "state-sponsored" ties the group to the state; the "and said" after it is the vendor's."""
    assert [s for a, s in _facts(text) if a] == [[(state, None)]]


@pytest.mark.parametrize(
    "text",
    [
        "Britain said Russia's GRU hacked the ministry. Russia's foreign ministry and its embassy said the accusations were baseless.",
        "Britain said Russia's GRU hacked the ministry. Russian diplomats and officials said the accusations were baseless.",
    ],
)
def test_extract_conventions_cspons_states_listed_before_said_still_speak(text):
    report = analyze_text(text, published="2024-05-01")
    assert "RU" in {d.by for i in report.incidents for d in i.denials}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The attacks came from computers in Russian state institutions, Estonian prosecutors said, naming the group APT99.", [(["APT99"], [("RU", None)])]),
        ("Estonian officials said the attacks were traced to IP addresses belonging to the Russian government.", [([], [("RU", None)])]),
        ("The hackers used servers belonging to Chinese government agencies, the Philippine police said.", [([], [("CN", None)])]),
        # (machines in the state, or the state's machines that were hit, are no tie)
        ("Estonian officials said the attacks came from servers in Russia.", []),
        ("Estonian officials said the attacks came from computers in Russian homes and offices.", []),
        ("APT99 infected computers in Russian government agencies, Kaspersky said.", [(["APT99"], [])]),
    ],
)
def test_extract_conventions_cspons_attacks_from_a_states_own_machines_are_its(text, expected):
    """Fresh README 2: "computers in Russian state institutions" gives the sponsor; "attacks coming from Russia" does not."""
    assert _facts(text) == expected


@pytest.mark.parametrize(
    "text, attribution",
    [
        ("Dutch Prime Minister Mark Rutte said the hackers may have been working for a foreign state, possibly Russia.", ("NL", None, "RU")),
        ("Estonia's foreign ministry said the attack was carried out by a state actor, most likely China.", ("EE", None, "CN")),
        ("Estonia's foreign ministry said the intrusion was the work of a hostile foreign power, believed to be Iran.", ("EE", None, "IR")),
    ],
)
def test_extract_conventions_cspons_a_foreign_state_then_named_with_a_hedge_is_the_sponsor(text, attribution):
    """Shared README: a sponsor needs a tie to a state; the state a hedge names after "a foreign state" is tied (confidence from the hedge)."""
    assert _facts(text) == [([], [(attribution[2], None)])]
    assert _attributions(text) == [attribution]


@pytest.mark.parametrize(
    "text",
    [
        "Experts said the attack was probably the work of a foreign state, such as Russia or China.",
        "The ministry said the attack came from a foreign country, possibly Russia.",
        "Australia's prime minister said a sophisticated state actor hacked the parliament, but declined to name the country.",
    ],
)
def test_extract_conventions_cspons_a_foreign_state_unnamed_or_given_as_an_example_is_no_sponsor(text):
    assert _facts(text) == []


@pytest.mark.parametrize(
    "text, sponsor",
    [
        ("Prosecutors said officers of military unit 26165 hacked the anti-doping agency.", ("RU", "GRU")),
        ("The indictment names officers of GRU unit 74455 who attacked the Olympic games in Pyeongchang.", ("RU", "GRU")),
        ("Britain said Russia's GRU Unit 29155 targeted the Estonian government's networks.", ("RU", "GRU")),
        ("The US charged five officers of PLA Unit 61398 with hacking American nuclear power firms.", ("CN", "PLA")),
        ("The Netherlands said unit 54777 of the GRU ran the disinformation campaign.", ("RU", "GRU")),
    ],
)
def test_extract_conventions_cspons_a_numbered_unit_is_its_agency_in_any_case(text, sponsor):
    """Spec 2: units stay units of their agency, and a text that names only a unit has no actor."""
    assert _facts(text) == [([], [sponsor])]


@pytest.mark.parametrize(
    "text",
    [
        "Norway's police said APT28, which according to security researchers works for the GRU, hacked the parliament.",
        "Norway's police said the hack of the parliament was carried out by APT28, a group that Mandiant says works for the GRU.",
        "Norway's police said the hack of the parliament was carried out by APT28, which reportedly works for the GRU.",
        "Norway's police said the hack of the parliament was carried out by APT28, a group that has been tied to the GRU by private researchers.",
        "Norway's police said APT28 hacked the parliament. According to cybersecurity firms, the group works for the GRU.",
    ],
)
def test_extract_conventions_cspons_a_tie_credited_to_reports_or_firms_is_not_the_speakers(text):
    """Shared README: a tie credited to someone else ("according to security researchers", "reportedly") fills sponsors only."""
    assert [s for a, s in _facts(text) if a] == [[("RU", "GRU")]]
    assert ("NO", "APT28", None) in _attributions(text)
    assert ("NO", "APT28", "RU") not in _attributions(text)


@pytest.mark.parametrize(
    "text, attribution",
    [
        ("Norway's police said the parliament was hacked by APT28.", ("NO", "APT28", None)),
        ("Microsoft said the ministry's email had been breached by Storm-0999 in May.", ("Microsoft", "Storm-0999", None)),
        ("The FBI said the pipeline was attacked by the DarkSide gang.", ("US", "DarkSide", None)),
    ],
)
def test_extract_conventions_cspons_a_passive_names_the_doer_for_its_speaker(text, attribution):
    """Shared README: a state's police or a company that names the group behind the operation attributes it."""
    assert _attributions(text) == [attribution]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lithuania's defence ministry said the DDoS attacks came from Russia, but it did not summon anyone.", []),
        ("Estonia's cyber agency said the attacks were coming from Russia.", []),
        ("Officials said the intrusions originated in China.", []),
        # (with the envoy of that state summoned over it, or its territory named, the origin is the state's)
        ("Norway's foreign ministry said the attack on the parliament originated in China and summoned the Chinese ambassador.", [([], [("CN", None)])]),
        ("Norway said the cyberattack on the parliament came from Chinese territory; the Chinese ambassador was summoned.", [([], [("CN", None)])]),
        ("Norway's foreign ministry said the attack on the parliament came from China. It summoned the Chinese ambassador.", [([], [("CN", None)])]),
    ],
)
def test_extract_conventions_cspons_an_attacks_origin_is_the_states_only_with_its_envoy_summoned(text, expected):
    """Shared README: "traffic came from Russia" is no sponsor; "carried out from China" while summoning that country's envoy is."""
    assert _facts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Microsoft said Storm-0999 broke into the ministry's email. The company assesses with moderate confidence that the group is based in China.",
         [("Microsoft", None)]),
        ("Microsoft said Storm-0999 broke into the ministry's email. The company assesses with moderate confidence that the group is a China-based actor.",
         [("Microsoft", None)]),
        # (a hedge on the attribution itself stays)
        ("Microsoft assesses with moderate confidence that Storm-0999, a China-based group, broke into the ministry's email.", [("Microsoft", "medium")]),
        ("Microsoft said Storm-0999 broke into the ministry's email. The company said it had high confidence in its assessment.", [("Microsoft", "high")]),
    ],
)
def test_extract_conventions_cspons_a_hedge_on_where_a_group_is_leaves_the_confidence(text, expected):
    """Fresh README 2 and own-35: "China-based" with moderate confidence gives no sponsor, and hedges the location, not the attribution."""
    assert _facts(text) == [(["Storm-0999"], [])]
    assert _confidence(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mandiant said APT99 targeted employees of the Russian FSB with phishing emails.", [(["APT99"], [])]),
        ("Check Point said APT99 broke into servers of Iran's Revolutionary Guards and leaked documents.", [(["APT99"], [])]),
        # (the organ that does the hitting is the sponsor)
        ("Mandiant said APT99, which works for the FSB, targeted Ukrainian officials.", [(["APT99"], [("RU", "FSB")])]),
        ("Germany said the intrusion targeting the SPD was carried out by the GRU.", [([], [("RU", "GRU")])]),
    ],
)
def test_extract_conventions_cspons_an_organ_that_was_hit_is_no_sponsor(text, expected):
    """Spec: the agency is the state organ held responsible, not one whose staff or servers were the target."""
    assert _facts(text) == expected
