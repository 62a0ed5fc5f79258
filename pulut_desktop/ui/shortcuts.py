"""The keyboard map: every shortcut, who owns it, and what it does. One table, three readers: the main
window and the pages create their QShortcuts from it, the help window (F1) lists it, and a test checks
that each key has exactly one owner and that the handbook's table says the same."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class Shortcut:
    keys: str  # QKeySequence text, also shown to the officer
    action: str  # English source in the "Shortcuts" context
    owner: str  # "window" (anywhere in the main window), "form", "approvals", "list", "field"


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("F1", QT_TRANSLATE_NOOP("Shortcuts", "Help for this screen, with this list"), "window"),
    Shortcut("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "New registration (from anywhere, also inside the form)"),
             "window"),
    Shortcut("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Find a registration"), "window"),
    Shortcut("F5", QT_TRANSLATE_NOOP("Shortcuts", "Reload the page"), "window"),
    Shortcut("Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Lock now (the password opens it again)"), "window"),
    Shortcut("Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Save the registration"), "form"),
    Shortcut("F8", QT_TRANSLATE_NOOP("Shortcuts", "Next field to fix"), "form"),
    Shortcut("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Next field; in a list: choose the only match or open the list"),
             "field"),
    Shortcut("Ctrl+Return", QT_TRANSLATE_NOOP("Shortcuts", "Approve the highlighted registration"), "approvals"),
)  # fmt: skip


def owned_by(owner: str) -> list[Shortcut]:
    return [s for s in SHORTCUTS if s.owner == owner]


def action_text(shortcut: Shortcut) -> str:
    return QCoreApplication.translate("Shortcuts", shortcut.action)


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do) in the officer's language, for the help window."""
    return [(s.keys, action_text(s)) for s in SHORTCUTS]
