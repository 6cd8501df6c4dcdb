"""Analyse a stream of documents: one bad document never stops the batch."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Iterable, Iterator, Union

from ..errors import AptraceError, InputError
from ..ingest import IngestFailure
from ..report import InputDocument, Report
from .pipeline import analyze_document

log = logging.getLogger(__name__)

Item = Union[InputDocument, IngestFailure]


@dataclass(frozen=True)
class Analysed:
    """A document and its report."""

    document: InputDocument
    report: Report


def analyze_stream(items: Iterable[Item], *, include_text: bool = False, explain: bool = False) -> Iterator[Union[Analysed, IngestFailure]]:
    """Reports for documents, in input order; failures (reading or extracting) yielded, never raised."""
    for item in items:
        if isinstance(item, IngestFailure):
            yield item
            continue
        if not item.text.strip():
            err = InputError("the document has no text", source=item.source or item.id)
            yield IngestFailure.from_error(err)
            continue
        try:
            report = analyze_document(item, include_text=include_text, explain=explain)
        except AptraceError as exc:
            yield IngestFailure.from_error(exc, source=item.id)
        except Exception as exc:  # an extractor bug must not lose the rest of the batch
            log.exception("extraction failed on %s", item.id)
            err = AptraceError(f"extraction failed: {type(exc).__name__}: {exc}", source=item.source or item.id)
            yield IngestFailure.from_error(err)
        else:
            yield Analysed(item, report)


__all__ = ["Analysed", "analyze_stream"]
