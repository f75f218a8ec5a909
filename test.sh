#!/usr/bin/env bash
# Runs every test of the solution and ends with one line: "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/install-prereqs.sh
results="$PWD/artifacts/test-results"
rm -rf "$results"
status=0
dotnet test LearnwareDock.slnx -c Release --logger "trx" --results-directory "$results" "$@" || status=$?
bash scripts/count-tests.sh "$results"
exit $status
