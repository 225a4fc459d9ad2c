// "Find Upstream Issue for Symbol": from a ClawDev diagnostic's code action (arguments uri, symbol, position) or
// the palette (the definition at the cursor). Shows what upstream already has about the symbol; when nothing,
// offers a new issue drafted from the repository's template.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FindUpstreamIssuesRequest, type SymbolParams } from '../protocol';
import { draftIssue } from './draftIssueFlow';
import { activeLocation, showProblem, withServer, type GitHubCommandContext } from './serverRequests';
import { upstreamMatchEntries } from './upstreamMatchEntries';

/** The command's arguments when a code action runs it: `[uri, symbol, position]`. */
export async function findUpstreamIssue(
  context: GitHubCommandContext,
  uri?: string,
  symbol?: string,
  position?: { line: number; character: number },
): Promise<void> {
  await withServer(context, FindUpstreamIssuesRequest.method, async client => {
    const params = symbolParams(client, uri, symbol, position);
    if (params === undefined) {
      void vscode.window.showErrorMessage('ClawDev: put the cursor on a Python definition first.');
      return;
    }
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'ClawDev: searching upstream issues and pull requests…', cancellable: true },
      (_progress, token) => client.sendRequest(FindUpstreamIssuesRequest, params, token),
    );
    const named = { ...params, symbol: result.symbol };
    if (result.problem !== undefined) {
      await showProblem(context, result.problem, () => findUpstreamIssue(context, named.uri, named.symbol, named.position));
      return;
    }
    if (result.matches.length === 0) {
      const where = result.upstream === undefined ? 'upstream' : result.upstream.fullName;
      const choice = await vscode.window.showInformationMessage(
        `ClawDev: no issue or pull request in ${where} mentions ${result.symbol}.`, 'Draft New Issue');
      if (choice !== undefined) {
        await draftIssue(client, named);
      }
      return;
    }
    const picked = await vscode.window.showQuickPick(upstreamMatchEntries(result.matches), {
      title: `Upstream about ${result.symbol}${result.notes.length === 0 ? '' : ` (${result.notes.join('; ')})`}`,
      placeHolder: 'Pick one to open it in the browser',
      matchOnDescription: true,
    });
    if (picked !== undefined) {
      await vscode.env.openExternal(vscode.Uri.parse(picked.match.url));
    }
  });
}

function symbolParams(
  client: LanguageClient,
  uri: string | undefined,
  symbol: string | undefined,
  position: { line: number; character: number } | undefined,
): SymbolParams | undefined {
  if (uri !== undefined && (symbol !== undefined || position !== undefined)) {
    return { uri, symbol, position };
  }
  const active = activeLocation(client);
  return active.uri === undefined || active.position === undefined ? undefined : { uri: active.uri, position: active.position };
}
