/**
 * A workspace scan: discover files, read manifests (they define modules), analyse every source and
 * notice file, then classify. Bad files are reported and skipped; nothing stops the scan but
 * cancellation. Scanned code is only ever read, never run.
 *
 * `Workspace` keeps each file's analysis, so the language server can re-analyse one changed file
 * and re-classify without rescanning; `scanWorkspace` is the one-shot form the CLI uses.
 */
import type { Catalogue, EngineOptions, LanguageId } from './types';
import type { ErrorEntry, ScanResult, SkippedFile } from './result';
import { RESULT_FORMAT_VERSION } from './result';
import { resolveOptions } from './defaults';
import { SignalIndex } from './detection/signal-index';
import { FileAnalyzer, isNoticeFile, type FileAnalysis } from './analyze-file';
import { classify, compareStrings } from './classify';
import { ModuleMap, folderOf } from './scoring/modules';
import { discoverFiles } from './files/discover';
import { readSourceFile } from './files/read';
import { generatedReason } from './files/generated';
import { minifiedReason } from './files/minified';
import { languageForPath } from './parsing/languages';
import { manifestKindFor } from './manifests';
import { toolVersion } from './package-root';
import * as path from 'node:path';

export interface ScanOptions extends Partial<EngineOptions> {
  catalogues: Catalogue[];
  /** Called after each file with the number done and the total. */
  onProgress?: (done: number, total: number, path: string) => void;
  /** Stops the scan between files; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Source files in languages without a grammar here, read by the lexical fallback as their nearest relative. */
const LEXICAL_ONLY_EXTENSIONS: Record<string, LanguageId> = {
  '.scala': 'java',
  '.groovy': 'java',
  '.dart': 'java',
  '.m': 'c',
  '.mm': 'cpp',
  '.vue': 'javascript',
  '.svelte': 'javascript',
  '.lua': 'text',
  '.pl': 'text',
  '.pm': 'text',
  '.r': 'text',
  '.jl': 'text',
  '.ex': 'text',
  '.exs': 'text',
  '.erl': 'text',
  '.hs': 'text',
  '.clj': 'text',
  '.sh': 'text',
  '.ps1': 'text',
};

export type FileRole = { kind: 'manifest' } | { kind: 'source'; language: LanguageId; lexicalOnly: boolean } | { kind: 'notice' };

/** What the scanner does with a file, by its path; undefined: nothing (not a language or manifest it reads). */
export function roleOf(relativePath: string): FileRole | undefined {
  if (manifestKindFor(relativePath)) return { kind: 'manifest' };
  const language = languageForPath(relativePath);
  if (language) return { kind: 'source', language, lexicalOnly: false };
  const dot = relativePath.lastIndexOf('.');
  const extension = dot > relativePath.lastIndexOf('/') ? relativePath.slice(dot).toLowerCase() : '';
  const lexical = LEXICAL_ONLY_EXTENSIONS[extension];
  if (lexical) return { kind: 'source', language: lexical, lexicalOnly: true };
  if (isNoticeFile(relativePath)) return { kind: 'notice' };
  return undefined;
}

/** The outcome of reading and analysing one file. */
type FileOutcome =
  | { kind: 'analysed'; analysis: FileAnalysis; bytes: number; problems: ErrorEntry[] }
  | { kind: 'skipped'; skip: SkippedFile }
  | { kind: 'failed'; error: ErrorEntry };

export class Workspace {
  readonly options: EngineOptions;
  private readonly analyses = new Map<string, { analysis: FileAnalysis; bytes: number; problems: ErrorEntry[] }>();
  private readonly skippedFiles = new Map<string, SkippedFile>();
  private readonly discoveryErrors: ErrorEntry[] = [];
  private unsupportedCount = 0;

  private constructor(
    readonly root: string,
    readonly catalogues: Catalogue[],
    readonly analyzer: FileAnalyzer,
    options: EngineOptions,
  ) {
    this.options = options;
  }

