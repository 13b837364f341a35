/**
 * The state of each recorded decision against a scan, for places that show decisions without a whole
 * report (the editor's tree view via the workspace summary): current, stale (the evidence changed
 * since the decision was recorded) or not tied to evidence.
 */
import type { ScanResult } from '../engine/result';
import { readDecisions, type Decision } from './decisions';
import { evidenceDigest } from './evidence-digest';
import { SourceTree } from './source-text';

export interface DecisionStateEntry {
  decision: Decision;
  state: 'current' | 'stale' | 'no-digest';
}

/**
 * Decisions of the repository at `root`, keyed `module\u0000category`, with their state against
 * `result`. A malformed review record yields no entries and its problems (never throws).
 */
export function decisionStates(root: string, result: ScanResult): { states: Map<string, DecisionStateEntry>; problems: string[] } {
  const record = readDecisions(root);
  const states = statesOf(record.decisions, result, new SourceTree(root));
  return { states, problems: record.problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`) };
}

/**
 * The state of already-read `decisions` against `result`, the matched code read through `tree`. The
 * language server keeps the record between summaries and passes a tree that sees unsaved buffers,
 * since the live result's ranges refer to them.
 */
export function statesOf(decisions: readonly Decision[], result: ScanResult, tree: SourceTree): Map<string, DecisionStateEntry> {
  const states = new Map<string, DecisionStateEntry>();
  for (const decision of decisions) {
    const state = !decision.evidenceDigest
      ? 'no-digest'
      : decision.evidenceDigest === evidenceDigest(result.findings, decision.module, decision.category, tree)
        ? 'current'
        : 'stale';
    states.set(decisionKey(decision.module, decision.category), { decision, state });
  }
  return states;
}

/** The key of `decisionStates`' map. */
export function decisionKey(module: string, category: string): string {
  return `${module}\u0000${category}`;
}
