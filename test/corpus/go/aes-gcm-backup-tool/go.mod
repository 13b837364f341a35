module github.com/homelab/snapcrypt

go 1.22

require golang.org/x/crypto v0.21.0
