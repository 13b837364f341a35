/**
 * The report as one self-contained HTML file: inline CSS and SVG, no script, no web fonts, and a
 * Content-Security-Policy that forbids every fetch, so opening it never touches the network. Print
 * CSS makes the browser's "Save as PDF" clean: no navigation, each module on a new page.
 */
import type { CategorySection, EvidenceGroup, ModuleSection, ReportModel } from './report-model';
import { bilingual, stringsFor, type ReportLanguage, type Strings } from './i18n';
import { barChartSvg, escapeXml as esc } from './svg-chart';
import { categoryHeading, decisionFreshness, headerFacts, itemNumberWithPoint, itemReference, moduleAnchor, shortLabel } from './report-text';

const CSS = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #1a1a1a; background: #fff; line-height: 1.5; margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.4rem; border-bottom: 2px solid #1f4e79; padding-bottom: .2rem; margin-top: 2.2rem; }
h3 { font-size: 1.15rem; margin-top: 1.6rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
.subtitle { color: #3d3d3d; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .92rem; }
caption { text-align: left; font-weight: 600; padding-bottom: .3rem; }
th, td { border: 1px solid #8a8a8a; padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #e8eef5; }
table.facts th { width: 14rem; background: #f3f3f3; font-weight: 600; }
.digest, code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; overflow-wrap: anywhere; }
.badge { display: inline-block; padding: .05rem .45rem; border-radius: .25rem; font-size: .8rem; font-weight: 700; vertical-align: middle; border: 1px solid currentColor; }
.badge.approval { color: #8b0000; background: #fde8e8; }
.badge.info { color: #1f3f66; background: #e8eef5; }
.badge.stale { color: #8b0000; background: #fde8e8; }
.badge.current { color: #1b5e20; background: #e8f5e9; }
.badge.new, .badge.changed { color: #6b3e00; background: #fff3e0; }
.badge.gone { color: #3d3d3d; background: #eeeeee; }
figure { margin: .6rem 0 1rem; }
figure.excerpt { border: 1px solid #b0b0b0; border-radius: .25rem; break-inside: avoid; }
figure.excerpt figcaption { background: #f3f3f3; padding: .3rem .5rem; font-size: .9rem; border-bottom: 1px solid #b0b0b0; }
figure.excerpt ul { margin: .2rem 0 0; padding-left: 1.2rem; }
pre.code { margin: 0; padding: .4rem 0; overflow-x: auto; font-size: .85rem; line-height: 1.4; }
pre.code span.line { display: block; padding: 0 .5rem; white-space: pre; }
pre.code span.hit { background: #fff3b0; }
pre.code span.ln { color: #4a4a4a; display: inline-block; min-width: 3.5em; user-select: none; }
.decision { border-left: 4px solid #1f4e79; padding: .2rem .8rem; background: #f7f9fc; }
.decision.stale { border-left-color: #8b0000; background: #fdf2f2; }
.disclaimer { font-weight: 600; border: 2px solid #1f4e79; padding: .6rem .8rem; }
.problems { color: #8b0000; }
nav ol { columns: 2; }
a { color: #0b4f8a; }
@media print {
  @page { size: A4; margin: 16mm 14mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { display: none; }
  section.module, section.appendix { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  table, figure, .decision { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  pre.code span.line { white-space: pre-wrap; }
}
`;

export function renderHtml(model: ReportModel, lang: ReportLanguage): string {
  const s = stringsFor(lang);
  const parts: string[] = [];
  parts.push(
    '<!DOCTYPE html>',
    `<html lang="${s.tag}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${esc(`${model.provenance.tool.name} ${model.provenance.tool.version}`)}">`,
    `<title>${esc(`${s.title}: ${model.provenance.git?.repository ?? model.provenance.scannedFolder}`)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${esc(s.title)}</h1>`,
    `<p class="subtitle">${esc(s.subtitle)}</p>`,
    '</header>',
    nav(model, s),
    '<main>',
    header(model, s),
    summary(model, s, lang),
    model.baseline ? changes(model, s, lang) : '',
    model.decisionsFile.problems.length ? decisionsProblems(model, s) : '',
    ...model.modules.map((m) => moduleSection(m, s, lang)),
    cleanModules(model, s),
    model.orphanDecisions.length ? orphans(model, s, lang) : '',
    appendix(model, s, lang),
    '</main>',
    '</body>',
    '</html>',
    '',
  );
  return parts.filter((p) => p !== '').join('\n');
}

function nav(model: ReportModel, s: Strings): string {
  const items = [
    ['scanned', s.scanned],
    ['summary', s.executiveSummary],
    ...(model.baseline ? [['changes', s.changes]] : []),
    ...model.modules.map((m) => [moduleAnchor(m.path), m.path]),
    ['clean', s.cleanModules],
    ...(model.orphanDecisions.length ? [['orphans', s.orphanDecisions]] : []),
    ['appendix', s.appendix],
  ];
  return `<nav aria-labelledby="toc"><h2 id="toc">${esc(s.contents)}</h2><ol>${items.map(([id, label]) => `<li><a href="#${id}">${esc(label)}</a></li>`).join('')}</ol></nav>`;
}

function factsTable(rows: [string, string][], options: { html?: Set<number>; caption?: string } = {}): string {
  const body = rows.map(([label, value], i) => `<tr><th scope="row">${esc(label)}</th><td>${options.html?.has(i) ? value : esc(value)}</td></tr>`).join('');
  return `<table class="facts">${options.caption ? `<caption>${esc(options.caption)}</caption>` : ''}<tbody>${body}</tbody></table>`;
}

function header(model: ReportModel, s: Strings): string {
  const rows = headerFacts(model, s);
  const digestRow = rows.findIndex(([label]) => label === s.treeDigest);
  const html = rows.map(([label, value], i): [string, string] =>
    i === digestRow ? [label, `<span class="digest">${esc(model.provenance.treeDigest.value)}</span><br>${esc(s.treeDigestNote(model.provenance.treeDigest.files))}`] : [label, esc(value)],
  );
  return `<section id="scanned" aria-labelledby="scanned-h"><h2 id="scanned-h">${esc(s.scanned)}</h2>${factsTable(html, { html: new Set(html.map((_, i) => i)) })}</section>`;
}

function summary(model: ReportModel, s: Strings, lang: ReportLanguage): string {
  const out: string[] = [`<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">${esc(s.executiveSummary)}</h2>`];
  out.push(`<p><strong>${esc(s.needApproval(model.summary.needingApproval, model.summary.modules))}</strong></p>`);
  if (model.summary.rows.length === 0) {
    out.push(`<p>${esc(s.noneNeedApproval)}</p>`);
  } else {
    out.push(
      `<table><caption>${esc(s.summaryTableCaption)}</caption><thead><tr>` +
        [s.regimeCol, s.itemCol, s.categoryCol, s.statusCol, s.modulesCountCol, s.modulesCol].map((h) => `<th scope="col">${esc(h)}</th>`).join('') +
        '</tr></thead><tbody>' +
        model.summary.rows
          .map(
            (row) =>
              `<tr><td>${esc(s.regime(row.facts.regime))}</td><th scope="row">${esc(itemNumberWithPoint(row.facts, s))}</th><td>${esc(bilingual(row.facts.title, lang))}</td>` +
              `<td>${esc(row.facts.status ? s.status[row.facts.status] : '')}</td><td>${row.modules.length}</td><td>${row.modules.map((m) => `<a href="#${moduleAnchor(m)}">${esc(m)}</a>`).join(', ')}</td></tr>`,
          )
          .join('') +
        '</tbody></table>',
    );
  }
  const bars = model.summary.rows.map((row) => ({ label: shortLabel(row.facts, lang), value: row.modules.length }));
  const description = s.chartDescription(bars.map((b) => ({ label: b.label, count: b.value })));
  out.push(`<figure aria-labelledby="chart-caption">${barChartSvg(bars, { id: 'chart', title: s.chartTitle, description })}<figcaption id="chart-caption">${esc(s.chartTitle)}. ${esc(description)}</figcaption></figure>`);
  out.push(`<p>${esc(s.decisionsSummary(model.summary.decisions))}</p>`);
  out.push('</section>');
  return out.join('');
}

function changes(model: ReportModel, s: Strings, lang: ReportLanguage): string {
  const b = model.baseline!;
  const out = [`<section id="changes" aria-labelledby="changes-h"><h2 id="changes-h">${esc(s.changes)}</h2>`, `<p>${esc(s.sinceBaseline(b.source))} ${esc(s.changeCounts(b.counts))}</p>`];
  if (b.newModules.length) out.push(`<p>${esc(s.newModules)}: ${b.newModules.map((m) => `<code>${esc(m)}</code>`).join(', ')}</p>`);
  if (b.goneModules.length) out.push(`<p>${esc(s.goneModules)}: ${b.goneModules.map((m) => `<code>${esc(m)}</code>`).join(', ')}</p>`);
  const rows = model.modules.flatMap((m) => m.categories.filter((c) => c.change && c.change.change !== 'unchanged').map((c) => ({ module: m.path, category: c })));
  const gone = b.goneCategories.map((g) => ({ module: g.module, facts: g.facts, change: g.change }));
  if (rows.length || gone.length) {
    out.push(
      `<table><thead><tr>${[s.modulesCol, s.categoryCol, s.changeCol, s.confidence].map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>` +
        rows
          .map(({ module, category }) => changeRow(module, category.facts.id, bilingual(category.facts.title, lang), category.change!, s))
          .concat(gone.map((g) => changeRow(g.module, g.facts.id, bilingual(g.facts.title, lang), g.change, s)))
          .join('') +
        '</tbody></table>',
    );
  }
  out.push('</section>');
  return out.join('');
}

function changeRow(module: string, id: string, title: string, change: NonNullable<CategorySection['change']>, s: Strings): string {
  const before = change.previous ? s.previously(change.previous.confidence, change.previous.findings) : '';
  const now = change.current ? `${change.current.confidence.toFixed(2)} (${change.current.findings})` : '';
  return `<tr><th scope="row">${esc(module)}</th><td>${esc(title)} <code>${esc(id)}</code></td><td><span class="badge ${change.change}">${esc(s.change[change.change])}</span></td><td>${esc([now, before].filter(Boolean).join('; '))}</td></tr>`;
}

function decisionsProblems(model: ReportModel, s: Strings): string {
  const items = model.decisionsFile.problems.map((p) => `<li><code>${esc(`${model.decisionsFile.path}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}`)}</code>: ${esc(p.message)}</li>`);
  return `<section id="decision-problems" class="problems" aria-labelledby="decision-problems-h"><h2 id="decision-problems-h">${esc(s.reviewDecision)}</h2><p>${esc(s.decisionsFileProblems(model.decisionsFile.path))}</p><ul>${items.join('')}</ul></section>`;
}

function moduleSection(module: ModuleSection, s: Strings, lang: ReportLanguage): string {
  const id = moduleAnchor(module.path);
  const badge = module.requiresApproval ? `<span class="badge approval">${esc(s.needsApproval)}</span>` : `<span class="badge info">${esc(s.belowThreshold)}</span>`;
  const out = [
    `<section id="${id}" class="module" aria-labelledby="${id}-h">`,
    `<h2 id="${id}-h">${esc(s.modulesHeading)}: <code>${esc(module.path)}</code> ${badge}${module.isNew ? ` <span class="badge new">${esc(s.change.new)}</span>` : ''}</h2>`,
    `<p><strong>${esc(s.classification)}:</strong> ${esc(module.requiresApproval ? s.needsApproval : s.belowThreshold)}</p>`,
    `<p><strong>${esc(s.rationale)}:</strong> ${esc(module.rationale)}</p>`,
  ];
  module.categories.forEach((category, index) => out.push(categorySection(module, category, `${id}-c${index}`, s, lang)));
  out.push('</section>');
  return out.join('\n');
}

function categorySection(module: ModuleSection, c: CategorySection, id: string, s: Strings, lang: ReportLanguage): string {
  const f = c.facts;
  const rows: [string, string][] = [[s.catalogueItem, esc(itemReference(f, s))]];
  if (f.known) {
    rows.push([s.itemName, esc(bilingual(f.itemName, lang))]);
    if (f.controlPoint) rows.push([s.controlPoint, esc(`${f.controlPoint.number}: ${bilingual(f.controlPoint.text, lang)}`)]);
    rows.push([s.categoryName, esc(bilingual(f.title, lang))]);
    if (f.status) rows.push([s.controlStatus, esc(s.status[f.status])]);
    if (f.verification && f.verification !== 'verified') rows.push([s.verification, esc(`${s.verificationStatus[f.verification]}: ${s.unverifiedMark}`)]);
  }
  rows.push([s.confidence, esc(`${c.confidence.toFixed(2)}${c.needsApproval ? ` (${s.needsApproval})` : ''}`)]);
  rows.push([s.signalKinds, esc(c.signalKinds.join(', ') || '—')]);
  rows.push([`${s.findings} / ${s.suppressedCount}`, `${c.findings} / ${c.suppressed}`]);
  if (c.change) {
    const before = c.change.previous ? ` (${s.previously(c.change.previous.confidence, c.change.previous.findings)})` : '';
    rows.push([s.changes, `<span class="badge ${c.change.change}">${esc(s.change[c.change.change])}</span>${esc(before)}`]);
  }
  const out = [
    `<section class="category" aria-labelledby="${id}-h">`,
    `<h3 id="${id}-h">${esc(categoryHeading(f, lang))}</h3>`,
    factsTable(rows, { html: new Set(rows.map((_, i) => i)) }),
    `<h4>${esc(s.evidence)}</h4>`,
    c.evidence.length ? c.evidence.map((g) => evidenceFigure(g, s)).join('\n') : `<p>${esc(s.noActiveEvidence)}</p>`,
  ];
  if (c.suppressedEvidence.length) out.push(`<h4>${esc(s.suppressedFindings)}</h4>`, c.suppressedEvidence.map((g) => evidenceFigure(g, s)).join('\n'));
  if (c.change?.goneFindings.length) {
    out.push(`<h4>${esc(s.goneFindings)}</h4><ul>${c.change.goneFindings.map((g) => `<li><span class="badge gone">${esc(s.change.gone)}</span> <code>${esc(`${g.path}:${g.line}`)}</code> ${esc(g.message)}</li>`).join('')}</ul>`);
  }
  out.push(`<h4>${esc(s.reviewDecision)}</h4>`, decisionBlock(module.path, c, s));
  out.push('</section>');
  return out.join('\n');
}

function evidenceFigure(group: EvidenceGroup, s: Strings): string {
  const location = group.endLine > group.line ? `${group.path}:${group.line}-${group.endLine}` : `${group.path}:${group.line}`;
  const hits = group.hits
    .map((h) => {
      const badge = h.isNew ? `<span class="badge new">${esc(s.newFinding)}</span> ` : '';
      const reason = h.suppressionReason ? `<br><strong>${esc(s.suppressionReason)}:</strong> ${esc(h.suppressionReason)}` : '';
      return `<li>${badge}${esc(h.message)} <small>(<code>${esc(h.signal)}</code>, ${esc(h.signalKind)}, ${esc(s.confidence.toLowerCase())} ${h.confidence.toFixed(2)})</small>${reason}</li>`;
    })
    .join('');
  const code = group.excerpt
    ? `<pre class="code"><code>${group.excerpt.lines
        .map((l) => `<span class="line${l.hit ? ' hit' : ''}"><span class="ln">${l.hit ? '▶' : ' '}${String(l.number).padStart(4)}</span> ${esc(l.text)}</span>`)
        .join('')}</code></pre>`
    : `<p><em>${esc(s.excerptUnavailable)}</em></p>`;
  return `<figure class="excerpt"><figcaption><code class="location">${esc(location)}</code><ul>${hits}</ul></figcaption>${code}</figure>`;
}

function decisionBlock(module: string, c: CategorySection, s: Strings): string {
  const view = c.decision;
  if (!view.decision) return `<div class="decision"><p>${esc(s.noDecision)} <small>${esc(s.howToDecide(module, c.facts.id))}</small></p></div>`;
  const d = view.decision;
  const badge = view.state === 'stale' ? `<span class="badge stale">${esc(s.stale)}</span> ` : view.state === 'current' ? `<span class="badge current">${esc(s.decisionState.current)}</span> ` : '';
  const rows: [string, string][] = [
    [s.decisionStatusLabel, `${badge}<strong>${esc(s.decisionStatus[d.status])}</strong>`],
    [s.reviewer, esc(d.reviewer)],
    [s.date, esc(d.date)],
  ];
  if (d.licence) rows.push([s.licence, esc(d.licence)]);
  if (d.note) rows.push([s.note, esc(d.note).replace(/\n/g, '<br>')]);
  return `<div class="decision${view.state === 'stale' ? ' stale' : ''}">${factsTable(rows, { html: new Set(rows.map((_, i) => i)) })}<p>${esc(decisionFreshness(view, s))}</p></div>`;
}

function cleanModules(model: ReportModel, s: Strings): string {
  const items = model.cleanModules.map((m) => `<li><code>${esc(m.path)}</code>${m.isNew ? ` <span class="badge new">${esc(s.change.new)}</span>` : ''}</li>`);
  return `<section id="clean" aria-labelledby="clean-h"><h2 id="clean-h">${esc(s.cleanModules)}</h2><p>${esc(s.cleanModulesIntro)}</p>${items.length ? `<ul>${items.join('')}</ul>` : `<p>${esc(s.none)}</p>`}</section>`;
}

function orphans(model: ReportModel, s: Strings, lang: ReportLanguage): string {
  void lang;
  const rows = model.orphanDecisions
    .map(
      (o) =>
        `<tr><th scope="row"><code>${esc(o.decision.module)}</code></th><td><code>${esc(o.decision.category)}</code></td><td>${esc(s.decisionStatus[o.decision.status])}</td>` +
        `<td>${esc(`${o.decision.reviewer}, ${o.decision.date}`)}</td><td><strong>${esc(s.orphanReason[o.reason])}</strong></td></tr>`,
    )
    .join('');
  return (
    `<section id="orphans" aria-labelledby="orphans-h"><h2 id="orphans-h">${esc(s.orphanDecisions)}</h2>` +
    `<table><thead><tr>${[s.modulesCol, s.categoryCol, s.decisionStatusLabel, s.reviewer, s.reason].map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></section>`
  );
}

function appendix(model: ReportModel, s: Strings, lang: ReportLanguage): string {
  const out = [`<section id="appendix" class="appendix" aria-labelledby="appendix-h"><h2 id="appendix-h">${esc(s.appendix)}</h2>`];
  out.push(`<h3>${esc(s.method)}</h3>`, ...s.methodParagraphs(model.thresholds).map((p) => `<p>${esc(p)}</p>`));
  out.push(`<h3>${esc(s.limitations)}</h3>`, `<p class="disclaimer">${esc(s.notLegalAdvice)}</p>`, ...s.limitationParagraphs.map((p) => `<p>${esc(p)}</p>`));
  out.push(`<h3>${esc(s.unverifiedFacts)}</h3>`);
  if (model.unverified.length) {
    out.push(`<p>${esc(s.unverifiedIntro)}</p>`);
    out.push(
      `<table><thead><tr>${[s.categoryCol, s.catalogueItem, s.verification, s.sources].map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>` +
        model.unverified
          .map(
            (u) =>
              `<tr><th scope="row">${esc(bilingual(u.facts.title, lang))} <code>${esc(u.facts.id)}</code></th><td>${esc(itemReference(u.facts, s))}</td>` +
              `<td>${esc(u.facts.verification ? s.verificationStatus[u.facts.verification] : '')}</td><td>${u.sources.map((src) => `<code>${esc(src)}</code>`).join('<br>')}</td></tr>`,
          )
          .join('') +
        '</tbody></table>',
    );
  } else out.push(`<p>${esc(s.none)}</p>`);
  out.push(`<h3>${esc(s.skippedFiles)}</h3>`);
  out.push(
    model.skipped.length
      ? `<table><thead><tr>${[s.path, s.reason, s.detail].map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${model.skipped
          .map((f) => `<tr><th scope="row"><code>${esc(f.path)}</code></th><td>${esc(s.skipReason[f.reason] ?? f.reason)}</td><td>${esc(f.detail ?? '')}</td></tr>`)
          .join('')}</tbody></table>`
      : `<p>${esc(s.none)}</p>`,
  );
  out.push(`<h3>${esc(s.errors)}</h3>`);
  out.push(
    model.errors.length
      ? `<table><thead><tr>${[s.path, s.message].map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${model.errors
          .map((e) => `<tr><th scope="row"><code>${esc(e.path)}</code></th><td>${esc(e.message)}</td></tr>`)
          .join('')}</tbody></table>`
      : `<p>${esc(s.none)}</p>`,
  );
  if (model.provenance.git?.changes.length) {
    out.push(`<h3>${esc(s.workingTree)}</h3><ul>${model.provenance.git.changes.map((c) => `<li><code>${esc(c)}</code></li>`).join('')}</ul>`);
  }
  out.push(`<h3>${esc(s.statistics)}</h3><p>${esc(s.statsLine(model.stats))}</p>`);
  out.push('</section>');
  return out.join('\n');
}
