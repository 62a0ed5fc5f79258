"""The approval queue's notes in words: the warnings, near matches and "different person" overrides of a
record, as the "Keterangan" column, the detail line under the queue and the approve question show them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...messages import text
from ...services.approvals import ApprovalNotes
from ...storage.registrations import SimilarRegistration


def _who(other: SimilarRegistration) -> str:
    return f"{other.full_name} ({other.registration_number})"


def notes_lines(notes: ApprovalNotes | None, language: str) -> list[str]:
    """One sentence per finding, warnings first."""
    if notes is None:
        return []
    similar = QCoreApplication.translate("ApprovalNotes", "Similar to %1: same birth date and village")
    different = QCoreApplication.translate("ApprovalNotes", "The officer confirmed this is not %1")
    lines = [text(issue.code, issue.params, language) for issue in notes.warnings]
    lines += [similar.replace("%1", _who(s)) for s in notes.near_matches]
    lines += [different.replace("%1", _who(s)) for s in notes.confirmed_different]
    return lines


def notes_summary(notes: ApprovalNotes | None, language: str) -> str:
    """The short "Keterangan" cell: how many findings of each kind, then the first one."""
    lines = notes_lines(notes, language)
    if notes is None or not lines:
        return ""
    parts = []
    warnings, near = len(notes.warnings), len(notes.near_matches)  # plain names: lupdate reads no calls here
    if warnings:
        parts.append(QCoreApplication.translate("ApprovalNotes", "%n warning(s)", "", warnings))
    if near:
        parts.append(QCoreApplication.translate("ApprovalNotes", "%n near match(es)", "", near))
    if notes.confirmed_different:
        parts.append(QCoreApplication.translate("ApprovalNotes", "different person confirmed"))
    return f"⚠ {', '.join(parts)}: {lines[0]}"
