"""Patterns tried only where a match can open give the matches of the plain scan.

``dates`` tries its day-led patterns only where a run of digits starts, and
``sentences`` its end-of-sentence pattern only at the characters that open it;
the paragraph break is written so sre can look for its first character. These
tests hold each to the plain ``finditer`` (or the pattern as first written) on
random strings built from the characters that matter.
"""

from __future__ import annotations

import random
import re

from aptrace.extract import dates, sentences
from aptrace.extract.prefilter import matches_from


def _strings(pieces: list[str], n: int = 20000, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(n)]


def test_day_led_date_patterns_found_at_digit_runs():
    patterns = {kind: getattr(p, "rx", p) for kind, p in dates._PATTERNS if kind in dates._DIGIT_LED}
    assert set(patterns) == dates._DIGIT_LED
    pieces = ["1", "2", "3", "0", "12", "31", "٣", "a", " ", "-", "–", " and ", "to ", "th", "st ", "May", "June", "Jan.", "2024", ",", "x1", "\n"]
    for text in _strings(pieces):
        runs = [m.start() for m in dates._DIGIT_RUN.finditer(text)]
        for kind, rx in patterns.items():
            assert [m.span() for m in matches_from(rx, text, runs, len(text))] == [m.span() for m in rx.finditer(text)], (kind, text)


def test_sentence_ends_found_at_their_opening_characters():
    pieces = [".", "!", "?", "…", ";", " ", "\n", "A", "a", "1", '"', "”", ")", "(", "“", "É", "Mr.", "U.S."]
    for text in _strings(pieces):
        opens = [m.start() for m in sentences._END_OPENS.finditer(text)]
        got = [m.span() for m in matches_from(sentences._END, text, opens, len(text))]
        assert got == [m.span() for m in sentences._END.finditer(text)], text


def test_paragraph_break_as_first_written():
    first_written = re.compile(r"\r?\n(?:[ \t]*\r?\n)*")
    for text in _strings(["\r", "\n", "\r\n", "\n\n", " ", "\t", "a"]):
        assert [m.span() for m in sentences._PARA.finditer(text)] == [m.span() for m in first_written.finditer(text)], repr(text)


def test_names_found_in_one_pass_as_scanned_one_by_one():
    from aptrace.extract.mentions import _whole_word_uses

    names = {"Ab", "Ab Ab", "Abc", "X.Y", "Cd-E", "Ab Cd"}
    pieces = ["Ab", "Abc", " ", "-", "_", "X.Y", ".", "Cd", "-E", "é", "b", "Ab Ab", "\n", "1"]
    for text in _strings(pieces, n=5000):
        got = _whole_word_uses(text, names)
        for name in names:
            one_by_one = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
            assert got[name] == [m.span() for m in one_by_one.finditer(text)], (name, text)


def test_policed_name_pattern_gated_finds_what_the_case_blind_pattern_finds():
    from aptrace.extract.mentions import _POLICED

    pieces = ["took", "TAK", "en", " down ", "Seiz", "ed", "shut", "_", "1", " ", "-", "é", "É", "ı", "İ", "ſ", "K", "arrest", "xarrest",
              "Information", "jailed", "nabb", ".", "ß", "ǅ", " the ", "Qakbot", " botnet", " members of ", "LockBit"]
    for text in _strings(pieces, n=20000):
        assert [m.span() for m in _POLICED.finditer(text)] == [m.span() for m in _POLICED.rx.finditer(text)], text


def test_police_words_gated_found_as_the_case_blind_pattern_finds_them():
    from aptrace.extract.mentions import _POLICE_WORDS

    pieces = ["dow", "n", "DOWN", "jai", "l", "Arrest", "ı", "İ", "ſ", "K", " ", "x", "susp", "ect", "é", "ß"]
    for text in _strings(pieces, n=20000):
        assert (_POLICE_WORDS.search(text) is not None) == (_POLICE_WORDS.rx.search(text) is not None), text
