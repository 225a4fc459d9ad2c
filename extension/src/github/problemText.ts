// A GitHub problem as one sentence for the user, with when to try again.
import type { GitHubProblem } from '../protocol';
import { relativeTime } from './relativeTime';

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
