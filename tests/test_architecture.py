"""The floors of docs/architecture.md, checked: each module imports only its floor and those below, the
package top holds only what the document says, and no SQL appears outside store/."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "touchline"

# floor of each top-level part of the package (docs/architecture.md)
FLOORS = {
    "model": 0,
    "errors": 0,
    "config": 0,
    "reference": 1,
    "sources": 2,
    "compute": 2,
    "store": 3,
    "api": 4,
    "views": 5,
    "render": 5,
    "article": 5,
    "cli": 6,
    "web": 6,
    "__init__": 6,
    "__main__": 6,
}
# parts of one floor that may not import each other, and render's narrower allowance
NEVER = {("sources", "compute"), ("compute", "sources"), ("render", "views")}
RENDER_MAY = {"model", "errors", "config", "render"}
SQL = re.compile(
    r"\b(SELECT\s+[\w*(]|INSERT\s+INTO|DELETE\s+FROM|UPDATE\s+\w+\s+SET|CREATE\s+(TEMPORARY\s+)?(TABLE|INDEX)|DROP\s+(TABLE|INDEX))"
)


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py"))


def _part(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0].removesuffix(".py")


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "touchline":
            parts = node.module.split(".")
            if len(parts) > 1:
                found.add(parts[1])
            else:
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("touchline."))
    return found


def test_the_package_top_holds_only_the_documented_parts() -> None:
    top = {p.name.removesuffix(".py") for p in PACKAGE.iterdir() if p.suffix == ".py" or (p / "__init__.py").exists()}
    assert top == set(FLOORS)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_module_imports_only_its_floor_and_below(path: Path) -> None:
    mine = _part(path)
    for other in _imports(path):
        assert other in FLOORS, f"{path}: imports touchline.{other}, which docs/architecture.md does not place"
        assert FLOORS[other] <= FLOORS[mine], (
            f"{path}: {mine} (floor {FLOORS[mine]}) imports {other} (floor {FLOORS[other]})"
        )
        assert (mine, other) not in NEVER, f"{path}: {mine} must not import {other}"
        if mine == "render":
            assert other in RENDER_MAY, f"{path}: render imports {other}"


def test_compute_imports_no_store_and_store_nothing_above_it() -> None:
    for path in _modules():
        if _part(path) == "compute":
            assert not _imports(path) & {"store", "api", "views", "render", "cli", "sources"}, path
        if _part(path) == "store":
            assert not _imports(path) & {"api", "views", "render", "cli"}, path


@pytest.mark.parametrize(
    "path", [p for p in _modules() if _part(p) != "store"], ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_no_sql_outside_the_store(path: Path) -> None:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            assert not SQL.search(node.value), f"{path}:{node.lineno}: SQL outside store/: {node.value[:60]!r}"


def test_the_sql_check_finds_sql() -> None:
    assert SQL.search("SELECT id FROM files") and SQL.search("DELETE FROM nodes WHERE")
    assert not SQL.search('frozenset({"select", "xi"})') and not SQL.search("Select a club")


# touchline/article (docs/architecture.md): the readers of biographies are pure (floor 2: no store, no
# api); the comparing and writing modules sit at api and views level (floors 4 and 5)
ARTICLE_PURE = {"dates", "document", "tables", "layout", "wikitext", "plaintext", "parse", "claims"}


def test_the_article_readers_are_pure() -> None:
    folder = PACKAGE / "article"
    assert {p.stem for p in folder.glob("*.py")} >= ARTICLE_PURE
    for name in sorted(ARTICLE_PURE):
        path = folder / f"{name}.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("touchline."):
                parts = node.module.split(".")
                if parts[1] == "article":
                    assert len(parts) < 3 or parts[2] in ARTICLE_PURE, f"{path}: imports {node.module}"
                else:
                    assert FLOORS[parts[1]] <= 2, f"{path}: a reader of articles imports {node.module}"
