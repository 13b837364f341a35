/**
 * Open documents and their diagnostics: each open or change schedules an analysis (debounced on
 * change), whose facts feed the folder's engine; the findings for the file become its diagnostics,
 * which are pushed or kept for the next pull. Manifest buffers are module context for the other
 * open files of the folder, so a manifest edit re-diagnoses them.
 */
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { FindingResult } from '../engine/result';
import { roleOf, type FileRole } from '../engine/scan';
import { OpenDocuments, type OpenDocument } from './documents';
import { analyseDocument, type DocumentAnalysis } from './document-analysis';
import { findingDiagnostics, visibleFindings, warningDiagnostics } from './diagnostics';
import { catalogueHref } from './catalogue-entries';
import type { FolderEngine } from './folder-engine';
import type { FolderEntry, FolderRegistry } from './folders';
import { DebouncedRunner } from './debounced-runner';
import { resultIdFor, type DiagnosticDelivery } from './diagnostic-delivery';
import { uriToPath } from './uris';

/** Typing pauses shorter than this do not trigger an analysis. */
export const CHANGE_DEBOUNCE_MS = 150;

interface DocumentState {
  entry: FolderEntry;
  relPath: string;
  role: FileRole | undefined;
  /** The engine the analysis below was made with; a rebuilt engine means analysing again. */
  engine?: FolderEngine;
  excluded?: string;
  analysedVersion?: number;
  analysis?: DocumentAnalysis;
  findings: FindingResult[];
  diagnostics: Diagnostic[];
  resultId: string;
}

export interface DocumentView {
  document: OpenDocument;
  role: FileRole | undefined;
  analysis: DocumentAnalysis | undefined;
  /** Findings shown as diagnostics (not suppressed, not turned off). */
  findings: FindingResult[];
  engine: FolderEngine | undefined;
}

export class DocumentDiagnostics {
  private readonly documents = new OpenDocuments();
  private readonly states = new Map<string, DocumentState>();
  private readonly runner: DebouncedRunner;
  /** First analyses of documents being opened (see openedAnalysed). */
  private readonly opening = new Set<Promise<void>>();

