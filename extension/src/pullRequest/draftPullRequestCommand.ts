// "Draft Pull Request": the server plans (nothing leaves the machine); the user sees the plan on a review page,
// chooses a template and any unrelated changes to include, answers the AI-use question when the repository asks for
// a statement, and confirms with the button at the end of the page; then the server carries it out.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DraftPullRequestRequest, type DraftPullRequestParams, type PullRequestExecution, type PullRequestPlan } from '../protocol';
import { activeLocation, withServer, type GitHubCommandContext } from '../github/serverRequests';
import { aiAssistanceOf, aiChoices, aiDescriptionProblem, AiUsed, asksAboutAi } from './aiDisclosure';
import { blockingReasons, executionOutcome, isPlan } from './pullRequestPlan';
import { PullRequestReview } from './pullRequestReview';

/** `issue`: the issue the work is for, when the caller knows it. */
export async function draftPullRequest(context: GitHubCommandContext, issue?: number): Promise<void> {
  await withServer(context, DraftPullRequestRequest.method, async client => {
    const review = new PullRequestReview();
    let keepPage = false;
    try {
      keepPage = await planAndCreate(client, review, issue);
    } finally {
      if (!keepPage) {
        review.dispose();
      }
    }
  });
}

/** The whole flow; true when the review page stays open (a blocked plan, for the user to read why). */
async function planAndCreate(client: LanguageClient, review: PullRequestReview, issue: number | undefined): Promise<boolean> {
  const request: DraftPullRequestParams = { uri: activeLocation(client).uri, issue: typeof issue === 'number' ? issue : undefined, execute: false };
  let plan = await askForPlan(client, request);
  if (plan === undefined || stopIfBlocked(review, plan)) {
    return plan !== undefined;
  }
  const choices = await chooseTemplateAndInclusions(plan);
  if (choices === undefined) {
    return false;
  }
  if (choices.templateChoice !== undefined || choices.include.length > 0) {
    Object.assign(request, { templateChoice: choices.templateChoice, include: choices.include });
    plan = await askForPlan(client, request);
    if (plan === undefined || stopIfBlocked(review, plan)) {
      return plan !== undefined;
    }
  }
  if (asksAboutAi(plan)) {
    const aiAssistance = await askAboutAi();
    if (aiAssistance === undefined) {
      return false;
    }
    // Planned again with the answer: the description confirmed (and shown) is the one sent.
    request.aiAssistance = aiAssistance;
    plan = await askForPlan(client, request);
    if (plan === undefined || stopIfBlocked(review, plan)) {
      return plan !== undefined;
    }
  }
  const confirmedPlan = plan;
  if (await review.confirm(plan) !== 'create') {
    return false;
  }
  review.dispose();
  const execution = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'ClawDev: drafting the pull request…' },
    () => client.sendRequest(DraftPullRequestRequest, { ...request, execute: true, planId: confirmedPlan.planId }),
  );
  if (isPlan(execution)) {
    void vscode.window.showErrorMessage('ClawDev: the server answered with a plan instead of carrying it out; nothing was sent.');
    return false;
  }
  await showOutcome(execution);
  return false;
}

/** Shows the plan on the review page; a blocked one also gets one error message with the reasons, and goes no further. */
function stopIfBlocked(review: PullRequestReview, plan: PullRequestPlan): boolean {
  review.show(plan, plan.blocked ? 'blocked' : 'preview');
  if (!plan.blocked) {
    return false;
  }
  const reasons = blockingReasons(plan);
  void vscode.window.showErrorMessage(`ClawDev: this pull request would not be accepted. ${reasons.join(' ') || 'A pre-flight check failed.'}`);
  return true;
}

/** The plan; undefined (after a message) when the server answered something else. */
async function askForPlan(client: LanguageClient, request: DraftPullRequestParams): Promise<PullRequestPlan | undefined> {
  const answer = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'ClawDev: planning the pull request…', cancellable: true },
    (_progress, token) => client.sendRequest(DraftPullRequestRequest, request, token),
  );
  if (!isPlan(answer)) {
    void vscode.window.showErrorMessage('ClawDev: the server answered the plan request with an outcome instead of a plan.');
    return undefined;
  }
  return answer;
}

/** The answer to the repository's AI-use question as `aiAssistance`; undefined: cancelled. */
async function askAboutAi(): Promise<string | undefined> {
  const picked = await vscode.window.showQuickPick(aiChoices(), {
    title: 'Draft Pull Request: this repository asks whether AI tools helped with the change',
    placeHolder: 'The answer goes into the pull request description',
  });
  if (picked?.label !== AiUsed) {
    return aiAssistanceOf(picked?.label);
  }
  const description = await vscode.window.showInputBox({
    title: 'Draft Pull Request: how did AI tools help?',
    prompt: 'One or two sentences for the AI statement of the description',
    placeHolder: 'e.g. Copilot suggested the docstring; I checked and edited every line.',
    validateInput: aiDescriptionProblem,
  });
  return aiAssistanceOf(picked.label, description);
}

/** The template (when there are several) and the unrelated changes to include (none unless picked); undefined: cancelled. */
async function chooseTemplateAndInclusions(plan: PullRequestPlan): Promise<{ templateChoice?: string; include: string[] } | undefined> {
  let templateChoice: string | undefined;
  if (plan.templates.length > 1) {
    templateChoice = await vscode.window.showQuickPick(plan.templates, {
      title: 'Draft Pull Request: the repository has several pull-request templates',
      placeHolder: 'Pick the template for this pull request',
    });
    if (templateChoice === undefined) {
      return undefined;
    }
  }
  let include: string[] = [];
  if (plan.unrelated.length > 0) {
    const picked = await vscode.window.showQuickPick(
      plan.unrelated.map(change => ({ label: change.path, description: `+${change.added} −${change.removed}`, picked: false })),
      {
        title: 'Draft Pull Request: other changes in the working tree',
        placeHolder: 'They are left out; check the ones that belong in this pull request, then press Enter',
        canPickMany: true,
      },
    );
    if (picked === undefined) {
      return undefined;
    }
    include = picked.map(item => item.label);
  }
  return { templateChoice, include };
}

async function showOutcome(execution: PullRequestExecution): Promise<void> {
  const outcome = executionOutcome(execution);
  switch (outcome.kind) {
    case 'failed':
      void vscode.window.showErrorMessage(`ClawDev: ${outcome.message}`);
      return;
    case 'pullRequest':
    case 'compare': {
      const action = outcome.kind === 'pullRequest' ? 'Open Pull Request' : 'Open Compare Page';
      if (await vscode.window.showInformationMessage(`ClawDev: ${outcome.message}`, action) === action) {
        await vscode.env.openExternal(vscode.Uri.parse(outcome.url));
      }
      return;
    }
    case 'done':
      void vscode.window.showInformationMessage(`ClawDev: ${outcome.message}`);
  }
}
