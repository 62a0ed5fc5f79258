"""The officer's handbook followed step by step on a fresh data dir, from first start to a receipt applied
(issue 10). Each step uses the real window the handbook shows; the province admin's steps are the
`pulut-province` commands of resources/handbook/province-admin.md, run as a separate process."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QWizard

from pulut_desktop.domain.people import Sex
from pulut_desktop.domain.reference import regions
from pulut_desktop.domain.registration import Consent, ConsentMethod, Heir, HeirRelationship, Registration
from pulut_desktop.domain.status import Status
from pulut_desktop.storage import registrations
from pulut_desktop.ui.app import PulutApp
from pulut_desktop.ui.registration.state import state_from_registration
from pulut_desktop.ui.sync.page import SyncPage

from .conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "frasa-sandi-provinsi-1"


def _province(*args: str, root: Path) -> str:
    """A province admin command, exactly as resources/handbook/province-admin.md writes it."""
    done = subprocess.run(
        [sys.executable, "-m", "pulut_desktop.province.cli", "--data-dir", str(root), "--passphrase-stdin", *args],
        input=PASSPHRASE + "\n", capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName() or button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _settle(qtbot, runner) -> None:
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=30_000)


def test_from_first_start_to_a_receipt_applied(qtbot, qapp, data_root, runner, errors, translations, tmp_path,
                                               monkeypatch):  # fmt: skip
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    province_root = tmp_path / "provinsi"

    # §1 Menyiapkan laptop pertama kali: the four wizard steps.
    app = PulutApp(qapp, data_root, runner, translations, remember=False)
    wizard = app.start()
    _click(qtbot, wizard.button(QWizard.WizardButton.NextButton))  # Bahasa Indonesia
    account = wizard.account_page
    qtbot.keyClicks(account.username, "sri.wahyuni")
    qtbot.keyClicks(account.full_name, "Sri Wahyuni")
    qtbot.keyClicks(account.password, PASSWORD)
    qtbot.keyClicks(account.repeat, PASSWORD)
    _click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    device = wizard.device_page
    device.device_name.clear()
    qtbot.keyClicks(device.device_name, "Laptop Kampar 1")
    device.regency.setCurrentIndex(device.regency.findData("14.01"))
    _click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    _click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: app.login is not None, timeout=15_000)

    # §2 Masuk.
    login = app.login
    qtbot.keyClicks(login.password, PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=15_000)
    window = app.main_window
    qtbot.addWidget(window)
    store = app.store
    assert store.officer.username == "sri.wahyuni" and store.officer.is_supervisor

    # §5 Formulir pendaftaran: a worker's data in the form, then Ctrl+S.
    window.show_page("new")
    form = window.form
    form.new_registration()
    worker = Registration(
        nik="1401025508920003", full_name="Rahmawati", birth_place="Bangkinang", birth_date=date(1992, 8, 15),
        sex=Sex.FEMALE, address_line="Jl. Lintas Timur No. 12, RT 002/RW 001", village_code="14.01.02.2001",
        phone="0813-7654-3210", occupation_id="BURUH_KEBUN_SAWIT", coverage_start=date(2026, 12, 1),
        coverage_months=12, heirs=[Heir("Joni Saputra", HeirRelationship.SPOUSE)],
        consent=Consent(True, ConsentMethod.SIGNED_FORM, datetime(2026, 11, 25, 9, 30), form_reference="F-0001"),
    )  # fmt: skip
    assert regions().is_village(worker.village_code)
    state = state_from_registration(worker)
    state["meta"] = form.state()["meta"]
    form._load_state(state)
    with qtbot.waitSignal(form.sig_registration_saved, timeout=15_000) as saved:
        qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    registration_id = saved.args[0]
    assert registrations.get(store, registration_id).status is Status.READY

    # §7 Persetujuan supervisor.
    window.show_page("approvals")
    approvals = window.approvals
    qtbot.waitUntil(lambda: approvals.model.rowCount() == 1 and approvals.model.row_at(0) is not None)
    approvals.table.selectRow(0)
    with qtbot.waitSignal(approvals.model.sig_search_finished, timeout=10_000):
        _click(qtbot, approvals.approve_button)
    assert registrations.get(store, registration_id).status is Status.APPROVED

    # §9 Mencetak kartu: everything not printed yet, A4 sheets.
    window.show_page("cards")
    cards = window.page("cards")
    pdf = tmp_path / "kartu.pdf"
    cards.choose_output_path = lambda suggested: str(pdf)
    cards.open_when_done.setChecked(False)
    _settle(qtbot, runner)
    _click(qtbot, cards.print_button)
    qtbot.waitUntil(lambda: pdf.exists(), timeout=20_000)
    _settle(qtbot, runner)
    assert registrations.get(store, registration_id).status is Status.APPROVED

    # §10 Mengirim data: the province sets up (resources/handbook/province-admin.md §2), the supervisor writes the
    # request to the stick, the admin approves it (§3), the supervisor imports the enrolment.
    _province("init", "--name", "Disnakertrans Provinsi Riau", root=province_root)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    # The installer ships the province's public keys; here they come from the province just made.
    sync = SyncPage(store, runner, province_keys=[province_root / "province-keys.json"], settings=settings)
    qtbot.addWidget(sync)
    sync.show()
    sync.refresh()
    _settle(qtbot, runner)
    assert sync.enrolment.banner.isVisible()  # "Laptop belum terdaftar di provinsi"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(stick)))
    _click(qtbot, sync.enrolment.request_button)
    _settle(qtbot, runner)
    _province("devices", "approve", str(stick), root=province_root)
    (enrolment_file,) = (stick / "PULUT" / "enrolments").iterdir()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(enrolment_file), "")))
    _click(qtbot, sync.enrolment.import_button)
    _settle(qtbot, runner)
    assert not sync.enrolment.banner.isVisible()

    # Ekspor ke USB, the province imports the stick (§5 of the admin guide), Terapkan tanda terima.
    _click(qtbot, sync.usb.export_button)
    _settle(qtbot, runner)
    assert registrations.get(store, registration_id).status is Status.SENT
    _province("import", str(stick), root=province_root)
    _click(qtbot, sync.usb.apply_button)
    _settle(qtbot, runner)
    assert registrations.get(store, registration_id).status is Status.ACCEPTED
    assert errors.errors == []
    window.close()
