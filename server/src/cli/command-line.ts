/**
 * Parsing a command's arguments: node's own parser, strict (an unknown option is a mistake, not
 * something to ignore), with every parse failure turned into a UsageError so that it exits 2 with
 * the command's usage.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in the command line: reported with the usage text, exit code 2. */
export class UsageError extends Error {}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

export function parseCommandLine<const O extends OptionsConfig>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, allowPositionals: true as const, strict: true as const, options });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
