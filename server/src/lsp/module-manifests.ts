/**
 * The manifests that give an open file its module context before the workspace scan is done: those
 * in the nearest folder (from the file's own folder up to the root) that holds any manifest, which is
 * the folder the scan's module map would make the file's module. Read from disk once and cached until
 * the watcher reports a change; an open manifest's buffer wins over the disk.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { FileAnalysis, FileAnalyzer } from '../engine/analyze-file';
import { manifestKindFor } from '../engine/manifests';
import { readSourceFile } from '../engine/files/read';

export class ModuleManifests {
  private readonly cache = new Map<string, Promise<FileAnalysis | undefined>>();

  constructor(
    private readonly root: string,
    private readonly analyzer: FileAnalyzer,
    private readonly maxFileSize: number,
    private readonly log: (message: string) => void,
  ) {}

  /**
   * Analyses of the manifests in the module folder of `relPath`.
   * @param openAnalysis the analysis of an open manifest buffer, which replaces the file on disk
   */
  async forFile(relPath: string, openAnalysis: (relPath: string) => FileAnalysis | undefined): Promise<FileAnalysis[]> {
    const segments = relPath.split('/').slice(0, -1);
    for (let depth = segments.length; depth >= 0; depth--) {
      const folder = segments.slice(0, depth).join('/');
      const manifests = (await this.listFolder(folder)).filter((name) => manifestKindFor(name));
      if (manifests.length === 0) continue;
      const analyses = await Promise.all(
        manifests.map((name) => {
          const manifestPath = folder ? `${folder}/${name}` : name;
          return openAnalysis(manifestPath) ?? this.read(manifestPath);
        }),
      );
      return analyses.filter((a): a is FileAnalysis => a !== undefined);
    }
    return [];
  }

  /** The watcher saw this file change: read it again next time. */
  invalidate(relPath: string): void {
    this.cache.delete(relPath);
  }

  private async listFolder(folder: string): Promise<string[]> {
    try {
      return await fsp.readdir(path.join(this.root, folder));
    } catch {
      return [];
    }
  }

  private read(relPath: string): Promise<FileAnalysis | undefined> {
    let cached = this.cache.get(relPath);
    if (!cached) {
      cached = this.readUncached(relPath);
      this.cache.set(relPath, cached);
    }
    return cached;
  }

  private async readUncached(relPath: string): Promise<FileAnalysis | undefined> {
    const read = await readSourceFile(path.join(this.root, relPath), this.maxFileSize, { displayPath: relPath });
    if (read.kind !== 'text') return undefined;
    try {
      return await this.analyzer.analyzeManifest(relPath, read.text);
    } catch (error) {
      this.log(`ExportLens: ${relPath}: ${(error as Error).message}`);
      return undefined;
    }
  }
}
