"""Typed errors of the laptop's sync services (enrolment, export, receipts). Texts: messages/outbox.py."""

from __future__ import annotations

from pulut_desktop.domain.errors import PulutError


class OutboxError(PulutError):
    code = "outbox.error"


class NotEnrolled(OutboxError):
    """Export needs an enrolment: until then officers may register and print provisional cards only."""

    code = "outbox.not_enrolled"


class AlreadyEnrolled(OutboxError):
    """The laptop already exported batches under another device id; a new enrolment would fork it."""

    code = "outbox.already_enrolled"


class NothingToSend(OutboxError):
    code = "outbox.nothing_to_send"


class Cancelled(OutboxError):
    code = "outbox.cancelled"
