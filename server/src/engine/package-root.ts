/**
 * The installed package's own folder (where `catalogue/`, `grammars/` and `package.json` live), found
 * by walking up from this file: the layout differs between `out/` (tests, CLI) and the bundled
 * extension, but the package root is always the nearest folder whose package.json is ExportLens's.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

let cached: { root: string; version: string } | undefined;

function findPackage(): { root: string; version: string } {
  if (cached) return cached;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) {
      try {
        const manifest = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
        if (manifest.name === 'exportlens') return (cached = { root: dir, version: manifest.version ?? '0.0.0' });
      } catch {
        // An unreadable package.json on the way up is not ours; keep walking.
      }
    }
    if (path.dirname(dir) === dir) throw new Error(`ExportLens could not find its own package.json above ${__dirname}`);
  }
}

export function packageRoot(): string {
  return findPackage().root;
}

export function toolVersion(): string {
  return findPackage().version;
}
