"""The prefilter in front of costly patterns: it may only ever skip what cannot match."""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import pytest

from aptrace.extract import clauses, cues, dates, incidents, mentions, prefilter, victims
from aptrace.extract.prefilter import Gated, fold, gated, required_prefixes, required_words

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [
    ROOT / "tests" / "data" / "own" / "own.corpus.jsonl",
    ROOT / "tests" / "data" / "fresh" / "fresh.corpus.jsonl",
    ROOT / "tests" / "data" / "probes" / "probes.corpus.jsonl",
    ROOT / "src" / "aptrace" / "data" / "seed.jsonl",
]


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for mod in (cues, clauses, incidents, mentions, dates, victims):
        for name, value in vars(mod).items():
            items = value if isinstance(value, list) else [value]
            for item in items:
                rx = getattr(item, "pattern", item)
                if isinstance(item, tuple):
                    rx = next((x for x in item if isinstance(x, (re.Pattern, Gated))), None)
                if isinstance(rx, Gated):
                    rx = rx.rx
                if isinstance(rx, re.Pattern):
                    out.append((f"{mod.__name__}.{name}", rx))
    return out


def _texts() -> list[str]:
    texts = []
    for path in CORPORA:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    rng = random.Random(7)
    mixed = []
    for t in texts[:20]:
        # the same words in other cases, and with the characters IGNORECASE folds onto ASCII
        mixed.append(t.upper())
        mixed.append("".join(c.upper() if rng.random() < 0.3 else c for c in t))
        mixed.append(t.replace("i", "ı").replace("s", "ſ").replace("I", "İ").replace("k", "\u212a"))
    return texts + mixed


def test_prefilter_fold_maps_every_ignorecase_equivalent_of_ascii():
    ascii_rx = {x: re.compile(re.escape(chr(x)), re.I) for x in range(128)}
    any_ascii = re.compile(r"[\x00-\x7f]", re.I)
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        assert len(fold(c)) == 1, hex(cp)
        if any_ascii.fullmatch(c):
            for x, rx in ascii_rx.items():
                if rx.fullmatch(c):
                    assert fold(c) == chr(x).lower(), (hex(cp), chr(x))


@pytest.mark.parametrize(
    ("pattern", "words", "prefixes"),
    [
        (r"\bblam(?:e|ed)\b", {"blame"}, {"blame"}),  # "blamed" contains "blame"
        (r"\b(?:security\s+)?(?:researchers|experts)\b", {"researchers", "experts"}, {"security", "researchers", "experts"}),
        (r"\bby\s+(?:the\s+)?$", {"by"}, {"by"}),
        (r"(?-i:MPs)|\bpeers\b", {"mps", "peers"}, {"mps", "peers"}),
        (r"\w+ing", {"ing"}, None),
        (r"[A-Z][a-z]+", None, None),
        (r"(?=attack)\w+", None, None),  # what a lookahead sees is not part of the match
    ],
)
def test_prefilter_required_words_and_prefixes(pattern, words, prefixes):
    assert required_words(pattern, re.I) == (frozenset(words) if words else None)
    assert required_prefixes(pattern, re.I) == (frozenset(prefixes) if prefixes else None)


def test_prefilter_words_and_prefixes_hold_for_every_match():
    texts = _texts()
    for name, rx in _patterns():
        words, prefixes = required_words(rx), required_prefixes(rx)
        if not words and not prefixes:
            continue
        for text in texts:
            for m in rx.finditer(text):
                low = fold(m.group(0))
                if words:
                    assert any(w in low for w in words), (name, m.group(0))
                if prefixes:
                    assert any(low.startswith(p) for p in prefixes), (name, m.group(0))


