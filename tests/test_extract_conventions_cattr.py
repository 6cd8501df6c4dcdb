"""Conventions of attributions and their confidence, checked on invented texts.

Each family follows a rule of ``shared/corpus/README.md`` ("Annotation
conventions") and the conventions of ``tests/data/*/README.md``: who counts as
an attributing party, when the attribution's state is filled, and which words
give which confidence. The texts are written for these tests, in varied
wording, with near misses that must not attribute.
"""

from __future__ import annotations

import pytest

from aptrace.extract import analyze_text
from extract_helpers import attributions_of as _attributions


# "suspect", "suspected of" give a low-confidence attribution by the state whose bodies suspect
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonian authorities said they suspect Russian military intelligence of hacking the ministry's network.", ("EE", None, "RU", "low")),
        ("Norwegian authorities now suspect China of hacking the Storting's email system.", ("NO", None, "CN", "low")),
        ("German prosecutors suspect the group APT28 of breaching the Bundestag's network in 2015.", ("DE", "APT28", None, "low")),
        ("Dutch police suspect the hacking group Sandworm of sabotaging a water utility near Rotterdam.", ("NL", "Sandworm", None, "low")),
        ("Austrian officials suspected the group Turla of stealing files from the foreign ministry.", ("AT", "Turla", None, "low")),
        ("Swiss prosecutors said Russian hackers were strongly suspected of breaching the federal administration.", ("CH", None, "RU", "low")),
        ("Chinese state hackers were suspected of stealing the plans, Canadian officials said on Tuesday.", ("CA", None, "CN", "low")),
    ],
)
def test_extract_conventions_cattr_suspect_is_a_low_attribution(text, expected):
    assert expected in _attributions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Security researchers suspect the group APT28 of breaching the Bundestag's network.",
        "Russian hackers are suspected of breaching the federal administration.",
        "The man was suspected of helping Russian hackers launder the ransom, Polish prosecutors said.",
    ],
)
def test_extract_conventions_cattr_suspect_near_misses_attribute_nothing(text):
    assert _attributions(text) == set()


# "confident" gives high; "everything indicates", "all signs point" give medium (fresh convention 8)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Australian government said it was highly confident that the group APT40 had hacked its networks.", ("AU", "APT40", None, "high")),
        ("Microsoft said it was confident that the group Midnight Blizzard read executives' emails.", ("Microsoft", "Midnight Blizzard", None, "high")),
        ("British officials said they were confident Russia's GRU was behind the attack on the chemical weapons watchdog.", ("GB", None, "RU", "high")),
        ("The FBI said it is confident that North Korea is responsible for the Sony Pictures hack.", ("US", None, "KP", "high")),
        ("Czech officials said everything indicates that the group APT29 was behind the intrusion into the foreign ministry.", ("CZ", "APT29", None, "medium")),
        ("The Czech foreign ministry said all indications are that Russia's APT28 carried out the attacks.", ("CZ", "APT28", "RU", "medium")),
        ("South Korean police said all signs point to North Korea's Lazarus Group in the theft from the bank.", ("KR", "Lazarus Group", "KP", "medium")),
        ("Polish prosecutors said every indication suggests Russian military intelligence was behind the attack on the news agency.", ("PL", None, "RU", "medium")),
        ("The NCSC said it was highly probable that Russia's GRU was behind the attack.", ("GB", None, "RU", "high")),
        ("Swiss officials said the attack appeared to be the work of the group Turla.", ("CH", "Turla", None, "medium")),
        ("Czech officials said the group APT31 seemed to be behind the breach.", ("CZ", "APT31", None, "medium")),
        ("The NCSC assesses that the GRU was behind the attack on the Electoral Commission.", ("GB", None, "RU", None)),
    ],
)
def test_extract_conventions_cattr_confidence_words(text, expected):
    assert expected in _attributions(text)


def test_extract_conventions_cattr_not_confident_attributes_nothing():
    assert _attributions("Polish prosecutors said they were not confident that Russia was behind the attack.") == set()


