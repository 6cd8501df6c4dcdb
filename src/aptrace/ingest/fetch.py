"""Guarded, bounded HTTP fetching.

Every URL aptrace fetches goes through ``Fetcher``:

- **Only public addresses.** The host is resolved and every address checked
  (loopback, private, link-local, shared, reserved, multicast, unspecified and
  IPv4 addresses hidden in IPv6 are refused) before each request and on every
  redirect, which is followed by hand. The connection itself is made to the
  checked address, so a name that resolves differently a moment later (DNS
  rebinding) cannot slip through. ``FetchOptions(allow_private=True)`` lifts
  the guard.
- **Bounded.** Time (per read and for the whole body), number of redirects,
  body size counted after decompression (so a gzip bomb stops at the limit),
  and a declared ``Content-Length`` over the limit is refused unread.
- **Polite.** A descriptive User-Agent; ``Retry-After`` on 429/503 honoured
  once when it asks for no more than ``max_retry_after`` seconds.
- **Cached** on disk by URL: a re-run within ``cache_ttl`` makes no request,
  later ones revalidate with ``ETag``/``Last-Modified``.
"""

from __future__ import annotations

import email.utils
import hashlib
import ipaddress
import json
import logging
import os
import tempfile
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from ..errors import BlockedAddressError, FetchError
from ._base import human_size
from .options import USER_AGENT, FetchOptions, default_resolver  # noqa: F401  (re-exported)

__all__ = ["FetchOptions", "FetchResult", "Fetcher", "check_address", "default_resolver"]

logger = logging.getLogger(__name__)

_REDIRECTS = {301, 302, 303, 307, 308}


@dataclass(frozen=True)
class FetchResult:
    """A fetched body and what the server said of it."""

    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    content: bytes = b""
    from_cache: bool = False

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            name, _, value = part.partition("=")
            if name.strip().lower() == "charset" and value.strip():
                return value.strip().strip('"\'')
        return None


def _address_problem(address: str) -> str | None:
    """What kind of non-public address ``address`` is ("a loopback address"), or ``None``."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None:
            problem = _address_problem(str(embedded))
            return f"{problem} ({embedded} inside an IPv6 address)" if problem else None
    for flag, name in (("is_loopback", "a loopback"), ("is_unspecified", "an unspecified"),
                       ("is_link_local", "a link-local"), ("is_multicast", "a multicast"),
                       ("is_private", "a private"), ("is_reserved", "a reserved")):
        if getattr(ip, flag):
            return f"{name} address"
    if not ip.is_global:
        return "a shared or special-purpose address"
    return None


def check_address(host: str, options: FetchOptions, *, url: str | None = None) -> list[str]:
    """The addresses of ``host``, all checked public (unless private ones are allowed).

    Raises ``BlockedAddressError`` for a non-public address and ``FetchError``
    for a name that does not resolve.
    """
    source = url or host
    bare = host.strip("[]")
    literal = True
    try:
        addresses = [str(ipaddress.ip_address(bare.split("%", 1)[0]))]
    except ValueError:
        literal = False
        try:
            addresses = options.resolver(bare)
        except (OSError, UnicodeError) as exc:
            raise FetchError(f"cannot resolve host {host!r}: {getattr(exc, 'strerror', None) or exc}",
                             source=source) from None
        if not addresses:
            raise FetchError(f"host {host!r} resolves to no address", source=source)
    if not options.allow_private:
        for address in addresses:
            problem = _address_problem(address)
            if problem:
                where = bare if literal else f"{bare} resolves to {address}, which"
                raise BlockedAddressError(
                    f"refused: {where} is {problem}, not a public one; "
                    "fetching private addresses must be allowed explicitly (--allow-private)",
                    source=source)
    return addresses


class _GuardedBackend(httpcore.SyncBackend):
    """Connects only to addresses the guard accepted, resolved once per connection."""

    def __init__(self, options: FetchOptions) -> None:
        self._options = options

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        addresses = check_address(host, self._options)
        error: Exception | None = None
        for address in addresses:
            try:
                return super().connect_tcp(address, port, timeout=timeout, local_address=local_address,
                                           socket_options=socket_options)
            except httpcore.ConnectError as exc:
                error = exc
        assert error is not None
        raise error


class _Cache:
    """Bodies and headers on disk, one pair of files per URL."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        return self.directory / f"{key}.json", self.directory / f"{key}.body"

    def get(self, url: str) -> tuple[dict[str, Any], bytes] | None:
        meta_path, body_path = self._paths(url)
        try:
            meta = json.loads(meta_path.read_text("utf-8"))
            body = body_path.read_bytes()
        except (OSError, ValueError):
            return None
        if meta.get("url") != url or hashlib.sha256(body).hexdigest() != meta.get("sha256"):
            return None
        return meta, body

    def put(self, result: FetchResult, *, allow_private: bool) -> None:
        meta_path, body_path = self._paths(result.url)
        meta = {"url": result.url, "final_url": result.final_url, "status": result.status,
                "headers": result.headers, "stored": time.time(), "allow_private": allow_private,
                "sha256": hashlib.sha256(result.content).hexdigest()}
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            _atomic_write(body_path, result.content)
            _atomic_write(meta_path, json.dumps(meta).encode("utf-8"))
        except OSError as exc:
            logger.warning("cannot cache %s in %s: %s", result.url, self.directory, exc)

    def touch(self, url: str) -> None:
        meta_path, _ = self._paths(url)
        entry = self.get(url)
        if entry:
            entry[0]["stored"] = time.time()
            try:
                _atomic_write(meta_path, json.dumps(entry[0]).encode("utf-8"))
            except OSError:
                pass


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_KEPT_HEADERS = ("content-type", "etag", "last-modified", "content-location")


