/**
 * Hover on a flagged range: the catalogue item, why the code matched (each finding's evidence, signal
 * kind and confidence), the module's review decision on it (and whether it is stale), and what to do
 * next. Uses the same Markdown as `exportlens/catalogueEntry`.
 */
import type { Hover, Position } from 'vscode-languageserver';
import type { FindingResult } from '../engine/result';
import type { Catalogue, Category } from '../engine/types';
import { escape, renderGuidance, renderItem } from './catalogue-entries';
import { toRange } from './diagnostics';
import type { Decision } from '../report/decisions';

/** A recorded decision and its state; `unknown` until the folder's scan can judge the evidence. */
export interface HoverDecision {
  decision: Decision;
  state: 'current' | 'stale' | 'no-digest' | 'unknown';
}

export function hoverFor(
  findings: readonly FindingResult[],
  position: Position,
  lookup: (categoryId: string) => { category: Category; catalogue: Catalogue } | undefined,
  decisionFor: (module: string, categoryId: string) => HoverDecision | undefined = () => undefined,
): Hover | null {
  const here = findings.filter((f) => contains(toRange(f), position));
  if (here.length === 0) return null;
  const sections: string[] = [];
  for (const categoryId of [...new Set(here.map((f) => f.category))]) {
    const entry = lookup(categoryId);
    const matched = here.filter((f) => f.category === categoryId);
    sections.push(renderCategory(categoryId, matched, entry, decisionFor(matched[0].module, categoryId)));
  }
  const first = here[0];
  return { contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') }, range: toRange(first) };
}

function renderCategory(
  categoryId: string,
  findings: FindingResult[],
  entry: { category: Category; catalogue: Catalogue } | undefined,
  decision: HoverDecision | undefined,
): string {
  const parts: string[] = [];
  parts.push(entry ? renderItem(entry.category, entry.catalogue) : `### ${escape(categoryId)}`);
  const top = Math.max(...findings.map((f) => f.confidence));
  const why = findings.map((f) => `- ${escape(f.message)} _(${f.signalKind} signal \`${f.signal}\`)_`);
  parts.push(`**Why it matched** (confidence ${top.toFixed(2)}, ${findings[0].severity})\n\n${why.join('\n')}`);
  if (decision) parts.push(renderDecision(findings[0].module, decision));
  if (entry) parts.push(renderGuidance(entry.category));
  parts.push(`Not applicable here? Suppress it with \`exportlens-ignore ${categoryId} -- <reason>\` on the line above.`);
  return parts.join('\n\n');
}

/** One line: the module's recorded decision on this category and whether the evidence still matches it. */
export function renderDecision(module: string, { decision, state }: HoverDecision): string {
  const what = `**Review decision** for \`${escape(module)}\`: ${escape(decision.status)} by ${escape(decision.reviewer)} on ${escape(decision.date)}`;
  const licence = decision.licence ? ` (licence ${escape(decision.licence)})` : '';
  const status = {
    current: 'current: the evidence is unchanged since the decision.',
    stale: '**STALE**: the evidence changed since the decision; review it again.',
    'no-digest': 'not tied to evidence (recorded without a digest), so it cannot be checked for staleness.',
    unknown: 'staleness is checked once the workspace scan has finished.',
  }[state];
  return `${what}${licence} — ${status}`;
}

function contains(range: { start: Position; end: Position }, position: Position): boolean {
  const after = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const before = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return after && before;
}
