"""Responses and denials follow the annotation conventions, on invented texts.

Each family of phrasings is checked on several wordings and near misses, written
from the conventions (shared/corpus/README.md, the own, fresh and probe corpora's
READMEs), not from any article of the corpora.
"""

from __future__ import annotations

import pytest

from aptrace.extract import analyze_text
from extract_helpers import denials_of as _denials, responses_of as _responses


# a head of mission or a chargé d'affaires summoned, in the active or the passive
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The head of the Iranian mission was summoned to the foreign ministry after Albania blamed Tehran for the cyberattack on government servers.",
         ("summon_ambassador", "AL", "IR")),
        ("Lithuania said the Chinese head of mission had been summoned over a hacking campaign that officials attributed to the Chinese government.",
         ("summon_ambassador", "LT", "CN")),
        ("Russia's top diplomat in Oslo was summoned after Norway blamed the GRU for the parliament hack.",
         ("summon_ambassador", "NO", "RU")),
        ("Tirana summoned the head of the Iranian mission after the government blamed Iran for the cyberattack on state servers.",
         ("summon_ambassador", "AL", "IR")),
        ("Estonia summoned Russia's charge d'affaires on Friday, saying the GRU's Unit 29155 was behind cyberattacks on Estonian ministries.",
         ("summon_ambassador", "EE", "RU")),
        ("The Russian charge d'affaires was called in by the Finnish foreign ministry after Helsinki accused the GRU of hacking parliament.",
         ("summon_ambassador", "FI", "RU")),
    ],
)
def test_extract_conventions_cresp_heads_of_mission_summoned(text, expected):
    assert expected in _responses(text)


# a military or defence attaché is no head of mission
@pytest.mark.parametrize(
    "text",
    [
        "Berlin summoned the Russian military attaché over the hacking campaign, which German officials blamed on APT28, a unit of the GRU.",
        "The Czech foreign ministry summoned the Chinese defence attaché after the security agency linked APT31 to China's Ministry of State Security.",
    ],
)
def test_extract_conventions_cresp_attache_summons_is_no_response(text):
    assert not {r for r in _responses(text) if r[0] == "summon_ambassador"}


# a response by the accused keeps its real direction: the accused does it, against the accuser's state
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russia's foreign ministry summoned the US ambassador after Washington accused the GRU of hacking the Democratic National Committee.",
         ("summon_ambassador", "RU", "US")),
        ("Iran summoned the British charge d'affaires to protest London's accusation that IRGC-linked hackers targeted its politicians.",
         ("summon_ambassador", "IR", "GB")),
        ("China summoned the Czech ambassador on Wednesday, a day after Prague blamed APT31, a group tied to the MSS, for hacking its foreign ministry.",
         ("summon_ambassador", "CN", "CZ")),
        ("After the White House expelled 35 Russian diplomats over election hacking it blamed on the GRU, the Kremlin ordered ten US diplomats to leave Russia.",
         ("expel_diplomats", "RU", "US")),
        ("In retaliation, Moscow expelled ten American diplomats after Washington imposed sanctions over the SolarWinds hack that it blamed on Russia's SVR.",
         ("expel_diplomats", "RU", "US")),
        ("The United States charged five officers of the PLA with hacking American companies. Beijing responded by summoning the US ambassador to protest the indictment.",
         ("summon_ambassador", "CN", "US")),
    ],
)
def test_extract_conventions_cresp_response_by_the_accused_keeps_its_direction(text, expected):
    got = _responses(text)
    assert expected in got
    if "White House expelled" not in text:  # (there the accuser expelled first)
        assert (expected[0], expected[2], expected[1]) not in got


# ... and the accuser's own attribution stands beside it
def test_extract_conventions_cresp_accuser_whose_envoy_is_summoned_still_attributes():
    report = analyze_text("China summoned the Czech ambassador on Wednesday, a day after Prague blamed APT31, a group tied to the MSS, for hacking its foreign ministry.", published="2024-05-01")
    assert {(a.by, a.actor, a.state) for inc in report.incidents for a in inc.attributions} == {("CZ", "APT31", "CN")}


