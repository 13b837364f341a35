/**
 * Offsets to 1-based line/column ranges. Columns count UTF-16 code units, as editors and
 * tree-sitter's JavaScript binding do.
 */
import type { SourceRange } from '../types';

/** Start offsets of every line, for repeated offset→position lookups in the same text. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low] + 1 };
  }

  range(offset: number, length: number): SourceRange {
    const start = this.position(offset);
    const end = this.position(offset + length);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }
}

/** One-off conversion; build a LineIndex instead when converting many offsets in the same text. */
export function rangeAtOffset(text: string, offset: number, length: number): SourceRange {
  return new LineIndex(text).range(offset, length);
}
