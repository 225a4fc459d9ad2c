#!/usr/bin/env bash
# Whole-process benchmark: wall time and peak memory of ClawDev, pydocstyle 6.2.3, ruff's WebAssembly
# build and a .NET process that only reads every byte, on the same files with the same rules
# (D100-D107, D417). Prints a Markdown table for the README.
#
#   bash tests/bench/bench.sh [--runs N] [--slow-runs N] [--trees lib,all] [--tools LIST] [--clawdev DIR]
#                             [--pydocstyle-on-all]
#
#   --runs N       timed runs per fast tool after one warm-up run; the best wall time is kept (default 5)
#   --slow-runs N  timed runs of pydocstyle, without warm-up (default 1: one run takes ~20 s on lib)
#   --trees        lib: CPython 3.11's Lib without test/, idlelib/, lib2to3/, site-packages/;
#                  all: every .py file of the installed python3.11 folder, site-packages included
#   --tools        any of clawdev,baseline,ruff,pydocstyle (default: all four)
#   --pydocstyle-on-all  also run pydocstyle on the `all` tree: left out by default because pydocstyle 6.2.3
#                  runs for minutes there and then dies of uncaught exceptions on four files (test_fstring.py's
#                  f-string __all__, three test files with broken coding declarations), printing no findings
#   --clawdev DIR  a folder with a published `clawdev` to measure instead of publishing one
#
# Installs what it lacks: GNU time and pydocstyle from Debian (as root), ruff's WebAssembly build from npm
# into the cache folder ($CLAWDEV_BENCH_CACHE, default ~/.cache/clawdev-bench), where the ReadyToRun
# builds of ClawDev and of tests/bench/ReadBaseline also go. Nothing is written into the repository
# except the usual bin/ and obj/ folders.
set -euo pipefail

CODES=D100,D101,D102,D103,D104,D105,D106,D107,D417
RUFF_PACKAGE=@astral-sh/ruff-wasm-nodejs@0.17.4
PREFERRED_PYTHON=/root/.pyenv/versions/3.11.7/lib/python3.11
LIB_EXCLUDES=(test idlelib lib2to3 site-packages)

runs=5 slow_runs=1 trees=lib,all tools=clawdev,baseline,ruff,pydocstyle clawdev_dir="" pydocstyle_on_all=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --slow-runs) slow_runs=$2; shift 2 ;;
    --trees) trees=$2; shift 2 ;;
    --tools) tools=$2; shift 2 ;;
    --clawdev) clawdev_dir=$(cd "$2" && pwd); shift 2 ;;
    --pydocstyle-on-all) pydocstyle_on_all=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cache=${CLAWDEV_BENCH_CACHE:-$HOME/.cache/clawdev-bench}
work=$(mktemp -d "${TMPDIR:-/tmp}/clawdev-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$cache"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

wants() { [[ ",$2," == *",$1,"* ]]; }
say() { echo "bench: $*" >&2; }

# ---- tools ------------------------------------------------------------------------------------------
install_debian() { # command package
  command -v "$1" >/dev/null 2>&1 && return 0
  [ "$(id -u)" -eq 0 ] || { say "$1 is missing: apt-get install $2"; exit 2; }
  [ -n "${apt_updated:-}" ] || { apt-get update -qq >&2; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$2" >&2
}
install_debian /usr/bin/time time
wants pydocstyle "$tools" && install_debian pydocstyle pydocstyle
ruff_dir="$cache/node_modules/@astral-sh/ruff-wasm-nodejs"
if wants ruff "$tools" && [ ! -f "$ruff_dir/package.json" ]; then
  say "installing $RUFF_PACKAGE into $cache"
  npm install --prefix "$cache" --no-audit --no-fund --no-save "$RUFF_PACKAGE" >&2
fi

publish() { # project output-folder
  say "publishing $1 (Release, ReadyToRun) into $2"
  dotnet publish "$repo/$1" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$2" --nologo -v quiet >&2
}
if wants clawdev "$tools" && [ -z "$clawdev_dir" ]; then
  clawdev_dir="$cache/clawdev"
  publish server/ClawDev.Server "$clawdev_dir"
fi
wants baseline "$tools" && publish tests/bench/ReadBaseline "$cache/read-baseline"

# ---- trees: hard links (copies across file systems) of exactly the files every tool sees ------------
python_root() {
  if [ -d "$PREFERRED_PYTHON" ]; then echo "$PREFERRED_PYTHON"; return; fi
  python3 -c 'import sysconfig; print(sysconfig.get_path("stdlib"))'
}
make_tree() { # name
  local source prune=() destination="$work/$1"
  source=$(python_root)
  if [ "$1" = lib ]; then
    for dir in "${LIB_EXCLUDES[@]}"; do prune+=(-path "./$dir" -prune -o); done
  fi
  mkdir -p "$destination"
  (cd "$source" && find . -name '.?*' -prune -o "${prune[@]}" -type f -name '*.py' -print0 >"$work/$1.files")
  (cd "$source" && xargs -0 cp --parents -l -t "$destination" <"$work/$1.files" 2>/dev/null) ||
    (cd "$source" && xargs -0 cp --parents -t "$destination" <"$work/$1.files")
  echo "$destination"
}

# ---- measuring --------------------------------------------------------------------------------------
# measure WARMUPS RUNS COMMAND...: prints "<best wall s> <highest peak KiB>" or "failed <exit code>".
# Wall time is taken around GNU time with nanosecond clocks (GNU time's own %e has 10 ms steps);
# peak memory is GNU time's maximum resident set size of the process.
measure() {
  local warmups=$1 count=$2 best="" highest=0 i start end status rss
  shift 2
  for ((i = 0; i < warmups + count; i++)); do
    start=$(date +%s%N)
    status=0
    /usr/bin/time -f '%M' -o "$work/rss" "$@" >"$work/stdout" 2>"$work/stderr" || status=$?
    end=$(date +%s%N)
    # ClawDev and pydocstyle exit 1 when they report findings; pydocstyle also does when it dies of an
    # uncaught exception, which its traceback tells apart.
    if [ "$status" -gt 1 ] || grep -q '^Traceback (most recent call last):' "$work/stderr"; then
      say "failed with exit code $status: $*"
      tail -5 "$work/stderr" >&2
      echo "failed $status"
      return
    fi
    ((i < warmups)) && continue
    rss=$(tail -1 "$work/rss")
    ((rss > highest)) && highest=$rss
    if [ -z "$best" ] || ((end - start < best)); then best=$((end - start)); fi
  done
  awk -v ns="$best" -v kib="$highest" 'BEGIN { printf "%.3f %d\n", ns / 1e9, kib }'
}

findings_of() { # tool: the number of findings in the last run's output
  case "$1" in
    clawdev) node -e 'const r = JSON.parse(require("fs").readFileSync(0, "utf8")); console.log(r.findings.length)' \
      <"$work/stdout" ;;
    pydocstyle) grep -cE '^ +D[0-9]{3}:' "$work/stdout" || true ;;
    ruff) sed -nE 's/.*findings ([0-9]+).*/\1/p' "$work/stdout" ;;
    baseline) echo "-" ;;
  esac
}

