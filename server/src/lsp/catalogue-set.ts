/**
 * The catalogues a workspace folder applies: the built-in ones plus the folder's `catalogueFiles`.
 * In an untrusted workspace (initializationOptions.trusted === false) catalogue files that lie inside
 * the workspace are not loaded, because a catalogue's regular expressions and texts come from whoever
 * wrote the repository; files elsewhere (the user's own) still load. Both cases are logged.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadCatalogues } from '../engine/catalogue/load';
import { builtinCataloguePaths } from '../engine/catalogue/location';
import { catalogueDigest } from '../engine/catalogue/digest';
import type { Catalogue } from '../engine/types';
import { relativeInside } from './uris';

export interface CatalogueSet {
  catalogues: Catalogue[];
  /** Changes whenever any loaded catalogue's content or category list changes. */
  digest: string;
}

export interface CatalogueRequest {
  /** The folder's root; relative `catalogueFiles` resolve against it (undefined for loose files). */
  root: string | undefined;
  catalogueFiles: string[];
  trusted: boolean;
  /** Every workspace folder root: in an untrusted workspace nothing inside any of them is loaded. */
  workspaceRoots: string[];
}

export function loadCatalogueSet(request: CatalogueRequest, log: (message: string) => void): CatalogueSet {
  const extra = request.catalogueFiles.map((file) => (request.root ? path.resolve(request.root, file) : path.resolve(file)));
  const allowed = extra.filter((file) => {
    if (request.trusted) return true;
    const inside = request.workspaceRoots.some((root) => relativeInside(root, file) !== undefined);
    if (inside) log(`ExportLens: workspace is not trusted; catalogue file ${file} lies inside it and was not loaded`);
    return !inside;
  });
  const paths = [...builtinCataloguePaths(), ...allowed];
  const key = cacheKey(paths);
  const cached = loaded.get(key);
  if (cached) return cached;
  const { catalogues, problems } = loadCatalogues(paths);
  for (const problem of problems) {
    const position = [problem.line, problem.column].filter((part) => part !== undefined).join(':');
    log(`ExportLens catalogue problem: ${problem.file}${position ? `:${position}` : ''}: ${problem.message}`);
  }
  const set = { catalogues, digest: catalogueDigest(catalogues) };
  loaded.set(key, set);
  return set;
}

/**
 * Loading and validating catalogues takes a few hundred milliseconds, and every folder (and every
 * engine rebuilt after a settings change) needs them: sets are kept per list of files and their
 * modification times, so an edited catalogue file is still read again.
 */
const loaded = new Map<string, CatalogueSet>();

function cacheKey(paths: string[]): string {
  return paths.map((file) => `${file}@${modifiedTime(file)}`).join('\n');
}

function modifiedTime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}
