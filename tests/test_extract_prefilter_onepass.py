"""prefilter.OnePass and prefilter.Starts: patterns tried only where they can open, with the same matches."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from aptrace.extract import assemble, cues, mentions, victims
from aptrace.extract.prefilter import OnePass, Starts

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [
    ROOT / "tests" / "data" / "own" / "own.corpus.jsonl",
    ROOT / "tests" / "data" / "probes" / "probes.corpus.jsonl",
    ROOT / "src" / "aptrace" / "data" / "seed.jsonl",
]


def _texts() -> list[str]:
    texts = [json.loads(line)["text"] for path in CORPORA for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(11)
    for t in texts[:10]:
        # other cases, the characters IGNORECASE folds onto ASCII, and whitespace other than spaces
        texts.append("".join(c.upper() if rng.random() < 0.3 else c for c in t))
        texts.append(t.replace("i", "ı").replace("s", "ſ").replace("I", "İ").replace("k", "\u212a"))
        texts.append(t.replace(" ", "\n", 40).replace(" ", "\t", 40).replace(" ", "\u00a0", 40))
    return texts


def _windows(text: str) -> list[tuple[int, int]]:
    cuts = [0] + [m.end() for m in re.finditer(r"[.!?]\s", text)] + [len(text)]
    return [(0, len(text)), (5, 10**9), (-3, len(text) - 7)] + list(zip(cuts, cuts[1:])) + [(a + 3, b - 2) for a, b in zip(cuts, cuts[1:])]


def test_onepass_matches_as_the_alternation():
    for one in (victims._SECTOR_WORDS, assemble._ACTIVITY_WORDS):
        assert one._auto is not None  # the fast path is the one tested
        for text in _texts():
            for a, b in _windows(text):
                want = [(int(m.lastgroup[len(one.group) :]), m.span()) for m in one.one_pass.finditer(text, a, b)]
                assert [(i, m.span()) for i, m in one.finditer(text, a, b)] == want, (text[:60], a, b)


def test_onepass_splits_an_alternation():
    one = victims._TARGETING_WORDS
    assert one._auto is not None and len(one._alts) > 50
    for text in _texts():
        for a, b in _windows(text):
            want = [m.span() for m in one.one_pass.finditer(text, a, b)]
            assert [m.span() for _, m in one.finditer(text, a, b)] == want, (text[:60], a, b)
    split = OnePass.alternatives_of(re.compile(r"\b(?:a[|(]b|c(?:d|e)|[]|]x|\(y)\b", re.I))
    assert [rx.pattern for rx in split._alts] == [r"\b(?:a[|(]b)\b", r"\b(?:c(?:d|e))\b", r"\b(?:[]|]x)\b", r"\b(?:\(y)\b"]
    assert OnePass.alternatives_of(re.compile(r"\s*(?:ab|cd)", re.I))._auto is None  # a lead that takes characters


def test_onepass_falls_back_to_the_pattern_it_cannot_split():
    patterns = [r"attack\w*", r"[A-Z]\w+"]  # the second opens on no word
    one_pass = re.compile(cues._AT_WORD + "(?:" + "|".join(f"(?P<x{i}>{p})" for i, p in enumerate(patterns)) + ")", re.I)
    one = OnePass(one_pass, cues._AT_WORD, "x", patterns)
    assert one._auto is None
    text = "Hackers attacked Ukraine."
    assert [(i, m.group(0)) for i, m in one.finditer(text)] == [(1, "Hackers"), (0, "attacked"), (1, "Ukraine")]
    other = OnePass(one_pass, cues._AT_WORD, "x", [r"attack\w*"])  # not the alternation of these patterns
    assert other._auto is None


def test_starts_matches_as_the_pattern():
    organs = "Police in Harbin, police in the city of Guangzhou, Harbin police, prosecutors in Kyiv and the public security bureau of Wuhan. "
    place = victims._PLACE.rx if hasattr(victims._PLACE, "rx") else victims._PLACE
    for text in [*_texts(), organs * 3]:
        assert [m.span() for m in mentions._PLACE_ORGAN_STARTS.finditer(text)] == [m.span() for m in mentions._PLACE_ORGAN.finditer(text)]
        for a, b in _windows(text):
            assert [m.span() for m in victims._PLACE_STARTS.finditer(text, a, b)] == [m.span() for m in place.finditer(text, a, b)], (text[:60], a, b)
    assert [m.group(0) for m in mentions._PLACE_ORGAN_STARTS.finditer(organs)][-1] == "public security bureau of Wuhan"
    assert [m.group(0) for m in Starts(re.compile(r"\bab\w*"), ["ab"]).finditer("ab xab abab ab", 1)] == ["abab", "ab"]
