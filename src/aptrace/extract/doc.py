"""The document object that flows through the extraction pipeline.

Evidence is offsets into the untouched text: only :meth:`Doc.span` builds a
:class:`~aptrace.report.Span`, so ``span.text == doc.text[start:end]`` holds by
construction. Stages add their results as attributes; the pipeline checks
that each stage finds what it needs.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..report import InputDocument, Span


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    # True when the sentence opens its paragraph
    first_in_paragraph: bool = False


@dataclass(frozen=True)
class Mention:
    """A gazetteer or pattern hit: ``kind`` says what, ``value`` what it resolves to."""

    start: int
    end: int
    kind: str  # actor | state | org | company | organ | agency | generic_organ
    value: Any
    surface: str
    form: str = ""  # state: name|demonym|metonym|genitive; actor: kb|pattern|context
    sentence: int = -1


@dataclass
class Doc:
    input: InputDocument
    text: str
    published: dt.date | None
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    dates: list[Any] = field(default_factory=list)
    facts: Any = None
    clauses: list[Any] = field(default_factory=list)
    incidents: list[Any] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    trace: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def from_input(cls, doc: InputDocument) -> "Doc":
        published = None
        if doc.published:
            try:
                published = dt.date.fromisoformat(doc.published[:10])
            except ValueError:
                published = None
        return cls(input=doc, text=doc.text, published=published)

    def span(self, start: int, end: int) -> Span:
        """The only constructor of evidence spans."""
        start = max(0, start)
        end = min(len(self.text), end)
        return Span(start=start, end=end, text=self.text[start:end])

    def sentence_span(self, index: int) -> Span:
        s = self.sentences[index]
        return self.span(s.start, s.end)

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start : s.end]

    def mentions_in(self, index: int, kind: str | None = None) -> list[Mention]:
        """Mentions of sentence ``index`` (indexed once, so a long document stays linear)."""
        by = self.__dict__.get("_by_sentence")
        if by is None or by[0] is not self.mentions:
            table: dict[int, list[Mention]] = {}
            for m in self.mentions:
                table.setdefault(m.sentence, []).append(m)
            by = (self.mentions, table)
            self.__dict__["_by_sentence"] = by
        found = by[1].get(index, [])
        return found if kind is None else [m for m in found if m.kind == kind]


class Occupied:
    """Non-overlapping character intervals, with overlap tests in O(log n).

    Used wherever hits are chosen against those already taken, so that a
    document (hostile ones included) costs n log n, not n squared.
    """

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        # disjoint and sorted: only the last interval starting before `end` can reach past `start`
        i = bisect.bisect_left(self._starts, end)
        return i > 0 and self._ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