# a government's published advisory, alert, warning or report naming the culprit is `advisory`; a vendor's report is not,
# nor an inquiry's
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Germany's Federal Office for Information Security (BSI) issued a warning that hackers linked to the Chinese state were exploiting a flaw in firewalls.",
         ("advisory", "DE", "CN")),
        ("Japan's National Police Agency published a report attributing the MirrorFace campaign to China, and urged companies to strengthen their defences.",
         ("advisory", "JP", "CN")),
        ("Canada's Communications Security Establishment issued a public warning about a campaign by APT29, a group working for Russia's SVR, against vaccine makers.",
         ("advisory", "CA", "RU")),
        ("Britain's National Cyber Security Centre published an alert saying APT29, part of Russia's SVR, was targeting vaccine researchers.",
         ("advisory", "GB", "RU")),
    ],
)
def test_extract_conventions_cresp_government_advisories(text, expected):
    assert expected in _responses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Security firm Recorded Future released a threat report linking RedEcho, a Chinese state-backed group, to intrusions at Indian power grids.",
        "ESET researchers published an analysis attributing the wiper attack on Ukrainian grain companies to Sandworm, a unit of the GRU.",
        "Kaspersky published a report attributing the attacks on Middle Eastern banks to the Lazarus Group, which the FBI ties to North Korea.",
        "The US Senate Intelligence Committee released a report blaming Russia's GRU for hacking the election systems of several states.",
        "The foreign minister issued a warning that Moscow would face consequences for the hacking campaign that Britain blamed on the GRU.",
    ],
)
def test_extract_conventions_cresp_vendor_and_inquiry_reports_are_no_advisory(text):
    assert not {r for r in _responses(text) if r[0] == "advisory"}


# an official off the record can attribute, but a condemnation needs an on-record statement
@pytest.mark.parametrize(
    "text, by",
    [
        ("A senior US official, speaking on condition of anonymity, condemned the attack, which he blamed on Iran's Revolutionary Guards.", "US"),
        ("British officials, who asked not to be named, said the hack of the electoral commission was unacceptable and blamed APT31, a Chinese state group.", "GB"),
        ("A German government source familiar with the investigation called the attack on the Bundestag outrageous and said the GRU was responsible.", "DE"),
    ],
)
def test_extract_conventions_cresp_off_record_officials_attribute_but_do_not_condemn(text, by):
    report = analyze_text(text, published="2024-05-01")
    assert by in {a.by for inc in report.incidents for a in inc.attributions}
    assert not {r for r in _responses(text) if r[0] == "condemnation"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The US Secretary of State condemned the attack, which he blamed on Iran's Revolutionary Guards.", ("condemnation", "US", "IR")),
        ("Britain's foreign secretary said the hack of the electoral commission was unacceptable and blamed APT31, a Chinese state group.", ("condemnation", "GB", "CN")),
        ("NATO said it stood in solidarity with Albania after Tirana blamed Iran for the cyberattack on government servers.", ("condemnation", "NATO", "IR")),
        ("The White House denounced the hack of the Treasury Department, which it blamed on Silk Typhoon, a Chinese state-backed group.", ("condemnation", "US", "CN")),
    ],
)
def test_extract_conventions_cresp_on_record_condemnations(text, expected):
    assert expected in _responses(text)


# a condemnation by a head of government named by title and nationality speaks for that state
@pytest.mark.parametrize(
    "text, expected",
    [
        ('"This is unacceptable," the German chancellor said of the hack of the Bundestag, which prosecutors blamed on the GRU.', ("condemnation", "DE", "RU")),
        ("The Austrian chancellor condemned the cyberattack on the ministry, which prosecutors blamed on the GRU.", ("condemnation", "AT", "RU")),
        ("The Japanese premier condemned the attack on the space agency, which police blamed on MirrorFace, a group tied to the Chinese state.", ("condemnation", "JP", "CN")),
    ],
)
def test_extract_conventions_cresp_titled_leaders_condemn_for_their_state(text, expected):
    assert expected in _responses(text)


