// Type definitions for stream-cipher 2.1
// Definitions by: contributors to this package
/// <reference types="node" />

import { Transform, TransformOptions } from "stream";

export type CipherMode = "aes-128-gcm" | "aes-256-gcm" | "chacha20-poly1305" | "aes-256-cbc";

export interface CipherOptions extends TransformOptions {
    /** 16 or 32 byte key; derive it with scrypt, never use a password directly. */
    key: Buffer;
    /** 12 byte nonce for GCM and ChaCha20-Poly1305, 16 byte IV for CBC. */
    iv: Buffer;
    /** Additional authenticated data bound to the ciphertext (AEAD modes only). */
    aad?: Buffer;
    authTagLength?: number;
}

/** Encrypts everything written to it; the authentication tag is available after `end()`. */
export class EncryptStream extends Transform {
    constructor(mode: CipherMode, options: CipherOptions);
    getAuthTag(): Buffer;
}

/** Decrypts and verifies; emits an error when the tag does not match. */
export class DecryptStream extends Transform {
    constructor(mode: CipherMode, options: CipherOptions & { authTag?: Buffer });
}

export function createCipheriv(mode: CipherMode, key: Buffer, iv: Buffer): EncryptStream;
export function createDecipheriv(mode: CipherMode, key: Buffer, iv: Buffer): DecryptStream;

/** One-shot helpers for small buffers. */
export function encrypt(mode: CipherMode, key: Buffer, plaintext: Buffer): { iv: Buffer; ciphertext: Buffer; tag?: Buffer };
export function decrypt(mode: CipherMode, key: Buffer, sealed: { iv: Buffer; ciphertext: Buffer; tag?: Buffer }): Buffer;

export const KEY_LENGTH: { "aes-128-gcm": 16; "aes-256-gcm": 32; "chacha20-poly1305": 32; "aes-256-cbc": 32 };
