"""A small MISP galaxy, written as real cluster files, for the actor knowledge-base tests.

It holds the cases the linker must get right:

- APT28 in all three clusters, linked by a relation, an ATT&CK id suffix and
  Microsoft's old and new names;
- APT31 and ZIRCONIUM linked only because the Microsoft value lists the
  threat-actor's canonical name;
- "Shared Alias" given to two unrelated threat actors (one shared alias must
  not merge them);
- two threat-actor values that the galaxy calls ``similar`` (loose: no merge);
- a threat-actor value and an ATT&CK group with different names that share
  two aliases (linked);
- a generic alias ("Lead") and a unit designation ("Unit 8200").
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

TA = "threat-actor"
MITRE = "mitre-intrusion-set"
MS = "microsoft-activity-group"

UUID = {
    "apt28": "5b4ee3ea-eee3-4c8e-8323-85ae32658754",
    "apt31": "6bf7e6b6-5917-45a6-9567-f0baba79768c",
    "mitre_apt28": "bef4c620-0787-42a8-a96d-b7eb6e85917c",
    "strontium": "213cdde9-c11a-4ea9-8ce0-c868e9826fec",
    "forest": "8d84d7b0-7716-5ab3-a3a4-f373dd148347",
    "zirconium": "27eb4928-b3e6-5ae1-bbb6-f73bce8d7c69",
    "alpha": "00000000-0000-4000-8000-000000000001",
    "beta": "00000000-0000-4000-8000-000000000002",
    "kitten1": "00000000-0000-4000-8000-000000000003",
    "kitten2": "00000000-0000-4000-8000-000000000004",
    "gamma": "00000000-0000-4000-8000-000000000005",
    "mitre_delta": "00000000-0000-4000-8000-000000000006",
    "lead": "00000000-0000-4000-8000-000000000007",
}


_CLUSTER_UUID = {
    TA: "7cdff317-a673-4474-84ec-4f1754947823",
    MITRE: "10df003e-7ea2-4576-a4b3-32e4e7ab5ab7",
    MS: "74c869e8-0b8e-4e3f-8e2f-7e9f1e9d0e1c",
}


def _cluster(kind: str, values: list[dict[str, Any]], version: int = 1) -> dict[str, Any]:
    return {
        "authors": ["aptrace tests"],
        "category": "actor",
        "description": f"test {kind}",
        "name": kind,
        "source": "aptrace tests",
        "type": kind,
        "uuid": _CLUSTER_UUID[kind],
        "version": version,
        "values": values,
    }


def _similar(uuid: str) -> dict[str, Any]:
    return {"dest-uuid": uuid, "type": "similar"}


def galaxy_clusters() -> dict[str, dict[str, Any]]:
    """The three actor clusters of the small galaxy, as JSON documents."""
    ta = [
        {
            "value": "APT28",
            "uuid": UUID["apt28"],
            "meta": {
                "country": "RU",
                "synonyms": ["Fancy Bear", "Sofacy", "Pawn Storm"],
                "refs": ["https://attack.mitre.org/groups/G0007/", "https://example.org/apt28"],
            },
            "related": [_similar(UUID["strontium"])],
        },
        {
            "value": "APT31",
            "uuid": UUID["apt31"],
            "meta": {"cfr-suspected-state-sponsor": "China", "synonyms": ["JUDGMENT PANDA"], "refs": ["https://example.org/apt31"]},
        },
        {"value": "Alpha Team", "uuid": UUID["alpha"], "meta": {"synonyms": ["Shared Alias", "Alpha Crew"]}},
        {"value": "Beta Squad", "uuid": UUID["beta"], "meta": {"synonyms": ["Shared Alias"], "cfr-suspected-state-sponsor": "Iran (Islamic Republic of)"}},
        {"value": "Flying Tabby", "uuid": UUID["kitten1"], "related": [_similar(UUID["kitten2"])]},
        {"value": "Rocket Tabby", "uuid": UUID["kitten2"], "related": [_similar(UUID["kitten1"])]},
        {"value": "Gamma Wolves", "uuid": UUID["gamma"], "meta": {"synonyms": ["Moon Jackal", "Star Hyena"]}},
        {"value": "Kilowatt Panda", "uuid": UUID["lead"], "meta": {"synonyms": ["Lead", "Unit 8200"]}},
    ]
    mitre = [
        {
            "value": "APT28 - G0007",
            "uuid": UUID["mitre_apt28"],
            "meta": {"external_id": "G0007", "synonyms": ["APT28", "Fancy Bear", "STRONTIUM"], "refs": ["https://attack.mitre.org/groups/G0007"]},
        },
        {
            "value": "Delta Unit - G9999",
            "uuid": UUID["mitre_delta"],
            "meta": {"external_id": "G9999", "synonyms": ["Delta Unit", "Moon Jackal", "Star Hyena"], "refs": []},
        },
    ]
    ms = [
        {"value": "STRONTIUM", "uuid": UUID["strontium"], "meta": {"country": "RU", "synonyms": ["APT28", "Fancy Bear"]}},
        {"value": "Forest Blizzard", "uuid": UUID["forest"], "meta": {"country": "RU", "synonyms": ["STRONTIUM", "APT28"]}},
        {"value": "ZIRCONIUM", "uuid": UUID["zirconium"], "meta": {"synonyms": ["APT31", "Violet Typhoon"]}},
    ]
    return {TA: _cluster(TA, ta), MITRE: _cluster(MITRE, mitre), MS: _cluster(MS, ms)}


def write_galaxy(root: Path, *, layout: str = "repo") -> Path:
    """Write the small galaxy under ``root`` (``repo``: ``root/clusters/*.json``; ``flat``: ``root/*.json``)."""
    folder = root / "clusters" if layout == "repo" else root
    folder.mkdir(parents=True, exist_ok=True)
    for name, doc in galaxy_clusters().items():
        (folder / f"{name}.json").write_text(json.dumps(doc, indent=1), encoding="utf-8")
    return root
