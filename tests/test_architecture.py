"""The shape of the package: no import cycles, no private names taken across packages.

The layer contracts themselves (dates < articles < events < channels; no edge imported by the core)
are import-linter contracts in pyproject.toml, run by CI (`lint-imports`) and here.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

grimp = pytest.importorskip("grimp")

PACKAGE = Path(__file__).resolve().parent.parent / "syrtimeline"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _owner(source: str, name: str) -> str | None:
    """The package a private name or module belongs to, or None when *name* from *source* is public:
    ``_Chain`` from ``syrtimeline.articles.loaders`` belongs to ``syrtimeline.articles``, the module
    ``syrtimeline._seeds`` to ``syrtimeline`` (the whole package)."""
    parts = source.split(".")
    for i, part in enumerate(parts):
        if part.startswith("_"):  # a private module: its package's
            return ".".join(parts[:i])
    if not name.startswith("_"):
        return None
    is_package = (PACKAGE.parent.joinpath(*parts) / "__init__.py").exists()
    return source if is_package else ".".join(parts[:-1])  # a private name: its module's package


def test_no_module_imports_itself_through_others() -> None:
    graph = grimp.build_graph("syrtimeline", exclude_type_checking_imports=True)
    cycles = []
    for module in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(module):
            if imported != module and graph.chain_exists(importer=imported, imported=module):
                cycles.append(f"{module} -> {imported} -> … -> {module}")
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


def test_no_private_name_is_taken_from_another_package() -> None:
    taken = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module_name(path)
        package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom):
                continue
            if node.level:
                base = package.split(".")[:len(package.split(".")) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            if not source.startswith("syrtimeline"):
                continue
            for alias in node.names:
                owner = _owner(source, alias.name)
                if owner is not None and not (module == owner or module.startswith(owner + ".")):
                    taken.append(f"{module}: from {source} import {alias.name} (private to {owner})")
    assert not taken, "private names taken across packages:\n" + "\n".join(taken)


def test_the_layer_contracts_hold() -> None:
    pytest.importorskip("importlinter")
    done = subprocess.run([sys.executable, "-m", "importlinter.cli", "--no-cache"], cwd=PACKAGE.parent,
                          capture_output=True, text=True, check=False)
    if "No module named importlinter.cli" in done.stderr:  # an older layout of the package
        done = subprocess.run(["lint-imports", "--no-cache"], cwd=PACKAGE.parent, capture_output=True,
                              text=True, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
