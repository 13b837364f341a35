/**
 * Constant tables (cipher S-boxes, hash IVs) are written as comma-separated integers. Short tables
 * would match by accident in ordinary numeric code, so at least MIN_CONSTANT_TABLE_LENGTH values are
 * required; the detector demands the whole table in order.
 */

export const MIN_CONSTANT_TABLE_LENGTH = 16;

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
  if (values.length < MIN_CONSTANT_TABLE_LENGTH) {
    return {
      error: `constant table has ${values.length} value(s); at least ${MIN_CONSTANT_TABLE_LENGTH} are required so that it cannot match ordinary numbers by chance`,
    };
  }
  return { values };
}
