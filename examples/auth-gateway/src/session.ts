import { createHmac, timingSafeEqual } from 'node:crypto';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';

const SESSION_SECRET = process.env.SESSION_SECRET ?? 'dev-only-secret';

/** Password storage: bcrypt hashes, never reversible. */
export async function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, 12);
}

export async function checkPassword(password: string, stored: string): Promise<boolean> {
  return bcrypt.compare(password, stored);
}

/** Webhook integrity: HMAC-SHA256 over the raw body. */
export function verifyWebhook(rawBody: Buffer, signatureHex: string): boolean {
  const expected = createHmac('sha256', SESSION_SECRET).update(rawBody).digest();
  const given = Buffer.from(signatureHex, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function issueSession(userId: string): string {
  return jwt.sign({ sub: userId }, SESSION_SECRET, { expiresIn: '1h' });
}
