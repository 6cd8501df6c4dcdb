"""The document object that flows through the extraction pipeline.

Evidence is offsets into the untouched text: only :meth:`Doc.span` builds a
:class:`~aptrace.report.Span`, so ``span.text == doc.text[start:end]`` holds by
construction. Stages add their results as attributes; the pipeline checks
that each stage finds what it needs.
"""

from __future__ import annotations

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
        return [m for m in self.mentions if m.sentence == index and (kind is None or m.kind == kind)]
