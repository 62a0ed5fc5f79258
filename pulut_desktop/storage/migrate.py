"""Bring a store's schema to the version this build knows, copying the file first.

A store written by a newer build (a revision this build has never heard of) is refused with
:class:`StoreTooNew` instead of being touched.

Every login calls :func:`upgrade`. When the store is already at the newest script's revision (the usual
case) it returns after one ``SELECT``, without loading Alembic (~0.2 s of every start); the chain is linear
and its files are numbered, so the newest script is the head (tests/storage/test_migrations.py checks it).
"""

from __future__ import annotations

import logging
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from ..fsutil import fsync_dir
from .errors import StoreTooNew

if TYPE_CHECKING:  # Alembic loads only when a store is not at the head yet (or a test asks)
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_SCRIPT = re.compile(r"^(\d{4})_\w+\.py$")  # versions/0007_after_registration.py has revision "0007"


def newest_script_revision() -> str:
    """The revision of the highest-numbered script in ``migrations/versions``: the head of the linear chain."""
    numbers = [m.group(1) for f in (MIGRATIONS / "versions").iterdir() if (m := _SCRIPT.match(f.name))]
    return max(numbers)


def _stored_revision(engine: Engine) -> str | None:
    """The store's one ``alembic_version`` row, or None (no table yet, or not exactly one row)."""
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all()
    except OperationalError:  # no such table: a new store
        return None
    return rows[0] if len(rows) == 1 else None


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, database: Path, backups: Path, target: str | None = None) -> str | None:
    """Migrate to ``target`` (default: head). Returns the path of the pre-migration copy, if any."""
    if target is None and _stored_revision(engine) == newest_script_revision():
        return None  # at the head already: nothing to check with Alembic
    from alembic import command
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    current = current_revision(engine)
    target = target or head_revision()
    if current is not None:
        try:
            scripts.get_revision(current)
        except Exception as err:
            raise StoreTooNew(revision=current, known=head_revision()) from err
    if current == target:
        return None
    copy = None
    if current is not None:
        copy = _copy_before_migration(engine, database, backups, current)
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, target)
    log.info("store migrated from %s to %s", current, target)
    return copy


def _copy_before_migration(engine: Engine, database: Path, backups: Path, revision: str) -> str:
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups / f"pre-migration-{revision}-{stamp}.db"
    shutil.copy2(database, target)  # still encrypted: a byte copy of the SQLCipher file
    fsync_dir(backups)
    return str(target)
