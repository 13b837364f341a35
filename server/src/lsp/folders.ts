/**
 * The folders the server serves: the editor's workspace folders and, for files opened outside all of
 * them, "loose" roots (the nearest folder above the file that holds a manifest, else the file's own
 * folder). Each has one FolderEngine, rebuilt when its settings change in a way the engine depends on.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { manifestKindFor } from '../engine/manifests';
import { FolderEngine } from './folder-engine';
import { loadCatalogueSet } from './catalogue-set';
import type { SettingsSource } from './settings-source';
import { pathToUri, relativeInside } from './uris';

export interface FolderEntry {
  /** The workspace folder's URI; for loose roots, the root's file URI. */
  uri: string;
  name: string;
  root: string;
  loose: boolean;
  engine: Promise<FolderEngine>;
  /** The scan running now, if any. */
  scan?: { controller: AbortController; promise: Promise<void> };
}

export interface FolderContext {
  settings: SettingsSource;
  trusted: boolean;
  log(message: string): void;
}

const LOOSE_ROOT_SEARCH_DEPTH = 20;

export class FolderRegistry {
  private readonly folders = new Map<string, FolderEntry>();
  private readonly looseRoots = new Map<string, FolderEntry>();

  constructor(private readonly context: FolderContext) {}

  add(uri: string, name: string, root: string): FolderEntry {
    const entry: FolderEntry = { uri, name, root, loose: false, engine: this.createEngine(root, uri) };
    this.folders.set(uri, entry);
    return entry;
  }

  remove(uri: string): FolderEntry | undefined {
    const entry = this.folders.get(uri);
    entry?.scan?.controller.abort(new Error('workspace folder removed'));
    this.folders.delete(uri);
    return entry;
  }

  /** Workspace folders (not loose roots). */
  workspaceFolders(): FolderEntry[] {
    return [...this.folders.values()];
  }

  all(): FolderEntry[] {
    return [...this.folders.values(), ...this.looseRoots.values()];
  }

  /** Replace an entry's engine (settings changed); a running scan of the old engine is aborted. */
  rebuild(entry: FolderEntry): void {
    entry.scan?.controller.abort(new Error('settings changed'));
    entry.scan = undefined;
    entry.engine = this.createEngine(entry.root, entry.loose ? undefined : entry.uri);
  }

  /** The entry that serves a file and the file's path relative to its root. */
  async locate(absPath: string): Promise<{ entry: FolderEntry; relPath: string }> {
    let best: { entry: FolderEntry; relPath: string } | undefined;
    for (const entry of this.folders.values()) {
      const relPath = relativeInside(entry.root, absPath);
      if (relPath !== undefined && (!best || entry.root.length > best.entry.root.length)) best = { entry, relPath };
    }
    if (best) return best;
    const root = await looseRootOf(absPath);
    let entry = this.looseRoots.get(root);
    if (!entry) {
      entry = { uri: pathToUri(root), name: path.basename(root), root, loose: true, engine: this.createEngine(root, undefined) };
      this.looseRoots.set(root, entry);
    }
    return { entry, relPath: relativeInside(root, absPath) ?? path.basename(absPath) };
  }

  private async createEngine(root: string, folderUri: string | undefined): Promise<FolderEngine> {
    const settings = await this.context.settings.get(folderUri);
    const catalogueSet = loadCatalogueSet(
      { root, catalogueFiles: settings.catalogueFiles, trusted: this.context.trusted, workspaceRoots: [...this.folders.values()].map((f) => f.root) },
      this.context.log,
    );
    return FolderEngine.create(root, settings, catalogueSet, this.context.log);
  }
}

/** The nearest folder above a loose file that holds a manifest (its module), else the file's folder. */
async function looseRootOf(absPath: string): Promise<string> {
  let folder = path.dirname(absPath);
  for (let depth = 0; depth < LOOSE_ROOT_SEARCH_DEPTH; depth++) {
    const names = await fsp.readdir(folder).catch(() => [] as string[]);
    if (names.some((name) => manifestKindFor(name))) return folder;
    const parent = path.dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return path.dirname(absPath);
}
