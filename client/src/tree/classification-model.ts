/**
 * The shape of the "Export Classification" tree, computed from a WorkspaceSummary without `vscode`
 * (so it is unit-tested in plain Node): modules needing approval first, each with its categories and
 * their findings; then one collapsed "Other modules" node for the rest. A category shows its review
 * decision, and a stale decision (the evidence changed since) gets a marker node above the findings.
 */
import type { ModuleSummary, WorkspaceSummary } from '../../../server/src/protocol/messages';

export type Category = ModuleSummary['categories'][number];
export type Finding = Category['findings'][number];
export type Decision = NonNullable<Category['decision']>;

export type ClassificationNode =
  | { kind: 'module'; module: ModuleSummary; rootLabel: string | undefined }
  | { kind: 'otherModules'; modules: { module: ModuleSummary; rootLabel: string | undefined }[] }
  | { kind: 'category'; module: ModuleSummary; category: Category }
  | { kind: 'finding'; finding: Finding }
  | { kind: 'staleDecision'; module: ModuleSummary; category: Category; text: string }
  | { kind: 'message'; text: string };

export const OTHER_MODULES_LABEL = 'Other modules';
export const STALE_DECISION_LABEL = 'stale — evidence changed since the decision';

/** The top level of the tree; a single message node before the first summary or when nothing was found. */
export function rootNodes(summary: WorkspaceSummary | undefined): ClassificationNode[] {
  if (!summary) return [{ kind: 'message', text: 'Not scanned yet: run "ExportLens: Scan Workspace".' }];
  const multiRoot = summary.roots.length > 1;
  const modules = summary.roots.flatMap((root) =>
    root.modules.map((module) => ({ module, rootLabel: multiRoot ? lastSegment(root.uri) : undefined })),
  );
  if (modules.length === 0) return [{ kind: 'message', text: 'No modules found in this workspace.' }];
  const byPath = (a: { module: ModuleSummary }, b: { module: ModuleSummary }) => a.module.path.localeCompare(b.module.path);
  const needing = modules.filter((entry) => entry.module.requiresApproval).sort(byPath);
  const others = modules.filter((entry) => !entry.module.requiresApproval).sort(byPath);
  const nodes: ClassificationNode[] = needing.map((entry) => ({ kind: 'module', ...entry }));
  if (others.length > 0) nodes.push({ kind: 'otherModules', modules: others });
  return nodes;
}

/** The children of a node: categories by confidence (highest first), findings in file order. */
export function childNodes(node: ClassificationNode): ClassificationNode[] {
  switch (node.kind) {
    case 'module':
      return [...node.module.categories]
        .sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id))
        .map((category) => ({ kind: 'category', module: node.module, category }));
    case 'otherModules':
      return node.modules.map((entry) => ({ kind: 'module', ...entry }));
    case 'category': {
      const findings: ClassificationNode[] = [...node.category.findings].sort(compareFindings).map((finding) => ({ kind: 'finding', finding }));
      return isStale(node.category) ? [{ kind: 'staleDecision', module: node.module, category: node.category, text: STALE_DECISION_LABEL }, ...findings] : findings;
    }
    case 'staleDecision':
    case 'finding':
    case 'message':
      return [];
  }
}

/** The module's label: its folder relative to the workspace root, or the root's own name for `.`. */
export function moduleLabel(module: ModuleSummary): string {
  return module.path === '.' ? lastSegment(module.uri) : module.path;
}

/** A category's description: "EAR 5D002 · 90%", then its decision when one is recorded. */
export function categoryDescription(category: Category): string {
  const parts = [category.reference, formatConfidence(category.confidence)];
  if (category.decision) parts.push(decisionSummary(category.decision));
  if (isStale(category)) parts.push('stale');
  return parts.join(' · ');
}

/** "licence-granted · J. Doe 2026-11-02". */
export function decisionSummary(decision: Decision): string {
  return `${decision.status} · ${decision.reviewer} ${decision.date}`;
}

/** The category's tooltip lines: what it is, and the decision with its state. */
export function categoryTooltip(category: Category): string {
  const lines = [`${category.id}: ${category.reference} (confidence ${formatConfidence(category.confidence)})`];
  const decision = category.decision;
  if (!decision) {
    lines.push('No review decision recorded.');
    return lines.join('\n');
  }
  lines.push(`Review decision: ${decision.status} by ${decision.reviewer} on ${decision.date}${decision.licence ? ` (licence ${decision.licence})` : ''}`);
  if (decision.note) lines.push(`Note: ${decision.note}`);
  lines.push(
    decision.stale
      ? 'STALE: the evidence changed since the decision; review it again.'
      : decision.tiedToEvidence
        ? 'Current: the evidence is unchanged since the decision.'
        : 'Not tied to evidence (recorded without a digest).',
  );
  return lines.join('\n');
}

export function isStale(category: Category): boolean {
  return category.decision?.stale === true;
}

/** "86%" for a 0..1 confidence. */
export function formatConfidence(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

/** "seal.go:12" for a finding (lines are 1-based, as in every ExportLens result). */
export function findingLocation(finding: Finding): string {
  return `${lastSegment(finding.uri)}:${finding.line}`;
}

function compareFindings(a: Finding, b: Finding): number {
  return a.uri.localeCompare(b.uri) || a.line - b.line || a.column - b.column;
}

function lastSegment(uri: string): string {
  const trimmed = uri.replace(/\/+$/, '');
  return decodeURIComponent(trimmed.slice(trimmed.lastIndexOf('/') + 1));
}
