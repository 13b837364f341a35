/**
 * Phrases shared by the HTML and Markdown renderers (plain text; each renderer escapes it), so the
 * two formats say the same thing in the same words.
 */
import type { CategoryFacts, DecisionView, ReportModel } from './report-model';
import { bilingual, primary, type ReportLanguage, type Strings } from './i18n';

/** "China 086501X, control point 18" / "中国 086501X，控制要点 18". */
export function itemReference(facts: CategoryFacts, s: Strings): string {
  if (!facts.known) return facts.id;
  return `${s.regime(facts.regime)} ${itemNumberWithPoint(facts, s)}`;
}

/** "086501X, control point 18" without the regime (for tables that have a regime column). A control
 * point that merely repeats the item number (EAR 5D002) is not repeated. */
export function itemNumberWithPoint(facts: CategoryFacts, s: Strings): string {
  if (!facts.known) return facts.id;
  const cp = facts.controlPoint && facts.controlPoint.number !== facts.itemNumber ? facts.controlPoint : undefined;
  const point = cp ? (s.tag === 'en' ? `, ${s.controlPoint.toLowerCase()} ${cp.number}` : `，${s.controlPoint} ${cp.number}`) : '';
  return `${facts.itemNumber}${point}`;
}

/** The chart's short label for a category: "086501X·18 Personalized information push". */
export function shortLabel(facts: CategoryFacts, lang: ReportLanguage): string {
  const number = facts.controlPoint && facts.controlPoint.number !== facts.itemNumber ? `${facts.itemNumber}·${facts.controlPoint.number}` : facts.itemNumber;
  return `${number} ${primary(facts.title, lang)}`.trim();
}

export function categoryHeading(facts: CategoryFacts, lang: ReportLanguage): string {
  return `${bilingual(facts.title, lang)} (${facts.id})`;
}

/** One line about a decision's freshness. */
export function decisionFreshness(view: DecisionView, s: Strings): string {
  switch (view.state) {
    case 'stale':
      return `${s.stale}: ${s.staleExplanation}`;
    case 'no-digest':
      return s.noDigest;
    case 'current':
      return s.current;
    case 'none':
      return s.noDecision;
  }
}

/** Header facts as label/value pairs, in order. */
export function headerFacts(model: ReportModel, s: Strings): [string, string][] {
  const p = model.provenance;
  const rows: [string, string][] = [];
  if (p.git) {
    rows.push([s.repository, p.git.repository]);
    rows.push([s.pathInRepository, p.git.pathInRepository]);
    rows.push([s.commit, p.git.commit ?? s.noCommit]);
    rows.push([s.workingTree, p.git.changes.length ? s.uncommitted(p.git.changes.length) : s.clean]);
  } else {
    rows.push([s.folder, p.scannedFolder]);
    rows.push([s.commit, s.gitUnavailable(p.gitUnavailable ?? '?')]);
  }
  rows.push([s.scanDate, p.scanDate]);
  rows.push([s.tool, `${p.tool.name} ${p.tool.version}`]);
  rows.push([s.catalogues, model.catalogues.map((c) => `${c.title}: ${c.version}${c.revisionDate ? ` (${c.revisionDate})` : ''}`).join('; ')]);
  rows.push([s.treeDigest, `${p.treeDigest.value} (${s.treeDigestNote(p.treeDigest.files)})`]);
  if (model.baseline) rows.push([s.baselineLabel, model.baseline.source]);
  return rows;
}

/** A stable, readable HTML id / Markdown anchor for a module. */
export function moduleAnchor(modulePath: string): string {
  return `module-${modulePath === '.' ? 'root' : modulePath.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}
