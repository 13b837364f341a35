/**
 * `exportlens review [path]`: record a reviewer's decision for one module × category in
 * `.exportlens/decisions.yaml`, tied to a digest of the evidence as it is now. Missing fields are
 * asked for on a terminal (node:readline) and named in the error otherwise, so CI never hangs on a
 * prompt. A malformed review record is reported with file:line and left untouched.
 */
import * as readline from 'node:readline/promises';
import { parseReviewArguments, missingReviewFields, REVIEW_USAGE, type ReviewCommand, type RequiredReviewField } from '../review-args';
import { UsageError } from '../scan-args';
import type { CliCommand, CliIo } from '../io';
import { scanSelection } from './report';
import { DECISION_STATUSES, DECISIONS_FILE, DecisionsFileError, recordDecision, type DecisionStatus } from '../../report/decisions';
import { checkDecisionTarget } from '../../report/decision-target';
import { dayOf, parseDateOption, resolveReportDate } from '../../report/report-date';
import type { ScanResult } from '../../engine/result';
import type { Catalogue } from '../../engine/types';

/** The CLI's streams plus the input a prompt reads; without `stdin` the command never prompts. */
export interface ReviewIo extends CliIo {
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
}

export const reviewCommand: CliCommand = {
  name: 'review',
  summary: 'record a review decision in .exportlens/decisions.yaml',
  usage: REVIEW_USAGE,
  run: (argv, io) => runReview(parseReviewArguments(argv), io),
};

const FLAG_OF: Record<RequiredReviewField, string> = { module: '--module', category: '--category', status: '--status', reviewer: '--reviewer' };

export async function runReview(command: ReviewCommand, io: ReviewIo): Promise<number> {
  // The real process's stdin only when the CLI runs with the real streams (not in-process tests).
  const stdin = io.stdin ?? (io.stdout === process.stdout ? process.stdin : undefined);
  const interactive = stdin?.isTTY === true;
  let missing = missingReviewFields(command);
  if (missing.length && !interactive) {
    throw new UsageError(`missing ${missing.map((f) => FLAG_OF[f]).join(', ')} (stdin is not a terminal, so they cannot be asked for)`);
  }
  let date: string;
  try {
    date = command.date !== undefined ? dayOf(parseDateOption(command.date)) : dayOf(resolveReportDate(undefined));
  } catch (error) {
    throw new UsageError(`--date: ${(error as Error).message}`);
  }
  const scan = await scanSelection(command, io);
  if (missing.length) {
    command = await prompt(command, missing, scan.result, scan.catalogues, stdin!, io.stderr);
    missing = missingReviewFields(command);
    if (missing.length) throw new UsageError(`missing ${missing.map((f) => FLAG_OF[f]).join(', ')}`);
  }
  const module = command.module!.trim();
  const category = command.category!.trim();
  const { detected } = checkDecisionTarget(module, category, scan.result, scan.catalogues);
  if (!detected) io.stderr.write(`exportlens: warning: ${category} is not detected in ${module} now; the decision records the absence of evidence and goes stale when evidence appears\n`);
  try {
    const outcome = recordDecision(
      scan.root,
      {
        module,
        category,
        status: command.status!,
        reviewer: command.reviewer!.trim(),
        date,
        ...(command.note ? { note: command.note } : {}),
        ...(command.licence ? { licence: command.licence } : {}),
      },
      scan.result.findings,
    );
    const verb = outcome.previous ? 'replaced the decision' : 'recorded a decision';
    io.stderr.write(`exportlens: ${verb} for ${module} × ${category}: ${outcome.decision.status} by ${outcome.decision.reviewer} on ${outcome.decision.date} in ${DECISIONS_FILE} (evidence ${outcome.decision.evidenceDigest})\n`);
    return 0;
  } catch (error) {
    if (error instanceof DecisionsFileError) {
      io.stderr.write(`exportlens review: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/** Ask for each missing field on the terminal, offering the scan's modules and categories as numbered choices. */
async function prompt(
  command: ReviewCommand,
  missing: RequiredReviewField[],
  result: ScanResult,
  catalogues: readonly Catalogue[],
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<ReviewCommand> {
  const rl = readline.createInterface({ input, output, terminal: false });
  const next = { ...command };
  const choose = async (question: string, options: string[]): Promise<string> => {
    options.forEach((option, i) => output.write(`  ${i + 1}. ${option}\n`));
    const answer = (await rl.question(`${question} `)).trim();
    const index = Number(answer);
    return Number.isInteger(index) && index >= 1 && index <= options.length ? options[index - 1] : answer;
  };
  try {
    for (const field of missing) {
      if (field === 'module') {
        const needing = result.modules.filter((m) => m.categories.length > 0).map((m) => m.path);
        next.module = await choose('Module (number or path):', needing.length ? needing : result.modules.map((m) => m.path));
      } else if (field === 'category') {
        const inModule = result.modules.find((m) => m.path === next.module)?.categories.map((c) => c.id) ?? [];
        next.category = await choose('Category (number or id):', inModule.length ? inModule : catalogues.flatMap((c) => c.categories.map((k) => k.id)));
      } else if (field === 'status') {
        const status = await choose('Status (number or name):', [...DECISION_STATUSES]);
        if (!(DECISION_STATUSES as readonly string[]).includes(status)) throw new UsageError(`status must be one of ${DECISION_STATUSES.join(', ')} (got '${status}')`);
        next.status = status as DecisionStatus;
      } else {
        next.reviewer = (await rl.question('Reviewer name: ')).trim();
      }
    }
    if (next.note === undefined) next.note = (await rl.question('Note (optional): ')).trim() || undefined;
    if (next.status === 'licence-granted' && !next.licence) next.licence = (await rl.question('Licence reference: ')).trim() || undefined;
  } finally {
    rl.close();
  }
  return next;
}
