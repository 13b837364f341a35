/**
 * Lexical fact extraction: for files without a grammar, grammars that fail to load, and parses
 * that time out. It reads the text once, left to right, with a small hand-written scanner (no
 * backtracking regular expressions over unbounded input), so it is linear in the file size and a
 * 50 MB single-line file costs one pass. Every list is capped at MAX_FACTS_PER_KIND (20,000).
 *
 * What it finds:
 * - comments: `//` and `/* *\/` in C-like languages, `#` in Python/Ruby/PHP/text;
 * - strings: '...', "...", `...`, triple-quoted; unterminated ones stop at the end of the line;
 * - identifiers: word tokens, first occurrence of each;
 * - calls: `name(` and `a.b.c(` (also `::`, `->`, `?.` chains), normalised like parsed callees;
 * - imports: `require('m')`, `import('m')`, Ruby/PHP `require 'm'`, and line-start forms
 *   (`import ... from 'm'`, `import a.b`, `from a.b import c`, `#include <x>`, `using X.Y;`,
 *   `use a::b::{c, d};`, `extern crate x;`, Go import blocks). Line-start forms are looked for in
 *   the first 1,000 characters of a line only: real import statements are short.
 */
import type { LanguageId, SourceFacts, SourceRange } from '../types';
import { FactList, MAX_CALL_TEXT } from './fact-list';
import { normaliseCallee, stripCommentDelimiters } from './normalise';

interface LexicalSyntax {
  lineComments: string[];
  blockComments: boolean;
  /** Whether '...' is a string (otherwise a char literal or a lifetime). */
  singleQuoteStrings: boolean;
  /** Whether `...` is a (multi-line) string. */
  backtickStrings: boolean;
  /** Whether """...""" / '''...''' are strings. */
  tripleQuotes: boolean;
}

const C_LIKE: LexicalSyntax = { lineComments: ['//'], blockComments: true, singleQuoteStrings: false, backtickStrings: false, tripleQuotes: false };
const JS_LIKE: LexicalSyntax = { ...C_LIKE, singleQuoteStrings: true, backtickStrings: true };

const SYNTAX: Record<LanguageId, LexicalSyntax> = {
  javascript: JS_LIKE,
  typescript: JS_LIKE,
  tsx: JS_LIKE,
  python: { lineComments: ['#'], blockComments: false, singleQuoteStrings: true, backtickStrings: false, tripleQuotes: true },
  java: { ...C_LIKE, tripleQuotes: true },
  go: { ...C_LIKE, backtickStrings: true },
  c: C_LIKE,
  cpp: C_LIKE,
  csharp: { ...C_LIKE, tripleQuotes: true },
  rust: C_LIKE,
  kotlin: { ...C_LIKE, tripleQuotes: true },
  ruby: { lineComments: ['#'], blockComments: false, singleQuoteStrings: true, backtickStrings: true, tripleQuotes: false },
  php: { lineComments: ['//', '#'], blockComments: true, singleQuoteStrings: true, backtickStrings: true, tripleQuotes: false },
  swift: { ...C_LIKE, tripleQuotes: true },
  text: { lineComments: ['//', '#'], blockComments: true, singleQuoteStrings: true, backtickStrings: true, tripleQuotes: true },
};

/** Words that precede `(` without being calls. */
const NOT_CALLEES = new Set([
  'if', 'for', 'while', 'switch', 'catch', 'return', 'elif', 'with', 'not', 'and', 'or', 'in', 'match',
  'when', 'foreach', 'do', 'else', 'await', 'yield', 'typeof', 'sizeof', 'function', 'def', 'fn', 'func',
  'fun', 'lambda', 'until', 'unless', 'using', 'lock', 'fixed', 'throw', 'case', 'except', 'assert',
]);
/** Words after which `name(` declares rather than calls. */
const DECLARATION_WORDS = new Set(['function', 'def', 'fn', 'func', 'fun', 'class', 'struct', 'interface', 'sub', 'macro_rules']);
const JS_FAMILY = new Set<LanguageId>(['javascript', 'typescript', 'tsx', 'text']);
/** Callees whose first string argument is a module path. */
const IMPORT_CALLEES = new Set(['require', 'import', 'require_relative', 'load', 'require_once', 'include', 'include_once', '__import__', 'importlib.import_module']);
/** Ruby/PHP statements that take a module path without parentheses. */
const IMPORT_KEYWORDS = new Set(['require', 'require_relative', 'require_once', 'include', 'include_once']);

