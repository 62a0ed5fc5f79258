"""Dashboard numbers against known data."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from pulut_desktop.domain.reference import regions
from pulut_desktop.domain.registration import FundingSource
from pulut_desktop.domain.status import Status
from pulut_desktop.fieldops.dashboard_data import dashboard_data
from pulut_desktop.services.dashboard import load_field_dashboard
from pulut_desktop.storage import registrations
from pulut_desktop.storage.models import RegistrationRow
from tests.conftest import make_registration

TODAY = date(2026, 11, 20)
JADIREJO, OTHER = "14.71.01.1002", "14.71.01.1003"


def _nik(n: int) -> str:
    return f"1471014508900{n:03d}"


def _add(store, n, *, days_ago, village=JADIREJO, job="NELAYAN", funding=FundingSource.APBD, status=None):
    reg = registrations.save(
        store, make_registration(nik=_nik(n), full_name=f"Siti {n}", village_code=village, occupation_id=job,
                                 funding_source=funding), submit=False)  # fmt: skip
    with store.session() as session:
        row = session.get(RegistrationRow, reg.id)
        # 03:00 UTC is 10:00 WIB: the same local day
        row.created_at = datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time()) + timedelta(hours=3)
        if status is not None:
            row.status = status.value
    return reg.id


def test_numbers_against_known_data(store):
    for n in range(1, 6):  # 5 today in Jadirejo, fishers, APBD
        _add(store, n, days_ago=0)
    for n in range(6, 9):  # 3 yesterday in Kampung Melayu, palm smallholders, DBH
        _add(store, n, days_ago=1, village=OTHER, job="PEKEBUN_SAWIT", funding=FundingSource.DBH_SAWIT)
    _add(store, 9, days_ago=29, status=Status.READY)
    _add(store, 10, days_ago=30, status=Status.APPROVED)  # outside the 30 days
    _add(store, 11, days_ago=2, status=Status.NEEDS_FIX)
    _add(store, 12, days_ago=2, status=Status.REJECTED)
    _add(store, 13, days_ago=2, status=Status.DUPLICATE)

    data = dashboard_data(store, today=TODAY, utc_offset=timedelta(hours=7), quotas=lambda s: None)

    assert len(data.per_day) == 30
    assert data.per_day[0] == (TODAY - timedelta(days=29), 1)
    assert data.per_day[-1] == (TODAY, 5)
    assert data.per_day[-2] == (TODAY - timedelta(days=1), 3)
    assert data.per_day[-3] == (TODAY - timedelta(days=2), 3)
    assert sum(n for _, n in data.per_day) == 12  # 13 minus the one 30 days ago
    other_name = regions().get(OTHER).name
    assert [(v.key, v.label, v.count) for v in data.per_village] == [(JADIREJO, "Jadirejo", 10), (OTHER, other_name, 3)]
    assert [(o.key, o.count) for o in data.per_occupation] == [("NELAYAN", 10), ("PEKEBUN_SAWIT", 3)]
    funding = {f.source: (f.count, f.quota) for f in data.funding}
    assert funding == {"APBD": (8, None), "DBH_SAWIT": (3, None)}  # duplicate and rejected use no quota
    assert not data.quotas_received
    assert (data.to_approve, data.to_send, data.to_fix, data.total) == (1, 1, 2, 13)
    assert data.to_print == 1  # approved and never printed


def test_quotas_from_the_reference_bundle(store):
    _add(store, 1, days_ago=0)
    data = dashboard_data(store, today=TODAY, utc_offset=timedelta(hours=7),
                          quotas=lambda s: {"APBD": 400, "DBH_SAWIT": 250})  # fmt: skip
    assert data.quotas_received
    apbd = next(f for f in data.funding if f.source == "APBD")
    assert (apbd.count, apbd.quota, apbd.share) == (1, 400, 1 / 400)


def test_top_ten_only(store):
    directory = regions()
    villages = [v.code for d in directory.children("14.71") for v in directory.children(d.code)][:12]
    assert len(villages) == 12
    n = 0
    for index, code in enumerate(villages):
        for _ in range(index + 1):
            n += 1
            _add(store, n, days_ago=0, village=code)
    data = dashboard_data(store, today=TODAY, utc_offset=timedelta(hours=7), quotas=lambda s: None)
    assert [v.count for v in data.per_village] == list(range(12, 2, -1))


def test_local_day_boundary(store):
    """00:30 WIB is 17:30 UTC the day before: it counts for the officer's local day."""
    reg = _add(store, 1, days_ago=0)
    with store.session() as session:
        # 00:30 WIB on TODAY is 17:30 UTC the day before
        session.get(RegistrationRow, reg).created_at = datetime.combine(TODAY, datetime.min.time()) - timedelta(
            hours=6, minutes=30
        )
    data = dashboard_data(store, today=TODAY, utc_offset=timedelta(hours=7), quotas=lambda s: None)
    assert data.per_day[-1] == (TODAY, 1)


def test_quotas_for_this_laptops_regency_come_from_the_applied_bundle(tmp_path):
    from pulut_desktop.outbox.reference import apply_reference_bundle, quotas_of
    from pulut_desktop.province.bundle import build_reference_bundle
    from pulut_desktop.province.quotas import set_quota
    from tests.outbox.helpers import enrol, make_laptop, make_province

    province = make_province(tmp_path / "province")
    laptop = make_laptop(tmp_path / "laptop", regency="14.08")
    stick = tmp_path / "stick"
    stick.mkdir()
    enrol(laptop, province, stick)
    assert quotas_of(laptop) is None  # nothing from the province yet
    set_quota(province.store, "14.08", "DBH_SAWIT", 1500)
    set_quota(province.store, "14.08", "APBD", 900)
    set_quota(province.store, "14.01", "APBD", 777)  # another regency: not this laptop's
    apply_reference_bundle(laptop, build_reference_bundle(province.store, province.keys))
    assert quotas_of(laptop) == {"DBH_SAWIT": 1500, "APBD": 900}
    data = load_field_dashboard(laptop, today=TODAY, utc_offset=timedelta(hours=7))  # quotas from the bundle
    assert data.quotas_received and {f.source: f.quota for f in data.funding} == {"APBD": 900, "DBH_SAWIT": 1500}
    laptop.close()
    province.store.close()
