"""Settings needed before login (language, training banner), kept in ``settings.json`` beside the
encrypted store. Nothing personal is kept here. A light module: the login window reads it at start-up."""

from __future__ import annotations

import json

from .fsutil import atomic_write_bytes, exclusive
from .paths import DataDir


def read_public_settings(data_dir: DataDir) -> dict:
    """Settings needed before login (language, training banner). Nothing personal is kept here."""
    try:
        return json.loads(data_dir.settings.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}


def write_public_settings(data_dir: DataDir, values: dict) -> None:
    """Merge ``values`` in, under the file's cross-process lock so two writers never lose a change."""
    with exclusive(data_dir.settings):
        merged = read_public_settings(data_dir) | values
        atomic_write_bytes(data_dir.settings, json.dumps(merged, indent=2).encode("utf-8"))