/** First words of the lines `importLine` looks at; other lines are skipped cheaply. */
const IMPORT_LINE_START = /^\s*(?:import|from|export|use|using|global|pub|extern|#\s*include)\b/;

/** The longest line prefix searched for line-start import forms. */
const IMPORT_LINE_SCAN = 1000;

const enum Ch {
  Tab = 9, Newline = 10, Return = 13, Space = 32, Bang = 33, Quote = 34, Hash = 35, Dollar = 36,
  Apostrophe = 39, OpenParen = 40, CloseParen = 41, Star = 42, Minus = 45, Dot = 46, Slash = 47,
  Zero = 48, Nine = 57, Colon = 58, Greater = 62, Question = 63, Ampersand = 38, Backslash = 92,
  Underscore = 95, Backtick = 96,
}

function isWordStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === Ch.Underscore || code === Ch.Dollar || code >= 0x80;
}

function isWordPart(code: number): boolean {
  return isWordStart(code) || (code >= Ch.Zero && code <= Ch.Nine);
}

/**
 * Turns offsets into 1-based line/column positions. Offsets are usually asked in increasing order,
 * so it walks forward, remembering the next newline (searching again only past it keeps a 50 MB
 * single line linear).
 */
class PositionTracker {
  private line = 1;
  private lineStart = 0;
  private nextNewline: number;
  constructor(private readonly text: string) {
    this.nextNewline = this.findNewline(0);
  }

  position(offset: number): { line: number; column: number } {
    if (offset < this.lineStart) {
      // Rare (a fact found after a later one was positioned): start again from the top.
      this.line = 1;
      this.lineStart = 0;
      this.nextNewline = this.findNewline(0);
    }
    while (this.nextNewline < offset) {
      this.line++;
      this.lineStart = this.nextNewline + 1;
      this.nextNewline = this.findNewline(this.lineStart);
    }
    return { line: this.line, column: offset - this.lineStart + 1 };
  }

