/** Messages between the scan's main thread and its analysis workers (structured-clone data only). */
import type { Category, EngineOptions } from '../types';
import type { FileRole } from '../scan';
import type { StoredOutcome } from '../cache/stored-outcome';
import type { FileStamp } from '../cache/fingerprint-reader';

/** Given to each worker once: everything it needs to build the same analyzer as the main thread. */
export interface WorkerSetup {
  categories: Category[];
  options: EngineOptions;
}

export interface FileJob {
  relPath: string;
  absPath: string;
  role: FileRole;
  /** Size at discovery, used to balance batches. */
  size: number;
}

export interface FileJobResult {
  relPath: string;
  stored: StoredOutcome;
  stamp?: FileStamp;
  contentHash?: string;
}

export interface BatchRequest {
  batch: number;
  files: FileJob[];
}

export type WorkerReply = { batch: number; results: FileJobResult[] } | { batch: number; fatal: string };
