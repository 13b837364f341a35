/**
 * The review record: `.exportlens/decisions.yaml` in the scanned repository, one decision per
 * module × category, kept in the repository so it is versioned and reviewed like code.
 *
 * Reading validates against `decisions.schema.json`; every problem names file:line:column. A file
 * with any problem is never written: a reviewer's hand edit with a typo must not be "repaired" away.
 * Writing goes through the yaml Document API, so comments, key order and entries this tool does not
 * know (decisions for modules that no longer exist) survive, and is atomic.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { Document, LineCounter, YAMLMap, isMap, parseDocument } from 'yaml';
import decisionsSchema from './decisions.schema.json';
import { YamlLocator, type YamlPath } from '../engine/catalogue/yaml-positions';
import { writeFileAtomically } from '../engine/atomic-write';
import type { FindingResult } from '../engine/result';
import { evidenceDigest } from './evidence-digest';
import { SourceTree } from './source-text';
import { EXPORTLENS_FOLDER } from './provenance';

export const DECISION_STATUSES = ['controlled', 'not-controlled', 'licence-required', 'licence-granted'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export interface Decision {
  module: string;
  category: string;
  status: DecisionStatus;
  reviewer: string;
  /** YYYY-MM-DD. */
  date: string;
  note?: string;
  /** The licence (or application) reference. */
  licence?: string;
  /** `sha256:` + hex; see evidence-digest.ts. */
  evidenceDigest?: string;
}

export interface DecisionsProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export interface DecisionsFile {
  /** Absolute path of the file (whether or not it exists). */
  file: string;
  exists: boolean;
  decisions: Decision[];
  /** Non-empty: the file is malformed; `decisions` is then empty and the file must not be written. */
  problems: DecisionsProblem[];
}

/** Thrown when a write is refused because the existing file is malformed. */
export class DecisionsFileError extends Error {
  constructor(readonly problems: DecisionsProblem[]) {
    super(`${problems.map(formatDecisionsProblem).join('\n')}\nthe review record was not changed; fix the file and try again`);
  }
}

export const DECISIONS_FILE = `${EXPORTLENS_FOLDER}/decisions.yaml`;

export function decisionsPath(root: string): string {
  return path.join(root, EXPORTLENS_FOLDER, 'decisions.yaml');
}

export function formatDecisionsProblem(problem: DecisionsProblem): string {
  const position = [problem.line, problem.column].filter((n) => n !== undefined).join(':');
  return `${problem.file}${position ? `:${position}` : ''}: ${problem.message}`;
}

/** Read and validate the review record of the repository at `root`. Never throws. */
export function readDecisions(root: string): DecisionsFile {
  const file = decisionsPath(root);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { file, exists: false, decisions: [], problems: [] };
    return { file, exists: true, decisions: [], problems: [{ file, message: `cannot read the review record: ${(error as Error).message}` }] };
  }
  const parsed = parseDecisionsText(text, file);
  return { file, exists: true, decisions: parsed.problems.length ? [] : parsed.decisions, problems: parsed.problems };
}

interface Parsed {
  document: Document;
  decisions: Decision[];
  problems: DecisionsProblem[];
}

function parseDecisionsText(text: string, file: string): Parsed {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    const problems = document.errors.map((error) => ({
      file,
      line: error.linePos?.[0].line,
      column: error.linePos?.[0].col,
      message: `YAML syntax error: ${error.message.split('\n')[0]}`,
    }));
    return { document, decisions: [], problems };
  }
  // An empty file is an empty record, not a broken one.
  if (document.contents === null) return { document, decisions: [], problems: [] };
  const data: unknown = document.toJS({ maxAliasCount: 50 });
  const locator = new YamlLocator(document, lineCounter);
  const problems = schemaProblems(data).map((p) => ({ file, ...locator.locate(p.path, { key: p.atKey }), message: p.message }));
  return { document, decisions: problems.length ? [] : flatten(data as DecisionsData), problems };
}

interface DecisionsData {
  version: 1;
  decisions: Record<string, Record<string, Omit<Decision, 'module' | 'category'>>>;
}

function flatten(data: DecisionsData): Decision[] {
  const decisions: Decision[] = [];
  for (const [module, categories] of Object.entries(data.decisions ?? {})) {
    for (const [category, entry] of Object.entries(categories ?? {})) decisions.push({ module, category, ...entry });
  }
  return decisions;
}

let validate: ValidateFunction | undefined;

