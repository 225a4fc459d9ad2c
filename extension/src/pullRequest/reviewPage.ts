// The pull-request plan as a review page: every part of the plan, then — at the end, so they are reached only
// after the whole plan — the Create and Cancel buttons. Everything from the repository (title, template, paths,
// CONTRIBUTING.md sentences) is escaped; commit message and description are shown as the exact text that is sent.
import type { ChecklistStatus, PullRequestPlan } from '../protocol';

/** What the page offers: the buttons (the final plan), nothing yet (questions still open), or why it is blocked. */
export type ReviewStage = 'confirm' | 'preview' | 'blocked';

/** What the page's buttons post to the extension. */
export type ReviewChoice = 'create' | 'cancel';

export const CreateButton = 'Create Draft Pull Request';
export const CancelButton = 'Cancel';

const StatusMarks: Record<ChecklistStatus, string> = { pass: '✅ pass', advisory: '⚠️ advisory', blocking: '⛔ blocking' };

export interface PageSecurity {
  /** The nonce of the page's one script. */
  nonce: string;
  /** The webview's own origin, for the Content-Security-Policy. */
  cspSource: string;
}

export function reviewPageHtml(plan: PullRequestPlan, stage: ReviewStage, security: PageSecurity): string {
  const sections = [
    `<h1>Draft pull request: ${escape(plan.title)}</h1>`,
    `<p><strong>Target:</strong> <code>${escape(plan.target)}</code></p>`,
    `<p><strong>Branch:</strong> <code>${escape(plan.branch)}</code></p>`,
    '<h2>Files</h2>',
    '<table><thead><tr><th>File</th><th>Added</th><th>Removed</th><th></th></tr></thead><tbody>',
    ...plan.files.map(file => `<tr><td><code>${escape(file.path)}</code></td><td class="number">+${file.added}</td>`
      + `<td class="number">−${file.removed}</td><td>${file.documentation ? 'documentation' : 'code'}</td></tr>`),
    '</tbody></table>',
  ];
  if (plan.unrelated.length > 0) {
    sections.push('<h2>Other changes, left out unless you include them</h2>', '<ul>',
      ...plan.unrelated.map(change => `<li><code>${escape(change.path)}</code> +${change.added} −${change.removed}</li>`), '</ul>');
  }
  if (plan.checklist.length > 0) {
    sections.push('<h2>Pre-flight checklist</h2>', '<ul class="checklist">',
      ...plan.checklist.map(item => `<li class="${item.status}">${StatusMarks[item.status]} <strong>${escape(item.rule)}</strong>: `
        + `${escape(item.reason)}${item.source === undefined ? '' : ` <span class="source">(${escape(item.source)})</span>`}</li>`),
      '</ul>');
  }
  if (plan.bundle !== undefined) {
    sections.push(`<blockquote>${escape(plan.bundle)}</blockquote>`);
  }
  if (plan.notes !== undefined && plan.notes.length > 0) {
    sections.push('<h2>Notes</h2>', '<ul>', ...plan.notes.map(note => `<li>${escape(note)}</li>`), '</ul>');
  }
  sections.push(
    '<h2>Commit message</h2>', `<pre>${escape(plan.commitMessage)}</pre>`,
    '<h2>Description</h2>', `<pre>${escape(plan.body)}</pre>`,
    footer(plan, stage),
  );
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${security.cspSource} 'unsafe-inline'; script-src 'nonce-${security.nonce}';">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<title>Draft pull request</title><style>${Style}</style></head><body>`,
    ...sections,
    stage === 'confirm' ? `<script nonce="${security.nonce}">${Script}</script>` : '',
    '</body></html>',
  ].join('\n');
}

function footer(plan: PullRequestPlan, stage: ReviewStage): string {
  switch (stage) {
    case 'confirm':
      return `<div class="actions"><p>Nothing has been sent yet. Create the branch and commit, push to your fork and open the draft pull request into <code>${escape(plan.target.split(' ← ')[0])}</code>?</p>`
        + `<button id="create" data-choice="create">${CreateButton}</button> <button id="cancel" class="secondary" data-choice="cancel">${CancelButton}</button></div>`;
    case 'preview':
      return '<div class="actions"><p>Answer the questions at the top of the window; the buttons to create the pull request appear here then.</p></div>';
    case 'blocked':
      return '<div class="actions blocked"><p>⛔ This pull request would not be accepted: a blocking pre-flight check failed (see the checklist). Nothing was sent.</p></div>';
  }
}

export function escape(text: string): string {
  return text.replace(/[&<>"']/g, character => `&#${character.charCodeAt(0)};`);
}

const Script = `const vscode = acquireVsCodeApi();
for (const button of document.querySelectorAll('.actions button')) {
  button.addEventListener('click', () => {
    document.querySelectorAll('.actions button').forEach(b => { b.disabled = true; });
    vscode.postMessage({ choice: button.dataset.choice });
  });
}`;

const Style = `body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 20px 40px; line-height: 1.5; }
code, pre { font-family: var(--vscode-editor-font-family); }
pre { background: var(--vscode-textCodeBlock-background); padding: 8px 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
table { border-collapse: collapse; } th, td { border: 1px solid var(--vscode-panel-border); padding: 2px 8px; text-align: left; }
td.number { text-align: right; } .source { opacity: 0.8; } li.blocking { color: var(--vscode-errorForeground); }
blockquote { border-left: 3px solid var(--vscode-textBlockQuote-border); margin: 0; padding-left: 12px; }
.actions { margin-top: 24px; border-top: 1px solid var(--vscode-panel-border); padding-top: 12px; }
button { background: var(--vscode-button-background); color: var(--vscode-button-foreground); border: none; padding: 6px 14px; cursor: pointer; }
button.secondary { background: var(--vscode-button-secondaryBackground); color: var(--vscode-button-secondaryForeground); }
button:disabled { opacity: 0.5; cursor: default; }`;
