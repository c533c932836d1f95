"""Alembic migrations, shipped in the package and run by ``Store.open`` (see
``newsfuse.store.migrate``). Add a revision under ``versions/`` for every schema change."""
