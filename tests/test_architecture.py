"""The package's imports point one way (docs/architecture.md): no import circles, and no
import against the layer rules. Every ``import`` and ``from … import`` counts, those inside
functions too, found by walking each module's syntax tree (``ast``), without importing it.

Not counted: the implicit import of a module's parent package (importing ``kg.store.remote``
runs ``kg/store/__init__.py`` first). So inside a package, modules import their siblings
by module path, never names from the package's ``__init__``.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "kg"

# Bottom-layer modules every layer may use. The store may use only the neutral ones among
# them: errors, the namespaces and prefixes, and the N-Quads text it loads.
SHARED = {"kg.errors", "kg.records", "kg.lexicon", "kg.cities", "kg.namespaces", "kg.nquads"}
STORE_SHARED = {"kg.errors", "kg.namespaces", "kg.nquads"}
# The top: the public API, the command line, the server and what they compose.
APP = {"kg", "kg.__main__", "kg.serve", "kg.serve_proxy", "kg.export", "kg.evaluate"}
APP_FOLDERS = {"cli"}

# Layer → what it may import besides itself: layers, or single modules.
RULES: dict[str, frozenset[str]] = {
    "shared": frozenset({"shared"}),
    "sources": frozenset({"shared"}),
    "extract": frozenset({"sources", "shared"}),
    "graph": frozenset({"shared"}),
    "store": frozenset(STORE_SHARED),
    "ingest": frozenset({"sources", "extract", "graph", "store", "shared"}),
    "analysis": frozenset({"graph", "store", "shared"}),
    "viz": frozenset({"graph", "shared"}),
    "app": frozenset({"app", "ingest", "analysis", "viz", "sources", "extract", "graph", "store", "shared"}),
}


@dataclass(frozen=True, slots=True)
class Import:
    source: str  # the importing module
    target: str  # the imported module of the package
    line: int


def modules(root: Path) -> dict[str, Path]:
    """Module name → file, for every module of the package under ``root``."""
    out: dict[str, Path] = {}
    for path in sorted((root / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def imports(root: Path) -> list[Import]:
    """Every import of a package module by a package module, functions' bodies included."""
    known = modules(root)
    found: list[Import] = []
    for name, path in known.items():
        is_package = path.name == "__init__.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: from the module's own package upwards
                    anchor = name.split(".")[: len(name.split(".")) - node.level + (1 if is_package else 0)]
                    base = ".".join([*anchor, *([base] if base else [])])
                # "from kg.analysis import queries" imports the module kg.analysis.queries.
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
            for target in targets:
                while target and target not in known and "." in target:
                    target = target.rsplit(".", 1)[0]  # "import kg.store.remote.x" → the module it names
                if target in known and target != name:
                    found.append(Import(name, target, node.lineno))
    return found


def layer(module: str) -> str:
    """The layer a module belongs to; a module no rule names fails the test."""
    if module in SHARED:
        return "shared"
    if module in APP:
        return "app"
    folder = module.split(".")[1] if "." in module else ""
    if folder in APP_FOLDERS:
        return "app"
    if folder in RULES and folder not in ("shared", "app"):
        return folder
    raise AssertionError(f"{module}: in no layer; place it in a folder or name it in tests/test_architecture.py")


def violations(found: list[Import]) -> list[str]:
    """One line per import that goes against ``RULES``."""
    out = []
    for imp in found:
        source, target = layer(imp.source), layer(imp.target)
        allowed = RULES[source]
        if source == target or target in allowed or imp.target in allowed:
            continue
        if target == "shared":  # a layer allowed single shared modules only (the store)
            out.append(f"{imp.source} (line {imp.line}) imports {imp.target}: the {source} uses only "
                       f"{', '.join(sorted(allowed))} of the shared modules")
        else:
            out.append(f"{imp.source} (line {imp.line}) imports {imp.target}: {source} may not import {target}")
    return out


def circles(found: list[Import]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    graph: dict[str, set[str]] = {}
    for imp in found:
        graph.setdefault(imp.source, set()).add(imp.target)
        graph.setdefault(imp.target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return out


# --- the real package -------------------------------------------------------------------

def test_no_import_circles() -> None:
    assert circles(imports(ROOT)) == []


def test_imports_follow_the_layers() -> None:
    assert violations(imports(ROOT)) == []


def test_every_module_is_in_a_layer() -> None:
    for module in modules(ROOT):
        assert layer(module) in RULES


def test_the_walk_sees_the_package() -> None:
    """The rules are checked against real imports, not an empty list."""
    found = {(i.source, i.target) for i in imports(ROOT)}
    assert ("kg.ingest.writer", "kg.store.protocol") in found
    assert ("kg.ingest.run", "kg.graph.mapping") in found
    assert ("kg.extract.pipeline", "kg.sources") in found  # an import inside a function
    assert ("kg.cli.read", "kg.analysis.queries") in found  # "from kg.analysis import queries"
    assert {layer(m) for m in modules(ROOT)} == set(RULES)


def test_the_store_knows_no_domain() -> None:
    store = {i.target for i in imports(ROOT) if i.source.startswith("kg.store")}
    assert not {t for t in store if t.startswith(("kg.graph", "kg.extract", "kg.ingest", "kg.analysis"))}


# --- the checker itself can fail ----------------------------------------------------------

def _package(root: Path, files: dict[str, str]) -> Path:
    for name, text in {"kg/__init__.py": "", **files}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_a_circle_through_a_function_is_found(tmp_path: Path) -> None:
    root = _package(tmp_path, {
        "kg/graph/__init__.py": "",
        "kg/graph/a.py": "from kg.graph.b import f\n",
        "kg/graph/b.py": "def f():\n    from kg.graph import a\n    return a\n",
    })
    assert circles(imports(root)) == [["kg.graph.a", "kg.graph.b"]]


@pytest.mark.parametrize("source, text, message", [
    ("kg/store/x.py", "from kg.graph.mapping import describe\n", "store may not import graph"),
    ("kg/store/x.py", "import kg.records\n", "the store uses only"),
    ("kg/graph/x.py", "def f():\n    from ..ingest import run\n", "graph may not import ingest"),
    ("kg/viz/x.py", "from kg.analysis import network\n", "viz may not import analysis"),
    ("kg/extract/x.py", "from kg.store.embedded import Store\n", "extract may not import store"),
])
def test_an_import_against_the_layers_is_found(tmp_path: Path, source: str, text: str, message: str) -> None:
    root = _package(tmp_path, {
        **{f"kg/{d}/__init__.py": "" for d in ("graph", "store", "ingest", "viz", "analysis", "extract")},
        "kg/records.py": "", "kg/graph/mapping.py": "", "kg/ingest/run.py": "", "kg/analysis/network.py": "",
        "kg/store/embedded.py": "", source: text,
    })
    found = violations(imports(root))
    assert len(found) == 1 and message in found[0], found


def test_a_module_in_no_layer_is_refused(tmp_path: Path) -> None:
    root = _package(tmp_path, {"kg/helpers.py": ""})
    with pytest.raises(AssertionError, match="in no layer"):
        [layer(m) for m in modules(root)]
