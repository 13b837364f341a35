/**
 * Command-line arguments for `exportlens review`. Missing decision fields are not an error here: the
 * command asks for them on a terminal, and names them in its error otherwise.
 */
import { parseCommandLine } from './command-line';
import { UsageError } from './scan-args';
import { SELECTION_OPTIONS, SELECTION_USAGE, selectionFrom, type WorkspaceSelection } from './selection-args';
import { DECISION_STATUSES, type DecisionStatus } from '../report/decisions';

export interface ReviewCommand extends WorkspaceSelection {
  command: 'review';
  module?: string;
  category?: string;
  status?: DecisionStatus;
  reviewer?: string;
  note?: string;
  licence?: string;
  date?: string;
}

/** The fields a decision cannot be recorded without, in the order the prompt asks for them. */
export const REQUIRED_REVIEW_FIELDS = ['module', 'category', 'status', 'reviewer'] as const;
export type RequiredReviewField = (typeof REQUIRED_REVIEW_FIELDS)[number];

export const REVIEW_USAGE = `Usage: exportlens review [path] --module M --category C --status S --reviewer NAME [options]

Records a review decision for one module and catalogue category in .exportlens/decisions.yaml of
the repository (default: the bundled sample workspace). The repository is scanned first so the
decision records a digest of the evidence it was made on; reports mark it STALE when that changes.
On a terminal, missing fields are asked for; otherwise they are an error.

Options:
  --module PATH              the module folder as the report shows it ('.' for the root)
  --category ID              the catalogue category id, e.g. cn.personalized-push
  --status S                 ${DECISION_STATUSES.join(' | ')}
  --reviewer NAME            who decided
  --note TEXT                free text (reasoning, references)
  --licence-ref REF          licence or application reference (required for licence-granted)
  --date YYYY-MM-DD          the decision date (default: $SOURCE_DATE_EPOCH if set, else today, UTC)
${SELECTION_USAGE}

Exit codes: 0 recorded, 2 usage error, missing fields without a terminal, malformed review record
(it is never overwritten) or unknown module/category.
`;

export function parseReviewArguments(argv: string[]): ReviewCommand {
  const parsed = parseCommandLine(argv, {
    module: { type: 'string' },
    category: { type: 'string' },
    status: { type: 'string' },
    reviewer: { type: 'string' },
    note: { type: 'string' },
    'licence-ref': { type: 'string' },
    date: { type: 'string' },
    ...SELECTION_OPTIONS,
  });
  const { values, positionals } = parsed;
  if (values.status !== undefined && !(DECISION_STATUSES as readonly string[]).includes(values.status)) {
    throw new UsageError(`--status must be one of ${DECISION_STATUSES.join(', ')} (got '${values.status}')`);
  }
  const optional = <K extends string>(key: K, value: string | undefined) => (value !== undefined ? ({ [key]: value } as Record<K, string>) : {});
  return {
    command: 'review',
    ...selectionFrom(values, positionals, 'review'),
    ...optional('module', values.module),
    ...optional('category', values.category),
    ...(values.status !== undefined ? { status: values.status as DecisionStatus } : {}),
    ...optional('reviewer', values.reviewer),
    ...optional('note', values.note),
    ...optional('licence', values['licence-ref']),
    ...optional('date', values.date),
  };
}

/** The required fields the command line left out (empty strings count as missing). */
export function missingReviewFields(command: ReviewCommand): RequiredReviewField[] {
  return REQUIRED_REVIEW_FIELDS.filter((field) => !command[field]?.trim());
}
