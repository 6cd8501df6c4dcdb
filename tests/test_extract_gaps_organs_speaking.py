"""State organs and governments that speak: security services, counter-accusations, national CERTs."""

from __future__ import annotations

import pytest

from extract_helpers import attributions_of, incidents_of


def _by_state(text: str) -> set[tuple[str, str | None]]:
    return {(by, state) for by, _, state, _ in attributions_of(text)}


# A security service named without its state ("The FSB said", "Iran's Ministry of Intelligence said") speaks
# for its state, as a ministry or the police do.
@pytest.mark.parametrize(
    ("text", "by", "accused"),
    [
        ("The FSB said Ukrainian hackers attacked Russian banks.", "RU", "UA"),
        ("The FSB said it had uncovered a spying operation by American intelligence that infected thousands of iPhones.", "RU", "US"),
        ("Iran's Ministry of Intelligence said Israeli hackers were behind the attack on the fuel system.", "IR", "IL"),
        ("The MSS said Taiwan's ICEFCOM was behind attacks on Chinese infrastructure.", "CN", "TW"),
        ("The Federal Security Service (FSB) has uncovered a cyberattack by Ukrainian military intelligence on Russian airports.", "RU", "UA"),
        ("According to the FSB, Ukrainian intelligence hacked Russian banks.", "RU", "UA"),
        ("The Russian FSB said Ukrainian hackers attacked Russian banks.", "RU", "UA"),
        ("The FSB press service said Ukrainian hackers attacked Russian banks.", "RU", "UA"),
        ("The FSB said Ukraine's SBU had attacked Russian banks.", "RU", "UA"),
    ],
)
def test_service_speaks_for_its_state(text, by, accused):
    assert (by, accused) in _by_state(text)


# Near misses: a service that tells its own operation, or speaks of no operation, attributes nothing.
@pytest.mark.parametrize(
    "text",
    [
        "The FSB said it would strengthen cybersecurity.",
        "The MSS warned of foreign espionage threats.",
    ],
)
def test_service_without_an_operation_attributes_nothing(text):
    assert attributions_of(text) == set()


def _sponsor_states(text: str) -> set[str]:
    return {s.state for inc in incidents_of(text) for s in inc.sponsors}


# A military or spy organ that does the operation itself ("The Pentagon launched cyberattacks against ...",
# "US intelligence agencies had attacked ...") makes its state the doer, and is no speaker.
@pytest.mark.parametrize(
    ("text", "doer", "by"),
    [
        ("The Pentagon launched cyberattacks against Iranian military networks in June.", "US", None),
        ("Chinese foreign ministry spokesperson Mao Ning said US intelligence agencies had attacked Chinese research institutes for years.", "US", "CN"),
        ("Xinhua said US intelligence agencies had launched 40 cyberattacks on Northwestern Polytechnical University.", "US", "CN"),
    ],
)
def test_military_or_spy_organ_does_the_operation(text, doer, by):
    assert doer in _sponsor_states(text)
    if by:
        assert (by, doer) in _by_state(text)
    assert all(b != doer for b, _ in _by_state(text))


# Near misses: an organ that speaks, or the police taking servers down, is no doer.
@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The Pentagon said Chinese hackers breached defense contractors.", "US"),
        ("Pentagon officials said Russian hackers attacked US military networks.", "US"),
        ("The FBI took down servers used by the Qakbot gang.", "US"),
        ("The Pentagon announced new sanctions on Russian hackers.", "US"),
    ],
)
def test_organ_that_speaks_or_responds_is_no_doer(text, state):
    assert state not in _sponsor_states(text)


def _sponsors(text: str) -> set[tuple[str, str | None]]:
    return {(s.state, s.agency) for inc in incidents_of(text) for s in inc.sponsors}


# An agency named in apposition to the organ before it ("Russia's military intelligence agency, the GRU,
# launched ...") does what the sentence's verb says, past the apposition's closing comma.
@pytest.mark.parametrize(
    ("text", "sponsor"),
    [
        ("Russia's military intelligence agency, the GRU, launched attacks on Ukrainian energy companies.", ("RU", "GRU")),
        ("China's main civilian spy agency, the Ministry of State Security, hacked Czech ministries in 2022.", ("CN", "MSS")),
        ("North Korea's military intelligence agency, the Reconnaissance General Bureau, stole $81 million from Bangladesh Bank.", ("KP", "RGB")),
    ],
)
def test_agency_in_apposition_acts(text, sponsor):
    assert sponsor in _sponsors(text)


# Near miss: the agency in apposition that only speaks does nothing.
def test_agency_in_apposition_that_speaks_does_nothing():
    assert _sponsors("Russia's military intelligence agency, the GRU, said nothing.") == set()


# The NSA's unit (TAO, the Office of Tailored Access Operations) that hacked is the accused, with agency NSA and
# no actor: a counter-accusation by the accused state's agencies and firms ("China's CVERC and Qihoo 360 said ...").
@pytest.mark.parametrize(
    "text",
    [
        "China's National Computer Virus Emergency Response Center (CVERC) and Qihoo 360 said the NSA's TAO hacked Northwestern Polytechnical University.",
        "The NSA's TAO hacked Northwestern Polytechnical University, CVERC said.",
        "The TAO hacked Northwestern Polytechnical University in 2022, China's CVERC said.",
        "China's CVERC said the NSA's Office of Tailored Access Operations had launched more than 10,000 cyberattacks on Chinese targets.",
    ],
)
def test_nsa_unit_accused_by_china(text):
    incs = incidents_of(text)
    assert ("US", "NSA") in _sponsors(text)
    assert all(not inc.actors for inc in incs)
    assert ("CN", "US") in _by_state(text)
    assert all(by != "US" for by, _ in _by_state(text))


