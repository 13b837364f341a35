/**
 * A digest of the loaded catalogues, for cache keys: a result cached under one digest is stale when
 * any catalogue file's content changes or a category is filtered in or out. File contents are hashed
 * at load time (not re-read later), so the digest describes exactly what was loaded.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import type { Catalogue } from '../types';

const contentHashes = new WeakMap<Catalogue, string>();

/** Remember the sha256 of the text `catalogue` was loaded from (also for filtered copies). */
export function rememberContentHash(catalogue: Catalogue, contentSha256: string): void {
  contentHashes.set(catalogue, contentSha256);
}

/** Give a filtered copy the hash of the file its original was loaded from. */
export function copyContentHash(from: Catalogue, to: Catalogue): void {
  const hash = contentHashes.get(from);
  if (hash !== undefined) contentHashes.set(to, hash);
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** sha256 over each catalogue's file content and its active category ids, in load order. */
export function catalogueDigest(catalogues: readonly Catalogue[]): string {
  const hash = createHash('sha256');
  for (const catalogue of catalogues) {
    hash.update(`catalogue ${catalogue.id}\n`);
    hash.update(contentHashes.get(catalogue) ?? fallbackHash(catalogue));
    hash.update(`\ncategories ${catalogue.categories.map((category) => category.id).join(',')}\n`);
  }
  return hash.digest('hex');
}

/** For catalogues built outside the loader: the file if readable, else the object itself. */
function fallbackHash(catalogue: Catalogue): string {
  try {
    return sha256(fs.readFileSync(catalogue.sourcePath));
  } catch {
    const { sourcePath: _ignored, ...rest } = catalogue;
    void _ignored;
    return sha256(JSON.stringify(rest));
  }
}
