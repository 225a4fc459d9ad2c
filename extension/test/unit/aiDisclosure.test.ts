import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aiAssistanceOf, aiChoices, aiDescriptionProblem, AiUsed, asksAboutAi, NoAiUsed } from '../../src/pullRequest/aiDisclosure';
import type { PullRequestPlan } from '../../src/protocol';
import { protocolExample } from './protocolExamples';

test('only a plan whose repository asks for an AI statement asks about AI', () => {
  const asking = protocolExample<PullRequestPlan>('draftPullRequest-plan').result;
  assert.ok(asksAboutAi(asking));
  assert.ok(!asksAboutAi(protocolExample<PullRequestPlan>('draftPullRequest-blocked').result));
  assert.ok(!asksAboutAi({ ...asking, aiDisclosure: undefined }));
});

test('the question offers "none" first, then "used"', () => {
  assert.deepEqual(aiChoices().map(choice => choice.label), [NoAiUsed, AiUsed]);
});

test('the answers become the protocol field as the CLI takes --ai-assisted', () => {
  assert.equal(aiAssistanceOf(NoAiUsed), '');
  assert.equal(aiAssistanceOf(AiUsed, '  Copilot suggested the wording; I checked it. '), 'Copilot suggested the wording; I checked it.');
  assert.equal(aiAssistanceOf(AiUsed, undefined), undefined);
  assert.equal(aiAssistanceOf(AiUsed, '   '), undefined);
  assert.equal(aiAssistanceOf(undefined), undefined);
});

test('an empty description of the AI use is refused with a reason', () => {
  assert.match(aiDescriptionProblem(' \t') ?? '', /Say how AI tools helped/);
  assert.equal(aiDescriptionProblem('Copilot wrote the first draft.'), undefined);
});

test('the execute example sends the "none used" answer the plan example shows', () => {
  const execution = protocolExample<never>('draftPullRequest-execution').params as { aiAssistance?: string };
  const plan = protocolExample<PullRequestPlan>('draftPullRequest-plan').result;
  assert.equal(execution.aiAssistance, aiAssistanceOf(NoAiUsed));
  assert.match(plan.body, /AI assistance: none; no AI tools were used/);
});
