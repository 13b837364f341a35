/**
 * "ExportLens: Scan Workspace": asks the server to scan every folder, shows its work-done progress in a
 * cancellable notification, stores the answer (which refreshes the tree and the status bar) and
 * reveals the Export Classification view.
 */
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { WorkDoneProgress, WorkDoneProgressCancelNotification } from 'vscode-languageclient/node';
import type { LanguageClient, WorkDoneProgressBegin, WorkDoneProgressEnd, WorkDoneProgressReport } from 'vscode-languageclient/node';
import { ScanWorkspaceRequest } from '../../../server/src/protocol/messages';
import { ClientMessages } from '../protocol-types';
import type { WorkspaceSummary } from '../../../server/src/protocol/messages';
import { Commands } from '../ids';
import type { ServerSession } from '../server-session';
import type { SummaryStore } from '../summary-store';

export async function scanWorkspace(session: ServerSession, store: SummaryStore): Promise<WorkspaceSummary | undefined> {
  const client = session.runningClient;
  if (!client) {
    void vscode.window.showWarningMessage('ExportLens: the language server is not running. See the ExportLens output.');
    return undefined;
  }
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'ExportLens: scanning workspace', cancellable: true },
    (progress, token) => requestScan(client, progress, token),
  );
  if (!summary) return undefined;
  store.set(summary);
  await vscode.commands.executeCommand(Commands.focusClassificationView);
  return summary;
}

type ProgressValue = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

async function requestScan(
  client: LanguageClient,
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
): Promise<WorkspaceSummary | undefined> {
  const workDoneToken = `exportlens-scan-${randomUUID()}`;
  let lastPercentage = 0;
  const listener = client.onProgress(WorkDoneProgress.type, workDoneToken, (value: ProgressValue) => {
    if (value.kind === 'end') return;
    const increment = value.percentage !== undefined ? Math.max(0, value.percentage - lastPercentage) : undefined;
    if (value.percentage !== undefined) lastPercentage = Math.max(lastPercentage, value.percentage);
    progress.report({ message: value.message, increment });
  });
  // Cancelling sends $/cancelRequest for the request and also cancels the work-done progress,
  // whichever of the two the server watches.
  const cancel = token.onCancellationRequested(() => {
    void client.sendNotification(WorkDoneProgressCancelNotification.type, { token: workDoneToken });
  });
  try {
    return await client.sendRequest(ClientMessages.scanWorkspace, { workDoneToken }, token);
  } catch (error) {
    if (token.isCancellationRequested) return undefined;
    const message = error instanceof Error ? error.message : String(error);
    client.outputChannel.error(`[client] ${ScanWorkspaceRequest.method} failed: ${message}`);
    void vscode.window.showErrorMessage(`ExportLens: the scan failed: ${message}`);
    return undefined;
  } finally {
    listener.dispose();
    cancel.dispose();
  }
}
