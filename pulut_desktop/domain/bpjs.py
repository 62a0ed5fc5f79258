"""BPJS Ketenagakerjaan membership: the KPJ number and the outcome of an enrolment at BPJS.

A KPJ (Kartu Peserta Jamsostek) number is the membership number BPJS gives an enrolled worker. The
numbers we have seen are 11 ASCII digits; :data:`KPJ_LENGTH` is the one place to change if BPJS's real
files show otherwise (``docs/bpjs-exchange.md``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

KPJ_LENGTH = 11
KPJ_PATTERN = rf"^[0-9]{{{KPJ_LENGTH}}}$"
REASON_LIMIT = 500
_KPJ = re.compile(KPJ_PATTERN)


class MembershipOutcome(StrEnum):
    ENROLLED = "enrolled"  # Terdaftar BPJS: a KPJ number and the coverage dates
    REJECTED = "rejected"  # BPJS refused the registration, with its reason


def is_kpj(value: object) -> bool:
    """Exactly :data:`KPJ_LENGTH` ASCII digits (no canonicalisation: callers canonicalise first)."""
    return isinstance(value, str) and _KPJ.fullmatch(value) is not None


@dataclass(frozen=True)
class Membership:
    """A registration's enrolment at BPJS, as the province's receipt brought it: Terdaftar BPJS."""

    kpj: str
    effective_date: date
    end_date: date
