"""The registration desk in the states worth looking at: for the screenshots and the translation tests.

Each function puts a real page or dialog into one state through the same code paths an officer uses
(the form's checks and background save, the real dialogs over real records); nothing is faked.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtWidgets import QDialog, QWidget

from ..domain.people import Sex
from ..domain.reference import regions
from ..domain.registration import Registration
from ..domain.status import Status
from ..services import browse, drafts
from ..services import drives as drive_service
from ..services.registration import open_registration
from ..storage import registrations
from ..storage.queries import RegistrationQuery
from ..storage.store import Store
from .operations import OperationRunner
from .registration.drafts_dialog import DraftPickerDialog
from .registration.duplicates import NearMatchDialog
from .registration.form import RegistrationFormPage
from .registration.state import new_meta, state_from_registration
from .registrations.reject_dialog import RejectDialog


def sample(store: Store, status: Status | None = None) -> Registration:
    """A registration of the store (of ``status`` when given), the oldest first."""
    query = RegistrationQuery(statuses=(status,) if status else ())
    _total, rowids, rows = browse.find_first_page(store, query, 1)
    if not rowids:
        raise LookupError(f"no registration with status {status}")
    return open_registration(store, rows[rowids[0]].row.id)[0]


def _as_new(reg: Registration, **changes) -> dict:
    state = state_from_registration(replace(reg, **changes))
    state["meta"] = new_meta()
    return state


def form_with_nik_warnings(form: RegistrationFormPage, store: Store) -> None:
    """A new worker whose typed birth date and sex disagree with the NIK (warnings beside the fields)."""
    reg = sample(store)
    born = reg.birth_date + timedelta(days=1)
    other_sex = Sex.MALE if reg.sex is Sex.FEMALE else Sex.FEMALE
    serial = f"{(int(reg.nik[-4:]) + 7) % 10000:04d}"
    form.show_state(_as_new(reg, nik=reg.nik[:-4] + serial, birth_date=born, sex=other_sex, full_name="RINA WATI"))


def form_with_duplicate_nik(form: RegistrationFormPage, store: Store, runner: OperationRunner) -> None:
    """A new worker typed with a NIK already on this laptop, after Save: blocked, with a link to it."""
    reg = sample(store)
    form.show_state(_as_new(reg))
    form.save()
    runner.wait_for_done()


def near_match_dialog(store: Store, parent: QWidget) -> NearMatchDialog:
    """The side-by-side dialog for a new worker with the name, birth date and village of another."""
    existing = sample(store)
    serial = f"{(int(existing.nik[-4:]) + 13) % 10000:04d}"
    entered = replace(existing, id=str(uuid.uuid4()), nik=existing.nik[:-4] + serial, registration_number=None)
    similar = registrations.find_similar(store, entered)
    return NearMatchDialog(entered, similar, parent)


def drafts_dialog(store: Store, parent: QWidget) -> DraftPickerDialog:
    """The restore dialog over two unsaved drafts (written to the store, as the autosaver does); other
    drafts of this (showcase) store are discarded first."""
    for old in drafts.list_drafts(store):
        drafts.discard_draft(store, old.id)
    for status in (Status.READY, Status.APPROVED):
        reg = sample(store, status)
        drafts.save_draft(store, str(uuid.uuid4()), _as_new(reg))
    return DraftPickerDialog(drafts.list_drafts(store), parent)


def open_drive(store: Store) -> None:
    """A drive open at a village of the laptop's regency (what the form fills in), unless one is open."""
    if drive_service.current_drive(store) is not None:
        return
    with store.reader() as session:
        regency = store.device(session).regency_code
    district = regions().children(regency)[0]
    village = regions().children(district.code)[0]
    drive_service.start_drive(
        store, village_code=village.code, held_on=date.today(), place=f"Balai Desa {village.name}"
    )


def partial_drafts(store: Store) -> None:
    """Three drafts, more and less complete, as an officer leaves them (written as the autosaver does)."""
    for old in drafts.list_drafts(store):
        drafts.discard_draft(store, old.id)
    for status, cut in ((Status.READY, None), (Status.APPROVED, "address"), (Status.READY, "identity")):
        state = _as_new(sample(store, status))
        if cut == "address":
            state["address"], state["work"]["occupation_id"], state["consent"] = {}, "", {}
        elif cut == "identity":
            state = {**state, "identity": {"nik": state["identity"]["nik"][:9]}, "address": {}, "consent": {}}
        drafts.save_draft(store, str(uuid.uuid4()), state)


def reject_dialog(parent: QWidget, count: int = 2) -> QDialog:
    dialog = RejectDialog(count, parent)
    return dialog


def record_with_history(store: Store) -> str:
    """A registration edited once and sent back once: its history panel has something to show."""
    reg = sample(store, Status.READY)
    edited = registrations.save(store, replace(reg, phone="081234567890"))
    registrations.set_status(store, [edited.id], Status.NEEDS_FIX, "Tanggal lahir tidak sesuai KTP")
    return edited.id
