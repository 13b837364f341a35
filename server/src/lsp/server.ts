/**
 * Wiring only: binds the connection's requests and notifications to the collaborators that do the
 * work, and declares the server's capabilities. Nothing here writes to stdout (with `--stdio` that
 * is the protocol); everything is logged through `connection.console`.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkDoneProgressReporter,
} from 'vscode-languageserver';
import { ServerMessages } from './protocol-types';
import { toolVersion } from '../engine/package-root';
import { clientFeatures, type ClientFeatures } from './client-features';
import { SettingsSource } from './settings-source';
import { FolderRegistry } from './folders';
import { DiagnosticDelivery } from './diagnostic-delivery';
import { DocumentDiagnostics } from './document-diagnostics';
import { WorkspaceService } from './workspace-service';
import { hoverFor } from './hover';
import { codeActionsFor } from './code-actions';
import { lookupCatalogueEntry } from './catalogue-lookup';
import { registerReportRequests } from './report-requests';
import { uriToPath } from './uris';
import { ReviewDecisions } from './review-decisions';

/** `initializationOptions` the server understands. */
export interface InitializationOptions {
  /** False in an untrusted workspace: catalogue files inside the workspace are not loaded. Default true. */
  trusted?: boolean;
}

interface Services {
  features: ClientFeatures;
  folders: FolderRegistry;
  documents: DocumentDiagnostics;
  workspace: WorkspaceService;
  decisions: ReviewDecisions;
  initialFolders: { uri: string; name: string }[];
}

export function startServer(connection: Connection): void {
  let services: Services | undefined;
  const log = (message: string): void => connection.console.log(message);
  const ready = (): Services => {
    if (!services) throw new Error('ExportLens: request before initialize');
    return services;
  };

  connection.onInitialize((params): InitializeResult => {
    services = createServices(connection, params, log);
    return { capabilities: capabilities(services.features), serverInfo: { name: 'exportlens', version: toolVersion() } };
  });
  connection.onInitialized(() => void initialized(connection, ready(), log));

  connection.onDidOpenTextDocument((p) => void ready().documents.open(p.textDocument.uri, p.textDocument.languageId, p.textDocument.version, p.textDocument.text));
  connection.onDidChangeTextDocument((p) => ready().documents.change(p.textDocument.uri, p.textDocument.version, p.contentChanges));
  connection.onDidCloseTextDocument((p) => {
    void ready().documents.close(p.textDocument.uri).then(() => ready().workspace.summaryMaybeChanged());
  });
  connection.onDidChangeConfiguration((p) => void ready().workspace.settingsChanged(p.settings === undefined ? undefined : p));
  connection.onDidChangeWatchedFiles((p) => void ready().workspace.filesChanged(p.changes));

  connection.languages.diagnostics.on((p) => ready().documents.report(p.textDocument.uri, p.previousResultId));
  connection.languages.diagnostics.onWorkspace(async (p) => ({ items: await ready().workspace.workspaceReport(p.previousResultIds) }));

  connection.onHover(async (p) => {
    const view = await ready().documents.view(p.textDocument.uri);
    if (!view?.engine) return null;
    const engine = view.engine;
    const decisions = ready().decisions;
    // Staleness compares against the whole folder's evidence, which is known only once it is scanned.
    const decisionFor = (module: string, id: string) => {
      if (engine.scanned) return decisions.stateOf(engine.root, engine.result(), module, id);
      const decision = decisions.decisionOf(engine.root, module, id);
      return decision && { decision, state: 'unknown' as const };
    };
    return hoverFor(view.findings, p.position, (id) => engine.category(id), decisionFor);
  });
  connection.onCodeAction(async (p) => {
    const view = await ready().documents.view(p.textDocument.uri);
    if (!view) return [];
    const language = view.role?.kind === 'source' ? view.role.language : undefined;
    return codeActionsFor({ document: view.document.document, diagnostics: p.context.diagnostics, language, comments: view.analysis?.comments ?? [] });
  });

  // Typed through vscode-languageserver's own protocol copy (see protocol-types.ts).
  connection.onRequest(ServerMessages.scanWorkspace, (p, token) => ready().workspace.scanRequest(p?.workDoneToken, token));
  connection.onRequest(ServerMessages.workspaceSummary, () => ready().workspace.summary());
  connection.onRequest(ServerMessages.catalogueEntry, (p) => lookupCatalogueEntry(ready().folders, String(p?.id ?? ''), log));
  registerReportRequests(connection, () => ready().folders, log, (root) => ready().workspace.decisionRecorded(root));

  connection.listen();
}

