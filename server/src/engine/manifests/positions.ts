/**
 * Turning character offsets into the engine's 1-based, end-exclusive ranges. Readers find where a
 * name is as an offset into the manifest text (from a parser's node, or by locating the
 * declaration after parsing) and convert it here, so every format counts lines the same way.
 */
import type { Dependency, Ecosystem, SourceRange } from '../types';

/** Line starts of a text, for offset → line/column. Recognises \n, \r\n and a lone \r, as editors do. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) this.starts.push(i + 1);
      else if (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  /** 1-based line and column (UTF-16 units) of an offset. */
  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - this.starts[low] + 1 };
  }

  /** The range from `start` (inclusive) to `end` (exclusive). */
  range(start: number, end: number): SourceRange {
    const from = this.position(start);
    const to = this.position(Math.max(start, end));
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
}

/**
 * Removes a leading byte-order mark. Editors do not show it as a column, and JSON.parse rejects it,
 * so readers work on the text without it (positions then match what the editor shows).
 */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A dependency record without `undefined` fields, so results compare and serialise cleanly. */
export function dependency(
  ecosystem: Ecosystem,
  name: string,
  range: SourceRange,
  version?: string,
  dev?: boolean,
): Dependency {
  const result: Dependency = { ecosystem, name, range };
  if (version !== undefined && version !== '') result.version = version;
  if (dev) result.dev = true;
  return result;
}

