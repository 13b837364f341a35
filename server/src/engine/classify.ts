/**
 * From per-file evidence to the classification: findings with confidence and severity, and modules
 * with their categories, approval flag and rationale.
 *
 * A file's confidence for a category combines its own evidence with the dependencies its module
 * declares (a manifest is module-wide context: "this file imports X, and the module declares X"),
 * but not with other source files, so one strongly flagged file does not colour its neighbours.
 * A module's confidence combines all of its evidence.
 */
import type { Category, Catalogue, EngineOptions, Evidence, Severity, Suppression } from './types';
import type { FindingResult, ModuleResult } from './result';
import { scoreEvidence, type CategoryScore } from './scoring/confidence';
import { isSuppressed } from './suppression';
import type { ModuleMap } from './scoring/modules';
import type { FileAnalysis } from './analyze-file';
import { describeCategory, findingMessage, moduleRationale } from './explain';

export interface Classification {
  modules: ModuleResult[];
  findings: FindingResult[];
}

interface EvidenceWithState extends Evidence {
  suppression?: Suppression;
  module: string;
}

type ModuleScores = Map<string, { active: CategoryScore; all: CategoryScore; suppressedCount: number }>;

/**
 * @param knownModules every module that had a scanned file, so modules without evidence are listed as clean.
 */
export function classify(
  analyses: readonly FileAnalysis[],
  modules: ModuleMap,
  catalogues: readonly Catalogue[],
  options: Pick<EngineOptions, 'approvalThreshold' | 'reportThreshold'>,
  knownModules: Iterable<string> = [],
): Classification {
  const categories = new Map<string, { category: Category; catalogue: Catalogue }>();
  for (const catalogue of catalogues) for (const category of catalogue.categories) categories.set(category.id, { category, catalogue });

  const evidence = collectEvidence(analyses, modules);
  const byModule = groupBy(evidence, (e) => e.module);
  const findings: FindingResult[] = [];
  const scoresByModule = new Map<string, ModuleScores>();
  const listed = new Set(knownModules);
  for (const module of listed) scoresByModule.set(module, new Map());

  for (const [modulePath, moduleEvidence] of byModule) {
    // A folder with only a README whose prose merely corroborates (context) is not a module of its own.
    if (!listed.has(modulePath) && !moduleEvidence.some((e) => e.signal.role === 'positive')) continue;
    const moduleScores: ModuleScores = new Map();
    scoresByModule.set(modulePath, moduleScores);
    for (const [categoryId, items] of groupBy(moduleEvidence, (e) => e.categoryId)) {
      const active = items.filter((e) => !e.suppression);
      moduleScores.set(categoryId, { active: scoreEvidence(active), all: scoreEvidence(items), suppressedCount: 0 });
    }
    const declared = moduleEvidence.filter((e) => e.signal.kind === 'dependency');

    for (const [path, fileEvidence] of groupBy(moduleEvidence, (e) => e.path)) {
      // Manifests and README/NOTICE files speak for the whole module: their findings carry the
      // module's score. (Scored alone, a README's prose, which only corroborates, would never show,
      // and the module's confidence would cite evidence no finding lets a reviewer trace.)
      const isModuleLevel = fileEvidence.every((e) => e.signal.kind === 'dependency' || e.signal.kind === 'notice');
      for (const [categoryId, items] of groupBy(fileEvidence, (e) => e.categoryId)) {
        const meta = categories.get(categoryId);
        const scores = moduleScores.get(categoryId);
        if (!meta || !scores) continue;
        const context = declared.filter((e) => e.categoryId === categoryId && e.path !== path);
        const fileScore = isModuleLevel ? scores.active : scoreEvidence([...items.filter((e) => !e.suppression), ...context.filter((e) => !e.suppression)]);
        const fileScoreAll = isModuleLevel ? scores.all : scoreEvidence([...items, ...context]);
        for (const item of distinctPlaces(items)) {
          if (item.signal.role === 'negative') continue;
          const score = item.suppression ? fileScoreAll : fileScore;
          if (score.confidence < options.reportThreshold) continue;
          if (item.signal.role === 'context' && score.kinds.length === 0) continue;
          if (item.suppression) scores.suppressedCount++;
          findings.push(toFinding(item, score, meta.category, meta.catalogue, options));
        }
      }
    }
  }

  findings.sort(compareFindings);
  const findingsByModule = groupBy(findings, (f) => f.module);
  const moduleResults = [...scoresByModule.entries()]
    .map(([path, scores]) => toModule(path, scores, findingsByModule.get(path) ?? [], categories, options))
    .sort((a, b) => compareStrings(a.path, b.path));
  return { modules: moduleResults, findings };
}

function collectEvidence(analyses: readonly FileAnalysis[], modules: ModuleMap): EvidenceWithState[] {
  const all: EvidenceWithState[] = [];
  for (const analysis of analyses) {
    const module = modules.moduleOf(analysis.path);
    for (const item of analysis.evidence) {
      const suppression = isSuppressed(analysis.suppressions, item.categoryId, item.range.line);
      all.push({ ...item, module, suppression });
    }
  }
  return all;
}

/** One finding per signal and line: `from a import b, c` should not flag the same line twice. */
function distinctPlaces(items: EvidenceWithState[]): EvidenceWithState[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.signal.id}\0${item.range.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function severityFor(category: Category, confidence: number, options: Pick<EngineOptions, 'approvalThreshold'>): Severity {
  if (confidence < options.approvalThreshold) return 'information';
  return category.status === 'prohibited' ? 'error' : 'warning';
}

function toFinding(item: EvidenceWithState, score: CategoryScore, category: Category, catalogue: Catalogue, options: Pick<EngineOptions, 'approvalThreshold'>): FindingResult {
  const finding: FindingResult = {
    path: item.path,
    line: item.range.line,
    column: item.range.column,
    endLine: item.range.endLine,
    endColumn: item.range.endColumn,
    category: category.id,
    confidence: score.confidence,
    severity: severityFor(category, score.confidence, options),
    signal: item.signal.id,
    message: findingMessage(item, score, category, catalogue),
    suppressed: Boolean(item.suppression),
    signalKind: item.signal.kind,
    module: item.module,
  };
  if (item.suppression) finding.suppressionReason = item.suppression.reason;
  return finding;
}

function toModule(
  path: string,
  scores: ModuleScores,
  moduleFindings: readonly FindingResult[],
  categories: Map<string, { category: Category; catalogue: Catalogue }>,
  options: Pick<EngineOptions, 'approvalThreshold' | 'reportThreshold'>,
): ModuleResult {
  const entries = [...scores.entries()]
    .filter(([, s]) => s.active.confidence >= options.reportThreshold || s.suppressedCount > 0)
    .sort(([a], [b]) => compareStrings(a, b));
  const result: ModuleResult = {
    path,
    requiresApproval: entries.some(([, s]) => s.active.confidence >= options.approvalThreshold),
    categories: entries.map(([id, s]) => ({
      id,
      confidence: s.active.confidence,
      findings: moduleFindings.filter((f) => f.category === id && !f.suppressed).length,
      suppressed: s.suppressedCount,
      signalKinds: s.active.kinds,
    })),
    rationale: '',
  };
  result.rationale = moduleRationale(result, moduleFindings, (id) => describeCategory(categories.get(id)), options);
  return result;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Plain code-unit order: locale-independent, so output is identical on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareFindings(a: FindingResult, b: FindingResult): number {
  return (
    compareStrings(a.path, b.path) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.category, b.category) ||
    compareStrings(a.signal, b.signal)
  );
}
