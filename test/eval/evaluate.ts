/**
 * Precision, recall and F1 per category, at module level (does the module need approval for the
 * category?) and at file level (does the file carry a warning-level finding of the category?).
 * A module or file "predicts" a category when its confidence reaches the approval threshold: that
 * is what a user sees as a warning or a module needing approval.
 */
import * as path from 'node:path';
import type { ScanResult } from '../../server/src/engine/result';
import type { Catalogue } from '../../server/src/engine/types';
import { scanWorkspace } from '../../server/src/engine/scan';
import { DEFAULT_OPTIONS } from '../../server/src/engine/defaults';
import { findLabelledModules, type ModuleLabels } from './labels';

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Metrics extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface Mistake {
  level: 'module' | 'file';
  kind: 'miss' | 'false alarm';
  category: string;
  where: string;
  /** The label's reason (for misses) or the scanner's evidence (for false alarms). */
  detail: string[];
}

export interface Evaluation {
  modules: number;
  files: number;
  moduleMetrics: Map<string, Metrics>;
  fileMetrics: Map<string, Metrics>;
  mistakes: Mistake[];
}

export function metricsOf(counts: Counts): Metrics {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts;
  // With nothing predicted and nothing expected there is nothing to get wrong: 1 rather than 0/0.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

export async function evaluateCorpus(corpusRoot: string, catalogues: Catalogue[]): Promise<Evaluation> {
  const labels = findLabelledModules(corpusRoot);
  const result = await scanWorkspace(corpusRoot, { catalogues, moduleRoots: labels.map((l) => l.module) });
  return compare(labels, result, catalogues.flatMap((c) => c.categories.map((k) => k.id)));
}

export function compare(labels: ModuleLabels[], result: ScanResult, categoryIds: string[]): Evaluation {
  const moduleCounts = new Map<string, Counts>(categoryIds.map((id) => [id, zero()]));
  const fileCounts = new Map<string, Counts>(categoryIds.map((id) => [id, zero()]));
  const mistakes: Mistake[] = [];
  const modulesByPath = new Map(result.modules.map((m) => [m.path, m]));
  let files = 0;

  for (const label of labels) {
    const module = modulesByPath.get(label.module);
    const predicted = new Set((module?.categories ?? []).filter((c) => c.confidence >= DEFAULT_OPTIONS.approvalThreshold).map((c) => c.id));
    const expected = new Set(label.expected.map((e) => e.id));
    tally(moduleCounts, expected, predicted, (kind, category) =>
      mistakes.push({
        level: 'module',
        kind,
        category,
        where: label.module,
        detail: kind === 'miss' ? [label.expected.find((e) => e.id === category)?.reason ?? '', ...evidenceFor(result, label.module, category, true)] : evidenceFor(result, label.module, category, true),
      }),
    );

    if (!label.files) continue;
    for (const [file, expectedIds] of Object.entries(label.files)) {
      files++;
      const filePath = path.posix.join(label.module, file);
      const filePredicted = new Set(
        result.findings.filter((f) => f.path === filePath && !f.suppressed && f.confidence >= DEFAULT_OPTIONS.approvalThreshold).map((f) => f.category),
      );
      tally(fileCounts, new Set(expectedIds ?? []), filePredicted, (kind, category) =>
        mistakes.push({ level: 'file', kind, category, where: filePath, detail: evidenceFor(result, filePath, category, false) }),
      );
    }
  }
  return {
    modules: labels.length,
    files,
    moduleMetrics: new Map([...moduleCounts].map(([id, c]) => [id, metricsOf(c)])),
    fileMetrics: new Map([...fileCounts].map(([id, c]) => [id, metricsOf(c)])),
    mistakes,
  };
}

function zero(): Counts {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
}

function tally(counts: Map<string, Counts>, expected: Set<string>, predicted: Set<string>, onMistake: (kind: Mistake['kind'], category: string) => void): void {
  for (const [category, c] of counts) {
    const e = expected.has(category);
    const p = predicted.has(category);
    if (e && p) c.truePositives++;
    else if (p) {
      c.falsePositives++;
      onMistake('false alarm', category);
    } else if (e) {
      c.falseNegatives++;
      onMistake('miss', category);
    }
  }
}

function evidenceFor(result: ScanResult, where: string, category: string, isModule: boolean): string[] {
  return result.findings
    .filter((f) => f.category === category && (isModule ? f.module === where : f.path === where))
    .slice(0, 6)
    .map((f) => `${f.path}:${f.line} [${f.confidence.toFixed(2)}] ${f.message}`);
}