# a hedge on the group's tie to a state or agency, in an aside, leaves the attribution's confidence as it is
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Polish government said the group APT28, which may be tied to Russia's GRU, breached the email of a minister.", ("PL", "APT28", "RU", None)),
        ("CrowdStrike said Cozy Bear, a group that may be linked to the FSB, had been inside the committee's network for a year.", ("CrowdStrike", "Cozy Bear", "RU", None)),
        ("Dutch police said the hacking group Sandworm, possibly part of Russia's GRU, sabotaged a water utility.", ("NL", "Sandworm", "RU", None)),
        ("Swedish officials said APT28, which is probably run by Russian military intelligence, hacked the sports federation.", ("SE", "APT28", "RU", None)),
        ("Secureworks said the group Bronze Starlight, likely sponsored by the Chinese state, deployed ransomware as a decoy.", ("Secureworks", "Bronze Starlight", "CN", None)),
        ("Recorded Future's Insikt Group tied the intrusions at the Indian power grid to RedEcho, a group it said likely works for the Chinese state.",
         ("Recorded Future", "RedEcho", "CN", None)),
        ("Mandiant said the group UNC3886, which it says is probably sponsored by China, breached the routers.", ("Mandiant", "UNC3886", "CN", None)),
        # the hedge on the attribution itself still counts
        ("Mandiant said the group UNC3886 had probably breached the routers.", ("Mandiant", "UNC3886", None, "medium")),
        ("German officials said APT28, which may be tied to the GRU, likely breached the party's servers.", ("DE", "APT28", "RU", "medium")),
        ("Finnish police said the group APT31 may have been behind the breach of the Eduskunta's email accounts.", ("FI", "APT31", None, "low")),
        ("CrowdStrike said the group Fancy Bear possibly breached the party's servers.", ("CrowdStrike", "Fancy Bear", None, "low")),
    ],
)
def test_extract_conventions_cattr_hedge_on_the_tie_only(text, expected):
    assert expected in _attributions(text)


# "is believed", "we believe" without a qualifier give no confidence (fresh convention 8)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("South Korean police said the group Kimsuky is believed to be behind the phishing of former officials.", ("KR", "Kimsuky", None, None)),
        ("Japanese officials said the intruders were believed to be working for China's People's Liberation Army.", ("JP", None, "CN", None)),
        ("\"We believe the group Sandworm carried out the attack,\" Ukraine's SBU said.", ("UA", "Sandworm", None, None)),
        ("The US government said it believes North Korea was behind the attack on the studio.", ("US", None, "KP", None)),
    ],
)
def test_extract_conventions_cattr_believed_gives_no_confidence(text, expected):
    assert expected in _attributions(text)


# a tie credited to unspecified "Western" agencies or researchers fills the sponsor, not the attributor's state
@pytest.mark.parametrize(
    "tie",
    [
        "The group, according to Western intelligence agencies, belongs to Russia's military intelligence service.",
        "According to Western intelligence agencies, the group works for Russia's GRU.",
        "According to Western governments, the group works for Russia's GRU.",
        "The group, according to security researchers, belongs to Russia's military intelligence service.",
        "Western intelligence officials say the group works for Russia's GRU.",
        "Experts say the group is run by Russia's GRU.",
    ],
)
def test_extract_conventions_cattr_tie_credited_to_others_fills_no_state(tie):
    report = analyze_text("German prosecutors said APT28 hacked the Bundestag. " + tie, published="2024-05-01")
    (inc,) = report.incidents
    assert {(s.state, s.agency) for s in inc.sponsors} == {("RU", "GRU")}
    assert {(a.by, a.actor, a.state) for a in inc.attributions} == {("DE", "APT28", None)}


@pytest.mark.parametrize(
    "tie",
    [
        "The group, they said, works for Russia's GRU.",
        "The group works for Russia's GRU, they added.",
    ],
)
def test_extract_conventions_cattr_tie_by_the_attributor_fills_its_state(tie):
    report = analyze_text("German prosecutors said APT28 hacked the Bundestag. " + tie, published="2024-05-01")
    assert ("DE", "APT28", "RU") in {(a.by, a.actor, a.state) for inc in report.incidents for a in inc.attributions}