# a victim denying a breach is no denial and makes no accused; the accused's denial beside it stands
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Albania blamed Iran for the cyberattack. Iran's foreign ministry rejected the accusation as baseless, and the Albanian government denied that citizens' data had been lost.",
         {"IR"}),
        ("Berlin blamed APT28, a unit of the GRU, for the intrusion. Germany's defence ministry denied that classified documents had been stolen, and Moscow rejected the accusation.",
         {"RU"}),
        ("Norway said the GRU was behind the hack of its parliament. The Norwegian government has denied reports that sensitive information was taken.",
         set()),
        ("Hackers tied to Iran's Revolutionary Guards stole data from a US water utility, the FBI said. The utility denied that customer data had been taken.",
         set()),
        ("Washington blamed Russia's SVR. Moscow denied that its spies had hacked the networks.",
         {"RU"}),
    ],
)
def test_extract_conventions_cresp_victim_denying_a_breach_is_no_denial(text, expected):
    assert _denials(text) == expected
    report = analyze_text(text, published="2024-05-01")
    victims_states = {"AL", "DE", "NO", "US"}
    assert not {s.state for inc in report.incidents for s in inc.sponsors} & victims_states


# the accused state's denial in its usual words; a third party's "was not involved" is no denial
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The FBI blamed hackers working for the Iranian government. Iran's mission to the United Nations said Tehran was not involved in any cyberattack.", {"IR"}),
        ('Washington blamed the breach on Chinese state hackers. "China opposes and cracks down on all forms of hacking," foreign ministry spokesman Lin Jian told a regular briefing.', {"CN"}),
        ("Britain blamed the GRU for the attack. The Kremlin said Russia played no part in it.", {"RU"}),
        ("Canada blamed Chinese state hackers for the attack on its research council. A Chinese embassy spokesman said Beijing wasn't behind any hacking and fights all kinds of cybercrime.", {"CN"}),
        ("The FBI blamed the DarkSide gang for the pipeline attack. President Biden said the Russian government was not involved, though the hackers were based in Russia.", set()),
        ("The FBI said North Korea was behind the hack. A spokesman for the US Treasury said the department was not involved in the investigation.", set()),
    ],
)
def test_extract_conventions_cresp_denials_by_the_accused(text, expected):
    assert _denials(text) == expected


# infrastructure taken over by law enforcement is a takedown; against is null for a criminal group
@pytest.mark.parametrize(
    "text, expected, absent",
    [
        ("The LockBit ransomware gang hit thousands of victims. British police took control of its leak site, and the US sanctioned two of its members.",
         {("takedown", "GB", None), ("sanctions", "US", None)}, ("sanctions", "GB", None)),
        ("The Hive gang extorted hospitals. The FBI said it had taken control of the gang's servers and websites.",
         {("takedown", "US", None)}, None),
        ("The FBI seized the leak site of the ALPHV ransomware gang and released a decryption tool to victims.",
         {("takedown", "US", None)}, None),
    ],
)
def test_extract_conventions_cresp_takedowns_of_criminal_infrastructure(text, expected, absent):
    got = _responses(text)
    assert expected <= got
    assert absent not in got


# the attackers taking control of a victim's systems, and seized ransom money, are no takedown
@pytest.mark.parametrize(
    "text",
    [
        "The hackers took control of the utility's servers and shut off the pumps, officials said, blaming the Cyber Av3ngers group linked to Iran.",
        "Police said the attackers had taken control of the city's websites, in an attack claimed by Killnet.",
        "The REvil gang hit the software supplier Kaseya in July, encrypting thousands of businesses. The Justice Department said it had seized $6 million in ransom payments linked to the group.",
        "Europol said its officers seized the cryptocurrency wallets of the Hive ransomware gang.",
    ],
)
def test_extract_conventions_cresp_no_takedown(text):
    assert not {r for r in _responses(text) if r[0] == "takedown"}


