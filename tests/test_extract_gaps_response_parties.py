"""Who takes a response and against whom, found by probing: administrations, states listed as subjects, sanctions imposed on a state."""

from __future__ import annotations

import pytest

from extract_helpers import responses_of as _responses


# "the Biden administration", "the Trump administration": the US government acting under its president's name
@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("The Trump administration charged two Chinese hackers working for the MSS.", ("indictment", "US", "CN")),
        ("The Obama administration expelled 35 Russian diplomats over the hacking of the DNC by the GRU.", ("expel_diplomats", "US", "RU")),
        (
            "WASHINGTON (Reuters) - The Biden administration on Thursday sanctioned six Russian technology companies that it said support the SVR's hacking.",
            ("sanctions", "US", "RU"),
        ),
        ("The Biden administration imposed sanctions on Moscow over the SolarWinds hack.", ("sanctions", "US", "RU")),
    ],
)
def test_administration_named_for_its_president_acts_for_the_us(text, response):
    assert response in _responses(text)


# Near miss: the administration as the victim of a hack takes no response
def test_administration_hit_takes_no_response():
    assert _responses("Russian hackers breached the Biden administration's email systems, officials said.") == set()


# sanctions imposed on a state over an operation hold that state responsible: "imposed sanctions on Russia over the hack"
@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("The US imposed sanctions on Russia over the SolarWinds hack.", ("sanctions", "US", "RU")),
        ("The EU imposed sanctions on Russia for the cyberattack on the Bundestag.", ("sanctions", "EU", "RU")),
        ("The US imposed sanctions on Russia in response to the hacking of the DNC.", ("sanctions", "US", "RU")),
        ("Washington slapped new sanctions on Tehran over cyberattacks on American banks.", ("sanctions", "US", "IR")),
        ("The US punished Russia for the SolarWinds hack with sanctions.", ("sanctions", "US", "RU")),
    ],
)
def test_sanctions_imposed_on_a_state_over_an_operation(text, response):
    assert response in _responses(text)


# Near misses: sanctions over something else name nobody behind an operation
@pytest.mark.parametrize(
    "text",
    [
        "The US imposed sanctions on Russia over its invasion of Ukraine.",
        "The EU imposed new sanctions on Belarus over the crackdown on protesters.",
    ],
)
def test_sanctions_imposed_for_another_reason(text):
    assert _responses(text) == set()


# states listed as the subjects of "charged"/"indicted" each charge, not only the last one named before the verb
@pytest.mark.parametrize(
    ("text", "responses"),
    [
        ("Canada and the United States charged two Iranian hackers working for the IRGC.", {("indictment", "CA", "IR"), ("indictment", "US", "IR")}),
        ("Britain and the United States indicted three North Korean hackers from the RGB.", {("indictment", "GB", "KP"), ("indictment", "US", "KP")}),
        ("The United States and Canada charged two Iranian hackers working for the IRGC.", {("indictment", "US", "IR"), ("indictment", "CA", "IR")}),
    ],
)
def test_listed_states_each_charge(text, responses):
    assert responses <= _responses(text)


# ... while a state's adjective right before the charging noun still names the charging state alone
@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors said the suspect was arrested on a US criminal complaint and charged with hacking for the MSS.",
        "The hackers, who work for the MSS, were indicted on US charges.",
    ],
)
def test_adjective_on_the_charges_names_the_charging_state(text):
    assert ("indictment", "US", "CN") in _responses(text)


# a person answered for the gang "who led" or "ran" it names the gang: the actor, with `against` null for a
# criminal group (and a name that ends the sentence is still read: "members of LockBit.")
@pytest.mark.parametrize(
    ("text", "responses"),
    [
        (
            "Britain's National Crime Agency and the FBI sanctioned Dmitry Khoroshev, the Russian national who led LockBit.",
            {("sanctions", "GB", None), ("sanctions", "US", None)},
        ),
        ("The US sanctioned Dmitry Khoroshev, who led LockBit.", {("sanctions", "US", None)}),
        ("The US sanctioned members of LockBit.", {("sanctions", "US", None)}),
    ],
)
def test_person_who_led_the_gang(text, responses):
    assert responses <= _responses(text)
    assert all(against is None for _, _, against in _responses(text))


# ... and against the state only where the text ties the gang to it
def test_gang_tied_to_a_state_gives_against():
    text = "The US sanctioned Dmitry Khoroshev, who led LockBit, which officials said worked for Russia's FSB."
    assert ("sanctions", "US", "RU") in _responses(text)


# Near misses: someone who led a company or a protest names no gang
@pytest.mark.parametrize(
    "text",
    [
        "The US sanctioned a Russian oligarch who ran Gazprom.",
        "Police arrested a man who led the protest.",
    ],
)
def test_who_led_no_gang(text):
    assert _responses(text) == set()
