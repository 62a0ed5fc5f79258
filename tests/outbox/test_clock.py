"""A laptop whose clock is months behind: detected from the province's signed receipt time, and cards
carry a sensible date (issue 9, wrong clocks)."""

from datetime import UTC, date, datetime, timedelta

from pulut_desktop.outbox.clock import PROGRAMME_START, check_clock
from pulut_desktop.outbox.export import export_batch
from pulut_desktop.outbox.receipts import apply_receipts
from pulut_desktop.province.ingest import import_batch
from pulut_desktop.services.guard_rails import check_guard_rails
from pulut_desktop.sync.usb import receipt_file_name
from tests.outbox.helpers import approve_new, batch_files, enrol, make_laptop, make_province

RECEIPT_TIME = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def test_clock_behind_the_last_receipt_is_caught_and_cards_use_the_known_date(tmp_path):
    province = make_province(tmp_path / "province")
    laptop = make_laptop(tmp_path / "laptop")
    stick = tmp_path / "stick"
    stick.mkdir()
    enrol(laptop, province, stick)
    approve_new(laptop, 1)
    export_batch(laptop, stick)
    outcome = import_batch(province.store, batch_files(stick)[0].read_bytes(), province.keys, issued_at=RECEIPT_TIME)
    (stick / "PULUT" / "inbox").mkdir(parents=True, exist_ok=True)
    (stick / "PULUT" / "inbox" / receipt_file_name(outcome.device_id, outcome.sequence)).write_bytes(outcome.receipt)
    apply_receipts(laptop, stick)

    right = check_clock(laptop, RECEIPT_TIME + timedelta(days=3))
    assert not right.wrong and right.trusted_today == (RECEIPT_TIME + timedelta(days=3)).astimezone().date()
    dead_battery = check_clock(laptop, datetime(2026, 2, 1, tzinfo=UTC))  # months behind the receipt
    assert dead_battery.wrong and dead_battery.behind.days > 200
    assert dead_battery.trusted_today == RECEIPT_TIME.astimezone().date()
    warnings = check_guard_rails(laptop, now=datetime(2026, 2, 1))
    clock = [v for v in warnings if v.code == "guard.clock_behind"]
    assert clock and not clock[0].blocking and clock[0].params["date"] == "2026-11-20"
    laptop.close()
    province.store.close()


def test_a_clock_before_the_programme_existed_is_wrong_even_without_receipts(store):
    check = check_clock(store, datetime(2000, 1, 1, tzinfo=UTC))
    assert check.wrong and check.trusted_today == PROGRAMME_START.astimezone().date()
    assert not check_clock(store, datetime(2026, 11, 25, tzinfo=UTC)).wrong
    assert isinstance(check.trusted_today, date)
