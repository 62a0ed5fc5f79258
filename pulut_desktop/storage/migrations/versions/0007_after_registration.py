"""After registration (issue 21): a worker's death or exit (``worker_exits``), the coverage periods of
each registration (``coverage_periods``, written when a registration is renewed) and, on the renewal's
version, the start of the period it renews (``registrations.renews_coverage_from``).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "worker_exits",
        sa.Column("registration_id", sa.String(36), sa.ForeignKey("registrations.id"), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False, index=True),
        sa.Column("occurred_on", sa.Date, nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("document_reference", sa.String(64), nullable=True),
        sa.Column("officer", sa.String(40), nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("sent_version", sa.Integer, nullable=False, server_default="0"),
        sa.Column("claim_letter_at", sa.DateTime, nullable=True),
    )
    op.create_table(
        "coverage_periods",
        sa.Column("registration_id", sa.String(36), sa.ForeignKey("registrations.id"), primary_key=True),
        sa.Column("starts_on", sa.Date, primary_key=True),
        sa.Column("months", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
    )
    op.add_column("registrations", sa.Column("renews_coverage_from", sa.Date, nullable=True))


def downgrade() -> None:
    raise NotImplementedError("Pulut Desktop never downgrades a store; restore a backup instead.")
