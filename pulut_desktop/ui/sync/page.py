"""Kirim data: enrolment with the province, export to a USB stick, the province's receipts, the ledger.

Every read and write (store, stick) runs on the :class:`OperationRunner`; the GUI thread only asks for
folders and files and shows results. Errors from the services (``outbox.*``, ``usb.*``,
``permission.denied``...) go to the runner's one error handler; calm outcomes (nothing to send,
cancelled) are shown in the panel itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pulut_desktop.messages import DEFAULT_LANGUAGE, error_text, text
from pulut_desktop.outbox.enrolment import EnrolmentInfo
from pulut_desktop.outbox.errors import Cancelled, NothingToSend
from pulut_desktop.outbox.export import ExportResult
from pulut_desktop.outbox.online import SyncResult
from pulut_desktop.paths import APP_AUTHOR, APP_NAME
from pulut_desktop.services.sync import (
    ApplyResult,
    StickInfo,
    SyncOverview,
    apply_receipts,
    enrol_from,
    export_to,
    inspect_stick,
    load_overview,
    sync_now,
    write_request,
)
from pulut_desktop.storage.store import Store

from ..operations import OperationRunner
from ..widgets import heading
from .enrolment_panel import EnrolmentPanel
from .ledger_view import LedgerPanel
from .online_panel import OnlinePanel
from .usb_panel import UsbPanel

LAST_STICK = "sync/last_stick"


class SyncPage(QWidget):
    def __init__(
        self,
        store: Store,
        runner: OperationRunner,
        parent: QWidget | None = None,
        *,
        province_keys: Sequence[Path] = (),
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._runner = store, runner
        self._province_keys = tuple(province_keys)  # extra trusted province-keys.json files
        self._settings = settings or QSettings(APP_AUTHOR, APP_NAME)
        self._language = DEFAULT_LANGUAGE
        self._overview: SyncOverview | None = None
        self._busy = False
        self._stick_info: StickInfo | None = None
        self.setObjectName("syncPage")

        title = heading(self.tr("Send data"))
        intro = QLabel(
            self.tr(
                "Approved registrations travel to the province on a USB stick; the province's receipts come "
                "back on the same stick."
            )
        )
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"))
        self.refresh_button.setObjectName("syncRefresh")
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(title)
        titles.addWidget(intro)
        top.addLayout(titles, 1)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)

        self.enrolment = EnrolmentPanel()
        self.usb = UsbPanel()
        panels = QHBoxLayout()
        panels.setSpacing(16)
        panels.addWidget(self.enrolment, 1)
        panels.addWidget(self.usb, 1)
        self.online = OnlinePanel()
        self.online.hide()
        self.ledger = LedgerPanel()

        # The content scrolls when the window is smaller than it (125% scaling on a 1366×768 screen).
        content = QWidget()
        content.setObjectName("syncContent")
        scroll = QScrollArea()
        scroll.setObjectName("syncScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setStyleSheet("#syncScroll, #syncContent { background: transparent; }")
        scroll.viewport().setAutoFillBackground(False)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(panels)
        layout.addWidget(self.online)
        layout.addWidget(self.ledger, 1)

        self.refresh_button.clicked.connect(self.refresh)
        self.enrolment.sig_request_clicked.connect(self._on_enrolment_request_clicked)
        self.enrolment.sig_import_clicked.connect(self._on_enrolment_import_clicked)
        self.usb.sig_choose_clicked.connect(self._on_usb_choose_clicked)
        self.usb.sig_export_clicked.connect(self._on_usb_export_clicked)
        self.usb.sig_apply_clicked.connect(self._on_usb_apply_clicked)
        self.online.sig_sync_clicked.connect(self._on_online_sync_clicked)
        remembered = self._settings.value(LAST_STICK)
        self.usb.set_stick(Path(str(remembered)) if remembered else None)

    # -- public ------------------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        self._language = language

    def overview(self) -> SyncOverview | None:
        return self._overview

    def refresh(self) -> None:
        """Reload enrolment, ledger and the stick's contents off the GUI thread."""
        store = self._store
        self.refresh_button.setEnabled(False)
        self._runner.run(
            lambda _ctx: load_overview(store),
            on_success=self._on_overview_loaded,
            on_failure=self._on_refresh_failed,
            on_done=lambda: self.refresh_button.setEnabled(True),
            parent=self,
        )

    # -- loading -----------------------------------------------------------------------------------
    def _on_overview_loaded(self, overview: SyncOverview) -> None:
        self._overview = overview
        self.refresh_button.setEnabled(True)
        self.enrolment.show_overview(overview)
        self.usb.set_ready(overview.ready)
        self.usb.set_export_primary(overview.enrolment is not None)
        self.online.set_server(overview.enrolment.server_url if overview.enrolment else None)
        self.ledger.show_ledger(overview.ledger, self._language)
        self._inspect_stick()

    def _on_refresh_failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self._runner.report_error(error, self)

    def _inspect_stick(self) -> None:
        stick = self.usb.stick()
        if stick is None:
            self.usb.show_stick(None)
            return
        device_id = self._overview.enrolment.device_id if self._overview and self._overview.enrolment else None
        self._runner.run(lambda _ctx: inspect_stick(stick, device_id), on_success=self._on_stick_inspected, parent=self)

    def _on_stick_inspected(self, info: StickInfo) -> None:
        if self.usb.stick() == info.root:
            self._stick_info = info
            self.usb.show_stick(info)

    def _start_dir(self) -> str:
        stick = self.usb.stick()
        return str(stick) if stick is not None else ""

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.usb.set_busy(busy)
        self.online.sync_button.setEnabled(not busy)
        supervisor = bool(self._overview and self._overview.is_supervisor)
        self.enrolment.request_button.setEnabled(supervisor and not busy)
        self.enrolment.import_button.setEnabled(supervisor and not busy)

    def _remember_stick(self, root: Path) -> None:
        self.usb.set_stick(root)
        self._settings.setValue(LAST_STICK, str(root))

    # -- enrolment ---------------------------------------------------------------------------------
    def _on_enrolment_request_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Where to write the device request (the USB stick)"), self._start_dir()
        )
        if not folder:
            return
        store, target = self._store, Path(folder)
        self.enrolment.message.clear_message()
        self._set_busy(True)
        self._runner.run(
            lambda _ctx: write_request(store, target),
            on_success=self._on_request_written,
            on_failure=self._on_work_failed,
            parent=self,
            progress_label=self.tr("Writing the device request…"),
            cancel_label=self.tr("Cancel"),
        )
        self._remember_stick(target)  # the request goes on the stick that will carry the batches

    def _on_request_written(self, written: tuple[Path, str]) -> None:
        self._set_busy(False)
        path, code = written
        self.enrolment.message.show_info(
            text("outbox.request_written", {"device": code, "path": str(path)}, self._language)
        )
        self.refresh()

    def _on_enrolment_import_clicked(self) -> None:
        start = self._start_dir()
        info = self._stick_info
        if info is not None and info.layout is not None and info.root == self.usb.stick():
            start = str(info.layout.enrolments)  # from the last inspection: no disk access here
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Enrolment file from the province"),
            start,
            self.tr("Enrolment files (*.pulutenrolment);;All files (*)"),
        )
        if not path:
            return
        store, source, keys = self._store, Path(path), self._province_keys
        self.enrolment.message.clear_message()
        self._set_busy(True)
        self._runner.run(
            lambda _ctx: enrol_from(store, source, keys),
            on_success=self._on_enrolled,
            on_failure=self._on_work_failed,
            parent=self,
            progress_label=self.tr("Checking the enrolment file…"),
            cancel_label=self.tr("Cancel"),
        )

    def _on_enrolled(self, info: EnrolmentInfo) -> None:
        self._set_busy(False)
        self.enrolment.message.show_info(text("outbox.enrolled", {"device_id": info.device_id}, self._language))
        self.refresh()

    # -- the stick ---------------------------------------------------------------------------------
    def _on_usb_choose_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the USB stick"), self._start_dir())
        if not folder:
            return
        self._remember_stick(Path(folder))
        self.usb.message.clear_message()
        self._inspect_stick()

    def _chosen_stick(self) -> Path | None:
        """Validate before queueing: a stick must be chosen."""
        stick = self.usb.stick()
        if stick is None:
            self.usb.message.show_error(self.tr("Choose the USB stick first."))
        return stick

    def _run_on_stick(self, work, on_success, on_failure, label: str) -> None:
        """Stick work off the GUI thread, with progress and Cancel, once a stick is chosen."""
        stick = self._chosen_stick()
        if stick is None or self._busy:
            return
        store = self._store
        self.usb.message.clear_message()
        self._set_busy(True)
        self._runner.run(
            lambda ctx: work(store, stick, ctx.progress, ctx.should_cancel),
            on_success=on_success,
            on_failure=on_failure,
            on_done=lambda: self._set_busy(False),
            parent=self,
            progress_label=label,
            cancel_label=self.tr("Cancel"),
        )

    def _on_usb_export_clicked(self) -> None:
        self._run_on_stick(
            export_to, self._on_exported, self._on_export_failed, self.tr("Writing batches to the USB stick…")
        )

    def _on_exported(self, result: ExportResult) -> None:
        self._set_busy(False)
        self.usb.message.show_info(self.export_outcome(result))
        self.refresh()

    def export_outcome(self, result: ExportResult) -> str:
        lines = []
        new_names = [p.name for p in result.written if _sequence_of(p) in result.new_sequences]
        if result.new_sequences:
            lines.append(
                self.tr("Batch no. %1 is on the stick: %2 registration(s) marked as sent.")
                .replace("%1", ", ".join(map(str, result.new_sequences)))
                .replace("%2", str(result.registrations))
            )
            lines.append(self.tr("File: %1").replace("%1", ", ".join(new_names)))
        if result.resent_sequences:
            lines.append(
                self.tr("Written again unchanged, not yet answered by the province: no. %1.").replace(
                    "%1", ", ".join(map(str, result.resent_sequences))
                )
            )
        return "\n".join(lines)

    def _on_export_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, NothingToSend):
            self.usb.message.show_info(self.tr("There is no data ready to send."))
        elif isinstance(error, Cancelled):
            self.usb.message.show_info(error_text(error, self._language))
        else:
            self._runner.report_error(error, self)
        self.refresh()

    def _on_usb_apply_clicked(self) -> None:
        self._run_on_stick(
            apply_receipts,
            self._on_receipts_applied,
            self._on_work_failed,
            self.tr("Applying the province's receipts…"),
        )

    def _on_receipts_applied(self, summary: ApplyResult) -> None:
        self._set_busy(False)
        text_, problem = self.apply_outcome(summary)
        if problem:
            self.usb.message.show_error(text_)
        elif summary.returned:  # a refused batch: amber, the reason is in the ledger's box below
            self.usb.message.show_warning(text_)
        else:
            self.usb.message.show_info(text_)
        self.refresh()

    def apply_outcome(self, summary: ApplyResult) -> tuple[str, bool]:
        """The summary line(s) after applying receipts, and whether something needs attention."""
        if not (summary.receipts or summary.already_applied or summary.problems or summary.bundles_applied):
            return self.tr("There are no receipts for this laptop on the stick yet."), False
        lines = [
            self.tr("%1 receipt(s) applied: %2 accepted, %3 duplicate, %4 rejected, %5 held for review.")
            .replace("%1", str(summary.receipts))
            .replace("%2", str(summary.accepted))
            .replace("%3", str(summary.duplicate))
            .replace("%4", str(summary.rejected))
            .replace("%5", str(summary.held))
        ]
        if summary.enrolled or summary.bpjs_rejected:
            lines.append(self.bpjs_line(summary))
        if summary.returned:
            lines.append(
                self.tr("%1 registration(s) of a refused batch are back to approved.").replace(
                    "%1", str(summary.returned)
                )
            )
        if summary.already_applied:
            lines.append(self.tr("%1 receipt(s) had been applied before.").replace("%1", str(summary.already_applied)))
        if summary.cancelled:
            lines.append(self.tr("Stopped before the last receipts; apply again to finish."))
        if summary.bundles_applied:
            lines.append(self.tr("The province's reference data on this laptop was updated."))
        for name, error in summary.problems:
            lines.append(
                text(
                    "outbox.receipt_problem",
                    {"file": name, "problem": error_text(error, self._language)},
                    self._language,
                )
            )
        return "\n".join(lines), bool(summary.problems)

    # -- over the internet ---------------------------------------------------------------------------
    def _on_online_sync_clicked(self) -> None:
        info = self._overview.enrolment if self._overview else None
        if info is None or not info.server_url or self._busy:
            return
        store, url = self._store, info.server_url
        self.online.message.clear_message()
        self._set_busy(True)
        self._runner.run(
            lambda ctx: sync_now(store, url, ctx.progress, ctx.should_cancel),
            on_success=self._on_synced_online,
            on_failure=self._on_online_failed,
            on_done=lambda: self._set_busy(False),
            parent=self,
            progress_label=self.tr("Sending to the province server…"),
            cancel_label=self.tr("Cancel"),
        )

    def _on_synced_online(self, result: SyncResult) -> None:
        self._set_busy(False)
        self.online.message.show_info(self.online_outcome(result))
        self.refresh()

    def online_outcome(self, result: SyncResult) -> str:
        totals = result.totals()
        if result.sent:
            line = (
                self.tr("Batch no. %1 sent and answered: %2 accepted, %3 duplicate, %4 rejected.")
                .replace("%1", ", ".join(map(str, result.sent)))
                .replace("%2", str(totals["accepted"]))
                .replace("%3", str(totals["duplicate"]))
                .replace("%4", str(totals["rejected"]))
            )
        else:
            line = self.tr("Nothing was waiting to be sent; the province's answers are up to date.")
        for sequence, _code, reason in result.set_aside:
            line += "\n" + (
                self.tr("Batch no. %1 was set aside: the province holds it. Reason: %2 Later batches are still sent.")
                .replace("%1", str(sequence))
                .replace("%2", reason)
            )
        if result.enrolled or result.bpjs_rejected:
            line += "\n" + self.bpjs_line(result)
        if result.bundle_replaced:
            line += "\n" + self.tr("The province's reference data on this laptop was updated.")
        return line

    def bpjs_line(self, result: ApplyResult | SyncResult) -> str:
        """BPJS Ketenagakerjaan's answers that came with the receipts."""
        return (
            self.tr("BPJS Ketenagakerjaan: %1 enrolled (with a KPJ number), %2 rejected by BPJS (needs fix).")
            .replace("%1", str(result.enrolled))
            .replace("%2", str(result.bpjs_rejected))
        )

    def _on_online_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, Cancelled):
            self.online.message.show_info(error_text(error, self._language))
        else:
            self._runner.report_error(error, self)
        self.refresh()

    def _on_work_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._runner.report_error(error, self)
        self.refresh()


def _sequence_of(path: Path) -> int | None:
    stem = path.name.rsplit(".", 1)[0]
    tail = stem.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else None
