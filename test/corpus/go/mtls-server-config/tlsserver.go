package main

import (
	"crypto/tls"
	"crypto/x509"
	"log"
	"net/http"
	"os"
	"time"
)

// Ledger API only accepts service-to-service calls with client certificates from the
// internal CA. Cipher suites are pinned for the PCI scope.
func tlsConfig() *tls.Config {
	caPEM, err := os.ReadFile("/etc/ledger/tls/internal-ca.pem")
	if err != nil {
		log.Fatalf("/etc/ledger/tls/internal-ca.pem: %v", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(caPEM) {
		log.Fatal("internal-ca.pem: no certificates found")
	}
	cert, err := tls.LoadX509KeyPair("/etc/ledger/tls/server.crt", "/etc/ledger/tls/server.key")
	if err != nil {
		log.Fatalf("server keypair: %v", err)
	}
	return &tls.Config{
		MinVersion:   tls.VersionTLS12,
		Certificates: []tls.Certificate{cert},
		ClientCAs:    pool,
		ClientAuth:   tls.RequireAndVerifyClientCert,
		CipherSuites: []uint16{
			tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
			tls.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
			tls.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305,
		},
		CurvePreferences: []tls.CurveID{tls.X25519, tls.CurveP256},
	}
}

func main() {
	srv := &http.Server{
		Addr:              ":8443",
		Handler:           routes(),
		TLSConfig:         tlsConfig(),
		ReadHeaderTimeout: 5 * time.Second,
	}
	log.Fatal(srv.ListenAndServeTLS("", ""))
}
