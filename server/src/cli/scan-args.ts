/**
 * Command-line arguments for `exportlens scan`. Parsing is separate from running so it can be tested
 * without touching the file system, and so a usage error always exits 2 with a message that says
 * which argument is wrong.
 */
import { parseCommandLine, UsageError } from './command-line';
import { SELECTION_OPTIONS, selectionFrom, splitList, type WorkspaceSelection } from './selection-args';

export type OutputFormat = 'text' | 'json' | 'sarif';
export type FailOn = 'info' | 'warning' | 'error' | 'none';

export interface ScanCommand extends WorkspaceSelection {
  command: 'scan';
  format: OutputFormat;
  output?: string;
  failOn: FailOn;
  /** Folders (relative to the scanned root) that are modules whether or not they hold a manifest. */
  moduleRoots: string[];
  /** Extra vendored folder names to skip, on top of the defaults. */
  vendorFolders: string[];
  /** Analysis threads (--jobs); undefined: one per core when the workspace is big enough. */
  jobs?: number;
  /** Keep a scan cache (--cache, or implied by --cache-dir). */
  cache: boolean;
  /** --cache-dir as given (relative to the working folder); default <root>/.exportlens-cache. */
  cacheDir?: string;
  /** --shard K/N: analyse a deterministic 1/N of the files and write a shard report for `merge`. */
  shard?: { index: number; count: number };
}

export { UsageError } from './command-line';

export const SCAN_USAGE = `Usage: exportlens scan [path] [options]

Scans a repository for technology on export-control catalogues and classifies its modules.
With no path, scans the bundled sample workspace (examples/).

Options:
  --format text|json|sarif   output format (default: text)
  --output FILE              write the result to FILE instead of stdout
  --fail-on info|warning|error|none
                             exit 1 when a finding of this severity or worse is present
                             (default: none; suppressed findings never count)
  --catalogue FILE           load an extra catalogue file (repeatable)
  --no-builtin-catalogues    use only the --catalogue files
  --only ID[,ID]             detect only these category ids (repeatable)
  --disable ID[,ID]          disable these category ids (repeatable)
  --include GLOB             scan only files matching GLOB (repeatable)
  --exclude GLOB             skip files matching GLOB (repeatable)
  --max-file-size BYTES      skip files larger than this (default 5 MiB; suffixes k, m allowed)
  --module-root DIR          treat DIR (relative to the scanned root) as a module (repeatable)
  --vendor-folder NAME       also skip folders named NAME as vendored code (repeatable)
  --quiet                    no progress output on stderr
  --jobs N                   analysis threads (default: one per core for big workspaces; 1: no workers)
  --cache                    keep a content-hash cache in <path>/.exportlens-cache (warm re-scans
                             read only changed files)
  --cache-dir DIR            keep the cache in DIR instead (implies --cache)
  --shard K/N                scan only shard K of N (a fixed share of the files by path) and write a
                             shard report (JSON) for 'exportlens merge'; see docs/scaling.md

Exit codes: 0 done (threshold not reached), 1 --fail-on threshold reached,
2 usage error or fatal error (e.g. no catalogue could be loaded).
`;

/** Parses the arguments after `scan`. */
export function parseScanArguments(argv: string[]): ScanCommand {
  const parsed = parseCommandLine(argv, {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    'fail-on': { type: 'string' },
    ...SELECTION_OPTIONS,
    'module-root': { type: 'string', multiple: true },
    'vendor-folder': { type: 'string', multiple: true },
    jobs: { type: 'string', short: 'j' },
    cache: { type: 'boolean' },
    'cache-dir': { type: 'string' },
    shard: { type: 'string' },
  });
  const { values, positionals } = parsed;
  const selection = selectionFrom(values, positionals, 'scan');
  // A shard report is always JSON, so --shard alone needs no --format.
  const format = parseOutputFormat(values.format ?? (values.shard !== undefined ? 'json' : 'text'));

  return {
    command: 'scan',
    ...selection,
    format,
    output: values.output,
    failOn: parseFailOn(values['fail-on']),
    moduleRoots: values['module-root'] ?? [],
    vendorFolders: splitList(values['vendor-folder']),
    jobs: values.jobs === undefined ? undefined : parseJobs(values.jobs),
    cache: (values.cache ?? false) || values['cache-dir'] !== undefined,
    cacheDir: values['cache-dir'],
    shard: values.shard === undefined ? undefined : parseShard(values.shard, format),
  };
}

/** `--format` of a scan result: text, json or sarif. */
export function parseOutputFormat(format: string): OutputFormat {
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`--format must be text, json or sarif (got '${format}')`);
  return format;
}

/** `--fail-on` (default none). */
export function parseFailOn(failOn = 'none'): FailOn {
  if (!['info', 'warning', 'error', 'none'].includes(failOn)) throw new UsageError(`--fail-on must be info, warning, error or none (got '${failOn}')`);
  return failOn as FailOn;
}

function parseJobs(text: string): number {
  if (!/^[1-9][0-9]{0,3}$/.test(text.trim())) throw new UsageError(`--jobs must be a whole number from 1 (got '${text}')`);
  return Number(text.trim());
}

/** `K/N` with 1 <= K <= N; a shard report is JSON, so another --format is a mistake. */
export function parseShard(text: string, format: string): { index: number; count: number } {
  const match = /^([1-9][0-9]*)\/([1-9][0-9]*)$/.exec(text.trim());
  if (!match) throw new UsageError(`--shard must be K/N, e.g. 2/8 (got '${text}')`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (index > count) throw new UsageError(`--shard ${text}: K must be between 1 and N`);
  if (format !== 'json') throw new UsageError(`--shard writes a shard report (JSON) for 'exportlens merge'; use --format json or leave --format out`);
  return { index, count };
}
