/**
 * Schema validation of a parsed catalogue file with ajv, and translation of ajv's errors into plain
 * words placed at the offending YAML node ("weight must be <= 1 (got 1.5)", "unknown property 'wieght'").
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import catalogueSchema from '../../../../catalogue/schema.json';
import type { YamlPath } from './yaml-positions';

/** A schema problem before positions are attached: where (path) and what (message). */
export interface PathProblem {
  path: YamlPath;
  /** Locate the key at `path` (its last segment) rather than a value. */
  atKey?: boolean;
  message: string;
}

let validator: ValidateFunction | undefined;

function getValidator(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: true });
    validator = ajv.compile(catalogueSchema);
  }
  return validator;
}

/** Validate `data` (the YAML as plain JS); returns one problem per distinct error. */
export function validateAgainstSchema(data: unknown): PathProblem[] {
  const validate = getValidator();
  if (validate(data)) return [];
  const problems: PathProblem[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const problem = describeError(error, data);
    const key = problem.path.join('/') + '|' + problem.message;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function describeError(error: ErrorObject, root: unknown): PathProblem {
  const path = parsePointer(error.instancePath);
  const value = valueAt(root, path);
  const prefix = contextPrefix(root, path);
  const field = fieldName(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const property = String(params.additionalProperty);
      return { path: [...path, property], atKey: true, message: `${prefix}unknown property '${property}'` };
    }
    case 'required':
      return { path, message: `${prefix}${field ? field + ': ' : ''}missing required property '${String(params.missingProperty)}'` };
    case 'maximum':
      return { path, message: `${prefix}${field} must be ${String(params.comparison)} ${String(params.limit)} (got ${show(value)})` };
    case 'minimum':
      return { path, message: `${prefix}${field} must be ${String(params.comparison)} ${String(params.limit)} (got ${show(value)})` };
    case 'type':
      return { path, message: `${prefix}${field || 'the file'} must be ${article(String(params.type))} (got ${typeName(value)})` };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String).join(', ');
      return { path, message: `${prefix}${field} must be one of: ${allowed} (got ${show(value)})` };
    }
    case 'pattern':
      return { path, message: `${prefix}${field} ${show(value)} does not have the required form (pattern ${String(params.pattern)})` };
    case 'minLength':
      return { path, message: `${prefix}${field} must not be empty` };
    case 'minItems':
      return { path, message: `${prefix}${field} must have at least ${String(params.limit)} item(s)` };
    case 'uniqueItems':
      return { path, message: `${prefix}${field} lists the same value twice` };
    default:
      return { path, message: `${prefix}${field ? field + ' ' : ''}${error.message ?? 'is invalid'}` };
  }
}

/** `/categories/0/signals/3/weight` → `['categories', 0, 'signals', 3, 'weight']`. */
function parsePointer(pointer: string): YamlPath {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment));
}

function valueAt(root: unknown, path: YamlPath): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** `signal "py-import-x": ` or `category "cn.x": ` so the reader knows which entry is meant. */
export function contextPrefix(root: unknown, path: YamlPath): string {
  if (path[0] !== 'categories' || typeof path[1] !== 'number') return '';
  const category = valueAt(root, path.slice(0, 2)) as { id?: unknown } | undefined;
  const categoryName = typeof category?.id === 'string' ? `category "${category.id}"` : `category #${path[1] + 1}`;
  if (path[2] === 'signals' && typeof path[3] === 'number') {
    const signal = valueAt(root, path.slice(0, 4)) as { id?: unknown } | undefined;
    if (typeof signal?.id === 'string') return `signal "${signal.id}": `;
    return `${categoryName}, signal #${path[3] + 1}: `;
  }
  return `${categoryName}: `;
}

/** The name of the field at `path`: `weight`, `languages[2]`, or '' for an entry itself. */
function fieldName(path: YamlPath): string {
  const last = path[path.length - 1];
  if (typeof last === 'string') return last;
  const parent = path[path.length - 2];
  if (typeof last === 'number' && typeof parent === 'string' && parent !== 'categories' && parent !== 'signals') {
    return `${parent}[${last}]`;
  }
  return '';
}

function show(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 60 ? value.slice(0, 57) + '...' : value}'`;
  if (value === undefined) return 'nothing';
  return JSON.stringify(value) ?? String(value);
}

function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${show(value)}`;
}

function article(type: string): string {
  if (type === 'object') return 'a mapping';
  if (type === 'array') return 'a list';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