# NATO or the EU standing with allies who attribute is not itself an attribution (own convention 4);
# the relative clause's states attribute
@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("NATO said in a statement that it stands in solidarity with Germany and Czechia, which blamed APT28 for attacks on their institutions.", {"DE", "CZ"}),
        ("NATO allies said they stood with Germany, which has attributed the hack of the SPD to APT28.", {"DE"}),
        ("The EU expressed solidarity with Albania, which blamed Iran for the cyberattack on its government services.", {"AL"}),
        ("The European Union said it stood by Poland, which has publicly accused Russia's GRU of hacking its news agency.", {"PL"}),
    ],
)
def test_extract_conventions_cattr_solidarity_with_attributors_is_not_an_attribution(text, by):
    assert {a.by for inc in analyze_text(text, published="2024-05-01").incidents for a in inc.attributions} == by


# a co-signed statement speaks for every co-signer, however the subject's head is worded
@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("The foreign ministers of Estonia, Latvia and Lithuania said Russian military intelligence was behind the attacks on their ministries.", {"EE", "LV", "LT"}),
        ("The prime ministers of Estonia, Latvia and Lithuania said Russian military intelligence was behind the attacks.", {"EE", "LV", "LT"}),
        ("The defence ministries of Denmark, Norway and Sweden said in a joint statement that Russia's GRU was behind the attacks.", {"DK", "NO", "SE"}),
        ("Foreign ministers from Poland and Czechia said the group APT28 had hacked their governments.", {"PL", "CZ"}),
        ("The leaders of France and Germany said Russia's GRU was behind the hack.", {"FR", "DE"}),
        ("The governments of Poland, Czechia and Slovakia said in a joint statement that the group APT28 had targeted their foreign ministries.", {"PL", "CZ", "SK"}),
    ],
)
def test_extract_conventions_cattr_cosigners_listed_after_a_title(text, by):
    assert {a.by for inc in analyze_text(text, published="2024-05-01").incidents for a in inc.attributions} == by


# the victims listed right before ", <another party> said" are not speakers: the party after the comma speaks
@pytest.mark.parametrize(
    "text",
    [
        "Russian military hackers broke into the defence ministries of Denmark, Norway and Sweden, Britain's NCSC said.",
        "Russian military hackers broke into the defence ministries of Denmark, Norway and Sweden, British officials said.",
        "Russian military hackers broke into ministries in Denmark and Sweden, Britain's NCSC said.",
        "Hackers working for Russia's GRU targeted energy firms in Poland, British intelligence officials said.",
    ],
)
def test_extract_conventions_cattr_victims_before_the_speaker_do_not_speak(text):
    assert {a.by for inc in analyze_text(text, published="2024-05-01").incidents for a in inc.attributions} == {"GB"}


# tolerating is not sponsoring: a state accused only of letting hackers operate is not attributed (fresh convention 3)
@pytest.mark.parametrize(
    "text",
    [
        "The US accused China of making its territory safe for cybercriminals such as the group behind the attacks on hospitals.",
        "The Dutch government accused Iran of sheltering the group that hacked the water utility.",
        "British officials accused Russia of harbouring the ransomware gang that hit the NHS laboratories.",
        "German officials accused Russia of providing a safe haven to the hackers who attacked the hospital in Düsseldorf.",
        "Washington blamed Moscow for allowing the criminal hackers who attacked the pipeline to operate.",
    ],
)
def test_extract_conventions_cattr_tolerating_is_not_an_attribution_to_the_state(text):
    report = analyze_text(text, published="2024-05-01")
    assert not [a for inc in report.incidents for a in inc.attributions if a.state]
    assert not [s for inc in report.incidents for s in inc.sponsors]


def test_extract_conventions_cattr_sponsoring_is_still_an_attribution():
    text = "The US accused China of sponsoring the group APT41's attacks on video game companies."
    assert ("US", "APT41", "CN", None) in _attributions(text)


# a breached organisation that names its attacker attributes under its own name (fresh convention 6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bayer said the hacking group Wicked Panda had infiltrated its network.", ("Bayer", "Wicked Panda", None, None)),
        ("Hewlett Packard Enterprise said the group Midnight Blizzard, which works for Russia's SVR, had accessed its email system.",
         ("Hewlett Packard Enterprise", "Midnight Blizzard", "RU", None)),
        ("The World Anti-Doping Agency said the group APT28 had stolen athletes' medical records from its database.", ("World Anti-Doping Agency", "APT28", None, None)),
        ("The Trump campaign said Iranian hackers had broken into its email accounts.", ("Trump campaign", None, "IR", None)),
        ("The Democratic National Committee said Russian government hackers had penetrated its computer network.", ("Democratic National Committee", None, "RU", None)),
    ],
)
def test_extract_conventions_cattr_victim_organisation_attributes(text, expected):
    assert expected in _attributions(text)


