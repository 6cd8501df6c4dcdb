"""Responses and denials in wordings the tuned articles rarely use, on invented texts.

Each family of phrasings is checked on several wordings (wire, press release, vendor blog, regional
outlet; active, passive, nominal, headline) and near misses that must give nothing, written from the
spec's vocabulary and the annotation conventions (shared/corpus/README.md), not from any article.
"""

from __future__ import annotations

import pytest

from extract_helpers import denials_of as _denials, responses_of as _responses


# responses of every type in several styles, with who takes them and against whom
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Dutch foreign ministry on Thursday summoned Russia's ambassador after the military intelligence service MIVD said the GRU had tried to hack the OPCW.",
         ("summon_ambassador", "NL", "RU")),
        ("Germany summons Russian envoy over APT28 hack of SPD email accounts",
         ("summon_ambassador", "DE", "RU")),
        ("The Foreign Office summoned China's charge d'affaires on Monday after Britain blamed Chinese state-affiliated hackers for the Electoral Commission breach.",
         ("summon_ambassador", "GB", "CN")),
        ("Australia called in China's ambassador for a meeting with the foreign ministry secretary after Canberra attributed the parliament hack to the Ministry of State Security.",
         ("summon_ambassador", "AU", "CN")),
        ("Lithuania has recalled its envoy to Beijing for consultations following the hacking campaign it attributed to the Chinese Ministry of State Security.",
         ("recall_ambassador", "LT", "CN")),
        ("Wellington said it was recalling its ambassador to Moscow for consultations, after blaming the GRU for cyberattacks on New Zealand ministries.",
         ("recall_ambassador", "NZ", "RU")),
        ("Estonia declared a Russian diplomat persona non grata on Thursday after the GRU was blamed for cyberattacks on Estonian ministries.",
         ("expel_diplomats", "EE", "RU")),
        ("Prague expels two Russian diplomats over Unit 29155 cyberattacks blamed on the GRU",
         ("expel_diplomats", "CZ", "RU")),
        ("Tirana broke off diplomatic relations with Tehran after concluding that Iranian state hackers were behind the cyberattack on government services.",
         ("sever_relations", "AL", "IR")),
        ("The Council of the European Union on Monday imposed restrictive measures on six individuals and three entities responsible for cyberattacks, including GRU Unit 26165, known as APT28.",
         ("sanctions", "EU", "RU")),
        ("The US Treasury's Office of Foreign Assets Control (OFAC) sanctioned Wuhan Xiaoruizhi Science and Technology Company, a front company for the MSS that employed APT31 hackers.",
         ("sanctions", "US", "CN")),
        ("The UK has sanctioned a front company and two individuals linked to APT31, a Chinese state-affiliated group, the Foreign, Commonwealth and Development Office said.",
         ("sanctions", "GB", "CN")),
        ("EU slaps sanctions on Russian military intelligence officers over 2015 Bundestag hack by APT28",
         ("sanctions", "EU", "RU")),
        ("Germany's federal prosecutor has issued an arrest warrant for Dmitry Badin, a GRU officer accused of the 2015 Bundestag hack by APT28.",
         ("indictment", "DE", "RU")),
        ("The FBI added two IRGC-linked hackers to its Most Wanted list over the cyberattacks on US dams.",
         ("indictment", "US", "IR")),
        ("Ukrainian police arrested a member of the Sandworm group, which works for the GRU, the SBU said.",
         ("arrest", "UA", "RU")),
        ("Spanish police detained a suspected leader of the Scattered Spider cybercrime group at Palma airport.",
         ("arrest", "ES", None)),
        ("The State Department's Rewards for Justice program is offering up to $10 million for information on six GRU officers behind the NotPetya attacks.",
         ("reward", "US", "RU")),
        ("Europol said police in six countries seized servers and took down the infrastructure of the LockBit ransomware gang.",
         ("takedown", "EU", None)),
        ("US authorities seized 17 website domains used by North Korean IT workers working for the RGB to defraud companies.",
         ("takedown", "US", "KP")),
        ("The German domestic intelligence agency BfV published a security advisory on APT15 attacks on German companies, saying the group acts on behalf of the Chinese state.",
         ("advisory", "DE", "CN")),
        ("NATO allies said they stand in solidarity with Germany and Czechia, condemning the cyber campaign carried out by APT28, which is controlled by the GRU.",
         ("condemnation", "NATO", "RU")),
        ("\"We call on China to refrain from such irresponsible behaviour,\" Secretary of State Antony Blinken said after the US attributed the Exchange hack to the MSS.",
         ("condemnation", "US", "CN")),
        ("Japan urged Beijing to stop the cyberattacks by MirrorFace, which police linked to the Chinese state.",
         ("condemnation", "JP", "CN")),
    ],
)
def test_responses_in_many_styles(text, expected):
    assert expected in _responses(text)