  static async open(root: string, scanOptions: ScanOptions): Promise<Workspace> {
    const options = resolveOptions(scanOptions);
    const disabled = new Set(options.disabledCategories);
    const only = new Set(options.onlyCategories);
    const categories = scanOptions.catalogues
      .flatMap((c) => c.categories)
      .filter((c) => !disabled.has(c.id) && (only.size === 0 || only.has(c.id)));
    const analyzer = await FileAnalyzer.create(new SignalIndex(categories));
    return new Workspace(path.resolve(root), scanOptions.catalogues, analyzer, options);
  }

  /** Discover and analyse every file, replacing what was known. */
  async scanAll(progress: Pick<ScanOptions, 'onProgress' | 'signal'> = {}): Promise<void> {
    this.analyses.clear();
    this.skippedFiles.clear();
    this.discoveryErrors.length = 0;
    this.unsupportedCount = 0;
    const planned: { relPath: string; absPath: string; role: FileRole }[] = [];
    for await (const event of discoverFiles(this.root, this.options)) {
      if (event.type === 'skipped') this.skippedFiles.set(event.relPath, { path: event.relPath, reason: event.reason, ...(event.detail ? { detail: event.detail } : {}) });
      else if (event.type === 'error') this.discoveryErrors.push({ path: event.relPath, message: event.message });
      else {
        const role = roleOf(event.relPath);
        if (role) planned.push({ relPath: event.relPath, absPath: event.absPath, role });
        else this.unsupportedCount++;
      }
    }
    let done = 0;
    for (const file of planned) {
      progress.signal?.throwIfAborted();
      this.record(file.relPath, await analyseFile(this.analyzer, file.absPath, file.relPath, file.role, this.options));
      progress.onProgress?.(++done, planned.length, file.relPath);
    }
  }

  /** Re-read one file from disk (created or changed), or forget it when it is gone or no longer scanned. */
  async refreshFile(relPath: string): Promise<void> {
    this.forget(relPath);
    const role = roleOf(relPath);
    if (!role) return;
    const outcome = await analyseFile(this.analyzer, path.join(this.root, relPath), relPath, role, this.options);
    if (outcome.kind === 'failed' && /ENOENT/.test(outcome.error.message)) return; // deleted: forgetting it was right
    this.record(relPath, outcome);
  }

  /** Use an analysis made elsewhere (an editor's unsaved buffer) for a file. */
  setAnalysis(relPath: string, analysis: FileAnalysis, bytes = 0): void {
    this.forget(relPath);
    this.analyses.set(relPath, { analysis, bytes, problems: analysis.warnings.map((w) => ({ path: relPath, message: `warning: ${w}` })) });
  }

  forget(relPath: string): void {
    this.analyses.delete(relPath);
    this.skippedFiles.delete(relPath);
  }

  /** The current analysis of a file, if it was analysed. */
  analysisOf(relPath: string): FileAnalysis | undefined {
    return this.analyses.get(relPath)?.analysis;
  }

  /** The module map implied by the manifests known now (plus configured roots). */
  moduleMap(): ModuleMap {
    const roots = new Set<string>(this.options.moduleRoots);
    for (const { analysis } of this.analyses.values()) if (analysis.method === 'manifest') roots.add(folderOf(analysis.path));
    return new ModuleMap(roots);
  }

