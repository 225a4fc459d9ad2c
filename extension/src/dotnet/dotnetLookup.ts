// Finds a `dotnet` that can run the server, in this order:
//   1. the `clawdev.dotnetPath` setting (when set, it is the only candidate: a broken setting is reported,
//      not silently replaced by another dotnet);
//   2. the .NET Install Tool's `dotnet.findPath`, when that extension is installed;
//   3. `$DOTNET_ROOT/dotnet`, then every `dotnet` on PATH.
// Each candidate must list a .NET 10 (or later, released) runtime in `dotnet --list-runtimes`.
import * as path from 'node:path';
import { describeRuntimes, parseRuntimeList, RequiredRuntimeMajor, usableRuntime } from './runtimeList';

export type DotnetSource = 'setting' | 'installTool' | 'DOTNET_ROOT' | 'PATH';

/** What the lookup needs from the outside world; the VS Code implementation is in dotnetHost.ts. */
export interface DotnetHost {
  /** `clawdev.dotnetPath`, already resolved to an absolute path, or undefined when not set. */
  settingPath: string | undefined;
  /** Undefined when the .NET Install Tool is not installed or found nothing; never installs anything. */
  findWithInstallTool(): Promise<string | undefined>;
  environment: { DOTNET_ROOT?: string; PATH?: string };
  platform: NodeJS.Platform;
  isFile(filePath: string): Promise<boolean>;
  /** The output of `dotnet --list-runtimes`, or an Error saying why it could not run. */
  listRuntimes(dotnetPath: string): Promise<string | Error>;
}

export interface Dotnet {
  path: string;
  source: DotnetSource;
  runtimeVersion: string;
}

export interface DotnetLookupFailure {
  /** One message for the user: what is wrong and what to do. */
  message: string;
  /** Every candidate looked at and why it was not taken, for the log. */
  tried: string[];
}

export type DotnetLookupResult = { dotnet: Dotnet } | { failure: DotnetLookupFailure };

export const DotnetDownloadUrl = 'https://dotnet.microsoft.com/download/dotnet/10.0';

export async function findDotnet(host: DotnetHost): Promise<DotnetLookupResult> {
  const tried: string[] = [];
  if (host.settingPath !== undefined) {
    const checked = await check(host, host.settingPath, 'setting');
    if ('dotnet' in checked) {
      return checked;
    }
    tried.push(`${host.settingPath} (from clawdev.dotnetPath) ${checked.problem}`);
    return {
      failure: {
        message: `clawdev.dotnetPath is set to "${host.settingPath}", which ${checked.problem}. `
          + `Point it to a dotnet with the .NET ${RequiredRuntimeMajor} runtime, or clear it to let ClawDev search.`,
        tried,
      },
    };
  }

  const seen = new Set<string>();
  for await (const [candidate, source] of candidates(host)) {
    if (seen.has(candidate)) {
      continue;
    }
    seen.add(candidate);
    const checked = await check(host, candidate, source);
    if ('dotnet' in checked) {
      return checked;
    }
    tried.push(`${candidate} (from ${sourceName(source)}) ${checked.problem}`);
  }
  return {
    failure: {
      message: `ClawDev needs the .NET ${RequiredRuntimeMajor} runtime to run its language server and found none`
        + (tried.length > 0 ? ` (${tried.length === 1 ? tried[0] : `looked in ${tried.length} places, listed in the ClawDev output`})` : '')
        + `. Install the .NET ${RequiredRuntimeMajor} runtime (${DotnetDownloadUrl}) or the .NET Install Tool extension, `
        + 'or set clawdev.dotnetPath.',
      tried,
    },
  };
}

async function* candidates(host: DotnetHost): AsyncGenerator<[string, DotnetSource]> {
  const fromInstallTool = await host.findWithInstallTool();
  if (fromInstallTool !== undefined) {
    yield [fromInstallTool, 'installTool'];
  }
  const executable = host.platform === 'win32' ? 'dotnet.exe' : 'dotnet';
  const pathApi = host.platform === 'win32' ? path.win32 : path.posix;
  const root = host.environment.DOTNET_ROOT?.trim();
  if (root) {
    yield [pathApi.join(root, executable), 'DOTNET_ROOT'];
  }
  const delimiter = host.platform === 'win32' ? ';' : ':';
  for (const directory of (host.environment.PATH ?? '').split(delimiter)) {
    if (directory.trim() !== '') {
      yield [pathApi.join(directory.trim(), executable), 'PATH'];
    }
  }
}

/** The dotnet, or what is wrong with it as a predicate ("does not exist") that fits after its name. */
async function check(host: DotnetHost, candidate: string, source: DotnetSource): Promise<{ dotnet: Dotnet } | { problem: string }> {
  if (!await host.isFile(candidate)) {
    return { problem: 'does not exist' };
  }
  const listing = await host.listRuntimes(candidate);
  if (listing instanceof Error) {
    return { problem: `could not run (${listing.message})` };
  }
  const runtimes = parseRuntimeList(listing);
  const runtime = usableRuntime(runtimes);
  if (runtime === undefined) {
    return { problem: `has ${describeRuntimes(runtimes)}, not ${RequiredRuntimeMajor} or later` };
  }
  return { dotnet: { path: candidate, source, runtimeVersion: runtime.version } };
}

function sourceName(source: DotnetSource): string {
  switch (source) {
    case 'setting': return 'clawdev.dotnetPath';
    case 'installTool': return 'the .NET Install Tool';
    case 'DOTNET_ROOT': return 'DOTNET_ROOT';
    case 'PATH': return 'PATH';
  }
}
