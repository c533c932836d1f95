"""Alembic environment: runs on the connection ``newsfuse.store.migrate`` hands over
(``config.attributes["connection"]``); there is no alembic.ini and no URL here."""

from alembic import context

from newsfuse.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