@pytest.mark.parametrize(
    "text",
    [
        "The chief executive, Maria Lindqvist, spoke on Monday. Lindqvist said the group APT41 had breached its network.",
        "John Smith said the group APT41 had breached its network.",
        "Police said the group APT41 had breached its network.",
    ],
)
def test_extract_conventions_cattr_people_and_common_nouns_are_no_victim_organisation(text):
    assert _attributions(text) == set()


# anonymous officials of a state attribute for it, whatever their qualifier ("an intelligence source in Kyiv")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An intelligence source in Kyiv said Russia's GRU had sabotaged the energy company's servers.", ("UA", None, "RU", None)),
        ("A government source in Berlin said the group APT28 had hacked the party's headquarters.", ("DE", "APT28", None, None)),
        ("A senior security official in Seoul said North Korea's Lazarus Group was behind the exchange theft.", ("KR", "Lazarus Group", "KP", None)),
        ("A diplomatic source in Paris said the group APT28 had targeted the French foreign ministry.", ("FR", "APT28", None, None)),
        ("A police source in Warsaw said the hackers behind the attack worked for Russia's GRU.", ("PL", None, "RU", None)),
        ("Two intelligence officials in Washington said the group Volt Typhoon had breached a port in Guam.", ("US", "Volt Typhoon", None, None)),
    ],
)
def test_extract_conventions_cattr_anonymous_officials_of_a_state(text, expected):
    assert expected in _attributions(text)


@pytest.mark.parametrize(
    "text",
    [
        "A Western diplomat said Russian military hackers were behind the outage at the Danish railway.",
        "Sources familiar with the investigation said the group Sandworm had hit the railway.",
        "A person familiar with the matter said North Korean hackers stole the crypto funds.",
    ],
)
def test_extract_conventions_cattr_unspecified_sources_attribute_nothing(text):
    assert _attributions(text) == set()


# ministries, offices and seats of power stand for their state
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The German Chancellery said Russian hackers linked to the GRU had targeted the SPD.", ("DE", None, "RU", None)),
        ("The Dutch cabinet said the group Cozy Bear had broken into the parliament's network.", ("NL", "Cozy Bear", None, None)),
        ("The Blue House said North Korean hackers had stolen the war plans.", ("KR", None, "KP", None)),
        ("BERLIN — The Foreign Office said the group APT28 had hacked the SPD.", ("DE", "APT28", None, None)),
        ("The Foreign Office in Berlin said the group APT28 had hacked the SPD.", ("DE", "APT28", None, None)),
        ("British lawmakers were targeted by hackers. The Foreign Office said the group APT31 was behind it.", ("GB", "APT31", None, None)),
    ],
)
def test_extract_conventions_cattr_offices_speak_for_their_state(text, expected):
    assert expected in _attributions(text)


# a state's attribution names an actor only if that state names the group (own conventions 3 and 8):
# a group named in another clause, by a claim or by others, is not the state's
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pro-Israeli group Predatory Sparrow claimed responsibility for the fires at the Iranian steel plant, and Iranian officials blamed Israel.", ("IR", None, "IL", None)),
        ("Researchers named the group APT33 as the intruder in the Saudi petrochemical plant, and Saudi officials blamed Iran.", ("SA", None, "IR", None)),
        ("Security firms tracked the hackers as APT40, while the Australian government blamed China for the intrusion.", ("AU", None, "CN", None)),
        ("The group APT28, named by security firms, hacked the Bundestag, and German prosecutors blamed Russia's GRU.", ("DE", None, "RU", None)),
        # the state takes the group up in its own clause, or speaks of the whole sentence
        ("APT28 hacked the Bundestag, and German prosecutors said the group works for Russia's GRU.", ("DE", "APT28", "RU", None)),
        ("APT28 hacked the Bundestag, German prosecutors said.", ("DE", "APT28", None, None)),
    ],
)
def test_extract_conventions_cattr_state_names_only_its_own_group(text, expected):
    assert expected in _attributions(text)


