/**
 * Comparing a scan with an earlier one (`exportlens scan --format json` output), so a reviewer reads
 * only what changed: per module × category new / changed / gone / unchanged, and per finding new / gone.
 *
 * Findings are matched without their line numbers (as Semgrep's baseline does with matched text):
 * the key is category, file, signal and the message minus its confidence sentence (the message names
 * the matched code), counted as a multiset. A finding that only moved is therefore unchanged.
 */
import * as fs from 'node:fs';
import type { FindingResult, ModuleCategoryResult, ScanResult } from '../engine/result';
import { RESULT_FORMAT_VERSION } from '../engine/result';

export type CategoryChangeKind = 'new' | 'changed' | 'gone' | 'unchanged';

export interface CategoryChange {
  module: string;
  category: string;
  change: CategoryChangeKind;
  previous?: Pick<ModuleCategoryResult, 'confidence' | 'findings' | 'suppressed'>;
  current?: Pick<ModuleCategoryResult, 'confidence' | 'findings' | 'suppressed'>;
  /** Previous findings with no counterpart now. */
  goneFindings: FindingResult[];
}

export interface BaselineComparison {
  /** Key `module\u0000category`. */
  categories: Map<string, CategoryChange>;
  /** Current findings (by identity) that the baseline did not have. */
  newFindings: Set<FindingResult>;
  newModules: string[];
  goneModules: string[];
}

export const changeKey = (module: string, category: string): string => `${module}\u0000${category}`;

/** Read a baseline file; throws an Error naming the file when it is not a scan result this tool can read. */
export function loadBaseline(file: string): ScanResult {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`cannot read baseline ${file}: ${(error as Error).message}`);
  }
  const result = data as Partial<ScanResult>;
  if (typeof data !== 'object' || data === null || !Array.isArray(result.modules) || !Array.isArray(result.findings)) {
    throw new Error(`baseline ${file} is not an ExportLens scan result (expected the output of 'exportlens scan --format json')`);
  }
  if (result.version !== RESULT_FORMAT_VERSION) {
    throw new Error(`baseline ${file} has result format version ${String(result.version)}; this tool reads version ${RESULT_FORMAT_VERSION}`);
  }
  return result as ScanResult;
}

/** The key findings are matched by: everything that identifies the evidence except its position and score. */
export function findingKey(finding: FindingResult): string {
  const message = finding.message.replace(/\s*Confidence \d+(\.\d+)?[\s\S]*$/, '');
  return [finding.module, finding.category, finding.path, finding.signal, finding.suppressed ? 'suppressed' : 'active', message].join('\u0000');
}

export function compareWithBaseline(current: ScanResult, previous: ScanResult): BaselineComparison {
  // Multiset match: each previous finding can pair with one current finding.
  const unmatchedPrevious = new Map<string, FindingResult[]>();
  for (const finding of previous.findings) {
    const key = findingKey(finding);
    unmatchedPrevious.set(key, [...(unmatchedPrevious.get(key) ?? []), finding]);
  }
  const newFindings = new Set<FindingResult>();
  for (const finding of current.findings) {
    const bucket = unmatchedPrevious.get(findingKey(finding));
    if (bucket && bucket.length > 0) bucket.shift();
    else newFindings.add(finding);
  }
  const goneFindings = [...unmatchedPrevious.values()].flat();

  const categories = new Map<string, CategoryChange>();
  const previousCategories = indexCategories(previous);
  const currentCategories = indexCategories(current);
  const touched = new Set<string>([
    ...[...newFindings].map((f) => changeKey(f.module, f.category)),
    ...goneFindings.map((f) => changeKey(f.module, f.category)),
  ]);
  for (const key of new Set([...previousCategories.keys(), ...currentCategories.keys(), ...touched])) {
    const [module, category] = key.split('\u0000');
    const before = previousCategories.get(key);
    const now = currentCategories.get(key);
    const change: CategoryChangeKind = !before
      ? 'new'
      : !now
        ? 'gone'
        : before.confidence !== now.confidence || before.findings !== now.findings || before.suppressed !== now.suppressed || touched.has(key)
          ? 'changed'
          : 'unchanged';
    categories.set(key, {
      module,
      category,
      change,
      ...(before ? { previous: pick(before) } : {}),
      ...(now ? { current: pick(now) } : {}),
      goneFindings: goneFindings.filter((f) => f.module === module && f.category === category),
    });
  }
  const previousModules = new Set(previous.modules.map((m) => m.path));
  const currentModules = new Set(current.modules.map((m) => m.path));
  return {
    categories,
    newFindings,
    newModules: [...currentModules].filter((m) => !previousModules.has(m)).sort(),
    goneModules: [...previousModules].filter((m) => !currentModules.has(m)).sort(),
  };
}

function indexCategories(result: ScanResult): Map<string, ModuleCategoryResult> {
  const index = new Map<string, ModuleCategoryResult>();
  for (const module of result.modules) for (const category of module.categories) index.set(changeKey(module.path, category.id), category);
  return index;
}

function pick(category: ModuleCategoryResult): Pick<ModuleCategoryResult, 'confidence' | 'findings' | 'suppressed'> {
  return { confidence: category.confidence, findings: category.findings, suppressed: category.suppressed };
}
