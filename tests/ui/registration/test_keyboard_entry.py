"""An officer registers a worker with the keyboard only, finds it, edits it; a supervisor approves."""

from __future__ import annotations

from datetime import date

from _registration_helpers import focused, nik_for, press, type_text
from PySide6.QtCore import Qt

from pulut_desktop.domain.people import Sex
from pulut_desktop.domain.status import Status
from pulut_desktop.storage import registrations
from pulut_desktop.storage.audit import history
from pulut_desktop.ui.registration.form import RegistrationFormPage
from pulut_desktop.ui.registrations.model import RegistrationColumn
from pulut_desktop.ui.registrations.page import RegistrationsPage

BORN = date(1985, 8, 17)


def _show(qtbot, widget) -> None:
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.isActiveWindow())


def test_register_with_keyboard_only_then_find_edit_approve(qtbot, store, runner, village):
    village_region, district, regency = village
    nik = nik_for(district.code, BORN, Sex.FEMALE, serial=7)
    form = RegistrationFormPage(store, runner)
    _show(qtbot, form)

    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N: a fresh form, focus on NIK
    assert focused() is form.identity.nik_edit
    type_text(nik)
    # The NIK decodes live: birth date and sex are filled because they were empty.
    assert form.identity.birth_date_edit.text() == "17-08-1985"
    assert form.identity.sex_combo.currentData() == Sex.FEMALE.value
    press(Qt.Key.Key_Return)
    assert focused() is form.identity.kk_edit
    press(Qt.Key.Key_Tab)
    type_text("Siti  Rahmawati")
    press(Qt.Key.Key_Return)
    type_text("Pekanbaru")
    press(Qt.Key.Key_Return)
    assert focused() is form.identity.birth_date_edit
    press(Qt.Key.Key_Return)
    assert focused() is form.identity.sex_combo
    press(Qt.Key.Key_Return)
    type_text("Aminah")
    press(Qt.Key.Key_Return)
    assert focused() is form.address.address_edit
    type_text("Jl. Sudirman No. 5 RT 01/RW 02")
    press(Qt.Key.Key_Return)
    assert focused() is form.address.regency_combo
    type_text(regency.name.split()[-1][:5].lower())  # a fragment of "Kota Pekanbaru"
    press(Qt.Key.Key_Return)
    assert form.address.regency_combo.code() == regency.code
    assert focused() is form.address.district_combo
    type_text(district.name[1:5].lower())  # a fragment from inside the name
    press(Qt.Key.Key_Return)
    assert form.address.district_combo.code() == district.code
    type_text(village_region.name)
    press(Qt.Key.Key_Return)
    assert form.address.village_combo.code() == village_region.code
    assert focused() is form.address.phone_edit
    type_text("0812-3456-7890")
    press(Qt.Key.Key_Return)
    assert focused() is form.work.occupation_combo
    type_text("kelapa sawit")
    press(Qt.Key.Key_Return)
    assert form.work.occupation_combo.code() == "PEKEBUN_SAWIT"
    assert focused() is form.work.disability_check  # the "other" note is skipped: it is disabled
    press(Qt.Key.Key_Return)
    assert focused() is form.work.same_as_previous_check  # "sama dengan sebelumnya": left unticked
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return)  # funding: APBD
    assert focused() is form.work.start_combo
    press(Qt.Key.Key_Return)
    assert focused() is form.work.months_spin
    press(Qt.Key.Key_Backspace)
    press(Qt.Key.Key_Backspace)
    type_text("6")
    assert "Rp100.800" in form.work.contribution_label.text()  # Rp16.800 × 6, live
    press(Qt.Key.Key_Return)
    assert focused() is form.heirs.add_button
    press(Qt.Key.Key_Return)  # Enter on the button adds a row and opens its name cell
    type_text("Budi Santoso")
    press(Qt.Key.Key_Tab)
    type_text("Ch")  # relationship: Child
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)  # NIK of the heir: optional
    type_text("081298765432")
    press(Qt.Key.Key_Return)
    expected_heirs = [{"name": "Budi Santoso", "relationship": "child", "nik": "", "phone": "081298765432"}]
    qtbot.waitUntil(lambda: form.heirs.state() == expected_heirs)  # the delegate commits queued
    press(Qt.Key.Key_Tab)
    assert focused() is form.heirs.remove_button
    press(Qt.Key.Key_Tab)
    assert focused() is form.consent.given_check
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Return)
    assert focused() is form.consent.method_combo
    type_text("S")  # Signed consent form
    press(Qt.Key.Key_Return)
    assert focused() is form.consent.reference_edit  # the witness is only for verbal consent
    type_text("F-0042")

    with qtbot.waitSignal(form.sig_registration_saved, timeout=10000) as saved:
        press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    registration_id = saved.args[0]
    reg = registrations.get(store, registration_id)
    assert reg.full_name == "SITI RAHMAWATI"
    assert reg.nik == nik and reg.birth_date == BORN and reg.sex is Sex.FEMALE
    assert reg.village_code == village_region.code and reg.phone == "+6281234567890"
    assert reg.coverage_months == 6 and reg.heirs[0].name == "BUDI SANTOSO"
    assert reg.consent.form_reference == "F-0042" and reg.status is Status.READY and reg.version == 1
    assert "Saved" in form.header.banner.text()
    assert form.identity.nik_edit.text() == ""  # ready for the next worker

    # -- the list shows it, and finds it by NIK prefix and by a fragment of the name ------------
    page = RegistrationsPage(store, runner)
    _show(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row_at(0) is not None)
    assert page.model.index(0, RegistrationColumn.NIK).data() == nik[:6] + "******" + nik[-4:]
    assert page.model.index(0, RegistrationColumn.STATUS).data() == "Ready"
    for needle in (nik[:8], "rahma"):
        page.filters.search_edit.setFocus()
        page.filters.search_edit.clear()
        with qtbot.waitSignal(page.model.sig_search_finished, timeout=5000):
            type_text(needle)
        assert page.model.rowCount() == 1
        qtbot.waitUntil(lambda: page.model.row_at(0) is not None)
        assert page.model.index(0, RegistrationColumn.NAME).data() == "SITI RAHMAWATI"
    page.filters.search_edit.clear()
    with qtbot.waitSignal(page.model.sig_search_finished, timeout=5000):
        type_text("zzzz")
    assert page.model.rowCount() == 0

    # -- Enter on the row asks to open it; the form opens it; an edit bumps the version ---------
    with qtbot.waitSignal(page.model.sig_search_finished, timeout=5000):
        page.filters.search_edit.clear()
        type_text(nik[:6])
    qtbot.waitUntil(lambda: page.model.row_at(0) is not None)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    with qtbot.waitSignal(page.sig_registration_open_requested) as opened:
        press(Qt.Key.Key_Return)
    assert opened.args == [registration_id]
    with qtbot.waitSignal(form.sig_registration_loaded, timeout=5000):
        form.open_registration(registration_id)
    assert form.header.title.text() == f"Registration {reg.registration_number}"
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.address.address_edit.setFocus()
    form.address.address_edit.selectAll()
    type_text("Jl. Sudirman No. 7")
    with qtbot.waitSignal(form.sig_registration_loaded, timeout=10000):
        press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    edited = registrations.get(store, registration_id)
    assert edited.version == 2 and edited.address_line == "Jl. Sudirman No. 7"
    assert form.history.actions()[0] == "registration.edited"
    assert "address" in form.history.texts()[0]
    with store.reader() as session:
        events = [(e.action, e.details) for e in history(session, registration_id)]
    assert events[-1][0] == "registration.edited" and events[-1][1]["changed"] == ["address_line"]
