#!/usr/bin/env bash
# Runs every test of the solution and ends with one line: "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/install-prereqs.sh
# The market store's PostgreSQL tests use the local server and role that scripts/setup-test-postgres.sh set up,
# unless a server is named already. Without one they are skipped, except under CI=true, where they fail.
if [ -z "${LEARNWARE_TEST_POSTGRES:-}" ] && command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432; then
  export LEARNWARE_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=learnware_test;Password=learnware_test;Database=postgres"
fi
results="$PWD/artifacts/test-results"
rm -rf "$results"
status=0
dotnet test LearnwareDock.slnx -c Release --logger "trx" --results-directory "$results" "$@" || status=$?
bash scripts/count-tests.sh "$results"
exit $status
