"""Initial schema: device, officers, settings, counters, drives, registrations, audit, drafts.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.JSON()),
    )
    op.create_table(
        "device",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("regency_code", sa.String(8), nullable=False),
        sa.Column("code", sa.String(8), nullable=False, unique=True),
        sa.Column("public_key", sa.LargeBinary, nullable=False),
        sa.Column("private_key", sa.LargeBinary, nullable=False),
        sa.Column("training", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("enrolment", sa.JSON, nullable=True),
    )
    op.create_table(
        "officers",
        sa.Column("username", sa.String(40), primary_key=True),
        sa.Column("full_name", sa.String(100), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "counters",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("value", sa.Integer, nullable=False),
    )
    op.create_table(
        "drives",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("village_code", sa.String(16), nullable=False),
        sa.Column("held_on", sa.Date, nullable=False),
        sa.Column("place", sa.String(120), nullable=False),
        sa.Column("team", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("opened_by", sa.String(40), nullable=False),
        sa.Column("opened_at", sa.DateTime, nullable=False),
        sa.Column("closed_at", sa.DateTime, nullable=True),
    )
    op.create_table(
        "registrations",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("registration_number", sa.String(24), nullable=False, unique=True),
        sa.Column("nik", sa.String(16), nullable=False, index=True),
        sa.Column("kk_number", sa.String(16), nullable=True),
        sa.Column("full_name", sa.String(100), nullable=False, index=True),
        sa.Column("birth_place", sa.String(80), nullable=False),
        sa.Column("birth_date", sa.Date, nullable=True),
        sa.Column("sex", sa.String(1), nullable=True),
        sa.Column("mother_maiden_name", sa.String(100), nullable=True),
        sa.Column("address_line", sa.String(200), nullable=False),
        sa.Column("village_code", sa.String(16), nullable=False, index=True),
        sa.Column("phone", sa.String(20), nullable=True),
        sa.Column("occupation_id", sa.String(40), nullable=False),
        sa.Column("occupation_note", sa.String(100), nullable=True),
        sa.Column("has_disability", sa.Boolean, nullable=False),
        sa.Column("funding_source", sa.String(16), nullable=False),
        sa.Column("programmes", sa.String(32), nullable=False),
        sa.Column("coverage_start", sa.Date, nullable=True),
        sa.Column("coverage_months", sa.Integer, nullable=False),
        sa.Column("heirs", sa.JSON, nullable=False),
        sa.Column("consent", sa.JSON, nullable=False),
        sa.Column("drive_id", sa.String(36), sa.ForeignKey("drives.id"), nullable=True, index=True),
        sa.Column("officer", sa.String(40), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("status_reason", sa.Text, nullable=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("training", sa.Boolean, nullable=False),
        sa.Column("print_count", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False, index=True),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_registrations_birth_village", "registrations", ["birth_date", "village_code"])
    op.create_table(
        "audit_events",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("actor", sa.String(40), nullable=False),
        sa.Column("action", sa.String(40), nullable=False, index=True),
        sa.Column("entity_type", sa.String(24), nullable=False),
        sa.Column("entity_id", sa.String(36), nullable=True, index=True),
        sa.Column("details", sa.JSON, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "drafts",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("officer", sa.String(40), nullable=False, index=True),
        sa.Column("registration_id", sa.String(36), nullable=True),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("Pulut Desktop never downgrades a store; restore a backup instead.")
