"""Terdaftar BPJS in the GUI: the registrations list shows it with the KPJ number, and the card checker
shows the KPJ of a card printed after BPJS enrolled the worker (and no KPJ row for any other card)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from pulut_desktop.cards import VerificationKind, card_from_registration, sign_card
from pulut_desktop.domain.numbers import device_code
from pulut_desktop.domain.status import Status
from pulut_desktop.storage.mapping import from_row, membership_of
from pulut_desktop.storage.models import RegistrationRow
from pulut_desktop.storage.queries import RegistrationQuery
from pulut_desktop.ui.cards.verify_dialog import VerifyCardDialog
from pulut_desktop.ui.registrations.model import RegistrationColumn, RegistrationTableModel
from tests.ui.cards.test_cards_page import add, settle


def _enrol_at_bpjs(store, registration_id: str) -> None:
    """What a receipt with BPJS's answer leaves in the store (outbox.memberships)."""
    with store.session() as session:
        row = session.get(RegistrationRow, registration_id)
        row.bpjs_status, row.kpj, row.bpjs_version = "enrolled", "19012345678", row.version - 2
        row.bpjs_effective_date, row.bpjs_end_date = date(2027, 1, 1), date(2027, 12, 31)


def _qr(store, registration_id: str) -> str:
    """The QR text of the card the print service makes now (the row's BPJS membership included)."""
    key = store.signing_key()
    code = device_code(key.public_key().public_bytes_raw())
    with store.reader() as session:
        row = session.get(RegistrationRow, registration_id)
        card = card_from_registration(from_row(row), device_code=code, issued_on=date.today(),
                                      membership=membership_of(row))  # fmt: skip
    return sign_card(card, key)


def test_the_list_shows_terdaftar_bpjs_with_the_kpj(qtbot, supervisor_store, runner, translations):
    enrolled = add(supervisor_store, 2, "Budi Santoso", Status.ACCEPTED)
    add(supervisor_store, 3, "Rina Wati", Status.ACCEPTED)
    _enrol_at_bpjs(supervisor_store, enrolled)
    model = RegistrationTableModel(supervisor_store, runner, RegistrationQuery())
    with qtbot.waitSignal(model.sig_search_finished, timeout=10000):
        model.refresh()
    shown = {
        model.index(r, RegistrationColumn.NAME).data(): (
            model.index(r, RegistrationColumn.STATUS).data(),
            model.index(r, RegistrationColumn.REASON).data(),
        )
        for r in range(model.rowCount())
    }
    assert shown == {"BUDI SANTOSO": ("Terdaftar BPJS", "KPJ 19012345678"), "RINA WATI": ("Diterima", "")}


def test_the_card_checker_shows_the_kpj(qtbot, supervisor_store, runner):
    enrolled = add(supervisor_store, 2, "Budi Santoso", Status.ACCEPTED)
    plain = add(supervisor_store, 3, "Rina Wati", Status.ACCEPTED)
    _enrol_at_bpjs(supervisor_store, enrolled)
    dialog = VerifyCardDialog(supervisor_store, runner, language="id")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.text_edit, _qr(supervisor_store, enrolled))
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    settle(qtbot, runner)
    assert dialog.result.kind is VerificationKind.VALID
    assert dialog.field_labels["status"].text() == "TERDAFTAR BPJS"
    assert dialog.field_labels["kpj"].text() == "19012345678" and dialog.field_labels["kpj"].isVisible()
    assert dialog.field_labels["coverage_end"].text() == "31-12-2027"  # BPJS's end date, not the requested one

    dialog.text_edit.setText(_qr(supervisor_store, plain))
    dialog.check()
    settle(qtbot, runner)
    assert dialog.field_labels["status"].text() == "SAH"
    assert not dialog.field_labels["kpj"].isVisible()
