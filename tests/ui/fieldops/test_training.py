"""Training mode: the device is marked training, its papers say so, and the province refuses its batches
with a message the officer can read after applying the receipt."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from pulut_desktop import messages
from pulut_desktop.domain.status import Status
from pulut_desktop.outbox.export import export_batch
from pulut_desktop.outbox.ledger import ledger
from pulut_desktop.outbox.receipts import apply_receipts
from pulut_desktop.province.ingest import REFUSED, import_paths
from pulut_desktop.storage import drives, registrations
from pulut_desktop.ui.fieldops.drives import DrivesPage
from pulut_desktop.ui.fieldops.export_dialog import ExportDialog
from pulut_desktop.ui.widgets import TrainingBanner
from tests.outbox.helpers import approve_new, enrol, make_laptop, make_province

REFUSAL_ID = (
    "Kiriman ini berasal dari laptop latihan. Data latihan tidak diterima provinsi; daftarkan pekerja "
    "sungguhan di laptop yang tidak dalam mode latihan."
)


def test_training_batch_refused_with_the_message_the_officer_reads(qtbot, runner, tmp_path):
    province = make_province(tmp_path / "province")
    trainee = make_laptop(tmp_path / "training", "Laptop Latihan", "14.71", training=True)
    stick = tmp_path / "stick"
    stick.mkdir()
    try:
        with trainee.reader() as session:
            assert trainee.device(session).training  # the device row is marked training
        enrol(trainee, province, stick)
        rid = approve_new(trainee, 7)
        assert registrations.get(trainee, rid).training
        export_batch(trainee, stick)
        (outcome,) = import_paths(province.store, [stick], province.keys)
        assert outcome.status == REFUSED

        result = apply_receipts(trainee, stick)
        assert result.problems == []
        reg = registrations.get(trainee, rid)
        assert reg.status is Status.APPROVED  # back on the laptop, nothing lost
        code, _, shown = (reg_reason := _reason(trainee, rid)).partition(": ")
        assert code == "province.training_device"
        assert shown == REFUSAL_ID == messages.text(code, language="id")
        assert "laptop latihan" in reg_reason
        (row,) = ledger(trainee).rows
        assert row.status == "refused" and messages.text(row.error_code) == REFUSAL_ID
        assert messages.text(row.error_code, language="en").startswith("This batch comes from a training laptop.")

        # Papers and windows of a training laptop say so
        page = DrivesPage(trainee, runner)
        qtbot.addWidget(page)
        opened: list[Path] = []
        page.open_file = opened.append
        with qtbot.waitSignal(page.sig_state_loaded):
            page.refresh()
        assert page.state.training
        drive = drives.start_drive(trainee, village_code="14.71.01.1002", held_on=date(2026, 11, 20), place="Balai")
        with qtbot.waitSignal(page.sig_state_loaded):
            page.refresh()
        with qtbot.waitSignal(page.sig_closeout_written, timeout=20_000) as written:
            page.close_current_drive(confirm=False)
        assert "MODE LATIHAN" in PdfReader(written.args[0]).pages[0].extract_text()
        assert drives.list_drives(trainee)[0].id == drive.id
        dialog = ExportDialog(trainee, runner, training=page.state.training)
        qtbot.addWidget(dialog)
        banner = dialog.findChild(TrainingBanner, "trainingBanner")
        assert banner is not None and not banner.isHidden()
        assert "TRAINING MODE" in banner.text()
        assert runner.wait_for_done(10_000)
    finally:
        trainee.close()
        province.store.close()


def _reason(store, rid: str) -> str:
    from pulut_desktop.storage.models import RegistrationRow

    with store.reader() as session:
        return session.get(RegistrationRow, rid).status_reason
