// The status-bar item: the workspace's documentation coverage, or what the server is doing when there is none.
import * as vscode from 'vscode';
import type { ServerController, ServerState } from '../server/serverController';
import { formatPercent } from './coverageModel';
import type { CoverageService, CoverageState } from './coverageService';

export class CoverageStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('clawdev.coverage', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly server: ServerController, private readonly coverage: CoverageService) {
    this.item.name = 'ClawDev Documentation Coverage';
    this.subscriptions = [
      server.onDidChangeState(() => this.update()),
      coverage.onDidChange(() => this.update()),
    ];
    this.update();
  }

  dispose(): void {
    this.subscriptions.forEach(subscription => subscription.dispose());
    this.item.dispose();
  }

  private update(): void {
    const look = lookOf(this.server.state, this.coverage.state);
    if (look === undefined) {
      this.item.hide();
      return;
    }
    this.item.text = look.text;
    this.item.tooltip = look.tooltip;
    this.item.command = look.command;
    this.item.backgroundColor = look.warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }
}

interface Look {
  text: string;
  tooltip: string;
  command: string;
  warning?: boolean;
}

function lookOf(server: ServerState, coverage: CoverageState): Look | undefined {
  switch (server.kind) {
    case 'stopped':
      return undefined;
    case 'starting':
      return { text: '$(sync~spin) ClawDev', tooltip: 'Starting the ClawDev server…', command: 'clawdev.showOutput' };
    case 'failed':
      return { text: '$(warning) ClawDev', tooltip: `${server.message}\n\nClick to see the ClawDev output.`, command: 'clawdev.showOutput', warning: true };
    case 'running':
      return coverageLook(coverage);
  }
}

function coverageLook(coverage: CoverageState): Look | undefined {
  switch (coverage.kind) {
    case 'waiting':
      return { text: '$(book) ClawDev', tooltip: 'Asking the ClawDev server for documentation coverage…', command: 'clawdev.showDocumentationCoverage' };
    case 'unavailable':
      return { text: '$(book) ClawDev', tooltip: coverage.reason, command: 'clawdev.showOutput' };
    case 'ready': {
      const { complete, total } = coverage.result;
      const percent = formatPercent(total.documented, total.total);
      if (percent === undefined) {
        // A workspace without Python definitions: nothing to say.
        return complete ? undefined : { text: '$(sync~spin) ClawDev', tooltip: 'Indexing the workspace…', command: 'clawdev.showDocumentationCoverage' };
      }
      const indexing = complete ? '' : ' (indexing…)';
      return {
        text: `$(book) ${percent} documented${indexing}`,
        tooltip: `ClawDev: ${total.documented} of ${total.total} Python definitions in this workspace have a docstring${indexing}. Click to see the gaps.`,
        command: 'clawdev.showDocumentationCoverage',
      };
    }
  }
}
