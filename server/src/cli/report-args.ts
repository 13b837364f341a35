/**
 * Command-line arguments for `exportlens report` and the options it shares with `exportlens review`
 * (which catalogues apply and which files are read, as for `scan`). Parsing is separate from running
 * so it can be tested without touching the file system; a mistake is a UsageError (exit 2).
 */
import { parseCommandLine } from './command-line';
import { UsageError, parseSize } from './scan-args';
import { REPORT_FORMATS, type ReportFormat } from '../report/generate';
import { REPORT_LANGUAGES, type ReportLanguage } from '../report/i18n';

/** What is scanned and against which catalogues: the `scan` options a report or review needs. */
export interface WorkspaceSelection {
  path?: string;
  catalogues: string[];
  noBuiltinCatalogues: boolean;
  only: string[];
  disable: string[];
  include: string[];
  exclude: string[];
  maxFileSize?: number;
  quiet: boolean;
}

export interface ReportCommand extends WorkspaceSelection {
  command: 'report';
  format: ReportFormat;
  output: string;
  lang: ReportLanguage;
  baseline?: string;
  date?: string;
}

/** parseArgs option specs shared by report and review. */
export const SELECTION_OPTIONS = {
  catalogue: { type: 'string', multiple: true },
  'no-builtin-catalogues': { type: 'boolean' },
  only: { type: 'string', multiple: true },
  disable: { type: 'string', multiple: true },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'max-file-size': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
} as const;

export const SELECTION_USAGE = `  --catalogue FILE           load an extra catalogue file (repeatable)
  --no-builtin-catalogues    use only the --catalogue files
  --only ID[,ID]             detect only these category ids (repeatable)
  --disable ID[,ID]          disable these category ids (repeatable)
  --include GLOB             scan only files matching GLOB (repeatable)
  --exclude GLOB             skip files matching GLOB (repeatable)
  --max-file-size BYTES      skip files larger than this (default 5 MiB; suffixes k, m allowed)
  --quiet                    no progress output on stderr`;

export const REPORT_USAGE = `Usage: exportlens report [path] --format html|md|csv --output FILE [options]

Scans a repository (default: the bundled sample workspace) and writes a classification report for
legal reviewers: what was scanned (git commit, tree digest, catalogue versions), an executive
summary, one section per module with catalogue items, evidence excerpts and review decisions from
.exportlens/decisions.yaml, and an appendix (method, limitations, skipped files, errors).

Options:
  --format html|md|csv       report format (default: html); html is one self-contained file
  --output FILE              where to write the report (required)
  --lang en|zh               report language (default: en); catalogue names appear in both
  --baseline FILE            an earlier 'exportlens scan --format json' result: mark what is new,
                             changed or gone since then
  --date DATE                the scan date the report states (YYYY-MM-DD or ISO date-time);
                             default: $SOURCE_DATE_EPOCH if set, else now
${SELECTION_USAGE}

Exit codes: 0 report written, 2 usage error or fatal error (nothing is written then).
`;

/** Parses the arguments after `report`. */
export function parseReportArguments(argv: string[]): ReportCommand {
  const parsed = parseCommandLine(argv, {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    lang: { type: 'string' },
    baseline: { type: 'string' },
    date: { type: 'string' },
    ...SELECTION_OPTIONS,
  });
  const { values, positionals } = parsed;
  const format = values.format ?? 'html';
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be ${REPORT_FORMATS.join(', ')} (got '${format}')`);
  const lang = values.lang ?? 'en';
  if (!(REPORT_LANGUAGES as readonly string[]).includes(lang)) throw new UsageError(`--lang must be ${REPORT_LANGUAGES.join(' or ')} (got '${lang}')`);
  if (!values.output) throw new UsageError('--output FILE is required (a report is a document, not terminal output)');
  return {
    command: 'report',
    ...selectionFrom(values, positionals, 'report'),
    format: format as ReportFormat,
    output: values.output,
    lang: lang as ReportLanguage,
    ...(values.baseline !== undefined ? { baseline: values.baseline } : {}),
    ...(values.date !== undefined ? { date: values.date } : {}),
  };
}

type SelectionValues = {
  catalogue?: string[];
  'no-builtin-catalogues'?: boolean;
  only?: string[];
  disable?: string[];
  include?: string[];
  exclude?: string[];
  'max-file-size'?: string;
  quiet?: boolean;
};

export function selectionFrom(values: SelectionValues, positionals: string[], command: string): WorkspaceSelection {
  if (positionals.length > 1) throw new UsageError(`${command} takes at most one path, got ${positionals.length}: ${positionals.join(' ')}`);
  return {
    path: positionals[0],
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
