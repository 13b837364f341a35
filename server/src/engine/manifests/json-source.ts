/**
 * JSON manifests (package.json, composer.json) with source positions.
 *
 * JSON.parse decides whether the file is valid JSON (it is the strict parser, and its error says
 * where). Positions come from the `yaml` package's parser, which reads JSON (a YAML 1.2 flow
 * document) into a syntax tree with offsets. If that parser ever disagrees with a valid JSON file,
 * keys are located in the text instead, in document order.
 */
import { isMap, isPair, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import { ManifestError } from './errors';
import { LineIndex } from './positions';

export interface JsonEntry {
  key: string;
  /** Offsets of the key's text without its quotes. */
  keyStart: number;
  keyEnd: number;
  value: JsonValue;
}

export type JsonValue =
  | { kind: 'object'; entries: JsonEntry[] }
  | { kind: 'string'; value: string; /** offsets of the text between the quotes */ start: number; end: number }
  | { kind: 'other' };

/** Parses a JSON manifest; throws ManifestError (with line and column when known) if it is not valid JSON. */
export function parseJsonWithPositions(fileLabel: string, text: string): JsonValue {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw jsonError(fileLabel, text, error);
  }
  // Hostile input: the YAML parser (and recursive walks over its tree) cannot take 100,000 levels
  // of nesting; V8 has been seen to abort the whole process on it. No manifest nests that deep, and
  // the sections read here are near the top, so deep files take the flat path, which stops descending.
  if (maxNesting(text) > MAX_POSITIONED_DEPTH) return fromPlainValue(data, text, { offset: 0 }, 0);
  const document = parseDocument(text, { uniqueKeys: false, keepSourceTokens: false });
  if (document.errors.length === 0 && document.contents) {
    return fromYaml(document.contents as YamlNode);
  }
  return fromPlainValue(data, text, { offset: 0 }, 0);
}

/** Nesting deeper than this is not given to the YAML parser. */
const MAX_POSITIONED_DEPTH = 100;
/** Objects nested deeper than this are not walked (values there become `other`). */
const MAX_WALK_DEPTH = 32;

/** The deepest nesting of `[` and `{` outside strings; linear and allocation-free. */
function maxNesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c /* \\ */) i++;
      else if (code === 0x22 /* " */) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      if (++depth > deepest) deepest = depth;
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return deepest;
}

function jsonError(fileLabel: string, text: string, error: unknown): ManifestError {
  const raw = error instanceof Error ? error.message : String(error);
  const lines = new LineIndex(text);
  const positionMatch = /at position (\d+)/.exec(raw);
  // V8 words its messages differently per problem; keep only the description of the problem.
  const problem = raw
    .replace(/\s*(?:in JSON )?at position \d+.*$/s, '')
    .replace(/,\s*(?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '');
  if (positionMatch) {
    return new ManifestError(fileLabel, `invalid JSON: ${problem}`, lines.position(Number(positionMatch[1])));
  }
  if (/Unexpected end of JSON input/.test(raw)) {
    return new ManifestError(fileLabel, `invalid JSON: ${problem}`, lines.position(text.length));
  }
  const fromContext = offsetFromContext(raw, text);
  if (fromContext !== undefined) {
    return new ManifestError(fileLabel, `invalid JSON: ${problem}`, lines.position(fromContext));
  }
  // No offset in the message: ask the YAML parser where it stumbles.
  const document = parseDocument(text, { uniqueKeys: false });
  const linePos = document.errors[0]?.linePos?.[0];
  return new ManifestError(fileLabel, `invalid JSON: ${problem}`, linePos ? { line: linePos.line, column: linePos.col } : undefined);
}

/**
 * V8 words "Unexpected token" errors without an offset but quotes the text around the token: up to
 * 10 characters each side (its kMaxContextCharacters), with `...` where it cut the source. The
 * token's offset follows from where that excerpt is in the text. Short sources are quoted whole,
 * which says nothing about the offset.
 */
function offsetFromContext(message: string, text: string): number | undefined {
  const match = /^Unexpected token .*?, (\.\.\.)?"(.*)"(\.\.\.)? is not valid JSON$/s.exec(message);
  if (!match) return undefined;
  const [, cutBefore, excerpt, cutAfter] = match;
  const CONTEXT = 10;
  if (cutBefore && !cutAfter) return text.length - excerpt.length + CONTEXT; // excerpt runs to the end
  if (!cutBefore && cutAfter) return excerpt.length - CONTEXT; // excerpt starts at the beginning
  if (cutBefore && cutAfter) {
    const at = text.indexOf(excerpt);
    return at === -1 ? undefined : at + CONTEXT;
  }
  return undefined;
}

function fromYaml(node: YamlNode): JsonValue {
  if (isMap(node)) {
    const entries: JsonEntry[] = [];
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
      const [start, end] = pair.key.range;
      // Quoted keys: the name is between the quotes.
      const quoted = pair.key.type === 'QUOTE_DOUBLE' || pair.key.type === 'QUOTE_SINGLE';
      entries.push({
        key: String(pair.key.value),
        keyStart: quoted ? start + 1 : start,
        keyEnd: quoted ? end - 1 : end,
        value: pair.value ? fromYaml(pair.value as YamlNode) : { kind: 'other' },
      });
    }
    return { kind: 'object', entries };
  }
  if (isScalar(node) && typeof node.value === 'string' && node.range) {
    const [start, end] = node.range;
    return { kind: 'string', value: node.value, start: start + 1, end: end - 1 };
  }
  return { kind: 'other' };
}

/** Fallback: the parsed value, with each key found in the text after the previous one. */
function fromPlainValue(value: unknown, text: string, cursor: { offset: number }, depth: number): JsonValue {
  if (depth > MAX_WALK_DEPTH) return { kind: 'other' };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries: JsonEntry[] = [];
    for (const [key, child] of Object.entries(value)) {
      const quotedKey = JSON.stringify(key);
      const at = text.indexOf(quotedKey, cursor.offset);
      const keyStart = at === -1 ? cursor.offset : at + 1;
      const keyEnd = at === -1 ? cursor.offset : at + quotedKey.length - 1;
      if (at !== -1) cursor.offset = at + quotedKey.length;
      entries.push({ key, keyStart, keyEnd, value: fromPlainValue(child, text, cursor, depth + 1) });
    }
    return { kind: 'object', entries };
  }
  if (typeof value === 'string') {
    const quoted = JSON.stringify(value);
    const at = text.indexOf(quoted, cursor.offset);
    if (at !== -1) {
      cursor.offset = at + quoted.length;
      return { kind: 'string', value, start: at + 1, end: at + quoted.length - 1 };
    }
    return { kind: 'string', value, start: cursor.offset, end: cursor.offset };
  }
  return { kind: 'other' };
}

/** The entries of an object value, or none. The last of duplicate keys wins, as in JSON.parse. */
export function objectEntries(value: JsonValue | undefined): JsonEntry[] {
  if (!value || value.kind !== 'object') return [];
  const lastIndex = new Map<string, number>();
  value.entries.forEach((entry, index) => lastIndex.set(entry.key, index));
  return value.entries.filter((entry, index) => lastIndex.get(entry.key) === index);
}

/** The value of a key in an object value. */
export function member(value: JsonValue | undefined, key: string): JsonValue | undefined {
  return objectEntries(value).find((entry) => entry.key === key)?.value;
}
