"""BPJS Ketenagakerjaan's result per NIK (issue 21): ``bpjs_memberships``, written by ``bpjs-import``.
The column mapping of each result-file layout is a row of ``settings`` (``bpjs.layout.<hash>``).

Revision ID: p0004
Revises: p0003
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "p0004"
down_revision = "p0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bpjs_memberships",
        sa.Column("nik", sa.String(32), primary_key=True),
        sa.Column("registration_id", sa.String(36), nullable=False, index=True),
        sa.Column("outcome", sa.String(16), nullable=False, index=True),
        sa.Column("kpj", sa.String(32), nullable=True, index=True),
        sa.Column("effective_date", sa.Date, nullable=True),
        sa.Column("end_date", sa.Date, nullable=True),
        sa.Column("reason", sa.Text, nullable=True),
        sa.Column("file_sha256", sa.String(64), nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("bpjs_memberships")
