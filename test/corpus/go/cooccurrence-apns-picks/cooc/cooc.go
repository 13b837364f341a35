// Package cooc builds "people who saved this trail also saved" scores from save events.
package cooc

import "sort"

type Counts map[int64]map[int64]float64

// Build counts how often two trails are saved by the same hiker.
func Build(savesByUser map[int64][]int64) Counts {
	c := Counts{}
	for _, trails := range savesByUser {
		for i, a := range trails {
			for j, b := range trails {
				if i == j {
					continue
				}
				if c[a] == nil {
					c[a] = map[int64]float64{}
				}
				c[a][b] += 1.0 / float64(len(trails)) // damp heavy savers
			}
		}
	}
	return c
}

type Scored struct {
	Trail int64
	Score float64
}

// ForUser ranks unseen trails by summed co-occurrence with the user's own saves.
func (c Counts) ForUser(saved []int64, n int) []Scored {
	seen := map[int64]bool{}
	for _, t := range saved {
		seen[t] = true
	}
	acc := map[int64]float64{}
	for _, t := range saved {
		for other, w := range c[t] {
			if !seen[other] {
				acc[other] += w
			}
		}
	}
	out := make([]Scored, 0, len(acc))
	for t, s := range acc {
		out = append(out, Scored{t, s})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	if len(out) > n {
		out = out[:n]
	}
	return out
}
