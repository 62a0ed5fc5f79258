"""Typed errors of the laptop's sync services (enrolment, export, receipts). Texts: messages/outbox.py."""

from __future__ import annotations

from pulut_desktop.domain.errors import PulutError, error_class


class OutboxError(PulutError):
    code = "outbox.error"


class NotEnrolled(OutboxError):
    """Export needs an enrolment: until then officers may register and print provisional cards only."""

    code = "outbox.not_enrolled"


class AlreadyEnrolled(OutboxError):
    """The laptop already exported batches under another device id; a new enrolment would fork it."""

    code = "outbox.already_enrolled"


NothingToSend = error_class("NothingToSend", OutboxError, "outbox.nothing_to_send")
Cancelled = error_class("Cancelled", OutboxError, "outbox.cancelled")
RegistrationNotSendable = error_class(
    "RegistrationNotSendable",
    OutboxError,
    "outbox.registration_not_sendable",
    "A stored registration breaks the batch format (a row written before a rule, or edited outside the app).",
)
