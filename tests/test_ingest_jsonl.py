"""JSONL corpora: streamed, one failure per bad line, the rest read."""

from __future__ import annotations

import io
import json
from pathlib import Path

from aptrace.errors import DecodeError, EmptyInputError, RecordError
from aptrace.ingest import IngestFailure, iter_jsonl, iter_jsonl_stream

# Three articles of the development corpus (dev-03, dev-18, dev-24), CRLF-free, non-ASCII.
DEV = Path(__file__).parent / "data" / "ingest" / "dev-sample.jsonl"


def test_jsonl_reads_dev_corpus_exactly():
    records = [json.loads(line) for line in DEV.read_text("utf-8").splitlines() if line.strip()]
    docs = list(iter_jsonl(DEV))
    assert len(docs) == len(records) >= 1
    for doc, record in zip(docs, records):
        assert doc.id == record["id"]
        assert doc.text == record["text"]
        assert doc.published == record.get("published")
        assert doc.title == record.get("title")
        assert doc.derived_text is False


def test_jsonl_bad_lines_are_named_and_the_rest_complete(tmp_path):
    path = tmp_path / "corpus.jsonl"
    lines = [
        b'{"id": "ok-1", "text": "Prague summoned the ambassador.", "published": "2025-05-28"}',
        b'{"id": "broken", "text": ',
        b'["not", "an", "object"]',
        b'{"id": "no-text", "title": "t"}',
        b'{"id": "bad-date", "text": "x", "published": "last Tuesday"}',
        '{"id": "latin1", "text": "S\u00f8reide"}'.encode("latin-1"),
        b'{"id": "", "text": "x"}',
        b'{"id": "empty", "text": "   "}',
        b'',
        b'{"id": "ok-2", "text": "Line one\\r\\nline two", "published": "2020-10-13T09:00:00Z"}',
        b'{"id": "ok-1", "text": "again"}',
        b'[' * 100_000,
        b'{"id": 7, "text": "numeric id"}',
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = list(iter_jsonl(path))
    docs = [i for i in items if not isinstance(i, IngestFailure)]
    failures = {f.source.rsplit(":", 1)[1]: f for f in items if isinstance(f, IngestFailure)}
    assert [d.id for d in docs] == ["ok-1", "ok-2", "7"]
    assert docs[1].text == "Line one\r\nline two"
    assert docs[1].published == "2020-10-13"
    assert docs[0].source == f"{path}:1"
    assert failures["2"].reason.startswith("not JSON")
    assert failures["3"].reason == "not a JSON object but list"
    assert failures["4"].reason == "record lacks 'text'"
    assert "not a date" in failures["5"].reason
    assert isinstance(failures["6"].error, DecodeError) and "offset" in failures["6"].reason
    assert "'id' must be a non-empty string" in failures["7"].reason
    assert isinstance(failures["8"].error, EmptyInputError)
    assert failures["11"].reason == "duplicate id 'ok-1' (first on line 1)"
    assert "nested too deeply" in failures["12"].reason
    assert all(isinstance(f.error, (RecordError, DecodeError, EmptyInputError)) for f in failures.values())
    assert str(failures["4"]) == f"{path}:4: record lacks 'text'"


def test_jsonl_overlong_line_is_skipped_and_next_line_read(tmp_path):
    path = tmp_path / "c.jsonl"
    big = json.dumps({"id": "big", "text": "x" * 5000})
    path.write_text(big + "\n" + json.dumps({"id": "small", "text": "fits"}) + "\n")
    items = list(iter_jsonl(path, max_bytes=1000))
    assert isinstance(items[0], IngestFailure) and items[0].source == f"{path}:1"
    assert "line longer than the 1.0 KB limit" in items[0].reason
    assert items[1].id == "small"


def test_jsonl_streams_without_reading_ahead():
    class CountingStream(io.BytesIO):
        def __init__(self, data: bytes) -> None:
            super().__init__(data)
            self.lines_read = 0

        def readline(self, size: int = -1) -> bytes:
            self.lines_read += 1
            return super().readline(size)

    data = b"".join(json.dumps({"id": f"d{i}", "text": f"text {i}"}).encode() + b"\n" for i in range(10_000))
    stream = CountingStream(data)
    docs = iter_jsonl_stream(stream, source="big.jsonl")
    first = next(docs)
    assert first.id == "d0"
    assert stream.lines_read == 1
    assert sum(1 for _ in docs) == 9_999


def test_jsonl_empty_file_is_a_failure(tmp_path):
    path = tmp_path / "none.jsonl"
    path.write_bytes(b"\n\n")
    (failure,) = list(iter_jsonl(path))
    assert failure.source == str(path) and "no records" in failure.reason
