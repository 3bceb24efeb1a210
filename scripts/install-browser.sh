#!/usr/bin/env bash
# Installs Debian's chromium for the end-to-end browser test, unless it is already there.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "install-browser: chromium is missing and this user cannot apt-get install it; the browser test will be skipped" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq chromium >/dev/null
echo "install-browser: installed $(chromium --version 2>/dev/null || echo chromium)"
