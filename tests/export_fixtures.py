"""The seed article's report, built by hand from its gold facts, for the exporter tests.

Each gold fact of ``shared/corpus/seed.gold.jsonl`` gets real evidence: the
words that state it are located in the seed text, so every span satisfies
``text[start:end] == span.text``. Knowledge-base enrichment (aliases, MISP
galaxy reference, ATT&CK id) is what the MISP galaxy says of the two actors.
The exporters are tested on this report, not on the extractor's output, so
the golden files change only when an exporter does.

:func:`software_report` is a short article naming malware and tools (the
seed names none), built the same way: what ``analyze_text`` reports for it on
2024-01-31, written out by hand.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from aptrace.report import (
    Actor,
    Attribution,
    Denial,
    DocumentInfo,
    Incident,
    InputDocument,
    Period,
    Report,
    Response,
    Software,
    Span,
    Sponsor,
    Victim,
)

SEED = Path(__file__).resolve().parents[1] / "src" / "aptrace" / "data" / "seed.jsonl"


@pytest.fixture
def packaged_attack_catalogue(monkeypatch, tmp_path):
    """Exporters name software from the packaged ATT&CK catalogue, not a user's ``kb update --attack``."""
    monkeypatch.setenv("APTRACE_DATA_DIR", str(tmp_path))  # holds no attack-profiles.json.gz


def seed_document() -> InputDocument:
    return InputDocument(**json.loads(SEED.read_text(encoding="utf-8").splitlines()[0]))


class _Locator:
    def __init__(self, text: str) -> None:
        self.text = text

    def __call__(self, phrase: str, *, within: str | None = None) -> list[Span]:
        """The span of ``phrase`` (first occurrence, or first inside ``within``)."""
        base = 0
        if within is not None:
            base = self.text.index(within)
        start = self.text.index(phrase, base)
        return [Span(start=start, end=start + len(phrase), text=phrase)]


def seed_report() -> Report:
    doc = seed_document()
    ev = _Locator(doc.text)
    apt31 = Incident(
        actors=[
            Actor(
                name="APT31",
                aliases=["BRONZE VINEWOOD", "JUDGMENT PANDA", "TA412", "Violet Typhoon", "ZIRCONIUM"],
                kb_ref="misp-galaxy:threat-actor=6bf7e6b6-5917-45a6-9567-f0baba79768c",
                kb={"country": "CN", "attack_id": "G0128"},
                evidence=ev("APT31"),
            )
        ],
        sponsors=[
            Sponsor(
                state="CN",
                agency="MSS",
                evidence=ev("publicly associated with the Chinese Ministry of State Security"),
            )
        ],
        victims=[
            Victim(
                name="Ministry of Foreign Affairs",
                country="CZ",
                sector="government",
                evidence=ev("Foreign Affairs Ministry"),
            )
        ],
        activity="espionage",
        activity_evidence=ev("cyber espionage actor"),
        period=Period(start="2022", end=None, evidence=ev("ongoing since 2022")),
        attributions=[
            Attribution(
                by="CZ",
                actor="APT31",
                state="CN",
                confidence=None,
                evidence=ev(
                    "which the Czech Republic, an EU state and NATO member, said was publicly "
                    "associated with the Chinese Ministry of State Security"
                ),
            ),
            Attribution(
                by="NATO",
                state="CN",
                evidence=ev(
                    "the growing pattern of malicious cyber activities stemming from the "
                    "People’s Republic of China"
                ),
            ),
            Attribution(
                by="EU",
                state="CN",
                evidence=ev(
                    "EU member states have increasingly been the target of cyber attacks from "
                    "China in recent years and China should do more to prevent them, the "
                    "European Union said on Wednesday."
                ),
            ),
        ],
        responses=[
            Response(
                type="summon_ambassador",
                by="CZ",
                against="CN",
                date="2025-05-28",
                evidence=ev("The Czech Republic summoned China’s ambassador on Wednesday"),
            ),
            Response(
                type="condemnation",
                by="CZ",
                against="CN",
                date="2025-05-28",
                evidence=ev("strongly condemns this malicious cyber campaign against its critical infrastructure."),
            ),
            Response(
                type="condemnation",
                by="EU",
                against="CN",
                date="2025-05-28",
                evidence=ev("We call upon all states, including China, to refrain from such behavior"),
            ),
            Response(
                type="condemnation",
                by="NATO",
                against="CN",
                date="2025-05-28",
                evidence=ev("NATO also slammed the attack"),
            ),
        ],
        denials=[
            Denial(
                by="CN",
                evidence=ev("Beijing denied allegations that it engages in state-organised hacking of overseas targets."),
            )
        ],
    )
    victims_sentence = "including the Czech Republic, Germany and Poland"
    apt28 = Incident(
        actors=[
            Actor(
                name="APT28",
                aliases=["FANCY BEAR", "Forest Blizzard", "Pawn Storm", "STRONTIUM", "Sednit", "Sofacy"],
                kb_ref="misp-galaxy:threat-actor=5b4ee3ea-eee3-4c8e-8323-85ae32658754",
                kb={"country": "RU", "attack_id": "G0007"},
                evidence=ev("APT28"),
            )
        ],
        sponsors=[Sponsor(state="RU", agency="GRU", evidence=ev("ties to Russia’s GRU military intelligence service"))],
        victims=[
            Victim(name="Czech Republic", country="CZ", evidence=ev("Czech Republic", within=victims_sentence)),
            Victim(name="Germany", country="DE", evidence=ev("Germany", within=victims_sentence)),
            Victim(name="Poland", country="PL", evidence=ev("Poland", within=victims_sentence)),
        ],
        attributions=[
            Attribution(
                by="CZ",
                actor="APT28",
                state="RU",
                evidence=ev("They blamed the attacks on the Russian group APT28"),
            )
        ],
        responses=[
            Response(
                type="summon_ambassador",
                by="CZ",
                against="RU",
                date="2024-05",
                evidence=ev("In May 2024, Lipavsky summoned the Russian ambassador"),
            )
        ],
    )
    return Report(
        document=DocumentInfo(
            id=doc.id,
            published=doc.published,
            title=doc.title,
            url=doc.url,
            sha256=doc.sha256,
        ),
        incidents=[apt31, apt28],
    )


