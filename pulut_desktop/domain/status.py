"""The life of a registration, from the officer's draft to the province's answer."""

from __future__ import annotations

from enum import StrEnum

from .errors import StatusTransitionError


class Status(StrEnum):
    DRAFT = "draft"  # saved but incomplete (e.g. from a village list)
    READY = "ready"  # complete, waiting for the supervisor
    APPROVED = "approved"  # supervisor approved; goes into the next batch
    NEEDS_FIX = "needs_fix"  # supervisor or province sent it back with a reason
    SENT = "sent"  # in a batch that left the laptop
    ACCEPTED = "accepted"  # the province holds it
    DUPLICATE = "duplicate"  # the province already holds this NIK from elsewhere
    REJECTED = "rejected"  # the province refused it, with a reason


TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.READY, Status.APPROVED}),
    Status.READY: frozenset({Status.APPROVED, Status.NEEDS_FIX, Status.DRAFT}),
    Status.APPROVED: frozenset({Status.SENT, Status.NEEDS_FIX, Status.READY}),
    Status.NEEDS_FIX: frozenset({Status.READY, Status.APPROVED, Status.DRAFT}),
    Status.SENT: frozenset({Status.ACCEPTED, Status.DUPLICATE, Status.REJECTED, Status.APPROVED}),
    Status.ACCEPTED: frozenset({Status.NEEDS_FIX}),  # BPJS Ketenagakerjaan refused it: fix and send again
    Status.DUPLICATE: frozenset(),
    Status.REJECTED: frozenset({Status.NEEDS_FIX}),
}

EDITABLE = frozenset({Status.DRAFT, Status.READY, Status.NEEDS_FIX, Status.APPROVED, Status.REJECTED})


def check_transition(current: Status, new: Status) -> None:
    if new is not current and new not in TRANSITIONS[current]:
        raise StatusTransitionError(current=current.value, new=new.value)


def is_editable(status: Status) -> bool:
    return status in EDITABLE
