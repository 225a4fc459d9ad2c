// The QuickPick of "Find First Issue Here", as plain data (the command turns it into vscode.QuickPickItems):
// the ranked issues under a line naming the upstream and the answer's notes, then the maintainers' micro-tasks.
import * as path from 'node:path';
import type { FindFirstIssuesResult, FirstIssue, MicroTask } from '../protocol';
import { calendarDate, plural, relativeTime } from './relativeTime';

export type FirstIssueEntry =
  | { kind: 'separator'; label: string }
  | { kind: 'issue'; label: string; description: string; detail: string; issue: FirstIssue }
  | { kind: 'microTask'; label: string; description: string; detail: string; task: MicroTask };

export const MicroTasksSeparator = 'Curated by the maintainers (offline)';

export function firstIssueEntries(result: FindFirstIssuesResult, now: Date): FirstIssueEntry[] {
  const entries: FirstIssueEntry[] = [];
  if (result.items.length > 0 || result.notes.length > 0) {
    entries.push({ kind: 'separator', label: issuesHeading(result) });
  }
  for (const issue of result.items) {
    entries.push({
      kind: 'issue',
      label: `#${issue.number} ${issue.title}`,
      description: [issue.labels.join(', '), relativeTime(issue.createdAt, now), plural(issue.comments, 'comment')]
        .filter(part => part !== '')
        .join(' · '),
      detail: [...(issue.claimed === undefined ? [] : [claimedText(issue)]), ...issue.reasons].join(' · '),
      issue,
    });
  }
  if (result.microTasks.length > 0) {
    entries.push({ kind: 'separator', label: MicroTasksSeparator });
  }
  for (const task of result.microTasks) {
    entries.push({
      kind: 'microTask',
      label: task.object,
      description: `${path.posix.basename(task.source.uri)}:${task.source.line + 1}`,
      detail: task.action,
      task,
    });
  }
  return entries;
}

/** "claimed by @octocat on 2017-10-10 (comment: I'd like to work on this)". */
export function claimedText(issue: FirstIssue): string {
  const claim = issue.claimed;
  if (claim === undefined) {
    return '';
  }
  const by = claim.by === undefined ? 'claimed' : `claimed by @${claim.by}`;
  return `${by} on ${calendarDate(claim.since)} (${claim.reason})`;
}

/** "octokit-fixture-org/hello-world (remote 'upstream') · cached 3 h ago". */
function issuesHeading(result: FindFirstIssuesResult): string {
  const upstream = result.upstream === undefined ? 'Upstream issues' : `${result.upstream.fullName} (${result.upstream.source})`;
  return [upstream, ...result.notes].join(' · ');
}
