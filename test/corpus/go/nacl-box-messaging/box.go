// Package dropbox implements the anonymous tip-line envelope: tips are sealed to the
// newsroom's Curve25519 public key so the relay server never sees plaintext.
package dropbox

import (
	"crypto/rand"
	"errors"

	"golang.org/x/crypto/nacl/box"
)

type KeyPair struct {
	Public, Private *[32]byte
}

func NewKeyPair() (KeyPair, error) {
	pub, priv, err := box.GenerateKey(rand.Reader)
	return KeyPair{pub, priv}, err
}

// SealTip encrypts with an ephemeral sender key (sealed box).
func SealTip(tip []byte, newsroom *[32]byte) ([]byte, error) {
	return box.SealAnonymous(nil, tip, newsroom, rand.Reader)
}

func OpenTip(sealed []byte, kp KeyPair) ([]byte, error) {
	out, ok := box.OpenAnonymous(nil, sealed, kp.Public, kp.Private)
	if !ok {
		return nil, errors.New("tip could not be decrypted")
	}
	return out, nil
}

// Reply is authenticated both ways: newsroom -> source using the source's one-time key.
func Reply(msg []byte, sourcePub *[32]byte, newsroom KeyPair) ([]byte, error) {
	var nonce [24]byte
	if _, err := rand.Read(nonce[:]); err != nil {
		return nil, err
	}
	return box.Seal(nonce[:], msg, &nonce, sourcePub, newsroom.Private), nil
}
