"""Supervisor approval and send-back, exact and near duplicates, drafts autosaved and restored."""

from __future__ import annotations

from datetime import date

from _registration_helpers import nik_for, registration, when_modal
from PySide6.QtCore import Qt

from pulut_desktop.domain.people import Sex
from pulut_desktop.domain.status import Status
from pulut_desktop.storage import drafts, registrations
from pulut_desktop.storage.audit import history
from pulut_desktop.ui.registration.duplicates import NearMatchDialog
from pulut_desktop.ui.registration.form import RegistrationFormPage
from pulut_desktop.ui.registration.state import state_from_registration
from pulut_desktop.ui.registrations.approvals import ApprovalsPage
from pulut_desktop.ui.registrations.model import RegistrationColumn
from pulut_desktop.ui.registrations.page import RegistrationsPage
from pulut_desktop.ui.registrations.reject_dialog import RejectDialog

BORN = date(1990, 3, 4)


def _fill(form: RegistrationFormPage, reg) -> None:
    """Put a registration into the widgets as if typed (a new one: no id, version 0)."""
    state = state_from_registration(reg)
    state["meta"] = form.state()["meta"]
    form._load_state(state)


def test_supervisor_approves_one_and_sends_another_back(qtbot, store, runner, village):
    region, district, _ = village
    first = registrations.save(
        store, registration(nik_for(district.code, BORN, Sex.MALE, 1), "ANDI", BORN, Sex.MALE, region.code)
    )
    second = registrations.save(
        store, registration(nik_for(district.code, BORN, Sex.MALE, 2), "BAGUS", BORN, Sex.MALE, region.code)
    )
    page = ApprovalsPage(store, runner)
    qtbot.addWidget(page)
    page.show()
    page.refresh()  # what the main window does when it shows the page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.model.row_at(1) is not None)
    rows = {page.model.registration_id(r): r for r in range(2)}

    page.table.setCurrentIndex(page.model.index(rows[first.id], 0))
    assert page.approve_button.isEnabled()
    with qtbot.waitSignal(page.model.sig_search_finished, timeout=5000):
        qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert registrations.get(store, first.id).status is Status.APPROVED
    assert page.model.rowCount() == 1

    qtbot.waitUntil(lambda: page.model.row_at(0) is not None)
    page.table.selectRow(0)

    def answer_dialog(dialog: RejectDialog) -> None:
        assert not dialog.ok_button.isEnabled()  # a reason is required
        dialog.reason_edit.setPlainText("Tanggal lahir tidak sesuai KTP")
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()

    _timer = when_modal(RejectDialog, answer_dialog)
    with qtbot.waitSignal(page.model.sig_search_finished, timeout=5000):
        qtbot.mouseClick(page.reject_button, Qt.MouseButton.LeftButton)
    sent_back = registrations.get(store, second.id)
    assert sent_back.status is Status.NEEDS_FIX and page.model.rowCount() == 0

    # The officer sees the reason in the list and in the form.
    listing = RegistrationsPage(store, runner)
    qtbot.addWidget(listing)
    qtbot.waitUntil(lambda: listing.model.rowCount() == 2 and listing.model.row_at(1) is not None)
    reasons = [listing.model.index(r, RegistrationColumn.REASON).data() for r in range(2)]
    assert "Tanggal lahir tidak sesuai KTP" in reasons
    form = RegistrationFormPage(store, runner)
    qtbot.addWidget(form)
    with qtbot.waitSignal(form.sig_registration_loaded, timeout=5000):
        form.open_registration(second.id)
    assert "Tanggal lahir tidak sesuai KTP" in form.header.reason_banner.text()


