"""With the Indonesian translation loaded, no visible text of the main screens is an untranslated
English source string (labels, buttons, window titles, placeholders, list and table items)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QWidget,
    QWizard,
)

from pulut_desktop.paths import resource
from pulut_desktop.ui.integration import no_registration_pages
from pulut_desktop.ui.login import LoginWindow
from pulut_desktop.ui.main_window import MainWindow
from pulut_desktop.ui.wizard import FirstRunWizard

# Words that read the same in Indonesian (a name, an acronym) are not "untranslated".
SAME_IN_BOTH = {"Pulut Desktop", "OK", "Supervisor", "NIK", "Status", "English"}
# Qt's own English button texts: we have no qtbase Indonesian catalogue, so none may be visible.
QT_DEFAULTS = {
    "&Next >",
    "< &Back",
    "&Finish",
    "Cancel",
    "&Cancel",
    "Apply",
    "Close",
    "&Yes",
    "&No",
    "Commit",
    "Done",
    "Help",
    "Next",
    "Back",
    "Finish",
}


def _source_strings() -> set[str]:
    tree = ET.parse(resource("translations", "pulut_id.ts"))
    return {m.findtext("source") for m in tree.getroot().iter("message")}


def _visible_texts(root: QWidget) -> list[tuple[str, str]]:
    found = [(type(root).__name__ + " title", root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((name, widget.text()))
            found.append((name + " tooltip", widget.toolTip()))
        if isinstance(widget, QLineEdit):
            found.append((name + " placeholder", widget.placeholderText()))
        if isinstance(widget, QComboBox):
            found += [(name + " item", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            found += [(name + " item", widget.item(i).text()) for i in range(widget.count())]
        if isinstance(widget, QTableWidget):
            found += [
                (name + " header", widget.horizontalHeaderItem(i).text())
                for i in range(widget.columnCount())
                if widget.horizontalHeaderItem(i)
            ]
    return [(where, text.replace("&", "")) for where, text in found if text]


def _untranslated(root: QWidget) -> list[tuple[str, str]]:
    english = (_source_strings() | {t.replace("&", "") for t in QT_DEFAULTS}) - SAME_IN_BOTH
    return [(where, text) for where, text in _visible_texts(root) if text in english]


@pytest.fixture(autouse=True)
def indonesian(translations):
    assert translations.language == "id"


def test_the_catalogue_has_an_indonesian_translation_for_every_source_string():
    tree = ET.parse(resource("translations", "pulut_id.ts"))
    missing = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        forms = translation.findall("numerusform")
        texts = [f.text for f in forms] if forms else [translation.text]
        if translation.get("type") == "unfinished" or not all(texts):
            missing.append(message.findtext("source"))
    assert missing == []


def test_login_window_is_fully_indonesian(qtbot, supervisor_store, runner):
    login = LoginWindow(supervisor_store.data_dir.root, runner, language="id", training=True)
    qtbot.addWidget(login)
    login.show()
    assert _untranslated(login) == []


def test_every_wizard_page_is_fully_indonesian(qtbot, data_root, runner):
    wizard = FirstRunWizard(data_root, runner, language="id")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.account_page.username.setText("rina.s")
    wizard.account_page.full_name.setText("Rina")
    wizard.account_page.password.setText("rahasia-123")
    wizard.account_page.repeat.setText("rahasia-123")
    seen = set()
    while True:
        page = wizard.currentPage()
        assert _untranslated(wizard) == [], page.objectName()
        seen.add(page.objectName())
        if wizard.currentId() == wizard.pageIds()[-1]:
            break
        wizard.next()
    assert len(seen) == 4
    assert wizard.button(QWizard.WizardButton.NextButton).text() != "Next"


def test_main_window_pages_are_fully_indonesian(qtbot, qapp, supervisor_store, runner):
    window = MainWindow(
        supervisor_store, runner, language="id", training=True, event_source=qapp, page_factory=no_registration_pages
    )
    qtbot.addWidget(window)
    window.show()
    for key in ("home", "officers", "settings"):
        window.show_page(key)
        runner.wait_for_done()
        qtbot.waitUntil(lambda: not runner.is_busy())
        assert _untranslated(window) == [], key
    window.lock()
    assert _untranslated(window) == [], "lock"
