"""Renewal through the front doors: the province opens budget year 2027 by its CLI; a live
``pulut-province serve`` accepts two workers whose coverage ends this year; on the laptop the Perpanjangan
page (real widgets) lists both under their village; one is renewed with a corrected phone number and
reaches the province as a renewal counted in 2027; the other is reported as not renewed."""

from __future__ import annotations

import signal
import subprocess
import sys
from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from pulut_desktop.domain.registration import add_months
from pulut_desktop.domain.status import Status
from pulut_desktop.outbox.online import sync_online
from pulut_desktop.province.keys import unlock
from pulut_desktop.province.models import RegistrationVersion
from pulut_desktop.province.quotas import list_quotas
from pulut_desktop.province.store import ProvinceStore
from pulut_desktop.storage import registrations
from pulut_desktop.ui.renewals.dialog import RenewalDialog
from pulut_desktop.ui.renewals.page import RenewalsPage
from tests.outbox.helpers import PASSPHRASE, Province, approve_new, make_laptop, statuses
from tests.province_http.conftest import enrol_direct, free_port, serve_process
from tests.province_http.test_programme_rules import province
from tests.services.helpers import audited

TODAY = date.today()
# Twelve months of coverage that end on the last day of this month, whatever day the test runs: due.
THIS_YEAR_START = add_months(TODAY.replace(day=1), -11)
RENEWAL_START = add_months(THIS_YEAR_START, 12)
NEXT_YEAR = THIS_YEAR_START.year + 1  # the budget year the renewal counts in


def test_renewal_reaches_the_province_as_a_renewal_counted_in_the_new_year(
    monkeypatch, capsys, qtbot, runner, tmp_path
):
    root = tmp_path / "province"
    province(monkeypatch, capsys, root, "init", "--training")
    out = province(monkeypatch, capsys, root, "year", "open", str(NEXT_YEAR), "--quota", "14.71:APBD:100")
    assert str(NEXT_YEAR) in out
    store = ProvinceStore.open(root)
    laptop = make_laptop(tmp_path / "laptop", "Laptop Pekanbaru 1", "14.71")
    port = free_port()
    server = serve_process(root, port)
    url = f"http://127.0.0.1:{port}"
    try:
        enrol_direct(laptop, Province(store, unlock(store, PASSPHRASE)))
        renewed_id = approve_new(laptop, 1, coverage_start=THIS_YEAR_START)
        lapsing_id = approve_new(laptop, 2, coverage_start=THIS_YEAR_START)
        assert sync_online(laptop, url).totals()["accepted"] == 2

        page = RenewalsPage(laptop, runner)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        with qtbot.waitSignal(page.sig_worklist_loaded, timeout=10000) as loaded:
            page.show()
            page.refresh()
        worklist = loaded.args[0]
        assert (worklist.notice_days, worklist.due, worklist.lapsed) == (60, 2, 0)
        village = page.tree.topLevelItem(0)
        assert page.tree.topLevelItemCount() == 1 and village.childCount() == 2
        assert "Jadirejo" in village.text(0) and "SITI AMINAH 1" in {village.child(i).text(1) for i in range(2)}

        item = page.registration_item(renewed_id)
        page.tree.setCurrentItem(item)
        assert page.renew_button.isEnabled()
        qtbot.mouseClick(page.renew_button, Qt.MouseButton.LeftButton)
        dialog = page.findChild(RenewalDialog)
        qtbot.waitUntil(lambda: dialog.confirm_button.isEnabled(), timeout=10000)
        assert dialog.start_edit.date().toPython() == RENEWAL_START  # pre-filled: the next period
        assert dialog.months_spin.value() == 12 and dialog.phone_edit.text() == "081234567890"
        assert dialog.address_edit.text() == "Jl. Sudirman No. 1, RT 001/RW 002"
        dialog.phone_edit.clear()
        qtbot.keyClicks(dialog.phone_edit, "0813-1111-2222")  # the one corrected field
        with qtbot.waitSignal(page.sig_worklist_loaded, timeout=10000):
            qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        assert page.registration_item(renewed_id) is None and page.registration_item(lapsing_id) is not None
        (event,) = audited(laptop, "registration.renewed")
        assert event.details["corrected"] == ["phone"]
        assert (event.details["from"], event.details["to"]) == (THIS_YEAR_START.isoformat(), RENEWAL_START.isoformat())

        if statuses(laptop)[renewed_id][0] == Status.READY.value:  # the supervisor's queue, when it is on
            registrations.set_status(laptop, [renewed_id], Status.APPROVED)
        assert sync_online(laptop, url).totals()["accepted"] == 1
        assert statuses(laptop)[renewed_id][0] == Status.ACCEPTED.value

        with store.reader() as session:
            versions = session.execute(
                select(RegistrationVersion.status, RegistrationVersion.budget_year,
                       RegistrationVersion.renews_coverage_from, RegistrationVersion.data)
                .where(RegistrationVersion.registration_id == renewed_id)
                .order_by(RegistrationVersion.version)
            ).all()  # fmt: skip
        first, renewal = versions[0], versions[-1]
        assert (first.status, first.budget_year, first.renews_coverage_from) == ("accepted", NEXT_YEAR - 1, None)
        assert (renewal.status, renewal.budget_year, renewal.renews_coverage_from) == (
            "accepted", NEXT_YEAR, THIS_YEAR_START)  # fmt: skip
        assert renewal.data["phone"] == "+6281311112222" and renewal.data["coverage_start"] == RENEWAL_START.isoformat()
        quota = {(q["regency_code"], q["funding_source"]): q for q in list_quotas(store, NEXT_YEAR)}
        assert quota[("14.71", "APBD")]["accepted"] == 1 and quota[("14.71", "APBD")]["quota"] == 100

        report = subprocess.run(
            [sys.executable, "-m", "pulut_desktop.province.cli", "--data-dir", str(root), "renewals-report",
             "--year", str(NEXT_YEAR)], capture_output=True, text=True, timeout=120, check=True,
        ).stdout.splitlines()  # fmt: skip
        assert report[0].split("\t") == ["regency_code", "regency_name", "covered", "renewed", "exited", "not_renewed"]
        assert report[1].split("\t") == ["14.71", "Kota Pekanbaru", "2", "1", "0", "1"]
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)
        laptop.close()
        store.close()
