"""aptrace's exceptions.

Hierarchy::

    AptraceError
    ├── InputError              a document or path that cannot be read
    │   ├── DecodeError         bytes that are not text in any accepted encoding
    │   ├── EmptyInputError     nothing to analyse
    │   └── RecordError         a corpus line that is not JSON, or lacks a field
    ├── FetchError              a URL that cannot or may not be fetched
    │   └── BlockedAddressError a non-public address refused by the guard
    ├── KnowledgeBaseError      the knowledge base cannot be loaded or built
    ├── StoreError              the incident store refused an operation
    └── ExportError             an exporter could not render a report

Every error carries ``source`` (the input it concerns: a path, a URL, a
document id) and ``reason`` (the problem), and its message names both.
"""

from __future__ import annotations


class AptraceError(Exception):
    """Base class of every error aptrace raises on purpose."""

    def __init__(self, reason: str, *, source: str | None = None) -> None:
        self.reason = reason
        self.source = source
        super().__init__(f"{source}: {reason}" if source else reason)


class InputError(AptraceError):
    """A document or path that cannot be read."""


class DecodeError(InputError):
    """Bytes that are not text in any accepted encoding."""


class EmptyInputError(InputError):
    """A document with no text."""


class RecordError(InputError):
    """A corpus record that is not JSON or lacks a required field."""


class FetchError(AptraceError):
    """A URL that cannot or may not be fetched."""


class BlockedAddressError(FetchError):
    """A URL whose address is loopback, private, link-local or otherwise not public."""


class KnowledgeBaseError(AptraceError):
    """The knowledge base cannot be loaded or built."""


class StoreError(AptraceError):
    """The incident store refused an operation."""


class ExportError(AptraceError):
    """An exporter could not render a report."""


__all__ = [
    "AptraceError",
    "InputError",
    "DecodeError",
    "EmptyInputError",
    "RecordError",
    "FetchError",
    "BlockedAddressError",
    "KnowledgeBaseError",
    "StoreError",
    "ExportError",
]
