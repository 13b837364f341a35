/**
 * Turns file bytes into a string. Invalid byte sequences never stop a scan: they become U+FFFD and
 * the result says so, so the caller can record a warning naming the file instead of skipping it.
 */
import type { TextEncoding } from './content-sniff';

export interface Decoded {
  text: string;
  /** True when some bytes were not valid in the encoding and were replaced with U+FFFD. */
  invalid: boolean;
}

/** Decodes `bytes`, which must not include the byte order mark. */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): Decoded {
  const source = encoding === 'utf-16be' ? swapToLittleEndian(bytes) : bytes;
  const label = encoding === 'utf-8' ? 'utf-8' : 'utf-16le';
  try {
    // Fatal first: it is as fast as the lenient decoder and tells whether anything was replaced.
    return { text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(source), invalid: false };
  } catch {
    return { text: new TextDecoder(label, { fatal: false, ignoreBOM: true }).decode(source), invalid: true };
  }
}

/**
 * UTF-16BE as UTF-16LE, by swapping byte pairs. Done by hand rather than with a `utf-16be` TextDecoder,
 * which Node only has when built with full ICU. A final odd byte is kept and decodes as U+FFFD.
 */
function swapToLittleEndian(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length);
  const even = bytes.length - (bytes.length % 2);
  for (let i = 0; i < even; i += 2) {
    swapped[i] = bytes[i + 1];
    swapped[i + 1] = bytes[i];
  }
  if (even < bytes.length) swapped[even] = bytes[even];
  return swapped;
}
