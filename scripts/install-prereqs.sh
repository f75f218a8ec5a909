#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK. Safe to run repeatedly.
set -euo pipefail
if ! command -v dotnet >/dev/null; then
  echo "error: the .NET SDK (dotnet) is required: https://dotnet.microsoft.com/download" >&2
  exit 2
fi
bash "$(dirname "$0")/setup-test-postgres.sh"

# Image specifications: the tests use Fashion-MNIST as Debian ships it (IDX files, gzip-compressed) under
# /usr/share/datasets/fashion-mnist.
if [ ! -f /usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dataset-fashion-mnist >/dev/null
  else
    echo "warning: Fashion-MNIST is missing; as root: apt-get install dataset-fashion-mnist" >&2
  fi
fi
