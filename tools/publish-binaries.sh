#!/usr/bin/env bash
# Self-contained single-file `clawdev` executables, one per platform, into artifacts/binaries/:
# clawdev-linux-x64, clawdev-linux-arm64, clawdev-linux-musl-x64, clawdev-win-x64.exe, clawdev-win-arm64.exe,
# clawdev-osx-x64, clawdev-osx-arm64. They need no .NET on the machine that runs them.
#   bash tools/publish-binaries.sh               every platform
#   bash tools/publish-binaries.sh linux-x64 ... only these runtime identifiers
# The runtime packs come from the NuGet registry in one restore at the start; when one is missing the script stops
# there and says which. Nothing else is downloaded.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ $# -gt 0 ]; then
  rids=("$@")
else
  mapfile -t rids < <(python3 -c 'import json; print("\n".join(json.load(open("extension/platform-targets.json")).values()))')
fi
out=$repo/artifacts/binaries
mkdir -p "$out"
properties=(-p:SelfContained=true -p:PublishSingleFile=true -p:PublishReadyToRun=true -p:IncludeNativeLibrariesForSelfExtract=true)
joined=$(IFS=';'; echo "${rids[*]}")
if ! dotnet restore server/ClawDev.Server "-p:RuntimeIdentifiers=${joined//;/%3B}" "${properties[@]}" --nologo; then
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
  echo "publish-binaries: artifacts/binaries/clawdev-$rid$suffix $(du -h "$out/clawdev-$rid$suffix" | cut -f1)"
done
