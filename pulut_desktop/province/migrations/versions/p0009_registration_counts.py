"""Pre-aggregated registration counts (issue 20): ``registration_counts`` holds, per measure, how many
registrations count against each quota key, per regency and per week received, kept in the same
transaction by every write to ``registration_versions``; filled here from the rows already stored.

Revision ID: p0009
Revises: p0008
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = "p0009"
down_revision = "p0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "registration_counts",
        sa.Column("measure", sa.String(8), primary_key=True),
        sa.Column("budget_year", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("regency_code", sa.String(8), primary_key=True),
        sa.Column("funding_source", sa.String(16), primary_key=True),
        sa.Column("week", sa.String(10), primary_key=True),
        sa.Column("count", sa.BigInteger, nullable=False),
    )
    from pulut_desktop.province.counts import recount  # the one definition of what is counted

    recount(Session(bind=op.get_bind()))


def downgrade() -> None:
    op.drop_table("registration_counts")
