"""The sync page's Indonesian lines (resources/translations/sync_strings_id.tsv), which update.sh merges
into the shipped catalogue; tests check every string of the page has one."""

from __future__ import annotations

from pathlib import Path

TSV = Path(__file__).resolve().parents[3] / "pulut_desktop" / "resources" / "translations" / "sync_strings_id.tsv"


def read_tsv(path: Path = TSV) -> dict[str, str]:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            english, indonesian = line.split("\t")
            table[english] = indonesian
    return table
