module example.com/vault-crypto

go 1.22

require golang.org/x/crypto v0.24.0
