/**
 * The scan cache: each file's stored outcome, kept on disk between scans so an unchanged workspace is
 * re-scanned without reading its files.
 *
 * Key. One cache file per configuration (`configKey`: engine fingerprint + catalogue digest + the
 * options that change a file's analysis); inside it, per relative path, the content's sha256 and
 * the stat it had. A file whose size, mtime and inode still match is a hit without being read; one
 * whose stat changed is read and hashed, and is still a hit when the hash matches (a `touch`, a
 * checkout that rewrote the same bytes). Stats recorded within STAMP_TRUST_MS of saving are not
 * trusted (the "racy git" problem: a file rewritten in the same clock tick keeps its mtime), so those
 * files are always hashed next time.
 *
 * Format. One line of header JSON (format name, version, configKey, sha256 of the body), then the
 * body JSON with one file's entry per line, so a cache of a million files is written and read entry by
 * entry instead of as one 300 MB string. A file that fails any check (unreadable header, other
 * version, checksum mismatch, bad JSON) is reported through `onNotice` and rebuilt from scratch.
 * Saved with an atomic rename, so a killed scan never leaves half a cache.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { writeFileStreamedAtomically } from '../atomic-write';
import type { StoredOutcome } from './stored-outcome';
import { hashFile, type FileStamp } from './fingerprint-reader';

export const CACHE_FORMAT = 'exportlens-scan-cache';
export const CACHE_FORMAT_VERSION = 2;
/** Stats younger than this when the cache is saved are re-checked by content next time. */
const STAMP_TRUST_MS = 2000;

/** One file's entry: its stat (null: hash before trusting), content hash (null: none) and outcome. */
type Entry = [stamp: FileStamp | null, contentHash: string | null, outcome: StoredOutcome];

/** How the body starts and ends; between them, one `"path":entry` per line, separated by `,\n`. */
const BODY_START = '{"files":{\n';
const BODY_END = '\n}}';

export interface CacheStats {
  /** Stat matched: reused without reading the file. */
  statHits: number;
  /** Stat changed but the content hash matched: reused after reading the file. */
  hashHits: number;
  misses: number;
}

export class ScanCache {
  readonly stats: CacheStats = { statHits: 0, hashHits: 0, misses: 0 };
  private readonly next = new Map<string, Entry>();
  /** Whether an entry was stored or re-stamped since the file was read (see save). */
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly configKey: string,
    private readonly previous: Map<string, Entry>,
    /** Whether `previous` was read from a valid cache file (not a new or rebuilt cache). */
    private readonly loaded = false,
  ) {
    // Read outcomes share their empty analyses like stored ones (see `compact`): most entries of a large cache are empty.
    for (const entry of previous.values()) entry[2] = this.compact(entry[2]);
  }

  /** The cache file for `configKey` in `dir`; a missing file is an empty cache, a broken one is reported and rebuilt. */
  static open(dir: string, configKey: string, onNotice: (message: string) => void = () => undefined): ScanCache {
    const file = path.join(dir, `scan-${configKey.slice(0, 32)}.cache`);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') onNotice(`exportlens: cannot read the scan cache ${file} (${(error as Error).message}); scanning without it`);
      return new ScanCache(file, configKey, new Map());
    }
    const parsed = parseCacheFile(bytes, configKey);
    if (typeof parsed === 'string') {
      onNotice(`exportlens: the scan cache ${file} is corrupt (${parsed}); rebuilding it`);
      return new ScanCache(file, configKey, new Map());
    }
    return new ScanCache(file, configKey, parsed, true);
  }

  /**
   * The stored outcome of `relPath` if the file is unchanged, else undefined (and counted as a miss).
   * `stat`: the file's lstat taken moments ago (by discovery), to save a second one per file.
   */
  lookup(relPath: string, absPath: string, stat?: FileStamp): StoredOutcome | undefined {
    const entry = this.previous.get(relPath);
    if (!entry) {
      this.stats.misses++;
      return undefined;
    }
    const [stamp, contentHash, outcome] = entry;
    let current: FileStamp | undefined = stat;
    try {
      current ??= fs.lstatSync(absPath);
    } catch {
      this.stats.misses++;
      return undefined;
    }
    const now: FileStamp = { size: current.size, mtimeMs: current.mtimeMs, ino: current.ino };
    if (stamp && sameStamp(stamp, now)) {
      this.stats.statHits++;
      this.next.set(relPath, entry);
      return outcome;
    }
    if (contentHash !== null && now.size === stampSize(stamp, now.size) && hashFile(absPath) === contentHash) {
      this.stats.hashHits++;
      this.changed = true;
      this.next.set(relPath, [now, contentHash, outcome]);
      return outcome;
    }
    this.stats.misses++;
    return undefined;
  }

  /** Record a freshly made outcome (a file without a complete stamp and hash is not kept). */
  store(relPath: string, stamp: FileStamp | undefined, contentHash: string | undefined, outcome: StoredOutcome): void {
    if (!stamp && !contentHash) return;
    this.changed = true;
    this.next.set(relPath, [stamp ?? null, contentHash ?? null, this.compact(outcome)]);
  }

  /** Empty analyses of the same method and shape, shared (see `compact`). */
  private readonly emptyAnalyses = new Map<string, StoredOutcome & { kind: 'analysed' }>();

  /**
   * The outcome with an empty analysis (most files: prefiltered out) sharing one analysis object and
   * one problem list with every other such file. A cold scan keeps every file's outcome here until
   * it saves; on the 400 MB corpus that is 48k outcomes, five small objects each. Serialises the same.
   */
  private compact(outcome: StoredOutcome): StoredOutcome {
    if (outcome.kind !== 'analysed' || outcome.problems.length > 0) return outcome;
    const analysis = outcome.analysis;
    if (analysis.evidence.length > 0 || analysis.suppressions.length > 0 || analysis.warnings.length > 0 || analysis.dependencies !== undefined) return outcome;
    const shape = Object.keys(analysis).join() + '\0' + analysis.method;
    let model = this.emptyAnalyses.get(shape);
    if (!model) {
      model = outcome;
      this.emptyAnalyses.set(shape, model);
    }
    return model === outcome ? outcome : { kind: 'analysed', analysis: model.analysis, bytes: outcome.bytes, problems: model.problems };
  }

  /** Write what this scan saw (files not seen are dropped). Errors are reported, never thrown: the scan result stands. */
  save(onNotice: (message: string) => void = () => undefined): void {
    // Every file a stat hit and none gone: the entries are the trusted ones just read, so the file
    // would be written again byte for byte. Serialising, hashing and writing it was a visible part of
    // a warm re-scan of a large tree.
    if (this.loaded && !this.changed && this.next.size === this.previous.size) return;
    const savedAt = Date.now();
    const entries = [...this.next].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    try {
      const dir = path.dirname(this.file);
      fs.mkdirSync(dir, { recursive: true });
      ensureCacheDirMarkers(dir);
      // The body is written entry by entry and hashed as it goes; the header, which carries the
      // hash, is written first with a placeholder of the same length and completed at the end.
      writeFileStreamedAtomically(this.file, (sink) => {
        const header = (checksum: string) => JSON.stringify({ format: CACHE_FORMAT, version: CACHE_FORMAT_VERSION, configKey: this.configKey, checksum });
        sink.write(`${header('0'.repeat(64))}\n`);
        const hash = createHash('sha256');
        const body = (text: string) => {
          hash.update(text);
          sink.write(text);
        };
        body(BODY_START);
        let first = true;
        for (const [relPath, [stamp, contentHash, outcome]] of entries) {
          const trusted = stamp && stamp.mtimeMs < savedAt - STAMP_TRUST_MS ? stamp : null;
          // Without a trusted stamp the hash is the only check; without either the entry could never hit.
          if (!trusted && contentHash === null) continue;
          const entry: Entry = [trusted ?? (stamp ? { ...stamp, mtimeMs: -1 } : null), contentHash, outcome];
          body(`${first ? '' : ',\n'}${JSON.stringify(relPath)}:${JSON.stringify(entry)}`);
          first = false;
        }
        body(BODY_END);
        sink.overwrite(0, header(hash.digest('hex')));
      });
    } catch (error) {
      onNotice(`exportlens: cannot write the scan cache ${this.file}: ${(error as Error).message}`);
    }
  }
}

