"""RSS/Atom feeds: one document per entry, linked pages fetched, hostile XML refused."""

from __future__ import annotations

import html

import pytest

from aptrace.errors import FetchError, InputError
from aptrace.ingest import FetchOptions, Fetcher, IngestFailure, iter_documents, iter_feed, parse_feed, summarize

from ingest_helpers import LocalServer, Route

BROKEN = {  # entry number -> what its linked page does
    7: "missing",  # 404
    13: "slow",  # answers after the timeout
    21: "image",  # not an article
    34: "loop",  # endless redirects
    46: "navonly",  # HTML with no article text
}


def _story(i: int) -> bytes:
    return (f"<html><head><title>Story {i}</title></head><body><nav><a href='/'>Home</a></nav><article>"
            f"<h1>Story {i}</h1><p>Officials in capital {i} said on Monday that a state-backed group "
            f"had broken into the networks of ministry {i} and stolen diplomatic cables.</p>"
            f"<p>The embassy concerned denied any involvement in incident {i}.</p></article>"
            f"<footer>Copyright</footer></body></html>").encode()


def _rss(base: str, n: int = 50) -> bytes:
    items = []
    for i in range(1, n + 1):
        link = f"{base}/story/{i}"
        items.append(f"<item><title>Story {i}</title><link>{link}</link><guid>{link}</guid>"
                     f"<pubDate>Mon, 12 Oct 2020 08:{i % 60:02d}:00 GMT</pubDate>"
                     f"<description>{html.escape('<p>Teaser ' + str(i) + '</p>')}</description></item>")
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Cyber desk</title>'
            f"<link>{base}/</link><description>d</description>{''.join(items)}</channel></rss>").encode()


@pytest.fixture
def news_server():
    with LocalServer() as srv:
        for i in range(1, 51):
            kind = BROKEN.get(i)
            path = f"/story/{i}"
            if kind is None:
                srv.routes[path] = Route(body=_story(i), headers={"Content-Type": "text/html; charset=utf-8"})
            elif kind == "slow":
                srv.routes[path] = Route(body=_story(i), delay=2.0, headers={"Content-Type": "text/html"})
            elif kind == "image":
                srv.routes[path] = Route(body=b"\x89PNG\r\n\x1a\n\x00\x00", headers={"Content-Type": "image/png"})
            elif kind == "loop":
                srv.routes[path] = Route(302, headers={"Location": path})
            elif kind == "navonly":
                srv.routes[path] = Route(body=b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
                                         headers={"Content-Type": "text/html"})
        srv.routes["/feed.xml"] = Route(body=_rss(srv.base), headers={"Content-Type": "application/rss+xml"})
        yield srv


@pytest.fixture
def options(tmp_path):
    return FetchOptions(allow_private=True, timeout=0.7, cache_dir=tmp_path / "cache")


def test_feeds_50_entries_5_broken_give_45_documents_and_5_named_errors(news_server, options):
    items = list(iter_documents([news_server.url("/feed.xml")], fetch=options))
    docs = [i for i in items if not isinstance(i, IngestFailure)]
    failures = [i for i in items if isinstance(i, IngestFailure)]
    assert len(docs) == 45
    assert len(failures) == 5
    assert [f.source for f in failures] == [news_server.url(f"/story/{i}") for i in sorted(BROKEN)]
    reasons = {int(f.source.rsplit("/", 1)[1]): f.reason for f in failures}
    assert reasons[7] == "HTTP 404 Not Found"
    assert "timed out" in reasons[13]
    assert "not an article" in reasons[21] and "image/png" in reasons[21]
    assert "redirects" in reasons[34]
    assert "no article text" in reasons[46]
    first = docs[0]
    assert first.id == news_server.url("/story/1")
    assert first.url == news_server.url("/story/1")
    assert first.title == "Story 1"
    assert first.published == "2020-10-12"
    assert first.derived_text is True
    assert first.text.startswith("Officials in capital 1 said on Monday")
    assert "Home" not in first.text and "Copyright" not in first.text and "Teaser" not in first.text
    summary = summarize(items)
    assert summary.documents == 45 and summary.failed == 5
    assert summary.by_kind() == {"FetchError": 3, "InputError": 2}
    assert str(summary).startswith("45 documents read, 5 failed (3 FetchError, 2 InputError):")


