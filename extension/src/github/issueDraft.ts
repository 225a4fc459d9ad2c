// A drafted issue as the Markdown document the user reviews (and may edit) before it is sent: the title as the
// first heading, then the body.
import type { DraftIssueResult } from '../protocol';

export function issueDraftDocument(draft: DraftIssueResult): string {
  return `# ${draft.title}\n\n${draft.body}`;
}

/** Title and body back from the (possibly edited) document; undefined when its first line is no `# title`. */
export function readIssueDraftDocument(text: string): { title: string; body: string } | undefined {
  const newline = text.indexOf('\n');
  const firstLine = (newline < 0 ? text : text.slice(0, newline)).trimEnd();
  const title = firstLine.startsWith('# ') ? firstLine.slice(2).trim() : '';
  if (title === '') {
    return undefined;
  }
  const body = newline < 0 ? '' : text.slice(newline + 1).replace(/^(\s*\n)+/, '').trimEnd();
  return { title, body };
}
