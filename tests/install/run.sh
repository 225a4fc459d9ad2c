#!/usr/bin/env bash
# The ways to install ClawDev without a checkout, each tried for real in a temporary folder:
#   tool        `dotnet pack` → `dotnet tool install --global clawdev --add-source <folder>` → `clawdev scan`
#   binary      tools/publish-binaries.sh linux-x64 (or the binary CLAWDEV_LINUX_X64_BINARY names) → clawdev-linux-x64
#               runs with no dotnet on PATH, and the tests that start clawdev as a process (the CLI, the language
#               server over stdio) pass against it
#   action      the steps of action.yml (all but actions/setup-dotnet) run as a script → SARIF
#   pre-commit  Debian's pre-commit: `pre-commit try-repo` on a fixture repository (staged files only, the
#               repository's configuration), then a .pre-commit-config.yaml with `--fail-under`
#   packaging   a runtime pack the registry lacks: extension/scripts/package.mjs and tools/publish-binaries.sh stop at
#               their one restore and name it
# Needs Debian's pre-commit and python3-yaml (.ci/run installs them). Packages come from the NuGet registry this
# machine is configured with (the restore cache first); nothing else is downloaded. Reports its counts as "install"
# (and the process tests against the binary under their own label) to tests/run-all.sh (CLAWDEV_REPORT).
set -uo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo" || exit 2
export CLAWDEV_REPORT=${CLAWDEV_REPORT:-/dev/null}
source tests/runners/report.sh
label=install
work=$(mktemp -d "${TMPDIR:-/tmp}/clawdev-install.XXXXXX")
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Debian's python3 (pre-commit's own) has python3-yaml, whatever python3 comes first on PATH.
python=/usr/bin/python3

if ! command -v pre-commit >/dev/null 2>&1 || ! "$python" -c 'import yaml' 2>/dev/null; then
  report_not_run "$label" "needs Debian's pre-commit and python3-yaml: apt-get install pre-commit python3-yaml (.ci/run installs them)"
  exit 1
fi

passed=0 failed=0
check() { # name, then the command that must succeed
  local name=$1
  shift
  echo "--- $name"
  if "$@"; then
    echo "ok: $name"
    passed=$((passed + 1))
  else
    echo "FAILED: $name"
    failed=$((failed + 1))
    report_failure "$label" "$name"
  fi
}

# The e2e fixture: tinylib/text.py has shout() undocumented (D103).
fixture() { # folder
  mkdir -p "$1" && cp -r tests/extension-e2e/fixture/. "$1"
}

# --global installs into $DOTNET_CLI_HOME/.dotnet/tools: a temporary home, not the user's.
tool_home=$work/home
tool=$tool_home/.dotnet/tools/clawdev
tool_installs_globally_and_scans() {
  dotnet pack server/ClawDev.Server -c Release -o "$work/package" --nologo -v quiet || return 1
  ls "$work/package"/clawdev.*.nupkg >/dev/null || return 1
  DOTNET_CLI_HOME="$tool_home" dotnet tool install --global clawdev --add-source "$work/package" || return 1
  "$tool" --version | grep -qx '0\.1\.0' || { echo "clawdev --version: $("$tool" --version)"; return 1; }
  fixture "$work/tool-fixture"
  (cd "$work/tool-fixture" && "$tool" scan . --format json >"$work/tool-scan.json")
  local status=$?
  [ "$status" -eq 1 ] || { echo "clawdev scan exited $status, expected 1 (findings)"; return 1; }
  expect_fixture_findings "$work/tool-scan.json"
}

