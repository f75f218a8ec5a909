#!/usr/bin/env bash
# Builds the learnware CLI and runs the local demo (see README).
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v dotnet >/dev/null; then
  echo "error: the .NET SDK (dotnet) is required: https://dotnet.microsoft.com/download" >&2
  exit 2
fi
if [[ -f scripts/demo.sh ]]; then
  exec bash scripts/demo.sh "$@"
fi
"$(bash scripts/publish-cli.sh | tail -n 1)" --help
