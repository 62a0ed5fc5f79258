"""Typed SQLAlchemy models of the local store. Migrations in ``migrations/`` create these tables."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Setting(Base):
    """Settings that an officer must not change by editing a file (approval on/off, limits...)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class Device(Base):
    """This laptop: its name, its signing key, and (once enrolled) what the province told it."""

    __tablename__ = "device"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    regency_code: Mapped[str] = mapped_column(String(8))
    code: Mapped[str] = mapped_column(String(8), unique=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    private_key: Mapped[bytes] = mapped_column(LargeBinary)
    training: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    enrolment: Mapped[dict | None] = mapped_column(JSON, nullable=True)


class Officer(Base):
    __tablename__ = "officers"
    username: Mapped[str] = mapped_column(String(40), primary_key=True)
    full_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16))  # "officer" | "supervisor"
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Counter(Base):
    """Per-device sequences (registration numbers, batches), advanced inside the same transaction."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class Drive(Base):
    """A registration drive: a team at one village on one day."""

    __tablename__ = "drives"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    village_code: Mapped[str] = mapped_column(String(16))
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(120))
    team: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="open")
    opened_by: Mapped[str] = mapped_column(String(40))
    opened_at: Mapped[datetime] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class RegistrationRow(Base):
    __tablename__ = "registrations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    registration_number: Mapped[str] = mapped_column(String(24), unique=True)
    nik: Mapped[str] = mapped_column(String(16), index=True)
    kk_number: Mapped[str | None] = mapped_column(String(16), nullable=True)
    full_name: Mapped[str] = mapped_column(String(100), index=True)
    birth_place: Mapped[str] = mapped_column(String(80))
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    sex: Mapped[str | None] = mapped_column(String(1), nullable=True)
    mother_maiden_name: Mapped[str | None] = mapped_column(String(100), nullable=True)
    address_line: Mapped[str] = mapped_column(String(200))
    village_code: Mapped[str] = mapped_column(String(16), index=True)
    phone: Mapped[str | None] = mapped_column(String(20), nullable=True)
    occupation_id: Mapped[str] = mapped_column(String(40))
    occupation_note: Mapped[str | None] = mapped_column(String(100), nullable=True)
    has_disability: Mapped[bool] = mapped_column(Boolean, default=False)
    funding_source: Mapped[str] = mapped_column(String(16))
    programmes: Mapped[str] = mapped_column(String(32))
    coverage_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    coverage_months: Mapped[int] = mapped_column(Integer)
    heirs: Mapped[list] = mapped_column(JSON, default=list)
    consent: Mapped[dict] = mapped_column(JSON, default=dict)
    drive_id: Mapped[str | None] = mapped_column(ForeignKey("drives.id"), nullable=True, index=True)
    officer: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(16), index=True)
    status_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    version: Mapped[int] = mapped_column(Integer)
    training: Mapped[bool] = mapped_column(Boolean, default=False)
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    rules_version: Mapped[int] = mapped_column(Integer, default=0)  # programme rules it was checked under
    # 0007: on a renewal's version, the start of the coverage period it renews (sent with the batch)
    renews_coverage_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    # BPJS Ketenagakerjaan's answer from a receipt (0006): enrolled (KPJ, dates) or rejected (reason)
    bpjs_status: Mapped[str | None] = mapped_column(String(16), nullable=True)
    kpj: Mapped[str | None] = mapped_column(String(16), nullable=True)
    bpjs_effective_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    bpjs_end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    bpjs_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    bpjs_version: Mapped[int | None] = mapped_column(Integer, nullable=True)  # the version BPJS answered
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_registrations_birth_village", "birth_date", "village_code"),
        # 0008: the guard rails count unsent registrations and find the oldest from the index alone
        Index("ix_registrations_status_created", "status", "created_at"),
        # 0009: the dashboards' counts from indexes alone
        Index("ix_registrations_occupation_id", "occupation_id"),
        Index("ix_registrations_funding_status", "funding_source", "status"),
        Index("ix_registrations_status_print", "status", "print_count"),
        Index("ix_registrations_bpjs_status", "bpjs_status"),
    )


class AuditEvent(Base):
    """Append-only, hash-chained: ``hash = SHA-256(canonical(event fields + prev_hash))``."""

    __tablename__ = "audit_events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(40), index=True)
    entity_type: Mapped[str] = mapped_column(String(24))
    entity_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Draft(Base):
    """The form as it was being typed, autosaved, so a crash loses nothing. Encrypted like the rest."""

    __tablename__ = "drafts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    officer: Mapped[str] = mapped_column(String(40), index=True)
    registration_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    payload: Mapped[dict] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class BatchRow(Base):
    """A batch this laptop exported (migration 0003). ``file_bytes`` is the exact file, kept until the
    province acknowledges it so a lost stick can be replaced by the same bytes.

    ``status``: ``pending`` (sequence taken, not yet written to any stick), ``sent`` (written and read
    back), ``acknowledged`` (a valid receipt applied) or ``refused`` (the province refused the batch).
    """

    __tablename__ = "batches"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, unique=True)
    device_id: Mapped[str] = mapped_column(String(36))
    file_sha256: Mapped[str] = mapped_column(String(64))
    file_bytes: Mapped[bytes] = mapped_column(LargeBinary)
    registrations: Mapped[list] = mapped_column(JSON)  # [[registration id, version sent], ...]
    drives: Mapped[list] = mapped_column(JSON)  # ["<drive id>:<version>", ...]
    audit_through: Mapped[int] = mapped_column(Integer)  # highest audit seq carried so far
    record_count: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    receipt_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    receipt_bytes: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    error_code: Mapped[str | None] = mapped_column(String(80), nullable=True)
    error_message: Mapped[str | None] = mapped_column(Text, nullable=True)


class ReceiptOutcome(Base):
    """The province's answer for one registration version (accepted, duplicate, rejected, held)."""

    __tablename__ = "receipt_outcomes"
    registration_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[str] = mapped_column(ForeignKey("batches.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    code: Mapped[str | None] = mapped_column(String(80), nullable=True)
    message: Mapped[str | None] = mapped_column(Text, nullable=True)
    existing_registration_number: Mapped[str | None] = mapped_column(String(64), nullable=True)
    answered_at: Mapped[datetime] = mapped_column(DateTime)


class CardPrint(Base):
    """One enrollment card printed (migration 0004): who printed it, when, how, and why if a reprint.

    Rows of one PDF share ``job_id``. ``number`` is the registration's print count after this print
    (1 for the first card); every row with ``number > 1`` has a ``reason``.
    """

    __tablename__ = "card_prints"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    registration_id: Mapped[str] = mapped_column(ForeignKey("registrations.id"), index=True)
    job_id: Mapped[str] = mapped_column(String(36), index=True)
    number: Mapped[int] = mapped_column(Integer)
    printed_at: Mapped[datetime] = mapped_column(DateTime)
    officer: Mapped[str] = mapped_column(String(40))
    layout: Mapped[str] = mapped_column(String(8))  # "card" | "a4"
    card_status: Mapped[str] = mapped_column(String(16))  # "PROVISIONAL" | "VALID", as printed
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class WorkerExitRow(Base):
    """A worker's death or exit (migration 0007), one row per registration, corrected in place.

    ``version`` rises with every correction and with the claim-help letter; ``sent_version`` is the
    version sealed into a batch, so a row whose version is higher travels in the next batch.
    """

    __tablename__ = "worker_exits"
    registration_id: Mapped[str] = mapped_column(ForeignKey("registrations.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    occurred_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(16))
    document_reference: Mapped[str | None] = mapped_column(String(64), nullable=True)
    officer: Mapped[str] = mapped_column(String(40))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    sent_version: Mapped[int] = mapped_column(Integer, default=0)
    claim_letter_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class CoveragePeriod(Base):
    """One coverage period of a registration (migration 0007): the one it was registered with and each
    renewal. Written when a registration is renewed; a registration never renewed has only the period
    on its own row."""

    __tablename__ = "coverage_periods"
    registration_id: Mapped[str] = mapped_column(ForeignKey("registrations.id"), primary_key=True)
    starts_on: Mapped[date] = mapped_column(Date, primary_key=True)
    months: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # "registered" | "renewal"
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
