"""``iter_documents``: every kind of input an analyst has, as one stream of documents.

An input is ``-`` (standard input), a file, a folder (read recursively, in
sorted order, by file type, hidden files skipped), a glob pattern, or an
http(s) URL. Each becomes one document (a text, an HTML page, a PDF, a URL) or
many (a JSONL corpus, a feed). A bad input never stops the batch: it is
yielded as an ``IngestFailure`` naming it and the problem, and the next one is
read. Nothing outside the named paths is read: a symlink in a folder that
points out of it is refused.
"""

from __future__ import annotations

import glob
import hashlib
import io
import logging
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, TextIO
from urllib.parse import urlsplit

from ..errors import AptraceError, EmptyInputError, FetchError, InputError
from ..report import InputDocument
from ._base import DEFAULT_MAX_BYTES, IngestFailure, human_size, normalise_date
from .options import FetchOptions

if TYPE_CHECKING:  # pragma: no cover
    from .fetch import Fetcher
from .jsonl import iter_jsonl, iter_jsonl_stream
from .sniff import Kind, kind_of_response, kind_of_suffix, sniff_bytes
from .text import decode_text, read_bounded, read_text_file, text_document

__all__ = ["iter_documents", "url_document_id"]

logger = logging.getLogger(__name__)

Item = InputDocument | IngestFailure

#: PDFs carry fonts and images: they may be this many times larger than ``max_bytes``.
PDF_SIZE_FACTOR = 10
_GLOB_CHARS = re.compile(r"[*?\[]")


