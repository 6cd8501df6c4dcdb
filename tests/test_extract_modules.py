"""The rule modules bind each module-level name once.

The extractor's rules are module-level patterns looked up by name at call
time, so a second ``_NAME = re.compile(...)`` further down a module silently
replaces the first for every rule that reads it (two branches merged with the
same new name did exactly that). This reads every module of ``aptrace.extract``
and fails on any name bound twice at module level.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import aptrace.extract

MODULES = sorted(Path(aptrace.extract.__file__).parent.glob("*.py"))


def _bound_names(tree: ast.Module) -> Counter:
    names: Counter = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        for target in targets:
            if isinstance(target, ast.Name):
                names[target.id] += 1
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_extract_modules_bind_each_module_level_name_once(path):
    names = _bound_names(ast.parse(path.read_text(encoding="utf-8")))
    assert [n for n, k in names.items() if k > 1 and n != "__all__"] == []


def test_extract_modules_the_check_sees_a_name_bound_twice():
    tree = ast.parse("import re\n_A = re.compile('x')\ndef f():\n    return _A\n_A = re.compile('y')\n")
    assert _bound_names(tree)["_A"] == 2
