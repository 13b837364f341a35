/**
 * The human-readable summary: modules needing approval first, each with its categories and top
 * evidence; then modules with weak evidence; then clean modules, suppressions, skips and errors.
 */
import type { Catalogue, Category } from '../engine/types';
import type { FindingResult, ModuleResult, ScanResult } from '../engine/result';
import { categoryReference } from '../engine/explain';

const EVIDENCE_PER_CATEGORY = 3;

export function formatText(result: ScanResult, catalogues: readonly Catalogue[], scannedRoot: string): string {
  const categories = new Map<string, { category: Category; catalogue: Catalogue }>();
  for (const catalogue of catalogues) for (const category of catalogue.categories) categories.set(category.id, { category, catalogue });
  const lines: string[] = [];
  const needing = result.modules.filter((m) => m.requiresApproval);
  // A module whose only findings are suppressed counts as clean here; the suppressions are listed below.
  const hasReportedFindings = (m: ModuleResult) => m.categories.some((c) => c.findings > 0);
  const weak = result.modules.filter((m) => !m.requiresApproval && hasReportedFindings(m));
  const clean = result.modules.filter((m) => !m.requiresApproval && !hasReportedFindings(m));

  lines.push(`ExportLens ${result.tool.version}: ${scannedRoot}`);
  lines.push(`Catalogues: ${result.catalogues.map((c) => `${c.title} (${c.version})`).join('; ')}`);
  lines.push(`Scanned ${result.stats.filesScanned} files in ${result.modules.length} modules; ${needing.length} module(s) need export approval.`);
  lines.push('');

  if (needing.length > 0) {
    lines.push('NEEDS APPROVAL');
    for (const module of needing) lines.push(...describeModule(module, result.findings, categories, true));
    lines.push('');
  }
  if (weak.length > 0) {
    lines.push('WEAK EVIDENCE (information, below the approval threshold)');
    for (const module of weak) lines.push(...describeModule(module, result.findings, categories, false));
    lines.push('');
  }
  if (clean.length > 0) {
    lines.push(`NO CATALOGUE TECHNOLOGY FOUND: ${clean.map((m) => m.path).join(', ')}`);
    lines.push('');
  }
  const suppressed = distinctPlaces(result.findings.filter((f) => f.suppressed));
  if (suppressed.length > 0) {
    lines.push(`Suppressed in code (${suppressed.length}):`);
    for (const f of suppressed.slice(0, 20)) lines.push(`  ${f.path}:${f.line}  ${f.category}  reason: ${f.suppressionReason ?? ''}`);
    lines.push('');
  }
  if (result.skipped.length > 0) {
    const byReason = new Map<string, number>();
    for (const s of result.skipped) byReason.set(s.reason, (byReason.get(s.reason) ?? 0) + 1);
    lines.push(`Skipped ${result.skipped.length}: ${[...byReason].map(([reason, count]) => `${reason} ${count}`).join(', ')} (details in --format json)`);
  }
  if (result.errors.length > 0) {
    lines.push(`Problems (${result.errors.length}):`);
    for (const e of result.errors.slice(0, 20)) lines.push(`  ${e.path}: ${e.message}`);
    if (result.errors.length > 20) lines.push(`  ... and ${result.errors.length - 20} more (see --format json)`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function distinctPlaces(findings: FindingResult[]): FindingResult[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.path}:${f.line}:${f.category}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function describeModule(
  module: ModuleResult,
  findings: readonly FindingResult[],
  categories: Map<string, { category: Category; catalogue: Catalogue }>,
  approval: boolean,
): string[] {
  const lines = [`  ${approval ? '✖' : '•'} ${module.path}`];
  for (const entry of [...module.categories].sort((a, b) => b.confidence - a.confidence)) {
    const meta = categories.get(entry.id);
    const name = meta ? `${meta.category.title.en} — ${categoryReference(meta.category, meta.catalogue)}` : entry.id;
    const suppressedNote = entry.suppressed > 0 ? `  (${entry.suppressed} suppressed)` : '';
    lines.push(`      ${entry.id}  confidence ${entry.confidence.toFixed(2)}  ${name}${suppressedNote}`);
    const relevant = findings.filter((f) => f.module === module.path && f.category === entry.id && !f.suppressed);
    for (const f of topEvidence(relevant)) lines.push(`        ${f.path}:${f.line}  ${evidenceOnly(f.message)}`);
  }
  return lines;
}

const KIND_PREFERENCE = ['call', 'constant', 'import', 'literal', 'dependency', 'notice', 'identifier'];

/**
 * The few findings that best show why: one per kind of signal first (a call, an import, a declared
 * dependency say more together than three hits on one line), each on a different line.
 */
function topEvidence(findings: readonly FindingResult[]): FindingResult[] {
  const ordered = [...findings].sort(
    (a, b) => KIND_PREFERENCE.indexOf(a.signalKind) - KIND_PREFERENCE.indexOf(b.signalKind) || b.confidence - a.confidence || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line),
  );
  const chosen: FindingResult[] = [];
  const lines = new Set<string>();
  const kinds = new Set<string>();
  for (const pass of [true, false]) {
    for (const f of ordered) {
      if (chosen.length === EVIDENCE_PER_CATEGORY) return chosen;
      const place = `${f.path}:${f.line}`;
      if (lines.has(place) || (pass && kinds.has(f.signalKind))) continue;
      chosen.push(f);
      lines.add(place);
      kinds.add(f.signalKind);
    }
  }
  return chosen;
}

/** The message without its category prefix and confidence tail, for compact listing. */
function evidenceOnly(message: string): string {
  const afterColon = message.indexOf('): ');
  const body = afterColon === -1 ? message : message.slice(afterColon + 3);
  return body.replace(/\s*Confidence [\d.]+,.*$/, '');
}
