"""The export dialog: an officer cannot ask for disability and heir data; a supervisor ticks it, types a
purpose and gets it, audited with that purpose (UU 27/2022 Pasal 4(2), issue 19)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from pulut_desktop.domain.registration import Heir, HeirRelationship
from pulut_desktop.fieldops.tables import read_table
from pulut_desktop.storage import registrations
from pulut_desktop.storage.accounts import add_officer
from pulut_desktop.storage.models import AuditEvent
from pulut_desktop.storage.store import Role
from pulut_desktop.ui.fieldops.export_dialog import ExportDialog
from tests.conftest import make_registration

from ..conftest import PASSWORD, open_store


def _dialog(qtbot, store, runner) -> ExportDialog:
    dialog = ExportDialog(store, runner, language="id")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_officer_and_supervisor_exports(qtbot, supervisor_store, runner, data_root, tmp_path):
    reg = make_registration(has_disability=True, heirs=[Heir("Anak Siti", HeirRelationship.CHILD)])
    registrations.save(supervisor_store, reg, submit=False)
    add_officer(supervisor_store, "budi", "Budi", PASSWORD, Role.OFFICER)

    officer = open_store(data_root, "budi")
    try:
        dialog = _dialog(qtbot, officer, runner)
        assert not dialog.specific.isEnabled() and not dialog.purpose.isEnabled()
        with qtbot.waitSignal(dialog.sig_export_finished, timeout=10_000):
            dialog.export_to(tmp_path / "petugas.csv")
        ((_, values),) = read_table(tmp_path / "petugas.csv").rows
        assert values[-2:] == ["(dirahasiakan)", "(dirahasiakan)"]
        dialog.close()
    finally:
        assert runner.wait_for_done(10_000)
        officer.close()

    dialog = _dialog(qtbot, supervisor_store, runner)
    assert dialog.specific.isEnabled() and not dialog.purpose.isEnabled()
    qtbot.mouseClick(dialog.specific, Qt.MouseButton.LeftButton)
    assert dialog.purpose.isEnabled()


def test_supervisor_needs_a_purpose(qtbot, supervisor_store, runner, tmp_path):
    reg = make_registration(has_disability=True, heirs=[Heir("Anak Siti", HeirRelationship.CHILD)])
    registrations.save(supervisor_store, reg, submit=False)
    dialog = _dialog(qtbot, supervisor_store, runner)
    qtbot.mouseClick(dialog.specific, Qt.MouseButton.LeftButton)
    dialog.export_to(tmp_path / "tanpa-keperluan.csv")
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=10_000)
    assert "Tuliskan keperluan" in dialog.message.text()
    assert not (tmp_path / "tanpa-keperluan.csv").exists()

    dialog.purpose.setFocus()
    QTest.keyClicks(dialog.purpose, "Klaim JKM ahli waris")
    with qtbot.waitSignal(dialog.sig_export_finished, timeout=10_000):
        dialog.export_to(tmp_path / "lengkap.csv")
    ((_, values),) = read_table(tmp_path / "lengkap.csv").rows
    assert values[-2:] == ["Ya", "ANAK SITI (child)"]
    with supervisor_store.reader() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "export.specific_data")).all()
    assert [e.details["purpose"] for e in events] == ["Klaim JKM ahli waris"]