def test_feeds_file_with_full_content_needs_no_fetching(tmp_path):
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Statements</title><id>urn:x</id><updated>2024-05-03T00:00:00Z</updated>
<entry><id>urn:statement:1</id><title>Statement on APT28</title><link href="https://example.gov/s/1"/>
<published>2024-05-03T10:00:00+02:00</published><updated>2024-05-04T00:00:00Z</updated>
<content type="html">&lt;p&gt;The Government strongly condemns the campaign by APT28.&lt;/p&gt;&lt;p&gt;The ambassador was summoned.&lt;/p&gt;</content>
</entry></feed>"""
    path = tmp_path / "statements.atom"
    path.write_bytes(atom)
    fetched = []

    def no_fetcher() -> Fetcher:
        fetched.append(True)
        raise AssertionError("no page should be fetched")

    (doc,) = list(iter_feed(atom, source=str(path), fetcher=no_fetcher))
    assert doc.id == "urn:statement:1"
    assert doc.text == "The Government strongly condemns the campaign by APT28.\nThe ambassador was summoned."
    assert doc.published == "2024-05-03"
    assert doc.url == "https://example.gov/s/1"
    assert fetched == []
    (doc2,) = list(iter_documents([str(path)]))
    assert doc2.text == doc.text


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>t</title><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title><item><title>x</title><description>&xxe;</description></item></channel></rss>"""


@pytest.mark.parametrize("data", [BILLION_LAUGHS, XXE], ids=["billion-laughs", "xxe"])
def test_feeds_entity_declarations_are_refused(data):
    with pytest.raises(InputError, match="declares XML entities"):
        parse_feed(data, source="evil.rss")


@pytest.mark.parametrize("data, reason", [
    (b"This is not XML at all, just words.", "not an XML feed"),
    (b'{"items": []}', "not an XML feed"),
    (b"<?xml version='1.0'?><catalog><book>x</book></catalog>", "not an RSS or Atom feed"),
    (b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>", "no entries"),
])
def test_feeds_not_a_feed_is_an_error(data, reason):
    with pytest.raises(InputError, match=reason):
        parse_feed(data, source="bad.xml")


def test_feeds_ill_formed_feed_is_read_leniently():
    data = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>AT&T</title><item><title>One</title>"
            b"<description>Hackers &amp; spies &nbsp; broke in.</description></item></channel></rss>")
    (doc,) = list(iter_feed(data, source="loose.rss", fetcher=lambda: None))
    assert "broke in" in doc.text


def test_feeds_entry_with_non_http_link_is_not_fetched():
    data = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
            b"<item><title>a</title><link>file:///etc/passwd</link><description>x</description></item>"
            b"</channel></rss>")
    (failure,) = list(iter_feed(data, source="f.rss", fetcher=lambda: None))
    assert isinstance(failure, IngestFailure)
    assert isinstance(failure.error, FetchError)
    assert failure.source.startswith("file:")
    assert "not fetched" in failure.reason


def test_feeds_entry_links_on_private_addresses_refused_by_default(news_server, tmp_path):
    feed = tmp_path / "feed.rss"
    feed.write_bytes(_rss(news_server.base, n=2))
    items = list(iter_documents([str(feed)], fetch=FetchOptions(cache_dir=tmp_path / "c")))
    assert [type(i).__name__ for i in items] == ["IngestFailure", "IngestFailure"]
    assert all("loopback" in i.reason for i in items)
    assert news_server.requests == []
