"""Law-enforcement actions against criminal and state operations, on invented texts: the police's takedowns,
seizures, arrests, charges and sanctions are responses, never the operation's own activity or dates. Each
pattern has several wordings and near misses, written from the conventions (shared/corpus/README.md), not
from any article of the corpora.
"""

from __future__ import annotations

import pytest

from extract_helpers import incidents_of, report_of, responses_of


def _incident_of(text: str, actor: str):
    return next(inc for inc in incidents_of(text) if actor in {a.name for a in inc.actors})


# the words of a takedown ("took the servers offline", "the disruption of a botnet") are the police's response:
# they give the operation no activity and their date is no start of it
@pytest.mark.parametrize(
    "text, actor, response",
    [
        ("Dutch police took the Qakbot servers offline on Tuesday.", "Qakbot", ("takedown", "NL", None)),
        ("Dutch police took the Qakbot servers offline after the botnet infected 700,000 computers worldwide.", "Qakbot", ("takedown", "NL", None)),
        ("German police took the Emotet botnet offline on Wednesday in a coordinated operation.", "Emotet", ("takedown", "DE", None)),
        ("The Justice Department announced the disruption of a botnet used by Chinese state-sponsored hackers known as Flax Typhoon.", "Flax Typhoon", ("takedown", "US", "CN")),
    ],
)
def test_takedown_words_are_no_activity(text, actor, response):
    inc = _incident_of(text, actor)
    assert inc.activity == "unknown"
    assert inc.period.start is None
    assert response in {(r.type, r.by, r.against) for r in inc.responses}


# ... while the operation's own disruption, beside the takedown or without one, stays
@pytest.mark.parametrize(
    "text, actor",
    [
        ("NoName057(16) took the websites of Dutch ministries offline in DDoS attacks.", "NoName057(16)"),
        ("Hackers knocked the police website offline in a DDoS attack claimed by NoName057(16).", "NoName057(16)"),
        ("NoName057(16) knocked Dutch ministry websites offline in March. Dutch police later took the group's servers offline.", "NoName057(16)"),
    ],
)
def test_operation_disruption_stays(text, actor):
    assert _incident_of(text, actor).activity == "disruption"


# a suspect's move is no place an operation came from: "was extradited from Canada" makes Canada no sponsor
@pytest.mark.parametrize(
    "text, actor, state",
    [
        ("A Russian national accused of LockBit attacks was extradited from Canada to the United States.", "LockBit", "CA"),
        ("A man accused of REvil attacks was extradited from Poland.", "REvil", "PL"),
        ("A Ukrainian suspected of REvil attacks was deported from Romania last week.", "REvil", "RO"),
    ],
)
def test_extradited_from_is_no_sponsor(text, actor, state):
    inc = _incident_of(text, actor)
    assert state not in {s.state for s in inc.sponsors}


# ... while attacks carried out from a state still tie it
def test_attacks_carried_out_from_a_state_still_tie_it():
    text = "The government said the attacks were carried out from Russia by a group known as APT28."
    assert "RU" in {s.state for inc in incidents_of(text) for s in inc.sponsors}


# the gang the police act on, named in the wordings of law enforcement: a botnet knocked offline, the disruption or
# takedown of a botnet, a person charged or sanctioned as the gang's leader, a suspect wanted for its attacks
@pytest.mark.parametrize(
    "text, actor, response",
    [
        ("The FBI knocked the Qakbot botnet offline.", "Qakbot", ("takedown", "US", None)),
        ("The FBI knocked the Qakbot botnet offline, officials said.", "Qakbot", ("takedown", "US", None)),
        ("The Justice Department announced the disruption of the Qakbot botnet.", "Qakbot", ("takedown", "US", None)),
        ("The Justice Department announced the takedown of the Qakbot botnet.", "Qakbot", ("takedown", "US", None)),
        ("The Justice Department announced the disruption of the Qakbot botnet, which had infected 700,000 computers.", "Qakbot", ("takedown", "US", None)),
        ("The US Department of Justice charged Dmitry Khoroshev, the alleged LockBit leader, with fraud and extortion.", "LockBit", ("indictment", "US", None)),
        ("OFAC sanctioned Dmitry Khoroshev, the leader of LockBit, on Tuesday.", "LockBit", ("sanctions", "US", None)),
        ("The Treasury sanctioned Dmitry Khoroshev, the leader of LockBit, on Tuesday.", "LockBit", ("sanctions", "US", None)),
        ("Spanish police arrested a Russian national wanted by the United States for his role in Conti attacks.", "Conti", ("arrest", "ES", None)),
        ("Thai police arrested a Russian man wanted by the FBI for LockBit ransomware attacks in Phuket.", "LockBit", ("arrest", "TH", None)),
        ("Police in the Netherlands took the Emotet servers offline in January, Europol said.", "Emotet", ("takedown", "NL", None)),
        ("Police in Germany took the Qakbot servers offline on Tuesday.", "Qakbot", ("takedown", "DE", None)),
    ],
)
def test_policed_gang_in_law_enforcement_wording(text, actor, response):
    inc = _incident_of(text, actor)
    assert response in {(r.type, r.by, r.against) for r in inc.responses}
    assert inc.activity != "disruption"  # (the takedown is no outage the gang caused; ransomware attacks stay financial)


# a suspect sentenced for a gang's attacks: the gang is the actor
@pytest.mark.parametrize(
    "text, actor",
    [
        ("A Canadian man was sentenced to 20 years for his role in NetWalker ransomware attacks.", "NetWalker"),
        ("The affiliate was jailed for deploying LockBit ransomware.", "LockBit"),
    ],
)
def test_sentenced_for_a_gangs_attacks(text, actor):
    assert actor in {a.name for inc in incidents_of(text) for a in inc.actors}


# near misses: the police as victims or speakers, attack verbs used figuratively, the police acting on no gang
@pytest.mark.parametrize(
    "text",
    [
        "Ransomware hit the police in Greater Manchester.",
        "Police attacked the problem with new resources.",
        "The police dismantled the protest camp on Tuesday.",
        "Police in the Netherlands took the protest organisers' servers offline.",
        "The FBI knocked on the door of the suspect in Ohio.",
        "The Treasury sanctioned Ismail Haniyeh, the leader of Hamas, on Tuesday.",
        "Police arrested a man wanted by the United States for tax fraud.",
    ],
)
def test_police_near_misses_make_no_operation(text):
    assert not [inc for inc in incidents_of(text) if inc.actors or inc.activity not in (None, "unknown")]


def test_police_as_victims_is_no_takedown():
    text = "Hackers knocked the police website offline in a DDoS attack claimed by NoName057(16)."
    assert ("takedown",) not in {(r[0],) for r in responses_of(text)}
    assert report_of(text).incidents[0].activity == "disruption"
