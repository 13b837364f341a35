//! Encrypted values inside config files: `db_password = "enc:v1:<b64 nonce||ct>"`.
use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use base64::{engine::general_purpose::STANDARD as B64, Engine};
use thiserror::Error;

const PREFIX: &str = "enc:v1:";

#[derive(Debug, Error)]
pub enum SealError {
    #[error("value is not an enc:v1 secret")]
    NotSealed,
    #[error("bad base64: {0}")]
    Base64(#[from] base64::DecodeError),
    #[error("decryption failed (wrong key or tampered value)")]
    Crypto,
}

pub struct Sealer {
    cipher: Aes256Gcm,
}

impl Sealer {
    pub fn new(key_bytes: &[u8; 32]) -> Self {
        let key = Key::<Aes256Gcm>::from_slice(key_bytes);
        Self { cipher: Aes256Gcm::new(key) }
    }

    pub fn seal(&self, plaintext: &str) -> String {
        let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        let ct = self.cipher.encrypt(&nonce, plaintext.as_bytes()).expect("AES-GCM encryption");
        let mut blob = nonce.to_vec();
        blob.extend_from_slice(&ct);
        format!("{PREFIX}{}", B64.encode(blob))
    }

    pub fn open(&self, value: &str) -> Result<String, SealError> {
        let b64 = value.strip_prefix(PREFIX).ok_or(SealError::NotSealed)?;
        let blob = B64.decode(b64)?;
        if blob.len() < 12 {
            return Err(SealError::Crypto);
        }
        let (nonce, ct) = blob.split_at(12);
        let pt = self.cipher.decrypt(Nonce::from_slice(nonce), ct).map_err(|_| SealError::Crypto)?;
        String::from_utf8(pt).map_err(|_| SealError::Crypto)
    }
}
