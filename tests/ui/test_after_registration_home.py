"""Beranda's "Setelah pendaftaran" card, on real widgets over a real store whose registrations a real
province accepted: awaiting BPJS, due for renewal, renewed and deaths, in Indonesian."""

from __future__ import annotations

from datetime import date

from pulut_desktop.domain.registration import add_months
from pulut_desktop.services import exits, renewals
from pulut_desktop.ui.home import HomePage
from tests.outbox.helpers import approve_new, enrol, make_laptop, make_province, round_trip_by_stick

START = add_months(date.today().replace(day=1), -11)  # coverage ends on the last day of this month


def test_beranda_counts_what_happened_after_registration(qtbot, runner, translations, tmp_path):
    province = make_province(tmp_path / "province")
    laptop = make_laptop(tmp_path / "laptop", "Laptop Pekanbaru", "14.71")
    stick = tmp_path / "stick"
    stick.mkdir()
    try:
        enrol(laptop, province, stick)
        ids = [approve_new(laptop, n, coverage_start=START) for n in (1, 2, 3)]
        round_trip_by_stick(laptop, province, stick)
        exits.record_exit(laptop, ids[0], kind="death", occurred_on=date.today(), source="family")
        renewals.renew_registration(laptop, renewals.prepare_renewal(laptop, ids[1]))

        page = HomePage(laptop, runner)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        with qtbot.waitSignal(page.after.sig_counts_shown, timeout=10000) as shown:
            page.refresh()
        counts = shown.args[0]
        assert (counts.awaiting_bpjs, counts.enrolled, counts.rejected_by_bpjs) == (2, 0, 0)
        assert (counts.due_for_renewal, counts.not_renewed, counts.renewed) == (1, 0, 1)
        assert (counts.deaths, counts.other_exits) == (1, 0)
        figures = {key: label.text() for key, label in page.after.figures.items()}
        assert figures == {"enrolled": "0", "awaiting_bpjs": "2", "rejected_by_bpjs": "0", "due_for_renewal": "1",
                           "not_renewed": "0", "renewed": "1", "deaths": "1", "other_exits": "0"}  # fmt: skip
        captions = {label.text() for label in page.after.findChildren(type(page.after.figures["deaths"]))}
        assert {"Setelah pendaftaran", "Terdaftar BPJS", "Menunggu BPJS", "Perlu diperpanjang"} <= captions
        qtbot.waitUntil(lambda: not runner.is_busy(), timeout=10000)
    finally:
        laptop.close()
        province.store.close()
