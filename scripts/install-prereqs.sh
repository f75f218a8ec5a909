#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK. Safe to run repeatedly.
set -euo pipefail
if ! command -v dotnet >/dev/null; then
  echo "error: the .NET SDK (dotnet) is required: https://dotnet.microsoft.com/download" >&2
  exit 2
fi
bash "$(dirname "$0")/setup-test-postgres.sh"

# Image specifications: the tests use Fashion-MNIST as Debian ships it (IDX files, gzip-compressed) under
# /usr/share/datasets/fashion-mnist, and SkiaSharp's native library (PNG/JPEG decoding) needs libfontconfig1.
image_packages=()
[ -f /usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz ] || image_packages+=(dataset-fashion-mnist)
ldconfig -p 2>/dev/null | grep -q 'libfontconfig\.so\.1' || image_packages+=(libfontconfig1)
if [ ${#image_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${image_packages[@]}" >/dev/null
  else
    echo "warning: missing ${image_packages[*]}; as root: apt-get install ${image_packages[*]}" >&2
  fi
fi

# Public data sets for the learning-quality protocol (bench `protocol`) and the reuse tests on real data.
# libfann-doc ships the PROBEN1 and DELVE files (thyroid, census-house, ...) under /usr/share/doc/libfann-dev.
# The handwritten digits (8x8 pixels, 64 features) come from python3-sklearn's data folder; only that one file is
# taken from the package, so that no Python stack is installed for it.
bash "$(dirname "$0")/install-datasets.sh"

# Text learnwares: the tests and the text-spec benchmark use the categories of Debian's fortunes package
# (/usr/share/games/fortunes) as a text corpus.
if [ ! -f /usr/share/games/fortunes/startrek ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fortunes >/dev/null; }; then
      echo "error: could not install Debian's fortunes package with apt-get" >&2
      exit 1
    fi
  else
    echo "warning: Debian's fortunes package is missing and cannot be installed here (run as root: apt-get install fortunes); the text tests will fail" >&2
  fi
fi

# Browser tests (tests/Learnware.Web.Tests: the web UI and the in-browser specifications): Selenium drives Debian's headless chromium through Debian's chromedriver (/usr/bin/chromium,
# /usr/bin/chromedriver); nothing downloads a browser at run time, so without these the tests fail.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-dejavu-core >/dev/null; }; then
      echo "error: could not install Debian's chromium and chromium-driver packages with apt-get" >&2
      exit 1
    fi
  else
    echo "warning: chromium or chromium-driver is missing and cannot be installed here (run as root: apt-get install chromium chromium-driver); the browser tests will fail" >&2
  fi
fi
