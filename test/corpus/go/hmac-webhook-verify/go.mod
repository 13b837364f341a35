module github.com/ci-bridge/hooks

go 1.22
