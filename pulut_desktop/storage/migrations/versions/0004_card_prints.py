"""Card print log: one row per enrollment card printed, with the reprint reason.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "card_prints",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("registration_id", sa.String(36), sa.ForeignKey("registrations.id"), nullable=False, index=True),
        sa.Column("job_id", sa.String(36), nullable=False, index=True),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("printed_at", sa.DateTime, nullable=False),
        sa.Column("officer", sa.String(40), nullable=False),
        sa.Column("layout", sa.String(8), nullable=False),
        sa.Column("card_status", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text, nullable=True),
    )


def downgrade() -> None:
    raise NotImplementedError("Pulut Desktop never downgrades a store; restore a backup instead.")
