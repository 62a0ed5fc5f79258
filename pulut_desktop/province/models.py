"""The province store's tables. Portable types only (SQLite for a pilot, PostgreSQL later).

Idempotency lives in the keys: a batch once by id and by ``(device_id, sequence)``, a registration
version once by ``(registration_id, version)``, a NIK held by one registration (``nik_holders``).
Concurrent importers (issue 6) race on these constraints; the loser retries and finds the row.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class ProvinceKey(Base):
    """A province key pair; the private key is PKCS#8, encrypted with the admin's passphrase."""

    __tablename__ = "province_keys"
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "encryption" (X25519) | "signing" (Ed25519)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    private_key_pem: Mapped[bytes] = mapped_column(LargeBinary)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class Device(Base):
    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    name: Mapped[str] = mapped_column(String(64))
    regency_code: Mapped[str] = mapped_column(String(8))
    training: Mapped[bool] = mapped_column(Boolean)
    request_id: Mapped[str] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(16))  # "active" | "revoked"
    enrolment: Mapped[bytes] = mapped_column(LargeBinary)  # the signed file, to hand out again
    enrolled_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    revoked_reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class Batch(Base):
    __tablename__ = "batches"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), index=True)
    sequence: Mapped[int] = mapped_column(BigInteger)
    file_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    record_count: Mapped[int] = mapped_column(Integer)
    training: Mapped[bool] = mapped_column(Boolean)
    header: Mapped[dict] = mapped_column(JSON)
    outcome: Mapped[str] = mapped_column(String(16))  # "processed" | "rejected"
    error_code: Mapped[str | None] = mapped_column(String(80), nullable=True)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    receipt: Mapped[bytes] = mapped_column(LargeBinary)  # returned byte for byte on re-delivery
    receipt_id: Mapped[str] = mapped_column(String(36), unique=True)
    # p0006: a held batch a reviewer released, stored beside the batch that already had its sequence
    released_from_hold: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    __table_args__ = (
        Index("uq_batches_device_sequence", "device_id", "sequence", unique=True,
              sqlite_where=text("released_from_hold = false"), postgresql_where=text("released_from_hold = false")),
    )  # fmt: skip


class BatchFile(Base):
    """The batch as received (signed evidence of what the device sent)."""

    __tablename__ = "batch_files"
    batch_id: Mapped[str] = mapped_column(ForeignKey("batches.id"), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class RegistrationVersion(Base):
    __tablename__ = "registration_versions"
    registration_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[str] = mapped_column(ForeignKey("batches.id"), index=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), index=True)
    registration_number: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    nik: Mapped[str] = mapped_column(String(32), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    village_code: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(20), index=True)  # accepted|duplicate|rejected|held_for_review
    code: Mapped[str | None] = mapped_column(String(80), nullable=True)
    message: Mapped[str | None] = mapped_column(Text, nullable=True)
    existing_registration_number: Mapped[str | None] = mapped_column(String(64), nullable=True)
    data: Mapped[dict] = mapped_column(JSON)
    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)  # p0007
    person_key: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)  # p0002
    # p0005: what the quotas count by, as columns (SQL aggregates, no JSON parsing per row)
    regency_code: Mapped[str | None] = mapped_column(String(8), nullable=True)
    funding_source: Mapped[str | None] = mapped_column(String(16), nullable=True)
    budget_year: Mapped[int | None] = mapped_column(Integer, nullable=True)  # year of the coverage start
    renews_coverage_from: Mapped[date | None] = mapped_column(Date, nullable=True)  # p0008: a renewal's

    __table_args__ = (
        Index("ix_registration_versions_quota", "status", "budget_year", "regency_code", "funding_source",
              "registration_id", "version"),
    )  # fmt: skip


class NikHolder(Base):
    """The first accepted registration for a NIK holds it; later ones from elsewhere are duplicates."""

    __tablename__ = "nik_holders"
    nik: Mapped[str] = mapped_column(String(32), primary_key=True)
    registration_id: Mapped[str] = mapped_column(String(36), index=True)
    registration_number: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    since: Mapped[datetime] = mapped_column(DateTime)


class DriveVersion(Base):
    __tablename__ = "drive_versions"
    drive_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    batch_id: Mapped[str] = mapped_column(ForeignKey("batches.id"))
    data: Mapped[dict] = mapped_column(JSON)


class DeviceAuditEvent(Base):
    __tablename__ = "device_audit_events"
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    batch_id: Mapped[str] = mapped_column(ForeignKey("batches.id"))
    data: Mapped[dict] = mapped_column(JSON)


class HeldBatch(Base):
    """A batch an administrator must look at: its sequence (or id) was already used by other bytes."""

    __tablename__ = "held_batches"
    file_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    sequence: Mapped[int] = mapped_column(BigInteger)
    batch_id: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(String(80))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[datetime] = mapped_column(DateTime)