def test_prefilter_gated_patterns_give_the_same_matches():
    texts = _texts()
    rng = random.Random(3)
    for name, rx in _patterns():
        g = gated(rx)
        if g is rx:
            continue
        for text in texts:
            spans = [(0, len(text))] + [tuple(sorted(rng.sample(range(len(text) + 1), 2))) for _ in range(4)]
            for pos, endpos in spans + [(-5, len(text) + 5), (len(text) // 2, len(text) // 3)]:
                expect = [(m.span(), m.lastgroup, m.groups()) for m in rx.finditer(text, pos, endpos)]
                got = [(m.span(), m.lastgroup, m.groups()) for m in g.finditer(text, pos, endpos)]
                assert got == expect, (name, pos, endpos)
                first = rx.search(text, pos, endpos)
                again = g.search(text, pos, endpos)
                assert (first and first.span()) == (again and again.span()), (name, pos, endpos)


def test_prefilter_remembered_folds_give_the_same_matches():
    """A short string folded whole once for every pattern asking about it, and windows of a long text
    read in its remembered fold: the same matches as the patterns themselves, whatever the order."""
    gates = [(name, g) for name, rx in _patterns() if (g := gated(rx)) is not rx]
    assert len(gates) > 20
    rng = random.Random(11)
    for text in [t for t in _texts() if len(t) > 1500][:12]:
        pieces = [text[i : i + rng.randrange(40, 700)] for i in range(0, len(text), 300)]
        calls = []
        for piece in pieces:  # a sentence, then windows of it, then windows of the long text
            calls += [(piece, 0, sys.maxsize), (piece, rng.randrange(len(piece) + 1), rng.randrange(len(piece) + 2))]
            a = rng.randrange(len(text))
            calls += [(text, a, a + rng.randrange(1, 900)), (text, 0, len(text))]
        for string, pos, endpos in calls:
            for name, g in rng.sample(gates, 12):
                expect = [(m.span(), m.groups()) for m in g.rx.finditer(string, pos, endpos)]
                assert [(m.span(), m.groups()) for m in g.finditer(string, pos, endpos)] == expect, (name, pos, endpos)
                first = g.rx.search(string, pos, endpos)
                again = g.search(string, pos, endpos)
                assert (first and first.span()) == (again and again.span()), (name, pos, endpos)


def test_prefilter_gate_keeps_lists_in_place_and_names_entries():
    table = [("a", re.compile(r"\bfoo\b")), ("b", re.compile(r"\bbar\b"))]
    ns = {"T": table, "X": re.compile(r"\bbaz\w*")}
    prefilter.gate(ns, "T.b", "X")
    assert ns["T"] is table and isinstance(table[1][1], Gated) and isinstance(table[0][1], re.Pattern)
    assert ns["X"].search("a bazooka").group(0) == "bazooka"
    with pytest.raises(KeyError):
        prefilter.gate(ns, "T.nothing")
    raw = re.compile(r"\bqux\b")
    ns = {"L": [raw], "PAIR": (raw,)}
    prefilter.gate(ns, "L")
    assert isinstance(ns["L"][0], Gated) and ns["L"][0] in ns["PAIR"] and ns["L"][0] == raw and hash(ns["L"][0]) == hash(raw)


def test_prefilter_patterns_shared_over_whole_texts_give_the_same_matches():
    """Patterns gated with ``whole_texts`` read a long text once for all of them: same matches."""
    shared = []
    for mod in (cues, clauses, incidents, mentions, dates, victims):
        for value in vars(mod).values():
            for item in value if isinstance(value, list) else [value]:
                for x in item if isinstance(item, tuple) else [item]:
                    if isinstance(x, Gated) and x._shared >= 0:
                        shared.append(x)
    assert len(shared) > 10
    texts = [t for t in _texts() if len(t) > 700]
    rng = random.Random(5)
    for text in texts:
        spans = [(0, len(text)), (0, sys.maxsize), (-3, len(text) + 3)] + [(rng.randrange(len(text) // 3), len(text) - rng.randrange(len(text) // 3)) for _ in range(2)]
        for pos, endpos in spans:
            for g in shared:  # interleaved, as the pipeline calls them
                expect = [(m.span(), m.groups()) for m in g.rx.finditer(text, pos, endpos)]
                assert [(m.span(), m.groups()) for m in g.finditer(text, pos, endpos)] == expect, (g.rx.pattern, pos, endpos)
                first = g.rx.search(text, pos, endpos)
                again = g.search(text, pos, endpos)
                assert (first and first.span()) == (again and again.span())


def test_prefilter_cached_analysis_equals_a_fresh_one(tmp_path, monkeypatch):
    """Words kept in the user cache are the words the parse tree gives; a broken cache file is only ignored."""
    monkeypatch.setenv("APTRACE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(prefilter, "_CACHE", None)
    monkeypatch.setattr(prefilter, "_CACHE_DIRTY", False)
    monkeypatch.setattr(prefilter.atexit, "register", lambda f: None)
    patterns = [rx for _, rx in _patterns()][:40]
    first = [prefilter._analysis(rx) for rx in patterns]
    assert first == [(required_words(rx), required_prefixes(rx)) for rx in patterns]
    prefilter._save_cache()
    [path] = list(tmp_path.iterdir())
    monkeypatch.setattr(prefilter, "_CACHE", None)
    assert [prefilter._analysis(rx) for rx in patterns] == first  # read back from the file
    assert not prefilter._CACHE_DIRTY
    path.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(prefilter, "_CACHE", None)
    assert [prefilter._analysis(rx) for rx in patterns] == first
    # a cache directory that cannot be written costs time, never a result
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("APTRACE_CACHE_DIR", str(blocked))
    monkeypatch.setattr(prefilter, "_CACHE", None)
    assert [prefilter._analysis(rx) for rx in patterns] == first
    prefilter._save_cache()


@pytest.mark.parametrize("name", ["OPERATION", "TARGETING", "SECTORS_ONE_PASS", "ACTIVITY_ONE_PASS"])
def test_prefilter_the_patterns_tried_on_every_sentence_keep_their_required_prefixes(name):
    # one alternative without a literal start ("[A-Z][a-z]+ bridge") makes a whole one-pass pattern
    # run at every position of every sentence (ten times slower, same results): keep every start literal
    pattern = getattr(cues, name)
    assert isinstance(pattern, Gated)
    assert pattern.prefixes, f"{name} has no required prefixes"