# location is not sponsorship: an attack said to come from a state whose blame the speaker withholds attributes nothing
@pytest.mark.parametrize(
    "text",
    [
        "Lithuanian officials said the attack came from Russia but did not blame the Russian state.",
        "Lithuanian officials said the DDoS attack was launched from Russian territory, but stopped short of blaming Moscow.",
        "Estonian officials said the attacks came from computers in Russia but declined to accuse the Kremlin.",
    ],
)
def test_extract_conventions_cattr_place_with_blame_withheld_attributes_nothing(text):
    report = analyze_text(text, published="2024-05-01")
    assert not [a for inc in report.incidents for a in inc.attributions]
    assert not [s for inc in report.incidents for s in inc.sponsors]


def test_extract_conventions_cattr_carried_out_from_with_a_summons_still_attributes():
    text = "The Czech foreign ministry said the attack on its email system was carried out from China and summoned the Chinese ambassador."
    assert ("CZ", None, "CN", None) in _attributions(text)


# whom a speaker speaks for ("on behalf of the EU") attributes; it is no sponsor tie
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In a statement on behalf of the EU, High Representative Josep Borrell said China's APT31 had targeted European lawmakers.", ("EU", "APT31", "CN", None)),
        ("Speaking on behalf of the EU, the High Representative said the group APT31 had targeted European lawmakers.", ("EU", "APT31", None, None)),
        ("In a declaration on behalf of the European Union, the bloc's foreign policy chief said Russia's GRU was behind the hack.", ("EU", None, "RU", None)),
        ("Speaking on behalf of the Dutch government, the minister said the group Cozy Bear had broken into the ministry.", ("NL", "Cozy Bear", None, None)),
        # the tie of a doer is still a tie
        ("The hackers acted on behalf of China's Ministry of State Security, US prosecutors said.", ("US", None, "CN", None)),
    ],
)
def test_extract_conventions_cattr_speaking_on_behalf_of(text, expected):
    assert expected in _attributions(text)


def test_extract_conventions_cattr_speaking_on_behalf_of_is_no_sponsor():
    report = analyze_text("Speaking on behalf of the Dutch government, the minister said the group Cozy Bear had broken into the ministry.", published="2024-05-01")
    assert not [s for inc in report.incidents for s in inc.sponsors]


# a company's own researchers speak for the company (vendor findings); unspecified researchers do not
@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("ESET published its findings on Monday. The firm's researchers said the wiper attack on the grain exporter was the work of Sandworm.", {"ESET"}),
        ("Check Point released a report. The company's analysts said the group Handala breached the hospital.", {"Check Point"}),
        ("Mandiant issued a report. Its analysts said APT44 breached Ukrainian telecom firms.", {"Mandiant"}),
        ("The report was published on Monday. Security researchers said the group Sandworm was behind the attack.", set()),
    ],
)
def test_extract_conventions_cattr_a_firms_own_researchers_speak_for_it(text, by):
    assert {a.by for inc in analyze_text(text, published="2024-05-01").incidents for a in inc.attributions} == by


# a hedge in a subordinate clause about something else (a cost, the data's use, more attacks) leaves the attribution's confidence
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack, which may have cost the company millions, was carried out by APT28, German officials said.", ("DE", "APT28", None, None)),
        ("German officials said APT28 was behind the attack, which possibly affected thousands of users.", ("DE", "APT28", None, None)),
        ("Dutch police said the group Sandworm stole data that could have been used to plan sabotage.", ("NL", "Sandworm", None, None)),
        ("British officials said the GRU was behind the hack and warned that more attacks might follow.", ("GB", None, "RU", None)),
        ("Czech officials said APT28 breached the ministry and that the data stolen may include classified files.", ("CZ", "APT28", None, None)),
        # the hedge on the attribution itself
        ("Polish officials said Russian hackers may have breached the ministry.", ("PL", None, "RU", "low")),
        ("Czech officials said that APT28 had likely breached the ministry.", ("CZ", "APT28", None, "medium")),
    ],
)
def test_extract_conventions_cattr_hedge_on_something_else(text, expected):
    assert expected in _attributions(text)


