/**
 * The latest workspace summary from the server, for the tree view and the status bar. Filled from
 * `exportlens/summaryChanged` notifications, from each scan's answer, and once per (re)start from
 * `exportlens/workspaceSummary` (a restarted server may already know more than the last notification).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { WorkspaceSummaryRequest } from '../../server/src/protocol/messages';
import { ClientMessages } from './protocol-types';
import type { WorkspaceSummary } from '../../server/src/protocol/messages';

export class SummaryStore implements vscode.Disposable {
  private latest: WorkspaceSummary | undefined;
  private readonly changed = new vscode.EventEmitter<WorkspaceSummary | undefined>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly output: vscode.LogOutputChannel) {}

  get summary(): WorkspaceSummary | undefined {
    return this.latest;
  }

  set(summary: WorkspaceSummary): void {
    this.latest = summary;
    this.changed.fire(summary);
  }

  /** Subscribe to a freshly started client and ask it for what it already knows. */
  attach(client: LanguageClient): vscode.Disposable {
    const subscription = client.onNotification(ClientMessages.summaryChanged, (summary) => this.set(summary));
    client.sendRequest(ClientMessages.workspaceSummary, {}).then(
      (summary) => this.set(summary),
      (error: unknown) => this.output.error(`[client] ${WorkspaceSummaryRequest.method} failed: ${error instanceof Error ? error.message : String(error)}`),
    );
    return subscription;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
