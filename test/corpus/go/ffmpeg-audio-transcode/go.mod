module github.com/lectures/audiopipe

go 1.22
