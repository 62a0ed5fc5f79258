"""The status bar's line about sending: last answer from the province and what is waiting (issue 6)."""

from PySide6.QtWidgets import QApplication

from pulut_desktop.outbox.export import export_batch
from pulut_desktop.outbox.receipts import apply_receipts
from pulut_desktop.outbox.status import send_status
from pulut_desktop.province.ingest import import_paths
from pulut_desktop.ui.main_window import MainWindow
from tests.outbox.helpers import approve_new, enrol, make_laptop, make_province


def test_status_bar_tells_when_the_province_last_answered_and_what_waits(qtbot, runner, tmp_path):
    province = make_province(tmp_path / "province")
    laptop = make_laptop(tmp_path / "laptop")
    stick = tmp_path / "stick"
    stick.mkdir()
    enrol(laptop, province, stick)
    for n in (1, 2, 3):
        approve_new(laptop, n)
    window = MainWindow(laptop, runner, language="en", training=False, event_source=QApplication.instance())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "3 registration(s), 0 batch(es)" in window.send_label.text())
    assert "none yet" in window.send_label.text()

    export_batch(laptop, stick)
    assert (send_status(laptop).waiting_records, send_status(laptop).waiting_batches) == (0, 1)
    import_paths(province.store, [stick], province.keys)
    apply_receipts(laptop, stick)
    window.refresh_send_status()
    qtbot.waitUntil(lambda: "0 registration(s), 0 batch(es)" in window.send_label.text())
    assert "none yet" not in window.send_label.text()
    runner.wait_for_done()
    window.close()
    laptop.close()
    province.store.close()
