/**
 * Go's go.mod. There is no go.mod parser on npm, and the format is small and line based
 * (golang.org/x/mod/modfile): `verb args` lines and `verb ( ... )` blocks, `//` comments, tokens
 * that are bare or quoted ("..." or `...`). This is a tokenizer for exactly that, reading
 * `require` directives and the `module` path; `replace`, `exclude`, `retract`, `tool`, `godebug` and unknown verbs are
 * ignored, like a lax modfile parse would.
 */
import type { Dependency, ManifestFacts } from '../types';
import { ManifestError } from './errors';
import { dependency, LineIndex } from './positions';

interface Token {
  text: string;
  /** Offsets of the token's text (without quotes). */
  start: number;
  end: number;
}

interface Line {
  tokens: Token[];
  /** Offset where the line starts, for error positions. */
  start: number;
}

export function readGoMod(fileLabel: string, text: string): ManifestFacts {
  const index = new LineIndex(text);
  const lines = tokenize(fileLabel, text, index);
  const dependencies: Dependency[] = [];
  /** The `module` directive: the module this go.mod publishes. */
  let publishes: Dependency | undefined;
  const addRequirement = (tokens: Token[], lineStart: number) => {
    if (tokens.length !== 2) {
      throw new ManifestError(fileLabel, 'require expects a module path and a version', index.position(tokens[0]?.start ?? lineStart));
    }
    const [path, version] = tokens;
    dependencies.push(dependency('go', path.text, index.range(path.start, path.end), version.text));
  };

  for (let i = 0; i < lines.length; i++) {
    const { tokens, start } = lines[i];
    const verb = tokens[0]?.text;
    const opensBlock = tokens.length === 2 && tokens[1].text === '(';
    if (opensBlock) {
      // Read the block up to its `)`, whatever the verb (other blocks are skipped the same way).
      let closed = false;
      for (i++; i < lines.length; i++) {
        const inner = lines[i].tokens;
        if (inner.length === 1 && inner[0].text === ')') {
          closed = true;
          break;
        }
        if (verb === 'require' && inner.length > 0) addRequirement(inner, lines[i].start);
      }
      if (!closed) throw new ManifestError(fileLabel, `unterminated ${verb} block: missing ")"`, index.position(start));
      continue;
    }
    const emptyBlock = tokens.length === 3 && tokens[1].text === '(' && tokens[2].text === ')';
    if (verb === 'require' && !emptyBlock) addRequirement(tokens.slice(1), start);
    if (verb === 'module' && tokens.length === 2 && !publishes) publishes = dependency('go', tokens[1].text, index.range(tokens[1].start, tokens[1].end));
  }
  return { kind: 'go.mod', ecosystem: 'go', dependencies, ...(publishes ? { publishes } : {}) };
}

/** Splits the text into lines of tokens, dropping comments and blank lines. */
function tokenize(fileLabel: string, text: string, index: LineIndex): Line[] {
  const lines: Line[] = [];
  for (const match of text.matchAll(/[^\r\n]+/g)) {
    const lineText = match[0];
    const tokens: Token[] = [];
    let at = 0;
    while (at < lineText.length) {
      const c = lineText[at];
      if (c === ' ' || c === '\t') {
        at++;
      } else if (lineText.startsWith('//', at)) {
        break; // a comment (`// indirect` included) runs to the end of the line
      } else if (c === '"' || c === '`') {
        const close = findQuoteEnd(lineText, at, c);
        if (close === -1) throw new ManifestError(fileLabel, 'unterminated quoted string', index.position(match.index + at));
        const raw = lineText.slice(at + 1, close);
        tokens.push({ text: c === '"' ? unquote(raw) : raw, start: match.index + at + 1, end: match.index + close });
        at = close + 1;
      } else if (c === '(' || c === ')') {
        tokens.push({ text: c, start: match.index + at, end: match.index + at + 1 });
        at++;
      } else {
        let end = at;
        while (end < lineText.length && !/[\s"`()]/.test(lineText[end]) && !lineText.startsWith('//', end)) end++;
        tokens.push({ text: lineText.slice(at, end), start: match.index + at, end: match.index + end });
        at = end;
      }
    }
    if (tokens.length > 0) lines.push({ tokens, start: match.index });
  }
  return lines;
}

function findQuoteEnd(line: string, open: number, quote: string): number {
  for (let i = open + 1; i < line.length; i++) {
    if (line[i] === '\\' && quote === '"') i++;
    else if (line[i] === quote) return i;
  }
  return -1;
}

/** Go's interpreted string literal; JSON's escapes cover what module paths can contain. */
function unquote(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}
