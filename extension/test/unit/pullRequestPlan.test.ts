import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { blockingReasons, confirmQuestion, executionOutcome, isPlan, planMarkdown } from '../../src/pullRequest/pullRequestPlan';
import type { PullRequestExecution, PullRequestPlan } from '../../src/protocol';
import { protocolExample } from './protocolExamples';
import { fixturesFolder, matchesSnapshot } from './testPaths';

describe('the plan page (snapshots in fixtures/pull-request)', () => {
  for (const name of ['draftPullRequest-plan', 'draftPullRequest-blocked']) {
    test(name, () => {
      const { expected, actual } = matchesSnapshot(planMarkdown(protocolExample<PullRequestPlan>(name).result), path.join(fixturesFolder, 'pull-request', `${name}.md`));
      assert.equal(actual, expected);
    });
  }
});

test('the confirmation names the upstream side of the target', () => {
  const plan = protocolExample<PullRequestPlan>('draftPullRequest-plan').result;
  assert.equal(confirmQuestion(plan), 'Create draft pull request into octokit-fixture-org/hello-world:main?');
});

test('a blocked plan says which rule blocks it and why', () => {
  const blocked = protocolExample<PullRequestPlan>('draftPullRequest-blocked').result;
  assert.deepEqual(blockingReasons(blocked), [
    'no typo-only pull requests: the change only fixes spelling, and CONTRIBUTING.md does not accept typo-only pull requests',
  ]);
  assert.deepEqual(blockingReasons(protocolExample<PullRequestPlan>('draftPullRequest-plan').result), []);
});

describe('the outcome', () => {
  test('without a token: the compare page', () => {
    const outcome = executionOutcome(protocolExample<PullRequestExecution>('draftPullRequest-execution').result);
    assert.equal(outcome.kind, 'compare');
    assert.ok(outcome.kind === 'compare');
    assert.match(outcome.url, /\/compare\/main\.\.\.octokit-fixture-user-a:docs\/issue-12-document-shout\?expand=1/);
    assert.equal(outcome.message, 'Not signed in to GitHub: open the compare page to create the draft pull request.');
  });

  test('with a token: the pull request', () => {
    const execution: PullRequestExecution = { steps: [{ name: 'pull request', ok: true, message: 'Created draft pull request #21.' }], pullRequestUrl: 'https://github.com/o/r/pull/21', compareUrl: 'https://github.com/o/r/compare/x' };
    assert.deepEqual(executionOutcome(execution), { kind: 'pullRequest', message: 'Created draft pull request #21.', url: 'https://github.com/o/r/pull/21' });
  });

  test('a failed step: which one, why, and the retry command', () => {
    assert.deepEqual(executionOutcome(protocolExample<PullRequestExecution>('draftPullRequest-failed').result), {
      kind: 'failed',
      message: 'Draft Pull Request stopped at "push": the fork rejected the push: permission denied; branch and commit are kept. To retry: git push fork docs/issue-12-document-shout',
    });
  });

  test('plans and outcomes are told apart', () => {
    assert.ok(isPlan(protocolExample<PullRequestPlan>('draftPullRequest-plan').result));
    assert.ok(!isPlan(protocolExample<PullRequestExecution>('draftPullRequest-failed').result));
  });
});
