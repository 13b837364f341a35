/**
 * "ExportLens: Record Review Decision": a reviewer's decision on one category of one module. Called from
 * a module or category node of the Export Classification view (the node says which), or from the
 * command palette (quick picks over the latest summary). Asks the status, the reviewer, a note and a
 * licence reference, then sends `exportlens/recordDecision`; the server writes the decisions file.
 */
import * as vscode from 'vscode';
import type { RecordDecisionRequest, ReviewStatus } from '../../../server/src/protocol/messages';
import { ClientMessages } from '../protocol-types';
import { asksForLicenceReference, folderOfModule, modulesOf, recordDecisionParams, REVIEW_STATUSES, type ModuleInFolder } from '../reports/report-choices';
import type { ServerSession } from '../server-session';
import type { SummaryStore } from '../summary-store';
import type { ClassificationNode } from '../tree/classification-model';

const TITLE = 'ExportLens: Record Review Decision';

export async function recordDecision(session: ServerSession, store: SummaryStore, output: vscode.LogOutputChannel, node: unknown): Promise<RecordDecisionRequest.Result | undefined> {
  const client = session.runningClient;
  if (!client) {
    void vscode.window.showWarningMessage('ExportLens: the language server is not running. See the ExportLens output.');
    return undefined;
  }
  const target = await chooseTarget(store, node);
  if (!target) return undefined;
  const status = await pickStatus();
  if (!status) return undefined;
  const reviewer = await vscode.window.showInputBox({ title: TITLE, prompt: 'Reviewer (name or e-mail)', ignoreFocusOut: true, validateInput: (v) => (v.trim() ? undefined : 'A reviewer is required') });
  if (reviewer === undefined) return undefined;
  const note = await vscode.window.showInputBox({ title: TITLE, prompt: 'Note (optional): why this decision', ignoreFocusOut: true });
  if (note === undefined) return undefined;
  let licenceReference: string | undefined;
  if (asksForLicenceReference(status)) {
    const required = status === 'licence-granted';
    licenceReference = await vscode.window.showInputBox({
      title: TITLE,
      prompt: required ? 'Licence reference' : 'Licence reference (optional)',
      ignoreFocusOut: true,
      validateInput: (v) => (required && !v.trim() ? 'A granted licence needs its reference' : undefined),
    });
    if (licenceReference === undefined) return undefined;
  }
  const { params, problems } = recordDecisionParams({ ...target, status, reviewer, note, licenceReference });
  if (!params) {
    void vscode.window.showErrorMessage(`ExportLens: the decision was not recorded: ${problems.join('; ')}`);
    return undefined;
  }
  try {
    const result = await client.sendRequest(ClientMessages.recordDecision, params);
    output.info(`[client] decision ${params.status} on ${params.module} × ${params.category} by ${params.reviewer} recorded in ${result.path}`);
    void vscode.window.showInformationMessage(`ExportLens: decision recorded in ${result.path}`);
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    output.error(`[client] exportlens/recordDecision failed: ${message}`);
    void vscode.window.showErrorMessage(`ExportLens: the decision was not recorded: ${message}`);
    return undefined;
  }
}

/** Folder, module and category: from the tree node when there is one, the rest by quick pick. */
async function chooseTarget(store: SummaryStore, node: unknown): Promise<{ folderUri: string; module: string; category: string } | undefined> {
  const summary = store.summary;
  let chosen: ModuleInFolder | undefined;
  let category: string | undefined;
  const treeNode = node as ClassificationNode | undefined;
  // A stale-decision marker stands for its category: re-deciding is what the marker asks for.
  if (treeNode && (treeNode.kind === 'module' || treeNode.kind === 'category' || treeNode.kind === 'staleDecision')) {
    const folderUri = folderOfModule(summary, treeNode.module.uri);
    if (folderUri) chosen = { folderUri, module: treeNode.module };
    if (treeNode.kind !== 'module') category = treeNode.category.id;
  }
  if (!chosen) {
    const modules = modulesOf(summary).filter((entry) => entry.module.categories.length > 0);
    if (modules.length === 0) {
      void vscode.window.showWarningMessage('ExportLens: no module has a classified category yet. Run "ExportLens: Scan Workspace" first.');
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(
      modules.map((entry) => ({ label: entry.module.path, description: entry.module.requiresApproval ? 'needs approval' : undefined, detail: entry.folderUri, entry })),
      { title: TITLE, placeHolder: 'Module' },
    );
    if (!picked) return undefined;
    chosen = picked.entry;
  }
  if (!category) {
    const picked = await vscode.window.showQuickPick(
      chosen.module.categories.map((c) => ({ label: c.id, description: c.reference, detail: c.title })),
      { title: TITLE, placeHolder: `Category of ${chosen.module.path}` },
    );
    if (!picked) return undefined;
    category = picked.label;
  }
  return { folderUri: chosen.folderUri, module: chosen.module.path, category };
}

async function pickStatus(): Promise<ReviewStatus | undefined> {
  const picked = await vscode.window.showQuickPick(
    REVIEW_STATUSES.map((status) => ({ label: status.label, description: status.value, detail: status.description, value: status.value })),
    { title: TITLE, placeHolder: 'Decision' },
  );
  return picked?.value;
}
