/**
 * Words for people: finding messages, category references and module rationales. Every message names
 * the evidence that made it, so a developer can see why a line was flagged.
 */
import type { Catalogue, Category, Evidence } from './types';
import type { CategoryScore } from './scoring/confidence';
import type { FindingResult, ModuleResult } from './result';

export interface CategoryDescription {
  id: string;
  /** e.g. "CN 086501X control point 18". */
  reference: string;
  title: string;
}

/** "CN 086501X control point 18" / "EAR 5D002". */
export function categoryReference(category: Category, catalogue: Pick<Catalogue, 'id'> | undefined): string {
  const regime = regimeLabel(catalogue?.id ?? category.id.split('.')[0]);
  // EAR entries name the ECCN itself as their "control point"; saying it twice helps nobody.
  const point = category.controlPoint && category.controlPoint.number !== category.itemNumber ? ` control point ${category.controlPoint.number}` : '';
  return `${regime} ${category.itemNumber}${point}`;
}

function regimeLabel(catalogueId: string): string {
  if (catalogueId === 'cn' || catalogueId.startsWith('cn-')) return 'CN';
  if (catalogueId === 'us-ear' || catalogueId === 'ear') return 'EAR';
  return catalogueId.toUpperCase();
}

export function describeCategory(entry: { category: Category; catalogue: Catalogue } | undefined): CategoryDescription | undefined {
  if (!entry) return undefined;
  return { id: entry.category.id, reference: categoryReference(entry.category, entry.catalogue), title: entry.category.title.en };
}

const KIND_WORDS: Record<string, string> = {
  dependency: 'a declared dependency',
  import: 'an import',
  call: 'an API call',
  identifier: 'identifier vocabulary',
  literal: 'a string literal',
  constant: 'a constant table',
  notice: 'a notice in the documentation',
};

/** "Personalized information push (CN 086501X control point 18): imports implicit, a collaborative-filtering library [`implicit`]. Confidence 0.84 from dependency + import + call." */
export function findingMessage(evidence: Evidence, score: CategoryScore, category: Category, catalogue: Catalogue): string {
  const basis = score.kinds.length > 0 ? score.kinds.join(' + ') : 'no corroboration';
  const corroboration = score.conclusive
    ? 'a conclusive signal'
    : score.corroborated
      ? `corroborated by ${basis}`
      : `${basis} only, not corroborated`;
  const dampened = score.dampenedBy ? `; dampened by ${score.dampenedBy.signal.label}` : '';
  return (
    `${category.title.en} (${categoryReference(category, catalogue)}): ${evidence.signal.label} [\`${evidence.matchedText}\`]. ` +
    `Confidence ${score.confidence.toFixed(2)}, ${corroboration}${dampened}.`
  );
}

/** Why a module is classified as it is, in a few sentences a reviewer can paste into an application. */
export function moduleRationale(
  module: ModuleResult,
  findings: readonly FindingResult[],
  describe: (categoryId: string) => CategoryDescription | undefined,
  options: { approvalThreshold: number },
): string {
  if (module.categories.length === 0) {
    return 'No technology from the loaded catalogues was found above the reporting threshold.';
  }
  const sentences: string[] = [];
  for (const entry of module.categories) {
    const description = describe(entry.id);
    const name = description ? `${description.title} (${description.reference})` : entry.id;
    const top = findings
      .filter((f) => f.category === entry.id && !f.suppressed)
      .sort((a, b) => b.confidence - a.confidence)
      .slice(0, 3)
      .map((f) => `${f.path}:${f.line}`);
    const kinds = entry.signalKinds.map((k) => KIND_WORDS[k] ?? k).join(', ');
    if (entry.confidence >= options.approvalThreshold) {
      sentences.push(`${name}: confidence ${entry.confidence.toFixed(2)} from ${kinds}${top.length ? `, e.g. ${top.join(', ')}` : ''}; approval needed before transfer abroad.`);
    } else if (entry.confidence > 0) {
      sentences.push(`${name}: weak evidence only (confidence ${entry.confidence.toFixed(2)} from ${kinds || 'no corroborated signal'}); below the approval threshold ${options.approvalThreshold}.`);
    }
    if (entry.suppressed > 0) sentences.push(`${entry.suppressed} finding(s) of ${entry.id} suppressed in the code with a reason.`);
  }
  return sentences.join(' ');
}
