"""The form fills in what an officer at a drive would otherwise retype: the drive's village (with its
district and regency), "sama dengan sebelumnya" (funding source, coverage start); and it checks the NIK
against the laptop as soon as the NIK field is left, beside the field."""

from __future__ import annotations

from datetime import date

from _registration_helpers import focused, nik_for, press, registration, shown_form, type_text
from PySide6.QtCore import Qt

from pulut_desktop.domain.people import Sex
from pulut_desktop.domain.registration import FundingSource
from pulut_desktop.services import drives
from pulut_desktop.storage import registrations

BORN = date(1985, 8, 17)


def test_an_open_drive_fills_the_village_of_every_new_form(qtbot, store, runner, village):
    village_region, district, regency = village
    drives.start_drive(store, village_code=village_region.code, held_on=date.today(), place="Balai Desa")
    form = shown_form(qtbot, store, runner)
    with qtbot.waitSignal(form.sig_defaults_applied, timeout=10_000):
        press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    address = form.address
    assert (address.regency_combo.code(), address.district_combo.code(), address.village_combo.code()) == (
        regency.code,
        district.code,
        village_region.code,
    )
    assert address.village_combo.currentText() == village_region.name
    assert address.drive_hint.isVisibleTo(form) and "Balai Desa" in address.drive_hint.text()
    assert not form.has_unsaved_input()  # a default is not input: nothing to keep or to ask about
    assert focused() is form.identity.nik_edit
    type_text("1471")
    assert form.has_unsaved_input()


def test_without_a_drive_the_address_stays_empty(qtbot, store, runner):
    form = shown_form(qtbot, store, runner)
    with qtbot.waitSignal(form.sig_defaults_applied, timeout=10_000):
        press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert form.address.village_combo.code() == "" and form.address.regency_combo.code() == ""
    assert not form.address.drive_hint.isVisibleTo(form)


def test_what_was_typed_before_the_defaults_arrive_wins(qtbot, store, runner, village):
    village_region, district, _regency = village
    other = next(v for v in registrations_villages(district.code) if v != village_region.code)
    drives.start_drive(store, village_code=village_region.code, held_on=date.today(), place="Balai Desa")
    form = shown_form(qtbot, store, runner)
    form.address.set_state({"village_code": other})  # typed already (a restored draft, for example)
    form._on_defaults_loaded(form._defaults.__class__(village_code=village_region.code, drive_place="Balai Desa"))
    assert form.address.village_combo.code() == other


def registrations_villages(district_code: str) -> list[str]:
    from pulut_desktop.domain.reference import regions

    return [r.code for r in regions().children(district_code)]


def test_same_as_previous_takes_funding_and_coverage_start_of_the_last_save(qtbot, store, runner, village):
    village_region, district, _ = village
    previous = registration(nik_for(district.code, BORN, Sex.FEMALE, 1), "Ani", BORN, Sex.FEMALE, village_region.code)
    previous.occupation_id, previous.funding_source = "PEKEBUN_SAWIT", FundingSource.DBH_SAWIT
    previous.coverage_start = date(2027, 2, 1)
    registrations.save(store, previous)
    form = shown_form(qtbot, store, runner)
    assert form.work.funding_combo.currentData() == "APBD"  # unticked: the usual defaults
    form.work.occupation_combo.setFocus()
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)  # past "has a disability" to "sama dengan sebelumnya"
    assert focused() is form.work.same_as_previous_check
    with qtbot.waitSignal(form.sig_defaults_applied, timeout=10_000):
        press(Qt.Key.Key_Space)
    assert form.work.funding_combo.currentData() == "DBH_SAWIT"
    assert form.work.start_combo.currentData() == "2027-02-01"
    # Ticked, it stays so: the next new form starts from the previous registration too.
    with qtbot.waitSignal(form.sig_defaults_applied, timeout=10_000):
        press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert form.work.same_as_previous_check.isChecked()
    assert (form.work.funding_combo.currentData(), form.work.start_combo.currentData()) == ("DBH_SAWIT", "2027-02-01")
    assert not form.has_unsaved_input()


def test_same_as_previous_without_an_earlier_registration_says_so(qtbot, store, runner):
    form = shown_form(qtbot, store, runner)
    form.work.disability_check.setFocus()
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "no earlier registration" in form.header.message(), timeout=10_000)
    assert form.work.funding_combo.currentData() == "APBD"


def test_a_known_nik_is_reported_beside_the_field_when_it_is_left(qtbot, store, runner, village):
    village_region, district, _ = village
    nik = nik_for(district.code, BORN, Sex.FEMALE, 3)
    saved = registrations.save(store, registration(nik, "Siti Aminah", BORN, Sex.FEMALE, village_region.code))
    form = shown_form(qtbot, store, runner)
    assert focused() is form.identity.nik_edit
    type_text(nik)
    assert not form.identity.duplicate_box.isVisibleTo(form)  # not while typing
    with qtbot.waitSignal(form.sig_nik_checked, timeout=10_000):
        press(Qt.Key.Key_Tab)  # the NIK field is left
    box = form.identity
    assert box.duplicate_box.isVisibleTo(form) and box.open_existing_button.isVisibleTo(form)
    assert saved.registration_number in box.duplicate_label.text()
    # Changing the NIK takes the notice away; a free NIK leaves it away.
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back to the NIK
    press(Qt.Key.Key_End)
    press(Qt.Key.Key_Backspace)
    assert not box.duplicate_box.isVisibleTo(form)
    type_text("9")
    with qtbot.waitSignal(form.sig_nik_checked, timeout=10_000):
        press(Qt.Key.Key_Return)
    assert not box.duplicate_box.isVisibleTo(form)
    # "Open the existing record" (by keyboard) opens the one that has the NIK.
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back to the NIK
    press(Qt.Key.Key_End)
    press(Qt.Key.Key_Backspace)
    type_text(nik[-1])
    with qtbot.waitSignal(form.sig_nik_checked, timeout=10_000):
        press(Qt.Key.Key_Return)
    box.open_existing_button.setFocus()
    with qtbot.waitSignal(form.sig_registration_loaded, timeout=10_000) as loaded:
        press(Qt.Key.Key_Space)
    assert loaded.args == [saved.id]


def test_a_drive_opened_elsewhere_fills_the_untouched_new_form(qtbot, store, runner, village):
    village_region, _district, _regency = village
    form = shown_form(qtbot, store, runner)
    assert form.address.village_combo.code() == ""
    with qtbot.waitSignal(form.sig_defaults_applied, timeout=10_000):  # as the drives page starts one
        runner.run(lambda _ctx: drives.start_drive(store, village_code=village_region.code, held_on=date.today(),
                                                   place="Balai Desa"))  # fmt: skip
    assert form.address.village_combo.code() == village_region.code and not form.has_unsaved_input()
