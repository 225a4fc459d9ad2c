import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RestartBudget } from '../../src/server/restartBudget';

function budgetAt(times: number[]): { budget: RestartBudget; advance: () => void } {
  let index = 0;
  const budget = new RestartBudget(3, 180_000, () => times[index]);
  return { budget, advance: () => { index++; } };
}

test('three crashes within the window are restarted, the fourth is not', () => {
  const { budget, advance } = budgetAt([0, 1_000, 2_000, 3_000]);
  const answers = [];
  for (let i = 0; i < 4; i++) {
    answers.push(budget.recordCrash());
    advance();
  }
  assert.deepEqual(answers, [true, true, true, false]);
  assert.equal(budget.recentCrashes, 4);
});

test('crashes older than the window no longer count', () => {
  const { budget, advance } = budgetAt([0, 60_000, 120_000, 180_000, 250_000]);
  const answers = [];
  for (let i = 0; i < 5; i++) {
    answers.push(budget.recordCrash());
    advance();
  }
  assert.deepEqual(answers, [true, true, true, true, true]);
  assert.equal(budget.recentCrashes, 3);
});

test('a reset gives a full budget again', () => {
  const { budget, advance } = budgetAt([0, 1, 2, 3, 4]);
  for (let i = 0; i < 4; i++) {
    budget.recordCrash();
    advance();
  }
  budget.reset();
  assert.equal(budget.recordCrash(), true);
  assert.equal(budget.recentCrashes, 1);
});
