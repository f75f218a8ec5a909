#!/usr/bin/env bash
# Starts the dock server: seeded with the sample learnwares on its first start, at http://127.0.0.1:5080 (see README).
#   ./run.sh              the dock (data in $LEARNWARE_DOCK_DATA, default ~/.learnware-dock/dock); Ctrl+C stops it
#   ./run.sh --demo [DIR] the local CLI loop instead: spec, pack, check, a local market search, reuse (scripts/demo.sh)
# Other arguments go to the server, e.g. ./run.sh --urls http://127.0.0.1:6000 --no-seed
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v dotnet >/dev/null; then
  echo "error: the .NET SDK (dotnet) is required: https://dotnet.microsoft.com/download" >&2
  exit 2
fi
if [[ "${1:-}" == "--demo" ]]; then
  shift
  exec bash scripts/demo.sh "$@"
fi
dotnet build src/Learnware.Server -c Release --nologo -v quiet
echo "Learnware Dock: open http://127.0.0.1:5080/ (API reference at /scalar/v1; unless --urls says otherwise)"
# With a desktop, the browser opens the dock once it has had a moment to start listening.
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]] && command -v xdg-open >/dev/null && [[ " $* " != *" --urls "* ]]; then
  (sleep 4 && xdg-open http://127.0.0.1:5080/ >/dev/null 2>&1) &
fi
exec dotnet src/Learnware.Server/bin/Release/net10.0/learnware-dock.dll "$@"
