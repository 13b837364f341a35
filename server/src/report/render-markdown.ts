/**
 * The report as GitHub-flavoured Markdown, so it can be committed next to the code and read on a code
 * host. Code hosts strip inline SVG, so the chart is a Mermaid pie chart (GitHub and GitLab render
 * it; elsewhere it stays a readable fenced block) and the summary table carries the same numbers.
 * Every cell is escaped: a pipe or newline in a module path or a reviewer's note cannot break a table.
 */
import type { CategorySection, EvidenceGroup, ModuleSection, ReportModel } from './report-model';
import { bilingual, stringsFor, type ReportLanguage, type Strings } from './i18n';
import { categoryHeading, decisionFreshness, headerFacts, itemNumberWithPoint, itemReference, shortLabel } from './report-text';

export function renderMarkdown(model: ReportModel, lang: ReportLanguage): string {
  const s = stringsFor(lang);
  const out: string[] = [];
  out.push(`# ${text(s.title)}`, '', `_${text(s.subtitle)}_`, '');
  out.push(`## ${text(s.scanned)}`, '', table(['', ''], headerFacts(model, s)), '');
  summary(out, model, s, lang);
  if (model.baseline) changes(out, model, s, lang);
  if (model.decisionsFile.problems.length) {
    out.push(`## ${text(s.reviewDecision)}`, '', `**${text(s.decisionsFileProblems(model.decisionsFile.path))}**`, '');
    for (const p of model.decisionsFile.problems) out.push(`- ${inlineCode(`${model.decisionsFile.path}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}`)}: ${text(p.message)}`);
    out.push('');
  }
  for (const module of model.modules) moduleSection(out, module, s, lang);
  out.push(`## ${text(s.cleanModules)}`, '', text(s.cleanModulesIntro), '');
  if (model.cleanModules.length) for (const m of model.cleanModules) out.push(`- ${inlineCode(m.path)}${m.isNew ? ` **${text(s.change.new)}**` : ''}`);
  else out.push(text(s.none));
  out.push('');
  if (model.orphanDecisions.length) {
    out.push(`## ${text(s.orphanDecisions)}`, '');
    out.push(
      table(
        [s.modulesCol, s.categoryCol, s.decisionStatusLabel, s.reviewer, s.reason],
        model.orphanDecisions.map((o) => [o.decision.module, o.decision.category, s.decisionStatus[o.decision.status], `${o.decision.reviewer}, ${o.decision.date}`, s.orphanReason[o.reason]]),
      ),
      '',
    );
  }
  appendix(out, model, s, lang);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function summary(out: string[], model: ReportModel, s: Strings, lang: ReportLanguage): void {
  out.push(`## ${text(s.executiveSummary)}`, '', `**${text(s.needApproval(model.summary.needingApproval, model.summary.modules))}**`, '');
  if (model.summary.rows.length === 0) {
    out.push(text(s.noneNeedApproval), '');
  } else {
    out.push(`${text(s.summaryTableCaption)}:`, '');
    out.push(
      table(
        [s.regimeCol, s.itemCol, s.categoryCol, s.statusCol, s.modulesCountCol, s.modulesCol],
        model.summary.rows.map((row) => [
          s.regime(row.facts.regime),
          itemNumberWithPoint(row.facts, s),
          bilingual(row.facts.title, lang),
          row.facts.status ? s.status[row.facts.status] : '',
          String(row.modules.length),
          row.modules.join(', '),
        ]),
      ),
      '',
    );
    // Mermaid labels are quoted strings: drop the characters that would end them.
    const slices = model.summary.rows.map((row) => `    "${shortLabel(row.facts, lang).replace(/["\\\n\r]/g, ' ')}" : ${row.modules.length}`);
    out.push('```mermaid', `pie showData title ${s.chartTitle.replace(/[\n\r]/g, ' ')}`, ...slices, '```', '');
  }
  out.push(text(s.decisionsSummary(model.summary.decisions)), '');
}

function changes(out: string[], model: ReportModel, s: Strings, lang: ReportLanguage): void {
  const b = model.baseline!;
  out.push(`## ${text(s.changes)}`, '', `${text(s.sinceBaseline(b.source))} ${text(s.changeCounts(b.counts))}`, '');
  if (b.newModules.length) out.push(`- ${text(s.newModules)}: ${b.newModules.map(inlineCode).join(', ')}`);
  if (b.goneModules.length) out.push(`- ${text(s.goneModules)}: ${b.goneModules.map(inlineCode).join(', ')}`);
  out.push('');
  const rows: string[][] = [];
  for (const m of model.modules) {
    for (const c of m.categories) if (c.change && c.change.change !== 'unchanged') rows.push(changeRow(m.path, c.facts.id, bilingual(c.facts.title, lang), c.change, s));
  }
  for (const g of b.goneCategories) rows.push(changeRow(g.module, g.facts.id, bilingual(g.facts.title, lang), g.change, s));
  if (rows.length) out.push(table([s.modulesCol, s.categoryCol, s.changeCol, s.confidence], rows), '');
}

