/**
 * Constant tables such as cipher S-boxes. They are arrays of numbers in code, not strings, so they
 * are found in the file's stream of integer literals, in order. The whole table must be present:
 * the first bytes of the AES S-box also turn up in toy hash code.
 */
import type { SourceRange } from '../types';
import type { ConstantSignal } from './signal-index';
import { LineIndex } from './text-position';
import { WIDE_CONSTANT } from '../catalogue/constant-table';

export interface ConstantHit {
  entry: ConstantSignal;
  range: SourceRange;
  valueCount: number;
}

// Hex (0x63, Rust/Java style 0x6170_7865; C suffixes such as `u` end the digits), or decimal not
// preceded by a letter, digit or dot and not followed by one, bar a C integer suffix (so `v2`, `1.5`
// and `0x` parts are not read, but `2654435769u` is).
const INTEGER_LITERAL = /0[xX][0-9a-fA-F][0-9a-fA-F_]*|(?<![\w.])\d+(?=[uUlL]{0,3}(?![\w.]))/g;

export function findConstantTables(signals: readonly ConstantSignal[], text: string): ConstantHit[] {
  const shortest = Math.min(...signals.map((s) => s.values.length));
  const values: number[] = [];
  const offsets: number[] = [];
  for (const match of text.matchAll(INTEGER_LITERAL)) {
    const digits = match[0].replace(/_/g, '');
    values.push(/^0[xX]/.test(digits) ? parseInt(digits.slice(2), 16) : parseInt(digits, 10));
    offsets.push(match.index ?? 0);
  }
  if (values.length < shortest) return [];
  // Wide magic constants are often assigned one by one (`x[0] = 0x61707865; x[1] = ...`): for tables
  // made only of them, the small numbers in between (indexes, shifts) do not break the sequence.
  let wide: { values: number[]; offsets: number[] } | undefined;
  const hits: ConstantHit[] = [];
  let lines: LineIndex | undefined;
  for (const entry of signals) {
    const stream = entry.values.every((value) => value >= WIDE_CONSTANT) ? (wide ??= wideOnly(values, offsets)) : { values, offsets };
    const start = indexOfSequence(stream.values, entry.values);
    if (start === -1) continue;
    lines ??= new LineIndex(text);
    const endOffset = stream.offsets[start + entry.values.length - 1];
    hits.push({ entry, range: lines.range(stream.offsets[start], endOffset - stream.offsets[start] + 1), valueCount: entry.values.length });
  }
  return hits;
}

function wideOnly(values: number[], offsets: number[]): { values: number[]; offsets: number[] } {
  const kept = { values: [] as number[], offsets: [] as number[] };
  values.forEach((value, i) => {
    if (value < WIDE_CONSTANT) return;
    kept.values.push(value);
    kept.offsets.push(offsets[i]);
  });
  return kept;
}

function indexOfSequence(haystack: number[], needle: number[]): number {
  if (needle.length === 0) return -1;
  const first = needle[0];
  for (let i = haystack.indexOf(first); i !== -1 && i + needle.length <= haystack.length; i = haystack.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}
