/**
 * The review decisions (`.exportlens/decisions.yaml`, issue 5) of each folder the server serves, for the
 * workspace summary and hovers: each decision with whether the live evidence still matches the digest
 * it was recorded with.
 *
 * The record is read once and kept until it changes: a watched-file event or a recorded decision
 * invalidates it, and its stat (size, mtime, inode) is compared on every use, so a client without file
 * watching still sees hand edits. A malformed record yields no decisions (the summary then carries
 * none) and its problems are reported once, not on every summary; the file is only ever read here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ScanResult } from '../engine/result';
import type { Decision } from '../report/decisions';
import type { DecisionStateEntry } from '../report/decision-state';
import { EXPORTLENS_FOLDER } from '../report/provenance';
import { SourceTree } from '../report/source-text';
import type { CategoryDecision } from '../protocol/messages';

/*
 * The record's reader is required on first use of a record that exists: it brings the YAML parser and
 * ajv (about 80 ms of the language server's start), and most folders have no review record.
 */
const decisionsModule = () => require('../report/decisions') as typeof import('../report/decisions');
const decisionStateModule = () => require('../report/decision-state') as typeof import('../report/decision-state');

/** Where `report/decisions` keeps a folder's record (`DECISIONS_FILE`), known here without loading it. */
const RECORD_FILE = `${EXPORTLENS_FOLDER}/decisions.yaml`;

/** Unsaved buffer text by absolute path: the live result's ranges refer to it, not to the disk. */
export type OpenText = (absPath: string) => string | undefined;

interface KeptRecord {
  stamp: string;
  decisions: Decision[];
}

interface Evaluated {
  record: KeptRecord;
  result: ScanResult;
  states: Map<string, DecisionStateEntry>;
}

export class ReviewDecisions {
  private readonly records = new Map<string, KeptRecord>();
  private readonly evaluated = new Map<string, Evaluated>();
  /** The problems last reported per root, so a malformed file is reported once, not per summary. */
  private readonly reported = new Map<string, string>();

  constructor(
    private readonly openText: OpenText,
    private readonly report: (message: string) => void,
  ) {}

  /** Whether a path relative to a folder root is the review record (or its folder). */
  static concerns(relPath: string): boolean {
    return relPath === EXPORTLENS_FOLDER || relPath === RECORD_FILE || relPath.startsWith(`${EXPORTLENS_FOLDER}/`);
  }

  /** The record of `root` changed (a watcher event, a recorded decision): read it again on next use. */
  invalidate(root: string): void {
    this.records.delete(root);
    this.evaluated.delete(root);
  }

  /** Every decision of `root`, keyed by `decisionKey`, with its state against `result`. */
  states(root: string, result: ScanResult): Map<string, DecisionStateEntry> {
    const record = this.record(root);
    const previous = this.evaluated.get(root);
    // The result object is replaced whenever a file or buffer changes, so identity is a sound cache key.
    if (previous && previous.record === record && previous.result === result) return previous.states;
    const states = record.decisions.length === 0 ? new Map<string, DecisionStateEntry>() : decisionStateModule().statesOf(record.decisions, result, new LiveSourceTree(root, this.openText));
    this.evaluated.set(root, { record, result, states });
    return states;
  }

  /** The decision on one module × category, with its state against `result`. */
  stateOf(root: string, result: ScanResult, module: string, category: string): DecisionStateEntry | undefined {
    return this.states(root, result).get(decisionStateModule().decisionKey(module, category));
  }

  /** A decision without its state (before the folder's first scan, when staleness cannot be judged). */
  decisionOf(root: string, module: string, category: string): Decision | undefined {
    return this.record(root).decisions.find((d) => d.module === module && d.category === category);
  }

  private record(root: string): KeptRecord {
    const stamp = statStamp(path.join(root, RECORD_FILE));
    const kept = this.records.get(root);
    if (kept && kept.stamp === stamp) return kept;
    // No record (what readDecisions answers for a missing file, without loading its parser).
    const file = stamp === MISSING ? { decisions: [], problems: [] } : decisionsModule().readDecisions(root);
    const problems = file.problems.map((problem) => decisionsModule().formatDecisionsProblem(problem)).join('\n');
    if (problems && this.reported.get(root) !== problems) {
      this.report(`ExportLens: the review record is malformed, so no decisions are shown (the file is left as it is):\n${problems}`);
    }
    if (problems) this.reported.set(root, problems);
    else this.reported.delete(root);
    const record = { stamp, decisions: file.decisions };
    this.records.set(root, record);
    return record;
  }
}

/** The summary's form of a decision and its state. */
export function categoryDecision(entry: DecisionStateEntry): CategoryDecision {
  const { decision, state } = entry;
  return {
    status: decision.status,
    reviewer: decision.reviewer,
    date: decision.date,
    ...(decision.note ? { note: decision.note } : {}),
    ...(decision.licence ? { licence: decision.licence } : {}),
    stale: state === 'stale',
    tiedToEvidence: state !== 'no-digest',
  };
}

const MISSING = 'missing';

function statStamp(file: string): string {
  try {
    const stat = fs.statSync(file);
    return `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
  } catch (error) {
    // Only a file that is not there is known to hold no decisions; any other failure is readDecisions' to report.
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? MISSING : `unreadable:${(error as NodeJS.ErrnoException).code ?? ''}`;
  }
}

/** A SourceTree that reads open buffers instead of their files on disk. */
class LiveSourceTree extends SourceTree {
  constructor(
    root: string,
    private readonly openText: OpenText,
  ) {
    super(root);
  }

  override lines(relativePath: string): string[] | undefined {
    const text = this.openText(path.join(this.root, relativePath));
    return text === undefined ? super.lines(relativePath) : text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  }
}
