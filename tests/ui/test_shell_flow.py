"""The application shell driven like an officer would: wizard, login, lockout, main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from pulut_desktop.paths import DataDir
from pulut_desktop.storage.store import Role, read_public_settings
from pulut_desktop.ui.app import PulutApp
from pulut_desktop.ui.integration import no_registration_pages
from pulut_desktop.ui.login import LoginWindow
from pulut_desktop.ui.main_window import MainWindow

from .conftest import PASSWORD


def _click_next(qtbot, wizard: QWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_first_run_wizard_creates_store_and_reaches_login(qtbot, qapp, data_root, runner, translations):
    app = PulutApp(qapp, data_root, runner, translations, remember=False, page_factory=no_registration_pages)
    wizard = app.start()  # not given to qtbot: the app deletes it once the store exists
    assert app.wizard is wizard and app.login is None

    _click_next(qtbot, wizard)  # language: Bahasa Indonesia is already chosen
    page = wizard.account_page
    assert wizard.currentPage() is page
    qtbot.keyClicks(page.username, "rina.s")
    qtbot.keyClicks(page.full_name, "Rina Safitri")
    qtbot.keyClicks(page.password, PASSWORD)
    qtbot.keyClicks(page.repeat, PASSWORD + "x")
    _click_next(qtbot, wizard)
    assert wizard.currentPage() is page, "a mismatched repeat must keep the officer on the page"
    assert page.message.isVisible() and "tidak sama" in page.message.text()
    page.repeat.clear()
    qtbot.keyClicks(page.repeat, PASSWORD)
    _click_next(qtbot, wizard)

    device = wizard.device_page
    assert wizard.currentPage() is device
    assert device.regency.count() == 12
    device.device_name.clear()
    qtbot.keyClicks(device.device_name, "Laptop Disnaker 03")
    qtbot.keyClick(device.regency, Qt.Key.Key_End)  # the list is sorted: Kota Pekanbaru is last
    assert device.regency.currentData() == "14.71"
    _click_next(qtbot, wizard)

    data = wizard.data_page
    assert wizard.currentPage() is data
    assert Path(data.folder.text()) == data_root
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.login is not None, timeout=10_000)

    assert DataDir(data_root).is_initialised()
    assert read_public_settings(DataDir(data_root)) == {"language": "id", "training": False}
    login = app.login
    qtbot.addWidget(login)
    assert login.isVisible() and login.username.text() == "rina.s"
    assert not login.training_banner.isVisible()


def test_wizard_language_choice_switches_the_wizard_to_english(qtbot, qapp, data_root, runner, translations):
    app = PulutApp(qapp, data_root, runner, translations, remember=False, page_factory=no_registration_pages)
    wizard = app.start()
    qtbot.addWidget(wizard)
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "Lanjut"
    english = wizard.language_page.english
    qtbot.mouseClick(english, Qt.MouseButton.LeftButton, pos=QPoint(10, english.height() // 2))
    assert translations.language == "en"
    # LanguageChange events are posted: the wizard retranslates when the event loop runs.
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.NextButton).text() == "Next")
    assert wizard.windowTitle() == "Pulut Desktop — First start"


def _submit(qtbot, login: LoginWindow, username: str, password: str) -> None:
    login.username.clear()
    qtbot.keyClicks(login.username, username)
    login.password.clear()
    qtbot.keyClicks(login.password, password)
    qtbot.mouseClick(login.sign_in, Qt.MouseButton.LeftButton)


def _login(qtbot, login: LoginWindow, username: str, password: str) -> None:
    """A login expected to fail: wait until the window is ready again."""
    _submit(qtbot, login, username, password)
    qtbot.waitUntil(lambda: login.sign_in.isEnabled(), timeout=10_000)


def test_wrong_password_shows_failure_and_five_wrong_attempts_lock(qtbot, supervisor_store, runner):
    login = LoginWindow(supervisor_store.data_dir.root, runner, language="id", training=False)
    qtbot.addWidget(login)
    login.show()
    signed_in = []
    login.sig_login_succeeded.connect(signed_in.append)
    for attempt in range(1, 5):
        _login(qtbot, login, "super", "salah-sekali")
        assert login.message.isVisible()
        assert "Nama pengguna atau kata sandi salah." in login.message.text()
        assert f"Sisa {5 - attempt} kali percobaan" in login.message.text()
        assert login.password.text() == ""
    _login(qtbot, login, "super", "salah-sekali")
    assert "Akun dikunci" in login.message.text() and "5 menit" in login.message.text()
    # Even the right password is refused while the account is locked.
    _login(qtbot, login, "super", PASSWORD)
    assert "Akun dikunci" in login.message.text()
    assert signed_in == []


def test_login_lists_no_officers(qtbot, supervisor_store, runner):
    login = LoginWindow(supervisor_store.data_dir.root, runner, language="id", training=False)
    qtbot.addWidget(login)
    from PySide6.QtWidgets import QComboBox, QListView, QTableView

    assert not login.findChildren(QComboBox) and not login.findChildren(QListView)
    assert not login.findChildren(QTableView)
    assert login.username.text() == ""


def test_successful_login_reaches_main_window(qtbot, qapp, supervisor_store, runner, translations):
    root = supervisor_store.data_dir.root
    supervisor_store.close()
    app = PulutApp(qapp, root, runner, translations, remember=False, page_factory=no_registration_pages)
    login = app.start()  # the app deletes it after the login
    assert isinstance(login, LoginWindow)
    _submit(qtbot, login, "super", PASSWORD)
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=10_000)
    window = app.main_window
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow) and window.isVisible()
    assert app.store.officer.role is Role.SUPERVISOR
    assert window.officer_label.text() == "Masuk sebagai: Sri Supervisor (Supervisor)"
    qtbot.waitUntil(lambda: "Laptop Uji 01" in window.device_label.toolTip(), timeout=5000)
    code = window.device_label.toolTip().split("(")[-1].rstrip(")")
    assert len(code) == 8 and window.device_label.text() == f"Perangkat: {code}"  # the code; the name in the tooltip
    assert window.current_key() == "home"
    qtbot.waitUntil(lambda: window.home.total.text() != "", timeout=5000)
    window.close()
    assert app.store is None  # closing the main window ends the session


def test_training_data_dir_shows_the_banner(qtbot, qapp, data_root, runner, translations):
    from pulut_desktop.storage.store import Store

    Store.create(
        data_root,
        username="super",
        full_name="Sri",
        password=PASSWORD,
        device_name="Latihan",
        regency_code="14.01",
        training=True,
    ).close()
    app = PulutApp(qapp, data_root, runner, translations, remember=False, page_factory=no_registration_pages)
    login = app.start()
    assert login.training_banner.isVisible()
    assert "MODE LATIHAN" in login.training_banner.text()
    _submit(qtbot, login, "super", PASSWORD)
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=10_000)
    qtbot.addWidget(app.main_window)
    assert app.main_window.training_banner.isVisible()
    app.main_window.close()
