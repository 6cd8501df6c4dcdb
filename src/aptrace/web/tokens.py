"""API tokens for the web server's write endpoints.

A token is a random secret shown once when it is made (``aptrace token
create``); only its SHA-256 is kept, in a small JSON file (default
``<user data dir>/aptrace/tokens.json``, or ``$APTRACE_TOKENS``), written
atomically and readable by its owner only. The server reads the file again
whenever it changes, so a revoked token stops working at once.

    {"version": 1, "tokens": [{"id": "t-3f9a1c2b", "name": "ci",
      "created": "2025-06-01T10:00:00+00:00", "sha256": "..."}]}
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
import tempfile
import threading
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Optional

import platformdirs

from ..errors import AptraceError, InputError

log = logging.getLogger(__name__)

__all__ = ["TokenInfo", "TokenStore", "default_tokens_path", "TOKEN_PREFIX"]

TOKEN_PREFIX = "aptr_"
_VERSION = 1


def default_tokens_path() -> Path:
    """``$APTRACE_TOKENS``, else ``tokens.json`` in the user's data directory."""
    env = os.environ.get("APTRACE_TOKENS")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("aptrace", appauthor=False)) / "tokens.json"


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class TokenInfo:
    """What is kept of a token: never the secret itself."""

    id: str
    name: str
    created: str
    sha256: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class TokenStore:
    """The tokens file at ``path`` (created on the first ``create``)."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path).expanduser() if path is not None else default_tokens_path()
        self._lock = threading.Lock()
        self._cache: tuple[Optional[tuple[int, int]], list[TokenInfo]] = (None, [])

    # ------------------------------------------------------------ reading

    def _stamp(self) -> Optional[tuple[int, int]]:
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return None
        return (st.st_mtime_ns, st.st_size)

    def _read(self) -> list[TokenInfo]:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise InputError(f"cannot read the tokens file: {exc.strerror or exc}", source=str(self.path)) from exc
        try:
            data = json.loads(raw)
            return [TokenInfo(**t) for t in data["tokens"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"not an aptrace tokens file: {exc}", source=str(self.path)) from exc

    def list(self) -> list[TokenInfo]:
        """Every token (ids, names, dates), as the file says now."""
        with self._lock:
            stamp = self._stamp()
            if stamp is None or stamp != self._cache[0]:
                self._cache = (stamp, self._read())
            return list(self._cache[1])

    def verify(self, secret: str | None) -> Optional[TokenInfo]:
        """The token whose secret this is, else None (compared in constant time)."""
        if not secret:
            return None
        digest = _digest(secret)
        match = None
        for token in self.list():
            if hmac.compare_digest(token.sha256, digest):
                match = token
        return match

    # ------------------------------------------------------------ writing

    def _write(self, tokens: list[TokenInfo]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"version": _VERSION, "tokens": [t.to_dict() for t in tokens]}
        fd, tmp = tempfile.mkstemp(prefix=".tokens-", dir=self.path.parent)
        try:
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, indent=2)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
            raise

    def create(self, name: str = "", *, now: datetime | None = None) -> tuple[TokenInfo, str]:
        """Make a token named ``name``; returns what is kept and the secret (shown once)."""
        if len(name) > 200 or any(ord(c) < 32 for c in name):
            raise InputError("a token name is at most 200 printable characters", source=name[:40])
        secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
        when = (now or datetime.now(timezone.utc)).isoformat(timespec="seconds")
        with self._lock:
            tokens = self._read()
            ids = {t.id for t in tokens}
            token_id = "t-" + secrets.token_hex(4)
            while token_id in ids:
                token_id = "t-" + secrets.token_hex(4)
            info = TokenInfo(id=token_id, name=name, created=when, sha256=_digest(secret))
            self._write([*tokens, info])
            self._cache = (None, [])
        log.info("token %s created in %s", token_id, self.path)
        return info, secret

    def revoke(self, token_id: str) -> TokenInfo:
        """Remove the token ``token_id``; :class:`AptraceError` when there is none."""
        with self._lock:
            tokens = self._read()
            gone = [t for t in tokens if t.id == token_id]
            if not gone:
                raise AptraceError("no such token", source=token_id)
            self._write([t for t in tokens if t.id != token_id])
            self._cache = (None, [])
        log.info("token %s revoked", token_id)
        return gone[0]
