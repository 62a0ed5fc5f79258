"""Near-duplicates held for review, decided at the province, decisions reaching the laptops; the
coverage report and the BPJS export on known data; the admin page."""

from __future__ import annotations

import csv
import io
from datetime import date

import httpx
from openpyxl import load_workbook
from sqlalchemy import select

from pulut_desktop.domain.registration import FundingSource
from pulut_desktop.domain.status import Status
from pulut_desktop.outbox.online import enrol_online, sync_online
from pulut_desktop.province import review
from pulut_desktop.province.cli import main as province_main
from pulut_desktop.province.models import Event
from pulut_desktop.province.quotas import set_quota
from pulut_desktop.province.reports import BPJS_COLUMNS, coverage_rows
from pulut_desktop.storage import registrations
from tests.conftest import make_registration
from tests.outbox.helpers import make_laptop, statuses

from .conftest import enrol_direct

BORN = date(1985, 3, 12)


def register(laptop, nik: str, name: str, **extra) -> str:
    reg = registrations.save(laptop, make_registration(nik=nik, full_name=name, birth_date=BORN, **extra))
    if reg.status is not Status.APPROVED:
        registrations.set_status(laptop, [reg.id], Status.APPROVED)
    return reg.id


def test_near_duplicates_are_reviewed_and_decisions_reach_the_laptop(service, tmp_path):
    siak = make_laptop(tmp_path / "siak", "Laptop Siak", "14.08")
    kampar = make_laptop(tmp_path / "kampar", "Laptop Kampar", "14.01")
    try:
        enrol_direct(siak, service.province)
        enrol_direct(kampar, service.province)
        # NIK: Pekanbaru/Sukajadi, a man born 12 Mar 1985, serials 0001/0002/0003.
        first = register(siak, "1471011203850001", "Budi Santoso")
        other = register(siak, "1471011203850003", "Ahmad Yani")
        sync_online(siak, service.url)
        again = register(kampar, "1471011203850002", "budi  santoso")  # the same person? other NIK
        alike = register(kampar, "1471011203850004", "Ahmad Yani")
        result = sync_online(kampar, service.url)
        assert result.totals() == {"accepted": 0, "duplicate": 0, "rejected": 0}
        k = statuses(kampar)
        assert k[again][0] == Status.SENT.value and k[again][1].startswith("held_for_review province.near_duplicate")
        assert k[alike][0] == Status.SENT.value
        assert statuses(siak)[first][0] == Status.ACCEPTED.value

        cases = {c.full_name: c for c in review.list_cases(service.store)}
        assert set(cases) == {"BUDI SANTOSO", "AHMAD YANI"}  # the laptop keeps names in capitals
        assert cases["AHMAD YANI"].other_registration_id == other
        assert cases["BUDI SANTOSO"].nik_masked == "147101******0002"
        review.decide(service.store, cases["BUDI SANTOSO"].id, False, service.keys, by="admin", note="orang sama")
        review.decide(service.store, cases["AHMAD YANI"].id, True, service.keys, by="admin")
        assert review.list_cases(service.store) == []

        result = sync_online(kampar, service.url)  # nothing new to send: the decisions come back
        assert sorted(result.revisited) == [1]
        k = statuses(kampar)
        assert k[again][0] == Status.REJECTED.value and k[again][1].startswith("province.review_rejected: ")
        assert k[alike][0] == Status.ACCEPTED.value
    finally:
        siak.close()
        kampar.close()


