// Reads `dotnet --list-runtimes` and decides whether the server can run on what it lists.

/** The server targets net10.0 and is started with roll-forward to a later major version allowed. */
export const RequiredRuntimeMajor = 10;
export const RuntimeFramework = 'Microsoft.NETCore.App';

export interface InstalledRuntime {
  framework: string;
  version: string;
  major: number;
  preview: boolean;
}

/** Lines look like `Microsoft.NETCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.NETCore.App]`. */
export function parseRuntimeList(output: string): InstalledRuntime[] {
  const runtimes: InstalledRuntime[] = [];
  for (const line of output.split(/\r?\n/)) {
    const match = /^(\S+)\s+(\d+)\.(\d+)\.(\S+)\s+\[/.exec(line.trim());
    if (match !== null) {
      const [, framework, major, minor, rest] = match;
      runtimes.push({
        framework,
        version: `${major}.${minor}.${rest}`,
        major: Number(major),
        preview: rest.includes('-'),
      });
    }
  }
  return runtimes;
}

/** The runtime the server would run on: the lowest released Microsoft.NETCore.App of major 10 or later. */
export function usableRuntime(runtimes: readonly InstalledRuntime[]): InstalledRuntime | undefined {
  return runtimes
    .filter(runtime => runtime.framework === RuntimeFramework && !runtime.preview && runtime.major >= RequiredRuntimeMajor)
    .sort((a, b) => a.major - b.major)[0];
}

/** "8.0.11, 9.0.0" — what a dotnet has instead, for the message when none fits. */
export function describeRuntimes(runtimes: readonly InstalledRuntime[]): string {
  const versions = runtimes.filter(runtime => runtime.framework === RuntimeFramework).map(runtime => runtime.version);
  return versions.length === 0 ? `no ${RuntimeFramework} runtime` : `.NET ${versions.join(', ')}`;
}
