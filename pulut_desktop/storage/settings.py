"""Settings kept inside the encrypted store, changed by supervisors and audited."""

from __future__ import annotations

from typing import Any

from . import audit
from .models import Setting
from .store import Store

DEFAULTS: dict[str, Any] = {
    "approval_required": True,  # supervisor reviews before a record can be sent
    "idle_lock_minutes": 10,
    "retention_days": 30,  # personal data of accepted registrations is purged this long after acceptance
    # Guard rails (pulut_desktop/fieldops/guards.py); 0 turns a rule off.
    "guard_enrol_days": 14,  # stop new registrations when not enrolled this many days after set-up
    "guard_unsent_records": 500,  # ... when more records than this wait to be sent
    "guard_unsent_days": 21,  # ... when the oldest unsent record is older than this
    "guard_min_free_mb": 500,  # ... when the data dir's disk has less free space than this
}


def get_setting(store: Store, key: str) -> Any:
    with store.reader() as session:
        row = session.get(Setting, key)
        return DEFAULTS.get(key) if row is None else row.value


def set_setting(store: Store, key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    store.require_supervisor()
    with store.session() as session:
        row = session.get(Setting, key)
        old = DEFAULTS.get(key) if row is None else row.value
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value
        audit.record(
            session,
            actor=store.officer.username,
            action="setting.changed",
            entity_type="setting",
            details={"key": key, "from": old, "to": value},
        )


def approval_required(store: Store) -> bool:
    return bool(get_setting(store, "approval_required"))
