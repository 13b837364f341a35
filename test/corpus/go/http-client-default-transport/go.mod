module github.com/statuspage/prober

go 1.22
