/**
 * Looks at the first bytes of a file to decide how to decode it, or that it is not text at all.
 *
 * Order matters: UTF-16 text legitimately contains NUL bytes (every ASCII character has one), so byte
 * order marks are checked before the NUL test. UTF-16 without a BOM is treated as binary: it is rare
 * in source code and cannot be told apart from binary data reliably.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type Sniffed =
  | { kind: 'text'; encoding: TextEncoding; bomLength: number }
  | { kind: 'binary'; detail: string }
  | { kind: 'unsupported'; detail: string };

/** How many leading bytes the checks look at. */
export const SNIFF_BYTES = 8192;

/** Above this share of control bytes (other than tab, newlines, form feed, escape), a file is binary. */
const CONTROL_BYTE_RATIO = 0.1;

/** File signatures that say "binary" more precisely than a NUL count; some contain no NUL early on. */
const SIGNATURES: { bytes: number[]; name: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], name: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'ZIP archive' },
  { bytes: [0x1f, 0x8b], name: 'gzip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'ELF executable' },
  { bytes: [0x00, 0x61, 0x73, 0x6d], name: 'WebAssembly module' },
  { bytes: [0xca, 0xfe, 0xba, 0xbe], name: 'Java class file or Mach-O binary' },
];

export function sniffContent(head: Uint8Array): Sniffed {
  if (startsWith(head, [0xff, 0xfe, 0x00, 0x00]) || startsWith(head, [0x00, 0x00, 0xfe, 0xff])) {
    return { kind: 'unsupported', detail: 'UTF-32 text is not supported' };
  }
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { kind: 'text', encoding: 'utf-8', bomLength: 3 };
  if (startsWith(head, [0xff, 0xfe])) return { kind: 'text', encoding: 'utf-16le', bomLength: 2 };
  if (startsWith(head, [0xfe, 0xff])) return { kind: 'text', encoding: 'utf-16be', bomLength: 2 };

  for (const signature of SIGNATURES) {
    if (startsWith(head, signature.bytes)) return { kind: 'binary', detail: signature.name };
  }
  const length = Math.min(head.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < length; i++) {
    const byte = head[i];
    if (byte === 0) return { kind: 'binary', detail: 'contains NUL bytes' };
    if (isSuspiciousControl(byte)) control++;
  }
  if (length > 0 && control / length > CONTROL_BYTE_RATIO) {
    return { kind: 'binary', detail: `${Math.round((100 * control) / length)}% control bytes` };
  }
  return { kind: 'text', encoding: 'utf-8', bomLength: 0 };
}

/** Control bytes that do not occur in text: all below 0x20 except \t \n \v \f \r and ESC (ANSI colours), plus DEL. */
function isSuspiciousControl(byte: number): boolean {
  if (byte === 0x7f) return true;
  if (byte >= 0x20) return false;
  return !(byte >= 0x09 && byte <= 0x0d) && byte !== 0x1b;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((value, index) => bytes[index] === value);
}
