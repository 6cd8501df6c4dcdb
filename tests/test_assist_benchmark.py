"""The benchmark script runs and compares every method on the same queries."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from aptrace.assist import Params
from aptrace.kb.attack import load_profiles

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_assist.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_assist", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_assist_benchmark_reports_every_setting_and_method():
    bench = _bench()
    out = bench.run(load_profiles(), Params(), split="dev", repeats=1, hide=0.5, seed=0, min_techniques=5,
                    protocols=("overlap",))
    keys = set(out["results"])
    assert len(keys) == 2 * 4 * 4  # evidence kinds x (30/50/100%, 5 items) x methods
    for r in out["results"].values():
        assert 0.0 <= r["top1"] <= r["top3"] <= r["top10"] <= 1.0 and r["n"] == out["groups"]
    table = bench.format_table(out, ("overlap",))
    assert "| overlap | +software | 30% | jaccard |" in table
    assert "| overlap | techniques | 5 items | aptrace |" in table
    small = out["results"][("overlap", "techniques", bench.SMALL, "aptrace")]
    assert small["n"] == out["groups"]


def test_assist_benchmark_ties_count_in_expectation():
    bench = _bench()
    assert bench.expected_rank_metrics({"a": 1.0, "b": 1.0, "c": 0.0}, "a") == (0.5, 1.0, 1.0, 0.75)
