"""The shape of the code: no import cycles, dependencies one way, short modules.

Reads the source with ``ast`` (nothing is imported), so imports hidden inside
functions count like any other: a cycle through a function-level import is
still a cycle a maintainer has to hold in their head. Imports under
``if TYPE_CHECKING:`` never run and are left out.
"""

from __future__ import annotations

import ast
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE_APPS = ("cms", "curriculum", "councils", "progress")
MAX_LINES = 500

# app -> apps it must not import (the direction is curriculum <- councils <- progress <- cms).
FORBIDDEN = {
    "curriculum": {"councils", "progress", "cms"},
    "councils": {"progress", "cms"},
    "progress": {"cms"},
}


def app_dirs() -> list[Path]:
    """The core apps and any newer app: a top-level folder with an apps.py."""
    found = {p.parent.name for p in ROOT.glob("*/apps.py") if not p.parent.name.startswith(".")}
    return [ROOT / name for name in sorted(found | set(CORE_APPS))]


def newer_apps() -> set[str]:
    return {path.name for path in app_dirs()} - set(CORE_APPS)


def source_files() -> dict[str, Path]:
    """Dotted module name -> file, for every module of the apps except migrations."""
    modules = {}
    for app in app_dirs():
        for path in sorted(app.rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if "migrations" in parts or "__pycache__" in parts or ".venv" in parts:
                continue
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join(parts)] = path
    return modules


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _import_nodes(tree: ast.AST):
    """Every import statement, at any depth, except those only run by type checkers."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        children = list(ast.iter_child_nodes(node))
        if isinstance(node, ast.If) and _is_type_checking(node):
            children = node.orelse
        stack.extend(children)


def _resolve(name: str, modules: dict[str, Path]) -> str | None:
    """The project module that ``name`` names, or its nearest project package."""
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in modules:
            return candidate
        parts.pop()
    return None


def imports_of(module: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """Project modules that ``module`` imports.

    ``from pkg import sub`` where ``sub`` is a module is an edge to ``pkg.sub``
    (not to ``pkg``); ``import pkg`` or ``from pkg import name`` is an edge to
    ``pkg``, whose ``__init__`` in turn has edges to what it re-exports.
    """
    is_package = path.name == "__init__.py"
    package = module if is_package else module.rpartition(".")[0]
    targets = set()
    for node in _import_nodes(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names = [(alias.name, None) for alias in node.names]
        else:
            if node.level:
                base_parts = package.split(".")
                if node.level > 1:
                    base_parts = base_parts[: -(node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            names = [(base, alias.name) for alias in node.names]
        for base, name in names:
            if name and f"{base}.{name}" in modules:
                target = f"{base}.{name}"
            else:
                target = _resolve(base, modules)
            if target and target != module:
                targets.add(target)
    return targets


def import_graph() -> dict[str, set[str]]:
    modules = source_files()
    return {module: imports_of(module, path, modules) for module, path in modules.items()}


def _cycle_through(start: str, members: set[str], graph: dict[str, set[str]]) -> list[str]:
    """A shortest path start -> ... -> start inside one strongly connected component."""
    previous: dict[str, str | None] = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for target in sorted(graph[node] & members):
            if target == start:
                path = [node]
                while previous[path[-1]] is not None:
                    path.append(previous[path[-1]])
                return list(reversed(path)) + [start]
            if target not in previous:
                previous[target] = node
                queue.append(target)
    return [start]


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One concrete cycle per group of mutually importing modules (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[set[str]] = []
    counter = 0

    def visit(root: str) -> None:
        nonlocal counter
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        components.append(component)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_cycle_through(min(c), c, graph) for c in components]


def _app(module: str) -> str:
    return module.split(".")[0]


def test_the_graph_sees_function_level_and_relative_imports(tmp_path):
    """The parser itself: hidden, relative and submodule imports all become edges."""
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("from .a import thing\n")
    (pkg / "a.py").write_text("def f():\n    from . import b\n")
    (pkg / "b.py").write_text("from pkg.c import x\nimport pkg\n")
    (pkg / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import a\n"
    )
    modules = {"pkg": pkg / "__init__.py"} | {f"pkg.{n}": pkg / f"{n}.py" for n in "abc"}
    graph = {m: imports_of(m, p, modules) for m, p in modules.items()}
    assert graph == {
        "pkg": {"pkg.a"},
        "pkg.a": {"pkg.b"},
        "pkg.b": {"pkg.c", "pkg"},
        "pkg.c": set(),
    }
    assert find_cycles(graph) == [["pkg", "pkg.a", "pkg.b", "pkg"]]


def test_no_import_cycles_counting_imports_inside_functions():
    cycles = find_cycles(import_graph())
    assert not cycles, "Import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_apps_depend_one_way():
    newer = newer_apps()
    problems = []
    for module, targets in sorted(import_graph().items()):
        app = _app(module)
        for target in sorted(targets):
            target_app = _app(target)
            if target_app == app:
                continue
            if target_app in FORBIDDEN.get(app, ()):
                problems.append(
                    f"{module} imports {target} ({app} must not depend on {target_app})"
                )
            elif target == "cms.models" or target.startswith("cms.models."):
                problems.append(f"{module} imports {target} (only cms may import cms models)")
            elif target_app in newer:
                problems.append(f"{module} imports {target} (nothing may import the newer app)")
    assert not problems, "\n".join(problems)


def test_no_module_over_500_lines():
    too_long = []
    for path in sorted(source_files().values()):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES:
            too_long.append(f"{path.relative_to(ROOT)}: {lines} lines")
    assert not too_long, f"Modules over {MAX_LINES} lines:\n" + "\n".join(too_long)