# nationality is not a sponsor, even for a group (fresh convention 2): "a Russian cyber-espionage group"
@pytest.mark.parametrize(
    "text",
    [
        "ESET said a Russian cyber-espionage group it calls Gamaredon had targeted Ukrainian officials.",
        "Kaspersky said an Iranian espionage group it tracks as Ferocious Kitten had spied on dissidents.",
        "Proofpoint said a Chinese cyberespionage group it calls TA413 had phished Tibetan activists.",
    ],
)
def test_extract_conventions_cattr_nationality_of_an_espionage_group_is_no_state(text):
    report = analyze_text(text, published="2024-05-01")
    assert not [s for inc in report.incidents for s in inc.sponsors]
    assert not [a for inc in report.incidents for a in inc.attributions if a.state]


# the attributor's own state tie fills the attribution's state, whatever the group noun
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canadian officials said APT41, a Chinese state-sponsored crew, had breached provincial networks.", ("CA", "APT41", "CN", None)),
        ("Canadian officials said APT41, a Chinese state-backed outfit, had breached provincial networks.", ("CA", "APT41", "CN", None)),
        ("Microsoft said an Iranian government-backed team it tracks as Mint Sandstorm had phished journalists.", ("Microsoft", "Mint Sandstorm", "IR", None)),
    ],
)
def test_extract_conventions_cattr_state_sponsored_crew_fills_the_state(text, expected):
    assert expected in _attributions(text)


# a former official no longer speaks for the state; an opinion writer's judgement is no attribution (fresh convention 10)
@pytest.mark.parametrize(
    "text",
    [
        "A former US intelligence official said Russia was almost certainly behind the breach.",
        "Former NSA director Michael Hayden said China was behind the OPM breach.",
        "Former Estonian president Toomas Ilves said Russia was behind the 2007 attacks.",
        "In an op-ed for the newspaper, a former British ambassador wrote that Russia's GRU was almost certainly behind the hack.",
        "The attack was almost certainly the work of Russia's GRU, writes columnist Anne Applegate.",
        "Germany's former interior minister said the group APT28 was behind the hack.",
        "Britain's ex-cyber chief said Russia's GRU was behind the attack.",
    ],
)
def test_extract_conventions_cattr_former_officials_and_columnists_attribute_nothing(text):
    assert _attributions(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A US intelligence official said Russia was almost certainly behind the breach.", ("US", None, "RU", "high")),
        ("Germany's interior minister said the group APT28 was behind the hack.", ("DE", "APT28", None, None)),
        ("Germany's former ally, Britain, said the group APT28 was behind the hack.", ("GB", "APT28", None, None)),
    ],
)
def test_extract_conventions_cattr_a_serving_official_still_attributes(text, expected):
    assert expected in _attributions(text)


# a co-signed advisory taken up as "it" still speaks for every co-signer (own convention 3)
@pytest.mark.parametrize(
    ("second", "actor", "state"),
    [
        ("It says the group APT40 works for China's Ministry of State Security.", "APT40", "CN"),
        ("It attributes the intrusions to APT40.", "APT40", None),
        ("This names APT40 as the culprit.", "APT40", None),
    ],
)
def test_extract_conventions_cattr_it_takes_up_the_cosigned_advisory(second, actor, state):
    text = ("The advisory was co-authored by the NSA and the FBI along with partners from Australia, Canada, "
            "New Zealand and the United Kingdom. " + second)
    got = {(a.by, a.actor, a.state) for inc in analyze_text(text, published="2024-05-01").incidents for a in inc.attributions}
    assert got == {(by, actor, state) for by in ("US", "AU", "CA", "NZ", "GB")}


# a certainty the speaker does not claim gives no high confidence; the hedge it does use counts
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dutch officials said it was likely, though not certain, that the group APT29 had broken into the ministry.", ("NL", "APT29", None, "medium")),
        ("Czech officials said the group APT28 was likely behind the breach but could not say with certainty.", ("CZ", "APT28", None, "medium")),
        ("British officials said there was no doubt that the GRU was behind the attack.", ("GB", None, "RU", "high")),
        ("Dutch officials said it was almost certain that APT29 broke into the ministry.", ("NL", "APT29", None, "high")),
    ],
)
def test_extract_conventions_cattr_certainty_not_claimed(text, expected):
    assert expected in _attributions(text)
