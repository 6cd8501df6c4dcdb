"""Extraction speed and memory, against spaCy's tokenizer on the same text.

Usage::

    .venv/bin/python benchmarks/bench_extract.py [--docs 3000] [--corpus PATH ...]

Builds a corpus of a few thousand articles by repeating the development
corpora, then, in one process pinned to one core, times

* aptrace: ``analyze_document`` on every document (the full pipeline and the
  report, as ``aptrace analyze --format jsonl`` runs it), and
* spaCy: ``spacy.blank("en")`` with the ``sentencizer`` over the same texts
  (needs the ``bench`` extra: ``pip install -e '.[bench]'``),

and prints documents per second for each and their ratio (the target is
aptrace >= 0.5 x the tokenizer). It then streams 1,000 and 10,000 documents
through ``aptrace analyze`` in a fresh process each and prints the peak RSS
of both: corpora stream, so the two should be about equal.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = [
    ROOT.parent / "shared" / "corpus" / "dev.corpus.jsonl",
    ROOT / "tests" / "data" / "own" / "own.corpus.jsonl",
    ROOT / "src" / "aptrace" / "data" / "seed.jsonl",
]


def load(corpora: list[Path], n: int) -> list[dict]:
    base = []
    for path in corpora:
        if path.exists():
            base += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not base:
        raise SystemExit("no corpus found")
    docs = []
    while len(docs) < n:
        for d in base:
            docs.append({**d, "id": f"{d['id']}-{len(docs)}"})
            if len(docs) == n:
                break
    return docs


def time_both(docs: list[dict], rounds: int = 10) -> tuple[float, float | None]:
    """Seconds for aptrace and for spaCy over the same documents.

    The two run in alternating slices of the corpus, so that whatever else
    the machine does at the time weighs on both alike.
    """
    from aptrace.extract import analyze_document
    from aptrace.report import InputDocument

    inputs = [InputDocument(id=d["id"], text=d["text"], published=d.get("published")) for d in docs]
    analyze_document(inputs[0])  # load the knowledge base and automaton once, as a long run does
    try:
        import spacy
    except ImportError:
        spacy = None
    nlp = None
    if spacy is not None:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        list(nlp.pipe([d["text"] for d in docs[:10]]))
    t_ap = t_sp = 0.0
    size = max(1, len(docs) // rounds)
    for k in range(0, len(docs), size):
        start = time.perf_counter()
        for doc in inputs[k : k + size]:
            analyze_document(doc).to_json()
        t_ap += time.perf_counter() - start
        if nlp is not None:
            start = time.perf_counter()
            for sdoc in nlp.pipe([d["text"] for d in docs[k : k + size]], batch_size=64):
                len(list(sdoc.sents))
            t_sp += time.perf_counter() - start
    return t_ap, (t_sp if nlp is not None else None)


def hostile_scaling() -> None:
    """Adversarial text (no punctuation, dense names) must cost time linear in its size."""
    import random

    from aptrace.extract import analyze_text

    rng = random.Random(1)
    words = ["Russia", "China", "APT28", "hacked", "the", "ministry", "said", "by", "Foreign", "Minister", "group",
             "linked", "to", "attack", "blamed", "sanctions", "GRU", "of", "and", ",", "“", "”", "Storm-0558", "2019", "May"]
    for n in (10_000, 50_000):
        text = " ".join(rng.choice(words) for _ in range(n))
        start = time.perf_counter()
        analyze_text(text, published="2024-01-01")
        print(f"hostile text, {n:>6} words without a sentence end: {time.perf_counter() - start:6.2f} s")
    # thousands of distinct made-up names, each made a doer: any work done per name must not scan the whole text
    letters = "abcdefghijklmnopqrstuvwxyz"
    for n in (2_000, 8_000):
        text = " ".join(f"{rng.choice(letters).upper()}{''.join(rng.choice(letters) for _ in range(6))} ransomware gang hit the hospital" for _ in range(n))
        start = time.perf_counter()
        analyze_text(text, published="2024-01-01")
        print(f"hostile text, {n:>6} distinct gang names in one sentence: {time.perf_counter() - start:6.2f} s")


def peak_rss(docs: list[dict], tmp: Path) -> float:
    """Peak RSS (MiB) of a fresh ``aptrace analyze --format jsonl`` over the documents."""
    corpus = tmp / f"corpus-{len(docs)}.jsonl"
    corpus.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    aptrace = Path(sys.executable).with_name("aptrace")
    code = (
        "import resource, subprocess, sys\n"
        f"subprocess.run([{str(aptrace)!r}, 'analyze', {str(corpus)!r}, '--format', 'jsonl'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--corpus", type=Path, action="append")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    docs = load(args.corpus or DEFAULT_CORPORA, args.docs)
    chars = sum(len(d["text"]) for d in docs)
    print(f"corpus: {len(docs)} documents, {chars / 1e6:.1f} M characters, one core")
    t_ap, t_sp = time_both(docs)
    print(f"aptrace analyze:              {len(docs) / t_ap:8.0f} docs/s  ({t_ap:.2f} s)")
    if t_sp is None:
        print("spaCy not installed (pip install -e '.[bench]'): no ratio")
    else:
        print(f"spaCy blank en + sentencizer: {len(docs) / t_sp:8.0f} docs/s  ({t_sp:.2f} s)")
        print(f"ratio aptrace / tokenizer: {t_sp / t_ap:.2f}  (target >= 0.5)")
    hostile_scaling()
    with tempfile.TemporaryDirectory() as tmp:
        for n in (1000, 10000):
            rss = peak_rss(load(args.corpus or DEFAULT_CORPORA, n), Path(tmp))
            print(f"peak RSS, aptrace analyze on {n:>6} documents: {rss:6.1f} MiB")


if __name__ == "__main__":
    main()