function changeRow(module: string, id: string, title: string, change: NonNullable<CategorySection['change']>, s: Strings): string[] {
  const before = change.previous ? s.previously(change.previous.confidence, change.previous.findings) : '';
  const now = change.current ? `${change.current.confidence.toFixed(2)} (${change.current.findings})` : '';
  return [module, `${title} (${id})`, s.change[change.change], [now, before].filter(Boolean).join('; ')];
}

function moduleSection(out: string[], module: ModuleSection, s: Strings, lang: ReportLanguage): void {
  const classification = module.requiresApproval ? s.needsApproval : s.belowThreshold;
  out.push(`## ${text(s.modulesHeading)}: ${inlineCode(module.path)}${module.isNew ? ` (${text(s.change.new)})` : ''}`, '');
  out.push(`**${text(s.classification)}:** ${text(classification)}`, '', `**${text(s.rationale)}:** ${text(module.rationale)}`, '');
  for (const category of module.categories) categorySection(out, module, category, s, lang);
}

function categorySection(out: string[], module: ModuleSection, c: CategorySection, s: Strings, lang: ReportLanguage): void {
  const f = c.facts;
  out.push(`### ${text(categoryHeading(f, lang))}`, '');
  const rows: string[][] = [[s.catalogueItem, itemReference(f, s)]];
  if (f.known) {
    rows.push([s.itemName, bilingual(f.itemName, lang)]);
    if (f.controlPoint) rows.push([s.controlPoint, `${f.controlPoint.number}: ${bilingual(f.controlPoint.text, lang)}`]);
    rows.push([s.categoryName, bilingual(f.title, lang)]);
    if (f.status) rows.push([s.controlStatus, s.status[f.status]]);
    if (f.verification && f.verification !== 'verified') rows.push([s.verification, `${s.verificationStatus[f.verification]}: ${s.unverifiedMark}`]);
  }
  rows.push([s.confidence, `${c.confidence.toFixed(2)}${c.needsApproval ? ` (${s.needsApproval})` : ''}`]);
  rows.push([s.signalKinds, c.signalKinds.join(', ') || '—']);
  rows.push([`${s.findings} / ${s.suppressedCount}`, `${c.findings} / ${c.suppressed}`]);
  if (c.change) rows.push([s.changes, `${s.change[c.change.change]}${c.change.previous ? ` (${s.previously(c.change.previous.confidence, c.change.previous.findings)})` : ''}`]);
  out.push(table(['', ''], rows), '');
  out.push(`#### ${text(s.evidence)}`, '');
  if (c.evidence.length) for (const g of c.evidence) evidence(out, g, s);
  else out.push(text(s.noActiveEvidence), '');
  if (c.suppressedEvidence.length) {
    out.push(`#### ${text(s.suppressedFindings)}`, '');
    for (const g of c.suppressedEvidence) evidence(out, g, s);
  }
  if (c.change?.goneFindings.length) {
    out.push(`#### ${text(s.goneFindings)}`, '');
    for (const g of c.change.goneFindings) out.push(`- **${text(s.change.gone)}** ${inlineCode(`${g.path}:${g.line}`)} ${text(g.message)}`);
    out.push('');
  }
  out.push(`#### ${text(s.reviewDecision)}`, '');
  decision(out, module.path, c, s);
}

function evidence(out: string[], group: EvidenceGroup, s: Strings): void {
  const location = group.endLine > group.line ? `${group.path}:${group.line}-${group.endLine}` : `${group.path}:${group.line}`;
  out.push(`**${inlineCode(location)}**`, '');
  for (const h of group.hits) {
    const badge = h.isNew ? `**${text(s.newFinding)}** ` : '';
    out.push(`- ${badge}${text(h.message)} (${inlineCode(h.signal)}, ${h.signalKind}, ${text(s.confidence.toLowerCase())} ${h.confidence.toFixed(2)})`);
    if (h.suppressionReason) out.push(`  - ${text(s.suppressionReason)}: ${text(h.suppressionReason)}`);
  }
  out.push('');
  if (!group.excerpt) {
    out.push(`_${text(s.excerptUnavailable)}_`, '');
    return;
  }
  const width = String(group.excerpt.lines[group.excerpt.lines.length - 1].number).length;
  const lines = group.excerpt.lines.map((l) => `${l.hit ? '>' : ' '} ${String(l.number).padStart(width)} | ${l.text}`);
  const fence = fenceFor(lines.join('\n'));
  out.push(fence, ...lines, fence, '');
}