# a joint advisory: every co-signer's state is a party to it
def test_joint_advisory_cosigners():
    text = ("A joint advisory by the NSA, the FBI, CISA, the UK's NCSC, Australia's ASD, the Canadian Centre for Cyber Security "
            "and New Zealand's NCSC warned that Volt Typhoon, a PRC state-sponsored actor, had pre-positioned on critical infrastructure.")
    assert {("advisory", s, "CN") for s in ("US", "GB", "AU", "CA", "NZ")} <= _responses(text)


# a scene-setting phrase before the subject ("In a court-authorized operation, the FBI ...") does not hide who acts
@pytest.mark.parametrize(
    "text, expected",
    [
        ("In a court-authorized operation, the FBI removed the PlugX malware from thousands of computers infected by the Chinese state-sponsored group Mustang Panda.",
         ("takedown", "US", "CN")),
        ("As part of a court-authorised operation, the Justice Department disrupted a botnet of routers run by APT28, a unit of Russia's GRU.",
         ("takedown", "US", "RU")),
        ("In a multinational law enforcement action, the FBI seized the servers of a botnet run by the GRU's Sandworm.",
         ("takedown", "US", "RU")),
    ],
)
def test_scene_phrase_before_the_subject(text, expected):
    assert expected in _responses(text)


# threats, calls, other quarrels, a court's summons, a negated summons, a vendor's advisory: no response
@pytest.mark.parametrize(
    "text",
    [
        "The Dutch foreign ministry did not summon the Russian ambassador over the GRU hacking attempt, a spokesman said.",
        "Prosecutors issued a summons to the former employee in the court case over the APT28 breach of the ministry.",
        "The opposition demanded that the government summon the Chinese ambassador over the APT31 hacking of the parliament.",
        "Lithuania is considering recalling its ambassador to Beijing over the APT31 hacks, the foreign minister said.",
        "The Czech government threatened to expel Russian diplomats if the GRU cyberattacks continued.",
        "Albania said it would not break off relations with Iran over the hacking, which it blamed on Iranian state actors.",
        "An opposition MP called for sanctions against China after APT31 targeted members of parliament.",
        "The foreign minister warned that Russia could face sanctions if the GRU cyberattacks continued.",
        "Washington imposed new sanctions on Iran over its nuclear programme on Monday. Separately, researchers said APT33 targeted airlines.",
        "The EU is preparing sanctions against those behind the cyberattacks, which it blamed on the GRU, diplomats said.",
        "The Justice Department is weighing charges against the GRU hackers, people familiar with the matter said.",
        "Police have not arrested anyone over the Scattered Spider intrusions, officials said.",
        "Microsoft paid a $50,000 bug bounty to a researcher who found the flaw used by APT29.",
        "The hackers seized control of the ministry's servers, which investigators linked to APT28 and the GRU.",
        "Security firm Sekoia published an advisory about a new phishing kit that has been used against banks.",
        "Officials said they were concerned by the hacking campaign, which they attributed to APT31, a group linked to the MSS.",
    ],
)
def test_near_misses_give_no_response(text):
    assert not _responses(text)


# the accused's denial in its usual words, spoken by a titled and named spokesperson, an embassy or the state
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Britain blamed APT31 for the hack. Chinese foreign ministry spokesman Lin Jian called the accusations baseless.", "CN"),
        ("Britain blamed APT31 for the hack. A spokesperson for China's foreign ministry, Mao Ning, called the accusations \"groundless\".", "CN"),
        ("Chinese foreign ministry spokesman Lin Jian called the accusations baseless and said China has always opposed all forms of cyberattacks. Britain had blamed APT31 for the hack.", "CN"),
        ("The Chinese embassy in London said the claims were \"groundless\" and a \"malicious smear\", after the UK linked APT31 to the Ministry of State Security.", "CN"),
        ("Kremlin spokesman Dmitry Peskov denied any Russian involvement in the hack, which Dutch officials blamed on the GRU.", "RU"),
        ("Iran's mission to the United Nations denied any involvement in the cyberattack on Albania, which Tirana blamed on the Iranian state.", "IR"),
        ("China firmly opposes and rejects the groundless accusation, the embassy said in a statement responding to the Czech attribution of APT31 to the MSS.", "CN"),
        ("The Russian embassy in Prague said it had nothing to do with the cyberattacks that Czech officials linked to the GRU's APT28.", "RU"),
        ("Britain blamed the GRU for the hack. Russia's embassy in London called the claims a smear.", "RU"),
    ],
)
def test_denials(text, expected):
    assert expected in _denials(text)


