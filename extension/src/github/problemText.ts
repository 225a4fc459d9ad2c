// A GitHub problem as the user sees it: what they can do first, then the server's full reason, with the buttons
// that help (sign in, set the upstream, retry) and the ClawDev output, where the details are logged.
import type { GitHubProblem } from '../protocol';
import { relativeTime } from './relativeTime';

export type ProblemButton = 'Sign In to GitHub' | 'Set Upstream' | 'Retry' | 'Show Output';

export interface ProblemNotice {
  text: string;
  buttons: ProblemButton[];
}

/** What the user can do about a problem without a button of its own, by its kind. */
const Leads: Record<string, string> = {
  offline: 'Check your network connection, then Retry.',
  timeout: 'GitHub is slow to answer: Retry in a moment.',
  gitHubError: 'GitHub could not answer this time: Retry later.',
};

export function problemNotice(problem: GitHubProblem, now: Date): ProblemNotice {
  const reason = problemText(problem, now);
  const lead = problem.kind === undefined ? undefined : Leads[problem.kind];
  const text = lead === undefined ? reason : `${lead} ${reason}`;
  switch (problem.action) {
    case 'signIn':
      return { text, buttons: ['Sign In to GitHub', 'Show Output'] };
    case 'setUpstream':
      return { text, buttons: ['Set Upstream', 'Show Output'] };
  }
  const waitForReset = problem.retryAfter !== undefined && Date.parse(problem.retryAfter) > now.getTime();
  return { text, buttons: waitForReset ? ['Show Output'] : ['Retry', 'Show Output'] };
}

/** The server's sentence, with when to try again. */
export function problemText(problem: GitHubProblem, now: Date): string {
  if (problem.retryAfter === undefined) {
    return problem.message;
  }
  const retryAt = Date.parse(problem.retryAfter);
  if (Number.isNaN(retryAt) || retryAt <= now.getTime()) {
    return `${problem.message} You can try again now.`;
  }
  const clock = new Date(retryAt).toISOString().slice(11, 16);
  return `${problem.message} Try again ${relativeTime(problem.retryAfter, now)} (${clock} UTC).`;
}
