"""What an operation did (an incident's `activity`), told in the many ways news tells it, and near misses (spec-driven)."""

from __future__ import annotations

import pytest

from extract_helpers import incidents_of as _incidents


def _activity_of(text: str) -> str:
    (inc,) = _incidents(text)
    for ev in inc.activity_evidence:  # evidence slices the text exactly
        assert text[ev.start : ev.end] == ev.text
    return inc.activity


@pytest.mark.parametrize(
    "text",
    [
        "Hackers linked to China's Ministry of State Security stole sensitive documents from the Belgian defence ministry, officials said.",
        "APT29, which works for Russia's SVR, harvested emails from senior Microsoft executives, the company said on Friday.",
        "Hackers from the Iranian state-backed group APT34 gathered intelligence on Israeli defence contractors for two years, researchers said.",
        "Dutch intelligence exposes Chinese cyber-espionage campaign against the armed forces. The MIVD said Chinese state hackers were behind the operation.",
        "North Korean state hackers spied on South Korean nuclear engineers for months, Seoul's intelligence service said.",
        "A hacking group backed by the Chinese government siphoned data from Southeast Asian governments, Symantec said.",
        "Pro-government hackers working for Iran's Revolutionary Guard carried out surveillance of dissidents abroad, the report said.",
        "Chinese state-sponsored hackers accessed the inboxes of senior State Department officials, US officials said.",
        "Hackers from the Chinese group APT40 pilfered maritime research from universities, the Justice Department said.",
        "APT29 hackers, working for Russia's SVR, snooped on the emails of diplomats at three European embassies, officials said.",
        "Kimsuky, a North Korean state-backed group, targeted think tanks to glean insight into foreign policy, the advisory said.",
        "The hackers, working for China's MSS, made off with sensitive files on the submarine programme, officials said.",
        "Chinese state hackers exfiltrated terabytes of data from telecom providers in Asia, researchers said.",
        "Chinese state hackers linked to the MSS read the emails of the finance minister for months, officials said.",
    ],
)
def test_espionage(text):
    assert _activity_of(text) == "espionage"


@pytest.mark.parametrize(
    "text",
    [
        "Russia's Sandworm unleashed wiper malware on Ukrainian government networks, Microsoft said.",
        "Hackers working for Iran's government destroyed data on thousands of computers at Saudi Aramco, investigators said.",
        "Iranian state-linked hackers tampered with the controls of a water facility in Pennsylvania, CISA said.",
        "Israeli state hackers caused an explosion at an Iranian steel plant, the group claimed and officials confirmed.",
        "Hackers working for Russia's GRU erased the hard drives of hundreds of machines at the ministry, officials said.",
        "North Korean state hackers wiped the servers of Sony Pictures, the FBI said.",
        "Iranian state hackers deployed destructive malware against Albanian government systems, Microsoft said.",
        "Russian state hackers overwrote the master boot record on hundreds of machines, rendering them unbootable, CERT said.",
        "Russian state hackers knocked out heating in hundreds of apartment buildings in Lviv, Dragos said.",
    ],
)
def test_sabotage(text):
    assert _activity_of(text) == "sabotage"


@pytest.mark.parametrize(
    "text",
    [
        "Pro-Russian hackers linked to the GRU launched DDoS attacks on Lithuanian government websites, officials said.",
        "Russian state hackers knocked the websites of several German ministries offline, Berlin said.",
        "An Iranian state-backed group defaced the websites of Israeli newspapers, officials said.",
        "The attack by Chinese state hackers caused an hours-long outage at the port's terminal systems, officials said.",
        "Hackers working for Russia's GRU took down the website of the Georgian president, the government said.",
        "Russian state hackers flooded Estonian bank servers with traffic, Tallinn said.",
        "A Russian state-backed attack paralysed the computer systems of the Ukrainian parliament for hours, officials said.",
        "North Korean state hackers brought down the network of a South Korean broadcaster, officials said.",
        "Pro-Kremlin hackers linked to the GRU bombarded the websites of Danish ministries with junk requests, Copenhagen said.",
    ],
)
def test_disruption(text):
    assert _activity_of(text) == "disruption"


