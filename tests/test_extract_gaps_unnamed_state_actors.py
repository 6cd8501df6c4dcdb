"""Operations of a state's unnamed hackers, told in the words of each activity (invented, news-style texts).

An incident with no named actor is keyed by its sponsor state (spec, "Incidents"): whatever verb tells the act
("gathered intelligence on", "pushed disinformation", "demanded a ransom", "bricked modems"), the incident exists,
with its sponsor and agency, and the activity the words say.
"""

from __future__ import annotations

import pytest

from extract_helpers import incidents_of as _incidents


# (text, sponsor state, agency or None, activity or None when the test does not ask)
OPERATIONS = [
    # espionage told as collecting, reading, watching
    ("The Iranian state-backed group gathered intelligence on Israeli defence officials, researchers said.", "IR", None, "espionage"),
    ("Russian military intelligence hackers collected information about Ukrainian troop movements, officials said.", "RU", "GRU", "espionage"),
    ("Cyber spies working for Beijing gathered intelligence on Taiwanese lawmakers, officials said.", "CN", None, "espionage"),
    ("Iranian government hackers collected information on dissidents living abroad, researchers said.", "IR", None, "espionage"),
    ("Russian GRU hackers gathered information on investigators of the MH17 crash, Dutch officials said.", "RU", "GRU", "espionage"),
    ("Iranian state-backed hackers are collecting information on US officials, Google said.", "IR", None, "espionage"),
    ("The Chinese state-sponsored group obtained the personal data of millions of Americans, officials said.", "CN", None, None),
    ("Chinese hackers working for the Ministry of State Security amassed data on millions of Americans, prosecutors said.", "CN", "MSS", None),
    ("A Chinese state-sponsored campaign has been harvesting data from telecom providers, the FBI said.", "CN", None, None),
    ("Beijing-backed hackers harvested the emails of senior State Department officials, Microsoft said.", "CN", None, None),
    ("A Chinese state-sponsored group harvested credentials from thousands of routers, the NSA said.", "CN", None, None),
    ("Chinese cyber spies read the emails of US officials for months, Microsoft said.", "CN", None, "espionage"),
    ("A Beijing-sponsored group read the emails of the US commerce secretary, officials said.", "CN", None, "espionage"),
    ("Chinese spies have been reading the emails of Czech diplomats, the Czech government said.", "CN", None, "espionage"),
    ("Russia's SVR monitored the email of Microsoft's senior leadership team, the company said.", "RU", "SVR", None),
    ("A Chinese government-linked group surveilled Uyghur activists abroad, researchers said.", "CN", None, None),
    ("Iran's Ministry of Intelligence surveilled Iranian journalists abroad, researchers said.", "IR", "MOIS", None),
    ("The Russian government-backed actors obtained access to the email accounts of European diplomats, researchers said.", "RU", None, None),
    ("Chinese intelligence hackers obtained access to the email accounts of senior officials, Microsoft said.", "CN", None, None),
    ("Iranian government-linked hackers obtained access to the Trump campaign's emails, the FBI said.", "IR", None, None),
    ("Chinese state-sponsored hackers stole designs from a US defence contractor, officials said.", "CN", None, "espionage"),
    ("A Beijing-backed group spied on Southeast Asian foreign ministries for years, researchers said.", "CN", None, "espionage"),
    ("Chinese state-sponsored hackers have been spying on European governments for years, researchers said.", "CN", None, "espionage"),
    ("A Chinese state-backed group eavesdropped on the phone calls of senior politicians, the FBI said.", "CN", None, "espionage"),
    ("Chinese intelligence officers recruited insiders to steal technology from Western firms, MI5 said.", "CN", None, None),
    # sabotage and disruption
    ("A Russian GRU unit bricked tens of thousands of satellite modems across Europe, officials said.", "RU", "GRU", "sabotage"),
    ("Moscow-directed hackers bricked modems used by the Ukrainian military, officials said.", "RU", None, "sabotage"),
    ("Russian military intelligence wiped hundreds of computers at the Ukrainian ministry, officials said.", "RU", "GRU", "sabotage"),
    ("A GRU unit sabotaged the French television network TV5Monde in 2015, prosecutors said.", "RU", "GRU", "sabotage"),
    ("Russian intelligence operatives manipulated the controls of a water plant in Texas, officials said.", "RU", None, None),
    ("A GRU unit defaced thousands of Georgian websites in 2019, the British government said.", "RU", "GRU", "disruption"),
    ("Hackers believed to work for Tehran defaced the websites of Albanian ministries, officials said.", "IR", None, "disruption"),
    ("Iran-linked actors disrupted water systems in Pennsylvania, CISA said.", "IR", None, "disruption"),
    ("State-sponsored hackers from Russia took down the website of the Polish parliament, officials said.", "RU", None, "disruption"),
    ("Hackers acting on behalf of Iran's Revolutionary Guards defaced Israeli websites, officials said.", "IR", "IRGC", "disruption"),
    # influence
    ("A Russian state campaign pushed disinformation about the election, officials said.", "RU", None, "influence"),
    ("The Kremlin-backed group spread disinformation about the war on social media, officials said.", "RU", None, "influence"),
    ("Kremlin-backed operatives disseminated fake news stories about NATO troops, the EU said.", "RU", None, "influence"),
    ("Iranian state-sponsored hackers amplified propaganda in the run-up to the US election, Microsoft said.", "IR", None, "influence"),
    ("Russian GRU officers interfered in the 2016 US presidential election, prosecutors said.", "RU", "GRU", None),
    ("Russian government hackers meddled in the French presidential election, officials said.", "RU", None, "influence"),
    ("Iran-linked actors leaked emails from the campaign of the former president, the FBI said.", "IR", None, "influence"),
    ("Iranian government hackers sent threatening messages to Israeli citizens, officials said.", "IR", None, None),
    # financial
    ("The North Korea-backed group demanded a ransom from the hospital, the FBI said.", "KP", None, "financial"),
    ("Russian state hackers demanded a ransom from a Ukrainian energy company, officials said.", "RU", None, "financial"),
    ("North Korean operatives stole $600 million in cryptocurrency from a gaming company, the FBI said.", "KP", None, "financial"),
    ("North Korean government hackers swindled South Korean investors out of millions, police said.", "KP", None, None),
    ("A North Korean state-backed group defrauded crypto investors with fake trading apps, researchers said.", "KP", None, None),
    ("North Korean government hackers channelled stolen funds to the regime's missile programme, the UN said.", "KP", None, None),
    ("North Korean operatives drained $100 million from a cryptocurrency bridge, the FBI said.", "KP", None, None),
    ("North Korean state hackers have been extorting hospitals with ransomware, the US said.", "KP", None, "financial"),
    ("North Korea's Reconnaissance General Bureau stole $1.5 billion from a crypto exchange, the FBI said.", "KP", "RGB", "financial"),
    # prepositioning
    ("A Chinese government-backed group pre-positioned malware in US power grids, officials said.", "CN", None, "prepositioning"),
    ("Chinese state hackers pre-positioned themselves in US critical infrastructure for future disruption, CISA said.", "CN", None, "prepositioning"),
    # passive, nominal and headline forms
    ("Chinese state hackers breach US Treasury, steal documents", "CN", None, None),
    ("The Dutch defence ministry was hacked by Chinese state-sponsored hackers, the Dutch intelligence service said.", "CN", None, None),
    ("The email accounts of Slovak diplomats were compromised by Russian state hackers, officials said.", "RU", None, None),
    ("A cyberattack by Russian military intelligence knocked out heating in Lviv, Ukrainian officials said.", "RU", "GRU", None),
    ("Espionage by Beijing-backed hackers against the Philippine government continued for months, researchers said.", "CN", None, "espionage"),
    # a state actor first, its state named later
    ("A state actor breached the Czech foreign ministry. Officials later said the attackers worked for China.", "CN", None, None),
    ("The intrusion was carried out by a state actor, the ministry said. Officials later said the attackers worked for Russia's GRU.", "RU", "GRU", None),
    # a state's own cyber forces against criminals is an operation too
    ("Australian signals intelligence disrupted the servers of a ransomware gang, officials said.", "AU", None, None),
]


