"""Registering a worker: the save workflow the form and the self-test call.

Guard rails (new registrations only), the exact-NIK block, the near-match question, then the save.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..domain.registration import Registration
from ..domain.rules import ProgrammeRules
from ..storage import registrations, review
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
