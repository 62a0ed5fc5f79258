"""Budget years (issue 20): the province opens a budget year and sets quotas per year, regency and
funding source; each stored registration version carries the budget year of its coverage start, its
regency and its funding source as columns, so the console counts accepted registrations in SQL.

Quotas set before this revision belong to the year they were last changed in.

Revision ID: p0005
Revises: p0004
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "p0005"
down_revision = "p0004"
branch_labels = None
depends_on = None


def _backfill_versions() -> None:
    if op.get_bind().dialect.name == "postgresql":
        source, start = "data->>'funding_source'", "data->>'coverage_start'"
    else:
        source, start = "json_extract(data, '$.funding_source')", "json_extract(data, '$.coverage_start')"
    op.execute(
        "UPDATE registration_versions SET regency_code = substr(village_code, 1, 5), "
        f"funding_source = {source}, budget_year = CAST(substr({start}, 1, 4) AS INTEGER)"
    )


def upgrade() -> None:
    op.create_table(
        "budget_years",
        sa.Column("year", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("opened_at", sa.DateTime, nullable=False),
        sa.Column("opened_by", sa.String(64), nullable=True),
        sa.Column("note", sa.Text, nullable=True),
    )
    old = sa.table(
        "quotas",
        sa.column("regency_code", sa.String),
        sa.column("funding_source", sa.String),
        sa.column("quota", sa.Integer),
        sa.column("updated_at", sa.DateTime),
    )
    rows = list(op.get_bind().execute(sa.select(old)).mappings())
    op.drop_table("quotas")
    quotas = op.create_table(
        "quotas",
        sa.Column("budget_year", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("regency_code", sa.String(8), primary_key=True),
        sa.Column("funding_source", sa.String(16), primary_key=True),
        sa.Column("quota", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    if rows:
        op.bulk_insert(quotas, [{**r, "budget_year": r["updated_at"].year} for r in rows])
        years = sorted({r["updated_at"].year for r in rows})
        op.bulk_insert(
            sa.table("budget_years", sa.column("year", sa.Integer), sa.column("opened_at", sa.DateTime),
                     sa.column("note", sa.Text)),
            [{"year": y, "opened_at": min(r["updated_at"] for r in rows if r["updated_at"].year == y),
              "note": "p0005"} for y in years],
        )  # fmt: skip
    with op.batch_alter_table("registration_versions") as batch:
        batch.add_column(sa.Column("regency_code", sa.String(8), nullable=True))
        batch.add_column(sa.Column("funding_source", sa.String(16), nullable=True))
        batch.add_column(sa.Column("budget_year", sa.Integer, nullable=True))
    _backfill_versions()
    op.create_index(
        "ix_registration_versions_quota",
        "registration_versions",
        ["status", "budget_year", "regency_code", "funding_source", "registration_id", "version"],
    )


def downgrade() -> None:
    op.drop_index("ix_registration_versions_quota", "registration_versions")
    with op.batch_alter_table("registration_versions") as batch:
        batch.drop_column("budget_year")
        batch.drop_column("funding_source")
        batch.drop_column("regency_code")
    op.drop_table("quotas")
    op.create_table(
        "quotas",
        sa.Column("regency_code", sa.String(8), primary_key=True),
        sa.Column("funding_source", sa.String(16), primary_key=True),
        sa.Column("quota", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.drop_table("budget_years")
