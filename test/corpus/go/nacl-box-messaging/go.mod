module git.sr.ht/~relay/dropbox

go 1.21

require golang.org/x/crypto v0.22.0
