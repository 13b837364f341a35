package dialog

import (
	"regexp"
	"strings"
)

// Intent scores are keyword-weighted; good enough for a narrow appointment domain.
var intentLexicon = map[string]map[string]float64{
	"book":       {"book": 2, "appointment": 1.5, "schedule": 1.5, "see": 0.5, "doctor": 0.7},
	"cancel":     {"cancel": 2.5, "call off": 2, "can't make": 1.5},
	"reschedule": {"move": 1.5, "reschedule": 2.5, "change": 1, "another day": 1.2},
	"affirm":     {"yes": 2, "yeah": 2, "correct": 1.5, "sure": 1.5},
	"deny":       {"no": 2, "nope": 2, "wrong": 1.5},
}

var (
	dayRe  = regexp.MustCompile(`\b(monday|tuesday|wednesday|thursday|friday|tomorrow|today)\b`)
	timeRe = regexp.MustCompile(`\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b`)
	docRe  = regexp.MustCompile(`\bdr\.?\s+([a-z]+)\b`)
)

type Parse struct {
	Intent   string
	Score    float64
	Entities map[string]string
}

func Understand(utt string) Parse {
	u := strings.ToLower(utt)
	best, bestScore := "none", 0.0
	for intent, words := range intentLexicon {
		s := 0.0
		for w, weight := range words {
			if strings.Contains(u, w) {
				s += weight
			}
		}
		if s > bestScore {
			best, bestScore = intent, s
		}
	}
	ents := map[string]string{}
	if m := dayRe.FindString(u); m != "" {
		ents["day"] = m
	}
	if m := timeRe.FindString(u); m != "" {
		ents["time"] = strings.TrimSpace(m)
	}
	if m := docRe.FindStringSubmatch(u); m != nil {
		ents["doctor"] = m[1]
	}
	return Parse{Intent: best, Score: bestScore, Entities: ents}
}
