"""Alembic environment of the province store: always run on a connection handed in by ``province.store``."""

from alembic import context

from pulut_desktop.province.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
