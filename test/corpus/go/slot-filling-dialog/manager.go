package dialog

import "fmt"

type Session struct {
	Active string
	Slots  map[string]string
	Asked  string
}

var required = map[string][]string{
	"book":       {"doctor", "day", "time"},
	"reschedule": {"day", "time"},
	"cancel":     {},
}

var prompts = map[string]string{
	"doctor": "Which doctor would you like to see?",
	"day":    "What day works for you?",
	"time":   "And what time?",
}

// Turn advances the session with one user utterance and returns the bot's reply.
func (s *Session) Turn(utt string) string {
	p := Understand(utt)
	if s.Slots == nil {
		s.Slots = map[string]string{}
	}
	if s.Active == "" || (p.Score >= 2 && p.Intent != "affirm" && p.Intent != "deny") {
		if _, ok := required[p.Intent]; ok {
			s.Active = p.Intent
		}
	}
	for k, v := range p.Entities {
		s.Slots[k] = v
	}
	if s.Asked != "" && p.Entities[s.Asked] == "" && p.Intent == "none" {
		s.Slots[s.Asked] = utt // free-text answer to the question we asked
	}
	if s.Active == "" {
		return "I can book, move or cancel appointments."
	}
	for _, slot := range required[s.Active] {
		if s.Slots[slot] == "" {
			s.Asked = slot
			return prompts[slot]
		}
	}
	s.Asked = ""
	done := s.Active
	s.Active = ""
	switch done {
	case "book":
		return fmt.Sprintf("Booked with Dr. %s on %s at %s.", s.Slots["doctor"], s.Slots["day"], s.Slots["time"])
	case "reschedule":
		return fmt.Sprintf("Moved to %s at %s.", s.Slots["day"], s.Slots["time"])
	default:
		return "Your appointment is cancelled."
	}
}
