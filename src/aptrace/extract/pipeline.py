"""The extraction pipeline: named stages over one :class:`~.doc.Doc`.

Each stage declares what it needs and what it adds; :class:`Pipeline` checks
the order when it is built, so a misordered custom pipeline fails at once
rather than on the first document.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable

from ..report import InputDocument, Report
from .assemble import assemble_report
from .clauses import analyse_clauses
from .dates import find_dates
from .doc import Doc
from . import gating  # noqa: F401  (more patterns behind their required words: speed only)
from .incidents import build_incidents
from .mentions import find_mentions
from .sentences import split_sentences

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Stage:
    name: str
    func: Callable[[Doc], object]
    needs: tuple[str, ...]
    adds: tuple[str, ...]


def _clauses(doc: Doc) -> None:
    doc.clauses = analyse_clauses(doc)


def _incidents(doc: Doc) -> None:
    build_incidents(doc, doc.clauses)


DEFAULT_STAGES: tuple[Stage, ...] = (
    Stage("sentences", split_sentences, (), ("sentences",)),
    Stage("mentions", find_mentions, ("sentences",), ("mentions",)),
    Stage("dates", find_dates, ("sentences",), ("dates",)),
    Stage("clauses", _clauses, ("sentences", "mentions"), ("clauses", "facts")),
    Stage("incidents", _incidents, ("clauses", "dates", "facts"), ("incidents",)),
)


class Pipeline:
    """An ordered list of stages whose needs are met by earlier stages."""

    def __init__(self, stages: tuple[Stage, ...] = DEFAULT_STAGES) -> None:
        have: set[str] = set()
        for st in stages:
            missing = [n for n in st.needs if n not in have]
            if missing:
                raise ValueError(f"stage {st.name!r} needs {', '.join(missing)}, which no earlier stage adds")
            have.update(st.adds)
        self.stages = stages

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def run(self, doc: Doc) -> Doc:
        for st in self.stages:
            st.func(doc)
        return doc

    def __call__(self, document: InputDocument, *, include_text: bool = False, explain: bool = False) -> Report:
        doc = self.run(Doc.from_input(document))
        return assemble_report(doc, include_text=include_text or document.derived_text, explain=explain)


_DEFAULT: Pipeline | None = None


def analyze_document(document: InputDocument, *, include_text: bool = False, explain: bool = False) -> Report:
    """Extract the attribution report of one document."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT(document, include_text=include_text, explain=explain)


def analyze_text(text: str, *, doc_id: str = "text", published: str | None = None) -> Report:
    """Convenience: extract from a string."""
    return analyze_document(InputDocument(id=doc_id, text=text, published=published))


__all__ = ["DEFAULT_STAGES", "Pipeline", "Stage", "analyze_document", "analyze_text"]
