"""Rebuilding the actor data from upstream galaxy data (aptrace.kb.update)."""

from __future__ import annotations

import io
import json
import tarfile
import zipfile

import httpx
import pytest

from aptrace.errors import FetchError, KnowledgeBaseError
from aptrace.kb import actors, update
from kb_actor_fixtures import galaxy_clusters, write_galaxy


def test_update_from_directory_writes_the_user_cache_that_load_prefers(tmp_path):
    galaxy = write_galaxy(tmp_path / "misp-galaxy")
    result = update.update_from_upstream(galaxy, cache_dir=tmp_path / "cache")
    assert result.path == actors.user_cache_path(tmp_path / "cache") and result.path.is_file()
    assert result.stats["entities"] == len(result.index) and result.stats["ambiguous_aliases"] >= 1
    loaded = actors.load_actor_index(cache_dir=tmp_path / "cache")
    assert loaded.lookup("Fancy Bear")[0].name == "APT28"
    assert loaded.lookup("Violet Typhoon")[0].name == "APT31"
    assert loaded.info["source"] == str(galaxy.resolve())


def test_update_to_an_output_file(tmp_path):
    out = tmp_path / "data" / "kb-actors.json.gz"
    result = update.update_from_upstream(write_galaxy(tmp_path / "g"), output=out)
    assert result.path == out
    assert len(actors.read_index(out)) == len(result.index)


def test_update_from_a_directory_without_clusters_fails_naming_it(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(KnowledgeBaseError, match="threat-actor.json") as info:
        update.update_from_upstream(tmp_path / "empty", cache_dir=tmp_path / "cache")
    assert str(tmp_path / "empty") in str(info.value)
    assert not (tmp_path / "cache").exists()


def _zip_archive() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, doc in galaxy_clusters().items():
            zf.writestr(f"misp-galaxy-main/clusters/{name}.json", json.dumps(doc))
        zf.writestr("misp-galaxy-main/clusters/ransomware.json", "{}")
        zf.writestr("misp-galaxy-main/README.md", "galaxy")
    return buf.getvalue()


def _tar_archive() -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for name, doc in galaxy_clusters().items():
            data = json.dumps(doc).encode()
            info = tarfile.TarInfo(f"misp-galaxy-main/clusters/{name}.json")
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


@pytest.mark.parametrize("archive", [_zip_archive, _tar_archive])
def test_update_from_an_archive_url(tmp_path, archive):
    body = archive()
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, content=body)

    url = "https://galaxy.example/misp-galaxy/main.archive"
    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        result = update.update_from_upstream(url, cache_dir=tmp_path, client=client)
    assert seen == [url]
    assert result.index.info["source"] == url
    assert result.index.lookup("Forest Blizzard")[0].attack_id == "G0007"


def test_update_refuses_an_oversized_archive(tmp_path, monkeypatch):
    monkeypatch.setattr(update, "MAX_ARCHIVE_BYTES", 1000)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=b"x" * 5000))
    with httpx.Client(transport=transport) as client, pytest.raises(FetchError, match="larger than 1000"):
        update.update_from_upstream("https://galaxy.example/big.zip", cache_dir=tmp_path, client=client)
    assert not actors.user_cache_path(tmp_path).exists()


def test_update_reports_http_errors_with_the_url(tmp_path):
    transport = httpx.MockTransport(lambda request: httpx.Response(404))
    url = "https://galaxy.example/missing.zip"
    with httpx.Client(transport=transport) as client, pytest.raises(FetchError) as info:
        update.update_from_upstream(url, cache_dir=tmp_path, client=client)
    assert info.value.source == url and "404" in info.value.reason


def test_update_rejects_an_archive_without_actor_clusters(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("misp-galaxy-main/README.md", "galaxy")
    with pytest.raises(KnowledgeBaseError, match="no clusters/threat-actor.json") as info:
        update.extract_clusters(buf.getvalue(), tmp_path, source="main.zip")
    assert info.value.source == "main.zip"


def test_update_rejects_bytes_that_are_no_archive(tmp_path):
    with pytest.raises(KnowledgeBaseError, match="not a zip or tar archive"):
        update.extract_clusters(b"neither zip nor tar", tmp_path, source="blob")
