// Which server to start and how:
//   - a platform VSIX carries a self-contained server for one platform (server-bin/clawdev-server.json names it):
//     its executable runs directly, no .NET needed — once it is checked to fit this platform and to be executable;
//   - the universal VSIX carries the framework-dependent `server-bin/clawdev.dll`, run by dotnet;
//   - `clawdev.server.path` names a `clawdev.dll` (run by dotnet) or an executable (run directly).
// Every way a server cannot start becomes one message that says what to install.
import * as path from 'node:path';
import type { Dotnet } from '../dotnet/dotnetLookup';
import { SessionKeyVariable } from '../github/sealedToken';

export type ServerLaunchPlan =
  | { kind: 'dotnet'; assembly: string }
  | { kind: 'executable'; executable: string; bundled: boolean };

export type ServerLaunchResult = { plan: ServerLaunchPlan } | { problem: string };

/** Where `npm run package` puts the server, relative to the extension's folder. */
export const BundledServerFolder = 'server-bin';
export const BundledServerAssembly = 'clawdev.dll';
/** Written by the packaging script into a platform VSIX's server folder. */
export const PlatformManifestFile = 'clawdev-server.json';

/** What a platform VSIX's server folder says about itself. */
export interface PlatformManifest {
  /** The VS Code target it was built for ("linux-x64"). */
  target: string;
  /** The server executable, relative to the server folder ("clawdev", "clawdev.exe"). */
  executable: string;
}

/** The file system and platform as the plan needs them; the extension's are in dotnetHost.ts and platformTarget.ts. */
export interface LaunchHost {
  isFile(filePath: string): Promise<boolean>;
  /** False where the file may not be run (no execute permission). */
  isExecutable(filePath: string): Promise<boolean>;
  /** The file's text, or undefined when it cannot be read. */
  readText(filePath: string): Promise<string | undefined>;
  /** This VS Code's target, as vscodeTarget() names it. */
  target: string;
}

const UniversalAdvice = 'or the universal ClawDev VSIX (it needs the .NET 10 runtime)';

export async function planServerLaunch(serverPath: string | undefined, extensionFolder: string, host: LaunchHost): Promise<ServerLaunchResult> {
  if (serverPath !== undefined) {
    return planConfiguredServer(serverPath, host);
  }
  const serverFolder = path.join(extensionFolder, BundledServerFolder);
  const manifestText = await host.readText(path.join(serverFolder, PlatformManifestFile));
  if (manifestText !== undefined) {
    return planPlatformServer(serverFolder, manifestText, host);
  }
  const assembly = path.join(serverFolder, BundledServerAssembly);
  if (!await host.isFile(assembly)) {
    return {
      problem: `The ClawDev server is missing from the extension (no ${assembly}). Reinstall the extension; `
        + 'when developing ClawDev, run `npm run build:server` first.',
    };
  }
  return { plan: { kind: 'dotnet', assembly } };
}

async function planConfiguredServer(serverPath: string, host: LaunchHost): Promise<ServerLaunchResult> {
  if (!await host.isFile(serverPath)) {
    return {
      problem: `clawdev.server.path is set to "${serverPath}", which does not exist. `
        + 'Fix the path, or clear the setting to use the server that comes with the extension.',
    };
  }
  if (serverPath.toLowerCase().endsWith('.dll')) {
    return { plan: { kind: 'dotnet', assembly: serverPath } };
  }
  if (!await host.isExecutable(serverPath)) {
    return {
      problem: `clawdev.server.path is set to "${serverPath}", which is not executable. `
        + `Make it executable (chmod +x "${serverPath}"), or clear the setting to use the server that comes with the extension.`,
    };
  }
  return { plan: { kind: 'executable', executable: serverPath, bundled: false } };
}

async function planPlatformServer(serverFolder: string, manifestText: string, host: LaunchHost): Promise<ServerLaunchResult> {
  const manifest = parseManifest(manifestText);
  if (manifest === undefined) {
    return { problem: `This ClawDev installation is damaged (${path.join(serverFolder, PlatformManifestFile)} cannot be read). Reinstall the ClawDev extension.` };
  }
  if (manifest.target !== host.target) {
    return {
      problem: `This ClawDev extension was built for ${manifest.target}, but VS Code runs on ${host.target} here. `
        + `Install the ClawDev VSIX for ${host.target} (clawdev-${host.target}.vsix) ${UniversalAdvice}.`,
    };
  }
  const executable = path.join(serverFolder, manifest.executable);
  if (!await host.isFile(executable)) {
    return {
      problem: `The ClawDev server is missing from this installation (no ${executable}). `
        + `Reinstall the ClawDev extension for ${manifest.target} (clawdev-${manifest.target}.vsix).`,
    };
  }
  if (!await host.isExecutable(executable)) {
    return {
      problem: `The ClawDev server ${executable} is not executable (its permissions were lost, e.g. when the extension folder was copied). `
        + `Reinstall the ClawDev extension for ${manifest.target} (clawdev-${manifest.target}.vsix), or run chmod +x "${executable}".`,
    };
  }
  return { plan: { kind: 'executable', executable, bundled: true } };
}

function parseManifest(text: string): PlatformManifest | undefined {
  try {
    const value = JSON.parse(text) as Partial<PlatformManifest>;
    return typeof value.target === 'string' && typeof value.executable === 'string'
      && !value.executable.includes('/') && !value.executable.includes('\\')
      ? { target: value.target, executable: value.executable }
      : undefined;
  } catch {
    return undefined;
  }
}

/** What to reinstall when a server that could be started keeps dying at once (a corrupt install). */
export function reinstallAdvice(plan: ServerLaunchPlan): string {
  if (plan.kind === 'dotnet') {
    return 'Reinstall the ClawDev extension, or check that the .NET 10 runtime works (dotnet --list-runtimes).';
  }
  return plan.bundled
    ? 'Reinstall the ClawDev extension.'
    : `Reinstall the server clawdev.server.path names (for the .NET tool: dotnet tool update --global clawdev), or clear the setting to use the server that comes with the extension.`;
}

/** What vscode-languageclient spawns (it appends `--stdio` itself for the stdio transport). */
export interface ServerCommand {
  command: string;
  args: string[];
  env: Record<string, string | undefined>;
}

export function serverCommand(
  plan: ServerLaunchPlan,
  dotnet: Dotnet | undefined,
  clientProcessId: number,
  environment: Record<string, string | undefined>,
  sessionKey: Buffer,
): ServerCommand {
  const serverArgs = ['lsp', '--clientProcessId', String(clientProcessId)];
  // The server targets .NET 10; allowing a later major version lets it run where only .NET 11+ is installed.
  // The session key goes in the environment, not the arguments, which process lists show to every user.
  const env = {
    ...environment,
    DOTNET_ROLL_FORWARD: 'Major',
    DOTNET_CLI_TELEMETRY_OPTOUT: '1',
    DOTNET_NOLOGO: '1',
    [SessionKeyVariable]: sessionKey.toString('base64'),
  };
  if (plan.kind === 'executable') {
    return { command: plan.executable, args: serverArgs, env };
  }
  if (dotnet === undefined) {
    throw new Error(`running ${plan.assembly} needs a dotnet`);
  }
  return { command: dotnet.path, args: [plan.assembly, ...serverArgs], env };
}
