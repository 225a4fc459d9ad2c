// Which server to start and how: the bundled framework-dependent `server-bin/clawdev.dll` (run by dotnet), or
// what `clawdev.server.path` names — a `clawdev.dll` (run by dotnet) or an executable (run directly).
import type { Dotnet } from '../dotnet/dotnetLookup';
import { SessionKeyVariable } from '../github/sealedToken';

export type ServerLaunchPlan =
  | { kind: 'dotnet'; assembly: string }
  | { kind: 'executable'; executable: string };

export type ServerLaunchResult = { plan: ServerLaunchPlan } | { problem: string };

/** The bundled server, relative to the extension's folder (where `npm run package` publishes it). */
export const BundledServerAssembly = 'server-bin/clawdev.dll';

export async function planServerLaunch(
  serverPath: string | undefined,
  bundledAssembly: string,
  isFile: (filePath: string) => Promise<boolean>,
): Promise<ServerLaunchResult> {
  if (serverPath !== undefined) {
    if (!await isFile(serverPath)) {
      return {
        problem: `clawdev.server.path is set to "${serverPath}", which does not exist. `
          + 'Fix the path, or clear the setting to use the server that comes with the extension.',
      };
    }
    return {
      plan: serverPath.toLowerCase().endsWith('.dll')
        ? { kind: 'dotnet', assembly: serverPath }
        : { kind: 'executable', executable: serverPath },
    };
  }
  if (!await isFile(bundledAssembly)) {
    return {
      problem: `The ClawDev server is missing from the extension (no ${bundledAssembly}). Reinstall the extension; `
        + 'when developing ClawDev, run `npm run build:server` first.',
    };
  }
  return { plan: { kind: 'dotnet', assembly: bundledAssembly } };
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
