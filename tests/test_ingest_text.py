"""Plain-text documents: exact text, strict decoding, clear errors."""

from __future__ import annotations

import io

import pytest

from aptrace.errors import DecodeError, EmptyInputError, InputError
from aptrace.ingest import IngestFailure, decode_text, iter_documents, read_text_file


def test_text_keeps_crlf_and_strips_only_bom(tmp_path):
    path = tmp_path / "cz-apt31.txt"
    path.write_bytes(b"\xef\xbb\xbfPrague summoned\r\nthe ambassador.\r\n")
    doc = read_text_file(path)
    assert doc.id == "cz-apt31"
    assert doc.text == "Prague summoned\r\nthe ambassador.\r\n"
    assert doc.source == str(path)
    assert doc.derived_text is False


def test_text_decodes_utf16_with_bom():
    assert decode_text("Søreide — Oslo".encode("utf-16"), "x.txt") == "Søreide — Oslo"


def test_text_binary_file_is_refused_with_offset(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"GIF89a\x01\x00\x00\x00")
    with pytest.raises(DecodeError) as err:
        read_text_file(path)
    assert err.value.source == str(path)
    assert "NUL byte at offset 7" in err.value.reason


def test_text_undecodable_byte_is_named_with_offset(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Søreide".encode("latin-1"))
    with pytest.raises(DecodeError, match=r"byte 0xf8 at offset 1"):
        read_text_file(path)


def test_text_empty_and_blank_files_are_errors(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\t\n")
    with pytest.raises(EmptyInputError, match="empty"):
        read_text_file(tmp_path / "empty.txt")
    with pytest.raises(EmptyInputError, match="only whitespace"):
        read_text_file(tmp_path / "blank.txt")


def test_text_oversized_file_is_refused_unread(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(2_000_000_000)  # a sparse 2 GB file: refused from its size alone
    with pytest.raises(InputError, match="2.0 GB, larger than the 5.0 MB limit"):
        read_text_file(path)


def test_text_stdin_as_one_document():
    stdin = io.StringIO("\nNorway blamed Russia.\r\nMoscow denied it.\n")
    (doc,) = list(iter_documents(["-"], stdin=stdin))
    assert doc.id == "stdin"
    assert doc.source == "<stdin>"
    assert doc.text == "\nNorway blamed Russia.\r\nMoscow denied it.\n"


def test_text_stdin_binary_stream_is_decoded_strictly():
    class Stdin(io.TextIOWrapper):
        pass

    stdin = Stdin(io.BytesIO(b"Oslo \xff said"), encoding="utf-8")
    (failure,) = list(iter_documents(["-"], stdin=stdin))
    assert isinstance(failure, IngestFailure)
    assert failure.source == "<stdin>"
    assert "offset 5" in failure.reason


def test_text_stdin_jsonl_is_detected():
    stdin = io.StringIO('\n{"id": "a", "text": "one"}\n{"id": "b", "text": "two"}\n')
    docs = list(iter_documents(["-"], stdin=stdin))
    assert [d.id for d in docs] == ["a", "b"]
    assert docs[1].source == "<stdin>:3"


def test_text_stdin_too_large_is_a_failure():
    (failure,) = list(iter_documents(["-"], stdin=io.StringIO("x" * 2000), max_bytes=1000))
    assert isinstance(failure, IngestFailure) and "larger than" in failure.reason
