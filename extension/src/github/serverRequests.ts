// The GitHub commands' way to the server: the running client, and one message for whatever went wrong.
import * as vscode from 'vscode';
import { ErrorCodes, LSPErrorCodes, ResponseError, type LanguageClient } from 'vscode-languageclient/node';
import type { GitHubProblem } from '../protocol';
import type { ServerController } from '../server/serverController';
import type { GitHubSessions } from './githubSessions';
import { problemNotice } from './problemText';

/** What every GitHub command needs. */
export interface GitHubCommandContext {
  server: ServerController;
  sessions: GitHubSessions;
  log: vscode.LogOutputChannel;
}

/**
 * Runs `work` with the running language client; when the server is not running, or the request fails, shows one
 * error message (a ResponseError's message is meant for the user) and resolves to undefined.
 */
export async function withServer<T>(
  context: GitHubCommandContext,
  method: string,
  work: (client: LanguageClient) => Promise<T>,
): Promise<T | undefined> {
  const state = context.server.state;
  if (state.kind !== 'running') {
    void vscode.window.showErrorMessage('ClawDev: the ClawDev server is not running; see the ClawDev output.', 'Show Output')
      .then(choice => choice === undefined ? undefined : context.log.show());
    return undefined;
  }
  try {
    return await work(state.client);
  } catch (error) {
    context.log.warn(`${method} failed: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound) {
      void vscode.window.showErrorMessage(`ClawDev: this ClawDev server does not answer ${method}; update the extension.`);
    } else if (!isCancellation(error)) {
      void vscode.window.showErrorMessage(`ClawDev: ${error instanceof Error ? error.message : String(error)}`);
    }
    return undefined;
  }
}

/**
 * Shows a problem of a GitHub answer, leading with what the user can do, with the button it calls for and Show
 * Output; the problem is logged in full. `again` runs the command again (Retry, or after the user signed in).
 */
export async function showProblem(context: GitHubCommandContext, problem: GitHubProblem, again: () => unknown): Promise<void> {
  context.log.warn(`GitHub problem${problem.kind === undefined ? '' : ` (${problem.kind})`}: ${problem.message}`);
  const notice = problemNotice(problem, new Date());
  switch (await vscode.window.showWarningMessage(`ClawDev: ${notice.text}`, ...notice.buttons)) {
    case 'Sign In to GitHub':
      if (await context.sessions.signIn(problem.message, true)) {
        await again();
      }
      return;
    case 'Set Upstream':
      await vscode.commands.executeCommand('workbench.action.openSettings', 'clawdev.github.upstream');
      return;
    case 'Retry':
      await again();
      return;
    case 'Show Output':
      context.log.show();
  }
}

/** The file the user is in and the cursor, as the server's requests take them. */
export function activeLocation(client: LanguageClient): { uri?: string; position?: { line: number; character: number } } {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined || editor.document.uri.scheme !== 'file') {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return { uri: folder === undefined ? undefined : client.code2ProtocolConverter.asUri(folder.uri) };
  }
  return {
    uri: client.code2ProtocolConverter.asUri(editor.document.uri),
    position: client.code2ProtocolConverter.asPosition(editor.selection.active),
  };
}

/** The user cancelled (the progress notification's Cancel): nothing to report. */
function isCancellation(error: unknown): boolean {
  return error instanceof vscode.CancellationError
    || (error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled);
}
