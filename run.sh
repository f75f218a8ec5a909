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
dotnet build src/Learnware.Cli -c Release --nologo -v quiet
dotnet src/Learnware.Cli/bin/Release/net10.0/learnware.dll --help