def test_exact_nik_duplicate_is_blocked_with_a_way_to_the_existing_record(qtbot, store, runner, village):
    region, district, _ = village
    nik = nik_for(district.code, BORN, Sex.FEMALE, 3)
    existing = registrations.save(store, registration(nik, "CITRA", BORN, Sex.FEMALE, region.code))
    form = RegistrationFormPage(store, runner)
    qtbot.addWidget(form)
    form.show()
    _fill(form, registration(nik, "CITRA LESTARI", BORN, Sex.FEMALE, region.code))
    form.save()
    qtbot.waitUntil(lambda: form.identity.duplicate_box.isVisibleTo(form))
    assert existing.registration_number in form.identity.duplicate_label.text()
    assert registrations.count_by_status(store)[Status.READY] == 1
    with qtbot.waitSignal(form.sig_registration_loaded, timeout=5000) as loaded:
        qtbot.mouseClick(form.identity.open_existing_button, Qt.MouseButton.LeftButton)
    assert loaded.args == [existing.id]
    assert form.identity.name_edit.text() == "CITRA"


def test_near_match_is_shown_and_can_be_confirmed_as_another_person(qtbot, store, runner, village):
    region, district, _ = village
    existing = registrations.save(
        store, registration(nik_for(district.code, BORN, Sex.MALE, 4), "MUHAMMAD RIZKI", BORN, Sex.MALE, region.code)
    )
    form = RegistrationFormPage(store, runner)
    qtbot.addWidget(form)
    form.show()
    _fill(form, registration(nik_for(district.code, BORN, Sex.MALE, 5), "Muhamad Rizky", BORN, Sex.MALE, region.code))
    seen: list[list[str]] = []

    def confirm_different(dialog: NearMatchDialog) -> None:
        seen.append([dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())])
        dialog.different_button.click()

    _timer = when_modal(NearMatchDialog, confirm_different)
    with qtbot.waitSignal(form.sig_registration_saved, timeout=10000) as saved:
        form.save()
    assert seen == [["MUHAMAD RIZKY", "MUHAMMAD RIZKI"]]  # entered beside the candidate
    with store.reader() as session:
        events = [(e.action, e.details) for e in history(session, saved.args[0])]
    assert ("registration.confirmed_different", {"other_id": existing.id}) in events


def test_draft_is_autosaved_and_restored_exactly(qtbot, store, runner, village):
    region, district, _ = village
    form = RegistrationFormPage(store, runner)
    qtbot.addWidget(form)
    form.show()
    form.identity.nik_edit.setText(nik_for(district.code, BORN, Sex.MALE, 6))
    form.identity.name_edit.setText("Dedi Kurniawan")
    form.address.regency_combo.set_code(region.code[:5])
    form.address.district_combo.set_code(district.code)
    form.address.village_combo.set_code(region.code)
    form.heirs.add_heir({"name": "Rina", "relationship": "spouse", "nik": "", "phone": "0812-7777-8888"}, edit=False)
    with qtbot.waitSignal(form.autosaver.sig_draft_saved, timeout=3000):
        form.work.months_spin.setValue(3)
    typed = form.state()
    saved_drafts = drafts.list_drafts(store)
    assert len(saved_drafts) == 1 and saved_drafts[0].payload == typed

    restored = RegistrationFormPage(store, runner)
    qtbot.addWidget(restored)
    with qtbot.waitSignal(restored.sig_draft_restored, timeout=5000):
        restored.restore_drafts()
    assert restored.state() == typed
    assert restored.identity.birth_date_edit.text() == "04-03-1990"  # decoded from the NIK, then kept

    # Saving the registration removes its draft.
    restored.consent.given_check.setChecked(True)
    restored.consent.method_combo.setCurrentIndex(1)
    restored.address.address_edit.setText("Jl. Kenanga 3")
    restored.identity.birth_place_edit.setText("Siak")
    restored.work.occupation_combo.set_code("PEKEBUN_SAWIT")
    with qtbot.waitSignal(restored.sig_registration_saved, timeout=10000):
        restored.save()
    runner.wait_for_done()
    qtbot.waitUntil(lambda: drafts.list_drafts(store) == [])
