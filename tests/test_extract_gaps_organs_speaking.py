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
