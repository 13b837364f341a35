/**
 * The workspace summary (`exportlens/workspaceSummary`, `exportlens/summaryChanged`): each scanned
 * folder's modules with their categories and findings, as the tree view and status bar show them.
 * Severity overrides apply as in diagnostics; categories turned `off` are left out. Each category
 * carries its review decision, if one is recorded, and whether the evidence changed since (stale).
 */
import * as path from 'node:path';
import type { ModuleSummary, WorkspaceSummary } from '../protocol/messages';
import type { ScanResult } from '../engine/result';
import type { Catalogue, Category } from '../engine/types';
import { describeCategory } from '../engine/explain';
import type { SeverityOverride } from './settings';
import { pathToUri } from './uris';
import { categoryDecision } from './review-decisions';
import type { DecisionStateEntry } from '../report/decision-state';

export interface SummarySource {
  uri: string;
  root: string;
  /** Undefined until the folder's first scan completes. */
  result: ScanResult | undefined;
  severityOverrides: Record<string, SeverityOverride>;
  lookup(categoryId: string): { category: Category; catalogue: Catalogue } | undefined;
  /** The folder's review decisions keyed by `decisionKey`, with their state against `result`. */
  decisions?: ReadonlyMap<string, DecisionStateEntry>;
}

export function buildSummary(sources: readonly SummarySource[]): WorkspaceSummary {
  const roots = sources.map((source) => ({
    uri: source.uri,
    modules: source.result ? source.result.modules.map((m) => moduleSummary(source, source.result!, m)) : [],
    filesScanned: source.result?.stats.filesScanned ?? 0,
    skipped: source.result?.stats.filesSkipped ?? 0,
    errors: source.result?.errors.length ?? 0,
  }));
  const modulesNeedingApproval = roots.reduce((sum, root) => sum + root.modules.filter((m) => m.requiresApproval).length, 0);
  return { roots, modulesNeedingApproval };
}

function moduleSummary(source: SummarySource, result: ScanResult, module: ScanResult['modules'][number]): ModuleSummary {
  const categories = module.categories
    .filter((c) => source.severityOverrides[c.id] !== 'off')
    .map((c) => {
      const description = describeCategory(source.lookup(c.id));
      const override = source.severityOverrides[c.id];
      const findings = result.findings
        .filter((f) => f.module === module.path && f.category === c.id)
        .map((f) => ({
          uri: pathToUri(path.join(source.root, f.path)),
          line: f.line,
          column: f.column,
          endLine: f.endLine,
          endColumn: f.endColumn,
          message: f.message,
          severity: override && override !== 'off' ? override : f.severity,
          suppressed: f.suppressed,
        }));
      // decision-state (and the YAML parser behind it) is loaded only once a folder has decisions.
      const decision = source.decisions?.size ? source.decisions.get((require('../report/decision-state') as typeof import('../report/decision-state')).decisionKey(module.path, c.id)) : undefined;
      return {
        id: c.id,
        title: description?.title ?? c.id,
        reference: description?.reference ?? c.id,
        confidence: c.confidence,
        findings,
        ...(decision ? { decision: categoryDecision(decision) } : {}),
      };
    });
  return {
    path: module.path,
    uri: pathToUri(module.path === '.' ? source.root : path.join(source.root, module.path)),
    requiresApproval: module.requiresApproval,
    categories,
    rationale: module.rationale,
  };
}
