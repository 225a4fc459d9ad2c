#!/usr/bin/env bash
# Installs what the extension's end-to-end test needs, when missing (see tools.sh): Debian's chromium,
# Node 24 and code-server from npm, into the cache folder.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
if ! e2e_install_tools; then
  echo "e2e tools: installation failed" >&2
  exit 1
fi
echo "e2e tools: chromium $("$E2E_CHROMIUM" --version 2>/dev/null | awk '{print $2}'), node $("$E2E_NODE" --version), code-server $E2E_CODE_SERVER_VERSION in $E2E_CACHE"
