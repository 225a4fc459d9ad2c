// The "Documentation Coverage" view in ClawDev's activity-bar container: folders, packages and modules with
// their coverage; a module opens its file, an undocumented definition opens the file at its name.
import * as vscode from 'vscode';
import { buildCoverageTree, describeNode, formatPercent, type CoverageNode } from './coverageModel';
import type { CoverageService, CoverageState } from './coverageService';

export const CoverageViewId = 'clawdev.coverage';

export class CoverageTreeProvider implements vscode.TreeDataProvider<CoverageNode>, vscode.Disposable {
  private roots: CoverageNode[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly view: vscode.TreeView<CoverageNode>;
  private readonly subscription: vscode.Disposable;

  readonly onDidChangeTreeData = this.changed.event;

  constructor(coverage: CoverageService) {
    this.view = vscode.window.createTreeView(CoverageViewId, { treeDataProvider: this, showCollapseAll: true });
    this.subscription = coverage.onDidChange(state => this.update(state));
    this.update(coverage.state);
  }

  getChildren(node?: CoverageNode): CoverageNode[] {
    return node === undefined ? this.roots : node.children;
  }

  getTreeItem(node: CoverageNode): vscode.TreeItem {
    const item = new vscode.TreeItem(
      node.label,
      node.children.length === 0 ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Collapsed,
    );
    item.description = describeNode(node);
    item.tooltip = tooltipOf(node);
    item.iconPath = iconOf(node);
    item.contextValue = node.kind;
    if (node.uri !== undefined && (node.kind === 'module' || node.kind === 'missing')) {
      const uri = vscode.Uri.parse(node.uri);
      item.resourceUri = uri;
      // A click on a module with gaps unfolds them; a click on a gap (or a complete module) opens it.
      if (node.children.length === 0) {
        const range = node.range === undefined
          ? undefined
          : new vscode.Range(node.range.start.line, node.range.start.character, node.range.end.line, node.range.end.character);
        item.command = { title: 'Open', command: 'vscode.open', arguments: [uri, { selection: range, preview: true }] };
      }
    }
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.view.dispose();
    this.changed.dispose();
  }

  private update(state: CoverageState): void {
    const folders = (vscode.workspace.workspaceFolders ?? []).map(folder => ({ uri: folder.uri.toString(), name: folder.name }));
    this.roots = state.kind === 'ready' ? buildCoverageTree(state.result, folders) : [];
    this.view.message = messageOf(state);
    this.changed.fire();
  }
}

function messageOf(state: CoverageState): string | undefined {
  switch (state.kind) {
    case 'waiting':
      return 'Waiting for the ClawDev server…';
    case 'unavailable':
      return state.reason;
    case 'ready': {
      const { complete, total } = state.result;
      if (total.total === 0) {
        return complete ? 'No Python definitions to document in this workspace.' : 'Indexing the workspace…';
      }
      const percent = formatPercent(total.documented, total.total);
      const summary = `${percent} documented: ${total.documented} of ${total.total} definitions.`;
      return complete ? summary : `${summary} Still indexing…`;
    }
  }
}

function tooltipOf(node: CoverageNode): string {
  if (node.kind === 'missing') {
    return `${node.name} has no docstring`;
  }
  if (node.excludedBecause !== undefined) {
    return `${node.name} does not count towards coverage (${node.excludedBecause})`;
  }
  return `${node.name}: ${node.documented} of ${node.total} documented`;
}

function iconOf(node: CoverageNode): vscode.ThemeIcon {
  switch (node.kind) {
    case 'folder':
      return new vscode.ThemeIcon('root-folder');
    case 'package':
      return new vscode.ThemeIcon('package');
    case 'module':
      return node.documented === node.total
        ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'))
        : new vscode.ThemeIcon('file-code');
    case 'missing':
      return new vscode.ThemeIcon('circle-small-filled', new vscode.ThemeColor('list.warningForeground'));
  }
}
