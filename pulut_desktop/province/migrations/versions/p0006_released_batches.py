"""Held batches released by a reviewer (issue 20): the released batch is stored as itself, beside the
batch that already used its sequence, and marked ``released_from_hold``. ``(device_id, sequence)`` stays
unique among the batches taken in the normal flow (a partial unique index), so an import can still
never store two files under one sequence by itself.

Revision ID: p0006
Revises: p0005
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "p0006"
down_revision = "p0005"
branch_labels = None
depends_on = None

NORMAL = sa.text("released_from_hold = false")


def upgrade() -> None:
    with op.batch_alter_table("batches") as batch:
        batch.add_column(sa.Column("released_from_hold", sa.Boolean, nullable=False, server_default=sa.false()))
        batch.drop_constraint("uq_batches_device_sequence", type_="unique")
    op.create_index(
        "uq_batches_device_sequence",
        "batches",
        ["device_id", "sequence"],
        unique=True,
        sqlite_where=NORMAL,
        postgresql_where=NORMAL,
    )


def downgrade() -> None:
    # Fails (the unique constraint cannot be made) while a released batch shares a sequence: such a store
    # cannot go back without losing what the reviewer released.
    op.drop_index("uq_batches_device_sequence", "batches")
    with op.batch_alter_table("batches") as batch:
        batch.drop_column("released_from_hold")
        batch.create_unique_constraint("uq_batches_device_sequence", ["device_id", "sequence"])
