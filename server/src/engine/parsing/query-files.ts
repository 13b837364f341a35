/**
 * Finds and reads the per-language fact queries, `grammars/<language>/facts.scm`.
 *
 * They are data, not code, so they are read at run time from the package root (the folder whose
 * package.json is named `exportlens`), found by walking up from this file: that works from `out/`
 * in development and from the source tree alike. The bundled extension copies `grammars/` next to
 * its bundle and calls `configureQueryLocation`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LanguageId } from '../types';

const PACKAGE_NAME = 'exportlens';

let queryDirectoryOverride: string | undefined;
let cachedPackageRoot: string | undefined;

/** Read queries from `<directory>/<language>/facts.scm` instead of the package's `grammars/`. */
export function configureQueryLocation(directory: string | undefined): void {
  queryDirectoryOverride = directory;
}

/** The folder holding `<language>/facts.scm`. Throws (naming where it looked) when there is none. */
export function queryDirectory(): string {
  if (queryDirectoryOverride) return queryDirectoryOverride;
  return path.join(packageRoot(), 'grammars');
}

function packageRoot(): string {
  if (cachedPackageRoot) return cachedPackageRoot;
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        const parsed = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: unknown };
        if (parsed.name === PACKAGE_NAME) {
          cachedPackageRoot = dir;
          return dir;
        }
      } catch {
        // An unreadable package.json on the way up is not ours; keep walking.
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`cannot find the ${PACKAGE_NAME} package root above ${__dirname}; call configureQueryLocation()`);
    }
    dir = parent;
  }
}

/** The absolute path of a language's fact query. */
export function factQueryPath(language: LanguageId): string {
  return path.join(queryDirectory(), language, 'facts.scm');
}

/** The source of a language's fact query; errors name the file. */
export function readFactQuery(language: LanguageId): string {
  const file = factQueryPath(language);
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read fact query ${file}: ${(error as Error).message}`);
  }
}
