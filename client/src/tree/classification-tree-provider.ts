/**
 * The "Export Classification" view: renders ClassificationNodes as tree items. Modules needing
 * approval start expanded; "Other modules" starts collapsed; a finding opens its location. A category
 * with a stale review decision gets a warning icon and a marker child.
 */
import * as vscode from 'vscode';
import { Commands } from '../ids';
import type { SummaryStore } from '../summary-store';
import { categoryDescription, categoryTooltip, childNodes, findingLocation, isStale, moduleLabel, OTHER_MODULES_LABEL, rootNodes } from './classification-model';
import type { ClassificationNode, Finding } from './classification-model';

export class ClassificationTreeProvider implements vscode.TreeDataProvider<ClassificationNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: SummaryStore) {
    this.subscription = store.onDidChange(() => this.changed.fire());
  }

  getChildren(node?: ClassificationNode): ClassificationNode[] {
    return node ? childNodes(node) : rootNodes(this.store.summary);
  }

  getTreeItem(node: ClassificationNode): vscode.TreeItem {
    switch (node.kind) {
      case 'module':
        return moduleItem(node);
      case 'otherModules':
        return otherModulesItem(node.modules.length);
      case 'category':
        return categoryItem(node);
      case 'finding':
        return findingItem(node.finding);
      case 'staleDecision':
        return staleDecisionItem(node);
      case 'message':
        return new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function moduleItem(node: Extract<ClassificationNode, { kind: 'module' }>): vscode.TreeItem {
  const { module } = node;
  const expandable = module.categories.length > 0;
  const state = !expandable
    ? vscode.TreeItemCollapsibleState.None
    : module.requiresApproval
      ? vscode.TreeItemCollapsibleState.Expanded
      : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem(moduleLabel(module), state);
  item.id = `module:${module.uri}`;
  item.description = [module.requiresApproval ? 'needs approval' : undefined, node.rootLabel].filter(Boolean).join(' · ');
  item.tooltip = new vscode.MarkdownString().appendText(module.rationale);
  item.iconPath = new vscode.ThemeIcon(module.requiresApproval ? 'warning' : 'package');
  item.resourceUri = vscode.Uri.parse(module.uri);
  item.contextValue = module.requiresApproval ? 'exportlens.module.approval' : 'exportlens.module';
  return item;
}

function otherModulesItem(count: number): vscode.TreeItem {
  const item = new vscode.TreeItem(OTHER_MODULES_LABEL, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = 'otherModules';
  item.description = `${count} without approval needs`;
  item.iconPath = new vscode.ThemeIcon('pass');
  return item;
}

function categoryItem(node: Extract<ClassificationNode, { kind: 'category' }>): vscode.TreeItem {
  const { category } = node;
  const stale = isStale(category);
  const expandable = category.findings.length > 0 || stale;
  const item = new vscode.TreeItem(category.title, expandable ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = `category:${node.module.uri}#${category.id}`;
  item.description = categoryDescription(category);
  item.tooltip = categoryTooltip(category);
  item.iconPath = stale ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')) : new vscode.ThemeIcon('law');
  item.contextValue = 'exportlens.category';
  // Clicking a category shows its catalogue entry; the category id is the command's argument.
  item.command = { title: 'Open Catalogue Entry', command: Commands.openCatalogueEntry, arguments: [category.id] };
  return item;
}

function staleDecisionItem(node: Extract<ClassificationNode, { kind: 'staleDecision' }>): vscode.TreeItem {
  const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
  item.id = `stale:${node.module.uri}#${node.category.id}`;
  item.tooltip = 'The findings or the matched code changed since this decision was recorded. Review it and record a new decision.';
  item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  // The same context as the category, so "Record Review Decision" is offered right on the marker.
  item.contextValue = 'exportlens.category.stale';
  return item;
}

function findingItem(finding: Finding): vscode.TreeItem {
  const item = new vscode.TreeItem(finding.message, vscode.TreeItemCollapsibleState.None);
  item.description = finding.suppressed ? `${findingLocation(finding)} (suppressed)` : findingLocation(finding);
  item.iconPath = new vscode.ThemeIcon(finding.suppressed ? 'circle-slash' : severityIcon(finding.severity));
  item.command = { title: 'Open Finding', command: 'vscode.open', arguments: [vscode.Uri.parse(finding.uri), { selection: findingRange(finding) }] };
  return item;
}

/** ExportLens positions are 1-based with an exclusive end; VS Code's are 0-based. */
export function findingRange(finding: Finding): vscode.Range {
  return new vscode.Range(finding.line - 1, finding.column - 1, finding.endLine - 1, finding.endColumn - 1);
}

function severityIcon(severity: Finding['severity']): string {
  return severity === 'information' ? 'info' : severity;
}
