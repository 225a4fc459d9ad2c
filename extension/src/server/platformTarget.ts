// VS Code's name for the platform the extension host runs on (what `vsce package --target` takes). The platform
// VSIXes and the .NET runtime identifier of each one's server are listed in extension/platform-targets.json, which
// the packaging script reads.

/** "linux-x64", "alpine-x64", "darwin-arm64", … for a platform, an architecture and whether its C library is musl. */
export function vscodeTarget(platform: NodeJS.Platform, arch: string, musl: boolean): string {
  const system = platform === 'linux' && musl ? 'alpine' : platform;
  return `${system}-${arch}`;
}

/** True on a Linux whose C library is musl (Alpine): Node reports no glibc version there. */
export function runsOnMusl(): boolean {
  if (process.platform !== 'linux') {
    return false;
  }
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
  return header !== undefined && header.glibcVersionRuntime === undefined;
}