# A tool install whose ClawDev.Core.dll was cut short (an interrupted copy): one line that says what to reinstall,
# exit code 2, nothing on stdout.
damaged_tool_install_says_what_to_reinstall() {
  local assembly
  assembly=$(find "$tool_home/.dotnet/tools/.store" -name ClawDev.Core.dll -print -quit)
  [ -n "$assembly" ] || { echo "no installed ClawDev.Core.dll (the tool install failed above)"; return 1; }
  head -c 300 "$assembly" >"$work/ClawDev.Core.dll.part" && mv "$work/ClawDev.Core.dll.part" "$assembly"
  (cd "$work/tool-fixture" && "$tool" scan . >"$work/damaged.out" 2>"$work/damaged.err")
  local status=$?
  [ "$status" -eq 2 ] || { echo "clawdev scan exited $status, expected 2"; cat "$work/damaged.err"; return 1; }
  [ ! -s "$work/damaged.out" ] || { echo "stdout: $(cat "$work/damaged.out")"; return 1; }
  local expected='clawdev: this clawdev installation is damaged (ClawDev.Core.dll is missing or unreadable). Reinstall clawdev: the .NET tool with `dotnet tool uninstall --global clawdev` and `dotnet tool install --global clawdev`; a clawdev-<platform> binary by downloading it again; in VS Code, the ClawDev extension.'
  [ "$(cat "$work/damaged.err")" = "$expected" ] || { echo "stderr: $(cat "$work/damaged.err")"; return 1; }
}

expect_fixture_findings() { # the JSON report of a scan of the fixture
  "$python" - "$1" <<'PY'
import json, sys
findings = json.load(open(sys.argv[1]))["findings"]
assert [(f["path"], f["code"], f["symbol"]) for f in findings] == [("tinylib/text.py", "D103", "shout")], findings
PY
}

# The linux-x64 binary under test: the one .ci/run published (CLAWDEV_LINUX_X64_BINARY), else one published here.
binary=${CLAWDEV_LINUX_X64_BINARY:-$work/binaries/clawdev-linux-x64}
binary_publishes() {
  bash tools/publish-binaries.sh -o "$work/binaries" linux-x64 && [ -x "$binary" ]
}

binary_runs_without_dotnet() {
  [ -x "$binary" ] || { echo "no binary: tools/publish-binaries.sh failed above"; return 1; }
  # A PATH with git (the scan lists files with `git ls-files`) and nothing else: no dotnet, no DOTNET_ROOT.
  mkdir -p "$work/git-only" && ln -sf "$(command -v git)" "$work/git-only/git"
  local version
  version=$(env -u DOTNET_ROOT PATH="$work/git-only" "$binary" --version) || return 1
  [ "$version" = "0.1.0" ] || { echo "clawdev-linux-x64 --version: $version"; return 1; }
  fixture "$work/binary-fixture"
  (cd "$work/binary-fixture" && env -u DOTNET_ROOT PATH="$work/git-only" "$binary" scan . --format json >"$work/binary-scan.json")
  local status=$?
  [ "$status" -eq 1 ] || { echo "clawdev-linux-x64 scan exited $status, expected 1 (findings)"; return 1; }
  expect_fixture_findings "$work/binary-scan.json"
}

# The C# tests that start clawdev as its own process (the CLI; the language server over stdio, GitHub and the SQLite
# cache included, with a raw and a StreamJsonRpc client), run against the binary instead of `dotnet clawdev.dll`;
# counted under their own label.
process_tests="FullyQualifiedName~ClawDev.Server.Tests.Cli.ExecutableTests|FullyQualifiedName~ClawDev.Server.Tests.Lsp.ServerProcessTests|FullyQualifiedName~ClawDev.Server.Tests.Lsp.StreamJsonRpcClientTests"
process_tests_against_binary() {
  local tests_label="install: process tests against clawdev-linux-x64"
  if [ ! -x "$binary" ]; then
    report_not_run "$tests_label" "no binary (tools/publish-binaries.sh failed above)"
    return
  fi
  CLAWDEV_EXECUTABLE="$binary" dotnet test tests/ClawDev.Server.Tests --nologo --filter "$process_tests" \
    --logger "trx;LogFileName=binary.trx" --results-directory "$work/binary-tests"
  if [ -f "$work/binary-tests/binary.trx" ]; then
    awk -v label="$tests_label" -f tests/runners/trx-report.awk "$work/binary-tests/binary.trx" >>"$CLAWDEV_REPORT"
  else
    report_not_run "$tests_label" "did not run (no test results; see the build output above)"
  fi
}