# an announced intention, a threat or a call is no response until taken; an announced summons is one
@pytest.mark.parametrize(
    "text",
    [
        "Britain blamed APT31, a Chinese state group, for the hack and said it was preparing sanctions against the people behind it.",
        "Washington blamed Russia's SVR for the breach and said it planned to expel Russian diplomats in the coming weeks.",
        "Lawmakers urged the government to sanction the Chinese officials behind the hacking campaign that Britain blamed on APT31.",
        "The US blamed North Korea's Lazarus Group for the heist and threatened sanctions against anyone who helps launder the funds.",
        "Germany blamed the GRU for the hack. Berlin will push for EU sanctions against those responsible, the foreign minister said.",
    ],
)
def test_extract_conventions_cresp_intentions_are_no_responses(text):
    assert not {r for r in _responses(text) if r[0] != "condemnation"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prague blamed the GRU for the attack and said the Russian ambassador would be summoned on Monday.", ("summon_ambassador", "CZ", "RU")),
        ("The US Treasury, which had threatened action for weeks, sanctioned two Iranian front companies on Friday for hacking on behalf of the IRGC.", ("sanctions", "US", "IR")),
        ("Britain imposed sanctions on two Russians over the GRU's hacking and urged allies to follow suit.", ("sanctions", "GB", "RU")),
    ],
)
def test_extract_conventions_cresp_responses_taken_beside_intentions(text, expected):
    assert expected in _responses(text)


# a protecting power's envoy summoned: against the state whose interests it represents; the protecting power is not accused
@pytest.mark.parametrize(
    "text",
    [
        "Iran summoned the Swiss ambassador, who represents US interests in Tehran, after Washington accused IRGC hackers of breaching the Trump campaign.",
        "Tehran summoned the Swiss envoy representing American interests over US charges that Iranian state hackers had attacked a dam.",
    ],
)
def test_extract_conventions_cresp_protecting_power_summoned(text):
    report = analyze_text(text, published="2024-05-01")
    assert ("summon_ambassador", "IR", "US") in _responses(text)
    assert "CH" not in {s.state for inc in report.incidents for s in inc.sponsors}


# a company disabling a state group's hacking accounts or infrastructure is its takedown; a platform enforcing
# its own terms is not
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Google said it had disabled the Gmail accounts that APT42, a group working for Iran's Revolutionary Guards, used to target campaign staff.",
         {("takedown", "Google", "IR")}),
        ("Microsoft said it had disabled accounts used by Emerald Sleet, a North Korean state-backed group, to run phishing campaigns.",
         {("takedown", "Microsoft", "KP")}),
        ("Charming Kitten, a group tied to Iran's Revolutionary Guards, ran fake profiles to lure diplomats. Meta said it had disrupted the group's hacking infrastructure and removed its accounts.",
         {("takedown", "Meta", "IR")}),
        ("Charming Kitten, a group tied to Iran's Revolutionary Guards, ran fake profiles to lure diplomats. Meta said it had removed the accounts for breaching its policy against coordinated inauthentic behaviour.",
         set()),
        ("APT28, a unit of Russia's GRU, leaked the stolen emails through a fake persona. Twitter suspended the persona's accounts for violating its rules on platform manipulation.",
         set()),
    ],
)
def test_extract_conventions_cresp_company_takedowns_not_terms_enforcement(text, expected):
    assert {r for r in _responses(text) if r[0] == "takedown"} == expected


# a victim's criminal complaint asks for an investigation and charges nobody: no indictment
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Czech foreign ministry said APT31, linked to China's MSS, hacked its network, and it had filed a criminal complaint.", set()),
        ("The Czech foreign ministry said APT31, linked to China's MSS, hacked its network, and it had lodged a criminal complaint against unknown persons.", set()),
        ("The FBI filed a criminal complaint against a North Korean programmer who worked for the Lazarus Group, a hacking team of the Reconnaissance General Bureau.",
         {("indictment", "US", "KP")}),
    ],
)
def test_extract_conventions_cresp_victim_complaint_is_no_indictment(text, expected):
    assert {r for r in _responses(text) if r[0] == "indictment"} == expected


# severed relations over a cyberattack the responder says the other state orchestrated
@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Edi Rama announced that Albania was severing diplomatic relations with Iran, saying an investigation had established that Tehran orchestrated the attack.",
        "Albania was severing diplomatic relations with Iran, saying an investigation had established that Tehran orchestrated the cyberattack.",
        "Albania cut diplomatic ties with Iran over a cyberattack that crippled government websites.",
    ],
)
def test_extract_conventions_cresp_severed_relations(text):
    assert ("sever_relations", "AL", "IR") in _responses(text)


