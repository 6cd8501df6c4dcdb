"""JSON Lines corpora (spec §1): one document per line, streamed.

The file is read line by line, never whole, so a corpus of any length costs
the memory of one record (plus the index of ids seen, to report duplicates:
about 17 MB for 100,000 documents, see ``benchmarks/bench_ingest.py``). A bad line (not JSON, not an object, no ``text``,
undecodable bytes, over the size bound) becomes an ``IngestFailure`` naming
``path:line`` and the problem, and the following lines still come.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import IO, AnyStr, Iterator

from ..errors import AptraceError, EmptyInputError, InputError, RecordError
from ..report import InputDocument
from ._base import DEFAULT_MAX_BYTES, IngestFailure, human_size, normalise_date
from .text import decode_text

__all__ = ["iter_jsonl", "iter_jsonl_stream", "parse_record"]

logger = logging.getLogger(__name__)

_CHUNK = 1 << 16


def iter_jsonl(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES
               ) -> Iterator[InputDocument | IngestFailure]:
    """Documents (or failures, one per bad line) of a JSONL file, in file order."""
    p = Path(path)
    try:
        f = open(p, "rb")
    except FileNotFoundError:
        yield IngestFailure.from_error(InputError("no such file or directory", source=str(p)))
        return
    except OSError as exc:
        yield IngestFailure.from_error(InputError(f"cannot read: {exc.strerror or exc}", source=str(p)))
        return
    with f:
        yield from iter_jsonl_stream(f, source=str(p), max_bytes=max_bytes)


def iter_jsonl_stream(stream: IO[bytes] | IO[str], *, source: str, max_bytes: int = DEFAULT_MAX_BYTES,
                      first_lines: list[AnyStr] | None = None) -> Iterator[InputDocument | IngestFailure]:
    """Documents of a JSONL stream (binary or text); ``first_lines`` were already read from it."""
    seen: dict[str, int] = {}
    records = 0
    for lineno, line in _lines(stream, max_bytes, first_lines or []):
        where = f"{source}:{lineno}"
        try:
            if line is None:
                raise RecordError(f"line longer than the {human_size(max_bytes)} limit", source=where)
            text = decode_text(line, where) if isinstance(line, bytes) else line
            if lineno == 1:
                text = text.lstrip("\ufeff")
            if not text.strip():
                continue
            records += 1
            doc = parse_record(text, source=where)
            if doc.id in seen:
                raise RecordError(f"duplicate id {doc.id!r} (first on line {seen[doc.id]})", source=where)
            seen[doc.id] = lineno
        except AptraceError as exc:
            logger.info("%s", exc)
            yield IngestFailure.from_error(exc, where)
            continue
        yield doc
    if records == 0:
        yield IngestFailure.from_error(EmptyInputError("no records (empty JSONL input)", source=source))


def parse_record(line: str, *, source: str) -> InputDocument:
    """One spec §1 record; ``RecordError`` naming ``source`` and the problem otherwise."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise RecordError(f"not JSON: {exc.msg} at column {exc.colno}", source=source) from None
    except RecursionError:
        raise RecordError("not JSON this reader accepts: nested too deeply", source=source) from None
    if not isinstance(obj, dict):
        raise RecordError(f"not a JSON object but {type(obj).__name__}", source=source)
    if "text" not in obj:
        raise RecordError("record lacks 'text'", source=source)
    text = obj["text"]
    if not isinstance(text, str):
        raise RecordError(f"'text' must be a string, not {_json_type(text)}", source=source)
    doc_id = obj.get("id")
    if doc_id is None:
        raise RecordError("record lacks 'id'", source=source)
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise RecordError(f"'id' must be a non-empty string, not {_json_type(doc_id)}", source=source)
    fields: dict[str, str | None] = {}
    for name in ("title", "url"):
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            raise RecordError(f"{name!r} must be a string or null, not {_json_type(value)}", source=source)
        fields[name] = value
    try:
        fields["published"] = normalise_date(obj.get("published"))
    except ValueError as exc:
        raise RecordError(str(exc), source=source) from None
    if not text.strip():
        raise EmptyInputError(f"record {doc_id!r} has no text", source=source)
    return InputDocument(id=doc_id, text=text, source=source, **fields)


def _lines(stream: IO[AnyStr], max_bytes: int, first: list[AnyStr]) -> Iterator[tuple[int, AnyStr | None]]:
    """``(line number, line)``; ``None`` for a line over ``max_bytes``, which is skipped unread."""
    lineno = 0
    for line in first:
        lineno += 1
        yield lineno, line
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        lineno += 1
        if len(line) > max_bytes and not _ends_line(line):
            while True:  # drop the rest of the long line in bounded chunks
                rest = stream.readline(_CHUNK)
                if not rest or _ends_line(rest):
                    break
            yield lineno, None
            continue
        yield lineno, line


def _ends_line(line: AnyStr) -> bool:
    return line.endswith(b"\n" if isinstance(line, bytes) else "\n")  # type: ignore[arg-type]


def _json_type(value: object) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", int: "a number",
            float: "a number", type(None): "null"}.get(type(value), type(value).__name__)
