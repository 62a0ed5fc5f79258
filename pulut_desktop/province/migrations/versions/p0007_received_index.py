"""An index on ``registration_versions.received_at``: the console's registrations-per-week chart counts
only the last weeks' rows instead of scanning every registration (issue 20).

Revision ID: p0007
Revises: p0006
Create Date: 2026-12-01
"""

from alembic import op

revision = "p0007"
down_revision = "p0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_registration_versions_received_at", "registration_versions", ["received_at"])


def downgrade() -> None:
    op.drop_index("ix_registration_versions_received_at", "registration_versions")