# a recall is of one's own envoy, in its several wordings; advising the other state's envoy to go home is none
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Germany called its ambassador in Moscow back to Berlin for a week of consultations after the government blamed APT28, a unit of Russia's GRU, for hacking the Social Democrats.",
         {("recall_ambassador", "DE", "RU")}),
        ("The Netherlands recalled its ambassador from Moscow for urgent consultations after the GRU tried to hack the chemical weapons watchdog.",
         {("recall_ambassador", "NL", "RU")}),
        ("Canada called its envoy to Beijing home after officials blamed Chinese state hackers for the breach of the research council.",
         {("recall_ambassador", "CA", "CN")}),
        ("Moscow recommended that the US ambassador go home for consultations after Washington blamed the SVR for the SolarWinds hack.",
         set()),
    ],
)
def test_extract_conventions_cresp_recalls_of_own_envoy(text, expected):
    assert {r for r in _responses(text) if r[0] == "recall_ambassador"} == expected


# a violation of international norms or of sovereignty, strong disapproval: a condemnation on record
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Washington blamed Iran's IRGC for the hack. Secretary of State Antony Blinken said the attack was a violation of international norms.", ("condemnation", "US", "IR")),
        ("The Netherlands attributed the hack to Laundry Bear, a Russian state group. Defence Minister Ruben Brekelmans said the Dutch government expressed its strong disapproval to Moscow.",
         ("condemnation", "NL", "RU")),
        ("Germany blamed APT28, a unit of the GRU. The foreign ministry called the campaign a violation of German sovereignty.", ("condemnation", "DE", "RU")),
    ],
)
def test_extract_conventions_cresp_condemnation_wordings(text, expected):
    assert expected in _responses(text)


# mere concern, regret or monitoring is no condemnation
@pytest.mark.parametrize(
    "text",
    [
        "Canada blamed Chinese state-sponsored hackers. The Canadian foreign minister said Ottawa takes the incident very seriously and is monitoring the situation.",
        "Japan blamed MirrorFace, a group tied to China. Tokyo expressed regret and said it was concerned about the activity.",
        "The European Union expressed serious concern about the cyberattacks on Czech institutions, which Prague blamed on APT28, a group run by Russia's GRU.",
        "Japan said it was deeply concerned by the hacking campaign that it attributed to APT10, a group acting on behalf of China's Ministry of State Security.",
    ],
)
def test_extract_conventions_cresp_concern_is_no_condemnation(text):
    assert not {r for r in _responses(text) if r[0] == "condemnation"}


# sanctions only as the thing an operation violates or evades are no response
@pytest.mark.parametrize(
    "text",
    [
        "Seoul blamed North Korea's Lazarus Group for the heist and said the theft was a clear violation of UN sanctions.",
        "The FBI tied the theft to North Korea's Lazarus Group, which officials said was raising money in defiance of international sanctions.",
    ],
)
def test_extract_conventions_cresp_violated_sanctions_are_no_response(text):
    assert not {r for r in _responses(text) if r[0] == "sanctions"}


# an arrest ordered in absentia is a warrant (indictment), not an arrest
@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's SBU said Sandworm, a unit of Russia's GRU, hit the telecom operator. A Kyiv court ordered the arrest in absentia of two GRU officers over the attack.",
        "Two officers of Russia's GRU were arrested in absentia by a court in Kyiv over the cyberattack on Ukraine's power grid.",
        "A Ukrainian court has ordered the detention of the FSB officers who, prosecutors say, ran the Gamaredon hacking group.",
    ],
)
def test_extract_conventions_cresp_arrest_in_absentia_is_a_warrant(text):
    got = _responses(text)
    assert ("indictment", "UA", "RU") in got
    assert not {r for r in got if r[0] == "arrest"}


