/**
 * Loading the catalogues a command applies: the built-in ones (unless turned off) plus the user's.
 * A broken catalogue file is reported on stderr, naming file, line and column, and the others still
 * load; only when none loads is it fatal.
 */
import * as path from 'node:path';
import type { Catalogue } from '../engine/types';
import type { ErrorEntry } from '../engine/result';
import { loadCatalogues } from '../engine/catalogue/load';
import { builtinCataloguePaths } from '../engine/catalogue/location';
import type { CliIo } from './io';

export interface CatalogueSelection {
  extraFiles: string[];
  noBuiltin: boolean;
  only: string[];
  disable: string[];
}

export function loadCatalogueSet(selection: CatalogueSelection, io: CliIo): { catalogues: Catalogue[]; problems: ErrorEntry[] } {
  const paths = [...(selection.noBuiltin ? [] : builtinCataloguePaths()), ...selection.extraFiles.map((p) => path.resolve(io.cwd, p))];
  if (paths.length === 0) throw new Error('no catalogue to apply: --no-builtin-catalogues needs at least one --catalogue FILE');
  const { catalogues, problems } = loadCatalogues(paths, { disabled: selection.disable, only: selection.only });
  const entries: ErrorEntry[] = [];
  for (const problem of problems) {
    const position = [problem.line, problem.column].filter((part) => part !== undefined).join(':');
    io.stderr.write(`exportlens: catalogue problem: ${problem.file}${position ? `:${position}` : ''}: ${problem.message}\n`);
    entries.push({ path: problem.file, message: `catalogue${position ? ` ${position}` : ''}: ${problem.message}` });
  }
  if (catalogues.length === 0) throw new Error('no catalogue could be loaded (see the problems above)');
  return { catalogues, problems: entries };
}