/**
 * The entries of a cache file, or why it cannot be used. Works on the bytes: the checksum is taken
 * over them and each entry is decoded from its own line, so no string of the whole file is made.
 */
export function parseCacheFile(bytes: Buffer, configKey: string): Map<string, Entry> | string {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return 'no header line';
  let header: { format?: unknown; version?: unknown; configKey?: unknown; checksum?: unknown };
  try {
    header = JSON.parse(bytes.toString('utf8', 0, newline)) as typeof header;
  } catch {
    return 'the header is not JSON';
  }
  if (header.format !== CACHE_FORMAT) return `not a scan cache (format ${JSON.stringify(header.format)})`;
  if (header.version !== CACHE_FORMAT_VERSION) return `format version ${String(header.version)}, expected ${CACHE_FORMAT_VERSION}`;
  if (header.configKey !== configKey) return 'written for another configuration';
  const body = bytes.subarray(newline + 1);
  if (header.checksum !== createHash('sha256').update(body).digest('hex')) return 'checksum mismatch: the file was truncated or changed';
  if (body.toString('utf8', 0, BODY_START.length) !== BODY_START || body.toString('utf8', body.length - BODY_END.length) !== BODY_END) return 'the body has no file table';
  const entries = new Map<string, Entry>();
  // JSON.stringify escapes every newline inside a string, so each line break separates two entries.
  let start = BODY_START.length;
  const end = body.length - BODY_END.length;
  while (start < end) {
    let lineEnd = body.indexOf(0x0a, start);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const line = body.toString('utf8', start, lineEnd);
    try {
      const entry = JSON.parse(`{${line.endsWith(',') ? line.slice(0, -1) : line}}`) as Record<string, Entry>;
      for (const relPath in entry) entries.set(relPath, entry[relPath]);
    } catch {
      return `entry ${entries.size + 1} is not JSON`;
    }
    start = lineEnd + 1;
  }
  return entries;
}

/** Keep the cache out of git and of backups when it lives inside a repository. */
function ensureCacheDirMarkers(dir: string): void {
  const gitignore = path.join(dir, '.gitignore');
  if (!fs.existsSync(gitignore)) fs.writeFileSync(gitignore, '# Created by ExportLens: the scan cache is not source.\n*\n');
  const tag = path.join(dir, 'CACHEDIR.TAG');
  if (!fs.existsSync(tag)) fs.writeFileSync(tag, 'Signature: 8a477f597d28d172789f06886806bc55\n# ExportLens scan cache (https://bford.info/cachedir/)\n');
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.mtimeMs >= 0 && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}

/** An untrusted stamp still knows the size: a different size cannot be the same content. */
function stampSize(stamp: FileStamp | null, fallback: number): number {
  return stamp ? stamp.size : fallback;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The key of one cache configuration. */
export function cacheConfigKey(parts: Record<string, unknown>): string {
  return sha256(JSON.stringify(parts));
}
