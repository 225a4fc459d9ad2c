// Owns the language server: finds what to run, starts it with vscode-languageclient, restarts it a bounded
// number of times after a crash, and turns every failure into one clear message (FailureNotice).
import * as os from 'node:os';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  LanguageClientOptions,
  ResponseError,
  RevealOutputChannelOn,
  State,
  TransportKind,
  type CloseHandlerResult,
  type ServerOptions,
  type ErrorHandler,
  type ErrorHandlerResult,
} from 'vscode-languageclient/node';
import { createDotnetHost, isExecutable, isFile, readText } from '../dotnet/dotnetHost';
import { createSessionKey } from '../github/sealedToken';
import { DotnetDownloadUrl, findDotnet, type Dotnet } from '../dotnet/dotnetLookup';
import { readClientSettings, SettingsSection, toServerSettings } from '../settings';
import { FailureNotice, type NoticeAction } from '../ui/failureNotice';
import { RestartBudget } from './restartBudget';
import { ServerLogMerger } from './serverLogMerger';
import { ServerOutputChannel } from './serverOutputChannel';
import { runsOnMusl, vscodeTarget } from './platformTarget';
import { planServerLaunch, reinstallAdvice, serverCommand, type ServerLaunchPlan } from './serverLaunch';

export type ServerState =
  | { kind: 'starting' }
  /** `sessionKey`: the key GitHub tokens are sealed with for this server process (github/sealedToken.ts). */
  | { kind: 'running'; client: LanguageClient; sessionKey: Buffer }
  | { kind: 'stopped' }
  | { kind: 'failed'; message: string };

const MaxRestarts = 3;
const RestartWindowMs = 3 * 60_000;
const StopTimeoutMs = 3_000;
/** How long after a failed start the end of the server process may still be reported (pipes close late). */
const ProcessEndGraceMs = 2_000;

/**
 * A LanguageClient that never pops up notifications itself (the controller decides what the user sees) and writes
 * its messages, the server's `window/logMessage` among them, through the merger that drops their stderr twins.
 */
class ClawDevLanguageClient extends LanguageClient {
  constructor(id: string, name: string, serverOptions: ServerOptions, clientOptions: LanguageClientOptions, private readonly merger: ServerLogMerger) {
    super(id, name, serverOptions, clientOptions);
  }

  override error(message: string, data?: unknown): void {
    this.merger.client('error', withData(message, data));
  }

  override warn(message: string, data?: unknown): void {
    this.merger.client('warn', withData(message, data));
  }

  override info(message: string, data?: unknown): void {
    this.merger.client('info', withData(message, data));
  }

  override debug(message: string, data?: unknown): void {
    this.merger.client('debug', withData(message, data));
  }
}

function withData(message: string, data: unknown): string {
  return data === undefined || data === null ? message : `${message}\n${data instanceof Error ? data.stack ?? data.message : String(data)}`;
}

