"""Print the size of a one-folder bundle and of its zip (written next to it); fail over the budget.

python packaging/bundle_size.py dist/pulut-desktop [--budget-mb 150] [--zip dist/pulut-desktop.zip]
"""

from __future__ import annotations

import argparse
import os
import sys
import zipfile
from pathlib import Path

MB = 1_000_000
BUDGET_MB = 150


def folder_size(folder: Path) -> int:
    """Bytes of every file under ``folder`` (symlinks counted once, as links)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def write_zip(folder: Path, target: Path) -> int:
    tmp = target.with_suffix(".zip.part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, Path(folder.name) / path.relative_to(folder))
    os.replace(tmp, target)
    return target.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--budget-mb", type=float, default=BUDGET_MB)
    parser.add_argument("--zip", type=Path, default=None, help="default: <folder>.zip")
    args = parser.parse_args(argv)
    raw = folder_size(args.folder)
    zipped = write_zip(args.folder, args.zip or args.folder.with_name(args.folder.name + ".zip"))
    print(
        f"bundle {args.folder}: {raw / MB:.1f} MB ({raw / 2**20:.1f} MiB) in {sum(1 for _ in args.folder.rglob('*'))} "
        f"entries; zipped {zipped / MB:.1f} MB; budget {args.budget_mb:.0f} MB"
    )
    if raw > args.budget_mb * MB:
        print(f"over the size budget by {(raw - args.budget_mb * MB) / MB:.1f} MB", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
