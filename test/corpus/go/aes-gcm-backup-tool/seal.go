package main

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"golang.org/x/crypto/argon2"
)

const chunkSize = 1 << 20

// Seal encrypts r into w in 1 MiB chunks; each chunk nonce = random prefix || counter.
// Header: magic(4) | salt(16) | noncePrefix(4).
func Seal(w io.Writer, r io.Reader, passphrase []byte) error {
	salt := make([]byte, 16)
	prefix := make([]byte, 4)
	if _, err := rand.Read(salt); err != nil {
		return err
	}
	if _, err := rand.Read(prefix); err != nil {
		return err
	}
	key := argon2.IDKey(passphrase, salt, 3, 64*1024, 4, 32)
	block, err := aes.NewCipher(key)
	if err != nil {
		return err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return err
	}
	if _, err := w.Write(append(append([]byte("SNP1"), salt...), prefix...)); err != nil {
		return err
	}
	buf := make([]byte, chunkSize)
	nonce := make([]byte, aead.NonceSize())
	copy(nonce, prefix)
	for counter := uint64(0); ; counter++ {
		n, rerr := io.ReadFull(r, buf)
		if n > 0 {
			binary.BigEndian.PutUint64(nonce[4:], counter)
			last := rerr != nil
			ad := []byte{0}
			if last {
				ad[0] = 1 // mark final chunk to stop truncation
			}
			ct := aead.Seal(nil, nonce, buf[:n], ad)
			if err := binary.Write(w, binary.BigEndian, uint32(len(ct))); err != nil {
				return err
			}
			if _, err := w.Write(ct); err != nil {
				return err
			}
		}
		if errors.Is(rerr, io.EOF) || errors.Is(rerr, io.ErrUnexpectedEOF) {
			return nil
		}
		if rerr != nil {
			return fmt.Errorf("reading input: %w", rerr)
		}
	}
}
