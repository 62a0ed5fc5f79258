""" "Draf tersimpan" from the form: who, when, how complete; Delete asks first and is audited; Enter opens a
draft into the form exactly as it was typed."""

from __future__ import annotations

from _registration_helpers import focused, press
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from pulut_desktop.services import drafts
from pulut_desktop.ui.registration.drafts_list import COMPLETE, NAME, OFFICER, DraftsListDialog
from pulut_desktop.ui.registration.form import RegistrationFormPage
from tests.services.helpers import audited


def _draft(name: str, nik: str) -> dict:
    return {
        "identity": {"nik": nik, "full_name": name, "birth_place": "Dumai"},
        "address": {"address_line": "Jl. Cempaka 12"},
        "work": {},
        "heirs": [],
        "consent": {},
        "meta": {"registration_id": f"reg-{nik[-4:]}", "version": 0, "status": "draft"},
    }


def _open_list(qtbot, store, runner) -> tuple[RegistrationFormPage, DraftsListDialog]:
    form = RegistrationFormPage(store, runner)
    qtbot.addWidget(form)
    form.resize(1366, 768)
    form.show()
    qtbot.waitExposed(form)
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=10_000)
    form.header.drafts_button.setFocus()
    press(Qt.Key.Key_Space)
    dialog = form.findChild(DraftsListDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2 and focused() is dialog.table, timeout=10_000)
    return form, dialog


def _answer(qtbot, button_text: str) -> None:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=5000)
    box = QApplication.activeModalWidget()
    button = next(b for b in box.buttons() if b.text() == button_text)
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)


def test_the_list_says_who_when_how_complete_and_deletes_after_asking(qtbot, store, runner):
    drafts.save_draft(store, "d-old", _draft("Ani Lestari", "1471014508900001"))
    drafts.save_draft(store, "d-new", _draft("Nur Aisyah", "1471014508920003"))
    _form, dialog = _open_list(qtbot, store, runner)
    table = dialog.table
    assert table.item(0, NAME).text() == "Nur Aisyah"  # newest first
    assert table.item(0, OFFICER).text() == "Sri"
    assert table.item(0, COMPLETE).text().startswith("4 of 9")
    assert "147101******0003" in [table.item(0, c).text() for c in range(table.columnCount())]

    press(Qt.Key.Key_Delete)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and "Nur Aisyah" in box.text()
    _answer(qtbot, "Cancel")
    assert table.rowCount() == 2 and len(drafts.list_drafts(store)) == 2

    press(Qt.Key.Key_Delete)
    with qtbot.waitSignal(dialog.sig_drafts_loaded, timeout=10_000):
        _answer(qtbot, "Delete")
    assert [d.id for d in drafts.list_drafts(store)] == ["d-old"]
    assert table.rowCount() == 1 and table.item(0, NAME).text() == "Ani Lestari"
    assert [e.entity_id for e in audited(store, "draft.deleted")] == ["d-new"]
    dialog.reject()


def test_enter_opens_the_draft_into_the_form(qtbot, store, runner):
    drafts.save_draft(store, "d-old", _draft("Ani Lestari", "1471014508900001"))
    drafts.save_draft(store, "d-new", _draft("Nur Aisyah", "1471014508920003"))
    form, dialog = _open_list(qtbot, store, runner)
    press(Qt.Key.Key_Down)
    with qtbot.waitSignal(form.sig_draft_restored, timeout=10_000) as restored:
        press(Qt.Key.Key_Return)
    assert restored.args == ["d-old"] and not dialog.isVisible()
    assert form.identity.name_edit.text() == "Ani Lestari"
    assert form.identity.nik_edit.text() == "1471014508900001"
    assert form.address.address_edit.text() == "Jl. Cempaka 12"
    assert form.autosaver.draft_id == "d-old"  # typing on continues the same draft


def test_the_restore_offer_discards_only_after_asking_and_audits_it(qtbot, store, runner):
    drafts.save_draft(store, "d-old", _draft("Ani Lestari", "1471014508900001"))
    drafts.save_draft(store, "d-new", _draft("Nur Aisyah", "1471014508920003"))
    form = RegistrationFormPage(store, runner)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=10_000)
    offer = form.offer_drafts(drafts.list_drafts(store))
    offer.discard_button.setFocus()
    QTest.keyClick(offer.discard_button, Qt.Key.Key_Space)  # the newest is selected: Nur Aisyah
    _answer(qtbot, "Cancel")
    assert offer.list.count() == 2 and offer.discarded == []
    QTest.keyClick(offer.discard_button, Qt.Key.Key_Space)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and "Nur Aisyah" in box.text()
    _answer(qtbot, "Delete")
    assert offer.list.count() == 1 and [d.id for d in offer.discarded] == ["d-new"]
    offer.reject()  # "Later": the discarded one is deleted, the other kept
    qtbot.waitUntil(lambda: [d.id for d in drafts.list_drafts(store)] == ["d-old"], timeout=10_000)
    assert [e.entity_id for e in audited(store, "draft.deleted")] == ["d-new"]