# charges faced where someone is sent are the charging state's indictment; the extraditing state arrests
@pytest.mark.parametrize(
    "text, indicter, extraditer",
    [
        ("Spain extradited a Russian national to the United States to face charges over his role in the hacking of the Democratic National Committee, which US prosecutors blamed on the GRU.", "US", "ES"),
        ("Poland extradited a Ukrainian man, a member of the REvil ransomware gang, to face charges in the United States over the Kaseya attack.", "US", "PL"),
    ],
)
def test_extract_conventions_cresp_charges_faced_after_extradition(text, indicter, extraditer):
    got = _responses(text)
    assert {r[1] for r in got if r[0] == "indictment"} == {indicter}
    assert extraditer in {r[1] for r in got if r[0] == "arrest"}


# the state told that it "should stop" is the addressee of the call, not its author
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Canada blamed APT31, a group tied to China's MSS. A spokesperson for the Chinese embassy in Ottawa said Canada should stop spreading disinformation.", set()),
        ("Canada blamed APT31, a group tied to China's MSS. A spokesperson for the Chinese embassy said Canada should stop spreading disinformation.", set()),
        ("Britain blamed the GRU for the attack. Foreign Secretary David Cameron said Russia must stop its reckless cyber campaign.", {("condemnation", "GB", "RU")}),
        ("Canada blamed APT31, a group tied to China's MSS. Ottawa said Beijing should stop targeting Canadian lawmakers.", {("condemnation", "CA", "CN")}),
    ],
)
def test_extract_conventions_cresp_told_to_stop_is_no_condemner(text, expected):
    assert {r for r in _responses(text) if r[0] == "condemnation"} == expected


# the accused retaliating in kind with sanctions: kept with its real direction
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Washington sanctioned six Russian firms over the SolarWinds hack it blamed on the SVR. Moscow retaliated by imposing sanctions on eight US officials.",
         {("sanctions", "US", "RU"), ("sanctions", "RU", "US")}),
        ("The US indicted two officers of China's Ministry of State Security over the APT31 campaign. In response, Beijing sanctioned three American defence companies.",
         {("indictment", "US", "CN"), ("sanctions", "CN", "US")}),
    ],
)
def test_extract_conventions_cresp_retaliation_by_the_accused(text, expected):
    assert expected <= _responses(text)


def test_extract_conventions_cresp_announced_retaliation_is_no_response():
    text = "Britain sanctioned a GRU unit over the cyberattacks. Russia said it would retaliate with sanctions against British officials."
    assert ("sanctions", "RU", "GB") not in _responses(text)


# a summons in other words: invited for an explanation, asked to come to the ministry, called ... in
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The foreign ministry invited the Chinese ambassador for an explanation after Prague blamed APT31, a group tied to the MSS, for the hack.", {("summon_ambassador", "CZ", "CN")}),
        ("The Russian ambassador was asked to come to the foreign ministry after Berlin blamed the GRU for the attack on the Social Democrats.", {("summon_ambassador", "DE", "RU")}),
        ("The Polish foreign ministry called the Russian charge d'affaires in for talks after Warsaw blamed the GRU for the attacks.", {("summon_ambassador", "PL", "RU")}),
        ("The president invited the Chinese ambassador to a state banquet, days after officials blamed APT31 for hacking the ministry.", set()),
        ("The foreign minister invited the US ambassador for talks on trade, after Beijing accused the NSA of hacking a university.", set()),
    ],
)
def test_extract_conventions_cresp_summons_in_other_words(text, expected):
    assert {r for r in _responses(text) if r[0] == "summon_ambassador"} == expected


# the accused presenting itself as a victim, opposing hacking "in all forms": a denial
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Canada blamed Chinese state hackers. Beijing said China is itself a major victim of cyberattacks and opposes hacking in all forms.", {"CN"}),
        ("Britain blamed APT31, a group tied to China's MSS. The Chinese embassy said China had itself been one of the main victims of hacking.", {"CN"}),
    ],
)
def test_extract_conventions_cresp_accused_as_victim_denies(text, expected):
    assert _denials(text) == expected


