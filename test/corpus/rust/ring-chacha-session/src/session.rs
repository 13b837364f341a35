//! UDP game-session crypto: X25519 handshake, HKDF split into two directional keys,
//! ChaCha20-Poly1305 packets with a 64-bit counter nonce.
use ring::aead::{self, Aad, LessSafeKey, Nonce, UnboundKey, CHACHA20_POLY1305};
use ring::agreement::{self, EphemeralPrivateKey, UnparsedPublicKey, X25519};
use ring::hkdf::{Salt, HKDF_SHA256};
use ring::rand::SystemRandom;

pub struct Handshake {
    private: EphemeralPrivateKey,
    pub public: Vec<u8>,
}

pub struct Session {
    send: LessSafeKey,
    recv: LessSafeKey,
    send_ctr: u64,
}

impl Handshake {
    pub fn start(rng: &SystemRandom) -> Self {
        let private = EphemeralPrivateKey::generate(&X25519, rng).expect("x25519 keygen");
        let public = private.compute_public_key().expect("pubkey").as_ref().to_vec();
        Self { private, public }
    }

    pub fn finish(self, peer_public: &[u8], is_client: bool) -> Session {
        let peer = UnparsedPublicKey::new(&X25519, peer_public);
        agreement::agree_ephemeral(self.private, &peer, |shared| {
            let prk = Salt::new(HKDF_SHA256, b"gamenet-v2").extract(shared);
            let derive = |label: &[u8]| {
                let okm = prk.expand(&[label], &CHACHA20_POLY1305).expect("hkdf");
                let mut k = [0u8; 32];
                okm.fill(&mut k).expect("fill");
                LessSafeKey::new(UnboundKey::new(&CHACHA20_POLY1305, &k).expect("key"))
            };
            let (c2s, s2c) = (derive(b"c2s"), derive(b"s2c"));
            if is_client {
                Session { send: c2s, recv: s2c, send_ctr: 0 }
            } else {
                Session { send: s2c, recv: c2s, send_ctr: 0 }
            }
        })
        .expect("key agreement")
    }
}

fn nonce_for(ctr: u64) -> Nonce {
    let mut n = [0u8; 12];
    n[4..].copy_from_slice(&ctr.to_be_bytes());
    Nonce::assume_unique_for_key(n)
}

impl Session {
    pub fn seal(&mut self, mut payload: Vec<u8>) -> (u64, Vec<u8>) {
        let ctr = self.send_ctr;
        self.send_ctr += 1;
        self.send.seal_in_place_append_tag(nonce_for(ctr), Aad::empty(), &mut payload).expect("seal");
        (ctr, payload)
    }

    pub fn open<'a>(&self, ctr: u64, packet: &'a mut [u8]) -> Result<&'a mut [u8], aead::Unspecified> {
        self.recv.open_in_place(nonce_for(ctr), Aad::empty(), packet)
    }
}
