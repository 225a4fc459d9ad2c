// What Draft Pull Request says about the server's plan and outcome, as plain text (the command shows it): why a
// plan is blocked, and what to offer when it is done. The plan itself is shown by the review page (reviewPage.ts).
import type { PullRequestExecution, PullRequestPlan } from '../protocol';

/** The blocking checks, one sentence each; empty when nothing blocks. */
export function blockingReasons(plan: PullRequestPlan): string[] {
  return plan.checklist.filter(item => item.status === 'blocking').map(item => `${item.rule}: ${item.reason}`);
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
