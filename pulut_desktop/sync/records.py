"""The records a batch carries, one JSON object per line: registrations, drives and audit events.

The wire schema checks shape and size only. Domain rules (a valid NIK, a known village...) are the
province's to apply per record, so one bad registration is answered with a ``rejected`` receipt entry
instead of failing the whole batch.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import Field, TypeAdapter

from pulut_desktop.domain.exits import ExitKind, ExitSource
from pulut_desktop.domain.people import Sex
from pulut_desktop.domain.registration import (
    Consent,
    ConsentMethod,
    FundingSource,
    Heir,
    HeirRelationship,
    Programme,
    Registration,
)
from pulut_desktop.domain.status import Status

from .schema import MAX_SAFE_INTEGER, Count, Date, Text, Timestamp, Uuid, WireModel

MAX_HEIRS_ON_WIRE = 20
MAX_AUDIT_DETAILS = 50

Name = Text(200)
ShortText = Text(64)
LongText = Text(1000)
DigitsText = Text(32)
SafeInt = Annotated[int, Field(ge=-MAX_SAFE_INTEGER, le=MAX_SAFE_INTEGER)]
Scalar = Annotated[str, Field(max_length=2000)] | SafeInt | bool | None


def _absent(value: object) -> bool:
    return value is None


class HeirRecord(WireModel):
    name: Name
    relationship: HeirRelationship
    nik: DigitsText | None
    phone: DigitsText | None


class ConsentRecord(WireModel):
    given: bool
    method: ConsentMethod | None
    recorded_at: Timestamp | None
    witness_name: Name | None
    form_reference: ShortText | None


class RegistrationRecord(WireModel):
    """One version of a registration: every field of the domain ``Registration``."""

    id: Uuid
    version: Count
    registration_number: ShortText | None
    status: Status
    training: bool
    nik: DigitsText
    full_name: Name
    birth_place: Name
    birth_date: Date | None
    sex: Sex | None
    kk_number: DigitsText | None
    mother_maiden_name: Name | None
    address_line: LongText
    village_code: ShortText
    phone: DigitsText | None
    occupation_id: ShortText
    occupation_note: Name | None
    has_disability: bool
    funding_source: FundingSource
    programmes: Annotated[list[Programme], Field(max_length=len(Programme))]
    coverage_start: Date | None
    coverage_months: Annotated[int, Field(ge=0, le=120)]
    heirs: Annotated[list[HeirRecord], Field(max_length=MAX_HEIRS_ON_WIRE)]
    consent: ConsentRecord
    drive_id: Uuid | None
    officer: Name
    # A renewal (issue 21): the start of the coverage period this version renews. Absent from the line
    # when not a renewal, so every other registration line keeps its bytes (docs/batch-format.md).
    # (``exclude_if`` is decided in pydantic-core; a wrap serializer cost a Python call per line.)
    renews_coverage_from: Annotated[Date | None, Field(exclude_if=_absent)] = None


class DriveRecord(WireModel):
    """A registration drive (an outreach day or week in a village) the registrations refer to."""

    id: Uuid
    version: Count
    name: Name
    village_code: ShortText
    starts_on: Date
    ends_on: Date | None
    officer: Name
    notes: LongText | None


class AuditRecord(WireModel):
    """One event of the device's audit log (who did what to which registration, and when)."""

    id: Uuid
    occurred_at: Timestamp  # device clock
    actor: Name
    action: ShortText
    entity: ShortText
    entity_id: ShortText
    details: Annotated[dict[ShortText, Scalar], Field(max_length=MAX_AUDIT_DETAILS)]


class ExitRecord(WireModel):
    """A worker's death or exit (issue 21), the latest version of it. Refers to a registration the
    same device sent; the province checks that (and the date) before it stores anything."""

    registration_id: Uuid
    version: Annotated[int, Field(ge=1, le=MAX_SAFE_INTEGER)]
    kind: ExitKind
    occurred_on: Date
    source: ExitSource
    document_reference: ShortText | None
    officer: Name
    recorded_at: Timestamp  # device clock
    claim_letter_printed: bool  # for a death: the heirs were given the claim-help letter


class RegistrationLine(WireModel):
    kind: Literal["registration"]
    data: RegistrationRecord


class DriveLine(WireModel):
    kind: Literal["drive"]
    data: DriveRecord


class AuditLine(WireModel):
    kind: Literal["audit"]
    data: AuditRecord


class ExitLine(WireModel):
    kind: Literal["exit"]
    data: ExitRecord


@dataclass(frozen=True, slots=True)
class WireLine:
    """A batch line built directly in its JSON form: :meth:`dump` is exactly what the line's model gives with
    ``model_dump(mode="json")``. For a writer of tens of thousands of lines whose every field is within the
    schema by construction (``outbox.records.audit_line``), with tests proving its bytes equal the model's.
    ``build_batch`` seals it without validating it again; the province validates every line as always."""

    kind: Literal["registration", "drive", "audit", "exit"]
    data: dict[str, Any]  # JSON values only: str, int, bool, None, lists and dicts of them

    def dump(self) -> dict[str, Any]:
        return {"kind": self.kind, "data": self.data}


BatchRecord = Annotated[RegistrationLine | DriveLine | AuditLine | ExitLine, Field(discriminator="kind")]
RECORD_ADAPTER: TypeAdapter[BatchRecord] = TypeAdapter(BatchRecord)


def registration_record(reg: Registration, renews_coverage_from: date | None = None) -> RegistrationLine:
    """The batch line for one version of a domain registration (a renewal names the period it renews)."""
    fields = asdict(reg)
    fields.pop("rules_version")  # kept on the laptop; the batch format (docs/batch-format.md) is unchanged
    fields["programmes"] = list(reg.programmes)
    if renews_coverage_from is not None:
        fields["renews_coverage_from"] = renews_coverage_from
    return RegistrationLine.model_validate({"kind": "registration", "data": fields}, strict=False)


def registration_from_record(record: RegistrationRecord) -> Registration:
    """The domain registration a (province-side) reader rebuilds from a batch line."""
    data: dict[str, Any] = record.model_dump()
    data.pop("renews_coverage_from", None)
    data["heirs"] = [Heir(**h) for h in data["heirs"]]
    data["consent"] = Consent(**data["consent"])
    data["programmes"] = tuple(data["programmes"])
    return Registration(**data)


def drive_record(**fields: Any) -> DriveLine:
    return DriveLine.model_validate({"kind": "drive", "data": fields}, strict=False)


def audit_record(**fields: Any) -> AuditLine:
    return AuditLine.model_validate({"kind": "audit", "data": fields}, strict=False)


def exit_record(**fields: Any) -> ExitLine:
    return ExitLine.model_validate({"kind": "exit", "data": fields}, strict=False)


def as_record(value: Any) -> BatchRecord:
    """Accept a record model or a plain ``{"kind": ..., "data": {...}}`` mapping (lax, for writers)."""
    if isinstance(value, RegistrationLine | DriveLine | AuditLine | ExitLine):
        return value
    return RECORD_ADAPTER.validate_python(value, strict=False)
