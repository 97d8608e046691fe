"""The import contract: each layer imports only downward (../shared/DESIGN.md, decision 0001).

A module may import kg modules of a lower layer, and modules of its own package. The shells
(cli, web) sit on top; nothing below them imports click, rich or an HTTP framework."""
from __future__ import annotations

import ast
from pathlib import Path



PACKAGE = Path(__file__).resolve().parent.parent / "kg"
LAYERS = [
    {"errors"},
    {"settings", "resources", "model"},
    {"rdf", "languages"},
    {"facttypes"},
    {"extract"},
    {"build"},
    {"validate", "store"},
    {"query"},
    {"outputs", "docs"},
    {"pipeline"},
    {"cluster"},   # runs pipeline.prepare on a Dask cluster; kg.api opens it for --cluster
    {"api"},
    {"__init__"},
    {"web"},
    {"cli"},  # `kg serve` (cli/serve.py) starts the web shell
    {"__main__"},
]
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}
SHELL_ONLY = {"click", "rich", "starlette", "fastapi", "uvicorn"}
SHELL_TOLERATED = {"docs": {"click"}}  # the docs generator renders click's help it is handed


def unit_of(path: Path) -> str:
    """The layer unit of a module: its top package under kg/, or the module's own name."""
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return parts[0]


def imports_of(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, node.lineno))
            if node.module == "kg":  # `from kg import api` names a module; `from kg import __version__` the package
                found += [(f"kg.{alias.name}" if (PACKAGE / alias.name).exists() or (PACKAGE / f"{alias.name}.py").exists()
                           else "kg.__init__", node.lineno) for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level:
            found.append(("<relative>", node.lineno))
    return found


def modules():
    return [p for p in sorted(PACKAGE.rglob("*.py")) if "_resources" not in p.parts]


def test_every_module_belongs_to_a_layer():
    assert {unit_of(p) for p in modules()} <= set(RANK)


def test_kg_imports_only_go_downward():
    broken = []
    for path in modules():
        unit = unit_of(path)
        for module, line in imports_of(path):
            if module == "<relative>":
                broken.append(f"{path.relative_to(PACKAGE)}:{line} uses a relative import")
                continue
            if not module.startswith("kg.") or module == "kg":
                continue
            target = module.split(".")[1]
            if target != unit and RANK[target] >= RANK[unit]:
                broken.append(f"{path.relative_to(PACKAGE)}:{line} ({unit}) imports {module} ({target})")
    assert broken == []


def test_only_the_shells_use_command_line_or_web_libraries():
    broken = []
    for path in modules():
        unit = unit_of(path)
        if unit in ("cli", "web", "__main__"):
            continue
        for module, line in imports_of(path):
            top = module.split(".")[0]
            if top in SHELL_ONLY and top not in SHELL_TOLERATED.get(unit, set()):
                broken.append(f"{path.relative_to(PACKAGE)}:{line} imports {module}")
    assert broken == []


ENGINE = {"pyoxigraph"}
ENGINE_USERS = {"store", "rdf", "validate"}  # the backends, the term converter, validation's scratch engine


def test_no_engine_types_above_the_store():
    """Above kg/store no module talks to pyoxigraph: results are neutral, snapshots and
    graph selections are the store's (the web shell used to call the engine itself)."""
    broken = [f"{path.relative_to(PACKAGE)}:{line} imports {module}"
              for path in modules() if unit_of(path) not in ENGINE_USERS
              for module, line in imports_of(path) if module.split(".")[0] in ENGINE]
    assert broken == []
