"""How fast aptrace reads its inputs, and that a big corpus streams in constant memory.

    .venv/bin/python benchmarks/bench_ingest.py [--docs 10000]

Prints documents per second for a JSONL corpus (built from the development
sample, repeated), HTML pages (trafilatura) and PDFs (pypdf), and the peak
memory Python allocated while streaming the corpus.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from aptrace.ingest import extract_html, extract_pdf, iter_documents

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "ingest"


def _make_pdf():
    spec = importlib.util.spec_from_file_location("make_pdf", DATA / "make_pdf.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_pdf"] = module
    spec.loader.exec_module(module)
    return module.make_pdf


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=10_000)
    args = parser.parse_args()
    records = [json.loads(line) for line in (DATA / "dev-sample.jsonl").read_text("utf-8").splitlines()]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with open(corpus, "w", encoding="utf-8") as f:
            for i in range(args.docs):
                record = dict(records[i % len(records)], id=f"doc-{i}")
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        size = corpus.stat().st_size
        tracemalloc.start()
        started = time.perf_counter()
        n = sum(1 for _ in iter_documents([str(corpus)]))
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"jsonl: {n} documents ({size / 1e6:.1f} MB) in {elapsed:.2f} s = {n / elapsed:,.0f} docs/s; "
              f"peak Python memory {peak / 1e6:.2f} MB")

    page = (DATA / "article.html").read_bytes()
    rounds = 200
    started = time.perf_counter()
    for _ in range(rounds):
        extract_html(page, source="article.html")
    elapsed = time.perf_counter() - started
    print(f"html: {rounds} pages in {elapsed:.2f} s = {elapsed / rounds * 1000:.1f} ms/page")

    make_pdf = _make_pdf()
    pdf = make_pdf(records[0]["text"].split("\n"), lines_per_page=12)
    rounds = 50
    started = time.perf_counter()
    for _ in range(rounds):
        extract_pdf(pdf, source="article.pdf")
    elapsed = time.perf_counter() - started
    print(f"pdf: {rounds} PDFs ({len(pdf)} bytes, 2 pages) in {elapsed:.2f} s = {elapsed / rounds * 1000:.1f} ms/PDF")


if __name__ == "__main__":
    main()
