"""Rebuild the compiled actor data from upstream galaxy data.

``update_from_upstream(None)`` compiles the installed pymispgalaxies data;
a directory path compiles cluster files laid out like the misp-galaxy
repository (``clusters/*.json``); an ``http(s)`` URL names a ``.zip`` or
``.tar.gz`` archive of such a repository, which is downloaded (at most
:data:`MAX_ARCHIVE_BYTES`, within :data:`FETCH_TIMEOUT` seconds) and from which
only the actor cluster files are read. The result is written to the user
cache, which :func:`aptrace.kb.actors.load_actor_index` prefers from then on.
"""

from __future__ import annotations

import io
import logging
import tarfile
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import FetchError, KnowledgeBaseError
from .actors import ActorIndex, build_actor_index, user_cache_path, write_index
from .galaxies import ACTOR_CLUSTERS

log = logging.getLogger(__name__)

MAX_ARCHIVE_BYTES = 100 * 1024 * 1024
MAX_MEMBER_BYTES = 20 * 1024 * 1024
FETCH_TIMEOUT = 60.0


@dataclass(frozen=True)
class UpdateResult:
    """What an update wrote: the compiled file, and the index it holds."""

    path: Path
    index: ActorIndex

    @property
    def stats(self) -> dict[str, Any]:
        return dict(self.index.info.get("stats") or {})


def _is_url(source: str | Path | None) -> bool:
    return isinstance(source, str) and source.lower().startswith(("http://", "https://"))


def _download(url: str, client: Any | None) -> bytes:
    """The archive at ``url``, refusing more than MAX_ARCHIVE_BYTES."""
    import httpx

    own = client is None
    client = client or httpx.Client(timeout=FETCH_TIMEOUT, follow_redirects=True)
    try:
        with client.stream("GET", url) as response:
            if response.status_code != 200:
                raise FetchError(f"HTTP status {response.status_code}", source=url)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_ARCHIVE_BYTES:
                    raise FetchError(f"archive larger than {MAX_ARCHIVE_BYTES} bytes", source=url)
                chunks.append(chunk)
    except httpx.HTTPError as exc:
        raise FetchError(f"cannot download ({exc})", source=url) from exc
    finally:
        if own:
            client.close()
    return b"".join(chunks)


def _wanted(member: str) -> str | None:
    """The cluster name of an archive member that is an actor cluster file, else None."""
    path = PurePosixPath(member)
    if path.suffix == ".json" and path.parent.name == "clusters" and path.stem in ACTOR_CLUSTERS:
        return path.stem
    return None


def extract_clusters(archive: bytes, target: Path, *, source: str = "archive") -> list[str]:
    """Write the actor cluster files found in a zip or tar archive to ``target``; their names."""
    found: dict[str, bytes] = {}
    try:
        if zipfile.is_zipfile(io.BytesIO(archive)):
            with zipfile.ZipFile(io.BytesIO(archive)) as zf:
                for info in zf.infolist():
                    name = _wanted(info.filename)
                    if name and info.file_size <= MAX_MEMBER_BYTES:
                        found[name] = zf.read(info)
        else:
            with tarfile.open(fileobj=io.BytesIO(archive), mode="r:*") as tf:
                for member in tf.getmembers():
                    name = _wanted(member.name)
                    if name and member.isfile() and member.size <= MAX_MEMBER_BYTES:
                        handle = tf.extractfile(member)
                        if handle is not None:
                            found[name] = handle.read()
    except (zipfile.BadZipFile, tarfile.TarError, OSError) as exc:
        raise KnowledgeBaseError(f"not a zip or tar archive of galaxy clusters ({exc})", source=source) from exc
    if not found:
        raise KnowledgeBaseError("no clusters/threat-actor.json in the archive", source=source)
    target.mkdir(parents=True, exist_ok=True)
    for name, data in found.items():
        (target / f"{name}.json").write_bytes(data)
    return sorted(found)


def update_from_upstream(
    source: str | Path | None = None,
    *,
    cache_dir: Path | None = None,
    output: Path | None = None,
    client: Any | None = None,
) -> UpdateResult:
    """Recompile the actor data from ``source`` and write it.

    ``source``: None (the installed pymispgalaxies), a directory of cluster
    files, or an http(s) URL of a misp-galaxy repository archive. The file
    goes to ``output`` when given, else to the user cache in ``cache_dir``
    (default: the platform's user cache directory). ``client`` is an
    ``httpx.Client`` to download with (tests pass one with a mock transport).
    """
    destination = output or user_cache_path(cache_dir)
    if _is_url(source):
        url = str(source)
        archive = _download(url, client)
        with tempfile.TemporaryDirectory(prefix="aptrace-galaxy-") as tmp:
            names = extract_clusters(archive, Path(tmp), source=url)
            log.info("%s: read clusters %s", url, ", ".join(names))
            index = build_actor_index(Path(tmp))
        index.info["source"] = url
    else:
        index = build_actor_index(source)
    write_index(index, destination)
    return UpdateResult(destination, index)
