"""`aptrace analyze` on what analysts have: pages, PDFs, feeds and URLs, end to end."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from aptrace.cli import app

from ingest_helpers import DATA, LocalServer, Route, make_pdf


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    """The CLI caches fetched pages in the user cache directory: a temporary one here."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))


def _reports(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def _dev18() -> dict:
    for line in (DATA / "dev-sample.jsonl").read_text("utf-8").splitlines():
        if json.loads(line)["id"] == "dev-18":
            return json.loads(line)
    raise KeyError("dev-18")


def _facts(report: dict) -> list[dict]:
    """The incidents without evidence offsets (identical texts give identical offsets anyway)."""
    return report["incidents"]


def test_ingest_cli_html_and_pdf_give_the_same_facts_as_the_corpus_article(tmp_path):
    record = _dev18()
    corpus = tmp_path / "dev-18.jsonl"
    corpus.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    pdf = tmp_path / "statement.pdf"
    pdf.write_bytes(make_pdf(record["text"].split("\n"), lines_per_page=12))
    result = CliRunner().invoke(app, ["analyze", "--format", "jsonl", "--published", "2020-10-13",
                                      str(corpus), str(DATA / "article.html"), str(pdf)])
    assert result.exit_code == 0, result.stderr
    from_jsonl, from_html, from_pdf = _reports(result.stdout)
    assert from_jsonl["incidents"], "the extractor finds the Storting incident"
    assert _facts(from_html) == _facts(from_jsonl)
    assert _facts(from_pdf) == _facts(from_jsonl)
    # the analysed text travels with the derived documents, so evidence can be checked
    for report in (from_html, from_pdf):
        text = report["document"]["text"]
        assert text == record["text"]
        for incident in report["incidents"]:
            for actor in incident["actors"]:
                for span in actor["evidence"]:
                    assert text[span["start"]:span["end"]] == span["text"]
    assert from_html["document"]["published"] == "2020-10-13"
    assert from_html["document"]["url"].startswith("https://news.example.org/")


@pytest.fixture
def site():
    with LocalServer() as srv:
        srv.routes["/article"] = Route(body=(DATA / "article.html").read_bytes(),
                                       headers={"Content-Type": "text/html; charset=utf-8"})
        yield srv


def test_ingest_cli_loopback_url_refused_by_default(site):
    result = CliRunner().invoke(app, ["analyze", site.url("/article")])
    assert result.exit_code == 1
    assert f"{site.url('/article')}: refused: 127.0.0.1 is a loopback address" in result.stderr
    assert "--allow-private" in result.stderr
    assert site.requests == []


def test_ingest_cli_loopback_url_allowed_explicitly(site):
    result = CliRunner().invoke(app, ["analyze", "--allow-private", "--format", "jsonl", site.url("/article")])
    assert result.exit_code == 0, result.stderr
    (report,) = _reports(result.stdout)
    assert report["document"]["text"] == _dev18()["text"]
    assert report["document"]["title"] == "Norway says Russia was behind cyberattack on parliament"
    assert site.hits("/article") == 1


def test_ingest_cli_batch_reports_failures_and_completes(site, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text(_dev18()["text"], encoding="utf-8")
    inputs = [str(tmp_path / "missing.txt"), str(tmp_path / "empty.txt"), site.url("/article"), str(good)]
    result = CliRunner().invoke(app, ["analyze", "--format", "jsonl", *inputs])
    assert result.exit_code == 1
    assert [r["document"]["id"] for r in _reports(result.stdout)] == ["good"]
    assert f"{tmp_path / 'missing.txt'}: no such file or directory" in result.stderr
    assert f"{tmp_path / 'empty.txt'}: empty document" in result.stderr
    assert "1 document(s) analysed, 3 failed" in result.stderr
    fast = CliRunner().invoke(app, ["analyze", "--format", "jsonl", "--fail-fast", *inputs])
    assert fast.exit_code == 1
    assert fast.stdout.strip() == ""
    assert "empty.txt" not in fast.stderr


def test_ingest_cli_feed_of_50_with_5_broken_links(tmp_path):
    broken = {5, 15, 25, 35, 45}
    with LocalServer() as srv:
        items = []
        for i in range(1, 51):
            link = srv.url(f"/story/{i}")
            items.append(f"<item><title>Story {i}</title><link>{link}</link><description>Teaser</description></item>")
            if i not in broken:
                srv.routes[f"/story/{i}"] = Route(
                    body=(f"<html><body><article><p>Officials in capital {i} said on Monday that hackers had "
                          f"broken into ministry {i}.</p></article></body></html>").encode(),
                    headers={"Content-Type": "text/html"})
        feed = tmp_path / "desk.rss"
        feed.write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>Desk</title>"
                        + "".join(items) + "</channel></rss>", encoding="utf-8")
        result = CliRunner().invoke(app, ["analyze", "--allow-private", "--format", "jsonl", str(feed)])
    assert result.exit_code == 1
    assert len(_reports(result.stdout)) == 45
    for i in broken:
        assert f"{srv.url(f'/story/{i}')}: HTTP 404 Not Found" in result.stderr
    assert "45 document(s) analysed, 5 failed (5 FetchError)" in result.stderr
