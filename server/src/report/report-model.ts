/**
 * The report as data, before any language or format: what was scanned, the executive summary, one
 * section per module with its categories, evidence excerpts, suppressions, review decisions and
 * baseline changes, and the appendix material. Renderers only choose words and markup.
 */
import type { BilingualText, Catalogue, Category, ControlStatus, SignalKind, VerificationStatus } from '../engine/types';
import type { ErrorEntry, FindingResult, ModuleResult, ScanResult, ScanStats, SkippedFile } from '../engine/result';
import { DEFAULT_OPTIONS } from '../engine/defaults';
import { CONCLUSIVE_WEIGHT, UNCORROBORATED_CAP } from '../engine/scoring/confidence';
import { compareStrings } from '../engine/classify';
import type { Provenance } from './provenance';
import { DECISIONS_FILE, type Decision, type DecisionsFile, type DecisionsProblem } from './decisions';
import { evidenceDigest } from './evidence-digest';
import { excerptAround, type Excerpt } from './excerpts';
import { changeKey, compareWithBaseline, type BaselineComparison, type CategoryChange, type CategoryChangeKind } from './baseline';
import { SourceTree } from './source-text';

export interface ReportInput {
  root: string;
  result: ScanResult;
  catalogues: readonly Catalogue[];
  provenance: Provenance;
  decisions: DecisionsFile;
  baseline?: { source: string; result: ScanResult };
  thresholds?: { approval: number; report: number };
}

export interface CategoryFacts {
  id: string;
  /** The catalogue (regime) id: `cn`, `us-ear`, ... */
  regime: string;
  itemNumber: string;
  itemName: BilingualText;
  controlPoint?: { number: string; text: BilingualText };
  title: BilingualText;
  status?: ControlStatus;
  revision?: string;
  verification?: VerificationStatus;
  /** False when the category is not in the loaded catalogues (a baseline or decision names it). */
  known: boolean;
}

export interface Hit {
  column: number;
  signal: string;
  signalKind: SignalKind;
  message: string;
  confidence: number;
  severity: FindingResult['severity'];
  suppressionReason?: string;
  /** Not in the baseline (only with --baseline). */
  isNew?: boolean;
}

/** Findings on the same lines share one excerpt. */
export interface EvidenceGroup {
  path: string;
  line: number;
  endLine: number;
  hits: Hit[];
  excerpt?: Excerpt;
}

export type DecisionState = 'none' | 'current' | 'stale' | 'no-digest';

export interface DecisionView {
  state: DecisionState;
  decision?: Decision;
  /** The digest of the evidence as it is now (what a new decision would record). */
  currentDigest: string;
}

export interface CategorySection {
  facts: CategoryFacts;
  confidence: number;
  /** confidence ≥ the approval threshold. */
  needsApproval: boolean;
  findings: number;
  suppressed: number;
  signalKinds: SignalKind[];
  evidence: EvidenceGroup[];
  suppressedEvidence: EvidenceGroup[];
  decision: DecisionView;
  change?: CategoryChange;
}

export interface ModuleSection {
  path: string;
  requiresApproval: boolean;
  rationale: string;
  categories: CategorySection[];
  /** With a baseline: the module is new since then. */
  isNew?: boolean;
}

export interface SummaryRow {
  facts: CategoryFacts;
  /** Modules needing approval for this category. */
  modules: string[];
}

export interface OrphanDecision {
  decision: Decision;
  reason: 'module-not-found' | 'category-not-detected';
}

export interface ReportModel {
  provenance: Provenance;
  catalogues: { id: string; title: string; version: string; revisionTitle?: string; revisionDate?: string }[];
  thresholds: { approval: number; report: number; conclusiveWeight: number; uncorroboratedCap: number };
  summary: {
    modules: number;
    needingApproval: number;
    rows: SummaryRow[];
    decisions: { current: number; stale: number; noDigest: number; none: number };
  };
  /** Modules with at least one category, those needing approval first. */
  modules: ModuleSection[];
  /** Modules with nothing above the reporting threshold. */
  cleanModules: { path: string; rationale: string; isNew?: boolean }[];
  orphanDecisions: OrphanDecision[];
  decisionsFile: { path: string; exists: boolean; problems: DecisionsProblem[] };
  baseline?: { source: string; newModules: string[]; goneModules: string[]; counts: Record<CategoryChangeKind, number>; goneCategories: { module: string; facts: CategoryFacts; change: CategoryChange }[] };
  /** Categories in the loaded catalogues whose facts are not verified against the official text. */
  unverified: { facts: CategoryFacts; sources: string[] }[];
  skipped: SkippedFile[];
  errors: ErrorEntry[];
  stats: ScanStats;
}

