"""The guarded, bounded fetcher against a real server on 127.0.0.1 (and MockTransport for DNS cases)."""

from __future__ import annotations

import gzip
import time
import zlib

import httpx
import pytest

from aptrace.errors import BlockedAddressError, FetchError
from aptrace.ingest import FetchOptions, Fetcher, check_address

from ingest_helpers import LocalServer, Route

PAGE = b"<html><head><title>t</title></head><body><article><p>Hello.</p></article></body></html>"


@pytest.fixture
def server():
    with LocalServer() as srv:
        yield srv


@pytest.fixture
def loopback(tmp_path):
    """Options for tests against the local server: loopback allowed for these tests only."""
    return FetchOptions(allow_private=True, timeout=2.0, cache_dir=tmp_path / "cache")


def test_fetch_refuses_loopback_by_default(server, tmp_path):
    server.routes["/page"] = Route(body=PAGE, headers={"Content-Type": "text/html"})
    with Fetcher(FetchOptions(cache_dir=tmp_path)) as fetcher, pytest.raises(BlockedAddressError) as err:
        fetcher.fetch(server.url("/page"))
    assert "127.0.0.1 is a loopback address" in str(err.value)
    assert "--allow-private" in str(err.value)
    assert err.value.source == server.url("/page")
    assert server.requests == []  # refused before any connection


def test_fetch_allows_loopback_when_asked(server, loopback):
    server.routes["/page"] = Route(body=PAGE, headers={"Content-Type": "text/html; charset=utf-8"})
    with Fetcher(loopback) as fetcher:
        result = fetcher.fetch(server.url("/page"))
    assert result.status == 200
    assert result.content == PAGE
    assert result.content_type == "text/html"
    assert result.charset == "utf-8"
    assert server.requests[0][1]["user-agent"].startswith("aptrace/")
    assert "attribution research" in server.requests[0][1]["user-agent"]


@pytest.mark.parametrize("address, kind", [
    ("10.0.0.7", "private"), ("192.168.1.1", "private"), ("172.16.5.4", "private"),
    ("169.254.169.254", "link-local"), ("::1", "loopback"), ("fe80::1", "link-local"),
    ("::ffff:127.0.0.1", "loopback"), ("0.0.0.0", "unspecified"), ("224.0.0.1", "multicast"),
    ("fc00::5", "private"), ("100.64.0.1", "special-purpose"),
])
def test_fetch_check_address_refuses_non_public(address, kind):
    options = FetchOptions(resolver=lambda host: [address])
    with pytest.raises(BlockedAddressError, match=kind):
        check_address("intranet.example.com", options)
    assert check_address("intranet.example.com", FetchOptions(allow_private=True, resolver=lambda h: [address]))


def test_fetch_check_address_refuses_if_any_address_is_private():
    options = FetchOptions(resolver=lambda host: ["93.184.216.34", "10.0.0.1"])
    with pytest.raises(BlockedAddressError, match="10.0.0.1"):
        check_address("mixed.example.com", options)
    assert check_address("ok.example.com", FetchOptions(resolver=lambda h: ["93.184.216.34"])) == ["93.184.216.34"]


def test_fetch_unresolvable_host_is_a_fetch_error(tmp_path):
    def resolver(host: str) -> list[str]:
        raise OSError(-2, "Name or service not known")
    with Fetcher(FetchOptions(resolver=resolver, cache_dir=tmp_path)) as fetcher:
        with pytest.raises(FetchError, match="cannot resolve host 'nowhere.invalid'"):
            fetcher.fetch("https://nowhere.invalid/a")


def test_fetch_redirect_from_public_name_to_private_address_is_refused(server, tmp_path):
    """news.example.com looks public (resolves to a public address) but redirects to loopback."""
    server.routes["/secret"] = Route(body=b"internal data")
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(302, headers={"Location": server.url("/secret")})

    options = FetchOptions(transport=httpx.MockTransport(handler), cache_dir=tmp_path,
                           resolver=lambda host: {"news.example.com": ["93.184.216.34"]}[host])
    with Fetcher(options) as fetcher, pytest.raises(BlockedAddressError) as err:
        fetcher.fetch("https://news.example.com/story")
    assert seen == ["https://news.example.com/story"]
    assert "127.0.0.1 is a loopback address" in err.value.reason
    assert server.requests == []  # the private address was never contacted


