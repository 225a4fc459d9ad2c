// "Find First Issue Here": the upstream's open beginner issues ranked by the server for the open file, and the
// maintainers' micro-tasks; a pick opens the issue or starts a branch for it, or opens the micro-task's code.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FindFirstIssuesRequest, StartWorkingOnIssueRequest, type FirstIssue, type MicroTask } from '../protocol';
import { firstIssueEntries, type FirstIssueEntry } from './firstIssueEntries';
import { activeLocation, showProblem, withServer, type GitHubCommandContext } from './serverRequests';

type EntryItem = vscode.QuickPickItem & { entry: FirstIssueEntry };

export async function findFirstIssue(context: GitHubCommandContext): Promise<void> {
  await withServer(context, FindFirstIssuesRequest.method, async client => {
    const location = activeLocation(client);
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'ClawDev: finding first issues…', cancellable: true },
      (_progress, token) => client.sendRequest(FindFirstIssuesRequest, location, token),
    );
    if (result.problem !== undefined) {
      void showProblem(context, result.problem, () => findFirstIssue(context));
    }
    if (result.items.length === 0 && result.microTasks.length === 0) {
      if (result.problem === undefined) {
        const where = result.upstream === undefined ? 'upstream' : result.upstream.fullName;
        void vscode.window.showInformationMessage(`ClawDev: no open beginner or documentation issues in ${where}, and no curated micro-tasks here.`);
      }
      return;
    }
    const items: EntryItem[] = firstIssueEntries(result, new Date()).map(entry => entry.kind === 'separator'
      ? { label: entry.label, kind: vscode.QuickPickItemKind.Separator, entry }
      : { label: entry.label, description: entry.description, detail: entry.detail, entry });
    const picked = await vscode.window.showQuickPick(items, {
      title: result.upstream === undefined ? 'First issues' : `First issues in ${result.upstream.fullName}`,
      placeHolder: 'Pick an issue to open or start working on, or a micro-task to open',
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (picked?.entry.kind === 'issue') {
      await onIssue(client, location.uri, picked.entry.issue);
    } else if (picked?.entry.kind === 'microTask') {
      await openMicroTask(picked.entry.task);
    }
  });
}

async function onIssue(client: LanguageClient, uri: string | undefined, issue: FirstIssue): Promise<void> {
  const open = 'Open in Browser';
  const start = 'Start Working';
  const choice = await vscode.window.showQuickPick([open, start], {
    title: `#${issue.number} ${issue.title}`,
    placeHolder: issue.claimed === undefined ? 'What next?' : 'Someone has claimed this issue; check with them before you start.',
  });
  if (choice === open) {
    await vscode.env.openExternal(vscode.Uri.parse(issue.url));
  } else if (choice === start) {
    if (uri === undefined) {
      void vscode.window.showErrorMessage('ClawDev: open a folder of the repository first.');
      return;
    }
    const started = await client.sendRequest(StartWorkingOnIssueRequest, { uri, number: issue.number, title: issue.title });
    void vscode.window.showInformationMessage(`ClawDev: ${started.message}`);
  }
}

/** Opens the definition the maintainers listed, or, when it was not found, the list's line. */
async function openMicroTask(task: MicroTask): Promise<void> {
  const target = task.definedAt ?? {
    uri: task.source.uri,
    range: { start: { line: task.source.line, character: 0 }, end: { line: task.source.line, character: 0 } },
  };
  const { start, end } = target.range;
  await vscode.window.showTextDocument(vscode.Uri.parse(target.uri), {
    selection: new vscode.Range(start.line, start.character, end.line, end.character),
  });
}
