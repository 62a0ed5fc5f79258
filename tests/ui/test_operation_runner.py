"""Where the runner sends a failure: a PulutError to the caller, a bug to the one error handler."""

from __future__ import annotations

import pytest

from pulut_desktop.domain.errors import PulutError
from pulut_desktop.ui import operations
from pulut_desktop.ui.operations import OperationRunner


class Refused(PulutError):
    code = "test.refused"


@pytest.fixture
def handled(qapp):
    seen: list[BaseException] = []
    runner = OperationRunner(lambda error, _parent: seen.append(error))
    yield runner, seen
    assert runner.wait_for_done(10000)


def _raise(error: BaseException):
    def work(_ctx):
        raise error

    return work


def _settle(qtbot, runner: OperationRunner) -> None:
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=10000)


def test_a_pulut_error_goes_to_the_callers_handler(qtbot, handled):
    runner, seen = handled
    mine, done = [], []
    runner.run(_raise(Refused()), on_failure=mine.append, on_done=lambda: done.append(True))
    _settle(qtbot, runner)
    assert [type(e) for e in mine] == [Refused] and seen == [] and done == [True]


def test_a_pulut_error_without_a_handler_goes_to_the_error_handler(qtbot, handled):
    runner, seen = handled
    runner.run(_raise(Refused()))
    _settle(qtbot, runner)
    assert [type(e) for e in seen] == [Refused]


def test_a_bug_goes_to_the_error_handler_whatever_the_caller_passed(qtbot, handled):
    runner, seen = handled
    mine, done = [], []
    runner.run(_raise(TypeError("bug")), on_failure=mine.append, on_done=lambda: done.append(True))
    _settle(qtbot, runner)
    assert mine == [] and [type(e) for e in seen] == [TypeError] and done == [True]


@pytest.mark.parametrize(("error", "code"), [(KeyboardInterrupt(), 130), (SystemExit(3), 3), (SystemExit(), 0)])
def test_keyboard_interrupt_and_system_exit_stop_the_application(qtbot, handled, monkeypatch, error, code):
    runner, seen = handled
    mine, exits = [], []
    monkeypatch.setattr(operations.QCoreApplication, "exit", exits.append)
    runner.run(_raise(error), on_failure=mine.append)
    _settle(qtbot, runner)
    assert exits == [code]  # the event loop ends: main() returns and closes the store
    assert mine == [] and seen == []  # never turned into a message or a report