@pytest.mark.parametrize(
    "text",
    [
        "Russian military intelligence hackers leaked emails of the Macron campaign ahead of the election, officials said.",
        "A troll farm run by Russia's GRU spread fake news about the vaccine on social media after hackers breached a ministry, the EU said.",
        "Hackers linked to the GRU stole and published anti-doping records of athletes to smear them, WADA said.",
        "Hackers working for China ran a network of fake accounts to sow discord among American voters, Meta said.",
        "Russian state hackers posted the stolen correspondence of British trade officials on Reddit, officials said.",
        "Iranian state hackers sent threatening emails to voters posing as the Proud Boys, US officials said.",
        "Hackers working for Russia's GRU pushed disinformation about the Moldovan election, officials said.",
        "Russian state hackers breached the Polish news agency and published a fake report about a mobilisation, officials said.",
    ],
)
def test_influence(text):
    assert _activity_of(text) == "influence"


@pytest.mark.parametrize(
    "text",
    [
        "North Korean state hackers stole cryptocurrency worth $600 million from the Ronin bridge, the FBI said.",
        "Hackers from the North Korea-backed Lazarus group demanded a ransom from the hospitals, officials said.",
        "North Korea's Lazarus Group ran an extortion campaign against US healthcare providers, the Justice Department said.",
        "North Korean state hackers laundered the proceeds through crypto mixers, the Treasury said.",
        "Lazarus, the North Korean state group, robbed a Japanese crypto exchange of $300 million, officials said.",
        "Hackers working for North Korea's government encrypted the hospital's servers and demanded payment in bitcoin, officials said.",
        "North Korea's state hackers pocketed hundreds of millions of dollars from crypto firms, UN experts said.",
        "North Korean state hackers hijacked the exchange's hot wallets and drained $100 million in tokens, the company said.",
    ],
)
def test_financial(text):
    assert _activity_of(text) == "financial"


@pytest.mark.parametrize(
    "text",
    [
        "Chinese state hackers pre-positioned themselves in US water utilities, CISA said.",
        "Volt Typhoon, a Chinese state-sponsored group, has been living off the land in critical infrastructure to disrupt it later, officials said.",
        "The Chinese state-backed group sought to maintain access for future disruptive attacks on US energy networks, the advisory said.",
        "Chinese state hackers burrowed into American power grids, preparing to cause chaos in a conflict over Taiwan, officials said.",
        "Volt Typhoon, backed by China, hid inside telecom networks to lay the groundwork for disruption in a crisis, the FBI said.",
        "Hackers working for China's government are seeking to establish a foothold in critical infrastructure for use in a potential conflict, the NSA said.",
        "Volt Typhoon, a Chinese state group, maintained persistent access to critical infrastructure for years to be able to disrupt it, officials said.",
        "Chinese state hackers have lurked in US ports' networks, ready to disrupt shipping during a war over Taiwan, officials said.",
    ],
)
def test_prepositioning(text):
    assert _activity_of(text) == "prepositioning"


# Two activities in one text: what the spec calls the operation wins.
@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # a spying operation that also leaked what it took: hack-and-leak is influence
        ("Hackers working for Russia's GRU stole emails from the party's servers and leaked them online weeks before the vote, officials said.", "influence"),
        # a wiper dressed as ransomware is sabotage, not money
        ("Sandworm, a GRU unit, deployed a wiper disguised as ransomware against Ukrainian logistics firms, Microsoft said.", "sabotage"),
        # a theft through the bank's messaging system is financial, whatever was broken into first
        ("North Korea's Lazarus Group hacked the bank's SWIFT terminals and stole $81 million, the FBI said.", "financial"),
        # a changed chemical dose is sabotage
        ("Iranian state hackers breached the water utility and tampered with chemical dosing, officials said.", "sabotage"),
        # a service knocked offline is disruption
        ("Hackers working for Iran's IRGC hit the Albanian government with a cyberattack that knocked its online services offline, officials said.", "disruption"),
        # access kept to disrupt later is prepositioning
        ("Chinese state hackers spent years inside the utility's network, officials said, positioning themselves to disrupt operations in a future conflict.", "prepositioning"),
        # the operation stole; what its malware could do is a warning, not disruption
        ("Chinese state hackers stole documents from the port authority, officials said; they warned the malware could be used to disrupt operations.", "espionage"),
        # "Separately, the group also ..." is still this actor's
        ("North Korea's Lazarus Group breached a South Korean bank, officials said. Separately, the group also stole cryptocurrency worth $40 million from an exchange.", "financial"),
    ],
)
def test_two_activities(text, activity):
    assert _activity_of(text) == activity


