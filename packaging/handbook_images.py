"""Move the screenshots the handbook and the admin guide show from ``make screenshots``' output folder into
the package (``pulut_desktop/resources/handbook/screenshots/``), so each image has one copy in the
repository and the installed program carries only the ones its help shows.

    python packaging/handbook_images.py docs/screenshots      (called by `make screenshots`)
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from pulut_desktop.handbook import ADMIN_GUIDE, HANDBOOK, handbook, handbook_dir


def collect(rendered: Path) -> list[Path]:
    moved = []
    for name in (HANDBOOK, ADMIN_GUIDE):
        for image in handbook(name).images:
            source = rendered / Path(image).name
            if source.is_file():
                target = handbook_dir() / image
                target.parent.mkdir(parents=True, exist_ok=True)
                moved.append(Path(shutil.move(source, target)))
    return moved


if __name__ == "__main__":
    for path in collect(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(path)
