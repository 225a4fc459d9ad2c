// Hands the user's GitHub session to the server, sealed (sealedToken.ts), only when a feature needs it: when the
// server asks (`clawdev/requestGitHubSession`) or the user chose "Sign In" on a problem. Once handed over, a
// change of the account (sign-out, another account) is passed on, so the server never keeps a stale token.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  GitHubSessionNotification,
  RequestGitHubSessionRequest,
  type RequestGitHubSessionParams,
  type SealedGitHubSession,
} from '../protocol';
import type { ServerController, ServerState } from '../server/serverController';
import { SettingsSection, toServerSettings } from '../settings';
import { authProviderFor, type GitHubAuthProvider } from './authProvider';
import { sealToken } from './sealedToken';

interface Connection {
  client: LanguageClient;
  sessionKey: Buffer;
  /** Whether this server has been given a session (then account changes are passed on). */
  handedOver: boolean;
}

export class GitHubSessions implements vscode.Disposable {
  private connection: Connection | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(server: ServerController, private readonly log: vscode.LogOutputChannel) {
    this.subscriptions = [
      server.onDidChangeState(state => this.onServerState(state)),
      vscode.authentication.onDidChangeSessions(event => {
        if (this.connection?.handedOver && event.provider.id === this.provider().id) {
          void this.passOnAccountChange();
        }
      }),
    ];
    this.onServerState(server.state);
  }

  dispose(): void {
    this.subscriptions.forEach(subscription => subscription.dispose());
  }

  /**
   * Asks the user to sign in (again: `force` asks even when VS Code has a session, for a token GitHub refused) and
   * hands the session to the server. False when the user declined or signing in failed (they were told why).
   */
  async signIn(reason: string, force = false): Promise<boolean> {
    const connection = this.connection;
    if (connection === undefined) {
      return false;
    }
    const sealed = await this.sealedSession(connection, { reason, createIfNone: true }, force);
    if (sealed.sealed === undefined) {
      return false;
    }
    await this.handOver(connection, sealed);
    return true;
  }

  private onServerState(state: ServerState): void {
    if (state.kind !== 'running' || state.client === this.connection?.client) {
      return;
    }
    const connection: Connection = { client: state.client, sessionKey: state.sessionKey, handedOver: false };
    this.connection = connection;
    state.client.onRequest(RequestGitHubSessionRequest, async params => {
      const sealed = await this.sealedSession(connection, params, false);
      connection.handedOver ||= sealed.sealed !== undefined;
      return sealed;
    });
  }

  private async passOnAccountChange(): Promise<void> {
    const connection = this.connection;
    if (connection !== undefined) {
      this.log.info('The GitHub account changed; passing it on to the server.');
      await this.handOver(connection, await this.sealedSession(connection, { reason: 'account changed', createIfNone: false }, false));
    }
  }

  private async handOver(connection: Connection, sealed: SealedGitHubSession): Promise<void> {
    await connection.client.sendNotification(GitHubSessionNotification, sealed);
    connection.handedOver ||= sealed.sealed !== undefined;
  }

  /** The session sealed with the connection's key; `{}` when there is none, the user declined, or it failed. */
  private async sealedSession(connection: Connection, params: RequestGitHubSessionParams, force: boolean): Promise<SealedGitHubSession> {
    const provider = this.provider();
    try {
      const session = force
        ? await vscode.authentication.getSession(provider.id, provider.scopes, { forceNewSession: { detail: params.reason } })
        : params.createIfNone
          ? await vscode.authentication.getSession(provider.id, provider.scopes, { createIfNone: true })
          : await vscode.authentication.getSession(provider.id, provider.scopes, { silent: true });
      if (session === undefined) {
        return {};
      }
      return { sealed: sealToken(connection.sessionKey, session.accessToken), account: session.account.label };
    } catch (error) {
      // Declining the prompt rejects too; either way the feature goes on without a token and says so.
      if (params.createIfNone || force) {
        void this.reportSignInFailure(provider, error);
      }
      this.log.info(`No GitHub session (${provider.id}): ${error instanceof Error ? error.message : String(error)}`);
      return {};
    }
  }

  private async reportSignInFailure(provider: GitHubAuthProvider, error: unknown): Promise<void> {
    if (provider.enterpriseUri === undefined) {
      return; // github.com: VS Code's own sign-in already said what went wrong, or the user cancelled.
    }
    const configured = vscode.workspace.getConfiguration('github-enterprise').get<string>('uri');
    if (configured?.replace(/\/+$/, '') === provider.enterpriseUri) {
      return;
    }
    const choice = await vscode.window.showWarningMessage(
      `ClawDev: signing in to GitHub Enterprise needs the setting github-enterprise.uri to be ${provider.enterpriseUri} `
        + `(the host of clawdev.github.apiUrl). ${error instanceof Error ? error.message : ''}`.trim(),
      'Open Settings',
    );
    if (choice === 'Open Settings') {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'github-enterprise.uri');
    }
  }

  private provider(): GitHubAuthProvider {
    return authProviderFor(toServerSettings(vscode.workspace.getConfiguration().get(SettingsSection)).github.apiUrl);
  }
}
