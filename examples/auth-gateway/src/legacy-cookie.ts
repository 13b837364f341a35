import { createDecipheriv } from 'node:crypto';

const LEGACY_KEY = Buffer.from(process.env.LEGACY_COOKIE_KEY ?? '', 'hex');

/** Reads session cookies written by the retired PHP frontend; no new cookie is ever encrypted. */
export function readLegacyCookie(value: string): string {
  const [ivHex, bodyHex] = value.split(':');
  // exportlens-ignore ear.5d002-encryption -- decrypt-only shim for cookies of the retired frontend; reviewed by legal (LEG-112)
  const decipher = createDecipheriv('aes-256-cbc', LEGACY_KEY, Buffer.from(ivHex, 'hex'));
  return Buffer.concat([decipher.update(Buffer.from(bodyHex, 'hex')), decipher.final()]).toString('utf8');
}
