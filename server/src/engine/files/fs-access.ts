/**
 * The few file-system calls file discovery makes, behind an interface. Production code uses Node's
 * synchronous calls (see `sync`); tests substitute a fake to inject failures that cannot be produced for real (an
 * `EACCES` while running as root, a file deleted between `readdir` and `lstat`) and to build trees
 * deeper than the operating system's path-length limit allows.
 */
import * as fs from 'node:fs';

/** The parts of `fs.Dirent` discovery reads. */
export interface DirEntry {
  name: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/** The parts of `fs.Stats` discovery reads. */
export interface FileStat {
  size: number;
  /** Present on real stats: with `ino`, what the scan cache compares to know a file unchanged. */
  mtimeMs?: number;
  ino?: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

export interface DiscoveryFs {
  /** Lists a folder (names only; `.` and `..` are never included). */
  readdir(absPath: string): Promise<DirEntry[]>;
  /** Stats without following a final symlink. */
  lstat(absPath: string): Promise<FileStat>;
  /** Stats following symlinks; used for the root only, which the user named on purpose. */
  stat(absPath: string): Promise<FileStat>;
  readFile(absPath: string): Promise<Uint8Array>;
  readlink(absPath: string): Promise<string>;
}

/** Calls between two yields to the event loop (see `nodeDiscoveryFs`). */
const CALLS_PER_YIELD = 256;
let callsSinceYield = 0;

/**
 * Runs a synchronous file-system call as an async one. A libuv thread-pool round trip per `lstat`
 * cost more than the call itself: most of a warm re-scan (every file answered from the cache) was
 * discovery waiting on them. Every CALLS_PER_YIELD calls it lets the event loop run, so a language
 * server discovering a large tree still answers requests.
 */
async function sync<T>(call: () => T): Promise<T> {
  if (++callsSinceYield >= CALLS_PER_YIELD) {
    callsSinceYield = 0;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return call();
}

export const nodeDiscoveryFs: DiscoveryFs = {
  readdir: (absPath) => sync(() => fs.readdirSync(absPath, { withFileTypes: true })),
  lstat: (absPath) => sync(() => fs.lstatSync(absPath)),
  stat: (absPath) => sync(() => fs.statSync(absPath)),
  readFile: (absPath) => sync(() => fs.readFileSync(absPath)),
  readlink: (absPath) => sync(() => fs.readlinkSync(absPath)),
};

/**
 * The same calls through libuv's thread pool: slower per call, but the event loop runs between any
 * two of them. The language server discovers with these, so a start-up scan never delays the
 * diagnostics of the documents the editor has just opened (with the synchronous batches, server start
 * to first diagnostics was about 80 ms slower).
 */
export const threadPoolDiscoveryFs: DiscoveryFs = {
  readdir: (absPath) => fs.promises.readdir(absPath, { withFileTypes: true }),
  lstat: (absPath) => fs.promises.lstat(absPath),
  stat: (absPath) => fs.promises.stat(absPath),
  readFile: (absPath) => fs.promises.readFile(absPath),
  readlink: (absPath) => fs.promises.readlink(absPath),
};

/** The `code` of a Node system error (`ENOENT`, `EACCES`, ...), if it has one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * The operating system's message without the absolute path Node appends
 * (`EACCES: permission denied, scandir '/tmp/x'` becomes `EACCES: permission denied`), so the same
 * failure reads the same on every machine; the caller names the file by its relative path.
 */
export function describeFsError(error: unknown): string {
  if (error instanceof Error) {
    const code = errorCode(error);
    const match = /^([A-Z0-9_]+: [^,]*)/.exec(error.message);
    if (match) return match[1];
    return code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
