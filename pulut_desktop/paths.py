"""The one place that knows where files live: bundled resources and the officer's data dir.

Everything the program reads at run time (reference data, fonts, translations, style, icons, the
handbook and the province admin guide with their screenshots) is package data under
``pulut_desktop/resources/`` and is found through :mod:`importlib.resources`, so a wheel, an sdist, an
editable install and the PyInstaller bundle all find it the same way. No other module builds a path to
it itself.
"""

from __future__ import annotations

import atexit
import os
from contextlib import ExitStack
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path

import platformdirs

APP_NAME = "PulutDesktop"
APP_AUTHOR = "Disnakertrans Riau"
DATA_DIR_ENV = "PULUT_DATA_DIR"


_RESOURCE_FILES = ExitStack()
atexit.register(_RESOURCE_FILES.close)


@cache
def resources_dir() -> Path:
    """The package's ``resources`` folder as a real directory (Qt, ReportLab and Alembic want paths).

    Installed on a file system (wheel, editable, the bundle's ``_internal/``) this is the folder itself;
    from a zip it would be extracted once for the life of the process.
    """
    return _RESOURCE_FILES.enter_context(as_file(files(__package__).joinpath("resources")))


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def default_data_dir() -> Path:
    """``--data-dir`` wins, then ``$PULUT_DATA_DIR``, then the platform's per-user data folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


class DataDir:
    """Names of the files inside one data dir (one laptop's store, or a training store)."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)

    @property
    def database(self) -> Path:
        return self.root / "pulut.db"

    def database_files(self) -> list[Path]:
        """The database with its WAL and shared-memory files, those that exist."""
        names = [self.database.name + suffix for suffix in ("", "-wal", "-shm")]
        return [self.root / name for name in names if (self.root / name).exists()]

    @property
    def keyring(self) -> Path:
        return self.root / "keyring.json"

    @property
    def session_marker(self) -> Path:
        """Present while a session has the store open: found at start-up, it means the app did not exit
        cleanly (crash, kill, power loss) and the store is checked before use."""
        return self.root / "session.open"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    def ensure(self) -> DataDir:
        """Create the folders, owner-only (0700) on POSIX, also when an older version made them 0755."""
        from .fsutil import make_private

        for folder in (self.root, self.logs, self.backups, self.exports):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            make_private(folder)
        return self

    def is_initialised(self) -> bool:
        return self.keyring.exists() and self.database.exists()
