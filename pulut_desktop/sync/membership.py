"""BPJS membership results as they travel in a receipt (format version 2, ``docs/batch-format.md`` 6b).

One :class:`MembershipResult` tells a laptop what BPJS Ketenagakerjaan answered about one of its own
registrations, for the registration version the province sent to BPJS: enrolled with a KPJ number and
the coverage dates, or rejected with BPJS's reason. Every field is checked here, at the boundary: a
receipt is signed by the province, but the KPJ, dates and reason came from a file BPJS made.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Self

from pydantic import StringConstraints, model_validator

from pulut_desktop.domain.bpjs import KPJ_PATTERN, REASON_LIMIT, MembershipOutcome
from pulut_desktop.domain.canonical import canonical_text

from .schema import Count, Date, Text, Uuid, WireModel

Kpj = Annotated[str, StringConstraints(pattern=KPJ_PATTERN)]
FIRST_YEAR, LAST_YEAR = 2000, 2100  # as the province's import accepts (docs/bpjs-exchange.md)

__all__ = ["MembershipOutcome", "MembershipResult", "enrolled", "rejected_by_bpjs"]


class MembershipResult(WireModel):
    registration_id: Uuid
    version: Count  # the registration version the province sent to BPJS (carried in this receipt's batch)
    outcome: MembershipOutcome
    kpj: Kpj | None
    effective_date: Date | None
    end_date: Date | None
    reason: Text(REASON_LIMIT, 1) | None

    @model_validator(mode="after")
    def _fields_match_outcome(self) -> Self:
        if self.outcome is MembershipOutcome.ENROLLED:
            if self.kpj is None or self.effective_date is None or self.end_date is None:
                raise ValueError("an enrolment needs a KPJ number and both dates")
            if self.reason is not None:
                raise ValueError("an enrolment has no reason")
            for day in (self.effective_date, self.end_date):
                if not FIRST_YEAR <= day.year <= LAST_YEAR:
                    raise ValueError("a coverage date outside 2000-2100")
            if self.end_date < self.effective_date:
                raise ValueError("coverage ends before it starts")
        else:
            if self.reason is None:
                raise ValueError("a rejection needs BPJS's reason")
            if self.kpj is not None or self.effective_date is not None or self.end_date is not None:
                raise ValueError("a rejection has no KPJ number or dates")
            if canonical_text(self.reason) != self.reason:
                raise ValueError("the reason is not canonical text")
        return self


def enrolled(registration_id: str, version: int, kpj: str, effective: date, end: date) -> MembershipResult:
    return _result(registration_id, version, MembershipOutcome.ENROLLED, kpj, effective, end, None)


def rejected_by_bpjs(registration_id: str, version: int, reason: str) -> MembershipResult:
    return _result(registration_id, version, MembershipOutcome.REJECTED, None, None, None, reason)


def _result(*values: object) -> MembershipResult:
    """A result from its values in the order the wire model declares its fields (every key explicit)."""
    return MembershipResult(**dict(zip(MembershipResult.model_fields, values, strict=True)))
