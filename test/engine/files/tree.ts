/**
 * Temporary file trees for the file-discovery tests, built under os.tmpdir() and removed afterwards.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_VENDOR_FOLDERS } from '../../../server/src/engine/defaults';
import { discoverFiles, type DiscoveryEvent, type DiscoveryOptions } from '../../../server/src/engine/files/discover';

/** Path (with `/`) to content; a path ending in `/` is an empty folder. */
export type TreeSpec = Record<string, string | Uint8Array>;

export function makeTempDir(prefix = 'exportlens-files-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function writeTree(root: string, spec: TreeSpec): void {
  for (const [relPath, content] of Object.entries(spec)) {
    const abs = path.join(root, ...relPath.split('/'));
    if (relPath.endsWith('/')) {
      fs.mkdirSync(abs, { recursive: true });
    } else {
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, content);
    }
  }
}

export function removeTree(root: string): void {
  fs.rmSync(root, { recursive: true, force: true });
}

export function options(overrides: Partial<DiscoveryOptions> = {}): DiscoveryOptions {
  return { include: [], exclude: [], vendorFolders: DEFAULT_VENDOR_FOLDERS, maxFileSize: 5 * 1024 * 1024, ...overrides };
}

export async function collect(root: string, overrides: Partial<DiscoveryOptions> = {}): Promise<DiscoveryEvent[]> {
  const events: DiscoveryEvent[] = [];
  for await (const event of discoverFiles(root, options(overrides))) events.push(event);
  return events;
}

export function filesOf(events: DiscoveryEvent[]): string[] {
  return events.filter((e) => e.type === 'file').map((e) => e.relPath);
}

/** Skips as `relPath reason` strings, for compact assertions. */
export function skipsOf(events: DiscoveryEvent[]): string[] {
  return events.flatMap((e) => (e.type === 'skipped' ? [`${e.relPath} ${e.reason}`] : []));
}

export function errorsOf(events: DiscoveryEvent[]): { relPath: string; message: string }[] {
  return events.flatMap((e) => (e.type === 'error' ? [{ relPath: e.relPath, message: e.message }] : []));
}

/** Root ignores file permissions, so chmod 000 cannot make a file unreadable for it. */
export const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
