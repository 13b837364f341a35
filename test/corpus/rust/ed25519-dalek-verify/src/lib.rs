//! Verifies that a plugin archive was signed by one of the trusted publisher keys.
use base64::{engine::general_purpose::STANDARD, Engine};
use ed25519_dalek::{Signature, Verifier, VerifyingKey};

pub struct TrustStore {
    keys: Vec<(String, VerifyingKey)>,
}

#[derive(Debug)]
pub enum VerifyError {
    BadEncoding(String),
    UntrustedOrTampered,
}

impl TrustStore {
    pub fn from_lines(text: &str) -> Result<Self, VerifyError> {
        let mut keys = Vec::new();
        for line in text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let (name, b64) = line.split_once(' ').ok_or_else(|| VerifyError::BadEncoding(line.into()))?;
            let key_bytes: [u8; 32] = STANDARD
                .decode(b64.trim())
                .ok()
                .and_then(|v| v.try_into().ok())
                .ok_or_else(|| VerifyError::BadEncoding(name.into()))?;
            let key = VerifyingKey::from_bytes(&key_bytes).map_err(|_| VerifyError::BadEncoding(name.into()))?;
            keys.push((name.to_string(), key));
        }
        Ok(Self { keys })
    }

    /// Returns the publisher name whose key verifies `sig_b64` over `archive`.
    pub fn verify(&self, archive: &[u8], sig_b64: &str) -> Result<&str, VerifyError> {
        let bytes: [u8; 64] = STANDARD
            .decode(sig_b64.trim())
            .ok()
            .and_then(|v| v.try_into().ok())
            .ok_or_else(|| VerifyError::BadEncoding("signature".into()))?;
        let sig = Signature::from_bytes(&bytes);
        self.keys
            .iter()
            .find(|(_, k)| k.verify(archive, &sig).is_ok())
            .map(|(n, _)| n.as_str())
            .ok_or(VerifyError::UntrustedOrTampered)
    }
}
