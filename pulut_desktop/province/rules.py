"""The province's programme rules: a draft edited rule by rule, and signed published versions.

The functions here are the one path the CLI (``pulut-province rules show | set | publish``) and the
web console call. Every change and every publication is written to the ``events`` log with who did
it. The latest published version travels to every laptop inside the reference bundle.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pydantic
from sqlalchemy.orm import Session

from pulut_desktop.domain.rules import SHIPPED_RULES, ProgrammeRules
from pulut_desktop.sync import rules as wire
from pulut_desktop.sync.keys import b64decode, b64encode

from .errors import ProvinceError
from .keys import ProvinceKeyring
from .models import Setting
from .store import ProvinceStore, log_event

DRAFT = "programme_rules_draft"
PUBLISHED = "programme_rules_published"
FIXED_KEYS = ("version", "published_at")  # set by publishing, never by hand


class RulesError(ProvinceError):
    code = "rules.invalid"


@dataclass(frozen=True)
class RulesState:
    draft: ProgrammeRules  # what the next publication will contain
    published: ProgrammeRules | None  # what laptops receive (None: laptops use the shipped defaults)

    @property
    def unpublished_changes(self) -> bool:
        base = self.published or SHIPPED_RULES
        return _editable(self.draft) != _editable(base)


def _editable(rules: ProgrammeRules) -> dict:
    return rules.model_dump(mode="json", exclude=set(FIXED_KEYS))


def published_rules(store: ProvinceStore) -> tuple[ProgrammeRules, bytes] | None:
    """The latest published rules and their signed bytes (what the bundle carries)."""
    with store.reader() as session:
        row = session.get(Setting, PUBLISHED)
        value = row.value if row is not None else None
    if not value:
        return None
    data = b64decode(value["file"], "rules")
    return ProgrammeRules.model_validate_json(_header(data)), data


def _header(data: bytes) -> bytes:
    from pulut_desktop.sync import container

    frame = container.unpack_document(data, magic=wire.MAGIC, version=wire.VERSION, max_size=wire.MAX_FILE_SIZE,
                                      error=RulesError, prefix="rules")  # fmt: skip
    return frame.header


def rules_in(session: Session) -> ProgrammeRules:
    """The published rules (the shipped defaults before any): what records are checked under at import."""
    row = session.get(Setting, PUBLISHED)
    if row is None or not row.value:
        return SHIPPED_RULES
    return ProgrammeRules.model_validate_json(_header(b64decode(row.value["file"], "rules")))


def rules_state(store: ProvinceStore) -> RulesState:
    published = published_rules(store)
    current = published[0] if published else None
    with store.reader() as session:
        row = session.get(Setting, DRAFT)
        draft = ProgrammeRules.model_validate(row.value) if row is not None else (current or SHIPPED_RULES)
    return RulesState(draft=draft, published=current)


def flatten(rules: ProgrammeRules) -> list[tuple[str, Any]]:
    """``(dotted key, value)`` for every rule, in the order of the model: what ``rules show`` lists and
    what ``rules set`` accepts as KEY."""
    out: list[tuple[str, Any]] = []

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict) and value and prefix.split(".")[0] != "funding":
            for key, inner in value.items():
                walk(f"{prefix}.{key}" if prefix else key, inner)
        else:
            out.append((prefix, value))

    walk("", rules.model_dump(mode="json"))
    return out


def _parse_value(text: str, current: Any) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        if isinstance(current, list):  # dbh_sawit_occupations A,B,C
            return [part.strip() for part in text.split(",") if part.strip()]
        return text


def set_rule(store: ProvinceStore, key: str, value: str, *, actor: str) -> ProgrammeRules:
    """Change one rule of the draft (``age.block_above`` ``65``). Raises RulesError with the reason."""
    state = rules_state(store)
    document = state.draft.model_dump(mode="json")
    known = dict(flatten(state.draft))
    if key not in known or key in FIXED_KEYS:
        raise RulesError("rules.unknown_key", key=key, keys=", ".join(k for k in known if k not in FIXED_KEYS))
    old = known[key]
    new = _parse_value(value, old)
    target = document
    *parents, last = key.split(".")
    for part in parents:
        target = target[part]
    target[last] = new
    try:
        draft = ProgrammeRules.model_validate(document)
    except pydantic.ValidationError as err:
        first = err.errors(include_url=False, include_input=False)[0]
        raise RulesError("rules.bad_value", key=key, value=value, reason=first.get("msg", "invalid")) from None
    with store.session() as session:
        row = session.get(Setting, DRAFT)
        if row is None:
            session.add(Setting(key=DRAFT, value=draft.model_dump(mode="json")))
        else:
            row.value = draft.model_dump(mode="json")
        log_event(session, "rules.changed", key, account=actor[:64], by=actor, old=old, new=dict(flatten(draft))[key])
    return draft


def publish_rules(store: ProvinceStore, keys: ProvinceKeyring, *, actor: str) -> ProgrammeRules:
    """Sign the draft as the next version; every reference bundle from now on carries it."""
    state = rules_state(store)
    version = (state.published.version if state.published else 0) + 1
    now = datetime.now(UTC).replace(microsecond=0)
    rules = ProgrammeRules.model_validate({**_editable(state.draft), "version": version, "published_at": now})
    data = wire.sign_rules(rules, keys.signing)
    with store.session() as session:
        value = {"version": version, "published_at": rules.model_dump(mode="json")["published_at"],
                 "file": b64encode(data)}  # fmt: skip
        row = session.get(Setting, PUBLISHED)
        if row is None:
            session.add(Setting(key=PUBLISHED, value=value))
        else:
            row.value = value
        draft = session.get(Setting, DRAFT)
        if draft is not None:
            draft.value = rules.model_dump(mode="json")
        log_event(session, "rules.published", str(version), account=actor[:64], by=actor, rules=_editable(rules))
    return rules
