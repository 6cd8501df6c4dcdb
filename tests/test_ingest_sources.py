"""iter_documents: folders, globs, files by type, URLs and stdin, in one stream that never raises."""

from __future__ import annotations

import io
import json
import os

import pytest

import aptrace.ingest
from aptrace.errors import BlockedAddressError, InputError
from aptrace.ingest import FetchOptions, IngestFailure, IngestSummary, iter_documents, url_document_id
from aptrace.report import InputDocument

from ingest_helpers import DATA, LocalServer, Route, make_pdf


def _split(items):
    docs = [i for i in items if isinstance(i, InputDocument)]
    failures = [i for i in items if isinstance(i, IngestFailure)]
    assert len(docs) + len(failures) == len(items)
    return docs, failures


def test_sources_public_api_is_exactly_all():
    public = {name for name in dir(aptrace.ingest) if not name.startswith("_")}
    modules = {"feeds", "fetch", "html", "jsonl", "options", "pdf", "sources", "text", "sniff"}  # submodules
    assert public - modules == set(aptrace.ingest.__all__)
    for name in ("iter_documents", "IngestFailure", "FetchOptions", "IngestSummary", "summarize"):
        assert name in aptrace.ingest.__all__


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "inbox"
    (root / "b-sub" / "deeper").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a.txt").write_text("Text A about APT31.")
    (root / "c.md").write_text("Markdown C.")
    (root / "corpus.jsonl").write_text(
        json.dumps({"id": "j1", "text": "J one"}) + "\n" + json.dumps({"id": "j2", "text": "J two"}) + "\n")
    (root / "b-sub" / "page.html").write_bytes((DATA / "article.html").read_bytes())
    (root / "b-sub" / "deeper" / "statement.pdf").write_bytes(make_pdf(["Statement by the ministry."]))
    (root / "b-sub" / "notes.docx").write_bytes(b"PK\x03\x04 binary")  # not a type read from folders
    (root / "image.png").write_bytes(b"\x89PNG")
    (root / ".secret.txt").write_text("hidden file")
    (root / ".hidden" / "x.txt").write_text("hidden folder")
    return root


def test_sources_folder_recursive_sorted_by_type(folder):
    docs, failures = _split(list(iter_documents([str(folder)])))
    assert failures == []
    assert [d.id for d in docs] == ["a", "statement", "page", "c", "j1", "j2"]  # a, b-sub/deeper/, b-sub/, c
    assert [d.derived_text for d in docs] == [False, True, True, False, False, False]
    assert docs[1].text == "Statement by the ministry."


def test_sources_symlink_out_of_folder_is_not_read(folder, tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("private notes outside the named folder")
    os.symlink(outside, folder / "link.txt")
    os.symlink(folder / "a.txt", folder / "inside-link.txt")
    docs, failures = _split(list(iter_documents([str(folder)])))
    assert all("private notes" not in d.text for d in docs)
    (failure,) = failures
    assert failure.source == str(folder / "link.txt")
    assert "outside" in failure.reason
    assert "inside-link" in [d.id for d in docs]


def test_sources_glob_pattern(folder):
    docs, failures = _split(list(iter_documents([str(folder / "**" / "*.html"), str(folder / "*.txt")])))
    assert [d.id for d in docs] == ["page", "a"]
    (none,) = _split(list(iter_documents([str(folder / "*.csv")])))[1]
    assert "no files of a readable type match" in none.reason


def test_sources_batch_continues_past_bad_inputs(tmp_path, folder):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "huge.txt").write_bytes(b"")
    os.truncate(tmp_path / "huge.txt", 2_000_000_000)
    inputs = [str(tmp_path / "missing.txt"), str(tmp_path / "empty.txt"), str(tmp_path / "binary.txt"),
              str(tmp_path / "huge.txt"), "ftp://example.com/x", str(folder / "a.txt")]
    items = list(iter_documents(inputs))
    docs, failures = _split(items)
    assert [d.id for d in docs] == ["a"]
    assert [(f.source, f.reason.split(" (")[0].split(",")[0]) for f in failures] == [
        (str(tmp_path / "missing.txt"), "no such file or directory"),
        (str(tmp_path / "empty.txt"), "empty document"),
        (str(tmp_path / "binary.txt"), "binary content"),
        (str(tmp_path / "huge.txt"), "file is 2.0 GB"),
        ("ftp://example.com/x", "unsupported URL scheme 'ftp'"),
    ]
    summary = IngestSummary()
    for item in items:
        summary.add(item)
    assert (summary.documents, summary.failed) == (1, 5)


def test_sources_unknown_extension_is_sniffed(tmp_path):
    (tmp_path / "page.dat").write_bytes((DATA / "article.html").read_bytes())
    (tmp_path / "statement.bin").write_bytes(make_pdf(["A PDF without its suffix."]))
    (tmp_path / "notes").write_text("Plain notes.")
    (tmp_path / "blob.dat").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00")
    names = ["page.dat", "statement.bin", "notes", "blob.dat"]
    docs, failures = _split(list(iter_documents([str(tmp_path / n) for n in names])))
    assert [d.id for d in docs] == ["page", "statement", "notes"]
    assert docs[0].derived_text and docs[1].text == "A PDF without its suffix."
    assert "binary file of unknown type" in failures[0].reason


