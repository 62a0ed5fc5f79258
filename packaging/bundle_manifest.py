"""What a bundle is made of, in a form two builds can be compared by: every file's path, and every
component's version (from licenses/components.tsv and the notice's table), sorted.

    python packaging/bundle_manifest.py dist/pulut-desktop > a.txt      (first build)
    python packaging/bundle_manifest.py /other/pulut-desktop > b.txt    (second build, same lock)
    diff a.txt b.txt                                                    (nothing: same files and versions)

`make bundle-check` does this with two fresh builds from the lock file.
"""

from __future__ import annotations

import sys
from pathlib import Path


def manifest(bundle: Path) -> list[str]:
    files = sorted(
        f"file {path.relative_to(bundle).as_posix()}"
        for path in bundle.rglob("*")
        if path.is_file() or path.is_symlink()
    )
    table = (bundle / "licenses" / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8").split("\n\n" + "-" * 100)[0]
    rows = table.split("licence\n", 1)[1].splitlines() if "licence\n" in table else []
    versions = sorted(f"component {' '.join(row.split())}" for row in rows if row.strip())
    return [*versions, *files]


if __name__ == "__main__":
    print("\n".join(manifest(Path(sys.argv[1]))))
