"""Reference data loaded once from ``resources/data``: Riau's regions, occupations, contribution rates.

Each loader is cached, so the whole app shares one immutable copy.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from ..paths import resource

RIAU_CODE = "14"


class RegionLevel(StrEnum):
    PROVINCE = "province"
    REGENCY = "regency"  # kabupaten / kota
    DISTRICT = "district"  # kecamatan
    VILLAGE = "village"  # desa / kelurahan


@dataclass(frozen=True)
class Region:
    code: str  # Kemendagri dotted code, e.g. "14.71.01.1001"
    name: str
    level: RegionLevel
    parent_code: str | None

    @property
    def nik_prefix(self) -> str:
        """The digits a NIK issued here starts with (no dots)."""
        return self.code.replace(".", "")[:6]


class RegionDirectory:
    """Riau's province, regencies, districts and villages (Kemendagri 2025) with the cascade."""

    def __init__(self, regions: list[Region]) -> None:
        self._by_code = {r.code: r for r in regions}
        self._children: dict[str | None, list[Region]] = {}
        for r in regions:
            self._children.setdefault(r.parent_code, []).append(r)
        for children in self._children.values():
            children.sort(key=lambda r: r.name)

    def __len__(self) -> int:
        return len(self._by_code)

    def get(self, code: str) -> Region | None:
        return self._by_code.get(code)

    def children(self, code: str) -> list[Region]:
        return list(self._children.get(code, ()))

    def regencies(self) -> list[Region]:
        return self.children(RIAU_CODE)

    def of_level(self, level: RegionLevel) -> list[Region]:
        return [r for r in self._by_code.values() if r.level is level]

    def ancestors(self, code: str) -> list[Region]:
        """The chain from the province down to ``code`` itself."""
        chain = []
        region = self.get(code)
        while region is not None:
            chain.append(region)
            region = self.get(region.parent_code) if region.parent_code else None
        return list(reversed(chain))

    def is_village(self, code: str) -> bool:
        region = self.get(code)
        return region is not None and region.level is RegionLevel.VILLAGE

    def district_by_digits(self, digits: str) -> Region | None:
        """``"147101"`` -> the district 14.71.01, as found in a NIK's first six digits."""
        return self.get(f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}")

    def label(self, village_code: str) -> str:
        """``Desa, Kecamatan, Kabupaten`` for cards and lists."""
        names = [r.name for r in self.ancestors(village_code) if r.level is not RegionLevel.PROVINCE]
        return ", ".join(reversed(names))


@cache
def regions() -> RegionDirectory:
    with resource("data", "riau_regions.csv").open(encoding="utf-8", newline="") as f:
        rows = [
            Region(row["code"], row["name"], RegionLevel(row["level"]), row["parent_code"] or None)
            for row in csv.DictReader(f)
        ]
    return RegionDirectory(rows)


@dataclass(frozen=True)
class Occupation:
    id: str
    name: str
    category: str
    siak_code: int
    needs_note: bool  # "Lainnya": the officer writes what the work is


@cache
def occupations() -> dict[str, Occupation]:
    with resource("data", "occupations_picklist.csv").open(encoding="utf-8", newline="") as f:
        return {
            row["id"]: Occupation(
                row["id"], row["name"], row["category"], int(row["siak_code"]), row["id"] == "LAINNYA"
            )
            for row in csv.DictReader(f)
        }