class Fetcher:
    """Fetches URLs under ``FetchOptions``; use as a context manager or ``close()`` it."""

    def __init__(self, options: FetchOptions | None = None) -> None:
        self.options = options or FetchOptions()
        transport = self.options.transport
        if transport is None:
            transport = httpx.HTTPTransport()
            pool = getattr(transport, "_pool", None)
            if hasattr(pool, "_network_backend"):
                # Connect to the checked address itself (closes the DNS-rebinding gap).
                pool._network_backend = _GuardedBackend(self.options)  # type: ignore[union-attr]
            else:  # pragma: no cover - a future httpx; the per-hop check still runs
                logger.debug("httpx transport without a network backend; address pinning off")
        self._client = httpx.Client(
            transport=transport, follow_redirects=False, trust_env=False,
            timeout=httpx.Timeout(self.options.timeout),
            headers={"User-Agent": self.options.user_agent, "Accept-Encoding": "gzip, deflate"})
        self._cache = _Cache(self.options.resolved_cache_dir()) if self.options.use_cache else None

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str) -> FetchResult:
        """The body of ``url`` (after redirects); ``FetchError`` naming the URL otherwise."""
        opts = self.options
        _check_scheme(url, url)
        cached = self._cache.get(url) if self._cache else None
        if cached and cached[0].get("allow_private") and not opts.allow_private:
            cached = None  # fetched without the guard: not for a guarded run
        if cached and len(cached[1]) > opts.max_bytes:
            cached = None
        if cached and time.time() - cached[0].get("stored", 0) < opts.cache_ttl:
            logger.debug("cache hit for %s", url)
            return _from_cache(cached)
        current, hops, retried = url, 0, False
        while True:
            parts = urlsplit(current)
            check_address(parts.hostname or "", opts, url=url if current == url else f"{url} -> {current}")
            headers = {}
            if cached and current == url:
                if cached[0]["headers"].get("etag"):
                    headers["If-None-Match"] = cached[0]["headers"]["etag"]
                if cached[0]["headers"].get("last-modified"):
                    headers["If-Modified-Since"] = cached[0]["headers"]["last-modified"]
            try:
                with self._client.stream("GET", current, headers=headers) as resp:
                    status = resp.status_code
                    if status in _REDIRECTS and "location" in resp.headers:
                        hops += 1
                        if hops > opts.max_redirects:
                            raise FetchError(f"more than {opts.max_redirects} redirects", source=url)
                        target = urljoin(current, resp.headers["location"])
                        _check_scheme(target, url)
                        logger.debug("redirect %s -> %s", current, target)
                        current = target
                        continue
                    if status == 304 and cached and current == url:
                        self._cache.touch(url)  # type: ignore[union-attr]
                        return _from_cache(cached)
                    if status in (429, 503) and not retried:
                        delay = _retry_after(resp.headers.get("retry-after"))
                        if delay is not None and delay <= opts.max_retry_after:
                            logger.info("%s: HTTP %d, retrying after %.1f s", current, status, delay)
                            retried = True
                            time.sleep(delay)
                            continue
                    if status >= 400 or status < 200 or status in _REDIRECTS:
                        raise FetchError(f"HTTP {status} {resp.reason_phrase}".rstrip(), source=url)
                    body = self._read_body(resp, url)
                    kept = {k: resp.headers[k] for k in _KEPT_HEADERS if k in resp.headers}
            except httpx.TimeoutException:
                raise FetchError(f"timed out (limit {opts.timeout:g} s)", source=url) from None
            except httpx.HTTPError as exc:
                raise FetchError(f"cannot fetch: {exc or type(exc).__name__}", source=url) from None
            result = FetchResult(url=url, final_url=current, status=status, headers=kept, content=body)
            if self._cache and status == 200:
                self._cache.put(result, allow_private=opts.allow_private)
            logger.debug("fetched %s (%d bytes)", url, len(body))
            return result

    def _read_body(self, resp: httpx.Response, url: str) -> bytes:
        opts = self.options
        limit = opts.max_bytes
        declared = resp.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise FetchError(f"response of {human_size(int(declared))} is larger than the "
                             f"{human_size(limit)} limit", source=url)
        encoding = resp.headers.get("content-encoding", "identity").strip().lower()
        if encoding in ("gzip", "x-gzip", "deflate"):
            decoder: Any = zlib.decompressobj(zlib.MAX_WBITS | 32)  # zlib or gzip header
        elif encoding in ("identity", ""):
            decoder = None
        else:
            raise FetchError(f"unsupported Content-Encoding {encoding!r}", source=url)
        deadline = time.monotonic() + opts.timeout
        chunks: list[bytes] = []
        total = 0

        def add(data: bytes) -> None:
            nonlocal total
            total += len(data)
            if total > limit:
                raise FetchError(f"response larger than the {human_size(limit)} limit"
                                 + (" (after decompression)" if decoder else ""), source=url)
            chunks.append(data)

        try:
            for raw in resp.iter_raw():
                if time.monotonic() > deadline:
                    raise FetchError(f"body took longer than {opts.timeout:g} s", source=url)
                if decoder is None:
                    add(raw)
                    continue
                data = raw
                while data:
                    add(decoder.decompress(data, limit - total + 1))
                    data = decoder.unconsumed_tail
            if decoder is not None:
                add(decoder.flush())
        except zlib.error as exc:
            raise FetchError(f"cannot decompress the {encoding} body: {exc}", source=url) from None
        return b"".join(chunks)


def _from_cache(entry: tuple[dict[str, Any], bytes]) -> FetchResult:
    meta, body = entry
    return FetchResult(url=meta["url"], final_url=meta["final_url"], status=meta["status"],
                       headers=dict(meta["headers"]), content=body, from_cache=True)


def _check_scheme(url: str, source: str) -> None:
    try:
        parts = urlsplit(url)
        parts.hostname  # noqa: B018  (raises on a malformed host such as "http://]")
    except ValueError as exc:
        raise FetchError(f"URL {url!r} is malformed: {exc}", source=source) from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"only http and https URLs are fetched, not {parts.scheme or 'a relative'!s} URL "
                         f"{url!r}", source=source)
    if not parts.hostname:
        raise FetchError(f"URL {url!r} names no host", source=source)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - time.time())
