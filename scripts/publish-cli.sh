#!/usr/bin/env bash
# Publishes the learnware CLI the way it should be run: for this machine's runtime identifier, self-contained, with the
# framework and every dependency precompiled into one composite ReadyToRun image (the publish settings are in
# src/Learnware.Cli/Learnware.Cli.csproj), so that a fresh process spends its time on the command rather than in the JIT.
#     scripts/publish-cli.sh [OUT_DIR]      (default: artifacts/cli; the tool is OUT_DIR/learnware)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/cli}"
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)
[[ -n "$rid" ]] || { echo "publish-cli.sh: cannot tell this machine's runtime identifier from 'dotnet --info'" >&2; exit 1; }
dotnet publish src/Learnware.Cli -c Release -r "$rid" -o "$out" -nologo -v quiet
echo "$(cd "$out" && pwd)/learnware"
