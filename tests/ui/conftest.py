"""Qt fixtures: offscreen platform, a temp data dir, a runner that must finish its work.

Fast key derivation (``FAST_KDF``) and ``PASSWORD`` come from ``tests/conftest.py``, for every test."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from pulut_desktop.domain.errors import PulutError
from pulut_desktop.storage.store import Store
from pulut_desktop.ui.i18n import Translations
from pulut_desktop.ui.operations import OperationRunner
from tests.conftest import PASSWORD

__all__ = ["PASSWORD", "open_store"]


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The wizard remembers a chosen data folder in QSettings: keep that away from the real profile."""
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture
def data_root(tmp_path: Path) -> Path:
    """A data dir that does not exist yet (what a new laptop has)."""
    return tmp_path / "pulut-data"


class RecordingErrors:
    """The runner's error handler in tests: remembers errors instead of opening blocking dialogs."""

    def __init__(self) -> None:
        self.errors: list[BaseException] = []

    def __call__(self, error: BaseException, parent=None) -> None:
        self.errors.append(error)

    def unexpected(self) -> list[BaseException]:
        return [e for e in self.errors if not isinstance(e, PulutError)]


@pytest.fixture
def errors() -> RecordingErrors:
    return RecordingErrors()


@pytest.fixture
def runner(qapp, errors: RecordingErrors):
    runner = OperationRunner(errors)
    yield runner
    finished = runner.wait_for_done(10_000)
    qapp.processEvents()
    assert finished, "a background operation was still running when the test ended"
    assert not errors.unexpected(), f"unexpected errors reached the error handler: {errors.unexpected()!r}"


@pytest.fixture
def translations(qapp):
    translations = Translations(qapp)
    translations.switch("id")
    yield translations
    translations.uninstall()  # later tests see the English sources unless they load a language


@pytest.fixture
def supervisor_store(data_root: Path):
    store = Store.create(
        data_root,
        username="super",
        full_name="Sri Supervisor",
        password=PASSWORD,
        device_name="Laptop Uji 01",
        regency_code="14.71",
    )
    yield store
    store.close()


def open_store(data_root: Path, username: str, password: str = PASSWORD) -> Store:
    return Store.open(data_root, username, password)
