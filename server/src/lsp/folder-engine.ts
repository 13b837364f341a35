/**
 * One workspace folder's engine: its settings, catalogues, `Workspace` (every file's analysis) and the
 * analyses of its open buffers. Until the first full scan finishes, a file's findings come from its
 * own analysis plus its module's manifests read directly, so the first diagnostics do not wait for
 * the scan; afterwards they come from the workspace result, which the buffers are fed into.
 */
import type { FileAnalysis } from '../engine/analyze-file';
import { Workspace, roleOf, type ScanOptions } from '../engine/scan';
import type { FindingResult, ScanResult } from '../engine/result';
import type { Catalogue, Category, EngineOptions } from '../engine/types';
import { classify } from '../engine/classify';
import { ModuleMap, folderOf } from '../engine/scoring/modules';
import { resolveOptions } from '../engine/defaults';
import { threadPoolDiscoveryFs } from '../engine/files/fs-access';
import type { ExportLensSettings } from './settings';
import type { CatalogueSet } from './catalogue-set';
import { FileScope } from './file-scope';
import { ModuleManifests } from './module-manifests';

export class FolderEngine {
  readonly scope: FileScope;
  readonly manifests: ModuleManifests;
  /** Whether a full scan has completed; until then findings use the quick path. */
  scanned = false;
  private workspace: Workspace;
  private cachedResult: ScanResult | undefined;
  private readonly openAnalyses = new Map<string, FileAnalysis>();
  /** Files the watcher reported while a scan ran: the scan may have read them before the change. */
  private readonly changedDuringScan = new Set<string>();
  private scanning = 0;

  private constructor(
    readonly root: string,
    /** Replaced in place only when the change does not concern the engine (severity overrides). */
    public settings: ExportLensSettings,
    readonly catalogueSet: CatalogueSet,
    workspace: Workspace,
    log: (message: string) => void,
  ) {
    this.workspace = workspace;
    this.scope = new FileScope(root, workspace.options);
    this.manifests = new ModuleManifests(root, workspace.analyzer, workspace.options.maxFileSize, log);
  }

  static async create(root: string, settings: ExportLensSettings, catalogueSet: CatalogueSet, log: (message: string) => void): Promise<FolderEngine> {
    const workspace = await Workspace.open(root, engineOptions(settings, catalogueSet.catalogues));
    return new FolderEngine(root, settings, catalogueSet, workspace, log);
  }

  get analyzer(): Workspace['analyzer'] {
    return this.workspace.analyzer;
  }

  get options(): EngineOptions {
    return this.workspace.options;
  }

  /**
   * Scan every file into a fresh `Workspace` and switch to it when done, so a cancelled scan leaves
   * the previous results in place. Rejects with the signal's reason when aborted.
   */
  async scan(progress: Pick<ScanOptions, 'onProgress' | 'signal'>): Promise<void> {
    this.scanning++;
    try {
      const next = await Workspace.open(this.root, engineOptions(this.settings, this.catalogueSet.catalogues));
      await next.scanAll(progress);
      for (const [relPath, analysis] of this.openAnalyses) next.setAnalysis(relPath, analysis);
      this.workspace = next;
      this.scanned = true;
      this.cachedResult = undefined;
    } finally {
      this.scanning--;
    }
    const changed = [...this.changedDuringScan];
    this.changedDuringScan.clear();
    for (const relPath of changed) await this.fileChanged(relPath, 'changed');
  }

  /** An open buffer's analysis replaces the file on disk. */
  setOpenAnalysis(relPath: string, analysis: FileAnalysis): void {
    this.openAnalyses.set(relPath, analysis);
    this.workspace.setAnalysis(relPath, analysis);
    this.cachedResult = undefined;
  }

  openAnalysis(relPath: string): FileAnalysis | undefined {
    return this.openAnalyses.get(relPath);
  }

  /** The buffer was closed: the file on disk counts again. */
  async closeDocument(relPath: string): Promise<void> {
    if (!this.openAnalyses.delete(relPath)) return;
    await this.fileChanged(relPath, 'changed');
  }

  /** The watcher saw a file created, changed or deleted. Returns whether the file matters to the scan. */
  async fileChanged(relPath: string, change: 'changed' | 'deleted'): Promise<boolean> {
    this.manifests.invalidate(relPath);
    if (!roleOf(relPath)) return false;
    if (this.scanning > 0) this.changedDuringScan.add(relPath);
    if (this.openAnalyses.has(relPath)) return true;
    this.cachedResult = undefined;
    if (change === 'deleted' || (await this.scope.whyExcluded(relPath))) this.workspace.forget(relPath);
    else if (this.scanned) await this.workspace.refreshFile(relPath);
    return true;
  }

  /** The classification of everything known now (cached until something changes). */
  result(): ScanResult {
    this.cachedResult ??= this.workspace.result();
    return this.cachedResult;
  }

  /** The findings for one file whose analysis is `analysis`. */
  async findingsFor(relPath: string, analysis: FileAnalysis): Promise<FindingResult[]> {
    if (this.scanned) return this.result().findings.filter((f) => f.path === relPath);
    const manifests = (await this.manifests.forFile(relPath, (p) => this.openAnalyses.get(p))).filter((m) => m.path !== relPath);
    const roots = new Set(this.options.moduleRoots);
    for (const manifest of manifests) roots.add(folderOf(manifest.path));
    if (analysis.method === 'manifest') roots.add(folderOf(relPath));
    const { findings } = classify([analysis, ...manifests], new ModuleMap(roots), this.catalogueSet.catalogues, this.options);
    return findings.filter((f) => f.path === relPath);
  }

  /** A category and its catalogue by id. */
  category(id: string): { category: Category; catalogue: Catalogue } | undefined {
    for (const catalogue of this.catalogueSet.catalogues) {
      const category = catalogue.categories.find((c) => c.id === id);
      if (category) return { category, catalogue };
    }
    return undefined;
  }
}

function engineOptions(settings: ExportLensSettings, catalogues: Catalogue[]): ScanOptions {
  return {
    ...resolveOptions({ include: settings.include, exclude: settings.exclude, maxFileSize: settings.maxFileSize, disabledCategories: settings.disabledCategories }),
    catalogues,
    discoveryFs: threadPoolDiscoveryFs,
  };
}