export function buildReportModel(input: ReportInput): ReportModel {
  const thresholds = input.thresholds ?? { approval: DEFAULT_OPTIONS.approvalThreshold, report: DEFAULT_OPTIONS.reportThreshold };
  const lookup = categoryLookup(input.catalogues);
  const tree = new SourceTree(input.root);
  const comparison = input.baseline ? compareWithBaseline(input.result, input.baseline.result) : undefined;
  const decisionIndex = new Map(input.decisions.decisions.map((d) => [changeKey(d.module, d.category), d]));

  const sections: ModuleSection[] = [];
  const cleanModules: ReportModel['cleanModules'] = [];
  for (const module of input.result.modules) {
    const isNew = comparison?.newModules.includes(module.path) || undefined;
    const categories = module.categories.map((c) =>
      categorySection(module, c.id, input.result.findings, { confidence: c.confidence, findings: c.findings, suppressed: c.suppressed, signalKinds: c.signalKinds }, { lookup, tree, thresholds, comparison, decisionIndex }),
    );
    // Categories the baseline had and that are gone now stay visible under their module.
    for (const change of comparison?.categories.values() ?? []) {
      if (change.module === module.path && change.change === 'gone') {
        categories.push(goneCategory(module.path, change, lookup, tree, input.result.findings, decisionIndex));
      }
    }
    if (categories.length === 0) cleanModules.push({ path: module.path, rationale: module.rationale, ...(isNew ? { isNew } : {}) });
    else sections.push({ path: module.path, requiresApproval: module.requiresApproval, rationale: module.rationale, categories, ...(isNew ? { isNew } : {}) });
  }
  sections.sort((a, b) => Number(b.requiresApproval) - Number(a.requiresApproval) || compareStrings(a.path, b.path));

  return {
    provenance: input.provenance,
    catalogues: input.catalogues.map((c) => {
      const revision = c.revisions.find((r) => r.id === c.version);
      return { id: c.id, title: c.title, version: c.version, ...(revision ? { revisionTitle: revision.title, revisionDate: revision.date } : {}) };
    }),
    thresholds: { ...thresholds, conclusiveWeight: CONCLUSIVE_WEIGHT, uncorroboratedCap: UNCORROBORATED_CAP },
    summary: summarise(input.result.modules, sections),
    modules: sections,
    cleanModules,
    orphanDecisions: orphans(input.decisions.decisions, input.result.modules),
    decisionsFile: { path: DECISIONS_FILE, exists: input.decisions.exists, problems: input.decisions.problems },
    ...(comparison && input.baseline ? { baseline: baselineSummary(input.baseline.source, comparison, input.result, lookup) } : {}),
    unverified: input.catalogues
      .flatMap((c) => c.categories)
      .filter((c) => c.verification !== 'verified')
      .map((c) => ({ facts: factsOf(c.id, lookup), sources: c.sources ?? [] })),
    skipped: input.result.skipped,
    errors: input.result.errors,
    stats: input.result.stats,
  };
}

type Lookup = Map<string, { category: Category; catalogue: Catalogue }>;

interface Context {
  lookup: Lookup;
  tree: SourceTree;
  thresholds: { approval: number; report: number };
  comparison?: BaselineComparison;
  decisionIndex: Map<string, Decision>;
}

function categoryLookup(catalogues: readonly Catalogue[]): Lookup {
  const lookup: Lookup = new Map();
  for (const catalogue of catalogues) for (const category of catalogue.categories) lookup.set(category.id, { category, catalogue });
  return lookup;
}

export function factsOf(id: string, lookup: Lookup): CategoryFacts {
  const entry = lookup.get(id);
  if (!entry) return { id, regime: id.split('.')[0], itemNumber: '', itemName: { en: id }, title: { en: id }, known: false };
  const { category, catalogue } = entry;
  return {
    id,
    regime: catalogue.id,
    itemNumber: category.itemNumber,
    itemName: category.itemName,
    ...(category.controlPoint ? { controlPoint: { number: category.controlPoint.number, text: category.controlPoint.text } } : {}),
    title: category.title,
    status: category.status,
    revision: category.revision,
    verification: category.verification,
    known: true,
  };
}

function categorySection(
  module: ModuleResult,
  categoryId: string,
  findings: readonly FindingResult[],
  score: { confidence: number; findings: number; suppressed: number; signalKinds: SignalKind[] },
  context: Context,
): CategorySection {
  const own = findings.filter((f) => f.module === module.path && f.category === categoryId);
  const change = context.comparison?.categories.get(changeKey(module.path, categoryId));
  return {
    facts: factsOf(categoryId, context.lookup),
    ...score,
    needsApproval: score.confidence >= context.thresholds.approval,
    evidence: groupEvidence(own.filter((f) => !f.suppressed), context.tree, context.comparison),
    suppressedEvidence: groupEvidence(own.filter((f) => f.suppressed), context.tree, context.comparison),
    decision: decisionView(module.path, categoryId, findings, context.tree, context.decisionIndex),
    ...(change ? { change } : {}),
  };
}

