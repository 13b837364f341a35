/**
 * Recognises minified code: unreadable for reviewers, usually a copy of a library, and a waste of
 * parse time. Judged by name (`.min.js`), by average line length, or for JS/CSS/JSON-like files by a
 * single very long line.
 */
import * as path from 'node:path';

/** Average line length above which a file (over `MIN_SIZE_FOR_AVERAGE` characters) is minified. */
export const MAX_AVERAGE_LINE = 500;
export const MIN_SIZE_FOR_AVERAGE = 2048;
/** Longest line allowed in JS/CSS/JSON-like files. */
export const MAX_LINE = 5000;

const MINIFIED_NAME = /[.-]min\.(?:js|mjs|cjs|css)$/i;
const LONG_LINE_TYPES = /\.(?:js|mjs|cjs|jsx|css|scss|sass|less|json|jsonc|json5|map)$/i;

export function minifiedNameReason(filePath: string): string | undefined {
  const name = path.basename(filePath);
  return MINIFIED_NAME.test(name) ? `minified file name "${name}"` : undefined;
}

/** Why `text` looks minified, judged by its name and line lengths; undefined if it does not. */
export function minifiedReason(text: string, filePath: string): string | undefined {
  const byName = minifiedNameReason(filePath);
  if (byName) return byName;
  const { lines, longest } = lineStats(text);
  if (text.length > MIN_SIZE_FOR_AVERAGE) {
    const average = text.length / lines;
    if (average > MAX_AVERAGE_LINE) return `average line length ${Math.round(average)} > ${MAX_AVERAGE_LINE} characters`;
  }
  if (longest > MAX_LINE && LONG_LINE_TYPES.test(filePath)) return `a line of ${longest} > ${MAX_LINE} characters`;
  return undefined;
}

export function isMinified(text: string, filePath: string): boolean {
  return minifiedReason(text, filePath) !== undefined;
}

/** Line count (a final newline does not start another line) and the longest line's length. */
function lineStats(text: string): { lines: number; longest: number } {
  let lines = 0;
  let longest = 0;
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines++;
    if (end - start > longest) longest = end - start;
    start = end + 1;
  }
  return { lines: Math.max(lines, 1), longest };
}
