/**
 * What "engine version" means for cache keys: the package version plus a digest of the code and
 * queries that turn a file into evidence. During development the version number does not change
 * while the engine does, so the compiled engine files and the grammar queries are hashed too; a
 * rebuilt engine therefore never reads outcomes an older engine wrote.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { packageRoot, toolVersion } from '../package-root';

let cached: string | undefined;

export function engineFingerprint(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  hash.update(`exportlens ${toolVersion()}\n`);
  const engineDir = path.dirname(__dirname);
  // In out/ the engine is a folder of modules; in the bundled extension it is this one file.
  if (path.basename(engineDir) === 'engine') hashTree(hash, engineDir, (name) => name.endsWith('.js'));
  else hashFile(hash, __filename);
  try {
    hashTree(hash, path.join(packageRoot(), 'grammars'), (name) => name.endsWith('.scm'));
  } catch {
    // No package root (an embedding without grammars): the engine files alone decide.
  }
  cached = hash.digest('hex');
  return cached;
}

function hashTree(hash: ReturnType<typeof createHash>, dir: string, wanted: (name: string) => boolean): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) hashTree(hash, full, wanted);
    else if (entry.isFile() && wanted(entry.name)) hashFile(hash, full);
  }
}

function hashFile(hash: ReturnType<typeof createHash>, file: string): void {
  try {
    hash.update(`${path.basename(file)}\n`).update(fs.readFileSync(file));
  } catch {
    hash.update(`${file} unreadable\n`);
  }
}
