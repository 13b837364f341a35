module example.com/recipes/feed

go 1.22

require github.com/gorse-io/gorse-go v0.5.0-alpha.1
