"""PDF documents (government statements, advisories), with pypdf.

Why pypdf: it is already a dependency, pure Python (no native code to parse
hostile files with), BSD-licensed, actively maintained by the py-pdf
project, bounds its own stream decompression, and its layout mode keeps the
vertical gaps that separate paragraphs. pdfminer.six extracts similar text
at the cost of another dependency; PyMuPDF is faster but AGPL and native.

Text is reflowed the way an article is written: the lines of one paragraph
(no gap between them) are joined with spaces, paragraphs are separated by
``\\n``. A scanned PDF (no text layer) or an encrypted one that needs a
password is an ``InputError`` naming the file.
"""

from __future__ import annotations

import io
import logging
import re

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PyPdfError

from ..errors import InputError
from ..report import InputDocument

__all__ = ["extract_pdf", "pdf_document"]

logger = logging.getLogger(__name__)

_SPACES = re.compile(r"[ \t\u00a0]+")
_COLUMN_GAP = re.compile(r"\S {5,}\S")
_PAGE_NUMBER = re.compile(r"^(page\s+)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$", re.I)
_FINAL = (".", "!", "?", ":", '"', "\u201d", "'", "\u2019", ")")


def extract_pdf(data: bytes, *, source: str, max_chars: int | None = None) -> tuple[str, str | None]:
    """``(text, title)`` of a PDF; ``InputError`` for an encrypted, broken or text-less one."""
    if not data.lstrip()[:5] == b"%PDF-":
        raise InputError("not a PDF file (no %PDF- header)", source=source)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")  # an owner password only: readable by anyone
            except (DependencyError, NotImplementedError) as exc:
                raise InputError(f"encrypted PDF that cannot be opened: {exc}", source=source) from None
            if not ok:
                raise InputError("encrypted PDF (a password is needed to open it)", source=source)
        paragraphs: list[str] = []
        open_end = False  # the last paragraph may continue on the next page
        total = 0
        for page in reader.pages:
            page_paragraphs, page_open_end = _page_paragraphs(page)
            if page_paragraphs and paragraphs and open_end:
                paragraphs[-1] = _join(paragraphs[-1], page_paragraphs.pop(0))
            paragraphs += page_paragraphs
            open_end = page_open_end if page_paragraphs or not paragraphs else open_end
            total += sum(len(p) + 1 for p in page_paragraphs)
            if max_chars is not None and total > max_chars:
                raise InputError(f"PDF text longer than {max_chars} characters", source=source)
        title = None
        try:
            meta = reader.metadata
            title = (meta.title or "").strip() or None if meta else None
        except PyPdfError:
            pass
    except FileNotDecryptedError:
        raise InputError("encrypted PDF (a password is needed to open it)", source=source) from None
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError,
            IndexError, RecursionError, OSError, AssertionError) as exc:
        raise InputError(f"broken PDF: {exc or type(exc).__name__}", source=source) from None
    text = "\n".join(paragraphs)
    if not text.strip():
        raise InputError("PDF has no text layer (scanned images?); run OCR on it first", source=source)
    return text, title


def pdf_document(data: bytes, *, doc_id: str, source: str, url: str | None = None,
                 max_chars: int | None = None) -> InputDocument:
    """An ``InputDocument`` of a PDF's text (``derived_text=True``)."""
    text, title = extract_pdf(data, source=source, max_chars=max_chars)
    return InputDocument(id=doc_id, text=text, title=title, url=url, source=source, derived_text=True)


def _page_paragraphs(page: object) -> tuple[list[str], bool]:
    """The paragraphs of a page, and whether the last one runs on (ends mid-sentence or full width)."""
    try:
        layout = page.extract_text(extraction_mode="layout")  # type: ignore[attr-defined]
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, ZeroDivisionError) as exc:
        logger.debug("layout extraction failed (%s); plain mode", exc)
        layout = ""
    lines = layout.splitlines()
    filled = [ln.strip() for ln in lines if ln.strip()]
    if filled and sum(bool(_COLUMN_GAP.search(ln)) for ln in filled) <= 0.3 * len(filled):
        blocks = _blocks(lines)
    else:
        # Columns or tables: layout mode would interleave them; plain mode follows the content order.
        plain = page.extract_text() or ""  # type: ignore[attr-defined]
        blocks = [[_SPACES.sub(" ", ln).strip()] for ln in plain.splitlines() if ln.strip()]
    blocks = [b for b in blocks if not (len(b) == 1 and _PAGE_NUMBER.match(b[0]))]
    if not blocks:
        return [], False
    width = max(len(line) for block in blocks for line in block)
    last = blocks[-1][-1]
    open_end = not last.endswith(_FINAL) or len(last) >= 0.9 * width
    paragraphs = []
    for block in blocks:
        paragraph = block[0]
        for line in block[1:]:
            paragraph = _join(paragraph, line)
        paragraphs.append(paragraph)
    return paragraphs, open_end


def _blocks(lines: list[str]) -> list[list[str]]:
    """Runs of non-blank lines (layout mode leaves a blank line where a vertical gap is)."""
    blocks: list[list[str]] = [[]]
    for raw in lines:
        line = _SPACES.sub(" ", raw).strip()
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _join(left: str, right: str) -> str:
    """Two lines of one paragraph; a word broken at a hyphen keeps the hyphen."""
    if left.endswith("-") and right[:1].islower():
        return left + right
    return f"{left} {right}"
