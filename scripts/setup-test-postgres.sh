#!/usr/bin/env bash
# Gives the market store's tests a local PostgreSQL server: installs it from Debian when missing, starts the
# cluster, and creates the role the tests connect as; test.sh hands the tests a connection string for that role.
# Safe to run repeatedly; quiet unless something fails.
set -euo pipefail
# A role of its own rather than the postgres superuser's password: a developer's existing server keeps its set-up.
# Kept in step with LEARNWARE_TEST_POSTGRES in test.sh.
role=learnware_test
password=learnware_test

if [ "$(id -u)" -ne 0 ]; then
  if command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432; then
    exit 0
  fi
  echo "note: not root, so PostgreSQL is not set up here; the PostgreSQL tests need LEARNWARE_TEST_POSTGRES" >&2
  [ "${CI:-}" = "true" ] && exit 1
  exit 0
fi

if ! command -v pg_lsclusters >/dev/null || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  log="$(mktemp)"
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql; } \
      >"$log" 2>&1; then
    cat "$log" >&2
    echo "error: could not install PostgreSQL with apt-get" >&2
    exit 1
  fi
  rm -f "$log"
fi

# The newest installed server version; the Debian package creates its "main" cluster on port 5432.
version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { found = 1 } END { exit !found }'; then
  pg_createcluster --port 5432 "$version" main >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online" { found = 1 } END { exit !found }'; then
  pg_ctlcluster "$version" main start >/dev/null
fi

# Listening on localhost (the Debian default) with password logins over TCP; the role may create the tests' databases.
(cd / && runuser -u postgres -- psql --cluster "$version/main" -q -X -v ON_ERROR_STOP=1 -v role="$role" -v password="$password" >/dev/null) <<'SQL'
SELECT format('CREATE ROLE %I LOGIN CREATEDB', :'role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN CREATEDB PASSWORD %L', :'role', :'password') \gexec
SQL
