"""Loading the Qt Linguist translations. Source strings are English; Bahasa Indonesia is the default.

Two catalogues per language: ours (``pulut_<lang>.qm``) and Qt's own texts (buttons of message boxes,
file dialogs, wizards, context menus). Qt's bundled ``qtbase_<lang>.qm`` is used where Qt ships one;
for Indonesian it does not, so ``qt_id.qm`` (built from ``qt_id.tsv``) gives Qt our words.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..messages import DEFAULT_LANGUAGE, normalise_language
from ..paths import resource

log = logging.getLogger(__name__)

LOCALES = {
    "id": QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def translation_file(language: str) -> str:
    return str(resource("translations", f"pulut_{normalise_language(language)}.qm"))


def qt_translation_files(language: str) -> list[str]:
    """Where Qt's own texts in ``language`` may be: Qt's bundled catalogue first, then ours."""
    bundled = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return [f"{bundled}/qtbase_{language}.qm", str(resource("translations", f"qt_{language}.qm"))]


class Translations:
    """Owns the installed translators; :meth:`switch` replaces them (widgets get a LanguageChange event)."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def _install(self, path: str) -> bool:
        translator = QTranslator(self._app)
        if not translator.load(path):
            return False
        self._app.installTranslator(translator)
        self._translators.append(translator)
        return True

    def uninstall(self) -> None:
        """Remove every translator this object installed (the app shows its English sources again)."""
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []

    def switch(self, language: str | None) -> str:
        language = normalise_language(language)
        self.uninstall()
        # English is Qt's own language: nothing to translate there.
        if language != "en" and not any(self._install(path) for path in qt_translation_files(language)):
            log.warning("no translation of Qt's own texts for %s", language)
        if not self._install(translation_file(language)):
            log.warning("translation file for %s not found", language)
        QLocale.setDefault(LOCALES[language])
        self.language = language
        return language