function goneCategory(module: string, change: CategoryChange, lookup: Lookup, tree: SourceTree, findings: readonly FindingResult[], decisionIndex: Map<string, Decision>): CategorySection {
  return {
    facts: factsOf(change.category, lookup),
    confidence: 0,
    needsApproval: false,
    findings: 0,
    suppressed: 0,
    signalKinds: [],
    evidence: [],
    suppressedEvidence: [],
    decision: decisionView(module, change.category, findings, tree, decisionIndex),
    change,
  };
}

function decisionView(module: string, category: string, findings: readonly FindingResult[], tree: SourceTree, index: Map<string, Decision>): DecisionView {
  const currentDigest = evidenceDigest(findings, module, category, tree);
  const decision = index.get(changeKey(module, category));
  if (!decision) return { state: 'none', currentDigest };
  const state: DecisionState = !decision.evidenceDigest ? 'no-digest' : decision.evidenceDigest === currentDigest ? 'current' : 'stale';
  return { state, decision, currentDigest };
}

function groupEvidence(findings: readonly FindingResult[], tree: SourceTree, comparison: BaselineComparison | undefined): EvidenceGroup[] {
  const groups = new Map<string, EvidenceGroup>();
  for (const finding of findings) {
    const key = `${finding.path}\u0000${finding.line}\u0000${finding.endLine}`;
    let group = groups.get(key);
    if (!group) {
      const excerpt = excerptAround(tree, finding.path, finding.line, finding.endLine);
      group = { path: finding.path, line: finding.line, endLine: finding.endLine, hits: [], ...(excerpt ? { excerpt } : {}) };
      groups.set(key, group);
    }
    group.hits.push({
      column: finding.column,
      signal: finding.signal,
      signalKind: finding.signalKind,
      message: finding.message,
      confidence: finding.confidence,
      severity: finding.severity,
      ...(finding.suppressionReason ? { suppressionReason: finding.suppressionReason } : {}),
      ...(comparison ? { isNew: comparison.newFindings.has(finding) } : {}),
    });
  }
  return [...groups.values()].sort((a, b) => compareStrings(a.path, b.path) || a.line - b.line);
}

function summarise(modules: readonly ModuleResult[], sections: readonly ModuleSection[]): ReportModel['summary'] {
  const rows = new Map<string, SummaryRow>();
  const decisions = { current: 0, stale: 0, noDigest: 0, none: 0 };
  for (const section of sections) {
    if (!section.requiresApproval) continue;
    for (const category of section.categories) {
      if (!category.needsApproval) continue;
      const row = rows.get(category.facts.id) ?? { facts: category.facts, modules: [] };
      row.modules.push(section.path);
      rows.set(category.facts.id, row);
      const state = category.decision.state;
      if (state === 'no-digest') decisions.noDigest++;
      else decisions[state]++;
    }
  }
  return {
    modules: modules.length,
    needingApproval: modules.filter((m) => m.requiresApproval).length,
    rows: [...rows.values()].sort(
      (a, b) => compareStrings(a.facts.regime, b.facts.regime) || compareStrings(a.facts.itemNumber, b.facts.itemNumber) || compareStrings(a.facts.id, b.facts.id),
    ),
    decisions,
  };
}

function orphans(decisions: readonly Decision[], modules: readonly ModuleResult[]): OrphanDecision[] {
  const byPath = new Map(modules.map((m) => [m.path, m]));
  const result: OrphanDecision[] = [];
  for (const decision of decisions) {
    const module = byPath.get(decision.module);
    if (!module) result.push({ decision, reason: 'module-not-found' });
    else if (!module.categories.some((c) => c.id === decision.category)) result.push({ decision, reason: 'category-not-detected' });
  }
  return result.sort((a, b) => compareStrings(a.decision.module, b.decision.module) || compareStrings(a.decision.category, b.decision.category));
}

function baselineSummary(source: string, comparison: BaselineComparison, current: ScanResult, lookup: Lookup): NonNullable<ReportModel['baseline']> {
  const counts: Record<CategoryChangeKind, number> = { new: 0, changed: 0, gone: 0, unchanged: 0 };
  for (const change of comparison.categories.values()) counts[change.change]++;
  const currentModules = new Set(current.modules.map((m) => m.path));
  return {
    source,
    newModules: comparison.newModules,
    goneModules: comparison.goneModules,
    counts,
    // Gone categories of modules that still exist are shown in the module's section; these are the rest.
    goneCategories: [...comparison.categories.values()]
      .filter((c) => c.change === 'gone' && !currentModules.has(c.module))
      .map((change) => ({ module: change.module, facts: factsOf(change.category, lookup), change })),
  };
}
