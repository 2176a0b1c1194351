"""House rules that hold for the whole code base, read from the source with ``ast``:
no import cycle among the project's modules, no module over 400 lines, no folder with more
than 20 modules side by side, and the botbuilder SDK (end of life) only where it is allowed."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "dialogs", "guardrails", "manifest", "prompts")
MAX_LINES = 400
MAX_MODULES_PER_FOLDER = 20

# Modules and folders tolerated over the limits until they are split (none now).
PENDING_LONG_MODULES: set[str] = set()
PENDING_CROWDED_FOLDERS: set[str] = set()

# Where the botbuilder SDK may be imported. bot/http and bot/teams are its wings (a later move
# to its successor touches those two); storage implements its ``Storage`` interface, network
# commands answer through the turn context, dialogs are botbuilder-dialogs, composition wires
# ``ConversationState``.
SDK_PREFIXES = ("botbuilder", "botframework", "msrest")
SDK_ALLOWED = ("bot/http/", "bot/teams/", "bot/storage/", "bot/network/", "bot/composition.py", "dialogs/")
# The hosting side (aiohttp integration, connector, auth) only in bot/http.
HOSTING_PREFIXES = ("botbuilder.integration", "botframework.connector", "msrest")
HOSTING_ALLOWED = ("bot/http/",)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def _modules() -> dict[str, Path]:
    return {_module_name(path): path for package in PACKAGES for path in (ROOT / package).rglob("*.py")}


def _imported_names(path: Path) -> set[str]:
    """Every module name an import statement in ``path`` mentions (also inside functions)."""
    names: set[str] = set()
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package[: len(package) - node.level + 1]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def _project_module(name: str) -> str | None:
    modules = _modules()
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def _graph() -> dict[str, set[str]]:
    graph = {}
    for name, path in _modules().items():
        targets = {_project_module(imported) for imported in _imported_names(path)}
        graph[name] = {target for target in targets if target and target != name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, targets = work[-1]
            for target in targets:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph[target]))))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return found


def test_no_import_cycle():
    assert _cycles(_graph()) == []


def test_the_cycle_finder_sees_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_relative_imports_are_resolved(tmp_path, monkeypatch):
    package = tmp_path / "bot" / "wing"
    package.mkdir(parents=True)
    module = package / "one.py"
    module.write_text("from . import two\nfrom ..other import three\n", encoding="utf-8")
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    assert {"bot.wing.two", "bot.other.three"} <= _imported_names(module)


def _python_files(*folders: str) -> list[Path]:
    """The project's own modules (not a virtualenv a benchmark made, e.g. bench/.venv-presidio)."""
    return sorted(
        path for folder in folders for path in (ROOT / folder).rglob("*.py")
        if not any(part.startswith(".venv") for part in path.relative_to(ROOT).parts)
    )


def test_no_module_over_400_lines():
    long = {path.relative_to(ROOT).as_posix()
            for path in _python_files(*PACKAGES, "tests", "bench", "scripts")
            if len(path.read_text(encoding="utf-8").splitlines()) > MAX_LINES}
    assert long <= PENDING_LONG_MODULES


def test_no_folder_with_more_than_20_modules():
    counts: dict[str, int] = {}
    for path in _python_files(*PACKAGES, "tests", "bench", "scripts"):
        folder = path.parent.relative_to(ROOT).as_posix()
        counts[folder] = counts.get(folder, 0) + 1
    crowded = {folder for folder, count in counts.items() if count > MAX_MODULES_PER_FOLDER}
    assert crowded <= PENDING_CROWDED_FOLDERS


@pytest.mark.parametrize(("prefixes", "allowed"), [(SDK_PREFIXES, SDK_ALLOWED), (HOSTING_PREFIXES, HOSTING_ALLOWED)],
                         ids=["botbuilder", "hosting"])
def test_the_sdk_stays_in_its_wings(prefixes, allowed):
    outside = set()
    for path in _python_files(*PACKAGES):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith(allowed):
            continue
        if any(name == prefix or name.startswith(prefix + ".")
               for name in _imported_names(path) for prefix in prefixes):
            outside.add(relative)
    assert outside == set()


# Types flow one way: bot → dialogs → guardrails; prompts is data. Nothing points back up.
LOWER_LAYERS = {"dialogs": {"bot"}, "guardrails": {"bot", "dialogs"}, "prompts": {"bot", "dialogs", "guardrails"}}


def test_layers_point_one_way():
    upward = set()
    for name, targets in _graph().items():
        forbidden = LOWER_LAYERS.get(name.split(".")[0], set())
        upward |= {(name, target) for target in targets if target.split(".")[0] in forbidden}
    assert upward == set()


def test_readme_is_short_and_links_only_inside_the_repository():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme) <= 20_000
    links = re.findall(r"\]\(([^)]+)\)", readme)
    assert links and not [link for link in links if "://" in link or link.startswith("..")]
    assert all((ROOT / link.split("#")[0]).exists() for link in links)
    assert (ROOT / "LICENSE").is_file() and (ROOT / "THIRD_PARTY.md").is_file()
