"""Sentence and paragraph boundaries, as offsets into the untouched text."""

from __future__ import annotations

import re

from .doc import Doc, Sentence
from .prefilter import matches_from

# A sentence ends at . ! ? (and closing quotes/brackets) followed by space and
# an opening capital, digit or quote; never after a known abbreviation.
_END = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9À-Ý])|;(?=\s)""")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|Inc|Ltd|Corp|Co|No|vs|etc|approx|Dept|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)"
    r"|\b[A-Z]|\bU\.S|\bU\.K|\bE\.U|\bU\.N)\.$"
)
# every _END match opens on one of these: the pattern is tried only there (sre, given no first character to
# look for, would try it at every position)
_END_OPENS = re.compile(r"[.!?…;]")
# (\r\n|\n, not \r?\n: the same matches, and a first character sre can look for)
_PARA = re.compile(r"(?:\r\n|\n)(?:[ \t]*\r?\n)*")
# _ABBREV ends at the end of the text (or before a final newline) and is never longer than its
# widest match: it need only be tried on that tail (``search`` from a later position still sees
# the characters before it, for ``\b``)
_ABBREV_REACH = min(re._parser.parse(_ABBREV.pattern, _ABBREV.flags).getwidth()[1], 1 << 30) + 1  # type: ignore[attr-defined]


def split_sentences(doc: Doc) -> None:
    """Stage ``sentences``: fill ``doc.sentences``."""
    text = doc.text
    sentences: list[Sentence] = []
    para_start = 0
    paragraph = 0
    bounds = [(m.start(), m.end()) for m in _PARA.finditer(text)] + [(len(text), len(text))]
    for p_end, next_start in bounds:
        _split_paragraph(text, para_start, p_end, paragraph, sentences)
        para_start = next_start
        paragraph += 1
    doc.sentences = sentences


def _split_paragraph(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    chunk = text[start:end]
    pos = 0
    first = True
    for m in matches_from(_END, chunk, [c.start() for c in _END_OPENS.finditer(chunk)], len(chunk)):
        candidate = chunk[pos : m.end()].rstrip("\"'”’)]")
        if _ABBREV.search(candidate, max(0, len(candidate) - _ABBREV_REACH)):
            continue
        _add(out, start + pos, start + m.end(), text, paragraph, first)
        first = False
        pos = m.end()
    _add(out, start + pos, end, text, paragraph, first)


# No real sentence is this long; hostile text without punctuation is cut into
# pieces of at most this many characters so that work per sentence stays bounded.
MAX_SENTENCE = 1500


def _add(out: list[Sentence], s: int, e: int, text: str, paragraph: int, first: bool) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    while e - s > MAX_SENTENCE:
        cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
        cut = cut if cut > s else s + MAX_SENTENCE
        _add(out, s, cut, text, paragraph, first)
        first = False
        s = cut
        while s < e and text[s].isspace():
            s += 1
    if e > s:
        cut = _second_dated_operation(text, s, e)
        if cut is not None:  # "responsible for the 2015 sabotage of TV5Monde, and for the 2017 hack of ...": two operations
            out.append(Sentence(index=len(out), start=s, end=cut, paragraph=paragraph, first_in_paragraph=first))
            s, first = cut + 1, False
            while s < e and text[s].isspace():
                s += 1
        out.append(Sentence(index=len(out), start=s, end=e, paragraph=paragraph, first_in_paragraph=first))


_LISTS_EXAMPLES = re.compile(r"\W*(?:(?:they|these|those|its\s+[\w-]+|the\s+[\w-]+)\s+(?:have\s+|had\s+|also\s+)?(?:include[sd]?|ranged|spanned)|among\s+(?:them|those|these|its|the))\b", re.I)
_YEAR = re.compile(r"\b(?:19[89]\d|20[0-4]\d)\b")
# ", and for the attempt to disrupt the 2017 election", ", as well as the 2016 breach of ...": a second operation joined on
# (", and that the group took part in the attempt to destabilise the 2017 election": the same, as a second reported claim)
_NEXT_OPERATION = re.compile(
    r",\s+(?:(?:and|as\s+well\s+as|along\s+with)\s+(?:(?:also\s+)?(?:for|behind|in)\s+)?|and\s+that\s+(?:it|they|the\s+(?:group|hackers|unit|actor|gang))\s+(?:[\w-]+\s+){1,4}?)(?:the|an?|its)\s+"
    # ", while Iranian group MuddyWater went after Turkish telecom firms in 2023": another named doer's operation
    r"|,\s+(?:while|whereas)\s+(?=(?-i:[A-Z]))",
    re.I,
)


def _second_dated_operation(text: str, s: int, e: int) -> int | None:
    """Where a sentence listing two operations, each dated to its own year, is cut in two (the comma)."""
    if text.count("19", s, e) + text.count("20", s, e) < 2:
        return None  # fewer than two years (each starts with one of these, at its own place): most sentences, cheaply
    years = [(m.start(), m.group(0)) for m in _YEAR.finditer(text, s, e)]
    if len({y for _, y in years}) < 2 or _LISTS_EXAMPLES.match(text, s, e):
        return None  # "They include the theft of ..., and the 2018 compromise of ...": examples of one campaign
    for m in _NEXT_OPERATION.finditer(text, s, e):
        before = {y for p, y in years if p < m.start()}
        after = {y for p, y in years if p >= m.end() and p - m.end() < 80}
        if before and after and not (before & after):
            return m.start()
    return None