  range(start: number, end: number): SourceRange {
    const a = this.position(start);
    const b = this.position(end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  private findNewline(from: number): number {
    const index = this.text.indexOf('\n', from);
    return index < 0 ? Number.POSITIVE_INFINITY : index;
  }
}

/** Extract facts without a grammar. Linear in the text's length. */
export function extractLexically(text: string, language: LanguageId): SourceFacts {
  const facts = new FactList();
  scanTokens(text, language, facts);
  scanImportLines(text, language, facts);
  return facts.finish(language, 'lexical', false);
}

function scanTokens(text: string, language: LanguageId, facts: FactList): void {
  const syntax = SYNTAX[language];
  const positions = new PositionTracker(text);
  const length = text.length;
  let i = 0;
  // The current member chain (`a.b.c`): where it starts and where its last word ends.
  let chainStart = -1;
  let chainEnd = -1;
  let previousWord = '';
  // Set after `require(` or Ruby `require `: the next token, if a string, is a module path.
  let expectModule = false;

  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === Ch.Space || code === Ch.Tab || code === Ch.Newline || code === Ch.Return) {
      i++;
      continue;
    }
    // Comments
    const lineComment = lineCommentAt(text, i, syntax);
    if (lineComment && !(lineComment === '#' && language === 'php' && text.charCodeAt(i + 1) === 91 /* #[ attribute */)) {
      let end = text.indexOf('\n', i);
      if (end < 0) end = length;
      const lineEnd = end > i && text.charCodeAt(end - 1) === Ch.Return ? end - 1 : end;
      facts.addComment(stripCommentDelimiters(text.slice(i, lineEnd)), positions.range(i, lineEnd));
      i = end;
      expectModule = false;
      continue;
    }
    if (syntax.blockComments && code === Ch.Slash && text.charCodeAt(i + 1) === Ch.Star) {
      const close = text.indexOf('*/', i + 2);
      const end = close < 0 ? length : close + 2;
      facts.addComment(stripCommentDelimiters(text.slice(i, end)), positions.range(i, end));
      i = end;
      continue;
    }
    // Strings
    const stringEnd = scanString(text, i, syntax);
    if (stringEnd > 0) {
      if (!facts.isFull('strings') || (expectModule && !facts.isFull('imports'))) {
        const content = stringContent(text.slice(i, stringEnd));
        const range = positions.range(i, stringEnd);
        facts.addString(content, range);
        if (expectModule && content && !content.includes('${')) facts.addImport(content.trim(), range);
      }
      expectModule = false;
      chainStart = -1;
      i = stringEnd;
      continue;
    }
    if (code === Ch.Apostrophe) {
      // A char literal ('x', '\n') or a Rust lifetime: skip it without making a string.
      i = skipCharLiteral(text, i);
      continue;
    }
    // Numbers (so `1e5` or `0x1F` do not become identifiers)
    if (code >= Ch.Zero && code <= Ch.Nine) {
      i++;
      while (i < length && (isWordPart(text.charCodeAt(i)) || text.charCodeAt(i) === Ch.Dot)) i++;
      chainStart = -1;
      continue;
    }
    // Words
    if (isWordStart(code)) {
      const start = i;
      i++;
      while (i < length && isWordPart(text.charCodeAt(i))) i++;
      const word = text.slice(start, i);
      const next = text.charCodeAt(i);
      // String prefixes (f"...", b'...', r"...", L"...", @"...") are not identifiers.
      const isStringPrefix = (next === Ch.Quote || next === Ch.Apostrophe) && /^(?:[rRbBfFuU]{1,2}|[LuU]8?|u8)$/.test(word);
      if (isStringPrefix) continue;
      const identifier = word.charCodeAt(0) === Ch.Dollar ? word.replace(/^\$+/, '') || word : word;
      if (!facts.hasIdentifierOrFull(identifier)) facts.addIdentifier(identifier, positions.range(start, i));
      // Extend the chain when only a member separator lies between the previous word and this one.
      if (chainStart < 0 || !isSeparator(text, chainEnd, start)) chainStart = start;
      chainEnd = i;
      let after = i;
      while (after < length && (text.charCodeAt(after) === Ch.Space || text.charCodeAt(after) === Ch.Tab)) after++;
      const nextCode = text.charCodeAt(after);
      if (nextCode === Ch.OpenParen && facts.isFull('calls')) {
        // Past the cap only `require(` still matters, for the import it names.
        expectModule = chainStart === start && (word === 'require' || word === 'import');
      } else if (nextCode === Ch.OpenParen && word === 'import' && chainStart === start) {
        // `import(` is a dynamic import in JavaScript; elsewhere (`import (` in Go) it opens a block.
        expectModule = JS_FAMILY.has(language);
      } else if (nextCode === Ch.OpenParen) {
        const callee = normaliseCallee(text.slice(chainStart, i));
        const declares = chainStart === start && DECLARATION_WORDS.has(previousWord);
        if (!NOT_CALLEES.has(word) || chainStart !== start) {
          if (!declares) {
            facts.addCall(callee, positions.range(chainStart, i), callTextFrom(text, chainStart));
            expectModule = IMPORT_CALLEES.has(callee);
          }
        }
      } else if (IMPORT_KEYWORDS.has(word) && chainStart === start && (language === 'ruby' || language === 'php' || language === 'text')) {
        expectModule = true;
      } else if (chainStart !== start || !IMPORT_KEYWORDS.has(word)) {
        expectModule = false;
      }
      previousWord = word;
      continue;
    }
    // `(` right after require / import keeps expectModule; anything else ends it.
    if (code !== Ch.OpenParen) expectModule = false;
    // Member separators keep the chain alive; any other punctuation ends it.
    const separatorLength = separatorAt(text, i);
    if (separatorLength > 0) {
      i += separatorLength;
      continue;
    }
    chainStart = -1;
    i++;
  }
}

function lineCommentAt(text: string, i: number, syntax: LexicalSyntax): string | undefined {
  for (const prefix of syntax.lineComments) {
    if (text.startsWith(prefix, i)) return prefix;
  }
  return undefined;
}

/** Length of a member separator (`.`, `::`, `->`, `?.`, `&.`) at `i`, or 0. */
function separatorAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  if (code === Ch.Dot) return 1;
  if (code === Ch.Colon && next === Ch.Colon) return 2;
  if (code === Ch.Minus && next === Ch.Greater) return 2;
  if ((code === Ch.Question || code === Ch.Ampersand) && next === Ch.Dot) return 2;
  return 0;
}

/** Whether text[from, to) is exactly one member separator. */
function isSeparator(text: string, from: number, to: number): boolean {
  const length = separatorAt(text, from);
  return length > 0 && from + length === to;
}

