// The real world behind DotnetHost: the .NET Install Tool's command, the file system and `dotnet --list-runtimes`.
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import * as vscode from 'vscode';
import type { DotnetHost } from './dotnetLookup';
import { RequiredRuntimeMajor } from './runtimeList';

/** The .NET Install Tool. Not a declared dependency: an offline install of ClawDev must not need it. */
export const InstallToolExtensionId = 'ms-dotnettools.vscode-dotnet-runtime';

const ListRuntimesTimeoutMs = 15_000;

export function createDotnetHost(settingPath: string | undefined, requestingExtensionId: string, log: vscode.LogOutputChannel): DotnetHost {
  return {
    settingPath,
    findWithInstallTool: () => findWithInstallTool(requestingExtensionId, log),
    environment: process.env,
    platform: process.platform,
    isFile,
    listRuntimes,
  };
}

export async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}

export async function isExecutable(filePath: string): Promise<boolean> {
  try {
    await access(filePath, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A small file's text (the server folder's manifest), or undefined when it cannot be read. */
export async function readText(filePath: string): Promise<string | undefined> {
  try {
    return await readFile(filePath, 'utf8');
  } catch {
    return undefined;
  }
}

/** Asks the Install Tool for a runtime it already knows of; `dotnet.findPath` never downloads. */
async function findWithInstallTool(requestingExtensionId: string, log: vscode.LogOutputChannel): Promise<string | undefined> {
  if (vscode.extensions.getExtension(InstallToolExtensionId) === undefined) {
    return undefined;
  }
  try {
    const result = await vscode.commands.executeCommand<{ dotnetPath?: string } | undefined>('dotnet.findPath', {
      acquireContext: {
        version: `${RequiredRuntimeMajor}.0`,
        requestingExtensionId,
        architecture: process.arch,
        mode: 'runtime',
      },
      versionSpecRequirement: 'greater_than_or_equal',
      rejectPreviews: true,
    });
    return result?.dotnetPath || undefined;
  } catch (error) {
    log.warn(`The .NET Install Tool could not look for a runtime: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

function listRuntimes(dotnetPath: string): Promise<string | Error> {
  return new Promise(resolve => {
    execFile(
      dotnetPath,
      ['--list-runtimes'],
      { timeout: ListRuntimesTimeoutMs, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' } },
      (error, stdout) => resolve(error ?? stdout),
    );
  });
}
