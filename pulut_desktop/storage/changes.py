"""Which tables a piece of work changed: the store notes each committed write, the caller that started
the work (the GUI's operation runner) collects them and tells every page "data changed" (as Anki's
``operation_did_execute``), so pages stay current without F5.

The journal is per thread: work on the runner's thread sees only its own writes."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

_local = threading.local()
_WRITTEN = "pulut_written_tables"


@contextmanager
def recording() -> Iterator[set[str]]:
    """Collect the tables written on this thread inside the block (filled as commits happen)."""
    outer = getattr(_local, "tables", None)
    tables: set[str] = set()
    _local.tables = tables
    try:
        yield tables
    finally:
        _local.tables = outer
        if outer is not None:
            outer.update(tables)


def note(tables: Iterable[str]) -> None:
    """A transaction that wrote these tables committed."""
    journal = getattr(_local, "tables", None)
    if journal is not None:
        journal.update(tables)


def committed(session: Session) -> None:
    """Call after ``session`` committed: notes the tables its flushes and statements wrote."""
    note(session.info.pop(_WRITTEN, ()))


def watch(sessions: sessionmaker) -> None:
    """Remember in each session which tables it writes (ORM objects and UPDATE/DELETE/INSERT statements)."""
    event.listen(sessions, "after_flush", _on_after_flush)
    event.listen(sessions, "do_orm_execute", _on_orm_execute)


def _on_after_flush(session: Session, _context: object) -> None:
    written = session.info.setdefault(_WRITTEN, set())
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(obj, "__tablename__", None)
        if table and (obj not in session.dirty or session.is_modified(obj)):
            written.add(table)


def _on_orm_execute(state) -> None:  # type: ignore[no-untyped-def]
    if state.is_update or state.is_delete or state.is_insert:
        table = getattr(state.statement, "table", None)
        state.session.info.setdefault(_WRITTEN, set()).add(getattr(table, "name", "*"))
