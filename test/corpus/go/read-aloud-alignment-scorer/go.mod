module github.com/phonicslab/readscore

go 1.22
