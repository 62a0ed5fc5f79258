"""The web console (issue 20): named accounts with roles, browser sessions, and the account on every
event. The shared admin token of the old ``/admin`` page is removed: the first admin is created at
``init`` or with ``pulut-province users add``.

Revision ID: p0003
Revises: p0002
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "p0003"
down_revision = "p0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("full_name", sa.String(120), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("totp_secret", sa.String(64), nullable=True),
        sa.Column("totp_last_step", sa.BigInteger, nullable=True),
        sa.Column("disabled", sa.Boolean, nullable=False),
        sa.Column("failed_logins", sa.Integer, nullable=False),
        sa.Column("locked_until", sa.DateTime, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("password_changed_at", sa.DateTime, nullable=False),
        sa.Column("last_login_at", sa.DateTime, nullable=True),
    )
    op.create_table(
        "console_sessions",
        sa.Column("token_sha256", sa.String(64), primary_key=True),
        sa.Column("account_id", sa.Integer, sa.ForeignKey("accounts.id"), nullable=False, index=True),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("last_seen_at", sa.DateTime, nullable=False),
        sa.Column("expires_at", sa.DateTime, nullable=False, index=True),
    )
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("account", sa.String(64), nullable=True))
        batch.create_index("ix_events_account", ["account"])
        batch.create_index("ix_events_action", ["action"])
    op.execute(sa.text("DELETE FROM settings WHERE key = 'admin_token_sha256'"))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_index("ix_events_action")
        batch.drop_index("ix_events_account")
        batch.drop_column("account")
    op.drop_table("console_sessions")
    op.drop_table("accounts")
