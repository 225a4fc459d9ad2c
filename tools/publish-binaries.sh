#!/usr/bin/env bash
# Self-contained single-file `clawdev` executables, one per platform, into artifacts/binaries/ (or -o DIR):
# clawdev-linux-x64, clawdev-linux-arm64, clawdev-linux-musl-x64, clawdev-win-x64.exe, clawdev-win-arm64.exe,
# clawdev-osx-x64, clawdev-osx-arm64. They need no .NET on the machine that runs them: the same self-contained,
# ReadyToRun, partially trimmed server as the platform VSIXes (ClawDevSelfContained in ClawDev.Server.csproj).
#   bash tools/publish-binaries.sh                    every platform
#   bash tools/publish-binaries.sh linux-x64 ...      only these runtime identifiers
#   bash tools/publish-binaries.sh -o DIR linux-x64   into DIR
# The runtime packs come from the NuGet registry in one restore at the start; when one is missing the script stops
# there and says which. Nothing else is downloaded.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
out=$repo/artifacts/binaries
if [ "${1:-}" = "-o" ]; then
  [ $# -ge 2 ] || { echo "publish-binaries: -o needs a folder" >&2; exit 2; }
  mkdir -p "$2"
  out=$(cd "$2" && pwd)
  shift 2
fi
if [ $# -gt 0 ]; then
  rids=("$@")
else
  mapfile -t rids < <(python3 -c 'import json; print("\n".join(json.load(open("extension/platform-targets.json")).values()))')
fi
mkdir -p "$out"
properties=(-p:ClawDevSelfContained=true -p:PublishSingleFile=true -p:IncludeNativeLibrariesForSelfExtract=true)
joined=$(IFS=';'; echo "${rids[*]}")
# The quotes keep the list one value (an escaped %3B reaches the SDK as a single, unknown runtime identifier).
if ! dotnet restore server/ClawDev.Server "-p:RuntimeIdentifiers=\"$joined\"" "${properties[@]}" --nologo; then
  echo "publish-binaries: the .NET runtime packs for ${rids[*]} could not be restored from the NuGet registry (see above); nothing else is downloaded" >&2
  exit 1
fi
for rid in "${rids[@]}"; do
  build=$(mktemp -d)
  dotnet publish server/ClawDev.Server -c Release -r "$rid" "${properties[@]}" --no-restore -o "$build" --nologo
  suffix=""
  [[ $rid == win-* ]] && suffix=.exe
  cp "$build/clawdev$suffix" "$out/clawdev-$rid$suffix"
  rm -rf "$build"
  echo "publish-binaries: $out/clawdev-$rid$suffix $(du -h "$out/clawdev-$rid$suffix" | cut -f1)"
done