function decision(out: string[], module: string, c: CategorySection, s: Strings): void {
  const view = c.decision;
  if (!view.decision) {
    out.push(`${text(s.noDecision)} ${inlineCode(s.howToDecide(module, c.facts.id).replace(/^[^:：]*[:：]\s*/, ''))}`, '');
    return;
  }
  const d = view.decision;
  const state = view.state === 'stale' ? `**${text(s.stale)}** ` : view.state === 'current' ? `${text(s.decisionState.current)}: ` : '';
  const rows: Cell[][] = [
    [s.decisionStatusLabel, { md: `${state}${text(s.decisionStatus[d.status])}` }],
    [s.reviewer, d.reviewer],
    [s.date, d.date],
  ];
  if (d.licence) rows.push([s.licence, d.licence]);
  if (d.note) rows.push([s.note, d.note]);
  out.push(table(['', ''], rows), '', view.state === 'stale' ? `> **${text(decisionFreshness(view, s))}**` : text(decisionFreshness(view, s)), '');
}

function appendix(out: string[], model: ReportModel, s: Strings, lang: ReportLanguage): void {
  out.push(`## ${text(s.appendix)}`, '', `### ${text(s.method)}`, '');
  for (const p of s.methodParagraphs(model.thresholds)) out.push(text(p), '');
  out.push(`### ${text(s.limitations)}`, '', `**${text(s.notLegalAdvice)}**`, '');
  for (const p of s.limitationParagraphs) out.push(text(p), '');
  out.push(`### ${text(s.unverifiedFacts)}`, '');
  if (model.unverified.length) {
    out.push(text(s.unverifiedIntro), '');
    out.push(
      table(
        [s.categoryCol, s.catalogueItem, s.verification, s.sources],
        model.unverified.map((u) => [`${bilingual(u.facts.title, lang)} (${u.facts.id})`, itemReference(u.facts, s), u.facts.verification ? s.verificationStatus[u.facts.verification] : '', u.sources.join('; ')]),
      ),
      '',
    );
  } else out.push(text(s.none), '');
  out.push(`### ${text(s.skippedFiles)}`, '');
  out.push(model.skipped.length ? table([s.path, s.reason, s.detail], model.skipped.map((f) => [f.path, s.skipReason[f.reason] ?? f.reason, f.detail ?? ''])) : text(s.none), '');
  out.push(`### ${text(s.errors)}`, '');
  out.push(model.errors.length ? table([s.path, s.message], model.errors.map((e) => [e.path, e.message])) : text(s.none), '');
  if (model.provenance.git?.changes.length) {
    out.push(`### ${text(s.workingTree)}`, '');
    for (const c of model.provenance.git.changes) out.push(`- ${inlineCode(c)}`);
    out.push('');
  }
  out.push(`### ${text(s.statistics)}`, '', text(s.statsLine(model.stats)), '');
}

/** A cell: plain text (escaped), or Markdown this renderer wrote itself. */
type Cell = string | { md: string };

/** A GitHub table; an all-empty header row renders as a two-column facts table. */
function table(headers: string[], rows: Cell[][]): string {
  const head = `| ${headers.map(cell).join(' | ')} |`;
  const rule = `|${headers.map(() => ' --- ').join('|')}|`;
  const render = (c: Cell) => (typeof c === 'string' ? cell(c) : c.md.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>'));
  return [head, rule, ...rows.map((r) => `| ${r.map(render).join(' | ')} |`)].join('\n');
}

/** A table cell: pipes escaped, line breaks as <br>, Markdown punctuation neutralised. */
export function cell(value: string): string {
  return text(value).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/**
 * Plain text that must not turn into markup: HTML is escaped (a code host would otherwise render a
 * `<script>` from a scanned file's comment as a tag) and Markdown's emphasis and link characters are
 * backslash-escaped.
 */
export function text(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#])/g, '\\$1');
}

/** Inline code with a backtick fence longer than any run inside it (CommonMark). */
export function inlineCode(value: string): string {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}

function fenceFor(content: string): string {
  const longest = Math.max(2, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(longest + 1);
}
