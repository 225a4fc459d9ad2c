#!/usr/bin/env bash
# The extension's unit tests: node's test runner over the compiled TypeScript, no VS Code needed.
# Reports its counts as "extension-unit" to tests/run-all.sh (CLAWDEV_REPORT).
#   bash extension/test/run-unit-tests.sh
set -uo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo" || exit 2
export CLAWDEV_REPORT=${CLAWDEV_REPORT:-/dev/null}
source tests/runners/report.sh
source extension/test/node-tests.sh
label=extension-unit

if ! ensure_node_modules; then
  report_not_run "$label" "npm ci failed"
  exit 1
fi
rm -rf extension/out
if ! npx --no-install tsc -p extension; then
  report_not_run "$label" "the extension's TypeScript does not compile"
  exit 1
fi
run_node_tests "$label" extension/out/test/unit/*.test.js
