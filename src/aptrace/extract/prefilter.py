"""Words without which a regular expression cannot match, read off the pattern itself.

Most rule patterns run on every sentence, and most sentences do not contain
the words a pattern is about. :func:`required_words` walks a compiled
pattern's parse tree and returns a set of lower-case ASCII strings such that
*every* match of the pattern contains at least one of them (after
:func:`fold`), or ``None`` when it cannot say. A caller may then skip the
pattern on any text whose folded form contains none of them: the result is
the same, only cheaper. Because the words are derived from the pattern when
it is first used, editing a pattern keeps its prefilter right.

:func:`gate` swaps chosen patterns of a module for :class:`Gated` ones that
make that test (or, better, jump straight to where a match can start) before
they run, so call sites stay as they are. Only patterns that cost much and
are tried on long text gain: for a pattern tried on a few words the test
costs as much as the pattern.

Case: ``re.IGNORECASE`` lets a few non-ASCII characters match ASCII letters
("İ" and "ı" match "i", "ſ" matches "s", the Kelvin sign matches "k");
:func:`fold` maps them so that a substring test on folded text is complete
for case-insensitive and case-sensitive patterns alike.
"""

from __future__ import annotations

import atexit
import dataclasses
import hashlib
import json
import os
import re
import sys
import threading
from pathlib import Path
from re import _constants as K  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any, Iterable, Iterator

import ahocorasick

# characters that IGNORECASE matches to an ASCII letter and str.lower() leaves alone
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def fold(text: str) -> str:
    """Lower case, one character for one, with the few extra IGNORECASE equivalences."""
    if text.isascii() or not ("İ" in text or "ı" in text or "ſ" in text):
        return text.lower()
    return text.translate(_FOLD).lower()


_MAX_SET = 256  # largest set of alternative strings tracked exactly
_MAX_CLASS = 12  # largest character class expanded into strings


class _Info:
    """What a piece of pattern matches: ``exact`` (every string it can match, folded,
    or None when unknown) and ``req`` (strings one of which every match contains,
    or None when unconstrained)."""

    __slots__ = ("exact", "req")

    def __init__(self, exact: frozenset[str] | None, req: frozenset[str] | None) -> None:
        self.exact = exact
        if req is None and exact is not None and "" not in exact:
            req = exact
        self.req = _minimal(req) if req is not None and "" not in req else None


_NOTHING = frozenset({""})
_UNKNOWN = _Info(None, None)
_EMPTY = _Info(frozenset({""}), None)


def _minimal(words: frozenset[str]) -> frozenset[str]:
    """Drop words that contain another word of the set (the shorter one suffices)."""
    out = []
    for w in sorted(words, key=len):
        if not any(o in w for o in out):
            out.append(w)
    return frozenset(out)


def _score(words: frozenset[str]) -> tuple[int, int]:
    return (min(map(len, words)), -len(words))


def _best(cands: list[frozenset[str]]) -> frozenset[str] | None:
    cands = [c for c in cands if c and "" not in c]
    return max(cands, key=_score) if cands else None


def _product(a: frozenset[str], b: frozenset[str]) -> frozenset[str] | None:
    if a == _NOTHING:
        return b
    if b == _NOTHING:
        return a
    if len(a) * len(b) > _MAX_SET:
        return None
    return frozenset(x + y for x in a for y in b)


# While set (only inside _analysis, under _ANALYSIS_LOCK), the analysis reads every whitespace character of a pattern,
# ``\s`` included, as one space: the words it gives are then looked for in text whose whitespace
# is folded to spaces too (see _fold_spaces), so that "in\s+the\s+past" needs "in the past", not "in".
_SPACES = False
_ANALYSIS_LOCK = threading.RLock()


def _fold1(c: str) -> str:
    return " " if _SPACES and c.isspace() else fold(c)


def _char(code: int) -> str | None:
    return _fold1(chr(code)) if code < 128 else None


def _literal_class(items: list) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is K.LITERAL:
            c = _char(av)
            if c is None:
                return None
            chars.add(c)
        elif op is K.RANGE:
            lo, hi = av
            if hi >= 128 or hi - lo > _MAX_CLASS:
                return None
            chars.update(_fold1(chr(x)) for x in range(lo, hi + 1))
        elif op is K.CATEGORY and _SPACES and av in _SPACE_CATEGORIES:
            chars.add(" ")
        else:
            return None  # NEGATE, CATEGORY, ...
        if len(chars) > _MAX_CLASS:
            return None
    return frozenset(chars)


