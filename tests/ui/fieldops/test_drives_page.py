"""Start a drive in the GUI, register during it, close it, and read the berita acara PDF."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from pulut_desktop.domain.status import Status
from pulut_desktop.storage import drives, registrations
from pulut_desktop.ui.fieldops.drives import DrivesPage
from tests.conftest import make_registration

JADIREJO = "14.71.01.1002"


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_start_register_close_and_reprint(qtbot, supervisor_store, runner, tmp_path):
    store = supervisor_store
    page = DrivesPage(store, runner)
    qtbot.addWidget(page)
    opened: list[Path] = []
    page.open_file = opened.append
    with qtbot.waitSignal(page.sig_state_loaded):
        page.refresh()
    assert page.left.currentIndex() == 0 and page.state.current is None

    form = page.start_form
    form.choose_village(JADIREJO)
    qtbot.keyClicks(form.place, "Balai Desa Jadirejo")
    qtbot.keyClicks(form.team, "Sri, Budi")
    with qtbot.waitSignal(page.sig_state_loaded, timeout=10_000):
        form.start_button.click()
    drive = page.state.current
    assert drive is not None and drive.village_code == JADIREJO and drive.place == "Balai Desa Jadirejo"
    assert page.left.currentIndex() == 1

    # Registrations saved while the drive is open belong to it (one complete, one draft)
    registrations.save(store, make_registration(nik="1471014508900001", full_name="Siti Aminah"))
    registrations.save(store, make_registration(nik="1471014508900002", full_name="Rina Wati"), submit=False)
    with qtbot.waitSignal(page.sig_state_loaded):
        page.refresh()  # the timer does the same every few seconds
    assert page.tally_total.text() == "2"
    assert page.tally_labels[Status.DRAFT].text() == "1"
    assert page.tally_labels[Status.READY].text() == "1"

    with qtbot.waitSignal(page.sig_closeout_written, timeout=20_000) as written:
        page.close_current_drive(confirm=False)
    pdf = Path(written.args[0])
    assert opened == [pdf]
    # opened.append answers None, as when no PDF viewer is installed: the page says where the file is
    note = page.closeout_note
    assert not note.isHidden() and note.property("kind") == "warning" and str(pdf) in note.text()
    assert "No PDF viewer" in note.text()
    text = _pdf_text(pdf)
    assert "BERITA ACARA PENDAFTARAN PEKERJA RENTAN" in text
    assert "Jadirejo" in text and "Balai Desa Jadirejo" in text and "Sri, Budi" in text
    assert "SITI AMINAH" in text and "RINA WATI" in text
    assert "147101******0001" in text and "1471014508900001" not in text  # masked NIK only
    assert "Kepala Desa" in text and "Sri Supervisor" in text
    assert "Draf" in text and "Menunggu persetujuan" in text
    assert "MODE LATIHAN" not in text
    qtbot.waitUntil(lambda: page.state.current is None)
    assert drives.list_drives(store)[0].status == "closed"
    assert page.left.currentIndex() == 0

    # After the close a registration belongs to no drive
    later = registrations.save(store, make_registration(nik="1471014508900003", full_name="Nur"), submit=False)
    assert later.drive_id is None

    # Reprint from the list of past drives
    page.past_table.selectRow(0)
    assert page.reprint_button.isEnabled()
    pdf.unlink()
    with qtbot.waitSignal(page.sig_closeout_written, timeout=20_000) as again:
        page.reprint_button.click()
    assert Path(again.args[0]) == pdf and pdf.exists()
    assert "RINA WATI" in _pdf_text(pdf)
    assert runner.wait_for_done(10_000)


def test_start_needs_village_and_place(qtbot, supervisor_store, runner):
    page = DrivesPage(supervisor_store, runner)
    qtbot.addWidget(page)
    page.start_form.start_button.click()
    assert page.start_form.message.text() == "Choose the village of the drive."
    page.start_form.choose_village(JADIREJO)
    page.start_form.start_button.click()
    assert page.start_form.message.text() == "Write where the drive takes place."
    assert drives.current_drive(supervisor_store) is None


def test_drive_date_is_typed_from_any_tab_direction_and_a_wrong_one_is_refused(qtbot, qapp, supervisor_store, runner):
    from datetime import date

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    page = DrivesPage(supervisor_store, runner)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    form = page.start_form
    form.choose_village(JADIREJO)
    form.place.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.place)
    qtbot.keyClicks(form.place, "Balai Desa")
    qtbot.keyClick(form.place, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back onto the date
    assert QApplication.focusWidget() is form.held_on
    qtbot.keyClicks(form.held_on, "15122026")
    assert form.values()["held_on"] == date(2026, 12, 15)

    qtbot.keyClick(form.held_on, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.held_on, "31022026")  # no 31 February
    form.start_button.click()
    assert form.message.text() == "Write the date of the drive as dd-mm-yyyy."
    assert QApplication.focusWidget() is form.held_on