def test_report_and_bpjs_export_on_known_data(service, tmp_path, capsys):
    laptop = make_laptop(tmp_path / "laptop", "Laptop Uji", "14.71")
    try:
        enrol_direct(laptop, service.province)
        register(laptop, "1471011203850001", "Budi Santoso", occupation_id="NELAYAN")
        register(laptop, "1471011203850002", "Candra Wijaya", occupation_id="NELAYAN")
        register(laptop, "1471011203850003", "Dedi Saputra", occupation_id="BURUH_KEBUN_SAWIT",
                 funding_source=FundingSource.DBH_SAWIT)  # fmt: skip
        sync_online(laptop, service.url)
    finally:
        laptop.close()
    set_quota(service.store, "14.71", "APBD", 4)
    set_quota(service.store, "14.08", "APBD", 10)
    rows = coverage_rows(service.store)
    apbd = [r for r in rows if r["regency_code"] == "14.71" and r["funding_source"] == "APBD"]
    assert [(r["district_code"], r["occupation_id"], r["accepted"]) for r in apbd] == [("14.71.01", "NELAYAN", 2)]
    assert apbd[0]["quota"] == 4 and apbd[0]["quota_percent"] == 50.0 and apbd[0]["regency_name"]
    sawit = [r for r in rows if r["funding_source"] == "DBH_SAWIT"]
    assert sawit[0]["accepted"] == 1 and sawit[0]["quota"] == ""
    empty = [r for r in rows if r["regency_code"] == "14.08"]
    assert empty[0]["accepted"] == 0 and empty[0]["quota"] == 10

    base = ["--data-dir", str(service.store.data_dir.root), "--lang", "en"]
    xlsx, bpjs = tmp_path / "cakupan.xlsx", tmp_path / "bpjs.csv"
    assert province_main([*base, "report", "--format", "xlsx", "--out", str(xlsx)]) == 0
    sheet = load_workbook(xlsx).active
    assert sheet.max_row == len(rows) + 1 and sheet["A1"].value == "regency_code"
    assert province_main([*base, "bpjs-export", "--out", str(bpjs)]) == 0
    table = list(csv.DictReader(io.StringIO(bpjs.read_text(encoding="utf-8-sig"))))
    assert tuple(table[0]) == BPJS_COLUMNS
    assert sorted(r["nik"] for r in table) == ["1471011203850001", "1471011203850002", "1471011203850003"]
    assert {r["tanggal_lahir"] for r in table} == {"1985-03-12"}
    with service.store.reader() as session:
        events = list(session.scalars(select(Event).where(Event.action == "bpjs.exported")))
    assert len(events) == 1 and events[0].details["rows"] == 3


def test_console_approves_an_online_request(service, tmp_path):
    """The console (named accounts) replaces the shared admin token: wrong password refused, the right
    one signs in, the request is approved with the form's CSRF token and logged with the account."""
    import re

    from pulut_desktop.province.accounts import add_account

    add_account(service.store, "admin.riau", "kunci-konsol-123", "admin")
    laptop = make_laptop(tmp_path / "laptop", "Laptop Baru", "14.71")
    try:
        with httpx.Client(base_url=service.url, trust_env=False, follow_redirects=True, timeout=60) as admin:

            def csrf(page: httpx.Response) -> str:
                return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)

            def approve_from_page(request_id: str) -> None:
                login = admin.get("/admin")
                assert login.url.path == "/admin/login"
                wrong = {"csrf": csrf(login), "username": "admin.riau", "password": "salah"}
                refused = admin.post("/admin/login", data=wrong)
                assert refused.status_code == 401
                right = {"csrf": csrf(refused), "username": "admin.riau", "password": "kunci-konsol-123"}
                assert admin.post("/admin/login", data=right).status_code == 200
                page = admin.get("/admin/perangkat")
                assert "Laptop Baru" in page.text
                done = admin.post(f"/admin/permintaan/{request_id}/setujui", data={"csrf": csrf(page)})
                assert done.status_code == 200 and "Perangkat disetujui" in done.text

            info = enrol_online(laptop, service.url, [service.province.keys_file], poll_interval=0.05,
                                timeout=10, on_posted=approve_from_page)  # fmt: skip
        assert info.device_id
        with service.store.reader() as session:
            approved = session.scalars(select(Event).where(Event.action == "device.approved")).one()
        assert approved.account == "admin.riau"
    finally:
        laptop.close()
