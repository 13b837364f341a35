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
import { DEFAULT_OPTIONS, resolveOptions } from './defaults';
import { SignalIndex } from './detection/signal-index';
import { FileAnalyzer, isNoticeFile, type FileAnalysis } from './analyze-file';
import { classify, compareStrings } from './classify';
import { ModuleMap, folderOf } from './scoring/modules';
import { discoverFiles } from './files/discover';
import type { DiscoveryFs } from './files/fs-access';
import { readSourceFile } from './files/read';
import { generatedReason } from './files/generated';
import { minifiedReason } from './files/minified';
import { languageForPath } from './parsing/languages';
import { manifestKindFor } from './manifests';
import { toolVersion } from './package-root';
import type { ReadOptions } from './files/read';
import { catalogueDigest } from './catalogue/digest';
import { ScanCache, cacheConfigKey, type CacheStats } from './cache/scan-cache';
import type { FileStamp } from './cache/fingerprint-reader';
import { engineFingerprint } from './cache/engine-fingerprint';
import { SignalLookup, decodeOutcome, encodeOutcome, type FileOutcome, type StoredOutcome } from './cache/stored-outcome';
import { analyseJobOutcome } from './workers/analyse-job';
import { runInWorkers, workersAvailable } from './workers/worker-pool';
import type { FileJob } from './workers/protocol';
import * as os from 'node:os';
import * as path from 'node:path';

export type { FileOutcome } from './cache/stored-outcome';

export interface ScanOptions extends Partial<EngineOptions> {
  catalogues: Catalogue[];
  /** Called after each file with the number done and the total. */
  onProgress?: (done: number, total: number, path: string) => void;
  /** Stops the scan between files; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * Analysis threads: 1 analyses in this thread; N > 1 uses N worker threads; undefined lets
   * `scanWorkspace` use one worker per core when the workspace is big enough to repay starting them
   * (`Workspace.scanAll` alone stays in this thread, as the language server wants).
   */
  jobs?: number;
  /** Keep each file's outcome in a content-hash cache in this folder (see cache/scan-cache.ts). */
  cacheDir?: string;
  /** Analyse only shard `index` (1-based) of `count`: a deterministic share of the files by path. */
  shard?: ShardSpec;
  /** Messages worth showing the user that are not part of the result (a corrupt cache rebuilt). */
  onNotice?: (message: string) => void;
  /**
   * How discovery reaches the file system (default: synchronous calls in batches, fastest for a CLI
   * scan). The language server passes `threadPoolDiscoveryFs` so its thread stays responsive.
   */
  discoveryFs?: DiscoveryFs;
}

export interface ShardSpec {
  index: number;
  count: number;
}

/** The cache folder `--cache` puts in the scanned root. */
export const DEFAULT_CACHE_FOLDER = '.exportlens-cache';

/** Below this many bytes to analyse, starting worker threads (and their grammars) costs more than it saves. */
const AUTO_WORKERS_MIN_BYTES = 8 * 1024 * 1024;

/** The 0-based shard a path belongs to: FNV-1a over the relative path, so every machine agrees. */
export function shardOf(relPath: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < relPath.length; i++) {
    hash ^= relPath.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}

