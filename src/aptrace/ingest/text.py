"""Plain-text documents: strict decoding, exact text.

The text is kept exactly as given (CRLF stays CRLF) because evidence spans
are offsets into it; only a byte-order mark is removed. Binary files and bytes
that are not UTF-8 are refused with the offset of the first bad byte.
"""

from __future__ import annotations

import codecs
import logging
import os
from pathlib import Path

from ..errors import DecodeError, EmptyInputError, InputError
from ..report import InputDocument
from ._base import DEFAULT_MAX_BYTES, human_size

__all__ = ["decode_text", "read_bounded", "read_text_file", "text_document"]

logger = logging.getLogger(__name__)

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def decode_text(data: bytes, source: str) -> str:
    """Decode UTF-8 (or BOM-marked UTF-16) bytes strictly.

    Raises ``DecodeError`` naming ``source`` and the byte offset of the first
    NUL byte (a binary file) or undecodable byte.
    """
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"not UTF-16 despite its byte-order mark: bad bytes at offset {exc.start}",
                              source=source) from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DecodeError(f"binary content (NUL byte at offset {nul}), not text", source=source)
    start = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[start:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start + start
        raise DecodeError(f"not UTF-8: byte 0x{data[offset]:02x} at offset {offset} cannot be decoded",
                          source=source) from None


def read_bounded(path: Path, max_bytes: int, *, what: str = "file") -> bytes:
    """The bytes of a regular file of at most ``max_bytes`` bytes, else ``InputError``."""
    source = str(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputError("no such file or directory", source=source) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", source=source) from None
    if not path.is_file():
        raise InputError(f"not a regular {what}", source=source)
    if st.st_size > max_bytes:
        raise InputError(f"{what} is {human_size(st.st_size)}, larger than the {human_size(max_bytes)} limit", source=source)
    try:
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", source=source) from None
    if len(data) > max_bytes:  # a file that grew while we looked
        raise InputError(f"{what} is larger than the {human_size(max_bytes)} limit", source=source)
    return data


def text_document(text: str, *, doc_id: str, source: str, **fields: object) -> InputDocument:
    """An ``InputDocument`` of ``text`` as given; ``EmptyInputError`` if it holds no text."""
    if not text.strip():
        raise EmptyInputError("empty document (no text)" if not text else "no text (only whitespace)",
                              source=source)
    return InputDocument(id=doc_id, text=text, source=source, **fields)  # type: ignore[arg-type]


def read_text_file(path: str | os.PathLike[str], *, doc_id: str | None = None,
                   max_bytes: int = DEFAULT_MAX_BYTES) -> InputDocument:
    """One plain-text document from a file; its id is the file stem unless given."""
    p = Path(path)
    data = read_bounded(p, max_bytes)
    text = decode_text(data, str(p))
    logger.debug("read %s (%d characters)", p, len(text))
    return text_document(text, doc_id=doc_id or p.stem, source=str(p))
