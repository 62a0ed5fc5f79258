"""BPJS Ketenagakerjaan's answer per registration, as the province's receipts bring it (issue 21).

``bpjs_status`` is ``enrolled`` (Terdaftar BPJS: ``kpj`` and the coverage dates) or ``rejected`` (BPJS's
reason in ``bpjs_reason``; the registration went back to the officer as needs_fix); ``bpjs_version`` is
the registration version BPJS answered about. Plain ``ADD COLUMN`` (nullable, no table rebuild), so a
store of 200,000 registrations migrates in a moment.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("registrations", sa.Column("bpjs_status", sa.String(16), nullable=True))
    op.add_column("registrations", sa.Column("kpj", sa.String(16), nullable=True))
    op.add_column("registrations", sa.Column("bpjs_effective_date", sa.Date, nullable=True))
    op.add_column("registrations", sa.Column("bpjs_end_date", sa.Date, nullable=True))
    op.add_column("registrations", sa.Column("bpjs_reason", sa.Text, nullable=True))
    op.add_column("registrations", sa.Column("bpjs_version", sa.Integer, nullable=True))


def downgrade() -> None:
    raise NotImplementedError("Pulut Desktop never downgrades a store; restore a backup instead.")
