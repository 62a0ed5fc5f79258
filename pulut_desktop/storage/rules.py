"""The programme rules this laptop checks registrations under.

Kept in the encrypted store as the settings row ``programme_rules``: the province's signed bytes
(verified by :mod:`pulut_desktop.outbox.reference` when a bundle brought them) and the parsed document.
A laptop that never received rules uses :data:`~pulut_desktop.domain.rules.SHIPPED_RULES` (version 0).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..domain.rules import SHIPPED_RULES, ProgrammeRules
from . import audit
from .models import Setting
from .store import Store

SETTING = "programme_rules"


def rules_in(session: Session) -> ProgrammeRules:
    row = session.get(Setting, SETTING)
    if row is None or not row.value:
        return SHIPPED_RULES
    return ProgrammeRules.model_validate(row.value["document"])


def current_rules(store: Store) -> ProgrammeRules:
    with store.reader() as session:
        return rules_in(session)


def keep_rules(session: Session, rules: ProgrammeRules, signed: bytes, *, actor: str) -> bool:
    """Keep verified rules if they are newer than the ones held; audited. False when not newer."""
    from ..sync.keys import b64encode

    if rules.version <= rules_in(session).version:
        return False
    value = {"version": rules.version, "document": rules.model_dump(mode="json"), "file": b64encode(signed)}
    row = session.get(Setting, SETTING)
    if row is None:
        session.add(Setting(key=SETTING, value=value))
    else:
        row.value = value
    audit.record(session, actor=actor, action="rules.applied", entity_type="setting", entity_id=SETTING,
                 details={"version": rules.version, "published_at": value["document"]["published_at"]})  # fmt: skip
    return True