# the accuser rejecting the accused's denial denies nothing and is not accused
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Britain blamed the GRU for the hack. A foreign ministry spokesman said London rejected Moscow's denial.", set()),
        ("Britain blamed the GRU for the hack. The UK dismissed the Kremlin's denials as implausible.", set()),
        ("Britain blamed the GRU for the hack. Moscow rejected the accusation.", {"RU"}),
    ],
)
def test_extract_conventions_cresp_rejecting_a_denial_is_no_denial(text, expected):
    assert _denials(text) == expected
    report = analyze_text(text, published="2024-05-01")
    assert "GB" not in {s.state for inc in report.incidents for s in inc.sponsors}


# a response in the passive after its noun is its agent's: "Sanctions were imposed by the European Union"
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sanctions were imposed by the European Union on four GRU officers over the attempted hack of the chemical weapons watchdog.", ("sanctions", "EU", "RU")),
        ("A $10 million reward was offered by the State Department for information on Iranian hackers working for the IRGC.", ("reward", "US", "IR")),
    ],
)
def test_extract_conventions_cresp_passive_after_the_response_noun(text, expected):
    assert expected in _responses(text)


# "the embassy" taken up after "the Chinese embassy" speaks for that state
@pytest.mark.parametrize(
    "text, expected",
    [
        ("US prosecutors charged two hackers working for China's Ministry of State Security. The Chinese embassy in Washington did not immediately respond. "
         "In a later statement, the embassy called the charges groundless.", {"CN"}),
        ("Hackers stole data from the US embassy in Beijing, which officials blamed on China's MSS. The embassy said no classified data was taken.", set()),
    ],
)
def test_extract_conventions_cresp_the_embassy_taken_up(text, expected):
    assert _denials(text) == expected


# a state that answers the accusations denies, also when the accuser named only a group
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Germany blamed APT28 for the hack. Russia's foreign ministry called Berlin's claims absurd.", {"RU"}),
        ("Germany blamed APT28 for the hack. The Kremlin said the accusations were groundless.", {"RU"}),
        ("Germany blamed APT28 for the hack. Moscow dismissed the accusation.", {"RU"}),
        ("Norway blamed the GRU for the hack. Norway's parliament said reports that voting data had been stolen were unfounded.", set()),
    ],
)
def test_extract_conventions_cresp_state_answering_the_accusations_denies(text, expected):
    assert _denials(text) == expected


def test_extract_conventions_cresp_a_whole_story_of_responses():
    text = (
        "WARSAW — Poland's foreign ministry summoned the Russian charge d'affaires on Thursday after investigators concluded that APT28, "
        "a group run by Russia's GRU military intelligence, had broken into the email accounts of dozens of government officials. "
        '"Such behaviour is unacceptable," Foreign Minister Radoslaw Sikorski told reporters. The European Union expressed solidarity with '
        "Poland and said it would consider further sanctions. The Russian embassy in Warsaw dismissed the accusations as \"Russophobic hysteria\". "
        "Separately, Polish police arrested two men suspected of working for the LockBit ransomware gang, which had extorted hospitals in Krakow last year."
    )
    assert _responses(text) == {
        ("summon_ambassador", "PL", "RU"), ("condemnation", "PL", "RU"), ("condemnation", "EU", "RU"), ("arrest", "PL", None),
    }
    assert _denials(text) == {"RU"}


# an agency "charged with" a duty is no indictment; people charged with a crime are
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Britain's NCSC, the agency charged with defending the country's networks, said APT29, part of Russia's SVR, had breached a software supplier.", set()),
        ("Two officers of Russia's GRU were charged with hacking the anti-doping agency, US prosecutors said.", {("indictment", "US", "RU")}),
    ],
)
def test_extract_conventions_cresp_charged_with_a_duty_is_no_indictment(text, expected):
    assert {r for r in _responses(text) if r[0] == "indictment"} == expected


# a reward is a bounty for information on the operators; a bug bounty programme is none
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Pentagon expanded its bug bounty program after Chinese state hackers linked to the MSS breached a defence contractor.", set()),
        ("The State Department put a $10 million bounty on the heads of the six IRGC officers behind the attacks on US water utilities.", {("reward", "US", "IR")}),
        ("The US government's Rewards for Justice program offered up to $10 million for information on Volt Typhoon, a Chinese state-sponsored group.", {("reward", "US", "CN")}),
    ],
)
def test_extract_conventions_cresp_rewards_not_bug_bounties(text, expected):
    assert {r for r in _responses(text) if r[0] == "reward"} == expected


