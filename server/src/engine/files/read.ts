/**
 * Reads one source file for scanning, or says why it should not be scanned.
 *
 * Cheap checks come first so big binaries and generated files are never read whole: the file name
 * (`.min.js`, `_pb2.py`, `.d.ts`), then the size, then the first 8 KB (byte order mark, binary content,
 * generated-code header). Only then is the whole file read and decoded, and checked for minification.
 *
 * Never throws: a file that vanishes, is truncated or grows while being read, or cannot be opened,
 * gives `{ kind: 'error' }` with a message naming the file.
 */
import { constants as fsConstants, promises as fsp } from 'node:fs';
import type { SkipReason } from '../types';
import { sniffContent, SNIFF_BYTES, type TextEncoding } from './content-sniff';
import { decodeText } from './decode';
import { describeFsError, errorCode } from './fs-access';
import { declarationReason } from './declarations';
import { generatedHeaderReason, generatedNameReason } from './generated';
import { minifiedNameReason, minifiedReason } from './minified';
import { tooLargeDetail } from './size';

export type ReadResult =
  | {
      kind: 'text';
      text: string;
      encoding: TextEncoding;
      /** A byte order mark was present and is not part of `text`. */
      bomStripped: boolean;
      /**
       * Some bytes were invalid in the file's encoding (normally: not valid UTF-8) and were replaced
       * with U+FFFD. The file is still scanned; the caller records a warning naming it.
       */
      invalidUtf8: boolean;
    }
  | { kind: 'skip'; reason: SkipReason; detail: string }
  | { kind: 'error'; message: string };

/** The parts of `fs.promises.FileHandle` the reader uses. */
export interface ReadableFile {
  stat(): Promise<{ size: number; isFile(): boolean }>;
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  close(): Promise<void>;
}

export interface ReadOptions {
  /** How to name the file in error messages (normally its path relative to the root); defaults to `absPath`. */
  displayPath?: string;
  /** Opens the file; tests substitute this to change a file between reads. */
  open?: (absPath: string) => Promise<ReadableFile>;
  /**
   * Whether to skip minified files (by name and line length); default true. Callers reading
   * manifests or notices pass false: a one-line package.json is not a library copy.
   */
  checkMinified?: boolean;
}

/**
 * O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever (it is then
 * rejected as not a regular file). O_NOFOLLOW: a file swapped for a symlink after discovery is not
 * followed out of the workspace. Both are absent on Windows, where neither problem arises this way.
 */
const OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0) | (fsConstants.O_NOFOLLOW ?? 0);

const openFile = (absPath: string): Promise<ReadableFile> => fsp.open(absPath, OPEN_FLAGS);

export async function readSourceFile(absPath: string, maxFileSize: number, options: ReadOptions = {}): Promise<ReadResult> {
  const name = options.displayPath ?? absPath;
  const checkMinified = options.checkMinified ?? true;
  const byName = skipByName(absPath, checkMinified);
  if (byName) return { kind: 'skip', ...byName };

  let file: ReadableFile;
  try {
    file = await (options.open ?? openFile)(absPath);
  } catch (error) {
    if (errorCode(error) === 'ELOOP') {
      return { kind: 'skip', reason: 'symlink', detail: 'is a symlink; links are not followed' };
    }
    return { kind: 'error', message: `${name}: cannot open: ${describeFsError(error)}` };
  }
  try {
    return await readOpenFile(file, absPath, name, maxFileSize, checkMinified);
  } catch (error) {
    return { kind: 'error', message: `${name}: cannot read: ${describeFsError(error)}` };
  } finally {
    await file.close().catch(() => undefined);
  }
}

/** The skips decided by the file name alone, before the file is opened. */
function skipByName(absPath: string, checkMinified: boolean): { reason: SkipReason; detail: string } | undefined {
  const generated = generatedNameReason(absPath);
  if (generated) return { reason: 'generated', detail: generated };
  const declarations = declarationReason(absPath);
  if (declarations) return { reason: 'declarations', detail: declarations };
  const minified = checkMinified ? minifiedNameReason(absPath) : undefined;
  return minified ? { reason: 'minified', detail: minified } : undefined;
}

async function readOpenFile(file: ReadableFile, absPath: string, name: string, maxFileSize: number, checkMinified: boolean): Promise<ReadResult> {
  const stat = await file.stat();
  if (!stat.isFile()) return { kind: 'skip', reason: 'unsupported', detail: 'not a regular file' };
  const size = stat.size;
  if (size > maxFileSize) return { kind: 'skip', reason: 'too-large', detail: tooLargeDetail(size, maxFileSize) };

  const bytes = Buffer.allocUnsafe(size);
  const headLength = Math.min(size, SNIFF_BYTES);
  const headRead = await readFully(file, bytes, 0, headLength);
  if (headRead < headLength) return changedWhileReading(name, size, headRead);
  const head = bytes.subarray(0, headLength);

  const sniffed = sniffContent(head);
  if (sniffed.kind === 'binary') return { kind: 'skip', reason: 'binary', detail: sniffed.detail };
  if (sniffed.kind === 'unsupported') return { kind: 'skip', reason: 'unsupported', detail: sniffed.detail };
  const { encoding, bomLength } = sniffed;

  const header = generatedHeaderReason(decodeText(head.subarray(bomLength), encoding).text);
  if (header) return { kind: 'skip', reason: 'generated', detail: header };

  const restRead = await readFully(file, bytes, headLength, size - headLength);
  if (headLength + restRead < size) return changedWhileReading(name, size, headLength + restRead);
  // Content past the size the file had when opened means it is being written; its text is not stable.
  const probe = await file.read(new Uint8Array(1), 0, 1, size);
  if (probe.bytesRead > 0) {
    return { kind: 'error', message: `${name}: grew while being read (it was ${size} bytes when opened)` };
  }

  const decoded = decodeText(bytes.subarray(bomLength), encoding);
  const minified = checkMinified ? minifiedReason(decoded.text, absPath) : undefined;
  if (minified) return { kind: 'skip', reason: 'minified', detail: minified };
  return { kind: 'text', text: decoded.text, encoding, bomStripped: bomLength > 0, invalidUtf8: decoded.invalid };
}

/** Reads until `length` bytes are in or the file ends; returns how many were read. */
async function readFully(file: ReadableFile, buffer: Uint8Array, offset: number, length: number): Promise<number> {
  let total = 0;
  while (total < length) {
    const { bytesRead } = await file.read(buffer, offset + total, length - total, offset + total);
    if (bytesRead === 0) break;
    total += bytesRead;
  }
  return total;
}

function changedWhileReading(name: string, expected: number, got: number): ReadResult {
  return {
    kind: 'error',
    message: `${name}: changed while being read (expected ${expected} bytes, got ${got}); it was truncated or deleted`,
  };
}
