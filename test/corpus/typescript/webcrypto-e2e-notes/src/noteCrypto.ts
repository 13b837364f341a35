// End-to-end encrypted notes: the passphrase never leaves the browser. A PBKDF2-derived
// key wraps a random per-note AES-GCM key.
const enc = new TextEncoder();
const dec = new TextDecoder();

export async function deriveKek(passphrase: string, salt: Uint8Array): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey("raw", enc.encode(passphrase), "PBKDF2", false, ["deriveKey"]);
  return crypto.subtle.deriveKey(
    { name: "PBKDF2", salt, iterations: 600_000, hash: "SHA-256" },
    base,
    { name: "AES-KW", length: 256 },
    false,
    ["wrapKey", "unwrapKey"],
  );
}

export interface SealedNote {
  wrappedKey: ArrayBuffer;
  iv: Uint8Array;
  body: ArrayBuffer;
}

export async function sealNote(kek: CryptoKey, text: string): Promise<SealedNote> {
  const noteKey = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, true, ["encrypt", "decrypt"]);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const body = await crypto.subtle.encrypt({ name: "AES-GCM", iv }, noteKey, enc.encode(text));
  const wrappedKey = await crypto.subtle.wrapKey("raw", noteKey, kek, "AES-KW");
  return { wrappedKey, iv, body };
}

export async function openNote(kek: CryptoKey, note: SealedNote): Promise<string> {
  const noteKey = await crypto.subtle.unwrapKey(
    "raw", note.wrappedKey, kek, "AES-KW", { name: "AES-GCM", length: 256 }, false, ["decrypt"],
  );
  const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: note.iv }, noteKey, note.body);
  return dec.decode(plain);
}
