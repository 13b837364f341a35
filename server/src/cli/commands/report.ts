/**
 * `exportlens report [path]`: scan a repository and write a classification report for legal
 * reviewers (HTML, Markdown or CSV, in English or Chinese). Nothing is written when anything fails
 * before rendering, and the report itself is written atomically.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseReportArguments, REPORT_USAGE, type ReportCommand } from '../report-args';
import type { WorkspaceSelection } from '../selection-args';
import { UsageError } from '../scan-args';
import { createProgress } from '../progress';
import { loadCatalogueSet } from '../catalogue-set';
import type { CliCommand, CliIo } from '../io';
import { resolveScanRoot } from './scan';
import { scanWorkspace } from '../../engine/scan';
import { resolveOptions } from '../../engine/defaults';
import { writeFileAtomically } from '../../engine/atomic-write';
import { compareStrings } from '../../engine/classify';
import type { ScanResult } from '../../engine/result';
import type { Catalogue, EngineOptions } from '../../engine/types';
import { generateReport } from '../../report/generate';
import { loadBaseline } from '../../report/baseline';
import { resolveReportDate } from '../../report/report-date';
import { formatDecisionsProblem } from '../../report/decisions';

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'write a classification report for legal review (html, md or csv)',
  usage: REPORT_USAGE,
  run: (argv, io) => runReport(parseReportArguments(argv), io),
};

export interface SelectionScan {
  root: string;
  result: ScanResult;
  catalogues: Catalogue[];
  engineOptions: EngineOptions;
}

/** Scan the selected folder with the selected catalogues (the `scan` pipeline); catalogue problems join the result's errors. */
export async function scanSelection(selection: WorkspaceSelection, io: CliIo): Promise<SelectionScan> {
  const root = resolveScanRoot(selection.path, io);
  const { catalogues, problems } = loadCatalogueSet(
    { extraFiles: selection.catalogues, noBuiltin: selection.noBuiltinCatalogues, only: selection.only, disable: selection.disable },
    io,
  );
  const engineOptions = resolveOptions({
    include: selection.include,
    exclude: selection.exclude,
    ...(selection.maxFileSize !== undefined ? { maxFileSize: selection.maxFileSize } : {}),
  });
  const progress = createProgress(io.stderr, !selection.quiet);
  const result = await scanWorkspace(root, { ...engineOptions, catalogues, onProgress: (done, total) => progress.update(done, total) });
  progress.finish();
  result.errors.push(...problems);
  result.errors.sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.message, b.message));
  return { root, result, catalogues, engineOptions };
}

async function runReport(command: ReportCommand, io: CliIo): Promise<number> {
  let scanDate: Date;
  try {
    scanDate = resolveReportDate(command.date);
  } catch (error) {
    throw new UsageError(`--date: ${(error as Error).message}`);
  }
  // Read the baseline before scanning: a wrong file name should not cost a scan.
  const baselinePath = command.baseline === undefined ? undefined : path.resolve(io.cwd, command.baseline);
  const baseline = baselinePath ? { source: path.basename(baselinePath), result: loadBaseline(baselinePath) } : undefined;
  const { root, result, catalogues, engineOptions } = await scanSelection(command, io);
  const report = await generateReport({
    root,
    result,
    catalogues,
    format: command.format,
    lang: command.lang,
    scanDate,
    engineOptions,
    ...(baseline ? { baseline } : {}),
  });
  const output = path.resolve(io.cwd, command.output);
  fs.mkdirSync(path.dirname(output), { recursive: true });
  writeFileAtomically(output, report.content);
  for (const problem of report.model.decisionsFile.problems) io.stderr.write(`exportlens: review record problem: ${formatDecisionsProblem(problem)}\n`);
  if (!command.quiet) {
    const { needingApproval, modules, decisions } = report.model.summary;
    const stale = decisions.stale ? `; ${decisions.stale} STALE decision(s)` : '';
    io.stderr.write(`exportlens: ${needingApproval} of ${modules} module(s) need approval${stale}; ${command.format} report written to ${command.output}\n`);
  }
  return 0;
}
