"""A QTranslator over resources/translations/sync_strings_id.tsv, until the shell's .qm files include
the sync page's strings (update.sh merges them): for the Indonesian tests and screenshots."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator

TSV = Path(__file__).resolve().parents[3] / "pulut_desktop" / "resources" / "translations" / "sync_strings_id.tsv"


def read_tsv(path: Path = TSV) -> dict[str, str]:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            english, indonesian = line.split("\t")
            table[english] = indonesian
    return table


class TsvTranslator(QTranslator):
    def __init__(self, path: Path = TSV) -> None:
        super().__init__()
        self._table = read_tsv(path)

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return self._table.get(source_text)  # None, not "": let the next translator answer

    def isEmpty(self) -> bool:
        return False
