/**
 * Code excerpts for evidence: the matched lines with a little context, read from the scanned tree.
 * Text is returned raw; each renderer escapes it for its own format.
 */
import type { SourceTree } from './source-text';

export interface ExcerptLine {
  number: number;
  text: string;
  /** Part of the matched range. */
  hit: boolean;
}

export interface Excerpt {
  lines: ExcerptLine[];
}

/** Lines of context above and below the evidence. */
export const CONTEXT_LINES = 2;
/** A very long match (a constant table) is cut after this many lines. */
const MAX_HIT_LINES = 6;
/** Minified-looking lines would swamp a page; cut them. */
const MAX_LINE_LENGTH = 160;

/** The excerpt around lines `line`..`endLine` of a file, or undefined when the file cannot be read. */
export function excerptAround(tree: SourceTree, relativePath: string, line: number, endLine: number): Excerpt | undefined {
  const lines = tree.lines(relativePath);
  if (!lines || line < 1 || line > lines.length) return undefined;
  const lastHit = Math.min(Math.max(endLine, line), line + MAX_HIT_LINES - 1, lines.length);
  const first = Math.max(1, line - CONTEXT_LINES);
  const last = Math.min(lines.length, lastHit + CONTEXT_LINES);
  const result: ExcerptLine[] = [];
  for (let n = first; n <= last; n++) {
    const text = lines[n - 1].replace(/\t/g, '    ');
    result.push({ number: n, text: text.length > MAX_LINE_LENGTH ? `${text.slice(0, MAX_LINE_LENGTH)}…` : text, hit: n >= line && n <= lastHit });
  }
  // Trailing blank context lines say nothing.
  while (result.length > 1 && !result[result.length - 1].hit && result[result.length - 1].text.trim() === '') result.pop();
  return { lines: result };
}
