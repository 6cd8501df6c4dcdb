"""Write small text PDFs for the ingest tests, with pypdf's object model.

Paragraphs are wrapped to ``width`` characters and separated by a vertical
gap, the way a statement or an article is typeset; text uses the standard
Helvetica font with WinAnsiEncoding (so "—", "ø" and curly quotes work).
"""

from __future__ import annotations

import io
import textwrap

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, TextStringObject


def _escape(line: str) -> bytes:
    data = line.encode("cp1252")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(paragraphs: list[str], *, width: int = 80, lines_per_page: int = 40, title: str | None = None,
             user_password: str | None = None, owner_password: str | None = None) -> bytes:
    writer = PdfWriter()
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
    }))
    lines: list[str | None] = []
    for paragraph in paragraphs:
        lines += textwrap.wrap(paragraph, width, break_on_hyphens=False)
        lines.append(None)  # paragraph gap
    pages = [lines[i:i + lines_per_page] for i in range(0, len(lines), lines_per_page)] or [[]]
    for page_lines in pages:
        page = writer.add_blank_page(612, 792)
        ops = [b"BT /F1 11 Tf 14 TL 72 720 Td"]
        for line in page_lines:
            ops.append(b"0 -8 Td" if line is None else b"(" + _escape(line) + b") Tj T*")
        ops.append(b"ET")
        stream = DecodedStreamObject()
        stream.set_data(b"\n".join(ops))
        page[NameObject("/Contents")] = writer._add_object(stream)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    if title:
        writer.add_metadata({"/Title": TextStringObject(title)})
    if user_password is not None or owner_password is not None:
        writer.encrypt(user_password or "", owner_password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
