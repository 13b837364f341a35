// Package readscore turns a forced-alignment result (from our aligner service) into
// reading-fluency scores for the primary-school read-aloud test: words correct per minute,
// accuracy against the passage, and per-word pronunciation confidence.
package readscore

import (
	"math"
	"strings"
)

type AlignedWord struct {
	Expected   string  `json:"expected"`
	Heard      string  `json:"heard"` // "" when skipped
	Start, End float64 // seconds
	PhoneConf  []float64
}

type Report struct {
	WCPM        float64  `json:"wcpm"`
	Accuracy    float64  `json:"accuracy"`
	Pronunc     float64  `json:"pronunciation"`
	Level       string   `json:"level"`
	Mispronounc []string `json:"mispronounced"`
}

func Score(words []AlignedWord) Report {
	if len(words) == 0 {
		return Report{Level: "no-response"}
	}
	correct, confSum, confN := 0, 0.0, 0
	var bad []string
	for _, w := range words {
		if strings.EqualFold(w.Expected, w.Heard) {
			correct++
		}
		if w.Heard == "" {
			continue
		}
		minConf := 1.0
		for _, c := range w.PhoneConf {
			confSum += c
			confN++
			minConf = math.Min(minConf, c)
		}
		if minConf < 0.35 {
			bad = append(bad, w.Expected)
		}
	}
	minutes := (words[len(words)-1].End - words[0].Start) / 60
	r := Report{
		WCPM:        float64(correct) / math.Max(minutes, 0.1),
		Accuracy:    100 * float64(correct) / float64(len(words)),
		Mispronounc: bad,
	}
	if confN > 0 {
		r.Pronunc = 100 * confSum / float64(confN)
	}
	switch {
	case r.WCPM >= 110 && r.Accuracy >= 95:
		r.Level = "exceeds"
	case r.WCPM >= 80 && r.Accuracy >= 90:
		r.Level = "meets"
	default:
		r.Level = "below"
	}
	return r
}
