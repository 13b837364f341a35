/**
 * The shape of the "Export Classification" tree, computed from a WorkspaceSummary without `vscode`
 * (so it is unit-tested in plain Node): modules needing approval first, each with its categories and
 * their findings; then one collapsed "Other modules" node for the rest.
 */
import type { ModuleSummary, WorkspaceSummary } from '../../../server/src/protocol/messages';

export type Category = ModuleSummary['categories'][number];
export type Finding = Category['findings'][number];

export type ClassificationNode =
  | { kind: 'module'; module: ModuleSummary; rootLabel: string | undefined }
  | { kind: 'otherModules'; modules: { module: ModuleSummary; rootLabel: string | undefined }[] }
  | { kind: 'category'; module: ModuleSummary; category: Category }
  | { kind: 'finding'; finding: Finding }
  | { kind: 'message'; text: string };

export const OTHER_MODULES_LABEL = 'Other modules';

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
    case 'category':
      return [...node.category.findings].sort(compareFindings).map((finding) => ({ kind: 'finding', finding }));
    case 'finding':
    case 'message':
      return [];
  }
}

/** The module's label: its folder relative to the workspace root, or the root's own name for `.`. */
export function moduleLabel(module: ModuleSummary): string {
  return module.path === '.' ? lastSegment(module.uri) : module.path;
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
