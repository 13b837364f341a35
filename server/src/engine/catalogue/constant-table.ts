/**
 * Constant tables (cipher S-boxes, hash IVs) are written as comma-separated integers. Short tables of
 * small numbers would match by accident in ordinary numeric code, so at least MIN_CONSTANT_TABLE_LENGTH
 * values are required; the detector demands the whole table in order. Wide constants are the
 * exception: a 32-bit magic number such as ChaCha's 0x61707865 or the TEA delta 0x9E3779B9 does not
 * turn up by chance, so tables whose every value is at least WIDE_CONSTANT may be as short as one
 * value. (Whether one hit is enough is the signal's weight's business: the TEA delta is also the
 * golden-ratio constant of hash functions, so it is weighted to need corroboration.)
 */

export const MIN_CONSTANT_TABLE_LENGTH = 16;
export const WIDE_CONSTANT = 0x1000000;

export type ConstantTableResult = { values: number[] } | { error: string };

/** Parse `0x63, 0x7c, 119, ...` (hex with 0x, or decimal; whitespace and newlines allowed). */
export function parseConstantTable(text: string): ConstantTableResult {
  const parts = text.split(',').map((part) => part.trim());
  // Allow one trailing comma, as in pasted C arrays.
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  const values: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    let value: number;
    if (/^0[xX][0-9a-fA-F]+$/.test(part)) value = parseInt(part.slice(2), 16);
    else if (/^[0-9]+$/.test(part)) value = parseInt(part, 10);
    else {
      const shown = part === '' ? 'an empty value' : `'${part}'`;
      return { error: `constant table value ${i + 1} is ${shown}, not an integer (write hex as 0x63 or decimal, separated by commas)` };
    }
    if (!Number.isSafeInteger(value) || value > 0xffffffff) {
      return { error: `constant table value ${i + 1} ('${part}') is larger than 32 bits` };
    }
    values.push(value);
  }
  const allWide = values.length > 0 && values.every((value) => value >= WIDE_CONSTANT);
  if (values.length < MIN_CONSTANT_TABLE_LENGTH && !allWide) {
    return {
      error: `constant table has ${values.length} value(s); at least ${MIN_CONSTANT_TABLE_LENGTH} are required so that it cannot match ordinary numbers by chance (shorter tables are allowed only when every value is at least 0x1000000)`,
    };
  }
  return { values };
}
