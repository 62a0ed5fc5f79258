"""Village lists in and out: import a list of workers as drafts (bulk import), export registrations."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..fieldops import bulk_import
from ..fieldops.bulk_import import ImportOptions, ImportPlan
from ..fieldops.exports import ExportOptions, export_registrations
from ..fieldops.tables import Table, read_table
from ..fieldops.value_mapping import ValueChoice, ValueMap, remember_value_map, value_choices
from ..storage.queries import RegistrationQuery
from ..storage.store import Store
from .guard_rails import require_registration_allowed

Progress = Callable[[int, int], None] | None
ShouldCancel = Callable[[], bool] | None


def read_list(path: Path | str) -> Table:
    """A village list (.csv or .xlsx) as a table of cells."""
    return read_table(path)


def check_list(
    store: Store,
    table: Table,
    mapping: dict[str, int],
    options: ImportOptions | None = None,
    *,
    value_map: ValueMap | None = None,
    progress: Progress = None,
    should_cancel: ShouldCancel = None,
) -> ImportPlan:
    """Check every row against the registration rules and the NIKs already here; only the officer's
    meanings for the file's own words (``value_map``, remembered for the next list) are saved."""
    if value_map:
        remember_value_map(store, value_map)
    return bulk_import.plan_import(
        store, table, mapping, options or ImportOptions(), progress=progress, should_cancel=should_cancel
    )


def list_value_choices(store: Store, table: Table, mapping: dict[str, int]) -> list[ValueChoice]:
    """The file's own picklist words (occupations...) with their suggested or remembered meanings."""
    return value_choices(store, table, mapping)


def import_list(
    store: Store, plan: ImportPlan, *, progress: Progress = None, should_cancel: ShouldCancel = None
) -> list:
    """Save the plan's valid rows as drafts in one transaction (the guard rails apply, as for the form)."""
    require_registration_allowed(store)  # a list is new registrations too
    return bulk_import.commit_import(store, plan, progress=progress, should_cancel=should_cancel)


def write_list_problems(plan: ImportPlan, target: Path | str, language: str = "id") -> Path:
    """The rows the village must fix, for the village (NIKs masked)."""
    return bulk_import.write_error_report(plan, target, language)


def export_list(
    store: Store,
    query: RegistrationQuery,
    target: Path | str,
    options: ExportOptions = ExportOptions(),  # noqa: B008 - frozen
    *,
    progress: Progress = None,
    should_cancel: ShouldCancel = None,
) -> int:
    """Write the registrations ``query`` finds to a .csv/.xlsx. A full NIK or the specific (sensitive)
    data needs a supervisor and a purpose, and is audited."""
    return export_registrations(store, query, target, options, progress=progress, should_cancel=should_cancel)
