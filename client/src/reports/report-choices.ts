/**
 * The pure parts of "Generate Classification Report" and "Record Review Decision" (no `vscode`, so
 * test/client runs them in plain Node): the choices offered, the default file name, the request
 * parameters built from what the user picked, and the HTML the report webview is given.
 */
import type { GenerateReportRequest, ModuleSummary, RecordDecisionRequest, ReportFormat, ReportLanguage, ReviewStatus, WorkspaceSummary } from '../../../server/src/protocol/messages';

export interface Choice<T extends string> {
  value: T;
  label: string;
  description: string;
}

export const REPORT_FORMATS: readonly Choice<ReportFormat>[] = [
  { value: 'html', label: 'HTML', description: 'one self-contained page, shown here and printable' },
  { value: 'md', label: 'Markdown', description: 'for a pull request or a wiki' },
  { value: 'csv', label: 'CSV', description: 'one row per module and category, for a spreadsheet' },
];

export const REPORT_LANGUAGES: readonly Choice<ReportLanguage>[] = [
  { value: 'en', label: 'English', description: 'en' },
  { value: 'zh', label: '中文', description: 'zh' },
];

export const REVIEW_STATUSES: readonly Choice<ReviewStatus>[] = [
  { value: 'controlled', label: 'Controlled', description: 'the module is covered by the category' },
  { value: 'not-controlled', label: 'Not controlled', description: 'the evidence does not make it a controlled item' },
  { value: 'licence-required', label: 'Licence required', description: 'an export licence must be obtained' },
  { value: 'licence-granted', label: 'Licence granted', description: 'a licence exists (give its reference)' },
];

/** `exportlens-report-<folder>.<ext>`, with characters unsafe in file names replaced. */
export function defaultReportFileName(folderName: string, format: ReportFormat): string {
  const safe = folderName.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'workspace';
  return `exportlens-report-${safe}.${format}`;
}

export function generateReportParams(folderUri: string, format: ReportFormat, lang: ReportLanguage, outputPath: string): GenerateReportRequest.Params {
  if (!outputPath) throw new Error('generateReport: no output path');
  return { folderUri, format, lang, outputPath };
}

/**
 * The report for a webview: the page's own Content-Security-Policy is replaced by a stricter one that
 * allows no script, no fetch and no frame; only inline styles (the report has no external resources)
 * and inline images. The webview is also created with scripts disabled; the policy is the second lock.
 */
export function reportWebviewHtml(html: string): string {
  const policy = `<meta http-equiv="Content-Security-Policy" content="${REPORT_WEBVIEW_CSP}">`;
  const withoutPolicy = html.replace(/<meta\s+http-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*>/gi, '');
  const head = /<head(\s[^>]*)?>/i.exec(withoutPolicy);
  if (head) return `${withoutPolicy.slice(0, head.index + head[0].length)}${policy}${withoutPolicy.slice(head.index + head[0].length)}`;
  return `<!DOCTYPE html><html><head>${policy}</head><body>${withoutPolicy}</body></html>`;
}

export const REPORT_WEBVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'";

/** A module of the summary together with the workspace folder it belongs to. */
export interface ModuleInFolder {
  folderUri: string;
  module: ModuleSummary;
}

/** Every module of the summary with its folder; modules needing approval first, then by path. */
export function modulesOf(summary: WorkspaceSummary | undefined): ModuleInFolder[] {
  const all = (summary?.roots ?? []).flatMap((root) => root.modules.map((module) => ({ folderUri: root.uri, module })));
  return all.sort((a, b) => Number(b.module.requiresApproval) - Number(a.module.requiresApproval) || a.module.path.localeCompare(b.module.path));
}

/** The folder a module (by its URI) belongs to in the summary. */
export function folderOfModule(summary: WorkspaceSummary | undefined, moduleUri: string): string | undefined {
  return summary?.roots.find((root) => root.modules.some((module) => module.uri === moduleUri))?.uri;
}

export interface DecisionAnswers {
  folderUri: string;
  module: string;
  category: string;
  status: ReviewStatus;
  reviewer: string;
  note?: string;
  licenceReference?: string;
}

/** The request's parameters, or the problems that stop it (checked before anything is sent). */
export function recordDecisionParams(answers: DecisionAnswers): { params?: RecordDecisionRequest.Params; problems: string[] } {
  const problems: string[] = [];
  const reviewer = answers.reviewer.trim();
  const note = answers.note?.trim();
  const licenceReference = answers.licenceReference?.trim();
  if (!reviewer) problems.push('a reviewer is required');
  if (!REVIEW_STATUSES.some((status) => status.value === answers.status)) problems.push(`unknown status '${answers.status}'`);
  if (answers.status === 'licence-granted' && !licenceReference) problems.push('"Licence granted" needs the licence reference');
  if (!answers.module) problems.push('no module');
  if (!answers.category) problems.push('no category');
  if (problems.length > 0) return { problems };
  return {
    params: {
      folderUri: answers.folderUri,
      module: answers.module,
      category: answers.category,
      status: answers.status,
      reviewer,
      ...(note ? { note } : {}),
      ...(licenceReference ? { licenceReference } : {}),
    },
    problems,
  };
}

/** Whether the status asks for a licence reference (required for a granted licence, optional otherwise). */
export function asksForLicenceReference(status: ReviewStatus): boolean {
  return status === 'licence-granted' || status === 'licence-required';
}
