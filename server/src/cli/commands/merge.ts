/**
 * `exportlens merge a.json b.json ...`: join the shard reports of `scan --shard K/N` runs into the
 * report one machine would have written. Catalogue options must match the scans' (checked by digest).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCommandLine } from '../command-line';
import { UsageError, parseFailOn, parseOutputFormat, type FailOn, type OutputFormat } from '../scan-args';
import { CATALOGUE_OPTIONS, catalogueChoiceFrom, type CatalogueChoice } from '../selection-args';
import { loadCatalogueSet } from '../catalogue-set';
import type { CliCommand, CliIo } from '../io';
import { buildResult } from '../../engine/scan';
import { mergeShardParts, parseShardReport } from '../../engine/workers/shard-report';
import { compareStrings } from '../../engine/classify';
import { writeFileAtomically } from '../../engine/atomic-write';
import { renderResult, thresholdReached } from './scan';

export const MERGE_USAGE = `Usage: exportlens merge SHARD.json... [options]

Joins the shard reports written by 'exportlens scan --shard K/N' (all N of them) into one report,
identical to a scan of the whole tree on one machine. See docs/scaling.md.

Options:
  --format text|json|sarif   output format (default: text)
  --output FILE              write the report to FILE instead of stdout
  --fail-on info|warning|error|none
                             exit 1 when a finding of this severity or worse is present (default: none)
  --catalogue FILE           an extra catalogue file (repeatable); as given to the scans
  --no-builtin-catalogues    as given to the scans
  --only ID[,ID]             as given to the scans
  --disable ID[,ID]          as given to the scans
  --root PATH                the scanned folder named by text reports (default: the one in the shards)

Exit codes: 0 done, 1 --fail-on threshold reached, 2 usage error or shards that do not fit together.
`;

export interface MergeCommand extends CatalogueChoice {
  files: string[];
  format: OutputFormat;
  output?: string;
  failOn: FailOn;
  root?: string;
}

export const mergeCommand: CliCommand = {
  name: 'merge',
  summary: 'join shard reports of `scan --shard K/N` into one report',
  usage: MERGE_USAGE,
  run: (argv, io) => runMerge(parseMergeArguments(argv), io),
};

export function parseMergeArguments(argv: string[]): MergeCommand {
  const parsed = parseCommandLine(argv, {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    'fail-on': { type: 'string' },
    ...CATALOGUE_OPTIONS,
    root: { type: 'string' },
  });
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError('merge needs the shard reports to join');
  return {
    files: positionals,
    format: parseOutputFormat(values.format ?? 'text'),
    output: values.output,
    failOn: parseFailOn(values['fail-on']),
    ...catalogueChoiceFrom(values),
    root: values.root,
  };
}

async function runMerge(command: MergeCommand, io: CliIo): Promise<number> {
  const shards = command.files.map((file) => {
    const absolute = path.resolve(io.cwd, file);
    let text: string;
    try {
      text = fs.readFileSync(absolute, 'utf8');
    } catch (error) {
      throw new Error(`cannot read shard report ${file}: ${(error as Error).message}`);
    }
    return { report: parseShardReport(text, file), source: file };
  });
  const { catalogues, problems } = loadCatalogueSet(
    { extraFiles: command.catalogues, noBuiltin: command.noBuiltinCatalogues, only: command.only, disable: command.disable },
    io,
  );
  const { parts, options, root } = mergeShardParts(shards, catalogues);
  const result = buildResult(parts, catalogues, options);
  // As `scan` does: catalogue problems join the errors, in the same order.
  result.errors.push(...problems);
  result.errors.sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.message, b.message));
  const output = renderResult(command.format, result, catalogues, command.root ? path.resolve(io.cwd, command.root) : root);
  if (command.output) writeFileAtomically(path.resolve(io.cwd, command.output), output);
  else io.stdout.write(output);
  return thresholdReached(result, command.failOn) ? 1 : 0;
}
