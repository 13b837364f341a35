package trends

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
)

// Counter keeps per-minute hashtag counts and merges the last hour into a global top list.
type Counter struct {
	rdb *redis.Client
}

func New(rdb *redis.Client) *Counter { return &Counter{rdb: rdb} }

func minuteKey(t time.Time) string { return fmt.Sprintf("tags:%d", t.Unix()/60) }

func (c *Counter) Observe(ctx context.Context, post string) error {
	key := minuteKey(time.Now())
	pipe := c.rdb.Pipeline()
	for _, w := range strings.Fields(post) {
		if strings.HasPrefix(w, "#") && len(w) > 2 {
			pipe.ZIncrBy(ctx, key, 1, strings.ToLower(strings.TrimRight(w, ".,!?")))
		}
	}
	pipe.Expire(ctx, key, 2*time.Hour)
	_, err := pipe.Exec(ctx)
	return err
}

// Top returns the hashtags with most mentions over the past hour, same for every user.
func (c *Counter) Top(ctx context.Context, n int64) ([]redis.Z, error) {
	now := time.Now()
	keys := make([]string, 0, 60)
	for i := 0; i < 60; i++ {
		keys = append(keys, minuteKey(now.Add(-time.Duration(i)*time.Minute)))
	}
	if err := c.rdb.ZUnionStore(ctx, "tags:lasthour", &redis.ZStore{Keys: keys, Aggregate: "SUM"}).Err(); err != nil {
		return nil, err
	}
	return c.rdb.ZRevRangeWithScores(ctx, "tags:lasthour", 0, n-1).Result()
}
