/**
 * One report from one scan: collect what was scanned (git, digest, versions), read the review record,
 * build the model and render it. The CLI and the language server both come through here, so a report
 * made in the editor and one made in CI say the same thing for the same tree.
 */
import type { Catalogue, EngineOptions } from '../engine/types';
import type { ScanResult } from '../engine/result';
import { collectProvenance } from './provenance';
import { readDecisions } from './decisions';
import { buildReportModel, type ReportModel } from './report-model';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { renderCsv } from './render-csv';
import type { ReportLanguage } from './i18n';

export const REPORT_FORMATS = ['html', 'md', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportRequest {
  /** The scanned folder (absolute). */
  root: string;
  result: ScanResult;
  catalogues: readonly Catalogue[];
  format: ReportFormat;
  lang: ReportLanguage;
  /** The date the report states as its scan date (see report-date.ts for the override rules). */
  scanDate: Date;
  /** An earlier scan result to compare with; `source` is how the report names it (no absolute path). */
  baseline?: { source: string; result: ScanResult };
  /** The options the scan used, so the tree digest covers exactly the files the scan read. */
  engineOptions?: Partial<EngineOptions>;
}

export interface Report {
  model: ReportModel;
  content: string;
}

export async function generateReport(request: ReportRequest): Promise<Report> {
  const provenance = await collectProvenance(request.root, request.result, request.scanDate, request.engineOptions);
  const model = buildReportModel({
    root: request.root,
    result: request.result,
    catalogues: request.catalogues,
    provenance,
    decisions: readDecisions(request.root),
    ...(request.baseline ? { baseline: request.baseline } : {}),
    ...(request.engineOptions?.approvalThreshold !== undefined && request.engineOptions.reportThreshold !== undefined
      ? { thresholds: { approval: request.engineOptions.approvalThreshold, report: request.engineOptions.reportThreshold } }
      : {}),
  });
  return { model, content: renderReport(model, request.format, request.lang) };
}

export function renderReport(model: ReportModel, format: ReportFormat, lang: ReportLanguage): string {
  switch (format) {
    case 'html':
      return renderHtml(model, lang);
    case 'md':
      return renderMarkdown(model, lang);
    case 'csv':
      return renderCsv(model, lang);
  }
}
