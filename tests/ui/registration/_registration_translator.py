"""A QTranslator over resources/translations/registration_strings_id.tsv, until the shell's .qm
files include these strings (used for the Indonesian screenshots)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator

TSV = Path(__file__).resolve().parents[3] / "resources" / "translations" / "registration_strings_id.tsv"


class TsvTranslator(QTranslator):
    def __init__(self, path: Path = TSV) -> None:
        super().__init__()
        self._table = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                english, indonesian = line.split("\t", 1)
                self._table[english] = indonesian

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return self._table.get(source_text, "")

    def isEmpty(self) -> bool:
        return False