# Near miss: the unit named with no operation.
def test_nsa_unit_without_an_operation():
    assert incidents_of("The NSA's TAO unit is well known for its tools.") == []


# A state named by its seat that "waged" cyberattacks is the doer, as one that "launched" them:
# the ministry of the accused state accusing back ("The Russian Foreign Ministry said Washington had waged ...").
@pytest.mark.parametrize(
    ("text", "by", "accused"),
    [
        ("The Russian Foreign Ministry said Washington had waged cyberattacks against Russia's critical infrastructure.", "RU", "US"),
        ("Beijing waged a hacking campaign against Taiwanese ministries, Taiwan's interior ministry said.", "TW", "CN"),
    ],
)
def test_state_waged_attacks(text, by, accused):
    assert (by, accused) in _by_state(text)


# "had attacked Chinese military enterprises": the military named after the attack verb is hit, not the hand.
def test_military_attacked_is_the_victim_side():
    text = "China's CVERC said US intelligence agencies had attacked Chinese military enterprises in 2023."
    assert ("CN", "PLA") not in _sponsors(text)
    assert ("CN", "US") in _by_state(text)


# "the United States and its NATO allies had launched cyberattacks": the state with its allies is the doer.
@pytest.mark.parametrize(
    ("text", "by", "accused"),
    [
        ("The Russian Foreign Ministry said the United States and its NATO allies had launched cyberattacks on Russian state institutions.", "RU", "US"),
        ("China's foreign ministry said the United States and its allies hacked Chinese research institutes.", "CN", "US"),
    ],
)
def test_state_with_its_allies_acts(text, by, accused):
    assert (by, accused) in _by_state(text)


# Near misses: who is "behind the accusations" or a "smear campaign" is behind a claim, not an operation.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea's foreign ministry said the United States was behind the hacking accusations.",
        "China's foreign ministry said Washington was behind the smear campaign about Chinese hacking.",
        "Mao Ning said the US was the biggest hacking empire.",
    ],
)
def test_behind_a_claim_is_no_operation(text):
    assert attributions_of(text) == set()


# and "behind the attacks" still is one.
def test_behind_the_attacks_still_attributes():
    assert ("RU", "UA") in _by_state("The FSB said Ukrainian intelligence was behind the attacks on Russian banks.")


# "US agencies hacked Huawei": a state's agencies that hack are its hand; "US agencies said" still speak.
@pytest.mark.parametrize(
    ("text", "by", "accused"),
    [
        ("China's MSS said US agencies hacked Huawei's servers.", "CN", "US"),
        ("The Ministry of Foreign Affairs of China said US agencies hacked Huawei in 2009.", "CN", "US"),
        ("US agencies have hacked Chinese telecom firms for years, China's foreign ministry said.", "CN", "US"),
    ],
)
def test_state_agencies_hack(text, by, accused):
    assert (by, accused) in _by_state(text)


@pytest.mark.parametrize(
    ("text", "by", "accused"),
    [
        ("US agencies said Iran hacked the Trump campaign.", "US", "IR"),
        ("US agencies tracked Chinese hackers who breached telecom firms.", "US", "CN"),
    ],
)
def test_state_agencies_still_speak(text, by, accused):
    assert (by, accused) in _by_state(text)
    assert "US" not in _sponsor_states(text)


# "A statement from the FSB said ...": the organ that issued the statement speaks, as the author of a report does.
@pytest.mark.parametrize(
    ("text", "by", "accused"),
    [
        ("A statement from the FSB said Ukrainian military intelligence had attacked Russian power plants.", "RU", "UA"),
        ("A statement issued by China's Ministry of State Security said Taiwanese hackers had breached Chinese ministries.", "CN", "TW"),
    ],
)
def test_statement_from_an_organ(text, by, accused):
    assert (by, accused) in _by_state(text)


# Near miss: a statement that only rejects accusations names no operation.
def test_statement_that_only_rejects():
    assert attributions_of("A statement from the Kremlin said the accusations were baseless.") == set()


# A counter-accusation in the next sentence ("The Russian Foreign Ministry said Dutch intelligence had itself spied
# on ...") makes its own incident; the first accuser's government ("The Dutch government blamed ...") still speaks
# there, and is not made the sponsor of the operation it blamed on another.
@pytest.mark.parametrize(
    "text",
    [
        "The Dutch government blamed the GRU for the attempted hack of the OPCW. The Russian Foreign Ministry said Dutch intelligence had itself spied on Russian diplomats.",
        "The Dutch government blamed the GRU for the attempted hack of the OPCW. The Russian Foreign Ministry called the claims absurd. It said Dutch intelligence had itself spied on Russian diplomats.",
    ],
)
def test_counter_accusation_is_its_own_incident(text):
    incs = incidents_of(text)
    by_sponsor = {frozenset(s.state for s in inc.sponsors): {(a.by, a.state) for a in inc.attributions} for inc in incs}
    assert by_sponsor.get(frozenset({"RU"})) == {("NL", "RU")}
    assert by_sponsor.get(frozenset({"NL"})) == {("RU", "NL")}
