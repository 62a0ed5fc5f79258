"""The registrations list for the officer's own use, as CSV or XLSX.

NIKs are masked (first 6 and last 4 digits) unless a supervisor asks for them in full; such an export is
recorded in the audit trail (``export.full_nik`` with the number of rows) before the file is written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import literal_column, select

from ..domain.nik import mask_nik
from ..domain.reference import occupations, regions
from ..storage import audit
from ..storage.models import RegistrationRow as R
from ..storage.queries import RegistrationQuery, search_rowids
from ..storage.store import Store
from .errors import ExportCancelled
from .tables import WriteCancelled, write_rows

PAGE = 500
HEADERS = {
    "id": ("Nomor registrasi", "NIK", "Nama", "Tempat lahir", "Tanggal lahir", "JK", "Desa/Kelurahan",
           "Kecamatan", "Pekerjaan", "Sumber dana", "Status", "Dibuat"),
    "en": ("Registration number", "NIK", "Name", "Place of birth", "Birth date", "Sex", "Village", "District",
           "Occupation", "Funding source", "Status", "Created"),
}  # fmt: skip


def _rows(store: Store, rowids: list[int], full_nik: bool, progress, should_cancel) -> Iterator[tuple]:
    directory, jobs = regions(), occupations()
    rid = literal_column("registrations.rowid")
    total = len(rowids)
    for start in range(0, total, PAGE):
        if should_cancel is not None and should_cancel():
            raise WriteCancelled
        page = rowids[start : start + PAGE]
        with store.reader() as session:
            found = {rowid: r for rowid, r in session.execute(select(rid, R).where(rid.in_(page))).all()}
        for rowid in page:
            r = found.get(rowid)
            if r is None:
                continue  # deleted (retention purge) since the search
            chain = {a.level.value: a.name for a in directory.ancestors(r.village_code)}
            yield (
                r.registration_number, r.nik if full_nik else mask_nik(r.nik), r.full_name, r.birth_place,
                r.birth_date.strftime("%d-%m-%Y") if r.birth_date else "", r.sex or "",
                chain.get("village", r.village_code), chain.get("district", ""),
                jobs[r.occupation_id].name if r.occupation_id in jobs else r.occupation_id, r.funding_source,
                r.status, r.created_at.strftime("%d-%m-%Y %H:%M"),
            )  # fmt: skip
        if progress is not None:
            progress(min(start + PAGE, total), total)


def export_registrations(
    store: Store,
    query: RegistrationQuery,
    target: Path | str,
    *,
    full_nik: bool = False,
    language: str = "id",
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> int:
    """Write the registrations ``query`` finds to ``target`` (.csv or .xlsx); returns the row count.

    ``full_nik`` needs a supervisor (PermissionDenied otherwise) and is audited."""
    if full_nik:
        store.require_supervisor()
    with store.reader() as session:
        rowids = search_rowids(session, query)
    if full_nik:
        with store.session() as session:
            audit.record(
                session,
                actor=store.officer.username,
                action="export.full_nik",
                entity_type="export",
                details={"count": len(rowids), "file": Path(target).name},
            )
    try:
        write_rows(
            target,
            HEADERS.get(language, HEADERS["en"]),
            _rows(store, rowids, full_nik, progress, should_cancel),
            sheet_title="Pendaftaran" if language == "id" else "Registrations",
            should_cancel=should_cancel,
        )
    except WriteCancelled as err:
        raise ExportCancelled() from err
    return len(rowids)
