"""A village list's own words for picklist fields (occupation) mapped once per file to the picklist.

Village lists say "Pedagang", "Tukang Ojek" or "Buruh sawit" where the form has a picklist of named
occupations. After the column mapping, :func:`value_choices` lists each distinct value the picklist does
not know word for word, with the officer's earlier choice for that word (remembered in the store) or a
suggestion (rapidfuzz); the officer accepts or changes each one once, :func:`remember_value_map` keeps
the choices for the next file, and :class:`~pulut_desktop.fieldops.bulk_import.ImportOptions` carries
them into :func:`~pulut_desktop.fieldops.bulk_import.plan_import`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, utils

from ..domain.reference import occupations
from ..storage import audit
from ..storage.models import Setting
from ..storage.store import Store
from .tables import Table, cell_text

SETTING_KEY = "import_value_map"
PICKLIST_FIELDS = ("occupation",)
SUGGEST_FROM = 70.0  # token-set score below which nothing is suggested (the officer chooses)

ValueMap = dict[str, dict[str, str]]  # field -> value key -> picklist id


def value_key(raw: str) -> str:
    """How a file's word is compared and remembered: without case, spaces or punctuation."""
    return re.sub(r"[^0-9a-z]", "", raw.casefold())


@cache
def occupation_index() -> dict[str, str]:
    """Value key -> occupation id, for the words the picklist knows exactly (its ids and names)."""
    index: dict[str, str] = {}
    for job in occupations().values():
        index[value_key(job.id)] = job.id
        index[value_key(job.name)] = job.id
        index.setdefault(value_key(re.sub(r"\(.*?\)", "", job.name)), job.id)
    return index


def suggest_occupation(raw: str) -> tuple[str | None, float]:
    """The occupation a file's word most likely means, and the score (0-100); ``None`` when unsure.

    All words of the value inside the name ("Tukang Ojek" in "Tukang Ojek Pangkalan") count most;
    weighted similarity, then the closeness of the short name break ties ("Petani" -> Petani).
    """
    text = utils.default_process(raw)
    if not text:
        return None, 0.0
    best: tuple[float, float, float] = (0.0, 0.0, 0.0)
    chosen = None
    for job in occupations().values():
        name = utils.default_process(job.name)
        short = utils.default_process(re.sub(r"\(.*?\)", "", job.name))
        score = (fuzz.token_set_ratio(text, name), fuzz.WRatio(text, name), fuzz.ratio(text, short))
        if score > best:
            best, chosen = score, job.id
    return (chosen, best[0]) if best[0] >= SUGGEST_FROM else (None, best[0])


@dataclass(frozen=True)
class ValueChoice:
    """One distinct word of a picklist column, how often it occurs, and what it is taken to mean."""

    field: str
    value: str  # as first seen in the file
    rows: int
    choice: str | None  # picklist id (remembered or suggested); None: no good guess
    remembered: bool  # the officer chose this for an earlier file
    score: float = 0.0


def distinct_values(table: Table, column: int) -> Counter[str]:
    """Value key -> count, keeping the first spelling seen as the key's display text."""
    counts: Counter[str] = Counter()
    for _number, values in table.rows:
        raw = cell_text(values[column]) if column < len(values) else ""
        if raw.strip():
            counts[" ".join(raw.split())] += 1
    return counts


def remembered_value_map(store: Store) -> ValueMap:
    with store.reader() as session:
        row = session.get(Setting, SETTING_KEY)
        value = row.value if row is not None else None
    if not isinstance(value, dict):
        return {}
    return {f: {str(k): str(v) for k, v in m.items()} for f, m in value.items() if isinstance(m, dict)}


def value_choices(store: Store, table: Table, mapping: Mapping[str, int]) -> list[ValueChoice]:
    """Each distinct picklist value of the file that the picklist does not know word for word."""
    remembered = remembered_value_map(store)
    known = occupation_index()
    choices: list[ValueChoice] = []
    for field in PICKLIST_FIELDS:
        column = mapping.get(field)
        if column is None:
            continue
        seen: dict[str, ValueChoice] = {}
        for raw, count in distinct_values(table, column).items():
            key = value_key(raw)
            if key in known:
                continue
            if key in seen:  # "Pedagang" and "PEDAGANG": one decision
                first = seen[key]
                seen[key] = ValueChoice(field, first.value, first.rows + count, first.choice, first.remembered)
                continue
            earlier = remembered.get(field, {}).get(key)
            if earlier in occupations():
                seen[key] = ValueChoice(field, raw, count, earlier, True, 100.0)
            else:
                suggestion, score = suggest_occupation(raw)
                seen[key] = ValueChoice(field, raw, count, suggestion, False, score)
        choices += sorted(seen.values(), key=lambda c: (-c.rows, c.value.casefold()))
    return choices


def value_map_of(chosen: Mapping[tuple[str, str], str | None]) -> ValueMap:
    """``{(field, value): id or None}`` as the officer left it -> the map for ImportOptions."""
    result: ValueMap = {}
    for (field, value), target in chosen.items():
        if target:
            result.setdefault(field, {})[value_key(value)] = target
    return result


def remember_value_map(store: Store, chosen: ValueMap) -> ValueMap:
    """Add the officer's choices to the remembered ones (audited); returns the whole remembered map."""
    merged = remembered_value_map(store)
    for field, values in chosen.items():
        merged.setdefault(field, {}).update(values)
    with store.session() as session:
        row = session.get(Setting, SETTING_KEY)
        if row is None:
            session.add(Setting(key=SETTING_KEY, value=merged))
        else:
            row.value = merged
        details = {f: sorted(v) for f, v in chosen.items()}
        audit.record(session, actor=store.officer.username, action="import.values_mapped",
                     entity_type="setting", entity_id=SETTING_KEY, details=details)  # fmt: skip
    return merged
