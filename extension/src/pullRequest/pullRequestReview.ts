// The review page of Draft Pull Request in a webview panel: shown (and updated) while the plan is refined, then
// asked for the decision, which the page's buttons give; closing the page cancels.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { PullRequestPlan } from '../protocol';
import { reviewPageHtml, type ReviewChoice, type ReviewStage } from './reviewPage';

export class PullRequestReview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private pendingChoice: ((choice: ReviewChoice) => void) | undefined;

  /** Shows the plan without buttons (a question is still open), or as blocked. */
  show(plan: PullRequestPlan, stage: Exclude<ReviewStage, 'confirm'>): void {
    this.render(plan, stage);
  }

  /** Shows the final plan with Create and Cancel at its end, and waits for one of them (closing the page: cancel). */
  confirm(plan: PullRequestPlan): Promise<ReviewChoice> {
    this.settle('cancel');
    const choice = new Promise<ReviewChoice>(resolve => { this.pendingChoice = resolve; });
    this.render(plan, 'confirm');
    return choice;
  }

  dispose(): void {
    this.settle('cancel');
    this.panel?.dispose();
  }

  private render(plan: PullRequestPlan, stage: ReviewStage): void {
    const panel = this.panel ?? this.createPanel();
    panel.webview.html = reviewPageHtml(plan, stage, { nonce: randomBytes(16).toString('base64'), cspSource: panel.webview.cspSource });
    panel.reveal(vscode.ViewColumn.Active, false);
  }

  private createPanel(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel('clawdev.pullRequestReview', 'Draft Pull Request', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [],
    });
    panel.webview.onDidReceiveMessage((message: { choice?: unknown }) => {
      if (message.choice === 'create' || message.choice === 'cancel') {
        this.settle(message.choice);
        if (message.choice === 'cancel') {
          panel.dispose();
        }
      }
    });
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.settle('cancel');
    });
    this.panel = panel;
    return panel;
  }

  private settle(choice: ReviewChoice): void {
    const resolve = this.pendingChoice;
    this.pendingChoice = undefined;
    resolve?.(choice);
  }
}
