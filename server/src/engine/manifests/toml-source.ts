/**
 * TOML manifests (pyproject.toml, Pipfile, Cargo.toml): values from smol-toml, positions from a
 * key index built over the text afterwards.
 *
 * smol-toml gives values but no positions. The index records, for every `key = value` line and
 * every `[table]` header, the full key path and the offsets of the last key segment and of the
 * value. It only needs to find keys, not to understand values, so it lexes just enough (strings,
 * comments, bracket depth) to tell a key line from the inside of a multi-line array or string.
 * The text is already known to be valid TOML when the index is built.
 */
import type * as SmolToml from 'smol-toml' with { 'resolution-mode': 'import' };
import type { Dependency, Ecosystem } from '../types';
import { ManifestError } from './errors';
import { dependency, type LineIndex } from './positions';

// smol-toml ships a CommonJS build (its `exports.require`), but declares its types as ESM only,
// so TypeScript refuses a static import from this CommonJS module. Load the CommonJS build, typed.
const { parse, TomlError } = require('smol-toml') as typeof SmolToml;

/** Parses TOML; malformed input becomes a ManifestError with smol-toml's line and column. */
export function parseToml(fileLabel: string, text: string): Record<string, unknown> {
  try {
    return parse(text) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof TomlError) {
      // smol-toml's message is "Invalid TOML document: <problem>\n\n<code excerpt>"; keep the problem.
      const problem = error.message.split('\n')[0].replace(/^Invalid TOML document:\s*/, '');
      throw new ManifestError(fileLabel, `invalid TOML: ${problem}`, { line: error.line, column: error.column });
    }
    throw new ManifestError(fileLabel, `invalid TOML: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export interface TomlKeyLocation {
  /** Offsets of the last key segment's text (without quotes). */
  keyStart: number;
  keyEnd: number;
  /** Offsets of the value (for a `[table]` header: the table's body, up to the next header). */
  valueStart: number;
  valueEnd: number;
}

/** Where keys are declared in a TOML text, by full key path. */
export class TomlKeyIndex {
  private readonly byPath = new Map<string, TomlKeyLocation[]>();

  constructor(private readonly text: string) {
    this.build();
  }

  /** Declarations of a key path, in document order (array tables can repeat a path). */
  find(path: readonly string[]): TomlKeyLocation | undefined {
    return this.byPath.get(JSON.stringify(path))?.[0];
  }

  /**
   * Locates string values (array items) in document order inside a span, e.g. the requirement
   * strings of `dependencies = [...]`. Returns the offset of each string's content, or undefined
   * for a string not found as written (one with escapes, say).
   */
  locateStrings(span: { valueStart: number; valueEnd: number }, values: readonly string[]): (number | undefined)[] {
    let cursor = span.valueStart;
    return values.map((value) => {
      for (const quote of ['"', "'"]) {
        const at = this.text.indexOf(quote + value + quote, cursor);
        if (at !== -1 && at < span.valueEnd) {
          cursor = at + value.length + 2;
          return at + 1;
        }
      }
      return undefined;
    });
  }

  private add(path: string[], location: TomlKeyLocation): void {
    const key = JSON.stringify(path);
    const list = this.byPath.get(key);
    if (list) list.push(location);
    else this.byPath.set(key, [location]);
  }

  private build(): void {
    const text = this.text;
    let table: string[] = [];
    let openHeader: TomlKeyLocation | undefined;
    let position = 0;
    while (position < text.length) {
      position = skipBlank(text, position);
      if (position >= text.length) break;
      const char = text[position];
      if (char === '#') {
        position = endOfLine(text, position);
        continue;
      }
      if (char === '[') {
        const arrayTable = text[position + 1] === '[';
        const keys = readKeyPath(text, position + (arrayTable ? 2 : 1));
        if (!keys) {
          position = endOfLine(text, position);
          continue;
        }
        if (openHeader) openHeader.valueEnd = position;
        table = keys.segments.map((segment) => segment.value);
        const last = keys.segments[keys.segments.length - 1];
        const lineEnd = endOfLine(text, keys.end);
        openHeader = { keyStart: last.start, keyEnd: last.end, valueStart: lineEnd, valueEnd: text.length };
        this.add(table, openHeader);
        position = lineEnd;
        continue;
      }
      const keys = readKeyPath(text, position);
      if (!keys) {
        position = endOfLine(text, position);
        continue;
      }
      let valueStart = skipBlank(text, keys.end, false);
      if (text[valueStart] === '=') valueStart = skipBlank(text, valueStart + 1, false);
      const valueEnd = skipValue(text, valueStart);
      const last = keys.segments[keys.segments.length - 1];
      this.add([...table, ...keys.segments.map((segment) => segment.value)], {
        keyStart: last.start,
        keyEnd: last.end,
        valueStart,
        valueEnd,
      });
      position = endOfLine(text, valueEnd);
    }
  }
}

interface KeySegment {
  value: string;
  start: number;
  end: number;
}

/** Reads a dotted key (`a."b.c".'d'`) starting at `position`; stops at `=` or `]`. */
function readKeyPath(text: string, position: number): { segments: KeySegment[]; end: number } | undefined {
  const segments: KeySegment[] = [];
  let at = skipBlank(text, position, false);
  for (;;) {
    const char = text[at];
    if (char === '"' || char === "'") {
      const close = findStringEnd(text, at, char);
      if (close === -1) return undefined;
      const raw = text.slice(at + 1, close);
      segments.push({ value: char === '"' ? decodeBasicString(raw) : raw, start: at + 1, end: close });
      at = close + 1;
    } else {
      const bare = /[A-Za-z0-9_-]+/y;
      bare.lastIndex = at;
      const match = bare.exec(text);
      if (!match) return undefined;
      segments.push({ value: match[0], start: at, end: at + match[0].length });
      at += match[0].length;
    }
    at = skipBlank(text, at, false);
    if (text[at] !== '.') break;
    at = skipBlank(text, at + 1, false);
  }
  return { segments, end: at };
}

/** The offset of the quote closing the string that opens at `open`, or -1. */
function findStringEnd(text: string, open: number, quote: string): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && quote === '"') i++;
    else if (c === quote) return i;
    else if (c === '\n') return -1;
  }
  return -1;
}

/** Decodes a basic-string key; TOML's common escapes are JSON's. */
function decodeBasicString(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/** The end of a value that starts at `start`: past strings (incl. multi-line) and balanced brackets. */
function skipValue(text: string, start: number): number {
  let depth = 0;
  let at = start;
  while (at < text.length) {
    const c = text[at];
    if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), at);
      if (triple) {
        const close = text.indexOf(c.repeat(3), at + 3);
        // A closing delimiter may be followed by up to two more quotes that belong to the content.
        let end = close === -1 ? text.length : close + 3;
        while (text[end] === c && end - close < 5) end++;
        at = end;
      } else {
        const close = findStringEnd(text, at, c);
        at = close === -1 ? endOfLine(text, at) : close + 1;
      }
      if (depth === 0) return at;
      continue;
    }
    if (c === '#') {
      if (depth === 0) return at;
      at = endOfLine(text, at);
      continue;
    }
    if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth <= 0) return at + 1;
    } else if ((c === '\n' || c === '\r') && depth === 0) return at;
    at++;
  }
  return at;
}

function skipBlank(text: string, position: number, newlines = true): number {
  let at = position;
  while (at < text.length && (text[at] === ' ' || text[at] === '\t' || (newlines && (text[at] === '\n' || text[at] === '\r')))) at++;
  return at;
}

function endOfLine(text: string, position: number): number {
  let at = position;
  while (at < text.length && text[at] !== '\n' && text[at] !== '\r') at++;
  return at;
}

/**
 * The package a TOML manifest publishes (`[project].name`, `[package].name`): its name, located at
 * the string in the value when the key index finds it, else at the key.
 */
export function publishedPackage(ecosystem: Ecosystem, name: unknown, path: string[], text: string, keys: TomlKeyIndex, lines: LineIndex): Dependency | undefined {
  if (typeof name !== 'string' || name === '') return undefined;
  const location = keys.find(path);
  if (!location) return dependency(ecosystem, name, lines.range(0, 0));
  const at = text.indexOf(name, location.valueStart);
  const found = at !== -1 && at + name.length <= location.valueEnd;
  return dependency(ecosystem, name, found ? lines.range(at, at + name.length) : lines.range(location.keyStart, location.keyEnd));
}
