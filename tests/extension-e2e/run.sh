#!/usr/bin/env bash
# The extension's end-to-end test in a real VS Code (code-server + Debian's chromium + playwright-core):
# installs the tools when missing (tools.sh), builds the linux-x64 platform VSIX (self-contained server, no .NET
# needed) with extension/scripts/package.mjs, then runs e2e.test.mjs with no dotnet on code-server's PATH. Reports its counts as "extension-e2e" to tests/run-all.sh (CLAWDEV_REPORT).
# Screenshots (of a failed step, and of each step's result) and code-server's logs go to
# artifacts/extension-e2e/.
#   bash tests/extension-e2e/run.sh
#   CLAWDEV_E2E_VSIX=path/to.vsix bash tests/extension-e2e/run.sh    test that VSIX, build nothing
set -uo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo" || exit 2
export CLAWDEV_REPORT=${CLAWDEV_REPORT:-/dev/null}
source tests/runners/report.sh
source extension/test/node-tests.sh
source tests/extension-e2e/tools.sh
label=extension-e2e

if ! e2e_install_tools; then
  report_not_run "$label" "could not install the e2e tools (chromium, Node 24, code-server)"
  exit 1
fi
if ! ensure_node_modules; then
  report_not_run "$label" "npm ci failed"
  exit 1
fi
vsix=${CLAWDEV_E2E_VSIX:-}
if [ -z "$vsix" ]; then
  vsix=$repo/artifacts/vsix/clawdev-linux-x64.vsix
  rm -f "$vsix"
  if ! node extension/scripts/package.mjs linux-x64; then
    report_not_run "$label" "building the linux-x64 VSIX failed"
    exit 1
  fi
fi

CLAWDEV_E2E_VSIX=$(realpath "$vsix") \
CLAWDEV_E2E_NODE=$E2E_NODE \
CLAWDEV_E2E_CODE_SERVER=$E2E_CODE_SERVER_ENTRY \
CLAWDEV_E2E_CHROMIUM=$E2E_CHROMIUM \
  run_node_tests "$label" tests/extension-e2e/e2e.test.mjs