/** The call's text from the callee to its closing parenthesis, at most MAX_CALL_TEXT long. */
function callTextFrom(text: string, start: number): string {
  const limit = Math.min(text.length, start + MAX_CALL_TEXT);
  let depth = 0;
  for (let i = start; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === Ch.OpenParen) depth++;
    else if (code === Ch.CloseParen) {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return text.slice(start, limit);
}

/** If a string starts at `i`, the offset just past it; otherwise 0. */
function scanString(text: string, i: number, syntax: LexicalSyntax): number {
  const code = text.charCodeAt(i);
  const isQuote =
    code === Ch.Quote || (code === Ch.Apostrophe && syntax.singleQuoteStrings) || (code === Ch.Backtick && syntax.backtickStrings);
  if (!isQuote) return 0;
  const quote = text[i];
  if (syntax.tripleQuotes && text.startsWith(quote.repeat(3), i)) {
    const close = text.indexOf(quote.repeat(3), i + 3);
    return close < 0 ? text.length : close + 3;
  }
  const multiLine = code === Ch.Backtick;
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === Ch.Backslash) {
      j++;
      continue;
    }
    if (c === code) return j + 1;
    if (c === Ch.Newline && !multiLine) return j;
  }
  return text.length;
}

function stringContent(raw: string): string {
  const quote = raw[0];
  if (raw.length >= 6 && raw.startsWith(quote.repeat(3)) && raw.endsWith(quote.repeat(3))) return raw.slice(3, -3);
  if (raw.length >= 2 && raw.endsWith(quote)) return raw.slice(1, -1);
  return raw.slice(1).replace(/\r$/, '');
}

function skipCharLiteral(text: string, i: number): number {
  // 'x' or '\n' or '\u{1F600}': a closing quote within a few characters.
  const limit = Math.min(text.length, i + 12);
  for (let j = i + 1; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === Ch.Backslash) {
      j++;
      continue;
    }
    if (c === Ch.Apostrophe) return j + 1;
    if (c === Ch.Newline) break;
  }
  return i + 1;
}

/**
 * Line-start import forms. Each regex runs on at most IMPORT_LINE_SCAN characters of one line and
 * has no nested quantifiers, so the pass stays linear.
 */
function scanImportLines(text: string, language: LanguageId, facts: FactList): void {
  const positions = new PositionTracker(text);
  let lineStart = 0;
  let inGoImportBlock = false;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const head = text.slice(lineStart, Math.min(lineEnd, lineStart + IMPORT_LINE_SCAN));
    const at = lineStart;
    const add = (value: string, index: number): void => {
      const cleaned = value.trim();
      if (!cleaned) return;
      facts.addImport(cleaned, positions.range(at + index, at + index + value.length));
    };
    if (facts.isFull('imports')) break;
    if (inGoImportBlock) {
      if (/^\s*\)/.test(head)) inGoImportBlock = false;
      else {
        const spec = /^\s*(?:[\w.]+\s+)?"([^"]+)"/d.exec(head);
        if (spec?.indices) add(spec[1], spec.indices[1][0]);
      }
    } else if (IMPORT_LINE_START.test(head)) {
      inGoImportBlock = importLine(head, language, add);
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
}

