package feed

import (
	"context"
	"strconv"
	"time"

	client "github.com/gorse-io/gorse-go"
)

type Service struct {
	gorse *client.GorseClient
}

func New(endpoint, apiKey string) *Service {
	return &Service{gorse: client.NewGorseClient(endpoint, apiKey)}
}

// RecordCooked reports positive feedback so the next model training picks it up.
func (s *Service) RecordCooked(ctx context.Context, userID int64, recipeID string) error {
	_, err := s.gorse.InsertFeedback(ctx, []client.Feedback{{
		FeedbackType: "cooked",
		UserId:       strconv.FormatInt(userID, 10),
		ItemId:       recipeID,
		Timestamp:    time.Now().UTC().Format(time.RFC3339),
	}})
	return err
}

// RecordSkipped is a read-without-cook, a weak negative signal.
func (s *Service) RecordSkipped(ctx context.Context, userID int64, recipeID string) error {
	_, err := s.gorse.InsertFeedback(ctx, []client.Feedback{{
		FeedbackType: "read",
		UserId:       strconv.FormatInt(userID, 10),
		ItemId:       recipeID,
		Timestamp:    time.Now().UTC().Format(time.RFC3339),
	}})
	return err
}

// HomeFeed returns the user's personal list; falls back to latest when gorse has none.
func (s *Service) HomeFeed(ctx context.Context, userID int64, n int) ([]string, error) {
	ids, err := s.gorse.GetRecommend(ctx, strconv.FormatInt(userID, 10), "", n)
	if err != nil || len(ids) == 0 {
		return s.latest(ctx, n)
	}
	return ids, nil
}

func (s *Service) latest(ctx context.Context, n int) ([]string, error) {
	items, err := s.gorse.GetLatestItems(ctx, "", n)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(items))
	for _, it := range items {
		out = append(out, it.Id)
	}
	return out, nil
}
