"""``services.registration`` and ``services.guard_rails``: the save workflow the form and the self-test
call (guard rails, exact NIK, near matches, save) and the limits that stop new registrations."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from pulut_desktop.domain.status import Status
from pulut_desktop.fieldops.errors import GuardRailBlocked
from pulut_desktop.services import guard_rails, registration
from pulut_desktop.storage import audit, registrations
from pulut_desktop.storage.errors import DuplicateNik
from pulut_desktop.storage.settings import set_setting
from tests.conftest import make_registration
from tests.outbox.helpers import nik
from tests.services.helpers import audited


def _counts(store) -> dict[Status, int]:
    return {status: n for status, n in registrations.count_by_status(store).items() if n}


def test_a_new_registration_is_saved_submitted_and_audited(store):
    outcome = registration.save_registration(store, make_registration(), new=True)
    assert outcome.similar == []
    saved = outcome.saved
    assert saved.status is Status.READY  # approval is required by default
    reg, reason, history = registration.open_registration(store, saved.id)
    assert reg.nik == "1471014508900001" and reason is None
    assert [e.entity_id for e in audited(store, "registration.created")] == [saved.id]
    assert len(history) == len(registration.registration_history(store, saved.id)) >= 1


def test_an_exact_nik_is_refused_before_anything_is_saved(store):
    first = registration.save_registration(store, make_registration(), new=True).saved
    with pytest.raises(DuplicateNik):
        registration.save_registration(store, make_registration(full_name="Orang Lain"), new=True)
    assert _counts(store) == {Status.READY: 1}
    assert [e.entity_id for e in audited(store, "registration.created")] == [first.id]


def test_a_near_match_is_asked_about_first_then_saved_when_confirmed(store):
    first = registration.save_registration(store, make_registration(), new=True).saved
    twin = make_registration(nik=nik(2))  # same name, birth date and village, another NIK
    asked = registration.save_registration(store, twin, new=True)
    assert asked.saved is None and [s.id for s in asked.similar] == [first.id]
    assert asked.similar[0].masked_nik != first.nik
    assert _counts(store) == {Status.READY: 1}
    saved = registration.save_registration(store, twin, new=True, confirmed_different=[first.id]).saved
    assert saved is not None and saved.id != first.id
    assert _counts(store) == {Status.READY: 2}
    assert len(audited(store, "registration.confirmed_different")) == 1


def test_guard_rails_stop_new_registrations_but_not_fixes(store):
    saved = registration.save_registration(store, make_registration(), new=True).saved
    set_setting(store, "guard_unsent_records", 1)
    registrations.save(store, make_registration(nik=nik(2), full_name="Ani Lain"), submit=True)
    codes = [v.code for v in guard_rails.check_guard_rails(store)]
    assert "guard.too_many_unsent" in codes
    with pytest.raises(GuardRailBlocked):
        registration.check_registration_allowed(store)
    with pytest.raises(GuardRailBlocked):
        registration.save_registration(store, make_registration(nik=nik(3), full_name="Baru"), new=True)
    fixed = registration.save_registration(store, registrations.get(store, saved.id), new=False)
    assert fixed.saved is not None and fixed.saved.id == saved.id
    assert _counts(store) == {Status.READY: 2}


def test_guard_rails_report_each_limit(store):
    assert guard_rails.check_guard_rails(store, disk_free_mb=lambda _: 10_000) == []
    low = guard_rails.check_guard_rails(store, disk_free_mb=lambda _: 12)
    assert [(v.code, v.params["free_mb"], v.blocking) for v in low] == [("guard.disk_low", 12, True)]
    with pytest.raises(GuardRailBlocked):
        guard_rails.require_registration_allowed(store, disk_free_mb=lambda _: 12)
    later = audit.utcnow() + timedelta(days=400)  # a laptop never enrolled for a year stops too
    late = guard_rails.check_guard_rails(store, now=later, disk_free_mb=lambda _: 10_000)
    assert "guard.not_enrolled" in [v.code for v in late]


def test_check_nik_finds_the_laptops_record_as_the_save_would(store):
    saved = registration.save_registration(store, make_registration(nik=nik(1)), new=True).saved
    found = registration.check_nik(store, "1471 0145 0890 0001")  # as typed, with spaces
    assert found == registration.NikCheck(saved.id, saved.registration_number, on_roster=False)
    assert registration.check_nik(store, nik(1), saved.id) == registration.NikCheck()  # itself, when edited
    assert registration.check_nik(store, nik(2)) == registration.NikCheck()
    assert registration.check_nik(store, "14710145") == registration.NikCheck()  # not a whole NIK yet


def test_check_nik_asks_the_province_roster(store, tmp_path):
    from pulut_desktop.outbox.reference import apply_reference_bundle
    from pulut_desktop.province.bundle import build_reference_bundle
    from pulut_desktop.province.models import NikHolder
    from tests.outbox.helpers import enrol, make_province

    province = make_province(tmp_path / "province")
    stick = tmp_path / "stick"
    stick.mkdir()
    device_id = enrol(store, province, stick)
    assert registration.check_nik(store, nik(7)) == registration.NikCheck()  # no roster yet
    with province.store.session() as session:  # registered from another laptop, accepted at the province
        session.add(NikHolder(nik=nik(7), registration_id="r-7", registration_number="PK-1408-000007",
                              device_id=device_id, since=datetime(2026, 11, 1)))  # fmt: skip
    apply_reference_bundle(store, build_reference_bundle(province.store, province.keys))
    assert registration.check_nik(store, nik(7)) == registration.NikCheck(on_roster=True)
    assert registration.check_nik(store, nik(8)) == registration.NikCheck()
    province.store.close()


def test_form_defaults_are_the_open_drives_village_and_the_previous_registration(store):
    from datetime import date

    from pulut_desktop.domain.registration import FundingSource
    from pulut_desktop.services import drives
    from tests.conftest import SAMPLE_VILLAGE

    assert registration.form_defaults(store) == registration.FormDefaults()
    registration.save_registration(
        store, make_registration(nik=nik(1), occupation_id="PEKEBUN_SAWIT", funding_source=FundingSource.DBH_SAWIT,
                                 coverage_start=date(2027, 2, 1)), new=True
    )  # fmt: skip
    registration.save_registration(
        store, make_registration(nik=nik(2), full_name="Ani Lestari", coverage_start=date(2027, 3, 1)), new=True
    )
    drives.start_drive(store, village_code=SAMPLE_VILLAGE, held_on=date.today(), place="Balai Desa Jadirejo")
    defaults = registration.form_defaults(store)
    assert defaults.village_code == SAMPLE_VILLAGE and defaults.drive_place == "Balai Desa Jadirejo"
    assert (defaults.previous_funding_source, defaults.previous_coverage_start) == ("APBD", date(2027, 3, 1))
