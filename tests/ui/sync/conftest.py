"""The sync page on real SQLCipher stores: a laptop, a province from pulut_desktop/province, temp folders
as USB sticks. The runner and its recording error handler come from tests/ui/conftest.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from pulut_desktop.ui.sync.page import SyncPage
from tests.outbox.helpers import Province, make_laptop, make_province


@pytest.fixture
def province(tmp_path: Path):
    made = make_province(tmp_path / "province")
    yield made
    made.store.close()


@pytest.fixture
def laptop(tmp_path: Path):
    store = make_laptop(tmp_path / "laptop")
    yield store
    store.close()


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_page(qtbot, runner, province: Province, settings: QSettings):
    """``make_page(store)``: the page, shown and loaded, trusting the test province's keys."""

    def make(store) -> SyncPage:
        page = SyncPage(store, runner, province_keys=[province.keys_file], settings=settings)
        qtbot.addWidget(page)
        page.resize(1146, 700)
        page.show()
        page.refresh()
        settle(qtbot, runner)
        return page

    return make


def settle(qtbot, runner) -> None:
    """Wait until every queued operation, and the ones their callbacks started, has finished."""
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=20_000)


@pytest.fixture
def choose_folder(monkeypatch: pytest.MonkeyPatch):
    """``choose_folder(path)``: the next folder dialogs answer ``path``."""

    def answer(path: Path) -> list[tuple]:
        asked: list[tuple] = []

        def fake(*args, **kwargs):
            asked.append(args)
            return str(path)

        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(fake))
        return asked

    return answer


@pytest.fixture
def choose_file(monkeypatch: pytest.MonkeyPatch):
    """``choose_file(path)``: the next open-file dialogs answer ``path``."""

    def answer(path: Path) -> list[tuple]:
        asked: list[tuple] = []

        def fake(*args, **kwargs):
            asked.append(args)
            return str(path), "Enrolment files (*.pulutenrolment)"

        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))
        return asked

    return answer


from tests.province_http.conftest import database_url, service  # noqa: E402,F401 - the HTTP province
