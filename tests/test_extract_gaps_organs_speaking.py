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
