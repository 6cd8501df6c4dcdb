"""What every reader shares: the failure record, the batch summary, date normalisation."""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from ..errors import AptraceError
from ..report import InputDocument

__all__ = ["IngestFailure", "IngestSummary", "DEFAULT_MAX_BYTES", "human_size", "normalise_date", "summarize"]

#: Largest document read from a file: a text file, an HTML page, one JSONL line.
DEFAULT_MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class IngestFailure:
    """One input (a path, a URL, a JSONL record, a feed entry) that could not be read.

    ``source`` names it (``corpus.jsonl:17``, a URL, an entry link), ``reason``
    says what went wrong, ``error`` is the exception with both.
    """

    source: str
    reason: str
    error: AptraceError

    @classmethod
    def from_error(cls, error: AptraceError, source: str | None = None) -> "IngestFailure":
        return cls(source=error.source or source or "?", reason=error.reason, error=error)

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class IngestSummary:
    """Counts of a batch: documents read, failures and their kinds."""

    documents: int = 0
    failures: list[IngestFailure] = field(default_factory=list)

    def add(self, item: InputDocument | IngestFailure) -> None:
        if isinstance(item, IngestFailure):
            self.failures.append(item)
        else:
            self.documents += 1

    @property
    def failed(self) -> int:
        return len(self.failures)

    def by_kind(self) -> Counter[str]:
        """Failures counted by kind: the error class, e.g. ``FetchError``, ``RecordError``."""
        return Counter(type(f.error).__name__ for f in self.failures)

    def __str__(self) -> str:
        head = f"{self.documents} document{'s' if self.documents != 1 else ''} read, {self.failed} failed"
        if not self.failures:
            return head
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(self.by_kind().items()))
        lines = [f"{head} ({kinds}):"]
        lines += [f"  {f.source}: {f.reason}" for f in self.failures]
        return "\n".join(lines)


def summarize(items: Iterable[InputDocument | IngestFailure]) -> IngestSummary:
    """Count a finished batch (documents and failures)."""
    summary = IngestSummary()
    for item in items:
        summary.add(item)
    return summary


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def normalise_date(value: object) -> str | None:
    """``YYYY-MM-DD`` from a date, an ISO date or date-time string, or ``None``.

    Raises ``ValueError`` for anything else, so a caller can name the record.
    """
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise ValueError(f"published must be a YYYY-MM-DD string, not {type(value).__name__}")
    text = value.strip()
    try:
        if _DATE.match(text):
            return _dt.date.fromisoformat(text).isoformat()
        return _dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        raise ValueError(f"published {value!r} is not a date (YYYY-MM-DD)") from None


def human_size(n: float) -> str:
    """``512 bytes``, ``5.0 MB``: a size for a message."""
    if n < 1000:
        return f"{int(n)} bytes"
    for unit in ("KB", "MB", "GB", "TB"):
        n /= 1000
        if n < 1000:
            break
    return f"{n:.1f} {unit}"
