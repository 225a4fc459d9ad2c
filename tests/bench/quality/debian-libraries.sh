#!/usr/bin/env bash
# The drafting bench on seven Python AI libraries as Debian packs them (Debian 12): PyTorch, torchvision,
# torchaudio, torchtext, scikit-learn, skorch and optuna. `apt-get download` fetches each package from the configured
# Debian archive without installing anything; `dpkg -x` unpacks it; the bench reads the library's folder as the
# repository (as a fork's checkout of its package would be read).
#
#   bash tests/bench/quality/debian-libraries.sh [WORK_DIR]
#
# Writes WORK_DIR/<library>.txt (the bench's report) and WORK_DIR/<library>.json; WORK_DIR defaults to
# /tmp/clawdev-debian-libraries. Needs apt-get and dpkg (Debian or Ubuntu) and the .NET SDK.
set -euo pipefail

work=${1:-/tmp/clawdev-debian-libraries}
root=$(cd "$(dirname "$0")/../../.." && pwd)
packages=(python3-torch python3-torchvision python3-torchaudio python3-torchtext python3-sklearn python3-skorch python3-optuna)
libraries=(torch torchvision torchaudio torchtext sklearn skorch optuna)

mkdir -p "$work/debs" "$work/unpacked"
(
  cd "$work/debs"
  for package in "${packages[@]}"; do
    if ! ls "${package}"_*.deb >/dev/null 2>&1; then
      timeout 600 apt-get download "$package" || {
        echo "debian-libraries: apt-get download $package failed (run 'apt-get update' as root, or check the archive)" >&2
        exit 1
      }
    fi
  done
)
for deb in "$work"/debs/*.deb; do
  dpkg -x "$deb" "$work/unpacked"
done

dotnet build -c Release "$root/tests/bench/quality" --nologo -v quiet
bench="$root/tests/bench/quality/bin/Release/net10.0/QualityBench"
site="$work/unpacked/usr/lib/python3/dist-packages"
for library in "${libraries[@]}"; do
  timeout 1800 "$bench" --repo "$library=$site/$library" --no-lib --json "$work/$library.json" > "$work/$library.txt"
  grep -E "sampled;|token-F1 mean|placeholders \(|laid out|byte-identical" "$work/$library.txt"
done