function createServices(connection: Connection, params: InitializeParams, log: (message: string) => void): Services {
  const features = clientFeatures(params.capabilities);
  const trusted = (params.initializationOptions as InitializationOptions | undefined)?.trusted !== false;
  if (!trusted) log('ExportLens: the workspace is not trusted; catalogue files inside it will not be loaded');
  const configurationClient = features.configuration
    ? { getConfiguration: (scopeUri: string | undefined) => connection.workspace.getConfiguration({ scopeUri, section: 'exportlens' }) as Promise<unknown> }
    : undefined;
  const settings = new SettingsSource(configurationClient, log);
  const folders = new FolderRegistry({ settings, trusted, log });
  const delivery = new DiagnosticDelivery(features.pullDiagnostics ? 'pull' : 'push', connection, features.diagnosticRefresh);
  let workspace: WorkspaceService | undefined;
  const documents = new DocumentDiagnostics(folders, delivery, {
    log,
    manifestChanged: () => delivery.requestRefresh(),
    analysed: () => workspace?.summaryMaybeChanged(),
  });
  // A malformed review record is worth a window message (the tree silently losing its decisions would
  // mislead a reviewer); ReviewDecisions reports each distinct set of problems once.
  const decisions = new ReviewDecisions(
    (absPath) => documents.openText(absPath),
    (message) => {
      log(message);
      // A notification, not showWarningMessage (a request that waits for the user to dismiss it).
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
    },
  );
  workspace = new WorkspaceService(
    folders,
    documents,
    delivery,
    settings,
    {
      log,
      sendSummary: (summary) => void connection.sendNotification(ServerMessages.summaryChanged, summary),
      createProgress: () => createProgress(connection, features),
      attachProgress: (token) => connection.window.attachWorkDoneProgress(token),
    },
    decisions,
  );
  const initialFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: params.rootUri.replace(/\/+$/, '').split('/').pop() ?? 'root' }] : []);
  return { features, folders, documents, workspace, decisions, initialFolders };
}

function capabilities(features: ClientFeatures): InitializeResult['capabilities'] {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    ...(features.pullDiagnostics ? { diagnosticProvider: { identifier: 'exportlens', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}

async function initialized(connection: Connection, services: Services, log: (message: string) => void): Promise<void> {
  for (const folder of services.initialFolders) {
    const root = uriToPath(folder.uri);
    if (root) services.folders.add(folder.uri, folder.name, root);
    else log(`ExportLens: workspace folder ${folder.uri} is not on disk; it is not scanned`);
  }
  if (services.features.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((event) => void workspaceFoldersChanged(services, event, log));
  }
  if (services.features.dynamicFileWatchers) {
    await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
  }
  if (services.features.dynamicConfiguration) {
    await connection.client.register(DidChangeConfigurationNotification.type, { section: 'exportlens' });
  }
  // Documents the editor opened with the workspace get their diagnostics before the full scan starts.
  await services.documents.openedAnalysed();
  services.workspace.scanInBackground(services.folders.workspaceFolders());
}

async function workspaceFoldersChanged(
  services: Services,
  event: { added: { uri: string; name: string }[]; removed: { uri: string; name: string }[] },
  log: (message: string) => void,
): Promise<void> {
  for (const folder of event.removed) services.folders.remove(folder.uri);
  const added = event.added.flatMap((folder) => {
    const root = uriToPath(folder.uri);
    if (!root) log(`ExportLens: workspace folder ${folder.uri} is not on disk; it is not scanned`);
    return root ? [services.folders.add(folder.uri, folder.name, root)] : [];
  });
  await services.documents.relocateAll();
  services.workspace.scanInBackground(added);
  services.workspace.summaryMaybeChanged();
}

/** Server-created progress when the client can show it; otherwise a reporter that says nothing. */
async function createProgress(connection: Connection, features: ClientFeatures): Promise<WorkDoneProgressReporter> {
  if (features.workDoneProgress) return connection.window.createWorkDoneProgress();
  return connection.window.attachWorkDoneProgress(undefined);
}
