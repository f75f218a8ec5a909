#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK. Safe to run repeatedly.
set -euo pipefail
if ! command -v dotnet >/dev/null; then
  echo "error: the .NET SDK (dotnet) is required: https://dotnet.microsoft.com/download" >&2
  exit 2
fi
bash "$(dirname "$0")/setup-test-postgres.sh"
