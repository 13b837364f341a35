/**
 * Command-line arguments for `exportlens report` (which catalogues apply and which files are read
 * come from selection-args.ts, as for `scan` and `review`). Parsing is separate from running so it can
 * be tested without touching the file system; a mistake is a UsageError (exit 2).
 */
import { parseCommandLine, UsageError } from './command-line';
import { SELECTION_OPTIONS, SELECTION_USAGE, selectionFrom, type WorkspaceSelection } from './selection-args';
import { REPORT_FORMATS, type ReportFormat } from '../report/generate';
import { REPORT_LANGUAGES, type ReportLanguage } from '../report/i18n';

export interface ReportCommand extends WorkspaceSelection {
  command: 'report';
  format: ReportFormat;
  output: string;
  lang: ReportLanguage;
  baseline?: string;
  date?: string;
}

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
