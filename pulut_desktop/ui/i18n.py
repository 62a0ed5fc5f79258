"""Loading the Qt Linguist translations. Source strings are English; Bahasa Indonesia is the default."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ..messages import DEFAULT_LANGUAGE, LANGUAGES
from ..paths import resource

log = logging.getLogger(__name__)

LOCALES = {
    "id": QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def normalise_language(language: str | None) -> str:
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def translation_file(language: str) -> str:
    return str(resource("translations", f"pulut_{normalise_language(language)}.qm"))


class Translations:
    """Owns the installed translator; :meth:`switch` replaces it (widgets get a LanguageChange event)."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.language = DEFAULT_LANGUAGE

    def switch(self, language: str | None) -> str:
        language = normalise_language(language)
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        translator = QTranslator(self._app)
        if translator.load(translation_file(language)):
            self._app.installTranslator(translator)
            self._translator = translator
        else:
            log.warning("translation file for %s not found", language)
        QLocale.setDefault(LOCALES[language])
        self.language = language
        return language