function schemaProblems(data: unknown): { path: YamlPath; atKey?: boolean; message: string }[] {
  // strictRequired off: the `if licence-granted then required licence` rule names a property defined one level up.
  validate ??= new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(decisionsSchema);
  if (validate(data)) return [];
  const seen = new Set<string>();
  const problems: { path: YamlPath; atKey?: boolean; message: string }[] = [];
  for (const error of validate.errors ?? []) {
    if (error.keyword === 'if') continue; // its `then` error says what is wrong
    if (error.propertyName !== undefined && error.keyword !== 'propertyNames') continue; // the propertyNames error says it better
    const problem = describe(error);
    const key = `${problem.path.join('/')}|${problem.message}`;
    if (!seen.has(key)) problems.push(problem), seen.add(key);
  }
  return problems;
}

function describe(error: ErrorObject): { path: YamlPath; atKey?: boolean; message: string } {
  const path: YamlPath = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const where = path.length ? path.join(' › ') : 'the file';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return { path: [...path, String(params.additionalProperty)], atKey: true, message: `${where}: unknown property '${String(params.additionalProperty)}'` };
    case 'required':
      return { path, message: `${where}: missing required property '${String(params.missingProperty)}'` };
    case 'enum':
      return { path, message: `${where} must be one of ${DECISION_STATUSES.join(', ')}` };
    case 'const':
      return { path, message: `${where} must be ${JSON.stringify(params.allowedValue)}` };
    case 'pattern':
      return { path, message: `${where} must match ${String(params.pattern)}${path.at(-1) === 'date' ? ' (YYYY-MM-DD)' : ''}` };
    case 'propertyNames':
      // At `decisions` the keys are module paths; one level down they are category ids.
      return path.length === 1
        ? { path: [...path, String(params.propertyName)], atKey: true, message: `'${String(params.propertyName)}' is not a module path inside the repository ('.' or a relative path without '..')` }
        : { path: [...path, String(params.propertyName)], atKey: true, message: `${where}: '${String(params.propertyName)}' is not a category id` };
    default:
      return { path, message: `${where} ${error.message ?? 'is invalid'}` };
  }
}

const NEW_FILE_HEADER = [
  ' ExportLens review record: one decision per module and catalogue category.',
  ' Written by `exportlens review` (or the editor); hand edits are fine and are validated on every read.',
  ' status: controlled | not-controlled | licence-required | licence-granted (licence-granted needs `licence`).',
  ' evidenceDigest ties a decision to the evidence it was made on; reports mark it STALE when that changes.',
].join('\n');

/**
 * Add or replace one decision and write the file atomically. Other entries, comments and unknown
 * modules are kept. Throws `DecisionsFileError` (and writes nothing) when the existing file is malformed.
 */
export function setDecision(root: string, decision: Decision): { file: string; created: boolean; previous?: Decision } {
  const problems = validateDecision(decision);
  if (problems.length) throw new Error(`invalid decision for ${decision.module} × ${decision.category}: ${problems.join('; ')}`);
  const file = decisionsPath(root);
  assertRecordInsideRoot(root, file);
  // Optimistic concurrency: if another writer (a second terminal, the editor) changed the file while
  // this one merged, merge again from its version instead of overwriting its entry.
  for (let attempt = 0; ; attempt++) {
    const text = readRecordText(file);
    const outcome = mergeDecision(file, text, decision);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (readRecordText(file) !== text) {
      if (attempt < 5) continue;
      throw new Error(`${file} keeps changing while it is being written; try again`);
    }
    writeFileAtomically(file, outcome.content);
    return { file, created: text === undefined, ...(outcome.previous ? { previous: outcome.previous } : {}) };
  }
}

function readRecordText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new DecisionsFileError([{ file, message: `cannot read the review record: ${(error as Error).message}` }]);
  }
}

/**
 * The review record must stay inside the repository: a `.exportlens` folder or `decisions.yaml` that is
 * a symbolic link (a checked-out repository can contain one) would let a write land anywhere.
 */
export function assertRecordInsideRoot(root: string, file: string): void {
  for (const candidate of [path.dirname(file), file]) {
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(candidate);
    } catch {
      continue; // not there yet: it will be created as a plain folder / file
    }
    if (stat.isSymbolicLink()) throw new Error(`${candidate} is a symbolic link; the review record is only written to a plain file inside ${root}`);
  }
}

