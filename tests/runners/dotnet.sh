#!/usr/bin/env bash
# Suite runner: every test project of ClawDev.Lsp.sln in one `dotnet test` (one build, projects run in
# parallel); each project's counts come from the TRX file it writes into its own TestResults/ folder.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/report.sh"

solution=ClawDev.Lsp.sln
trx_name=run-all.trx
mapfile -t projects < <(dotnet sln "$solution" list | grep -E '^tests/.+\.Tests\.csproj$')
if [ "${#projects[@]}" -eq 0 ]; then
  report_not_run dotnet "no test projects found in $solution"
  exit 1
fi

for project in "${projects[@]}"; do
  rm -f "$(dirname "$project")/TestResults/$trx_name"
done

dotnet test "$solution" --nologo --logger "trx;LogFileName=$trx_name"
status=$?

for project in "${projects[@]}"; do
  label=$(basename "$project" .csproj)
  trx="$(dirname "$project")/TestResults/$trx_name"
  if [ -f "$trx" ]; then
    awk -v label="$label" -f "$(dirname "${BASH_SOURCE[0]}")/trx-report.awk" "$trx" >>"$CLAWDEV_REPORT"
  else
    report_not_run "$label" "did not run (no test results; see the build output above)"
  fi
done
exit "$status"
