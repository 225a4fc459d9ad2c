import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { blockingReasons, executionOutcome, isPlan } from '../../src/pullRequest/pullRequestPlan';
import { CreateButton, escape, reviewPageHtml, type ReviewStage } from '../../src/pullRequest/reviewPage';
import type { PullRequestExecution, PullRequestPlan } from '../../src/protocol';
import { protocolExample } from './protocolExamples';
import { fixturesFolder, matchesSnapshot } from './testPaths';

const security = { nonce: 'NONCE', cspSource: 'vscode-webview://page' };

describe('the review page (snapshots in fixtures/pull-request)', () => {
  const pages: [string, ReviewStage][] = [['draftPullRequest-plan', 'confirm'], ['draftPullRequest-blocked', 'blocked']];
  for (const [name, stage] of pages) {
    test(`${name} (${stage})`, () => {
      const html = reviewPageHtml(protocolExample<PullRequestPlan>(name).result, stage, security);
      const { expected, actual } = matchesSnapshot(html, path.join(fixturesFolder, 'pull-request', `${name}.html`));
      assert.equal(actual, expected);
    });
  }

  test('the buttons come after the whole plan: after the description, the last part of it', () => {
    const plan = protocolExample<PullRequestPlan>('draftPullRequest-plan').result;
    const html = reviewPageHtml(plan, 'confirm', security);
    const description = html.indexOf(escape(plan.body));
    assert.ok(description > 0);
    assert.ok(html.indexOf(`>${CreateButton}</button>`) > description, 'Create follows the description');
    assert.ok(html.indexOf('>Cancel</button>') > description, 'Cancel follows the description');
  });

  test('while a question is open, and for a blocked plan, the page has no buttons and no script', () => {
    for (const [name, stage] of [['draftPullRequest-plan', 'preview'], ['draftPullRequest-blocked', 'blocked']] as const) {
      const html = reviewPageHtml(protocolExample<PullRequestPlan>(name).result, stage, security);
      assert.ok(!html.includes('<button'), `${stage}: no buttons`);
      assert.ok(!html.includes('<script'), `${stage}: no script`);
    }
  });

  test("the repository's text cannot add markup or script to the page", () => {
    const plan = { ...protocolExample<PullRequestPlan>('draftPullRequest-plan').result };
    plan.title = '<img src=x onerror=alert(1)>';
    plan.body = '<script>acquireVsCodeApi().postMessage({choice:"create"})</script><button data-choice="create">Create</button>';
    const html = reviewPageHtml(plan, 'confirm', security);
    assert.ok(!html.includes('<img'));
    assert.equal(html.match(/<script/g)?.length, 1, 'only the page\'s own script');
    assert.equal(html.match(/<button/g)?.length, 2, 'only Create and Cancel');
    assert.match(html, /script-src 'nonce-NONCE'/);
  });
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
