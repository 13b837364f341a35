module internal.corp/ledger-api

go 1.22
