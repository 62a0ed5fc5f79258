"""``bpjs_memberships.registration_version``: the registration version a BPJS answer is about (the latest
accepted one when the answer was imported). The receipts compared the answer's import time with each
version's arrival, to the second: a correction that arrived in the same second as BPJS's refusal was sent back
to the laptop as refused again. Answers already stored get the version the time rule gave them.

Revision ID: p0010
Revises: p0009
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "p0010"
down_revision = "p0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("bpjs_memberships") as batch:
        batch.add_column(sa.Column("registration_version", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE bpjs_memberships SET registration_version = ("
        " SELECT max(v.version) FROM registration_versions v"
        " WHERE v.registration_id = bpjs_memberships.registration_id AND v.status = 'accepted'"
        " AND v.nik = bpjs_memberships.nik AND v.received_at <= bpjs_memberships.updated_at)"
    )


def downgrade() -> None:
    with op.batch_alter_table("bpjs_memberships") as batch:
        batch.drop_column("registration_version")
