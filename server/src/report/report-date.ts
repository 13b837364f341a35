/**
 * The date a report or a decision carries. Reproducible builds and tests need a fixed clock, so the
 * date comes from, in order: an explicit `--date`, the `SOURCE_DATE_EPOCH` environment variable
 * (seconds since 1970, the reproducible-builds.org convention), and only then the real clock.
 */

/** Parses `YYYY-MM-DD` or a full ISO 8601 date-time (with `Z` or an offset); throws on anything else. */
export function parseDateOption(text: string): Date {
  const trimmed = text.trim();
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const date = dateOnly
    ? new Date(Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])))
    : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(trimmed)
      ? new Date(trimmed)
      : new Date(NaN);
  // Date.UTC rolls 2025-02-30 over to March; a legal record must not silently change a typed date.
  if (Number.isNaN(date.getTime()) || (dateOnly && date.toISOString().slice(0, 10) !== trimmed)) {
    throw new Error(`'${text}' is not a date (use YYYY-MM-DD or an ISO 8601 date-time such as 2026-01-31T09:00:00Z)`);
  }
  return date;
}

/** The SOURCE_DATE_EPOCH date, if the variable is set; throws when it is set but not a whole number. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const value = env.SOURCE_DATE_EPOCH;
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value.trim())) throw new Error(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970 (got '${value}')`);
  return new Date(Number(value.trim()) * 1000);
}

/** `--date` if given, else SOURCE_DATE_EPOCH, else now. */
export function resolveReportDate(option: string | undefined, env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): Date {
  if (option !== undefined) return parseDateOption(option);
  return sourceDateEpoch(env) ?? now();
}

/** `YYYY-MM-DD` in UTC, as decisions record it. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
