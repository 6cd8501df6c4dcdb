"""How URLs are fetched: the options, without loading the HTTP stack.

Kept apart from :mod:`.fetch` so that reading files never imports httpx.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

import platformdirs

from .. import __version__

if TYPE_CHECKING:  # pragma: no cover
    import httpx

__all__ = ["FetchOptions", "USER_AGENT", "default_resolver"]

USER_AGENT = f"aptrace/{__version__} (+https://github.com/aptrace/aptrace; attribution research)"


def default_resolver(host: str) -> list[str]:
    """The addresses ``host`` resolves to (via ``socket.getaddrinfo``)."""
    infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


@dataclass
class FetchOptions:
    """How aptrace fetches URLs. Tests pass ``transport`` and ``resolver``."""

    allow_private: bool = False
    timeout: float = 20.0
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    cache_dir: Path | None = None  # default: <user cache dir>/aptrace/http
    user_agent: str = USER_AGENT
    transport: httpx.BaseTransport | None = None
    resolver: Callable[[str], list[str]] = default_resolver
    max_retry_after: float = 30.0
    cache_ttl: float = 24 * 3600.0
    use_cache: bool = True

    def resolved_cache_dir(self) -> Path:
        if self.cache_dir is not None:
            return Path(self.cache_dir)
        return Path(platformdirs.user_cache_dir("aptrace")) / "http"
