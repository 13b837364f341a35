/**
 * Checks the schema cannot express: cross-references inside the file (revision ids), duplicate ids,
 * regular expressions that RE2 must accept, constant tables, and fields that only make sense for
 * some signal kinds. Runs only on files that passed the schema, so the shapes are known.
 */
import { parseConstantTable } from './constant-table';
import { describePatternError } from './patterns';
import type { PathProblem } from './schema-validation';
import { contextPrefix } from './schema-validation';
import type { YamlLocator, YamlPath } from './yaml-positions';
import type { Category, CatalogueRevision, Signal } from '../types';

/** The file as written: like `Catalogue` without `sourcePath`, and `role` optional. */
export interface CatalogueFileData {
  id: string;
  title: string;
  version: string;
  jurisdiction: string;
  revisions: CatalogueRevision[];
  categories: (Omit<Category, 'signals'> & { signals: (Omit<Signal, 'role'> & { role?: Signal['role'] })[] })[];
}

const IDENTIFIER_TERM = /^[a-z0-9]+( [a-z0-9]+){0,2}$/;

export function semanticProblems(data: CatalogueFileData, locator: YamlLocator): PathProblem[] {
  const problems: PathProblem[] = [];
  const add = (path: YamlPath, message: string) => problems.push({ path, message: contextPrefix(data, path) + message });
  const firstLine = (path: YamlPath) => locator.locate(path).line;

  const revisionIds = new Map<string, number>();
  data.revisions.forEach((revision, index) => {
    const earlier = revisionIds.get(revision.id);
    if (earlier !== undefined) {
      add(['revisions', index, 'id'], `duplicate revision id '${revision.id}' (first defined on line ${firstLine(['revisions', earlier, 'id'])})`);
    } else revisionIds.set(revision.id, index);
  });
  const knownRevisions = [...revisionIds.keys()].join(', ');
  if (!revisionIds.has(data.version)) {
    add(['version'], `version '${data.version}' is not one of the file's revisions (${knownRevisions})`);
  }

  const categoryIds = new Map<string, number>();
  data.categories.forEach((category, c) => {
    const base: YamlPath = ['categories', c];
    const earlier = categoryIds.get(category.id);
    if (earlier !== undefined) {
      add([...base, 'id'], `duplicate category id '${category.id}' (first defined on line ${firstLine(['categories', earlier, 'id'])})`);
    } else categoryIds.set(category.id, c);

    if (!revisionIds.has(category.revision)) {
      add([...base, 'revision'], `revision '${category.revision}' is not one of the file's revisions (${knownRevisions})`);
    }
    category.history?.forEach((entry, h) => {
      if (!revisionIds.has(entry.revision)) {
        add([...base, 'history', h, 'revision'], `history revision '${entry.revision}' is not one of the file's revisions (${knownRevisions})`);
      }
    });

    const signalIds = new Map<string, number>();
    category.signals.forEach((signal, s) => {
      const path: YamlPath = [...base, 'signals', s];
      const earlierSignal = signalIds.get(signal.id);
      if (earlierSignal !== undefined) {
        add([...path, 'id'], `duplicate signal id '${signal.id}' in category '${category.id}' (first defined on line ${firstLine([...base, 'signals', earlierSignal, 'id'])})`);
      } else signalIds.set(signal.id, s);
      for (const message of signalProblems(signal)) add([...path, message.field], message.text);
    });
  });
  return problems;
}

function signalProblems(signal: CatalogueFileData['categories'][number]['signals'][number]): { field: string; text: string }[] {
  const out: { field: string; text: string }[] = [];
  switch (signal.kind) {
    case 'literal':
    case 'notice': {
      const error = describePatternError(signal.match);
      if (error) out.push({ field: 'match', text: error });
      break;
    }
    case 'constant': {
      const parsed = parseConstantTable(signal.match);
      if ('error' in parsed) out.push({ field: 'match', text: parsed.error });
      break;
    }
    case 'identifier':
      // `a b & c d`: terms that must all appear in the same file's identifiers (each one to three words).
      if (!signal.match.split(' & ').every((term) => IDENTIFIER_TERM.test(term)) || signal.match.split(' & ').length > 3) {
        out.push({ field: 'match', text: `identifier match '${signal.match}' must be one to three lowercase words separated by single spaces (e.g. 'user embedding'), or up to three such terms joined by ' & ' that must all appear in one file (e.g. 'n users & n items')` });
      }
      break;
    default:
      break;
  }
  if (signal.argumentPattern !== undefined) {
    if (signal.kind !== 'call') out.push({ field: 'argumentPattern', text: `argumentPattern applies only to call signals (this is a ${signal.kind} signal)` });
    const error = describePatternError(signal.argumentPattern);
    if (error) out.push({ field: 'argumentPattern', text: error });
  }
  if (signal.ecosystems !== undefined && signal.kind !== 'dependency') {
    out.push({ field: 'ecosystems', text: `ecosystems applies only to dependency signals (this is a ${signal.kind} signal)` });
  }
  if (signal.languages !== undefined && signal.kind === 'dependency') {
    out.push({ field: 'languages', text: `languages does not apply to dependency signals; use ecosystems` });
  }
  return out;
}
