"""Law-enforcement actions, a second pass, on invented texts: the police taking control of a gang's infrastructure, the
Union's police agency telling of a takedown, the police of a named state doing it, a criminal operation disrupted or
infiltrated, the German federal police by its short name. Written from the conventions (shared/corpus/README.md), not
from any article of the corpora.
"""

from __future__ import annotations

import pytest

from extract_helpers import incidents_of, responses_of


def _incident_of(text: str, actor: str):
    return next(inc for inc in incidents_of(text) if actor in {a.name for a in inc.actors})


def _responses_of(text: str, actor: str) -> set[tuple]:
    return {(r.type, r.by, r.against) for r in _incident_of(text, actor).responses}


# "took control of LockBit's infrastructure": the owner named after the police's "control of" runs what is taken, it is
# no target of the police (as "gained access to OilRig's infrastructure" would make OilRig one)
@pytest.mark.parametrize(
    "text, actor, expected",
    [
        ("The NCA took control of LockBit's infrastructure.", "LockBit", {("takedown", "GB", None)}),
        ("British and US authorities took control of LockBit's infrastructure on Monday, the NCA said.", "LockBit",
         {("takedown", "GB", None), ("takedown", "US", None)}),
        ("The FBI has taken control of Qakbot's servers.", "Qakbot", {("takedown", "US", None)}),
        ("Police took control of LockBit's leak site in February, the National Crime Agency said.", "LockBit", {("takedown", "GB", None)}),
    ],
)
def test_control_taken_of_a_gangs_infrastructure(text, actor, expected):
    inc = _incident_of(text, actor)
    assert expected <= {(r.type, r.by, r.against) for r in inc.responses}
    assert inc.period.start is None


# ... while a group taking control of another's infrastructure, or of a victim's, is no takedown
@pytest.mark.parametrize(
    "text",
    [
        "Turla took control of OilRig's infrastructure to hide its own attacks.",
        "The hackers took control of the city's servers, officials said, blaming LockBit.",
    ],
)
def test_control_taken_by_hackers_is_no_takedown(text):
    assert not {r for r in responses_of(text) if r[0] == "takedown"}


# the Union's police agency telling of a takedown in the passive is the Union's (EU, a party of the spec, as "Europol and
# the FBI took down ..."); a company telling of it, or nobody, credits no one
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Europol said the Emotet botnet was dismantled in a joint operation by police in eight countries.", ("takedown", "EU", None)),
        ("The Emotet botnet was dismantled in a joint operation, Europol said.", ("takedown", "EU", None)),
        ("Europol said the Qakbot servers had been seized.", ("takedown", "EU", None)),
    ],
)
def test_europol_tells_of_a_passive_takedown(text, expected):
    assert expected in responses_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft said the Emotet botnet was dismantled in January.",
        "The Emotet botnet was dismantled in January.",
    ],
)
def test_passive_takedown_told_by_a_company_or_nobody(text):
    assert not {r for r in responses_of(text) if r[0] == "takedown"}


# the police of a named state open the takedown's words: that state takes it down, not the speaker who tells of it
@pytest.mark.parametrize(
    "text, actor, expected",
    [
        ("Police in the Netherlands took the Emotet servers offline in January, Europol said.", "Emotet", {("takedown", "NL", None)}),
        ("Europol said Dutch police took the Emotet servers offline.", "Emotet", {("takedown", "NL", None)}),
        ("British and Dutch police took the Emotet servers offline, Europol said.", "Emotet", {("takedown", "GB", None), ("takedown", "NL", None)}),
        ("Police in Germany and the Netherlands took the Emotet servers offline.", "Emotet", {("takedown", "DE", None), ("takedown", "NL", None)}),
        ("Police in Germany, France and the Netherlands took the Emotet servers offline, Europol said.", "Emotet",
         {("takedown", "DE", None), ("takedown", "FR", None), ("takedown", "NL", None)}),
        ("Authorities in Ukraine knocked the Emotet servers offline.", "Emotet", {("takedown", "UA", None)}),
        ("Police in Ukraine knocked the Emotet servers offline.", "Emotet", {("takedown", "UA", None)}),
        ("Law enforcement in Germany took down the Emotet botnet.", "Emotet", {("takedown", "DE", None)}),
    ],
)
def test_named_states_police_takes_down(text, actor, expected):
    inc = _incident_of(text, actor)
    assert {(r.type, r.by, r.against) for r in inc.responses} == expected
    assert inc.activity == "unknown"


