"""The runner starts queued work by priority: the page the officer opened goes ahead of loads for pages not on
screen, and work queued while a window builds starts, highest priority first, once the window is built."""

from __future__ import annotations

import threading

from pulut_desktop.ui.operations import OperationRunner, Priority


def _recorder(order: list[str], name: str):
    def work(_ctx):
        order.append(name)
        return name

    return work


def _block(runner: OperationRunner) -> threading.Event:
    """Occupy the one worker thread until the returned event is set, so what follows waits in the queue."""
    release, started = threading.Event(), threading.Event()

    def gate(_ctx):
        started.set()
        release.wait(10)

    runner.run(gate)
    assert started.wait(10)
    return release


def test_queued_work_starts_by_priority_first_come_first_served_within_a_level(qtbot, runner):
    order: list[str] = []
    release = _block(runner)
    runner.run(_recorder(order, "hidden page"), priority=Priority.BACKGROUND)
    runner.run(_recorder(order, "send status"))
    runner.run(_recorder(order, "opened page"), priority=Priority.FOREGROUND)
    runner.run(_recorder(order, "drafts"), priority=Priority.NORMAL)
    release.set()
    qtbot.waitUntil(lambda: len(order) == 4, timeout=10_000)
    assert order == ["opened page", "send status", "drafts", "hidden page"]


def test_prioritised_sets_the_level_of_work_queued_inside_unless_it_names_its_own(qtbot, runner):
    order: list[str] = []
    release = _block(runner)
    with runner.prioritised(Priority.BACKGROUND):
        runner.run(_recorder(order, "built, not shown"))
        runner.run(_recorder(order, "asked for"), priority=Priority.FOREGROUND)
    runner.run(_recorder(order, "after"))
    release.set()
    qtbot.waitUntil(lambda: len(order) == 3, timeout=10_000)
    assert order == ["asked for", "after", "built, not shown"]


def test_work_queued_while_held_waits_then_starts_highest_priority_first(qtbot, runner):
    order: list[str] = []
    done: list[str] = []
    with runner.held():
        runner.run(_recorder(order, "form checks"), priority=Priority.BACKGROUND, on_success=done.append)
        with runner.held():  # nested: the outer one starts everything
            runner.run(_recorder(order, "list first page"), on_success=done.append)
        runner.run(_recorder(order, "home"), on_success=done.append)
        assert runner.is_busy()
        qtbot.wait(100)
        assert order == [], "nothing starts while the window is still being built"
    qtbot.waitUntil(lambda: len(done) == 3, timeout=10_000)
    assert order == ["list first page", "home", "form checks"]
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=10_000)
