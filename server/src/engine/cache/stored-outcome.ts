/**
 * A file's outcome (analysed, skipped or failed) as plain JSON, for the three places it leaves the
 * thread that made it: worker threads → main thread, the on-disk scan cache, and shard reports.
 *
 * Evidence names its signal by category and signal id instead of carrying the `Signal` object, so a
 * stored outcome is small and is re-attached to the very `Signal` objects of the catalogues the
 * reader loaded (classification then sees the same objects a single-thread scan would). The file's
 * own path is left out of each evidence and problem entry and restored on decode.
 */
import type { Evidence, Signal } from '../types';
import type { ErrorEntry, SkippedFile } from '../result';
import type { FileAnalysis } from '../analyze-file';
import { proseTwinOf, publishedTwinOf } from '../detection/signal-index';

/** The outcome of reading and analysing one file (the in-memory form scan.ts records). */
export type FileOutcome =
  | { kind: 'analysed'; analysis: FileAnalysis; bytes: number; problems: ErrorEntry[] }
  | { kind: 'skipped'; skip: SkippedFile }
  | { kind: 'failed'; error: ErrorEntry };

type StoredEvidence = Omit<Evidence, 'signal' | 'path'> & { signalId: string; path?: string };
type StoredAnalysis = Omit<FileAnalysis, 'path' | 'evidence'> & { evidence: StoredEvidence[] };

export type StoredOutcome =
  | { kind: 'analysed'; analysis: StoredAnalysis; bytes: number; problems: string[] }
  | { kind: 'skipped'; reason: SkippedFile['reason']; detail?: string }
  | { kind: 'failed'; message: string };

/**
 * One frozen empty list shared by every decoded outcome that has nothing in a list. Most files of a
 * large tree are prefiltered out and have no evidence, suppressions, warnings or problems; the main
 * thread holds every file's outcome until the result is built (48k on the 400 MB corpus), and four
 * empty arrays each were a visible share of its peak memory. Frozen, so a mutation fails loudly.
 */
const NONE: never[] = Object.freeze([]) as unknown as never[];

function shared<T>(list: T[]): T[] {
  return list.length === 0 ? NONE : list;
}

/** Finds a loaded signal by category and signal id. */
export class SignalLookup {
  private readonly byKey = new Map<string, Signal>();

  constructor(categories: readonly { id: string; signals: readonly Signal[] }[]) {
    for (const category of categories) {
      for (const signal of category.signals) {
        this.byKey.set(`${category.id}\0${signal.id}`, signal);
        for (const twin of [proseTwinOf(signal), publishedTwinOf(signal)]) {
          if (twin) this.byKey.set(`${category.id}\0${twin.id}`, twin);
        }
      }
    }
  }

  get(categoryId: string, signalId: string): Signal | undefined {
    return this.byKey.get(`${categoryId}\0${signalId}`);
  }
}

export function encodeOutcome(relPath: string, outcome: FileOutcome): StoredOutcome {
  switch (outcome.kind) {
    case 'skipped':
      return { kind: 'skipped', reason: outcome.skip.reason, ...(outcome.skip.detail !== undefined ? { detail: outcome.skip.detail } : {}) };
    case 'failed':
      return { kind: 'failed', message: outcome.error.message };
    case 'analysed': {
      const { path: _path, evidence, ...rest } = outcome.analysis;
      void _path;
      const stored: StoredEvidence[] = evidence.map(({ signal, path, ...fields }) => ({
        ...fields,
        signalId: signal.id,
        ...(path !== relPath ? { path } : {}),
      }));
      return { kind: 'analysed', analysis: { ...rest, evidence: stored }, bytes: outcome.bytes, problems: outcome.problems.map((p) => p.message) };
    }
  }
}

/** The in-memory outcome again; undefined when a signal it names is not loaded (the stored form is stale). */
export function decodeOutcome(relPath: string, stored: StoredOutcome, signals: SignalLookup): FileOutcome | undefined {
  switch (stored.kind) {
    case 'skipped':
      return { kind: 'skipped', skip: { path: relPath, reason: stored.reason, ...(stored.detail !== undefined ? { detail: stored.detail } : {}) } };
    case 'failed':
      return { kind: 'failed', error: { path: relPath, message: stored.message } };
    case 'analysed': {
      const evidence: Evidence[] = [];
      for (const { signalId, path, ...fields } of stored.analysis.evidence) {
        const signal = signals.get(fields.categoryId, signalId);
        if (!signal) return undefined;
        evidence.push({ ...fields, signal, path: path ?? relPath });
      }
      const { suppressions, warnings } = stored.analysis;
      const analysis: FileAnalysis = { ...stored.analysis, path: relPath, evidence: shared(evidence), suppressions: shared(suppressions), warnings: shared(warnings) };
      return { kind: 'analysed', analysis, bytes: stored.bytes, problems: shared(stored.problems.map((message) => ({ path: relPath, message }))) };
    }
  }
}
