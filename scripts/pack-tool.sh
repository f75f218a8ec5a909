#!/usr/bin/env bash
# Packs the learnware CLI as a .NET tool (package Learnware.Cli, command learnware) into OUT_DIR, and with --check
# installs it from there into a temporary tool path and runs `learnware --help`, as a user installing it would.
# The tool is RID-specific (ToolPackageRuntimeIdentifiers in src/Learnware.Cli/Learnware.Cli.csproj): Learnware.Cli
# points to Learnware.Cli.RID, which holds the self-contained composite ReadyToRun build that publish-cli.sh makes.
#     scripts/pack-tool.sh [--check] [OUT_DIR]      (default: artifacts/nupkg)
# Then, for good:
#     dotnet tool install --global --add-source artifacts/nupkg Learnware.Cli
set -euo pipefail
cd "$(dirname "$0")/.."
check=false
if [[ "${1:-}" == "--check" ]]; then
  check=true
  shift
fi
out="${1:-artifacts/nupkg}"
rm -f "$out"/Learnware.Cli.*.nupkg
dotnet pack src/Learnware.Cli -c Release -o "$out" -nologo -v quiet
ls -s --block-size=M "$out"/Learnware.Cli.*.nupkg
if $check; then
  tools=$(mktemp -d)
  trap 'rm -rf "$tools"' EXIT
  # A package cache of its own, so the check installs the package just made, not one cached under the same version.
  NUGET_PACKAGES="$tools/packages" dotnet tool install --tool-path "$tools/bin" --add-source "$out" Learnware.Cli
  help=$("$tools/bin/learnware" --help)
  for command in login upload search download market; do
    grep -q "^  $command" <<<"$help" || { echo "pack-tool.sh: the installed learnware lists no '$command' command" >&2; exit 1; }
  done
  echo "pack-tool.sh: the installed learnware tool runs"
fi
