"""Translatable labels and colours of statuses and funding sources, shared by list, queue and form."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from ...domain.registration import FundingSource
from ...domain.status import Status

_CONTEXT = "RegistrationLabels"

STATUS_LABELS: dict[Status, str] = {
    Status.DRAFT: QT_TRANSLATE_NOOP("RegistrationLabels", "Draft"),
    Status.READY: QT_TRANSLATE_NOOP("RegistrationLabels", "Ready"),
    Status.APPROVED: QT_TRANSLATE_NOOP("RegistrationLabels", "Approved"),
    Status.NEEDS_FIX: QT_TRANSLATE_NOOP("RegistrationLabels", "Needs fix"),
    Status.SENT: QT_TRANSLATE_NOOP("RegistrationLabels", "Sent"),
    Status.ACCEPTED: QT_TRANSLATE_NOOP("RegistrationLabels", "Accepted"),
    Status.DUPLICATE: QT_TRANSLATE_NOOP("RegistrationLabels", "Duplicate"),
    Status.REJECTED: QT_TRANSLATE_NOOP("RegistrationLabels", "Rejected"),
}

# An accepted registration BPJS Ketenagakerjaan enrolled (its KPJ number is in the reason column).
ENROLLED_LABEL = QT_TRANSLATE_NOOP("RegistrationLabels", "Enrolled at BPJS")
BPJS_ENROLLED = "enrolled"

# (background, text): soft fills with dark text, readable on a dim laptop screen and in greyscale.
STATUS_COLOURS: dict[Status, tuple[str, str]] = {
    Status.DRAFT: ("#E5E7EB", "#374151"),
    Status.READY: ("#DBEAFE", "#1E3A8A"),
    Status.APPROVED: ("#D1FAE5", "#065F46"),
    Status.NEEDS_FIX: ("#FFEDD5", "#9A3412"),
    Status.SENT: ("#E0E7FF", "#3730A3"),
    Status.ACCEPTED: ("#BBF7D0", "#14532D"),
    Status.DUPLICATE: ("#FEF3C7", "#92400E"),
    Status.REJECTED: ("#FEE2E2", "#991B1B"),
}

FUNDING_LABELS: dict[FundingSource, str] = {
    FundingSource.APBD: QT_TRANSLATE_NOOP("RegistrationLabels", "APBD (provincial budget)"),
    FundingSource.DBH_SAWIT: QT_TRANSLATE_NOOP("RegistrationLabels", "DBH Sawit (palm-oil revenue)"),
}


def status_label(status: Status) -> str:
    return QCoreApplication.translate(_CONTEXT, STATUS_LABELS[status])


def list_status_label(status: Status, bpjs_status: str | None) -> str:
    """The status a list shows: Terdaftar BPJS for an accepted registration BPJS enrolled."""
    if status is Status.ACCEPTED and bpjs_status == BPJS_ENROLLED:
        return QCoreApplication.translate(_CONTEXT, ENROLLED_LABEL)
    return status_label(status)


def status_colours(status: Status) -> tuple[QColor, QColor]:
    background, foreground = STATUS_COLOURS[status]
    return QColor(background), QColor(foreground)


def funding_label(source: FundingSource) -> str:
    return QCoreApplication.translate(_CONTEXT, FUNDING_LABELS[source])