export class ServerController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  /** The current client's session key; a restart after a crash reuses the client, its options and so the key. */
  private sessionKey = createSessionKey();
  private currentState: ServerState = { kind: 'stopped' };
  private readonly budget = new RestartBudget(MaxRestarts, RestartWindowMs);
  private readonly stateChanged = new vscode.EventEmitter<ServerState>();
  /** Start and stop run one at a time, in the order asked. */
  private queue: Promise<void> = Promise.resolve();
  private readonly notice: FailureNotice;
  /** Times the current client's server process ended on its own since it was started. */
  private unexpectedCloses = 0;
  private readonly processEnded = new vscode.EventEmitter<void>();
  /** What the current client runs, for the advice when it keeps dying. */
  private launchPlan: ServerLaunchPlan | undefined;

  readonly onDidChangeState = this.stateChanged.event;

  constructor(private readonly context: vscode.ExtensionContext, private readonly log: vscode.LogOutputChannel) {
    this.notice = new FailureNotice(log);
  }

  get state(): ServerState {
    return this.currentState;
  }

  start(): Promise<void> {
    return this.enqueue(() => this.startNow());
  }

  /** A restart the user asked for (or a changed process setting): a fresh restart budget and notice. */
  restart(): Promise<void> {
    return this.enqueue(async () => {
      await this.stopNow();
      this.budget.reset();
      this.notice.clear();
      await this.startNow();
    });
  }

  stop(): Promise<void> {
    return this.enqueue(() => this.stopNow());
  }

  dispose(): void {
    void this.stop();
    this.stateChanged.dispose();
    this.processEnded.dispose();
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(step, step);
    return this.queue;
  }

  private setState(state: ServerState): void {
    this.currentState = state;
    this.stateChanged.fire(state);
  }

  private async startNow(): Promise<void> {
    if (this.client !== undefined && this.client.state !== State.Stopped) {
      return;
    }
    await this.disposeClient();
    this.setState({ kind: 'starting' });
    const settings = readClientSettings(vscode.workspace.getConfiguration(SettingsSection), {
      userHome: os.homedir(),
      workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
    });
    const launch = await planServerLaunch(settings.serverPath, this.context.extensionPath, {
      isFile,
      isExecutable,
      readText,
      target: vscodeTarget(process.platform, process.arch, runsOnMusl()),
    });
    if ('problem' in launch) {
      return this.fail(launch.problem, this.openSettingsAction('clawdev.server.path'));
    }
    let dotnet: Dotnet | undefined;
    if (launch.plan.kind === 'dotnet') {
      const lookup = await findDotnet(createDotnetHost(settings.dotnetPath, this.context.extension.id, this.log));
      if ('failure' in lookup) {
        lookup.failure.tried.forEach(candidate => this.log.info(`.NET lookup: ${candidate}`));
        return this.fail(
          lookup.failure.message,
          { title: 'Download .NET', run: () => vscode.env.openExternal(vscode.Uri.parse(DotnetDownloadUrl)) },
          this.openSettingsAction('clawdev.dotnetPath'),
        );
      }
      dotnet = lookup.dotnet;
      this.log.info(`Using ${dotnet.path} (.NET ${dotnet.runtimeVersion}, found via ${dotnet.source})`);
    }

    this.launchPlan = launch.plan;
    this.sessionKey = createSessionKey();
    const command = serverCommand(launch.plan, dotnet, process.pid, process.env, this.sessionKey);
    this.log.info(`Starting the ClawDev server: ${command.command} ${command.args.join(' ')} --stdio`);
    const merger = new ServerLogMerger(this.log);
    const client = new ClawDevLanguageClient(
      'clawdev',
      'ClawDev',
      { command: command.command, args: command.args, transport: TransportKind.stdio, options: { env: command.env } },
      this.clientOptions(new ServerOutputChannel(this.log, merger)),
      merger,
    );
    this.client = client;
    this.unexpectedCloses = 0;
    client.onDidChangeState(event => this.onClientState(client, event.newState));
    try {
      await client.start();
    } catch (error) {
      // When the process ended, the error handler owns the outcome (restart, or one message after the last
      // restart); otherwise (it could not be spawned, it refused initialize) this is the failure to report.
      if (this.client === client && !await this.processEndsWithin(ProcessEndGraceMs)) {
        this.fail(`The ClawDev server could not start: ${describe(error)}. The ClawDev output has the details.`, this.showOutputAction(), this.restartAction());
      } else {
        this.log.warn(`A start of the ClawDev server failed: ${describe(error)}`);
      }
    }
  }

  /** True when the server process has ended since the start, or ends within the given time. */
  private processEndsWithin(milliseconds: number): Promise<boolean> {
    if (this.unexpectedCloses > 0) {
      return Promise.resolve(true);
    }
    return new Promise(resolve => {
      const timer = setTimeout(() => {
        subscription.dispose();
        resolve(false);
      }, milliseconds);
      const subscription = this.processEnded.event(() => {
        clearTimeout(timer);
        subscription.dispose();
        resolve(true);
      });
    });
  }

  private async stopNow(): Promise<void> {
    await this.disposeClient();
    if (this.currentState.kind !== 'failed') {
      this.setState({ kind: 'stopped' });
    }
  }

  private async disposeClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client !== undefined) {
      try {
        if (client.needsStop()) {
          await client.stop(StopTimeoutMs);
        }
      } catch (error) {
        this.log.warn(`The ClawDev server did not stop cleanly: ${describe(error)}`);
      }
      await client.dispose(StopTimeoutMs).catch(() => undefined);
    }
  }

  private onClientState(client: LanguageClient, state: State): void {
    if (this.client !== client) {
      return;
    }
    if (state === State.Running) {
      this.notice.clear();
      this.setState({ kind: 'running', client, sessionKey: this.sessionKey });
    } else if (state === State.Starting) {
      this.setState({ kind: 'starting' });
    }
  }

  private fail(message: string, ...actions: NoticeAction[]): void {
    this.notice.report(message, ...actions);
    this.setState({ kind: 'failed', message });
  }

  private clientOptions(outputChannel: vscode.OutputChannel): LanguageClientOptions {
    return {
      documentSelector: [{ scheme: 'file', language: 'python' }],
      diagnosticCollectionName: 'clawdev',
      outputChannel,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      // No second message of the library's own: start failures are reported by startNow.
      initializationFailedHandler: () => false,
      errorHandler: this.errorHandler(),
      synchronize: { configurationSection: SettingsSection },
      middleware: {
        workspace: {
          // The server pulls `clawdev` with workspace/configuration; it gets the mapped section, never the
          // client-only settings (machine paths).
          configuration: async (params, token, next) => {
            const results = await next(params, token);
            if (results instanceof ResponseError || !Array.isArray(results)) {
              return results;
            }
            return params.items.map((item, index) => item.section === SettingsSection ? toServerSettings(results[index]) : results[index]);
          },
          // Only say that something changed: the server pulls the new values through the mapping above. A
          // client on its way out (a process setting changed: it is being replaced) is told nothing.
          didChangeConfiguration: (_sections, next) => this.client?.isRunning() ? next(undefined) : Promise.resolve(),
        },
      },
    };
  }

  private errorHandler(): ErrorHandler {
    return {
      error: (_error, _message, count): ErrorHandlerResult => ({
        action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown,
        handled: true,
      }),
      closed: (): CloseHandlerResult => {
        this.unexpectedCloses++;
        this.processEnded.fire();
        if (this.budget.recordCrash()) {
          this.log.warn(`The ClawDev server stopped unexpectedly; starting it again (${this.budget.recentCrashes} of ${MaxRestarts} restarts within ${RestartWindowMs / 60_000} minutes).`);
          return { action: CloseAction.Restart, handled: true };
        }
        const advice = this.launchPlan === undefined ? '' : ` ${reinstallAdvice(this.launchPlan)}`;
        this.fail(
          `The ClawDev server stopped ${this.budget.recentCrashes} times within ${RestartWindowMs / 60_000} minutes and was not started again. The ClawDev output says why.${advice}`,
          this.showOutputAction(),
          this.restartAction(),
        );
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    };
  }

  private showOutputAction(): NoticeAction {
    return { title: 'Show Output', run: () => this.log.show() };
  }

  private restartAction(): NoticeAction {
    return { title: 'Restart', run: () => this.restart() };
  }

  private openSettingsAction(setting: string): NoticeAction {
    return { title: 'Open Settings', run: () => vscode.commands.executeCommand('workbench.action.openSettings', setting) };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