class Event(Base):
    """The province's own log of administrative actions (init, approve, revoke, import)."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    action: Mapped[str] = mapped_column(String(40), index=True)
    subject: Mapped[str | None] = mapped_column(String(64), nullable=True)
    details: Mapped[dict] = mapped_column(JSON)
    account: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)  # p0003: who did it


# --- issue 6: the online service (migration p0002) ---


class Nonce(Base):
    """A server-issued, single-use challenge for device request signatures (replay protection without
    trusting the laptop clock). Deleted when used or expired."""

    __tablename__ = "nonces"
    nonce: Mapped[str] = mapped_column(String(64), primary_key=True)
    expires_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class Quota(Base):
    __tablename__ = "quotas"
    budget_year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)  # p0005
    regency_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    funding_source: Mapped[str] = mapped_column(String(16), primary_key=True)
    quota: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class BudgetYear(Base):
    """A budget year the province has opened (p0005): its quotas count registrations whose coverage
    starts in that year."""

    __tablename__ = "budget_years"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    opened_at: Mapped[datetime] = mapped_column(DateTime)
    opened_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class DeviceRequestRow(Base):
    """A device request posted online, waiting for an administrator (``devices approve REQUEST_ID``)."""

    __tablename__ = "device_requests"
    request_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_code: Mapped[str] = mapped_column(String(8), index=True)
    device_name: Mapped[str] = mapped_column(String(64))
    regency_code: Mapped[str] = mapped_column(String(8))
    training: Mapped[bool] = mapped_column(Boolean)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(16))  # pending | approved | refused
    device_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    received_at: Mapped[datetime] = mapped_column(DateTime)


class ReviewCase(Base):
    """A registration version held for review: a near-duplicate of another device's registration."""

    __tablename__ = "review_cases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    registration_id: Mapped[str] = mapped_column(String(36), index=True)
    version: Mapped[int] = mapped_column(Integer)
    batch_id: Mapped[str] = mapped_column(ForeignKey("batches.id"), index=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    other_registration_id: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(16), index=True)  # open | accepted | rejected
    created_at: Mapped[datetime] = mapped_column(DateTime)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (UniqueConstraint("registration_id", "version", name="uq_review_cases_version"),)


# --- issue 20: the web console's accounts and sessions (migration p0003) ---


class Account(Base):
    """A named console account. ``password_hash`` is an Argon2id PHC string; ``totp_secret`` (base32) is
    the optional second factor. Failed logins lock the account for a while (``locked_until``)."""

    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))  # admin | reviewer | viewer
    password_hash: Mapped[str] = mapped_column(String(255))
    totp_secret: Mapped[str | None] = mapped_column(String(64), nullable=True)
    totp_last_step: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    password_changed_at: Mapped[datetime] = mapped_column(DateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class ConsoleSession(Base):
    """A signed-in browser. Only the SHA-256 of the cookie value is kept; ``csrf`` is the form token."""

    __tablename__ = "console_sessions"
    token_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime, index=True)


# --- issue 21: BPJS Ketenagakerjaan's result per NIK (migration p0004) ---


class BpjsMembership(Base):
    """What BPJS answered for a NIK of an accepted registration: enrolled with a KPJ number and its
    coverage dates, or rejected with BPJS's reason. Written only by ``bpjs-import`` (all or nothing)."""

    __tablename__ = "bpjs_memberships"
    nik: Mapped[str] = mapped_column(String(32), primary_key=True)
    registration_id: Mapped[str] = mapped_column(String(36), index=True)
    # The latest accepted version when the answer was imported: the one BPJS answered (p0010). A later
    # version (a correction of what BPJS refused) is not answered by it. None: imported before p0010.
    registration_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    outcome: Mapped[str] = mapped_column(String(16), index=True)  # enrolled | rejected
    kpj: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    effective_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    file_sha256: Mapped[str] = mapped_column(String(64))  # the file the current answer came from
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class WorkerExit(Base):
    """A worker's death or exit reported by the device that registered them (p0008), latest version.

    ``status`` is ``recorded`` or ``refused`` (with ``code``: the registration is not this device's, not
    accepted, or the date breaks the rules); a later version from the device replaces it.
    """

    __tablename__ = "worker_exits"
    registration_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), index=True)
    batch_id: Mapped[str] = mapped_column(ForeignKey("batches.id"))
    registration_number: Mapped[str | None] = mapped_column(String(64), nullable=True)
    regency_code: Mapped[str | None] = mapped_column(String(8), nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    occurred_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(16))
    document_reference: Mapped[str | None] = mapped_column(String(64), nullable=True)
    claim_letter_printed: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), index=True)  # recorded | refused
    code: Mapped[str | None] = mapped_column(String(80), nullable=True)
    received_at: Mapped[datetime] = mapped_column(DateTime)


class RegistrationCount(Base):
    """p0009: registrations counted per measure and key, kept by :mod:`..counts` (key columns a
    measure does not use hold 0 or '')."""

    __tablename__ = "registration_counts"
    measure: Mapped[str] = mapped_column(String(8), primary_key=True)  # quota | regency | week
    budget_year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    regency_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    funding_source: Mapped[str] = mapped_column(String(16), primary_key=True)
    week: Mapped[str] = mapped_column(String(10), primary_key=True)  # the Monday, YYYY-MM-DD
    count: Mapped[int] = mapped_column(BigInteger)
