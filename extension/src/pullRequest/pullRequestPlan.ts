// What Draft Pull Request shows of the server's plan and outcome, as plain text (the command shows it): the plan
// as a Markdown page, the confirmation question, why a plan is blocked, and what to offer when it is done.
import type { ChecklistStatus, PullRequestExecution, PullRequestPlan } from '../protocol';

const StatusMarks: Record<ChecklistStatus, string> = { pass: '✅ pass', advisory: '⚠️ advisory', blocking: '⛔ blocking' };

export function planMarkdown(plan: PullRequestPlan): string {
  const lines = [
    `# Draft pull request: ${plan.title}`,
    '',
    `**Target:** \`${plan.target}\``,
    '',
    `**Branch:** \`${plan.branch}\``,
    '',
    '## Files',
    '',
    '| File | Added | Removed | |',
    '| --- | ---: | ---: | --- |',
    ...plan.files.map(file => `| \`${file.path}\` | +${file.added} | −${file.removed} | ${file.documentation ? 'documentation' : 'code'} |`),
    '',
  ];
  if (plan.unrelated.length > 0) {
    lines.push('## Other changes, left out unless you include them', '');
    lines.push(...plan.unrelated.map(change => `- \`${change.path}\` +${change.added} −${change.removed}`), '');
  }
  if (plan.checklist.length > 0) {
    lines.push('## Pre-flight checklist', '');
    lines.push(...plan.checklist.map(item =>
      `- ${StatusMarks[item.status]} **${item.rule}**: ${item.reason}${item.source === undefined ? '' : ` (${item.source})`}`), '');
  }
  if (plan.bundle !== undefined) {
    lines.push(`> ${plan.bundle}`, '');
  }
  if (plan.notes !== undefined && plan.notes.length > 0) {
    lines.push('## Notes', '', ...plan.notes.map(note => `- ${note}`), '');
  }
  lines.push('## Commit message', '', '```text', plan.commitMessage, '```', '', '## Description', '', plan.body, '');
  return lines.join('\n');
}

/** The blocking checks, one sentence each; empty when nothing blocks. */
export function blockingReasons(plan: PullRequestPlan): string[] {
  return plan.checklist.filter(item => item.status === 'blocking').map(item => `${item.rule}: ${item.reason}`);
}

/** "Create draft pull request into owner/repo:main?": the upstream side of the target, which is what matters most. */
export function confirmQuestion(plan: PullRequestPlan): string {
  const into = plan.target.split(' ← ')[0];
  return `Create draft pull request into ${into}?`;
}

export type ExecutionOutcome =
  | { kind: 'failed'; message: string }
  | { kind: 'pullRequest'; message: string; url: string }
  | { kind: 'compare'; message: string; url: string }
  | { kind: 'done'; message: string };

export function executionOutcome(execution: PullRequestExecution): ExecutionOutcome {
  const failed = execution.steps.find(step => !step.ok);
  if (failed !== undefined) {
    const sentence = /[.!?]$/.test(failed.message) ? failed.message : `${failed.message}.`;
    const retry = execution.retry === undefined ? '' : ` To retry: ${execution.retry}`;
    return { kind: 'failed', message: `Draft Pull Request stopped at "${failed.name}": ${sentence}${retry}` };
  }
  const message = execution.steps.at(-1)?.message ?? 'Done.';
  if (execution.pullRequestUrl !== undefined) {
    return { kind: 'pullRequest', message, url: execution.pullRequestUrl };
  }
  if (execution.compareUrl !== undefined) {
    return { kind: 'compare', message, url: execution.compareUrl };
  }
  return { kind: 'done', message };
}

export function isPlan(answer: PullRequestPlan | PullRequestExecution): answer is PullRequestPlan {
  return 'planId' in answer;
}
