/**
 * Workspace-wide work: background and requested scans (with progress and cancellation), the summary
 * and its change notification, watched-file changes, settings changes, and workspace diagnostic reports.
 */
import { FileChangeType, LSPErrorCodes, ResponseError, type CancellationToken, type FileEvent, type WorkDoneProgressReporter } from 'vscode-languageserver';
import type { PreviousResultId, WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver';
import * as path from 'node:path';
import type { WorkspaceSummary } from '../protocol/messages';
import type { FindingResult } from '../engine/result';
import { manifestKindFor } from '../engine/manifests';
import type { FolderEntry, FolderRegistry } from './folders';
import type { DocumentDiagnostics } from './document-diagnostics';
import type { DiagnosticDelivery } from './diagnostic-delivery';
import type { SettingsSource } from './settings-source';
import { engineSettingsDiffer } from './settings';
import { scanWithProgress } from './workspace-scan';
import { buildSummary } from './summary';
import { findingDiagnostics } from './diagnostics';
import { catalogueHref } from './catalogue-entries';
import { resultIdFor } from './diagnostic-delivery';
import { pathToUri, relativeInside, uriToPath } from './uris';
import { ReviewDecisions } from './review-decisions';

export interface WorkspaceServiceHost {
  log(message: string): void;
  sendSummary(summary: WorkspaceSummary): void;
  /** A progress reporter for server-initiated work (a no-op one when the client cannot show progress). */
  createProgress(): Promise<WorkDoneProgressReporter>;
  /** A reporter bound to a request's work-done token. */
  attachProgress(token: string | number): WorkDoneProgressReporter;
}

const SUMMARY_DELAY_MS = 200;

export class WorkspaceService {
  private summaryTimer: NodeJS.Timeout | undefined;
  private lastSummary = '';

  constructor(
    private readonly folders: FolderRegistry,
    private readonly documents: DocumentDiagnostics,
    private readonly delivery: DiagnosticDelivery,
    private readonly settings: SettingsSource,
    private readonly host: WorkspaceServiceHost,
    private readonly decisions: ReviewDecisions,
  ) {}

  /** Scan these folders in the background (after start, after a settings change). Failures are logged. */
  scanInBackground(entries: FolderEntry[]): void {
    const targets = entries.filter((e) => !e.loose);
    if (targets.length === 0) return;
    void this.host
      .createProgress()
      .then((reporter) => this.scan(targets, reporter, new AbortController().signal))
      .catch((error: unknown) => this.host.log(`ExportLens: background scan stopped: ${(error as Error).message}`));
  }

  /**
   * `exportlens/scanWorkspace`: scan every workspace folder now, replacing running scans. Cancelled
   * (the token fires, or the user presses Cancel on server-created progress) it fails with
   * RequestCancelled and each folder keeps its previous results.
   */
  async scanRequest(workDoneToken: string | number | undefined, token: CancellationToken): Promise<WorkspaceSummary> {
    const reporter = workDoneToken !== undefined ? this.host.attachProgress(workDoneToken) : await this.host.createProgress();
    const controller = new AbortController();
    const cancel = (): void => controller.abort(new Error('scan cancelled'));
    const subscriptions = [token.onCancellationRequested(cancel), ...('token' in reporter ? [(reporter as { token: CancellationToken }).token.onCancellationRequested(cancel)] : [])];
    try {
      if (token.isCancellationRequested) cancel();
      await this.scan(this.folders.workspaceFolders(), reporter, controller.signal);
    } catch (error) {
      if (!controller.signal.aborted) throw error;
    } finally {
      for (const subscription of subscriptions) subscription.dispose();
    }
    if (controller.signal.aborted || token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'ExportLens: workspace scan cancelled');
    return this.summary();
  }

  async summary(): Promise<WorkspaceSummary> {
    const sources = await Promise.all(
      this.folders.workspaceFolders().map(async (entry) => {
        const engine = await entry.engine;
        const result = engine.scanned && engine.settings.enable ? engine.result() : undefined;
        return {
          uri: entry.uri,
          root: entry.root,
          result,
          severityOverrides: engine.settings.severityOverrides,
          lookup: (id: string) => engine.category(id),
          decisions: result ? this.decisions.states(entry.root, result) : undefined,
        };
      }),
    );
    return buildSummary(sources);
  }

  /** Something changed that may change the summary: send it (coalesced) if it did. */
  summaryMaybeChanged(): void {
    if (this.summaryTimer) return;
    this.summaryTimer = setTimeout(() => {
      this.summaryTimer = undefined;
      void this.summary().then(
        (summary) => {
          const serialised = JSON.stringify(summary);
          if (serialised === this.lastSummary) return;
          this.lastSummary = serialised;
          this.host.sendSummary(summary);
        },
        (error: unknown) => this.host.log(`ExportLens: summary failed: ${(error as Error).message}`),
      );
    }, SUMMARY_DELAY_MS);
  }

  /** A decision was recorded in `root`'s review record: the summary shows it (and its state) now. */
  decisionRecorded(root: string): void {
    this.decisions.invalidate(root);
    this.summaryMaybeChanged();
  }

  /** `workspace/didChangeWatchedFiles`: a rename arrives as a delete and a create. */
  async filesChanged(changes: readonly FileEvent[]): Promise<void> {
    const manifestEntries = new Set<FolderEntry>();
    let relevant = false;
    let decisionsChanged = false;
    for (const change of changes) {
      const absPath = uriToPath(change.uri);
      if (!absPath) continue;
      // Before the open-buffer check: a decisions file edited in the editor counts once it is saved.
      decisionsChanged = this.reviewRecordChanged(absPath) || decisionsChanged;
      if (this.documents.isOpen(absPath)) continue;
      for (const entry of this.folders.all()) {
        const relPath = relativeInside(entry.root, absPath);
        if (relPath === undefined) continue;
        const engine = await entry.engine;
        const matters = await engine.fileChanged(relPath, change.type === FileChangeType.Deleted ? 'deleted' : 'changed');
        relevant ||= matters;
        if (manifestKindFor(relPath)) manifestEntries.add(entry);
      }
    }
    if (manifestEntries.size > 0) this.documents.rediagnose([...manifestEntries]);
    if (relevant || manifestEntries.size > 0) {
      this.delivery.requestRefresh();
      this.summaryMaybeChanged();
    } else if (decisionsChanged) {
      this.summaryMaybeChanged();
    }
  }

  /** Whether `absPath` is (inside) a folder's `.exportlens/`; if so its decisions are read again. */
  private reviewRecordChanged(absPath: string): boolean {
    let changed = false;
    for (const entry of this.folders.all()) {
      const relPath = relativeInside(entry.root, absPath);
      if (relPath === undefined || !ReviewDecisions.concerns(relPath)) continue;
      this.decisions.invalidate(entry.root);
      changed = true;
    }
    return changed;
  }

  /** Settings changed: rebuild the engines whose settings need it, re-diagnose the rest. */
  async settingsChanged(payload: unknown): Promise<void> {
    this.settings.changed(payload);
    const rebuilt: FolderEntry[] = [];
    const touched: FolderEntry[] = [];
    for (const entry of this.folders.all()) {
      const engine = await entry.engine;
      const next = await this.settings.get(entry.loose ? undefined : entry.uri);
      if (engineSettingsDiffer(engine.settings, next)) {
        this.folders.rebuild(entry);
        rebuilt.push(entry);
      } else {
        // Only presentation changed (severity overrides): the engine and its analyses stay.
        engine.settings = next;
      }
      touched.push(entry);
    }
    this.documents.rediagnose(touched);
    this.scanInBackground(rebuilt);
    this.delivery.requestRefresh();
    this.summaryMaybeChanged();
  }

  /** A scan finished for these entries: their open documents and the summary follow. */
  private async scan(entries: FolderEntry[], reporter: WorkDoneProgressReporter, signal: AbortSignal): Promise<void> {
    const targets = await Promise.all(
      entries.map(async (entry) => {
        entry.scan?.controller.abort(new Error('superseded by a newer scan'));
        const controller = new AbortController();
        signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
        const engine = await entry.engine;
        return { entry, name: entry.name, engine, controller, signal: controller.signal };
      }),
    );
    const enabled = targets.filter((t) => t.engine.settings.enable);
    const running = scanWithProgress(enabled, reporter, signal);
    for (const target of enabled) target.entry.scan = { controller: target.controller, promise: running };
    try {
      await running;
    } finally {
      for (const target of enabled) if (target.entry.scan?.controller === target.controller) target.entry.scan = undefined;
      const finished = enabled.filter((t) => t.engine.scanned).map((t) => t.entry);
      this.documents.rediagnose(finished);
      this.delivery.requestRefresh();
      this.summaryMaybeChanged();
    }
  }

  /** `workspace/diagnostic`: every scanned file's diagnostics, except open documents (they are pulled one by one). */
  async workspaceReport(previous: readonly PreviousResultId[]): Promise<WorkspaceDocumentDiagnosticReport[]> {
    const previousIds = new Map(previous.map((p) => [p.uri, p.value]));
    const reports: WorkspaceDocumentDiagnosticReport[] = [];
    const reported = new Set<string>();
    for (const entry of this.folders.workspaceFolders()) {
      await entry.scan?.promise.catch(() => undefined);
      const engine = await entry.engine;
      if (!engine.scanned || !engine.settings.enable) continue;
      const hrefFor = (id: string): string | undefined => {
        const found = engine.category(id);
        return found && catalogueHref(found.category, found.catalogue);
      };
      const byPath = new Map<string, FindingResult[]>();
      for (const finding of engine.result().findings) byPath.set(finding.path, [...(byPath.get(finding.path) ?? []), finding]);
      for (const [relPath, findings] of byPath) {
        const absPath = path.join(entry.root, relPath);
        if (this.documents.isOpen(absPath)) continue;
        const uri = pathToUri(absPath);
        const items = findingDiagnostics(findings, { severityOverrides: engine.settings.severityOverrides, hrefFor });
        if (items.length === 0) continue;
        reported.add(uri);
        const resultId = resultIdFor(relPath, engine.catalogueSet.digest, items);
        reports.push(previousIds.get(uri) === resultId ? { kind: 'unchanged', uri, version: null, resultId } : { kind: 'full', uri, version: null, resultId, items });
      }
    }
    // Files reported before and clean now: an empty full report clears them in the client.
    for (const [uri] of previousIds) {
      if (!reported.has(uri) && !this.documents.isOpen(uriToPath(uri) ?? '')) reports.push({ kind: 'full', uri, version: null, resultId: 'clean', items: [] });
    }
    return reports;
  }
}
