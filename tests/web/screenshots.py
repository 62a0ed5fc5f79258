"""Screenshots of every console page at 1366×768 and of Beranda at 390×844, from a live
``pulut-province serve`` with a small demo province, in Debian's headless chromium.

    python -m tests.web.screenshots --out docs/screenshots      (``make screenshots`` runs it)

The demo data is real: laptops enrolled, registrations synced over HTTP, a near-duplicate held, one
device request waiting. Only the receipt dates are spread over the past weeks afterwards (all were
received a second ago), so the weekly chart shows what a running province looks like.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

import httpx
from sqlalchemy import select

from pulut_desktop.domain.status import Status
from pulut_desktop.outbox.enrolment import import_enrolment_bytes
from pulut_desktop.outbox.online import sync_online
from pulut_desktop.province import devices
from pulut_desktop.province.keys import unlock
from pulut_desktop.province.models import RegistrationVersion
from pulut_desktop.province.quotas import open_year, set_quota
from pulut_desktop.province.store import ProvinceStore
from pulut_desktop.services.setup import log_in
from pulut_desktop.storage import registrations
from pulut_desktop.sync import enrolment as wire
from tests.conftest import PASSWORD, make_registration
from tests.outbox.helpers import PASSPHRASE, make_laptop

from .conftest import PASSWORDS, make_browser, sign_in, start_province, stop_province

NAMES = ("Siti Aminah", "Rina Marlina", "Dewi Lestari", "Nur Aini", "Sri Wahyuni", "Yuliana", "Fitri Handayani",
         "Ratna Sari", "Lina Marlina", "Ani Suryani", "Wati Susanti", "Eka Putri")  # fmt: skip
PAGES = (
    ("beranda", "/admin"), ("tinjauan", "/admin/tinjauan"), ("perangkat", "/admin/perangkat"),
    ("kiriman", "/admin/kiriman"), ("laporan", "/admin/laporan"), ("kuota", "/admin/kuota"),
    ("audit", "/admin/audit"),
)  # fmt: skip


def _register(laptop, n: int, name: str) -> None:
    nik = f"1471014508900{n:03d}"  # Pekanbaru, Sukajadi; women born 5 Aug 1990
    start = date(2027, 1, 1) if n % 2 else date(2026, 12, 1)  # half already for budget year 2027
    reg = registrations.save(laptop, make_registration(nik=nik, full_name=name, coverage_start=start))
    if reg.status is not Status.APPROVED:
        registrations.set_status(laptop, [reg.id], Status.APPROVED)


def seed(live, root: Path) -> None:
    """Three laptops enrolled, 40 registrations synced over HTTP, one near-duplicate held for review,
    quotas set for 2026 and budget year 2027, a copied laptop's batch held, one laptop's request waiting;
    receipts spread over ten weeks."""
    with ProvinceStore.open(live.data_dir, live.database_url) as store:
        keys = unlock(store, PASSPHRASE)
        open_year(store, 2027, by="admin", note="APBD 2027 disahkan")
        for regency, source, quota in (("14.71", "APBD", 60), ("14.71", "DBH_SAWIT", 25), ("14.08", "APBD", 40),
                                       ("14.01", "DBH_SAWIT", 30)):  # fmt: skip
            set_quota(store, regency, source, quota, year=2026, by="admin")
            set_quota(store, regency, source, quota // 2, year=2027, by="admin")
        laptops = []
        for name, regency in (("Laptop Siak 1", "14.08"), ("Laptop Kampar 2", "14.01"), ("Laptop Pekanbaru", "14.71")):
            laptop = make_laptop(root / name.replace(" ", "-"), name, regency)
            request = wire.build_device_request(device_key=laptop.signing_key(), device_name=name,
                                                regency_code=regency, training=False)  # fmt: skip
            _device, data = devices.approve(store, wire.parse_device_request(request), keys, by="admin")
            import_enrolment_bytes(laptop, data, [live.keys_file])
            laptops.append(laptop)
        rng = random.Random(7)
        for n in range(1, 41):
            _register(laptops[n % 3], n, "Rina Marlina" if n == 1 else f"{rng.choice(NAMES)} {n}")
            if n % 8 == 0:
                for laptop in laptops:
                    sync_online(laptop, live.url)
        _register(laptops[0], 90, "Rina  Marlina")  # n=1 came from another laptop: a near-duplicate
        for laptop in laptops:
            sync_online(laptop, live.url)
            laptop.close()
        _held_batch(live, root / "Laptop-Pekanbaru")
        waiting = make_laptop(root / "baru", "Laptop Rokan Hulu", "14.06")
        request = wire.build_device_request(device_key=waiting.signing_key(), device_name="Laptop Rokan Hulu",
                                            regency_code="14.06", training=False)  # fmt: skip
        httpx.post(live.url + "/v1/device-requests", content=request, trust_env=False).raise_for_status()
        waiting.close()
        with store.session() as session:
            for row in session.scalars(select(RegistrationVersion)):
                row.received_at -= timedelta(days=rng.randrange(0, 70))


def _held_batch(live, original: Path) -> None:
    """Someone copies a laptop's data folder: both send a batch with the next sequence; one is held."""
    copy = original.with_name(original.name + "-salinan")
    shutil.copytree(original, copy)
    for n, folder in ((91, original), (92, copy)):
        with log_in(folder, "super", PASSWORD) as laptop:
            _register(laptop, n, f"Yuliana {n}")
            sync_online(laptop, live.url)


def shoot(out: Path, work: Path) -> list[Path]:
    live = start_province(work)
    shots = []
    try:
        seed(live, work)
        driver = make_browser(work, 1366, 768)
        try:
            sign_in(driver, live.url, "admin", PASSWORDS["admin"])
            for name, path in PAGES:
                driver.get(live.url + path)
                shots.append(out / f"province-{name}.png")
                driver.save_screenshot(str(shots[-1]))
            driver.get(live.url + "/admin/lang/en?next=/admin")
            shots.append(out / "province-beranda-en.png")
            driver.save_screenshot(str(shots[-1]))
            driver.get(live.url + "/admin/lang/id?next=/admin")
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})  # fmt: skip
            shots.append(out / "province-beranda-phone.png")
            driver.save_screenshot(str(shots[-1]))
            driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
            driver.delete_all_cookies()
            driver.get(live.url + "/admin/login")
            shots.append(out / "province-masuk.png")
            driver.save_screenshot(str(shots[-1]))
        finally:
            driver.quit()
    finally:
        stop_province(live)
    return shots


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        for path in shoot(args.out, Path(work)):
            print(path)


if __name__ == "__main__":
    main()
