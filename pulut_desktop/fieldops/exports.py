"""The registrations list for the officer's own use, as CSV or XLSX.

NIKs are masked (first 6 and last 4 digits) unless a supervisor asks for them in full; such an export is
recorded in the audit trail (``export.full_nik`` with the number of rows) before the file is written.

Disability status (health data) and heirs (often children) are *specific* personal data (UU 27/2022
Pasal 4(2)): their columns say "(dirahasiakan)" unless a supervisor asks for them with a purpose, which
is audited (``export.specific_data`` with the purpose and the number of rows) before the file is written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import literal_column, select

from ..domain.errors import ValidationError
from ..domain.nik import mask_nik
from ..domain.reference import occupations, regions
from ..storage import audit
from ..storage.models import RegistrationRow as R
from ..storage.queries import RegistrationQuery, search_rowids
from ..storage.store import Store
from .errors import ExportCancelled
from .tables import WriteCancelled, write_rows

PAGE = 500
PURPOSE_MAX = 500  # the audit event travels to the province, whose detail values stop at 2,000
HEADERS = {
    "id": ("Nomor registrasi", "NIK", "Nama", "Tempat lahir", "Tanggal lahir", "JK", "Desa/Kelurahan",
           "Kecamatan", "Pekerjaan", "Sumber dana", "Status", "Dibuat", "Disabilitas", "Ahli waris"),
    "en": ("Registration number", "NIK", "Name", "Place of birth", "Birth date", "Sex", "Village", "District",
           "Occupation", "Funding source", "Status", "Created", "Disability", "Heirs"),
}  # fmt: skip
WITHHELD = {"id": "(dirahasiakan)", "en": "(withheld)"}
YES_NO = {"id": ("Ya", "Tidak"), "en": ("Yes", "No")}


@dataclass(frozen=True)
class ExportOptions:
    full_nik: bool = False
    specific_data: bool = False  # disability and heirs, for a supervisor who gives a purpose
    purpose: str = ""
    language: str = "id"


def _specific(r: R, options: ExportOptions) -> tuple[str, str]:
    language = options.language if options.language in WITHHELD else "en"
    if not options.specific_data:
        return WITHHELD[language], WITHHELD[language]
    yes, no = YES_NO[language]
    heirs = "; ".join(
        f"{h['name']} ({h['relationship']}"
        + (f", NIK {h['nik'] if options.full_nik else mask_nik(h['nik'])}" if h.get("nik") else "")
        + ")"
        for h in r.heirs or []
    )
    return (yes if r.has_disability else no), heirs


def _rows(store: Store, rowids: list[int], options: ExportOptions, progress, should_cancel) -> Iterator[tuple]:
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
                r.registration_number, r.nik if options.full_nik else mask_nik(r.nik), r.full_name, r.birth_place,
                r.birth_date.strftime("%d-%m-%Y") if r.birth_date else "", r.sex or "",
                chain.get("village", r.village_code), chain.get("district", ""),
                jobs[r.occupation_id].name if r.occupation_id in jobs else r.occupation_id, r.funding_source,
                r.status, r.created_at.strftime("%d-%m-%Y %H:%M"), *_specific(r, options),
            )  # fmt: skip
        if progress is not None:
            progress(min(start + PAGE, total), total)


def export_registrations(
    store: Store,
    query: RegistrationQuery,
    target: Path | str,
    options: ExportOptions = ExportOptions(),
    *,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> int:
    """Write the registrations ``query`` finds to ``target`` (.csv or .xlsx); returns the row count.

    ``full_nik`` and ``specific_data`` need a supervisor (PermissionDenied otherwise) and are audited;
    ``specific_data`` also needs the ``purpose`` (ValidationError ``export.purpose_required``)."""
    options = replace(options, purpose=" ".join(options.purpose.split()))
    full_nik, specific_data, language = options.full_nik, options.specific_data, options.language
    if full_nik or specific_data:
        store.require_supervisor()
    if specific_data and not options.purpose:
        raise ValidationError("export.purpose_required")
    if len(options.purpose) > PURPOSE_MAX:
        raise ValidationError("export.purpose_too_long", limit=PURPOSE_MAX)
    with store.reader() as session:
        rowids = search_rowids(session, query)
    if full_nik or specific_data:
        details = {"count": len(rowids), "file": Path(target).name}
        with store.session() as session:
            if full_nik:
                audit.record(session, actor=store.officer.username, action="export.full_nik",
                             entity_type="export", details=details)  # fmt: skip
            if specific_data:
                audit.record(session, actor=store.officer.username, action="export.specific_data",
                             entity_type="export", details={**details, "purpose": options.purpose})  # fmt: skip
    try:
        write_rows(
            target,
            HEADERS.get(language, HEADERS["en"]),
            _rows(store, rowids, options, progress, should_cancel),
            sheet_title="Pendaftaran" if language == "id" else "Registrations",
            should_cancel=should_cancel,
        )
    except WriteCancelled as err:
        raise ExportCancelled() from err
    return len(rowids)
