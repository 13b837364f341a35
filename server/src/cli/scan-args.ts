/**
 * Command-line arguments for `exportlens scan`. Parsing is separate from running so it can be tested
 * without touching the file system, and so a usage error always exits 2 with a message that says
 * which argument is wrong.
 */
import { parseArgs } from 'node:util';

export type OutputFormat = 'text' | 'json' | 'sarif';
export type FailOn = 'info' | 'warning' | 'error' | 'none';

export interface ScanCommand {
  command: 'scan';
  path?: string;
  format: OutputFormat;
  output?: string;
  failOn: FailOn;
  catalogues: string[];
  noBuiltinCatalogues: boolean;
  only: string[];
  disable: string[];
  include: string[];
  exclude: string[];
  maxFileSize?: number;
  quiet: boolean;
}

/** A mistake in the command line: reported with the usage text, exit code 2. */
export class UsageError extends Error {}

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
  --quiet                    no progress output on stderr

Exit codes: 0 done (threshold not reached), 1 --fail-on threshold reached,
2 usage error or fatal error (e.g. no catalogue could be loaded).
`;

/** Parses the arguments after `scan`. */
export function parseScanArguments(argv: string[]): ScanCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        catalogue: { type: 'string', multiple: true },
        'no-builtin-catalogues': { type: 'boolean' },
        only: { type: 'string', multiple: true },
        disable: { type: 'string', multiple: true },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        'max-file-size': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals: rest } = parsed;
  if (rest.length > 1) throw new UsageError(`scan takes at most one path, got ${rest.length}: ${rest.join(' ')}`);

  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`--format must be text, json or sarif (got '${format}')`);
  const failOn = values['fail-on'] ?? 'none';
  if (!['info', 'warning', 'error', 'none'].includes(failOn)) throw new UsageError(`--fail-on must be info, warning, error or none (got '${failOn}')`);

  return {
    command: 'scan',
    path: rest[0],
    format,
    output: values.output,
    failOn: failOn as FailOn,
    catalogues: values.catalogue ?? [],
    noBuiltinCatalogues: values['no-builtin-catalogues'] ?? false,
    only: splitList(values.only),
    disable: splitList(values.disable),
    include: values.include ?? [],
    exclude: values.exclude ?? [],
    maxFileSize: values['max-file-size'] === undefined ? undefined : parseSize(values['max-file-size']),
    quiet: values.quiet ?? false,
  };
}

function splitList(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kKmMgG]i?[bB]?)?$/.exec(text.trim());
  if (!match) throw new UsageError(`--max-file-size must be a number of bytes, optionally with k or m (got '${text}')`);
  const unit = (match[2] ?? '').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(match[1]) * factor);
}
