"""The public API is small and explicit: ``__all__`` is exactly what a package exposes."""

from __future__ import annotations

import importlib

import pytest

PACKAGES = ["aptrace", "aptrace.extract", "aptrace.kb", "aptrace.report", "aptrace.errors"]


@pytest.mark.parametrize("name", PACKAGES)
def test_public_api_all_names_exist(name):
    module = importlib.import_module(name)
    assert module.__all__
    for item in module.__all__:
        assert hasattr(module, item), f"{name}.__all__ names missing {item}"


def test_public_api_top_level_is_the_contract():
    import aptrace

    assert set(aptrace.__all__) == {"AptraceError", "InputError", "InputDocument", "Report", "SCHEMA", "__version__"}


def test_public_api_errors_name_input_and_problem():
    from aptrace.errors import RecordError

    err = RecordError("line is not JSON", source="corpus.jsonl:3")
    assert str(err) == "corpus.jsonl:3: line is not JSON"
    assert (err.source, err.reason) == ("corpus.jsonl:3", "line is not JSON")
