import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { claimedText, firstIssueEntries, MicroTasksSeparator } from '../../src/github/firstIssueEntries';
import { issueDraftDocument, readIssueDraftDocument } from '../../src/github/issueDraft';
import { problemNotice, problemText } from '../../src/github/problemText';
import { calendarDate, relativeTime } from '../../src/github/relativeTime';
import { upstreamMatchEntries } from '../../src/github/upstreamMatchEntries';
import type { DraftIssueResult, FindFirstIssuesResult, FindUpstreamIssuesResult } from '../../src/protocol';
import { protocolExample } from './protocolExamples';

const now = new Date('2017-10-10T17:00:00Z');

describe('relative times', () => {
  const cases: [string, string][] = [
    ['2017-10-10T16:59:30Z', 'just now'],
    ['2017-10-10T16:59:00Z', '1 minute ago'],
    ['2017-10-10T16:15:00Z', '45 minutes ago'],
    ['2017-10-10T16:00:00Z', '1 hour ago'],
    ['2017-10-09T18:00:00Z', '23 hours ago'],
    ['2017-10-09T17:00:00Z', '1 day ago'],
    ['2017-10-07T16:00:00Z', '3 days ago'],
    ['2017-09-10T17:00:00Z', '1 month ago'],
    ['2016-10-11T17:00:00Z', '12 months ago'],
    ['2015-10-10T17:00:00Z', '2 years ago'],
    ['2017-10-10T17:12:00Z', 'in 12 minutes'],
    ['not a time', 'not a time'],
  ];
  for (const [when, text] of cases) {
    test(`${when} → ${text}`, () => assert.equal(relativeTime(when, now), text));
  }

  test('dates are YYYY-MM-DD in UTC', () => {
    assert.equal(calendarDate('2017-10-10T23:30:00-02:00'), '2017-10-11');
  });
});

describe('Find First Issue Here', () => {
  const { result } = protocolExample<FindFirstIssuesResult>('findFirstIssues');

  test('the ranked issues under a line naming the upstream and the notes, then the micro-tasks', () => {
    const entries = firstIssueEntries(result, now);
    assert.deepEqual(entries.map(entry => [entry.kind, entry.label]), [
      ['separator', "octokit-fixture-org/hello-world (remote 'upstream') · not signed in: GitHub allows 60 requests an hour · cached 3 h ago"],
      ['issue', '#12 Document shout() in tinylib/text.py'],
      ['issue', '#13 Greeter.greet does not describe name'],
      ['separator', MicroTasksSeparator],
      ['microTask', 'Greeter.greet'],
      ['microTask', 'tinylib.legacy.old_api'],
    ]);
  });

  test('an issue: labels, age and comments; why it ranked', () => {
    const issue = firstIssueEntries(result, now).find(entry => entry.kind === 'issue' && entry.issue.number === 12);
    assert.ok(issue?.kind === 'issue');
    assert.equal(issue.description, 'good first issue, documentation · 3 days ago · 1 comment');
    assert.equal(issue.detail, 'names tinylib/text.py, the file you have open · labelled good first issue');
  });

  test('a claimed issue says by whom and since when, first', () => {
    const issue = firstIssueEntries(result, now).find(entry => entry.kind === 'issue' && entry.issue.number === 13);
    assert.ok(issue?.kind === 'issue');
    assert.equal(issue.description, 'documentation · 1 hour ago · 2 comments');
    assert.equal(issue.detail, "claimed by @octokit-fixture-user-a on 2017-10-10 (comment: I'd like to work on this) · labelled documentation");
  });

  test('a claim without a login', () => {
    const issue = { ...result.items[1], claimed: { since: '2017-10-01T10:00:00Z', reason: 'linked pull request #21' } };
    assert.equal(claimedText(issue), 'claimed on 2017-10-01 (linked pull request #21)');
  });

  test('a micro-task names the list line it comes from', () => {
    const task = firstIssueEntries(result, now).find(entry => entry.kind === 'microTask');
    assert.ok(task?.kind === 'microTask');
    assert.equal(task.description, 'check_docstrings.py:42');
    assert.equal(task.detail, 'document Greeter.greet, then delete its line in utils/check_docstrings.py');
  });

  test('only micro-tasks: no issue heading', () => {
    const entries = firstIssueEntries({ ...result, items: [], notes: [] }, now);
    assert.deepEqual(entries.filter(entry => entry.kind === 'separator').map(entry => entry.label), [MicroTasksSeparator]);
  });

  test('nothing at all: no entries', () => {
    const { result: empty } = protocolExample<FindFirstIssuesResult>('findFirstIssues-problem');
    assert.deepEqual(firstIssueEntries(empty, now), []);
  });
});

