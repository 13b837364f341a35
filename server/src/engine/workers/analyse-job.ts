/** One file job → its stored outcome plus what the cache keys it by; the same code runs in every thread. */
import type { EngineOptions } from '../types';
import type { FileAnalyzer } from '../analyze-file';
import { analyseFile } from '../scan';
import { encodeOutcome, type FileOutcome } from '../cache/stored-outcome';
import { openFingerprinted, type Fingerprint } from '../cache/fingerprint-reader';
import type { FileJob, FileJobResult } from './protocol';

/** Analyse one file, reading it with synchronous calls and recording its stamp and content hash. */
export async function analyseJobOutcome(analyzer: FileAnalyzer, job: FileJob, options: EngineOptions): Promise<{ outcome: FileOutcome; fingerprint: Fingerprint }> {
  const fingerprint: Fingerprint = {};
  const outcome = await analyseFile(analyzer, job.absPath, job.relPath, job.role, options, {
    open: async (absPath) => openFingerprinted(absPath, fingerprint),
  });
  return { outcome, fingerprint };
}

export async function analyseJob(analyzer: FileAnalyzer, job: FileJob, options: EngineOptions): Promise<FileJobResult> {
  const { outcome, fingerprint } = await analyseJobOutcome(analyzer, job, options);
  return { relPath: job.relPath, stored: encodeOutcome(job.relPath, outcome), stamp: fingerprint.stamp, contentHash: fingerprint.contentHash };
}
