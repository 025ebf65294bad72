"""Alembic environment. The app passes its own connection (see app/services/migrations.py); the
``alembic`` command line, used by developers for autogenerate, builds one from ``sqlalchemy.url``."""

from alembic import context
from sqlalchemy import create_engine

from app.models import Base

config = context.config
connection = config.attributes.get("connection")
own_connection = connection is None
if own_connection:
    connection = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://").connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    # The app's engine makes SQLite DDL transactional (explicit BEGIN, see app/services/db.py), so
    # a whole upgrade commits or rolls back as one.
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()

if own_connection:
    connection.commit()
    connection.close()
