"""Bring a store's schema to the version this build knows, copying the file first.

A store written by a newer build (a revision this build has never heard of) is refused with
:class:`StoreTooNew` instead of being touched.
"""

from __future__ import annotations

import logging
import shutil
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from ..fsutil import fsync_dir
from .errors import StoreTooNew

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, database: Path, backups: Path, target: str | None = None) -> str | None:
    """Migrate to ``target`` (default: head). Returns the path of the pre-migration copy, if any."""
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
