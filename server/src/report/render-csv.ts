/**
 * The report as CSV for spreadsheets: one row per module × category (RFC 4180: CRLF line ends, fields
 * quoted when needed). Modules with no category get one row with empty category columns, so the
 * sheet lists every module. Both catalogue names are always present (English and Chinese columns);
 * `--lang` chooses the header words and the words in the enumerated columns.
 *
 * A UTF-8 byte-order mark starts the file because spreadsheet programs otherwise guess a legacy code
 * page and garble the Chinese names. A cell that begins with = + - @ (a reviewer's note, a module
 * name) is prefixed with an apostrophe so a spreadsheet never evaluates it as a formula.
 */
import type { CategorySection, ReportModel } from './report-model';
import { stringsFor, type CsvColumn, type ReportLanguage, type Strings } from './i18n';

export const CSV_COLUMNS: readonly CsvColumn[] = [
  'module',
  'requiresApproval',
  'categoryId',
  'regime',
  'itemNumber',
  'controlPoint',
  'nameEn',
  'nameZh',
  'status',
  'confidence',
  'findings',
  'suppressed',
  'decisionStatus',
  'decisionStale',
  'reviewer',
  'decisionDate',
  'note',
  'licence',
  'change',
  'remark',
];

export function renderCsv(model: ReportModel, lang: ReportLanguage): string {
  const s = stringsFor(lang);
  const rows: string[][] = [CSV_COLUMNS.map((c) => s.csv[c])];
  for (const module of model.modules) {
    for (const category of module.categories) rows.push(categoryRow(module.path, module.requiresApproval, category, s));
  }
  for (const module of model.cleanModules) {
    const row = emptyRow();
    row.module = module.path;
    row.requiresApproval = s.no;
    row.remark = s.cleanModules;
    if (module.isNew) row.change = s.change.new;
    rows.push(CSV_COLUMNS.map((c) => row[c]));
  }
  for (const gone of model.baseline?.goneCategories ?? []) {
    const row = emptyRow();
    row.module = gone.module;
    row.categoryId = gone.facts.id;
    row.regime = gone.facts.regime;
    row.itemNumber = gone.facts.itemNumber;
    row.nameEn = gone.facts.title.en;
    row.nameZh = gone.facts.title.zh ?? '';
    row.change = s.change.gone;
    row.remark = s.moduleNoLongerFound;
    rows.push(CSV_COLUMNS.map((c) => row[c]));
  }
  return `\uFEFF${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

function categoryRow(module: string, requiresApproval: boolean, c: CategorySection, s: Strings): string[] {
  const row = emptyRow();
  const d = c.decision.decision;
  row.module = module;
  row.requiresApproval = requiresApproval ? s.yes : s.no;
  row.categoryId = c.facts.id;
  row.regime = c.facts.regime;
  row.itemNumber = c.facts.itemNumber;
  row.controlPoint = c.facts.controlPoint?.number ?? '';
  row.nameEn = c.facts.title.en;
  row.nameZh = c.facts.title.zh ?? '';
  row.status = c.facts.status ? s.status[c.facts.status] : '';
  row.confidence = c.confidence.toFixed(2);
  row.findings = String(c.findings);
  row.suppressed = String(c.suppressed);
  if (d) {
    row.decisionStatus = s.decisionStatus[d.status];
    row.decisionStale = c.decision.state === 'stale' ? s.yes : c.decision.state === 'current' ? s.no : s.decisionState[c.decision.state];
    row.reviewer = d.reviewer;
    row.decisionDate = d.date;
    row.note = d.note ?? '';
    row.licence = d.licence ?? '';
  }
  if (c.change) row.change = s.change[c.change.change];
  if (!c.needsApproval) row.remark = s.belowThreshold;
  return CSV_COLUMNS.map((col) => row[col]);
}

function emptyRow(): Record<CsvColumn, string> {
  return Object.fromEntries(CSV_COLUMNS.map((c) => [c, ''])) as Record<CsvColumn, string>;
}

/** One RFC 4180 field, defused against formula evaluation. */
export function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
