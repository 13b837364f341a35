/**
 * `exportlens scan [path]`: classify a repository and print or write the result.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseScanArguments, SCAN_USAGE, type ScanCommand, type FailOn } from '../scan-args';
import { createProgress } from '../progress';
import { loadCatalogueSet } from '../catalogue-set';
import type { CliCommand, CliIo } from '../io';
import { scanWorkspace, Workspace, type ScanOptions } from '../../engine/scan';
import { shardReportOf } from '../../engine/workers/shard-report';
import { packageRoot } from '../../engine/package-root';
import { DEFAULT_VENDOR_FOLDERS } from '../../engine/defaults';
import { writeFileAtomically } from '../../engine/atomic-write';
import { compareStrings } from '../../engine/classify';
import type { ScanResult } from '../../engine/result';
import type { Catalogue } from '../../engine/types';
import { formatJson } from '../../output/json';
import { formatSarif } from '../../output/sarif';
import { formatText } from '../../output/text';

export const scanCommand: CliCommand = {
  name: 'scan',
  summary: 'classify a repository (default: the bundled sample workspace)',
  usage: SCAN_USAGE,
  run: (argv, io) => runScan(parseScanArguments(argv), io),
};

/** The folder a scan command targets: the given path, or the bundled sample workspace. */
export function resolveScanRoot(pathArgument: string | undefined, io: CliIo): string {
  const root = pathArgument ? path.resolve(io.cwd, pathArgument) : path.join(packageRoot(), 'examples');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(root);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot scan ${root}: ${code === 'ENOENT' ? 'no such file or directory' : (error as Error).message}`);
  }
  if (!stat.isDirectory()) throw new Error(`cannot scan ${root}: not a directory`);
  return root;
}

/** Scan with the command's catalogues and options; catalogue problems join the result's errors. */
export async function scanForCommand(command: ScanCommand, io: CliIo): Promise<{ root: string; result: ScanResult; catalogues: Catalogue[] }> {
  const root = resolveScanRoot(command.path, io);
  const { catalogues, problems } = loadCatalogueSet(
    { extraFiles: command.catalogues, noBuiltin: command.noBuiltinCatalogues, only: command.only, disable: command.disable },
    io,
  );
  const progress = createProgress(io.stderr, !command.quiet);
  const result = await scanWorkspace(root, {
    ...performanceOptions(command, root, io),
    ...analysisOptions(command, catalogues),
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.finish();
  result.errors.push(...problems);
  result.errors.sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.message, b.message));
  return { root, result, catalogues };
}

/** The options that decide a scan's result; shard scans use the very same, so merged shards equal one scan. */
function analysisOptions(command: ScanCommand, catalogues: Catalogue[]): ScanOptions {
  return {
    catalogues,
    include: command.include,
    exclude: command.exclude,
    maxFileSize: command.maxFileSize,
    moduleRoots: command.moduleRoots,
    vendorFolders: [...DEFAULT_VENDOR_FOLDERS, ...command.vendorFolders],
  };
}

/** Threads, cache and their messages: they change how fast a scan is, never its result. */
function performanceOptions(command: ScanCommand, root: string, io: CliIo): Pick<ScanOptions, 'jobs' | 'cacheDir' | 'onNotice'> {
  return {
    jobs: command.jobs,
    cacheDir: command.cacheDir !== undefined ? path.resolve(io.cwd, command.cacheDir) : command.cache ? path.join(root, '.exportlens-cache') : undefined,
    onNotice: (message) => io.stderr.write(`${message}\n`),
  };
}

/** `scan --shard K/N`: analyse this shard's files and write the shard report `merge` joins. */
async function runShardScan(command: ScanCommand, shard: NonNullable<ScanCommand['shard']>, io: CliIo): Promise<number> {
  const root = resolveScanRoot(command.path, io);
  const { catalogues } = loadCatalogueSet(
    { extraFiles: command.catalogues, noBuiltin: command.noBuiltinCatalogues, only: command.only, disable: command.disable },
    io,
  );
  const progress = createProgress(io.stderr, !command.quiet);
  const workspace = await Workspace.open(root, analysisOptions(command, catalogues));
  await workspace.scanAll({ ...performanceOptions(command, root, io), jobs: command.jobs ?? 0, shard, onProgress: (done, total) => progress.update(done, total) });
  progress.finish();
  const output = `${JSON.stringify(shardReportOf(workspace, shard))}\n`;
  if (command.output) writeFileAtomically(path.resolve(io.cwd, command.output), output);
  else io.stdout.write(output);
  return 0;
}

async function runScan(command: ScanCommand, io: CliIo): Promise<number> {
  if (command.shard) return runShardScan(command, command.shard, io);
  const { root, result, catalogues } = await scanForCommand(command, io);
  const output = render(command, result, catalogues, root);
  if (command.output) {
    writeFileAtomically(path.resolve(io.cwd, command.output), output);
    if (!command.quiet) io.stderr.write(summaryLine(result, command.output));
  } else {
    io.stdout.write(output);
  }
  return thresholdReached(result, command.failOn) ? 1 : 0;
}

function render(command: ScanCommand, result: ScanResult, catalogues: Catalogue[], root: string): string {
  return renderResult(command.format, result, catalogues, root);
}

/** A result in one output format (shared with `merge`). */
export function renderResult(format: ScanCommand['format'], result: ScanResult, catalogues: Catalogue[], root: string): string {
  switch (format) {
    case 'json':
      return formatJson(result);
    case 'sarif':
      return formatSarif(result, catalogues);
    case 'text':
      return formatText(result, catalogues, root);
  }
}

const SEVERITY_RANK = { information: 1, warning: 2, error: 3 } as const;
const FAIL_ON_RANK: Record<FailOn, number> = { info: 1, warning: 2, error: 3, none: Infinity };

/** Whether an unsuppressed finding reaches the --fail-on severity. */
export function thresholdReached(result: ScanResult, failOn: FailOn): boolean {
  const threshold = FAIL_ON_RANK[failOn];
  return result.findings.some((f) => !f.suppressed && SEVERITY_RANK[f.severity] >= threshold);
}

function summaryLine(result: ScanResult, output: string): string {
  const needing = result.modules.filter((m) => m.requiresApproval).length;
  return `exportlens: ${needing} of ${result.modules.length} module(s) need approval; ${result.findings.length} finding(s) written to ${output}\n`;
}
