"""Indexes that answer Beranda's and the field dashboard's counts without reading the table: per occupation,
per funding source (not counting duplicates and rejections), cards to print (status, print_count), BPJS
answers. At 200,000 registrations the field dashboard took 3.3 s and Beranda's counts 1.2 s of the worker
thread right after sign-in, every other load waiting behind them; 0.44 s and 0.05 s with these (issue 18).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_registrations_occupation_id": ["occupation_id"],
    "ix_registrations_funding_status": ["funding_source", "status"],
    "ix_registrations_status_print": ["status", "print_count"],
    "ix_registrations_bpjs_status": ["bpjs_status"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "registrations", columns)


def downgrade() -> None:
    raise NotImplementedError("Pulut Desktop never downgrades a store; restore a backup instead.")