# a victim denying a loss, a company rejecting blame, the accuser's own stock line: no denial
@pytest.mark.parametrize(
    "text",
    [
        "The ministry denied that any classified data had been stolen in the hack, which officials blamed on APT28, a GRU unit.",
        "Microsoft rejected claims that its software was to blame for the breach by APT29, which the US links to the SVR.",
        "Officials denied reports that they had paid a ransom to the hackers, whom the FBI linked to North Korea's RGB.",
        "Britain blamed APT31, a Chinese state-sponsored group, for the hack. British Foreign Secretary David Lammy said Britain has always opposed all forms of malicious cyber activity.",
        "The Czech foreign ministry spokesman Daniel Drake said Prague has always opposed all forms of espionage, after the security agency blamed APT31, tied to China's MSS.",
    ],
)
def test_no_denial(text):
    assert not _denials(text)


# infrastructure taken offline, or the nominal "disruption of a botnet"; police taking down servers do not make their
# state the accused
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The FBI knocked the botnet offline in January; it had been run by the GRU's APT28.", ("takedown", "US", "RU")),
        ("The FBI took the KV botnet offline, disrupting Volt Typhoon, a Chinese state-sponsored group.", ("takedown", "US", "CN")),
        ("German authorities took the command-and-control servers offline in a raid against Sandworm, which is run by the GRU.",
         ("takedown", "DE", "RU")),
        ("Dutch police took the servers offline that APT28, a GRU unit, had used to steal data from ministries.", ("takedown", "NL", "RU")),
        ("The Justice Department announced the disruption of a botnet controlled by Russia's GRU Unit 26165, also known as APT28.",
         ("takedown", "US", "RU")),
        ("German police took down the servers used by APT28, a GRU unit, to steal data from ministries.", ("takedown", "DE", "RU")),
        ("Dutch police shut down servers used by APT28, a GRU unit, to steal data from ministries.", ("takedown", "NL", "RU")),
    ],
)
def test_infrastructure_taken_offline(text, expected):
    assert expected in _responses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pro-Russian hackers knocked the ministry's websites offline for several hours, in an attack blamed on Killnet by officials in Vilnius.",
        "The ministry took its servers offline after discovering the intrusion, which officials blamed on APT28, a GRU unit.",
        "The DDoS attack took the bank's websites offline; authorities blamed the NoName057 group, which works for the GRU.",
        "Lithuanian police took the city's websites offline as a precaution after hackers tied to the GRU breached the network.",
        "Russian military hackers took down Ukrainian government websites, officials in Kyiv said, blaming the GRU.",
    ],
)
def test_sites_knocked_offline_by_attackers_or_owners(text):
    assert not {r for r in _responses(text) if r[0] == "takedown"}


# the response noun with its participle and agent right after it: "The sanctions announced by the US ..."
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The sanctions announced by the US on Friday target GRU officers held responsible for the NotPetya attack.", ("sanctions", "US", "RU")),
        ("The restrictive measures adopted by the EU Council on Monday cover six GRU officers behind the Bundestag hack.", ("sanctions", "EU", "RU")),
        ("The charges brought by the Justice Department accuse two MSS officers of hacking US companies.", ("indictment", "US", "CN")),
        ("A reward offered by the United States of up to $5 million targets Lazarus Group hackers working for North Korea's RGB.", ("reward", "US", "KP")),
    ],
)
def test_response_noun_with_its_agent(text, expected):
    assert expected in _responses(text)


def test_sanctions_evaded_are_no_response():
    assert not _responses("Russian banks evaded sanctions imposed by the US while the GRU hacked Ukrainian ministries.")


# more of the accused's answers: "do not correspond to reality", "malicious hype", telling the accuser to stop smearing
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Britain blamed the GRU for the hack. A spokesman for the Russian embassy said the allegations \"do not correspond to reality\".", "RU"),
        ("Canberra blamed APT40, which works for China's MSS. The Chinese embassy hit back, saying the accusations were \"malicious hype\".", "CN"),
        ("The US blamed Volt Typhoon, a Chinese state-sponsored group. China's embassy said Washington should stop smearing China.", "CN"),
        ("Washington blamed IRGC-linked hackers for the hack. Iran's foreign ministry said the claims did not correspond with the facts.", "IR"),
    ],
)
def test_more_denials(text, expected):
    assert expected in _denials(text)