/** Everything a result is built from; a shard report carries the same parts for its share of files. */
export interface ScanParts {
  analyses: Iterable<{ analysis: FileAnalysis; bytes: number; problems: ErrorEntry[] }>;
  skipped: Iterable<SkippedFile>;
  errors: Iterable<ErrorEntry>;
  unsupportedCount: number;
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

/**
 * Analyzers by catalogue list (identity) and category filter. A FileAnalyzer keeps no per-file state,
 * so workspaces over the same catalogues share one: the language server opens a Workspace for its
 * first document and another for each full scan, and building the signal index and prefilter
 * automata again took about 150 ms of CPU right when the first diagnostics were due.
 */
const ANALYZERS = new WeakMap<Catalogue[], Map<string, Promise<FileAnalyzer>>>();

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
    private readonly discoveryFs: DiscoveryFs | undefined,
  ) {
    this.options = options;
  }

  static async open(root: string, scanOptions: ScanOptions): Promise<Workspace> {
    const options = resolveOptions(scanOptions);
    const disabled = new Set(options.disabledCategories);
    const only = new Set(options.onlyCategories);
    const key = JSON.stringify([[...disabled].sort(), [...only].sort()]);
    let byFilter = ANALYZERS.get(scanOptions.catalogues);
    if (!byFilter) ANALYZERS.set(scanOptions.catalogues, (byFilter = new Map()));
    let analyzer = byFilter.get(key);
    if (!analyzer) {
      const categories = scanOptions.catalogues
        .flatMap((c) => c.categories)
        .filter((c) => !disabled.has(c.id) && (only.size === 0 || only.has(c.id)));
      analyzer = FileAnalyzer.create(new SignalIndex(categories));
      byFilter.set(key, analyzer);
    }
    return new Workspace(path.resolve(root), scanOptions.catalogues, await analyzer, options, scanOptions.discoveryFs);
  }

  /** What the last `scanAll` did with the cache, when it used one. */
  lastCacheStats: CacheStats | undefined;

  /** Discover and analyse every file, replacing what was known. */
  async scanAll(progress: Pick<ScanOptions, 'onProgress' | 'signal' | 'jobs' | 'cacheDir' | 'shard' | 'onNotice'> = {}): Promise<void> {
    this.analyses.clear();
    this.skippedFiles.clear();
    this.discoveryErrors.length = 0;
    this.unsupportedCount = 0;
    this.lastCacheStats = undefined;
    const shard = progress.shard;
    const inShard = (relPath: string) => !shard || shardOf(relPath, shard.count) === shard.index - 1;
    // The cache folder is never part of the result, also when a later scan runs without the cache.
    const cacheFolders = [DEFAULT_CACHE_FOLDER];
    const configuredCache = progress.cacheDir ? relativeInside(this.root, path.resolve(this.root, progress.cacheDir)) : undefined;
    if (configuredCache) cacheFolders.push(configuredCache);
    const isCacheFile = (relPath: string) => cacheFolders.some((folder) => relPath === folder || relPath.startsWith(`${folder}/`));
    // Only paths are kept while discovering; contents are read one file at a time (or by the workers).
    const planned: FileJob[] = [];
    // Discovery's lstat of each planned file, for the cache to compare instead of a second lstat.
    const stamps: (FileStamp | undefined)[] = [];
    for await (const event of discoverFiles(this.root, { ...this.options, fs: this.discoveryFs })) {
      if (isCacheFile(event.relPath) || !inShard(event.relPath)) continue;
      if (event.type === 'skipped') this.skippedFiles.set(event.relPath, { path: event.relPath, reason: event.reason, ...(event.detail ? { detail: event.detail } : {}) });
      else if (event.type === 'error') this.discoveryErrors.push({ path: event.relPath, message: event.message });
      else {
        const role = roleOf(event.relPath);
        if (role) {
          planned.push({ relPath: event.relPath, absPath: event.absPath, role, size: event.size });
          if (progress.cacheDir) stamps.push(event.stamp);
        }
        else this.unsupportedCount++;
      }
    }

    let done = 0;
    const finished = (relPath: string) => progress.onProgress?.(++done, planned.length, relPath);
    const cache = progress.cacheDir ? ScanCache.open(path.resolve(this.root, progress.cacheDir), this.cacheKey(), progress.onNotice) : undefined;
    const signals = new SignalLookup(this.analyzer.index.categories);
    let pending: FileJob[] = planned;
    if (cache) {
      pending = [];
      for (const [i, file] of planned.entries()) {
        progress.signal?.throwIfAborted();
        const stored = cache.lookup(file.relPath, file.absPath, stamps[i]);
        const outcome = stored && decodeOutcome(file.relPath, stored, signals);
        if (outcome) {
          this.record(file.relPath, outcome);
          finished(file.relPath);
        } else pending.push(file);
      }
    }

    const workers = this.workerCount(progress.jobs, pending);
    if (workers > 1) {
      await runInWorkers(pending, { categories: this.analyzer.index.categories, options: engineOptionsOnly(this.options) }, {
        workers,
        signal: progress.signal,
        onResult: (result) => {
          const outcome = decodeOutcome(result.relPath, result.stored, signals) ?? workerMismatch(result.relPath);
          this.record(result.relPath, outcome);
          cache?.store(result.relPath, result.stamp, result.contentHash, result.stored);
          finished(result.relPath);
        },
      });
    } else {
      for (const file of pending) {
        progress.signal?.throwIfAborted();
        const { outcome, fingerprint } = await analyseJobOutcome(this.analyzer, file, this.options);
        this.record(file.relPath, outcome);
        cache?.store(file.relPath, fingerprint.stamp, fingerprint.contentHash, encodeOutcome(file.relPath, outcome));
        finished(file.relPath);
      }
    }
    if (cache) {
      cache.save(progress.onNotice);
      this.lastCacheStats = cache.stats;
    }
  }

  /** The cache configuration: engine, catalogues (as filtered) and the options that change a file's analysis. */
  cacheKey(): string {
    return cacheConfigKey({
      engine: engineFingerprint(),
      catalogues: catalogueDigest(this.catalogues),
      categories: this.analyzer.index.categories.map((c) => c.id),
      maxFileSize: this.options.maxFileSize,
      parseTimeoutMs: this.options.parseTimeoutMs,
    });
  }

  private workerCount(jobs: number | undefined, pending: readonly FileJob[]): number {
    if (jobs === 1 || pending.length < 2 || !workersAvailable()) return 1;
    if (jobs === undefined) return 1;
    if (jobs > 1) return Math.min(jobs, pending.length);
    // jobs <= 0: automatic, one per core, only when the work repays the workers' start-up.
    const bytes = pending.reduce((sum, file) => sum + file.size, 0);
    if (bytes < AUTO_WORKERS_MIN_BYTES) return 1;
    return Math.min(availableCores(), pending.length);
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
    return buildResult(this.parts(), this.catalogues, this.options);
  }

  /** What the result is built from (a shard report stores exactly this). */
  parts(): ScanParts & { analyses: { analysis: FileAnalysis; bytes: number; problems: ErrorEntry[] }[]; skipped: SkippedFile[]; errors: ErrorEntry[] } {
    return {
      analyses: [...this.analyses.values()],
      skipped: [...this.skippedFiles.values()],
      errors: [...this.discoveryErrors],
      unsupportedCount: this.unsupportedCount,
    };
  }

  private record(relPath: string, outcome: FileOutcome): void {
    if (outcome.kind === 'analysed') this.analyses.set(relPath, { analysis: outcome.analysis, bytes: outcome.bytes, problems: outcome.problems });
    else if (outcome.kind === 'skipped') this.skippedFiles.set(relPath, outcome.skip);
    else this.discoveryErrors.push(outcome.error);
  }
}

