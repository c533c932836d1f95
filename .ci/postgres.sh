#!/usr/bin/env bash
# CI: install and start a local PostgreSQL and create the newsfuse test database.
# Exports nothing: the caller sets NEWSFUSE_TEST_PG_URL (printed at the end) for the
# tests, which skip their PostgreSQL cases when it is unset.
set -euo pipefail
PG_USER="${NEWSFUSE_PG_USER:-newsfuse}"
PG_PASSWORD="${NEWSFUSE_PG_PASSWORD:-newsfuse}"
PG_DB="${NEWSFUSE_PG_DB:-newsfuse_test}"

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi

version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
  pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start 2>/dev/null || true   # already running is fine
for _ in $(seq 1 30); do
  pg_isready -q -h localhost && break
  sleep 1
done
pg_isready -h localhost

as_postgres() { su postgres -c "$1"; }
as_postgres "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = '$PG_USER'\"" | grep -q 1 \
  || as_postgres "psql -qc \"CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD'\""
as_postgres "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname = '$PG_DB'\"" | grep -q 1 \
  || as_postgres "createdb -O $PG_USER $PG_DB"
echo "postgresql://$PG_USER:$PG_PASSWORD@localhost:5432/$PG_DB"