# Runs the action's `run:` steps with bash as GitHub would: inputs as the steps' env, GITHUB_ACTION_PATH, RUNNER_TEMP.
run_action() { # workspace, then NAME=VALUE inputs
  local workspace=$1
  shift
  "$python" - "$repo/action.yml" "$workspace" "$work/runner" "$repo" "$@" <<'PY'
import os, re, subprocess, sys, yaml
action_file, workspace, runner_temp, action_path, *pairs = sys.argv[1:]
action = yaml.safe_load(open(action_file))
inputs = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
inputs.update(pair.split("=", 1) for pair in pairs)
os.makedirs(runner_temp, exist_ok=True)
for step in action["runs"]["steps"]:
    if "uses" in step:
        continue  # actions/setup-dotnet: this machine has the .NET SDK
    assert step["shell"] == "bash", step
    env = dict(os.environ, GITHUB_ACTION_PATH=action_path, RUNNER_TEMP=runner_temp)
    for name, value in step.get("env", {}).items():
        env[name] = re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda m: inputs[m.group(1)], str(value))
    # As GitHub runs `shell: bash`: the step written to a file, run with `bash --noprofile --norc -eo pipefail {0}`.
    script = os.path.join(runner_temp, "step.sh")
    with open(script, "w") as file:
        file.write(step["run"])
    status = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", script], cwd=workspace, env=env).returncode
    if status != 0:
        print(f"step {step['name']!r} exited {status}")
        sys.exit(status)
PY
}

action_writes_sarif() {
  fixture "$work/action-workspace"
  run_action "$work/action-workspace" || return 1
  "$python" - "$work/action-workspace/clawdev.sarif" <<'PY'
import json, sys
sarif = json.load(open(sys.argv[1]))
assert sarif["version"] == "2.1.0", sarif["version"]
results = sarif["runs"][0]["results"]
assert [r["ruleId"] for r in results] == ["D103"], results
PY
}

action_fails_under_the_threshold() {
  # The tool is installed already (same RUNNER_TEMP); coverage of the fixture is 75%.
  run_action "$work/action-workspace" fail-under=70 sarif=pass.sarif || return 1
  [ -s "$work/action-workspace/pass.sarif" ] || return 1
  if run_action "$work/action-workspace" fail-under=80 sarif=fail.sarif; then
    echo "the action passed although coverage 75% is under 80"
    return 1
  fi
  [ -s "$work/action-workspace/fail.sarif" ]
}

# A snapshot of this repository as it is (uncommitted changes too), committed: what `repo:` would point at.
snapshot_repository() {
  local snapshot=$work/clawdev-repo
  [ ! -d "$snapshot/.git" ] || return 0
  mkdir -p "$snapshot"
  git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
    [ -e "$file" ] && mkdir -p "$snapshot/$(dirname "$file")" && cp -p "$file" "$snapshot/$file"
  done
  git -C "$snapshot" init -q -b main &&
    git -C "$snapshot" add -A &&
    git -C "$snapshot" -c user.name=t -c user.email=t@example.org commit -q -m snapshot
}

# A Python repository using the hook: ruff selects D103; staged.py is staged (one of two functions documented),
# draft.py is not staged, vendored.py is staged but excluded by the configuration.
hook_fixture() {
  local repository=$work/hook-fixture
  mkdir -p "$repository"
  cd "$repository" || return 1
  git init -q -b main
  printf '[tool.ruff.lint]\nselect = ["D103"]\n\n[tool.ruff]\nextend-exclude = ["vendored.py"]\n' >pyproject.toml
  printf '"""Helpers."""\n\n\ndef documented():\n    """Do it."""\n\n\ndef staged():\n    pass\n' >staged.py
  printf 'def draft():\n    pass\n' >draft.py
  printf 'def vendored():\n    pass\n' >vendored.py
  git add pyproject.toml staged.py vendored.py
  cd "$repo" || return 1
}

pre_commit_try_repo_checks_staged_files() {
  snapshot_repository && hook_fixture || return 1
  (cd "$work/hook-fixture" && pre-commit try-repo "$work/clawdev-repo" clawdev >"$work/try-repo.log" 2>&1)
  local status=$?
  cat "$work/try-repo.log"
  [ "$status" -eq 1 ] || { echo "pre-commit try-repo exited $status, expected 1 (a finding)"; return 1; }
  grep -q "staged.py:8:1: D103 Missing docstring in public function" "$work/try-repo.log" &&
    ! grep -qE "^(draft|vendored)\.py:[0-9]+" "$work/try-repo.log"
}

