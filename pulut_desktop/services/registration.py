"""Registering a worker: the save workflow the form and the self-test call.

Guard rails (new registrations only), the exact-NIK block, the near-match question, then the save.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from ..domain.canonical import is_identifier
from ..domain.registration import Registration
from ..domain.rules import ProgrammeRules
from ..outbox.reference import probably_registered_elsewhere
from ..storage import registrations, review
from ..storage.drives import current_drive
from ..storage.errors import DuplicateNik
from ..storage.registrations import SimilarRegistration
from ..storage.rules import current_rules
from ..storage.store import Store
from .guard_rails import require_registration_allowed


@dataclass(frozen=True)
class SaveOutcome:
    """Either the saved registration, or the near matches the officer must look at first."""

    saved: Registration | None = None
    similar: list[SimilarRegistration] = field(default_factory=list)


def save_registration(
    store: Store, registration: Registration, *, new: bool, confirmed_different: Iterable[str] = ()
) -> SaveOutcome:
    """Save a normalised registration and submit it, unless a near match needs the officer's eye first.

    ``new`` is a registration never saved before: the guard rails (fieldops) stop those, while fixing a
    saved one stays possible. ``confirmed_different`` are ids the officer already called another person.
    Raises ``DuplicateNik`` for a NIK already on the laptop and ``RegistrationsStopped`` from the guards."""
    confirmed = list(confirmed_different)
    if new:
        require_registration_allowed(store)
    review.check_nik_free(store, registration.nik, registration.id)
    similar = [s for s in registrations.find_similar(store, registration) if s.id not in confirmed]
    if similar:
        return SaveOutcome(similar=similar)
    return SaveOutcome(saved=registrations.save(store, registration, submit=True, confirmed_different=confirmed))


def check_registration_allowed(store: Store) -> None:
    """Raise when the guard rails stop new registrations (the form says so as soon as it opens)."""
    require_registration_allowed(store)


def programme_rules(store: Store) -> ProgrammeRules:
    """The programme rules this laptop checks under (the province's, from the reference bundle)."""
    return current_rules(store)


def open_registration(store: Store, registration_id: str) -> tuple:
    """``(registration, status reason, history)`` for the form."""
    reg = registrations.get(store, registration_id)
    return reg, review.status_reason(store, registration_id), review.history(store, registration_id)


def registration_history(store: Store, registration_id: str) -> list:
    return review.history(store, registration_id)


@dataclass(frozen=True)
class NikCheck:
    """What is known about a NIK before the form is saved: a record on this laptop (``existing_id``)
    blocks the save; ``on_roster`` (the province's roster, probabilistic) asks the officer to check."""

    existing_id: str | None = None
    registration_number: str | None = None
    on_roster: bool = False


def check_nik(store: Store, nik: str, registration_id: str | None = None) -> NikCheck:
    """The duplicate checks of the save, run as soon as the NIK field is left: the laptop's exact-NIK
    block (:func:`review.check_nik_free`) and the province roster. An incomplete NIK checks nothing."""
    nik = "".join(nik.split())
    if not is_identifier(nik):
        return NikCheck()
    try:
        review.check_nik_free(store, nik, registration_id)
    except DuplicateNik as clash:
        return NikCheck(clash.params["existing_id"], clash.params.get("registration_number"))
    return NikCheck(on_roster=probably_registered_elsewhere(store, nik))


@dataclass(frozen=True)
class FormDefaults:
    """What a new form starts with: the open drive's village (with its district and regency) and the
    funding source and coverage start of the officer's previous saved registration."""

    village_code: str | None = None
    drive_place: str | None = None
    previous_funding_source: str | None = None
    previous_coverage_start: date | None = None


def form_defaults(store: Store) -> FormDefaults:
    drive = current_drive(store)
    previous = registrations.latest_by_officer(store, store.officer.username)
    return FormDefaults(
        village_code=drive.village_code if drive else None,
        drive_place=drive.place if drive else None,
        previous_funding_source=previous.funding_source if previous else None,
        previous_coverage_start=previous.coverage_start if previous else None,
    )