/** Finds the imports of one line; returns true when it opens a Go `import (` block. */
function importLine(head: string, language: LanguageId, add: (value: string, index: number) => void): boolean {
  const all = language === 'text';
  const is = (...languages: LanguageId[]): boolean => all || languages.includes(language);
  let m: RegExpExecArray | null;
  if (is('javascript', 'typescript', 'tsx')) {
    if ((m = /^\s*(?:import|export)\b[^'"`;]{0,400}\bfrom\s*(['"])([^'"]{1,400})\1/d.exec(head))) add(m[2], m.indices![2][0]);
    else if ((m = /^\s*import\s*(['"])([^'"]{1,400})\1/d.exec(head))) add(m[2], m.indices![2][0]);
  }
  if (is('python')) {
    if ((m = /^\s*from\s+(\.*[\w.]*)\s+import\s+\(?([^#]*)/d.exec(head))) {
      const module = m[1];
      add(module, m.indices![1][0]);
      let offset = m.indices![2][0];
      for (const part of m[2].split(',')) {
        const name = /^\s*([\w.]+)/.exec(part);
        if (name && name[1] !== 'import') {
          const joined = module.endsWith('.') ? module + name[1] : `${module}.${name[1]}`;
          const at = offset + part.indexOf(name[1]);
          add(joined, at);
        }
        offset += part.length + 1;
      }
    } else if ((m = /^\s*import\s+([\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+(?:\s+as\s+\w+)?){0,50})/d.exec(head))) {
      let offset = m.indices![1][0];
      for (const part of m[1].split(',')) {
        const name = /^\s*([\w.]+)/.exec(part);
        if (name) add(name[1], offset + part.indexOf(name[1]));
        offset += part.length + 1;
      }
    }
  }
  // Not for `text`: Python's form covers `import a.b` there, and this one would misread `import x from`.
  if (['java', 'kotlin', 'swift', 'go'].includes(language)) {
    if ((m = /^\s*import\s+(?:static\s+|struct\s+|class\s+|enum\s+|protocol\s+|func\s+|typealias\s+)?([A-Za-z_][\w.]*)/d.exec(head))) {
      // `import a.b.*` is written with the wildcard; the path is what precedes it.
      const path = m[1].replace(/\.+$/, '');
      if (path !== 'static') add(path, m.indices![1][0]);
    }
  }
  if (is('go')) {
    if ((m = /^\s*import\s+(?:[\w.]+\s+)?"([^"]+)"/d.exec(head))) add(m[1], m.indices![1][0]);
    else if (/^\s*import\s*\(\s*$/.test(head)) return true;
  }
  if (is('c', 'cpp')) {
    if ((m = /^\s*#\s*include\s*[<"]([^>"]{1,400})[>"]/d.exec(head))) add(m[1], m.indices![1][0]);
  }
  if (is('csharp')) {
    if ((m = /^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?([A-Za-z_][\w.]*)\s*;/d.exec(head))) add(m[1], m.indices![1][0]);
  }
  if (is('rust')) {
    if ((m = /^\s*(?:pub(?:\([\w:]{1,40}\))?\s+)?use\s+([^;]{1,900});/d.exec(head))) {
      for (const [path, index] of expandUseText(m[1])) add(path, m.indices![1][0] + index);
    } else if ((m = /^\s*(?:pub(?:\([\w:]{1,40}\))?\s+)?use\s+(?:::)?(\w+(?:::\w+)*)/d.exec(head))) {
      // The statement runs past the scanned prefix: keep the path before its first `{`.
      add(m[1], m.indices![1][0]);
    } else if ((m = /^\s*extern\s+crate\s+(\w+)/d.exec(head))) add(m[1], m.indices![1][0]);
  }
  if (is('php')) {
    if ((m = /^\s*use\s+(?:function\s+|const\s+)?\\?([\w\\]+?)\\?\{([^}]{0,800})\}/d.exec(head))) {
      const prefix = m[1];
      add(prefix, m.indices![1][0]);
      let offset = m.indices![2][0];
      for (const part of m[2].split(',')) {
        const name = /^\s*([\w\\]+)/.exec(part);
        if (name) add(`${prefix}\\${name[1]}`, offset + part.indexOf(name[1]));
        offset += part.length + 1;
      }
    } else if ((m = /^\s*use\s+(?:function\s+|const\s+)?\\?([\w\\]+)/d.exec(head))) add(m[1], m.indices![1][0]);
  }
  return false;
}

/**
 * Expand a Rust use path text (`a::b::{c, d::{e, f}}`) without recursion: a stack of brace
 * prefixes. Returns each path with its offset in the text. `a::b as c` gives `a::b`.
 */
function expandUseText(useText: string): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  const prefixes: string[] = [''];
  let segment = '';
  let segmentStart = -1;
  const flush = (): void => {
    const cleaned = segment.replace(/\s+as\s+\w+\s*$/, '').replace(/\s+/g, '').replace(/::\*$/, '').replace(/^::/, '');
    if (cleaned && cleaned !== '*') {
      const prefix = prefixes[prefixes.length - 1];
      const full = cleaned === 'self' ? prefix : prefix ? `${prefix}::${cleaned}` : cleaned;
      if (full) out.push([full, Math.max(segmentStart, 0)]);
    }
    segment = '';
    segmentStart = -1;
  };
  for (let i = 0; i < useText.length; i++) {
    const ch = useText[i];
    if (ch === '{') {
      const path = segment.replace(/\s+/g, '').replace(/::$/, '').replace(/^::/, '');
      const prefix = prefixes[prefixes.length - 1];
      const full = path ? (prefix ? `${prefix}::${path}` : path) : prefix;
      if (path) out.push([full, Math.max(segmentStart, 0)]);
      prefixes.push(full);
      segment = '';
      segmentStart = -1;
    } else if (ch === '}') {
      flush();
      if (prefixes.length > 1) prefixes.pop();
    } else if (ch === ',') {
      flush();
    } else {
      if (segmentStart < 0 && !/\s/.test(ch)) segmentStart = i;
      segment += ch;
    }
  }
  flush();
  return out;
}
