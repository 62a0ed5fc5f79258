"""Guard-rail banners appear on the field pages, and the registration form refuses new registrations."""

from __future__ import annotations

from sqlalchemy import func, select

from pulut_desktop.storage import registrations
from pulut_desktop.storage.models import RegistrationRow
from pulut_desktop.storage.settings import set_setting
from pulut_desktop.ui.fieldops.drives import DrivesPage
from pulut_desktop.ui.fieldops.lists import ImportPage
from pulut_desktop.ui.registration.form import RegistrationFormPage
from pulut_desktop.ui.registration.state import state_from_registration
from tests.conftest import make_registration


def _count(store) -> int:
    with store.reader() as session:
        return session.scalar(select(func.count()).select_from(RegistrationRow))


def test_banner_appears_and_the_form_refuses(qtbot, supervisor_store, runner):
    store = supervisor_store
    page = DrivesPage(store, runner)
    qtbot.addWidget(page)
    page.set_language("id")
    with qtbot.waitSignal(page.guard_banner.sig_violations_changed) as checked:
        page.refresh()
    assert checked.args[0] == [] and page.guard_banner.isHidden()

    set_setting(store, "guard_unsent_records", 1)
    for n in (1, 2):
        registrations.save(store, make_registration(nik=f"1471014508900{n:03d}"), submit=False)
    with qtbot.waitSignal(page.guard_banner.sig_violations_changed) as checked:
        page.refresh()
    assert [v.code for v in checked.args[0]] == ["guard.too_many_unsent"]
    assert not page.guard_banner.isHidden()
    assert page.guard_banner.details.text() == (
        "• 2 pendaftaran belum dikirim ke provinsi (batas 1). Kirim data dulu sebelum mendaftar lagi."
    )

    imports = ImportPage(store, runner)
    qtbot.addWidget(imports)
    imports.set_language("en")
    with qtbot.waitSignal(imports.guard_banner.sig_violations_changed):
        imports.refresh()
    assert "2 registrations have not been sent to the province (limit 1)" in imports.guard_banner.details.text()

    form = RegistrationFormPage(store, runner)
    qtbot.addWidget(form)
    form.set_language("id")
    qtbot.waitUntil(lambda: "belum dikirim" in form.header.message(), timeout=10_000)  # new_registration()
    form.show_state(state_from_registration(make_registration(nik="1471014508900003", full_name="Baru")))
    form.save()
    qtbot.waitUntil(lambda: not form._saving, timeout=10_000)
    assert "belum dikirim ke provinsi" in form.header.message()
    assert _count(store) == 2  # refused: nothing saved

    set_setting(store, "guard_unsent_records", 0)  # the supervisor lifts the limit
    form.save()
    qtbot.waitUntil(lambda: _count(store) == 3, timeout=10_000)
    with qtbot.waitSignal(page.guard_banner.sig_violations_changed):
        page.refresh()
    assert page.guard_banner.isHidden()
