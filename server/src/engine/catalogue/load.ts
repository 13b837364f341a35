/**
 * Loading catalogue files: YAML → schema → semantic checks → `Catalogue`. A file with any problem is
 * reported and skipped as a whole (half a catalogue would silently miss categories); other files still
 * load. Every problem names the file and, when it comes from the content, the line and column.
 */
import * as fs from 'fs';
import * as path from 'path';
import { copyContentHash, rememberContentHash, sha256 } from './digest';
import type { PathProblem } from './schema-validation';
import type { CatalogueFileData } from './semantic-checks';
import type { YamlPosition } from './yaml-positions';
import { readCompiledCatalogue, writeCompiledCatalogue } from './compiled-cache';
import type { Catalogue, CatalogueProblem, Category } from '../types';

// The YAML parser, ajv and the checks are required only when a file is not in the compiled cache:
// loading them is a good part of the language server's start-up time.
const lazyYaml = () => require('yaml') as typeof import('yaml');
const lazySchema = () => require('./schema-validation') as typeof import('./schema-validation');
const lazyChecks = () => require('./semantic-checks') as typeof import('./semantic-checks');
const lazyPositions = () => require('./yaml-positions') as typeof import('./yaml-positions');

export interface LoadCataloguesOptions {
  /** Category ids to leave out. */
  disabled?: string[];
  /** If non-empty, keep only these category ids. */
  only?: string[];
  /** Named in problems about unknown ids in `disabled`/`only` (e.g. the settings file). */
  optionsSource?: string;
}

/** Where each category's `id` is written, for problems found across files. */
const categoryIdPositions = new WeakMap<Catalogue, Map<string, YamlPosition>>();

/** Load and validate one catalogue file. `catalogue` is absent when the file has any problem. */
export function loadCatalogueFile(absPath: string): { catalogue?: Catalogue; problems: CatalogueProblem[] } {
  let text: string;
  try {
    text = fs.readFileSync(absPath, 'utf8');
  } catch (error) {
    return { problems: [{ file: absPath, message: `cannot read catalogue file: ${(error as Error).message}` }] };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const compiled = readCompiledCatalogue(text);
  if (compiled) return { catalogue: toCatalogue(compiled.data as CatalogueFileData, absPath, text, new Map(compiled.categoryIdPositions)), problems: [] };

  const { LineCounter, parseDocument } = lazyYaml();
  const { validateAgainstSchema } = lazySchema();
  const { semanticProblems } = lazyChecks();
  const { YamlLocator } = lazyPositions();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      problems: document.errors.map((error) => ({
        file: absPath,
        line: error.linePos?.[0].line,
        column: error.linePos?.[0].col,
        message: `YAML syntax error: ${firstSentence(error.message)}`,
      })),
    };
  }
  if (document.contents === null) {
    return { problems: [{ file: absPath, line: 1, column: 1, message: 'the file is empty: a catalogue needs id, title, version, jurisdiction, revisions and categories' }] };
  }

  const locator = new YamlLocator(document, lineCounter);
  const place = (problem: PathProblem): CatalogueProblem => {
    const position = locator.locate(problem.path, { key: problem.atKey });
    return { file: absPath, line: position.line, column: position.column, message: problem.message };
  };

  const data: unknown = document.toJS({ maxAliasCount: 100 });
  const schemaProblems = validateAgainstSchema(data);
  if (schemaProblems.length > 0) return { problems: schemaProblems.map(place) };

  const fileData = data as CatalogueFileData;
  const checks = semanticProblems(fileData, locator);
  if (checks.length > 0) return { problems: checks.map(place) };

  const positions = new Map<string, YamlPosition>();
  fileData.categories.forEach((category, index) => positions.set(category.id, locator.locate(['categories', index, 'id'])));
  writeCompiledCatalogue(text, { data: fileData, categoryIdPositions: [...positions] });
  return { catalogue: toCatalogue(fileData, absPath, text, positions), problems: [] };
}

/** The loaded form of validated file data (from the YAML, or from the compiled cache). */
function toCatalogue(fileData: CatalogueFileData, absPath: string, text: string, positions: Map<string, YamlPosition>): Catalogue {
  const catalogue: Catalogue = {
    id: fileData.id,
    title: fileData.title,
    version: fileData.version,
    jurisdiction: fileData.jurisdiction,
    revisions: fileData.revisions,
    categories: fileData.categories.map(
      (category): Category => ({
        ...category,
        signals: category.signals.map((signal) => ({ ...signal, role: signal.role ?? 'positive' })),
      }),
    ),
    sourcePath: absPath,
  };
  rememberContentHash(catalogue, sha256(text));
  categoryIdPositions.set(catalogue, positions);
  return catalogue;
}

