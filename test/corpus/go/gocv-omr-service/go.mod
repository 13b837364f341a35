module github.com/quizscan/omr

go 1.21

require gocv.io/x/gocv v0.36.1
