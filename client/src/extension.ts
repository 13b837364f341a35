/**
 * Extension entry: wires the pieces together and nothing else. Each piece lives in its own module:
 * server-session (client lifecycle, restarts), summary-store (latest classification), tree/ (the
 * Export Classification view), status-bar, commands/, catalogue-entry-documents.
 */
import * as vscode from 'vscode';
import { CatalogueEntryDocuments } from './catalogue-entry-documents';
import { registerCommands } from './commands/register-commands';
import { startDiagnosticsProbe } from './e2e-diagnostics-probe';
import { CATALOGUE_ENTRY_SCHEME, CLASSIFICATION_VIEW_ID, OUTPUT_CHANNEL_NAME } from './ids';
import { ServerSession } from './server-session';
import { ApprovalStatusBar } from './status-bar';
import { SummaryStore } from './summary-store';
import { ClassificationTreeProvider } from './tree/classification-tree-provider';

let session: ServerSession | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel(OUTPUT_CHANNEL_NAME, { log: true });
  const store = new SummaryStore(output);
  session = new ServerSession(context, output);
  context.subscriptions.push(
    output,
    store,
    ...registerCommands({ session, store, output }),
    vscode.workspace.registerTextDocumentContentProvider(CATALOGUE_ENTRY_SCHEME, new CatalogueEntryDocuments(session)),
    registerTreeView(store),
    new ApprovalStatusBar(store),
    attachSummaryOnEveryStart(session, store),
    restartWhenTrusted(session),
  );
  const probe = startDiagnosticsProbe();
  if (probe) context.subscriptions.push(probe);
  await session.start();
}

export async function deactivate(): Promise<void> {
  await session?.dispose();
  session = undefined;
}

function registerTreeView(store: SummaryStore): vscode.Disposable {
  const provider = new ClassificationTreeProvider(store);
  const view = vscode.window.createTreeView(CLASSIFICATION_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  return vscode.Disposable.from(view, provider);
}

/** Each (re)started client gets the summary-changed subscription; the previous one goes with its client. */
function attachSummaryOnEveryStart(serverSession: ServerSession, store: SummaryStore): vscode.Disposable {
  let current: vscode.Disposable | undefined;
  const listener = serverSession.onDidStart((client) => {
    current?.dispose();
    current = store.attach(client);
  });
  return new vscode.Disposable(() => {
    listener.dispose();
    current?.dispose();
  });
}

/**
 * The server learns about trust from its initialization options, so granting trust restarts it: it
 * then loads the workspace's own catalogue files (`exportlens.catalogueFiles`), ignored until now.
 */
function restartWhenTrusted(serverSession: ServerSession): vscode.Disposable {
  return vscode.workspace.onDidGrantWorkspaceTrust(() => void serverSession.restart('the workspace is now trusted'));
}