def test_fetch_redirect_to_name_resolving_private_is_refused(tmp_path):
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(301, headers={"Location": "http://metadata.internal/latest"})
    hosts = {"news.example.com": ["93.184.216.34"], "metadata.internal": ["169.254.169.254"]}
    options = FetchOptions(transport=httpx.MockTransport(handler), cache_dir=tmp_path, resolver=hosts.__getitem__)
    with Fetcher(options) as fetcher, pytest.raises(BlockedAddressError, match="link-local"):
        fetcher.fetch("https://news.example.com/story")


def test_fetch_rebinding_name_is_checked_at_connect_time(server, tmp_path):
    """A name that resolves public for the check and to loopback afterwards never connects."""
    answers = iter([["93.184.216.34"], ["127.0.0.1"]])
    options = FetchOptions(cache_dir=tmp_path, timeout=2.0, resolver=lambda host: next(answers))
    with Fetcher(options) as fetcher, pytest.raises(BlockedAddressError, match="loopback"):
        fetcher.fetch(f"http://rebind.example.com:{server.port}/page")
    assert server.requests == []


def test_fetch_follows_redirects_on_loopback_and_limits_them(server, loopback):
    server.routes["/a"] = Route(302, headers={"Location": "/b"})
    server.routes["/b"] = Route(301, headers={"Location": server.url("/page")})
    server.routes["/page"] = Route(body=PAGE, headers={"Content-Type": "text/html"})
    for i in range(8):
        server.routes[f"/loop{i}"] = Route(302, headers={"Location": f"/loop{i + 1}"})
    with Fetcher(loopback) as fetcher:
        result = fetcher.fetch(server.url("/a"))
        assert result.final_url == server.url("/page")
        assert result.content == PAGE
        with pytest.raises(FetchError, match="more than 5 redirects"):
            fetcher.fetch(server.url("/loop0"))


def test_fetch_refuses_redirect_to_file_scheme(server, loopback):
    server.routes["/r"] = Route(302, headers={"Location": "file:///etc/passwd"})
    with Fetcher(loopback) as fetcher, pytest.raises(FetchError, match="only http and https"):
        fetcher.fetch(server.url("/r"))


def test_fetch_http_error_names_status(server, loopback):
    with Fetcher(loopback) as fetcher, pytest.raises(FetchError) as err:
        fetcher.fetch(server.url("/missing"))
    assert err.value.reason == "HTTP 404 Not Found"
    assert err.value.source == server.url("/missing")


def test_fetch_slow_response_times_out(server, loopback):
    server.routes["/slow"] = Route(body=PAGE, delay=3.0)
    loopback.timeout = 0.5
    started = time.monotonic()
    with Fetcher(loopback) as fetcher, pytest.raises(FetchError, match="timed out"):
        fetcher.fetch(server.url("/slow"))
    assert time.monotonic() - started < 2.5


def test_fetch_slow_drip_body_stops_at_deadline(server, loopback):
    server.routes["/drip"] = Route(chunks=[b"x" * 10] * 30, chunk_delay=0.1, headers={"Content-Type": "text/plain"})
    loopback.timeout = 0.8
    started = time.monotonic()
    with Fetcher(loopback) as fetcher, pytest.raises(FetchError, match="longer than 0.8 s"):
        fetcher.fetch(server.url("/drip"))
    assert time.monotonic() - started < 2.5


def test_fetch_refuses_declared_oversized_body_unread(server, loopback):
    server.routes["/big"] = Route(body=b"x" * 5000, headers={"Content-Type": "text/plain"})
    loopback.max_bytes = 1000
    with Fetcher(loopback) as fetcher, pytest.raises(FetchError, match="5.0 KB is larger than the 1.0 KB limit"):
        fetcher.fetch(server.url("/big"))


def test_fetch_stops_undeclared_oversized_body(server, loopback):
    server.routes["/stream"] = Route(chunks=[b"y" * 1000] * 50, headers={"Content-Type": "text/plain"})
    loopback.max_bytes = 10_000
    with Fetcher(loopback) as fetcher, pytest.raises(FetchError, match="larger than the 10.0 KB limit"):
        fetcher.fetch(server.url("/stream"))


