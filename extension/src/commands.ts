// The palette commands (category "ClawDev"): coverage, server control, and the GitHub features.
import * as vscode from 'vscode';
import { Commands } from './commandIds';
import type { CoverageService } from './coverage/coverageService';
import { CoverageViewId } from './coverage/coverageTree';
import { findFirstIssue } from './github/findFirstIssueCommand';
import { findUpstreamIssue } from './github/findUpstreamIssueCommand';
import type { GitHubCommandContext } from './github/serverRequests';
import { draftPullRequest } from './pullRequest/draftPullRequestCommand';

export function registerCommands(github: GitHubCommandContext, coverage: CoverageService): vscode.Disposable[] {
  const { server, log } = github;
  return [
    vscode.commands.registerCommand(Commands.showDocumentationCoverage, async () => {
      await vscode.commands.executeCommand(`${CoverageViewId}.focus`);
      coverage.refresh();
    }),
    vscode.commands.registerCommand(Commands.refreshCoverage, () => coverage.refresh()),
    vscode.commands.registerCommand(Commands.restartServer, async () => {
      log.info('Restart requested.');
      await server.restart();
    }),
    vscode.commands.registerCommand(Commands.showOutput, () => log.show()),
    vscode.commands.registerCommand(Commands.findFirstIssue, () => findFirstIssue(github)),
    // A code action of the server passes [uri, symbol, position]; the palette passes nothing.
    vscode.commands.registerCommand(Commands.findUpstreamIssue, (uri?: unknown, symbol?: unknown, position?: unknown) =>
      findUpstreamIssue(github, asString(uri), asString(symbol), asPosition(position))),
    vscode.commands.registerCommand(Commands.draftPullRequest, (issue?: unknown) =>
      draftPullRequest(github, typeof issue === 'number' ? issue : undefined)),
  ];
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function asPosition(value: unknown): { line: number; character: number } | undefined {
  const position = value as { line?: unknown; character?: unknown } | undefined;
  return typeof position?.line === 'number' && typeof position.character === 'number'
    ? { line: position.line, character: position.character }
    : undefined;
}
