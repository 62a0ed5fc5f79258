"""Records, while the tests run, which ``pulut_desktop.services`` functions the GUI and the CLI call.

Loaded by ``tests/conftest.py`` before any test module imports the GUI or the CLI. It wraps every public
function of every ``pulut_desktop/services/<area>.py`` (and rebinds the names other modules already
imported), so a call made from any thread is seen, however the caller imported the function. A call
counts for the GUI when a ``pulut_desktop/ui/`` frame is on the calling stack (a widget, or the work a
widget handed to the operation runner) and for the CLI when a ``pulut_desktop/cli/`` frame is; a service
that another service calls counts for whoever called the outer one.

``tests/services/test_reach.py::test_services_are_called_at_run_time`` reads the record. It runs last,
and only asserts when the run was the whole suite (the record of a partial run is partial).
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import sys
from pathlib import Path

import pytest

import pulut_desktop
import pulut_desktop.services

PACKAGE = Path(pulut_desktop.__file__).resolve().parent
TESTS = Path(__file__).resolve().parent
FRONT_DOORS = {"gui": str(PACKAGE / "ui") + "/", "cli": str(PACKAGE / "cli") + "/"}
MARKER = "after_the_suite"

# "area.function" -> kind ("gui" / "cli") -> node ids of the tests during which it was called that way
CALLS: dict[str, dict[str, set[str]]] = {}
SERVICES: list[str] = []
_state = {"test": "", "whole_suite": False, "deselected": False}


def _front_doors() -> set[str]:
    kinds, frame = set(), sys._getframe(2)  # above the wrapper
    while frame is not None:
        name = frame.f_code.co_filename
        kinds.update(kind for kind, folder in FRONT_DOORS.items() if name.startswith(folder))
        frame = frame.f_back
    return kinds


def _recording(key: str, function):
    @functools.wraps(function)
    def call(*args, **kwargs):
        test = _state["test"]
        if test:
            for kind in _front_doors():
                CALLS.setdefault(key, {}).setdefault(kind, set()).add(test)
        return function(*args, **kwargs)

    return call


def install() -> None:
    """Wrap the services once; rebind every name a loaded pulut_desktop module holds for one of them."""
    if SERVICES:
        return
    modules = [
        importlib.import_module(f"pulut_desktop.services.{info.name}")
        for info in pkgutil.iter_modules(pulut_desktop.services.__path__)
    ]
    wrappers = {}
    for module in modules:
        area = module.__name__.rsplit(".", 1)[1]
        for name, value in list(vars(module).items()):
            if name.startswith("_") or not inspect.isfunction(value) or value.__module__ != module.__name__:
                continue
            wrappers[value] = _recording(f"{area}.{name}", value)
            SERVICES.append(f"{area}.{name}")
    for name, module in list(sys.modules.items()):
        if name.startswith("pulut_desktop") and module is not None:
            for attr, value in list(vars(module).items()):
                if inspect.isfunction(value) and value in wrappers:
                    setattr(module, attr, wrappers[value])


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"{MARKER}: runs after every other test of the session")
    install()


def pytest_deselected(items) -> None:
    if items:
        _state["deselected"] = True


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list) -> None:
    last = [item for item in items if item.get_closest_marker(MARKER)]
    items[:] = [item for item in items if not item.get_closest_marker(MARKER)] + last
    paths = {Path(arg.split("::")[0]).resolve() for arg in config.args}
    _state["whole_suite"] = paths == {TESTS} and not _state["deselected"] and not config.option.keyword


def pytest_runtest_setup(item: pytest.Item) -> None:
    _state["test"] = item.nodeid


def pytest_runtest_teardown(item: pytest.Item) -> None:
    _state["test"] = item.nodeid  # fixtures' teardown still belongs to the test


def pytest_runtest_logfinish(nodeid: str, location) -> None:
    _state["test"] = ""


def whole_suite() -> bool:
    """True when this session collected every test (no path narrower than tests/, nothing deselected)."""
    return _state["whole_suite"]
