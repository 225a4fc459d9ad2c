# Sourced by the extension's test runners (unit and end-to-end), from the repository root, after
# tests/runners/report.sh.

# Makes node_modules match package-lock.json: `npm ci` when it is missing or older than the lock file.
ensure_node_modules() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "installing npm packages (npm ci)"
    npm ci --no-audit --no-fund || return 1
  fi
}

# run_node_tests LABEL FILE...: runs node's test runner on the files (spec output on stdout), then reports
# the counts under LABEL and each failed test by name. Returns the runner's exit code.
run_node_tests() {
  local label=$1
  shift
  local tap status
  tap=$(mktemp "${TMPDIR:-/tmp}/clawdev-node-tests.XXXXXX")
  node --test --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$tap" "$@"
  status=$?
  local passed failed skipped todo cancelled
  passed=$(sed -nE 's/^# pass ([0-9]+)$/\1/p' "$tap" | tail -1)
  failed=$(sed -nE 's/^# fail ([0-9]+)$/\1/p' "$tap" | tail -1)
  skipped=$(sed -nE 's/^# skipped ([0-9]+)$/\1/p' "$tap" | tail -1)
  todo=$(sed -nE 's/^# todo ([0-9]+)$/\1/p' "$tap" | tail -1)
  cancelled=$(sed -nE 's/^# cancelled ([0-9]+)$/\1/p' "$tap" | tail -1)
  if [ -z "$passed" ]; then
    report_not_run "$label" "node --test reported no results (exit code $status)"
    rm -f "$tap"
    return 1
  fi
  report_counts "$label" "$passed" "$((failed + cancelled))" "$((skipped + todo))"
  # TAP's "not ok N - name" lines name the failed tests (subtests are indented).
  sed -nE 's/^ *not ok [0-9]+ - (.*)$/\1/p' "$tap" | while IFS= read -r name; do
    report_failure "$label" "$name"
  done
  rm -f "$tap"
  return "$status"
}