# ... while investigators of no named state, told of by Europol, leave the takedown to the Union
def test_unnamed_investigators_told_of_by_europol():
    text = "Investigators took the Emotet servers offline, Europol said."
    assert ("takedown", "EU", None) in responses_of(text)


# a criminal operation itself disrupted, infiltrated or taken down: the police's takedown, neither an attack of theirs
# (the police organ infiltrating criminals is no state hacking) nor the gang's activity or date
@pytest.mark.parametrize(
    "text, actor, expected",
    [
        ("The NCA infiltrated and disrupted the LockBit ransomware operation, seizing its servers.", "LockBit", ("takedown", "GB", None)),
        ("The FBI infiltrated the Hive ransomware gang's network in July 2022.", "Hive", ("takedown", "US", None)),
        ("The FBI disrupted the ALPHV/BlackCat ransomware operation in December, offering a decryption tool to victims.", "ALPHV", ("takedown", "US", None)),
        ("The FBI said it had disrupted the Hive ransomware group.", "Hive", ("takedown", "US", None)),
        ("Police disrupted the LockBit gang in February, the NCA said.", "LockBit", ("takedown", "GB", None)),
        ("The NCA disrupted the LockBit ransomware group in February.", "LockBit", ("takedown", "GB", None)),
    ],
)
def test_criminal_operation_disrupted(text, actor, expected):
    inc = _incident_of(text, actor)
    assert expected in {(r.type, r.by, r.against) for r in inc.responses}
    assert inc.activity != "disruption"
    assert not inc.sponsors
    assert inc.period.start is None or "2022" in text


# near misses: an intelligence agency infiltrating a company is its state's operation; a gang disrupting hospitals, a gang
# dismantled (its members arrested, no infrastructure taken) and a company disrupted by ransomware are no takedown
@pytest.mark.parametrize(
    "text",
    [
        "LockBit disrupted hospitals across Europe in 2023.",
        "The ransomware attack disrupted hospital operations across the region.",
        "Russia's FSB said it had dismantled the REvil ransomware gang at the request of the United States.",
    ],
)
def test_disruption_near_misses_are_no_takedown(text):
    assert not {r for r in responses_of(text) if r[0] == "takedown"}


def test_intelligence_agency_infiltrating_a_company_stays_its_states():
    text = "The NSA infiltrated the networks of Huawei, according to documents leaked by Edward Snowden."
    assert "US" in {s.state for inc in incidents_of(text) for s in inc.sponsors}


# the German federal police by its short or long name speaks for Germany
@pytest.mark.parametrize(
    "text, actor",
    [
        ("The BKA shut down the servers of the Hive ransomware group.", "Hive"),
        ("Germany's Federal Criminal Police Office took down the servers of the Hive ransomware group.", "Hive"),
        ("The Bundeskriminalamt seized the servers of the Hive ransomware gang.", "Hive"),
    ],
)
def test_bka_takes_down_for_germany(text, actor):
    assert ("takedown", "DE", None) in _responses_of(text, actor)


# a sum the police seized, froze or recovered is no theft of the operators': it gives no financial activity
@pytest.mark.parametrize(
    "text, actor",
    [
        ("The FBI knocked the Qakbot botnet offline and seized $8.6 million in cryptocurrency.", "Qakbot"),
        ("Police seized $2 million in bitcoin from the LockBit gang.", "LockBit"),
        ("The FBI took down the Qakbot botnet and confiscated about $3 million in cryptocurrency.", "Qakbot"),
    ],
)
def test_seized_sum_is_no_theft(text, actor):
    assert _incident_of(text, actor).activity != "financial"


# ... while stolen money, ransom paid and a theft recovered stay financial
@pytest.mark.parametrize(
    "text, actor",
    [
        ("Lazarus stole $600 million in cryptocurrency from the Ronin Network.", "Lazarus"),
        ("The FBI seized $2.3 million in ransom paid to the DarkSide gang by Colonial Pipeline.", "DarkSide"),
        ("The FBI recovered $30 million in stolen cryptocurrency from Lazarus.", "Lazarus"),
    ],
)
def test_stolen_sum_stays_financial(text, actor):
    assert _incident_of(text, actor).activity == "financial"
