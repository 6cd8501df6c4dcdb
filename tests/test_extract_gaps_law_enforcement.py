"""Law-enforcement news read right, on invented texts: gangs and botnets named after their malware answered by the
police, attacks that read like takedowns, denials of something other than the operation, responders named only by
the story around them. Each family has several wordings and near misses, written from the conventions
(shared/corpus/README.md), not from any article of the corpora.
"""

from __future__ import annotations

import pytest

from extract_helpers import report_of as _report


def _actors(text: str) -> set[str]:
    return {a.name for inc in _report(text).incidents for a in inc.actors}


def _responses(text: str) -> set[tuple]:
    return {(r.type, r.by, r.against) for inc in _report(text).incidents for r in inc.responses}


def _denials(text: str) -> set[str]:
    return {d.by for inc in _report(text).incidents for d in inc.denials}


# a gang or botnet named after its malware, answered by the police: the actor, with `against` null
@pytest.mark.parametrize(
    "text, actor, response",
    [
        ("Polish authorities arrested a Ukrainian national suspected of REvil attacks on American companies.", "REvil", ("arrest", "PL", None)),
        ("Romanian police detained two suspected affiliates of the REvil ransomware gang.", "REvil", ("arrest", "RO", None)),
        ("Europol and the FBI took down the Qakbot botnet, which had infected 700,000 computers.", "Qakbot", ("takedown", "US", None)),
        ("German police took the Emotet botnet offline in a coordinated operation.", "Emotet", ("takedown", "DE", None)),
        ("Dutch police dismantled the Emotet infrastructure in January.", "Emotet", ("takedown", "NL", None)),
        ("The Justice Department said police in Britain and the US had seized LockBit's leak sites and servers.", "LockBit", ("takedown", "US", None)),
        ("Ukrainian police arrested two members of the Conti gang in Kyiv.", "Conti", ("arrest", "UA", None)),
        ("The US Justice Department charged two LockBit affiliates with attacking hospitals.", "LockBit", ("indictment", "US", None)),
        ("The Treasury sanctioned a Russian national accused of Conti ransomware attacks.", "Conti", ("sanctions", "US", None)),
        ("The State Department offered a $10 million reward for information on Conti leaders.", "Conti", ("reward", "US", None)),
        ("The US offered up to $10 million for information leading to the identification of LockBit leaders.", "LockBit", ("reward", "US", None)),
        ("The Dutch police said the attack was the work of LockBit. Officers arrested a suspected LockBit affiliate in Amsterdam.", "LockBit", ("arrest", "NL", None)),
    ],
)
def test_policed_gang_is_the_actor(text, actor, response):
    report = _report(text)
    assert actor in {a.name for inc in report.incidents for a in inc.actors}
    assert response in {(r.type, r.by, r.against) for inc in report.incidents for r in inc.responses}


# the police act on an unnamed responder: the gang is still the actor, with no invented responder
@pytest.mark.parametrize(
    "text, actor",
    [
        ("Police dismantled Emotet's infrastructure.", "Emotet"),
        ("LockBit attacked hospitals. Police seized LockBit's servers.", "LockBit"),
    ],
)
def test_policed_gang_without_a_named_responder(text, actor):
    assert actor in _actors(text)
    assert all(by is None or by.isupper() for _, by, _ in _responses(text))


# a botnet a state's group runs, or a name that is not a gang's: no new actor
@pytest.mark.parametrize(
    "text, not_actor",
    [
        ("The FBI said China's Volt Typhoon hacked routers. The US took down the KV botnet.", "KV"),
        ("The FBI took down the Cyclops Blink botnet run by the GRU.", "Cyclops Blink"),
        ("Dutch police said they had taken down the Kyiv Post servers.", "Kyiv Post"),
        ("Police arrested two members of the European Parliament's staff.", "European Parliament"),
        ("The US Treasury sanctioned Sichuan Juxinhe Network Technology, a firm tied to Salt Typhoon.", "Sichuan Juxinhe"),
        ("The Treasury Department on Friday sanctioned Integrity Technology Group, a Beijing-based company.", "Integrity Technology"),
    ],
)
def test_no_gang_made_of_other_names(text, not_actor):
    assert not_actor not in _actors(text)


