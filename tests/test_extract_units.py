"""Extraction units: aliases, metonyms, relative dates, offsets on awkward text."""

from __future__ import annotations

import datetime as dt

import pytest

from aptrace.extract import analyze_text
from aptrace.extract.dates import find_dates
from aptrace.extract.doc import Doc
from aptrace.extract.mentions import find_mentions
from aptrace.extract.sentences import split_sentences
from aptrace.report import InputDocument


def _doc(text: str, published: str | None = "2025-05-28") -> Doc:
    doc = Doc.from_input(InputDocument(id="t", text=text, published=published))
    split_sentences(doc)
    find_mentions(doc)
    find_dates(doc)
    return doc


def _actors(doc: Doc) -> list[tuple[str, str | None]]:
    return [(m.surface, m.value[1][0].name if len(m.value[1]) == 1 else None) for m in doc.mentions if m.kind == "actor"]


def test_extract_units_aliases_resolve_to_one_actor():
    doc = _doc("Zirconium, also tracked as Violet Typhoon, and Fancy Bear were named.")
    assert _actors(doc) == [("Zirconium", "APT31"), ("Violet Typhoon", "APT31"), ("Fancy Bear", "APT28")]


def test_extract_units_common_words_are_not_actors():
    doc = _doc("The lead investigator said the equation was simple and the tick of the clock went on.")
    assert _actors(doc) == []


def test_extract_units_unknown_group_names_from_patterns():
    doc = _doc("DarkSide, a criminal ransomware operation, hit the company; Storm-1849 and UNC5812 were also seen.")
    assert [s for s, _ in _actors(doc)] == ["DarkSide", "Storm-1849", "UNC5812"]


@pytest.mark.parametrize(
    "text, code",
    [("Beijing denied it.", "CN"), ("The Kremlin denied it.", "RU"), ("Pyongyang denied it.", "KP"),
     ("Tehran denied it.", "IR"), ("Chinese officials denied it.", "CN"), ("Russia’s embassy denied it.", "RU")],
)
def test_extract_units_metonyms_and_demonyms_resolve_to_states(text, code):
    states = [m.value for m in _doc(text).mentions if m.kind == "state"]
    assert states == [code]


def test_extract_units_units_are_agencies_not_actors():
    doc = _doc("Officers of Unit 26165 and the 54th Research Institute were charged.")
    assert [(m.kind, m.value) for m in doc.mentions] == [("agency", ("RU", "GRU")), ("agency", ("CN", "PLA"))]


@pytest.mark.parametrize(
    "phrase, value",
    [("on Wednesday", "2025-05-28"), ("on Monday", "2025-05-26"), ("last year", "2024"), ("earlier this month", "2025-05"),
     ("in January", "2025-01"), ("in December", "2024-12"), ("on March 3", "2025-03-03"), ("since 2022", "2022"),
     ("in May 2024", "2024-05"), ("on 3 February 2021", "2021-02-03"), ("last month", "2025-04"),
     ("last autumn", "2024"), ("last spring", "2024"), ("last winter", "2024"), ("this summer", "2025")],
)
def test_extract_units_relative_dates_anchor_on_publication(phrase, value):
    doc = _doc(f"The hackers struck {phrase}.")
    assert [d.value for d in doc.dates] == [value]


def test_extract_units_relative_dates_stay_unresolved_without_publication_date():
    doc = _doc("The hackers struck on Wednesday, last year and in January, and again in May 2024.", published=None)
    assert [d.value for d in doc.dates] == [None, None, None, "2024-05"]


def test_extract_units_between_dates_give_start_and_end():
    report = analyze_text(
        "Japan's police said MirrorFace, a group linked to China, carried out attacks between 2019 and 2024 on the foreign ministry.",
        published="2025-01-08",
    )
    (inc,) = report.incidents
    assert (inc.period.start, inc.period.end) == ("2019", "2024")


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_extract_units_offsets_exact_on_non_ascii_and_crlf(newline):
    text = newline.join([
        "Prague — The Czech foreign ministry (Černínský palác) said on Tuesday that APT31 had breached its network.",
        "“We summoned China’s ambassador,” minister Jan Lipavský said. Beijing rejected the “groundless” accusation 😠.",
    ])
    report = analyze_text(text, published="2025-05-28")
    spans = [s for inc in report.incidents for group in (inc.actors, inc.sponsors, inc.victims, inc.attributions, inc.responses, inc.denials)
             for fact in group for s in fact.evidence]
    assert report.incidents and len(spans) >= 5
    for s in spans:
        assert text[s.start : s.end] == s.text
    inc = report.incidents[0]
    assert inc.actors[0].name == "APT31"
    assert ("summon_ambassador", "CZ", "CN") in {(r.type, r.by, r.against) for r in inc.responses}
    assert [d.by for d in inc.denials] == ["CN"]


def test_extract_units_location_alone_is_no_sponsor():
    report = analyze_text("Microsoft said a China-based group it tracks as Storm-0558 broke into government email accounts.", published="2023-07-12")
    (inc,) = report.incidents
    assert inc.actors[0].name == "Storm-0558"
    assert inc.sponsors == []
    assert [(a.by, a.actor, a.state) for a in inc.attributions] == [("Microsoft", "Storm-0558", None)]


def test_extract_units_passing_mention_makes_no_incident():
    report = analyze_text("Security firms have written about groups such as APT29 for years.", published="2024-01-01")
    assert report.incidents == []


def test_extract_units_same_text_same_report():
    text = "Britain and the United States accused APT31, which works for China's Ministry of State Security, of hacking MPs."
    assert analyze_text(text).to_json() == analyze_text(text).to_json()


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("“We can now clearly attribute this attack to APT28,” said Foreign Minister Annalena Baerbock of Germany.", "2024-05-03",
         ("DE", "APT28", None, "high")),
        ("Britain's National Cyber Security Centre said it was almost certain that the GRU was responsible for the attack.", "2022-05-10",
         ("GB", None, "RU", "high")),
        ("Microsoft said with moderate confidence that Storm-1516 was behind the video.", "2024-09-20",
         ("Microsoft", "Storm-1516", None, "medium")),
        ("Poland's digital minister said the hack of the PAP news agency was likely the work of Russian services.", "2024-05-31",
         ("PL", None, "RU", "medium")),
        ("Japan said the breach of its foreign ministry was carried out by MirrorFace.", "2025-01-08",
         ("JP", "MirrorFace", None, None)),
        ("Estonia said Russian hackers attempted to breach the systems of its economy ministry in April.", "2024-05-01",
         ("EE", None, "RU", None)),
        ("The security service disrupted a cyber operation by the Russian military intelligence service against the watchdog, the Dutch defence minister announced.",
         "2018-10-04", ("NL", None, "RU", None)),
        ("Lithuania has faced cyberattacks on its state institutions since June. Its defence minister said Russian intelligence was behind the campaign.",
         "2024-05-01", ("LT", None, "RU", None)),
        ("Poland's digital affairs minister said on Tuesday that hackers working for Russian intelligence had broken into the control systems of water plants.",
         "2025-08-12", ("PL", None, "RU", None)),
        ("Ukraine's CERT-UA said it had foiled an attempt by the Russian military hacking group Sandworm to shut down a substation.",
         "2022-04-12", ("UA", "Sandworm", "RU", None)),
        ("Dutch officials said Russian military intelligence units attempted to break into the network of a chemical weapons watchdog.", "2024-05-01",
         ("NL", None, "RU", None)),
    ],
)
def test_extract_units_attribution_language(text, published, expected):
    report = analyze_text(text, published=published)
    got = {(a.by, a.actor, a.state, a.confidence) for inc in report.incidents for a in inc.attributions}
    assert expected in got


def test_extract_units_unnamed_actor_keys_by_state_and_victim_sector():
    report = analyze_text("The attack on the Dutch defence ministry was blamed on hackers working for Russian military intelligence.",
                          published="2024-02-06")
    (inc,) = report.incidents
    assert inc.actors == [] and [(s.state, s.agency) for s in inc.sponsors] == [("RU", "GRU")]
    assert [(v.country, v.sector) for v in inc.victims] == [("NL", "government")]


@pytest.mark.parametrize(
    "text, attribution, response",
    [
        ("In a joint statement, Britain, Australia and Canada said the Chinese Ministry of State Security was behind the campaign.",
         ("AU", None, "CN", None), None),
        ("The attribution of the OPCW hack to Russia's GRU was made public by the Dutch government on Thursday.",
         ("NL", None, "RU", None), None),
        ("The attack was pinned on Sandworm, a unit of Russian military intelligence, by the Ukrainian government.",
         ("UA", "Sandworm", "RU", None), None),
        ("NATO said in a statement that the allies stand in solidarity with Norway and condemn the malicious cyber activity by Russia.",
         ("NATO", None, "RU", None), ("condemnation", "NATO", "RU")),
        ("Albania severed diplomatic ties with Iran and expelled its diplomats over the July cyberattack on government services.",
         ("AL", None, "IR", None), ("sever_relations", "AL", "IR")),
        ("The EU imposed sanctions on six people, including four GRU officers, over the 2015 Bundestag hack.",
         ("EU", None, "RU", None), ("sanctions", "EU", "RU")),
    ],
)
def test_extract_units_joint_passive_and_response_language(text, attribution, response):
    report = analyze_text(text, published="2024-05-01")
    atts = {(a.by, a.actor, a.state, a.confidence) for inc in report.incidents for a in inc.attributions}
    assert attribution in atts
    if response:
        assert response in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "text, name",
    [("Officials said CyberAv3ngers was behind the attack on the water utility.", "CyberAv3ngers"),
     ("The intrusion was claimed by Cl0p, a ransomware gang.", "Cl0p"),
     ("LockBit hacked the hospital last week.", "LockBit")],
)
def test_extract_units_group_handles_in_context_are_actors(text, name):
    doc = _doc(text)
    assert [s for s, _ in _actors(doc)] == [name]


def test_extract_units_product_names_are_not_handles():
    doc = _doc("The FBI said SolarWinds customers should patch SharePoint servers.")
    assert _actors(doc) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Officials in Washington have linked the intrusion at the Treasury to Beijing.", ("US", None, "CN", None)),
        ("Seoul's spy agency said North Korean hackers had stolen data from defence firms.", ("KR", None, "KP", None)),
        ("Kyiv blamed Moscow for the attack on its power grid.", ("UA", None, "RU", None)),
        ("Canada's cyber agency assessed that the campaign was almost certainly conducted by Chinese state-sponsored actors.",
         ("CA", None, "CN", "high")),
    ],
)
def test_extract_units_officials_metonyms_and_hedges(text, expected):
    report = analyze_text(text, published="2024-05-01")
    assert expected in {(a.by, a.actor, a.state, a.confidence) for inc in report.incidents for a in inc.attributions}


def test_extract_units_nationality_is_not_a_sponsor():
    report = analyze_text("Prosecutors charged two Russian nationals with running the LockBit ransomware gang, which hacked hospitals.",
                          published="2024-02-20")
    assert all(s.state != "RU" for inc in report.incidents for s in inc.sponsors)


@pytest.mark.parametrize(
    "text, response",
    [
        ("Britain's Foreign Office summoned the Russian ambassador, Andrei Kelin, over the hack of the Electoral Commission.",
         ("summon_ambassador", "GB", "RU")),
        ("Washington expelled 35 Russian diplomats in retaliation for the election hacking by Russian intelligence.",
         ("expel_diplomats", "US", "RU")),
        ("The German government recalled its ambassador to Moscow for consultations after the APT28 attack on the SPD.",
         ("recall_ambassador", "DE", "RU")),
        ("CISA and the FBI issued a joint cybersecurity advisory on Volt Typhoon, a Chinese state-sponsored group.",
         ("advisory", "US", "CN")),
        ("Europol and the FBI took down the servers used by the LockBit gang.", ("takedown", "US", None)),
        ("Japan's police said MirrorFace, a Chinese state-backed group, hacked its space agency, and Tokyo lodged a protest with Beijing.",
         ("condemnation", "JP", "CN")),
        ("Dutch intelligence disrupted a hacking operation by Russia's GRU. In a joint statement, Prime Minister Mark Rutte and the British "
         "Prime Minister, Theresa May, said the attempt demonstrated the GRU's disregard for the global values and rules that keep everyone safe.",
         ("condemnation", "GB", "RU")),
    ],
)
def test_extract_units_response_language(text, response):
    report = analyze_text(text, published="2024-05-01")
    assert response in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


def test_extract_units_unpunctuated_hostile_text_is_cut_into_bounded_sentences():
    from aptrace.extract.sentences import MAX_SENTENCE

    text = " ".join(["Russia hacked the ministry said APT28"] * 3000)  # ~110,000 characters, no sentence end
    doc = _doc(text)
    assert len(doc.sentences) > 50
    assert max(s.end - s.start for s in doc.sentences) <= MAX_SENTENCE
    assert all(text[s.start : s.end].strip() == text[s.start : s.end] for s in doc.sentences)


def test_extract_units_unknown_organisation_speaks_under_its_acronym():
    report = analyze_text("WADA said the Russian hacking group APT28 had broken into its anti-doping database.", published="2016-09-13")
    assert ("WADA", "APT28") in {(a.by, a.actor) for inc in report.incidents for a in inc.attributions}


def test_extract_units_victim_names_leave_the_full_stop_to_the_sentence():
    report = analyze_text("Microsoft said APT31 targeted universities, think tanks and NGOs.", published="2024-05-01")
    victims = [(v.name, v.sector) for inc in report.incidents for v in inc.victims]
    assert victims == [("universities", "education"), ("think tanks", "civil_society"), ("NGOs", "civil_society")]
    assert all(v.evidence[0].text == v.name for inc in report.incidents for v in inc.victims)


def test_extract_units_dateline_date_is_not_when_the_operation_happened():
    text = (
        "STOCKHOLM, March 3 (Wire) - Sweden's government on Monday blamed Russia's military intelligence agency, the GRU, "
        "for a series of cyberattacks last autumn that disrupted the websites of public broadcaster SVT."
    )
    report = analyze_text(text, published="2025-03-03")
    assert [inc.period.start for inc in report.incidents] == ["2024"]
    assert report.incidents[0].period.evidence[0].text == "last autumn"


def test_extract_units_victim_phrases_keep_their_head_noun_and_numbers():
    report = analyze_text("Microsoft said APT31 stole the records of 100,000 US Navy personnel and of military officers.", published="2024-05-01")
    victims = [(v.name, v.sector) for inc in report.incidents for v in inc.victims]
    assert ("100,000 US Navy personnel", "military") in victims
    assert ("military officers", "military") in victims


@pytest.mark.parametrize(
    "text, victim",
    [
        ("Germany accused Russia of a breach of the Bundestag and summoned the Russian ambassador.", ("Bundestag", "DE", "legislature")),
        ("Britain accused China of being behind a breach of its Electoral Commission and summoned the Chinese ambassador.",
         ("Electoral Commission", "GB", "political")),
    ],
)
def test_extract_units_what_was_breached_is_a_victim_even_before_a_response_verb(text, victim):
    report = analyze_text(text, published="2024-05-01")
    assert victim in {(v.name, v.country, v.sector) for inc in report.incidents for v in inc.victims}


def test_extract_units_who_is_told_is_no_victim_and_plants_keep_their_noun():
    text = (
        "Poland's digital affairs minister said hackers working for Russian intelligence had broken into the control systems "
        "of several small water treatment plants. \"Everything points to the Russian services,\" he told Radio Zet."
    )
    report = analyze_text(text, published="2025-08-12")
    victims = {(v.name, v.sector) for inc in report.incidents for v in inc.victims}
    assert ("several small water treatment plants", "water") in victims
    assert not any(name == "Radio Zet" for name, _ in victims)


def test_extract_units_a_national_named_as_a_noun_is_no_state():
    report = analyze_text(
        "Australia sanctions Russian over Medibank hack\n\nAustralia imposed sanctions on a Russian citizen for his role in the breach of Medibank.",
        published="2024-01-23",
    )
    assert all(a.state != "RU" for inc in report.incidents for a in inc.attributions)
    assert all(s.state != "RU" for inc in report.incidents for s in inc.sponsors)


@pytest.mark.parametrize("denial", ["Moscow had nothing to do with the hack", "the claims were politically motivated"])
def test_extract_units_denial_language(denial):
    text = f"Microsoft said APT28, a unit of Russia's GRU, hacked the ministry. Russia's embassy said {denial}."
    report = analyze_text(text, published="2024-01-23")
    assert [d.by for inc in report.incidents for d in inc.denials] == ["RU"]


def test_extract_units_owner_is_no_speaker_and_stated_confidence_outranks_a_hedge():
    text = (
        "Google-owned Mandiant said a suspected China-nexus espionage group it tracks as UNC5221 had broken into telecommunications providers. "
        "The company assessed with moderate confidence that the group is linked to China's Ministry of State Security."
    )
    report = analyze_text(text, published="2025-02-12")
    got = {(a.by, a.actor, a.state, a.confidence) for inc in report.incidents for a in inc.attributions}
    assert got == {("Mandiant", "UNC5221", "CN", "medium")}


def test_extract_units_a_denial_is_no_attribution_by_whoever_spoke_before():
    text = (
        "Foreign Minister Jan Lipavsky said the campaign against the Czech foreign ministry was carried out by APT31, a group linked to China's Ministry of State Security. "
        "The European Union and NATO issued statements of solidarity with Prague. "
        "China's embassy called the accusations \"groundless\" and said it opposed \"smearing\" of China."
    )
    report = analyze_text(text, published="2025-05-28")
    assert {a.by for inc in report.incidents for a in inc.attributions} == {"CZ"}
    assert [d.by for inc in report.incidents for d in inc.denials] == ["CN"]


def test_extract_units_hack_of_names_the_victim_and_a_month_naming_an_event_is_no_date():
    text = "US agencies said Iran was behind the hack of Donald Trump's presidential campaign, part of an effort to influence the November election."
    report = analyze_text(text, published="2024-08-19")
    victims = {(v.name, v.sector) for inc in report.incidents for v in inc.victims}
    assert ("Donald Trump's presidential campaign", "political") in victims
    assert [inc.period.start for inc in report.incidents] == [None]


def test_extract_units_who_speaks_in_a_relative_clause_does_not_speak_for_the_sentence():
    text = (
        "Blockchain analysts said the Lazarus Group, which the United Nations says funds Pyongyang's weapons programmes "
        "through such heists, was responsible for the theft from the exchange."
    )
    report = analyze_text(text, published="2025-02-27")
    assert all(a.by != "UN" for inc in report.incidents for a in inc.attributions)


def test_extract_units_a_firm_named_by_its_nationality_speaks_alone():
    report = analyze_text("Slovak security firm ESET said it had high confidence that Sandworm was behind the attack on the substation.",
                          published="2022-04-12")
    assert {a.by for inc in report.incidents for a in inc.attributions} == {"ESET"}


def test_extract_units_the_body_an_official_heads_is_no_victim():
    text = (
        "Ukraine's CERT-UA said it had foiled an attempt by the Russian military hacking group Sandworm to shut down a high-voltage "
        "electrical substation, said Viktor Zhora, deputy chairman of Ukraine's State Service of Special Communications."
    )
    report = analyze_text(text, published="2022-04-12")
    assert {(v.name, v.sector) for inc in report.incidents for v in inc.victims} == {("electrical substation", "energy")}


def test_extract_units_exploitation_is_an_operation_and_the_exploited_software_no_victim():
    text = (
        "Canada's signals intelligence agency said it was almost certain that China's Ministry of State Security was responsible "
        "for the exploitation of Microsoft Exchange servers, which affected Canadian businesses and municipalities."
    )
    report = analyze_text(text, published="2021-07-19")
    victims = {(v.name, v.sector) for inc in report.incidents for v in inc.victims}
    assert ("municipalities", "government") in victims
    assert not any(sector == "finance" for _, sector in victims)
    text = "Prosecutors said Chinese military hackers entered the network of the credit agency by exploiting a software flaw."
    report = analyze_text(text, published="2020-02-10")
    assert not any(v.sector == "technology" for inc in report.incidents for v in inc.victims)


def test_extract_units_the_same_group_carries_the_actor_to_another_speaker():
    text = (
        "Germany's interior minister said the group responsible, known as APT28, had targeted the Social Democratic Party. "
        "The Czech Republic said the same group had attacked several of its institutions."
    )
    report = analyze_text(text, published="2024-05-06")
    got = {(a.by, a.actor) for inc in report.incidents for a in inc.attributions}
    assert ("CZ", "APT28") in got


def test_extract_units_effort_by_an_organ_and_a_dam_as_victim():
    text = (
        "Norway's police security service said hackers took control of a dam in western Norway and opened a valve, releasing water. "
        "Its chief described it as part of a broader effort by Russian intelligence to sow fear."
    )
    report = analyze_text(text, published="2025-08-13")
    assert {(a.by, a.state) for inc in report.incidents for a in inc.attributions} == {("NO", "RU")}
    assert ("dam", "water") in {(v.name, v.sector) for inc in report.incidents for v in inc.victims}


def test_extract_units_severed_ties_are_a_response_and_what_was_shut_down_the_victim():
    text = (
        "Albania severed diplomatic relations with Iran on Wednesday and ordered its diplomats to leave, after an investigation "
        "concluded that Tehran had orchestrated a cyberattack in July that temporarily shut down many government digital services."
    )
    report = analyze_text(text, published="2022-09-07")
    assert {(v.sector, v.country) for inc in report.incidents for v in inc.victims} == {("government", "AL")}
    assert [inc.activity for inc in report.incidents] == ["disruption"]


def test_extract_units_a_denial_belongs_to_whoever_speaks_where_it_stands():
    text = (
        "The EU sanctioned four GRU officers over the attempt by Russia's GRU to hack the chemical weapons watchdog. "
        "Russia's foreign ministry said it would respond, while China said it \"firmly opposes\" the measures."
    )
    report = analyze_text(text, published="2020-07-30")
    assert all(d.by != "RU" for inc in report.incidents for d in inc.denials)


def test_extract_units_a_water_utility_is_water_not_energy():
    text = (
        "The Justice Department charged three men it said work for a cyber unit of Iran's Islamic Revolutionary Guard Corps "
        "with hacking into the control systems of a Pennsylvania water authority and a water utility."
    )
    report = analyze_text(text, published="2024-04-26")
    victims = {(v.name, v.sector) for inc in report.incidents for v in inc.victims}
    assert victims == {("Pennsylvania water authority", "water"), ("water utility", "water")}


def test_extract_units_an_institution_named_as_what_was_compromised_is_a_victim():
    text = (
        "The Treasury sanctioned a firm linked to the PRC Ministry of State Security. Its employee is associated with the recent "
        "compromise of the Department of the Treasury's Departmental Offices network."
    )
    report = analyze_text(text, published="2025-01-17")
    victims = {(v.name, v.sector) for inc in report.incidents for v in inc.victims}
    assert ("Department of the Treasury's Departmental Offices", "government") in victims


def test_extract_units_coordinated_doers_each_do_their_own_act():
    text = (
        "The US Justice Department unsealed an indictment charging seven Chinese nationals who worked for APT31. "
        "At the same time the Treasury Department sanctioned the company, and Britain's Foreign Office summoned the "
        "Chinese ambassador after accusing APT31 of targeting British lawmakers in 2021."
    )
    report = analyze_text(text, published="2024-03-25")
    responses = {(r.type, r.by) for inc in report.incidents for r in inc.responses}
    assert ("sanctions", "US") in responses and ("summon_ambassador", "GB") in responses
    assert ("summon_ambassador", "US") not in responses and ("sanctions", "GB") not in responses
    attributors = {a.by for inc in report.incidents for a in inc.attributions if "lawmakers" in a.evidence[0].text}
    assert attributors == {"GB"}


def test_extract_units_the_accused_named_by_the_accuser_does_not_deny():
    text = (
        "Poland's space agency said its network had been breached. In May 2024 Warsaw said it was the target of an attack "
        "by APT28 on government email accounts. Poland has repeatedly accused Moscow of cyber sabotage and disinformation."
    )
    report = analyze_text(text, published="2025-03-03")
    assert report.incidents and all(not inc.denials for inc in report.incidents)


def test_extract_units_the_year_a_war_began_does_not_date_the_operation():
    text = (
        "Poland accused Russia's GRU of a cyberattack on its railway network since the full-scale invasion of Ukraine in 2022. "
    )
    report = analyze_text(text, published="2025-03-03")
    assert report.incidents and all(inc.period.start != "2022" for inc in report.incidents)


def test_extract_units_password_spraying_is_an_operation_whose_targets_are_victims():
    text = (
        "Microsoft said a hacking group sponsored by Iran's Islamic Revolutionary Guard Corps, which it calls Peach Sandstorm, "
        "used password spraying against organisations in the United States and Israel."
    )
    report = analyze_text(text, published="2023-09-15")
    assert {v.country for inc in report.incidents for v in inc.victims} >= {"US", "IL"}


def test_extract_units_north_america_is_not_the_united_states():
    doc = _doc("The group targeted aerospace makers in Europe and North America, and in Latin America; America denied it.")
    assert [m.surface for m in doc.mentions if m.kind == "state"] == ["America"]
    assert [m.start for m in doc.mentions if m.kind == "state"] == [doc.text.rindex("America")]


def test_extract_units_software_used_by_a_victim_is_not_a_technology_victim():
    text = (
        "Norway's security service said a group working on behalf of the Chinese state broke into a software platform "
        "used by twelve government ministries."
    )
    report = analyze_text(text, published="2024-03-05")
    sectors = {v.sector for inc in report.incidents for v in inc.victims}
    assert "government" in sectors and "technology" not in sectors


def test_extract_units_whom_secrets_were_stolen_from_are_victims():
    text = (
        "Prosecutors said the MSS hackers stole trade secrets from companies in aviation and biomedical research, "
        "as well as from universities and government bodies in the United States."
    )
    report = analyze_text(text, published="2021-07-19")
    sectors = {v.sector for inc in report.incidents for v in inc.victims}
    assert {"aerospace", "healthcare", "education", "government"} <= sectors


def test_extract_units_microsoft_exchange_is_not_a_financial_exchange():
    text = "The United States accused hackers working for China's Ministry of State Security of the Exchange compromise."
    report = analyze_text(text, published="2021-07-19")
    assert report.incidents and all(v.sector != "finance" for inc in report.incidents for v in inc.victims)


def test_extract_units_published_guidance_is_an_advisory():
    text = (
        "US officials said the Salt Typhoon campaign was run by the Chinese government. "
        "On Tuesday CISA and the FBI published guidance on hardening communications infrastructure against the group."
    )
    report = analyze_text(text, published="2024-12-04")
    assert ("advisory", "US") in {(r.type, r.by) for inc in report.incidents for r in inc.responses}


def test_extract_units_every_member_of_a_list_of_subjects_speaks():
    text = (
        "The FBI and cyber agencies from Australia, Canada, New Zealand and the United Kingdom said on Wednesday that a "
        "Chinese company linked to the government in Beijing ran a botnet for the state-sponsored group Flax Typhoon. "
        "China's foreign ministry said the accusations were \"a smear campaign\"."
    )
    report = analyze_text(text, published="2024-09-18")
    (inc,) = report.incidents
    assert {a.by for a in inc.attributions} == {"US", "AU", "CA", "NZ", "GB"}
    assert all(a.state == "CN" for a in inc.attributions)
    assert [d.by for d in inc.denials] == ["CN"]
    assert inc.activity != "influence"  # "smear" is the denial's word, not the operation's


def test_extract_units_allies_including_named_states_attribute_too():
    text = (
        "LONDON — Britain and ten allies, including the United States, Germany and France, said on Wednesday that a unit "
        "of Russia's GRU military intelligence agency had spent two years spying on logistics firms that move aid to Ukraine."
    )
    report = analyze_text(text, published="2025-05-21")
    (inc,) = report.incidents
    assert {a.by for a in inc.attributions} == {"GB", "US", "DE", "FR"}
    assert not {"US", "DE", "FR"} & {v.country for v in inc.victims}


def test_extract_units_a_list_after_a_verb_is_not_a_list_of_speakers():
    text = "Hackers working for Russia's GRU broke into ministries in Germany, France and Britain, the NCSC said."
    report = analyze_text(text, published="2025-05-21")
    assert {a.by for inc in report.incidents for a in inc.attributions} == {"GB"}
    assert ("ministries in Germany", "DE") in {(v.name, v.country) for inc in report.incidents for v in inc.victims}


def test_extract_units_crypto_firms_are_finance_and_nuclear_weapons_are_not_energy():
    text = (
        "Google said hackers it attributes to North Korea posed as recruiters to infect employees at cryptocurrency "
        "companies. The United States has accused North Korea of using stolen cryptocurrency to fund its nuclear weapons programme."
    )
    report = analyze_text(text, published="2025-05-21")
    sectors = {v.sector for inc in report.incidents for v in inc.victims}
    assert "finance" in sectors and "energy" not in sectors


def test_extract_units_a_response_is_not_dated_by_the_operation_it_answers():
    text = (
        "Lithuania summoned Moscow's charge d'affaires after concluding that Russian military intelligence was responsible "
        "for a cyberattack on the state energy company Ignitis Group in June 2023."
    )
    report = analyze_text(text, published="2024-01-05")
    dates = {r.type: r.date for inc in report.incidents for r in inc.responses}
    assert dates == {"summon_ambassador": "2024-01-05"}


def test_extract_units_a_demonym_of_another_noun_does_not_give_the_victim_country():
    text = (
        "Officials said hackers of Iran's Islamic Revolutionary Guard Corps broke into controllers made by the Israeli "
        "company Unitronics at a water authority in Aliquippa, Pennsylvania."
    )
    report = analyze_text(text, published="2023-12-02")
    countries = {(v.name, v.country) for inc in report.incidents for v in inc.victims if "water" in v.name}
    assert countries and all(c != "IL" for _, c in countries)


def test_extract_units_an_institution_named_in_commas_speaks_for_its_state():
    text = (
        "Mandiant said a 2022 attack that cut power in a Ukrainian city was the work of Sandworm, a unit of Russia's GRU. "
        "Ukraine's state cyber agency, the SSSCIP, had previously blamed the same group for an attempt to disable substations."
    )
    report = analyze_text(text, published="2023-11-09")
    assert {"Mandiant", "UA"} <= {a.by for inc in report.incidents for a in inc.attributions}


def test_extract_units_a_group_operating_under_a_name_is_an_actor():
    doc = _doc(
        "The hackers, who operated under the name Cyber Toufan, broke into controllers at a water authority. "
        "Another crew calling itself Holy League defaced sites."
    )
    assert [m.surface for m in doc.mentions if m.kind == "actor"] == ["Cyber Toufan", "Holy League"]


def test_extract_units_a_name_run_together_is_the_same_actor():
    doc = _doc("Hackers calling themselves CyberAv3ngers hit Unitronics controllers; Cyber Av3ngers is tied to the IRGC.")
    names = {m.value[1][0].name for m in doc.mentions if m.kind == "actor" and m.value[1]}
    surfaces = [m.surface for m in doc.mentions if m.kind == "actor"]
    assert surfaces == ["CyberAv3ngers", "Cyber Av3ngers"] and len(names) == 1


def test_extract_units_a_denial_goes_to_the_incident_its_speaker_is_held_to():
    text = (
        "The EU sanctioned four officers of Russia's GRU who tried to hack the OPCW in April 2018. "
        "The North Korean firm Chosun Expo was listed for supporting the Lazarus Group, which the Council held "
        "responsible for WannaCry. Russia's foreign ministry said the measures were unfounded."
    )
    report = analyze_text(text, published="2020-07-30")
    by_key = {inc.key: inc for inc in report.incidents}
    assert [d.by for d in by_key["state:RU"].denials] == ["RU"]
    assert not by_key["Lazarus Group"].denials
    assert [a.by for a in by_key["Lazarus Group"].attributions] == ["EU"]


def test_extract_units_a_group_compared_with_is_not_the_actor():
    text = (
        "The intruders belonged to Volt Typhoon, a hacking group that US officials say is sponsored by the Chinese state. "
        "Unlike the spies of APT10 or APT41, whose campaigns in the 2010s were about stealing secrets, Volt Typhoon appeared "
        "to be positioning itself to disrupt critical infrastructure, according to a joint advisory published in February "
        "2024 by CISA, the NSA and the FBI."
    )
    report = analyze_text(text, published="2024-05-03")
    (inc,) = report.incidents
    assert inc.key == "Volt Typhoon" and inc.activity == "prepositioning"
    assert [(s.state) for s in inc.sponsors] == ["CN"]
    assert [(r.type, r.by, r.against) for r in inc.responses] == [("advisory", "US", "CN")]


def test_extract_units_the_accused_after_a_subjects_said_is_not_a_speaker():
    text = (
        "BEIJING (Xinhua) -- China's National Computer Virus Emergency Response Center said the US National Security Agency "
        "was behind cyberattacks on Northwestern Polytechnical University. The center said the NSA's Office of Tailored "
        "Access Operations used 41 kinds of cyber weapons to steal data. Foreign ministry spokesperson Mao Ning urged the "
        "United States to stop its malicious cyber activities."
    )
    report = analyze_text(text, published="2022-09-05")
    (inc,) = report.incidents
    assert {a.by for a in inc.attributions} == {"CN"}
    assert [(r.type, r.by, r.against) for r in inc.responses] == [("condemnation", "CN", "US")]


def test_extract_units_a_year_is_not_part_of_the_victim_and_health_data_is_no_hospital():
    text = (
        "Estonia names GRU unit in 2020 ministry hacks. Estonia formally attributed cyberattacks on its ministries in 2020 "
        "to GRU Unit 29155, saying the unit had stolen thousands of confidential documents, including health data."
    )
    report = analyze_text(text, published="2024-09-05")
    victims = {(v.name, v.sector) for inc in report.incidents for v in inc.victims}
    assert ("ministry", "government") in victims and all(s != "healthcare" for _, s in victims)


def test_extract_units_an_organ_qualified_by_another_state_is_that_states():
    doc = _doc("The Korean National Police Agency, Japan's National Police Agency and the Philippine National Police Agency agreed.")
    organs = [(m.surface, m.value) for m in doc.mentions if m.kind == "organ"]
    assert organs == [("Korean National Police Agency", "KR"), ("National Police Agency", "JP"), ("National Police Agency", "PH")]


def test_extract_units_an_accusation_keeps_its_victim_beside_a_denial():
    text = (
        "Norway's public accusation against Russia last October was over the theft of data from the Storting's email "
        "system in August 2020, a charge Moscow dismissed as a provocation."
    )
    report = analyze_text(text, published="2021-06-17")
    victims = {(v.country, v.sector) for inc in report.incidents for v in inc.victims}
    assert ("NO", "legislature") in victims
    assert [d.by for inc in report.incidents for d in inc.denials] == ["RU"]


def test_extract_units_researchers_at_a_security_company_are_no_education_victim():
    text = (
        "Hackers working for Russia's GRU targeted researchers at Oxford University, British officials said. "
        "The same group also hacked hundreds of businesses, including researchers at the security company Huntress Labs."
    )
    report = analyze_text(text, published="2021-07-05")
    victims = [(v.name, v.sector) for inc in report.incidents for v in inc.victims if v.sector == "education"]
    assert victims and all("Huntress" not in name for name, _ in victims)


def test_extract_units_a_court_orders_date_is_no_operation_date_and_deleting_malware_is_a_takedown():
    text = (
        "The FBI said it had disrupted a botnet run by Volt Typhoon, a group sponsored by the Chinese state. "
        "Under a court order obtained in December, agents remotely deleted the KV Botnet malware from the routers."
    )
    report = analyze_text(text, published="2024-01-31")
    (inc,) = report.incidents
    assert inc.period.start is None
    assert ("takedown", "US") in {(r.type, r.by) for r in inc.responses}


def test_extract_units_released_malware_dates_a_new_operation_and_list_items_keep_their_countries():
    text = (
        "The US charged a North Korean programmer over attacks on Sony Pictures Entertainment, Bangladesh's central bank "
        "and the NHS. Park was part of a hacking team that private researchers call the Lazarus Group, prosecutors said. "
        "In February 2016 it used fraudulent SWIFT messages to steal $81 million from Bangladesh Bank. "
        "In May 2017 it released WannaCry, which encrypted computers worldwide, including at Britain's National Health Service."
    )
    report = analyze_text(text, published="2018-09-06")
    starts = [inc.period.start for inc in report.incidents]
    assert "2017-05" in starts and "2016-02" in starts
    sony = [v.country for inc in report.incidents for v in inc.victims if v.name.startswith("Sony")]
    assert sony and "BD" not in sony


def test_extract_units_the_destruction_of_a_studios_network_names_its_victim():
    text = (
        "The last time Washington pinned a major hack on Pyongyang — the destruction of Sony Pictures' network in "
        "November 2014 — the FBI blamed the North Korean government within a month."
    )
    report = analyze_text(text, published="2017-12-19")
    assert [(v.name, v.sector) for inc in report.incidents for v in inc.victims] == [("Sony Pictures' network", "media")]


def test_extract_units_malware_and_tools_named_in_an_incident():
    text = (
        "Britain's NCSC said the GRU's Sandworm unit deployed the NotPetya malware and the Whispergate wiper. "
        "Separately, the FBI disrupted the KV Botnet malware used by Volt Typhoon, a group sponsored by the Chinese state; "
        "the hackers used Mimikatz. The Flame of hope still burns, the minister said."
    )
    report = analyze_text(text, published="2024-01-31")
    software = {inc.key: [(s.name, s.kb_ref, s.type) for s in inc.software] for inc in report.incidents}
    assert software["Sandworm"] == [("NotPetya", "S0368", "malware"), ("Whispergate", "S0689", "malware")]
    assert software["Volt Typhoon"] == [("KV Botnet", None, None), ("Mimikatz", "S0002", "tool")]
    for inc in report.incidents:
        for s in inc.software:
            assert all(text[e.start : e.end] == e.text for e in s.evidence)


def test_extract_units_a_ransomware_gang_is_an_actor_not_its_malware():
    doc = _doc("The REvil ransomware gang hit hundreds of firms; REvil's malware encrypted their files.")
    kinds = [(m.surface, m.kind) for m in doc.mentions if m.surface.startswith("REvil")]
    assert kinds[0] == ("REvil", "actor")


def test_extract_units_another_dated_operation_of_one_state_and_a_victim_named_again():
    text = (
        "Russia behind cyber-attack an hour before Ukraine invasion\n\n"
        "New UK and US intelligence shows that Russia was behind a cyber operation against the commercial "
        "communications company Viasat in Ukraine on 24 February.\n\n"
        "The NCSC also assesses that Russian military intelligence was almost certainly involved in the 13 January "
        "defacements of Ukrainian government websites.\n\n"
        "Foreign Secretary Liz Truss condemned the Viasat attack as deliberate and malicious."
    )
    report = analyze_text(text, published="2022-05-10")
    assert [inc.period.start for inc in report.incidents] == ["2022-02-24", "2022-01-13"]
    viasat, websites = report.incidents
    assert {a.by for a in viasat.attributions} == {"GB", "US"}
    assert any(v.name.endswith("Viasat") for v in viasat.victims)
    assert [r.type for r in viasat.responses] == ["condemnation"] and not websites.responses
    assert [s.agency for s in websites.sponsors] == ["GRU"]


def test_extract_units_a_states_own_spy_agency_speaking_is_no_accused_and_an_embassys_city_does_not_speak():
    text = (
        "OTTAWA — The Communications Security Establishment (CSE), Canada's signals intelligence agency, said that "
        "hackers sponsored by the People's Republic of China had compromised multiple federal government networks. "
        "The Chinese embassy in Ottawa called the report \"groundless\" and urged Canada to stop \"smearing\" China."
    )
    report = analyze_text(text, published="2024-10-30")
    (inc,) = report.incidents
    assert [(a.by, a.state) for a in inc.attributions] == [("CA", "CN")]
    assert [d.by for d in inc.denials] == ["CN"] and not inc.responses


def test_extract_units_hackers_who_were_targeting_are_attributed():
    text = (
        "BERLIN — Germany's Federal Office for the Protection of the Constitution (BfV) warned on Thursday that Iranian "
        "state-backed hackers were targeting Iranian dissidents and journalists living in Germany."
    )
    report = analyze_text(text, published="2024-05-09")
    (inc,) = report.incidents
    assert [(a.by, a.state) for a in inc.attributions] == [("DE", "IR")]


def test_extract_units_malware_lists_it_systems_of_victims_and_defence_personnel():
    text = (
        "KYIV — CERT-UA said the Russian hacking group Sandworm, which it identifies as GRU military unit 74455, had "
        "compromised the IT systems of about 20 energy and water suppliers in March 2024. The agency said the hackers "
        "used new malware it calls BIASBOOT and LOADGRIP."
    )
    report = analyze_text(text, published="2024-04-19")
    inc = report.incidents[0]
    assert [s.name for s in inc.software] == ["BIASBOOT", "LOADGRIP"]
    sectors = {v.sector for i in report.incidents for v in i.victims}
    assert "technology" not in sectors and {"energy", "water"} <= sectors
    other = analyze_text("India's CERT-In said the Pakistan-linked group APT36 targeted Indian defence personnel.", published="2024-05-12")
    assert [(v.country, v.sector) for i in other.incidents for v in i.victims] == [("IN", "military")]


def test_extract_units_an_ambiguous_alias_takes_the_entity_the_text_also_names():
    text = (
        "Microsoft said a Russian state-sponsored hacking group known as Midnight Blizzard had broken into the email "
        "accounts of its senior leadership team. The group, also known as Nobelium or APT29, used a password spray "
        "attack starting in late November 2023, the company said. Microsoft detected the intrusion on January 12."
    )
    report = analyze_text(text, published="2024-01-19")
    (inc,) = report.incidents
    assert inc.actors[0].name == "Midnight Blizzard" and inc.period.start == "2023-11"
    doc = _doc(text, published="2024-01-19")
    assert [d.value for d in doc.dates][-1] == "2024-01-12"  # the story runs on past the new year


def test_extract_units_crippled_government_organizations():
    text = (
        "Albania severed diplomatic relations with Iran after concluding that Tehran orchestrated a cyberattack that "
        "crippled government organizations and services in July."
    )
    report = analyze_text(text, published="2022-09-07")
    (inc,) = report.incidents
    assert inc.activity == "disruption" and ("AL", "government") in {(v.country, v.sector) for v in inc.victims}


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("a U.S. water utility", ("U.S. water utility", "US", "water")),
        ("the U.S. Treasury Department", ("U.S. Treasury Department", "US", "government")),
        ("the office of the Israeli prime minister", ("office of the Israeli prime minister", "IL", "government")),
    ],
)
def test_extract_units_victims_after_abbreviations_and_titled_offices(phrase, expected):
    text = f"Officials in Washington said hackers working for Russia's GRU broke into {phrase}."
    report = analyze_text(text, published="2024-01-01")
    assert expected in [(v.name, v.country, v.sector) for inc in report.incidents for v in inc.victims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland's space agency said its network had been breached by hackers working for Russia's GRU.",
         ("Poland's space agency", "PL", "aerospace")),
        ("Officials said the victims included a Ukrainian bank, two airports and the Kyiv metro, all hit by Russia's GRU.",
         ("Ukrainian bank", "UA", "finance")),
        ("Russia's GRU targeted the 2018 Winter Olympics in Pyeongchang, officials said.",
         ("Winter Olympics in Pyeongchang", None, "sports")),
    ],
)
def test_extract_units_victims_that_speak_are_listed_or_come_first(text, expected):
    report = analyze_text(text, published="2024-01-01")
    assert expected in [(v.name, v.country, v.sector) for inc in report.incidents for v in inc.victims]


@pytest.mark.parametrize(
    ("span", "value"),
    [("over the past 18 months", "2022-11"), ("for more than a decade", "2014"), ("for the past two years", "2022")],
)
def test_extract_units_a_span_reaching_back_from_publication_dates_the_start(span, value):
    doc = _doc(f"Hackers working for Russia's GRU have targeted the ministry {span}.", published="2024-05-15")
    assert [(d.value, d.role) for d in doc.dates] == [(value, "since")]


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch government attributed the breach of its police networks to Russia.",
        "The Netherlands holds Russia responsible for the breach of its police networks.",
    ],
)
def test_extract_units_long_attributions_and_holding_responsible(text):
    report = analyze_text(text, published="2024-10-01")
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == [("NL", "RU")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("NATO allies expressed solidarity with the Netherlands.", ("condemnation", "NATO", "RU")),
        ("The US Treasury designated two Russian nationals for their role in the attack.", ("sanctions", "US", "RU")),
    ],
)
def test_extract_units_alliance_members_speak_and_treasury_designations_sanction(sentence, expected):
    text = "The Dutch government said Russia's GRU was behind the breach of its police networks. " + sentence
    report = analyze_text(text, published="2024-10-01")
    assert expected in [(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses]


@pytest.mark.parametrize(
    "sentence",
    [
        'The Russian foreign ministry said Moscow "has nothing to do" with the attack.',
        "Russia insists it does not conduct offensive cyber operations.",
    ],
)
def test_extract_units_denials_in_quotes_and_in_the_present(sentence):
    text = "The Dutch government said Russia's GRU was behind the breach of its police networks. " + sentence
    report = analyze_text(text, published="2024-10-01")
    assert [d.by for inc in report.incidents for d in inc.denials] == ["RU"]


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Officials said Russia's GRU stole emails from the ministry and leaked them online before the election.", "influence"),
        ("Officials said hackers working for Russia's GRU deleted data on thousands of ministry computers.", "sabotage"),
        ("Officials said hackers working for Russia's GRU flooded ministry websites with junk traffic.", "disruption"),
        ("Officials said hackers working for China's MSS have been lurking in US infrastructure networks to be ready to "
         "strike in a conflict.", "prepositioning"),
        ("Officials said hackers working for Iran's IRGC manipulated controllers at a water facility.", "sabotage"),
        ("Officials said Russia's GRU ran a disinformation campaign using hacked news websites.", "influence"),
        ("Officials said Russia's GRU caused a power outage affecting 200,000 customers.", "sabotage"),
        ("Prosecutors said China's PLA hackers stole credit data and erased log files to hide their tracks.", "espionage"),
    ],
)
def test_extract_units_activity_from_what_the_operation_did(text, activity):
    report = analyze_text(text, published="2024-10-01")
    assert [inc.activity for inc in report.incidents] == [activity]


def test_extract_units_a_date_after_its_verb_dates_that_clause_not_the_next():
    text = "In May, Germany said Russia's GRU unit APT28 had hacked the Social Democratic Party in 2023 and recalled its ambassador from Moscow."
    report = analyze_text(text, published="2024-12-30")
    (inc,) = report.incidents
    assert inc.period.start == "2023"
    assert [(r.type, r.date) for r in inc.responses] != [("recall_ambassador", "2023")]


def test_extract_units_a_described_group_taken_up_again_acts_for_its_speaker():
    text = (
        "2. Midnight Blizzard. Microsoft said in January that the Russian SVR-linked group had read emails of its senior "
        "executives after breaking in in November 2023. Kremlin spokesman Dmitry Peskov said claims that Russian hackers "
        "were targeting Microsoft were without foundation."
    )
    report = analyze_text(text, published="2024-12-30")
    (inc,) = report.incidents
    assert [(a.by, a.state) for a in inc.attributions] == [("Microsoft", "RU")]
    assert [d.by for d in inc.denials] == ["RU"]


def test_extract_units_a_place_closing_a_list_of_victims_is_each_ones():
    text = (
        "Mandiant said a China-nexus espionage group it tracks as UNC5221 exploited a flaw in Ivanti appliances to "
        "breach defense contractors, telecom providers and government agencies in the United States since December. "
        "ESET said Sandworm deployed a new data-wiping malware, which it named ZEROLOT, against Ukrainian energy companies."
    )
    report = analyze_text(text, published="2025-11-20")
    first = report.incidents[0]
    assert {(v.name, v.country) for v in first.victims} >= {("defense contractors", "US"), ("telecom providers", "US")}
    assert [s.name for inc in report.incidents for s in inc.software] == ["ZEROLOT"]


@pytest.mark.parametrize(
    ("hedge", "confidence"),
    [("it had a moderate degree of confidence that", "medium"), ("there was a realistic possibility that", "low")],
)
def test_extract_units_hedges_in_intelligence_language(hedge, confidence):
    report = analyze_text(f"The NCSC said {hedge} Russia's GRU was behind the attack on the ministry.", published="2024-10-01")
    assert [a.confidence for inc in report.incidents for a in inc.attributions] == [confidence]


def test_extract_units_states_supporting_a_finding_share_it():
    text = (
        "The White House said North Korea was directly responsible for the WannaCry attack. "
        "Australia, Canada, New Zealand and Japan also issued statements supporting the US finding."
    )
    report = analyze_text(text, published="2017-12-19")
    assert {(a.by, a.state) for inc in report.incidents for a in inc.attributions} == {
        ("US", "KP"), ("AU", "KP"), ("CA", "KP"), ("NZ", "KP"), ("JP", "KP")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain said APT31 targeted the email accounts of lawmakers in 2021. The Foreign Office said the group works "
         "for China's Ministry of State Security.", ("GB", "APT31", "CN")),
        ("Germany blamed APT28 for the hack of the SPD. Berlin said the group is steered by Russia's military "
         "intelligence service GRU.", ("DE", "APT28", "RU")),
    ],
)
def test_extract_units_the_speaker_ties_the_group_in_a_later_sentence(text, expected):
    report = analyze_text(text, published="2024-10-01")
    assert [(a.by, a.actor, a.state) for inc in report.incidents for a in inc.attributions] == [expected]


def test_extract_units_anonymous_officials_of_a_state_attribute():
    text = "Two US officials, speaking on condition of anonymity, said the hack was carried out by China's MSS."
    report = analyze_text(text, published="2024-10-01")
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == [("US", "CN")]


def test_extract_units_working_for_a_states_unknown_service_ties_to_the_state():
    report = analyze_text("Officials said the hackers worked for Russia's Federal Protective Service.", published="2024-10-01")
    assert [(s.state, s.agency) for inc in report.incidents for s in inc.sponsors] == [("RU", None)]


def test_extract_units_an_agentless_passive_blame_has_no_attributor():
    text = (
        "NATO said it stood in solidarity with Germany and the Czech Republic. APT28, also known as Fancy Bear, has been "
        "blamed for a string of high-profile attacks, including the 2015 hack of the German parliament."
    )
    report = analyze_text(text, published="2024-05-03")
    assert all(a.by != "NATO" for inc in report.incidents for a in inc.attributions)


def test_extract_units_a_plain_word_the_text_calls_a_group_is_an_actor():
    text = (
        "The EU sanctioned two members of the Callisto Group, which it said was linked to Russian military intelligence. "
        "The measures also hit two members of the Armageddon group, which the EU said was supported by Russia's FSB and "
        "had carried out phishing attacks against Ukrainian government agencies since 2014."
    )
    report = analyze_text(text, published="2024-06-24")
    assert {inc.key: [(s.state, s.agency) for s in inc.sponsors] for inc in report.incidents} == {
        "Callisto Group": [("RU", "GRU")], "Armageddon": [("RU", "FSB")]}


def test_extract_units_a_states_own_group_makes_it_the_accused():
    text = (
        "Britain said China's APT31 hacked its Electoral Commission. "
        "A Chinese foreign ministry spokesperson said the accusations were \"completely fabricated\"."
    )
    report = analyze_text(text, published="2024-03-25")
    (inc,) = report.incidents
    assert [a.by for a in inc.attributions] == ["GB"] and [d.by for d in inc.denials] == ["CN"]


def test_extract_units_name_led_patterns_match_as_their_plain_forms():
    """The possessive name forms (``_NAME_LEAD``, ``_HANDLE_LEAD``) find what the plain ones find."""
    import random
    import re

    from aptrace.extract import mentions

    plain_malware = r"\b(?P<name>[A-Z][\w.-]*[A-Za-z0-9](?:\s[A-Z][\w-]*[A-Za-z0-9])?)\s+" + mentions._MALWARE_KIND + r"\b"
    pairs = [(getattr(p, "rx", p), re.compile(getattr(p, "rx", p).pattern.replace(mentions._NAME_LEAD, mentions._NAME).replace(mentions._HANDLE_LEAD, mentions._HANDLE)))
             for p in mentions._CONTEXT_PATTERNS]
    pairs.append((mentions._MALWARE_NAMED[0], re.compile(plain_malware)))
    words = ["APT28", "Fancy", "Bear", "group", "gang", "the", "a", "of", "hacking", "ransomware", "malware", "wiper", "U.S.", "Foo.",
             "Bar-", "X", "Ab", "CyberAv3ngers", "is", "was", "behind", "claimed", "A-", "Ab1", "AB٣", "abC1", "AbC(", "A!", "Zz.z", "Q_", "Émile"]
    rng = random.Random(5)
    texts = ["".join(rng.choice(words) + rng.choice([" ", " ", "", ", ", ".", "\n", "-"]) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    for fast, plain in pairs:
        for text in texts:
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)], (fast.pattern, text)


def test_extract_units_numbers_before_a_party_cost_linear_time():
    """"On 0 1 2 ... 39 x Russia hacked ...": the opening-words check once took time exponential in the numbers."""
    import time

    text = "On " + " ".join(str(i) for i in range(40)) + " x Russia hacked the ministry."
    start = time.perf_counter()
    analyze_text(text, published="2024-01-01")
    assert time.perf_counter() - start < 2.0


def test_extract_units_a_headline_year_inside_the_bodys_span_is_the_same_incident():
    text = (
        "Finland says Chinese state-backed group was behind 2021 parliament hack\n\n"
        "Finnish police said their investigation had found that the cyber espionage group APT31 was behind a breach of "
        "the Finnish parliament's information systems in 2020 and 2021."
    )
    report = analyze_text(text, published="2024-03-26")
    (inc,) = report.incidents
    assert inc.key == "APT31" and [s.state for s in inc.sponsors] == ["CN"] and inc.period.start == "2020"


def test_extract_units_a_campaigns_internal_communications_are_not_telecom():
    text = ("US agencies said Iran was behind the hacking of Donald Trump's presidential campaign, which said the hackers "
            "stole some of its internal communications.")
    report = analyze_text(text, published="2024-08-19")
    sectors = {v.sector for inc in report.incidents for v in inc.victims}
    assert "political" in sectors and "telecom" not in sectors


def test_extract_units_a_state_that_hacked_is_the_accused():
    report = analyze_text("US agencies said Iran hacked Donald Trump's presidential campaign.", published="2024-08-19")
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == [("US", "IR")]


def test_extract_units_petrol_stations_and_fuel_are_energy():
    text = "Iran said Israel was behind a cyberattack that disrupted fuel distribution at thousands of petrol stations."
    report = analyze_text(text, published="2021-10-30")
    assert {v.sector for inc in report.incidents for v in inc.victims} == {"energy"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The foreign ministry handed a protest note to the Russian envoy.", {("condemnation", "NL", "RU")}),
        ("Poland, Estonia and Lithuania said they stood with the Netherlands.",
         {("condemnation", "PL", "RU"), ("condemnation", "EE", "RU"), ("condemnation", "LT", "RU")}),
    ],
)
def test_extract_units_protest_notes_and_standing_with_the_victim_condemn(sentence, expected):
    text = "The Dutch government said Russia's GRU was behind the breach of its police networks. " + sentence
    report = analyze_text(text, published="2024-10-01")
    assert {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses} == expected


def test_extract_units_a_states_agency_named_in_commas_that_found_is_no_accused():
    text = (
        "Australia's intelligence agencies have concluded that China's Ministry of State Security was responsible for a "
        "cyberattack on the national parliament's computer network. "
        "Australia's signals intelligence agency, the Australian Signals Directorate, found the attackers used code that "
        "had been used by Chinese hackers before. China's foreign ministry denied any involvement."
    )
    report = analyze_text(text, published="2019-09-16")
    assert all(s.state != "AU" for inc in report.incidents for s in inc.sponsors)
    assert [d.by for inc in report.incidents for d in inc.denials] == ["CN"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany's domestic intelligence agency, the Federal Office for the Protection of the Constitution, said Russian "
         "hackers working for the GRU targeted the SPD.", ("DE", "RU")),
        ("Norway's Police Security Service said China-linked hackers breached the Storting.", ("NO", "CN")),
    ],
)
def test_extract_units_long_agency_appositions_and_linked_hackers(text, expected):
    report = analyze_text(text, published="2024-10-01")
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == [expected]


def test_extract_units_living_off_the_land_is_how_not_why_and_makers_end_the_victim():
    text = (
        "South Korea's National Intelligence Service said North Korean hackers had broken into the servers of two domestic "
        "semiconductor equipment makers and stolen product designs. The NIS said the hackers used a technique called "
        "\"living off the land\" to avoid detection."
    )
    report = analyze_text(text, published="2023-12-04")
    (inc,) = report.incidents
    assert inc.activity == "espionage"
    assert [v.name for v in inc.victims] == ["two domestic semiconductor equipment makers"]


def test_extract_units_the_cloud_breached_through_is_the_way_in():
    text = "Microsoft said Chinese state hackers breached US government email through Microsoft cloud services."
    report = analyze_text(text, published="2023-07-12")
    assert {v.sector for inc in report.incidents for v in inc.victims} == {"government"}


def test_extract_units_a_dateline_without_a_city_dates_the_story_not_the_operation():
    text = (
        "May 24 (Reuters) - State-sponsored Chinese hackers have spied on US critical infrastructure organizations, "
        "Microsoft said on Wednesday.\n\n"
        "Microsoft said the group, which it called Volt Typhoon, had been active since mid-2021."
    )
    report = analyze_text(text, published="2023-05-24")
    (inc,) = report.incidents
    assert inc.key == "Volt Typhoon" and inc.period.start == "2021" and [s.state for s in inc.sponsors] == ["CN"]


def test_extract_units_a_campaign_against_states_far_along_the_sentence():
    text = (
        "The European Union and its Member States strongly condemn the malicious cyber campaign conducted by the "
        "Russia-controlled Advanced Persistent Threat Actor 28 (APT28) against Germany and Czechia, which targeted "
        "political entities and state institutions."
    )
    report = analyze_text(text, published="2024-05-04")
    victims = {(v.country, v.sector) for inc in report.incidents for v in inc.victims}
    assert {("DE", None), ("CZ", None)} <= victims and any(s == "political" for _, s in victims)


def test_extract_units_partners_supporting_an_assessment_in_the_passive_share_it():
    text = (
        "The NCSC assesses that APT29 almost certainly operates as part of Russian intelligence services. This assessment "
        "is supported by partners at the Canadian Communication Security Establishment."
    )
    report = analyze_text(text, published="2020-07-16")
    assert {(a.by, a.state) for inc in report.incidents for a in inc.attributions} == {("GB", "RU"), ("CA", "RU")}


@pytest.mark.parametrize(
    ("target", "country", "sector"),
    [
        ("the computer systems of the Organisation for the Prohibition of Chemical Weapons", None, "government"),
        ("the email server of Ukraine's presidential office", "UA", "government"),
        ("the networks of the US Treasury and Commerce departments", "US", "government"),
    ],
)
def test_extract_units_international_organisations_offices_and_departments(target, country, sector):
    report = analyze_text(f"Officials said hackers working for Russia's GRU broke into {target}.", published="2024-10-01")
    assert (country, sector) in {(v.country, v.sector) for inc in report.incidents for v in inc.victims}


def test_extract_units_what_was_accessed_is_a_victim_and_letter_recipients_are_not():
    text = (
        "Chinese state-sponsored hackers remotely accessed several US Treasury Department workstations, the department "
        "said in a letter to lawmakers on Monday."
    )
    report = analyze_text(text, published="2024-12-30")
    victims = {(v.country, v.sector) for inc in report.incidents for v in inc.victims}
    assert ("US", "government") in victims and all(s != "legislature" for _, s in victims)


def test_extract_units_a_group_the_speaker_ties_to_a_state_in_a_relative_clause():
    report = analyze_text("Kaspersky said the Lazarus Group, which it ties to North Korea, targeted defence firms.", published="2024-10-01")
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == [("Kaspersky", "KP")]


def test_extract_units_close_ties_to_a_state_are_diplomacy_not_an_accusation():
    report = analyze_text(
        "Prague's close ties to Taiwan anger China. The Czech Republic said APT31 hacked its foreign ministry.",
        published="2025-05-28",
    )
    assert all(s.state != "TW" for inc in report.incidents for s in inc.sponsors)


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Officials said hackers working for Russia's GRU knocked the ministry's websites offline for several hours.", "disruption"),
        ("Officials said hackers working for North Korea laundered the stolen funds through mixers.", "financial"),
        ("Officials said hackers working for Russia's GRU released emails stolen from the campaign to sway the election.", "influence"),
        ("Officials said hackers working for Russia's GRU disabled the satellite modems, cutting internet access for thousands.", "sabotage"),
    ],
)
def test_extract_units_more_ways_news_says_what_an_operation_did(text, activity):
    report = analyze_text(text, published="2024-10-01")
    assert [inc.activity for inc in report.incidents] == [activity]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed state's hackers "crippled"/"had stolen": the speaker holds that state responsible
        ("Albania's government said Iranian state hackers had crippled its online public services in July.", [("AL", "IR")]),
        # the last of a list of named groups acts: "..., Andariel and Kimsuky had stolen"
        ("South Korean police said North Korean hacking groups Lazarus, Andariel and Kimsuky had stolen data from defence contractors.", [("KR", "KP")]),
        # "a group with ties to China" ties the group to the state
        ("Singapore's minister said UNC3886, a group with ties to China, was attacking critical infrastructure.", [("SG", "CN")]),
        # "the Russian state-sponsored actor X" (singular "actor")
        ("Microsoft said the Russian state-sponsored actor Midnight Blizzard had accessed email accounts of its senior leaders.", [("Microsoft", "RU")]),
    ],
)
def test_extract_units_more_ways_a_speaker_says_a_state_acted(text, expected):
    report = analyze_text(text, published="2024-10-01")
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == expected


def test_extract_units_a_victims_seat_gives_its_country():
    report = analyze_text(
        "The FBI said North Korea's Lazarus Group stole $1.5 billion from a UK-based cryptocurrency exchange and a Tokyo-based bank.",
        published="2024-01-01",
    )
    assert {(v.country, v.sector) for inc in report.incidents for v in inc.victims} == {("GB", "finance"), ("JP", "finance")}


@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("Secretary of State Antony Blinken said hackers working for Russia's SVR had breached the department's email systems.", "US"),
        ("The Canadian Security Intelligence Service said hackers working for China's MSS had breached the ministry.", "CA"),
        ("The Military Intelligence and Security Service said hackers working for Russia's GRU had breached the police.", "NL"),
    ],
)
def test_extract_units_organs_whose_words_stand_for_their_state(text, by):
    report = analyze_text(text, published="2024-06-01")
    assert [a.by for inc in report.incidents for a in inc.attributions] == [by]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The government will hold China's Ministry of State Security accountable for the campaign against Australian networks, Prime Minister Anthony Albanese said.", [("AU", "CN")]),
        ("Responsibility for the attack lies with the GRU, the Estonian government said.", [("EE", "RU")]),
        ("Taiwan's National Security Bureau said Chinese state hackers attempted some 2.4 million cyberattacks a day on government networks.", [("TW", "CN")]),
        ("The intrusion bears the hallmarks of APT29, a group linked to Russia's SVR, Poland's digital affairs minister said.", [("PL", "RU")]),
    ],
)
def test_extract_units_accountability_and_late_responsibility(text, expected):
    report = analyze_text(text, published="2025-03-01")
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == expected


def test_extract_units_condemning_a_states_attempt_holds_it_responsible():
    report = analyze_text(
        "The United States condemned Iran's attempt to interfere in the election through hack-and-leak operations, the State Department said.",
        published="2024-09-01",
    )
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == [("US", "IR")]
    assert [(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses] == [("condemnation", "US", "IR")]


@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("Lithuania declared two Russian diplomats persona non grata over the cyberattacks.", ("expel_diplomats", "LT", "RU")),
        ("The Polish government said it had given Russia's chargé d'affaires a note of protest over the hacking of the news agency.", ("condemnation", "PL", "RU")),
    ],
)
def test_extract_units_a_response_to_a_states_envoy_over_an_attack_accuses_that_state(text, response):
    report = analyze_text(text, published="2024-05-01")
    assert [(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses] == [response]
    assert [a.state for inc in report.incidents for a in inc.attributions] == [response[2]]


def test_extract_units_an_organ_that_usually_speaks_can_be_the_accused():
    text = (
        "FSB uncovers U.S. intelligence operation using Apple phones\n\n"
        "MOSCOW, June 1. The Russian Federal Security Service (FSB) has uncovered an intelligence operation by U.S. special services "
        "that infected thousands of phones, the FSB said on Thursday. The FSB said the operation was run by the U.S. National Security Agency. "
        "The company said the activity appeared to be the one the FSB had described."
    )
    report = analyze_text(text, published="2023-06-01")
    assert [(s.state, s.agency) for inc in report.incidents for s in inc.sponsors] == [("US", "NSA")]
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == [("RU", "US")]
    # and where it speaks, it stays the speaker
    report = analyze_text("The National Security Agency said hackers working for China's MSS had breached the network.", published="2023-06-01")
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == [("US", "CN")]


def test_extract_units_a_joint_advisory_speaks_for_the_agencies_that_co_seal_it():
    text = (
        "Agencies from nine countries on Tuesday published a joint advisory on a campaign by Chinese state hackers against telecom operators.\n\n"
        "The advisory attributes the intrusions to Salt Typhoon, a group working for China's Ministry of State Security.\n\n"
        "It is co-sealed by the US National Security Agency and FBI, the UK's National Cyber Security Centre, Estonia's Foreign Intelligence "
        "Service, the Danish Defence Intelligence Service and Canada's Communications Security Establishment."
    )
    report = analyze_text(text, published="2025-08-27")
    assert [(s.state, s.agency) for inc in report.incidents for s in inc.sponsors] == [("CN", "MSS")]
    assert sorted(a.by for inc in report.incidents for a in inc.attributions) == ["CA", "DK", "EE", "GB", "US"]
    assert sorted(r.by for inc in report.incidents for r in inc.responses if r.type == "advisory") == ["CA", "DK", "EE", "GB", "US"]


@pytest.mark.parametrize(
    "tie",
    ["was almost certainly subordinate to", "works in support of", "operates under the direction of", "is an arm of", "acted under instructions from"],
)
def test_extract_units_more_words_that_tie_a_group_to_a_state(tie):
    report = analyze_text(f"British officials said a group known as Star Blizzard {tie} Russia's FSB.", published="2023-12-07")
    assert [(s.state, s.agency) for inc in report.incidents for s in inc.sponsors] == [("RU", "FSB")]
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == [("GB", "RU")]


def test_extract_units_first_person_staff_and_soldiers_as_objects():
    text = (
        "Mandiant said today it is naming the cluster it tracks as Sandworm APT44.\n\n"
        "The change reflects what our analysts have watched for a decade. We assess with high confidence that APT44 is sponsored by "
        "Russia's military intelligence agency, the GRU.\n\n"
        "Its operators have deployed wipers against Ukrainian government bodies and energy utilities. The group has also been pulling "
        "intelligence from mobile devices captured from Ukrainian soldiers."
    )
    report = analyze_text(text, published="2024-04-17")
    assert [(a.by, a.state, a.confidence) for inc in report.incidents for a in inc.attributions] == [("Mandiant", "RU", "high")]
    assert {(v.country, v.sector) for inc in report.incidents for v in inc.victims} >= {("UA", "government"), ("UA", "energy")}


def test_extract_units_examples_of_a_campaign_stay_in_it():
    text = (
        "The UK government says Russia's FSB ran a years-long hacking campaign against British politicians, using a group called Star Blizzard.\n\n"
        "Britain says the group's operations stretch back to at least 2015. They include the theft of documents leaked ahead of the "
        "December 2019 election, and the 2018 compromise of a think tank. Members of parliament from several parties were among the "
        "targets of the group's spear-phishing."
    )
    report = analyze_text(text, published="2023-12-07")
    assert len(report.incidents) == 1
    assert ("GB", "legislature") in {(v.country, v.sector) for v in report.incidents[0].victims}


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Officials said hackers working for China's MSS broke into defence-industry firms.", "defense"),
        ("Officials said a group working for China's MSS, whose hacking campaign goes after universities in Taiwan, was behind it.", "education"),
    ],
)
def test_extract_units_hyphenated_sectors_and_going_after(text, sector):
    report = analyze_text(text, published="2024-01-01")
    assert sector in {v.sector for inc in report.incidents for v in inc.victims}


@pytest.mark.parametrize(
    "text",
    [
        "Australia blamed China's MSS for the hack of parliament, but Canberra does not need to announce sanctions or expel anyone, the minister said.",
        "Britain blamed Russia's GRU for the attack but has not imposed sanctions.",
        "The EU blamed Russia for the attack and stopped short of imposing sanctions.",
    ],
)
def test_extract_units_a_response_the_text_says_was_not_made(text):
    report = analyze_text(text, published="2024-01-01")
    assert report.incidents and [r.type for inc in report.incidents for r in inc.responses] == []


def test_extract_units_a_vendor_that_first_described_a_group():
    text = (
        "Singapore's coordinating minister said on Friday that UNC3886 is attacking Singapore's critical information infrastructure.\n\n"
        "UNC3886 was first described in 2022 by the US cybersecurity firm Mandiant, which calls it a China-nexus espionage group."
    )
    report = analyze_text(text, published="2025-07-19")
    assert len(report.incidents) == 1
    inc = report.incidents[0]
    assert ("SG", "critical_infrastructure") in {(v.country, v.sector) for v in inc.victims}
    assert inc.period.start is None  # 2022 is when the vendor wrote it up, Friday when the minister spoke
    assert "Mandiant" in {a.by for a in inc.attributions} and "US" not in {a.by for a in inc.attributions}


def test_extract_units_a_gang_named_after_a_state():
    text = (
        "Montenegro's government said Russian state hackers were behind the attacks on its ministries. "
        "A criminal group calling itself Cuba claimed part of the attack, and officials said Cuba had ties to Russia."
    )
    report = analyze_text(text, published="2022-09-01")
    names = [a.name for inc in report.incidents for a in inc.actors]
    assert "Cuba" in names
    assert all(v.country != "CU" for inc in report.incidents for v in inc.victims)


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Officials said hackers working for Russia's FSB ran a campaign of hacking and leaking aimed at interfering in UK politics.", "influence"),
        ("Officials said hackers working for Russia's GRU manipulated the controls of a water system, causing a tank to overflow.", "sabotage"),
        ("Officials said hackers working for China's MSS broke into the ministry; the intruders were after information on trade talks.", "espionage"),
        ("Officials said hackers working for China's PLA are hiding in networks to prepare for disruptive attacks.", "prepositioning"),
    ],
)
def test_extract_units_activity_words_from_the_probe_articles(text, activity):
    report = analyze_text(text, published="2024-10-01")
    assert [inc.activity for inc in report.incidents] == [activity]


def test_extract_units_one_sentence_listing_two_dated_operations():
    text = (
        "France on Tuesday accused Russia's GRU of running APT28, which has targeted French ministries since 2021, the foreign ministry said.\n\n"
        "The group was also, the ministry said, responsible for the 2015 sabotage of the broadcasting systems of the TV5Monde network, "
        "and for the 2017 breach of the campaign of presidential candidate Emmanuel Macron."
    )
    doc = _doc(text)
    assert [doc.text[s.start : s.end][-16:] for s in doc.sentences][1:] == ["TV5Monde network", "Emmanuel Macron."]
    report = analyze_text(text, published="2025-04-29")
    assert sorted(inc.period.start for inc in report.incidents) == ["2015", "2017", "2021"]


def test_extract_units_a_co_signer_that_blamed_the_state_also_names_the_group():
    text = (
        "Britain, the US and Canada say Russian hackers are targeting COVID-19 vaccine research.\n\n"
        "Britain's National Cyber Security Centre said the group behind the attacks, APT29, almost certainly operates as part of "
        "Russia's intelligence services. The assessment was set out in an advisory co-signed by Canada's Communications Security "
        "Establishment and by the US National Security Agency."
    )
    report = analyze_text(text, published="2020-07-16")
    assert {(a.by, a.actor, a.state) for inc in report.incidents for a in inc.attributions} == {
        ("GB", "APT29", "RU"), ("US", "APT29", "RU"), ("CA", "APT29", "RU")
    }


def test_extract_units_a_government_agencys_threat_report_is_an_advisory_a_vendors_is_not():
    text = (
        "France accuses Russia's GRU of running APT28, the foreign ministry said on Tuesday.\n\n"
        "On the same day, the national cybersecurity agency, ANSSI, published a threat report detailing the group's methods since 2021. "
        "Mandiant published a threat report on the group as well."
    )
    report = analyze_text(text, published="2025-04-29")
    assert [(r.type, r.by) for inc in report.incidents for r in inc.responses] == [("advisory", "FR")]


def test_extract_units_two_states_held_responsible_together():
    report = analyze_text(
        "Iranian officials said Israel and the United States were probably behind the attack on the fuel distribution system.",
        published="2021-10-30",
    )
    assert sorted((a.by, a.state, a.confidence) for inc in report.incidents for a in inc.attributions) == [
        ("IR", "IL", "medium"), ("IR", "US", "medium")
    ]
    assert sorted(s.state for inc in report.incidents for s in inc.sponsors) == ["IL", "US"]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Mandiant said APT41, a group working for China's MSS, breached networks in India. Apart from India, the countries hit included the US, the UK and Japan.", {"IN", "US", "GB", "JP"}),
        ("Mandiant said UNC1151, a group working for the Belarusian government, had stolen credentials of government officials in Ukraine, Lithuania and Poland.", {"UA", "LT", "PL"}),
        ("Prosecutors in Washington said APT41, a group working for China's MSS, hit organisations in Japan, Singapore and Australia.", {"JP", "SG", "AU"}),
    ],
)
def test_extract_units_countries_hit_and_credentials_stolen(text, countries):
    report = analyze_text(text, published="2024-01-01")
    assert {v.country for inc in report.incidents for v in inc.victims} == countries


def test_extract_units_a_service_that_suspected_a_state():
    report = analyze_text(
        "South Korea's National Intelligence Service told lawmakers at the time that it suspected North Korea of the attacks "
        "that knocked out government websites in 2009.",
        published="2015-03-18",
    )
    assert [(a.by, a.state, a.confidence) for inc in report.incidents for a in inc.attributions] == [("KR", "KP", "low")]
    # "it strongly suspected the group ..." with no state named after it is no attribution by this cue alone
    assert not analyze_text("The firm said it strongly suspected the decoy persona was a front.", published="2015-03-18").incidents


def test_extract_units_demonyms_of_more_states():
    report = analyze_text("Costa Rican officials said hackers working for Russia's GRU breached the Peruvian finance ministry.", published="2022-05-17")
    assert [a.by for inc in report.incidents for a in inc.attributions] == ["CR"]
    assert {v.country for inc in report.incidents for v in inc.victims} == {"PE"}


def test_extract_units_a_government_that_paid_a_group_and_freelance_nationals():
    report = analyze_text(
        "The FBI said the Chinese government paid the group, known as Mustang Panda, to develop the PlugX malware used against European governments.",
        published="2025-01-15",
    )
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == [("US", "CN")]
    assert not analyze_text("Early coverage, citing unnamed US officials, had pointed instead to freelance Russian hackers.", published="2017-07-20").incidents


def test_extract_units_announced_jointly_with_and_crypto_theft():
    report = analyze_text(
        "Japan's National Police Agency said on Tuesday that TraderTraitor, a group believed to be part of North Korea's Lazarus Group, "
        "was responsible for the theft of bitcoin worth about 48.2 billion yen from DMM Bitcoin. "
        "The identification was announced jointly with the US Federal Bureau of Investigation.",
        published="2024-12-24",
    )
    assert sorted(a.by for inc in report.incidents for a in inc.attributions) == ["JP", "US"]
    assert [inc.activity for inc in report.incidents] == ["financial"]


def test_extract_units_at_the_behest_of_and_vendors_following_a_group_under_a_name():
    report = analyze_text(
        "A hacking group that security company FireEye calls APT33 has been spying on aerospace companies. "
        "FireEye assessed that the group works at the behest of the Iranian government.",
        published="2017-09-20",
    )
    assert [(a.by, a.actor, a.state) for inc in report.incidents for a in inc.attributions] == [("FireEye", "APT33", "IR")]
    report = analyze_text(
        "The cybersecurity firm Secureworks, which follows the group under the name Gold Lowell, said it had attacked hospitals.",
        published="2018-11-28",
    )
    assert [(a.by, a.actor) for inc in report.incidents for a in inc.attributions] == [("Secureworks", "Gold Lowell")]


def test_extract_units_a_group_calling_itself_something_in_a_text_about_a_decoy():
    text = (
        "A group calling itself DarkBit took responsibility for the attack on the university and demanded a ransom.\n\n"
        "Israel's cyber directorate said the attack was carried out by MuddyWater, a group affiliated with Iran's intelligence ministry, "
        "and that the ransom demand was a decoy."
    )
    report = analyze_text(text, published="2023-03-07")
    assert [a.name for inc in report.incidents for a in inc.actors] == ["MuddyWater"]


@pytest.mark.parametrize(
    "text",
    [
        "Staff found a message from a group calling itself the Shadow Wardens on their screens after the destructive attack on the broadcaster. "
        "The FBI blamed North Korea, and prosecutors later charged a programmer who worked for a front company of the North Korean government.",
        "Hackers operating under the name Shadow Wardens claimed the wiper attack on the broadcaster. Washington blamed North Korea and sanctioned "
        "a trading firm it called a front for the Reconnaissance General Bureau.",
    ],
)
def test_extract_units_a_front_company_of_the_sponsor_makes_no_claim_a_decoy(text):
    report = analyze_text(text, published="2018-09-07")
    assert [a.name for inc in report.incidents for a in inc.actors] == ["Shadow Wardens"]


def test_extract_units_hackers_going_by_a_name_are_that_group():
    report = analyze_text(
        "Hackers going by the name Justice Riders claimed the wiper attack on the Kuwaiti ministry. Kuwait said the hackers worked for Iran.",
        published="2023-05-01",
    )
    assert [a.name for inc in report.incidents for a in inc.actors] == ["Justice Riders"]


def test_extract_units_a_persona_is_the_actor_unless_the_text_names_a_group_behind_it():
    claim = "A persona calling itself Holy Avengers claimed the attack on the water utility and posted messages mocking Israel. "
    report = analyze_text(claim + "Officials in Tel Aviv said Iran's intelligence ministry was behind it.", published="2023-05-01")
    assert [a.name for inc in report.incidents for a in inc.actors] == ["Holy Avengers"]
    report = analyze_text(claim + "Microsoft said the persona was operated by Charming Kitten, a group working for Iran.", published="2023-05-01")
    assert [a.name for inc in report.incidents for a in inc.actors] == ["Charming Kitten"]


@pytest.mark.parametrize(
    "text",
    [
        "Citizen Lab published an investigation into what it calls Sandfox: a phishing campaign against lawyers in Cairo, which it linked to the Egyptian government.",
        "The phishing wave against the defence ministry was the work of what the company calls Sandfox, and Warsaw blamed Belarus.",
        "Sandfox, as researchers call it, broke into the foreign ministries of three states, and officials in Nairobi blamed China.",
    ],
)
def test_extract_units_the_name_a_finder_gives_the_campaign_names_its_actor(text):
    report = analyze_text(text, published="2023-05-01")
    assert [a.name for inc in report.incidents for a in inc.actors] == ["Sandfox"]


def test_extract_units_a_tool_deployed_under_the_name_a_finder_gives_it_is_no_actor():
    report = analyze_text("Investigators said the attackers deployed what Mandiant calls Glasstoken on the ministry's servers, and blamed China.", published="2023-05-01")
    assert [a.name for inc in report.incidents for a in inc.actors] == []


def test_extract_units_a_state_named_as_the_targets_place_or_the_court_is_not_the_accused():
    report = analyze_text(
        "Three officers of a Chinese state security bureau were named in an American indictment. The charges accuse them of running a hacking "
        "campaign from 2012 to 2017 against companies and universities in the United States, Germany and Japan. Security firms track the same "
        "operators as APT40. Beijing rejected the charges and said China was itself a victim of American hacking.",
        published="2021-07-23",
    )
    assert [[a.name for a in inc.actors] for inc in report.incidents] == [["APT40"]]
    assert {"DE", "JP"} <= {v.country for inc in report.incidents for v in inc.victims}


@pytest.mark.parametrize(
    "text",
    [
        "Chile's foreign ministry condemned reports that the US National Security Agency broke into the email of a former president.",
        "Belgium's prosecutors said Britain's GCHQ broke into the networks of the telecoms operator Belgacom.",
    ],
)
def test_extract_units_a_spy_agency_that_broke_into_something_is_the_accused(text):
    report = analyze_text(text, published="2013-10-21")
    assert [s.state for inc in report.incidents for s in inc.sponsors] in (["US"], ["GB"])


def test_extract_units_operators_said_to_be_a_state_backed_group_are_that_states():
    report = analyze_text(
        "Check Point said it had uncovered a surveillance operation against a government in Southeast Asia. "
        "Check Point said the operators are likely a Chinese state-backed group, citing their tooling.",
        published="2021-06-04",
    )
    assert [(a.by, a.state, a.confidence) for inc in report.incidents for a in inc.attributions] == [("Check Point", "CN", "medium")]


def test_extract_units_the_accused_calling_itself_a_victim_of_the_accuser_accuses_no_one():
    report = analyze_text(
        "Prosecutors charged four officers of Russia's GRU with hacking hospitals in Canada and France. "
        "Moscow rejected the charges and said Russia was itself a victim of Canadian hacking.",
        published="2021-07-23",
    )
    assert [s.state for inc in report.incidents for s in inc.sponsors] == ["RU"]


def test_extract_units_a_state_blamed_after_a_headline_on_another_states_group_opens_its_own_incident():
    report = analyze_text(
        "Digest: Nobelium's phishing lures; a backdoor for an Asian ministry\n\n"
        "Check Point said it had uncovered a surveillance operation against a government in Southeast Asia. "
        "Check Point said the operators are likely a Chinese state-backed group, citing their tooling.\n\n"
        "Microsoft said Nobelium sent phishing emails to 3,000 accounts at think tanks.",
        published="2021-06-04",
    )
    keys = [([a.name for a in inc.actors], [s.state for s in inc.sponsors]) for inc in report.incidents]
    assert (["Nobelium"], []) in keys and ([], ["CN"]) in keys


def test_extract_units_the_group_whose_tool_another_groups_resembles_is_no_actor():
    text = (
        "Kaspersky said it had found Cobalt Panda inside the networks of foreign ministries in Africa. The firm found code similarities "
        "between its implant and the ShadowPad backdoor used by APT41, also known as Winnti, and believes Cobalt Panda may be linked to that group."
    )
    assert [a.name for inc in analyze_text(text, published="2021-06-10").incidents for a in inc.actors] == ["Cobalt Panda"]
    report = analyze_text("ESET found the PlugX malware used by APT10 on the ministry's servers.", published="2021-06-10")
    assert [a.name for inc in report.incidents for a in inc.actors] == ["APT10"]


def test_extract_units_a_response_to_another_grievance_is_not_the_hacks():
    text = (
        "Qatar's government said hackers working for the United Arab Emirates broke into its state news agency in May.\n\n"
        "Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar on June 5, accusing it of supporting terrorism."
    )
    report = analyze_text(text, published="2017-07-20")
    assert [r.type for inc in report.incidents for r in inc.responses] == []
    report = analyze_text("Albania cut diplomatic ties with Iran, accusing it of the cyberattack on its government services.", published="2022-09-07")
    assert [(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses] == [("sever_relations", "AL", "IR")]


def test_extract_units_military_companies_are_the_defence_industry():
    report = analyze_text("ESET said Lazarus, a group working for North Korea, targeted military companies and the armed forces in Poland.", published="2023-09-29")
    assert {v.sector for inc in report.incidents for v in inc.victims} == {"defense", "military"}


def test_extract_units_a_group_that_goes_after_targets_and_malicious_documents():
    text = (
        "Cisco Talos said Transparent Tribe, a group working for Pakistan's military, has been sending students at Indian colleges "
        "malicious documents since June 2021. APT36 usually goes after the Indian military and government employees."
    )
    report = analyze_text(text, published="2022-07-13")
    inc = report.incidents[0]
    assert inc.period.start == "2021-06"
    assert {"military", "government"} <= {v.sector for v in inc.victims}


def test_extract_units_a_states_cyber_actors_do_not_speak():
    text = (
        "The FBI said the Lazarus Group, cyber actors associated with North Korea, are responsible for the theft of $100 million from a bridge.\n\n"
        "On Friday, January 13, 2023, the North Korean cyber actors used a privacy protocol to launder more than $60 million."
    )
    report = analyze_text(text, published="2023-01-23")
    assert [a.by for inc in report.incidents for a in inc.attributions] == ["US"]
    doc_speakers = {a.by for inc in report.incidents for a in inc.attributions} | {r.by for inc in report.incidents for r in inc.responses}
    assert "KP" not in doc_speakers


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("US officials said hackers working for China's MSS stole the personal data of 21.5 million people from the Office of Personnel Management.", ("US", "government")),
        ("US officials said hackers working for Iran's IRGC took control of a controller at the Municipal Water Authority of Aliquippa.", ("US", "water")),
        ("The agency said hackers working for Russia's SVR accessed Microsoft's corporate email, including that of senior executives.", (None, "technology")),
    ],
)
def test_extract_units_victims_after_decimals_utilities_and_companies(text, victim):
    report = analyze_text(text, published="2024-06-01")
    assert victim in {(v.country, v.sector) for inc in report.incidents for v in inc.victims}


def test_extract_units_a_companys_product_is_not_the_company_hit():
    report = analyze_text(
        "The United States accused hackers working for China's MSS of the compromise of Microsoft Exchange email servers.", published="2021-07-19"
    )
    assert all(v.name != "Microsoft" for inc in report.incidents for v in inc.victims)


def test_extract_units_an_american_place_gives_the_victims_country():
    report = analyze_text(
        "Officials said hackers working for Iran's IRGC took control of a controller at the Municipal Water Authority of Aliquippa in Pennsylvania.",
        published="2023-12-01",
    )
    assert {(v.country, v.sector) for inc in report.incidents for v in inc.victims} == {("US", "water")}


def test_extract_units_a_campaigns_signature_and_a_planted_fake_report():
    report = analyze_text(
        "Seoul's spy agency said North Korean hackers stole data from the smartphones of officials last year. "
        "The National Intelligence Service said the campaign bore the signature of Kimsuky.",
        published="2025-01-10",
    )
    assert [(a.by, a.actor) for inc in report.incidents for a in inc.attributions] == [("KR", "Kimsuky")]
    report = analyze_text(
        "Poland's digital affairs minister said Russian military intelligence was behind a hack of the news agency PAP, "
        "which published a fake report about a mobilisation.",
        published="2024-05-31",
    )
    assert [inc.activity for inc in report.incidents] == ["influence"]


def test_extract_units_the_day_a_state_exposed_a_unit_is_not_when_it_hacked():
    report = analyze_text(
        "LONDON - Britain on Monday exposed a Russian spy unit it said had tried to hack the Organisation for the Prohibition of Chemical Weapons. "
        "The National Cyber Security Centre assessed with high confidence that the GRU was almost certainly responsible.",
        published="2018-10-04",
    )
    assert [inc.period.start for inc in report.incidents] == [None]
    report = analyze_text(
        "The Canadian Centre for Cyber Security said China's state-sponsored hackers had compromised at least 20 federal networks.",
        published="2024-10-30",
    )
    assert {(v.country, v.sector) for inc in report.incidents for v in inc.victims} == {("CA", "government")}


def test_extract_units_a_denial_that_calls_the_accusation_a_hostile_act():
    report = analyze_text(
        "Officials in Washington said North Korea's Lazarus Group stole $1.5 billion from Bybit. North Korea's foreign ministry called "
        "the US accusations \"a hostile act\" and said Washington was trying to tarnish the country's image.",
        published="2025-03-01",
    )
    assert [d.by for inc in report.incidents for d in inc.denials] == ["KP"]


def test_extract_units_a_governments_agencies_hacked_and_robbed_are_the_victim():
    report = analyze_text(
        "US officials said hackers working for China's MSS hacked German government agencies and stole documents.", published="2024-01-01"
    )
    assert [s.state for inc in report.incidents for s in inc.sponsors] == ["CN"]
    assert {(v.country, v.sector) for inc in report.incidents for v in inc.victims} == {("DE", "government")}


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Officials said hackers working for Iran's IRGC broke into the magazine's database, publishing stolen documents to discredit it.", "influence"),
        ("Officials said hackers working for Russia's GRU spread fabricated content after breaking into the broadcaster.", "influence"),
        ("Officials said hackers working for the US and Israel sabotaged the centrifuges at the enrichment plant.", "sabotage"),
    ],
)
def test_extract_units_publishing_stolen_documents_fabricated_content_and_sabotaged(text, activity):
    report = analyze_text(text, published="2024-01-01")
    assert [inc.activity for inc in report.incidents][:1] == [activity]


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Officials said hackers working for Iran's IRGC breached media organisations in France.", "media"),
        ("Officials said hackers working for China's MSS breached the New York State Assembly.", "legislature"),
    ],
)
def test_extract_units_media_organisations_and_state_assemblies(text, sector):
    report = analyze_text(text, published="2024-01-01")
    assert sector in {v.sector for inc in report.incidents for v in inc.victims}


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Officials said hackers working for the US NSA ran an intelligence operation that infected thousands of iPhones.", "espionage"),
        ("Officials said hackers working for Russia's SVR monitored the email traffic of senior officials.", "espionage"),
        ("Officials said hackers working for Iran's IRGC collected information on dissidents living abroad.", "espionage"),
        ("Officials said hackers working for China's MSS copied sensitive data from the servers of the aerospace firm.", "espionage"),
        ("Officials said hackers working for Russia's GRU took the websites of the parliament offline for hours.", "disruption"),
    ],
)
def test_extract_units_espionage_without_the_word(text, activity):
    report = analyze_text(text, published="2024-06-01")
    assert [inc.activity for inc in report.incidents] == [activity]


def test_extract_units_more_agencies_held_responsible():
    report = analyze_text(
        "US prosecutors said the Triton malware was deployed by hackers working for Russia's Central Scientific Research Institute of "
        "Chemistry and Mechanics (TsNIIKhM) against a Saudi petrochemical plant.",
        published="2022-03-24",
    )
    assert [(s.state, s.agency) for inc in report.incidents for s in inc.sponsors] == [("RU", "TsNIIKhM")]


def test_extract_units_a_business_city_gives_the_victims_country():
    report = analyze_text(
        "German prosecutors said hackers working for Vietnam's government breached the networks of the Munich-based carmaker BMW.",
        published="2019-12-06",
    )
    assert {(v.country, v.sector) for inc in report.incidents for v in inc.victims} == {("DE", "manufacturing")}


def test_extract_units_a_translation_note_and_a_finance_ministry():
    report = analyze_text(
        "SAN JOSE (translated from the Spanish edition) - Costa Rica said the Conti ransomware gang attacked the finance ministry.",
        published="2022-05-17",
    )
    assert {(v.country, v.sector) for inc in report.incidents for v in inc.victims} == {("CR", "government")}


def test_extract_units_since_at_least_a_year_is_a_start():
    doc = _doc("The group has been spying on firms since at least 2013, the company said on Wednesday.", "2017-09-20")
    assert [(doc.text[d.start : d.end], d.value, d.role) for d in doc.dates][0] == ("since at least 2013", "2013", "since")


def test_extract_units_manipulating_controls_is_an_operation():
    text = (
        "The Treasury sanctioned two leaders of the Cyber Army of Russia Reborn, a group it said works for Russia's GRU. "
        "Treasury said the group had manipulated the controls of water systems in Texas in January, causing a tank to overflow."
    )
    report = analyze_text(text, published="2024-07-19")
    inc = report.incidents[0]
    assert inc.period.start == "2024-01" and inc.activity == "sabotage"
    assert ("US", "water") in {(v.country, v.sector) for v in inc.victims}


def test_extract_units_two_more_security_firms_as_attributors():
    report = analyze_text("Certfa tied the campaign to Charming Kitten, a group it said works for the Iranian government.", published="2019-12-13")
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == [("Certfa", "IR")]


def test_extract_units_whom_charges_are_against_is_not_a_victim():
    text = (
        "A federal grand jury has indicted five officers of China's People's Liberation Army on charges of breaking into the networks of "
        "US steel companies. It is the first time the United States has brought criminal hacking charges against named members of a "
        "foreign state's armed forces."
    )
    report = analyze_text(text, published="2014-05-19")
    assert "military" not in {v.sector for inc in report.incidents for v in inc.victims}


def test_extract_units_whom_a_sanctions_regime_targeted_is_not_a_victim():
    text = (
        "The EU sanctioned two officers of Russia's GRU over the 2015 hack of the Bundestag. "
        "The EU first used the regime in July, when it targeted individuals and entities over several incidents."
    )
    report = analyze_text(text, published="2020-10-22")
    assert "individuals" not in {v.sector for inc in report.incidents for v in inc.victims}


def test_extract_units_calling_the_link_ridiculous_is_a_denial():
    text = (
        "The United States blamed North Korea for the WannaCry ransomware attack. "
        "North Korea's deputy UN ambassador called any link between Pyongyang and the attack \"ridiculous\"."
    )
    report = analyze_text(text, published="2017-12-19")
    assert [d.by for inc in report.incidents for d in inc.denials] == ["KP"]


def test_extract_units_two_companies_named_together_both_act():
    text = (
        "The US blamed North Korea for WannaCry. He said Microsoft and Facebook had acted last week to disrupt North Korean hacking "
        "activity, disabling accounts."
    )
    report = analyze_text(text, published="2017-12-19")
    assert sorted(r.by for inc in report.incidents for r in inc.responses if r.type == "takedown") == ["Facebook", "Microsoft"]


def test_extract_units_a_spans_first_year_does_not_date_a_later_month():
    doc = _doc("Since at least 2007, the ministry has conducted cyber operations. In January, US Cyber Command named the group.", "2022-09-09")
    assert [(doc.text[d.start : d.end], d.value) for d in doc.dates] == [("Since at least 2007", "2007"), ("In January", "2022-01")]


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("Prosecutors in New Jersey said hackers working for North Korea's RGB stole funds from a bank.", lambda r: "JE" not in {a.by for i in r.incidents for a in i.attributions}),
        ("Symantec said hackers working for China's MSS breached Seoul National University Hospital.", lambda r: {v.sector for i in r.incidents for v in i.victims} == {"healthcare"}),
        ("The FBI said hackers working for Iran's IRGC targeted US companies, in a public service announcement.", lambda r: "advisory" in {x.type for i in r.incidents for x in i.responses}),
        ("Officials said hackers working for Russia's GRU hit the railway, and ticketing services were temporarily halted.", lambda r: [i.activity for i in r.incidents] == ["disruption"]),
    ],
)
def test_extract_units_places_hospitals_announcements_and_halted_services(text, check):
    assert check(analyze_text(text, published="2024-06-01"))


def test_extract_units_a_states_healthcare_group_is_a_victim_not_a_sponsor():
    report = analyze_text(
        "Symantec said hackers working for China's MSS breached Singapore's largest healthcare group, stealing patient records.",
        published="2018-07-20",
    )
    assert [s.state for inc in report.incidents for s in inc.sponsors] == ["CN"]


@pytest.mark.parametrize(
    ("text", "by", "responses"),
    [
        ("WARSAW, Jan 5 (Wire) - Police said hackers working for Russia's GRU broke into the email of a senior official.", "PL", []),
        ("TIRANA — The government said Iranian state hackers had crippled public services in July. It severed ties with Iran and expelled "
         "its diplomats.", "AL", ["expel_diplomats", "sever_relations"]),
    ],
)
def test_extract_units_bare_institutions_under_a_dateline_speak_for_its_state(text, by, responses):
    report = analyze_text(text, published="2024-01-10")
    assert [a.by for inc in report.incidents for a in inc.attributions] == [by]
    assert sorted(r.type for inc in report.incidents for r in inc.responses) == responses


def test_extract_units_a_state_blamed_in_a_headline_is_the_accused():
    report = analyze_text("China blamed for 'massive' hack of weather bureau\n\nAustralian officials said China was behind the intrusion.", published="2015-12-02")
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == [("AU", "CN")]


def test_extract_units_the_five_eyes_speak_as_their_five_members():
    report = analyze_text(
        "In a joint advisory, cybersecurity agencies from the Five Eyes countries said a Chinese state-sponsored group, Volt Typhoon, "
        "had compromised critical infrastructure.",
        published="2024-02-07",
    )
    assert sorted(a.by for inc in report.incidents for a in inc.attributions) == ["AU", "CA", "GB", "NZ", "US"]
    assert sorted(r.by for inc in report.incidents for r in inc.responses if r.type == "advisory") == ["AU", "CA", "GB", "NZ", "US"]


def test_extract_units_an_advisory_also_signed_by_more_states_and_statements_backing_the_allegations():
    report = analyze_text(
        "Agencies from the US and the UK warned that Chinese state-sponsored hackers had breached telecom providers. "
        "The advisory was also signed by Germany and Japan.",
        published="2024-08-27",
    )
    assert sorted(r.by for inc in report.incidents for r in inc.responses if r.type == "advisory") == ["DE", "GB", "JP", "US"]
    report = analyze_text(
        "Washington on Monday accused Beijing of a sweeping hacking campaign. Canberra and Wellington issued statements backing the allegations.",
        published="2024-03-25",
    )
    assert sorted(a.by for inc in report.incidents for a in inc.attributions) == ["AU", "NZ", "US"]


def test_extract_units_counter_intelligence_speaks_and_a_group_that_exploited_a_flaw():
    text = (
        "Czech counter-intelligence said it had evidence that Russian military intelligence hackers had targeted Czech institutions. "
        "It said the group, known as APT28, exploited a flaw in Microsoft Outlook."
    )
    report = analyze_text(text, published="2024-05-03")
    assert [(a.by, a.actor, a.state) for inc in report.incidents for a in inc.attributions] == [("CZ", "APT28", "RU")]


def test_extract_units_the_day_a_government_is_exposing_a_campaign():
    report = analyze_text(
        "Today Britain is exposing malicious cyber activity by China's Ministry of State Security. "
        "The government judges it highly likely that APT31 was responsible for the reconnaissance of UK parliamentarians.",
        published="2024-03-25",
    )
    assert [inc.period.start for inc in report.incidents] == [None]


def test_extract_units_a_dateline_under_a_headline_and_agencies_that_uncovered_a_campaign():
    text = (
        "Police: North Korea behind 2021 hack of hospital\n\n"
        "SEOUL, May 11 — A North Korean hacking group broke into the network of a university hospital in 2021.\n\n"
        "Police said they concluded that North Korea was responsible after comparing the attack with earlier hacks."
    )
    report = analyze_text(text, published="2023-05-11")
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == [("KR", "KP")]
    report = analyze_text(
        "WARSAW — The Military Counterintelligence Service (SKW) and CERT Polska have uncovered an espionage campaign against diplomats "
        "linked to Russian intelligence services.",
        published="2023-04-13",
    )
    assert [a.by for inc in report.incidents for a in inc.attributions] == ["PL"]


def test_extract_units_hackers_that_got_into_a_media_company():
    text = (
        "US prosecutors charged two Iranian nationals working for Iran's IRGC over an influence campaign. "
        "After the vote, they got into the network of an American media company."
    )
    report = analyze_text(text, published="2021-11-18")
    victims = {(v.name, v.country, v.sector) for inc in report.incidents for v in inc.victims}
    assert ("American media company", "US", "media") in victims
    assert not any(name.startswith("After") for name, _, _ in victims)


@pytest.mark.parametrize(
    ("text", "attributions"),
    [
        ("Britain said Russia conducted the attack on the energy grid.", [("GB", "RU")]),
        ("US officials said Russia hacked the DNC.", [("US", "RU")]),
        ("Overnight the US and Britain imposed sanctions on seven members of Evil Corp, which they said worked for Russia's FSB.", [("US", "RU"), ("GB", "RU")]),
    ],
)
def test_extract_units_a_state_that_conducted_an_attack_and_time_words_before_a_list(text, attributions):
    report = analyze_text(text, published="2024-10-01")
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == attributions


def test_extract_units_the_maker_of_spyware_is_neither_actor_nor_sponsor():
    report = analyze_text(
        "Citizen Lab said the phone of a Saudi dissident was infected with Pegasus spyware, which is made by the Israeli company "
        "NSO Group, and attributed the operation to Saudi Arabia's government.",
        published="2020-01-01",
    )
    assert [a.name for inc in report.incidents for a in inc.actors] == []
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == [("Citizen Lab", "SA")]


def test_extract_units_a_year_range_ends_on_its_second_year():
    doc = _doc("Police said the group was behind the 2020–2021 breach of the Finnish parliament.", "2024-03-27")
    assert [(d.value, d.role) for d in doc.dates] == [("2020", "point"), ("2021", "until")]


def test_extract_units_targets_named_after_an_aside_and_a_dismantled_attack_tool():
    report = analyze_text(
        "US officials said hackers working for Russia's GRU ran the campaign. The main targets, it said, were defence ministries "
        "and energy companies. The FBI dismantled the attack tool last week.",
        published="2024-06-01",
    )
    assert {"government", "energy"} <= {v.sector for inc in report.incidents for v in inc.victims}
    assert [(r.type, r.by) for inc in report.incidents for r in inc.responses] == [("takedown", "US")]


def test_extract_units_a_second_vendor_with_a_relative_clause_speaks_too():
    report = analyze_text(
        "SentinelOne tied the campaign to APT29, and Mandiant, which tracks the group as UNC2452, attributed it to Russia's SVR.",
        published="2021-05-28",
    )
    assert sorted(a.by for inc in report.incidents for a in inc.attributions) == ["Mandiant", "SentinelOne"]


def test_extract_units_victims_around_the_world_have_no_country():
    report = analyze_text(
        "LONDON - British officials said hackers working for Russia's FSB targeted government agencies around the world.", published="2024-06-01"
    )
    assert {(v.country, v.sector) for inc in report.incidents for v in inc.victims} == {(None, "government")}


def test_extract_units_computers_that_crashed_were_hit():
    report = analyze_text(
        "Iranian officials said hackers working for Israel's military were behind the attack. "
        "Computers at the Shahid Rajaee port crashed, and shipping traffic was halted for days.",
        published="2020-05-19",
    )
    inc = report.incidents[0]
    assert ("IR", "transport") in {(v.country, v.sector) for v in inc.victims} and inc.activity == "disruption"


@pytest.mark.parametrize(
    "text, sectors",
    [
        ("Officials said BlackTech, a group linked to China, has targeted government, industrial, technology, media and "
         "telecommunications entities in Japan.", {"government", "manufacturing", "technology", "media", "telecom"}),
        ("ESET said the Lazarus Group hit aerospace and military companies in Europe.", {"aerospace", "defense"}),
        ("The FBI said APT41 went after academic, legal and healthcare organisations in the United States.", {"education", "healthcare"}),
    ],
)
def test_extract_units_sector_modifiers_sharing_one_noun_each_name_a_sector(text, sectors):
    report = analyze_text(text, published="2023-09-27")
    assert {v.sector for inc in report.incidents for v in inc.victims} - {None} == sectors


def test_extract_units_a_province_before_a_list_of_sectors_gives_their_country():
    report = analyze_text(
        "Police said Russian hackers attacked critical infrastructure in Khuzestan province, including energy, transport and water companies.",
        published="2024-02-01",
    )
    assert {(v.country, v.sector) for inc in report.incidents for v in inc.victims if v.sector != "critical_infrastructure"} == {
        ("IR", "energy"), ("IR", "transport"), ("IR", "water")
    }


@pytest.mark.parametrize("name, code", [("Heilongjiang", "CN"), ("Kharkiv", "UA"), ("Belgorod", "RU"), ("Fukushima", "JP"), ("North", None), ("Punjab", None)])
def test_extract_units_subdivisions_in_english_resolve_to_one_state(name, code):
    from aptrace.kb.states import subdivision_country

    assert subdivision_country(name) == code


@pytest.mark.parametrize(
    "text",
    [
        "The statement says that Turla was behind the sabotage of a Lyon television channel in April 2016, and that the group "
        "took part in the attempt to destabilise the 2019 parliamentary election, when emails of a party were stolen and leaked.",
        "Turla was also, the ministry said, responsible for the 2016 sabotage of a Lyon television channel, "
        "and for the attempt to destabilise the 2019 parliamentary election through the hacking and leaking of a party's emails.",
    ],
)
def test_extract_units_a_second_reported_operation_in_its_own_year_is_its_own_incident(text):
    report = analyze_text("French officials blamed Russia. " + text, published="2024-04-29")
    assert sorted((inc.period.start[:4], inc.activity) for inc in report.incidents if inc.period.start) == [("2016", "sabotage"), ("2019", "influence")]


def test_extract_units_emails_stolen_and_leaked_are_influence():
    report = analyze_text("Dutch officials said Sandworm stole emails from a minister's party and leaked them before the vote.", published="2024-04-29")
    assert [inc.activity for inc in report.incidents] == ["influence"]


@pytest.mark.parametrize(
    "text, countries",
    [
        ("Microsoft said APT15 hacked foreign ministries. Besides Peru, the list of countries in its court filing runs to Chile, Bolivia and Uruguay.",
         {"PE", "CL", "BO", "UY"}),
        ("Microsoft said APT15 hacked foreign ministries; the countries named in the filing include Ecuador, Honduras and Guatemala.",
         {"EC", "HN", "GT"}),
    ],
)
def test_extract_units_a_list_of_countries_without_an_attack_verb_names_victims(text, countries):
    report = analyze_text(text, published="2021-12-06")
    assert {v.country for inc in report.incidents for v in inc.victims} - {None} == countries


def test_extract_units_victims_counted_among_the_targets():
    report = analyze_text(
        "Lookout said Dark Caracal, run by Lebanon's intelligence service, spied on phones. "
        "Its researchers counted soldiers, hospital doctors and journalists among the targets.",
        published="2018-01-18",
    )
    assert {v.sector for inc in report.incidents for v in inc.victims} == {"military", "healthcare", "media"}


def test_extract_units_a_vulnerability_id_is_neither_an_actor_nor_a_date():
    report = analyze_text("Britain said the SVR exploited the flaw tracked as CVE-2019-11510 to break into software developers in Poland.", published="2023-12-13")
    assert [(inc.actors, inc.period.start) for inc in report.incidents] == [([], None)]


def test_extract_units_malware_known_as_a_name_is_not_a_group():
    report = analyze_text(
        "Researchers said the Sandworm group broke into Ukrainian energy companies; a new version of the wiper, known as Hollowpoint, erased computers.",
        published="2023-12-13",
    )
    assert [a.name for inc in report.incidents for a in inc.actors] == ["Sandworm"]


def test_extract_units_the_council_of_an_eu_text_imposes_restrictive_measures():
    report = analyze_text(
        "The Council today decided to impose restrictive measures on two members of the Callisto group, "
        "which has conducted phishing campaigns against defence officials in the European Union.",
        published="2023-06-20",
    )
    inc = report.incidents[0]
    assert ("sanctions", "EU") in {(r.type, r.by) for r in inc.responses} and [(a.by, a.actor) for a in inc.attributions] == [("EU", "Callisto group")]


def test_extract_units_a_quoted_name_the_text_calls_a_group_is_an_actor():
    report = analyze_text("Two of those listed are members of 'Sandcastle', a group supported by the FSB which has attacked Ukraine's government.", published="2023-06-20")
    assert [(a.name, [s.agency for s in inc.sponsors]) for inc in report.incidents for a in inc.actors] == [("Sandcastle", ["FSB"])]


def test_extract_units_a_list_of_signatories_cut_by_semicolons_goes_on():
    report = analyze_text(
        "Poland's CERT said on Wednesday that APT29, which governments link to Russia's SVR, had broken into software companies in Poland.\n\n"
        "The advisory was signed by: Federal Bureau of Investigation (FBI), USA; CERT Polska; National Cyber Security Centre (NCSC), United Kingdom.",
        published="2023-12-13",
    )
    inc = report.incidents[0]
    assert sorted(a.by for a in inc.attributions) == ["GB", "PL", "US"]
    assert sorted(r.by for r in inc.responses if r.type == "advisory") == ["GB", "PL", "US"]


def test_extract_units_an_alert_put_together_by_agencies_is_their_advisory():
    report = analyze_text(
        "Chinese state-backed hackers known as Salt Typhoon breached telecommunications providers. "
        "The alert was put together by the FBI and the National Security Agency.",
        published="2024-12-03",
    )
    assert [(r.type, r.by) for inc in report.incidents for r in inc.responses] == [("advisory", "US")]


@pytest.mark.parametrize(
    "text, check",
    [
        ("North Korean hackers stole $600 million from the Ronin bridge, the FBI said. "
         "Singapore's central bank reminded financial institutions to check their counterparties against sanctions lists.",
         lambda inc: [r.type for r in inc.responses] == []),
        ("The Justice Department on Thursday unsealed charges against Maksim Yakubets for stealing $100 million from banks. "
         "Yakubets is alleged to lead Evil Corp, a Russia-based cybercriminal organization.",
         lambda inc: [(a.by, a.actor) for a in inc.attributions] == [("US", "Evil Corp")] and inc.activity == "financial"),
        ("Lookout said the Dark Caracal group, run by Lebanon's General Directorate of General Security, spied on thousands of phones.",
         lambda inc: [s.state for s in inc.sponsors] == ["LB"]),
        ("The pro-Russian group NoName057 knocked Danish ministry websites offline on Monday, the government said. "
         "The group has in recent months claimed similar attacks on targets in Nigeria, Sweden and the United States.",
         lambda inc: {(v.country, v.sector) for v in inc.victims} == {("DK", "government")}),
    ],
)
def test_extract_units_sanctions_screening_alleged_leaders_groups_run_by_a_state_organ_and_other_attacks(text, check):
    report = analyze_text(text, published="2024-05-01")
    assert len(report.incidents) == 1 and check(report.incidents[0])


def test_extract_units_a_long_list_of_victim_countries_is_read_to_its_end():
    names = ["Barbados", "Bolivia", "Brazil", "Bulgaria", "Chile", "Colombia", "Croatia", "Ecuador", "Guatemala", "Honduras", "Hungary",
             "Italy", "Jamaica", "Mali", "Mexico", "Montenegro", "Panama", "Peru", "Portugal", "Switzerland", "Venezuela"]
    report = analyze_text(
        "Microsoft said APT15 hacked foreign ministries. The list of countries in its filing runs to " + ", ".join(names[:-1]) + " and " + names[-1] + ".",
        published="2021-12-06",
    )
    assert len({v.country for inc in report.incidents for v in inc.victims} - {None}) == len(names)


def test_extract_units_the_state_of_a_tools_seller_is_not_the_sponsor():
    report = analyze_text(
        "Mexico's government denied spying on journalists. Citizen Lab said it had found links to Pegasus, a hacking tool made by "
        "Israel's NSO Group, sent to reporters, and that the operator was likely a Mexican government customer.",
        published="2017-06-19",
    )
    assert {s.state for inc in report.incidents for s in inc.sponsors} == {"MX"}


def test_extract_units_former_spies_of_a_state_are_not_its_hand():
    report = analyze_text(
        "Former U.S. spies helped UAE hack activists\n\n"
        "A team of former U.S. intelligence operatives working for the United Arab Emirates helped the Gulf state hack into the phones of activists.",
        published="2019-01-30",
    )
    assert {s.state for inc in report.incidents for s in inc.sponsors} == {"AE"}


def test_extract_units_signatories_listed_one_per_line_all_sign():
    report = analyze_text(
        "Poland said APT29, which it links to Russia's SVR, broke into software companies.\n\nThe advisory was signed by:\n\n"
        "Federal Bureau of Investigation (FBI), USA\n\nCERT Polska (CERT.PL), Poland\n\nNational Cyber Security Centre (NCSC), United Kingdom\n",
        published="2023-12-14",
    )
    inc = report.incidents[0]
    assert sorted(a.by for a in inc.attributions) == ["GB", "PL", "US"]


def test_extract_units_an_earlier_accusation_the_story_recalls_is_its_own_incident():
    report = analyze_text(
        "France's cybersecurity agency ANSSI warned of an espionage campaign against French organisations by APT31, a group tied to China. "
        "The alert came two days after the United States and Britain accused China of hacking Microsoft Exchange servers earlier this year. "
        "ANSSI said the attackers had compromised routers.",
        published="2021-07-22",
    )
    by_actor = {tuple(a.name for a in inc.actors): inc for inc in report.incidents}
    assert set(by_actor) == {("APT31",), ()}
    assert by_actor[()].period.start == "2021" and by_actor[("APT31",)].period.start is None


@pytest.mark.parametrize(
    "text, sponsor, by",
    [
        ("Poland's cyber agency said on Monday that Russia had tried to take over the control systems of a water plant.", "RU", ["PL"]),
        ("The researchers said the operator who hacked the journalists' phones was likely an agency of the Salvadoran government.", "SV", []),
        ("A UN report suggested the possible involvement of Saudi Crown Prince Mohammed bin Salman in the hacking of a businessman's phone.", "SA", ["UN"]),
    ],
)
def test_extract_units_a_state_named_as_the_doer_without_a_group(text, sponsor, by):
    report = analyze_text(text, published="2023-05-01")
    assert [s.state for inc in report.incidents for s in inc.sponsors] == [sponsor]
    assert [a.by for inc in report.incidents for a in inc.attributions] == by


@pytest.mark.parametrize(
    "text",
    [
        "Citizen Lab said the phones of 30 Catalan politicians were infected with the Pegasus and Candiru spyware, likely by Spanish authorities.",
        "Saudi officials said Dustman, a variant of ZeroCleare, a wiper IBM described last month, destroyed data at Bapco.",
        "US officials said North Korean hackers used a scheme dubbed FASTCash to steal money from banks in Asia.",
        "Investigators said the wiper that hit the ministry is a close relative of the ZeroCleare tool that researchers tied to earlier attacks.",
    ],
)
def test_extract_units_a_catalogue_group_name_used_for_a_tool_is_no_actor(text):
    report = analyze_text(text, published="2020-01-10")
    assert [a.name for inc in report.incidents for a in inc.actors] == []


def test_extract_units_a_group_pattern_name_called_a_tool_stays_the_actor():
    report = analyze_text("France condemns the use by the GRU of the offensive cyber tool known as APT28 against French ministries.", published="2025-04-29")
    assert [a.name for inc in report.incidents for a in inc.actors] == ["APT28"]


def test_extract_units_co_signers_named_further_on_in_a_recalled_advisory():
    report = analyze_text(
        "Dutch intelligence said the Chinese state-backed group Volt Typhoon targeted Dutch water firms. The disclosure came a day after an "
        "international advisory on the group, led by the US National Security Agency and signed by agencies from the United States, Britain and Japan.",
        published="2025-08-28",
    )
    inc = report.incidents[0]
    assert {"US", "GB", "JP"} <= {a.by for a in inc.attributions} and {"US", "GB", "JP"} <= {r.by for r in inc.responses if r.type == "advisory"}


def test_extract_units_groups_counted_then_named_one_by_one():
    report = analyze_text(
        "Finland said two pro-Russian groups carried out the attacks. One of them, Blue Heron, broke into the control system of a Finnish dam in 2024. "
        "The other, Red Lynx, flooded ministry websites with traffic last week.",
        published="2025-08-28",
    )
    assert sorted(a.name for inc in report.incidents for a in inc.actors) == ["Blue Heron", "Red Lynx"]


def test_extract_units_timeline_entries_are_sections_of_their_own():
    report = analyze_text(
        "Timeline: Iran's hackers\n\nSeptember 2013 - The Navy's network.\nUS officials said hackers working for the Iranian government "
        "had penetrated the Navy Marine Corps Intranet.\n\nDecember 2014 - Operation Cleaver.\nThe security firm Cylance published a report on "
        "a team it calls Cleaver, which it says has broken into airlines in 16 countries.",
        published="2015-02-26",
    )
    assert sorted(len(inc.actors) for inc in report.incidents) == [0, 1]


def test_extract_units_a_two_word_name_the_text_calls_a_group():
    report = analyze_text("ESET described what it calls the Blue Heron group, which it says has spied on diplomats in Africa since 2021.", published="2024-03-01")
    assert [(a.name, inc.period.start) for inc in report.incidents for a in inc.actors] == [("Blue Heron", "2021")]


def test_extract_units_a_member_who_is_an_officer_of_an_agency_and_an_effect_on_a_government():
    report = analyze_text(
        "The Council imposed restrictive measures on two members of the Callisto group, which has conducted phishing campaigns against EU member states. "
        "One of them is an officer of the Russian Federal Security Service (FSB), the listing states.\n\n"
        "Two others are members of 'Armageddon', a group supported by the FSB which has carried out cyber-attacks with a significant effect on the government of Ukraine.",
        published="2024-06-24",
    )
    by_actor = {a.name: inc for inc in report.incidents for a in inc.actors}
    assert [(s.state, s.agency) for s in by_actor["Callisto group"].sponsors] == [("RU", "FSB")]
    assert ("UA", "government") in {(v.country, v.sector) for v in by_actor["Armageddon"].victims}


def test_extract_units_a_catalogue_name_with_customers_is_a_vendor_not_the_group():
    report = analyze_text(
        "Citizen Lab and Access Now found that 35 journalists in El Salvador had been hacked with Pegasus between July 2020 and November 2021. "
        "The researchers said the operator was likely an agency of the Salvadoran government. "
        "President Nayib Bukele's government denied being an NSO Group customer.",
        published="2022-01-13",
    )
    assert [([a.name for a in inc.actors], [s.state for s in inc.sponsors]) for inc in report.incidents] == [([], ["SV"])]


def test_extract_units_a_name_glossed_as_a_group_is_an_actor():
    report = analyze_text(
        "Kaspersky's second report described Animal Farm, a group behind malware families that the company calls Babar and Casper. "
        "Kaspersky said Animal Farm had been active since at least 2009 and had hit government organisations in Syria.",
        published="2015-03-10",
    )
    assert [a.name for inc in report.incidents for a in inc.actors] == ["Animal Farm"]


def test_extract_units_an_agency_insulted_by_the_hackers_is_not_their_sponsor():
    report = analyze_text(
        "A hacking group widely thought to be tied to Israel says it has wiped data held by an Iranian crypto exchange.\n\n"
        "The group, which calls itself Predatory Sparrow, said on Wednesday that it had taken the funds. Analysts said the wallets' "
        "addresses carried messages insulting Iran's Islamic Revolutionary Guard Corps (IRGC).",
        published="2025-06-18",
    )
    assert [s.state for inc in report.incidents for s in inc.sponsors] == ["IL"]


@pytest.mark.parametrize(
    "text, check",
    [
        ("BERLIN - Germany's domestic intelligence agency has blamed a hacker group steered by the Russian state for phishing emails sent to German politicians.",
         lambda incs: [s.state for inc in incs for s in inc.sponsors] == ["RU"]),
        ("Russian military hackers leaked the ministry files in May, Estonia said.",
         lambda incs: [(a.by, a.state) for inc in incs for a in inc.attributions] == [("EE", "RU")]),
        ("Microsoft said state-backed hackers from North Korea tried to break into drug companies in Brazil, Japan, Spain and Mexico last month.",
         lambda incs: {v.country for inc in incs for v in inc.victims} == {"BR", "JP", "ES", "MX"} and "healthcare" in {v.sector for inc in incs for v in inc.victims}),
        ("The AIVD had earlier named Turla as the author of the 2018 break-in at the Dutch foreign ministry.",
         lambda incs: [a.by for inc in incs for a in inc.attributions] == ["NL"]),
    ],
)
def test_extract_units_an_agency_that_blamed_state_hackers_who_leaked_lists_before_a_time_and_authors(text, check):
    report = analyze_text(text, published="2020-12-01")
    assert check(report.incidents)


def test_extract_units_concluded_in_a_report_that_a_state_agency_acted():
    report = analyze_text(
        "In Paris, the French intelligence community concluded in a report this month that Russia's military intelligence agency, "
        "the GRU, had hacked the Socialist Party and leaked its emails.",
        published="2020-12-01",
    )
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == [("FR", "RU")]


def test_extract_units_the_officials_under_a_dateline_and_hackers_who_they_believe_work_for_a_state():
    report = analyze_text(
        "WASHINGTON - Hackers got into the White House's unclassified computer system last year, US officials said.\n\n"
        "The officials said the hackers, who they believe work for the Russian government, first broke into the State Department's network.",
        published="2015-04-26",
    )
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == [("US", "RU")]


def test_extract_units_the_men_worked_on_behalf_of_an_agency_said_by_a_department():
    report = analyze_text("The Justice Department said the men worked on behalf of the Islamic Revolutionary Guard Corps.", published="2024-04-23")
    [inc] = report.incidents
    assert [(s.state, s.agency) for s in inc.sponsors] == [("IR", "IRGC")]
    assert [(a.by, a.state) for a in inc.attributions] == [("US", "IR")]


def test_extract_units_a_government_backed_group_is_not_the_speaker_and_its_targets_are_victims():
    report = analyze_text(
        "Iranian government-backed hackers known as MuddyWater are running espionage operations against telecommunications providers, "
        "according to an advisory published Thursday.",
        published="2022-02-25",
    )
    [inc] = report.incidents
    assert [(v.name, v.sector) for v in inc.victims] == [("telecommunications providers", "telecom")]


def test_extract_units_local_governments_are_government_victims():
    report = analyze_text("MuddyWater has targeted universities and local governments, the FBI said.", published="2022-02-25")
    [inc] = report.incidents
    assert [v.sector for v in inc.victims] == ["education", "government"]


def test_extract_units_victims_of_a_joint_statement_take_no_speaker_country():
    report = analyze_text("US and UK agencies said MuddyWater targeted telecommunications providers.", published="2022-02-25")
    [inc] = report.incidents
    assert [(v.sector, v.country) for v in inc.victims] == [("telecom", None)]
    report = analyze_text("US agencies said MuddyWater targeted telecommunications providers.", published="2022-02-25")
    assert [(v.sector, v.country) for v in report.incidents[0].victims] == [("telecom", "US")]


def test_extract_units_the_group_went_after_lists_victims():
    report = analyze_text(
        "Researchers said APT41 was behind the campaign.\n\n"
        "According to Microsoft, the group went after foreign ministries, think tanks and human rights organisations.",
        published="2022-02-25",
    )
    [inc] = report.incidents
    assert {v.sector for v in inc.victims} == {"government", "civil_society"}


@pytest.mark.parametrize(
    "text, by",
    [
        ("The Israeli company ClearSky said the campaign against Israeli logistics firms was operated by Fox Kitten.", "ClearSky"),
        ("Cyfirma, a Singapore-based cybersecurity firm, said APT10 had targeted Indian vaccine makers.", "Cyfirma"),
        ("Cybersecurity firm Area 1 said the hackers, who work for China's PLA, stole diplomatic cables.", "Area 1"),
    ],
)
def test_extract_units_a_company_introduced_as_one_is_an_attributor(text, by):
    report = analyze_text(text, published="2021-03-01")
    assert [a.by for inc in report.incidents for a in inc.attributions] == [by]


def test_extract_units_according_to_a_report_by_a_firm_makes_the_firm_speak():
    report = analyze_text(
        "Malware was found last month inside Banco Sol, according to a report by the firm Proofpoint. "
        'The firm said it assessed "with moderate confidence" that the operation was the work of Lazarus.',
        published="2024-05-01",
    )
    assert [(a.by, a.actor, a.confidence) for inc in report.incidents for a in inc.attributions] == [("Proofpoint", "Lazarus", "medium")]


def test_extract_units_they_included_after_targets_lists_victims():
    report = analyze_text(
        "Britain said Russia's GRU ran the campaign. Most of the targets were in Europe. "
        "They included defense contractors, energy companies and universities.",
        published="2024-05-01",
    )
    [inc] = report.incidents
    assert {v.sector for v in inc.victims} == {"defense", "energy", "education"}


def test_extract_units_a_tie_nobody_would_confirm_is_no_sponsor():
    report = analyze_text(
        "Facebook said APT32 had hacked journalists in Bangladesh. "
        "Its security chief declined to say whether APT32 worked for the Vietnamese government.",
        published="2024-05-01",
    )
    [inc] = report.incidents
    assert inc.sponsors == []


def test_extract_units_a_company_introduced_once_speaks_wherever_it_is_named():
    report = analyze_text(
        "Cybersecurity firm Cyfirma published a report on Monday.\n\nChinese hackers targeted Indian vaccine makers, Cyfirma said.",
        published="2021-03-01",
    )
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == [("Cyfirma", "CN")]


def test_extract_units_a_time_phrase_opening_the_sentence_is_not_a_group():
    doc = _doc("Since November, a hacking group has encrypted the networks of dozens of Israeli companies.")
    assert _actors(doc) == []


def test_extract_units_a_generic_element_name_in_capitals_is_the_group():
    assert _actors(_doc("ESET linked the attack to the same group, which Microsoft has called BARIUM.")) == [("BARIUM", "APT41")]
    assert _actors(_doc("The price of barium rose.")) == []


@pytest.mark.parametrize(
    "text, victim",
    [
        ("Transparent Tribe has used Crimson RAT to spy on Indian military personnel, Kaspersky said.", ("IN", "military")),
        ("Microsoft reported that Flax Typhoon, which it described as a China-based actor, had kept quiet access to dozens of organizations in Taiwan.", ("TW", None)),
    ],
)
def test_extract_units_using_a_tool_to_spy_and_keeping_access_are_acts_of_the_group(text, victim):
    report = analyze_text(text, published="2024-05-01")
    [inc] = report.incidents
    assert [(v.country, v.sector) for v in inc.victims] == [victim]
    assert [a.actor for a in inc.attributions] == [inc.actors[0].name]


def test_extract_units_an_agency_that_says_another_state_hacked_speaks_and_its_people_are_victims():
    report = analyze_text("Russia's FSB said the NSA had hacked thousands of iPhones belonging to Russian diplomats.", published="2023-06-01")
    [inc] = report.incidents
    assert [(s.state, s.agency) for s in inc.sponsors] == [("US", "NSA")]
    assert [(a.by, a.state) for a in inc.attributions] == [("RU", "US")]
    assert [(v.country, v.sector) for v in inc.victims] == [("RU", "government")]


def test_extract_units_attacks_launched_by_a_suspected_state_agency_against_tech_enterprises():
    report = analyze_text(
        "China's CVERC released details of two cyberattacks that it said were launched by a suspected U.S. intelligence agency "
        "against Chinese technology enterprises.",
        published="2024-12-18",
    )
    [inc] = report.incidents
    assert inc.key == "state:US"
    assert [(v.country, v.sector) for v in inc.victims] == [("CN", "technology")]


def test_extract_units_a_group_filed_under_another_state_does_not_join_a_state_incident():
    report = analyze_text(
        "China's CVERC said cyberattacks on Chinese firms were launched by a suspected U.S. intelligence agency. "
        'The disclosure comes as Washington continues to hype the so-called "Salt Typhoon" threat.',
        published="2024-12-18",
    )
    assert {inc.key: [a.name for a in inc.actors] for inc in report.incidents}.get("state:US") == []


@pytest.mark.parametrize(
    "text, actor, state, countries",
    [
        ("Meta said Bitter APT, a Pakistani state group, went after people in New Zealand, India and the United Kingdom over the past year.",
         "Bitter APT", "PK", ["NZ", "IN", "GB"]),
        ("Mandiant said UNC1151, a Belarusian state group, ran operations in Lithuania, Latvia and Poland.", "UNC1151", "BY", ["LT", "LV", "PL"]),
    ],
)
def test_extract_units_a_nationality_state_group_is_sponsored_and_its_theatre_is_victim(text, actor, state, countries):
    report = analyze_text(text, published="2024-05-01")
    [inc] = report.incidents
    assert [a.name for a in inc.actors] == [actor]
    assert [s.state for s in inc.sponsors] == [state]
    assert [v.country for v in inc.victims] == countries


def test_extract_units_a_malware_family_and_an_operation_name_are_not_groups():
    assert _actors(_doc("In 2016 the armaments group RUAG was spied on by attackers using malware of the Turla family.")) == []
    assert _actors(_doc("The firm said 'Operation Soft Cell' stole call records from ten mobile carriers.")) == []


@pytest.mark.parametrize(
    "text, by, actor, state",
    [
        ("The theft from Harbor Bank bears the hallmarks of Lazarus, researchers at BAE Systems said in a report on Monday.", "BAE Systems", "Lazarus", None),
        ("Volexity said it had found a campaign, which it tracks as Evil Eye, targeting Uyghur activists through hacked websites.", "Volexity", "Evil Eye", None),
        ("The group, which Microsoft tracks as Star Blizzard, stole passwords from think tanks. Microsoft described the group as a Russian state actor.",
         "Microsoft", "Star Blizzard", "RU"),
    ],
)
def test_extract_units_vendor_idioms_attribute(text, by, actor, state):
    report = analyze_text(text, published="2024-05-01")
    assert [(a.by, a.actor, a.state) for inc in report.incidents for a in inc.attributions] == [(by, actor, state)]


def test_extract_units_expelled_from_a_state_is_that_states_expulsion():
    report = analyze_text(
        "The Swiss ministry summoned the Russian ambassador over the hacking plot. "
        "The two GRU officers were caught in The Hague and expelled from the Netherlands.",
        published="2018-09-14",
    )
    [inc] = report.incidents
    assert sorted((r.type, r.by, r.against) for r in inc.responses) == [("expel_diplomats", "NL", "RU"), ("summon_ambassador", "CH", "RU")]


def test_extract_units_smaller_security_vendors_attribute():
    report = analyze_text(
        "Area 1 Security said the campaign against Delta Energy was the work of the GRU, specifically of the unit that researchers call Fancy Bear.",
        published="2020-01-13",
    )
    assert [(a.by, a.actor, a.state) for inc in report.incidents for a in inc.attributions] == [("Area 1 Security", "Fancy Bear", "RU")]


def test_extract_units_a_spyware_vendor_is_not_the_actor_its_customer_is():
    report = analyze_text(
        "The Moroccan security services used spyware developed by the Israeli company NSO Group against Algerian officials, Amnesty International said.",
        published="2021-07-22",
    )
    [inc] = report.incidents
    assert inc.actors == [] and [s.state for s in inc.sponsors] == ["MA"]
    assert inc.activity == "espionage"
    assert [(a.by, a.state) for a in inc.attributions] == [("Amnesty International", "MA")]


def test_extract_units_an_operator_it_calls_is_a_group():
    report = analyze_text(
        "Citizen Lab said an operator it calls MONARCHY, which works on behalf of the Saudi government, infected the phones of 12 dissidents with Pegasus.",
        published="2018-09-18",
    )
    [inc] = report.incidents
    assert [a.name for a in inc.actors] == ["MONARCHY"] and [s.state for s in inc.sponsors] == ["SA"]


def test_extract_units_group_names_holding_a_state_or_a_group_word():
    assert _actors(_doc("A group calling itself the Pakistan Cyber Army defaced the website of India's Central Bureau of Investigation.")) == [
        ("Pakistan Cyber Army", None)
    ]
    assert _actors(_doc("The Cyber_Horus Group claimed the attack on the dam authority's website on Sunday.")) == [("Cyber_Horus Group", None)]
    assert _actors(_doc("The FSB's Center 16, also known as Military Unit 71330, ran the campaign.")) == []


def test_extract_units_an_operation_carried_out_on_behalf_of_a_government_is_attributed():
    report = analyze_text("Citizen Lab said the operation was likely carried out on behalf of the Kazakh government.", published="2019-08-01")
    assert [(a.by, a.state, a.confidence) for inc in report.incidents for a in inc.attributions] == [("Citizen Lab", "KZ", "medium")]


def test_extract_units_the_operator_was_a_state_agency_identifies_the_state():
    report = analyze_text("Citizen Lab said the operator was likely a Mexican government agency.", published="2022-10-02")
    [inc] = report.incidents
    assert [s.state for s in inc.sponsors] == ["MX"]
    assert [(a.by, a.state, a.confidence) for a in inc.attributions] == [("Citizen Lab", "MX", "medium")]
    assert analyze_text("The victim was a Mexican government agency.", published="2022-10-02").incidents == []


def test_extract_units_a_groups_standing_tie_is_a_sponsor_not_this_claim():
    report = analyze_text(
        "The theft bears the hallmarks of Lazarus, a hacking group that U.S. officials have linked to the North Korean government, "
        "according to researchers at BAE Systems.",
        published="2017-10-16",
    )
    [inc] = report.incidents
    assert [s.state for s in inc.sponsors] == ["KP"]
    assert [a.by for a in inc.attributions] == ["BAE Systems"]


def test_extract_units_a_suspicion_given_up_makes_no_incident():
    report = analyze_text(
        "The Scottish parliament was hit by a brute-force attack in August. Investigators had at first assumed that Russia was responsible.",
        published="2017-09-01",
    )
    assert report.incidents == []


def test_extract_units_a_surname_that_is_a_state_name_is_a_person():
    doc = _doc("North Korean hackers stole the ransom paid by US hospitals, Deputy Attorney General Lisa Monaco said.")
    assert "MC" not in [m.value for m in doc.mentions if m.kind == "state"]
    doc = _doc("Hackers working for Russia attacked Monaco last year.")
    assert "MC" in [m.value for m in doc.mentions if m.kind == "state"]


def test_extract_units_escorted_out_of_a_state_is_that_states_expulsion():
    report = analyze_text(
        "The Dutch government said four GRU officers tried to hack the OPCW. The four were escorted out of the Netherlands the same month.",
        published="2018-10-04",
    )
    [inc] = report.incidents
    assert [(r.type, r.by, r.against) for r in inc.responses] == [("expel_diplomats", "NL", "RU")]


def test_extract_units_charged_with_spying_for_a_state():
    report = analyze_text(
        "Two former Twitter employees were charged with spying for Saudi Arabia by accessing the personal data of dissidents, the Justice Department said.",
        published="2019-11-07",
    )
    [inc] = report.incidents
    assert [s.state for s in inc.sponsors] == ["SA"]
    assert [(r.type, r.by, r.against) for r in inc.responses] == [("indictment", "US", "SA")]


def test_extract_units_a_state_body_that_used_a_named_tool_against_people_acts():
    report = analyze_text("R3D found that the Mexican army had used Pegasus against two journalists.", published="2022-10-02")
    [inc] = report.incidents
    assert [s.state for s in inc.sponsors] == ["MX"]
    assert [(v.sector) for v in inc.victims] == ["media"]


def test_extract_units_indicators_of_compromise_date_no_operation():
    report = analyze_text(
        "CERT-UA said Sandworm, a unit of Russia's GRU, attacked energy firms. CERT-UA published indicators of compromise on its website on Friday.",
        published="2024-05-01",
    )
    [inc] = report.incidents
    assert inc.period.start is None
    assert [(r.type, r.by) for r in inc.responses] == [("advisory", "UA")]


def test_extract_units_planting_malware_is_the_groups_act_and_the_users_nationality_no_sponsor():
    report = analyze_text("CrowdStrike said Fancy Bear planted malware in an app used by Ukrainian artillery officers from 2014.", published="2017-03-23")
    [inc] = report.incidents
    assert inc.sponsors == []
    assert [(a.by, a.actor, a.state) for a in inc.attributions] == [("CrowdStrike", "Fancy Bear", None)]


@pytest.mark.parametrize(
    "text, victims",
    [
        ("Cybereason said APT32 had breached a Philippines-based consumer products company and several Indonesian banks.", [("ID", "finance"), ("PH", None)]),
        ("Prosecutors said North Korea's Lazarus Group stole $75 million from a Slovenian cryptocurrency company in 2017.", [("SI", "finance")]),
    ],
)
def test_extract_units_victim_companies_placed_by_based_or_demonym(text, victims):
    [inc] = analyze_text(text, published="2021-02-17").incidents
    assert [(v.country, v.sector) for v in inc.victims] == victims


def test_extract_units_a_company_named_after_its_country_hit_is_a_victim():
    [inc] = analyze_text(
        "Investigators said the cyberattack on Air India was carried out by APT41, according to Group-IB.", published="2021-06-08"
    ).incidents
    assert [(v.name, v.country) for v in inc.victims] == [("Air India", "IN")]


def test_extract_units_a_currency_prefix_is_no_state():
    doc = _doc("Lazarus stole about US$60 million from Far Eastern International Bank, researchers said.")
    assert [m.value for m in doc.mentions if m.kind == "state"] == []


def test_extract_units_a_vendor_describing_a_group_as_an_actor_attributes():
    report = analyze_text("Kaspersky described DarkHotel as a South Korean threat actor that has targeted hotel guests in Asia.", published="2014-11-10")
    assert [(a.by, a.actor, a.state) for inc in report.incidents for a in inc.attributions] == [("Kaspersky", "DarkHotel", None)]


def test_extract_units_a_source_in_an_agency_speaks_for_its_state_and_a_passive_is_no_states_act():
    report = analyze_text(
        "Ukraine's state railway Ukrzaliznytsia was knocked offline by a cyberattack on Sunday. "
        "A source in the SBU said the attack bore the hallmarks of the Russian special services.",
        published="2025-03-24",
    )
    [inc] = report.incidents
    assert [(v.country, v.sector) for v in inc.victims] == [("UA", "transport")]
    assert [(a.by, a.state) for a in inc.attributions] == [("UA", "RU")]


@pytest.mark.parametrize(
    "text, victims",
    [
        ("Recorded Future said RedEcho had been inside the networks of ten Indian power-sector organisations since early 2020.", [("IN", "energy")]),
        ("CERT-UA foiled an attempt by Sandworm to switch off substations at a Ukrainian energy company in April.", [("UA", "energy")]),
        ("Mandiant said APT41 breached a Taiwanese chipmaker and a Japanese carmaker last year.", [("TW", "manufacturing"), ("JP", "manufacturing")]),
        ("Officials say APT3 was behind a major cyber intrusion at the Bureau of Meteorology in 2015.", [(None, "government")]),
    ],
)
def test_extract_units_intrusions_worded_as_being_inside_or_switching_off_and_each_list_item_its_own_country(text, victims):
    [inc] = analyze_text(text, published="2024-05-01").incidents
    assert {(v.country, v.sector) for v in inc.victims} == set(victims)


def test_extract_units_a_states_organ_behind_a_breach_is_accused_not_speaker_and_a_company_it_hit_is_placed():
    report = analyze_text(
        "Iran's Revolutionary Guards were behind a data breach at a Swedish company that sends bulk text messages, prosecutors said on Tuesday.",
        published="2024-09-24",
    )
    [inc] = report.incidents
    assert [(s.state, s.agency) for s in inc.sponsors] == [("IR", "IRGC")]
    assert [(v.country, v.sector) for v in inc.victims] == [("SE", None)]


@pytest.mark.parametrize(
    "text, by",
    [
        ("Unit 42, the research arm of Palo Alto Networks, said the espionage group Mustang Panda was working for China.", "Palo Alto Networks"),
        ("Researchers at Cisco's Talos unit said the hacking group Static Tundra targeted telecom firms. Talos said the group works for Russia's FSB.", "Cisco Talos"),
        ("Kaspersky said the group had hacked banks. Kaspersky Lab said Lazarus was behind the theft.", "Kaspersky"),
        ("iDefense said the group had hacked universities and worked for China.", "iDefense"),
        ("Huntress said the group had hacked banks. Huntress Labs said Lazarus was behind the theft.", "Huntress Labs"),
    ],
)
def test_extract_units_a_vendors_research_team_is_reported_under_the_company_and_one_company_under_its_fullest_name(text, by):
    report = analyze_text(text, published="2024-05-01")
    assert {a.by for inc in report.incidents for a in inc.attributions} == {by}


@pytest.mark.parametrize(
    "text, bys",
    [
        ("Raab's statement came hours after Britain, the United States and Canada accused hackers working for Russian intelligence of "
         "targeting organisations developing coronavirus vaccines.", ["GB", "US", "CA"]),
        ("Norway said Chinese hackers had breached its parliament. Several of Norway's allies, the European Union and Microsoft "
         "had reached the same conclusion, she added.", ["NO", "EU", "Microsoft"]),
    ],
)
def test_extract_units_a_list_of_accusers_after_a_conjunction_or_after_allies_speaks_together(text, bys):
    [inc] = analyze_text(text, published="2020-07-16").incidents
    assert [a.by for a in inc.attributions] == bys


def test_extract_units_condemning_the_activity_of_a_named_group_holds_it_responsible():
    [inc] = analyze_text(
        "Germany said APT28 hacked the SPD. The European Union and NATO condemned the activity of APT28 against Germany.", published="2024-05-03"
    ).incidents
    assert [(a.by, a.actor) for a in inc.attributions] == [("DE", "APT28"), ("EU", "APT28"), ("NATO", "APT28")]
    assert [(r.type, r.by) for r in inc.responses] == [("condemnation", "EU"), ("condemnation", "NATO")]


@pytest.mark.parametrize(
    "text",
    [
        "The intrusions at energy companies in Turkey match a group that the security company Symantec tracks as Dragonfly, which it said had broken into them.",
        "Symantec said the hacking group Dragonfly had broken into energy companies in Turkey.",
        "Symantec said Dragonfly had broken into energy companies in Turkey.",
    ],
)
def test_extract_units_a_group_named_by_a_plain_word_is_the_group_where_the_text_says_so(text):
    [inc] = analyze_text(text, published="2017-09-06").incidents
    assert [a.name for a in inc.actors] == ["Dragonfly"]
    assert [(a.by, a.actor) for a in inc.attributions] == [("Symantec", "Dragonfly")]


def test_extract_units_a_plain_word_that_names_a_group_elsewhere_is_no_group_in_ordinary_prose():
    report = analyze_text("Lead investigators said the ministry was breached. Silence followed the announcement.", published="2017-09-06")
    assert [a.name for inc in report.incidents for a in inc.actors] == []


@pytest.mark.parametrize(
    "text, sponsors",
    [
        ("The report said the group had carried out attacks on NATO allies at the request of Russia's intelligence services.", [("RU", None)]),
        ("Officers of Unit 29155 of Russia's GRU stole documents from Latvian ministries in 2021. "
         "At the request of Latvian prosecutors, a court issued arrest warrants for the three officers.", [("RU", "GRU")]),
    ],
)
def test_extract_units_at_the_request_of_a_states_spies_sponsors_but_of_its_prosecutors_does_not(text, sponsors):
    [inc] = analyze_text(text, published="2024-05-01").incidents
    assert [(s.state, s.agency) for s in inc.sponsors] == sponsors


@pytest.mark.parametrize(
    "text, state, by",
    [
        ("Sweden summoned the Russian ambassador on Tuesday after its security service said the prime minister's phone may have been tapped "
         "by Russian intelligence.", "RU", "SE"),
        ("Germany summoned the US ambassador on Thursday after the government said the chancellor's mobile phone may have been monitored "
         "by American intelligence.", "US", "DE"),
    ],
)
def test_extract_units_a_phone_tapped_or_monitored_by_a_states_spies_is_an_espionage_operation(text, state, by):
    [inc] = analyze_text(text, published="2013-10-24").incidents
    assert inc.activity == "espionage"
    assert [(a.by, a.state) for a in inc.attributions] == [(by, state)]
    assert [(r.type, r.by, r.against) for r in inc.responses] == [("summon_ambassador", by, state)]


@pytest.mark.parametrize(
    "text, response",
    [
        ("The Play ransomware gang hit hospitals in Ohio. In March the FBI seized the gang's servers and its leak site.", ("takedown", "US")),
        ("Russian state hackers used Triton against a petrochemical plant in Saudi Arabia in 2017. "
         "The Treasury said the institute was designated under Section 224 of CAATSA.", ("sanctions", "US")),
        ("A technical alert issued by the Department of Homeland Security and the FBI said Russian government cyber actors had "
         "targeted US water utilities since March 2016.", ("advisory", "US")),
        ("The sanctions freeze the assets of the company, which the FBI identified in September as the operator of a botnet that Chinese "
         "state hackers used and that the bureau dismantled under a court order.", ("takedown", "US")),
    ],
)
def test_extract_units_responses_in_the_words_of_releases_and_court_copy(text, response):
    [inc] = analyze_text(text, published="2024-05-01").incidents
    assert response in [(r.type, r.by) for r in inc.responses]


@pytest.mark.parametrize(
    "text, noise",
    [
        ("North Korean state hackers have hit hospitals with Maui ransomware since May 2021, the FBI said. "
         "Treasury reminded victims that paying a ransom to a sanctioned party may break US law.", "political"),
        ("Chinese state hackers known as Ember Typhoon hijacked 50,000 routers in Texas, which the FBI dismantled under a court order in April.", "government"),
        ("Kimsuky hacked a shipbuilder in Busan to steal plans for reconnaissance satellites.", "aerospace"),
        ("Kimsuky hacked a shipbuilder in Busan to steal military technology.", "military"),
    ],
)
def test_extract_units_institutional_words_in_court_and_sanctions_copy_are_no_victims(text, noise):
    [inc] = analyze_text(text, published="2024-05-01").incidents
    assert noise not in {v.sector for v in inc.victims}
    assert inc.activity in ("espionage", "financial", "unknown")


def test_extract_units_an_aligned_group_has_no_sponsor_and_a_group_that_sent_lures_acted():
    [inc] = analyze_text(
        "ESET said on Thursday that Agrius, an Iran-aligned group, had sent wiper-laden emails to Israeli diamond companies in February.",
        published="2022-12-08",
    ).incidents
    assert inc.sponsors == []
    assert [(a.by, a.actor, a.state) for a in inc.attributions] == [("ESET", "Agrius", None)]


def test_extract_units_a_catalogue_name_run_together_is_found_spaced_out():
    [inc] = analyze_text("The Syrian Electronic Army hacked the Associated Press's Twitter account on April 23.", published="2013-04-24").incidents
    assert [a.name for a in inc.actors] == ["Syrian Electronic Army"]
    assert inc.sponsors == []  # the catalogue's country is not stated by the text


@pytest.mark.parametrize(
    "text",
    [
        "Ve Sin Filtro, a Venezuelan group that monitors internet censorship, said the fake domain had been used to hack volunteers.",
        "Access Now, a digital rights group, said the spyware was used to hack journalists.",
    ],
)
def test_extract_units_a_watchdog_described_as_a_group_is_no_hacking_group(text):
    report = analyze_text(text, published="2019-02-14")
    assert [a.name for inc in report.incidents for a in inc.actors] == []


@pytest.mark.parametrize(
    "text",
    [
        "State-backed actors from North Korea broke into a research centre for shipbuilding at the end of 2022, the NIS said.",
        "From October 2020 to October 2023 she helped IT workers sent by the North Korean government get jobs at US companies and steal data from them, prosecutors said.",
    ],
)
def test_extract_units_state_backed_actors_from_a_state_and_workers_sent_by_its_government_tie_it(text):
    [inc] = analyze_text(text, published="2024-05-01").incidents
    assert [s.state for s in inc.sponsors] == ["KP"]


def test_extract_units_something_sent_by_a_government_ties_nobody():
    assert analyze_text("The email sent by the Dutch government warned of phishing.", published="2024-05-01").incidents == []


@pytest.mark.parametrize(
    "text, bys",
    [
        ("The joint advisory, signed by the FBI, Canada's CSE and the Australian Signals Directorate, said Iranian government hackers "
         "had broken into hospitals.", ["US", "CA", "AU"]),
        ("In a joint advisory, Germany's BfV and South Korea's NIS said North Korean state hackers broke into a shipyard.", ["DE", "KR"]),
    ],
)
def test_extract_units_every_signer_of_a_list_speaks_even_when_named_with_its_state(text, bys):
    [inc] = analyze_text(text, published="2024-05-01").incidents
    assert [a.by for a in inc.attributions] == bys
    assert [r.by for r in inc.responses if r.type == "advisory"] == bys


def test_extract_units_people_based_in_states_do_not_cosign_what_they_are_sanctioned_with():
    [inc] = analyze_text(
        "The Treasury designated Kimsuky together with eight North Korean agents based in China, Russia and Iran. "
        "According to the Treasury, Kimsuky is subordinate to the Reconnaissance General Bureau and spies on think tanks in Japan.",
        published="2023-11-30",
    ).incidents
    assert [a.by for a in inc.attributions] == ["US"]


def test_extract_units_a_round_up_keeps_a_companys_finding_and_a_presidents_blame_apart():
    text = (
        "2019 in review: Latin America\n\n"
        "Redbanc. In January, Chile's ATM network operator Redbanc confirmed that hackers had breached its corporate network the previous month. "
        "The US threat-intelligence firm Flashpoint said the intrusion was most likely the work of the Lazarus Group, which US officials have tied to North Korea.\n\n"
        "The blackout. When the lights went out across most of Venezuela on March 7, President Nicolás Maduro blamed a \"cyber attack\" by the "
        "United States on the control system of the Guri hydroelectric dam. Washington rejected the claim."
    )
    report = analyze_text(text, published="2019-12-27")
    by_key = {(tuple(a.name for a in inc.actors), tuple(s.state for s in inc.sponsors)): inc for inc in report.incidents}
    assert set(by_key) == {(("Lazarus Group",), ("KP",)), ((), ("US",))}
    us = by_key[((), ("US",))]
    assert [(a.by, a.state) for a in us.attributions] == [("VE", "US")]
    assert [d.by for d in us.denials] == ["US"]


def test_extract_units_a_group_named_then_taken_up_as_it_is_the_group_that_acted():
    [inc] = analyze_text(
        "When Agrius first came to light in May 2021, SentinelOne said it had been attacking Israeli targets since December 2020 with wipers.",
        published="2022-12-08",
    ).incidents
    assert [(a.by, a.actor) for a in inc.attributions] == [("SentinelOne", "Agrius")]
    assert [(v.country, v.sector) for v in inc.victims] == [("IL", None)]


def test_extract_units_separately_and_another_unit_open_another_operation_of_the_same_state():
    report = analyze_text(
        "Government agencies in the United States and Britain warned on Wednesday that an Iranian government-sponsored hacking group has "
        "exploited Fortinet flaws to break into hospitals. Separately, Microsoft said on Tuesday that Iranian state-sponsored hackers have "
        "been deploying ransomware. A group it calls Phosphorus has been scanning for unpatched Exchange servers.",
        published="2021-11-18",
    )
    keys = sorted((tuple(a.name for a in inc.actors), tuple(s.state for s in inc.sponsors)) for inc in report.incidents)
    assert keys == [((), ("IR",)), (("Phosphorus",), ("IR",))]


def test_extract_units_a_numbered_short_heading_opens_a_section():
    report = analyze_text(
        "Three short items.\n\n1) Ukraine's banks. Britain said the GRU was behind the DDoS attacks on Ukrainian banks on February 15.\n\n"
        "2) Defence contractors. The FBI said Russian state hackers had stolen data from US defence contractors since 2020.\n\n"
        "3) Cyclops Blink. The NCSC said Sandworm had built a botnet of hacked firewalls since 2019.",
        published="2022-02-25",
    )
    assert sorted(tuple(a.name for a in inc.actors) for inc in report.incidents) == [(), (), ("Sandworm",)]


def test_extract_units_a_states_own_police_installing_spyware_makes_the_state_the_doer():
    [inc] = analyze_text(
        "Kenyan police installed spyware on the phones of two filmmakers while the devices were in custody, their lawyer said on Wednesday.",
        published="2025-05-21",
    ).incidents
    assert [s.state for s in inc.sponsors] == ["KE"]
    assert inc.activity == "espionage"
    assert "government" not in {v.sector for v in inc.victims}  # the police did it; they were not hit


@pytest.mark.parametrize(
    "text, victims",
    [
        ("Palo Alto Networks said Chinese state hackers had breached a Philippine government entity in August.", {("PH", "government")}),
        ("Officials said Volt Typhoon had burrowed into power, water and transport systems in the United States.",
         {("US", "energy"), ("US", "water"), ("US", "transport")}),
    ],
)
def test_extract_units_a_government_entity_and_sectors_sharing_systems_are_victims(text, victims):
    [inc] = analyze_text(text, published="2024-02-07").incidents
    assert {(v.country, v.sector) for v in inc.victims} == victims


def test_extract_units_arrested_in_one_state_and_charged_in_another_is_one_arrest_and_one_charge():
    [inc] = analyze_text(
        "The LockBit ransomware gang hit hospitals in Ohio last year, the FBI said. "
        "One of its members was arrested in Spain in March and has been charged in the United States.",
        published="2024-05-01",
    ).incidents
    assert sorted((r.type, r.by) for r in inc.responses) == [("arrest", "ES"), ("indictment", "US")]


def test_extract_units_diplomats_given_hours_to_leave_are_expelled():
    [inc] = analyze_text(
        "Albania cut diplomatic ties with Iran on Wednesday over a cyberattack on government websites in July, "
        "and gave the Iranian embassy staff 24 hours to leave.",
        published="2022-09-08",
    ).incidents
    assert sorted((r.type, r.by, r.against) for r in inc.responses) == [("expel_diplomats", "AL", "IR"), ("sever_relations", "AL", "IR")]


def test_extract_units_a_span_right_after_said_that_dates_the_operation():
    [inc] = analyze_text(
        "Prosecutors said that from October 2020 to October 2023 she helped workers sent by the North Korean government use the "
        "stolen identities of 68 Americans to get jobs at 309 US businesses.",
        published="2025-07-25",
    ).incidents
    assert (inc.period.start, inc.period.end) == ("2020-10", "2023-10")


def test_extract_units_a_denial_carried_over_does_not_silence_the_next_sentences_victims():
    # the accused spoke in the sentence before; this one, with no speaker of its own, states what was hit
    [inc] = analyze_text(
        "Estonia blamed Russia for the attacks. The Kremlin said on Monday that the accusation was baseless. "
        "In March the attackers knocked the websites of the Estonian parliament and two banks offline.",
        published="2024-05-01",
    ).incidents
    assert {(v.country, v.sector) for v in inc.victims} == {("EE", "legislature"), ("EE", "finance")}


def test_extract_units_tried_to_break_into_opens_a_victim_list():
    # "tried to break into": every state of the list after the victims is theirs
    [inc] = analyze_text(
        "Microsoft said on Friday that hackers working for the North Korean government had tried to break into "
        "six drug companies in Canada, France and India.",
        published="2024-05-01",
    ).incidents
    assert {v.country for v in inc.victims} == {"CA", "FR", "IN"}


@pytest.mark.parametrize(
    "text, victims",
    [
        (
            "Palo Alto Networks said Mustang Panda, a Chinese state-sponsored espionage group, had built two malware packages. "
            "The packages were aimed at government entities in Myanmar, the Philippines and Japan, the researchers said.",
            {("MM", "government"), ("PH", None), ("JP", None)},
        ),
        (
            "Meta said on Tuesday that Bitter APT, a group tied to the Indian government, went after people in New Zealand "
            "and the United Kingdom over the past year.",
            {("NZ", "individuals"), ("GB", None)},
        ),
    ],
)
def test_extract_units_aimed_at_and_went_after_name_victims_without_another_operation_word(text, victims):
    [inc] = analyze_text(text, published="2024-05-01").incidents
    assert {(v.country, v.sector) for v in inc.victims} == victims


def test_extract_units_a_sector_word_inside_a_ministrys_name_is_no_sector_of_its_own():
    [inc] = analyze_text(
        "Estonia said Russian state hackers had stolen data from the Ministry of Economic Affairs and Communications "
        "and from the Department of Information and Communications Technology.",
        published="2024-05-01",
    ).incidents
    assert {v.sector for v in inc.victims} == {"government"}


def test_extract_units_malicious_software_and_fake_sites_are_tools_not_victims():
    [inc] = analyze_text(
        "Mandiant said APT42, an Iranian state-sponsored group, targeted journalists with malicious software and fake news sites, "
        "and had been spying on ministries.",
        published="2024-05-01",
    ).incidents
    assert sorted(v.name for v in inc.victims) == ["journalists", "ministries"]


def test_extract_units_the_groups_channel_and_a_press_report_are_no_media_victims():
    [inc] = analyze_text(
        "NoName057(16) attacked the websites of three airports last week. The group boasted of the attacks on its Telegram channel, "
        "a newspaper report said, and the airports reported the attacks to the police.",
        published="2024-05-01",
    ).incidents
    assert {v.sector for v in inc.victims} == {"transport"}


def test_extract_units_a_denial_word_in_the_accusers_own_sentence_keeps_its_victims():
    # "disinformation" is the accuser's word here, not a denial: the speaker named is no accused state
    [inc] = analyze_text(
        '"The same group, APT28, that attacked the German Bundestag is behind this attack," the Bulgarian president said, '
        "adding that it was part of a Russian effort to destabilise Europe through disinformation.",
        published="2024-05-01",
    ).incidents
    assert {(v.country, v.sector) for v in inc.victims} == {("DE", "legislature")}


@pytest.mark.parametrize(
    "text, victims",
    [
        (
            "Prosecutors said the Iranian state-sponsored hackers encrypted computers at hundreds of organisations. "
            "The men also hit businesses in Britain and Israel.",
            {("GB", None), ("IL", None)},
        ),
        (
            "Proofpoint said TA450, an Iranian state-sponsored group, had sent pay-themed emails to Israeli employees "
            "of manufacturing and technology companies in March.",
            {("IL", "manufacturing"), ("IL", "technology")},
        ),
        (
            "Microsoft said Nobelium, a Russian state group, breached dozens of organisations in May. "
            "Government agencies and think tanks were also on the list.",
            {(None, "government"), (None, "civil_society")},
        ),
    ],
)
def test_extract_units_hit_businesses_sent_emails_to_and_on_the_list_name_victims(text, victims):
    [inc] = analyze_text(text, published="2024-05-01").incidents
    assert {(v.country, v.sector) for v in inc.victims} == victims


def test_extract_units_a_tool_used_against_a_list_gives_each_listed_country():
    [inc] = analyze_text(
        "Trend Micro said in April that a Chinese state-sponsored group it tracks as Earth Lusca had used the tool over the past year "
        "against telecom operators in Kenya, Peru and Egypt.",
        published="2024-05-01",
    ).incidents
    assert {v.country for v in inc.victims} == {"KE", "PE", "EG"}


def test_extract_units_the_last_state_of_a_list_before_a_day_and_month_is_a_victim():
    # "in Ukraine and Poland on 11 October": the date closes the list
    [inc] = analyze_text(
        "Microsoft said the Russian state-sponsored group Iridium hit logistics companies in Ukraine and Poland on 11 October.",
        published="2024-05-01",
    ).incidents
    assert {v.country for v in inc.victims} == {"UA", "PL"}


def test_extract_units_victims_stated_before_a_condemnation_of_their_own_clause_stand():
    [inc] = analyze_text(
        "The Czech foreign ministry said some Czech state institutions had also been targeted since 2023 by APT28, "
        "and it condemned the activity.",
        published="2024-05-01",
    ).incidents
    assert {(v.country, v.sector) for v in inc.victims} == {("CZ", "government")}


def test_extract_units_hosting_providers_seaports_public_institutions_and_national_laboratories_have_sectors():
    [inc] = analyze_text(
        "The Dutch services said the Chinese state-backed group Salt Typhoon had breached smaller hosting providers, two seaports, "
        "public institutions and a national laboratory.",
        published="2024-05-01",
    ).incidents
    assert {v.sector for v in inc.victims} == {"technology", "transport", "government", "education"}


def test_extract_units_people_in_a_state_are_individuals():
    [inc] = analyze_text(
        "Meta said on Tuesday that Bitter APT, a group tied to the Indian government, went after people in New Zealand and Pakistan.",
        published="2024-05-01",
    ).incidents
    assert {(v.country, v.sector) for v in inc.victims} == {("NZ", "individuals"), ("PK", None)}


def test_extract_units_a_body_that_speaks_a_few_words_on_is_no_victim():
    # "the Harbin municipal public security bureau said": the sector word and the verb lie four words apart
    [inc] = analyze_text(
        "Chinese police said the US National Security Agency attacked energy companies in Heilongjiang, and the Harbin municipal "
        "public security bureau said on Tuesday it had named three agents.",
        published="2024-05-01",
    ).incidents
    assert {(v.country, v.sector) for v in inc.victims} == {("CN", "energy")}


def test_extract_units_a_financial_supervision_authority_and_a_banking_regulator_are_government():
    [inc] = analyze_text(
        "Lazarus, a North Korean state-backed group, hacked the website of the Polish Financial Supervision Authority "
        "and of Mexico's banking regulator.",
        published="2024-05-01",
    ).incidents
    assert {(v.country, v.sector) for v in inc.victims} == {("PL", "government"), ("MX", "government")}


def test_extract_units_a_sponsors_own_activists_take_its_country():
    # the accused state's demonym on activists, journalists or voters: its own people, spied on at home
    [inc] = analyze_text(
        "Amnesty said OceanLotus, a group working for the Vietnamese government, had targeted Vietnamese human rights activists.",
        published="2024-05-01",
    ).incidents
    assert ("VN", "civil_society") in {(v.country, v.sector) for v in inc.victims}


def test_extract_units_among_them_were_and_a_list_split_by_semicolons_are_victims():
    [inc] = analyze_text(
        "Several dozen companies had their servers compromised by APT29, a Russian state-sponsored group. "
        "Among them were an energy trade association; small and medium-sized IT companies; and a video game developer.",
        published="2024-05-01",
    ).incidents
    assert {v.sector for v in inc.victims} == {"energy", "technology"}


def test_extract_units_researchers_at_a_university_lab_that_speaks_are_no_victims():
    [inc] = analyze_text(
        "Researchers at the University of Toronto's Citizen Lab said on Monday that the phone of a Saudi dissident living in Montreal "
        "was infected with Pegasus by an operator linked to the government of Saudi Arabia.",
        published="2024-05-01",
    ).incidents
    assert {v.sector for v in inc.victims} == {"civil_society"}


def test_extract_units_whom_hackers_posed_as_are_no_victims():
    [inc] = analyze_text(
        "Facebook said an Iranian state-backed hacking group had posed as recruiters and journalists to lure US military personnel "
        "into installing malware.",
        published="2024-05-01",
    ).incidents
    assert {(v.country, v.sector) for v in inc.victims} == {("US", "military")}


def test_extract_units_journalists_spied_on_by_the_dateline_states_own_government_are_its_own():
    [inc] = analyze_text(
        "MEXICO CITY - The Mexican government used Pegasus spyware to target journalists and activists, researchers said on Monday.",
        published="2024-05-01",
    ).incidents
    assert {(v.country, v.sector) for v in inc.victims} == {("MX", "media"), ("MX", "civil_society")}


def test_extract_units_a_threat_to_critical_infrastructure_is_no_victim():
    [inc] = analyze_text(
        "Officials said Russian state hackers from the group TEMP.Veles had hacked a petrochemical plant, a serious threat to critical infrastructure.",
        published="2024-05-01",
    ).incidents
    assert "critical_infrastructure" not in {v.sector for v in inc.victims}


def test_extract_units_a_list_that_ends_in_many_countries_takes_no_speakers_country():
    [inc] = analyze_text(
        "The FBI said the North Korean state-sponsored group Lazarus had hit hospitals, factories and railway systems in more than 150 countries.",
        published="2024-05-01",
    ).incidents
    assert {v.country for v in inc.victims} == {None}


def test_extract_units_an_election_that_dates_the_operation_is_no_victim():
    [inc] = analyze_text(
        "Three weeks before the federal election, the German Foreign Office said Ghostwriter, a group tied to Russia's GRU, "
        "had sent phishing emails to members of the Bundestag.",
        published="2024-05-01",
    ).incidents
    assert {(v.country, v.sector) for v in inc.victims} == {("DE", "legislature")}


def test_extract_units_military_planners_and_an_under_secretary_for_financial_intelligence_are_no_victims():
    [inc] = analyze_text(
        "Treasury said the Russian state-backed group Sandworm had attacked power grids, and its under secretary for terrorism "
        "and financial intelligence called it a precedent military planners will study.",
        published="2024-05-01",
    ).incidents
    assert not {"military", "finance"} & {v.sector for v in inc.victims}


def test_extract_units_power_grids_and_power_networks_are_energy():
    [inc] = analyze_text(
        "Treasury said the Russian state-backed group Sandworm had attacked power grids and power networks in Ukraine.",
        published="2024-05-01",
    ).incidents
    assert {(v.country, v.sector) for v in inc.victims} == {("UA", "energy")}


def test_extract_units_infected_opens_a_victims_clause():
    [inc] = analyze_text(
        "Prosecutors said Andariel, a North Korean state-sponsored group, infected US hospitals with ransomware and used the ransom "
        "to pay for attacks on defence companies.",
        published="2024-05-01",
    ).incidents
    assert {(v.country, v.sector) for v in inc.victims} == {("US", "healthcare"), (None, "defense")}


def test_extract_units_an_it_maintenance_firm_and_a_video_game_developer_are_technology():
    [inc] = analyze_text(
        "Andariel, a North Korean state-sponsored group, stole credentials from an IT maintenance firm and a video game developer.",
        published="2024-05-01",
    ).incidents
    assert sorted(v.sector for v in inc.victims) == ["technology", "technology"]


def test_extract_units_a_statement_to_parliament_makes_no_victim_of_it():
    [inc] = analyze_text(
        "In a written statement to parliament, the foreign secretary said Russian state actors were almost certainly behind "
        "the leak of the trade papers.",
        published="2024-05-01",
    ).incidents
    assert inc.victims == []


def test_extract_units_a_body_named_in_an_officials_title_is_no_victim():
    [inc] = analyze_text(
        '"North Korea is directly responsible for the WannaCry attack that hit hospitals," White House homeland security adviser '
        "Tom Bossert told reporters.",
        published="2024-05-01",
    ).incidents
    assert {(v.country, v.sector) for v in inc.victims} == {("US", "healthcare")}


def test_extract_units_the_outlet_telling_the_story_is_no_media_victim():
    [inc] = analyze_text(
        "Officials said China was behind a cyber intrusion at the Bureau of Meteorology. "
        "Several government sources confirmed the breach to this broadcaster on Wednesday.",
        published="2024-05-01",
    ).incidents
    assert {v.sector for v in inc.victims} == {"government"}


@pytest.mark.parametrize(
    "text, activity",
    [
        ("Officials said hackers working for Iran's IRGC stole customer files from the clinic and threatened to publish them unless the clinic paid.", "financial"),
        ("Officials said the spying by hackers working for China's MSS went on for years and was shut down within minutes of being discovered.", "espionage"),
        ("Officials said hackers working for North Korea's RGB shut down the newspaper's website and wiped much of its database.", "sabotage"),
        ("Officials said hackers working for Iran's MOIS demanded a ransom from the insurer, but the demand was a cover for an operation meant to embarrass the government.", "influence"),
        ("Officials said hackers working for Russia's GRU phished the soldiers' email accounts and then used the hijacked accounts to post fake surrender videos.", "influence"),
        ("Officials said hackers working for Russia's GRU phished journalists and used their accounts to spread stories hostile to the alliance.", "influence"),
        ("The FBI director said Volt Typhoon, a group sponsored by China, was positioning itself on American infrastructure in preparation to wreak havoc in a conflict.", "prepositioning"),
        ("Officials said hackers working for Russia's FSB kept access to the utilities so Moscow could switch them off at a time of its choosing.", "prepositioning"),
        ("Prosecutors said Evil Corp used the malware to steal online banking credentials and transfer money out of victims' accounts.", "financial"),
        ("Officials said hackers working for Russia's SVR gained access to the ministry's network, and an outage followed.", "espionage"),
        ("Police said hackers working for North Korea's RGB took 1,014 gigabytes of data from the court network, and an outage followed.", "espionage"),
        ("Officials said hackers working for China's MSS rigged the security cameras of the headquarters to send footage to their servers.", "espionage"),
        ("Officials said hackers working for North Korea's RGB leaked reactor blueprints and staff details and demanded the reactors be shut down.", "influence"),
        ("Officials said hackers working for North Korea's RGB hit the bank, and data on hundreds of its servers was wiped.", "sabotage"),
        ("Prosecutors said hackers working for Iran's IRGC obtained voter records in a campaign to intimidate American voters and sow distrust in the election.", "influence"),
        ("Officials said hackers working for North Korea's RGB broke into the bank's network and sent fraudulent SWIFT messages.", "financial"),
    ],
)
def test_extract_units_what_the_operation_did_outweighs_how_it_began(text, activity):
    report = analyze_text(text, published="2024-06-01")
    assert [inc.activity for inc in report.incidents] == [activity]


@pytest.mark.parametrize(
    "text",
    [
        "A foreign ministry spokesman on Wednesday rejected the accusation that APT40 hacked Australian government networks for China's Ministry of State Security.",
        "The FBI director told lawmakers on Wednesday that Volt Typhoon, a group sponsored by China, had hacked water utilities.",
        "Asked at a regular briefing on Thursday about the hacking of parliament by APT31, China's foreign ministry said the claims were groundless.",
    ],
)
def test_extract_units_a_weekday_when_something_was_said_does_not_date_the_operation(text):
    report = analyze_text(text, published="2024-07-12")
    assert report.incidents and [inc.period.start for inc in report.incidents] == [None]


@pytest.mark.parametrize(
    "text, activity",
    [
        ("Researchers said APT29 broke into the build servers to steal source code; access to them could let the attackers tamper with software updates.", "espionage"),
        ("Researchers said RedEcho broke into the power networks to gain access that could be used to disrupt the grid later, rather than to steal data.", "prepositioning"),
        ("Researchers said APT29 not only stole source code from the build servers but also wiped the servers.", "sabotage"),
    ],
)
def test_extract_units_what_an_operation_only_could_do_or_did_not_do_is_not_its_activity(text, activity):
    report = analyze_text(text, published="2024-06-01")
    assert [inc.activity for inc in report.incidents] == [activity]


def test_extract_units_a_week_resolves_to_its_month():
    doc = _doc("The attack last week followed one earlier this week.", "2024-05-03")
    assert [(doc.text[d.start : d.end], d.value) for d in doc.dates] == [("last week", "2024-04"), ("earlier this week", "2024-05")]


@pytest.mark.parametrize(
    "text, start",
    [
        ("Italy said a cyberattack that crippled some of its ministry's servers this week was launched by hackers working for Iran's MOIS.", "2018-12"),
        ("Symantec said this week that APT33, a group tied to Iran's IRGC, had hacked aviation firms.", None),
    ],
)
def test_extract_units_a_week_dates_the_attack_it_follows_not_the_news(text, start):
    report = analyze_text(text, published="2018-12-12")
    assert [inc.period.start for inc in report.incidents] == [start]


def test_extract_units_a_month_naming_an_attack_dates_it():
    doc = _doc("Officials blamed China for the February intrusion, weeks before the November election.", "2019-09-17")
    assert [(doc.text[d.start : d.end], d.value) for d in doc.dates] == [("February", "2019-02")]


@pytest.mark.parametrize(
    "text",
    [
        "Lazarus Group ran the WannaCry ransomware attack, which the United States publicly attributed to North Korea in December 2017.",
        "According to press reports of 19 December 2018, hackers working for China's PLA gained access to the diplomatic network.",
        "In December CrowdStrike said that Fancy Bear, the group it had blamed last June for breaking into the party's network, had hidden an implant in an app.",
        "DarkSide, a ransomware gang which appeared last year, hit the pipeline operator, the FBI said.",
    ],
)
def test_extract_units_when_a_claim_or_report_was_made_does_not_date_the_operation(text):
    report = analyze_text(text, published="2019-03-14")
    assert report.incidents and [inc.period.start for inc in report.incidents] == [None]


def test_extract_units_a_month_of_that_year_keeps_the_year_named_before():
    doc = _doc("In October 2018 the Dutch government said the officers had tried to hack the network in April that year.", "2022-02-17")
    assert [(doc.text[d.start : d.end], d.value) for d in doc.dates] == [("In October 2018", "2018-10"), ("in April", "2018-04")]


def test_extract_units_an_approximate_start_keeps_its_role():
    doc = _doc("From about 2016 until April 2021 the men ran phishing operations.", "2024-04-24")
    assert [(doc.text[d.start : d.end], d.value, d.role) for d in doc.dates] == [("From about 2016", "2016", "from"), ("until April 2021", "2021-04", "until")]


@pytest.mark.parametrize(
    "text, start",
    [
        ("ESET said APT28, a unit of Russia's GRU, hacked an energy facility in Ukraine. "
         "Employees of the facility received e-mails in early September with a link to a ZIP archive.", "2023-09"),
        ("Citizen Lab said a Pegasus operator tied to Saudi Arabia infected the phone of a dissident in Montreal. "
         "He received a text message in June disguised as a parcel-tracking notice.", "2023-06"),
        ("Kaspersky said Transparent Tribe hacked Indian military networks. "
         "The group, active since at least 2013, has added a module that spreads through USB drives.", "2013"),
        ("Prosecutors said North Korean IT workers were placed at US firms. "
         "The accused worked for two companies controlled by North Korea, and from 2017 to 2023 earned at least 88 million dollars.", "2017"),
    ],
)
def test_extract_units_what_the_operation_did_without_an_operation_word_dates_it(text, start):
    report = analyze_text(text, published="2023-09-05")
    assert [inc.period.start for inc in report.incidents][:1] == [start]


def test_extract_units_a_tool_named_after_the_date_is_no_report():
    report = analyze_text(
        "Dutch intelligence said Chinese state-sponsored hackers working for the MSS had broken into a defence network last year, "
        "using malware they named Coathanger.",
        published="2024-02-29",
    )
    assert [inc.period.start for inc in report.incidents] == ["2023"]


def test_extract_units_a_timeline_entry_is_no_dateline():
    report = analyze_text(
        "Timeline: Cold River\n\n2016 — Cold River, a group tied to Russia's FSB, targets Britain's Foreign Office.",
        published="2023-01-09",
    )
    assert [inc.period.start for inc in report.incidents] == ["2016"]


def test_extract_units_a_list_of_groups_says_what_each_did():
    report = analyze_text(
        "The NCSC attributes to China's Ministry of State Security the cyber espionage activity of the groups known as APT40 and APT31. "
        "APT40 targeted maritime industries in Europe. APT31 targeted government entities, including the Finnish parliament in 2020.",
        published="2021-07-19",
    )
    assert sorted((a.name, inc.activity) for inc in report.incidents for a in inc.actors) == [("APT31", "espionage"), ("APT40", "espionage")]


def test_extract_units_the_second_case_names_another_operation_not_the_first():
    report = analyze_text(
        "Two security services warned shipping firms of Chinese cyber espionage on Tuesday. In the first case, a Chinese state hacking unit "
        "broke into the network of a port operator in 2022 and stole cargo manifests. The second case concerns the Blue Heron group, "
        "which the services say is directed by the Chinese state.",
        published="2024-01-10",
    )
    assert sorted(([a.name for a in inc.actors], inc.period.start) for inc in report.incidents) == [([], "2022"), (["Blue Heron"], None)]


def test_extract_units_the_attack_left_unattributed_by_another_official_is_still_the_same_attack():
    report = analyze_text(
        "A senior Iranian official has accused Israel of being behind last week's cyberattack that crippled the country's port management system.\n\n"
        "The head of the national cyber agency said on Tuesday that the attack had probably been carried out by a foreign state, without naming one.\n\n"
        "A group calling itself Blue Heron has claimed responsibility online.",
        published="2024-01-10",
    )
    assert [([a.name for a in inc.actors], [s.state for s in inc.sponsors]) for inc in report.incidents] == [(["Blue Heron"], ["IL"])]


def test_extract_units_a_date_before_the_actor_saying_what_it_did_dates_that_operation():
    report = analyze_text(
        "A group calling itself Blue Heron wiped thousands of servers at Latvia's national airline in December. "
        "Latvian officials said it worked for Russian military intelligence.\n\n"
        "It is not the first time the group has gone after transport. In March 2021 it said it had encrypted the servers of "
        "the Lithuanian state railway, weeks before Russia's invasion of Ukraine.",
        published="2024-01-10",
    )
    assert sorted((inc.period.start, [a.name for a in inc.actors]) for inc in report.incidents) == [
        ("2021-03", ["Blue Heron"]), ("2023-12", ["Blue Heron"])
    ]


def test_extract_units_they_take_up_the_actor_in_its_next_dated_operations():
    report = analyze_text(
        "Prosecutors say the three hackers belong to the Lazarus Group, which works for North Korea's military intelligence agency. "
        "According to the charges, the hackers tried to steal more than $1 billion from banks in Vietnam and Malta between 2015 and 2016.\n\n"
        "They also stole $75 million from a Slovenian cryptocurrency company in 2017 and $11 million from a bank in New York in 2020.",
        published="2021-02-17",
    )
    victims = {(v.country, a.name) for inc in report.incidents for v in inc.victims for a in inc.actors}
    assert ("SI", "Lazarus Group") in victims


def test_extract_units_actors_listed_side_by_side_each_have_the_incident():
    report = analyze_text(
        "Two hacking groups backed by the Chinese government have broken into at least ten Taiwanese government agencies since 2019, "
        "the Investigation Bureau said on Wednesday. Officials identified the groups as Blacktech and Taidoor and said both operate "
        "on behalf of the Chinese state.",
        published="2021-02-17",
    )
    assert sorted((a.name, [v.country for v in inc.victims]) for inc in report.incidents for a in inc.actors) == [
        ("Blacktech", ["TW"]), ("Taidoor", ["TW"])
    ]
    aliases = analyze_text(
        "BlackTech, also known as Palmerworm, Circuit Panda and Radio Panda, has targeted government agencies in Japan since 2020.",
        published="2021-02-17",
    )
    assert [a.name for inc in aliases.incidents for a in inc.actors] == ["BlackTech"]


def test_extract_units_the_group_tasked_by_a_state_stays_the_named_group():
    report = analyze_text(
        "Britain sanctions Red Lynx gang, says it worked for Russian intelligence\n\n"
        "Britain on Tuesday imposed sanctions on members of Red Lynx, a ransomware gang that has extorted hospitals and schools since 2015. "
        "Before 2020, the group had been tasked by Russian intelligence with stealing documents from NATO governments, the agency said.",
        published="2024-10-01",
    )
    assert [[a.name for a in inc.actors] for inc in report.incidents] == [["Red Lynx"]]


def test_extract_units_a_roundup_entry_named_by_a_noun_phrase_opens_its_own_operation():
    report = analyze_text(
        "Latin America's year of hacks\n\n"
        "Chile's cash machines. In January the bank network Redpay said its corporate network had been breached. "
        "Researchers said the malware was the work of the Lazarus Group, which works for North Korea.\n\n"
        "The blackout. In March a wiper destroyed data at the Venezuelan state power company. Venezuelan officials blamed the United States.",
        published="2019-12-01",
    )
    by_state = {s.state: inc for inc in report.incidents for s in inc.sponsors}
    assert (by_state["KP"].activity, by_state["KP"].period.start) == ("unknown", None)
    assert (by_state["US"].activity, by_state["US"].period.start) == ("sabotage", "2019-03")


def test_extract_units_a_group_whose_infrastructure_was_taken_over_is_not_the_actor():
    report = analyze_text(
        "The NCSC said Turla, a group widely reported to be associated with Russia, had used Iranian implants against its targets in 2019. "
        "Turla went further. It gained access to the command-and-control infrastructure of an Iranian group known in the industry as OilRig, "
        "and used that access to harvest data from OilRig's victims in government agencies.",
        published="2020-11-01",
    )
    assert [[a.name for a in inc.actors] for inc in report.incidents] == [["Turla"]]


def test_extract_units_later_that_year_a_named_campaign_is_the_next_operation():
    report = analyze_text(
        "A Chinese contract hacker arrested in Rome last week worked for China's Ministry of State Security, US prosecutors say. "
        "From March 2020, according to the indictment, he broke into universities in the US to steal vaccine research.\n\n"
        "Later that year, the indictment alleges, he and his co-conspirators joined the mass exploitation of flaws in email server software, "
        "a campaign Microsoft attributed to a group it calls Blue Heron.",
        published="2025-07-10",
    )
    assert sorted(([a.name for a in inc.actors], inc.period.start) for inc in report.incidents) == [([], "2020-03"), (["Blue Heron"], "2020")]  # "Later that year": the year of March 2020


def test_extract_units_that_intrusion_was_the_work_of_another_group_takes_the_intrusion_along():
    report = analyze_text(
        "Researchers said Turla spied on Latvian ministries in 2019.\n\n"
        "Last May the Estonian parliament's network was so badly compromised that large parts had to be rebuilt. "
        "That intrusion was the work of a different group, APT28.",
        published="2016-06-01",
    )
    assert sorted((a.name, inc.period.start) for inc in report.incidents for a in inc.actors) == [("APT28", "2016-05"), ("Turla", "2019")]


def test_extract_units_a_one_word_answer_is_no_roundup_heading():
    from aptrace.extract.incidents import _LABEL_HEADING

    assert [bool(_LABEL_HEADING.match(t)) for t in ("Triton.", "Italy.", "Absolutely.", "Finally.", "Yes.")] == [True, True, False, False, False]


def test_extract_units_a_section_s_operation_waits_for_a_group_already_named():
    report = analyze_text(
        "A month of state hacking\n\n"
        "Turla. In March, Turla hacked the Latvian foreign ministry.\n\n"
        "Sandworm. In May, Sandworm wiped servers at a Polish port.\n\n"
        "Epilogue. In June, hackers broke into the network of the Estonian defence ministry. Estonian officials said Turla was behind it.",
        published="2024-07-01",
    )
    victims = {a.name: sorted(v.country for v in inc.victims) for inc in report.incidents for a in inc.actors}
    assert victims == {"Turla": ["EE", "LV"], "Sandworm": ["PL"]}


def test_extract_units_a_transcript_speaker_label_is_no_section_heading():
    report = analyze_text(
        "Police link cyberattacks on Japan's space agency to Chinese military unit\n\n"
        "ANCHOR: Tokyo police say a Chinese military unit was very likely behind a string of cyberattacks on Japan's space agency. "
        "Our correspondent has the details.\n\n"
        "CORRESPONDENT: Thanks. Police believe rented servers were used by a hacking group called Tick in an espionage campaign "
        "against the agency in 2016.",
        published="2021-04-20",
    )
    assert [([a.name for a in inc.actors], [s.state for s in inc.sponsors]) for inc in report.incidents] == [(["Tick"], ["CN"])]


def test_extract_units_a_roundup_entry_named_in_title_case_opens_its_own_operation():
    report = analyze_text(
        "Latin America's year of hacks\n\n"
        "Chile's cash machines. In January the bank network Redpay said its corporate network had been breached. "
        "Researchers said the malware was the work of the Lazarus Group, which works for North Korea.\n\n"
        "Darkness in Caracas. In March a wiper destroyed data at the Venezuelan state power company. Venezuelan officials blamed the United States.",
        published="2019-12-01",
    )
    by_state = {s.state: inc for inc in report.incidents for s in inc.sponsors}
    assert (by_state["KP"].activity, by_state["US"].activity) == ("unknown", "sabotage")


def test_extract_units_a_later_statement_tying_the_state_to_the_theft_is_the_same_operation():
    report = analyze_text(
        "Kaspersky said on Monday that a server used by the Lazarus group, which researchers have blamed for the February 2016 theft "
        "of $81 million from Bangladesh Bank, had connected directly to an address in North Korea.\n\n"
        "Last month an official briefed on the US investigation said the FBI believes North Korea was responsible, and a senior NSA "
        "official said research tying Pyongyang to the theft was strong.",
        published="2017-04-03",
    )
    assert [[a.name for a in inc.actors] for inc in report.incidents] == [["Lazarus group"]]


def test_extract_units_a_group_named_after_a_lead_telling_two_operations_takes_the_second():
    report = analyze_text(
        "Denmark on Tuesday accused Russia of being behind a cyberattack on its national statistics office, and of a separate campaign "
        "targeting members of parliament.\n\n"
        "The defence minister said the office's systems had very likely been compromised by a Russian state-affiliated actor between "
        "March 2022 and May 2023. He said the group APT28 had sent phishing emails in 2022 to the accounts of Danish lawmakers.",
        published="2024-03-26",
    )
    assert sorted(([a.name for a in inc.actors], inc.period.start) for inc in report.incidents) == [([], "2022-03"), (["APT28"], "2022")]


def test_extract_units_the_accused_that_answers_in_the_same_sentence_is_still_the_accused():
    report = analyze_text(
        "Hackers wiped the servers of a Scottish water utility in 2021. "
        "British officials said on Monday they believed Iran was behind that intrusion, which Tehran rejected.",
        published="2016-12-01",
    )
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == [("GB", "IR")]


@pytest.mark.parametrize(
    "text, by",
    [
        ("Russian military intelligence hacked the servers of a ski federation, according to two US officials who spoke on condition of anonymity.", "US"),
        ("The attack on the water utility was the work of Iran, according to a Western intelligence official and several Israeli officials.", "IL"),
    ],
)
def test_extract_units_officials_counted_or_listed_after_according_to_speak_for_their_state(text, by):
    report = analyze_text(text, published="2020-06-01")
    assert by in {a.by for inc in report.incidents for a in inc.attributions}


def test_extract_units_a_sentence_under_its_own_dateline_speaks_for_the_dateline_not_for_the_denial_before():
    report = analyze_text(
        "Russia blamed for hack of rail operator;\nMoscow calls claims absurd\n\n"
        "OSLO — Officials say Russia was behind a cyber intrusion at the national rail operator.",
        published="2021-03-01",
    )
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == [("NO", "RU")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Canada warned on Tuesday that a Chinese government-sponsored hacking group has been exploiting flaws in routers used by ministries.", ("CA", None, "CN")),
        ("ESET said Gamaredon has been compromising the mail servers of regional administrations.", ("ESET", "Gamaredon", None)),
    ],
)
def test_extract_units_a_state_or_group_that_has_been_exploiting_or_compromising_is_said_to_act(text, expected):
    report = analyze_text(text, published="2022-02-01")
    assert expected in {(a.by, a.actor, a.state) for inc in report.incidents for a in inc.attributions}


def test_extract_units_people_the_speaker_calls_officers_of_a_hostile_organ_tie_the_operation_to_its_state():
    report = analyze_text(
        "The European Union imposed sanctions on two individuals responsible for cyber-attacks against Latvia in 2020. "
        "Ivan Petrov and Oleg Sidorov are officers of the Russian Federal Security Service.",
        published="2024-03-01",
    )
    assert ("EU", "RU") in {(a.by, a.state) for inc in report.incidents for a in inc.attributions}


def test_extract_units_a_states_spy_chief_speaks_and_is_no_hostile_spy():
    report = analyze_text(
        "Canada's spy chief has publicly named a Chinese state hacking group he says has been probing the nation's power grid. "
        "He identified the group as Volt Typhoon, describing it as hackers working for the Chinese military.",
        published="2025-02-01",
    )
    assert ("CA", "Volt Typhoon") in {(a.by, a.actor) for inc in report.incidents for a in inc.attributions}


def test_extract_units_the_speakers_state_sponsored_hackers_of_a_state_are_its_attribution():
    report = analyze_text(
        "The Justice Department said on Monday it had seized cryptocurrency paid as ransom by two clinics to Iranian state-sponsored hackers.",
        published="2022-07-19",
    )
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == [("US", "IR")]


def test_extract_units_a_states_action_against_another_states_hacking_does_not_make_it_hostile():
    report = analyze_text(
        "What Washington's new Iran hacking package does.\n\n"
        "The Justice Department said the men hacked defence contractors on behalf of the Islamic Revolutionary Guard Corps.",
        published="2024-04-24",
    )
    assert ("US", "IR") in {(a.by, a.state) for inc in report.incidents for a in inc.attributions}


def test_extract_units_a_states_hacking_organizations_are_the_doers_not_its_victim_organizations():
    report = analyze_text(
        "The spy agency said that it had notified the commission of six hacking attempts by Iranian hacking organizations since 2020.",
        published="2023-10-11",
    )
    assert [inc.sponsors[0].state for inc in report.incidents] == ["IR"]


def test_extract_units_a_group_that_took_over_an_email_account_acted():
    report = analyze_text(
        "In one case, the Iranian group known as Charming Kitten took over the email account of a ministry official, according to the FBI.",
        published="2023-10-11",
    )
    assert [(a.by, a.actor) for inc in report.incidents for a in inc.attributions] == [("US", "Charming Kitten")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prosecutors said the Chinese state hackers, known in the private sector as APT41, had broken into game companies.", ("US", None, "CN")),
        ("Mandiant said the Chinese state hackers, known to other researchers as APT41, had broken into game companies.", ("Mandiant", "APT41", "CN")),
    ],
)
def test_extract_units_a_state_blames_a_group_others_named_without_taking_up_the_name(text, expected):
    report = analyze_text("WASHINGTON — " + text, published="2020-09-16")
    assert [(a.by, a.actor, a.state) for inc in report.incidents for a in inc.attributions] == [expected]


def test_extract_units_every_member_of_a_list_speaking_in_a_relative_clause_states_the_groups_standing_tie():
    report = analyze_text(
        "Dragos said the attack on a Lithuanian grid operator was most likely the work of Sandworm. "
        "Sandworm, which Dutch and Danish officials say is run by the GRU, has hit energy firms across Europe.",
        published="2025-01-24",
    )
    assert {a.by for inc in report.incidents for a in inc.attributions} == {"Dragos"}


def test_extract_units_states_that_blamed_the_operation_in_a_relative_clause_blame_its_state_not_the_group():
    report = analyze_text(
        "Andariel was behind the ransomware outbreak at Seoul hospitals, which Canada, Japan and New Zealand "
        "publicly attributed to North Korea last spring. It also stole defence blueprints from a shipyard in 2021.",
        published="2019-09-13",
    )
    assert {(a.by, a.actor, a.state) for inc in report.incidents for a in inc.attributions} == {("CA", None, "KP"), ("JP", None, "KP"), ("NZ", None, "KP")}


def test_extract_units_a_state_that_has_been_blamed_in_a_relative_clause_does_not_speak():
    report = analyze_text(
        "Analysts said the exchange hack bore the marks of Kimsuky, a spying group that Japanese authorities "
        "have tied to North Korea's government and that has been blamed for raids on think tanks.",
        published="2018-08-20",
    )
    assert [[s.state for s in inc.sponsors] for inc in report.incidents] == [["KP"]]


def test_extract_units_a_firm_cites_a_groups_tie_that_a_states_investigators_made():
    report = analyze_text(
        "Sophos pointed to code shared with earlier attacks attributed to Andariel, "
        "a group that South Korean investigators tie to the government in Pyongyang.",
        published="2017-02-13",
    )
    [inc] = report.incidents
    assert [s.state for s in inc.sponsors] == ["KP"]
    assert [(a.by, a.actor, a.state) for a in inc.attributions] == [("Sophos", "Andariel", None)]


def test_extract_units_a_companys_unit_that_reports_speaks_not_its_owner():
    report = analyze_text(
        "Hackers working for the Chinese state have targeted shipyards in Europe, according to a report from Accenture's iDefense unit published on Tuesday.",
        published="2019-03-05",
    )
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == [("iDefense", "CN")]


def test_extract_units_a_company_listed_with_a_state_organ_speaks_not_the_state_it_is_based_in():
    report = analyze_text(
        "Last year, CERT-UA, together with the Finnish company WithSecure, which also blamed the attack on Sandworm, "
        "stopped an attempt to wipe a railway's servers.",
        published="2023-05-01",
    )
    assert {a.by for inc in report.incidents for a in inc.attributions} == {"UA", "WithSecure"}


def test_extract_units_a_list_of_states_that_tied_the_group_before_does_not_speak_for_the_firm():
    report = analyze_text(
        "Sekoia said the hackers had broken into six satellite operators. "
        "It said the tools matched APT40, the group that Australia and Canada tied to China's Ministry of State Security in 2021.",
        published="2019-06-25",
    )
    assert {a.by for inc in report.incidents for a in inc.attributions} == {"Sekoia"}


def test_extract_units_two_us_firms_and_a_visiting_presidents_name_give_no_state_speaker():
    report = analyze_text(
        "LONDON, May 3 - A Russian hacking crew that has spied on shipping lines for years works for a GRU unit, "
        "three British firms said on Friday, a week before President Vladimir Putin's trip to Beijing.",
        published="2015-09-24",
    )
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == []


@pytest.mark.parametrize(
    "background",
    [
        "The US government has previously said MuddyWater works for Iran's Ministry of Intelligence and Security.",
        "US intelligence agencies say MuddyWater works for Iran's Ministry of Intelligence and Security.",
    ],
)
def test_extract_units_a_states_earlier_word_on_a_groups_tie_is_background_not_its_attribution(background):
    report = analyze_text(
        "Proofpoint said on Thursday that MuddyWater had sent pay-themed emails to Israeli employees of technology companies. " + background,
        published="2024-03-28",
    )
    [inc] = report.incidents
    assert [(s.state, s.agency) for s in inc.sponsors] == [("IR", "MOIS")]
    assert [a.by for a in inc.attributions] == ["Proofpoint"]


def test_extract_units_researchers_in_a_relative_clause_do_not_make_the_institutions_sentence_anonymous():
    report = analyze_text(
        "A Chinese state-backed hacking group has broken into several port authorities, the FBI said on Tuesday. "
        "The agencies named the group as APT41, which private researchers also call Wicked Panda and have linked to China's Ministry of State Security.",
        published="2020-10-22",
    )
    assert ("US", "APT41") in {(a.by, a.actor) for inc in report.incidents for a in inc.attributions}


def test_extract_units_according_to_an_investigation_a_state_organ_launched_cyberattacks():
    report = analyze_text(
        "According to the findings of the provincial police, the US National Security Agency launched cyberattacks "
        "against a university's servers last spring.",
        published="2025-04-15",
    )
    [inc] = report.incidents
    assert [(s.state, s.agency) for s in inc.sponsors] == [("US", "NSA")]


@pytest.mark.parametrize(
    "text, agency",
    [
        ("VIENNA — The intrusion at the energy regulator was probably the work of the British signals intelligence agency GCHQ, investigators found.", ("GB", "GCHQ")),
        ("PARIS — France summoned the US ambassador after reports that the National Security Agency may have targeted the president's phone.", ("US", "NSA")),
    ],
)
def test_extract_units_an_organ_that_usually_speaks_is_the_accused_when_the_work_is_its_own(text, agency):
    report = analyze_text(text, published="2018-02-16")
    assert agency in {(s.state, s.agency) for inc in report.incidents for s in inc.sponsors}


def test_extract_units_a_lower_case_description_is_not_an_agencys_proper_name():
    report = analyze_text(
        "Recorded Future said it assesses that Kimsuky works for the Reconnaissance General Bureau (RGB), "
        "North Korea's chief foreign intelligence service.",
        published="2023-03-28",
    )
    assert {(s.state, s.agency) for inc in report.incidents for s in inc.sponsors} == {("KP", "RGB")}


@pytest.mark.parametrize(
    "text, agency",
    [
        ("Madrid admitted that the CNI had spied on nine union leaders last year.", ("ES", "CNI")),
        ("ESET said the crew belongs to Uzbekistan's State Security Service (SSS) and had hacked exiled journalists.", ("UZ", "SSS")),
    ],
)
def test_extract_units_other_states_intelligence_services_are_known_agencies(text, agency):
    report = analyze_text(text, published="2022-05-10")
    assert agency in {(s.state, s.agency) for inc in report.incidents for s in inc.sponsors}


def test_extract_units_we_have_no_doubt_that_behind_this_campaign_stands_a_state():
    report = analyze_text(
        "Hackers flooded Latvian ministries with phishing emails in March. "
        "Latvia's foreign minister said: \"We have no doubt that behind this operation stands the Russian military intelligence.\"",
        published="2024-05-08",
    )
    assert ("LV", "RU") in {(a.by, a.state) for inc in report.incidents for a in inc.attributions}


def test_extract_units_a_group_that_is_almost_certainly_a_states_agency_is_attributed_to_it():
    report = analyze_text(
        "The NCSC has today published guidance on how Sandworm hijacked firewalls. "
        "The guidance says Sandworm is almost certainly the Russian Main Intelligence Directorate (GRU).",
        published="2023-04-18",
    )
    assert ("GB", "Sandworm", "RU") in {(a.by, a.actor, a.state) for inc in report.incidents for a in inc.attributions}


def test_extract_units_a_state_that_blames_a_group_and_summons_an_envoy_ties_the_group_to_the_envoys_state():
    report = analyze_text(
        "Russian hackers known as Turla targeted Slovak diplomats in June. On Friday the Slovak government announced that the same group had "
        "broken into mail servers of the defence ministry, and summoned the chargé d'affaires of the Russian embassy.",
        published="2024-05-03",
    )
    assert ("SK", "Turla", "RU") in {(a.by, a.actor, a.state) for inc in report.incidents for a in inc.attributions}


def test_extract_units_a_group_that_used_a_long_described_lure_to_get_in_acted():
    report = analyze_text(
        "Vixen Panda first surfaced in 2014, when Symantec reported that it had used invitations to a trade fair in "
        "Hanover to break into the networks of three Asian embassies.",
        published="2020-01-01",
    )
    assert ("Symantec", "Vixen Panda") in {(a.by, a.actor) for inc in report.incidents for a in inc.attributions}


def test_extract_units_a_vendors_published_indicators_are_no_advisory():
    report = analyze_text(
        "Symantec said the Chinese state-backed group Whitefly had broken into hospitals in Singapore. "
        "For defenders, Symantec has published indicators of compromise for the group's tools.",
        published="2019-03-07",
    )
    assert [r for inc in report.incidents for r in inc.responses] == []


def test_extract_units_a_threat_in_another_clause_leaves_a_response_standing():
    report = analyze_text(
        "Germany said APT28, a unit of Russia's GRU, had hacked the SPD. "
        "Berlin recalled its ambassador from Moscow for consultations, and the foreign minister said Russia would face consequences.",
        published="2024-05-06",
    )
    assert ("recall_ambassador", "DE", "RU") in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


def test_extract_units_a_state_accused_elsewhere_still_responds_to_an_operation_against_it():
    report = analyze_text(
        "Washington has accused Chinese state hackers of breaking into American telecom networks.\n\n"
        "On Tuesday China's foreign ministry said the US National Security Agency had hacked a university in Xi'an. "
        "China strongly condemns the US government's malicious cyber activities against Chinese institutions.",
        published="2025-04-15",
    )
    assert ("condemnation", "CN", "US") in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "denial",
    [
        "reports of Russian involvement had no basis",
        "Moscow had neither the intention nor the means to interfere",
        "it gave no credence to such reports",
        "the accusation was an unfriendly act",
    ],
)
def test_extract_units_denial_language_of_no_basis_and_no_intention(denial):
    text = f"Microsoft said APT28, a unit of Russia's GRU, hacked the ministry. Russia's embassy said {denial}."
    report = analyze_text(text, published="2024-01-23")
    assert [d.by for inc in report.incidents for d in inc.denials] == ["RU"]


@pytest.mark.parametrize(
    "statement",
    [
        "The foreign secretary said: \"We won't tolerate it.\"",
        "The foreign secretary said such acts fall outside the bounds of acceptable state behaviour.",
        "The foreign secretary said the campaign was not acceptable.",
        "The Foreign Office issued a demarche to Moscow.",
    ],
)
def test_extract_units_condemnation_language_of_tolerance_and_demarches(statement):
    text = f"Britain said APT28, a unit of Russia's GRU, had hacked the Electoral Commission. {statement}"
    report = analyze_text(text, published="2024-01-23")
    assert ("condemnation", "GB", "RU") in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "statement",
    [
        "In an alert published on Wednesday, the agency described the group's tools.",
        "The agency published a technical analysis of the malware.",
        "The agency published a list of 160 IP addresses used in the attacks.",
    ],
)
def test_extract_units_an_alert_published_and_a_list_of_addresses_are_advisories(statement):
    text = f"France's cybersecurity agency ANSSI said APT31, a group backed by the Chinese state, had hijacked routers. {statement}"
    report = analyze_text(text, published="2021-07-22")
    assert ("advisory", "FR", "CN") in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "text, response",
    [
        ("Dutch officials said APT28, a unit of Russia's GRU, hacked the OPCW. "
         "The embassy's military attaché was declared persona non grata by the Netherlands.", ("expel_diplomats", "NL", "RU")),
        ("Microsoft said APT31, which works for China's Ministry of State Security, hacked European ministries. "
         "Three officers of the ministry were hit with sanctions by the United States on Tuesday.", ("sanctions", "US", "CN")),
        ("The FBI said APT41, a group working for China's Ministry of State Security, hacked American universities. "
         "One of its members was arrested by Italian police in Milan after a flight from Shanghai.", ("arrest", "IT", "CN")),
    ],
)
def test_extract_units_a_passive_response_is_taken_by_its_agent(text, response):
    report = analyze_text(text, published="2024-05-01")
    assert response in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "statement",
    [
        "The Treasury blacklisted two companies that supported the group.",
        "The Treasury said the assets of two front companies had been frozen.",
    ],
)
def test_extract_units_blacklisting_and_frozen_assets_are_sanctions(statement):
    text = f"The FBI said APT35, which works for Iran's IRGC, hacked American water utilities. {statement}"
    report = analyze_text(text, published="2024-05-01")
    assert ("sanctions", "US", "IR") in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "statement",
    [
        "The Czech foreign ministry summoned the chargé on Tuesday.",
        "The Czech foreign ministry hauled in the Chinese ambassador.",
        "The Chinese ambassador was called to the foreign ministry on Tuesday.",
    ],
)
def test_extract_units_summoning_the_charge_or_hauling_in_the_envoy(statement):
    text = f"Czech officials said APT31, which works for China's Ministry of State Security, hacked the Czech foreign ministry. {statement}"
    report = analyze_text(text, published="2025-05-28")
    assert ("summon_ambassador", "CZ", "CN") in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "statement",
    [
        "The group's domain was seized by the FBI.",
        "Servers used by the group were taken down in a US operation, the FBI said.",
    ],
)
def test_extract_units_seized_domains_and_servers_taken_down_in_the_passive(statement):
    text = f"The FBI said APT38, a group working for North Korea's RGB, stole cryptocurrency. {statement}"
    report = analyze_text(text, published="2024-05-01")
    assert ("takedown", "US", "KP") in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "text, response",
    [
        ("Tokyo police said the group Tick, which works for China's PLA, hacked Japanese defence firms. "
         "Investigators from the Metropolitan Police Department sent papers to prosecutors on a Chinese engineer who rented servers for it.",
         ("indictment", "JP", "CN")),
        ("Prosecutors said a man working for China's PLA helped its hackers steal aircraft designs. "
         "Canadian police arrested him in Vancouver on a US criminal complaint filed that month.", ("indictment", "US", "CN")),
    ],
)
def test_extract_units_papers_sent_to_prosecutors_and_a_states_criminal_complaint(text, response):
    report = analyze_text(text, published="2024-05-01")
    assert response in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


def test_extract_units_disinformation_as_an_activity_is_no_denial():
    report = analyze_text(
        "Bulgaria's president said APT28, a unit of Russia's GRU, hacked the election commission. "
        "He said the attack was part of a broader Russian effort to destabilise Europe through propaganda and disinformation. "
        "It comes as capitals report a rise in hostile Russian activity, from sabotage to disinformation.",
        published="2016-11-04",
    )
    assert [d for inc in report.incidents for d in inc.denials] == []
    denied = analyze_text(
        "Bulgaria's president said APT28, a unit of Russia's GRU, hacked the election commission. Russia's embassy called the claims disinformation.",
        published="2016-11-04",
    )
    assert [d.by for inc in denied.incidents for d in inc.denials] == ["RU"]


def test_extract_units_the_state_urged_to_stop_its_smears_is_not_the_denier():
    report = analyze_text(
        "Chinese police said three agents of the US National Security Agency hacked the Asian Winter Games. "
        "A foreign ministry spokesman said China had urged Washington to stop smearing China.",
        published="2025-04-15",
    )
    assert "US" not in [d.by for inc in report.incidents for d in inc.denials]


@pytest.mark.parametrize(
    "denial",
    ["Apple rejected the accusation.", "Apple has in the past denied any involvement in hacking.", "Apple said it had never worked with any government to insert a backdoor."],
)
def test_extract_units_an_accused_company_that_denies_is_a_denier(denial):
    text = "The FSB said the operation was run by the U.S. National Security Agency and that Apple had cooperated closely with U.S. intelligence. " + denial
    report = analyze_text(text, published="2023-06-01")
    assert [d.by for inc in report.incidents for d in inc.denials] == ["Apple"]


def test_extract_units_a_summoned_envoy_unnamed_is_the_accused_states():
    report = analyze_text(
        "Denmark's intelligence service said APT28, a unit of Russia's GRU, had attacked a water utility in 2024. "
        "In 2025 the hacktivist group NoName057(16) flooded the websites of Danish parties with junk traffic. "
        "Denmark's foreign minister said he had summoned the ambassador to make clear that the attacks were unacceptable.",
        published="2025-12-18",
    )
    got = {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}
    assert ("summon_ambassador", "DK", "RU") in got and ("condemnation", "DK", "RU") in got


def test_extract_units_the_end_of_a_quotation_opened_a_sentence_before_does_not_speak():
    report = analyze_text(
        "Denmark's intelligence service said APT28, a unit of Russia's GRU, had attacked a water utility. "
        "\"This is not hypothetical anymore. Russia is waging a hybrid war against Denmark and this is unacceptable,\" "
        "Defence Minister Troels Lund Poulsen told reporters.",
        published="2025-12-18",
    )
    assert ("condemnation", "DK", "RU") in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "statement",
    [
        "In August Saudi Arabia expelled Canada's ambassador after Canadian officials criticised the arrest of activists.",
        "Riyadh joined sanctions against Canada after the invasion and has expelled several Canadian diplomats this year.",
    ],
)
def test_extract_units_a_response_to_another_quarrel_is_no_response_to_the_operation(statement):
    text = f"Citizen Lab said an operator linked to the government of Saudi Arabia infected the phone of a dissident in Montreal. {statement}"
    report = analyze_text(text, published="2018-10-01")
    assert [r for inc in report.incidents for r in inc.responses] == []


def test_extract_units_a_states_police_named_before_the_arrest_make_it():
    report = analyze_text(
        "US prosecutors said a businessman helped two officers of China's PLA steal aircraft designs. "
        "Canadian police arrested him in Vancouver in June 2014 at the request of the United States.",
        published="2016-07-14",
    )
    assert {(r.type, r.by) for inc in report.incidents for r in inc.responses if r.type == "arrest"} == {("arrest", "CA")}


def test_extract_units_a_transcripts_speaker_label_does_not_hide_the_subjects():
    report = analyze_text(
        "PRESENTER: Australia has sanctioned a Russian man over the ransomware attack on Medibank by the REvil gang.\n"
        "REPORTER: Overnight the United States and Britain imposed matching sanctions.",
        published="2024-01-23",
    )
    assert {"US", "GB"} <= {r.by for inc in report.incidents for r in inc.responses if r.type == "sanctions"}


def test_extract_units_a_call_to_investigate_or_report_is_no_condemnation():
    text = "Google said hackers working for China's MSS had breached its servers. Secretary of State Hillary Clinton called on Beijing to {verb}."
    investigate = analyze_text(text.format(verb="investigate"), published="2010-01-21")
    assert [r for inc in investigate.incidents for r in inc.responses if r.type == "condemnation"] == []
    stop = analyze_text(text.format(verb="stop such attacks"), published="2010-01-21")
    assert ("condemnation", "US", "CN") in {(r.type, r.by, r.against) for inc in stop.incidents for r in inc.responses}


def test_extract_units_malign_activity_is_a_description_and_facing_consequences_a_condemnation():
    text = "Britain said Russia's GRU was behind the cyberattack on the Viasat network. {statement}"
    described = analyze_text(text.format(statement="The Treasury cited what it called malign Russian activity."), published="2022-05-10")
    assert [r for inc in described.incidents for r in inc.responses if r.type == "condemnation"] == []
    warned = analyze_text(text.format(statement="The foreign secretary said Britain would ensure Russia faces severe consequences."), published="2022-05-10")
    assert ("condemnation", "GB", "RU") in {(r.type, r.by, r.against) for inc in warned.incidents for r in inc.responses}


def test_extract_units_standing_by_ones_research_is_no_solidarity():
    report = analyze_text(
        "Google said hackers working for China's government had used iPhone flaws against Uyghurs. Google said on Friday it stood by its research.",
        published="2019-09-07",
    )
    assert [r for inc in report.incidents for r in inc.responses if r.type == "condemnation"] == []


def test_extract_units_a_transcripts_short_turn_is_no_section_heading():
    report = analyze_text(
        "ANCHOR: Tokyo police say a Chinese military unit was behind cyberattacks on Japan's space agency.\n"
        "ANCHOR: Has China responded?\n"
        "CORRESPONDENT: It has.\n"
        "At the regular briefing, spokesman Wang Wenbin said China firmly opposes all forms of hacking.\n",
        published="2021-04-20",
    )
    assert [d.by for inc in report.incidents for d in inc.denials] == ["CN"]


def test_extract_units_a_state_that_does_not_permit_cyberattacks_denies():
    report = analyze_text(
        "FireEye said APT32, a group working for Vietnam's government, spied on foreign carmakers. "
        "Vietnam's foreign ministry spokeswoman told reporters that the country does not permit cyberattacks of any form.",
        published="2017-05-15",
    )
    assert [d.by for inc in report.incidents for d in inc.denials] == ["VN"]


def test_extract_units_a_leaders_government_denies_for_the_accused_state():
    report = analyze_text(
        "Citizen Lab said the operator was likely an agency of the Salvadoran government. "
        "President Nayib Bukele's government denied being a customer of the spyware vendor.",
        published="2022-01-13",
    )
    assert [d.by for inc in report.incidents for d in inc.denials] == ["SV"]


@pytest.mark.parametrize(
    "statement, response",
    [
        ("The FBI issued a FLASH alert describing the group's tools.", ("advisory", "US", "IR")),
        ("The FBI published a private industry notification on the group.", ("advisory", "US", "IR")),
        ("Washington withdrew its ambassador from Tehran.", ("recall_ambassador", "US", "IR")),
        ("The United States cut off diplomatic ties with Iran.", ("sever_relations", "US", "IR")),
    ],
)
def test_extract_units_flash_alerts_withdrawn_envoys_and_ties_cut_off(statement, response):
    text = f"The FBI said APT35, which works for Iran's IRGC, hacked American water utilities. {statement}"
    report = analyze_text(text, published="2024-05-01")
    assert response in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "statement, response",
    [
        ("Police announced the arrest of two members of the group in Madrid.", ("arrest", "ES", None)),
        ("Two of its members were charged in absentia by a court in Kyiv.", ("indictment", "UA", None)),
    ],
)
def test_extract_units_the_arrest_of_and_charges_brought_by_a_court(statement, response):
    text = f"Spanish police said the pro-Russian hacktivist group NoName057(16) flooded government websites with junk traffic. {statement}"
    report = analyze_text(text, published="2024-07-20")
    assert response in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


def test_extract_units_a_reward_for_information_leading_to_an_arrest_is_no_arrest():
    report = analyze_text(
        "The FBI said the Conti ransomware gang hit Costa Rica's finance ministry. The State Department offered up to $5 million "
        "for information leading to the arrest of anyone taking part in a Conti attack.",
        published="2022-05-06",
    )
    assert {r.type for inc in report.incidents for r in inc.responses} == {"reward"}


def test_extract_units_a_list_that_has_tied_the_group_before_does_not_speak():
    report = analyze_text(
        "Japan's National Police Agency said MirrorFace, a group likely linked to the Chinese government, hacked its space agency. "
        "The agency also said MirrorFace appears to be related to APT10, a group that US and British authorities have tied to China's "
        "Ministry of State Security. The police released a technical advisory describing the group's tools.",
        published="2025-01-08",
    )
    assert {(r.type, r.by) for inc in report.incidents for r in inc.responses} == {("advisory", "JP")}


def test_extract_units_hunting_for_the_published_indicators_is_no_advisory():
    report = analyze_text(
        "Ukraine's CERT-UA said Sandworm, a unit of Russia's GRU, attacked a national news agency with wipers. "
        "CERT-UA recommends that media organisations check their systems for the published indicators of compromise.",
        published="2023-01-27",
    )
    assert [r for inc in report.incidents for r in inc.responses if r.type == "advisory"] == []


def test_extract_units_the_party_that_expresses_solidarity_condemns():
    report = analyze_text(
        "Germany said APT28, a unit of Russia's GRU, hacked the SPD. "
        "The European Union said it strongly condemned the campaign, and NATO expressed solidarity with Germany.",
        published="2024-05-03",
    )
    got = {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}
    assert {("condemnation", "EU", "RU"), ("condemnation", "NATO", "RU")} <= got


def test_extract_units_shoulder_to_shoulder_condemns_and_pressing_for_sanctions_imposes_none():
    report = analyze_text(
        "Germany said APT28, a unit of Russia's GRU, hacked its air traffic control agency. "
        "Berlin would press for further European sanctions against those involved, the spokesman added. "
        "In London, a Foreign Office minister said Britain stood \"shoulder to shoulder\" with Berlin.",
        published="2025-12-12",
    )
    got = {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}
    assert ("condemnation", "GB", "RU") in got
    assert not any(t == "sanctions" for t, _, _ in got)


@pytest.mark.parametrize(
    "statement",
    [
        "Officials said the thefts were meant to raise money for Pyongyang in defiance of sanctions.",
        "Treasury reminded victims that paying a ransom to a sanctioned party can break US law.",
    ],
)
def test_extract_units_sanctions_already_in_force_are_no_new_sanctions(statement):
    text = f"The FBI said the Lazarus Group, which works for North Korea's RGB, stole cryptocurrency from exchanges. {statement}"
    report = analyze_text(text, published="2021-02-17")
    assert [r for inc in report.incidents for r in inc.responses if r.type == "sanctions"] == []


def test_extract_units_the_places_of_an_arrest_end_where_the_next_clause_begins():
    [inc] = analyze_text(
        "Britain's National Crime Agency said the LockBit ransomware gang had hit thousands of victims. "
        "Police arrested two people in Poland and Ukraine, the United States unsealed charges against two Russian nationals, "
        "and the Treasury sanctioned both.",
        published="2024-02-20",
    ).incidents
    assert sorted(r.by for r in inc.responses if r.type == "arrest") == ["PL", "UA"]


def test_extract_units_denying_another_accusation_is_no_denial_of_the_operation():
    text = "ESET said Sandworm, a unit of Russia's GRU, used a Windows flaw to spy on NATO. {statement}"
    other = analyze_text(text.format(statement="Western governments accuse Russia of backing separatist forces in Ukraine, a charge Moscow rejects."), published="2014-10-14")
    assert [d for inc in other.incidents for d in inc.denials] == []
    same = analyze_text(text.format(statement="Moscow denied any involvement and accused Kyiv of fabricating the case."), published="2014-10-14")
    assert [d.by for inc in same.incidents for d in inc.denials] == ["RU"]


@pytest.mark.parametrize(
    "denial",
    ["the accusations were a manifestation of Russophobia", "the claims were lies", "the case was part of a witch hunt against Russia"],
)
def test_extract_units_denial_language_of_phobia_lies_and_witch_hunts(denial):
    text = f"Microsoft said APT28, a unit of Russia's GRU, hacked the ministry. Russia's embassy said {denial}."
    report = analyze_text(text, published="2024-01-23")
    assert [d.by for inc in report.incidents for d in inc.denials] == ["RU"]


def test_extract_units_a_list_of_subjects_after_a_time_phrase_speaks_together():
    report = analyze_text(
        "In January US Cyber Command identified MuddyWater as an element of Iran's Ministry of Intelligence, "
        "and the following month American and British agencies published a joint advisory on the group.",
        published="2022-03-01",
    )
    assert {"US", "GB"} <= {r.by for inc in report.incidents for r in inc.responses if r.type == "advisory"}


def test_extract_units_a_clean_up_operation_is_a_takedown():
    report = analyze_text(
        "The FBI said Mustang Panda, a group paid by the Chinese government, infected thousands of computers with PlugX. "
        "French authorities began a similar clean-up operation last July.",
        published="2025-01-15",
    )
    assert ("takedown", "FR", "CN") in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


def test_extract_units_the_datelines_leader_takes_a_diplomatic_response():
    report = analyze_text(
        "TIRANA — Hackers working for Iran's MOIS wiped Albanian government systems in July. "
        "After that attack, which Microsoft's investigators blamed on Iran, Prime Minister Edi Rama cut diplomatic relations with Iran.",
        published="2022-09-08",
    )
    assert ("sever_relations", "AL", "IR") in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


def test_extract_units_taking_control_of_a_gangs_infrastructure_is_a_takedown_of_a_victims_servers_an_attack():
    took = analyze_text(
        "Britain's National Crime Agency said the LockBit ransomware gang had hit thousands of victims. "
        "On Monday the agency took control of the infrastructure of LockBit, including its leak site.",
        published="2024-02-20",
    )
    assert ("takedown", "GB") in {(r.type, r.by) for inc in took.incidents for r in inc.responses}
    attack = analyze_text(
        "Ukraine's SBU said Sandworm, a unit of Russia's GRU, attacked the telecom operator Kyivstar. "
        "The hackers took control of the servers of Kyivstar for months, the SBU said.",
        published="2024-01-04",
    )
    assert [r for inc in attack.incidents for r in inc.responses if r.type == "takedown"] == []


def test_extract_units_the_group_in_another_year_is_its_next_operation():
    report = analyze_text(
        "Slovenia's foreign ministry said on Monday that APT28 had broken into the email accounts of the ruling party's "
        "leaders in 2024.\n\n"
        "In 2016 the group, which Slovenia ties to Russia's military intelligence, broke into the network of the national parliament.",
        published="2025-03-10",
    )
    periods = sorted((inc.key, inc.period.start) for inc in report.incidents)
    assert periods == [("APT28", "2016"), ("APT28", "2024")]


def test_extract_units_a_section_without_its_own_incident_keeps_the_one_before():
    # "Statements." opens a section of the same case: its charges are the incident's, not nobody's
    report = analyze_text(
        "Case summary.\n\n"
        "Prosecutors say two Iranian nationals, working for Iran's Revolutionary Guard, broke into the network of a water utility in Ohio in 2019.\n\n"
        "Statements.\n\n"
        "Announcing the case, the US Attorney General said the Justice Department had charged both men with computer fraud.",
        published="2021-06-01",
    )
    assert ("indictment", "US") in {(r.type, r.by) for inc in report.incidents for r in inc.responses}


def test_extract_units_an_operation_the_next_sentence_blames_on_another_group():
    # "The FBI has blamed that attack on a group called ...": the attack belongs to that group, not the one told before
    report = analyze_text(
        "Police in Kyiv said on Tuesday they had arrested three members of the Conti ransomware gang.\n\n"
        "A US official said one of those held had also taken part in the ransomware attack on a Texas hospital chain last March. "
        "The FBI has blamed that attack on a group called Hive.",
        published="2022-06-01",
    )
    victims = {(inc.key, v.sector) for inc in report.incidents for v in inc.victims}
    assert any(k.lower() == "hive" and sector == "healthcare" for k, sector in victims), victims


def test_extract_units_a_group_named_after_an_accusation_without_naming_one_is_another_incident():
    # "Ottawa blamed a Russian state-affiliated actor, without naming it": the group named next is not that actor
    report = analyze_text(
        "Britain and Canada this week accused Russian state-backed hackers of targeting voters and senators.\n\n"
        "Intruders had access to the elections agency's systems from May 2022 until they were found in March 2023. "
        "On Monday Ottawa blamed a Russian state-affiliated actor, without naming it.\n\n"
        "Who is APT28? A hacking group that Britain and Canada say works for Russia's GRU. "
        "Canada says it tried to break into the email accounts of senators in 2022.",
        published="2024-05-01",
    )
    assert sorted(inc.key for inc in report.incidents) == ["APT28", "state:RU"]


def test_extract_units_traces_of_the_group_found_at_firms_make_them_victims():
    report = analyze_text(
        "APT41 has been stealing trade secrets from European companies since 2015. Investigators also found traces "
        "of the group at the Swiss pharmaceutical company Novalis and the Japanese firm Kanto Steel.",
        published="2022-01-01",
    )
    victims = {(v.country, v.sector) for inc in report.incidents for v in inc.victims}
    assert {("CH", "healthcare"), ("JP", "manufacturing")} <= victims
    assert "media" not in {v.sector for inc in report.incidents for v in inc.victims}


def test_extract_units_malware_found_at_other_organisations_makes_them_victims():
    found_at = analyze_text(
        "Lazarus hackers planted a backdoor in a popular accounting package in 2021, researchers said. "
        "The backdoor had also been found at two hospitals in Canada, the researchers added.",
        published="2022-06-01",
    )
    assert ("CA", "healthcare") in {(v.country, v.sector) for inc in found_at.incidents for v in inc.victims}
    same_tools = analyze_text(
        "ESET said Sandworm used the wiper against Ukrainian banks in 2022. "
        "ESET found the same tools on the networks of several ministries in Georgia.",
        published="2022-06-01",
    )
    assert ("GE", "government") in {(v.country, v.sector) for inc in same_tools.incidents for v in inc.victims}


def test_extract_units_critical_infrastructure_in_a_named_sector_is_that_sector():
    report = analyze_text(
        "Lazarus hackers planted a backdoor in a popular accounting package in 2021, researchers said. "
        "The backdoor had also been found at critical infrastructure operators in the water sector in Italy.",
        published="2022-06-01",
    )
    sectors = {v.sector for inc in report.incidents for v in inc.victims}
    assert "water" in sectors and "critical_infrastructure" not in sectors


def test_extract_units_data_taken_from_and_software_trojanised_name_victims():
    taken = analyze_text(
        "APT41 broke into a Vietnamese power company in 2019. The group later took about 300 gigabytes of data from "
        "a Japanese bank, and accounts at a Dutch university were taken over.",
        published="2022-06-01",
    )
    assert {("JP", "finance"), ("NL", "education")} <= {(v.country, v.sector) for inc in taken.incidents for v in inc.victims}
    trojanised = analyze_text(
        "APT41 broke into a Vietnamese power company in 2019. The group also trojanised software from a Thai developer.",
        published="2022-06-01",
    )
    assert ("TH", "technology") in {(v.country, v.sector) for inc in trojanised.incidents for v in inc.victims}


def test_extract_units_the_party_of_the_source_in_an_according_to_lead_is_no_victim():
    report = analyze_text(
        "APT41 broke into a Vietnamese power company in 2019. According to Rep. Tran of the Liberty Party, "
        "two servers that run the company's office PCs were taken over in July 2019.",
        published="2022-06-01",
    )
    assert "political" not in {v.sector for inc in report.incidents for v in inc.victims}


def test_extract_units_a_power_company_is_energy():
    report = analyze_text("APT41 broke into a Vietnamese power company in 2019.", published="2022-06-01")
    assert ("VN", "energy") in {(v.country, v.sector) for inc in report.incidents for v in inc.victims}


def test_extract_units_incidents_at_and_money_taken_from_name_victims():
    incidents = analyze_text(
        "Iranian hackers tied to MuddyWater attacked Israeli water utilities in 2023. "
        "The directorate counted 40 incidents at Israeli hospitals last year.",
        published="2024-02-01",
    )
    assert ("IL", "healthcare") in {(v.country, v.sector) for inc in incidents.incidents for v in inc.victims}
    taken = analyze_text(
        "Lazarus hackers attacked crypto firms in 2022. The group laundered $60 million taken from a Singapore bank.",
        published="2023-02-01",
    )
    assert ("SG", "finance") in {(v.country, v.sector) for inc in taken.incidents for v in inc.victims}


def test_extract_units_a_group_calling_itself_x_claims_the_operation_just_told():
    report = analyze_text(
        "Kimsuky hackers stole files from South Korean ministries in 2020, officials said.\n\n"
        "On May 3, 2021, screens at Incheon airport were hacked to show messages mocking the government. "
        "A group calling itself RedFox77 claimed responsibility.",
        published="2021-06-01",
    )
    sectors = {inc.key: {v.sector for v in inc.victims} for inc in report.incidents}
    assert "transport" in sectors.get("RedFox77", set())
    assert "transport" not in sectors.get("Kimsuky", set())


@pytest.mark.parametrize(
    "text",
    [
        "Norway's intelligence services had detected a cyber attack by Russian military hackers on the parliament.",
        "The warning came from a report by Finnish military intelligence, which found that Russian hackers had breached the network.",
    ],
)
def test_extract_units_a_states_intelligence_service_that_detects_the_attack_is_not_hostile(text):
    from aptrace.extract.clauses import hostile_states

    assert hostile_states(_doc(text)) == {"RU"}


@pytest.mark.parametrize(
    "text",
    [
        "According to a note of the Latvian Intelligence Service (SAB), the attacks were carried out by Russian hackers.",
        "The army said the intrusion by Russian hackers had been detected by Latvia's own intelligence agencies.",
    ],
)
def test_extract_units_the_state_whose_service_reports_or_detects_the_attack_is_not_hostile(text):
    from aptrace.extract.clauses import hostile_states

    assert hostile_states(_doc(text)) == {"RU"}


def test_extract_units_a_datelines_institutions_named_without_the_state_speak_for_it():
    report = analyze_text(
        "OSLO, April 2 (Wire) - Hackers broke into the network of Kongsberg Marine last year, the shipbuilder said.\n\n"
        "Kongsberg Marine said it had strengthened its defences.\n\n"
        "In March, military investigators said Russian hackers had broken into the army's network after infiltrating a supplier.",
        published="2025-04-02",
    )
    assert ("NO", "RU") in {(a.by, a.state) for inc in report.incidents for a in inc.attributions}


def test_extract_units_a_minister_who_names_the_accused_does_not_speak_for_it():
    from aptrace.extract.pipeline import Pipeline

    text = (
        "RIGA, May 3 - Latvia's state broadcaster said its website was knocked offline by a cyberattack on Sunday.\n\n"
        "Moscow has not commented.\n\n"
        "In January, hackers wiped servers of Latvia's land registry. "
        "Deputy Prime Minister Anna Berzina said at the time that the attack had been carried out by Russian military intelligence."
    )
    doc = Pipeline().run(Doc.from_input(InputDocument(id="t", text=text, published="2025-05-03")))
    last = doc.clauses[-1]
    assert last.speakers == ["LV"]


def test_extract_units_the_state_after_a_pronouns_said_is_what_it_said_not_who_speaks():
    from aptrace.extract.pipeline import Pipeline

    text = (
        "In Beijing, a foreign ministry spokesman said China opposed all forms of hacking.\n\n"
        "He said Washington was smearing China to sow discord."
    )
    doc = Pipeline().run(Doc.from_input(InputDocument(id="t", text=text, published="2025-05-03")))
    assert doc.clauses[-1].speakers == ["CN"]


def test_extract_units_an_agency_that_detected_the_intrusion_is_not_hostile():
    from aptrace.extract.clauses import hostile_states

    doc = _doc("Chinese military hackers broke into the ministry's networks, with the intrusion first detected by the U.S. National Security Agency in 2020.")
    assert hostile_states(doc) == {"CN"}


def test_extract_units_links_sent_to_a_state_are_web_links_not_a_tie():
    from aptrace.extract.clauses import hostile_states

    doc = _doc("Hanoi calls spyware report 'baseless' after links sent to US lawmakers and Taiwan's president.")
    assert "US" not in hostile_states(doc)


def test_extract_units_the_government_with_no_dateline_is_the_state_the_story_opens_with():
    from aptrace.extract.pipeline import Pipeline

    text = (
        "Ransomware attack on hospitals in Canada traced to Iranian hackers\n\n"
        "The government said on Monday the Iranian hackers had been identified after an investigation."
    )
    doc = Pipeline().run(Doc.from_input(InputDocument(id="t", text=text, published="2025-05-03")))
    assert doc.clauses[-1].speakers == ["CA"]


def test_extract_units_the_government_after_a_transcripts_speaker_label_is_a_bare_institution():
    from aptrace.extract.pipeline import Pipeline

    text = (
        "Transcript: Canada uses cyber sanctions against an Iranian over hospital hack\n\n"
        "PRESENTER: The federal government has imposed sanctions on an Iranian man it holds responsible for the attack."
    )
    doc = Pipeline().run(Doc.from_input(InputDocument(id="t", text=text, published="2025-05-03")))
    assert doc.clauses[-1].speakers == ["CA"]


def test_extract_units_a_minister_with_an_apposition_speaks_for_the_storys_state_not_the_party_before():
    from aptrace.extract.pipeline import Pipeline

    text = (
        "Austria's People's Party has been hit by a serious cyberattack.\n\n"
        "Microsoft said on Saturday that it was helping the party restore its network.\n\n"
        "Interior Minister Karl Huber, a Social Democrat, said the attack pointed to a very professional actor."
    )
    doc = Pipeline().run(Doc.from_input(InputDocument(id="t", text=text, published="2025-05-03")))
    assert doc.clauses[-1].speakers == ["AT"]


def test_extract_units_an_organ_with_a_title_many_states_use_is_the_datelines_state():
    doc = _doc("VIENNA - Hackers stole files from a defence contractor.\n\nThe Office of the Attorney General opened criminal proceedings in January.")
    assert [(m.kind, m.value) for m in doc.mentions if m.kind == "organ"] == [("organ", "AT")]
    doc = _doc("VIENNA - Hackers stole files from a US defence contractor.\n\nThe Attorney General opened criminal proceedings in January.")
    assert [(m.kind, m.value) for m in doc.mentions if m.kind == "organ"] == [("organ", "US")]


def test_extract_units_soldiers_a_video_shows_are_not_their_states_hand():
    from aptrace.extract.clauses import hostile_states

    doc = _doc("Belarusian hackers hijacked accounts to post videos that purported to show Latvian soldiers surrendering.")
    assert hostile_states(doc) == {"BY"}


def test_extract_units_a_service_and_its_counterpart_speak_and_are_not_hostile():
    from aptrace.extract.clauses import hostile_states

    doc = _doc("Italy's domestic intelligence service and its Japanese counterpart warn that North Korean hackers are targeting arms makers.")
    assert hostile_states(doc) == {"KP"}


def test_extract_units_a_group_associated_with_a_state_is_that_states():
    from aptrace.extract.clauses import hostile_states

    for text in (
        "The agency published an advisory on Gamaredon, a group associated with Russia.",
        "Researchers described Kimsuky, a hacking group widely reported to be affiliated with the North Korean government.",
        "Charming Kitten, an espionage crew that is associated with Iran, sent the phishing emails.",
    ):
        assert hostile_states(_doc(text)), text
    assert hostile_states(_doc("The servers associated with Russia were taken offline by the hosting firm.")) == set()


def test_extract_units_diplomats_told_or_ordered_to_leave_are_expelled():
    for text in (
        "TIRANA — Hackers linked to Iran wiped government systems in July. In response, the foreign ministry told four Iranian diplomats to leave the country.",
        "TIRANA — Hackers linked to Iran wiped government systems in July. The foreign ministry ordered all Iranian embassy staff to leave within 24 hours.",
        "TIRANA — Hackers linked to Iran wiped government systems in July. The foreign ministry instructed three diplomats of the Iranian embassy to depart.",
    ):
        responses = [(r.type, r.by, r.against) for i in analyze_text(text, published="2022-09-08").incidents for r in i.responses]
        assert ("expel_diplomats", "AL", "IR") in responses, text


def test_extract_units_a_datelines_government_that_blames_or_acts_is_the_speaker():
    report = analyze_text("TIRANA — Hackers linked to Iran wiped government systems in July. The government blamed Iran on Wednesday.", published="2022-09-08")
    assert [(a.by, a.state) for i in report.incidents for a in i.attributions] == [("AL", "IR")]
    report = analyze_text("TIRANA — Hackers wiped government systems in July. The government networks were restored on Wednesday.", published="2022-09-08")
    assert [a.by for i in report.incidents for a in i.attributions] == []


def test_extract_units_a_response_to_two_listed_actors_reaches_both_incidents():
    report = analyze_text(
        "Microsoft said APT28 targeted ministries in Poland. A second group, Turla, targeted embassies in Austria. "
        "On Friday the FBI took down servers used by both APT28 and Turla.",
        published="2024-05-01",
    )
    by_actor = {i.actors[0].name: [(r.type, r.by) for r in i.responses] for i in report.incidents}
    assert by_actor == {"APT28": [("takedown", "US")], "Turla": [("takedown", "US")]}


def test_extract_units_a_state_that_expresses_voices_or_stresses_speaks():
    from aptrace.extract.pipeline import Pipeline

    for verb in ("expressed", "voiced", "stressed", "reiterated"):
        text = f"ALGIERS - Algeria {verb} on Thursday its deep concern after reports that the authorities of Morocco had used spyware against Algerian officials."
        doc = Pipeline().run(Doc.from_input(InputDocument(id="t", text=text, published="2021-07-22")))
        assert doc.clauses[-1].speakers == ["DZ"], verb


def test_extract_units_despicable_appalling_or_a_flagrant_violation_condemns():
    for text in (
        "WASHINGTON — The FBI said hackers sponsored by the Iranian government tried to attack a children's hospital. FBI Director Christopher Wray called it \"one of the most despicable cyberattacks\" he had seen.",
        "CANBERRA — Australia said Chinese state hackers broke into parliament's network. The prime minister described the intrusion as appalling and cowardly.",
        "OTTAWA — Canada said Russian military hackers broke into a port operator. The foreign minister called it a flagrant violation of international norms.",
    ):
        responses = [(r.type, r.against) for i in analyze_text(text, published="2022-06-02").incidents for r in i.responses]
        assert responses and responses[0][0] == "condemnation", text


def test_extract_units_accounts_apps_or_domains_suspended_blocked_or_removed_are_a_takedown():
    for text in (
        "Meta said hackers tied to the Belarusian military took over accounts of Ukrainian soldiers. The company said it had blocked the phishing domains and suspended the accounts.",
        "Google said a group linked to Egypt's government built spying apps aimed at activists. Google removed the apps after being notified.",
        "OpenAI said groups linked to Russia had used its models, and that it had closed their accounts.",
    ):
        types = [r.type for i in analyze_text(text, published="2022-06-02").incidents for r in i.responses]
        assert types == ["takedown"], text
    text = "Mandiant said hackers working for China deleted files and disrupted two TV channels after stealing data."
    assert [r.type for i in analyze_text(text, published="2022-06-02").incidents for r in i.responses] == []


def test_extract_units_a_citys_police_speaks_for_its_state():
    for text in (
        "Harbin police have issued wanted notices for three agents of the US National Security Agency, accusing them of attacking the Winter Games.",
        "Police in the southern city of Guangzhou issued wanted notices for 20 officers of the US National Security Agency over the hacking of a tech firm.",
        "Prosecutors in Munich charged an officer of Russia's FSB with hacking a defence contractor.",
    ):
        responses = [(r.type, r.by) for i in analyze_text(text, published="2025-04-15").incidents for r in i.responses]
        assert responses and responses[0][1] in ("CN", "DE"), text


def test_extract_units_a_report_published_by_an_agency_or_details_released_is_an_advisory():
    for text in (
        "The threat analysis released by Japan's NISC on Tuesday said hackers linked to China had broken into the space agency.",
        "The technical report published on Monday by Japan's NISC said hackers linked to China had broken into the space agency.",
        "Japan's NISC on Monday released technical details of the intrusions, which it said hackers linked to China had carried out against the space agency.",
    ):
        responses = [(r.type, r.by) for i in analyze_text(text, published="2024-05-01").incidents for r in i.responses]
        assert ("advisory", "JP") in responses, text


def test_extract_units_a_speaker_with_a_date_set_off_by_commas_is_the_subject():
    report = analyze_text(
        "The report came weeks after the Justice Department, on May 19, indicted five officers of a PLA unit on charges of hacking American firms.",
        published="2014-06-10",
    )
    assert [(r.type, r.by, r.against) for i in report.incidents for r in i.responses] == [("indictment", "US", "CN")]


def test_extract_units_an_organs_gloss_in_brackets_speaks_for_it():
    from aptrace.extract.pipeline import Pipeline

    text = (
        "WASHINGTON - The U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) today added a Russian "
        "government-controlled research institute to its sanctions list for its role in building malware."
    )
    doc = Pipeline().run(Doc.from_input(InputDocument(id="t", text=text, published="2020-10-23")))
    assert doc.clauses[0].speakers == ["US"]


def test_extract_units_the_state_in_what_he_said_does_not_condemn():
    from aptrace.extract.pipeline import Pipeline

    text = (
        "TOKYO — Japan's police said hackers linked to China had broken into the space agency. "
        "A Chinese foreign ministry spokesman called the claim baseless. He said Japan should not make irresponsible remarks."
    )
    doc = Pipeline().run(Doc.from_input(InputDocument(id="t", text=text, published="2024-05-01")))
    assert "JP" not in doc.clauses[-1].speakers


def test_extract_units_a_target_arrested_is_no_response():
    for text in (
        "ISTANBUL — Turkish investigators said spyware linked to the UAE went after the activist Ahmed Mansoor, who was arrested in 2017 and later jailed.",
        "ISTANBUL — Amnesty said spyware linked to Saudi Arabia infected the phones of dissidents, and Saudi police detained two journalists whose devices had been hacked.",
    ):
        assert [r.type for i in analyze_text(text, published="2019-05-01").incidents for r in i.responses] == [], text
    text = "Police in Kyiv arrested two members of a hacking group linked to Russia's FSB after the attack on the energy ministry."
    assert [r.type for i in analyze_text(text, published="2019-05-01").incidents for r in i.responses] == ["arrest"]


def test_extract_units_other_groups_given_as_examples_sponsor_nothing():
    report = analyze_text(
        "Microsoft said APT15, a group that works for China, spied on ministries in 29 countries. "
        "It has used the same civil-court route against other groups, including Russia-linked hackers and North Korean operators.",
        published="2021-12-07",
    )
    assert [s.state for i in report.incidents for s in i.sponsors] == ["CN"]


@pytest.mark.parametrize(
    "text, country",
    [
        ("The FBI said Lazarus Group hackers stole funds from Japan's CoinHub, Singapore's Zipmex and Vietnam's Axie.", {"JP", "SG", "VN"}),
        ("Kimsuky broke into Bahrain's CoinHub last year.", {"BH"}),
    ],
)
def test_extract_units_a_states_named_company_in_the_target_gives_its_country(text, country):
    report = analyze_text(text, published="2024-05-01")
    assert {v.country for inc in report.incidents for v in inc.victims} == country


def test_extract_units_a_states_agency_that_signs_or_speaks_is_no_victim():
    report = analyze_text("The advisory against APT40 was co-signed by agencies including Canada's CCCS, which said the group was active.", published="2024-05-01")
    assert not [v for inc in report.incidents for v in inc.victims]


@pytest.mark.parametrize(
    "text, country",
    [
        ("Kimsuky attacked a crypto exchange based in Bahrain last year.", "BH"),
        ("The Lazarus Group stole $40 million from a bank headquartered in Nairobi, Kenya, in March.", "KE"),
        ("APT41 breached a Vietnamese software developer registered in Singapore, investigators said.", "SG"),
    ],
)
def test_extract_units_where_a_victim_is_based_after_it_gives_its_country(text, country):
    report = analyze_text(text, published="2024-05-01")
    assert {v.country for inc in report.incidents for v in inc.victims} == {country}


@pytest.mark.parametrize(
    "text, countries",
    [
        ("Prosecutors said APT41 broke into the networks of the Dutch chipmaker Nexperia and the German industrial group Bosch.", {"NL", "DE"}),
        ("APT10 broke into the Japanese electronics maker Panasonic, prosecutors said.", {"JP"}),
        ("A Vietnam-linked group broke into foreign companies, the US cybersecurity firm Mandiant said.", set()),
    ],
)
def test_extract_units_a_named_firm_with_its_nationality_is_a_victim_of_that_state(text, countries):
    report = analyze_text(text, published="2024-05-01")
    assert {v.country for inc in report.incidents for v in inc.victims} - {None} == countries


@pytest.mark.parametrize(
    "text, countries",
    [
        ("Police said the DDoS attacks on Indian government websites were launched from Pakistan, Bangladesh, the Middle East and Morocco.", {"IN"}),
        ("Kimsuky broke into South Korean defence firms using servers rented in Japan and Malaysia.", {"KR"}),
        ("Sandworm attacks launched from Russia hit Ukraine and Poland.", {"UA", "PL"}),
    ],
)
def test_extract_units_where_attacks_came_from_is_no_victims_country(text, countries):
    report = analyze_text(text, published="2024-05-01")
    assert {v.country for inc in report.incidents for v in inc.victims} - {None} == countries


@pytest.mark.parametrize(
    "text, victims",
    [
        ("The Japanese electronics and defence contractor confirmed on Monday that intruders had got into its networks, blaming APT10.", {("JP", "defense")}),
        ("The Australian National University has published a detailed account of how APT40 hackers spent weeks inside its network.", {("AU", "education")}),
    ],
)
def test_extract_units_who_tells_that_intruders_got_into_its_network_was_hit(text, victims):
    report = analyze_text(text, published="2024-05-01")
    assert {(v.country, v.sector) for inc in report.incidents for v in inc.victims} == victims


@pytest.mark.parametrize(
    "text, country",
    [
        ("FireEye said APT30 had been spying on governments and journalists in Southeast Asia and India since at least 2005.", "IN"),
        ("Naikon has targeted ministries in the Philippines, Vietnam and Malaysia since as early as 2010.", "MY"),
    ],
)
def test_extract_units_the_last_state_of_a_list_before_since_at_least_is_a_victim(text, country):
    report = analyze_text(text, published="2024-05-01")
    assert country in {v.country for inc in report.incidents for v in inc.victims}


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON - The FBI said APT30 has spied on governments and militaries around the South China Sea for years.",
        "The FBI said Evil Corp had extorted $300 million from victims around the world, including hospitals, government bodies and critical infrastructure.",
        "The FBI said Storm-0978 sent phishing emails to defence and government organisations in Europe and North America, using lures about a summit in Vilnius.",
    ],
)
def test_extract_units_a_region_or_the_world_named_for_the_victims_is_not_the_speakers_state(text):
    report = analyze_text(text, published="2024-05-01")
    assert [v for inc in report.incidents for v in inc.victims]
    assert {v.country for inc in report.incidents for v in inc.victims} == {None}


def test_extract_units_the_speakers_state_still_holds_for_victims_without_a_place():
    report = analyze_text("The FBI said APT41 targeted hospitals and universities.", published="2024-05-01")
    assert {v.country for inc in report.incidents for v in inc.victims} == {"US"}


@pytest.mark.parametrize(
    "text, country",
    [
        ("Lazarus stole $75 million from a Slovenian crypto company in 2017 and $24.9 million from an Indonesian one in 2018.", "ID"),
        ("APT28 broke into a Polish ministry and a Czech one last spring.", "CZ"),
    ],
)
def test_extract_units_a_nationality_with_one_names_a_second_victim(text, country):
    report = analyze_text(text, published="2024-05-01")
    assert country in {v.country for inc in report.incidents for v in inc.victims}


@pytest.mark.parametrize(
    "text, victims",
    [
        ("The NCSC said APT31 targeted government entities and political figures, including the Finnish parliament in 2020.",
         {(None, "government"), (None, "political"), ("FI", "legislature")}),
        ("The FBI said Lazarus targeted banks, including Bangladesh's central bank.", {(None, "finance"), ("BD", "finance")}),
        ("The FBI said APT41 targeted hospitals, including two in Texas.", {("US", "healthcare")}),
    ],
)
def test_extract_units_an_example_of_another_states_victim_keeps_the_speakers_state_off_the_list(text, victims):
    report = analyze_text(text, published="2024-05-01")
    assert {(v.country, v.sector) for inc in report.incidents for v in inc.victims} == victims


@pytest.mark.parametrize(
    "text, countries",
    [
        ("The officials said APT28 had also compromised South Korean routers in January.", {"KR"}),
        ("Kimsuky hacked the phones of South Korean citizens and the accounts of Japanese nationals.", {"KR", "JP"}),
        ("The Lazarus Group defaced a ministry website, saying it was retaliating for Indian hackers' attacks on Pakistani sites.", set()),
    ],
)
def test_extract_units_a_nationality_on_hit_devices_or_people_gives_their_country(text, countries):
    report = analyze_text(text, published="2024-05-01")
    assert {v.country for inc in report.incidents for v in inc.victims} - {None} == countries


@pytest.mark.parametrize(
    "text, victims",
    [
        ("APT36 used Crimson RAT against more than 1,000 targets in 27 countries, the company said, most of them Indian military and government personnel.",
         {("IN", "military"), ("IN", "government")}),
        ("APT29 targeted 40 organisations, Microsoft said, mainly Ukrainian ministries and energy firms.", {("UA", "government"), ("UA", "energy")}),
    ],
)
def test_extract_units_a_said_aside_before_the_list_does_not_end_it(text, victims):
    report = analyze_text(text, published="2024-05-01")
    assert {(v.country, v.sector) for inc in report.incidents for v in inc.victims} == victims


@pytest.mark.parametrize(
    "text, victim",
    [
        ("Sandworm hacked a Ukrainian critical infrastructure organisation, a power utility, in October 2022.", ("UA", "energy")),
        ("APT33 hacked a Saudi petrochemicals and plastics manufacturing group, an oil refiner, last year.", ("SA", "energy")),
    ],
)
def test_extract_units_a_nationality_carries_over_to_the_apposition_that_renames_the_victim(text, victim):
    report = analyze_text(text, published="2024-05-01")
    assert victim in {(v.country, v.sector) for inc in report.incidents for v in inc.victims}


@pytest.mark.parametrize(
    "text, victims",
    [
        ("APT28 attacked a water utility in Bremen and a hospital in Lyon last year.", {("DE", "water"), ("FR", "healthcare")}),
        ("APT41 targeted hospitals near Kaohsiung and universities in Krakow.", {("TW", "healthcare"), ("PL", "education")}),
    ],
)
def test_extract_units_a_big_city_gives_the_victims_country_and_the_nearest_one_wins(text, victims):
    report = analyze_text(text, published="2024-05-01")
    assert {(v.country, v.sector) for inc in report.incidents for v in inc.victims} == victims


def test_extract_units_nuclear_research_is_education_not_energy():
    text = "Investigators said the Russian group Cold River had targeted nuclear research institutes and laboratories in Germany."
    report = analyze_text(text, published="2023-01-06")
    sectors = {v.sector for inc in report.incidents for v in inc.victims}
    assert "education" in sectors and "energy" not in sectors


def test_extract_units_one_defence_firm_is_the_defence_industry():
    text = "Lazarus hackers broke into a South Korean defense company and the state-owned defence conglomerate Hanwa last year."
    report = analyze_text(text, published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims} == {"defense"}


def test_extract_units_whom_files_were_leaked_or_drained_from_is_a_victim():
    text = "Lazarus hackers drained $100 million from a cryptocurrency exchange in Japan and leaked files from an aerospace company."
    report = analyze_text(text, published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims} == {"finance", "aerospace"}


def test_extract_units_a_health_insurer_is_healthcare_an_insurance_company_finance():
    report = analyze_text("Hackers of APT10 broke into a health insurer in Ohio last year.", published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims} == {"healthcare"}
    report = analyze_text("Hackers of APT10 broke into Zirkon, an insurance company in Ohio, last year.", published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims} == {"finance"}


def test_extract_units_someones_communications_are_not_the_telecom_sector():
    for text in (
        "The SBU said it had intercepted the group's communications after APT28 attacked the ministry.",
        "Officials said APT29 hackers breached the foreign ministry but encrypted communications were not affected.",
    ):
        report = analyze_text(text, published="2024-01-06")
        assert {v.sector for inc in report.incidents for v in inc.victims} == {"government"}
    report = analyze_text("Volt Typhoon hackers targeted communications providers in Guam.", published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims} == {"telecom"}


def test_extract_units_whose_name_a_server_is_registered_to_is_not_a_victim():
    text = (
        "Amnesty said APT42 hackers had sent phishing emails to Egyptian activists. One of the servers used was registered "
        "to an address of Egypt's Ministry of Communications, and Amnesty said the attacks were possibly state-backed."
    )
    report = analyze_text(text, published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims} == {"civil_society"}


def test_extract_units_a_named_product_or_control_software_is_not_a_software_maker():
    for text in (
        "Officials said APT33 hackers broke into the software controlling Israeli water pumps.",
        "APT41 hackers exploited Zoho, whose ManageEngine software was among those hacked, and broke into Indian banks.",
    ):
        report = analyze_text(text, published="2024-01-06")
        assert "technology" not in {v.sector for inc in report.incidents for v in inc.victims}
    report = analyze_text("APT10 hacked the NetSarang software vendor.", published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims} == {"technology"}


def test_extract_units_a_firm_named_by_its_trade_gives_the_sector():
    text = "APT10 broke into the networks of the US ratings firm Fitchwell and the German industrial group Krauss."
    report = analyze_text(text, published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims} == {"finance", "manufacturing"}
    text = "APT33 hacked Sadara, a chemicals maker in Saudi Arabia, and a payments company in Dubai."
    report = analyze_text(text, published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims} == {"finance", "manufacturing"}


def test_extract_units_public_and_state_authorities_are_government():
    for text in (
        "NoName057(16) flooded the websites of Danish public authorities with junk traffic.",
        "APT28 hackers targeted regional authorities in Bavaria last year.",
    ):
        report = analyze_text(text, published="2024-01-06")
        assert {v.sector for inc in report.incidents for v in inc.victims} == {"government"}


def test_extract_units_a_state_body_listed_among_the_victims_is_one():
    text = "APT33 ran spear-phishing operations against a dozen American organisations, including the Treasury and State departments."
    report = analyze_text(text, published="2024-01-06")
    assert "government" in {v.sector for inc in report.incidents for v in inc.victims}


def test_extract_units_a_state_body_whose_email_system_was_broken_into_is_a_victim():
    text = "In 2014 the Dutch saw APT29 hackers break into the unclassified email system of the US State Department."
    report = analyze_text(text, published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims} == {"government"}


def test_extract_units_aviation_organisations_networks_and_sectors_are_transport():
    text = "APT33 targeted aviation organisations in Saudi Arabia and a US aerospace firm."
    report = analyze_text(text, published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims} == {"transport", "aerospace"}
    text = "Russian actors of Energetic Bear had been targeting organisations in the energy, water and aviation sectors since 2016."
    report = analyze_text(text, published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims} == {"energy", "water", "transport"}


def test_extract_units_non_profits_are_civil_society():
    text = "Microsoft said APT29 planted malware at Ukrainian government agencies and non-profits."
    report = analyze_text(text, published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims} == {"government", "civil_society"}


def test_extract_units_the_car_industry_and_automakers_are_manufacturing():
    for text in ("APT32 targeted car industry businesses in Vietnam.", "APT32 targeted automakers and auto-parts suppliers in Germany."):
        report = analyze_text(text, published="2024-01-06")
        assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == {"manufacturing"}


def test_extract_units_a_hydroelectric_dam_is_energy_not_water():
    text = "Officials blamed APT33 for a cyberattack on the control system of a hydroelectric dam in Oregon."
    report = analyze_text(text, published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == {"energy"}


def test_extract_units_members_of_a_state_body_can_be_victims():
    text = "Investigators say the spyware was used by APT-C-23 against judges, members of Congress and journalists."
    report = analyze_text(text, published="2024-01-06")
    assert "legislature" in {v.sector for inc in report.incidents for v in inc.victims}
    text = "Officials at the State Department said APT29 had hacked a think tank."
    report = analyze_text(text, published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims} == {"civil_society"}


def test_extract_units_trade_unionists_are_civil_society():
    text = "APT10 hacked the phones of trade unionists in Chile."
    report = analyze_text(text, published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims} == {"civil_society"}


def test_extract_units_firms_that_supply_or_serve_the_military_are_defence():
    for text in ("APT10 hacked contractors supplying the US military with radar parts.", "Lazarus hackers targeted firms serving the Indian army."):
        report = analyze_text(text, published="2024-01-06")
        assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == {"defense"}


def test_extract_units_militaries_are_military():
    text = "Kaspersky had seen Naikon targeting ministries and militaries in South-East Asia."
    report = analyze_text(text, published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == {"government", "military"}


def test_extract_units_what_stolen_research_is_about_is_no_victim():
    text = "APT40 hackers broke into 27 universities in an effort to steal research on maritime technology."
    report = analyze_text(text, published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == {"education"}


def test_extract_units_whom_a_victim_reported_the_breach_to_is_no_victim():
    text = "Hackers of Andariel stole data from a hospital in Seoul. The hospital reported the leak to the police and the health ministry in July."
    report = analyze_text(text, published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == {"healthcare"}


def test_extract_units_a_victims_it_network_is_not_the_it_sector():
    text = "Sandworm hackers got into a power utility in Ukraine. Two days later they deployed a wiper in the company's IT network."
    report = analyze_text(text, published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == {"energy"}


def test_extract_units_private_accounts_of_someone_take_the_owners_sector():
    text = "Hackers of Charming Kitten broke into the private email accounts of officials at the finance ministry."
    report = analyze_text(text, published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == {"government"}
    text = "APT28 hackers broke into personal accounts of people connected to the targeted organisations."
    report = analyze_text(text, published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == {"individuals"}


def test_extract_units_the_african_union_is_government_a_county_named_union_no_trade_union():
    text = "Hackers of Bronze President took control of cameras inside the African Union's headquarters."
    report = analyze_text(text, published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == {"government"}
    text = "Pioneer Kitten hackers broke into a township in Union County, New Jersey."
    report = analyze_text(text, published="2024-01-06")
    assert "civil_society" not in {v.sector for inc in report.incidents for v in inc.victims}


def test_extract_units_security_companies_in_a_list_of_victims_are_technology():
    text = "The hackers of APT41 targeted telecom and cybersecurity firms in Asia."
    report = analyze_text(text, published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == {"telecom", "technology"}


def test_extract_units_a_wallet_app_or_provider_is_technology():
    text = "Lazarus hackers drained $100 million from Nova Wallet, a cryptocurrency wallet application."
    report = analyze_text(text, published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == {"technology"}


def test_extract_units_metros_railroads_and_air_traffic_control_are_transport():
    for text in (
        "Kimsuky hackers broke into the computer network of the Busan Metro last year.",
        "Germany accused APT28 of a cyberattack on its air traffic control agency last year.",
    ):
        report = analyze_text(text, published="2024-01-06")
        assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == {"transport"}


def test_extract_units_an_ombudsman_is_government_not_a_rights_group():
    text = "APT31 hackers broke into the phone of the human rights ombudsman of Armenia."
    report = analyze_text(text, published="2024-01-06")
    assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == {"government"}


def test_extract_units_name_with_group_is_the_same_actor():
    # the catalogue files "Winnti" and "Winnti Group" apart; the text means one group
    doc = _doc("Winnti has spied on chemical makers for years. A software firm was breached by the Winnti group in 2016.")
    keys = {m.value[1][0].id for m in doc.mentions if m.kind == "actor"}
    assert len(keys) == 1 and [m.value[0] for m in doc.mentions if m.kind == "actor"] == ["Winnti", "Winnti"]
    # a bare name the catalogue lacks takes the entry of the name with its "group"
    doc = _doc("The firm said the spy tool was built by the Duqu group. The original Duqu was blamed on Israel.")
    assert len({tuple(e.id for e in m.value[1]) for m in doc.mentions if m.kind == "actor"}) == 1


def test_extract_units_a_thing_known_as_is_no_actor():
    # a flaw, a backdoor, a firewall "known as X" a few words on: not a group; a group between keeps it one
    for text in (
        "The hackers exploited a flaw in Microsoft's Windows servers known as Zerologon to enter the networks.",
        "The intruders planted web shells and backdoors, including one known as GRIMBOLT, on the servers.",
        "Iran's national firewall, known as Dezhfa, blocked the attacks, a minister said.",
    ):
        assert _actors(_doc(text)) == []
    assert _actors(_doc("The backdoor was deployed by hackers known as Sandman Crew against telecom providers."))[0][0] == "Sandman Crew"


def test_extract_units_operation_word_alone_is_no_actor():
    doc = _doc("Researchers detailed a campaign they call Operation In(ter)ception, which hit aerospace firms in Europe.")
    assert _actors(doc) == []


def test_extract_units_end_of_a_state_name_is_no_group():
    # "N. Korean hacking group": the end of "North Korean", not a group named "Korean"
    assert [a for a, _ in _actors(_doc("Washington sanctioned the N. Korean hacking group Kimsuky on Thursday."))] == ["Kimsuky"]
    assert _actors(_doc("Police blamed an S. Korean hacker group for the defacement.")) == []


def test_extract_units_group_then_its_name_in_apposition():
    # "a separate gang, X, forced ...", "a second operator, X, which ...": the name set off by commas after the group
    assert [a for a, _ in _actors(_doc("The attack came a month after a separate gang, DarkVortex, forced a pipeline to shut."))] == ["DarkVortex"]
    assert [a for a, _ in _actors(_doc("Fifteen hacks were linked to a second operator, GREYHERON, which acts for Qatar."))] == ["GREYHERON"]
    assert _actors(_doc("A Toronto-based research group, Citizen Lab, said the phones were hacked.")) == []


def test_extract_units_self_given_name_keeps_its_group():
    # "calling itself X Group", "operating under the name X Group": the "Group" is part of the name it gives itself
    assert [a for a, _ in _actors(_doc("A cyberattack came from a group calling itself Nile_Hawk Group, which targeted ministries."))] == ["Nile_Hawk Group"]
    assert [a for a, _ in _actors(_doc("Hackers operating under the name Red Lotus Group leaked files from the ministry."))] == ["Red Lotus Group"]


def test_extract_units_group_compared_with_is_no_incident():
    # "the group's tools overlapped with those of X": X is compared with, not the actor; code that resembles X's still ties X
    report = analyze_text("Researchers said UNC3886 broke into routers. The group's techniques were similar to those used by APT41, they added.", published="2024-05-01")
    assert [a.name for inc in report.incidents for a in inc.actors] == ["UNC3886"]
    report = analyze_text("BAE Systems said some of the code strongly resembled that used by the Lazarus group.", published="2024-05-01")
    assert [a.name for inc in report.incidents for a in inc.actors] == ["Lazarus group"]


def test_extract_units_month_and_place_heads_a_section():
    from aptrace.extract.incidents import _SECTION_HEADING

    assert _SECTION_HEADING.match("March 2025, Ukraine.") and _SECTION_HEADING.match("May 2014, Kyiv.")
    assert not _SECTION_HEADING.match("March 2025, Russia attacked Ukraine.")


def test_extract_units_state_accused_in_a_new_section_is_a_new_incident():
    text = (
        "Three cases show the trend.\n\nMay 2014, Kyiv.\n\nDays before the election, a group calling itself RedWolf said it had "
        "destroyed the systems of the election commission. Britain later listed RedWolf among the names used by Russia's GRU.\n\n"
        "June 2024, Poland.\n\nThe state news agency lost its website for two days after a cyberattack. "
        "Polish officials said they suspected Russia's special services."
    )
    report = analyze_text(text, published="2025-05-01")
    assert [([a.name for a in inc.actors], sorted({v.country for v in inc.victims})) for inc in report.incidents] == [(["RedWolf"], ["UA"]), ([], ["PL"])]


def test_extract_units_group_named_for_another_state_is_not_the_unnamed_actor():
    # a nameless Chinese incident is not named by a group whose own name files it under Iran
    text = (
        "Google said Chinese government hackers had broken into its networks and stolen source code. Beijing denied it.\n\n"
        "The same day, visitors to a Chinese search engine were redirected to a page signed by a group calling itself Iranian Shadow Team."
    )
    report = analyze_text(text, published="2010-12-30")
    assert [([a.name for a in inc.actors], [s.state for s in inc.sponsors]) for inc in report.incidents] == [([], ["CN"]), (["Iranian Shadow Team"], [])]


def test_extract_units_cyber_army_names():
    # "Iranian Cyber Army", "Pakistan Cyber Force": a cyber army's name, though a state's name opens it; not a state's command
    assert [a for a, _ in _actors(_doc('The page read "This site has been attacked by Iranian Cyber Army".'))] == ["Iranian Cyber Army"]
    assert [a for a, _ in _actors(_doc("The Pakistan Cyber Force defaced dozens of government websites in May."))] == ["Pakistan Cyber Force"]
    assert _actors(_doc("Taiwan's Information, Communications and Electronic Force Command said it repelled the attacks.")) == []


def test_extract_units_operation_run_by_a_group_is_that_groups():
    # "X was operated by Fox Kitten": X is the group's operation; where the text names X, the group acts
    text = (
        "Since November, a ransomware operation called Pay2Lock has encrypted the networks of dozens of Israeli companies. "
        "ClearSky said Pay2Lock was operated by Fox Kitten, a hacking group that works for the Iranian government."
    )
    report = analyze_text(text, published="2020-12-20")
    assert [[a.name for a in inc.actors] for inc in report.incidents] == [["Fox Kitten"]]
    assert {v.country for inc in report.incidents for v in inc.victims} == {"IL"}


def test_extract_units_operation_named_for_its_victim_is_no_group():
    # "the group behind the SolarWinds compromise": SolarWinds names the operation, so "SolarWinds hackers" names no group
    doc = _doc("US seizes domains blamed on SolarWinds hackers. Microsoft attributed the campaign to Nobelium, the group behind the SolarWinds compromise.")
    assert [a for a, _ in _actors(doc)] == ["Nobelium"]
    assert [a for a, _ in _actors(_doc("The attack on Colonial was blamed on DarkSide. DarkSide hacked the pipeline."))] == ["DarkSide", "DarkSide"]


def test_extract_units_scheme_name_is_a_scheme_throughout():
    # "a scheme dubbed FASTCash" makes the catalogue's "FASTCash" a scheme in the section's heading too
    doc = _doc("October: FASTCash. The agencies said hackers had been emptying bank ATMs in Asia in a scheme dubbed FASTCash.")
    assert _actors(doc) == []


def test_extract_units_who_leaked_a_tool_is_not_its_user():
    # "the exploit ... leaked by the Shadow Brokers": where the tool came from, not who used it here
    text = "APT28 sent hotel staff phishing emails. Once inside, they used EternalBlue, the SMB exploit stolen from the NSA and leaked by the Shadow Brokers group, to move laterally."
    report = analyze_text(text, published="2018-12-02")
    assert [[a.name for a in inc.actors] for inc in report.incidents] == [["APT28"]]


def test_extract_units_groups_listed_by_name():
    # "The groups named in it are A, B, C and D": each item a group of its own, each with the operation's facts
    text = (
        "The report details attacks on Indian government websites. "
        "The groups named in it are APT 36, Pakistan Cyber Force, Team Insane PK, Dark Owl Sec and National Cyber Crew."
    )
    report = analyze_text(text, published="2025-05-13")
    names = [a.name for inc in report.incidents for a in inc.actors]
    assert names == ["APT 36", "Pakistan Cyber Force", "Team Insane PK", "Dark Owl Sec", "National Cyber Crew"]
    assert _actors(_doc("The groups were active in Europe and Asia, officials said.")) == []


def test_extract_units_plural_of_a_catalogue_name_is_that_group():
    # "a website calling itself Fancy Bears' Hack Team": the catalogue's Fancy Bear, in the plural
    assert _actors(_doc("Within days a website calling itself Fancy Bears' Hack Team began publishing the files.")) == [("Fancy Bears", "APT28")]


def test_extract_units_plain_word_group_paired_with_a_group():
    # "Patchwork and Transparent Tribe, the spy crews": a plain-word catalogue name beside another group's is a group
    doc = _doc("Patchwork and Transparent Tribe, the spy crews, watch each other. Patchwork was caught by its own malware.")
    assert [a for a, _ in _actors(doc)] == ["Patchwork", "Transparent Tribe", "Patchwork"]
    assert _actors(_doc("Lead and Silver rose on Monday; the lead held.")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials said hackers working for Russia's GRU took down the e-government portal and the websites of several ministries.",
        "Hackers tied to Iran brought down the city council's website on Tuesday, officials said.",
        "Officials said hackers working for North Korea's RGB broke into the newspaper, and its homepage was replaced with a picture of a cat.",
        "The parliament said hackers linked to Russia had tried to get into the system and that its services had been temporarily halted.",
    ],
)
def test_extract_units_a_site_taken_down_replaced_or_services_halted_is_disruption(text):
    report = analyze_text(text, published="2024-10-01")
    assert [inc.activity for inc in report.incidents] == ["disruption"]


def test_extract_units_fake_websites_taken_down_are_no_disruption():
    report = analyze_text("Microsoft said it had used a court order to take down 84 fake websites tied to APT28, a group linked to Russia's GRU.", published="2024-10-01")
    assert [inc.activity for inc in report.incidents] == ["unknown"]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Police said North Korea's RGB hacked the shopping site in May, stealing data on ten million customers. "
         "The methods matched those used in the March 2013 attacks on banks.", "2024-05"),
        ("Officials said Iranian hackers tied to the IRGC hit the water utility in April. "
         "The servers had been used in earlier Iranian attacks, including the 2020 attack on Israeli water systems.", "2024-04"),
        ("Officials said Russian hackers tied to the GRU hit the grid in December 2016, in an attack similar to one seen in 2015.", "2016-12"),
    ],
)
def test_extract_units_the_date_of_an_operation_compared_with_does_not_start_this_one(text, start):
    report = analyze_text(text, published="2024-10-01")
    assert [inc.period.start for inc in report.incidents] == [start]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Hackers tied to China's MSS broke into the software maker's update servers in June 2023, researchers said.", "2023-06"),
        ("Hackers working for Russia's GRU cut power at the grid operator in December 2016, Ukrainian officials said on Tuesday.", "2016-12"),
        ("North Korean hackers linked to the RGB stole $100 million from the exchange last June, the FBI said in a statement.", "2024-06"),
        ("Hackers working for Iran's IRGC defaced the agency's website in 2019, the ministry told reporters.", "2019"),
        ("In June 2023, researchers said that hackers tied to China's MSS had broken into the network.", None),
    ],
)
def test_extract_units_a_speech_tag_closing_the_sentence_leaves_the_date_to_the_operation(text, start):
    report = analyze_text(text, published="2024-10-01")
    assert [inc.period.start for inc in report.incidents] == [start]


def test_extract_units_a_dated_place_heads_a_section_and_dates_its_operation():
    text = (
        "Three episodes stand out.\n\n"
        "June 2019, Tallinn. A group calling itself GhostWriters said it had hacked the election commission and posted a fake result.\n\n"
        "October 2022, Vilnius. Hackers knocked the tax office offline for two days; officials said they suspected Belarus's KGB."
    )
    report = analyze_text(text, published="2025-08-01")
    assert [inc.period.start for inc in report.incidents] == ["2019-06", "2022-10"]


@pytest.mark.parametrize(
    "text",
    [
        "The EU sanctioned two officers of Russia's GRU over the hack of the Bundestag. "
        "The framework for restrictive measures against cyber-attacks was adopted on 17 May 2019 and renewed until 18 May 2025.",
        "Britain sanctioned hackers of Russia's FSB under its cyber regime, which came into force in December 2020, over attacks on its lawmakers.",
        "Washington said North Korea's RGB was behind the theft, using powers that were signed into law in 2016.",
    ],
)
def test_extract_units_when_a_law_or_sanctions_regime_was_made_does_not_date_the_operation(text):
    report = analyze_text(text, published="2024-10-01")
    assert report.incidents and [inc.period.start for inc in report.incidents] == [None]


def test_extract_units_individuals_and_entities_a_sanctions_list_names_are_no_victims():
    report = analyze_text("The Council listed six individuals and one entity responsible for attacks by Russia's GRU.", published="2024-10-01")
    assert [v.sector for inc in report.incidents for v in inc.victims] == []
    report = analyze_text("Hackers working for China's MSS targeted individuals and organisations in Hong Kong.", published="2024-10-01")
    assert "individuals" in [v.sector for inc in report.incidents for v in inc.victims]


def test_extract_units_the_attackers_next_dated_operation_keeps_their_state():
    text = (
        "Poland said Russian state hackers broke into the water utility's network in May 2024.\n\n"
        "In March 2022 the hackers also took over the control system of a power station."
    )
    report = analyze_text(text, published="2024-12-18")
    assert [(inc.period.start, [s.state for s in inc.sponsors]) for inc in report.incidents] == [("2024-05", ["RU"]), ("2022-03", ["RU"])]


def test_extract_units_the_second_case_of_a_nameless_state_is_its_attackers_next_operation():
    text = (
        "Poland said Russian state hackers broke into the water utility's network in May 2024.\n\n"
        "In the second case, in March 2022, the attackers took over the control system of a power station."
    )
    report = analyze_text(text, published="2024-12-18")
    assert [(inc.period.start, [s.state for s in inc.sponsors]) for inc in report.incidents] == [("2024-05", ["RU"]), ("2022-03", ["RU"])]


@pytest.mark.parametrize(
    ("phrase", "value", "published"),
    [
        ("in April and May 2015", "2015-04", "2020-10-22"),
        ("from June to November 2018", "2018-06", "2020-10-22"),
        ("from November to February 2020", "2019-11", "2024-05-01"),
        ("in August-September 2022", "2022-08", "2024-05-01"),
        ("between May 5 and June 3, 2021", "2021-05-05", "2024-05-01"),
        ("in April and May 2015", "2015-04", None),
    ],
)
def test_extract_units_a_months_range_takes_the_year_written_after_it(phrase, value, published):
    doc = _doc(f"The hackers struck {phrase}.", published)
    assert doc.dates[0].value == value


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Hackers of Russia's GRU broke into Estonian ministries in 2020, stealing health records. "
         "Estonia publicly attributed the attacks to Unit 29155 in September 2024.", "2020"),
        ("Hackers broke into the Social Democrats' email accounts in 2023 and stole data. "
         "Germany attributed the campaign to APT28 in May 2024, saying it works for Russia's GRU.", "2023"),
    ],
)
def test_extract_units_when_the_operation_was_attributed_to_a_group_or_unit_does_not_date_it(text, start):
    report = analyze_text(text, published="2024-10-01")
    assert [inc.period.start for inc in report.incidents] == [start]


@pytest.mark.parametrize(
    "text",
    [
        "The FBI said hackers working for North Korea's RGB were behind the attack, in which $1.5 billion in ether was drained from the exchange.",
        "Officials said hackers tied to North Korea's RGB took $600 million worth of virtual currency from the game's bridge.",
        "The FBI said $455 million stolen by the Lazarus Group, a group tied to North Korea's RGB, was moved through mixers.",
    ],
)
def test_extract_units_a_sum_of_money_stolen_or_drained_is_financial(text):
    report = analyze_text(text, published="2024-10-01")
    assert [inc.activity for inc in report.incidents] == ["financial"]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Hackers working for China's MSS broke into routers that were discontinued in 2019 and no longer received patches.", None),
        ("Hackers working for Iran's IRGC exploited a VPN appliance that reached end-of-life in 2021 to break into the ministry in March 2023.", "2023-03"),
    ],
)
def test_extract_units_when_a_product_was_retired_does_not_date_the_operation(text, start):
    report = analyze_text(text, published="2024-10-01")
    assert [inc.period.start for inc in report.incidents] == [start]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Hackers working for Iran's IRGC broke into the water utility's network. The intrusion came to light in March 2024.", None),
        ("Hackers working for Russia's GRU broke into the party's email server; the breach first became public in January 2024.", None),
        ("Hackers working for Russia's GRU broke into the party's email server in 2023; the breach first became public in January 2024.", "2023"),
    ],
)
def test_extract_units_when_the_operation_came_to_light_does_not_date_it(text, start):
    report = analyze_text(text, published="2024-10-01")
    assert [inc.period.start for inc in report.incidents] == [start]


def test_extract_units_months_of_that_year_take_the_year_just_named():
    doc = _doc("In October 2019 the company said the spyware was installed on phones in April and May of that year.", "2021-07-20")
    assert [(doc.text[d.start : d.end], d.value) for d in doc.dates][1] == ("in April", "2019-04")


def test_extract_units_each_state_listed_after_an_accusation_is_accused():
    from aptrace.extract.clauses import hostile_states

    doc = _doc("Fuel pumps went dark across the country. Venezuelan officials blamed Colombia and the United States for the attack.")
    assert hostile_states(doc) == {"CO", "US"}
    doc = _doc("Estonia blamed Russia for the attack, and the United States said it was studying the hack of the railway network.")
    assert hostile_states(doc) == {"RU"}


def test_extract_units_a_states_authorities_held_behind_an_operation_make_it_hostile():
    from aptrace.extract.clauses import hostile_states

    doc = _doc("Amnesty's Security Lab said Serbian authorities were behind the spyware campaign against journalists.")
    assert hostile_states(doc) == {"RS"}
    doc = _doc('The lab said "Egyptian officials, or someone acting on their behalf," were likely behind the phishing campaign.')
    assert hostile_states(doc) == {"EG"}
    doc = _doc("Serbian officials are investigating whether hackers were behind the outage.")
    assert hostile_states(doc) == set()


def test_extract_units_a_state_aligned_group_is_not_the_states_hand():
    from aptrace.extract.pipeline import Pipeline

    text = (
        "Russian military hackers attacked power grids in 2022, US officials said.\n\n"
        "Trend Micro said the Russia-aligned group Void Rabisu targeted women leaders in Europe."
    )
    doc = Pipeline().run(Doc.from_input(InputDocument(id="t", text=text, published="2025-05-03")))
    assert doc.clauses[-1].accused == []
    doc = Pipeline().run(Doc.from_input(InputDocument(id="t", text=text.replace("-aligned", "-linked"), published="2025-05-03")))
    assert doc.clauses[-1].accused == ["RU"]


def test_extract_units_stolen_as_an_adjective_is_not_the_state_acting():
    from aptrace.extract.clauses import _STATE_ACTED

    text = "North Korea uses stolen cryptocurrency to fund its missile programme."
    assert _STATE_ACTED.match(text, len("North Korea")) is None
    text = "North Korea has stolen billions in cryptocurrency since 2017."
    assert _STATE_ACTED.match(text, len("North Korea")) is not None


def test_extract_units_a_speaker_in_an_aside_after_an_agentless_blame_does_not_attribute():
    report = analyze_text(
        "Hackers drained $40 million from a crypto exchange on Monday. "
        "North Korea has been blamed for a string of large heists, which the United Nations says help fund its weapons programmes.",
        published="2024-10-01",
    )
    assert [a.by for inc in report.incidents for a in inc.attributions] == []
    report = analyze_text(
        "Hackers drained $40 million from a crypto exchange on Monday. "
        "North Korea has been blamed for the heist, which the FBI says was carried out by the Lazarus Group.",
        published="2024-10-01",
    )
    assert [a.by for inc in report.incidents for a in inc.attributions] == ["US"]


def test_extract_units_calling_a_group_state_sponsored_attributes_it():
    report = analyze_text(
        "Iranian hackers broke into the university's network in February, Israeli officials said. "
        "In 2022 the US Cyber Command identified MuddyWater as part of Iran's intelligence ministry, and a month later "
        "British agencies published an advisory that called the group Iranian government-sponsored.",
        published="2024-10-01",
    )
    assert ("GB", "MuddyWater", "IR") in [(a.by, a.actor, a.state) for inc in report.incidents for a in inc.attributions]


def test_extract_units_staff_at_a_company_introduced_by_three_words_speak_for_it():
    report = analyze_text(
        "The wiper that hit the port in June was deployed by Sandworm, according to experts at Dutch security firm Fox-IT.",
        published="2024-10-01",
    )
    assert [(a.by, a.actor) for inc in report.incidents for a in inc.attributions] == [("Fox-IT", "Sandworm")]


def test_extract_units_a_state_held_behind_other_operations_still_attributes_when_it_speaks():
    report = analyze_text(
        "Hackers of the Dutch intelligence service AIVD penetrated the network of the hacker group Cozy Bear in 2014. "
        "According to sources, the AIVD concluded that Cozy Bear works for the Russian foreign intelligence service SVR.",
        published="2018-01-26",
    )
    assert ("NL", "Cozy Bear", "RU") in [(a.by, a.actor, a.state) for inc in report.incidents for a in inc.attributions]


def test_extract_units_a_speaker_with_a_date_between_commas_is_the_subject():
    report = analyze_text(
        "Hackers broke into the parliament in 2023. After the breach the NCSC, in 2024, attributed the intrusion to APT31.",
        published="2024-10-01",
    )
    assert [(a.by, a.actor) for inc in report.incidents for a in inc.attributions] == [("GB", "APT31")]


def test_extract_units_a_tie_in_an_aside_credited_to_nobody_is_not_the_speakers():
    report = analyze_text(
        "The power company's servers were wiped in March. "
        "Mandiant said the intrusion was carried out by APT41, a group that has been linked to China's Ministry of State Security.",
        published="2024-10-01",
    )
    assert [(a.by, a.actor, a.state) for inc in report.incidents for a in inc.attributions] == [("Mandiant", "APT41", None)]
    assert [s.state for inc in report.incidents for s in inc.sponsors] == ["CN"]
    report = analyze_text(
        "The power company's servers were wiped in March. Microsoft said the attack was launched by Sandworm, which it ties to Russia's GRU.",
        published="2024-10-01",
    )
    assert [(a.by, a.actor, a.state) for inc in report.incidents for a in inc.attributions] == [("Microsoft", "Sandworm", "RU")]


def test_extract_units_unnamed_governments_as_the_subject_leave_the_sentence_to_nobody():
    report = analyze_text(
        "The power company's servers were wiped in March. ESET said the attack was carried out by Turla. "
        "Western intelligence agencies have tied the group to Russia's FSB.",
        published="2024-10-01",
    )
    assert [(a.by, a.actor, a.state) for inc in report.incidents for a in inc.attributions] == [("ESET", "Turla", None)]
    report = analyze_text(
        "The power company's servers were wiped in March. ESET said the attack was carried out by Turla. "
        "The company also tied Turla to Russia's FSB.",
        published="2024-10-01",
    )
    assert [(a.by, a.actor, a.state) for inc in report.incidents for a in inc.attributions] == [("ESET", "Turla", "RU")]


def test_extract_units_what_a_company_calls_a_group_is_its_attribution():
    report = analyze_text(
        "Government bodies in 29 countries were targeted by a hacking group. "
        "A judge allowed the seizure of 42 domains used by the group, which Microsoft calls Nickel.",
        published="2024-10-01",
    )
    assert ("Microsoft", "Nickel") in [(a.by, a.actor) for inc in report.incidents for a in inc.attributions]


def test_extract_units_a_state_reading_or_eavesdropping_on_communications_acts():
    report = analyze_text("Denmark's defence minister said a Russian hacking group had been reading the emails of ministry staff for two years.", published="2024-10-01")
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == [("DK", "RU")]
    report = analyze_text("Officials said Russian diplomats were reading a statement about the hack of the ministry.", published="2024-10-01")
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == []


def test_extract_units_parties_listed_with_other_allies_speak_mid_sentence():
    report = analyze_text(
        "Hackers broke into the ministry in May. The alert came two days after the United States, "
        "the European Union, Britain and other allies accused China of the hack.",
        published="2024-10-01",
    )
    assert sorted(a.by for inc in report.incidents for a in inc.attributions) == ["EU", "GB", "US"]


def test_extract_units_a_sea_named_after_a_state_is_no_state():
    doc = _doc("Chinese hackers spied on navies around the South China Sea and in the Sea of Japan.")
    assert [m.value for m in doc.mentions if m.kind == "state"] == ["CN"]


def test_extract_units_owners_who_had_their_systems_hacked_are_victims():
    report = analyze_text(
        "Officials blamed the Kimsuky group. Dozens of firms in Chile and Peru had their mail servers hijacked, and several ministries in Norway have had their websites taken offline.",
        published="2024-10-01",
    )
    victims = {(v.country, v.sector) for inc in report.incidents for v in inc.victims}
    assert {("CL", None), ("PE", None), ("NO", "government")} <= victims
    report = analyze_text("Officials blamed the Kimsuky group. The ministry in Norway had its spokesman deny the report.", published="2024-10-01")
    assert [v for inc in report.incidents for v in inc.victims] == []


def test_extract_units_whom_the_lures_reached_are_victims():
    report = analyze_text(
        "Investigators blamed the Kimsuky group. Booby-trapped messages were also sent to reporters at two Japanese newspapers.",
        published="2024-10-01",
    )
    assert ("JP", "media") in {(v.country, v.sector) for inc in report.incidents for v in inc.victims}
    report = analyze_text(
        "Investigators blamed the Kimsuky group. Several Chilean diplomats had received text messages carrying spyware links.",
        published="2024-10-01",
    )
    assert ("CL", "government") in {(v.country, v.sector) for inc in report.incidents for v in inc.victims}
    report = analyze_text("Investigators blamed the Kimsuky group. The foreign ministry in Oslo received messages of support from allies.", published="2024-10-01")
    assert [v for inc in report.incidents for v in inc.victims] == []


def test_extract_units_in_a_text_where_two_states_accuse_each_other_each_can_be_the_other_s_victim():
    report = analyze_text(
        "TEHRAN -- Iran's cyber police said on Sunday that Israeli intelligence had attacked two Iranian firms. "
        "In one case, the attackers wiped the servers of an Iranian steel company in Isfahan. The claim comes as Israel keeps up its campaign. "
        "Israeli officials have said that hackers working for the Iranian government broke into Israeli hospitals.",
        published="2024-10-01",
    )
    by_state = {s.state: {(v.country, v.sector) for v in inc.victims} for inc in report.incidents for s in inc.sponsors}
    assert ("IR", "manufacturing") in by_state["IL"]


def test_extract_units_attacks_dated_before_their_object_still_name_the_victim():
    report = analyze_text(
        "Investigators blamed Killnet. The attack earlier this year on a Lithuanian energy supplier knocked its site offline.",
        published="2024-10-01",
    )
    assert ("LT", "energy") in {(v.country, v.sector) for inc in report.incidents for v in inc.victims}


def test_extract_units_media_listed_among_sectors_is_a_sector():
    report = analyze_text("Investigators blamed Killnet. The campaign hit banks, hospitals, media, and universities in Finland.", published="2024-10-01")
    assert ("FI", "media") in {(v.country, v.sector) for inc in report.incidents for v in inc.victims}
    report = analyze_text("Investigators blamed Killnet. The group spread the leaked files on social media, and the ministry told the media, nothing more.", published="2024-10-01")
    assert "media" not in {v.sector for inc in report.incidents for v in inc.victims}


def test_extract_units_accused_of_hacking_a_body_names_the_victim():
    report = analyze_text(
        "Officials blamed APT41, charging its members with hacking the Vietnamese health ministry and stealing files.",
        published="2024-10-01",
    )
    assert ("VN", "government") in {(v.country, v.sector) for inc in report.incidents for v in inc.victims}


def test_extract_units_a_state_s_own_networks_hit_give_its_country():
    report = analyze_text("Officials blamed APT40. The hackers penetrated Australia's classified defence networks last year.", published="2024-10-01")
    assert ("AU", "military") in {(v.country, v.sector) for inc in report.incidents for v in inc.victims}  # (a state's defence networks: its military's)
    report = analyze_text("Officials blamed APT31. The group exploited Finland's own servers to attack others.", published="2024-10-01")
    assert [v for inc in report.incidents for v in inc.victims] == []


def test_extract_units_a_state_s_authorities_attacked_give_its_country():
    report = analyze_text("Officials blamed NoName057(16). The group attacked the websites of Dutch authorities this week.", published="2024-10-01")
    assert ("NL", None) in {(v.country, v.sector) for inc in report.incidents for v in inc.victims}
    report = analyze_text("Officials blamed NoName057(16). The group was targeted by police, Italian authorities said.", published="2024-10-01")
    assert [v for inc in report.incidents for v in inc.victims] == []


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ('A group calling itself Team Falcon, which Kyiv says works for Russia\'s GRU, hacked the ministry in March; visitors to its website were redirected to a page reading "Glory to Russia".', "disruption"),
        ("Hackers from the Iranian group Cyber Toufan broke into Israeli news sites in May, and the home pages displayed an image of a burning flag.", "disruption"),
        ("Tehran-linked hackers of the group Handala targeted the websites of 20 Israeli municipalities in October and posted threatening slogans on several of them.", "disruption"),
        # a phishing page, and the victim's own notice on its website, deface nothing
        ("Microsoft said the Russian group APT28 redirected diplomats to a fake login page that imitated Outlook.", "unknown"),
        ("The ministry said Chinese hackers of APT41 broke into its network in 2023; it posted a message on its website warning users.", "unknown"),
    ],
)
def test_extract_units_defacement_told_without_the_word_defaced(text, activity):
    report = analyze_text(text, published="2024-10-01")
    assert [inc.activity for inc in report.incidents] == [activity]


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Kaspersky said the North Korean group BlueNoroff sent fake job offers to employees of a crypto exchange in 2023 to steal virtual currency.", "financial"),
        ("Investigators said the Lazarus Group had been mapping the bank's network for months, laying the groundwork for a theft.", "financial"),
        ("Officials said North Korea's APT38 breached the central bank in 2016 as a prelude to fraud through the payment system.", "financial"),
        ("Officials said the Chinese group APT41 breached a game maker in 2020; researchers said the intrusion was not a preparation for theft.", "unknown"),
    ],
)
def test_extract_units_money_the_operation_took_or_prepared_to_take(text, activity):
    report = analyze_text(text, published="2024-10-01")
    assert [inc.activity for inc in report.incidents] == [activity]


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        (
            "Hackers spent two years inside a ministry\n\nA group of intruders broke into the foreign ministry's network and quietly stole "
            "diplomatic documents for two years, a security firm said on Monday.\n\nThe intruders created their own administrator accounts, "
            "the firm said. The ministry was not named.\n\nSome of the activity dates back to 2019, the researchers said. "
            "The firm said the tools pointed to APT15, a group it ties to China.",
            "espionage",
        ),
        (
            "A bad month for a refinery\n\nIntruders wiped the hard drives of thousands of computers at a Gulf refinery in August, "
            "a security firm said on Monday.\n\nThe refinery was not named, the firm said.\n\nSome of the activity dates back to May, "
            "the researchers said. The firm said the code pointed to APT33, a group it ties to Iran.",
            "sabotage",
        ),
        (
            "Warm weather in Warsaw\n\nTemperatures rose to 30 degrees in Warsaw last week, forecasters said on Friday.\n\n"
            "The heat was not expected to last, they said.\n\nSome of the activity began in March, the researchers said. "
            "The company said the code pointed to NoName057, a group it ties to Russia.",
            "unknown",
        ),
    ],
)
def test_extract_units_a_lede_attached_to_no_incident_tells_what_the_next_one_did(text, activity):
    report = analyze_text(text, published="2024-10-01")
    assert [inc.activity for inc in report.incidents] == [activity]


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Officials said the Russian group Sandworm knocked the websites of several Estonian banks offline in April.", "disruption"),
        ("Kyiv said the Russian group Sandworm knocked the news sites of two regional broadcasters off the internet in March.", "disruption"),
        ("Officials said pro-Russian hackers of NoName057 have been knocking Czech government portals offline since 2023.", "disruption"),
        ("Officials said the Chinese group APT41 breached the utility in 2023 but never knocked any of its systems offline.", "unknown"),
    ],
)
def test_extract_units_knocked_a_long_object_offline(text, activity):
    report = analyze_text(text, published="2024-10-01")
    assert [inc.activity for inc in report.incidents] == [activity]


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("A security firm said the Chinese group APT10 stole call records from ten mobile carriers between 2017 and 2019.", "espionage"),
        ("Officials said the Russian group Turla copied diplomatic cables from the foreign ministry's network in 2022.", "espionage"),
        ("Researchers said the Iranian group APT35 harvested login credentials of nuclear experts in 2021.", "espionage"),
        ("Officials said the Chinese group APT41 breached the utility in 2023 but did not copy any cables.", "unknown"),
    ],
)
def test_extract_units_records_cables_and_credentials_taken_are_espionage(text, activity):
    report = analyze_text(text, published="2024-10-01")
    assert [inc.activity for inc in report.incidents] == [activity]


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # commercial spyware named by its product, not called "spyware"
        ("Citizen Lab said operators tied to the government of Bahrain hacked the phones of nine activists with Pegasus in 2020.", "espionage"),
        ("Researchers said Egyptian state hackers infected the laptops of two exiled journalists with FinSpy in 2019.", "espionage"),
        ("Turkish police said hackers tied to Iran breached Pegasus Airlines in 2022.", "unknown"),
    ],
)
def test_extract_units_spyware_named_by_its_product(text, activity):
    report = analyze_text(text, published="2024-10-01")
    assert [inc.activity for inc in report.incidents] == [activity]


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("CERT-UA said the Russian group Sandworm had planned to disable the computer systems of 20 water utilities in 2024.", "prepositioning"),
        ("Officials said Chinese hackers of Volt Typhoon were preparing to disrupt pipelines in 2023.", "prepositioning"),
        ("Officials said North Korea's Lazarus Group intended to knock out the power grid of a southern province in 2022.", "prepositioning"),
        # a defender's plan against the hackers' infrastructure is no harm they prepared
        ("The FBI said it had planned to take down the botnet of the Russian group APT28 in 2023.", "unknown"),
    ],
)
def test_extract_units_harm_planned_not_yet_done_is_prepositioning(text, activity):
    report = analyze_text(text, published="2024-10-01")
    assert [inc.activity for inc in report.incidents] == [activity]


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # the victim's own systems taken offline to clean them: remediation, not what the hackers did
        ("Officials said the Russian group APT29 breached the State Department in 2014, which then took its email system offline for a weekend to clear it out.", "unknown"),
        ("Officials said the Chinese group APT41 hit a hospital in 2023; the hospital shut down its network as a precaution.", "unknown"),
        ("Officials said the Russian group APT28 took the ministry's website offline for two days in 2023.", "disruption"),
    ],
)
def test_extract_units_systems_taken_offline_to_clean_them_are_no_disruption(text, activity):
    report = analyze_text(text, published="2024-10-01")
    assert [inc.activity for inc in report.incidents] == [activity]


def test_extract_units_an_organ_that_prepared_or_planned_the_attack_acted():
    for text, sponsor in [
        ("In 2019, prosecutors said Russia's military intelligence had spent months preparing the attack on the bank.", ("RU", "GRU")),
        ("Investigators said China's Ministry of State Security had spent a year planning the intrusion into the ministry.", ("CN", "MSS")),
        ("Prosecutors said Iran's Revolutionary Guards had plotted the cyberattack on the water utility.", ("IR", "IRGC")),
    ]:
        report = analyze_text(text, published="2024-10-01")
        assert [(s.state, s.agency) for inc in report.incidents for s in inc.sponsors] == [sponsor], text
    report = analyze_text("Officials said Russia's FSB had prepared the ground for talks on the hacking case.", published="2024-10-01")
    assert [s.state for inc in report.incidents for s in inc.sponsors] == []


def test_extract_units_a_name_or_persona_used_by_an_organ_ties_the_group():
    for text, sponsor in [
        ("Officials said Cotton Sandstorm is one of several personas used by Iran's Revolutionary Guards.", ("IR", "IRGC")),
        ("The agency said Moses Staff was merely a cover name employed by Iran's Ministry of Intelligence and Security.", ("IR", "MOIS")),
        ("The centre listed Fancy Bear among the names used by Russia's military intelligence service, the GRU.", ("RU", "GRU")),
    ]:
        report = analyze_text(text, published="2024-10-01")
        assert [(s.state, s.agency) for inc in report.incidents for s in inc.sponsors] == [sponsor], text
    report = analyze_text("Researchers said the aliases adopted by the hacking group Fancy Bear in Russia changed often.", published="2024-10-01")
    assert [s.state for inc in report.incidents for s in inc.sponsors] == []


def test_extract_units_state_backed_and_operating_from_a_state_is_its_sponsor():
    for text, state in [
        ("Microsoft attributes the campaign to a group it calls APT31, which it describes as state-sponsored and operating out of China.", "CN"),
        ("Researchers said APT33 is state-sponsored, operating from Iran, and hacked the airline.", "IR"),
    ]:
        report = analyze_text(text, published="2024-10-01")
        assert [s.state for inc in report.incidents for s in inc.sponsors] == [state], text
    report = analyze_text("Researchers said APT29 is state-sponsored and its servers were based in Germany.", published="2024-10-01")
    assert [s.state for inc in report.incidents for s in inc.sponsors] == []


def test_extract_units_organ_descriptions_resolve_to_their_agency():
    for text, sponsor in [
        ("Officials said MuddyWater works for Iran's intelligence ministry.", ("IR", "MOIS")),
        ("Officials said APT29 works for Russia's foreign intelligence service.", ("RU", "SVR")),
        ("Officials said Lazarus works for North Korea's military intelligence agency.", ("KP", "RGB")),
        ("Officials said Kimsuky works for North Korea's main foreign intelligence service.", ("KP", None)),
    ]:
        report = analyze_text(text, published="2024-10-01")
        assert [(s.state, s.agency) for inc in report.incidents for s in inc.sponsors] == [sponsor], text


def test_extract_units_a_state_directed_or_funded_group_is_the_states():
    for text, state in [
        ("Researchers said Moscow-directed hackers from Sandworm disabled the grid.", "RU"),
        ("The firm said Tehran-funded hackers known as APT34 breached the telecom operator.", "IR"),
    ]:
        report = analyze_text(text, published="2024-10-01")
        assert [s.state for inc in report.incidents for s in inc.sponsors] == [state], text


def test_extract_units_a_state_beside_another_groups_name_is_that_groups():
    report = analyze_text("Officials said Turla hijacked the servers of OilRig, an Iranian group, to hide its attacks on embassies.", published="2024-10-01")
    assert [s.state for inc in report.incidents for s in inc.sponsors] == []
    report = analyze_text("Officials said APT10, a Chinese state-backed group, hacked the ministry.", published="2024-10-01")
    assert [s.state for inc in report.incidents for s in inc.sponsors] == ["CN"]


def test_extract_units_offshoots_proxies_and_units_within_an_organ_are_tied_to_it():
    for text, sponsor in [
        ("Officials said APT35 is an offshoot of Iran's Revolutionary Guards.", ("IR", "IRGC")),
        ("Officials said APT28 is a cyber unit within the GRU.", ("RU", "GRU")),
        ("Officials said APT41 is a contractor for China's Ministry of State Security.", ("CN", "MSS")),
        ("Officials said APT40 operates under the umbrella of China's Ministry of State Security.", ("CN", "MSS")),
        ("Officials said APT29 reports to Russia's SVR.", ("RU", "SVR")),
    ]:
        report = analyze_text(text, published="2024-10-01")
        assert [(s.state, s.agency) for inc in report.incidents for s in inc.sponsors] == [sponsor], text


def test_extract_units_a_group_also_known_as_an_organs_unit_is_that_organs():
    for text in ("Officials said Fancy Bear is also known as Unit 26165 of the GRU.", "Officials said Fancy Bear is also called GRU Unit 26165."):
        report = analyze_text(text, published="2024-10-01")
        assert [(s.state, s.agency) for inc in report.incidents for s in inc.sponsors] == [("RU", "GRU")], text


def test_extract_units_a_group_acting_on_a_states_orders_is_the_states():
    for text, state in [
        ("The firm said APT41, acting on orders from Beijing, breached the company.", "CN"),
        ("Officials said APT33 takes its orders from Tehran.", "IR"),
        ("Officials said the group is a proxy for Iran and hacked the water utility.", "IR"),
    ]:
        report = analyze_text(text, published="2024-10-01")
        assert [s.state for inc in report.incidents for s in inc.sponsors] == [state], text
    report = analyze_text("Officials said the group acted on orders from its leader and hacked a bank in Russia.", published="2024-10-01")
    assert [s.state for inc in report.incidents for s in inc.sponsors] == []


def test_extract_units_a_feared_operation_by_a_state_is_no_attribution():
    for text in (
        "Germany has warned of possible attempts by Russia to influence its election this year.",
        "Officials in France warned of potential cyberattacks by China ahead of the vote.",
    ):
        report = analyze_text(text, published="2017-01-01")
        assert [a.by for inc in report.incidents for a in inc.attributions] == []
    report = analyze_text("Germany said the recent attack by Russia had disrupted the ministry's email.", published="2017-01-01")
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == [("DE", "RU")]


def test_extract_units_a_company_that_exposes_a_group_attributes_to_it():
    for text, pair in (
        ("Last spring the security firm Kaspersky exposed FoggyWeb Panda, a group that had spied on diplomats in Asia.", ("Kaspersky", "FoggyWeb Panda")),
        ("Check Point unmasked Sharp Panda, an espionage group that went after Southeast Asian governments.", ("Check Point", "Sharp Panda")),
        ("In March, ESET documented the activities of Gamaredon against Ukrainian ministries.", ("ESET", "Gamaredon")),
    ):
        report = analyze_text(text, published="2024-10-01")
        assert pair in [(a.by, a.actor) for inc in report.incidents for a in inc.attributions]
    # (not a tool or attack described: "detailed a tool that APT10 used")
    report = analyze_text("Kaspersky detailed a backdoor that APT10 used against Japanese firms.", published="2024-10-01")
    assert ("Kaspersky", "APT10") not in [(a.by, a.actor) for inc in report.incidents for a in inc.attributions]


def test_extract_units_called_out_fingered_named_and_shamed_attribute():
    for text, pair in (
        ("Canada's cyber agency publicly called out China for the intrusions into its parliament.", ("CA", "CN")),
        ("The British government fingered Russia's GRU for the cyberattack on the watchdog.", ("GB", "RU")),
        ("Washington named and shamed North Korea over the ransomware attack on hospitals.", ("US", "KP")),
        ("The Dutch government pinned the blame for the hack of its parliament on Russia.", ("NL", "RU")),
        ("Japan laid the blame for the breach squarely on China.", ("JP", "CN")),
    ):
        report = analyze_text(text, published="2024-10-01")
        assert pair in [(a.by, a.state) for inc in report.incidents for a in inc.attributions], text
    report = analyze_text("Officials called out for help after hackers hit the ministry.", published="2024-10-01")
    assert [a.by for inc in report.incidents for a in inc.attributions] == []


def test_extract_units_a_state_that_suspects_another_of_the_hack_attributes():
    for text, pair in (
        ("Estonia suspects Russia of the cyberattacks on its government websites.", ("EE", "RU")),
        ("Seoul suspected North Korea in the hack of the nuclear operator.", ("KR", "KP")),
        ("Germany strongly suspects Russia's GRU of the attack on the Bundestag.", ("DE", "RU")),
    ):
        report = analyze_text(text, published="2024-10-01")
        assert [(a.by, a.state, a.confidence) for inc in report.incidents for a in inc.attributions] == [(*pair, "low")], text


def test_extract_units_evidence_that_points_to_a_state_attributes():
    for text, pair in (
        ("The evidence points to Iran, the Albanian government said.", ("AL", "IR")),
        ("Forensic clues pointed at Russia, Norway's police said.", ("NO", "RU")),
        ("The trail points to North Korea, Japanese officials said.", ("JP", "KP")),
    ):
        report = analyze_text(text, published="2024-10-01")
        assert pair in [(a.by, a.state) for inc in report.incidents for a in inc.attributions], text
    report = analyze_text("The government of Albania said the evidence pointed to a software error, not to Iran.", published="2024-10-01")
    assert [a.by for inc in report.incidents for a in inc.attributions] == []


def test_extract_units_a_nominal_attribution_names_its_author_after_by():
    report = analyze_text("The attribution of the attack to China by the Czech government came on Tuesday.", published="2024-10-01")
    assert [(a.by, a.state) for inc in report.incidents for a in inc.attributions] == [("CZ", "CN")]
    report = analyze_text("The formal attribution of the hack to APT40 by Australia and New Zealand was welcomed.", published="2024-10-01")
    assert sorted(a.by for inc in report.incidents for a in inc.attributions) == ["AU", "NZ"]
    # (unnamed researchers give no attribution)
    report = analyze_text("The attribution of the breach to Lazarus by researchers was disputed.", published="2024-10-01")
    assert [a.by for inc in report.incidents for a in inc.attributions] == []


def test_extract_units_an_operation_consistent_with_a_group_is_attributed_to_it():
    for text, pair in (
        ("The campaign is consistent with the activity of APT29, Mandiant said.", ("Mandiant", "APT29")),
        ("CrowdStrike said the intrusion matched the tradecraft of Sandworm.", ("CrowdStrike", "Sandworm")),
        ("Microsoft said the attacks were consistent with the techniques of Volt Typhoon.", ("Microsoft", "Volt Typhoon")),
    ):
        report = analyze_text(text, published="2024-10-01")
        assert pair in [(a.by, a.actor) for inc in report.incidents for a in inc.attributions], text


def test_extract_units_a_report_by_a_company_speaks_for_it():
    for text, pair in (
        ("A report by Recorded Future tied the intrusions at the power grid to RedEcho, a Chinese state-sponsored group.", ("Recorded Future", "RedEcho")),
        ("A new analysis from ESET says Sandworm was behind the attack on the Ukrainian grid.", ("ESET", "Sandworm")),
    ):
        report = analyze_text(text, published="2024-10-01")
        assert pair in [(a.by, a.actor) for inc in report.incidents for a in inc.attributions], text


def test_extract_units_a_group_that_forged_impersonated_or_siphoned_acted():
    for text, pair in (
        ("Microsoft said Storm-0558 had forged authentication tokens to read the email of officials.", ("Microsoft", "Storm-0558")),
        ("Proofpoint said TA453 impersonated journalists to approach academics in Israel.", ("Proofpoint", "TA453")),
        ("The FBI said Lazarus siphoned off $100 million from the bridge.", ("US", "Lazarus")),
    ):
        report = analyze_text(text, published="2024-10-01")
        assert pair in [(a.by, a.actor) for inc in report.incidents for a in inc.attributions], text


def test_extract_units_a_company_that_hacks_is_the_actor():
    for text, name in (
        ("Prosecutors said six men worked for a Chengdu company called Redwave, and that from 2018 through 2022 Redwave "
         "broke into the email servers of ministries in Vietnam on orders from China's Ministry of State Security.", "Redwave"),
        ("The surveillance program was run from 2017 through an Emirati security firm, Bluehorn. Its operators spied on "
         "activists in Qatar.", "Bluehorn"),
    ):
        report = analyze_text(text, published="2024-06-01")
        assert [a.name for i in report.incidents for a in i.actors] == [name]
    # a company that only speaks or supplies is no actor
    report = analyze_text("Ukrainian officials said a Moscow company called Zentrix supplied servers to the hackers, who broke into "
                          "the ministry's network.", published="2024-06-01")
    assert [a.name for i in report.incidents for a in i.actors] == []


def test_extract_units_a_group_named_in_passing_does_not_name_the_incident():
    report = analyze_text(
        "The FBI said North Korean hackers stole $100 million from a crypto bridge in June 2022.\n\n"
        "Those who tracked APT38 in the past will recognise the method.",
        published="2024-06-01",
    )
    assert [(i.actors, [s.state for s in i.sponsors]) for i in report.incidents] == [([], ["KP"])]


def test_extract_units_a_hack_for_hire_firm_is_the_actor():
    for text, name in (
        ("Google said the hack-for-hire firm Kestrelnet had phished journalists and lawyers in Egypt since 2020.", "Kestrelnet"),
        ("Reuters reported that Appin, an Indian hacking-for-hire company, stole emails from politicians in Pakistan in 2014.", "Appin"),
        ("Former officers led a team at an Emirati company that provided hacking services to the government. The indictment does "
         "not name the company, but news reports identified it as Bluehorn. The team broke into phones of activists in Qatar.", "Bluehorn"),
    ):
        report = analyze_text(text, published="2024-06-01")
        assert [a.name for i in report.incidents for a in i.actors] == [name]
    report = analyze_text("The ministry named the firm as Corvix, which supplied laptops to the army.", published="2024-06-01")
    assert report.incidents == []


def test_extract_units_listed_groups_whose_names_open_with_a_generic_word():
    text = (
        "The agency traced the defacements of Kenyan ministry websites to four groups. "
        "The groups named in its report are Black Owl Sec, Cyber Squad 404, Hackers Union X and Red Falcon Team."
    )
    report = analyze_text(text, published="2025-05-13")
    names = [a.name for inc in report.incidents for a in inc.actors]
    assert names == ["Black Owl Sec", "Cyber Squad 404", "Hackers Union X", "Red Falcon Team"]


def test_extract_units_a_persona_writing_under_a_quoted_name_is_the_actor():
    report = analyze_text(
        'A hacker posting under the handle "Vaxgrim" claimed on Friday to have stolen voter data from Chile\'s electoral service.',
        published="2024-06-01",
    )
    assert [a.name for i in report.incidents for a in i.actors] == ["Vaxgrim"]


def test_extract_units_a_public_body_glossed_by_its_acronym_speaks_for_its_state():
    for opening in ("MANILA, Feb 14 - Hackers tried to break into the coast guard's website this week, the",
                    "Hackers tried to break into the coast guard's website this week, the Philippines'"):
        report = analyze_text(
            opening + " Department of Information and Communications Technology (DICT) said. "
            "The DICT blamed Chinese state hackers for the attempts.",
            published="2024-02-14",
        )
        assert [(a.by, a.state) for i in report.incidents for a in i.attributions] == [("PH", "CN")]
    # an international body under a dateline is no body of the dateline's state
    report = analyze_text(
        "KYIV - The International Atomic Energy Agency (IAEA) said hackers had targeted the plant. The IAEA blamed Russian state hackers.",
        published="2024-02-14",
    )
    assert [a.by for i in report.incidents for a in i.attributions] == ["IAEA"]


def test_extract_units_the_accused_states_own_people_named_by_place_or_kind():
    # "activists in El Salvador", "Belarusian opposition activists": the accused state's own people, not the list's other state
    [inc] = analyze_text(
        "Researchers said UNC1151, a group linked to the Belarusian government, had stolen credentials of officials in Poland "
        "and had gone after Belarusian opposition activists.",
        published="2024-05-01",
    ).incidents
    assert ("BY", "civil_society") in {(v.country, v.sector) for v in inc.victims}
    [inc] = analyze_text(
        "Researchers said APT-C-23, which works for the Egyptian government, spied on human rights lawyers and journalists inside Egypt.",
        published="2024-05-01",
    ).incidents
    assert {(v.country, v.sector) for v in inc.victims} == {("EG", "civil_society"), ("EG", "media")}
    # (but "a Saudi dissident living in Montreal": one abroad)
    [inc] = analyze_text(
        "Researchers said APT-C-23, which works for the Egyptian government, spied on Egyptian journalists living in Germany.",
        published="2024-05-01",
    ).incidents
    assert ("EG", "media") not in {(v.country, v.sector) for v in inc.victims}


def test_extract_units_a_state_that_opens_the_sentence_as_its_place_is_no_speaker():
    # "In Egypt, two opposition politicians were targeted": where it happened; the accused state's own people
    [inc] = analyze_text(
        "APT-C-23 is a hacking group that works for the Egyptian government. "
        "In Egypt, two opposition politicians were targeted with spyware last year, the researchers said.",
        published="2024-05-01",
    ).incidents
    assert ("EG", "political") in {(v.country, v.sector) for v in inc.victims}
    [inc] = analyze_text(
        "APT28 has been blamed for attacks on the Games. In Norway, the group broke into email accounts at the foreign ministry.",
        published="2024-05-01",
    ).incidents
    assert [(a.by, a.actor) for a in inc.attributions] == []
    assert ("NO", "government") in {(v.country, v.sector) for v in inc.victims}


def test_extract_units_a_larger_city_gives_its_victims_state():
    # "hospitals in Brno", "a Gothenburg-based shipping company": the city's state (not the next item's "in Texas")
    [inc] = analyze_text("APT28 hit hospitals in Brno and a water utility in Texas.", published="2024-05-01").incidents
    assert {(v.country, v.sector) for v in inc.victims} == {("CZ", "healthcare"), ("US", "water")}
    [inc] = analyze_text("APT28 hackers broke into the networks of a Gothenburg-based shipping company.", published="2024-05-01").incidents
    assert {(v.country, v.sector) for v in inc.victims} == {("SE", "transport")}
    # (a city's name inside a person's name is no place: "spokesman Lin Jian")
    [inc] = analyze_text("APT28 targeted ministries, foreign ministry spokesman Lin Jian said.", published="2024-05-01").incidents
    assert {v.country for v in inc.victims} <= {None}


def test_extract_units_a_body_of_a_state_accused_elsewhere_is_hit_as_the_object():
    # "defaced the website of India's ...", "stole documents from India's ...": the state's own body, hit (it is accused elsewhere)
    text = (
        "Indian hackers have attacked Pakistani sites for years. "
        "On Monday a group calling itself the Pakistan Cyber Army defaced the website of India's Central Bureau of Investigation."
    )
    incs = analyze_text(text, published="2024-05-01").incidents
    assert ("IN", "government") in {(v.country, v.sector) for i in incs for v in i.victims}
    text = "Indian hackers have attacked Pakistani sites for years. On Monday the group SideCopy stole documents from India's defence ministry."
    incs = analyze_text(text, published="2024-05-01").incidents
    assert ("IN", "government") in {(v.country, v.sector) for i in incs for v in i.victims}


def test_extract_units_the_addressees_of_an_appeal_are_no_victims():
    # "asked exchanges ... to block transactions", "urging universities to train staff": whom an appeal addresses
    [inc] = analyze_text(
        "Lazarus stole $41 million from a casino. The FBI asked exchanges and other services to block transactions with the addresses.",
        published="2024-05-01",
    ).incidents
    assert "finance" not in {v.sector for v in inc.victims}
    [inc] = analyze_text(
        "APT36 sent phishing emails to officials. CERT-In issued guidance urging universities to train staff to spot phishing emails.",
        published="2024-05-01",
    ).incidents
    assert "education" not in {v.sector for v in inc.victims}


def test_extract_units_the_accused_states_own_people_named_for_a_whole_list():
    # "spy on Egyptian journalists, human rights activists and opposition politicians": the demonym names the list,
    # not the dateline's state; "..., most of them inside the country": the accused state's
    [inc] = analyze_text(
        "NAIROBI - Check Point said APT-C-23, a group working for the Egyptian government, spied on Egyptian journalists, "
        "human rights activists and opposition politicians.",
        published="2024-05-01",
    ).incidents
    assert {v.country for v in inc.victims if v.sector in ("civil_society", "political")} == {"EG"}
    [inc] = analyze_text(
        "NAIROBI - Check Point said Egypt's government was likely behind a campaign that spied on 33 journalists, academics, "
        "lawyers and human rights activists, most of them inside the country.",
        published="2024-05-01",
    ).incidents
    assert {v.country for v in inc.victims} == {"EG"}


def test_extract_units_georgia_among_american_places_is_the_american_state():
    # "Robins Air Force Base in Georgia" next to "in Texas": the American state, not the country
    [inc] = analyze_text(
        "Prosecutors say APT41 broke into an Air Force base in Texas and a defence contractor in Georgia.", published="2024-05-01"
    ).incidents
    assert "GE" not in {v.country for v in inc.victims}
    [inc] = analyze_text("APT28 broke into the networks of the parliament of Georgia.", published="2024-05-01").incidents
    assert "GE" in {v.country for v in inc.victims}


def test_extract_units_a_demonym_on_the_victims_gives_their_state():
    # "Among its best-known British victims was Royal Mail", "Its German victims included a hospital"
    [inc] = analyze_text(
        "The LockBit ransomware gang has hit hundreds of companies. Among its best-known British victims was Royal Mail, "
        "whose deliveries were halted for weeks.",
        published="2024-05-01",
    ).incidents
    assert "GB" in {v.country for v in inc.victims}
    [inc] = analyze_text(
        "The LockBit ransomware gang has hit hundreds of companies. Its German victims included a car parts maker and a hospital.",
        published="2024-05-01",
    ).incidents
    assert ("DE", "healthcare") in {(v.country, v.sector) for v in inc.victims}


def test_extract_units_a_demonym_on_targeted_people_gives_their_state():
    # "targeted Norwegian officials", "hacked Ukrainian artillery officers": the people's state (not "British officials told")
    [inc] = analyze_text("APT29 has spied on diplomats for years. Its victims included Norwegian officials.", published="2024-05-01").incidents
    assert "NO" in {v.country for v in inc.victims}
    [inc] = analyze_text("APT28 targeted European companies, British officials told reporters.", published="2024-05-01").incidents
    assert "GB" not in {v.country for v in inc.victims}


def test_extract_units_what_a_story_tells_of_is_no_victim():
    for text in (
        "The group Cyber Av3ngers defaced Israeli websites and spread false claims about the army and propaganda regarding the navy.",
        "APT33 hacked Saudi ministry networks and posted messages about the hospitals of Riyadh.",
    ):
        report = analyze_text(text, published="2024-06-01")
        sectors = {v.sector for inc in report.incidents for v in inc.victims}
        assert not sectors & {"military", "healthcare"}
    # (but fabricated videos about candidates target an election)
    report = analyze_text(
        "Germany held Russia responsible for a campaign known as Storm-1516, which spread fabricated videos about candidates ahead of the vote.",
        published="2025-02-01",
    )
    assert "political" in {v.sector for inc in report.incidents for v in inc.victims}


def test_extract_units_medical_files_are_people_s_data_not_a_health_victim():
    for text in (
        "Black Shadow broke into the insurer's servers and published medical files of its customers.",
        "Fancy Bear leaked the confidential medical records of athletes from the agency's database.",
        "Lazarus stole health records and medical histories of customers from a bank in Seoul.",
    ):
        report = analyze_text(text, published="2024-06-01")
        assert "healthcare" not in {v.sector for inc in report.incidents for v in inc.victims}
    report = analyze_text("APT41 broke into a medical centre in Kansas and stole patient data.", published="2024-06-01")
    assert "healthcare" in {v.sector for inc in report.incidents for v in inc.victims}


def test_extract_units_whom_credentials_are_harvested_from_is_the_victim():
    for text, sectors in (
        ("Kimsuky harvests passwords from think tanks and universities in South Korea, the agency said.", {"civil_society", "education"}),
        ("APT28 used the routers to harvest credentials from governments and militaries in Europe.", {"government", "military"}),
        ("The hackers were harvesting email logins from ministries in Poland, CERT Polska said, and blamed Ghostwriter.", {"government"}),
    ):
        report = analyze_text(text, published="2024-06-01")
        assert {v.sector for inc in report.incidents for v in inc.victims} == sectors


def test_extract_units_army_intelligence_spies_and_intelligence_officers_are_government():
    report = analyze_text("Semana revealed that an army intelligence unit had hacked the phones of Colombian journalists.", published="2024-06-01")
    assert "military" not in {v.sector for inc in report.incidents for v in inc.victims}
    for text in (
        "Iranian hackers of APT35 targeted US intelligence officers in 2014.",
        "APT35 tried to plant malware on the computers of US intelligence personnel.",
    ):
        report = analyze_text(text, published="2024-06-01")
        assert {v.sector for inc in report.incidents for v in inc.victims} == {"government"}


def test_extract_units_the_accused_states_own_dissidents_and_journalists_are_victims():
    for text, sector in (
        ("Charming Kitten, which works for Iran's IRGC, targeted Iranian journalists and activists abroad.", "civil_society"),
        ("The Russian hackers of APT29, tied to the SVR, targeted Russian opposition politicians in exile, researchers said.", "political"),
        ("Its targets have included government bodies in Europe as well as Chinese dissident groups, the FBI said of the MSS group APT31.", "civil_society"),
    ):
        report = analyze_text(text, published="2024-06-01")
        assert sector in {v.sector for inc in report.incidents for v in inc.victims}
    # (but not the state's media that speaks)
    report = analyze_text("Chinese state media said the MSS group APT40 was a fabrication of the US government.", published="2024-06-01")
    assert "media" not in {v.sector for inc in report.incidents for v in inc.victims}


def test_extract_units_victims_added_along_with_others_are_victims():
    for text, sector in (
        ("APT10 breached Japanese ministries along with energy companies and universities in 2018.", "energy"),
        ("The Turla campaign hit European embassies along with defence contractors, ESET said.", "defense"),
    ):
        report = analyze_text(text, published="2024-06-01")
        assert sector in {v.sector for inc in report.incidents for v in inc.victims}
    # (but whom a victim works with is not hit)
    report = analyze_text(
        "Hackers tied to Iran's IRGC targeted Israeli water utilities, the agency said, working with the energy ministry to restore them.",
        published="2024-06-01",
    )
    assert {v.sector for inc in report.incidents for v in inc.victims} == {"water"}


def test_extract_units_nasa_is_a_government_agency():
    for text in (
        "APT1 broke into computers at NASA and the Department of Energy in 2011.",
        "APT41 stole data from NASA's Jet Propulsion Laboratory, prosecutors said.",
    ):
        report = analyze_text(text, published="2024-06-01")
        sectors = {v.sector for inc in report.incidents for v in inc.victims}
        assert "government" in sectors and "aerospace" not in sectors


def test_extract_units_solar_farms_and_plants_are_energy():
    for text in (
        "Sandworm tried to deploy a wiper on systems used to manage wind and solar farms in Poland.",
        "Hackers tied to Russia's GRU breached a solar power plant in Germany.",
    ):
        report = analyze_text(text, published="2024-06-01")
        assert {v.sector for inc in report.incidents for v in inc.victims} == {"energy"}
    report = analyze_text("APT1 stole data from steel, aluminium and solar companies.", published="2024-06-01")
    assert {v.sector for inc in report.incidents for v in inc.victims} == {"manufacturing"}


def test_extract_units_what_bombs_missiles_or_drones_hit_is_no_cyber_victim():
    for text, sectors in (
        ("Sandworm hacked Ukrainian energy companies in 2022 as Russian missiles hit power plants and substations across the country.", {("UA", "energy")}),
        ("The NoName057(16) DDoS attacks came after drone sightings over airports and military bases in Denmark.", set()),
    ):
        report = analyze_text(text, published="2024-06-01")
        assert {(v.country, v.sector) for inc in report.incidents for v in inc.victims if v.sector} == sectors


def test_extract_units_whom_a_victim_serves_is_not_hit():
    for text, sectors in (
        ("Black Shadow broke into Shirbit, an Israeli insurer that covers civil servants, in December.", {"finance"}),
        ("APT29 breached a software firm in Germany that supplies accounting tools to hospitals and universities.", {"technology"}),
        ("APT41 hacked a telecom provider that serves government ministries in Vietnam.", {"telecom"}),
    ):
        report = analyze_text(text, published="2024-06-01")
        assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == sectors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over the past year, hackers working for Iran's IRGC broke into water utilities in Israel.", [("2023", "since")]),
        ("In the last year APT29 has stolen emails from diplomats in Europe.", [("2023", "since")]),
        ("The breach happened in the last year of the previous administration.", []),
        ("APT41 is part of a trend we have seen over the past year of attackers turning to cloud services.", []),
    ],
)
def test_extract_units_the_past_year_reaches_back_a_year_from_publication(text, expected):
    doc = _doc(text, published="2024-06-01")
    assert [(d.value, d.role) for d in doc.dates] == expected


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The group, which researchers call Kimsuky, has been operating since at least 2013, according to the report.", "2013"),
        ("Researchers said APT33 has been operational since 2017 and is tied to Iran's IRGC.", "2017"),
    ],
)
def test_extract_units_a_group_operating_since_dates_its_start(text, start):
    report = analyze_text(text, published="2024-06-01")
    assert [inc.period.start for inc in report.incidents] == [start]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("From February 2020 the hackers broke into universities. Later that year they exploited mail servers.", ["2020-02", "2020"]),
        ("In January the bank said its network had been breached the previous month.", ["2024-01", "2023-12"]),
        ("The ministry was hacked in 2015. The following year the same group hit the party.", ["2015", "2016"]),
        ("The dam was attacked in March 2013. The year before, the group had hit banks.", ["2013-03", "2012"]),
        ("The hack began in April of the same year.", ["2024-04"]),
        ("Nothing was dated. The following month the group returned.", [None]),
    ],
)
def test_extract_units_that_year_counts_from_the_date_told_before(text, values):
    doc = _doc(text, published="2024-06-01")
    assert [d.value for d in doc.dates] == values


def test_extract_units_a_span_from_one_year_to_the_next_is_no_list_of_operations():
    text = (
        "China's security ministry said the US National Security Agency had attacked the national time service centre. "
        "According to the ministry, the NSA first exploited a flaw in a phone app in March 2022 to steal data from staff devices, "
        "then from 2023 to 2024 used 42 cyber weapons against the centre's networks."
    )
    report = analyze_text(text, published="2025-10-22")
    assert [(inc.activity, inc.period.start) for inc in report.incidents] == [("espionage", "2022-03")]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said hackers working for Russia's SVR broke into the White House computer system and were able to read some of the president's email correspondence.",
        "Officials said hackers working for China's MSS monitored the foreign minister's private e-mails for months.",
        "APT35 was tracking the dissidents' WhatsApp messages, the report said.",
    ],
)
def test_extract_units_reading_someone_s_emails_is_espionage(text):
    report = analyze_text(text, published="2025-10-22")
    assert [inc.activity for inc in report.incidents] == ["espionage"]


def test_extract_units_an_operation_dated_years_before_the_weekday_of_the_news_is_another_one():
    text = (
        "Officials blamed Iran for a cyberattack that set off rocket sirens in two Israeli cities on Sunday evening. "
        "In April 2020, according to Israeli officials, hackers working for Iran tried to raise chlorine levels at water treatment facilities."
    )
    report = analyze_text(text, published="2024-06-20")
    assert [inc.period.start for inc in report.incidents] == ["2024-06-16", "2020-04"]
    same_month = text.replace("In April 2020", "In June")
    assert [inc.period.start for inc in analyze_text(same_month, published="2024-06-20").incidents] == ["2024-06"]


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Microsoft said Sandworm, a unit of Russia's GRU, launched the ransomware attacks on logistics firms in Poland, "
         "which demanded a ransom but were designed to destroy data.", "sabotage"),
        ("The FBI said hackers working for Iran's MOIS hit the hospital with ransomware that was intended to cause chaos rather than to make money.", "disruption"),
    ],
)
def test_extract_units_what_the_operation_was_meant_to_do_outweighs_its_ransom_note(text, activity):
    report = analyze_text(text, published="2024-06-20")
    assert [inc.activity for inc in report.incidents] == [activity]


def test_extract_units_a_response_that_tells_how_long_the_operation_ran_dates_its_start():
    text = "The US indicted two Iranian IRGC hackers in May 2024, saying the group had used the flaw from 2021 to 2023 against water utilities."
    assert [inc.period.start for inc in analyze_text(text, published="2024-06-20").incidents] == ["2021"]
    text = "Australia summoned the Chinese ambassador in March 2024 and said APT40 had been active in its networks."
    assert [inc.period.start for inc in analyze_text(text, published="2024-06-20").incidents] == [None]


@pytest.mark.parametrize(
    "text, response",
    [
        ("Britain declared two Russian diplomats personae non gratae over the cyberattacks blamed on the GRU.", ("expel_diplomats", "GB", "RU")),
        ("Canada ordered a Chinese diplomat out of the country after hacking by China's Ministry of State Security.", ("expel_diplomats", "CA", "CN")),
        ("Estonia asked a Russian diplomat to leave the country over the cyberattacks, which it blamed on Russia's GRU.", ("expel_diplomats", "EE", "RU")),
    ],
)
def test_extract_units_one_diplomat_or_several_personae_non_gratae_are_expelled(text, response):
    report = analyze_text(text, published="2024-05-01")
    assert response in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "text, response",
    [
        ("The Commerce Department added six Chinese companies to the Entity List on Tuesday, saying they had supported hackers of "
         "China's Ministry of State Security.", ("sanctions", "US", "CN")),
        ("The Commerce Department on Monday put four Russian technology companies on the Entity List, saying they had built hacking "
         "tools for the FSB.", ("sanctions", "US", "RU")),
        ("OFAC placed two Iranian hackers of the Revolutionary Guards on the Specially Designated Nationals list for attacks on water "
         "utilities.", ("sanctions", "US", "IR")),
    ],
)
def test_extract_units_a_listing_on_the_entity_list_is_a_sanction(text, response):
    report = analyze_text(text, published="2024-05-01")
    assert response in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "text, response",
    [
        ("Britain's NCSC issued an alert on Thursday warning that hackers of Russia's SVR were exploiting flaws in VPN servers.", ("advisory", "GB", "RU")),
        ("Canada's Cyber Centre put out a bulletin warning that Russia's SVR was targeting vaccine research.", ("advisory", "CA", "RU")),
        ("The FBI released a new alert on North Korean hackers of the Lazarus Group stealing cryptocurrency.", ("advisory", "US", "KP")),
    ],
)
def test_extract_units_an_alert_or_bulletin_published_is_an_advisory(text, response):
    report = analyze_text(text, published="2024-05-01")
    assert response in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "text, response",
    [
        ("The FBI warned that Chinese hackers were targeting routers, and said the activity would not go unpunished.", ("condemnation", "US", "CN")),
        ("Poland's prime minister said the hacking of the railways by Russia's GRU will not go unpunished.", ("condemnation", "PL", "RU")),
        ("Estonia said the cyber attacks by Russia's GRU shall not go unpunished.", ("condemnation", "EE", "RU")),
    ],
)
def test_extract_units_an_attack_that_will_not_go_unpunished_is_condemned(text, response):
    report = analyze_text(text, published="2024-05-01")
    assert response in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "text, by",
    [
        ("SentinelOne tied the intrusion to a North Korean state group, and Mandiant, which is helping one victim, attributed it to APT43.", "Mandiant"),
        ("Microsoft said Iranian hackers broke into the server, and Google, whose analysts also studied the malware, attributed the "
         "operation to APT35.", "Google"),
        ("Researchers at ESET found the wiper, and CERT-UA, which responded to the attack, said Sandworm had planted it.", "UA"),
    ],
)
def test_extract_units_a_speaker_is_followed_by_its_relative_clause(text, by):
    report = analyze_text(text, published="2024-05-01")
    assert by in {a.by for inc in report.incidents for a in inc.attributions}


def test_extract_units_a_state_feared_to_act_is_not_accused():
    from aptrace.extract.pipeline import Pipeline

    text = (
        "Russian military hackers attacked power grids in 2022, US officials said.\n\n"
        "Governments in Belgium, France and Italy, which all hold elections this year, have warned of possible attempts by "
        "Russian hackers to interfere in their campaigns."
    )
    doc = Pipeline().run(Doc.from_input(InputDocument(id="t", text=text, published="2025-05-03")))
    assert doc.clauses[-1].speakers == ["BE", "FR", "IT"]
    assert doc.clauses[-1].accused == []


def test_extract_units_a_states_services_behind_an_attack_are_its_organs():
    for text, by, state in (
        ("Poland's digital minister Krzysztof Gawkowski said Russian services were behind the attack on the news agency.", "PL", "RU"),
        ("Czech officials said Chinese services were likely responsible for the intrusion into the ministry.", "CZ", "CN"),
    ):
        report = analyze_text(text, published="2024-05-01")
        assert (by, state) in {(a.by, a.state) for inc in report.incidents for a in inc.attributions}
    # services that are only a country's online services
    report = analyze_text("Ukrainian hackers said Russian services were knocked offline by their attack, according to Ukraine's defence ministry.",
                          published="2024-05-01")
    assert "RU" not in {a.state for inc in report.incidents for a in inc.attributions}


@pytest.mark.parametrize(
    "text, attribution",
    [
        ("Washington placed responsibility for the hack squarely on North Korea.", ("US", "KP")),
        ("The British government laid responsibility for the cyberattacks at the door of Russia's GRU.", ("GB", "RU")),
        ("Seoul put the responsibility for the attack on its banks on North Korea's Reconnaissance General Bureau.", ("KR", "KP")),
        ("Japan's police assigned responsibility for the theft to North Korea's Lazarus Group.", ("JP", "KP")),
    ],
)
def test_extract_units_responsibility_placed_on_a_state_attributes(text, attribution):
    report = analyze_text(text, published="2024-05-01")
    assert attribution in {(a.by, a.state) for inc in report.incidents for a in inc.attributions}


@pytest.mark.parametrize(
    "text, attribution",
    [
        ("APT28 hacked the German parliament in 2015. In May, Germany said the same group had for years targeted its political parties.",
         ("DE", "APT28")),
        ("Microsoft named the group Mint Sandstorm last year. On Friday, Britain said the group has since 2020 attacked British universities.",
         ("GB", "Mint Sandstorm")),
    ],
)
def test_extract_units_a_group_that_had_for_years_acted_is_attributed(text, attribution):
    report = analyze_text(text, published="2024-05-01")
    assert attribution in {(a.by, a.actor) for inc in report.incidents for a in inc.attributions}


def test_extract_units_the_owner_of_a_denied_accusation_attributes():
    for text in (
        "Moscow's embassy called the British accusations that Russia's GRU hacked the OPCW unfounded.",
        "Moscow called the British accusation that its GRU hacked the OPCW \"a fantasy\".",
    ):
        report = analyze_text(text, published="2024-05-01")
        assert ("GB", "RU") in {(a.by, a.state) for inc in report.incidents for a in inc.attributions}
    # the accused still denies
    report = analyze_text("Moscow's embassy called the British accusations that Russia's GRU hacked the OPCW unfounded.", published="2024-05-01")
    assert ["RU"] == [d.by for inc in report.incidents for d in inc.denials]


@pytest.mark.parametrize(
    "text, response",
    [
        ("The Justice Department said the FBI had neutralised a botnet of thousands of routers that Russia's GRU used for espionage.",
         ("takedown", "US", "RU")),
        ("Europol said police had neutralized the servers of the Sandworm group, which works for Russia's GRU.", ("takedown", "EU", "RU")),
        ("The FBI obtained a court order to dismantle the botnet that Russia's GRU used to hide its attacks.", ("takedown", "US", "RU")),
    ],
)
def test_extract_units_infrastructure_neutralised_is_taken_down(text, response):
    report = analyze_text(text, published="2024-05-01")
    assert response in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "text, response",
    [
        ("The Czech government demanded that China put an end to the hacking by its Ministry of State Security.", ("condemnation", "CZ", "CN")),
        ("Lithuania demanded that Russia immediately stop the cyberattacks by the GRU on its state institutions.", ("condemnation", "LT", "RU")),
        ("The German foreign ministry demands Beijing cease the espionage by China's Ministry of State Security against German firms.",
         ("condemnation", "DE", "CN")),
    ],
)
def test_extract_units_a_demand_to_stop_is_a_condemnation(text, response):
    report = analyze_text(text, published="2024-05-01")
    assert response in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


def test_extract_units_a_city_or_state_based_body_without_a_sector_is_a_victim():
    # "the Sao Paulo-based meat processor", "a US-based issuer of certificates": the seat gives the victim's state
    [inc] = analyze_text("The REvil gang breached the Sao Paulo-based meat processor JBS last week.", published="2024-05-01").incidents
    assert {v.country for v in inc.victims} == {"BR"}
    [inc] = analyze_text("APT28 targeted a Munich-based consultancy.", published="2024-05-01").incidents
    assert {v.country for v in inc.victims} == {"DE"}


def test_extract_units_a_states_minister_or_envoy_hacked_gives_the_state():
    # "Oman's minister responsible for foreign affairs", "Germany's ambassador": the state's own people (not "Britain's foreign secretary said")
    [inc] = analyze_text(
        "DarkMatter hacked the phones of the emir of Qatar and Oman's minister responsible for foreign affairs.", published="2024-05-01"
    ).incidents
    assert "OM" in {v.country for v in inc.victims}
    [inc] = analyze_text("APT29 targeted embassies, Britain's foreign secretary said on Tuesday.", published="2024-05-01").incidents
    assert ("GB", None) not in {(v.country, v.sector) for v in inc.victims}


def test_extract_units_where_an_envoy_is_posted_is_no_victim():
    # "Germany's ambassador to Moscow": Germany's envoy was hit, not Russia
    [inc] = analyze_text("APT29 targeted Germany's ambassador to Moscow.", published="2024-05-01").incidents
    assert {v.country for v in inc.victims} == {"DE"}


def test_extract_units_a_hit_the_text_denies_names_no_victim():
    for text, sectors in (
        ("APT29 breached the Dutch police in 2024. There is no evidence that the hackers targeted Dutch hospitals, the NCSC said.", {"government"}),
        ("APT41 compromised a US state government in 2021. The agency said its election systems were never compromised.", {"government"}),
        ("Sandworm hit Ukrainian power companies in 2016. Officials said the group did not target water utilities.", {"energy"}),
        # (but "not only ... but also" hits both)
        ("APT28 not only targeted the German parliament but also broke into ministries in 2015.", {"legislature", "government"}),
    ):
        report = analyze_text(text, published="2024-06-01")
        assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == sectors


def test_extract_units_a_victim_the_text_says_was_not_hit_is_none():
    for text, sectors in (
        ("APT33 hacked Saudi ministries in 2017. Hospitals in Riyadh were not breached, officials said.", {"government"}),
        ("APT33 hacked Saudi ministries in 2017. The authority said its airport operations had not been affected.", {"government"}),
        ("APT33 hacked Saudi ministries in 2017. Hospitals in Riyadh were also breached, officials said.", {"government", "healthcare"}),
    ):
        report = analyze_text(text, published="2024-06-01")
        assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == sectors


def test_extract_units_whom_a_hotel_hosts_is_not_hit():
    report = analyze_text("DarkHotel hacked luxury hotels in Asia that host government and business travellers.", published="2024-06-01")
    assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == set()
    report = analyze_text("APT28 hacked a hotel chain in Europe and the embassies of France.", published="2024-06-01")
    assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == {"government"}


def test_extract_units_a_company_listed_among_the_targets_is_a_victim():
    for text in (
        "Anonymous Sudan hit targets including Microsoft, whose Outlook and Azure services suffered outages in June 2023.",
        "APT29's victims included Microsoft and several US agencies, the CISA said.",
    ):
        report = analyze_text(text, published="2024-06-01")
        assert "technology" in {v.sector for inc in report.incidents for v in inc.victims}
    # (but not the companies that speak)
    report = analyze_text("Security firms, including Microsoft and Google, said APT29 had breached US agencies.", published="2024-06-01")
    assert "technology" not in {v.sector for inc in report.incidents for v in inc.victims}


def test_extract_units_a_parliament_so_badly_compromised_is_its_states_legislature():
    report = analyze_text(
        "Belgium blamed APT28 in 2016. Last May the Bundestag's internal network was so badly compromised by APT28 that it had to be rebuilt.",
        published="2016-06-01",
    )
    assert {(v.country, v.sector) for inc in report.incidents for v in inc.victims} == {("DE", "legislature")}


def test_extract_units_a_satellite_navigation_company_is_technology():
    for text, sector in (
        ("APT3 broke into the networks of the American satellite-navigation company Trimble in 2016.", "technology"),
        ("APT40 hacked a satellite navigation firm in Australia.", "technology"),
        ("APT40 hacked a satellite maker in Europe.", "aerospace"),
    ):
        report = analyze_text(text, published="2024-06-01")
        assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == {sector}


def test_extract_units_a_software_utility_is_no_power_company():
    report = analyze_text("APT41 compromised the ShadowPad server software and the CCleaner utility in 2017.", published="2024-06-01")
    assert "energy" not in {v.sector for inc in report.incidents for v in inc.victims}
    report = analyze_text("Volt Typhoon breached a water utility and an electric utility in Guam.", published="2024-06-01")
    assert {v.sector for inc in report.incidents for v in inc.victims} == {"water", "energy"}


def test_extract_units_the_topic_of_someones_work_is_no_victim():
    for text in (
        "APT41 broke into universities in the US to steal the work of immunologists and virologists on Covid-19 vaccines.",
        "APT10 stole research of Japanese scientists about nuclear energy from universities in Tokyo.",
    ):
        report = analyze_text(text, published="2024-06-01")
        assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == {"education"}


def test_extract_units_states_that_exchange_cables_are_no_stock_exchange():
    report = analyze_text(
        "Hackers linked to China's PLA gained access for years to the COREU network, through which the EU institutions and member states "
        "exchange diplomatic cables.",
        published="2024-06-01",
    )
    assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == {"government"}
    report = analyze_text("Lazarus hacked two exchanges and a bank in South Korea.", published="2024-06-01")
    assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == {"finance"}


def test_extract_units_whom_an_agency_asks_or_urges_is_not_hit():
    report = analyze_text("APT28 attacked German ministries, and the BSI called on energy companies to raise their defences.", published="2024-06-01")
    assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == {"government"}
    report = analyze_text("CISA urged hospitals to patch after APT41 breached a hospital in Ohio.", published="2024-06-01")
    assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == {"healthcare"}


def test_extract_units_whose_help_the_attackers_had_is_not_hit():
    for text, sectors in (
        ("MoustachedBouncer has spied on foreign embassies in Belarus since 2014, apparently with the help of the country's internet service providers.", {"government"}),
        ("APT-C-23 hacked Israeli soldiers' phones with the assistance of local telecom operators.", {"military"}),
    ):
        report = analyze_text(text, published="2024-06-01")
        assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == sectors


def test_extract_units_a_ransom_payment_is_no_finance_victim():
    report = analyze_text("Andariel attacked hospitals in the US and demanded a ransom payment in bitcoin.", published="2024-06-01")
    assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == {"healthcare"}
    report = analyze_text("Lazarus breached the payment systems of a bank in Chile.", published="2024-06-01")
    assert {v.sector for inc in report.incidents for v in inc.victims if v.sector} == {"finance"}


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The Justice Department charged two Chinese nationals on Tuesday. In March 2021, the indictment alleges, APT27 broke into servers of US technology firms.", "2021-03"),
        ("In June 2023, the advisory says, Volt Typhoon hackers working for China broke into the networks of a port in Guam.", "2023-06"),
        ("In May 2024 the US indicted two officers of Iran's IRGC over attacks on water utilities.", None),
    ],
)
def test_extract_units_a_response_quoted_as_the_source_leaves_the_date_to_the_operation(text, start):
    assert [inc.period.start for inc in analyze_text(text, published="2024-06-20").incidents] == [start]


def test_extract_units_a_site_unreachable_on_a_day_dates_the_flood_and_is_disruption():
    text = "Killnet, a pro-Russian group, said it had flooded the ministry's site with junk traffic. The site was unreachable for several hours on Wednesday afternoon."
    assert [inc.period.start for inc in analyze_text(text, published="2024-06-20").incidents] == ["2024-06-19"]
    text = "NoName057(16) claimed the attacks on Danish bank websites. The sites were inaccessible from 3 March until the evening."
    assert [(inc.activity, inc.period.start) for inc in analyze_text(text, published="2024-06-20").incidents] == [("disruption", "2024-03-03")]


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("NoName057(16), a pro-Russian group, flooded Danish ministry websites with junk traffic, as officials warned of a raised threat of sabotage.", "disruption"),
        ("Officials said Volt Typhoon, which works for China, broke into the water utility, and warned of the risk of destructive attacks.", "unknown"),
    ],
)
def test_extract_units_a_threat_of_sabotage_is_not_sabotage_done(text, activity):
    assert [inc.activity for inc in analyze_text(text, published="2024-06-20").incidents] == [activity]


@pytest.mark.parametrize(
    ("text", "value", "role"),
    [
        ("The attack ran between 14 and 17 July, officials said.", "2023-07-14", "between"),
        ("The attacks were carried out from 19 to 25 November 2023 from 33 countries.", "2023-11-19", "from"),
        ("The hack took place on 3-5 March.", "2024-03-03", "point"),
    ],
)
def test_extract_units_a_range_of_days_in_one_month_starts_on_its_first(text, value, role):
    doc = _doc(text, published="2024-05-15")
    assert [(d.value, d.role) for d in doc.dates] == [(value, role)]


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("APT33, which works for Iran, sent spear-phishing emails to aviation firms and installed a dropper linked to a destructive wiper, "
         "though researchers saw no wiping.", "espionage"),
        ("Sandworm, a GRU unit, wiped the servers of the broadcaster, but investigators found no evidence that data was stolen.", "sabotage"),
    ],
)
def test_extract_units_what_the_sentence_says_was_not_seen_weighs_nothing(text, activity):
    assert [inc.activity for inc in analyze_text(text, published="2024-06-20").incidents] == [activity]


def test_extract_units_a_day_in_brackets_after_a_spoken_weekday_dates_the_words():
    text = "The coordinating minister said on Friday evening (July 18) that UNC3886, a group linked to China, was attacking critical infrastructure."
    assert [inc.period.start for inc in analyze_text(text, published="2025-07-19").incidents] == [None]
    text = "Hackers working for Iran's IRGC broke into the water utility on Sunday (June 1), officials said."
    assert [inc.period.start for inc in analyze_text(text, published="2025-07-19").incidents] == ["2025-06-01"]


def test_extract_units_when_someone_played_down_the_hack_is_no_date_of_it():
    text = (
        "US agencies said the SolarWinds hack was likely the work of Russia's SVR. "
        "The statement goes further than the president, who last month played down the hack and suggested China might be responsible."
    )
    assert [inc.period.start for inc in analyze_text(text, published="2021-01-05").incidents] == [None]


def test_extract_units_a_said_tag_closing_a_clause_and_a_when_clause_of_a_response():
    text = (
        "Hackers working for China's MSS broke into the Postal Service's networks. The intrusion was discovered in mid-September, "
        "the agency said, and the FBI has since taken over the inquiry. Relations have been strained since May, when a grand jury "
        "indicted five officers of the PLA."
    )
    assert [inc.period.start for inc in analyze_text(text, published="2014-11-10").incidents] == ["2014-09"]


def test_extract_units_a_line_that_is_only_the_publication_date_dates_the_release():
    text = (
        "Agencies warn of China-linked BlackTech hackers in router firmware\n\n"
        "Joint release — National Security Agency, Federal Bureau of Investigation\nSeptember 27, 2023\n\n"
        "Today the NSA and the FBI released a joint advisory on BlackTech, a cyber actor linked to the People's Republic of China."
    )
    assert [inc.period.start for inc in analyze_text(text, published="2023-09-27").incidents] == [None]


def test_extract_units_an_aside_about_when_before_the_speaker_still_dates_the_words():
    text = (
        "On 6 September, three weeks before the federal election, the German Foreign Office said it had observed phishing emails "
        "sent to lawmakers by Ghostwriter, a group tied to Russia's GRU."
    )
    assert [inc.period.start for inc in analyze_text(text, published="2024-09-25").incidents] == [None]
    text = "In March 2024, two days after the vote, hackers of Russia's GRU broke into the election commission, officials said."
    assert [inc.period.start for inc in analyze_text(text, published="2024-09-25").incidents] == ["2024-03"]


@pytest.mark.parametrize(
    "text, by",
    [
        ("Britain's NCSC said Turla, a group tied to Russia's FSB, had taken over the servers of OilRig, an Iranian group. Officials said "
         "at the time that victims who found the Iranian tools on their networks could easily have blamed Tehran.", "GB"),
        ("The NSA said Turla, a group tied to Russia's FSB, had hijacked Iranian hacking tools. Investigators who found them would have "
         "accused Iran of the attacks, the agency said.", "US"),
    ],
)
def test_extract_units_a_blame_that_could_have_been_made_attributes_nothing(text, by):
    report = analyze_text(text, published="2024-05-01")
    attributions = {(a.by, a.state) for inc in report.incidents for a in inc.attributions}
    assert (by, "RU") in attributions and (by, "IR") not in attributions


@pytest.mark.parametrize(
    "text, by, actor",
    [
        ("Britain's NCSC and the US NSA published a joint advisory on Turla, a group widely reported to be associated with Russia.", "GB", "Turla"),
        ("Microsoft said it had disrupted Star Blizzard, a group widely thought to work for Russia's FSB.", "Microsoft", "Star Blizzard"),
        ("Google said APT41, a crew generally understood to be tied to China, had hacked six state governments.", "Google", "APT41"),
    ],
)
def test_extract_units_a_tie_widely_reported_is_not_the_speakers(text, by, actor):
    report = analyze_text(text, published="2024-05-01")
    assert (by, actor, None) in {(a.by, a.actor, a.state) for inc in report.incidents for a in inc.attributions}


@pytest.mark.parametrize(
    "text, attribution",
    [
        ("North Korean hackers hit banks in Bangladesh in 2016. On October 2 the FBI issued a joint alert saying that the North Korean "
         "government, which the alert calls HIDDEN COBRA, had been emptying bank ATMs in Asia since 2016.", ("US", "HIDDEN COBRA", "KP")),
        ("The FBI said APT38 had been robbing banks in Asia and Africa since 2016.", ("US", "APT38", None)),
        ("Officials in Seoul said the Lazarus Group had been draining cryptocurrency exchanges for years.", ("KR", "Lazarus Group", None)),
    ],
)
def test_extract_units_thefts_in_progress_and_a_named_aside_state_the_act(text, attribution):
    report = analyze_text(text, published="2024-05-01")
    assert attribution in {(a.by, a.actor, a.state) for inc in report.incidents for a in inc.attributions}


def test_extract_units_sanctions_that_are_a_lures_topic_are_no_response():
    for text in (
        "Israel's cyber directorate said the Chinese group Twisted Panda sent phishing emails that posed as messages from Russia's "
        "Ministry of Health about Western sanctions on Russian companies.",
        "Germany's BSI said APT29 sent diplomats documents on EU sanctions policy laced with malware.",
    ):
        report = analyze_text(text, published="2024-05-01")
        assert [r.type for inc in report.incidents for r in inc.responses] == []
    report = analyze_text("The EU imposed sanctions on three GRU officers over the cyberattacks on Germany's parliament.", published="2024-05-01")
    assert ("sanctions", "EU") in {(r.type, r.by) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "text, parties",
    [
        ("Cybersecurity agencies from eight countries, including Germany, Japan and South Korea, warned in a joint advisory that APT40 "
         "works for China's Ministry of State Security.", {"DE", "JP", "KR"}),
        ("Several allies, including Canada, Australia and New Zealand, said in a statement that Russia's GRU was behind the attack.", {"CA", "AU", "NZ"}),
        ("Ten governments, among them France, Italy and Spain, condemned the hacking by Russia's GRU.", {"FR", "IT", "ES"}),
    ],
)
def test_extract_units_every_state_listed_after_including_speaks(text, parties):
    report = analyze_text(text, published="2024-05-01")
    assert parties <= {a.by for inc in report.incidents for a in inc.attributions}


def test_extract_units_an_alert_issued_by_agencies_is_their_advisory():
    for text, response in (
        ("The alert was issued jointly by the NCSC and Canada's Cyber Centre and names the GRU's Unit 26165 as the culprit.", ("advisory", "CA", "RU")),
        ("A joint alert has been published by the NSA and the FBI on hackers of Russia's GRU.", ("advisory", "US", "RU")),
    ):
        report = analyze_text(text, published="2024-05-01")
        assert response in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}
    # a weather alert is no advisory
    report = analyze_text("An alert was issued for the storm as Russian hackers of the GRU attacked the grid, Ukrainian officials said.", published="2024-05-01")
    assert [r.type for inc in report.incidents for r in inc.responses] == []


@pytest.mark.parametrize(
    "text, response",
    [
        ("Lithuania called its ambassador home from Beijing after the hacking by China's Ministry of State Security.", ("recall_ambassador", "LT", "CN")),
        ("The Netherlands pulled its envoy out of Moscow over the cyberattacks blamed on Russia's GRU.", ("recall_ambassador", "NL", "RU")),
        ("Estonia ordered its ambassador back from Moscow after the cyberattacks by Russia's GRU.", ("recall_ambassador", "EE", "RU")),
    ],
)
def test_extract_units_an_ambassador_called_home_is_recalled(text, response):
    report = analyze_text(text, published="2024-05-01")
    assert response in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "text, response",
    [
        ("The U.S. is offering as much as $10 million for tips on six Iranian officers of the Revolutionary Guards who hacked water utilities.",
         ("reward", "US", "IR")),
        ("The State Department said it would pay up to $10 million for information on the GRU officers of Russia's GRU behind the attacks.",
         ("reward", "US", "RU")),
        ("Washington offered a $5 million payment for information about North Korean hackers of the Reconnaissance General Bureau who robbed banks.",
         ("reward", "US", "KP")),
    ],
)
def test_extract_units_money_offered_or_paid_for_information_is_a_reward(text, response):
    report = analyze_text(text, published="2024-05-01")
    assert response in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's SBU served a notice of suspicion on two officers of Russia's FSB over the cyberattacks.",
        "Ukrainian prosecutors said three hackers of Russia's GRU had been notified in absentia of suspicion over the attack on the power grid.",
        "The SBU handed notices of suspicion to the GRU officers behind the Kyivstar hack, Ukraine's prosecutor general said.",
    ],
)
def test_extract_units_a_notice_of_suspicion_is_a_charge(text):
    report = analyze_text(text, published="2024-05-01")
    assert ("indictment", "UA", "RU") in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "text, response",
    [
        ("Two Chinese diplomats were ordered to leave Canada after the hacking by China's Ministry of State Security.", ("expel_diplomats", "CA", "CN")),
        ("Three Russian diplomats were given 72 hours to leave Poland over the cyberattacks by Russia's GRU.", ("expel_diplomats", "PL", "RU")),
        ("The Iranian ambassador was told to leave Albania after the cyberattack on its government by Iran's Ministry of Intelligence.",
         ("expel_diplomats", "AL", "IR")),
    ],
)
def test_extract_units_diplomats_told_to_leave_a_state_are_expelled_by_it(text, response):
    report = analyze_text(text, published="2024-05-01")
    assert response in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "text, state",
    [
        ("Researchers say it is the Rwandan authorities, longtime customers of the vendor, who are at the origin of these intrusions into the phones of exiled dissidents.", "RW"),
        ("According to the investigators, the Vietnamese authorities were at the origin of the hacking campaign against bloggers in 2021.", "VN"),
        ("The lab said it was the Saudi authorities that were behind the hacking of the activist's phone in 2018.", "SA"),
    ],
)
def test_extract_units_authorities_at_the_origin_of_attacks_sponsor_them(text, state):
    report = analyze_text(text, published="2024-05-01")
    assert state in {s.state for inc in report.incidents for s in inc.sponsors}


def test_extract_units_authorities_at_the_origin_of_a_law_sponsor_nothing():
    report = analyze_text("The Egyptian authorities are at the origin of a new law on cybercrime, officials said.", published="2024-05-01")
    assert not report.incidents


@pytest.mark.parametrize(
    "text, state",
    [
        ('Pakistan\'s army announced that "Indian intelligence agencies" had hacked the phones of senior officers.', "IN"),
        ('Seoul\'s spy agency said "North Korean hackers" had stolen data from a defence contractor.', "KP"),
        ('Kyiv said "Russian special services" had attempted to breach the servers of its election commission.', "RU"),
    ],
)
def test_extract_units_a_quoted_state_organ_that_acted_is_accused(text, state):
    report = analyze_text(text, published="2024-05-01")
    assert state in {a.state for inc in report.incidents for a in inc.attributions}


@pytest.mark.parametrize(
    "text, state",
    [
        ('A Russian foreign ministry spokeswoman said the report was "baseless". In 2019 a Swedish newspaper reported that the federation\'s e-mails '
         "had been stolen for months and quoted investigators who said Russia was responsible for the hack.", "RU"),
        ("Iran's foreign ministry dismissed the claims as lies. Last year the local daily reported that the port's computers had been wiped "
         "and cited sources who said Iran was behind the attack.", "IR"),
        ("China's embassy called the allegations groundless. An earlier magazine investigation found that the union's network had been breached "
         "and quoted experts who said China was likely behind the intrusion.", "CN"),
    ],
)
def test_extract_units_a_state_carried_over_as_speaker_is_accused_when_said_to_be_behind(text, state):
    report = analyze_text(text, published="2024-05-01")
    assert state in {s.state for inc in report.incidents for s in inc.sponsors}


def test_extract_units_a_state_not_behind_stays_unaccused():
    report = analyze_text("China's foreign ministry said the allegations were groundless. China was not behind the hacking, the spokesman added.", published="2024-05-01")
    assert not report.incidents


@pytest.mark.parametrize(
    "text, state",
    [
        ("The British army took Islamic State propaganda servers offline last year, officials said.", "GB"),
        ("Russian military hackers cut off internet access to thousands of Ukrainian satellite modems in February 2022, officials said.", "RU"),
        ("Israeli military hackers knocked the militants' command servers offline in May, officials said.", "IL"),
    ],
)
def test_extract_units_a_state_that_knocked_a_target_offline_acted(text, state):
    report = analyze_text(text, published="2024-05-01")
    assert state in {s.state for inc in report.incidents for s in inc.sponsors}


@pytest.mark.parametrize(
    "text, state",
    [
        ("Tanzania. The newspaper reported that officers of the Tanzanian police's cyber unit, with technical help from a foreign vendor, "
         "had broken into the phones of opposition leaders in 2020.", "TZ"),
        ("Ethiopia. Researchers said that agents of the Ethiopian intelligence service, aided by a European contractor, had hacked the laptops "
         "of exiled journalists in 2017.", "ET"),
    ],
)
def test_extract_units_a_state_organ_with_a_helper_aside_acted(text, state):
    report = analyze_text(text, published="2024-05-01")
    assert state in {s.state for inc in report.incidents for s in inc.sponsors}


def test_extract_units_a_police_arrest_with_a_helper_aside_is_no_operation():
    text = "Ghana. The newspaper reported that officers of the Ghanaian police, with help from the public, had arrested two fraudsters in 2020."
    assert not analyze_text(text, published="2024-05-01").incidents


@pytest.mark.parametrize(
    "text, state",
    [
        ('The report pointed to the "likely involvement" of the Iranian government in the attacks on the water utilities.', "IR"),
        ('Two rapporteurs said the evidence suggested the "possible involvement" of the Qatari emir in the hacking of the journalist\'s phone.', "QA"),
        ('Lawyers for the activist cited the "probable complicity" of Rwanda\'s president in the surveillance of exiled critics.', "RW"),
    ],
)
def test_extract_units_the_quoted_involvement_of_a_state_in_an_operation_accuses_it(text, state):
    report = analyze_text(text, published="2024-05-01")
    assert state in {s.state for inc in report.incidents for s in inc.sponsors}


def test_extract_units_the_involvement_of_a_state_in_a_market_accuses_nobody():
    text = 'The minister rejected the "alleged involvement" of Chinese firms in the country\'s telecoms market.'
    assert not analyze_text(text, published="2024-05-01").incidents


@pytest.mark.parametrize(
    "text",
    [
        "Investigators said the attack on Slovakia's land registry pointed to Ukraine.\n\n"
        "Ukraine's own state registers, run by its Justice Ministry, were knocked offline in December; Ukrainian officials blamed Russia.",
        "Lithuania said the hack of its ministries was the work of Belarus.\n\n"
        "Belarus's railway ticketing systems had been hit by a cyberattack in January; Minsk blamed Polish intelligence.",
        "Hungary blamed Serbia for the intrusion into its tax office.\n\n"
        "Serbian government servers were also disrupted last spring; Belgrade accused Croatia.",
    ],
)
def test_extract_units_an_accused_states_own_systems_hit_are_not_its_hand(text):
    from aptrace.extract.pipeline import Pipeline

    doc = Pipeline().run(Doc.from_input(InputDocument(id="t", text=text, published="2025-05-03")))
    hit = next(c for c in doc.clauses if doc.sentences[c.index].paragraph == 1)
    assert hit.accused == []


@pytest.mark.parametrize(
    "text, state, victim, start",
    [
        ("Seoul accused North Korea of jamming GPS signals near the border.\n\n"
         "Government websites were paralysed by a wave of attacks in July 2009. South Korean intelligence later blamed China.", "CN", "KR", "2009-07"),
        ("Albania said Iran was behind the attack on its border systems.\n\n"
         "In a separate case, Montenegro's government servers were encrypted last August. Officials in Podgorica blamed Russian hackers.", "RU", "ME", "2024-08"),
        ("Estonia accused Russia of jamming flights over the Baltic.\n\n"
         "Separately, the servers of Moldova's customs service were wiped in March 2024; Chisinau blamed Belarus.", "BY", "MD", "2024-03"),
    ],
)
def test_extract_units_an_operation_told_before_its_blame_on_a_new_state_is_that_states(text, state, victim, start):
    report = analyze_text(text, published="2025-01-10")
    inc = next(i for i in report.incidents if {s.state for s in i.sponsors} == {state})
    assert victim in {v.country for v in inc.victims} and inc.period.start == start


@pytest.mark.parametrize(
    "text, attribution",
    [
        ("The State Department said it was concerned by the Romanian government's report of Russian involvement in the cyberattacks.", ("RO", "RU")),
        ("Washington welcomed the Polish authorities' claims that Russia's GRU was behind the hack of the railway.", ("PL", "RU")),
        ("Paris backed the Czech government's statement that China was responsible for the hacking of its foreign ministry.", ("CZ", "CN")),
    ],
)
def test_extract_units_a_governments_report_of_hacking_is_its_attribution(text, attribution):
    report = analyze_text(text, published="2024-05-01")
    assert attribution in {(a.by, a.state) for inc in report.incidents for a in inc.attributions}


@pytest.mark.parametrize(
    "text, response",
    [
        ("Russia's GRU hacked the ministry, the US said. One of the officers was arrested at a hotel in Barcelona last month.", ("arrest", "ES", "RU")),
        ("Prosecutors in Washington charged a North Korean hacker of Lazarus, who was detained at Frankfurt airport in May.", ("arrest", "DE", "KP")),
        ("The FBI charged two Iranian hackers of APT33. They were apprehended in Dubai on Tuesday.", ("arrest", "AE", "IR")),
    ],
)
def test_extract_units_the_city_of_an_arrest_names_the_state_that_arrests(text, response):
    report = analyze_text(text, published="2024-05-01")
    assert response in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "text, attribution",
    [
        ("Chinese state hackers breached the Czech foreign ministry, Microsoft said. Beijing's embassy in Prague rejected the Czech accusations as groundless.",
         ("CZ", "CN")),
        ("APT31 hacked the Czech foreign ministry. China rejected the Czech accusations as groundless.", ("CZ", "CN")),
        ("North Korean hackers stole the funds. Pyongyang denied Washington's accusations.", ("US", "KP")),
    ],
)
def test_extract_units_the_owner_of_accusations_a_state_denies_accused_it(text, attribution):
    report = analyze_text(text, published="2024-05-01")
    assert attribution in {(a.by, a.state) for inc in report.incidents for a in inc.attributions}


@pytest.mark.parametrize(
    "text, response",
    [
        ("Rewards for Justice offered up to $10 million for information on hackers of Iran's IRGC.", ("reward", "US", "IR")),
        ("Rewards for Justice offers up to $10 million for information on the Iranian hackers of APT33.", ("reward", "US", "IR")),
        ("Rewards for Justice offered a bounty of $5 million for information on Sandworm, a unit of Russia's GRU.", ("reward", "US", "RU")),
    ],
)
def test_extract_units_rewards_for_justice_offers_for_the_united_states(text, response):
    report = analyze_text(text, published="2024-05-01")
    assert response in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "text, response",
    [
        ("Two Chinese nationals were charged in Texas on Tuesday with hacking for China's Ministry of State Security.", ("indictment", "US", "CN")),
        ("Two Iranian hackers of APT33 were charged on Thursday in New York.", ("indictment", "US", "IR")),
        ("Five Russian hackers were charged in London over attacks for the GRU.", ("indictment", "GB", "RU")),
    ],
)
def test_extract_units_the_place_of_a_charge_names_the_state_that_charges(text, response):
    report = analyze_text(text, published="2024-05-01")
    assert response in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "text, by",
    [
        ("Poland said its railways were attacked. The authorities and ESET blamed the attack on Sandworm, a unit of Russia's GRU.", "PL"),
        ("The Czech government said its ministry was breached. The government and Mandiant attributed the intrusion to APT31, a Chinese group.", "CZ"),
        ("Germany's foreign ministry said it was targeted. The ministry and Google's researchers tied the phishing to APT29, a group of Russia's SVR.", "DE"),
    ],
)
def test_extract_units_the_government_and_a_company_both_attribute(text, by):
    report = analyze_text(text, published="2024-05-01")
    assert by in {a.by for inc in report.incidents for a in inc.attributions}


@pytest.mark.parametrize(
    "text, by",
    [
        ("Germany blamed China. A report from Mandiant, which found that APT31 was behind the attack, was published on Monday.", "Mandiant"),
        ("Britain condemned Russia. A joint advisory by the NCSC and the NSA, which attributed the campaign to APT28, a unit of Russia's GRU, was released.", "US"),
        ("Poland blamed Russia. The statement by the EU, which said APT28 of Russia's GRU hacked the ministry, followed.", "EU"),
    ],
)
def test_extract_units_the_authors_of_a_document_which_said_speak(text, by):
    report = analyze_text(text, published="2024-05-01")
    assert by in {a.by for inc in report.incidents for a in inc.attributions if a.actor}


@pytest.mark.parametrize(
    "text, attribution",
    [
        ("Hackers broke into the Vietnamese energy ministry last year. Check Point said the operators are likely a Chinese state-backed group.", ("Check Point", "CN")),
        ("Hackers broke into the Vietnamese energy ministry last year. Mandiant said the culprits were Russian state-sponsored hackers.", ("Mandiant", "RU")),
        ("Hackers broke into the Polish finance ministry last year. Microsoft said the actors working for Iran had carried it out.", ("Microsoft", "IR")),
    ],
)
def test_extract_units_the_operators_are_a_state_backed_group(text, attribution):
    report = analyze_text(text, published="2024-05-01")
    assert attribution in {(a.by, a.state) for inc in report.incidents for a in inc.attributions}


def test_extract_units_the_operators_unknown_is_no_attribution():
    report = analyze_text("Hackers broke into the Vietnamese energy ministry. Microsoft said the operators of the botnet were unknown.", published="2024-05-01")
    assert not [a for inc in report.incidents for a in inc.attributions]


@pytest.mark.parametrize(
    "text, response",
    [
        ("Chinese hackers of APT41 stole source code, the Justice Department said. A court order also let the FBI seize hundreds of accounts, servers and domain names the group used.", ("takedown", "US", "CN")),
        ("Russian hackers of APT28 broke into routers, the Justice Department said. A warrant allowed agents to seize the servers of the botnet.", ("takedown", "US", "RU")),
        ("North Korean hackers of Lazarus stole crypto, the FBI said. The bureau moved to seize the domains the group used.", ("takedown", "US", "KP")),
    ],
)
def test_extract_units_an_order_lets_agents_seize_servers(text, response):
    report = analyze_text(text, published="2024-05-01")
    assert response in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


def test_extract_units_hackers_seizing_a_mail_server_is_no_takedown():
    report = analyze_text("North Korean hackers of Lazarus stole crypto, the FBI said. The hackers used a flaw to seize the mail server of the bank.", published="2024-05-01")
    assert not [r for inc in report.incidents for r in inc.responses if r.type == "takedown"]


@pytest.mark.parametrize(
    "text",
    [
        "Accenture published research on Lyceum, a group that most researchers believe works for Iran's government. Lyceum went after telecoms in Israel.",
        "Mandiant published research on APT99, a group that many security researchers link to Iran. APT99 went after telecoms in Israel.",
        "Recorded Future said RedNova, a crew that several independent analysts tie to China, hacked ports in Kenya.",
    ],
)
def test_extract_units_a_tie_most_researchers_make_is_not_the_speakers(text):
    report = analyze_text(text, published="2024-05-01")
    assert not [a for inc in report.incidents for a in inc.attributions if a.state]


@pytest.mark.parametrize(
    "text, attribution",
    [
        ("Saudi Arabia hacked the phones of a dissident in London. His case relies on findings by the Citizen Lab at the University of Toronto, whose researchers say the infections were the work of an operator they link to the Saudi government.", ("Citizen Lab", "SA")),
        ("Hackers broke into the Polish finance ministry in May. The breach was first spotted by Mandiant, whose analysts concluded that APT29 of Russia's SVR had carried it out.", ("Mandiant", "RU")),
        ("Hackers broke into the Polish finance ministry in May. The report came from Microsoft, whose threat intelligence team found that the operators worked for Iran's government.", ("Microsoft", "IR")),
    ],
)
def test_extract_units_a_party_whose_researchers_say_speaks(text, attribution):
    report = analyze_text(text, published="2024-05-01")
    assert attribution in {(a.by, a.state) for inc in report.incidents for a in inc.attributions}


@pytest.mark.parametrize(
    "text, by",
    [
        ("In February 2024, ASD joined the United States and other partners in warning that PRC state-sponsored actors known as Volt Typhoon had compromised critical infrastructure.", "US"),
        ("Britain's NCSC joined the FBI, the NSA and Canada's CSE in publishing an advisory that said APT29, part of Russia's SVR, had targeted vaccine research.", "CA"),
        ("Japan joined Australia and New Zealand in naming APT40 of China's MSS as the culprit behind the intrusions.", "NZ"),
    ],
)
def test_extract_units_who_joined_others_in_warning_shares_the_attribution(text, by):
    report = analyze_text(text, published="2024-05-01")
    atts = {(a.by, a.state) for inc in report.incidents for a in inc.attributions}
    assert by in {b for b, _ in atts} and not any(b in ("CN", "RU") for b, _ in atts)


@pytest.mark.parametrize(
    "text, attribution",
    [
        ("Over the past months, ESET researchers have been following a cyberespionage group that we have named BackdoorDiplomacy. The group has compromised foreign ministries in Africa.", ("ESET", "BackdoorDiplomacy")),
        ("Recently, Proofpoint analysts observed phishing by a group which we track as TA999. The group has compromised foreign ministries in Africa.", ("Proofpoint", "TA999")),
        ("During the past year, Kaspersky researchers uncovered a campaign by a group that we call ShadowPad Nine. The group has compromised foreign ministries in Africa.", ("Kaspersky", "ShadowPad Nine")),
    ],
)
def test_extract_units_a_vendor_names_the_group_in_its_own_voice(text, attribution):
    report = analyze_text(text, published="2024-05-01")
    assert attribution in {(a.by, a.actor) for inc in report.incidents for a in inc.attributions}


def test_extract_units_unnamed_researchers_naming_a_group_attribute_nothing():
    report = analyze_text("Over the past months, foreign ministries in Africa were hacked. Researchers have been following a group that we have named BackdoorDiplomacy.", published="2024-05-01")
    assert not [a for inc in report.incidents for a in inc.attributions]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("North Korean hackers of Lazarus stole $81 million from Bangladesh Bank. BAE Systems said the Bangladesh malware shared rare code with tools used by Lazarus.", "BAE Systems"),
        ("Chinese hackers of APT41 hacked banks in Vietnam. Mandiant said the Vietnam intrusion bore the hallmarks of APT41.", "Mandiant"),
    ],
)
def test_extract_units_a_place_naming_a_thing_after_said_is_no_speaker(text, speaker):
    report = analyze_text(text, published="2024-05-01")
    assert {a.by for inc in report.incidents for a in inc.attributions} == {speaker}


def test_extract_units_said_a_ministry_still_speaks():
    report = analyze_text("Russian hackers of APT28 broke into the Bundestag, said Germany's foreign ministry.", published="2024-05-01")
    assert "DE" in {a.by for inc in report.incidents for a in inc.attributions}


@pytest.mark.parametrize(
    "text, attribution",
    [
        ("The Council of the EU today decided to impose restrictive measures on two individuals and one body responsible for the cyber-attack against the German parliament. The listed body is the 85th Main Centre for Special Services of the Russian GRU, known under names including APT28 and Fancy Bear.", ("EU", "APT28", "RU")),
        ("Britain today imposed sanctions on one organisation over the hacking of its electoral commission. The sanctioned entity is the Ministry of State Security of China, which runs APT31.", ("GB", "APT31", "CN")),
        ("Australia sanctioned two men and one group over the Medibank breach. The designated persons are officers of Russia's FSB who run the Turla group.", ("AU", "Turla", "RU")),
    ],
)
def test_extract_units_a_sanctions_notice_names_whom_it_lists(text, attribution):
    report = analyze_text(text, published="2024-05-01")
    assert attribution in {(a.by, a.actor, a.state) for inc in report.incidents for a in inc.attributions}


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Iranian state hackers wiped Albanian government servers, the FBI and CISA said in an advisory on Wednesday. NATO allies said they stood with Albania and condemned the attack. The advisory urges defenders to patch their servers.", ("advisory", "NATO", "IR")),
        ("The FBI has neutralised the Snake malware of Russia's FSB, the Justice Department said. Cyber agencies from Britain, Canada and Australia published a joint advisory on Snake. Officials cautioned that the operation disabled only the malware itself.", ("takedown", "GB", "RU")),
        ("Russian hackers of APT28 hijacked routers, the FBI said in a joint alert on Tuesday. Poland's government said it condemned the hacking. The alert lists the addresses of the servers.", ("advisory", "PL", "RU")),
    ],
)
def test_extract_units_a_response_taken_up_again_keeps_its_author(text, wrong):
    report = analyze_text(text, published="2024-05-01")
    assert wrong not in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


def test_extract_units_a_named_party_taking_a_like_response_keeps_it():
    text = "Chinese hackers of APT41 stole source code, the Justice Department said. Britain and Canada condemned the hacking. The operation disabled servers of the group, Canada's police said."
    report = analyze_text(text, published="2024-05-01")
    assert ("takedown", "CA", "CN") in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "text",
    [
        "The EU sanctioned APT28 of Russia's GRU over the Bundestag hack, the Council said. The EU and its member states have repeatedly condemned malicious cyber activities and call on all states to refrain from such behaviour.",
        "Britain sanctioned APT31 of China's MSS over the hack of its electoral commission, the Foreign Office said. Britain condemns all forms of malicious cyber activity.",
        "Canada sanctioned APT40 of China's MSS over the breach, the government said. Canada calls on all states to refrain from malicious cyber operations.",
    ],
)
def test_extract_units_a_standing_policy_is_no_condemnation_of_the_attack(text):
    report = analyze_text(text, published="2024-05-01")
    assert not [r for inc in report.incidents for r in inc.responses if r.type == "condemnation"]


def test_extract_units_condemning_the_attack_still_condemns():
    report = analyze_text("The EU sanctioned APT28 of Russia's GRU over the Bundestag hack, the Council said. The EU condemned the attack on the Bundestag.", published="2024-05-01")
    assert ("condemnation", "EU", "RU") in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "text, attribution",
    [
        ("Iranian state hackers had been inside Albanian networks, the FBI said in an advisory. The prime minister announced that Albania was severing diplomatic relations with Iran, saying an investigation had established that Tehran orchestrated the attack.", ("AL", "IR")),
        ("Russian hackers broke into the parliament's servers, Microsoft said in a report. Berlin also recalled its envoy from Moscow, accusing Russia of being behind the attack.", ("DE", "RU")),
        ("North Korean hackers stole $80 million from the central bank, the FBI said in a report. The minister said Bangladesh would recall its envoy from Pyongyang, blaming North Korea for the heist.", ("BD", "KP")),
    ],
)
def test_extract_units_who_takes_a_response_gives_its_reason(text, attribution):
    report = analyze_text(text, published="2024-05-01")
    assert attribution in {(a.by, a.state) for inc in report.incidents for a in inc.attributions}


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("SOFIA - Killnet knocked Bulgarian ministry websites offline, Bulgaria's prosecutors said. Government officials declined on Monday to speculate about whether any state stood behind the group.", "BG"),
        ("Hackers tried to break into Philippine government servers, the department said. But it could not say whether the Chinese government was behind the attempts.", "PH"),
        ("Hackers tried to break into Czech ministry servers, Czech officials said. The officials would not say publicly if Russia was responsible.", "CZ"),
    ],
)
def test_extract_units_a_question_left_open_attributes_nothing(text, wrong):
    report = analyze_text(text, published="2024-05-01")
    assert wrong not in {a.by for inc in report.incidents for a in inc.attributions}


def test_extract_units_an_open_question_after_the_attribution_leaves_it():
    text = "APT28 hacked the Danish ministry. Denmark's defence ministry said on Monday that Russia was responsible, but declined to say whether it would respond."
    report = analyze_text(text, published="2024-05-01")
    assert ("DK", "RU") in {(a.by, a.state) for inc in report.incidents for a in inc.attributions}


@pytest.mark.parametrize(
    "text, response",
    [
        ("KYIV - The Government Computer Emergency Response Team of Ukraine (CERT-UA) has warned of a mass phishing campaign by UNC1151, whose members are officers of Belarus's Ministry of Defence.", ("advisory", "UA")),
        ("Britain's NCSC warned on Thursday that APT29 of Russia's SVR was targeting cloud accounts of government agencies.", ("advisory", "GB")),
        ("America's CISA has warned that Volt Typhoon hackers of China's PLA were hiding in water utilities.", ("advisory", "US")),
    ],
)
def test_extract_units_a_government_cert_warning_of_a_campaign_is_an_advisory(text, response):
    report = analyze_text(text, published="2024-05-01")
    assert response in {(r.type, r.by) for inc in report.incidents for r in inc.responses}


def test_extract_units_a_cert_spokesman_speaking_is_no_advisory():
    report = analyze_text("A CERT-UA spokesman said he was certain that Sandworm of Russia's GRU hit the grid.", published="2024-05-01")
    assert not [r for inc in report.incidents for r in inc.responses if r.type == "advisory"]


@pytest.mark.parametrize(
    "text, response",
    [
        ("MEXICO CITY - The foreign ministry condemned reports that the US National Security Agency broke into the email of former president Felipe Calderon, calling the practice unacceptable.", ("condemnation", "MX", "US")),
        ("MEXICO CITY - The foreign ministry condemned reports that the US National Security Agency had broken into the email of former president Vicente Fox, calling the practice unacceptable.", ("condemnation", "MX", "US")),
        ("BERLIN - The German government condemned reports that the US National Security Agency had spied on the chancellor, calling it unacceptable.", ("condemnation", "DE", "US")),
    ],
)
def test_extract_units_an_organ_that_broke_in_holds_its_state_hostile(text, response):
    report = analyze_text(text, published="2024-05-01")
    assert response in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


def test_extract_units_an_organ_taking_down_servers_stays_a_responder():
    report = analyze_text("The FBI disrupted a botnet of Russia's GRU, the Justice Department said. The FBI took down the servers of the botnet.", published="2024-05-01")
    assert ("takedown", "US", "RU") in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "text",
    [
        "MEXICO CITY - The foreign ministry condemned reports that the US National Security Agency broke into the email of former president Felipe Calderon. In early September, after Brazil's TV Globo reported that the NSA had read the text messages of candidate Enrique Pena Nieto, the ministry summoned US Ambassador Earl Anthony Wayne to demand explanations.",
        "MEXICO CITY - The foreign ministry condemned reports that the US National Security Agency broke into the email of former president Felipe Calderon. In July, after Germany's Der Spiegel magazine reported that the NSA had read the messages of candidate Enrique Pena Nieto, the ministry summoned US Ambassador Earl Anthony Wayne.",
        "MEXICO CITY - The foreign ministry condemned reports that the US National Security Agency broke into the email of former president Felipe Calderon. Later, when Britain's Guardian newspaper revealed that the NSA had read the messages of candidate Enrique Pena Nieto, the ministry summoned US Ambassador Earl Anthony Wayne.",
    ],
)
def test_extract_units_a_states_newspaper_reporting_is_not_the_state(text):
    report = analyze_text(text, published="2024-05-01")
    assert ("summon_ambassador", "MX", "US") in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "text, response",
    [
        ("Officers of China's Ministry of State Security hacked universities from 2011 to 2018. The charges, unsealed by the Justice Department on Monday, accuse three officers of the bureau. Beijing rejected the charges. Its spokesman said China was itself a victim of American hacking.", ("indictment", "US", "CN")),
        ("Officers of Russia's GRU hacked the chemical weapons watchdog in 2018. The charges, unsealed by the Justice Department on Thursday, accuse seven officers of the unit. Moscow rejected the charges and said Russia was itself the target of American hacking.", ("indictment", "US", "RU")),
        ("Officers of Iran's IRGC attacked banks from 2011 to 2013. The indictment, unsealed by the Justice Department on Thursday, accuses seven men. Tehran rejected the charges and said Iran was itself one of the victims of American cyberattacks.", ("indictment", "US", "IR")),
    ],
)
def test_extract_units_the_accused_calling_itself_a_victim_makes_nobody_hostile(text, response):
    report = analyze_text(text, published="2024-05-01")
    assert response in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


@pytest.mark.parametrize(
    "text, victim",
    [
        ("Since March, a spy group called Bitter has been sending booby-trapped documents to officers of elite Nepalese government units.", ("NP", "government")),
        ("The group, tracked as Kimsuky, emails rigged Word files to diplomats and academics in South Korea, according to the report.", ("KR", "education")),
        ("Investigators said the Russian group Gamaredon performed reconnaissance on the networks of Moldovan ministries in 2022.", ("MD", "government")),
    ],
)
def test_extract_units_whom_lures_were_sent_to_or_reconnaissance_ran_against_is_a_victim(text, victim):
    report = analyze_text(text, published="2024-05-01")
    assert victim in {(v.country, v.sector) for inc in report.incidents for v in inc.victims}


@pytest.mark.parametrize(
    "text",
    [
        "APT40, a Chinese state group, continued to target Australian ministries during the 2023-24 financial year.",
        "The Chinese group APT41 hacked Vietnamese ministries in the first financial quarter of 2022.",
        "Kimsuky, a North Korean group, breached South Korean ministries, the agency's financial report for the year said.",
    ],
)
def test_extract_units_a_financial_year_or_report_is_no_finance_victim(text):
    report = analyze_text(text, published="2024-05-01")
    sectors = {v.sector for inc in report.incidents for v in inc.victims}
    assert "government" in sectors and "finance" not in sectors


@pytest.mark.parametrize(
    "text",
    [
        "Websites of several Bulgarian ministries were unreachable after a DDoS attack by Killnet. Prosecutors said the attack had come from IP addresses in Russia.",
        "The intrusion at the Polish ministry by the Belarusian group Ghostwriter originated from compromised home routers in Germany, officials said.",
        "APT28 hackers broke into Czech ministries; the attack was launched from rented virtual servers located in Latvia.",
    ],
)
def test_extract_units_the_addresses_or_servers_an_attack_came_from_are_not_a_victims_country(text):
    report = analyze_text(text, published="2024-05-01")
    countries = {v.country for inc in report.incidents for v in inc.victims}
    assert countries and countries <= {"BG", "PL", "CZ"}


@pytest.mark.parametrize(
    "text",
    [
        "Two Malaysian businessmen accused of helping the APT41 hackers profit from intrusions into video game companies were arrested in Malaysia on Monday.",
        "The Chinese group APT41 stole data from software makers, and one of its members was taken into custody in Thailand last week.",
        "Hackers of the Chinese group APT41 broke into game studios, and one of them was later extradited from Vietnam.",
    ],
)
def test_extract_units_where_a_suspect_was_arrested_is_not_a_victims_country(text):
    report = analyze_text(text, published="2024-05-01")
    victims = [v for inc in report.incidents for v in inc.victims]
    assert victims and {v.country for v in victims} == {None}


@pytest.mark.parametrize(
    "text, other",
    [
        ("Killnet knocked Bulgarian ministry websites offline. The group has previously claimed similar attacks on government websites in Lithuania, Estonia and Italy.", "LT"),
        ("NoName057(16) knocked Czech bank websites offline. It had earlier carried out similar DDoS attacks against airports in Poland and Latvia.", "PL"),
        ("APT28 hacked the German parliament. The group is also blamed for other intrusions into ministries in France.", "FR"),
    ],
)
def test_extract_units_similar_or_other_attacks_name_no_victim_of_this_operation(text, other):
    report = analyze_text(text, published="2024-05-01")
    countries = {v.country for inc in report.incidents for v in inc.victims}
    assert countries and other not in countries


@pytest.mark.parametrize(
    "text",
    [
        "Salt Typhoon, a Chinese group, broke into US telecom carriers and intercepted the calls of people involved in government and political activity.",
        "Officials said the Chinese hackers of Salt Typhoon had accessed the phones of a small number of people in government and politics in the United States.",
        "APT42, an Iranian group, targeted the email accounts of individuals active in British politics, Google said.",
    ],
)
def test_extract_units_people_in_government_and_politics_are_a_political_victim(text):
    report = analyze_text(text, published="2024-05-01")
    sectors = {v.sector for inc in report.incidents for v in inc.victims}
    assert "political" in sectors and "government" not in sectors


@pytest.mark.parametrize(
    "text, victims",
    [
        (
            "SYDNEY - ASD said PRC state-sponsored actors known as Volt Typhoon had compromised critical infrastructure organisations in the United States, across the communications, energy, transportation and water sectors.",
            {("US", "telecom"), ("US", "energy"), ("US", "transport"), ("US", "water")},
        ),
        (
            "LONDON - The NCSC said APT29, a Russian group, had compromised organisations in Germany, including ministries, think tanks and universities.",
            {("DE", "government"), ("DE", "civil_society"), ("DE", "education")},
        ),
        (
            "TOKYO - Police said the Chinese group MirrorFace had breached firms in Taiwan, in the aerospace, shipping and semiconductor industries.",
            {("TW", "aerospace"), ("TW", "transport")},
        ),
    ],
)
def test_extract_units_a_list_after_in_a_place_shares_that_place(text, victims):
    report = analyze_text(text, published="2024-05-01")
    found = {(v.country, v.sector) for inc in report.incidents for v in inc.victims}
    assert victims <= found and "critical_infrastructure" not in {s for _, s in found}


@pytest.mark.parametrize(
    "text, victim",
    [
        ("APT28 broke into the email accounts of several members of parliament, including that of Chancellor Angela Merkel.", (None, "government")),
        ("Vietnamese hackers of APT32 targeted the phone of President Tsai Ing-wen, Taiwanese officials said.", ("TW", "government")),
        ("The Russian group APT29 hacked the private email of Prime Minister Mark Rutte of the Netherlands.", ("NL", "government")),
    ],
)
def test_extract_units_a_head_of_government_named_with_the_title_is_a_government_victim(text, victim):
    report = analyze_text(text, published="2024-05-01")
    assert victim in {(v.country, v.sector) for inc in report.incidents for v in inc.victims}


@pytest.mark.parametrize(
    "text",
    [
        "Hackers of the Chinese group APT41 copied the records of 1.5 million patients, including Prime Minister Lee Hsien Loong's outpatient records.",
        "The Russian group Killnet knocked the parliament's website offline. \"A pro-Kremlin group has claimed it,\" President Roberta Metsola wrote.",
        "The Chinese group APT31 hacked the Bundestag's network. Interior Minister Nancy Faeser, a Social Democrat, said the attack was serious.",
    ],
)
def test_extract_units_an_office_holder_whose_records_were_taken_or_who_speaks_is_no_government_victim(text):
    report = analyze_text(text, published="2024-05-01")
    assert "government" not in {v.sector for inc in report.incidents for v in inc.victims}


@pytest.mark.parametrize(
    "text",
    [
        "Saudi agents hacked a dissident's iPhone. His case relies on findings by the Citizen Lab at the University of Toronto, whose researchers say the operator works for the Saudi government.",
        "The Russian group APT28 hacked German lawmakers' phones. The lawsuit cites work by the Internet Observatory at Stanford University, whose experts traced the emails.",
        "Iranian hackers of APT42 broke into the phones of activists. The complaint rests on the Security Lab of the University of Oslo, whose analysts found the spyware.",
    ],
)
def test_extract_units_the_house_whose_researchers_report_is_no_victim(text):
    report = analyze_text(text, published="2024-05-01")
    assert "education" not in {v.sector for inc in report.incidents for v in inc.victims}


@pytest.mark.parametrize(
    "text, sector",
    [
        ("SEOUL - A wiper attack blamed on North Korea hit South Korea on Wednesday. At Shinhan Bank and NongHyup, tellers were locked out of their terminals.", "finance"),
        ("SEOUL - A wiper attack blamed on North Korea hit South Korea on Wednesday. In the newsrooms of the broadcasters, reporters watched their computers reboot.", "media"),
        ("KYIV - Sandworm, a Russian group, launched a wiper on Monday. At a regional power company, engineers were locked out of their workstations.", "energy"),
    ],
)
def test_extract_units_where_machines_failed_after_an_attack_is_a_victim(text, sector):
    report = analyze_text(text, published="2024-05-01")
    assert sector in {v.sector for inc in report.incidents for v in inc.victims}


@pytest.mark.parametrize(
    "text, victim",
    [
        ("APT28, a Russian group, spear-phished German lawmakers in 2016.", ("DE", "legislature")),
        ("The Iranian group APT35 phished Israeli academics last year, Google said.", ("IL", "education")),
        ("Kimsuky, a North Korean group, has spear-phished South Korean diplomats since 2019.", ("KR", "government")),
    ],
)
def test_extract_units_whom_a_group_phished_is_a_victim(text, victim):
    report = analyze_text(text, published="2024-05-01")
    assert victim in {(v.country, v.sector) for inc in report.incidents for v in inc.victims}


@pytest.mark.parametrize(
    "text",
    [
        "Sandworm, a Russian group, knocked Moldova's unified state registers offline for two weeks.",
        "The Chinese group APT41 breached the networks of a telecoms regulatory agency in Kenya.",
        "Hackers of the Russian group Killnet targeted the websites of public service institutions in Latvia.",
    ],
)
def test_extract_units_registers_regulatory_bodies_and_public_service_institutions_are_government(text):
    report = analyze_text(text, published="2024-05-01")
    assert "government" in {v.sector for inc in report.incidents for v in inc.victims}


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese group APT41 stole code-signing certificates from hardware manufacturers in Taiwan.",
        "APT10, a Chinese group, broke into computer hardware makers in Japan, prosecutors said.",
        "The North Korean group Lazarus targeted a South Korean hardware manufacturer last year.",
    ],
)
def test_extract_units_hardware_makers_are_technology_not_manufacturing(text):
    report = analyze_text(text, published="2024-05-01")
    sectors = {v.sector for inc in report.incidents for v in inc.victims}
    assert "technology" in sectors and "manufacturing" not in sectors


@pytest.mark.parametrize(
    "text, activity",
    [
        ("A cyberespionage crew tied to Beijing, which researchers call APT41, broke into the ministry's network in 2021.", "espionage"),
        ("Researchers said the cyberspying outfit APT29 targeted diplomats in Europe last year.", "espionage"),
        ("Officials said Iran hacked the state's voter database last year. The hackers sought to meddle with the country's electoral process.", "influence"),
        ("Germany said Russia's GRU broke into the ministry's servers in 2021 and used the access to manipulate public opinion.", "influence"),
        ("Researchers said the Chinese group compromised news sites in Taiwan in 2022 in an effort to sway public opinion before the vote.", "influence"),
    ],
)
def test_extract_units_cyberespionage_in_one_word_and_interference_with_elections_or_opinion(text, activity):
    report = analyze_text(text, published="2024-01-01")
    assert [inc.activity for inc in report.incidents] == [activity]


@pytest.mark.parametrize(
    "text, start",
    [
        ("Omar Abdulaziz, an activist who has lived in Canada since 2009, said Saudi intelligence hacked his phone with Pegasus spyware in 2018.", "2018"),
        ("Citizen Lab said the exile, in exile since 2014, had his iPhone hacked by an operator tied to the Rwandan government from 2019.", "2019"),
        ("The blogger, born in Hanoi in 1985, was hacked by OceanLotus, a Vietnamese group, in 2020.", "2020"),
    ],
)
def test_extract_units_a_date_in_a_victims_life_starts_no_operation(text, start):
    report = analyze_text(text, published="2024-01-01")
    assert [inc.period.start for inc in report.incidents] == [start]


@pytest.mark.parametrize(
    "text",
    [
        "Researchers said Pay2Kitten, a group working for Iran, broke into Israeli firms in 2021 and encrypted their servers without demanding a ransom.",
        "A Russian GRU unit, Sandworm, attacked the Ukrainian firm in 2022 with pseudo-ransomware, ESET said.",
        "The Iranian group Agrius hit Israeli companies in 2022, researchers said. The encrypted data was gone for good.",
    ],
)
def test_extract_units_encryption_that_asks_no_ransom_is_sabotage(text):
    report = analyze_text(text, published="2024-01-01")
    assert [inc.activity for inc in report.incidents] == ["sabotage"]


def test_extract_units_encryption_with_a_ransom_demand_stays_financial():
    report = analyze_text("North Korean hackers of the Lazarus Group hit the hospital in 2021 and encrypted its servers, demanding a ransom in bitcoin.", published="2024-01-01")
    assert [inc.activity for inc in report.incidents] == ["financial"]


@pytest.mark.parametrize(
    "text, start",
    [
        ("Seoul blamed North Korea's Reconnaissance General Bureau for the attack that wiped bank computers in March. South Korea has been on alert since the 2009 attacks on its government websites.", "2023-03"),
        ("Estonia said Russian hackers of APT28 broke into its ministry in May. Baltic governments have been wary ever since the cyberattacks of 2007 crippled Tallinn.", "2023-05"),
        ("Saudi officials blamed Iran for a wiper attack on a petrochemical plant in January. Gulf energy firms have stayed vigilant since the Shamoon attacks on Aramco in 2012.", "2023-01"),
    ],
)
def test_extract_units_an_earlier_attack_others_are_wary_since_starts_nothing(text, start):
    report = analyze_text(text, published="2023-06-01")
    assert [inc.period.start for inc in report.incidents] == [start]


@pytest.mark.parametrize(
    "text",
    [
        "The 2020 indictment says APT10 hackers working for China's MSS stole data from managed service providers.",
        "According to a 2021 study by Recorded Future, RedEcho, a Chinese group, targeted India's power grid.",
        "North Korea's Lazarus Group stole the funds, a 2019 United Nations report found.",
        "Iran's APT33 targeted aviation firms, the FBI's 2020 joint advisory shows.",
    ],
)
def test_extract_units_the_date_of_a_report_or_indictment_starts_no_operation(text):
    report = analyze_text(text, published="2023-06-01")
    assert [inc.period.start for inc in report.incidents] == [None]


@pytest.mark.parametrize(
    "text, start",
    [
        ("Australia said APT40 was a Chinese group. The advisory described two compromises of Australian networks in 2022.", "2022"),
        ("Germany named APT31, a Chinese group. The report lists several compromises of federal networks in 2021.", "2021"),
        ("The NCSC said APT29 was part of Russia's SVR. It detailed the group's compromises of vaccine researchers in 2020.", "2020"),
    ],
)
def test_extract_units_compromises_in_the_plural_tell_an_operation(text, start):
    report = analyze_text(text, published="2023-06-01")
    assert [inc.period.start for inc in report.incidents] == [start]


@pytest.mark.parametrize(
    "text, start",
    [
        ("Chinese state hackers kept targeting Australian agencies during the 2023-24 financial year, the ASD said. APT40 breached two networks in 2022.", "2022"),
        ("Russian spies of APT28 attacked ministries throughout the 2022/23 reporting year. APT28 first got into the ministry's network in 2021.", "2021"),
    ],
)
def test_extract_units_the_year_a_report_covers_starts_no_operation(text, start):
    report = analyze_text(text, published="2024-06-01")
    assert [inc.period.start for inc in report.incidents] == [start]


@pytest.mark.parametrize(
    "text",
    [
        "In February 2024, Canada joined Britain and other allies in warning that Volt Typhoon, a Chinese state group, had compromised critical infrastructure networks.",
        "Last May the NCSC cautioned that Sandworm, a unit of Russia's GRU, had broken into Ukrainian grid operators.",
        "In March 2023 Microsoft warned that APT28, a Russian GRU unit, had exploited a flaw in Outlook to break into mailboxes.",
    ],
)
def test_extract_units_the_date_of_a_warning_starts_no_operation(text):
    report = analyze_text(text, published="2024-06-01")
    assert [inc.period.start for inc in report.incidents] == [None]


def test_extract_units_hackers_who_warn_as_they_strike_keep_the_date():
    report = analyze_text("In January 2022 Ghostwriter hackers tied to Belarus defaced Ukrainian government sites and warned Ukrainians to be afraid.", published="2024-06-01")
    assert [inc.period.start for inc in report.incidents] == ["2022-01"]


@pytest.mark.parametrize(
    "text, starts",
    [
        ("Sandworm, a unit of Russia's GRU, attacked the Ukrainian grid in 2022, years after the GRU's hacking units were restructured in 2014.", ["2022"]),
        ("Lazarus hackers working for North Korea's RGB, an agency formed through a merger in 2009, stole funds in 2021.", ["2021"]),
        ("APT40, run by China's Ministry of State Security, hacked universities in 2019. Since the army's hacking units were reorganised in 2015, most Chinese espionage has come from the ministry.", ["2019"]),
    ],
)
def test_extract_units_the_date_an_organisation_was_remade_starts_no_operation(text, starts):
    report = analyze_text(text, published="2024-06-01")
    assert [inc.period.start for inc in report.incidents] == starts


@pytest.mark.parametrize(
    "text",
    [
        "Australia blamed APT40, a Chinese group, for the hack. The cyber centre warned earlier this year that Chinese hackers were probing government networks.",
        "The NCSC said APT29 was run by Russia's SVR. It cautioned in May that the group was targeting vaccine research.",
    ],
)
def test_extract_units_warned_then_a_date_dates_the_warning(text):
    report = analyze_text(text, published="2024-08-01")
    assert [inc.period.start for inc in report.incidents] == [None]


@pytest.mark.parametrize(
    "text, start",
    [
        ("Since September, the researchers said, a spy crew has been mailing booby-trapped spreadsheets to Indian diplomats. Talos said the campaign was the work of SideWinder.", "2023-09"),
        ("From October, officials said, diplomats got booby-trapped invitations. Mandiant tied the emails to APT29, a Russian group.", "2023-10"),
    ],
)
def test_extract_units_booby_trapped_files_tell_an_operation(text, start):
    report = analyze_text(text, published="2024-06-01")
    assert [inc.period.start for inc in report.incidents] == [start]


@pytest.mark.parametrize(
    "text",
    [
        "Kaspersky said the implant used by APT37, a North Korean group, logs keystrokes and takes screenshots of diplomats' machines.",
        "Officials said a Chinese state-sponsored hacker broke into the Treasury in December and accessed some unclassified documents.",
        "Reuters reported that DarkMatter operatives working for the UAE helped hack into the phones of activists and journalists.",
        "Australia's officials fear that information has been taken by the intruders, whom they tie to China's MSS.",
    ],
)
def test_extract_units_keystrokes_accessed_documents_and_hacked_phones_are_espionage(text):
    report = analyze_text(text, published="2024-06-01")
    assert [inc.activity for inc in report.incidents] == ["espionage"]


@pytest.mark.parametrize(
    "text",
    [
        "In 2014 Dutch spies saw Cozy Bear, the Russian group, break into the unclassified email system of the State Department.",
        "Meta said Bitter, a South Asian group, spread modified apps carrying a remote access trojan to Indian soldiers.",
        "APT33, an Iranian group, planted a RAT on the engineers' laptops, Symantec said.",
    ],
)
def test_extract_units_breaking_into_email_systems_and_remote_access_trojans_are_espionage(text):
    report = analyze_text(text, published="2024-06-01")
    assert [inc.activity for inc in report.incidents] == ["espionage"]


@pytest.mark.parametrize(
    "text, activity",
    [
        ("The Cyber Brief, 12 March: Lazarus hits an exchange; a wiper in Riyadh; Finland's outage\n\nHello.\n\n"
         "North Korea's Lazarus Group stole $100 million in crypto from an exchange in February, the FBI said.", "financial"),
        ("The Morning Note: Seoul's banks knocked offline by a wiper; Ukraine's grid; spies in Berlin\n\n"
         "One. Kimsuky, a North Korean group, stole documents from the Unification Ministry in April, officials said.", "espionage"),
    ],
)
def test_extract_units_a_newsletter_title_of_several_stories_says_nothing_of_one(text, activity):
    report = analyze_text(text, published="2024-06-01")
    assert [inc.activity for inc in report.incidents] == [activity]


@pytest.mark.parametrize(
    "phrase, value",
    [("sat in the networks for 14 months before the July attack", "2023-05"),
     ("were inside for two years before the March 2019 breach", "2017-03"),
     ("had been lurking for six months prior to the December wiper attack", "2024-06")],
)
def test_extract_units_a_span_before_an_event_counts_back_from_the_event(phrase, value):
    doc = _doc(f"The hackers {phrase}.")
    assert [d.value for d in doc.dates][0] == value
