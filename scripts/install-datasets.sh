#!/usr/bin/env bash
# Installs the public data sets of the learning-quality protocol from Debian packages. Safe to run repeatedly.
# The digits file lands in ${LEARNWARE_DATASETS:-/usr/local/share/learnware-dock/datasets}.
set -euo pipefail
fann=/usr/share/doc/libfann-dev/examples/datasets
datasets="${LEARNWARE_DATASETS:-/usr/local/share/learnware-dock/datasets}"
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }
apt_updated=0
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
if [ ! -f "$fann/thyroid.train" ]; then
  apt_install libfann-doc || echo "warning: could not install libfann-doc; the protocol's table data sets are missing" >&2
fi
if [ ! -f "$datasets/digits.csv.gz" ]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  if [ "$apt_updated" -eq 0 ]; then as_root apt-get update -qq || true; apt_updated=1; fi
  if (cd "$work" && apt-get download python3-sklearn >/dev/null 2>&1); then
    dpkg-deb --fsys-tarfile "$work"/python3-sklearn_*.deb \
      | tar -x -C "$work" ./usr/lib/python3/dist-packages/sklearn/datasets/data/digits.csv.gz
    as_root mkdir -p "$datasets"
    as_root install -m 644 "$work/usr/lib/python3/dist-packages/sklearn/datasets/data/digits.csv.gz" "$datasets/digits.csv.gz"
  else
    echo "warning: could not download python3-sklearn; the digits data set is missing" >&2
  fi
fi