  /** Classify what is known now. */
  result(): ScanResult {
    const moduleMap = this.moduleMap();
    const entries = [...this.analyses.values()].sort((a, b) => compareStrings(a.analysis.path, b.analysis.path));
    const analyses = entries.map((e) => e.analysis);
    // A folder holding only a README is not a module of its own unless the README carries evidence.
    const knownModules = new Set(analyses.filter((a) => a.method !== 'notice').map((a) => moduleMap.moduleOf(a.path)));
    const { modules, findings } = classify(analyses, moduleMap, this.catalogues, this.options, knownModules);
    const skipped = [...this.skippedFiles.values()].sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.reason, b.reason));
    const errors = [...this.discoveryErrors, ...entries.flatMap((e) => e.problems)].sort(
      (a, b) => compareStrings(a.path, b.path) || compareStrings(a.message, b.message),
    );
    const count = (method: FileAnalysis['method']) => analyses.filter((a) => a.method === method).length;
    return {
      version: RESULT_FORMAT_VERSION,
      tool: { name: 'exportlens', version: toolVersion() },
      catalogues: this.catalogues.map((c) => ({ id: c.id, title: c.title, version: c.version })).sort((a, b) => compareStrings(a.id, b.id)),
      modules,
      findings,
      skipped,
      errors,
      stats: {
        filesScanned: analyses.length,
        filesSkipped: skipped.length + this.unsupportedCount,
        bytesScanned: entries.reduce((sum, e) => sum + e.bytes, 0),
        parsedWithTreeSitter: count('tree-sitter'),
        parsedLexically: count('lexical'),
        prefilteredOut: count('prefiltered'),
      },
    };
  }

  private record(relPath: string, outcome: FileOutcome): void {
    if (outcome.kind === 'analysed') this.analyses.set(relPath, { analysis: outcome.analysis, bytes: outcome.bytes, problems: outcome.problems });
    else if (outcome.kind === 'skipped') this.skippedFiles.set(relPath, outcome.skip);
    else this.discoveryErrors.push(outcome.error);
  }
}

/** One-shot scan: the CLI's entry point. */
export async function scanWorkspace(root: string, scanOptions: ScanOptions): Promise<ScanResult> {
  const workspace = await Workspace.open(root, scanOptions);
  await workspace.scanAll(scanOptions);
  return workspace.result();
}

/** Read one file, decide whether to skip it, and analyse it by its role. Never throws. */
export async function analyseFile(analyzer: FileAnalyzer, absPath: string, relPath: string, role: FileRole, options: EngineOptions): Promise<FileOutcome> {
  const read = await readSourceFile(absPath, options.maxFileSize);
  if (read.kind === 'skip') return { kind: 'skipped', skip: { path: relPath, reason: read.reason, ...(read.detail ? { detail: read.detail } : {}) } };
  if (read.kind === 'error') return { kind: 'failed', error: { path: relPath, message: read.message } };
  const text = read.text;
  if (role.kind === 'source') {
    const minified = minifiedReason(text, relPath);
    if (minified) return { kind: 'skipped', skip: { path: relPath, reason: 'minified', detail: minified } };
    const generated = generatedReason(text, relPath);
    if (generated) return { kind: 'skipped', skip: { path: relPath, reason: 'generated', detail: generated } };
  }
  const problems: ErrorEntry[] = [];
  if (read.invalidUtf8) problems.push({ path: relPath, message: 'warning: not valid UTF-8; invalid bytes were replaced and the rest of the file was scanned' });
  try {
    const analysis = await analyseByRole(analyzer, relPath, role, text, options);
    for (const warning of analysis.warnings) problems.push({ path: relPath, message: `warning: ${warning}` });
    return { kind: 'analysed', analysis, bytes: Buffer.byteLength(text), problems };
  } catch (error) {
    return { kind: 'failed', error: { path: relPath, message: error instanceof Error ? error.message : String(error) } };
  }
}

function analyseByRole(analyzer: FileAnalyzer, relPath: string, role: FileRole, text: string, options: EngineOptions): Promise<FileAnalysis> {
  switch (role.kind) {
    case 'manifest':
      return analyzer.analyzeManifest(relPath, text);
    case 'notice':
      return Promise.resolve(analyzer.analyzeNotice(relPath, text));
    case 'source':
      return analyzer.analyzeSource(relPath, text, role.language, { parseTimeoutMs: options.parseTimeoutMs, lexicalOnly: role.lexicalOnly });
  }
}
