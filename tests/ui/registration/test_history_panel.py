"""The form's history panel (who, when, what, from the audit trail) follows a saved record: after an edit is
saved, and when the unsaved edit typed after it comes back from its draft in the next session."""

from __future__ import annotations

from datetime import date

from _registration_helpers import focused, nik_for, press, registration, shown_form, type_text
from PySide6.QtCore import Qt

from pulut_desktop.domain.people import Sex
from pulut_desktop.services import drafts
from pulut_desktop.storage import registrations
from pulut_desktop.storage.audit import history
from pulut_desktop.ui.registration.drafts_list import DraftsListDialog

BORN = date(1990, 3, 14)


def test_the_history_panel_lists_the_save_again_when_the_edit_after_it_is_restored(qtbot, store, runner, village):
    region, district, _regency = village
    nik = nik_for(district.code, BORN, Sex.FEMALE, 7)
    saved = registrations.save(store, registration(nik, "SITI AMINAH", BORN, Sex.FEMALE, region.code))
    form = shown_form(qtbot, store, runner)
    with qtbot.waitSignal(form.sig_registration_loaded, timeout=10_000):
        form.open_registration(saved.id)
    assert form.history.actions() == ["registration.created"]

    form.address.address_edit.setFocus()  # the officer clicks into the address and types a new one
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("JL. SUDIRMAN 7")
    with qtbot.waitSignal(form.sig_registration_loaded, timeout=10_000):
        press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert registrations.get(store, saved.id).version == 2
    assert form.history.actions()[0] == "registration.edited" and "address" in form.history.texts()[0]

    form.address.address_edit.setFocus()  # more typing, not saved: the autosave keeps it as a draft
    press(Qt.Key.Key_End)
    with qtbot.waitSignal(form.autosaver.sig_draft_saved, timeout=10_000):
        type_text(" RT 02")
    assert [d.registration_id for d in drafts.list_drafts(store)] == [saved.id]
    form.close()  # the session ends without a save

    again = shown_form(qtbot, store, runner)  # the next session: "Draf tersimpan", Enter on the draft
    assert again.history.actions() == []
    again.header.drafts_button.setFocus()
    press(Qt.Key.Key_Space)
    dialog = again.findChild(DraftsListDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and focused() is dialog.table, timeout=10_000)
    with qtbot.waitSignal(again.sig_draft_restored, timeout=10_000):
        press(Qt.Key.Key_Return)
    assert again.address.address_edit.text() == "JL. SUDIRMAN 7 RT 02"
    with store.reader() as session:
        stored = [event.action for event in history(session, saved.id)]
    assert stored[0] == "registration.created" and "registration.edited" in stored
    qtbot.waitUntil(lambda: again.history.actions() == list(reversed(stored)), timeout=10_000)  # newest first
    assert "address" in again.history.texts()[stored[::-1].index("registration.edited")]
    assert registrations.get(store, saved.id).address_line == "JL. SUDIRMAN 7"  # the draft is not saved