# expel_diplomats is a state sending people away; intruders thrown out of a network are none
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Czech foreign ministry said it had expelled the APT31 intruders from its network after the intelligence service tied the group to China's MSS.", set()),
        ("Norway said the GRU-linked hackers had been evicted and expelled from the parliament's email system within days.", set()),
        ("The Netherlands expelled four GRU officers caught trying to hack the OPCW's network from a car park in The Hague.", {("expel_diplomats", "NL", "RU")}),
        ("Two Russian intelligence officers were expelled from the Netherlands after trying to hack into the chemical weapons watchdog's Wi-Fi network.", {("expel_diplomats", "NL", "RU")}),
    ],
)
def test_extract_conventions_cresp_expulsions_not_evictions(text, expected):
    assert {r for r in _responses(text) if r[0] == "expel_diplomats"} == expected


# a victim cleaning its own systems is no takedown; law enforcement removing the operators' malware from others' devices is
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Czech foreign ministry said it had removed the malware from its servers after the security agency tied APT31 to China's MSS.", set()),
        ("The Dutch defence ministry said it had shut down the servers that Chinese state hackers had breached and taken its network offline.", set()),
        ("The FBI said it had remotely deleted the PlugX malware from thousands of computers infected by Mustang Panda, a Chinese state-sponsored group.",
         {("takedown", "US", "CN")}),
        ("Volt Typhoon, a Chinese state-sponsored group, hid in hundreds of US routers. The FBI said it had removed the group's malware from the routers under a court order.",
         {("takedown", "US", "CN")}),
    ],
)
def test_extract_conventions_cresp_own_cleanup_is_no_takedown(text, expected):
    assert {r for r in _responses(text) if r[0] == "takedown"} == expected


# "sanctioned" as approved by the accused is no sanctions response
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Britain said the attack was a state-sanctioned operation by APT31, a group tied to China's MSS.", set()),
        ("US officials said the hacking was sanctioned by the Kremlin and carried out by the GRU.", set()),
        ("Germany said the campaign, sanctioned at the highest levels of the Russian government, was run by APT28.", set()),
        ("Six GRU officers were sanctioned by the European Union over the attack on the German parliament.", {("sanctions", "EU", "RU")}),
    ],
)
def test_extract_conventions_cresp_approved_is_not_sanctioned(text, expected):
    assert {r for r in _responses(text) if r[0] == "sanctions"} == expected


# "the foreign ministers of the G7", "the leaders of NATO" condemn as that party
@pytest.mark.parametrize(
    "text, expected",
    [
        ("In a joint statement, the foreign ministers of the G7 condemned the malicious cyber activity that the UK attributed to APT31.", {("condemnation", "G7", None)}),
        ("The leaders of NATO condemned the cyberattacks on Albania, which Tirana blamed on Iran.", {("condemnation", "NATO", "IR")}),
    ],
)
def test_extract_conventions_cresp_ministers_of_a_party_condemn_for_it(text, expected):
    assert {r for r in _responses(text) if r[0] == "condemnation"} == expected


# the accused's embassy or spokesman answering the allegations denies, also where it is named as the speaker
@pytest.mark.parametrize(
    "text, expected",
    [
        ('Beijing\'s embassy in Canberra said the allegations against China were "ridiculous", after Australia blamed APT40.', {"CN"}),
        ("Germany blamed APT28 for the hack. Kremlin spokesman Dmitry Peskov said Russia had nothing to do with it.", {"RU"}),
    ],
)
def test_extract_conventions_cresp_named_speaker_answering_the_allegations(text, expected):
    assert _denials(text) == expected


def test_extract_conventions_cresp_accuser_rejecting_the_accused_claims_is_not_accused():
    report = analyze_text("Britain blamed the GRU for the hack. Britain said the Russian claims were absurd.", published="2024-05-01")
    assert "GB" not in {s.state for inc in report.incidents for s in inc.sponsors}