function mergeDecision(file: string, text: string | undefined, decision: Decision): { content: string; previous?: Decision } {
  let document: Document;
  let previous: Decision | undefined;
  if (text === undefined || text.trim() === '') {
    document = new Document({ version: 1, decisions: {} });
    document.commentBefore = NEW_FILE_HEADER;
  } else {
    const parsed = parseDecisionsText(text, file);
    if (parsed.problems.length) throw new DecisionsFileError(parsed.problems);
    document = parsed.document;
    previous = parsed.decisions.find((d) => d.module === decision.module && d.category === decision.category);
  }
  const modules = ensureBlockMap(document, ['decisions']);
  const categories = ensureBlockMap(document, ['decisions', decision.module], modules);
  const entry = categories.get(decision.category, true);
  const fields = entryFields(decision);
  if (isMap(entry)) {
    // Update in place so comments on and inside the entry stay where the reviewer put them.
    for (const key of ['status', 'reviewer', 'date', 'note', 'licence', 'evidenceDigest'] as const) {
      if (fields[key] === undefined) entry.delete(key);
      else entry.set(key, fields[key]);
    }
  } else {
    categories.set(decision.category, document.createNode(fields));
  }
  return { content: document.toString({ lineWidth: 0 }), ...(previous ? { previous } : {}) };
}

function ensureBlockMap(document: Document, keys: string[], parent?: YAMLMap): YAMLMap {
  let node = document.getIn(keys, true);
  if (!isMap(node)) {
    node = document.createNode({});
    if (parent) parent.set(keys[keys.length - 1], node);
    else document.setIn(keys, node);
  }
  (node as YAMLMap).flow = false;
  return node as YAMLMap;
}

function entryFields(decision: Decision): Record<'status' | 'reviewer' | 'date' | 'note' | 'licence' | 'evidenceDigest', string | undefined> {
  return {
    status: decision.status,
    reviewer: decision.reviewer,
    date: decision.date,
    note: decision.note || undefined,
    licence: decision.licence || undefined,
    evidenceDigest: decision.evidenceDigest,
  };
}

/** The checks the schema makes, for one decision before it is written (so a write never produces an invalid file). */
/**
 * A module key as the scan result writes it: `.` or a relative path with `/`, no `.`/`..` segments,
 * no backslash, drive letter or NUL. Anything else could point outside the repository.
 */
export const MODULE_PATH_PATTERN = '^(?:\\.|(?!\\.{1,2}(?:/|$))[^/\\\\:\\u0000]+(?:/(?!\\.{1,2}(?:/|$))[^/\\\\:\\u0000]+)*)$';
const MODULE_PATH = new RegExp(MODULE_PATH_PATTERN, 'u');

export function isSafeModulePath(module: string): boolean {
  return typeof module === 'string' && MODULE_PATH.test(module);
}

export function validateDecision(decision: Decision): string[] {
  const problems: string[] = [];
  if (!isSafeModulePath(decision.module)) problems.push(`module '${decision.module}' must be a module path inside the repository ('.' or a relative path such as services/api, without '..')`);
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(decision.category)) problems.push(`'${decision.category}' is not a category id`);
  if (!DECISION_STATUSES.includes(decision.status)) problems.push(`status must be one of ${DECISION_STATUSES.join(', ')} (got '${decision.status}')`);
  if (!decision.reviewer?.trim()) problems.push('reviewer is required');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(decision.date)) problems.push(`date must be YYYY-MM-DD (got '${decision.date}')`);
  if (decision.status === 'licence-granted' && !decision.licence?.trim()) problems.push('licence-granted needs a licence reference');
  return problems;
}

/** What an editor or the CLI passes to record a decision; the digest and (by default) the date are filled in. */
export interface DecisionInput {
  module: string;
  category: string;
  status: DecisionStatus;
  reviewer: string;
  note?: string;
  licence?: string;
  /** YYYY-MM-DD; defaults to today (UTC). */
  date?: string;
}

/**
 * Record a decision against the current evidence: `findings` is the current scan's findings (e.g.
 * `Workspace.result().findings` in the language server); their digest for module × category is
 * stored, so the decision goes stale when that evidence changes.
 */
export function recordDecision(root: string, input: DecisionInput, findings: readonly FindingResult[]): { file: string; created: boolean; decision: Decision; previous?: Decision } {
  const decision: Decision = {
    ...input,
    date: input.date ?? new Date().toISOString().slice(0, 10),
    evidenceDigest: evidenceDigest(findings, input.module, input.category, new SourceTree(root)),
  };
  const outcome = setDecision(root, decision);
  return { ...outcome, decision };
}
