"""After registration (issue 21): deaths and exits reported by laptops (``worker_exits``), and on each
stored registration version the start of the period it renews (``renews_coverage_from``, renewals only).

Revision ID: p0008
Revises: p0007
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "p0008"
down_revision = "p0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "worker_exits",
        sa.Column("registration_id", sa.String(36), primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("device_id", sa.String(36), sa.ForeignKey("devices.id"), nullable=False, index=True),
        sa.Column("batch_id", sa.String(36), sa.ForeignKey("batches.id"), nullable=False),
        sa.Column("registration_number", sa.String(64), nullable=True),
        sa.Column("regency_code", sa.String(8), nullable=True, index=True),
        sa.Column("kind", sa.String(16), nullable=False, index=True),
        sa.Column("occurred_on", sa.Date, nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("document_reference", sa.String(64), nullable=True),
        sa.Column("claim_letter_printed", sa.Boolean, nullable=False),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("code", sa.String(80), nullable=True),
        sa.Column("received_at", sa.DateTime, nullable=False),
    )
    op.add_column("registration_versions", sa.Column("renews_coverage_from", sa.Date, nullable=True))


def downgrade() -> None:
    op.drop_column("registration_versions", "renews_coverage_from")
    op.drop_table("worker_exits")
