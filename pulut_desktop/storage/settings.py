"""Settings kept inside the encrypted store, changed by supervisors and audited."""

from __future__ import annotations

from typing import Any

from . import audit
from .models import Setting
from .store import Store

DEFAULTS: dict[str, Any] = {
    "approval_required": True,  # supervisor reviews before a record can be sent
    "idle_lock_minutes": 10,
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