def test_fetch_decompresses_gzip_and_deflate(server, loopback):
    server.routes["/gz"] = Route(body=gzip.compress(PAGE), headers={"Content-Encoding": "gzip",
                                                                      "Content-Type": "text/html"})
    server.routes["/df"] = Route(body=zlib.compress(PAGE), headers={"Content-Encoding": "deflate",
                                                                      "Content-Type": "text/html"})
    with Fetcher(loopback) as fetcher:
        assert fetcher.fetch(server.url("/gz")).content == PAGE
        assert fetcher.fetch(server.url("/df")).content == PAGE
    assert "gzip" in server.requests[0][1]["accept-encoding"]


def test_fetch_gzip_bomb_stops_at_decompressed_limit(server, loopback):
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)  # ~50 KB on the wire
    server.routes["/bomb"] = Route(body=bomb, headers={"Content-Encoding": "gzip", "Content-Type": "text/html"})
    loopback.max_bytes = 1_000_000
    assert len(bomb) < loopback.max_bytes
    with Fetcher(loopback) as fetcher, pytest.raises(FetchError, match="after decompression"):
        fetcher.fetch(server.url("/bomb"))


def test_fetch_unrequested_encoding_is_refused(server, loopback):
    server.routes["/br"] = Route(body=b"\x1b\x00", headers={"Content-Encoding": "br"})
    with Fetcher(loopback) as fetcher, pytest.raises(FetchError, match="unsupported Content-Encoding 'br'"):
        fetcher.fetch(server.url("/br"))


def test_fetch_honours_retry_after_once(server, loopback):
    calls = {"n": 0}

    def busy(handler) -> Route:
        calls["n"] += 1
        if calls["n"] == 1:
            return Route(429, b"slow down", {"Retry-After": "1"})
        return Route(body=PAGE, headers={"Content-Type": "text/html"})

    server.routes["/busy"] = Route(dynamic=busy)
    started = time.monotonic()
    with Fetcher(loopback) as fetcher:
        assert fetcher.fetch(server.url("/busy")).content == PAGE
    assert time.monotonic() - started >= 1.0
    assert server.hits("/busy") == 2


def test_fetch_refuses_long_retry_after(server, loopback):
    server.routes["/later"] = Route(503, b"", {"Retry-After": "3600"})
    loopback.max_retry_after = 2
    with Fetcher(loopback) as fetcher, pytest.raises(FetchError, match="HTTP 503"):
        fetcher.fetch(server.url("/later"))
    assert server.hits("/later") == 1


def test_fetch_cache_avoids_refetching(server, loopback):
    server.routes["/page"] = Route(body=PAGE, headers={"Content-Type": "text/html"})
    with Fetcher(loopback) as fetcher:
        first = fetcher.fetch(server.url("/page"))
    with Fetcher(loopback) as fetcher:  # a re-run
        second = fetcher.fetch(server.url("/page"))
    assert server.hits("/page") == 1
    assert not first.from_cache and second.from_cache
    assert second.content == PAGE and second.content_type == "text/html"


def test_fetch_cache_revalidates_with_etag(server, loopback):
    def page(handler) -> Route:
        if handler.headers.get("If-None-Match") == '"v1"':
            return Route(304)
        return Route(body=PAGE, headers={"Content-Type": "text/html", "ETag": '"v1"'})

    server.routes["/etag"] = Route(dynamic=page)
    loopback.cache_ttl = 0  # always revalidate
    with Fetcher(loopback) as fetcher:
        fetcher.fetch(server.url("/etag"))
        again = fetcher.fetch(server.url("/etag"))
    assert again.from_cache and again.content == PAGE
    assert server.requests[1][1]["if-none-match"] == '"v1"'


def test_fetch_cache_of_unguarded_run_not_used_by_guarded_run(server, loopback, tmp_path):
    server.routes["/page"] = Route(body=PAGE, headers={"Content-Type": "text/html"})
    with Fetcher(loopback) as fetcher:
        fetcher.fetch(server.url("/page"))
    guarded = FetchOptions(cache_dir=loopback.cache_dir)
    with Fetcher(guarded) as fetcher, pytest.raises(BlockedAddressError):
        fetcher.fetch(server.url("/page"))


def test_fetch_malformed_url_is_a_named_failure_not_a_crash():
    from aptrace.ingest import IngestFailure, iter_documents

    (item,) = list(iter_documents(["http://]"]))
    assert isinstance(item, IngestFailure)
    assert item.source == "http://]" and "malformed" in item.reason