  constructor(
    private readonly folders: FolderRegistry,
    private readonly delivery: DiagnosticDelivery,
    private readonly hooks: { log(message: string): void; manifestChanged(entry: FolderEntry): void; analysed(): void },
  ) {
    this.runner = new DebouncedRunner(
      (uri) => this.refresh(uri),
      (uri, error) => hooks.log(`ExportLens: analysing ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    );
  }

  async open(uri: string, languageId: string, version: number, text: string): Promise<void> {
    const absPath = uriToPath(uri);
    if (!absPath) return;
    this.documents.open(uri, absPath, languageId, version, text);
    const first = this.firstAnalysis(uri, absPath);
    this.opening.add(first);
    try {
      await first;
    } finally {
      this.opening.delete(first);
    }
  }

  /**
   * Resolves once every document opened so far has had its first analysis. The start-up background
   * scan waits for it: the editor's open files are what the user looks at first, and a scan started
   * alongside them took the CPU their diagnostics needed (the server start → first diagnostics figure).
   */
  async openedAnalysed(): Promise<void> {
    while (this.opening.size > 0) await Promise.all([...this.opening]);
  }

  private async firstAnalysis(uri: string, absPath: string): Promise<void> {
    const { entry, relPath } = await this.folders.locate(absPath);
    if (!this.documents.get(uri)) return; // closed while locating
    this.states.set(uri, { entry, relPath, role: roleOf(relPath), findings: [], diagnostics: [], resultId: '' });
    this.runner.schedule(uri, 0);
    await this.runner.settled(uri);
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void {
    if (!this.documents.change(uri, version, changes)) return;
    if (this.states.has(uri)) this.runner.schedule(uri, CHANGE_DEBOUNCE_MS);
  }

  async close(uri: string): Promise<void> {
    this.runner.forget(uri);
    this.documents.close(uri);
    const state = this.states.get(uri);
    this.states.delete(uri);
    this.delivery.documentClosed(uri);
    if (state?.engine) await state.engine.closeDocument(state.relPath);
  }

  /** Re-diagnose every open document served by these entries (engine rebuilt, scan done, manifest changed). */
  rediagnose(entries: readonly FolderEntry[], except?: string): void {
    for (const [uri, state] of this.states) if (uri !== except && entries.includes(state.entry)) this.runner.schedule(uri, 0);
  }

  /** Workspace folders changed: find each document's entry again. */
  async relocateAll(): Promise<void> {
    for (const [uri, state] of this.states) {
      const document = this.documents.get(uri);
      if (!document) continue;
      const { entry, relPath } = await this.folders.locate(document.absPath);
      if (entry === state.entry) continue;
      Object.assign(state, { entry, relPath, role: roleOf(relPath), engine: undefined, analysedVersion: undefined });
      this.runner.schedule(uri, 0);
    }
  }

  /** Open documents' absolute paths, so watcher events for them are left to the buffers. */
  isOpen(absPath: string): boolean {
    return this.documents.byPath(absPath) !== undefined;
  }

  /** An open document's unsaved text by absolute path (evidence digests must read what the findings point into). */
  openText(absPath: string): string | undefined {
    return this.documents.byPath(absPath)?.getText();
  }

  /** The current pull report for a document. */
  async report(uri: string, previousResultId: string | undefined): Promise<{ kind: 'full'; resultId: string; items: Diagnostic[] } | { kind: 'unchanged'; resultId: string }> {
    await this.runner.settled(uri);
    const state = this.states.get(uri);
    if (!state) return { kind: 'full', resultId: 'closed', items: [] };
    if (previousResultId !== undefined && previousResultId === state.resultId) return { kind: 'unchanged', resultId: state.resultId };
    return { kind: 'full', resultId: state.resultId, items: state.diagnostics };
  }

  /** What hovers and code actions need to know about an open document, once its analysis is current. */
  async view(uri: string): Promise<DocumentView | undefined> {
    await this.runner.settled(uri);
    const document = this.documents.get(uri);
    const state = this.states.get(uri);
    if (!document || !state) return undefined;
    return { document, role: state.role, analysis: state.analysis, findings: state.findings, engine: state.engine };
  }

  private async refresh(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    const state = this.states.get(uri);
    if (!document || !state) return;
    const engine = await state.entry.engine;
    if (state.engine !== engine) {
      state.engine = engine;
      state.analysedVersion = undefined;
      state.excluded = await engine.scope.whyExcluded(state.relPath);
    }
    if (!state.role || !engine.settings.enable || state.excluded || document.getText().length > engine.options.maxFileSize) {
      return this.publish(document, state, engine, [], []);
    }
    if (state.analysedVersion !== document.version) await this.analyse(document, state, engine);
    const analysis = state.analysis;
    if (!analysis || analysis.skipped) return this.publish(document, state, engine, [], []);
    const findings = await engine.findingsFor(state.relPath, analysis.analysis);
    this.publish(document, state, engine, findings, analysis.analysis.warnings);
  }

  private async analyse(document: OpenDocument, state: DocumentState, engine: FolderEngine): Promise<void> {
    const previous = state.analysis;
    try {
      state.analysis = await analyseDocument(document, state.relPath, state.role!, engine.analyzer);
    } catch (error) {
      // A manifest half-way through an edit does not parse: keep the last good reading meanwhile.
      this.hooks.log(`ExportLens: ${state.relPath}: ${(error as Error).message}`);
      if (!previous) return;
      state.analysis = { ...previous, version: document.version };
    }
    state.analysedVersion = state.analysis?.version;
    if (state.engine !== engine || !state.analysis) return;
    engine.setOpenAnalysis(state.relPath, state.analysis.analysis);
    this.hooks.analysed();
    if (state.role?.kind === 'manifest' && JSON.stringify(previous?.analysis.evidence) !== JSON.stringify(state.analysis.analysis.evidence)) {
      this.rediagnose([state.entry], document.uri);
      this.hooks.manifestChanged(state.entry);
    }
  }

  private publish(document: OpenDocument, state: DocumentState, engine: FolderEngine, findings: FindingResult[], warnings: string[]): void {
    const overrides = engine.settings.severityOverrides;
    const hrefFor = (id: string): string | undefined => {
      const entry = engine.category(id);
      return entry && catalogueHref(entry.category, entry.catalogue);
    };
    state.findings = visibleFindings(findings, overrides);
    state.diagnostics = [...findingDiagnostics(findings, { severityOverrides: overrides, hrefFor }), ...warningDiagnostics(warnings)];
    state.resultId = resultIdFor(document.getText(), engine.catalogueSet.digest, state.diagnostics);
    // The version of the text analysed, so a client can drop diagnostics older than its buffer.
    this.delivery.documentDiagnostics(document.uri, state.analysis?.version ?? document.version, state.diagnostics);
  }
}
