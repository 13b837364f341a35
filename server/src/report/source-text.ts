/**
 * Reading the scanned tree's files for excerpts and evidence digests. Reads only, never runs
 * anything; a path that would leave the scanned root (a hand-edited result) is refused, and an
 * unreadable file yields `undefined` so a report still renders without that excerpt.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The lines of files under one root, read once each. */
export class SourceTree {
  private readonly cache = new Map<string, string[] | undefined>();

  constructor(readonly root: string) {}

  /** The file's lines (no terminators), or undefined when it cannot be read. */
  lines(relativePath: string): string[] | undefined {
    if (this.cache.has(relativePath)) return this.cache.get(relativePath);
    const lines = readLines(this.root, relativePath);
    this.cache.set(relativePath, lines);
    return lines;
  }

  /** The text a range covers (1-based lines and columns, end column exclusive). */
  textAt(relativePath: string, range: { line: number; column: number; endLine: number; endColumn: number }): string | undefined {
    const lines = this.lines(relativePath);
    if (!lines || range.line < 1 || range.line > lines.length) return undefined;
    const endLine = Math.min(Math.max(range.endLine, range.line), lines.length);
    const parts: string[] = [];
    for (let n = range.line; n <= endLine; n++) {
      const text = lines[n - 1];
      const start = n === range.line ? range.column - 1 : 0;
      const end = n === range.endLine ? range.endColumn - 1 : text.length;
      parts.push(text.slice(Math.max(0, start), Math.max(0, end)));
    }
    return parts.join('\n');
  }
}

function readLines(root: string, relativePath: string): string[] | undefined {
  const absolute = path.resolve(root, relativePath);
  const inside = path.relative(path.resolve(root), absolute);
  if (inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
  try {
    let text = fs.readFileSync(absolute, 'utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return text.split(/\r\n|\r|\n/);
  } catch {
    return undefined;
  }
}
