/**
 * The status-bar item: how many modules need approval, from the latest summary. Clicking it focuses
 * the "Export Classification" view.
 */
import * as vscode from 'vscode';
import type { WorkspaceSummary } from '../../server/src/protocol/messages';
import { Commands } from './ids';
import type { SummaryStore } from './summary-store';

export class ApprovalStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('exportlens.approvals', vscode.StatusBarAlignment.Left, 10);
  private readonly subscription: vscode.Disposable;

  constructor(store: SummaryStore) {
    this.item.name = 'ExportLens';
    this.item.command = Commands.focusClassificationView;
    this.render(store.summary);
    this.subscription = store.onDidChange((summary) => this.render(summary));
    this.item.show();
  }

  private render(summary: WorkspaceSummary | undefined): void {
    if (!summary) {
      this.item.text = '$(law) ExportLens';
      this.item.tooltip = 'ExportLens: not scanned yet. Click to open the Export Classification view.';
      this.item.backgroundColor = undefined;
      this.item.accessibilityInformation = { label: 'ExportLens: not scanned yet' };
      return;
    }
    const count = summary.modulesNeedingApproval;
    this.item.text = `$(law) ${count}`;
    const description = count === 1 ? 'ExportLens: 1 module needs export approval' : `ExportLens: ${count} modules need export approval`;
    this.item.tooltip = description;
    // Screen readers (and the e2e test) read this instead of the icon name.
    this.item.accessibilityInformation = { label: description };
    this.item.backgroundColor = count > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
