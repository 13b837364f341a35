/**
 * A cache of loaded catalogues, so the language server's start does not pay for YAML parsing, schema
 * compilation and validation every time (together about 450 ms of a 760 ms start to first
 * diagnostics). An entry is the loaded catalogue as JSON, keyed by the sha256 of the file's text and
 * of the loader itself (its compiled code and the schema), so editing a catalogue, the schema or the
 * loader never serves a stale entry. Only files that loaded without problems are cached: problems are
 * always found by the full path, with their positions.
 *
 * Location: $EXPORTLENS_CATALOGUE_CACHE, else $XDG_CACHE_HOME/exportlens/catalogues, else
 * ~/.cache/exportlens/catalogues. EXPORTLENS_CATALOGUE_CACHE=off turns it off. Any failure (no home,
 * read-only disk, a corrupt entry) falls back to the full load; the cache can only make loading faster.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { writeFileAtomically } from '../atomic-write';
import type { YamlPosition } from './yaml-positions';

/** Bump when the entry layout changes. */
const ENTRY_FORMAT = 1;

export interface CompiledCatalogue {
  /** The validated file data as plain JSON (what `document.toJS()` gave). */
  data: unknown;
  /** Where each category's `id` is written, for duplicate-id problems across files. */
  categoryIdPositions: [string, YamlPosition][];
}

let loaderDigest: string | undefined;

/** The code and schema that decide what a file loads to. */
function loaderFingerprint(): string {
  if (loaderDigest) return loaderDigest;
  const hash = createHash('sha256').update(`entry ${ENTRY_FORMAT}\n`);
  for (const name of ['load.js', 'schema-validation.js', 'semantic-checks.js', 'patterns.js', 'constant-table.js', 'yaml-positions.js']) {
    try {
      hash.update(name).update(fs.readFileSync(path.join(__dirname, name)));
    } catch {
      hash.update(`${name} missing`);
    }
  }
  // In the bundled extension the loader is part of one file: hash that instead.
  if (path.basename(__filename) !== 'compiled-cache.js') hash.update(fs.readFileSync(__filename));
  try {
    const schema = require('../../../../catalogue/schema.json') as unknown;
    hash.update(JSON.stringify(schema));
  } catch {
    hash.update('schema missing');
  }
  loaderDigest = hash.digest('hex');
  return loaderDigest;
}

export function catalogueCacheDir(): string | undefined {
  const configured = process.env.EXPORTLENS_CATALOGUE_CACHE;
  if (configured === 'off' || configured === '0') return undefined;
  if (configured) return configured;
  const base = process.env.XDG_CACHE_HOME || (os.homedir() ? path.join(os.homedir(), '.cache') : undefined);
  return base ? path.join(base, 'exportlens', 'catalogues') : undefined;
}

function entryPath(dir: string, text: string): string {
  const key = createHash('sha256').update(loaderFingerprint()).update('\0').update(text).digest('hex');
  return path.join(dir, `${key}.json`);
}

/** The cached load of this exact file text, or undefined. */
export function readCompiledCatalogue(text: string): CompiledCatalogue | undefined {
  const dir = catalogueCacheDir();
  if (!dir) return undefined;
  try {
    const raw = fs.readFileSync(entryPath(dir, text), 'utf8');
    const newline = raw.indexOf('\n');
    const body = raw.slice(newline + 1);
    // A torn or edited entry fails its checksum and the file is loaded in full instead.
    if (raw.slice(0, newline) !== createHash('sha256').update(body).digest('hex')) return undefined;
    const entry = JSON.parse(body) as CompiledCatalogue;
    return entry && typeof entry.data === 'object' && Array.isArray(entry.categoryIdPositions) ? entry : undefined;
  } catch {
    return undefined;
  }
}

export function writeCompiledCatalogue(text: string, entry: CompiledCatalogue): void {
  const dir = catalogueCacheDir();
  if (!dir) return;
  try {
    fs.mkdirSync(dir, { recursive: true });
    const body = JSON.stringify(entry);
    writeFileAtomically(entryPath(dir, text), `${createHash('sha256').update(body).digest('hex')}\n${body}`);
  } catch {
    // A cache that cannot be written only costs speed.
  }
}
