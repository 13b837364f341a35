/**
 * Constant tables such as cipher S-boxes. They are arrays of numbers in code, not strings, so they
 * are found in the file's stream of integer literals, in order. The whole table must be present:
 * the first bytes of the AES S-box also turn up in toy hash code.
 */
import type { SourceRange } from '../types';
import type { ConstantSignal } from './signal-index';
import { LineIndex } from './text-position';

export interface ConstantHit {
  entry: ConstantSignal;
  range: SourceRange;
  valueCount: number;
}

// Hex (0x63), or decimal not preceded by a letter, digit or dot (so `v2`, `1.5` and `0x` parts are not read).
const INTEGER_LITERAL = /0[xX][0-9a-fA-F]+|(?<![\w.])\d+(?![\w.])/g;

export function findConstantTables(signals: readonly ConstantSignal[], text: string): ConstantHit[] {
  const shortest = Math.min(...signals.map((s) => s.values.length));
  const values: number[] = [];
  const offsets: number[] = [];
  for (const match of text.matchAll(INTEGER_LITERAL)) {
    values.push(parseInt(match[0], match[0].length > 1 && /^0[xX]/.test(match[0]) ? 16 : 10));
    offsets.push(match.index ?? 0);
  }
  if (values.length < shortest) return [];
  const hits: ConstantHit[] = [];
  let lines: LineIndex | undefined;
  for (const entry of signals) {
    const start = indexOfSequence(values, entry.values);
    if (start === -1) continue;
    lines ??= new LineIndex(text);
    const endOffset = offsets[start + entry.values.length - 1];
    hits.push({ entry, range: lines.range(offsets[start], endOffset - offsets[start] + 1), valueCount: entry.values.length });
  }
  return hits;
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
