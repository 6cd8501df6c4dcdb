"""PDF documents: reflowed text equal to the article; encrypted and broken PDFs named."""

from __future__ import annotations

import json

import pytest

from aptrace.errors import InputError
from aptrace.ingest import IngestFailure, extract_pdf, iter_documents

from ingest_helpers import DATA, make_pdf


def _dev(doc_id: str) -> dict:
    for line in (DATA / "dev-sample.jsonl").read_text("utf-8").splitlines():
        if json.loads(line)["id"] == doc_id:
            return json.loads(line)
    raise KeyError(doc_id)


@pytest.mark.parametrize("doc_id", ["dev-18", "dev-03", "dev-24"])
def test_pdf_of_article_yields_the_article_text(doc_id, tmp_path):
    record = _dev(doc_id)
    path = tmp_path / f"{doc_id}.pdf"
    path.write_bytes(make_pdf(record["text"].split("\n"), title=record["title"], lines_per_page=12))
    (doc,) = list(iter_documents([str(path)]))
    assert doc.text == record["text"]
    assert doc.title == record["title"]
    assert doc.id == doc_id
    assert doc.derived_text is True


def test_pdf_hyphen_at_line_end_is_kept_and_joined():
    data = make_pdf(["The group is state-sponsored and targets embassies worldwide."], width=31)
    text, _ = extract_pdf(data, source="x.pdf")
    assert text == "The group is state-sponsored and targets embassies worldwide."


def test_pdf_with_owner_password_only_is_read():
    text, _ = extract_pdf(make_pdf(["Copying is restricted."], owner_password="owner"), source="x.pdf")
    assert text == "Copying is restricted."


def test_pdf_encrypted_with_user_password_is_an_error():
    with pytest.raises(InputError, match="encrypted PDF") as err:
        extract_pdf(make_pdf(["Secret."], user_password="u", owner_password="o"), source="locked.pdf")
    assert err.value.source == "locked.pdf"


@pytest.mark.parametrize("data, reason", [
    (b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage", "broken PDF"),
    (b"Just text with a .pdf name", "not a PDF"),
    (b"", "not a PDF"),
])
def test_pdf_broken_is_an_error(data, reason):
    with pytest.raises(InputError, match=reason):
        extract_pdf(data, source="broken.pdf")


def test_pdf_without_text_layer_is_an_error():
    with pytest.raises(InputError, match="no text layer"):
        extract_pdf(make_pdf([]), source="scan.pdf")


def test_pdf_truncated_fails_alone_in_a_batch(tmp_path):
    good = make_pdf(["Norway blamed Russia."])
    (tmp_path / "a.pdf").write_bytes(good[: len(good) // 2])
    (tmp_path / "b.pdf").write_bytes(good)
    items = list(iter_documents([str(tmp_path / "a.pdf"), str(tmp_path / "b.pdf")]))
    assert isinstance(items[0], IngestFailure) and items[0].source == str(tmp_path / "a.pdf")
    assert items[1].text == "Norway blamed Russia."
