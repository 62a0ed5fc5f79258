"""The online service: nonces, quotas, online device requests, review cases, and a person key on
registration versions (folded name + birth date) to find near-duplicates across devices.

Revision ID: p0002
Revises: p0001
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "p0002"
down_revision = "p0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "nonces",
        sa.Column("nonce", sa.String(64), primary_key=True),
        sa.Column("expires_at", sa.DateTime, nullable=False, index=True),
    )
    op.create_table(
        "quotas",
        sa.Column("regency_code", sa.String(8), primary_key=True),
        sa.Column("funding_source", sa.String(16), primary_key=True),
        sa.Column("quota", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "device_requests",
        sa.Column("request_id", sa.String(36), primary_key=True),
        sa.Column("device_code", sa.String(8), nullable=False, index=True),
        sa.Column("device_name", sa.String(64), nullable=False),
        sa.Column("regency_code", sa.String(8), nullable=False),
        sa.Column("training", sa.Boolean, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=True),
        sa.Column("received_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "review_cases",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("registration_id", sa.String(36), nullable=False, index=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("batch_id", sa.String(36), sa.ForeignKey("batches.id"), nullable=False, index=True),
        sa.Column("device_id", sa.String(36), sa.ForeignKey("devices.id"), nullable=False),
        sa.Column("other_registration_id", sa.String(36), nullable=False),
        sa.Column("reason", sa.String(40), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("decided_at", sa.DateTime, nullable=True),
        sa.Column("decided_by", sa.String(64), nullable=True),
        sa.Column("note", sa.Text, nullable=True),
        sa.UniqueConstraint("registration_id", "version", name="uq_review_cases_version"),
    )
    op.add_column("registration_versions", sa.Column("person_key", sa.String(64), nullable=True))
    op.create_index("ix_registration_versions_person_key", "registration_versions", ["person_key"])


def downgrade() -> None:
    op.drop_index("ix_registration_versions_person_key", "registration_versions")
    with op.batch_alter_table("registration_versions") as batch:
        batch.drop_column("person_key")
    for table in ("review_cases", "device_requests", "quotas", "nonces"):
        op.drop_table(table)