SOFTWARE_TEXT = (
    "Britain's NCSC said the GRU's Sandworm unit deployed the NotPetya malware and the Whispergate wiper. "
    "Separately, the FBI disrupted the KV Botnet malware used by Volt Typhoon, a group sponsored by the "
    "Chinese state; the hackers used Mimikatz."
)


def software_report() -> Report:
    """Two incidents naming ATT&CK malware (one spelt unlike ATT&CK), an untyped malware and a tool."""
    text = SOFTWARE_TEXT
    ev = _Locator(text)
    fbi = ("Separately, the FBI disrupted the KV Botnet malware used by Volt Typhoon, "
           "a group sponsored by the Chinese state;")
    sandworm = Incident(
        actors=[
            Actor(
                name="Sandworm",
                aliases=["ELECTRUM", "IRON VIKING", "Seashell Blizzard", "TeleBots", "VOODOO BEAR"],
                kb_ref="misp-galaxy:threat-actor=f512de42-f76b-40d2-9923-59e7dbdfec35",
                kb={"name": "Sandworm", "country": "RU", "attack_id": "G0034"},
                evidence=ev("Sandworm"),
            )
        ],
        activity="sabotage",
        activity_evidence=ev("NotPetya"),
        software=[
            Software(name="NotPetya", kb_ref="S0368", type="malware", evidence=ev("NotPetya")),
            Software(name="Whispergate", kb_ref="S0689", type="malware", evidence=ev("Whispergate")),
        ],
    )
    volt = Incident(
        actors=[
            Actor(
                name="Volt Typhoon",
                aliases=["BRONZE SILHOUETTE", "VANGUARD PANDA", "VOLTZITE"],
                kb_ref="misp-galaxy:threat-actor=f02679fa-5e85-4050-8eb5-c2677d93306f",
                kb={"name": "Volt Typhoon", "country": "CN", "attack_id": "G1017"},
                evidence=ev("Volt Typhoon"),
            )
        ],
        sponsors=[Sponsor(state="CN", evidence=ev("Chinese state"))],
        attributions=[Attribution(by="US", actor="Volt Typhoon", state="CN", evidence=ev(fbi))],
        responses=[Response(type="takedown", by="US", against="CN", date="2024-01-31", evidence=ev(fbi))],
        software=[
            Software(name="KV Botnet", evidence=ev("KV Botnet")),
            Software(name="Mimikatz", kb_ref="S0002", type="tool", evidence=ev("Mimikatz")),
        ],
    )
    return Report(
        document=DocumentInfo(
            id="software-demo",
            published="2024-01-31",
            title="Sandworm and Volt Typhoon malware",
            url="https://news.example.org/software",
            sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        ),
        incidents=[sandworm, volt],
    )
