"""The form follows the laptop's programme rules (issue 19): a worker over the province's age block is
refused at Save with the rule's message, one in the warn range saves with a warning shown, and the
contribution comes from the rules."""

from __future__ import annotations

from datetime import UTC, date, datetime

from _registration_helpers import press
from PySide6.QtCore import Qt

from pulut_desktop.domain.people import Sex
from pulut_desktop.domain.rules import AgeRules, Contribution, ProgrammeRules
from pulut_desktop.storage.rules import keep_rules
from pulut_desktop.ui.registration.form import RegistrationFormPage
from pulut_desktop.ui.registration.state import state_from_registration
from tests.conftest import make_registration

TODAY = date.today()


def _rules() -> ProgrammeRules:
    return ProgrammeRules(
        version=2, published_at=datetime(2026, 12, 1, tzinfo=UTC), age=AgeRules(warn_above=50, block_above=60),
        contributions={"JKK": Contribution(amount=10_000, basis="PP 44/2015"),
                       "JKM": Contribution(amount=7_000, basis="uji")},
    )  # fmt: skip


def _worker(years: int, serial: int):
    passed = (TODAY.month, TODAY.day) >= (1, 10)  # this year's 10 January birthday
    born = date(TODAY.year - years - (not passed), 1, 10)
    nik = f"147101{born.day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"
    return make_registration(nik=nik, full_name=f"Pekerja {serial}", birth_date=born, sex=Sex.MALE,
                             coverage_start=TODAY.replace(day=1))  # fmt: skip


def test_the_form_blocks_and_warns_under_the_laptops_rules(qtbot, store, runner):
    with store.session() as session:
        keep_rules(session, _rules(), b"signed bytes", actor="super")
    form = RegistrationFormPage(store, runner)
    qtbot.addWidget(form)
    form.resize(1366, 768)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Rp17.000" in form.work.contribution_label.text(), timeout=5000)

    form.show_state(state_from_registration(_worker(61, 1)))
    form.identity.nik_edit.setFocus()
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(300)
    assert "birth_date" in form.problem_fields()
    feedback = form._blocks["birth_date"].feedback.text()
    assert "Umur 61 tahun: di atas batas program (60 tahun)" in feedback
    assert _saved(store) == {}

    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form.show_state(state_from_registration(_worker(55, 2)))
    qtbot.waitUntil(lambda: "di atas 50 tahun" in form._blocks["birth_date"].feedback.text(), timeout=5000)
    with qtbot.waitSignal(form.sig_registration_saved, timeout=10_000):
        press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert _saved(store) == {"PEKERJA 2": 2}


def _saved(store) -> dict[str, int]:
    from sqlalchemy import select

    from pulut_desktop.storage.models import RegistrationRow

    with store.reader() as session:
        return {r.full_name: r.rules_version for r in session.scalars(select(RegistrationRow))}