run_tool() { # tool tree-folder
  case "$1" in
    clawdev) measure 1 "$runs" "$clawdev_dir/clawdev" scan "$2" --format json --select "$CODES" ;;
    baseline) measure 1 "$runs" "$cache/read-baseline/ReadBaseline" "$2" ;;
    ruff) measure 1 "$runs" node "$repo/tests/bench/ruff-wasm.js" "$ruff_dir" "$2" "$CODES" ;;
    pydocstyle) measure 0 "$slow_runs" env -C "$2" pydocstyle "--select=$CODES" '--match=.*\.py' . ;;
  esac
}

label_of() {
  case "$1" in
    clawdev) echo "ClawDev \`clawdev scan --format json\`" ;;
    baseline) echo "read every byte (.NET, tests/bench/ReadBaseline)" ;;
    ruff) echo "ruff $(node -e "console.log(require('$ruff_dir/package.json').version)") WebAssembly (Node $(node --version))" ;;
    pydocstyle) echo "pydocstyle $(pydocstyle --version)" ;;
  esac
}

rows=()
for tree in ${trees//,/ }; do
  case "$tree" in lib|all) ;; *) say "unknown tree $tree (lib or all)"; exit 2 ;; esac
  folder=$(make_tree "$tree")
  files=$(tr -cd '\0' <"$work/$tree.files" | wc -c)
  lines=$(cd "$folder" && xargs -0 cat <"$work/$tree.files" | wc -l)
  for tool in clawdev baseline ruff pydocstyle; do
    wants "$tool" "$tools" || continue
    [ "$tool$tree" = pydocstyleall ] && [ -z "$pydocstyle_on_all" ] && continue
    say "$tool on $tree ($files files)"
    read -r wall peak <<<"$(run_tool "$tool" "$folder")"
    if [ "$wall" = failed ]; then
      reason=$(tail -1 "$work/stderr" | tr '|' '/' | cut -c1-100)
      rows+=("| $(label_of "$tool") | $tree | $files | $lines | failed (exit $peak: $reason) | | |")
    else
      rows+=("| $(label_of "$tool") | $tree | $files | $lines | $wall | $((peak / 1024)) | $(findings_of "$tool") |")
    fi
  done
done

echo "Machine: $(nproc) cores, $(sed -nE 's/^model name\s*: //p' /proc/cpuinfo | head -1); .NET runtime $(dotnet --list-runtimes | sed -nE "s/^Microsoft.NETCore.App ([^ ]+).*/\1/p" | tail -1);" \
  "wall: best of $runs runs after a warm-up (pydocstyle: best of $slow_runs, no warm-up); peak: highest of those runs"
echo
echo "| tool | tree | files | lines | wall s | peak MiB | findings |"
echo "|------|------|------:|------:|-------:|---------:|---------:|"
printf '%s\n' "${rows[@]}"
