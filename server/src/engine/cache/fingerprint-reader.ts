/**
 * Reads a file for analysis and, on the way, records what the scan cache keys it by: the stat of the
 * open file (size, mtime, inode) and the sha256 of every byte read, in order.
 *
 * It plugs into `readSourceFile`'s `open` hook with synchronous calls: a scan reads thousands of small
 * files, and a libuv thread-pool round trip per open/stat/read/close costs more than the read itself
 * (most of a single-thread scan's time was idle waiting on them). The hash is valid only when the
 * whole file was read front to back; a file skipped from its first bytes (binary, generated) has none.
 */
import * as fs from 'node:fs';
import { constants as fsConstants } from 'node:fs';
import { createHash, type Hash } from 'node:crypto';
import type { ReadableFile } from '../files/read';

/** What identifies a file's content without reading it again (see scan-cache.ts). */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

export interface Fingerprint {
  stamp?: FileStamp;
  /** sha256 (hex) of the whole content; absent when the file was not read completely. */
  contentHash?: string;
}

const OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0) | (fsConstants.O_NOFOLLOW ?? 0);

/** A `ReadableFile` over a synchronous descriptor that fills `into` as it is read. */
export function openFingerprinted(absPath: string, into: Fingerprint): ReadableFile {
  const fd = fs.openSync(absPath, OPEN_FLAGS);
  let hash: Hash | undefined = createHash('sha256');
  let nextPosition = 0;
  let size = -1;
  return {
    stat: async () => {
      const stat = fs.fstatSync(fd);
      size = stat.size;
      into.stamp = { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino };
      return stat;
    },
    read: async (buffer, offset, length, position) => {
      const bytesRead = fs.readSync(fd, buffer, offset, length, position);
      if (hash) {
        if (position !== nextPosition) hash = undefined;
        else if (bytesRead > 0) {
          hash.update(buffer.subarray(offset, offset + bytesRead));
          nextPosition += bytesRead;
        }
        if (hash && size >= 0 && nextPosition === size && bytesRead === 0) {
          into.contentHash = hash.digest('hex');
          hash = undefined;
        }
      }
      return { bytesRead };
    },
    close: async () => {
      if (hash && size >= 0 && nextPosition === size) into.contentHash = hash.digest('hex');
      fs.closeSync(fd);
    },
  };
}

/** sha256 of a file's bytes as they are now (the cache's check when the stat no longer matches). */
export function hashFile(absPath: string): string | undefined {
  try {
    return createHash('sha256').update(fs.readFileSync(absPath)).digest('hex');
  } catch {
    return undefined;
  }
}
