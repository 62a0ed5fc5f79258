"""Every use case in ``pulut_desktop.services`` is reached from the front doors' tests.

At run time (the whole suite): ``tests/service_reach.py`` records every service call made with the GUI's
or the CLI's code on the calling stack, and the last test of the session requires each service to have
been called from the GUI during some test (unless ``HEADLESS_ONLY``), and each service a CLI command
calls to have been called from the CLI during some test.

Statically (any run): for each public function of each ``pulut_desktop/services/<area>.py`` (new modules
are picked up by themselves), these tests read the source (no Qt, nothing runs) and require:

* **GUI**: a module under ``pulut_desktop/ui/`` calls the function, and a test under ``tests/ui/``
  imports that module (or the module that builds it: a page's dialog counts when the test imports the
  page). Satisfy it by driving the widget that calls your service in a ``tests/ui`` test.
* **CLI**: when a ``pulut_desktop/cli/<group>.py`` command calls the function, a test runs that command
  (a test file that holds the command's name as a string and calls ``cli.main``/``launcher.main`` or
  the ``pulut-desktop`` program). Satisfy it by running the command in a test.

A service that other services call (``guard_rails.require_registration_allowed`` from
``registration.save_registration`` ...) is reached through them. A service that no widget calls is only
allowed when a CLI command or the self-test calls it; list it in ``HEADLESS_ONLY`` with the reason (and it
must still have its CLI test).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

import pulut_desktop.services
from tests import service_reach

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "pulut_desktop"
TESTS = ROOT / "tests"

# Services with no widget of their own, and why.
HEADLESS_ONLY = {
    "setup.back_up_store": "the `backup` command; the GUI backs up after login (run_after_login)",
    "setup.restore_store": "the `restore` command; the login window restores with restore_and_log_in",
    "setup.purge_expired_data": "the `purge` command; the GUI purges after login (run_after_login)",
    "setup.fill_training_data": "the `demo-data` command (training stores)",
    "setup.verify_audit_chain": "the `verify-audit` command and the self-test",
    "sync.read_ledger": "the `ledger` command; the sync page reads it with load_overview",
    "sync.enrol_over_network": "the `enrol-online` command",
}


def _services() -> list[tuple[str, str]]:
    found = []
    for info in pkgutil.iter_modules(pulut_desktop.services.__path__):
        module = importlib.import_module(f"pulut_desktop.services.{info.name}")
        for name, value in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(value) or value.__module__ != module.__name__:
                continue
            found.append((info.name, name))
    return sorted(found)


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


def _references(path: Path) -> set[str]:
    """``area.function`` for every service function a module names (imported by name or as ``area.x``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found, areas = set(), {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and "services" in node.module.split("."):
            parts = node.module.split(".")
            tail = parts[parts.index("services") + 1 :]
            for alias in node.names:
                if tail:  # from ..services.drafts import list_drafts
                    found.add(f"{tail[0]}.{alias.name}")
                else:  # from ..services import drafts [as x]
                    areas[alias.asname or alias.name] = alias.name
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in areas:
            found.add(f"{areas[node.value.id]}.{node.attr}")
    return found


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
            out.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def _ui_importers() -> dict[str, set[str]]:
    """ui module -> the ui modules that import it (one level: a page and its dialogs)."""
    importers: dict[str, set[str]] = {}
    for path in (PACKAGE / "ui").rglob("*.py"):
        name = _module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                base = name.split(".")[: len(name.split(".")) - node.level] if node.level else []
                module = ".".join([*base, *(node.module.split(".") if node.module else [])])
                for target in {module, *(f"{module}.{a.name}" for a in node.names)}:
                    importers.setdefault(target, set()).add(name)
    return importers


def _service_callers() -> dict[str, set[str]]:
    """``area.function`` -> the other service functions whose body names it."""
    callers: dict[str, set[str]] = {}
    keys = {f"{a}.{n}" for a, n in _services()}
    for path in (PACKAGE / "services").glob("*.py"):
        area, tree = path.stem, ast.parse(path.read_text(encoding="utf-8"))
        imported = {ref.split(".")[1]: ref for ref in _references(path)}
        for node in ast.walk(tree):  # from .guard_rails import require_registration_allowed
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
                imported.update({a.asname or a.name: f"{node.module}.{a.name}" for a in node.names})
        for func in tree.body:
            if not isinstance(func, ast.FunctionDef):
                continue
            for node in ast.walk(func):
                name = node.id if isinstance(node, ast.Name) else None
                ref = imported.get(name) if name else None
                if ref is None and name is not None and f"{area}.{name}" in keys:
                    ref = f"{area}.{name}"
                if ref is not None and ref != f"{area}.{func.name}":
                    callers.setdefault(ref, set()).add(f"{area}.{func.name}")
    return callers


@pytest.fixture(scope="module")
def gui_tested() -> set[str]:
    """Service functions called by a ui module that a tests/ui test imports (directly or via its page),
    and the services those call."""
    tested_modules: set[str] = set()
    for path in (TESTS / "ui").rglob("*.py"):
        tested_modules |= _imported_modules(path)
    importers = _ui_importers()
    reached = set()
    for path in (PACKAGE / "ui").rglob("*.py"):
        name = _module_name(path)
        if {name} & tested_modules or importers.get(name, set()) & tested_modules:
            reached |= _references(path)
    callers = _service_callers()
    grew = True
    while grew:
        more = {key for key, by in callers.items() if by & reached} - reached
        reached |= more
        grew = bool(more)
    return reached


def _cli_commands() -> dict[str, set[str]]:
    """``area.function`` -> the command names whose command function calls it."""
    calls: dict[str, set[str]] = {}
    for path in (PACKAGE / "cli").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {}  # command function -> command name, from command("name", cmd_x, ...)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "command":
                first, second = node.args[:2]
                if isinstance(first, ast.Constant) and isinstance(second, ast.Name):
                    names[second.id] = first.value
        imported = _references(path)
        areas = {ref.split(".")[0] for ref in imported}
        for func in tree.body:
            if not isinstance(func, ast.FunctionDef) or func.name not in names:
                continue
            for node in ast.walk(func):
                if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in areas:
                    calls.setdefault(f"{node.value.id}.{node.attr}", set()).add(names[func.name])
                elif isinstance(node, ast.Name):
                    for ref in imported:
                        if ref.endswith(f".{node.id}"):
                            calls.setdefault(ref, set()).add(names[func.name])
    return calls


def _cli_tested(command: str) -> bool:
    for path in TESTS.rglob("test_*.py"):
        source = path.read_text(encoding="utf-8")
        front_door = "cli.main" in source or "launcher.main" in source or "pulut-desktop" in source
        if front_door and (f'"{command}"' in source or f"'{command}'" in source):
            return True
    return False


SERVICES = _services()
CLI = _cli_commands()


def test_the_services_are_found():
    names = {f"{area}.{name}" for area, name in SERVICES}
    assert {"drafts.list_drafts", "registration.save_registration", "sync.apply_receipts"} <= names


@pytest.mark.parametrize(("area", "name"), SERVICES, ids=[f"{a}.{n}" for a, n in SERVICES])
def test_each_service_is_reached_from_the_front_doors(area, name, gui_tested):
    key = f"{area}.{name}"
    commands = CLI.get(key, set())
    if key in HEADLESS_ONLY:
        assert commands, f"{key} is listed as headless only, but no command calls it"
    else:
        assert key in gui_tested, f"no tests/ui test imports a widget that calls services.{key}"
    for command in sorted(commands):
        assert _cli_tested(command), f"services.{key} is called by `pulut-desktop {command}`, which no test runs"


@pytest.mark.after_the_suite
def test_services_are_called_at_run_time():
    """What the tests really did: each service called from the GUI, and from the CLI where a command uses it."""
    if not service_reach.whole_suite():
        pytest.skip("the run-time record is complete only when the whole suite runs")
    assert sorted(service_reach.SERVICES) == sorted(f"{a}.{n}" for a, n in SERVICES)
    missing = []
    for key in service_reach.SERVICES:
        calls = service_reach.CALLS.get(key, {})
        if key not in HEADLESS_ONLY and not calls.get("gui"):
            missing.append(f"services.{key}: no GUI code called it during any test")
        if CLI.get(key) and not calls.get("cli"):
            missing.append(f"services.{key}: `pulut-desktop {'/'.join(sorted(CLI[key]))}` never called it in a test")
    assert missing == []