describe('problems', () => {
  const { result } = protocolExample<FindFirstIssuesResult>('findFirstIssues-problem');

  test('with when to try again', () => {
    assert.equal(problemText(result.problem!, new Date('2017-10-10T16:48:00Z')),
      "GitHub's rate limit for unauthenticated requests is used up, and nothing is cached yet. Try again in 12 minutes (17:00 UTC).");
  });

  test('a retry time already passed', () => {
    assert.match(problemText(result.problem!, new Date('2017-10-10T18:00:00Z')), /You can try again now\.$/);
  });

  test('without a retry time, the message as it is', () => {
    assert.equal(problemText({ message: 'No upstream found.' }, now), 'No upstream found.');
  });

  test('offline: leads with what the user can do, keeps the whole reason, offers Retry and Show Output', () => {
    const { result: offline } = protocolExample<FindFirstIssuesResult>('findFirstIssues-offline');
    const notice = problemNotice(offline.problem!, now);
    assert.equal(notice.text, 'Check your network connection, then Retry. Could not list the labels of octokit-fixture-org/hello-world: '
      + 'GitHub cannot be reached (no network, DNS or the connection was refused).');
    assert.deepEqual(notice.buttons, ['Retry', 'Show Output']);
  });

  test('a rate limit not yet reset offers no Retry, and the sign-in button when signing in helps', () => {
    const notice = problemNotice(result.problem!, new Date('2017-10-10T16:48:00Z'));
    assert.match(notice.text, /^GitHub's rate limit/);
    assert.deepEqual(notice.buttons, ['Sign In to GitHub', 'Show Output']);
    assert.deepEqual(problemNotice({ message: 'Busy.', kind: 'rateLimited', retryAfter: '2017-10-10T17:00:00Z' }, new Date('2017-10-10T16:48:00Z')).buttons, ['Show Output']);
  });

  test('an unknown upstream offers to set it', () => {
    assert.deepEqual(problemNotice({ message: 'No upstream found.', action: 'setUpstream', kind: 'noUpstream' }, now),
      { text: 'No upstream found.', buttons: ['Set Upstream', 'Show Output'] });
  });
});

test('Find Upstream Issue: tracked by, open PR touches this, fixed upstream in', () => {
  const { result } = protocolExample<FindUpstreamIssuesResult>('findUpstreamIssues');
  assert.deepEqual(upstreamMatchEntries(result.matches).map(entry => [entry.label, entry.description, entry.detail]), [
    ['tracked by #13', 'Greeter.greet does not describe name', 'open · its title names Greeter.greet'],
    ['open PR #21 touches this', 'docs: document name in Greeter.greet', 'open · changes tinylib/greeter.py'],
    ['fixed upstream in #7', 'Greeter.greet docstring', 'closed · closed by pull request #8, which names Greeter.greet'],
  ]);
});

describe('the drafted issue document', () => {
  const { result } = protocolExample<DraftIssueResult>('draftIssue');

  test('title as heading, then the body; read back unchanged', () => {
    const document = issueDraftDocument(result);
    assert.ok(document.startsWith('# Document `shout` in tinylib/text.py\n\n### Which API?'));
    assert.deepEqual(readIssueDraftDocument(document), { title: result.title, body: result.body.trimEnd() });
  });

  test('edits by the user are what gets sent', () => {
    assert.deepEqual(readIssueDraftDocument('#  Better title  \r\n\n\nNew body.\n\n'), { title: 'Better title', body: 'New body.' });
    assert.deepEqual(readIssueDraftDocument('# Only a title'), { title: 'Only a title', body: '' });
  });

  test('no title heading: nothing to send', () => {
    assert.equal(readIssueDraftDocument('Document shout\n\nbody'), undefined);
    assert.equal(readIssueDraftDocument('# \nbody'), undefined);
  });
});