# the response's participle with its agent right after it: "the GRU hackers condemned by Berlin"; and a cue that
# opens with its doer's name: "Treasury designates ...", "OFAC designated ..."
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The GRU hackers condemned by Berlin are still active, researchers at Mandiant said.", ("condemnation", "DE", "RU")),
        ("Six GRU officers sanctioned by the EU in 2020 were also behind the attacks, the report said.", ("sanctions", "EU", "RU")),
        ("Two MSS officers indicted by the United States in 2018 ran the APT10 campaign, Germany's BfV said.", ("indictment", "US", "CN")),
        ("The Treasury Department designated six IRGC-affiliated cyber actors on Friday for attacks on US water utilities.", ("sanctions", "US", "IR")),
        ("Treasury designates IRGC-affiliated cyber actors for attacks on US water utilities", ("sanctions", "US", "IR")),
        ("OFAC designated two GRU officers for their role in hacking the Democratic National Committee.", ("sanctions", "US", "RU")),
    ],
)
def test_participle_agent_and_named_doer(text, expected):
    got = _responses(text)
    assert expected in got
    assert not {r for r in got if r[0] == expected[0] and r[1] != expected[1]}  # (not the one who reports it)


def test_attacked_by_is_no_response():
    assert not _responses("Government websites attacked by Killnet were restored, officials in Vilnius said.")


# the accuser dismissing the accused's "claims of innocence" is no denier; "spy mania" is the accused's answer
def test_accuser_dismissing_claims_of_innocence_is_no_denier():
    assert not _denials("Australia dismissed China's claims of innocence after blaming APT40, a group of the MSS, for the hack.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Netherlands blamed the GRU. Russia's foreign ministry said the Dutch accusations were \"spy mania\".", "RU"),
        ("Britain blamed APT31, tied to China's MSS, for the hack. The Chinese embassy called the claims \"anti-China scaremongering\".", "CN"),
    ],
)
def test_spy_mania_denials(text, expected):
    assert expected in _denials(text)


# a target (journalist, activist) that the sentence tells was arrested is no arrest of the operators
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The journalist who was hacked by APT28, a GRU unit, had been arrested in 2019 by police in Minsk.", None),
        ("Several activists whose phones were infected with spyware tied to the Saudi government were later arrested by Saudi police.", None),
        ("The hacker who targeted journalists for the GRU was arrested by federal agents in the United States.", ("arrest", "US", "RU")),
        ("Two suspected GRU agents were detained by the SBU in Kyiv over cyberattacks on Ukrainian banks.", ("arrest", "UA", "RU")),
    ],
)
def test_target_arrested_is_no_arrest(text, expected):
    arrests = {r for r in _responses(text) if r[0] == "arrest"}
    assert arrests == ({expected} if expected else set())


# headlines in the present tense
@pytest.mark.parametrize(
    "text, expected",
    [
        ("FBI disrupts GRU botnet of hijacked routers", ("takedown", "US", "RU")),
        ("Ukraine arrests FSB hacker behind attacks on government sites", ("arrest", "UA", "RU")),
        ("Albania cuts diplomatic ties with Iran over cyberattack it blames on Tehran", ("sever_relations", "AL", "IR")),
        ("Albania recalls envoy to Tehran for consultations over cyberattack it blames on Iran", ("recall_ambassador", "AL", "IR")),
        ("Czech foreign ministry summons Chinese ambassador over APT31 cyberattack linked to MSS", ("summon_ambassador", "CZ", "CN")),
        ("US charges Chinese MSS officers over APT40 hacking campaign", ("indictment", "US", "CN")),
    ],
)
def test_present_tense_headlines(text, expected):
    assert expected in _responses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Opposition calls for arrests of GRU hackers behind the cyberattacks on ministries",
        "Ukraine's SBU says no arrests of FSB hackers have been made",
        "The GRU cuts off power to Ukrainian cities with a cyberattack, officials said.",
    ],
)
def test_present_tense_near_misses(text):
    assert not _responses(text)


# a condemnation not made ("did not condemn", "stopped short of condemning") is none; one made stands
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Germany did not condemn the hack, which researchers attributed to APT28, a GRU unit.", None),
        ("The EU stopped short of condemning Russia over the GRU hack of the Bundestag.", None),
        ("Paris declined to publicly condemn Moscow after the GRU was blamed for the TV5Monde attack.", None),
        ("The Czech government strongly condemned the malicious cyber campaign, which it attributed to APT31 of China's Ministry of State Security.",
         ("condemnation", "CZ", "CN")),
        ("France expressed its full solidarity with Germany after Berlin blamed APT28, a GRU unit.", ("condemnation", "FR", "RU")),
    ],
)
def test_condemnation_not_made(text, expected):
    got = {r for r in _responses(text) if r[0] == "condemnation"}
    assert got == ({expected} if expected else set())
