'use strict';
// Encrypts sensitive columns (IBAN, tax id) before they are written to Postgres.
// Format: v1.<keyId>.<iv b64>.<tag b64>.<ciphertext b64>
const crypto = require('node:crypto');

const ALGO = 'aes-256-gcm';
const IV_BYTES = 12;

function loadKeys(env = process.env) {
  // FIELD_KEYS="k2:base64,k1:base64" - first one is used for new writes
  const entries = (env.FIELD_KEYS || '').split(',').filter(Boolean).map((kv) => {
    const [id, b64] = kv.split(':');
    const key = Buffer.from(b64, 'base64');
    if (key.length !== 32) throw new Error(`FIELD_KEYS: key ${id} must be 32 bytes`);
    return [id, key];
  });
  if (!entries.length) throw new Error('FIELD_KEYS is empty');
  return { current: entries[0][0], keys: new Map(entries) };
}

function encryptField(plaintext, aad, ring = loadKeys()) {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv(ALGO, ring.keys.get(ring.current), iv);
  cipher.setAAD(Buffer.from(aad));
  const ct = Buffer.concat([cipher.update(String(plaintext), 'utf8'), cipher.final()]);
  return ['v1', ring.current, iv.toString('base64'), cipher.getAuthTag().toString('base64'), ct.toString('base64')].join('.');
}

function decryptField(token, aad, ring = loadKeys()) {
  const [ver, keyId, iv, tag, ct] = token.split('.');
  if (ver !== 'v1') throw new Error(`unsupported envelope version ${ver}`);
  const key = ring.keys.get(keyId);
  if (!key) throw new Error(`unknown key id ${keyId}`);
  const decipher = crypto.createDecipheriv(ALGO, key, Buffer.from(iv, 'base64'));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(ct, 'base64')), decipher.final()]).toString('utf8');
}

module.exports = { encryptField, decryptField, loadKeys };
