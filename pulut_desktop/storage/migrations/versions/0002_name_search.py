"""Name search: an FTS5 trigram index over registration names, kept in step by triggers.

A name fragment ("siti", "rahm") matches anywhere in the name without a full table scan.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE registration_names USING fts5("
        "full_name, content='registrations', content_rowid='rowid', tokenize='trigram')"
    )
    op.execute(
        "CREATE TRIGGER registrations_names_ai AFTER INSERT ON registrations BEGIN "
        "INSERT INTO registration_names(rowid, full_name) VALUES (new.rowid, new.full_name); END"
    )
    op.execute(
        "CREATE TRIGGER registrations_names_ad AFTER DELETE ON registrations BEGIN "
        "INSERT INTO registration_names(registration_names, rowid, full_name) "
        "VALUES ('delete', old.rowid, old.full_name); END"
    )
    op.execute(
        "CREATE TRIGGER registrations_names_au AFTER UPDATE OF full_name ON registrations BEGIN "
        "INSERT INTO registration_names(registration_names, rowid, full_name) "
        "VALUES ('delete', old.rowid, old.full_name); "
        "INSERT INTO registration_names(rowid, full_name) VALUES (new.rowid, new.full_name); END"
    )
    op.execute("INSERT INTO registration_names(registration_names) VALUES ('rebuild')")


def downgrade() -> None:
    raise NotImplementedError("Pulut Desktop never downgrades a store; restore a backup instead.")
