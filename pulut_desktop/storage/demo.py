"""Synthetic, clearly-marked training data: realistic Riau names, villages and occupations.

Nothing here is a real person. NIKs are structurally valid (region of the village, birth date, +40
for women) with random serials; the store they go into is a training store, whose batches the
province refuses.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from ..domain.people import Sex
from ..domain.reference import RegionLevel, occupations, regions
from ..domain.registration import (
    Consent,
    ConsentMethod,
    FundingSource,
    Heir,
    HeirRelationship,
    Registration,
)
from ..domain.rules import DEFAULT_DBH_SAWIT_OCCUPATIONS
from ..domain.status import Status
from .registrations import import_many
from .store import Store

MALE = ["AHMAD", "MUHAMMAD", "RIZKY", "ANDI", "BUDI", "SYAFRIZAL", "ZULKIFLI", "HENDRA", "FIRMAN", "RAHMAT",
        "DEDI", "JONI", "ARIF", "YUSUF", "ISMAIL", "HASAN", "AZWAR", "FAISAL", "IRWAN", "SUPARMAN", "TENGKU RAJA",
        "M. NUR", "SAMSUL", "ROBI", "EKO", "AGUS", "WAHYU", "DARMAWAN", "ZAINAL", "ILHAM"]  # fmt: skip
FEMALE = ["SITI", "NURHAYATI", "AMINAH", "RAHMAWATI", "YULIANI", "FITRI", "DEWI", "SRI", "ROSNAH", "ZAHARA",
          "NURAINI", "MASITAH", "HASNAH", "SARI", "LINDA", "WATI", "ASMA", "JUMIATI", "RATNA", "SUSANTI",
          "TENGKU NURLELA", "MARLINA", "ERNI", "HALIMAH", "SALMAH"]  # fmt: skip
FAMILY = ["", "SIREGAR", "NASUTION", "HARAHAP", "LUBIS", "SIMANJUNTAK", "PURBA", "SAPUTRA", "HIDAYAT", "SYAHPUTRA",
          "RAHMAN", "HAMZAH", "ABDULLAH", "YUNUS", "IDRIS", "SULAIMAN", "TAMBUNAN", "SARAGIH", "PANJAITAN",
          "WIJAYA", "SETIAWAN", "PRATAMA", "KURNIAWAN", "MAHMUD", "ISKANDAR"]  # fmt: skip
STREETS = ["Jl. Jend. Sudirman", "Jl. Tuanku Tambusai", "Jl. Pattimura", "Jl. Kartini", "Jl. Hang Tuah",
           "Jl. Lintas Timur",
            "Jl. Diponegoro", "Jl. Sultan Syarif Kasim", "Gg. Masjid", "Jl. Kebun Sawit"]  # fmt: skip
STATUS_MIX = [(Status.APPROVED, 30), (Status.READY, 25), (Status.DRAFT, 10), (Status.SENT, 15),
              (Status.ACCEPTED, 15), (Status.NEEDS_FIX, 5)]  # fmt: skip


def _nik(rng: random.Random, village_code: str, born: date, sex: Sex, used: set[str]) -> str:
    day = born.day + (40 if sex is Sex.FEMALE else 0)
    prefix = village_code.replace(".", "")[:6] + f"{day:02d}{born.month:02d}{born.year % 100:02d}"
    while True:
        nik = prefix + f"{rng.randint(1, 9999):04d}"
        if nik not in used:
            used.add(nik)
            return nik


def synthetic_registrations(count: int, seed: int, today: date | None = None) -> list[Registration]:
    today = today or date.today()
    rng = random.Random(seed)
    villages = regions().of_level(RegionLevel.VILLAGE)
    villages.sort(key=lambda r: r.code)
    home_villages = rng.sample(villages, k=min(40, len(villages)))
    jobs = sorted(occupations().values(), key=lambda o: o.id)
    statuses = [s for s, weight in STATUS_MIX for _ in range(weight)]
    start = date(today.year + (today.month // 12), today.month % 12 + 1, 1)
    used: set[str] = set()
    result = []
    for _ in range(count):
        sex = rng.choice([Sex.MALE, Sex.FEMALE])
        first = rng.choice(MALE if sex is Sex.MALE else FEMALE)
        name = f"{first} {rng.choice(FAMILY)}".strip()
        born = date(rng.randint(1962, 2006), rng.randint(1, 12), rng.randint(1, 28))
        village = rng.choice(home_villages)
        job = rng.choice(jobs)
        palm = job.id in DEFAULT_DBH_SAWIT_OCCUPATIONS
        spouse = rng.choice(FEMALE if sex is Sex.MALE else MALE) + " " + rng.choice(FAMILY)
        result.append(
            Registration(
                nik=_nik(rng, village.code, born, sex, used),
                full_name=name,
                birth_place=rng.choice(
                    [
                        "PEKANBARU",
                        "BANGKINANG",
                        "DUMAI",
                        "SIAK",
                        "BENGKALIS",
                        "RENGAT",
                        "TEMBILAHAN",
                        "PASIR PENGARAIAN",
                        "PANGKALAN KERINCI",
                        "MEDAN",
                    ]
                ),
                birth_date=born,
                sex=sex,
                address_line=f"{rng.choice(STREETS)} No. {rng.randint(1, 250)}, RT {rng.randint(1, 9):03d}"
                f"/RW {rng.randint(1, 5):03d}",
                village_code=village.code,
                phone=f"08{rng.choice(['12', '13', '21', '52', '77', '53'])}{rng.randint(10_000_000, 99_999_999)}",
                occupation_id=job.id,
                occupation_note="Pengumpul barang bekas" if job.needs_note else None,
                has_disability=rng.random() < 0.04,
                funding_source=FundingSource.DBH_SAWIT if palm else FundingSource.APBD,
                coverage_start=start,
                coverage_months=12,
                heirs=[Heir(spouse.strip(), HeirRelationship.SPOUSE)],
                consent=Consent(
                    True,
                    ConsentMethod.SIGNED_FORM,
                    datetime.combine(today, datetime.min.time()) - timedelta(days=rng.randint(0, 20)),
                    form_reference=f"F-{rng.randint(1000, 9999)}",
                ),
                status=rng.choice(statuses),
            )
        )
    return result


def make_demo_data(store: Store, count: int, seed: int, progress=None) -> int:
    """Fill a store with ``count`` synthetic registrations (one transaction). Returns how many."""
    saved = import_many(store, synthetic_registrations(count, seed), progress=progress)
    return len(saved)
