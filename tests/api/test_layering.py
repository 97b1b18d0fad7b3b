"""The package's imports, read from its source: no import circle at load time, aiohttp only in
the one client HTTP module (and the server sides: the emulator, the view server), and the layers
of docs/architecture.md flowing one way (nothing below the CLI imports it; the tile walker and
the pure helpers never import the client)."""

from __future__ import annotations

import ast
from pathlib import Path

import itwin_mesh_async

PACKAGE = Path(itwin_mesh_async.__file__).parent
NAME = "itwin_mesh_async"
AIOHTTP_ALLOWED = ("_http", "emulator.", "view.server")


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join((NAME, *parts))] = path
    return found


MODULES = _modules()


def _target(module: str, is_package: bool, node: ast.ImportFrom, alias: str) -> str:
    if node.level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[: len(base) - node.level + 1]
        prefix = ".".join(base + ([node.module] if node.module else []))
    else:
        prefix = node.module or ""
    return f"{prefix}.{alias}" if f"{prefix}.{alias}" in MODULES else prefix


def _imports(module: str, *, load_time: bool) -> set[str]:
    """What ``module`` imports when it runs, never counting ``if TYPE_CHECKING:`` blocks:
    at load time only (module level), or anywhere (in functions too)."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes: list[ast.stmt] = []

    def collect(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                collect(node.orelse)
            elif isinstance(node, ast.If | ast.Try | ast.With | ast.AsyncWith):
                collect(node.body)
                if isinstance(node, ast.If | ast.Try):
                    collect(node.orelse)
                if isinstance(node, ast.Try):
                    for handler in node.handlers:
                        collect(handler.body)
                    collect(node.finalbody)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                if not load_time or isinstance(node, ast.ClassDef):
                    collect(node.body)
            else:
                nodes.append(node)

    collect(tree.body)
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            is_package = path.name == "__init__.py"
            found.update(_target(module, is_package, node, a.name) for a in node.names)
    return found


def test_the_modules_are_found_and_imports_resolved() -> None:
    assert len(MODULES) > 50
    assert f"{NAME}.tiles.sync" in _imports(f"{NAME}.tiles.syncrun", load_time=True)


def test_no_import_circle_at_load_time() -> None:
    graph = {
        module: {m for m in _imports(module, load_time=True) if m in MODULES and m != module}
        for module in MODULES
    }
    # A package imports its own modules to re-export them; those edges go down, never up.
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for nxt in sorted(graph[module]):
            if state.get(nxt) == 1:
                cycles.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        path.pop()
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module)
    assert not cycles, "import circles: " + "; ".join(" -> ".join(c) for c in cycles)


def test_aiohttp_is_used_by_the_one_http_module_and_the_servers_only() -> None:
    users = sorted(
        module.removeprefix(NAME + ".")
        for module in MODULES
        if any(m.partition(".")[0] == "aiohttp" for m in _imports(module, load_time=False))
    )
    assert "_http" in users
    strays = [m for m in users if not m.startswith(AIOHTTP_ALLOWED)]
    assert not strays, f"aiohttp imported outside the HTTP layer and the servers: {strays}"


def test_the_layers_import_downwards_only() -> None:
    rules = {
        # (importer prefix, forbidden prefix)
        "tiles": ("cli", "client", "view", "emulator"),
        "tilegen": ("cli", "client", "tiles", "view", "transport", "_http"),
        "models": ("cli", "client", "tiles", "transport", "_http"),
        "transport": ("cli", "client", "tiles", "view"),
        "_http": ("cli", "client", "tiles", "view", "transport"),
    }
    broken = []
    for module in MODULES:
        short = module.removeprefix(NAME + ".")
        for importer, forbidden in rules.items():
            if short != importer and not short.startswith(importer + "."):
                continue
            for target in _imports(module, load_time=False):
                rel = target.removeprefix(NAME + ".")
                if target.startswith(NAME) and rel.startswith(forbidden):
                    broken.append(f"{short} -> {rel}")
    assert not broken, broken
