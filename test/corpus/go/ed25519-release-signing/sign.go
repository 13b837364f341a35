// Command releasesign signs release manifests so the updater can verify them.
package main

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

type Manifest struct {
	Version string            `json:"version"`
	Files   map[string]string `json:"files"` // name -> sha256 hex
}

func hashFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return fmt.Sprintf("%x", h.Sum(nil)), nil
}

func main() {
	seed, err := base64.StdEncoding.DecodeString(os.Getenv("RELEASE_SIGNING_SEED"))
	if err != nil || len(seed) != ed25519.SeedSize {
		fmt.Fprintln(os.Stderr, "RELEASE_SIGNING_SEED must be a base64 32-byte seed")
		os.Exit(2)
	}
	priv := ed25519.NewKeyFromSeed(seed)
	m := Manifest{Version: os.Args[1], Files: map[string]string{}}
	for _, p := range os.Args[2:] {
		sum, err := hashFile(p)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		m.Files[filepath.Base(p)] = sum
	}
	payload, _ := json.MarshalIndent(m, "", "  ")
	sig := ed25519.Sign(priv, payload)
	_ = os.WriteFile("manifest.json", payload, 0o644)
	_ = os.WriteFile("manifest.json.sig", []byte(base64.StdEncoding.EncodeToString(sig)), 0o644)
}