/** One-shot scan: the CLI's entry point. Uses worker threads for big workspaces unless `jobs` says otherwise. */
export async function scanWorkspace(root: string, scanOptions: ScanOptions): Promise<ScanResult> {
  const workspace = await Workspace.open(root, scanOptions);
  await workspace.scanAll({ ...scanOptions, jobs: scanOptions.jobs ?? 0 });
  return workspace.result();
}

/** Classify analyses: sorted, so the same parts give byte-identical JSON however they were gathered. */
export function buildResult(parts: ScanParts, catalogues: Catalogue[], options: EngineOptions): ScanResult {
  const entries = [...parts.analyses].sort((a, b) => compareStrings(a.analysis.path, b.analysis.path));
  const analyses = entries.map((e) => e.analysis);
  const roots = new Set<string>(options.moduleRoots);
  for (const analysis of analyses) if (analysis.method === 'manifest') roots.add(folderOf(analysis.path));
  const moduleMap = new ModuleMap(roots);
  // A folder holding only a README is not a module of its own unless the README carries evidence.
  const knownModules = new Set(analyses.filter((a) => a.method !== 'notice').map((a) => moduleMap.moduleOf(a.path)));
  const { modules, findings } = classify(analyses, moduleMap, catalogues, options, knownModules);
  const skipped = [...parts.skipped].sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.reason, b.reason));
  const errors = [...parts.errors, ...entries.flatMap((e) => e.problems)].sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.message, b.message));
  const count = (method: FileAnalysis['method']) => analyses.filter((a) => a.method === method).length;
  return {
    version: RESULT_FORMAT_VERSION,
    tool: { name: 'exportlens', version: toolVersion() },
    catalogues: catalogues.map((c) => ({ id: c.id, title: c.title, version: c.version })).sort((a, b) => compareStrings(a.id, b.id)),
    modules,
    findings,
    skipped,
    errors,
    stats: {
      filesScanned: analyses.length,
      filesSkipped: skipped.length + parts.unsupportedCount,
      bytesScanned: entries.reduce((sum, e) => sum + e.bytes, 0),
      parsedWithTreeSitter: count('tree-sitter'),
      parsedLexically: count('lexical'),
      prefilteredOut: count('prefiltered'),
    },
  };
}

/**
 * The engine options alone: `Workspace.options` also holds whatever else was passed to `open`
 * (catalogues, callbacks), which must not travel to workers or into shard reports.
 */
export function engineOptionsOnly(options: EngineOptions): EngineOptions {
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_OPTIONS)) picked[key] = (options as unknown as Record<string, unknown>)[key];
  return picked as unknown as EngineOptions;
}

function availableCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/** `child` relative to `root` with `/`, or undefined when it is not inside it. */
function relativeInside(root: string, child: string): string | undefined {
  const relative = path.relative(root, child);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

function workerMismatch(relPath: string): FileOutcome {
  return { kind: 'failed', error: { path: relPath, message: `${relPath}: a worker named a signal that is not loaded here` } };
}

/** Re-export for callers that store outcomes (shard reports). */
export type { StoredOutcome };

/** Read one file, decide whether to skip it, and analyse it by its role. Never throws. */
export async function analyseFile(
  analyzer: FileAnalyzer,
  absPath: string,
  relPath: string,
  role: FileRole,
  options: EngineOptions,
  readOptions: ReadOptions = {},
): Promise<FileOutcome> {
  // Messages name the file by its relative path (results must not depend on where the tree lies).
  // Only source files can be minified: a one-line package.json still declares its dependencies.
  const read = await readSourceFile(absPath, options.maxFileSize, { displayPath: relPath, checkMinified: role.kind === 'source', ...readOptions });
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