@pytest.mark.parametrize(("text", "state", "agency", "activity"), OPERATIONS)
def test_unnamed_state_operation_makes_an_incident(text, state, agency, activity):
    (inc,) = _incidents(text)
    assert inc.actors == []
    assert state in {s.state for s in inc.sponsors}
    if agency is not None:
        assert (state, agency) in {(s.state, s.agency) for s in inc.sponsors}
    if activity is not None:
        assert inc.activity == activity


# No hostile act of a state: a condemnation alone, a hypothetical, a warning, a place, a product, the state's own
# benign work, sympathisers with no tie, and the same verbs said of purpose or possibility.
NO_INCIDENT = [
    "Britain condemned Russia for its war in Ukraine and imposed new sanctions, officials said.",
    "Chinese hackers could target US water systems in a future conflict, officials warned.",
    "Russia may try to disrupt the election, officials warned.",
    "Iran might attempt to hack the campaigns, the FBI said.",
    "In the 1990s, Russia was a partner of the West, the minister said.",
    "The conference was held in China last week, organisers said.",
    "Chinese-made cameras were found at military bases, officials said.",
    "Russian officials collected information about the attack and shared it with the public, the ministry said.",
    "The Chinese government gathered data on air quality in Beijing, the agency said.",
    "Iranian officials demanded the release of the detained sailors, state media said.",
    "The Kremlin pushed back against the accusations, a spokesman said.",
    "Russia spread its forces along the border, officials said.",
    "North Korea's foreign ministry demanded an apology from Seoul, state media said.",
    "China's foreign ministry read a statement rejecting the charges, state media reported.",
    "Russian troops looted farms of grain in the occupied south, officials said.",
    "Pro-Russian hackers flooded Lithuanian websites with junk traffic, officials said.",
]


@pytest.mark.parametrize("text", NO_INCIDENT)
def test_no_state_operation_makes_no_state_incident(text):
    assert not any(inc.sponsors for inc in _incidents(text))


def test_purpose_clause_is_not_the_states_act():
    # "broke into Chinese state agencies to gather information": China is the victim, not the sponsor
    text = (
        "Hackers working for the Vietnamese government tried to break into Chinese state agencies to gather information "
        "about the outbreak, researchers said."
    )
    (inc,) = _incidents(text)
    assert {s.state for s in inc.sponsors} == {"VN"}
