// Read-only Markdown pages the extension shows (the pull-request plan): documents of the `clawdev-preview`
// scheme, opened in VS Code's Markdown preview, so nothing asks to be saved.
import * as vscode from 'vscode';

export const PreviewScheme = 'clawdev-preview';

export class MarkdownPreviews implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly pages = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(PreviewScheme, this);

  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.pages.get(uri.toString()) ?? '';
  }

  /** Shows `markdown` as the page `name` ("pull-request-plan.md"), replacing what that page showed before. */
  async show(name: string, markdown: string): Promise<void> {
    const uri = vscode.Uri.from({ scheme: PreviewScheme, path: `/${name}` });
    this.pages.set(uri.toString(), markdown);
    this.changed.fire(uri);
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}