def iter_documents(inputs: Iterable[str], *, published: str | None = None, fetch: FetchOptions | None = None,
                   stdin: TextIO | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """The documents of ``inputs``, in input order, streamed; failures yielded, never raised.

    ``published`` (YYYY-MM-DD) fills the date of documents that have none;
    ``fetch`` sets how URLs are fetched; ``stdin`` replaces ``sys.stdin`` for
    ``-``; ``max_bytes`` bounds each document read from a file or stream.
    """
    if isinstance(inputs, (str, bytes, os.PathLike)):
        raise TypeError("inputs must be a list of paths or URLs, not a single string")
    date = normalise_date(published) if published else None
    return _Batch(fetch or FetchOptions(), stdin, max_bytes).run(inputs, date)


def url_document_id(url: str) -> str:
    """A short stable id for a URL: its last path segment (or host) and 8 hex digits of its hash."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    base = segments[-1].rsplit(".", 1)[0] if segments else (parts.hostname or "url")
    slug = re.sub(r"[^a-z0-9]+", "-", base.lower()).strip("-")[:48].strip("-") or "url"
    return f"{slug}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:8]}"


class _Batch:
    def __init__(self, options: FetchOptions, stdin: TextIO | None, max_bytes: int) -> None:
        self.options = options
        self.stdin = stdin
        self.max_bytes = max_bytes
        self._fetcher: Fetcher | None = None
        self._ids: dict[str, int] = {}

    def fetcher(self) -> "Fetcher":
        if self._fetcher is None:
            from .fetch import Fetcher  # httpx loads only when a URL is fetched

            self._fetcher = Fetcher(self.options)
        return self._fetcher

    def run(self, inputs: Iterable[str], published: str | None) -> Iterator[Item]:
        try:
            for name in inputs:
                for item in self._input(str(name)):
                    if isinstance(item, InputDocument):
                        item = self._finish(item, published)
                    else:
                        logger.info("%s", item)
                    yield item
        finally:
            if self._fetcher is not None:
                self._fetcher.close()

    def _finish(self, doc: InputDocument, published: str | None) -> InputDocument:
        update: dict[str, str] = {}
        if published and not doc.published:
            update["published"] = published
        count = self._ids.get(doc.id, 0)
        if count:
            new_id = f"{doc.id}-{count + 1}"
            while new_id in self._ids:
                count += 1
                new_id = f"{doc.id}-{count + 1}"
            logger.warning("%s: id %r already used, renamed %r", doc.source, doc.id, new_id)
            self._ids[doc.id] = count + 1
            update["id"] = new_id
        self._ids[update.get("id", doc.id)] = 1
        return doc.model_copy(update=update) if update else doc

    def _input(self, name: str) -> Iterator[Item]:
        try:
            if name == "-":
                yield from self._stdin()
            elif re.match(r"^https?://", name, re.I):
                yield from self._url(name)
            elif re.match(r"^[a-z][a-z0-9+.-]*://", name, re.I):
                raise FetchError(f"unsupported URL scheme {name.split(':', 1)[0]!r} (only http and https)",
                                 source=name)
            else:
                yield from self._path(name)
        except AptraceError as exc:
            yield IngestFailure.from_error(exc, name)

    # -- paths ---------------------------------------------------------------

    def _path(self, name: str) -> Iterator[Item]:
        path = Path(name).expanduser()
        if path.is_dir():
            yield from self._folder(path)
        elif path.exists() or path.is_symlink():
            yield from self._file(path, kind_of_suffix(path.name))
        elif _GLOB_CHARS.search(name):
            matches = sorted(glob.glob(os.path.expanduser(name), recursive=True))
            found = False
            for match in matches:
                p = Path(match)
                if p.is_dir():
                    found = True
                    yield from self._folder(p)
                elif kind_of_suffix(p.name):
                    found = True
                    yield from self._file(p, kind_of_suffix(p.name))
            if not found:
                raise InputError("no files of a readable type match this pattern", source=name)
        else:
            raise InputError("no such file or directory", source=name)

    def _folder(self, root: Path) -> Iterator[Item]:
        real_root = root.resolve()
        count = 0
        for path in _walk(root):
            kind = kind_of_suffix(path.name)
            if kind is None:
                continue
            if path.is_symlink() and not path.resolve().is_relative_to(real_root):
                yield IngestFailure.from_error(
                    InputError(f"symbolic link to {path.resolve()}, outside {root}: not read", source=str(path)))
                continue
            count += 1
            yield from self._file(path, kind)
        if count == 0:
            yield IngestFailure.from_error(EmptyInputError("folder holds no files of a readable type "
                                                           "(.txt, .md, .jsonl, .html, .pdf, .xml, .rss, .atom)",
                                                           source=str(root)))

    def _file(self, path: Path, kind: Kind | None) -> Iterator[Item]:
        source = str(path)
        try:
            if kind is None:
                kind = self._sniff_file(path)
            if kind == "jsonl":
                if not path.is_file():
                    raise InputError("not a regular file", source=source)
                yield from iter_jsonl(path, max_bytes=self.max_bytes)
            elif kind == "text":
                yield read_text_file(path, max_bytes=self.max_bytes)
            elif kind == "html":
                data = read_bounded(path, self.max_bytes)
                from .html import html_document  # trafilatura and lxml load only when a page comes

                yield html_document(data, doc_id=path.stem, source=source)
            elif kind == "pdf":
                data = read_bounded(path, self.max_bytes * PDF_SIZE_FACTOR)
                from .pdf import pdf_document

                yield pdf_document(data, doc_id=path.stem, source=source, max_chars=self.max_bytes)
            else:
                data = read_bounded(path, self.max_bytes)
                from .feeds import iter_feed

                yield from iter_feed(data, source=source, fetcher=self.fetcher)
        except AptraceError as exc:
            yield IngestFailure.from_error(exc, source)

    def _sniff_file(self, path: Path) -> Kind:
        try:
            with open(path, "rb") as f:
                head = f.read(4096)
        except FileNotFoundError:
            raise InputError("no such file or directory", source=str(path)) from None
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", source=str(path)) from None
        nul = head.find(b"\x00")
        if nul >= 0 and not head.startswith((b"%PDF-", b"\xff\xfe", b"\xfe\xff")):
            raise InputError(f"binary file of unknown type (NUL byte at offset {nul})", source=str(path))
        return sniff_bytes(head)

    # -- URLs ----------------------------------------------------------------

    def _url(self, url: str) -> Iterator[Item]:
        result = self.fetcher().fetch(url)
        data = result.content
        kind = kind_of_response(result.content_type, data[:4096])
        doc_id = url_document_id(url)
        if kind is None:
            raise InputError(f"not a document aptrace reads (Content-Type {result.content_type})", source=url)
        if kind == "html":
            from .html import html_document

            yield html_document(data, doc_id=doc_id, source=url, url=result.final_url)
        elif kind == "pdf":
            from .pdf import pdf_document

            yield pdf_document(data, doc_id=doc_id, source=url, url=result.final_url, max_chars=self.max_bytes)
        elif kind == "feed":
            from .feeds import iter_feed

            yield from iter_feed(data, source=url, fetcher=self.fetcher)
        elif kind == "jsonl":
            yield from iter_jsonl_stream(io.BytesIO(data), source=url, max_bytes=self.max_bytes)
        else:
            text = _decode_fetched(data, result.charset, url)
            yield text_document(text, doc_id=doc_id, source=url, url=result.final_url, derived_text=True)

    # -- standard input ------------------------------------------------------

    def _stdin(self) -> Iterator[Item]:
        stream: TextIO = self.stdin if self.stdin is not None else sys.stdin
        raw = getattr(stream, "buffer", None)
        src = raw if raw is not None else stream
        first: list = []
        while True:
            line = src.readline(self.max_bytes + 1)
            if not line:
                break
            first.append(line)
            if len(line) > self.max_bytes:
                break
            if line.strip(b"\xef\xbb\xbf \t\r\n" if isinstance(line, bytes) else "\ufeff \t\r\n"):
                break
        head = first[-1] if first else ""
        stripped = head.lstrip(b"\xef\xbb\xbf \t" if isinstance(head, bytes) else "\ufeff \t")
        if stripped[:1] in (b"{", "{"):
            yield from iter_jsonl_stream(src, source="<stdin>", max_bytes=self.max_bytes, first_lines=first)
            return
        empty = b"" if raw is not None else ""
        so_far = sum(len(x) for x in first)
        rest = src.read(self.max_bytes + 1 - so_far) if so_far <= self.max_bytes else empty
        data = empty.join([*first, rest])
        if len(data) > self.max_bytes:
            raise InputError(f"standard input is larger than the {human_size(self.max_bytes)} limit",
                             source="<stdin>")
        text = decode_text(data, "<stdin>") if isinstance(data, bytes) else data
        yield text_document(text, doc_id="stdin", source="<stdin>")


def _walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder`` in path order (``a``, ``b/x``, ``b/y``, ``c``); hidden ones and
    symlinked folders skipped."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        logger.warning("%s: cannot list: %s", folder, exc.strerror or exc)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path))
        elif entry.is_file():
            yield Path(entry.path)


def _decode_fetched(data: bytes, charset: str | None, url: str) -> str:
    if charset and charset.lower().replace("_", "-") not in ("utf-8", "utf8"):
        try:
            return data.decode(charset)
        except LookupError:
            raise InputError(f"unknown charset {charset!r}", source=url) from None
        except UnicodeDecodeError as exc:
            raise InputError(f"not {charset}: bad byte at offset {exc.start}", source=url) from None
    return decode_text(data, url)