/**
 * Load several catalogue files. Broken files are reported and skipped; a category id already loaded
 * from an earlier file is reported and the later one dropped (first wins, so built-ins listed first
 * cannot be shadowed by accident); a catalogue id loaded twice skips the later file. `disabled` and
 * `only` then filter categories; ids that name no loaded category are reported, not fatal.
 */
export function loadCatalogues(paths: string[], options: LoadCataloguesOptions = {}): { catalogues: Catalogue[]; problems: CatalogueProblem[] } {
  const problems: CatalogueProblem[] = [];
  const catalogues: Catalogue[] = [];
  const categoryOwners = new Map<string, string>();
  const catalogueOwners = new Map<string, string>();

  for (const file of paths) {
    const loaded = loadCatalogueFile(path.resolve(file));
    problems.push(...loaded.problems);
    const catalogue = loaded.catalogue;
    if (!catalogue) continue;

    const earlierFile = catalogueOwners.get(catalogue.id);
    if (earlierFile !== undefined) {
      problems.push({ file: catalogue.sourcePath, line: 1, column: 1, message: `catalogue id '${catalogue.id}' is already loaded from ${earlierFile}; this file is skipped` });
      continue;
    }
    catalogueOwners.set(catalogue.id, catalogue.sourcePath);

    const kept: Category[] = [];
    for (const category of catalogue.categories) {
      const owner = categoryOwners.get(category.id);
      if (owner !== undefined) {
        const position = categoryIdPositions.get(catalogue)?.get(category.id);
        problems.push({
          file: catalogue.sourcePath,
          line: position?.line,
          column: position?.column,
          message: `duplicate category id '${category.id}': already loaded from ${owner}; this one is skipped`,
        });
        continue;
      }
      categoryOwners.set(category.id, catalogue.sourcePath);
      kept.push(category);
    }
    catalogues.push(kept.length === catalogue.categories.length ? catalogue : withCategories(catalogue, kept));
  }

  const filtered = applyCategoryFilter(catalogues, options, problems, categoryOwners);
  return { catalogues: filtered, problems };
}

function applyCategoryFilter(
  catalogues: Catalogue[],
  options: LoadCataloguesOptions,
  problems: CatalogueProblem[],
  known: Map<string, string>,
): Catalogue[] {
  const disabled = new Set(options.disabled ?? []);
  const only = new Set(options.only ?? []);
  const source = options.optionsSource ?? 'ExportLens options';
  for (const [setting, ids] of [['disabled', disabled], ['only', only]] as const) {
    for (const id of ids) {
      if (!known.has(id)) {
        problems.push({ file: source, message: `${setting} category '${id}' is not defined by any loaded catalogue (known: ${[...known.keys()].join(', ') || 'none'})` });
      }
    }
  }
  if (disabled.size === 0 && only.size === 0) return catalogues;
  return catalogues.map((catalogue) => {
    const kept = catalogue.categories.filter((category) => !disabled.has(category.id) && (only.size === 0 || only.has(category.id)));
    return kept.length === catalogue.categories.length ? catalogue : withCategories(catalogue, kept);
  });
}

/** A copy with fewer categories that keeps the original's content hash for `catalogueDigest`. */
function withCategories(catalogue: Catalogue, categories: Category[]): Catalogue {
  const copy: Catalogue = { ...catalogue, categories };
  const positions = categoryIdPositions.get(catalogue);
  if (positions) categoryIdPositions.set(copy, positions);
  copyContentHash(catalogue, copy);
  return copy;
}

/** `cn.yaml:42:9: message`, the form used in logs and the CLI. */
export function formatCatalogueProblem(problem: CatalogueProblem, relativeTo?: string): string {
  const file = relativeTo ? path.relative(relativeTo, problem.file) || problem.file : problem.file;
  const where = problem.line !== undefined ? `:${problem.line}${problem.column !== undefined ? `:${problem.column}` : ''}` : '';
  return `${file}${where}: ${problem.message}`;
}

/** yaml's pretty messages end with " at line X, column Y:" and a source excerpt; keep the sentence. */
function firstSentence(message: string): string {
  return message.split(/ at line \d+, column \d+/)[0].split('\n')[0].trim();
}
