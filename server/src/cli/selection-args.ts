/**
 * The options every command that scans or loads catalogues shares: which catalogues and categories
 * (`--catalogue`, `--only`, ...), and for commands that scan, which files. One spec and one reading of
 * it, so `scan`, `report`, `review` and `merge` accept and check them the same way.
 */
import { UsageError } from './command-line';

/** parseArgs option specs for choosing catalogues and categories. */
export const CATALOGUE_OPTIONS = {
  catalogue: { type: 'string', multiple: true },
  'no-builtin-catalogues': { type: 'boolean' },
  only: { type: 'string', multiple: true },
  disable: { type: 'string', multiple: true },
} as const;

/** parseArgs option specs for choosing what is scanned and against which catalogues. */
export const SELECTION_OPTIONS = {
  ...CATALOGUE_OPTIONS,
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

/** Which catalogues are loaded and which of their categories are active. */
export interface CatalogueChoice {
  catalogues: string[];
  noBuiltinCatalogues: boolean;
  only: string[];
  disable: string[];
}

/** What is scanned and against which catalogues. */
export interface WorkspaceSelection extends CatalogueChoice {
  path?: string;
  include: string[];
  exclude: string[];
  maxFileSize?: number;
  quiet: boolean;
}

type CatalogueValues = {
  catalogue?: string[];
  'no-builtin-catalogues'?: boolean;
  only?: string[];
  disable?: string[];
};

type SelectionValues = CatalogueValues & {
  include?: string[];
  exclude?: string[];
  'max-file-size'?: string;
  quiet?: boolean;
};

export function catalogueChoiceFrom(values: CatalogueValues): CatalogueChoice {
  return {
    catalogues: values.catalogue ?? [],
    noBuiltinCatalogues: values['no-builtin-catalogues'] ?? false,
    only: splitList(values.only),
    disable: splitList(values.disable),
  };
}

export function selectionFrom(values: SelectionValues, positionals: string[], command: string): WorkspaceSelection {
  if (positionals.length > 1) throw new UsageError(`${command} takes at most one path, got ${positionals.length}: ${positionals.join(' ')}`);
  return {
    path: positionals[0],
    ...catalogueChoiceFrom(values),
    include: values.include ?? [],
    exclude: values.exclude ?? [],
    maxFileSize: values['max-file-size'] === undefined ? undefined : parseSize(values['max-file-size']),
    quiet: values.quiet ?? false,
  };
}

/** Repeatable options that also take comma-separated lists (`--only a,b --only c`). */
export function splitList(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kKmMgG]i?[bB]?)?$/.exec(text.trim());
  if (!match) throw new UsageError(`--max-file-size must be a number of bytes, optionally with k or m (got '${text}')`);
  const unit = (match[2] ?? '').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(match[1]) * factor);
}
