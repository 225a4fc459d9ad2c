// Keeps the workspace's documentation coverage up to date by asking the server (`clawdev/documentationCoverage`)
// when it starts, when it says coverage changed (`clawdev/refreshDocumentationCoverage`: after indexing and
// edits), and every few seconds while it is still indexing, so big workspaces show progress.
import * as vscode from 'vscode';
import { ErrorCodes, ResponseError, type LanguageClient } from 'vscode-languageclient/node';
import {
  DocumentationCoverageRequest,
  RefreshDocumentationCoverageNotification,
  type DocumentationCoverageResult,
} from '../protocol';
import type { ServerController, ServerState } from '../server/serverController';

export type CoverageState =
  | { kind: 'waiting' }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'ready'; result: DocumentationCoverageResult };

/** While the server is still indexing, ask again this often in case it sends no refresh notification. */
const WhileIndexingMs = 2_000;

export class CoverageService implements vscode.Disposable {
  private current: CoverageState = { kind: 'waiting' };
  private client: LanguageClient | undefined;
  private clientSubscription: vscode.Disposable | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly changed = new vscode.EventEmitter<CoverageState>();
  private readonly subscription: vscode.Disposable;

  readonly onDidChange = this.changed.event;

  constructor(server: ServerController, private readonly log: vscode.LogOutputChannel) {
    this.subscription = server.onDidChangeState(state => this.onServerState(state));
    this.onServerState(server.state);
  }

  get state(): CoverageState {
    return this.current;
  }

  /** Asks the server now (the view's refresh button, the Show Documentation Coverage command). */
  refresh(): void {
    this.schedule(0);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.clientSubscription?.dispose();
    this.subscription.dispose();
    this.changed.dispose();
  }

  private onServerState(state: ServerState): void {
    const client = state.kind === 'running' ? state.client : undefined;
    if (client !== this.client) {
      this.client = client;
      this.clientSubscription?.dispose();
      this.clientSubscription = client?.onNotification(RefreshDocumentationCoverageNotification, () => this.schedule(0));
    }
    if (client !== undefined) {
      if (this.current.kind !== 'ready') {
        this.setState({ kind: 'waiting' });
      }
      this.schedule(0);
    } else {
      this.setState(state.kind === 'failed'
        ? { kind: 'unavailable', reason: `The ClawDev server is not running. ${state.message}` }
        : { kind: 'waiting' });
    }
  }

  private schedule(delayMs: number): void {
    if (this.client === undefined || this.current.kind === 'unavailable') {
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.fetch(), delayMs);
  }

  private async fetch(): Promise<void> {
    const client = this.client;
    if (client === undefined) {
      return;
    }
    try {
      const result = await client.sendRequest(DocumentationCoverageRequest, {});
      if (client !== this.client) {
        return;
      }
      this.setState({ kind: 'ready', result });
      if (!result.complete) {
        this.schedule(WhileIndexingMs);
      }
    } catch (error) {
      if (client !== this.client) {
        return;
      }
      if (error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound) {
        const reason = `This ClawDev server does not report documentation coverage (${DocumentationCoverageRequest.method}).`;
        this.log.warn(reason);
        this.setState({ kind: 'unavailable', reason });
      } else {
        this.log.warn(`Could not get documentation coverage: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  private setState(state: CoverageState): void {
    this.current = state;
    this.changed.fire(state);
  }
}
