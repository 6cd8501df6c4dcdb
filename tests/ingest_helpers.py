"""Shared by the ingestion tests: the fixtures folder and its helper modules (a
loopback HTTP server, a PDF maker), loaded once from ``tests/data/ingest``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

DATA = Path(__file__).parent / "data" / "ingest"


def _load(name: str):
    module_name = f"_aptrace_ingest_test_{name}"
    if module_name not in sys.modules:
        spec = importlib.util.spec_from_file_location(module_name, DATA / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        spec.loader.exec_module(module)
    return sys.modules[module_name]


LocalServer = _load("local_server").LocalServer
Route = _load("local_server").Route
make_pdf = _load("make_pdf").make_pdf

__all__ = ["DATA", "LocalServer", "Route", "make_pdf"]