def _seq(items) -> _Info:
    exact: frozenset[str] | None = frozenset({""})
    run: frozenset[str] | None = frozenset({""})
    cands: list[frozenset[str]] = []
    for op, av in items:
        info = _node(op, av)
        if info.req is not None:
            cands.append(info.req)
        exact = _product(exact, info.exact) if exact is not None and info.exact is not None else None
        if info.exact is not None and run is not None:
            nxt = _product(run, info.exact)
            if nxt is None:
                cands.append(run)
                run = info.exact
            else:
                run = nxt
        else:
            if run is not None:
                cands.append(run)
            run = info.exact
    if run is not None:
        cands.append(run)
    return _Info(exact, _best(cands))


_SPACE_CATEGORIES = (K.CATEGORY_SPACE, K.CATEGORY_UNI_SPACE)
_REPEATS = tuple(getattr(K, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(K, n))


def _node(op, av) -> _Info:
    if op is K.LITERAL:
        c = _char(av)
        return _Info(frozenset({c}), None) if c is not None else _UNKNOWN
    if op is K.IN:
        chars = _literal_class(av)
        return _Info(chars, None) if chars else _UNKNOWN
    if op is K.AT:
        return _EMPTY
    if op in (K.ASSERT, K.ASSERT_NOT):
        return _EMPTY  # looks without consuming: nothing it sees is part of the match
    if op is K.SUBPATTERN:
        return _seq(av[-1])
    if op is K.ATOMIC_GROUP:
        return _seq(av)
    if op is K.BRANCH:
        infos = [_seq(alt) for alt in av[1]]
        exact = None
        if all(i.exact is not None for i in infos):
            union = frozenset().union(*(i.exact for i in infos))
            exact = union if len(union) <= _MAX_SET else None
        reqs = [i.req for i in infos]
        req = frozenset().union(*reqs) if all(r is not None for r in reqs) else None
        return _Info(exact, req)
    if op in _REPEATS:
        lo, hi, sub = av
        info = _seq(sub)
        if lo == 0:
            if hi == 1 and info.exact is not None:
                return _Info(info.exact | {""}, None)
            return _Info(None, None)
        exact = None
        if lo == hi and info.exact is not None and lo <= 3:
            exact = frozenset({""})
            for _ in range(lo):
                exact = _product(exact, info.exact) if exact is not None else None
        return _Info(exact, info.req)
    return _UNKNOWN  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, GROUPREF_EXISTS, ...


def required_words(pattern: re.Pattern[str] | str, flags: int = 0) -> frozenset[str] | None:
    """Folded ASCII strings one of which every match of ``pattern`` contains, or None."""
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    if not isinstance(pattern, str):
        return None
    info = _seq(P.parse(pattern, flags).data)
    return info.req


def _prefixes_seq(items) -> frozenset[str] | None:
    """Nonempty folded strings one of which every match of the sequence starts with, or None."""
    items = list(items)
    acc: frozenset[str] = frozenset({""})
    for i, (op, av) in enumerate(items):
        info = _node(op, av)
        if info.exact is not None:
            nxt = _product(acc, info.exact)
            if nxt is None:
                break
            acc = nxt
            continue
        if op in _REPEATS and av[0] == 0:
            # optional: the match starts with the repeated part or with what follows
            first, rest = _prefixes_seq(av[2]), _prefixes_seq(items[i + 1 :])
            pre = first | rest if first is not None and rest is not None else None
        else:
            pre = _prefixes_node(op, av)
        if pre is not None:
            nxt = _product(acc, pre)
            if nxt is not None:
                acc = nxt
        break
    return acc if "" not in acc else None


def _prefixes_node(op, av) -> frozenset[str] | None:
    if op is K.SUBPATTERN:
        return _prefixes_seq(av[-1])
    if op is K.ATOMIC_GROUP:
        return _prefixes_seq(av)
    if op is K.BRANCH:
        pres = [_prefixes_seq(alt) for alt in av[1]]
        return frozenset().union(*pres) if all(p is not None for p in pres) else None
    if op in _REPEATS and av[0] >= 1:
        return _prefixes_seq(av[2])
    info = _node(op, av)
    return info.exact if info.exact is not None and "" not in info.exact else None


def required_prefixes(pattern: re.Pattern[str] | str, flags: int = 0) -> frozenset[str] | None:
    """Folded ASCII strings one of which every match of ``pattern`` starts with, or None.

    Minimal: no string of the set starts with another one.
    """
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    if not isinstance(pattern, str):
        return None
    pre = _prefixes_seq(P.parse(pattern, flags).data)
    if pre is None:
        return None
    out: list[str] = []
    for w in sorted(pre, key=len):
        if not any(w.startswith(o) for o in out):
            out.append(w)
    return frozenset(out)


_SHORT = 600  # spans up to this long are folded on each call; longer ones once per text
_LAST: tuple[str, str] = ("", "")
_LOW: tuple[str, str] = ("", "")  # the last short string folded whole (see Gated._span)


def _folded(text: str) -> str:
    """``_fold_spaces(text)``, remembered for the last long text (a document is scanned many times)."""
    global _LAST
    last = _LAST
    if last[0] is text:
        return last[1]
    low = _fold_spaces(text)
    _LAST = (text, low)
    return low


# Patterns scanned over whole texts (``gate(..., whole_texts=True)``) share one automaton over all
# their words: a long text is read once for all of them rather than once per pattern.
_SHARED_LOCK = threading.Lock()
_SHARED: list["Gated"] = []
_SHARED_AUTO: tuple[int, Any] = (0, None)  # (how many of _SHARED it covers, automaton)
_SHARED_HITS: tuple[Any, int, list] = (None, 0, [])  # (text, patterns covered, each one's (start, end) hits)


def _share(g: "Gated") -> None:
    with _SHARED_LOCK:
        if g._shared < 0 and g._auto is not None:
            g._shared = len(_SHARED)
            _SHARED.append(g)


_SPACE_RUN = re.compile(r"[^\S ]")  # whitespace other than a space


def _spaces(low: str) -> str:
    """``low`` with every whitespace character a space (one character for one)."""
    # every whitespace character but the space is unprintable: most text needs no substitution, and says so fast
    return low if low.isprintable() else _SPACE_RUN.sub(" ", low)


def _fold_spaces(text: str) -> str:
    """``fold(text)`` with every whitespace character a space (one character for one)."""
    return _spaces(fold(text))


def _shared_automaton() -> tuple[int, Any]:
    global _SHARED_AUTO
    with _SHARED_LOCK:
        count, auto = _SHARED_AUTO
        if count < len(_SHARED):
            table: dict[str, list[int]] = {}
            for i, g in enumerate(_SHARED):
                for w in g.prefixes or g.words:
                    table.setdefault(w, []).append(i)
            auto = ahocorasick.Automaton()
            for w, ids in table.items():
                auto.add_word(w, (len(w), tuple(ids)))
            auto.make_automaton()
            count = len(_SHARED)
            _SHARED_AUTO = (count, auto)
        return count, auto


def _shared_hits(g: "Gated", text: str) -> list[tuple[int, int]]:
    """Where ``g``'s words occur in ``_fold_spaces(text)``, as (start, end) in order: read once for every
    shared pattern."""
    global _SHARED_HITS
    cached, covered, table = _SHARED_HITS
    if cached is text and g._shared < covered:
        return table[g._shared]
    count, auto = _shared_automaton()
    table = [[] for _ in range(count)]
    for end, (length, ids) in auto.iter(_folded(text)):
        hit = (end - length + 1, end + 1)
        for i in ids:
            table[i].append(hit)
    for hits in table:
        hits.sort()
    _SHARED_HITS = (text, count, table)
    return table[g._shared]


class Gated:
    """A compiled pattern that looks for its required words before it runs.

    Same methods and the same results as the pattern it wraps. ``search`` and
    ``finditer`` of a pattern whose matches all start with one of a few strings
    (:func:`required_prefixes`) try the pattern only where one of them occurs,
    in order, as ``search`` would have found them; other patterns with
    :func:`required_words` run only on text that contains one of the words.
    ``match`` and ``fullmatch`` are anchored and run as they are. The words are
    read with whitespace as a space (see _SPACES) and looked for in text folded
    by _fold_spaces: "in\\s+the" needs "in the", not "in".
    """

    __slots__ = ("rx", "words", "prefixes", "_auto", "_one", "_shared")

    def __init__(self, rx: re.Pattern[str], words: frozenset[str] | None, prefixes: frozenset[str] | None) -> None:
        self.rx = rx
        self.words = words
        self.prefixes = prefixes
        needles = prefixes or words or frozenset()
        self._one = next(iter(needles)) if len(needles) == 1 else None
        self._auto = None
        self._shared = -1  # index in _SHARED once shared (see gate(..., whole_texts=True))
        if len(needles) > 1:
            auto = ahocorasick.Automaton()
            for w in needles:
                auto.add_word(w, len(w))
            auto.make_automaton()
            self._auto = auto

    def __getattr__(self, name: str) -> Any:
        return getattr(self.rx, name)

    def __repr__(self) -> str:
        return f"Gated({self.rx!r})"

    def __eq__(self, other: object) -> bool:
        # equal to the pattern it wraps, so "pat in (A, B)" holds whichever of the two it holds
        return self.rx == (other.rx if isinstance(other, Gated) else other)

    def __hash__(self) -> int:
        return hash(self.rx)

    def _span(self, string: str, pos: int, endpos: int) -> tuple[str, int, int, int, bool]:
        """Folded text to look in, the offset of its index 0 in ``string``, the bounds in it, and
        whether it is the whole of a long text.

        A short string is folded whole and remembered (a sentence is asked about by many patterns
        in a row); a long text folded before (see _folded) is reused for a window of it, sliced (an
        automaton's ``iter`` copies all of the string it is given, whatever its bounds); other
        windows of a long text fold only the window: a call never costs more than its span or
        _SHORT, whichever is larger (hostile text stays linear)."""
        global _LOW
        n = len(string)  # bounds clamped as sre clamps them: a match consumes only [pos, endpos)
        if endpos > n:
            endpos = n
        elif endpos < 0:
            endpos = 0
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        last = _LOW
        if last[0] is string:
            return last[1], 0, pos, endpos, False
        if n <= _SHORT:
            low = _spaces(string.lower() if string.isascii() else fold(string))  # _fold_spaces(), without a call for ASCII text
            _LOW = (string, low)
            return low, 0, pos, endpos, False
        width = endpos - pos
        if width > _SHORT and 2 * width >= n:
            return _folded(string), 0, pos, endpos, True  # most of a long text: fold it once for all patterns
        last = _LAST
        if last[0] is string:  # a window of the remembered fold, sliced (see above)
            low = last[1][pos:endpos]
            return low, pos, 0, len(low), False
        span = string[pos:endpos]
        low = _spaces(span.lower() if span.isascii() else fold(span))
        return low, pos, 0, len(span), False

    def _may(self, string: str, pos: int, endpos: int) -> bool:
        low, _off, a, b, whole = self._span(string, pos, endpos)
        if self._one is not None:
            return low.find(self._one, a, b) >= 0
        if whole and self._shared >= 0:  # a long text, read once for every shared pattern
            return any(a <= s and e <= b for s, e in _shared_hits(self, string))
        return next(self._auto.iter(low, a, b), None) is not None if b > a else False

    def _starts(self, string: str, pos: int, endpos: int) -> list[int]:
        """Every position in [pos, endpos) where one of the prefixes starts, ascending."""
        low, off, a, b, whole = self._span(string, pos, endpos)
        one = self._one
        if one is not None:
            out = []
            i = low.find(one, a, b)
            while i >= 0:
                out.append(off + i)
                i = low.find(one, i + 1, b)
            return out
        if b <= a:
            return []
        if whole and self._shared >= 0:  # a long text, read once for every shared pattern
            return sorted({s for s, e in _shared_hits(self, string) if a <= s and e <= b})
        # most calls find no prefix or one: answer those without building a set
        hits = self._auto.iter(low, a, b)
        end, length = next(hits, (-1, 0))
        if end < 0:
            return []
        first = off + end - length + 1
        end, length = next(hits, (-1, 0))
        if end < 0:
            return [first]
        return sorted({first, off + end - length + 1, *[off + e - k + 1 for e, k in hits]})

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self.prefixes is None:
            return self.rx.search(string, pos, endpos) if self._may(string, pos, endpos) else None
        one = self._one
        if one is not None:  # as _starts, one start at a time: most calls stop at the first
            low, off, a, b, _whole = self._span(string, pos, endpos)
            i = low.find(one, a, b)
            if i < 0:
                return None
            match = self.rx.match
            while i >= 0:
                m = match(string, off + i, endpos)
                if m is not None:
                    return m
                i = low.find(one, i + 1, b)
            return None
        match = self.rx.match
        for start in self._starts(string, pos, endpos):
            m = match(string, start, endpos)
            if m is not None:
                return m
        return None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self.prefixes is None:
            return self.rx.finditer(string, pos, endpos) if self._may(string, pos, endpos) else iter(())
        return self._finditer(string, pos, endpos)

    def _finditer(self, string: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        yield from matches_from(self.rx, string, self._starts(string, pos, endpos), endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.rx.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.rx.fullmatch(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.rx.findall(string, pos, endpos) if self._may(string, pos, endpos) else []

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self.rx.sub(repl, string, count) if self._may(string, 0, len(string)) else string


def matches_from(rx: re.Pattern[str], string: str, starts: Iterable[int], endpos: int) -> Iterator[re.Match[str]]:
    """``rx.finditer`` over ``string`` tried only at ``starts`` (ascending): the leftmost match, then the next from
    where it ended (matches are never empty)."""
    match = rx.match
    after = 0
    for start in starts:
        if start < after:
            continue
        m = match(string, start, endpos)
        if m is not None:
            yield m
            after = m.end()


class OnePass:
    """The alternatives of a pattern ``lead(?:A0|A1|...)tail``, each tried only where one of its opening
    words occurs; a one-pass pattern names them ``lead(?:(?P<x0>A0)|(?P<x1>A1)|...)``.

    ``finditer`` yields ``(i, match of lead(?:Ai)tail)`` with the spans, in the order, of the pattern's
    own matches, ``i`` the alternative that matched (the index a one-pass pattern's ``lastgroup``
    names). One automaton pass over the text finds every alternative's opening words (see
    :func:`required_prefixes`); at each place one occurs, the alternatives that open with it
    are tried in their order and the first that matches wins, as in the alternation (``lead`` matches
    no characters, so it is the same for all of them). The pattern tried whole runs every alternative
    at each such place: this is about twice as fast, same results. An alternative with no opening
    words to go by, a ``lead`` that takes characters, or a pattern that is not that alternation leaves
    the pattern to do the work (``i`` is then -1 for an alternation without names).
    """

    def __init__(self, one_pass: Any, lead: str, group: str, patterns: list[str], tail: str = "") -> None:
        self.one_pass = one_pass
        self.group = group
        self._alts: list[re.Pattern[str]] = []
        self._auto: Any = None
        named = [f"(?P<{group}{i}>{p})" for i, p in enumerate(patterns)] if group else patterns
        if one_pass.pattern != lead + "(?:" + "|".join(named) + ")" + tail or P.parse(lead, one_pass.flags).getwidth() != (0, 0):
            return
        table: dict[str, set[int]] = {}
        for i, p in enumerate(patterns):
            rx = re.compile(lead + "(?:" + p + ")" + tail, one_pass.flags)
            g = gated(rx)
            if not isinstance(g, Gated) or not g.prefixes:
                self._alts = []
                return
            self._alts.append(rx)
            for w in g.prefixes:
                table.setdefault(w, set()).add(i)
        auto = ahocorasick.Automaton()
        for w, ids in table.items():
            auto.add_word(w, (len(w), tuple(sorted(ids))))
        auto.make_automaton()
        self._auto = auto

    @classmethod
    def alternatives_of(cls, rx: Any) -> "OnePass":
        """``rx``, a pattern ``lead(?:A0|A1|...)tail``, tried alternative by alternative."""
        split = _split_alternation(rx.pattern)
        return cls(rx, split[0], "", split[1], split[2]) if split else cls(rx, "", "", [])

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[tuple[int, re.Match[str]]]:
        if self._auto is None:
            for m in self.one_pass.finditer(string, pos, endpos):
                yield int(m.lastgroup[len(self.group) :]) if self.group else -1, m
            return
        n = len(string)  # bounds clamped as sre clamps them
        endpos = min(endpos, n)
        pos = max(pos, 0)
        if endpos <= pos:
            return
        low = _fold_spaces(string[pos:endpos])  # the window folded as the prefixes were read
        hits = [(end - length + 1, ids) for end, (length, ids) in self._auto.iter(low)]
        hits.sort()
        alts = self._alts
        after = 0  # as finditer: the leftmost match, then the next from where it ended (matches are never empty)
        k = 0
        while k < len(hits):
            at, ids = hits[k]
            k += 1
            while k < len(hits) and hits[k][0] == at:  # several opening words here: all their alternatives, in order
                ids = tuple(sorted({*ids, *hits[k][1]}))
                k += 1
            start = pos + at
            if start < after:
                continue
            for i in ids:
                m = alts[i].match(string, start, endpos)
                if m is not None:
                    yield i, m
                    after = m.end()
                    break

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> tuple[int, re.Match[str]] | None:
        return next(self.finditer(string, pos, endpos), None)


def _split_alternation(pattern: str) -> tuple[str, list[str], str] | None:
    """``(lead, [A0, A1, ...], tail)`` of ``pattern`` = ``lead(?:A0|A1|...)tail``, split at the ``|`` of the
    first non-capturing group at its own level (not in a class, a nested group or after a backslash)."""
    at = pattern.find("(?:")
    if at < 0:
        return None
    parts: list[str] = []
    depth, start, k, n = 0, at + 3, at, len(pattern)
    while k < n:
        ch = pattern[k]
        if ch == "\\":
            k += 2
            continue
        if ch == "[":  # a class: up to its closing bracket (one right after "[" or "[^" is a member)
            k += 2 if pattern.startswith("[^", k) else 1
            k += 1 if pattern.startswith("]", k) else 0
            while k < n and pattern[k] != "]":
                k += 2 if pattern[k] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                parts.append(pattern[start:k])
                return pattern[:at], parts, pattern[k + 1 :]
        elif ch == "|" and depth == 1:
            parts.append(pattern[start:k])
            start = k + 1
        k += 1
    return None


class Starts:
    """A pattern tried only where one of the literal strings it must open with occurs, case as written.

    For a pattern whose every match starts with one of ``words`` (a case-sensitive alternation of
    many names, too many for :func:`required_prefixes` to read): ``finditer`` gives the pattern's own
    ``finditer`` matches, found by one automaton pass over the window and a ``match`` at each place
    a word starts, rather than the alternation tried at every position.
    """

    def __init__(self, rx: re.Pattern[str], words: Iterable[str]) -> None:
        self.rx = rx
        auto = ahocorasick.Automaton()
        for w in set(words):
            if w:
                auto.add_word(w, len(w))
        auto.make_automaton()
        self._auto = auto

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        n = len(string)  # bounds clamped as sre clamps them: a match lies in [pos, endpos)
        endpos = min(endpos, n)
        pos = max(pos, 0)
        if endpos <= pos:
            return
        # (the window sliced: an automaton's iter copies all of the string it is given, whatever its bounds)
        window = string[pos:endpos] if pos or endpos < n else string
        starts = sorted({pos + end - length + 1 for end, length in self._auto.iter(window)})
        yield from matches_from(self.rx, string, starts, endpos)


def gated(rx: re.Pattern[str]) -> re.Pattern[str] | Gated:
    """``rx`` behind its required-words check (words read with whitespace as a space), or ``rx`` itself when it has none."""
    if isinstance(rx, Gated):
        return rx
    words, prefixes = _analysis(rx, spaces=True)
    return Gated(rx, words, prefixes) if words or prefixes else rx


# Reading the words off a pattern's parse tree takes a quarter of a second for
# all the rule patterns, at every start. The results are kept in the user
# cache directory, keyed by the pattern, its flags, this module's source and
# the Python version (whose parser the analysis reads), so any change to
# either makes a fresh analysis; an unreadable or unwritable cache only costs
# that quarter second.
_CACHE: dict[str, list] | None = None
_CACHE_DIRTY = False


def _cache_file() -> Path:
    import platformdirs

    base = os.environ.get("APTRACE_CACHE_DIR") or platformdirs.user_cache_dir("aptrace")
    tag = hashlib.sha256(Path(__file__).read_bytes() + sys.version.encode()).hexdigest()[:16]
    return Path(base) / f"prefilter-{tag}.json"


def _analysis(rx: re.Pattern[str], key: str | None = None, *, spaces: bool = False) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """``rx``'s required words and prefixes (with ``spaces``, whitespace read as a space: see _SPACES), cached."""
    global _SPACES
    with _ANALYSIS_LOCK:  # _SPACES is module state: one analysis at a time, whichever thread asks
        _SPACES = spaces
        try:
            return _analysis_locked(rx, key)
        finally:
            _SPACES = False


def _analysis_locked(rx: re.Pattern[str], key: str | None) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    global _CACHE, _CACHE_DIRTY
    if _CACHE is None:
        try:
            _CACHE = json.loads(_cache_file().read_text(encoding="utf-8"))
            if not isinstance(_CACHE, dict):
                _CACHE = {}
        except (OSError, ValueError):
            _CACHE = {}
    if key is None:
        tag = "spaces\0" if _SPACES else ""
        key = hashlib.sha256(f"{tag}{rx.flags}\0{rx.pattern}".encode("utf-8", "surrogatepass")).hexdigest()
    hit = _CACHE.get(key)
    if isinstance(hit, list) and len(hit) == 2:
        return tuple(None if x is None else frozenset(x) for x in hit)  # type: ignore[return-value]
    words, prefixes = required_words(rx), required_prefixes(rx)
    _CACHE[key] = [None if words is None else sorted(words), None if prefixes is None else sorted(prefixes)]
    if not _CACHE_DIRTY:
        _CACHE_DIRTY = True
        atexit.register(_save_cache)
    return words, prefixes


def _save_cache() -> None:
    global _CACHE_DIRTY
    if not _CACHE_DIRTY or _CACHE is None:
        return
    _CACHE_DIRTY = False
    try:
        path = _cache_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(_CACHE, sort_keys=True), encoding="utf-8")
        os.replace(tmp, path)  # whole or not at all, whatever runs beside us
    except OSError:
        pass


def gate(namespace: dict[str, Any], *names: str, whole_texts: bool = False) -> None:
    """Put the named patterns of a module behind their required words, in place.

    A name is a module-level pattern (``"OPERATION"``), a list or tuple of
    patterns (all of them), one entry of such a list (``"_WORD_GROUP[1]"``), or
    a named entry of a list of cues or ``(name, pattern, ...)`` tuples
    (``"RESPONSES.takedown"``); lists are changed in place so that every holder
    sees the gated entries, which compare equal to the patterns they wrap (a
    tuple is replaced by a new one: only the module's name sees it).
    With ``whole_texts``, the patterns are ones scanned over whole documents:
    their words are looked up in one pass over a long text for all of them.
    """

    def wrap(x: Any) -> Any:
        g = gated(x)
        if whole_texts and isinstance(g, Gated):
            _share(g)
        return g

    for name in names:
        head, _, entry = name.partition(".")
        if head.endswith("]"):  # one entry of a list of patterns: "_WORD_GROUP[1]"
            head, _, index = head[:-1].partition("[")
            namespace[head][int(index)] = wrap(namespace[head][int(index)])
            continue
        value = namespace[head]
        if not entry:
            if isinstance(value, list):  # a list of patterns: all of them
                value[:] = [wrap(x) for x in value]
            elif isinstance(value, tuple) and all(isinstance(x, re.Pattern) for x in value):
                namespace[head] = tuple(wrap(x) for x in value)  # a tuple of patterns: all of them, in a new tuple
            else:
                namespace[head] = wrap(value)
            continue
        found = False
        for i, item in enumerate(value):
            if isinstance(item, tuple) and item[0] == entry:
                value[i] = tuple(wrap(x) if isinstance(x, re.Pattern) else x for x in item)
                found = True
            elif dataclasses.is_dataclass(item) and getattr(item, "name", None) == entry:
                value[i] = dataclasses.replace(item, pattern=wrap(item.pattern))
                found = True
        if not found:
            raise KeyError(f"no pattern {name!r} to gate")


__all__ = ["Gated", "OnePass", "Starts", "fold", "gate", "gated", "matches_from", "required_prefixes", "required_words"]