def test_sources_duplicate_ids_get_suffixes(tmp_path):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "report.txt").write_text("first")
    (tmp_path / "two" / "report.txt").write_text("second")
    (tmp_path / "report-2.txt").write_text("third")
    docs = list(iter_documents([str(tmp_path / "one"), str(tmp_path / "two"), str(tmp_path / "report-2.txt")]))
    assert [(d.id, d.text) for d in docs] == [("report", "first"), ("report-2", "second"), ("report-2-2", "third")]


def test_sources_published_fills_missing_dates_only(tmp_path):
    (tmp_path / "a.txt").write_text("no date")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "dated", "text": "x", "published": "2019-01-02"}) + "\n")
    docs = list(iter_documents([str(tmp_path / "a.txt"), str(tmp_path / "c.jsonl")], published="2025-05-28"))
    assert [d.published for d in docs] == ["2025-05-28", "2019-01-02"]
    with pytest.raises(ValueError, match="not a date"):
        iter_documents([str(tmp_path / "a.txt")], published="yesterday")
    with pytest.raises(TypeError):
        iter_documents(str(tmp_path / "a.txt"))


def test_sources_stdin_among_other_inputs(folder):
    docs = list(iter_documents([str(folder / "a.txt"), "-"], stdin=io.StringIO("From a pipe.")))
    assert [(d.id, d.text) for d in docs] == [("a", "Text A about APT31."), ("stdin", "From a pipe.")]


def test_sources_url_ids_are_short_and_stable():
    url = "https://news.example.org/world/2020/10/13/norway-russia-storting-cyberattack.html?utm=x"
    assert url_document_id(url) == url_document_id(url)
    assert url_document_id(url).startswith("norway-russia-storting-cyberattack-")
    assert len(url_document_id("https://x.example/" + "a" * 300)) <= 57
    assert url_document_id("https://example.org/").startswith("example-org-")


@pytest.fixture
def site():
    with LocalServer() as srv:
        srv.routes["/article"] = Route(body=(DATA / "article.html").read_bytes(),
                                       headers={"Content-Type": "text/html; charset=utf-8"})
        srv.routes["/statement.pdf"] = Route(body=make_pdf(["We attribute the attack to Russia."]),
                                             headers={"Content-Type": "application/pdf"})
        srv.routes["/note.txt"] = Route(body="Søreide said so.".encode("utf-8"),
                                        headers={"Content-Type": "text/plain; charset=utf-8"})
        srv.routes["/latin1.txt"] = Route(body="Søreide said so.".encode("latin-1"),
                                          headers={"Content-Type": "text/plain; charset=iso-8859-1"})
        srv.routes["/corpus"] = Route(body=b'{"id": "r1", "text": "remote"}\n',
                                      headers={"Content-Type": "application/x-ndjson"})
        srv.routes["/video"] = Route(body=b"\x00\x00\x00\x18ftypmp42", headers={"Content-Type": "video/mp4"})
        yield srv


def test_sources_urls_by_content_type(site, tmp_path):
    options = FetchOptions(allow_private=True, timeout=2, cache_dir=tmp_path)
    urls = [site.url(p) for p in ("/article", "/statement.pdf", "/note.txt", "/latin1.txt", "/corpus", "/video")]
    docs, failures = _split(list(iter_documents(urls, fetch=options)))
    article, pdf, note, latin1, remote = docs
    assert article.title == "Norway says Russia was behind cyberattack on parliament"
    assert article.published == "2020-10-13"
    assert article.url == "https://news.example.org/world/2020/10/13/norway-russia-storting-cyberattack"
    assert article.source == site.url("/article")
    assert article.id == url_document_id(site.url("/article"))
    assert pdf.text == "We attribute the attack to Russia." and pdf.url == site.url("/statement.pdf")
    assert note.text == latin1.text == "Søreide said so."
    assert all(d.derived_text for d in (article, pdf, note, latin1))
    assert remote.id == "r1"
    (video,) = failures
    assert video.source == site.url("/video") and "video/mp4" in video.reason


def test_sources_loopback_url_refused_by_default(site, tmp_path):
    (failure,) = list(iter_documents([site.url("/article")], fetch=FetchOptions(cache_dir=tmp_path)))
    assert isinstance(failure.error, BlockedAddressError)
    assert failure.source == site.url("/article")
    assert "loopback" in failure.reason and "--allow-private" in failure.reason
    assert site.requests == []


def test_sources_failure_carries_an_aptrace_error(tmp_path):
    (failure,) = list(iter_documents([str(tmp_path / "nope")]))
    assert isinstance(failure.error, InputError)
    assert str(failure) == f"{tmp_path / 'nope'}: no such file or directory"
