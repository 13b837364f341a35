/**
 * `exportlens/generateReport` and `exportlens/recordDecision`: the editor's way to the report and the
 * review record (issue 5). Both scan the folder's files as they are on disk, with the folder's own
 * settings and catalogues, rather than reuse the live result: the live result includes unsaved
 * buffers, while a report's tree digest and a decision's evidence digest must describe the files a
 * reviewer can check out. The work itself is in server/src/report/, shared with the CLI.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ResponseError, ErrorCodes, type Connection } from 'vscode-languageserver';
import type { GenerateReportRequest, RecordDecisionRequest } from '../protocol/messages';
import { ServerMessages } from './protocol-types';
import type { FolderEntry, FolderRegistry } from './folders';
import { uriToPath } from './uris';
import { scanWorkspace } from '../engine/scan';
import { writeFileAtomically } from '../engine/atomic-write';

/*
 * The report modules (renderers, the YAML parser and ajv behind the review record) are required by
 * the request that needs them, not when the server starts: they are not needed for diagnostics.
 */
const reportModules = () => ({
  ...(require('../report/generate') as typeof import('../report/generate')),
  ...(require('../report/i18n') as typeof import('../report/i18n')),
  ...(require('../report/report-date') as typeof import('../report/report-date')),
});
const decisionModules = () => ({
  ...(require('../report/decisions') as typeof import('../report/decisions')),
  ...(require('../report/decision-target') as typeof import('../report/decision-target')),
  ...(require('../report/report-date') as typeof import('../report/report-date')),
});

/**
 * One line in server.ts: bind both requests. `decisionRecorded` gets the folder root whose review record
 * was written, so the workspace summary shows the new decision without waiting for a watcher event.
 */
export function registerReportRequests(connection: Connection, folders: () => FolderRegistry, log: (message: string) => void, decisionRecorded: (root: string) => void = () => undefined): void {
  connection.onRequest(ServerMessages.generateReport, (params) => guarded(() => handleGenerateReport(folders(), params, log)));
  connection.onRequest(ServerMessages.recordDecision, (params) => guarded(() => handleRecordDecision(folders(), params, log, decisionRecorded)));
}

export async function handleGenerateReport(folders: FolderRegistry, params: GenerateReportRequest.Params, log: (message: string) => void): Promise<GenerateReportRequest.Result> {
  const { generateReport, REPORT_FORMATS, REPORT_LANGUAGES, resolveReportDate } = reportModules();
  const p = (params ?? {}) as Partial<GenerateReportRequest.Params>;
  if (!(REPORT_FORMATS as readonly unknown[]).includes(p.format)) throw invalid(`format must be ${REPORT_FORMATS.join(', ')} (got ${JSON.stringify(p.format)})`);
  if (!(REPORT_LANGUAGES as readonly unknown[]).includes(p.lang)) throw invalid(`lang must be ${REPORT_LANGUAGES.join(' or ')} (got ${JSON.stringify(p.lang)})`);
  if (typeof p.outputPath !== 'string' || !path.isAbsolute(p.outputPath)) throw invalid(`outputPath must be an absolute path (got ${JSON.stringify(p.outputPath)})`);
  const { entry, root, result, catalogues, options } = await scanFolder(folders, p.folderUri);
  const report = await generateReport({ root, result, catalogues, format: p.format!, lang: p.lang!, scanDate: resolveReportDate(undefined), engineOptions: options });
  fs.mkdirSync(path.dirname(p.outputPath), { recursive: true });
  writeFileAtomically(p.outputPath, report.content);
  log(`ExportLens: ${p.format} report of ${entry.name} written to ${p.outputPath}`);
  return { path: p.outputPath, ...(p.format === 'html' ? { html: report.content } : {}) };
}

export async function handleRecordDecision(
  folders: FolderRegistry,
  params: RecordDecisionRequest.Params,
  log: (message: string) => void,
  recorded: (root: string) => void = () => undefined,
): Promise<RecordDecisionRequest.Result> {
  const { DECISION_STATUSES, recordDecision, checkDecisionTarget, dayOf, resolveReportDate } = decisionModules();
  const p = (params ?? {}) as Partial<RecordDecisionRequest.Params>;
  for (const field of ['module', 'category', 'reviewer'] as const) if (typeof p[field] !== 'string' || !p[field]!.trim()) throw invalid(`${field} is required`);
  if (!(DECISION_STATUSES as readonly unknown[]).includes(p.status)) throw invalid(`status must be one of ${DECISION_STATUSES.join(', ')} (got ${JSON.stringify(p.status)})`);
  const { entry, root, result, catalogues } = await scanFolder(folders, p.folderUri);
  try {
    checkDecisionTarget(p.module!, p.category!, result, catalogues);
  } catch (error) {
    throw invalid((error as Error).message);
  }
  const outcome = recordDecision(
    root,
    {
      module: p.module!,
      category: p.category!,
      status: p.status!,
      reviewer: p.reviewer!.trim(),
      date: dayOf(resolveReportDate(undefined)),
      ...(p.note ? { note: p.note } : {}),
      ...(p.licenceReference ? { licence: p.licenceReference } : {}),
    },
    result.findings,
  );
  log(`ExportLens: decision for ${p.module} × ${p.category} in ${entry.name} recorded in ${outcome.file}`);
  recorded(root);
  return { path: outcome.file };
}

async function scanFolder(folders: FolderRegistry, folderUri: unknown) {
  const entry = findFolder(folders, folderUri);
  const engine = await entry.engine;
  const catalogues = engine.catalogueSet.catalogues;
  const options = engine.options;
  const result = await scanWorkspace(entry.root, { ...options, catalogues });
  return { entry, root: entry.root, result, catalogues, options };
}

/** The workspace folder by URI; compared as paths too, since clients encode URIs differently (`c%3A` vs `c:`). */
function findFolder(folders: FolderRegistry, folderUri: unknown): FolderEntry {
  if (typeof folderUri !== 'string') throw invalid('folderUri is required');
  const wanted = uriToPath(folderUri);
  const entry = folders.workspaceFolders().find((e) => e.uri === folderUri || (wanted !== undefined && path.resolve(e.root) === path.resolve(wanted)));
  if (!entry) throw invalid(`${folderUri} is not a workspace folder of this server`);
  return entry;
}

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `ExportLens: ${message}`);
}

/** Errors reach the client as messages that name the problem (a malformed decisions file names file:line). */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ResponseError) throw error;
    throw new ResponseError(ErrorCodes.InternalError, `ExportLens: ${error instanceof Error ? error.message : String(error)}`);
  }
}
