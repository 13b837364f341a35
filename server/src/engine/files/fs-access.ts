/**
 * The few file-system calls file discovery makes, behind an interface. Production code uses Node's
 * `fs.promises`; tests substitute a fake to inject failures that cannot be produced for real (an
 * `EACCES` while running as root, a file deleted between `readdir` and `lstat`) and to build trees
 * deeper than the operating system's path-length limit allows.
 */
import { promises as fsp } from 'node:fs';

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

export const nodeDiscoveryFs: DiscoveryFs = {
  readdir: (absPath) => fsp.readdir(absPath, { withFileTypes: true }),
  lstat: (absPath) => fsp.lstat(absPath),
  stat: (absPath) => fsp.stat(absPath),
  readFile: (absPath) => fsp.readFile(absPath),
  readlink: (absPath) => fsp.readlink(absPath),
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
