"""Programme rules: what the province decides and may change without a new release.

The province edits and publishes them (``pulut-province rules``), signs them with its Ed25519 key and
sends them to every laptop inside the reference bundle. A laptop that never received rules uses
:data:`SHIPPED_RULES` (version 0) and says so. ``docs/programme-rules.md`` gives each rule's default
and the regulation it comes from.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..paths import resource
from .people import age_on

FUNDING_SOURCES = ("APBD", "DBH_SAWIT")
ANY_REGENCY = "*"

Age = Annotated[int, Field(ge=0, le=130)]
Rupiah = Annotated[int, Field(ge=0, le=10_000_000)]
Basis = Annotated[str, Field(min_length=1, max_length=400)]


class _Rules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AgeRules(_Rules):
    """Age on the day of registration. Outside the block range a registration cannot be saved;
    outside the warn range it saves with a warning."""

    warn_below: Age = 15
    warn_above: Age = 56
    block_below: Age | None = None
    block_above: Age | None = None

    @model_validator(mode="after")
    def _ordered(self) -> AgeRules:
        if self.warn_below > self.warn_above:
            raise ValueError("age.warn_below must not exceed age.warn_above")
        if self.block_below is not None and self.block_below > self.warn_below:
            raise ValueError("age.block_below must not exceed age.warn_below")
        if self.block_above is not None and self.block_above < self.warn_above:
            raise ValueError("age.block_above must not be below age.warn_above")
        return self


class PhoneRules(_Rules):
    required: bool = False
    mobile_only: bool = True


class FundingWindow(_Rules):
    """Funding sources open for a regency (``*``: every regency) in a budget year (None: every year).
    The most specific window wins: regency and year, regency, year, then the catch-all."""

    regency_code: Annotated[str, Field(pattern=r"^(\*|14\.\d{2})$")] = ANY_REGENCY
    budget_year: Annotated[int, Field(ge=2020, le=2100)] | None = None
    sources: tuple[Literal["APBD", "DBH_SAWIT"], ...] = FUNDING_SOURCES


class CoverageRules(_Rules):
    start: Literal["this_month", "next_month"] = "next_month"
    default_months: Annotated[int, Field(ge=1, le=12)] = 12
    max_months: Annotated[int, Field(ge=1, le=12)] = 12
    # Perpanjangan: a worker shows in the renewal worklist this many days before the coverage ends
    # (None: the laptop's default, domain.renewal.DEFAULT_NOTICE_DAYS).
    renewal_notice_days: Annotated[int, Field(ge=1, le=365)] | None = None

    @model_validator(mode="after")
    def _within_max(self) -> CoverageRules:
        if self.default_months > self.max_months:
            raise ValueError("coverage.default_months must not exceed coverage.max_months")
        return self


class Contribution(_Rules):
    amount: Rupiah
    basis: Basis


class CardRules(_Rules):
    """A card still verifies as valid this many months after its coverage ends (arrears may be paid up
    to 3 months after protection ends, BPJS Perdir 22/PERDIR.02/072022)."""

    grace_months: Annotated[int, Field(ge=0, le=12)] = 0


def _shipped_contributions() -> dict[str, Contribution]:
    """JKK and JKM as the program ships them: ``resources/data/contributions.json`` is their one source (the
    province's rules bundle may replace them)."""
    data = json.loads(resource("data", "contributions.json").read_text(encoding="utf-8"))
    return {name: Contribution(**entry) for name, entry in data["programmes"].items()}


DEFAULT_CONTRIBUTIONS = _shipped_contributions()
DEFAULT_DBH_SAWIT_OCCUPATIONS = ("PEKEBUN_SAWIT", "BURUH_KEBUN_SAWIT", "PENGUTIP_BRONDOLAN")


class ProgrammeRules(_Rules):
    version: Annotated[int, Field(ge=0)] = 0  # 0: the defaults shipped with the program
    published_at: datetime | None = None
    age: AgeRules = AgeRules()
    phone: PhoneRules = PhoneRules()
    funding: tuple[FundingWindow, ...] = (FundingWindow(),)
    coverage: CoverageRules = CoverageRules()
    contributions: dict[Literal["JKK", "JKM"], Contribution] = DEFAULT_CONTRIBUTIONS
    dbh_sawit_occupations: tuple[Annotated[str, Field(pattern=r"^[A-Z_]{2,40}$")], ...] = DEFAULT_DBH_SAWIT_OCCUPATIONS
    card: CardRules = CardRules()

    @model_validator(mode="after")
    def _complete(self) -> ProgrammeRules:
        if set(self.contributions) != {"JKK", "JKM"}:
            raise ValueError("contributions must give JKK and JKM")
        return self

    @property
    def shipped(self) -> bool:
        return self.version == 0

    @property
    def monthly_contribution(self) -> int:
        return sum(c.amount for c in self.contributions.values())

    def open_sources(self, regency_code: str, budget_year: int | None) -> tuple[str, ...]:
        """Funding sources open for a regency in a budget year (the most specific window)."""

        def rank(w: FundingWindow) -> int:
            return (w.regency_code == regency_code) * 2 + (w.budget_year is not None)

        matching = [
            w
            for w in self.funding
            if w.regency_code in (ANY_REGENCY, regency_code) and w.budget_year in (None, budget_year)
        ]
        return max(matching, key=rank).sources if matching else ()

    def default_coverage_start(self, today: date) -> date:
        if self.coverage.start == "this_month":
            return today.replace(day=1)
        return date(today.year + today.month // 12, today.month % 12 + 1, 1)

    def age_findings(self, born: date, today: date) -> list[tuple[bool, str, dict[str, Any]]]:
        """``(blocking, code, params)`` for an age outside the ranges."""
        age = age_on(born, today)
        a = self.age
        if a.block_below is not None and age < a.block_below:
            return [(True, "age.block_below", {"age": age, "limit": a.block_below})]
        if a.block_above is not None and age > a.block_above:
            return [(True, "age.block_above", {"age": age, "limit": a.block_above})]
        if age < a.warn_below:
            return [(False, "age.warn_below", {"age": age, "limit": a.warn_below})]
        if age > a.warn_above:
            return [(False, "age.warn_above", {"age": age, "limit": a.warn_above})]
        return []


SHIPPED_RULES = ProgrammeRules()
