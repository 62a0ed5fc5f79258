"""Realistic, seeded benchmark data, made once and shared by every benchmark.

- People: Indonesian names as Riau registers them (a single name, two given names, or given names with
  a Batak marga / Malay-Javanese family name; common names far more common, Zipf-like), birth dates of
  working age, sex, occupations weighted toward palm oil, farming, fishing and day labour.
- Villages: the 1,861 Riau villages of ``resources/data/riau_regions.csv``, drawn in proportion to
  population. Only regency totals are known to us, so each regency's approximate population (BPS 2023,
  rounded to 10,000, :data:`REGENCY_POPULATION`) is split evenly over its villages. NIKs start with the
  village's district, carry the birth date (+40 for women) and a serial unique per prefix.
- Laptop batches: what a laptop really sends: drive lines, approved registrations and two audit lines
  per registration (created, approved), built with the wire format (:func:`laptop_batch`).
- A province store pre-filled to 1,000,000 registrations (plus two audit events each, their batches and
  devices and the NIK holders) with one executemany per table, cached under ``build/bench-cache`` between
  runs (:func:`province_store`). The batch files' own bytes (``batch_files``) are not pre-filled.

Nothing here is a real person.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import json
import random
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "build" / "bench-cache"
SEED = 18
PASSPHRASE = "frasa-sandi-bench-123"
TODAY = date(2026, 12, 1)

# Approximate population per regency (BPS Riau 2023, rounded): the weight of each regency's villages.
REGENCY_POPULATION = {
    "14.01": 870_000, "14.02": 450_000, "14.03": 570_000, "14.04": 680_000, "14.05": 400_000,
    "14.06": 580_000, "14.07": 660_000, "14.08": 480_000, "14.09": 340_000, "14.10": 210_000,
    "14.71": 1_010_000, "14.72": 330_000,
}  # fmt: skip

MALE = """MUHAMMAD AHMAD M. RIZKY ANDI BUDI AGUS HENDRA JONI FIRMAN RAHMAT DEDI ARIF YUSUF ISMAIL HASAN AZWAR FAISAL
IRWAN SUPARMAN SAMSUL ROBI EKO WAHYU ZAINAL ILHAM SYAFRIZAL ZULKIFLI DARMAWAN ABDUL ALI RUDI HERMAN SUHERMAN
JUNAIDI SAIFUL BAMBANG SLAMET SUGENG TEGUH YUDI ADI FAJAR RIKI DONI HARIS IQBAL NASRUL ZULFIKAR AMRI EFENDI
SYAHRIAL MASRUL ALFIAN RAHMAN AMIR ANWAR BUSTAMI DASRIL ERWIN FIKRI GUNAWAN HAMDANI IKHSAN JAMALUDDIN
KHAIRUL LUKMAN MARZUKI NOVRIADI OKTAVIANUS PARLINDUNGAN RIDWAN SUDIRMAN TAUFIK USMAN WAN TENGKU DEDY ROMI
YOGI ARDI BAYU CANDRA DANI ERIK GILANG HADI INDRA JEFRI KURNIA LEO MULYADI NANDA PUTRA REZA SANDI TOMI
VIKTOR YOSEF ZAKI""".split()  # noqa: SIM905
FEMALE = """SITI NUR NURHAYATI AMINAH RAHMAWATI YULIANI FITRI DEWI SRI ROSNAH ZAHARA NURAINI MASITAH HASNAH SARI LINDA
WATI ASMA JUMIATI RATNA SUSANTI MARLINA ERNI HALIMAH SALMAH PUTRI INDAH AYU RINA YANTI LESTARI WULANDARI
NOVITA DESI ELVI FATIMAH HERLINA IDA JULIANA KARTINI LILIS MAIMUNAH NINGSIH OKTAVIA PARIDAH RAHMI SUMARNI
TITIN UMI VERA WIDIA YULIA ZURAIDA ANI BUNGA CICI DINA EVI FEBRI GITA HANI IRMA JUMIATUN KHADIJAH LENI MEGA
NOVI RIKA SELVI TRI YENI ZAINAB NURLELA SUSI MARIANA SURYANI ROSMAWATI MAWAR""".split()  # noqa: SIM905
FAMILY = """SIREGAR NASUTION HARAHAP LUBIS SIMANJUNTAK PURBA SARAGIH TAMBUNAN PANJAITAN SIMATUPANG HUTAGALUNG SINAGA
SITORUS MANURUNG DAULAY SAPUTRA SAPUTRI HIDAYAT SYAHPUTRA PRATAMA KURNIAWAN SETIAWAN WIJAYA HAMZAH ABDULLAH
YUNUS IDRIS SULAIMAN MAHMUD ISKANDAR RAMADHAN HASIBUAN RITONGA POHAN PANGGABEAN SIHOMBING SITUMORANG
SEMBIRING GINTING TARIGAN RANGKUTI MATONDANG BATUBARA HASANUDDIN SUSANTO WIBOWO PURNOMO HARTONO SUTRISNO LIM
TAN""".split()  # noqa: SIM905
PLACES = ["PEKANBARU", "BANGKINANG", "DUMAI", "SIAK", "BENGKALIS", "RENGAT", "TEMBILAHAN", "PASIR PENGARAIAN",
          "PANGKALAN KERINCI", "TELUK KUANTAN", "BAGAN SIAPIAPI", "SELATPANJANG", "MEDAN", "PADANG", "BUKITTINGGI",
          "JAKARTA", "PALEMBANG", "TANJUNG PINANG"]  # fmt: skip
STREETS = ["Jl. Jend. Sudirman", "Jl. Tuanku Tambusai", "Jl. Pattimura", "Jl. Kartini", "Jl. Hang Tuah",
           "Jl. Lintas Timur", "Jl. Diponegoro", "Jl. Sultan Syarif Kasim", "Gg. Masjid", "Jl. Kebun Sawit",
           "Jl. Lintas Barat", "Gg. Melati", "Jl. Poros Desa", "Jl. Pelabuhan"]  # fmt: skip
OCCUPATION_WEIGHTS = {
    "PEKEBUN_SAWIT": 16,
    "BURUH_KEBUN_SAWIT": 14,
    "PENGUTIP_BRONDOLAN": 3,
    "PENYADAP_KARET": 5,
    "PETANI": 8,
    "BURUH_TANI": 6,
    "NELAYAN": 6,
    "BURUH_NELAYAN": 2,
    "PEDAGANG_KECIL": 8,
    "PEDAGANG_KELILING": 3,
    "BURUH_HARIAN_LEPAS": 10,
    "BURUH_BANGUNAN": 4,
    "OJEK_PANGKALAN": 3,
    "OJEK_ONLINE": 3,
    "TUKANG_JAHIT": 1,
    "MEKANIK": 1,
    "PEMULUNG": 1,
}  # other picklist ids: 0.5
PALM = {"PEKEBUN_SAWIT", "BURUH_KEBUN_SAWIT", "PENGUTIP_BRONDOLAN"}


def _zipf(items: list[str], s: float = 0.9) -> tuple[list[str], list[float]]:
    weights = [1 / (rank + 1) ** s for rank in range(len(items))]
    return items, list(itertools.accumulate(weights))


def villages() -> list[tuple[str, float]]:
    """Every Riau village with its population weight (its regency's population over its villages)."""
    from pulut_desktop.domain.reference import RegionLevel, regions

    all_villages = sorted(regions().of_level(RegionLevel.VILLAGE), key=lambda r: r.code)
    per_regency: dict[str, int] = {}
    for v in all_villages:
        per_regency[v.code[:5]] = per_regency.get(v.code[:5], 0) + 1
    return [(v.code, REGENCY_POPULATION[v.code[:5]] / per_regency[v.code[:5]]) for v in all_villages]


class People:
    """Seeded people. ``serial_base`` keeps NIKs of different generators apart (pre-fill 1-4999, laptop
    batches 5000-9999 of the four-digit serial)."""

    def __init__(self, seed: int = SEED, serial_base: int = 1) -> None:
        from pulut_desktop.domain.reference import occupations

        self.rng = random.Random(seed)
        self.serial_base = serial_base
        self.serials: dict[str, int] = {}
        codes = villages()
        self.village_codes = [c for c, _ in codes]
        self.village_cum = list(itertools.accumulate(w for _, w in codes))
        self.male, self.female, self.family = _zipf(MALE), _zipf(FEMALE), _zipf(FAMILY, 0.7)
        jobs = sorted(occupations().values(), key=lambda o: o.id)
        self.jobs = [o for o in jobs if not o.needs_note]
        self.job_cum = list(itertools.accumulate(OCCUPATION_WEIGHTS.get(o.id, 0.5) for o in self.jobs))

    def _pick(self, table: tuple[list[str], list[float]]) -> str:
        items, cum = table
        return items[bisect.bisect(cum, self.rng.random() * cum[-1])]

    def name(self, female: bool) -> str:
        given = self.female if female else self.male
        shape = self.rng.random()
        if shape < 0.30:
            return self._pick(given)
        if shape < 0.65:
            return f"{self._pick(given)} {self._pick(self.female if female else self.male)}"
        if shape < 0.90:
            return f"{self._pick(given)} {self._pick(self.family)}"
        return f"{self._pick(given)} {self._pick(given)} {self._pick(self.family)}"

    def person(self) -> dict:
        rng = self.rng
        female = rng.random() < 0.48
        born = date(1961, 1, 1) + timedelta(days=rng.randint(0, 45 * 365))
        village = self.village_codes[bisect.bisect(self.village_cum, rng.random() * self.village_cum[-1])]
        prefix = village.replace(".", "")[:6] + f"{born.day + (40 if female else 0):02d}{born:%m%y}"
        serial = self.serials.get(prefix, self.serial_base)
        self.serials[prefix] = serial + 1
        job = self.jobs[bisect.bisect(self.job_cum, rng.random() * self.job_cum[-1])].id
        return {
            "nik": f"{prefix}{serial:04d}",
            "full_name": self.name(female),
            "sex": "P" if female else "L",
            "birth_date": born,
            "birth_place": rng.choice(PLACES),
            "village_code": village,
            "occupation_id": job,
            "address_line": f"{rng.choice(STREETS)} No. {rng.randint(1, 250)}, RT {rng.randint(1, 9):03d}"
            f"/RW {rng.randint(1, 5):03d}",
            "phone": f"+628{rng.choice('12357')}{rng.randint(10_000_000, 999_999_999)}",
            "heir": f"{self.name(not female)}",
        }

    def people(self, count: int) -> Iterator[dict]:
        for _ in range(count):
            yield self.person()


def wire_registration(p: dict, *, reg_id: str, number: str, officer: str, drive_id: str | None) -> dict:
    """The batch line's ``data`` (``RegistrationRecord`` as JSON) of an approved registration."""
    return {
        "id": reg_id, "version": 2, "registration_number": number, "status": "approved", "training": False,
        "nik": p["nik"], "full_name": p["full_name"], "birth_place": p["birth_place"],
        "birth_date": p["birth_date"].isoformat(), "sex": p["sex"], "kk_number": None, "mother_maiden_name": None,
        "address_line": p["address_line"], "village_code": p["village_code"], "phone": p["phone"],
        "occupation_id": p["occupation_id"], "occupation_note": None, "has_disability": False,
        "funding_source": "DBH_SAWIT" if p["occupation_id"] in PALM else "APBD", "programmes": ["JKK", "JKM"],
        "coverage_start": "2027-01-01", "coverage_months": 12,
        "heirs": [{"name": p["heir"], "relationship": "spouse", "nik": None, "phone": None}],
        "consent": {"given": True, "method": "signed_form", "recorded_at": "2026-11-20T09:00:00Z",
                    "witness_name": None, "form_reference": "F-1"},
        "drive_id": drive_id, "officer": officer,
    }  # fmt: skip


def audit_lines(device_code: str, seq: int, officer: str, reg_id: str, number: str, rng=None) -> list[dict]:
    """The two audit events a laptop sends with an approved registration (ids as ``outbox.records``, or
    random from ``rng`` for the pre-fill, which is faster)."""
    from pulut_desktop.outbox.records import AUDIT_NAMESPACE

    at = "2026-11-20T09:%02d:00Z"
    ids = [uid(rng) if rng else str(uuid.uuid5(AUDIT_NAMESPACE, f"{device_code}:{seq + i}")) for i in (0, 1)]
    return [
        {"kind": "audit", "data": {"id": ids[i],
                                   "occurred_at": at % (i * 7), "actor": officer, "action": action,
                                   "entity": "registration", "entity_id": reg_id, "details": details}}
        for i, (action, details) in enumerate((("registration.created", {"status": "ready"}),
                                              ("registration.status", {"to": "approved", "number": number})))
    ]  # fmt: skip


def uid(rng: random.Random) -> str:
    """A random version-4 UUID string from ``rng`` (seeded, and cheaper than ``uuid.UUID``)."""
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"


def device_key(index: int):
    """The Ed25519 key of bench laptop ``index`` (deterministic, so cached stores stay usable)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(hashlib.sha256(f"pulut-bench-laptop-{index}".encode()).digest())


def laptop_batch(
    people: People, *, device_code: str, start: int, count: int, drives: int = 4, twins: list[dict] = ()
) -> list[dict]:
    """A laptop's batch lines: ``drives`` drive lines, ``count`` approved registrations numbered from
    ``start`` (the device's own sequence), each followed by its two audit lines. The first registrations
    are the people of ``twins`` (people the province may already hold)."""
    from pulut_desktop.domain.numbers import registration_number

    officer = f"petugas-{device_code.lower()}"
    village = people.village_codes[people.rng.randrange(len(people.village_codes))]
    drive_ids = [uid(people.rng) for _ in range(drives)]
    lines: list[dict] = [
        {"kind": "drive", "data": {"id": d, "version": 1, "name": f"Jemput bola {i + 1}", "village_code": village,
                                   "starts_on": "2026-11-18", "ends_on": None, "officer": officer, "notes": None}}
        for i, d in enumerate(drive_ids)
    ]  # fmt: skip
    for n in range(start, start + count):
        reg_id = uid(people.rng)
        number = registration_number(device_code, n)
        person = twins[n - start] if n - start < len(twins) else people.person()
        data = wire_registration(person, reg_id=reg_id, number=number, officer=officer,
                                 drive_id=drive_ids[n % drives])  # fmt: skip
        lines.append({"kind": "registration", "data": data})
        lines += audit_lines(device_code, 2 * n, officer, reg_id, number)
    return lines


# --- the province store ---------------------------------------------------------------------------------

BENCH_LAPTOPS = 40  # enrolled through the product in every cached store; their batches are measured
FILL_DEVICES, FILL_BATCH = 500, 2000  # the pre-fill's devices and their batch size


def _template(root: Path) -> Path:
    """A province store (keys + :data:`BENCH_LAPTOPS` devices enrolled through the product)."""
    from pulut_desktop.province import devices
    from pulut_desktop.province.keys import create_keys
    from pulut_desktop.province.store import ProvinceStore
    from pulut_desktop.sync import enrolment as wire

    with ProvinceStore.open(root, create=True) as store:
        keys = create_keys(store, PASSPHRASE, name="Bench", training=False)
        for i in range(BENCH_LAPTOPS):
            request = wire.parse_device_request(wire.build_device_request(
                device_key=device_key(i), device_name=f"Laptop {i}", regency_code="14.71", training=False))  # fmt: skip
            devices.approve(store, request, keys)
    return root


FILL_DAYS = 365  # the pre-fill's batches arrive over the last year (the console's weekly chart)


def fill_devices(stamp: str) -> list[tuple]:
    """The pre-fill's :data:`FILL_DEVICES` laptops as ``devices`` rows (enrolled at ``stamp``)."""
    device_ids = [str(uuid.UUID(int=i + 1, version=4)) for i in range(FILL_DEVICES)]  # FILL_DEVICE_IDS
    return [(d, f"F{i:07d}", hashlib.sha256(d.encode()).digest(), f"Laptop isi {i}", d, stamp)
            for i, d in enumerate(device_ids)]  # fmt: skip


def fill_batches(count: int, *, audit: bool = True) -> Iterator[tuple[tuple, list[tuple], list[tuple], list[tuple]]]:
    """The pre-fill, one batch at a time: the ``batches`` row, its ``registration_versions`` rows (status
    accepted, version 2), its ``nik_holders`` rows and (``audit``) its ``device_audit_events`` rows."""
    from pulut_desktop.province.ingest import person_key

    people = People(SEED, serial_base=1)
    device_ids = [d[0] for d in fill_devices("")]
    batches = (count + FILL_BATCH - 1) // FILL_BATCH
    for b in range(batches):
        device = b % FILL_DEVICES
        code = f"F{device:07d}"
        batch_id = str(uuid.UUID(int=10**9 + b, version=4))
        stamp = f"{TODAY - timedelta(days=FILL_DAYS * (batches - 1 - b) // batches)} 08:00:00.000000"
        batch = (batch_id, device_ids[device], b // FILL_DEVICES + 1, hashlib.sha256(batch_id.encode()).hexdigest(),
                 FILL_BATCH * 3, stamp, str(uuid.UUID(int=2 * 10**9 + b, version=4)))  # fmt: skip
        regs, holders, audits = [], [], []
        for n in range(b * FILL_BATCH, min(count, (b + 1) * FILL_BATCH)):
            p = people.person()
            reg_id = uid(people.rng)
            number = f"PK-{code[:4]}-{code[4:]}-{n + 1:06d}"
            data = wire_registration(p, reg_id=reg_id, number=number, officer=f"petugas-{device}", drive_id=None)
            regs.append((reg_id, batch_id, device_ids[device], number, p["nik"], p["full_name"], p["village_code"],
                         json.dumps(data), stamp, person_key(p["full_name"], data["birth_date"]),
                         p["village_code"][:5], data["funding_source"], int(data["coverage_start"][:4])))  # fmt: skip
            holders.append((p["nik"], reg_id, number, device_ids[device], stamp))
            if audit:
                for line in audit_lines(code, 2 * n, f"petugas-{device}", reg_id, number, people.rng):
                    audits.append((device_ids[device], line["data"]["id"], batch_id, json.dumps(line["data"])))
        yield batch, regs, holders, audits


def _fill(database: Path, count: int, progress=print) -> None:
    """``count`` accepted registrations from :data:`FILL_DEVICES` other laptops, straight into SQLite."""
    con = sqlite3.connect(database, isolation_level=None)
    con.execute("PRAGMA journal_mode = OFF")
    con.execute("PRAGMA synchronous = OFF")
    con.execute("PRAGMA cache_size = -1000000")  # 1 GB: random UUID keys stay in memory
    tables = ("registration_versions", "nik_holders", "device_audit_events")
    indexes = con.execute(  # secondary indexes are built once at the end (a sort, not 1M random inserts)
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN {tables}"
    ).fetchall()
    for name, _ in indexes:
        con.execute(f"DROP INDEX {name}")
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO devices (id, code, public_key, name, regency_code, training, request_id, status, enrolment,"
        " enrolled_at) VALUES (?, ?, ?, ?, '14.71', 0, ?, 'active', x'', ?)",
        fill_devices("2026-11-25 08:00:00.000000"),
    )
    for b, (batch, regs, holders, audits) in enumerate(fill_batches(count)):
        con.execute(
            "INSERT INTO batches (id, device_id, sequence, file_sha256, record_count, training, header, outcome,"
            " received_at, receipt, receipt_id) VALUES (?, ?, ?, ?, ?, 0, '{}', 'processed', ?, x'', ?)",
            batch,
        )
        con.executemany(
            "INSERT INTO registration_versions (registration_id, version, batch_id, device_id, registration_number,"
            " nik, full_name, village_code, status, data, received_at, person_key, regency_code, funding_source,"
            " budget_year) VALUES (?, 2, ?, ?, ?, ?, ?, ?, 'accepted', ?, ?, ?, ?, ?, ?)",
            regs,
        )
        con.executemany("INSERT INTO nik_holders VALUES (?, ?, ?, ?, ?)", holders)
        con.executemany("INSERT INTO device_audit_events (device_id, id, batch_id, data) VALUES (?, ?, ?, ?)", audits)
        if progress and b % 50 == 49:
            progress(f"  pre-fill: {(b + 1) * FILL_BATCH:,} of {count:,}")
    for _, sql in indexes:
        con.execute(sql)
    con.execute("COMMIT")
    con.execute("PRAGMA journal_mode = WAL")
    con.close()


FILL_DEVICE_IDS = "00000000-0000-4000-8000-%"  # the pre-fill's devices (uuid.UUID(int=i + 1, version=4))


def _empty_from(full: Path, target: Path) -> None:
    """The empty store of a pre-filled one: same province keys and bench laptops, no registrations."""
    from pulut_desktop.province.store import ProvinceStore

    ProvinceStore.open(target, create=True).close()
    shutil.copy2(full / "province-keys.json", target / "province-keys.json")
    con = sqlite3.connect(target / "province.db", isolation_level=None)
    con.execute("ATTACH DATABASE ? AS src", (str(full / "province.db"),))
    con.execute("BEGIN")
    for table in ("province_keys", "settings", "events"):
        con.execute(f"INSERT INTO main.{table} SELECT * FROM src.{table}")
    con.execute("INSERT INTO main.devices SELECT * FROM src.devices WHERE id NOT LIKE ?", (FILL_DEVICE_IDS,))
    con.execute("COMMIT")
    con.close()


def province_store(count: int, target: Path) -> Path:
    """A copy at ``target`` of the cached province store holding ``count`` pre-filled registrations.

    Every cached store shares the province keys and the :data:`BENCH_LAPTOPS` laptops, so one set of
    batches imports into any of them. Made once (the million takes minutes); later migrations are applied
    to the cache in place, so it survives schema changes that do not touch what it holds."""
    from pulut_desktop.province.store import ProvinceStore

    cached = CACHE / f"province-{count}-v1"
    if not (cached / "ready").exists():
        shutil.rmtree(cached, ignore_errors=True)
        fuller = sorted((p for p in CACHE.glob("province-*-v1") if (p / "ready").exists()), key=lambda p: p.name)
        if count == 0 and fuller:
            ProvinceStore.open(fuller[0]).close()
            _empty_from(fuller[0], cached)
        elif count == 0:
            _template(cached)
        else:
            shutil.copytree(province_store(0, CACHE / "filling"), cached)
            shutil.rmtree(CACHE / "filling")
            _fill(cached / "province.db", count)
        (cached / "ready").write_text("ok")
    ProvinceStore.open(cached).close()  # migrate the cache itself, once
    shutil.copytree(cached, target, ignore=shutil.ignore_patterns("ready"))
    return target


def twins_of_prefill(count: int, seed: int = SEED) -> list[dict]:
    """People of the pre-fill sent again: the even ones as they are (a NIK the province holds: duplicate),
    the odd ones under another NIK (same name and birth date: held for review as a near-duplicate)."""
    people = list(People(seed, serial_base=1).people(count))
    return [p if i % 2 == 0 else {**p, "nik": p["nik"][:12] + "9" + p["nik"][13:]} for i, p in enumerate(people)]


if __name__ == "__main__":
    import sys
    import time

    sys.path.insert(0, str(ROOT))
    t0 = time.perf_counter()
    with_dir = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/tmp/province-fill")
    shutil.rmtree(with_dir, ignore_errors=True)
    province_store(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000, with_dir)
    print(f"{time.perf_counter() - t0:.1f} s")
