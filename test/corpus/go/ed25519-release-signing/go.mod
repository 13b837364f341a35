module github.com/toolbox/releasesign

go 1.22
