// "Draft New Issue": the server fills the repository's issue template; the user reviews (and may edit) it in a
// Markdown document, then creates it through the API (with a token) or opens GitHub's prefilled new-issue page.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CreateIssueRequest, DraftIssueRequest, type SymbolParams } from '../protocol';
import { issueDraftDocument, readIssueDraftDocument } from './issueDraft';

export async function draftIssue(client: LanguageClient, params: SymbolParams): Promise<void> {
  const draft = await client.sendRequest(DraftIssueRequest, params);
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: issueDraftDocument(draft) });
  await vscode.window.showTextDocument(document, { preview: false });
  await vscode.commands.executeCommand('markdown.showPreviewToSide', document.uri);

  const create = 'Create Issue';
  const openInBrowser = 'Open Prefilled Issue in Browser';
  const labels = draft.labels.length === 0 ? '' : ` Labels: ${draft.labels.join(', ')}.`;
  const template = draft.template === undefined ? '' : ` From the template ${draft.template}.`;
  const choice = await vscode.window.showInformationMessage(
    `ClawDev: review the drafted issue (you can edit it).${template}${labels}`,
    ...(draft.canCreate ? [create] : []),
    openInBrowser,
  );
  if (choice === openInBrowser) {
    await vscode.env.openExternal(vscode.Uri.parse(draft.newIssueUrl));
  } else if (choice === create) {
    const edited = readIssueDraftDocument(document.getText());
    if (edited === undefined) {
      void vscode.window.showErrorMessage('ClawDev: the draft needs its title as the first line, as "# Title".');
      return;
    }
    // A failure is a ResponseError with a message for the user, which the caller (withServer) shows.
    const created = await client.sendRequest(CreateIssueRequest, { uri: params.uri, ...edited, labels: draft.labels });
    const open = await vscode.window.showInformationMessage(`ClawDev: created issue #${created.number}.`, 'Open Issue');
    if (open !== undefined) {
      await vscode.env.openExternal(vscode.Uri.parse(created.url));
    }
  }
}
