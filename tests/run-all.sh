#!/usr/bin/env bash
# The one test command: runs every test suite, prints a summary, and closes with the line
# "N passed, N failed" summed over all suites. Exits non-zero when a test failed, a test was skipped
# (the team rule is that no test is skipped), or a suite did not run.
#
#   bash tests/run-all.sh              every suite
#   bash tests/run-all.sh dotnet ...   only the named suites
#
# Needs the .NET SDK, Debian's pre-commit (the install suite) and Node (the extension's suites). Adding a
# suite is one line in SUITES: a name and the command that runs it from the repository root. The command
# reports its counts with the helpers in tests/runners/report.sh; its own output goes to the log unchanged.
set -uo pipefail

SUITES=(
  "dotnet|bash tests/runners/dotnet.sh"
  "install|bash tests/install/run.sh"
  "extension-unit|bash extension/test/run-unit-tests.sh"
  "extension-e2e|bash tests/extension-e2e/run.sh"
)

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo" || exit 2
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

report=$(mktemp "${TMPDIR:-/tmp}/clawdev-tests.XXXXXX")
trap 'rm -f "$report"' EXIT
export CLAWDEV_REPORT="$report"
source tests/runners/report.sh

known=" ${SUITES[*]%%|*} "
for requested in "$@"; do
  if [[ "$known" != *" $requested "* ]]; then
    echo "run-all: no suite named $requested (suites:${known% })" >&2
    exit 2
  fi
done

wanted=" $* "
for suite in "${SUITES[@]}"; do
  name=${suite%%|*}
  command=${suite#*|}
  if [ $# -gt 0 ] && [[ "$wanted" != *" $name "* ]]; then
    continue
  fi

  echo "=== suite $name: $command"
  lines_before=$(wc -l <"$report")
  bash -c "$command"
  status=$?
  reported=$(tail -n +"$((lines_before + 1))" "$report")
  if ! grep -q '^counts' <<<"$reported"; then
    report_not_run "$name" "did not run (exit code $status, no results reported)"
  elif [ "$status" -ne 0 ] && ! awk -F'\t' '$1 == "counts" && $4 > 0 { found = 1 } END { exit !found }' <<<"$reported"; then
    # The runner failed in a way its counts do not show (e.g. one project did not build).
    report_not_run "$name" "exited with code $status although its reported tests passed"
  fi
done

echo
echo "=== summary"
awk -F'\t' '
  $1 == "counts" {
    printf "  %-40s %7d passed %7d failed %7d skipped\n", $2, $3, $4, $5
    passed += $3; failed += $4; skipped += $5
  }
  $1 == "failure" { failures[++n] = "  " $2 ": " $3 }
  END {
    if (n > 0) { print "Failures:"; for (i = 1; i <= n; i++) print failures[i] }
    if (skipped > 0) print "Skipped tests are not allowed here: un-skip them or delete them."
    printf "%d passed, %d failed%s\n", passed, failed, (skipped > 0 ? ", " skipped " skipped" : "")
    exit (failed > 0 || skipped > 0) ? 1 : 0
  }' "$report"