pre_commit_fail_under() { # threshold, expected exit code
  local rev
  rev=$(git -C "$work/clawdev-repo" rev-parse HEAD)
  printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: clawdev\n        args: [--fail-under, "%s"]\n' \
    "$work/clawdev-repo" "$rev" "$1" >"$work/hook-fixture/.pre-commit-config.yaml"
  (cd "$work/hook-fixture" && pre-commit run clawdev)
  local status=$?
  [ "$status" -eq "$2" ] || { echo "pre-commit run with --fail-under $1 exited $status, expected $2"; return 1; }
}

# A runtime pack the NuGet registry does not have (here: the machine's packages stand in for the registry, but for the
# linux-x64 runtime pack, and the only source is an empty folder): both packaging scripts stop at their one restore,
# name the pack, and build nothing. Run in the snapshot, so that the failed restore stays out of this checkout.
missing_runtime_pack_stops_packaging() {
  snapshot_repository || return 1
  local global packages=$work/packages-without-runtime-pack feed=$work/empty-feed folder status
  global=$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: //p')
  [ -d "$global" ] || { echo "no global packages folder: $global"; return 1; }
  mkdir -p "$packages" "$feed"
  for folder in "$global"/*/; do
    folder=${folder%/}
    [ "$(basename "$folder")" = microsoft.netcore.app.runtime.linux-x64 ] || ln -sfn "$folder" "$packages/$(basename "$folder")"
  done
  (cd "$work/clawdev-repo" && NUGET_PACKAGES=$packages RestoreSources=$feed node extension/scripts/package.mjs linux-x64 >"$work/package.log" 2>&1)
  status=$?
  cat "$work/package.log"
  [ "$status" -eq 1 ] || { echo "package.mjs exited $status, expected 1"; return 1; }
  grep -qF "package: the .NET runtime packs could not be restored from the NuGet registry (missing: Microsoft.NETCore.App.Runtime.linux-x64)." "$work/package.log" || return 1
  [ ! -e "$work/clawdev-repo/server-bin" ] && [ ! -e "$work/clawdev-repo/artifacts/vsix" ] || { echo "package.mjs went on past the restore"; return 1; }
  (cd "$work/clawdev-repo" && NUGET_PACKAGES=$packages RestoreSources=$feed bash tools/publish-binaries.sh -o "$work/no-binaries" linux-x64 >"$work/binaries.log" 2>&1)
  status=$?
  cat "$work/binaries.log"
  [ "$status" -eq 1 ] || { echo "publish-binaries.sh exited $status, expected 1"; return 1; }
  grep -qF "Unable to find package Microsoft.NETCore.App.Runtime.linux-x64" "$work/binaries.log" &&
    grep -qF "publish-binaries: the .NET runtime packs for linux-x64 could not be restored from the NuGet registry" "$work/binaries.log" || return 1
  [ -z "$(ls -A "$work/no-binaries")" ] || { echo "publish-binaries.sh went on past the restore"; return 1; }
}

export PRE_COMMIT_HOME=$work/pre-commit-home
check "dotnet pack, dotnet tool install --global clawdev --add-source, clawdev scan" tool_installs_globally_and_scans
check "a tool install with a damaged ClawDev.Core.dll says what to reinstall" damaged_tool_install_says_what_to_reinstall
if [ -z "${CLAWDEV_LINUX_X64_BINARY:-}" ]; then
  check "tools/publish-binaries.sh linux-x64 publishes clawdev-linux-x64" binary_publishes
fi
check "clawdev-linux-x64 --version and scan with no dotnet on PATH" binary_runs_without_dotnet
process_tests_against_binary
check "action.yml's steps as a script write SARIF for code scanning" action_writes_sarif
check "action.yml with fail-under fails only below the threshold" action_fails_under_the_threshold
check "pre-commit try-repo: findings of the staged Python files, by the repository's configuration" pre_commit_try_repo_checks_staged_files
# staged.py: module, documented() and staged(): 2 of 3 documented (66.7%).
check "pre-commit hook with --fail-under 60 passes at 66.7% coverage" pre_commit_fail_under 60 0
check "pre-commit hook with --fail-under 70 fails at 66.7% coverage" pre_commit_fail_under 70 1
check "a runtime pack the registry lacks: package.mjs and publish-binaries.sh stop at the restore and name it" missing_runtime_pack_stops_packaging

report_counts "$label" "$passed" "$failed" 0
[ "$failed" -eq 0 ]
