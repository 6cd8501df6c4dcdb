"""Attribution headlines and speakers misread before, checked on invented texts.

Wire headlines with their copula left out ("Russia behind cyberattack on ..., Berlin says"), an operation's doer
named after what was taken ("the theft of the designs by Chinese state hackers was confirmed by the FBI"), and
unnamed institutions speaking after what they said (", investigators said") where the story's state is plain.
Near misses must not attribute.
"""

from __future__ import annotations

import pytest

from aptrace.extract import analyze_text


def _attributions(text: str) -> set[tuple[str, str | None, str | None]]:
    report = analyze_text(text, published="2024-05-01")
    return {(a.by, a.actor, a.state) for inc in report.incidents for a in inc.attributions}


def _article(headline: str, body: str) -> str:
    return f"{headline}\n\n{body}\n"


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("Russian military intelligence behind cyberattack on German arms maker, Berlin says", "The attack hit the company's servers last month.", ("DE", None, "RU")),
        ("Iran behind hack of Albanian government websites, says Tirana", "The websites went offline last week.", ("AL", None, "IR")),
        ("Russia behind cyberattack on German arms maker, Berlin says", "The attack hit the company servers last month.", ("DE", None, "RU")),
        ("Berlin says Russia behind cyberattack on German arms maker", "The attack hit the company servers last month.", ("DE", None, "RU")),
        ("North Korean hackers behind $100 million crypto heist, FBI says", "The theft took place in June.", ("US", None, "KP")),
        ("Kremlin-backed group behind attack on Polish news agency, Warsaw says", "The agency published a false report.", ("PL", None, "RU")),
        ("Canberra says Chinese state hackers behind breach of parliament network", "The breach was found in February.", ("AU", None, "CN")),
        ("Police: North Korea behind hack of hospital network", "SEOUL, May 11 — The hospital's servers were hit.", ("KR", None, "KP")),
    ],
)
def test_headline_without_copula_attributes(headline, body, expected):
    assert expected in _attributions(_article(headline, body))


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        ("Russia could be behind cyberattack on German arms maker, experts say", "The attack hit the company servers last month."),
        ("Who is behind the cyberattack on the British Library?", "The library's systems went down in October."),
        ("Hackers behind attack on Dutch ministry still unknown, police say", "The attack hit the ministry last week."),
        ("Tracking the Russian hackers behind a wave of attacks", "A new report details the group's tools."),
        ("China denies being behind hack of Philippine agencies", "Beijing called the claims baseless."),
        ("Russia behind cyberattack on German arms maker", "The attack hit the company servers last month."),
    ],
)
def test_headline_near_misses_attribute_nothing(headline, body):
    assert _attributions(_article(headline, body)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The theft of the designs by Chinese state hackers was confirmed by the FBI.", ("US", None, "CN")),
        ("The breach of the ministry's network by Russian military intelligence was confirmed by the German government on Tuesday.", ("DE", None, "RU")),
        ("The FBI confirmed the theft of the designs by Chinese state hackers.", ("US", None, "CN")),
        ("The theft of the designs by Chinese state hackers was confirmed, the FBI said.", ("US", None, "CN")),
        ("The theft of the designs by Chinese state hackers was reported by the FBI.", ("US", None, "CN")),
    ],
)
def test_doer_after_what_was_taken(text, expected):
    assert expected in _attributions(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WARSAW (Reuters) - A cyberattack hit the state news agency PAP on Friday.\n\nChinese state hackers were behind the intrusion, investigators said.", ("PL", None, "CN")),
        ("Polish officials said a cyberattack hit the state news agency PAP on Friday.\n\nThe attacks could be traced to Russia, officials said.", ("PL", None, "RU")),
        ("The Dutch government said on Monday a ministry network had been breached.\n\nRussian military intelligence was behind the attack, authorities said.", ("NL", None, "RU")),
    ],
)
def test_unnamed_institutions_speak_for_the_story_state(text, expected):
    assert expected in _attributions(text)


def test_unnamed_officials_with_no_state_attribute_nothing():
    assert _attributions("A ransomware attack crippled hospitals in the region.\n\nIran was behind the attack, officials said.") == set()


def test_headline_pattern_is_fast_on_long_text():
    import time
    text = "Russian hackers " * 20000 + "\n\nThe attack hit the company."
    t0 = time.perf_counter()
    analyze_text(text, published="2024-05-01")
    assert time.perf_counter() - t0 < 30