# Near misses: the words of an activity that say nothing of what this operation did.
@pytest.mark.parametrize(
    "text",
    [
        # a ransom in another, unrelated story
        "Chinese state hackers breached the ministry's network, officials said. Separately, a local man was jailed for demanding a ransom from his neighbour.",
        "Chinese state hackers breached the ministry's network, officials said. In an unrelated case, a local man was jailed for demanding a ransom from his neighbour.",
        # "campaign" and "influence" in their ordinary senses
        "Russian state hackers breached the minister's campaign office network, officials said.",
        "Chinese state hackers breached the agency, which has wide influence over trade policy, officials said.",
        "APT28, a unit of Russia's GRU, broke into the agency's network, officials said. Officials said the campaign's influence on policy was limited.",
        # a disruption that did not happen, and a later hour of a real disruption is no plan
        "Hackers working for China's MSS breached the port authority, officials said, and found no sign the systems were disrupted.",
    ],
)
def test_near_miss_is_unknown(text):
    assert _activity_of(text) == "unknown"


def test_a_later_hour_is_no_plan():
    text = "Russian state hackers disrupted the railway's ticketing services later that day, officials said."
    assert _activity_of(text) == "disruption"


# A second round: what was done, told in still other words (a later sentence, a purpose, a capability kept for a war).
@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Chinese state hackers breached the foreign ministry. The intruders were after diplomatic cables and negotiating positions, officials said.", "espionage"),
        ("APT31, a group run by China's MSS, compromised the parliament's email system to monitor lawmakers critical of Beijing, officials said.", "espionage"),
        ("Russia's APT28 hacked the routers of European governments to spy on their traffic, the NCSC said.", "espionage"),
        ("Iranian state hackers ran an intelligence-gathering operation against Middle East airlines, researchers said.", "espionage"),
        ("North Korean state hackers rendered thousands of computers at South Korean banks inoperable, Seoul said.", "sabotage"),
        ("Iranian state hackers crashed the plant's safety systems, causing physical damage, officials said.", "sabotage"),
        ("Chinese state hackers overloaded Taiwanese government servers, making them inaccessible for hours, Taipei said.", "disruption"),
        ("Russian state hackers took the websites of German parties offline with a flood of traffic, officials said.", "disruption"),
        ("Iranian state hackers stole documents from the campaign and sent them to news organisations, the FBI said.", "influence"),
        ("The Chinese state group Spamouflage amplified pro-Beijing narratives through hacked accounts, researchers said.", "influence"),
        ("Russian state hackers forged documents and spread them online to undermine trust in the elections, officials said.", "influence"),
        ("North Korean state hackers siphoned millions from the central bank, officials said.", "financial"),
        ("North Korean IT workers working for Pyongyang's government funnelled their wages to the regime's weapons programme, officials said.", "financial"),
        ("North Korean state hackers locked the files of hospitals and demanded bitcoin, the FBI said.", "financial"),
        ("Chinese state hackers have been hiding in US critical infrastructure, waiting to strike, officials said.", "prepositioning"),
        ("Volt Typhoon, China's state hackers, embedded themselves in water systems to be ready for a conflict with the United States, officials said.", "prepositioning"),
        ("Chinese state hackers maintained footholds in US telecom networks that could allow them to cut communications during a crisis, the FBI said.", "prepositioning"),
        ("Russian state hackers implanted malware in the US grid that could be triggered to cause blackouts, officials said.", "prepositioning"),
        ("Chinese state hackers sought to gain a foothold that would let them sabotage infrastructure if war broke out, officials said.", "prepositioning"),
    ],
)
def test_other_words(text, activity):
    assert _activity_of(text) == activity


# Near misses of the second round: money in millions of records, people watched by no one hostile, a war in the past.
@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Chinese state hackers stole millions of records from the insurer, officials said.", "espionage"),
        ("Chinese state hackers stole documents on how the ministry monitors lawmakers' expenses, officials said.", "espionage"),
        ("Russian state hackers disrupted the railway's ticketing services during the war, officials said.", "disruption"),
    ],
)
def test_other_words_near_miss(text, activity):
    assert _activity_of(text) == activity