# the botnet of a state's group taken down keeps its state as `against`
@pytest.mark.parametrize(
    "text, response",
    [
        ("The FBI said China's Volt Typhoon hacked routers. The US took down the KV botnet.", ("takedown", "US", "CN")),
        ("The FBI took down the Cyclops Blink botnet run by the GRU.", ("takedown", "US", "RU")),
        ("The FBI said Volt Typhoon, a Chinese state-sponsored group, hacked routers. Federal agents took the KV botnet offline.", ("takedown", "US", "CN")),
    ],
)
def test_state_botnet_taken_down(text, response):
    assert response in _responses(text)


# the accused's own forces shutting down a victim's servers: the attack told, not a takedown
@pytest.mark.parametrize(
    "text",
    [
        "Albania blamed Iran for the July cyberattack. Iran's army shut down the servers of the Albanian government.",
        "Albania blamed Iran for the July cyberattack, saying Iranian hackers had shut down government websites and servers.",
        "Ukraine blamed Russia for the attack. Russian military hackers took down the servers of the Ukrainian energy ministry.",
        "The Kyiv Post said pro-Russian hackers had taken down its website.",
    ],
)
def test_attackers_shutdown_is_no_takedown(text):
    assert not {r for r in _responses(text) if r[0] == "takedown"}


# ... while the accuser's takedown stays one
@pytest.mark.parametrize(
    "text, response",
    [
        ("The FBI blamed Russia's GRU for the attack. US authorities took down the GRU's botnet of routers.", ("takedown", "US", "RU")),
        ("Europol and the FBI took down the Qakbot botnet.", ("takedown", "EU", None)),
    ],
)
def test_accusers_takedown_kept(text, response):
    assert response in _responses(text)


# a government denying its own failings denies nothing of the operation
@pytest.mark.parametrize(
    "text, victim_state",
    [
        ("Germany blamed Russia for the Bundestag hack. The German government denied that it had been slow to respond.", "DE"),
        ("Germany blamed Russia for the Bundestag hack. Berlin denied it had been negligent in protecting the network.", "DE"),
        ("Albania blamed Iran for the cyberattack. The Albanian government rejected claims that it had failed to protect its servers.", "AL"),
        ("Albania blamed Iran for the cyberattack. The German government denied that it had been slow to respond.", "DE"),
    ],
)
def test_own_failings_denied_is_no_denial(text, victim_state):
    assert victim_state not in _denials(text)


# ... while the accused's denial of the operation stays, also beside one of failings
@pytest.mark.parametrize(
    "text, denier",
    [
        ("Albania blamed Iran for the cyberattack. Tehran denied it had carried out the attack.", "IR"),
        ("Germany blamed Russia for the Bundestag hack. Moscow rejected the accusations as baseless.", "RU"),
        ("Germany blamed Russia for the Bundestag hack. The Kremlin denied any involvement, while Berlin denied it had been slow to respond.", "RU"),
    ],
)
def test_accused_denial_kept(text, denier):
    got = _denials(text)
    assert denier in got
    assert not got - {denier}


# responders named only by the story around them: the agency named earlier, "federal" in a US story
@pytest.mark.parametrize(
    "text, response",
    [
        ("The US Justice Department said GRU officers hacked the DNC. Prosecutors unsealed an indictment against three GRU officers.", ("indictment", "US", "RU")),
        ("WASHINGTON — The Justice Department accused North Korea of stealing $1.3 billion. Three North Korean hackers were indicted by a federal grand jury.", ("indictment", "US", "KP")),
        ("Three North Korean hackers were indicted by a federal grand jury.", ("indictment", "US", "KP")),
    ],
)
def test_responder_from_the_story(text, response):
    assert response in _responses(text)


# nothing names the responder's state: none is invented
def test_unnamed_prosecutors_get_no_state():
    assert not _responses("Prosecutors unsealed an indictment against three GRU officers.")


# arrests of protesters or critics are no response to an operation
@pytest.mark.parametrize(
    "text",
    [
        "Police arrested dozens of protesters outside the parliament.",
        "Police arrested two members of the European Parliament's staff.",
    ],
)
def test_other_arrests_give_nothing(text):
    assert not _report(text).incidents
