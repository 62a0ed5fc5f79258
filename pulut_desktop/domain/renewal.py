"""The yearly renewal (perpanjangan): a worker's coverage period ends, the next one is registered.

The programme pays one budget year at a time. A renewal is a new version of the same registration
with the next coverage period; it names the start of the period it renews, so the province can check
that the periods follow each other and count the renewal in the new budget year.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from .errors import ValidationReport
from .registration import Registration, add_months
from .rules import ProgrammeRules

DEFAULT_NOTICE_DAYS = 60  # without a programme rule: two months ahead, time for one village visit


def notice_days(rules: ProgrammeRules) -> int:
    return rules.coverage.renewal_notice_days or DEFAULT_NOTICE_DAYS


def next_period_start(reg: Registration) -> date | None:
    """The first day after the current coverage period (the first of a month)."""
    if reg.coverage_start is None:
        return None
    return add_months(reg.coverage_start.replace(day=1), reg.coverage_months)


def renewal_of(reg: Registration, rules: ProgrammeRules) -> Registration:
    """The renewal the officer is asked to confirm: every field as registered, the next period."""
    return replace(reg, coverage_start=next_period_start(reg), coverage_months=rules.coverage.default_months,
                   heirs=list(reg.heirs))  # fmt: skip


def check_renewal(previous: Registration, renewed: Registration) -> ValidationReport:
    """A renewal is the same person (same NIK) for a period that starts when the last one ended or later."""
    report = ValidationReport()
    if renewed.nik != previous.nik:
        report.error("nik", "renewal.nik_changed")
    earliest = next_period_start(previous)
    if renewed.coverage_start is None or (earliest is not None and renewed.coverage_start < earliest):
        report.error("coverage_start", "renewal.overlaps", earliest=earliest.isoformat() if earliest else "-")
    return report
