"""Screenshots of the field-operation screens at 1366×768 in both languages (docs/screenshots/fieldops-*).

python -m pulut_desktop.ui.fieldops.screenshots --out docs/screenshots
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication

from ...domain.reference import regions
from ...storage import drives
from ...storage.demo import make_demo_data
from ..main_window import MainWindow
from ..screenshots import _demo_store, _settle, start_shooting


def _village_list(path: Path, district_code: str) -> None:
    import openpyxl

    villages = [v.name for v in regions().children(district_code)]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["No", "NIK", "Nama", "Tempat Lahir", "Tgl Lahir", "JK", "Alamat", "No HP", "Pekerjaan", "Desa"])
    names = ["Ahmad Fauzi", "Siti Rahma", "Budi Hartono", "Nurhayati", "Joko Susilo", "Rina Marlina", "Hendra",
             "Yusnidar", "Zulkifli", "Maimunah", "Syafrizal", "Dewi Sartika"]  # fmt: skip
    digits = district_code.replace(".", "")
    jobs = ["Pekebun Kelapa Sawit (swadaya)", "Nelayan", "Penyadap/Penderes Karet", "BURUH_KEBUN_SAWIT"]
    for i in range(60):
        female = i % 2 == 1
        day = 1 + i % 27
        nik = f"{digits}{day + (40 if female else 0):02d}0885{i + 1:04d}"
        row = [i + 1, nik, names[i % len(names)] + f" {i + 1}", "Bangkinang", f"{day:02d}-08-1985",
               "P" if female else "L", f"Dusun {i % 4 + 1} RT 00{i % 3 + 1}", "0812 7000 1" + f"{i:03d}",
               jobs[i % len(jobs)], villages[i % len(villages)]]  # fmt: skip
        if i in (4, 17):
            row[1] = row[1][:12]
        if i == 9:
            row[4] = "31-02-1985"
        if i == 23:
            row[8] = "Pedagang Online"
        if i == 31:
            row[9] = "Sukamaju Jaya"
        if i == 44:
            row[1] = f"{digits}{1 + 43 % 27 + 40:02d}0885{44:04d}"  # the NIK of row 45 (index 43)
        if i == 52:
            row[5] = "X"
        sheet.append(row)
    book.save(path)


def _spread_over_a_month(store) -> None:
    """Demo data is made in one go: spread it over 30 days so the per-day chart looks like real work."""
    import random

    from sqlalchemy import select

    from ...storage.models import RegistrationRow

    pick = random.Random(5)
    with store.session() as session:
        rows = session.scalars(select(RegistrationRow).where(RegistrationRow.drive_id.is_(None))).all()
        for row in rows:
            day = min(int(pick.expovariate(1 / 6)), 19)  # within the 21-day guard rail
            row.created_at -= timedelta(days=day, hours=pick.randint(0, 5))


def render(out: Path, languages: tuple[str, ...] = ("id", "en")) -> list[Path]:
    app, translations, _errors, runner, shooter = start_shooting(out)
    with tempfile.TemporaryDirectory(prefix="pulut-fieldops-shots-") as tmp:
        store = _demo_store(Path(tmp) / "data")
        district = regions().children("14.01")[0]
        village = regions().children(district.code)[0]
        past = drives.start_drive(store, village_code=village.code, held_on=date.today() - timedelta(days=6),
                                  place="Balai Desa " + village.name, team="Sri Wahyuni, Budi Santoso")  # fmt: skip
        make_demo_data(store, 34, seed=101)
        drives.close_drive(store, past.id)
        second = regions().children(district.code)[1]
        drives.start_drive(store, village_code=second.code, held_on=date.today(), place="Aula Kantor Desa " +
                           second.name, team="Sri Wahyuni, Dewi Rahmawati")  # fmt: skip
        make_demo_data(store, 27, seed=202)
        _spread_over_a_month(store)
        source = Path(tmp) / "daftar-desa.xlsx"
        _village_list(source, district.code)
        for language in languages:
            translations.switch(language)
            window = MainWindow(store, runner, language=language, training=True, event_source=app)
            window.show_page("home")
            shooter.shoot(window, "fieldops-dashboard", language)
            window.show_page("drives")
            shooter.shoot(window, "fieldops-drive", language)
            page = window.show_page("import")
            page.load_file(source)
            _settle(runner)
            shooter.shoot(window, "fieldops-import-mapping", language)
            page.file_step.district.set_code(district.code)
            page.check_rows()
            _settle(runner, 300)
            page.preview_step.only_errors.setChecked(False)
            shooter.shoot(window, "fieldops-import-preview", language)
            page.preview_step.only_errors.setChecked(True)
            shooter.shoot(window, "fieldops-import-errors", language)
            window.close()
            runner.wait_for_done()
        store.close()
    return shooter.saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args(argv)
    for path in render(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    QCoreApplication.setApplicationName("Pulut Desktop")
    sys.exit(main())
