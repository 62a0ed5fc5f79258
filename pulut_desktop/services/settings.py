"""The laptop's settings page: approval queue, idle lock, language (kept where the login window reads it)."""

from __future__ import annotations

from ..messages import normalise_language
from ..public_settings import read_public_settings, write_public_settings
from ..storage.rules import current_rules
from ..storage.settings import get_setting, set_setting
from ..storage.store import Store


def load_settings(store: Store) -> dict:
    public = read_public_settings(store.data_dir)
    return {
        "approval_required": bool(get_setting(store, "approval_required")),
        "idle_lock_minutes": get_setting(store, "idle_lock_minutes"),
        "language": normalise_language(public.get("language")),
        "rules": current_rules(store),
    }


def save_settings(store: Store, old: dict, new: dict) -> dict:
    """Supervisors only: write what changed between ``old`` and ``new``; returns ``new`` with the
    programme rules the laptop checks under (the province decides them; shown read only)."""
    store.require_supervisor()
    for key in ("approval_required", "idle_lock_minutes"):
        if new[key] != old.get(key):
            set_setting(store, key, new[key])
    if new["language"] != old.get("language"):
        write_public_settings(store.data_dir, {"language": new["language"]})
    return {**new, "rules": current_rules(store)}


def session_settings(store: Store) -> dict:
    """What the status bar and the idle lock need, read once after login."""
    with store.reader() as session:
        device = store.device(session)
        info = {"device_name": device.name, "device_code": device.code, "training": device.training}
    info["idle_lock_minutes"] = float(get_setting(store, "idle_lock_minutes") or 0)
    return info
