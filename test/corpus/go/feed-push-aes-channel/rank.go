package pushgw

import "sort"

// UserVec / ItemVec come from the nightly two-tower training job (float32, dim 64).
type Candidate struct {
	ItemID string
	Title  string
	Vec    []float32
}

func dot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// PickForUser ranks fresh items by similarity to the user's learned interest vector,
// skipping anything the user already opened.
func PickForUser(userVec []float32, seen map[string]bool, fresh []Candidate, n int) []Candidate {
	type scored struct {
		c Candidate
		s float32
	}
	var all []scored
	for _, c := range fresh {
		if !seen[c.ItemID] {
			all = append(all, scored{c, dot(userVec, c.Vec)})
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].s > all[j].s })
	out := make([]Candidate, 0, n)
	for i := 0; i < len(all) && i < n; i++ {
		out = append(out, all[i].c)
	}
	return out
}
