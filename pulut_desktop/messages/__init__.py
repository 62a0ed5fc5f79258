"""The one catalogue that turns error and warning codes into Indonesian or English sentences.

The domain raises codes (``nik.length``) with parameters; the CLI and the UI call :func:`text`.
Each area keeps its own table (``core``, ``cards``, ``sync`` ...) of ``code -> (id, en)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import after, bpjs, cards, console, core, fieldops, outbox, province, sync, ui

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

CATALOGUE: dict[str, tuple[str, str]] = {}
for _table in (
    core.MESSAGES,
    sync.MESSAGES,
    cards.MESSAGES,
    ui.MESSAGES,
    outbox.MESSAGES,
    province.MESSAGES,
    console.MESSAGES,
    fieldops.MESSAGES,
    bpjs.MESSAGES,
    after.MESSAGES,
):
    CATALOGUE.update(_table)


def register(table: Mapping[str, tuple[str, str]]) -> None:
    """Add an area's table (called at import time by the modules that own it)."""
    CATALOGUE.update(table)


def normalise_language(language: str | None) -> str:
    """A supported language code; anything else (missing, unknown) is the default, Indonesian."""
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def text(code: str, params: Mapping[str, Any] | None = None, language: str = DEFAULT_LANGUAGE) -> str:
    entry = CATALOGUE.get(code)
    if entry is None:
        fallback = {"id": "Terjadi kesalahan ({code}).", "en": "Something went wrong ({code})."}
        return fallback.get(language, fallback["en"]).format(code=code)
    template = entry[0] if language == "id" else entry[1]
    try:
        return template.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return template


def error_text(error: Exception, language: str = DEFAULT_LANGUAGE) -> str:
    code = getattr(error, "code", None)
    if code is None:
        return text("error.unexpected", {"detail": type(error).__name__}, language)
    return text(code, getattr(error, "params", {}), language)
