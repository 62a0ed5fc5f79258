"""From the registration's form: record a death (a real store, accepted by a real province by stick),
print the heirs' claim letter, read the PDF's text. A date in the future is refused in Indonesian."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import QDate, Qt

from pulut_desktop.domain.registration import Heir, HeirRelationship
from pulut_desktop.services import exits
from pulut_desktop.ui.registration.exit_dialog import ExitDialog
from pulut_desktop.ui.registration.form import RegistrationFormPage
from tests.outbox.helpers import approve_new, enrol, make_laptop, make_province, round_trip_by_stick


def test_death_recorded_from_the_form_prints_the_letter_with_the_heirs(qtbot, runner, tmp_path):
    province = make_province(tmp_path / "province")
    laptop = make_laptop(tmp_path / "laptop", "Laptop Pekanbaru 1", "14.71")
    stick = tmp_path / "stick"
    stick.mkdir()
    try:
        enrol(laptop, province, stick)
        heirs = [Heir("Ahmad Yani", HeirRelationship.SPOUSE, phone="0812-7654-3210"),
                 Heir("Rina Yani", HeirRelationship.CHILD)]  # fmt: skip
        rid = approve_new(laptop, 1, heirs=heirs)
        round_trip_by_stick(laptop, province, stick)
        not_sent = approve_new(laptop, 2)

        form = RegistrationFormPage(laptop, runner)
        qtbot.addWidget(form)
        form.resize(1366, 768)
        form.show()
        with qtbot.waitSignal(form.sig_registration_loaded, timeout=10000):
            form.open_registration(not_sent)
        assert not form.header.exit_button.isVisible()  # approved, never sent: not a member yet
        with qtbot.waitSignal(form.sig_registration_loaded, timeout=10000):
            form.open_registration(rid)
        assert form.header.exit_button.isVisible()

        qtbot.mouseClick(form.header.exit_button, Qt.MouseButton.LeftButton)
        dialog = form.findChild(ExitDialog)
        assert dialog is not None and dialog.isVisible()
        qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10000)
        assert "2 heir" in dialog.worker_label.text()
        assert not dialog.letter_button.isEnabled()  # nothing recorded yet

        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("death"))
        dialog.source_combo.setCurrentIndex(dialog.source_combo.findData("village"))
        dialog.date_edit.setDate(QDate.currentDate().addDays(1))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "masa depan" in dialog.message.text(), timeout=10000)
        assert exits.read_exit(laptop, rid).recorded is None  # refused: nothing written

        dialog.date_edit.setDate(QDate.currentDate().addDays(-2))
        dialog.document_edit.setFocus()
        qtbot.keyClicks(dialog.document_edit, "474.3/12/2026")
        with qtbot.waitSignal(dialog.sig_exit_recorded, timeout=10000):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.letter_button.isEnabled()

        opened = []
        dialog.open_file = lambda path: opened.append(path) or False  # no PDF viewer on this machine
        with qtbot.waitSignal(dialog.sig_letter_written, timeout=20000) as written:
            qtbot.mouseClick(dialog.letter_button, Qt.MouseButton.LeftButton)
        pdf = written.args[0]
        assert opened and str(opened[0]) == pdf
        assert "No PDF viewer" in dialog.message.text() and pdf in dialog.message.text()
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
        for expected in ("AHMAD YANI", "RINA YANI", "Suami/istri", "Anak", "SITI AMINAH 1", "Rp42.000.000",
                         "474.3/12/2026", "Surat keterangan ahli waris", "175", "Sri Supervisor"):  # fmt: skip
            assert expected in text, expected
        assert "1471014508900001" not in text  # the NIK is masked on paper
        recorded = exits.read_exit(laptop, rid).recorded
        assert recorded.is_death and recorded.claim_letter_printed
    finally:
        laptop.close()
        province.store.close()
